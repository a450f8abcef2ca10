#pragma once

#include <QByteArray>
#include <QString>

class NdjsonWriter;

// The CLI's only ways to the terminal. stdout carries the NDJSON export and nothing else;
// every stderr line passes through Redact first, so no key can reach the terminal. On a
// terminal, one status line (a progress line) may stand below the others, updated in place;
// error() writes its line above it.
namespace Console {
void error(const QString &line); // one line on stderr, redacted, '\n' added
// The status line: on a terminal, rewritten in place (carriage return, erase); elsewhere
// nothing (callers print plain error() lines there). An empty line removes it.
void status(const QString &line);
bool stderrIsTerminal();
void usageError(const QString &line, bool suggestHelp); // "ttn-lw-migrate: …" (+ help hint)
void fatal(const QString &line); // "ttn-lw-migrate: …"
bool writeStdout(const QByteArray &bytes); // raw bytes, flushed; false on a write error
NdjsonWriter &stdoutLines(); // the export on stdout; flush() after each batch
bool stdinIsTerminal();
} // namespace Console

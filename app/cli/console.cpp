#include "console.h"

#include "io/ndjsonwriter.h"
#include "util/redact.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define TTNMIG_ISATTY _isatty
#define TTNMIG_FILENO _fileno
#else
#include <unistd.h>
#define TTNMIG_ISATTY isatty
#define TTNMIG_FILENO fileno
#endif

using namespace Qt::StringLiterals;

namespace {
QByteArray g_status; // the status line shown on the terminal, redacted; empty: none

void writeStderr(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

const QByteArray kEraseLine = QByteArrayLiteral("\r\x1b[K");
} // namespace

void Console::error(const QString &line)
{
    const QByteArray bytes = Redact::text(line).toLocal8Bit() + '\n';
    if (g_status.isEmpty())
        writeStderr(bytes);
    else // the line goes above the status line, which stays the last one
        writeStderr(kEraseLine + bytes + g_status);
}

void Console::status(const QString &line)
{
    if (!stderrIsTerminal())
        return;
    const QByteArray bytes = Redact::text(line).toLocal8Bit();
    if (bytes == g_status)
        return;
    g_status = bytes;
    writeStderr(kEraseLine + g_status);
}

bool Console::stderrIsTerminal()
{
    static const bool terminal = TTNMIG_ISATTY(TTNMIG_FILENO(stderr)) != 0;
    return terminal;
}

void Console::usageError(const QString &line, bool suggestHelp)
{
    error(u"ttn-lw-migrate: "_s + line);
    if (suggestHelp)
        error(QCoreApplication::translate("Cli", "see ttn-lw-migrate --help"));
}

void Console::fatal(const QString &line)
{
    error(u"ttn-lw-migrate: "_s + line);
}

bool Console::writeStdout(const QByteArray &bytes)
{
    if (!bytes.isEmpty()
        && std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()))
        return false;
    return std::fflush(stdout) == 0;
}

NdjsonWriter &Console::stdoutLines()
{
    // Over the C stdout (not closed with the QFile), buffered by QFile until flush().
    static QFile file;
    static const bool opened = file.open(stdout, QIODevice::WriteOnly);
    static NdjsonWriter writer(&file);
    Q_UNUSED(opened) // a file that did not open fails the first writeLine() with a reason
    return writer;
}

bool Console::stdinIsTerminal()
{
    return TTNMIG_ISATTY(TTNMIG_FILENO(stdin)) != 0;
}

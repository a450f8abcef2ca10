#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the real `ttn-lw-migrate` executable (from TTNMIG_BIN_DIR) as a child process while
// the caller's event loop keeps serving an in-process V2Emulator on loopback.
struct CliRun
{
    int exitCode = -1;
    bool finished = false; // false: killed after the timeout
    bool crashed = false;
    QByteArray out; // stdout
    QByteArray err; // stderr
    QList<QByteArray> outLines() const; // stdout split at '\n', without the final empty part
    QList<QByteArray> errLines() const;
};

namespace CliTest {
QString binary();
// The system environment without any variable the CLI reads, so the developer's own
// TTNV2_* settings never leak into a test.
QProcessEnvironment cleanEnvironment();
void startCli(
    QProcess &process, const QStringList &arguments, const QProcessEnvironment &environment);
CliRun finishCli(QProcess &process, int timeoutMs = 30000);
CliRun run(const QStringList &arguments, const QProcessEnvironment &environment,
    const QByteArray &stdinBytes = QByteArray(), int timeoutMs = 30000);

// Keys of the top-level JSON object in the order they appear in `line`.
QStringList topLevelKeys(const QByteArray &line);
// Replaces the values of "session_key_id" and "started_at" (random / time of export) with
// "MASKED", so a whole line can be compared byte for byte.
QByteArray maskVolatile(const QByteArray &line);
} // namespace CliTest

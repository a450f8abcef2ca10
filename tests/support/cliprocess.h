#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The one way the tests run the real `ttn-lw-migrate` (or another program from TTNMIG_BIN_DIR)
// as a child process, as a user would. While it waits, this thread's event loop keeps turning,
// so in-process servers (a V2Emulator, an HTTPS front) keep answering the child.

// What one run printed and how it ended.
struct CliRun
{
    int exitCode = -1;
    bool finished = false; // ended on its own; false: did not start, or killed after the timeout
    bool crashed = false;
    bool timedOut = false;
    QByteArray out; // stdout
    QByteArray err; // stderr
    QList<QByteArray> outLines() const; // stdout split at '\n', without the final empty part
    QStringList errLines() const; // the non-empty stderr lines
    // For failure messages: exit, stderr and the start of stdout, with keys masked (stderr is
    // redacted by the product; stdout is the export and holds AppKeys).
    QString describe() const;
};

namespace CliTest {
QString binary(const QString &name = QStringLiteral("ttn-lw-migrate"));
// The system environment without any variable the CLI reads, so the developer's own
// TTNV2_* and TTS_* settings never leak into a test; English messages and quiet Qt logging.
QProcessEnvironment cleanEnvironment();
void startCli(
    QProcess &process, const QStringList &arguments, const QProcessEnvironment &environment);
CliRun finishCli(QProcess &process, int timeoutMs = 30000);
CliRun run(const QStringList &arguments, const QProcessEnvironment &environment,
    const QByteArray &stdinBytes = QByteArray(), int timeoutMs = 30000);
} // namespace CliTest

// A command line built up step by step, for tests that vary one argument or variable of a
// base command at a time.
struct CliCommand
{
    QStringList arguments;
    QByteArray stdinData;
    QProcessEnvironment environment = CliTest::cleanEnvironment();
    QString workingDirectory;
    int timeoutMs = 60000;

    CliRun run() const;
};

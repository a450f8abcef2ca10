#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs `ttn-lw-migrate` from the build's bin folder as a separate process and keeps
// everything it printed, so tests can judge what a user would see. The event loop keeps
// running while it waits, so in-process servers (emulator, HTTPS front) keep answering.
struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out; // stdout
    QByteArray err; // stderr
    QStringList errLines() const; // non-empty stderr lines
    QString describe() const; // for failure messages (stderr is redacted by the product)
};

struct CliRun
{
    QStringList arguments;
    QByteArray stdinData;
    QProcessEnvironment environment = defaultEnvironment();
    QString workingDirectory;
    int timeoutMs = 60000;

    CliResult run() const;
    static QString executable(const QString &name = QStringLiteral("ttn-lw-migrate"));
    // The parent's environment without any TTNV2_* / FREQUENCY_PLAN_ID the developer may have
    // set, with logging rules that keep Qt quiet.
    static QProcessEnvironment defaultEnvironment();
};

#pragma once

// Shared set-up of the wizard tests: throwaway settings, an in-process demo emulator, and the
// reference CLI run that the wizard's saved file is compared with.

#include "settings/wizardsettings.h"
#include "v2emulator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

namespace WizardTestSupport {

// Settings in a temporary INI file; nothing touches the user's configuration.
inline void useThrowawaySettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    WizardSettings::useTemporaryFile(dir.filePath(QStringLiteral("settings.ini")));
}

// session_key_id is random and started_at the export time: equal files differ only there.
inline QByteArray maskVolatile(QByteArray ndjson)
{
    static const QRegularExpression volatileFields(
        QStringLiteral("\"(session_key_id|started_at)\":\"[^\"]*\""));
    QString text = QString::fromUtf8(ndjson);
    text.replace(volatileFields, QStringLiteral("\"\\1\":\"*\""));
    return text.toUtf8();
}

struct CliRun
{
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
};

// Runs build/bin/ttn-lw-migrate with the migration guide's arguments and the key in the
// environment, exactly as a user of the CLI would.
inline CliRun runCli(
    const QStringList &arguments, const QUrl &handlerUrl, const QByteArray &stdinData)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TTNV2_APP_ACCESS_KEY"), V2Emulator::demoAccessKey());
    env.insert(QStringLiteral("TTNV2_HANDLER_ADDRESS"), handlerUrl.toString());
    env.insert(QStringLiteral("TTNV2_APP_ID"), V2Emulator::demoApplicationId());
    env.insert(QStringLiteral("FREQUENCY_PLAN_ID"), QStringLiteral("EU_863_870_TTN"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TTNMIG_BIN_DIR "/ttn-lw-migrate"), arguments);
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(stdinData);
    process.closeWriteChannel();
    // The emulator serves from this thread: keep its event loop turning while the CLI runs.
    while (process.state() != QProcess::NotRunning) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        process.waitForFinished(5);
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

} // namespace WizardTestSupport

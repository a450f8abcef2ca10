#include "appkeyrunner.h"

#include "appkey/appkeyjob.h"
#include "appkey/appkeyjournal.h"
#include "clierrortext.h"
#include "clitext.h"
#include "console.h"
#include "exitcodes.h"
#include "util/interruptwatcher.h"
#include "util/localenumbers.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;
using LocaleNumbers::number;
using LocaleNumbers::withGroupedN;

AppKeyRunner::AppKeyRunner(AppKeyRunSettings settings, AppKeyPlan plan, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    AppKeyJobOptions options;
    options.action = m_settings.action;
    options.dryRun = m_settings.dryRun;
    m_job = tts() ? new AppKeyJob(m_settings.ttsConnection, std::move(plan), options, this)
                  : new AppKeyJob(m_settings.connection, std::move(plan), options, this);
    connect(m_job, &AppKeyJob::deviceFinished, this, [this](const AppKeyDeviceResult &result) {
        Console::error(deviceLine(result, m_settings.action));
    });
    connect(m_job, &AppKeyJob::finished, this, &AppKeyRunner::finish);
    if (m_settings.verbose)
        connect(m_job, &AppKeyJob::requestLogged, this,
            [](const QString &line) { Console::error(line); });
}

QString AppKeyRunner::applicationId() const
{
    return tts() ? m_settings.ttsConnection.applicationId : m_settings.connection.appId;
}

int AppKeyRunner::runRestore(AppKeyRunSettings settings, const QStringList &files)
{
    settings.action = AppKeyAction::Restore;
    const AppKeySource source = settings.source;
    AppKeyRunner runner(std::move(settings), AppKeyPlan::load(files, -1, source));
    InterruptWatcher interrupts;
    QObject::connect(
        &interrupts, &InterruptWatcher::interrupted, &runner, &AppKeyRunner::interrupt);
    QObject::connect(&runner, &AppKeyRunner::finished, &runner,
        [](int exitCode) { QCoreApplication::exit(exitCode); });
    QMetaObject::invokeMethod(&runner, &AppKeyRunner::start, Qt::QueuedConnection);
    return QCoreApplication::exec();
}

void AppKeyRunner::start()
{
    if (!m_settings.dryRun)
        warnAboutInterruptedRuns();
    if (tts() && m_job->plan().ok()) {
        const int count = int(m_job->plan().devices().size());
        const QString path = QDir::toNativeSeparators(m_job->plan().path());
        if (count == 0)
            Console::error(
                CliText::tr("%1 holds no OTAA device: no AppKey to change in the source Join "
                            "Server")
                    .arg(path));
        else if (m_settings.dryRun)
            Console::error(withGroupedN(
                CliText::tr("dry run: checking the AppKey of %n OTAA device(s) in the source "
                            "Join Server, writing nothing",
                    nullptr, count),
                count));
        else
            Console::error(withGroupedN(m_settings.action == AppKeyAction::Change
                    ? CliText::tr("changing the AppKey of %n OTAA device(s) in the source Join "
                                  "Server; the original keys stay in %1",
                        nullptr, count)
                    : CliText::tr("restoring the original AppKey of %n OTAA device(s) in the "
                                  "source Join Server from %1",
                        nullptr, count),
                count)
                               .arg(path));
    } else if (m_job->plan().ok() && m_job->plan().devices().isEmpty()) {
        Console::error(CliText::tr("%1 holds no OTAA device: no AppKey to change in TTN v2")
                           .arg(QDir::toNativeSeparators(m_job->plan().path())));
    } else if (m_job->plan().ok()) {
        const int count = int(m_job->plan().devices().size());
        if (m_settings.dryRun)
            Console::error(withGroupedN(
                CliText::tr("dry run: checking the AppKey of %n OTAA device(s) in TTN v2, writing "
                            "nothing",
                    nullptr, count),
                count));
        else
            Console::error(withGroupedN(m_settings.action == AppKeyAction::Change
                    ? CliText::tr("changing the AppKey of %n OTAA device(s) in TTN v2; the "
                                  "original keys stay in %1",
                        nullptr, count)
                    : CliText::tr("restoring the original AppKey of %n OTAA device(s) in TTN v2 "
                                  "from %1",
                        nullptr, count),
                count)
                               .arg(QDir::toNativeSeparators(m_job->plan().path())));
    }
    m_job->start();
}

void AppKeyRunner::warnAboutInterruptedRuns()
{
    const QList<AppKeyJournalRun> open
        = AppKeyJournal::unresolvedRuns(AppKeyJournal::defaultDirectory(), applicationId());
    for (const AppKeyJournalRun &run : open) {
        if (run.source != m_settings.source)
            continue;
        Console::error(
            withGroupedN(CliText::tr("note: an earlier AppKey %1 of %n device(s) from %2 (%3) did "
                                     "not finish; running it again with the same devices.json "
                                     "resumes it (journal %4)",
                             nullptr, run.planned),
                run.planned)
                .arg(AppKeyJournal::actionName(run.action),
                    QDir::toNativeSeparators(run.devicesFile),
                    run.startedAt.toLocalTime().toString(Qt::ISODate),
                    QDir::toNativeSeparators(run.path)));
    }
}

void AppKeyRunner::interrupt(int exitCode)
{
    m_interruptExitCode = exitCode;
    Console::error(CliText::tr("interrupted: stopping after the request in flight"));
    m_job->cancel();
}

QString AppKeyRunner::deviceLine(const AppKeyDeviceResult &result, AppKeyAction action)
{
    const bool change = action == AppKeyAction::Change;
    switch (result.status) {
    case AppKeyDeviceResult::Status::Written:
        return change
            ? CliText::tr("changed AppKey of %1 (fingerprint %2 → %3)")
                  .arg(result.v2DeviceId, result.oldKeyFingerprint, result.newKeyFingerprint)
            : CliText::tr("restored AppKey of %1 (fingerprint %2 → %3)")
                  .arg(result.v2DeviceId, result.oldKeyFingerprint, result.newKeyFingerprint);
    case AppKeyDeviceResult::Status::WouldWrite:
        return change
            ? CliText::tr("would change AppKey of %1 (fingerprint %2)")
                  .arg(result.v2DeviceId, result.oldKeyFingerprint)
            : CliText::tr("would restore AppKey of %1 (fingerprint %2 → %3)")
                  .arg(result.v2DeviceId, result.oldKeyFingerprint, result.newKeyFingerprint);
    case AppKeyDeviceResult::Status::Already:
        return CliText::tr("unchanged %1: %2").arg(result.v2DeviceId, result.reason);
    case AppKeyDeviceResult::Status::Failed:
        break;
    }
    return CliText::tr("failed %1: %2").arg(result.v2DeviceId, result.reason);
}

QStringList AppKeyRunner::summaryLines(const AppKeyRunSummary &summary)
{
    QStringList lines;
    const bool change = summary.action == AppKeyAction::Change;
    if (summary.source == AppKeySource::Tts) {
        if (summary.dryRun)
            lines << withGroupedN(change
                    ? CliText::tr("dry run: %n AppKey(s) would be changed, nothing was written "
                                  "to the source Join Server",
                        nullptr, summary.wouldWrite)
                    : CliText::tr("dry run: %n AppKey(s) would be restored, nothing was written "
                                  "to the source Join Server",
                        nullptr, summary.wouldWrite),
                summary.wouldWrite);
        else
            lines << (change ? CliText::tr("AppKeys in the source Join Server: %1 changed, %2 "
                                           "already changed, %3 failed")
                             : CliText::tr("AppKeys in the source Join Server: %1 restored, %2 "
                                           "already original, %3 failed"))
                         .arg(number(summary.written), number(summary.already),
                             number(summary.failed));
    } else if (summary.dryRun) {
        lines << withGroupedN(change
                ? CliText::tr(
                    "dry run: %n AppKey(s) would be changed, nothing was written to TTN v2",
                    nullptr, summary.wouldWrite)
                : CliText::tr(
                    "dry run: %n AppKey(s) would be restored, nothing was written to TTN v2",
                    nullptr, summary.wouldWrite),
            summary.wouldWrite);
    } else {
        lines << (change
                ? CliText::tr("AppKeys in TTN v2: %1 changed, %2 already changed, %3 failed")
                : CliText::tr("AppKeys in TTN v2: %1 restored, %2 already original, %3 failed"))
                     .arg(number(summary.written), number(summary.already), number(summary.failed));
    }
    if (summary.notRun() > 0 && summary.planned > 0)
        lines << withGroupedN(
            CliText::tr("%n device(s) not processed: run the same command again to finish", nullptr,
                summary.notRun()),
            summary.notRun());
    if (!summary.journalPath.isEmpty())
        lines << CliText::tr("journal: %1").arg(QDir::toNativeSeparators(summary.journalPath));
    return lines;
}

void AppKeyRunner::finish(const AppKeyRunSummary &summary)
{
    if (!summary.fatalMessage.isEmpty() && m_settings.verbose && !summary.serverMessage.isEmpty())
        Console::error(
            (tts() ? CliText::tr("The Things Stack said: %1") : CliText::tr("TTN v2 said: %1"))
                .arg(summary.serverMessage));
    for (const QString &line : summaryLines(summary))
        Console::error(line);
    int exitCode = ExitCode::Success;
    if (m_interruptExitCode != 0) {
        exitCode = m_interruptExitCode;
    } else if (!summary.fatalMessage.isEmpty()) {
        Console::fatal(CliErrorText::withAdvice(summary.fatalMessage, summary.fatalFix));
        exitCode = ExitCode::Failure;
    } else if (!summary.complete()) {
        exitCode = ExitCode::Partial;
    }
    emit finished(exitCode);
}

#include "exportrunner.h"

#include "appkey/generatedkeycheck.h"
#include "appkeyrunner.h"
#include "clierrortext.h"
#include "console.h"
#include "exitcodes.h"
#include "io/exportfileset.h"
#include "io/ndjsonwriter.h"
#include "job/exportjob.h"
#include "outcomereport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

ExportRunner::ExportRunner(RunSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
}

ExportRunner::~ExportRunner() = default;

bool ExportRunner::prepare()
{
    if (m_settings.outputPath.isEmpty())
        return true;
    m_file = std::make_unique<ExportFileSet>(m_settings.outputPath, m_settings.splitBytes);
    if (m_file->open())
        return true;
    Console::usageError(
        tr("cannot write %1: %2").arg(m_settings.outputPath, m_file->errorString()), false);
    m_file.reset();
    return false;
}

void ExportRunner::logIntro()
{
    if (!m_settings.verbose)
        return;
    if (m_settings.dryRun)
        Console::error(tr("dry run: nothing is written to TTN v2"));
    const V2Connection &connection = m_settings.request.connection;
    const QString where = connection.handlerUrl.isEmpty()
        ? tr("discovery server %1").arg(connection.discoveryUrl.toDisplayString())
        : tr("handler %1").arg(connection.handlerUrl.toDisplayString());
    Console::error(tr("application %1 via %2; frequency plan %3; %4")
                       .arg(connection.appId, where, m_settings.request.options.frequencyPlanId,
                           m_settings.request.options.withSession ? tr("with session")
                                                                  : tr("without session")));
}

void ExportRunner::start()
{
    logIntro();
    const QHash<QString, QString> &map = m_settings.request.options.deviceIdMap;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        m_mappedNotSeen.insert(it.key());
    m_generatedKeys = std::make_unique<GeneratedKeyCheck>(m_settings.request.connection.appId);
    m_job = new ExportJob(m_settings.request, this);
    connect(m_job, &ExportJob::outcomesReady, this, &ExportRunner::writeOutcomes);
    connect(m_job, &ExportJob::finished, this, &ExportRunner::finish);
    if (m_settings.verbose) {
        connect(m_job, &ExportJob::requestLogged, this,
            [](const QString &line) { Console::error(line); });
        connect(m_job, &ExportJob::stageChanged, this,
            [](const QString &stage) { Console::error(stage); });
    }
    m_job->start();
}

void ExportRunner::interrupt(int exitCode)
{
    if (m_appKeys) {
        m_appKeys->interrupt(exitCode);
        return;
    }
    if (m_finished)
        return;
    m_interruptExitCode = exitCode;
    Console::error(tr("interrupted: stopping"));
    if (m_job)
        m_job->cancel();
    else
        finish(ExportSummary());
}

void ExportRunner::writeOutcomes(const QList<DeviceOutcome> &batch)
{
    bool written = true;
    for (const DeviceOutcome &outcome : batch) {
        for (const QString &line : OutcomeReport::deviceLines(outcome, m_settings.verbose))
            Console::error(line);
        if (!m_mappedNotSeen.isEmpty())
            m_mappedNotSeen.remove(outcome.v2DeviceId);
        if (outcome.status == OutcomeStatus::Failed && outcome.rule != TtsRule::None) {
            m_refused.append(
                u"%1: %2"_s.arg(outcome.v2DeviceId, OutcomeReport::reasonWithHint(outcome)));
        }
        if (outcome.status != OutcomeStatus::Exported || m_outputBroken)
            continue;
        if (m_generatedKeys && m_generatedKeys->note(outcome.json)) {
            Console::error(tr(
                "warning: %1 has an AppKey in TTN v2 that ttn-lw-migrate generated; the device "
                "still has its original key, which is in the devices.json saved before the change")
                               .arg(outcome.v2DeviceId));
        }
        if (m_file)
            written = written && m_file->writeLine(outcome.json);
        else {
            written = written && Console::stdoutLines().writeLine(outcome.json);
            m_stdoutBytes += outcome.json.size() + 1;
        }
    }
    if (!m_file && !m_outputBroken) // stdout gets the whole batch at once
        written = Console::stdoutLines().flush() && written;
    if (!written && !m_outputBroken) {
        m_outputBroken = true;
        if (m_job)
            m_job->cancel();
    }
}

int ExportRunner::commitFile()
{
    const int withGeneratedKey = m_generatedKeys ? m_generatedKeys->devicesWithGeneratedKey() : 0;
    if (withGeneratedKey > 0) {
        // Never replace a devices.json with keys the devices do not have (it may be the one
        // holding the originals).
        m_file->cancel();
        Console::fatal(
            tr("%1 was not written: %n device(s) would get an AppKey that ttn-lw-migrate "
               "generated, not the original; restore the keys first (restore-app-keys with the "
               "earlier devices.json)",
                nullptr, withGeneratedKey)
                .arg(m_file->path()));
        return ExitCode::Fatal;
    }
    if (!m_file->commit()) {
        Console::fatal(tr("could not write %1: %2").arg(m_file->path(), m_file->errorString()));
        return ExitCode::Fatal;
    }
    if (m_file->linesReadBack() != m_file->linesWritten()) {
        Console::fatal(tr("%1 holds %2 devices after writing %3: check the disk and run again")
                           .arg(m_file->path())
                           .arg(m_file->linesReadBack())
                           .arg(m_file->linesWritten()));
        return ExitCode::Fatal;
    }
    const QStringList paths = m_file->paths();
    if (m_file->isSplit()) {
        Console::error(
            tr("wrote %1 devices to %n file(s) of at most %2 MiB: %3", nullptr, int(paths.size()))
                .arg(m_file->linesReadBack())
                .arg(double(m_settings.splitBytes) / (1024 * 1024), 0, 'g', 3)
                .arg(paths.join(u", "_s)));
        for (const QString &stale : m_file->staleParts()) {
            Console::error(tr("warning: %1 is left from an earlier export and is not part of "
                              "this one; delete it before importing")
                               .arg(stale));
        }
    } else {
        Console::error(
            tr("wrote %1 devices to %2").arg(m_file->linesReadBack()).arg(m_file->path()));
        warnAboutSize(m_file->bytesWritten(), m_file->path());
    }
    return ExitCode::AllExported;
}

// The Things Stack Console refuses a file of 16 MiB or more (tts-import-rules.md).
void ExportRunner::warnAboutSize(qint64 bytes, const QString &where)
{
    if (!ExportFileSet::exceedsConsoleLimit(bytes))
        return;
    Console::error(tr("warning: %1 is %2 MiB; The Things Stack Console refuses files of 16 MiB "
                      "or more: export again with --split -o FILE for parts the Console takes, "
                      "or import it with ttn-lw-cli")
                       .arg(where)
                       .arg(double(bytes) / (1024 * 1024), 0, 'f', 1));
}

void ExportRunner::finish(const ExportSummary &summary)
{
    if (m_finished)
        return;
    m_finished = true;
    int exitCode = ExitCode::forSummary(summary);
    if (m_interruptExitCode != 0) {
        if (m_file)
            m_file->cancel();
        Console::error(m_file ? tr("interrupted: %1 was not written").arg(m_settings.outputPath)
                              : tr("interrupted: the output is incomplete"));
        exitCode = m_interruptExitCode;
    } else if (m_outputBroken) {
        if (m_file)
            m_file->cancel();
        Console::fatal(m_file
                ? tr("could not write %1: %2").arg(m_file->path(), m_file->errorString())
                : tr("could not write to stdout"));
        exitCode = ExitCode::Fatal;
    } else if (summary.fatal.isError() || summary.canceled) {
        if (m_file)
            m_file->cancel();
        if (m_settings.verbose && !summary.fatal.serverMessage.isEmpty())
            Console::error(tr("TTN v2 said: %1").arg(summary.fatal.serverMessage));
        Console::fatal(summary.fatal.isError() ? CliErrorText::sentence(summary.fatal)
                                               : tr("the export was canceled"));
    } else {
        for (const QString &line : OutcomeReport::summaryLines(summary))
            Console::error(line);
        for (const QString &line : OutcomeReport::importLines(summary.exported, m_refused))
            Console::error(line);
        QStringList unknown(m_mappedNotSeen.cbegin(), m_mappedNotSeen.cend());
        unknown.sort();
        for (const QString &id : std::as_const(unknown)) {
            Console::error(
                tr("warning: --dev-id-map names %1, which is not a device of this export").arg(id));
        }
        if (!m_file)
            warnAboutSize(m_stdoutBytes, tr("the export"));
        if (m_file) {
            const int fileExit = commitFile();
            if (fileExit != ExitCode::AllExported)
                exitCode = fileExit;
            else if (m_settings.changeAppKey) {
                changeAppKeys(exitCode); // finished() follows when the keys are done
                return;
            }
        }
    }
    emit finished(exitCode);
}

void ExportRunner::changeAppKeys(int exportExitCode)
{
    // The plan is read from the committed file, with the count just written: what changes in v2
    // is exactly what is safely on disk.
    AppKeyRunSettings settings;
    settings.connection = m_settings.request.connection;
    settings.action = AppKeyAction::Change;
    settings.dryRun = m_settings.dryRun;
    settings.verbose = m_settings.verbose;
    AppKeyPlan plan = AppKeyPlan::load(m_file->paths(), m_file->linesWritten());
    m_appKeys = new AppKeyRunner(settings, std::move(plan), this);
    connect(m_appKeys, &AppKeyRunner::finished, this, [this, exportExitCode](int keysExitCode) {
        emit finished(keysExitCode == ExitCode::AllExported ? exportExitCode : keysExitCode);
    });
    m_appKeys->start();
}

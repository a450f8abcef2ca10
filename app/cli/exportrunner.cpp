#include "exportrunner.h"

#include "appkey/generatedkeycheck.h"
#include "appkeyrunner.h"
#include "chirpstack/chirpstackclient.h"
#include "chirpstack/chirpstackdisabler.h"
#include "clierrortext.h"
#include "console.h"
#include "exitcodes.h"
#include "formatterexport.h"
#include "io/exportfileset.h"
#include "io/ndjsonwriter.h"
#include "job/exportjob.h"
#include "outcomereport.h"
#include "util/interruptwatcher.h"
#include "util/localenumbers.h"

#include <QCoreApplication>
#include <QThread>

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
    if (m_settings.request.source == ExportSource::ChirpStack) {
        const ChirpStackSettings &cs = m_settings.request.chirpstackSource;
        if (m_settings.dryRun)
            Console::error(tr("dry run: nothing is written to the source"));
        const QString session
            = m_settings.request.options.withSession ? tr("with session") : tr("without session");
        Console::error(cs.application.isEmpty()
                ? tr("devices by DevEUI from ChirpStack at %1; %2")
                      .arg(cs.connection.target(), session)
                : tr("application %1 of ChirpStack at %2; %3")
                      .arg(cs.application, cs.connection.target(), session));
        return;
    }
    if (m_settings.request.source == ExportSource::Tts) {
        const TtsConnection &tts = m_settings.request.ttsSource;
        if (m_settings.dryRun)
            Console::error(tr("dry run: nothing is written to the source"));
        Console::error(tr("application %1 of The Things Stack at %2; %3")
                           .arg(tts.applicationId, tts.identityServerUrl.toDisplayString(),
                               m_settings.request.options.withSession ? tr("with session")
                                                                      : tr("without session")));
        return;
    }
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
    m_generatedKeys = std::make_unique<GeneratedKeyCheck>(
        m_settings.request.source == ExportSource::Tts ? m_settings.request.ttsSource.applicationId
                                                       : m_settings.request.connection.appId);
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
    if (m_finished) {
        if (m_formatters && m_interruptExitCode == 0) {
            m_interruptExitCode = exitCode;
            m_formatters->cancel(); // the export is saved; the formatters are not
        }
        return;
    }
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
            if (!m_file) {
                // Lines on stdout cannot be taken back at the end, as the file is: never write
                // this one (the device would never join with the generated key).
                ++m_withheld;
                Console::error((m_settings.request.source == ExportSource::Tts
                        ? tr("failed %1: not written, its AppKey in the source Join Server was "
                             "generated by ttn-lw-migrate and the device still has its original "
                             "key; restore the keys first (tts restore-app-keys with the "
                             "devices.json saved before the change)")
                        : tr("failed %1: not written, its AppKey in TTN v2 was generated by "
                             "ttn-lw-migrate and the device still has its original key; "
                             "restore the keys first (restore-app-keys with the devices.json "
                             "saved before the change)"))
                                   .arg(outcome.v2DeviceId));
                continue;
            }
            Console::error((m_settings.request.source == ExportSource::Tts
                    ? tr("warning: %1 has an AppKey in the source Join Server that "
                         "ttn-lw-migrate generated; the device still has its original key, "
                         "which is in the devices.json saved before the change")
                    : tr("warning: %1 has an AppKey in TTN v2 that ttn-lw-migrate generated; the "
                         "device still has its original key, which is in the devices.json "
                         "saved before the change"))
                               .arg(outcome.v2DeviceId));
        }
        if (m_settings.disableAtSource)
            m_exportedSourceIds << outcome.v2DeviceId;
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
        Console::fatal(LocaleNumbers::withGroupedN(
            tr("%1 was not written: %n device(s) would get an AppKey that ttn-lw-migrate "
               "generated, not the original; restore the keys first (restore-app-keys with the "
               "earlier devices.json)",
                nullptr, withGeneratedKey),
            withGeneratedKey)
                           .arg(m_file->path()));
        return ExitCode::Failure;
    }
    if (!m_file->commit()) {
        Console::fatal(tr("could not write %1: %2").arg(m_file->path(), m_file->errorString()));
        return ExitCode::Failure;
    }
    if (m_file->linesReadBack() != m_file->linesWritten()) {
        const int readBack = m_file->linesReadBack();
        Console::fatal(LocaleNumbers::withGroupedN(
            tr("%1 holds %n device(s) after writing %2: check the disk and run again", nullptr,
                readBack),
            readBack)
                           .arg(m_file->path(), LocaleNumbers::number(m_file->linesWritten())));
        return ExitCode::Failure;
    }
    const QStringList paths = m_file->paths();
    if (m_file->isSplit()) {
        const int devices = m_file->linesReadBack();
        Console::error(
            LocaleNumbers::withGroupedN(
                tr("wrote %1 to %n file(s) of at most %2 MiB: %3", nullptr, int(paths.size())),
                paths.size())
                .arg(LocaleNumbers::withGroupedN(tr("%n device(s)", nullptr, devices), devices))
                .arg(double(m_settings.splitBytes) / (1024 * 1024), 0, 'g', 3)
                .arg(paths.join(u", "_s)));
        for (const QString &stale : m_file->staleParts()) {
            Console::error(tr("warning: %1 is left from an earlier export and is not part of "
                              "this one; delete it before importing")
                               .arg(stale));
        }
    } else {
        const int devices = m_file->linesReadBack();
        Console::error(
            LocaleNumbers::withGroupedN(tr("wrote %n device(s) to %1", nullptr, devices), devices)
                .arg(m_file->path()));
        warnAboutSize(m_file->bytesWritten(), m_file->path());
    }
    return ExitCode::Success;
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

void ExportRunner::finish(const ExportSummary &jobSummary)
{
    if (m_finished)
        return;
    m_finished = true;
    // Devices held back from stdout for their generated AppKey failed.
    ExportSummary summary = jobSummary;
    summary.exported -= m_withheld;
    summary.failed += m_withheld;
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
        exitCode = ExitCode::Failure;
    } else if (summary.fatal.isError() || summary.canceled) {
        if (m_file)
            m_file->cancel();
        if (m_settings.verbose && !summary.fatal.serverMessage.isEmpty()) {
            Console::error(m_settings.request.source == ExportSource::Tts
                    ? tr("The Things Stack said: %1").arg(summary.fatal.serverMessage)
                    : m_settings.request.source == ExportSource::ChirpStack
                    ? tr("ChirpStack said: %1").arg(summary.fatal.serverMessage)
                    : tr("TTN v2 said: %1").arg(summary.fatal.serverMessage));
        }
        Console::fatal(summary.fatal.isError() ? CliErrorText::sentence(summary.fatal)
                                               : tr("the export was canceled"));
    } else {
        for (const QString &line : OutcomeReport::summaryLines(summary, m_settings.request.source))
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
            if (fileExit != ExitCode::Success)
                exitCode = fileExit;
            else {
                exportFormatters(exitCode); // finished() follows (after the AppKeys, if asked)
                return;
            }
        }
    }
    emit finished(exitCode);
}

// The export is committed: the payload formatters go beside it (formatterexport.h).
void ExportRunner::exportFormatters(int exportExitCode)
{
    if (m_settings.request.source == ExportSource::ChirpStack) {
        // ChirpStack's codec is the device profile's: each device carries it as formatters.
        if (m_settings.disableAtSource && m_interruptExitCode == 0)
            disableAtChirpStack(exportExitCode); // finished() follows
        else
            emit finished(m_interruptExitCode != 0 ? m_interruptExitCode : exportExitCode);
        return;
    }
    m_formatters
        = new FormatterExport(m_settings.request, m_file->path(), m_settings.verbose, this);
    connect(m_formatters, &FormatterExport::finished, this, [this, exportExitCode] {
        if (m_settings.changeAppKey && m_interruptExitCode == 0)
            changeAppKeys(exportExitCode); // finished() follows when the keys are done
        else
            emit finished(m_interruptExitCode != 0 ? m_interruptExitCode : exportExitCode);
    });
    m_formatters->start();
}

// The export is committed: disable its devices in ChirpStack (issue 18 item 4), off this
// thread (blocking gRPC calls), journalled beside the file for enable-devices.
void ExportRunner::disableAtChirpStack(int exportExitCode)
{
    if (m_settings.dryRun) {
        Console::error(tr("dry run: nothing was disabled in ChirpStack"));
        emit finished(exportExitCode);
        return;
    }
    const QString journal = ChirpStackDisabler::journalPath(m_settings.outputPath);
    auto result = std::make_shared<ChirpStackDisabler::Result>();
    const ChirpStackConnection connection = m_settings.request.chirpstackSource.connection;
    const QStringList ids = m_exportedSourceIds;
    QThread *thread = QThread::create([connection, ids, journal, result] {
        ChirpStackClient client(connection);
        *result = ChirpStackDisabler::disable(client, ids, journal);
    });
    connect(thread, &QThread::finished, this, [this, thread, result, journal, exportExitCode] {
        thread->deleteLater();
        for (const QString &failure : std::as_const(result->failures))
            Console::error(tr("failed to disable %1").arg(failure));
        if (result->fatal.isError()) {
            Console::fatal(
                tr("the export is written, but not every device was disabled in "
                   "ChirpStack: %1")
                    .arg(CliErrorText::withAdvice(result->fatal.message, result->fatal.fix)));
        }
        if (result->changed + result->unchanged > 0) {
            Console::error(tr("disabled in ChirpStack: %1 (%2 already disabled); undo with "
                              "ttn-lw-migrate chirpstack enable-devices %3")
                               .arg(result->changed + result->unchanged)
                               .arg(result->unchanged)
                               .arg(m_settings.outputPath));
        }
        emit finished(result->ok() ? exportExitCode : ExitCode::Failure);
    });
    thread->start();
}

void ExportRunner::changeAppKeys(int exportExitCode)
{
    // The plan is read from the committed file, with the count just written: what changes in v2
    // is exactly what is safely on disk.
    AppKeyRunSettings settings;
    settings.connection = m_settings.request.connection;
    if (m_settings.request.source == ExportSource::Tts) {
        settings.source = AppKeySource::Tts;
        settings.ttsConnection = m_settings.request.ttsSource;
    }
    settings.action = AppKeyAction::Change;
    settings.dryRun = m_settings.dryRun;
    settings.verbose = m_settings.verbose;
    AppKeyPlan plan = AppKeyPlan::load(m_file->paths(), m_file->linesWritten(), settings.source);
    m_appKeys = new AppKeyRunner(settings, std::move(plan), this);
    connect(m_appKeys, &AppKeyRunner::finished, this, [this, exportExitCode](int keysExitCode) {
        emit finished(keysExitCode == ExitCode::Success ? exportExitCode : keysExitCode);
    });
    m_appKeys->start();
}

int ExportRunner::run(RunSettings settings)
{
    ExportRunner runner(std::move(settings));
    if (!runner.prepare())
        return ExitCode::UsageError;
    InterruptWatcher interrupts;
    QObject::connect(
        &interrupts, &InterruptWatcher::interrupted, &runner, &ExportRunner::interrupt);
    QObject::connect(&runner, &ExportRunner::finished, &runner,
        [](int exitCode) { QCoreApplication::exit(exitCode); });
    QMetaObject::invokeMethod(&runner, &ExportRunner::start, Qt::QueuedConnection);
    return QCoreApplication::exec();
}

#include "ttsimportrunner.h"

#include "clierrortext.h"
#include "clitext.h"
#include "console.h"
#include "exitcodes.h"
#include "formatters/formatterfile.h"
#include "formatters/ttsformatterapply.h"
#include "job/ttsimportjob.h"
#include "util/durationtext.h"
#include "util/localenumbers.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using LocaleNumbers::number;
using LocaleNumbers::withGroupedN;

namespace {
// Seconds between two plain progress lines when stderr is no terminal (a log, CI);
// TTNMIG_PROGRESS_INTERVAL overrides it, 0 turns them off.
constexpr double kPlainIntervalSeconds = 10.0;
constexpr int kRedrawMs = 200; // the terminal line at most this often

int plainIntervalMs()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("TTNMIG_PROGRESS_INTERVAL").toDouble(&ok);
    return int(std::lround((ok && seconds >= 0 ? seconds : kPlainIntervalSeconds) * 1000.0));
}
} // namespace

TtsImportRunner::TtsImportRunner(
    const TtsCliConfig &config, const QList<TtsFileDevice> &devices, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_devices(devices)
{
    TtsImportOptions options;
    options.concurrency = config.concurrency;
    options.dryRun = config.dryRun;
    m_job = new TtsImportJob(config.connection, devices, options, this);
    connect(m_job, &TtsImportJob::deviceFinished, this, &TtsImportRunner::onDevice);
    connect(m_job, &TtsImportJob::finished, this, &TtsImportRunner::onFinished);
    connect(m_job, &TtsImportJob::progress, this, &TtsImportRunner::onProgress);
    connect(m_job, &TtsImportJob::serverBusy, this, &TtsImportRunner::onServerBusy);
    const bool terminal = Console::stderrIsTerminal();
    const int interval = terminal ? 1000 : plainIntervalMs();
    m_progressTimer.setInterval(interval);
    if (interval > 0)
        connect(&m_progressTimer, &QTimer::timeout, this,
            [this, terminal] { showProgress(!terminal); });
    if (config.verbose)
        connect(m_job, &TtsImportJob::requestLogged, this,
            [](const QString &line) { Console::error(line); });
}

void TtsImportRunner::start()
{
    if (m_config.verbose) {
        const TtsConnection &c = m_config.connection;
        Console::error(CliText::tr("importing %1 into application %2 of %3 (API key %4)%5")
                           .arg(m_config.files.join(u", "_s), c.applicationId,
                               c.identityServerUrl.toDisplayString(), c.apiKeyId(),
                               m_config.dryRun ? CliText::tr(", dry run") : QString()));
    }
    loadFormatters();
    m_clock.start();
    m_job->start();
}

QString TtsImportRunner::progressLine(int done, int total, double perSecond, qint64 remainingMs)
{
    QString line
        = withGroupedN(CliText::tr("%1 of %n device(s)", nullptr, total), total).arg(number(done));
    if (perSecond >= 0)
        line += CliText::tr(", %1/s").arg(QLocale().toString(perSecond, 'f', 1));
    if (remainingMs > 0)
        line += CliText::tr(", about %1 left").arg(DurationText::rough(remainingMs));
    return line;
}

QString TtsImportRunner::busyLine(qint64 retryInMs)
{
    const int seconds = int(std::max<qint64>(1, (retryInMs + 999) / 1000));
    return withGroupedN(
        CliText::tr("The Things Stack is limiting requests, retrying in %n s", nullptr, seconds),
        seconds);
}

void TtsImportRunner::onProgress(int done, int total)
{
    m_done = done;
    m_total = total;
    m_estimate.update(done, total);
    if (!m_progressTimer.isActive() && m_progressTimer.interval() > 0 && done < total
        && !m_config.dryRun)
        m_progressTimer.start();
    if (!m_sinceDraw.isValid() || m_sinceDraw.elapsed() >= kRedrawMs)
        showProgress(false);
}

// On a terminal the status line (also between two timer ticks: time left, the countdown of a
// pause); elsewhere, when `plainLine`, one line of its own.
void TtsImportRunner::showProgress(bool plainLine)
{
    if (m_config.dryRun || m_interruptExitCode != 0)
        return;
    const qint64 busyLeft = m_busyUntilMs - m_clock.elapsed();
    QStringList parts;
    if (m_total > 0)
        parts << progressLine(m_done, m_total, m_estimate.perSecond(), m_estimate.remainingMs());
    if (busyLeft > 0 && !plainLine) // a plain line said it when the pause began
        parts << busyLine(busyLeft);
    if (parts.isEmpty())
        return;
    m_sinceDraw.start();
    if (plainLine)
        Console::error(CliText::tr("progress: %1").arg(parts.join(u"; "_s)));
    else
        Console::status(parts.join(u"; "_s));
}

void TtsImportRunner::onServerBusy(bool rateLimited, qint64 retryInMs)
{
    Q_UNUSED(rateLimited) // both read the same to the user: wait, it goes on by itself
    const qint64 now = m_clock.elapsed();
    const bool newPause = now >= m_busyUntilMs;
    m_busyUntilMs = std::max(m_busyUntilMs, now + retryInMs);
    if (Console::stderrIsTerminal()) {
        showProgress(false);
        if (!m_progressTimer.isActive() && m_progressTimer.interval() > 0)
            m_progressTimer.start(); // the countdown, also before the first device
    } else if (newPause) // every call in flight hears the same pause: say it once
        Console::error(busyLine(retryInMs));
}

void TtsImportRunner::loadFormatters()
{
    m_formatterFile = FormatterFile::findBeside(m_config.files);
    if (m_formatterFile.isEmpty())
        return;
    const FormatterFile::Loaded loaded = FormatterFile::load(m_formatterFile);
    if (!loaded.error.isEmpty()) {
        Console::error(CliText::tr("warning: payload formatters not set: %1").arg(loaded.error));
        m_formatterFile.clear();
        return;
    }
    m_formatterPlan = loaded.plan;
    if (m_config.verbose)
        Console::error(CliText::tr("payload formatters from %1").arg(m_formatterFile));
}

void TtsImportRunner::reportFormatters(const TtsFormatterOutcome &o)
{
    using Status = TtsFormatterOutcome::Status;
    const QString app = m_config.connection.applicationId;
    const QString file = m_formatterFile;
    switch (o.status) {
    case Status::NothingToSet:
        Console::error(CliText::tr("payload formatters: %1 has none to set").arg(file));
        break;
    case Status::Set:
        Console::error(
            CliText::tr("payload formatters: set the default formatters of application %1 from %2")
                .arg(app, file));
        for (const QString &note : std::as_const(m_formatterPlan.notes))
            Console::error(CliText::tr("payload formatters: %1").arg(note));
        break;
    case Status::WouldSet:
        Console::error(CliText::tr("dry run: would set the default payload formatters of "
                                   "application %1 from %2")
                           .arg(app, file));
        break;
    case Status::AlreadySet:
        Console::error(CliText::tr("payload formatters: application %1 already has those of %2")
                           .arg(app, file));
        break;
    case Status::KeptExisting:
        Console::error(CliText::tr("warning: application %1 already has other default payload "
                                   "formatters; they were left alone (--tts.replace-formatters "
                                   "replaces them with those of %2)")
                           .arg(app, file));
        break;
    case Status::NoRight:
    case Status::Failed: {
        if (o.error.kind == TtsErrorKind::Canceled)
            break;
        const QString why = o.status == Status::NoRight
            ? CliText::tr("the API key lacks the right RIGHT_APPLICATION_SETTINGS_BASIC on "
                          "application %1")
                  .arg(app)
            : (o.error.message.isEmpty() ? o.error.networkText : o.error.message);
        Console::error((m_config.dryRun ? CliText::tr("warning: the payload formatters would be "
                                                      "left alone (%1)")
                                        : CliText::tr("warning: the payload formatters were left "
                                                      "alone (%1); the devices were imported"))
                           .arg(why));
        for (const bool uplink : { true, false }) {
            const FormatterSetting &setting
                = uplink ? m_formatterPlan.target.up : m_formatterPlan.target.down;
            if (!setting.isSet())
                continue;
            const QString direction = uplink ? CliText::tr("Uplink") : CliText::tr("Downlink");
            if (setting.isJavaScript())
                Console::error(CliText::tr("to set them by hand: Console → Applications → %1 → "
                                           "Payload formatters → %2 → Custom Javascript "
                                           "formatter, paste %3 and save")
                                   .arg(app, direction, FormatterFile::scriptPath(file, uplink)));
            else
                Console::error(CliText::tr("to set them by hand: Console → Applications → %1 → "
                                           "Payload formatters → %2 → CayenneLPP, and save")
                                   .arg(app, direction));
        }
        break;
    }
    }
}

void TtsImportRunner::interrupt(int exitCode)
{
    if (m_formatters) { // the devices are done; the formatters are left alone
        m_interruptExitCode = exitCode;
        m_formatters->cancel();
        return;
    }
    if (m_interruptExitCode == 0) {
        Console::status(QString());
        Console::error(
            CliText::tr("interrupted: finishing or rolling back the devices in flight…"));
    }
    m_interruptExitCode = exitCode;
    m_job->cancel();
}

QString TtsImportRunner::deviceLine(const TtsImportOutcome &o)
{
    const QString id = o.deviceId.isEmpty() ? o.where : u"%1 (%2)"_s.arg(o.deviceId, o.where);
    if (o.reason.isEmpty())
        return u"%1 %2"_s.arg(ttsImportStatusName(o.status), id);
    return u"%1 %2: %3"_s.arg(ttsImportStatusName(o.status), id, o.reason);
}

QString TtsImportRunner::summaryLine(const TtsImportSummary &s)
{
    const QString seconds = QString::number(double(s.elapsedMs) / 1000.0, 'f', 1);
    if (s.dryRun)
        return withGroupedN(
            CliText::tr("dry run: %1 would be imported, %2 already in TTS, %3 would "
                        "fail of %4 (%n request(s), nothing written)",
                nullptr, s.requests),
            s.requests)
            .arg(number(s.wouldImport), number(s.alreadyInTts), number(s.failed + s.notImported),
                number(s.total));
    QString line = withGroupedN(CliText::tr("%1 imported, %2 already in TTS, %3 failed, %4 not "
                                            "imported of %5 in %6 s (%n request(s))",
                                    nullptr, s.requests),
        s.requests)
                       .arg(number(s.imported), number(s.alreadyInTts), number(s.failed),
                           number(s.notImported), number(s.total), seconds);
    if (s.completed > 0)
        line += CliText::tr("; completed %1 that an earlier run left partly created")
                    .arg(number(s.completed));
    if (s.partlyCreated > 0)
        line += CliText::tr("; %1 partly created: delete them in the Console")
                    .arg(number(s.partlyCreated));
    if (s.rateLimited > 0)
        line += withGroupedN(
            CliText::tr("; throttled %n time(s)", nullptr, s.rateLimited), s.rateLimited);
    return line;
}

int TtsImportRunner::exitCode(const TtsImportSummary &summary)
{
    if (!summary.fatal.isEmpty())
        return ExitCode::Failure;
    return summary.completeSuccess() ? ExitCode::Success : ExitCode::Partial;
}

void TtsImportRunner::onDevice(const TtsImportOutcome &outcome)
{
    if (outcome.isSuccess())
        m_notInTts.remove(outcome.where);
    else
        m_notInTts.insert(outcome.where, outcome);
    const bool quiet = outcome.status == TtsImportStatus::Imported
        || outcome.status == TtsImportStatus::WouldImport;
    if (quiet && !m_config.verbose && !m_config.dryRun)
        return;
    // A stopped import reports every device the same way: the fatal line says it once.
    if (outcome.status == TtsImportStatus::NotImported && !m_config.verbose
        && m_job->preflight().plans.isEmpty())
        return;
    // Ctrl-C: the summary counts the devices not imported, not one line each.
    if (outcome.status == TtsImportStatus::NotImported && !m_config.verbose
        && m_interruptExitCode != 0)
        return;
    Console::error(deviceLine(outcome));
}

void TtsImportRunner::onFinished(const TtsImportSummary &summary)
{
    m_progressTimer.stop();
    Console::status(QString());
    if (!summary.fatal.isEmpty())
        Console::fatal(CliErrorText::withAdvice(summary.fatal, summary.fatalFix));
    if (!summary.stoppedBeforeAnyDevice()) // else the one fatal line says why, no "N failed"
        Console::error(summaryLine(summary));
    if (m_interruptExitCode != 0 && summary.notImported > 0)
        Console::error(withGroupedN(CliText::tr("interrupted: %n device(s) not imported; run the "
                                                "same command again to import them",
                                        nullptr, summary.notImported),
            summary.notImported));
    else
        saveFailed(summary);
    m_exitCode = m_interruptExitCode != 0 ? m_interruptExitCode : exitCode(summary);
    if (m_formatterFile.isEmpty() || !summary.fatal.isEmpty() || m_interruptExitCode != 0) {
        emit finished(m_exitCode);
        return;
    }
    m_formatters = new TtsFormatterApply(
        m_config.connection, m_formatterPlan, m_config.replaceFormatters, m_config.dryRun, this);
    if (m_config.verbose)
        connect(m_formatters, &TtsFormatterApply::requestLogged, this,
            [](const QString &line) { Console::error(line); });
    connect(m_formatters, &TtsFormatterApply::finished, this,
        [this](const TtsFormatterOutcome &outcome) {
            reportFormatters(outcome);
            emit finished(m_interruptExitCode != 0 ? m_interruptExitCode : m_exitCode);
        });
    m_formatters->start();
}

// The devices that are not in TTS, as lines of their own devices.json beside the input: fix
// them (or wait for TTS) and import that file. Not after a fatal error (the same file again is
// the answer) and not in a dry run (nothing failed yet).
void TtsImportRunner::saveFailed(const TtsImportSummary &summary)
{
    if (m_config.dryRun || !summary.fatal.isEmpty() || m_notInTts.isEmpty())
        return;
    QList<TtsFileDevice> failed;
    int retryable = 0;
    for (const TtsFileDevice &device : std::as_const(m_devices)) {
        const auto found = m_notInTts.constFind(device.where());
        if (found == m_notInTts.constEnd())
            continue;
        failed << device;
        retryable += found->retryCanFix() ? 1 : 0;
    }
    const bool anyToSave = std::any_of(failed.cbegin(), failed.cend(),
        [](const TtsFileDevice &device) { return !device.device.isEmpty(); });
    const QString path = TtsDeviceFile::failedPathBeside(m_config.files);
    const TtsDeviceFile::Saved saved = anyToSave
        ? TtsDeviceFile::save(path, failed)
        : TtsDeviceFile::Saved { 0, int(failed.size()), QString() };
    if (!saved.ok()) {
        Console::error(
            CliText::tr("warning: the failed devices were not saved: %1").arg(saved.error));
        return;
    }
    if (saved.written > 0)
        Console::error(withGroupedN(CliText::tr("saved the %n device(s) not in TTS to %1: fix them "
                                                "and run ttn-lw-migrate tts import %1",
                                        nullptr, saved.written),
            saved.written)
                           .arg(path));
    if (retryable > 0)
        Console::error(withGroupedN(CliText::tr("%n of them failed for a passing reason (TTS busy "
                                                "or unreachable, the key): importing again may be "
                                                "enough",
                                        nullptr, retryable),
            retryable));
    if (saved.skipped > 0)
        Console::error(withGroupedN(CliText::tr("%n line(s) that are not JSON could not be saved; "
                                                "fix them in the input",
                                        nullptr, saved.skipped),
            saved.skipped));
}

#include "appkey/appkeyjob.h"

#include "appkey/appkeybackend.h"
#include "appkey/appkeystep.h"
#include "util/redact.h"

#include <QDateTime>
#include <QTimer>

using namespace Qt::StringLiterals;

AppKeyJob::AppKeyJob(
    V2Connection connection, AppKeyPlan plan, AppKeyJobOptions options, QObject *parent)
    : AppKeyJob(
        new V2AppKeyBackend(std::move(connection)), std::move(plan), std::move(options), parent)
{
}

AppKeyJob::AppKeyJob(
    TtsConnection connection, AppKeyPlan plan, AppKeyJobOptions options, QObject *parent)
    : AppKeyJob(
        new TtsAppKeyBackend(std::move(connection)), std::move(plan), std::move(options), parent)
{
}

AppKeyJob::AppKeyJob(
    AppKeyBackend *backend, AppKeyPlan plan, AppKeyJobOptions options, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_plan(std::move(plan))
    , m_options(std::move(options))
    , m_journal(m_options.journalDirectory.isEmpty() ? AppKeyJournal::defaultDirectory()
                                                     : m_options.journalDirectory)
{
    qRegisterMetaType<AppKeyDeviceResult>();
    qRegisterMetaType<AppKeyRunSummary>();
    m_backend->setParent(this);
    connect(m_backend, &AppKeyBackend::requestLogged, this, &AppKeyJob::requestLogged);
    connect(m_backend, &AppKeyBackend::opened, this, &AppKeyJob::onOpened);
    connect(m_backend, &AppKeyBackend::fetched, this, &AppKeyJob::onGet);
    connect(m_backend, &AppKeyBackend::written, this, &AppKeyJob::onPut);
    m_summary.source = m_backend->source();
    m_summary.action = m_options.action;
    m_summary.dryRun = m_options.dryRun;
    m_summary.planned = m_plan.ok() ? int(m_plan.devices().size()) : 0;
}

AppKeyJob::~AppKeyJob() = default;

AppKeySource AppKeyJob::source() const
{
    return m_backend->source();
}

void AppKeyJob::start()
{
    // Nothing reaches the source unless the devices.json on disk was read back without a problem
    // and belongs to this application.
    if (!m_plan.ok()) {
        stop(m_plan.error());
        return;
    }
    const QString appId = m_backend->applicationId();
    const QString wrongApp = m_plan.applicationProblem(appId);
    if (!wrongApp.isEmpty()) {
        stop(wrongApp);
        return;
    }
    const QString journalDir = m_options.journalDirectory.isEmpty()
        ? AppKeyJournal::defaultDirectory()
        : m_options.journalDirectory;
    m_generatedKeys = AppKeyJournal::generatedKeyFingerprints(journalDir, appId);
    if (m_summary.planned == 0) {
        finishRun();
        return;
    }
    if (!m_options.dryRun) {
        if (!m_journal.begin(
                m_options.action, appId, m_plan.path(), m_summary.planned, m_backend->source())) {
            stop(m_backend->nothingChanged(m_journal.errorString()));
            return;
        }
        m_journalOpen = true;
        m_summary.journalPath = m_journal.path();
    }
    m_started = true;
    m_backend->open();
}

void AppKeyJob::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_summary.canceled = true;
    if (m_writing)
        return; // the PUT in flight finishes (and is journaled) first
    if (m_started)
        m_backend->abortCurrent();
    // Outside of start() (before the event loop ran it) the job may have no call at all.
    QTimer::singleShot(0, this, &AppKeyJob::finishRun);
}

void AppKeyJob::onOpened(const SourceError &error)
{
    if (m_finished)
        return;
    if (error.isError()) {
        stop(error);
        return;
    }
    processNext();
}

void AppKeyJob::processNext()
{
    while (!m_finished) {
        if (m_cancelRequested || m_index >= m_summary.planned) {
            finishRun();
            return;
        }
        const AppKeyPlanEntry &entry = m_plan.devices().at(m_index);
        if (m_generatedKeys.contains(AppKeys::fingerprint(entry.appKey))) {
            // A devices.json exported after a change holds the key we generated, not the one
            // the device has: changing or "restoring" from it would lock the device out.
            AppKeyDeviceResult result;
            result.v2DeviceId = m_backend->deviceId(entry);
            result.status = AppKeyDeviceResult::Status::Failed;
            result.reason
                = tr("devices.json holds an AppKey that ttn-lw-migrate generated earlier, "
                     "not the device's original: use the devices.json saved before the "
                     "AppKeys were changed");
            deviceDone(result);
            continue;
        }
        m_backend->fetch(entry);
        return;
    }
}

void AppKeyJob::onGet(const SourceError &error, const QByteArray &body)
{
    if (m_finished)
        return;
    const AppKeyPlanEntry &entry = m_plan.devices().at(m_index);
    AppKeyDeviceResult outcome;
    outcome.v2DeviceId = m_backend->deviceId(entry);
    if (error.isError()) {
        if (error.fatalForRun) {
            stop(error);
            return;
        }
        outcome.reason
            = error.kind == SourceErrorKind::NotFound ? m_backend->notFoundReason() : error.message;
        deviceDone(outcome);
        processNext();
        return;
    }
    const AppKeyDecision decision
        = m_backend->decide(m_options.action, entry, body, m_options.randomSource);
    outcome.oldKeyFingerprint = AppKeys::fingerprint(decision.currentKey);
    outcome.reason = decision.reason;
    if (decision.kind != AppKeyDecision::Kind::Write || m_options.dryRun || m_cancelRequested) {
        if (decision.kind == AppKeyDecision::Kind::Already)
            outcome.status = AppKeyDeviceResult::Status::Already;
        else if (decision.kind == AppKeyDecision::Kind::Write && m_options.dryRun)
            outcome.status = AppKeyDeviceResult::Status::WouldWrite;
        if (decision.kind == AppKeyDecision::Kind::Write)
            outcome.newKeyFingerprint = AppKeys::fingerprint(decision.targetKey);
        if (decision.kind == AppKeyDecision::Kind::Write && !m_options.dryRun) {
            finishRun(); // canceled between GET and PUT: this device stays as it was
            return;
        }
        deviceDone(outcome);
        processNext();
        return;
    }
    m_pendingOld = outcome.oldKeyFingerprint;
    m_pendingNew = AppKeys::fingerprint(decision.targetKey);
    AppKeyJournalEntry pending;
    pending.v2DeviceId = m_backend->deviceId(entry);
    pending.state = AppKeyJournalEntry::State::Pending;
    pending.time = QDateTime::currentDateTimeUtc();
    pending.oldKeyFingerprint = m_pendingOld;
    pending.newKeyFingerprint = m_pendingNew;
    if (!m_journal.record(pending)) {
        // No write without its journal line.
        stop(tr("stopped before changing %1: %2")
                 .arg(m_backend->deviceId(entry), m_journal.errorString()));
        return;
    }
    m_writing = true;
    m_backend->write(entry, decision);
}

void AppKeyJob::onPut(const SourceError &error)
{
    if (m_finished)
        return;
    m_writing = false;
    const AppKeyPlanEntry &entry = m_plan.devices().at(m_index);
    AppKeyDeviceResult outcome;
    outcome.v2DeviceId = m_backend->deviceId(entry);
    outcome.oldKeyFingerprint = m_pendingOld;
    outcome.newKeyFingerprint = m_pendingNew;
    if (!error.isError()) {
        outcome.status = AppKeyDeviceResult::Status::Written;
        deviceDone(outcome);
        processNext();
        return;
    }
    outcome.reason = error.message;
    deviceDone(outcome);
    if (error.fatalForRun) {
        stop(error);
        return;
    }
    processNext();
}

void AppKeyJob::deviceDone(AppKeyDeviceResult result, bool journal)
{
    result.reason = Redact::text(result.reason);
    switch (result.status) {
    case AppKeyDeviceResult::Status::Written:
        ++m_summary.written;
        break;
    case AppKeyDeviceResult::Status::Already:
        ++m_summary.already;
        break;
    case AppKeyDeviceResult::Status::WouldWrite:
        ++m_summary.wouldWrite;
        break;
    case AppKeyDeviceResult::Status::Failed:
        ++m_summary.failed;
        break;
    }
    if (journal && m_journalOpen && result.status != AppKeyDeviceResult::Status::WouldWrite) {
        AppKeyJournalEntry entry;
        entry.v2DeviceId = result.v2DeviceId;
        entry.state = result.status == AppKeyDeviceResult::Status::Written
            ? AppKeyJournalEntry::State::Done
            : result.status == AppKeyDeviceResult::Status::Already
            ? AppKeyJournalEntry::State::Already
            : AppKeyJournalEntry::State::Failed;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.oldKeyFingerprint = result.oldKeyFingerprint;
        entry.newKeyFingerprint = result.newKeyFingerprint;
        entry.reason = result.reason;
        if (!m_journal.record(entry) && !m_cancelRequested) {
            m_cancelRequested = true; // no further write without a journal
            m_summary.fatalMessage = m_journal.errorString();
        }
    }
    ++m_index;
    emit deviceFinished(result);
    emit progress(m_index, m_summary.planned);
}

void AppKeyJob::stop(const QString &message, const QString &serverMessage, SettingFix fix)
{
    if (m_summary.fatalMessage.isEmpty()) {
        m_summary.fatalMessage = Redact::text(message);
        m_summary.fatalFix = fix;
        m_summary.serverMessage = Redact::text(serverMessage);
    }
    finishRun();
}

void AppKeyJob::finishRun()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_started) {
        m_summary.requests = m_backend->requestCount();
        m_summary.retries = m_backend->retryCount();
        m_backend->abortAll();
    }
    if (m_journalOpen)
        m_journal.finish(m_summary.canceled);
    m_journalOpen = false;
    emit finished(m_summary);
}

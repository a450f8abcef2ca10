#include "job/ttsimportjob.h"

#include "http/concurrentqueue.h"
#include "http/httpsession.h"
#include "tts/ttsclient.h"
#include "tts/ttsdeviceimport.h"
#include "tts/ttserrortext.h"
#include "util/localenumbers.h"

#include <QCoreApplication>
#include <QTimer>
#include <algorithm>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TtsImport)
};

TtsImportOutcome outcomeFor(
    const TtsFileDevice &device, TtsImportStatus status, const QString &reason)
{
    TtsImportOutcome outcome;
    outcome.deviceId = device.deviceId;
    outcome.where = device.where();
    outcome.withSession = device.hasSession;
    outcome.status = status;
    outcome.reason = reason;
    return outcome;
}

} // namespace

TtsImportJob::TtsImportJob(TtsConnection connection, QList<TtsFileDevice> devices,
    TtsImportOptions options, QObject *parent)
    : QObject(parent)
    , m_client(new TtsClient(std::move(connection), this))
    , m_devices(std::move(devices))
    , m_options(options)
    , m_queue(new ConcurrentQueue(
          m_client->session(), [this](int index) { startDevice(index); }, this))
{
    m_summary.dryRun = options.dryRun;
    bool first = true;
    for (const TtsFileDevice &device : std::as_const(m_devices)) {
        if (!device.ok())
            continue;
        const QString plan = device.device.value(QLatin1String("frequency_plan_id")).toString();
        if (first)
            m_sharedPlan = plan;
        else if (plan != m_sharedPlan)
            m_sharedPlan.clear();
        first = false;
    }
    connect(m_client, &TtsClient::requestLogged, this, &TtsImportJob::requestLogged);
    connect(m_client->session(), &HttpSession::retryWaiting, this,
        [this](HttpLoad cause, qint64 delayMs) {
            if (!m_stopping && !m_finished)
                emit serverBusy(cause == HttpLoad::Throttled, delayMs);
        });
    m_client->session()->setConcurrency(
        AdaptiveConcurrency::kDefaultStart, std::max(1, options.concurrency));
}

TtsImportJob::~TtsImportJob()
{
    m_client->abortAll();
}

int TtsImportJob::concurrencyNow() const
{
    return m_client->session()->concurrency().limit();
}

void TtsImportJob::start()
{
    m_clock.start();
    emit stageChanged(Text::tr("Checking the API key's rights and the application's devices…"));
    m_preflightRunner = new TtsPreflight(m_client, m_devices, m_options.completeExisting, this);
    connect(m_preflightRunner, &TtsPreflight::finished, this, &TtsImportJob::onPreflight);
    m_preflightRunner->start();
}

void TtsImportJob::cancel()
{
    if (m_finished || m_stopping)
        return;
    m_summary.canceled = true;
    if (m_preflight.plans.isEmpty() && m_preflightRunner && m_inFlight.isEmpty()
        && m_queue->idle()) {
        // Still in the pre-flight: nothing was written yet.
        m_preflightRunner->abort();
        m_stopping = true;
        for (const TtsFileDevice &device : std::as_const(m_devices))
            report(outcomeFor(device, TtsImportStatus::NotImported, Text::tr("canceled")));
        finishIfDone();
        return;
    }
    for (TtsDeviceImport *device : std::as_const(m_inFlight))
        device->cancel();
    stopRemaining(Text::tr("canceled"));
}

void TtsImportJob::onPreflight(const TtsPreflightResult &result)
{
    if (m_stopping)
        return;
    m_preflight = result;
    m_summary.requests = m_client->requestCount();
    emit preflightFinished(result);
    if (!result.ok()) {
        m_summary.fatal = result.fatal;
        m_summary.fatalFix = result.fatalFix;
        m_summary.fatalError = result.error;
        m_stopping = true;
        for (const TtsFileDevice &device : std::as_const(m_devices))
            report(outcomeFor(device, TtsImportStatus::NotImported, result.fatal));
        finishIfDone();
        return;
    }
    for (const TtsDevicePlan &plan : result.plans) {
        switch (plan.action) {
        case TtsPlanAction::Create:
        case TtsPlanAction::Complete:
            if (m_options.dryRun)
                report(outcomeFor(plan.device, TtsImportStatus::WouldImport,
                    plan.action == TtsPlanAction::Complete ? Text::tr("would be completed")
                                                           : QString()));
            else
                m_plans.append(plan);
            break;
        case TtsPlanAction::Listed:
            // Read from the other registries in the queue, also in a dry run (§4).
            m_plans.append(plan);
            break;
        case TtsPlanAction::Conflict:
        case TtsPlanAction::Invalid:
            report(outcomeFor(plan.device, TtsImportStatus::Failed, plan.reason));
            break;
        }
    }
    if (!m_plans.isEmpty())
        emit stageChanged(LocaleNumbers::withGroupedN(
            Text::tr("Importing %n device(s)…", nullptr, int(m_plans.size())), m_plans.size()));
    m_queue->append(int(m_plans.size()));
    finishIfDone();
}

void TtsImportJob::startDevice(int index)
{
    const TtsDevicePlan &plan = m_plans.at(index);
    const bool listed = m_preflight.existing.contains(plan.device.deviceId);
    auto *device = new TtsDeviceImport(m_client, plan, listed, this);
    device->setDryRun(m_options.dryRun);
    m_inFlight.append(device);
    connect(
        device, &TtsDeviceImport::finished, this, [this, device, index](const TtsImportOutcome &o) {
            m_inFlight.removeOne(device);
            device->deleteLater();
            onDevice(o);
            m_queue->done(index); // the next device takes its place
            finishIfDone();
        });
    device->start();
}

void TtsImportJob::onDevice(const TtsImportOutcome &outcome)
{
    report(outcome);
    // The key or its rights, or a frequency plan the server does not know while every
    // device uses it (§5): every further device would fail the same way.
    const bool unknownSharedPlan
        = outcome.error.is("pkg/frequencyplans:not_found") && !m_sharedPlan.isEmpty();
    if ((outcome.stopsImport || unknownSharedPlan) && !m_stopping) {
        m_summary.fatal = outcome.reason;
        m_summary.fatalFix = TtsErrorText::fix(outcome.error);
        m_summary.fatalError = outcome.error;
        stopRemaining(Text::tr("not attempted: the import stopped (%1)").arg(outcome.reason));
    }
}

void TtsImportJob::stopRemaining(const QString &reason)
{
    m_stopping = true;
    const QList<int> rest = m_queue->stop();
    for (int index : rest)
        report(outcomeFor(m_plans.at(index).device, TtsImportStatus::NotImported, reason));
    finishIfDone();
}

void TtsImportJob::report(const TtsImportOutcome &outcome)
{
    m_summary.add(outcome);
    emit deviceFinished(outcome);
    emit progress(m_summary.total, int(m_devices.size()));
}

void TtsImportJob::finishIfDone()
{
    if (m_finished || !m_inFlight.isEmpty() || !m_queue->idle())
        return;
    if (m_summary.total < m_devices.size())
        return; // the pre-flight is still running
    m_finished = true;
    m_summary.requests = m_client->requestCount();
    m_summary.retries = m_client->retryCount();
    m_summary.rateLimited = m_client->rateLimitedCount();
    m_summary.elapsedMs = m_clock.elapsed();
    // Queued, so a caller that connected to finished() after start() still hears it.
    const TtsImportSummary summary = m_summary;
    QTimer::singleShot(0, this, [this, summary] { emit finished(summary); });
}

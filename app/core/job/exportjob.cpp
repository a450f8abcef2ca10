#include "job/exportjob.h"

#include "job/backgroundtask.h"
#include "job/conversionsteps.h"
#include "job/devicefetcher.h"
#include "job/fetchplan.h"
#include "util/logging.h"
#include "v2/v2call.h"
#include "v2/v2client.h"
#include "v2/v2errormapper.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace {
constexpr int kBatchSize = 1000;
// Conversion progress is for people: ten updates a second are plenty. Each update may make
// a view repaint synchronously (QProgressBar::setValue does), which lays out a 100,000-row
// preview every time; one per batch froze the wizard for seconds at fleet scale.
constexpr qint64 kProgressIntervalMs = 100;
} // namespace

class ExportJob::Private
{
public:
    Private(ExportJob *job, ExportRequest r)
        : q(job)
        , request(std::move(r))
        , plan(FetchPlan::forRequest(request))
        , client(new V2Client(request.connection, job))
        , task(new BackgroundTask(job))
    {
        QObject::connect(client, &V2Client::requestLogged, q, &ExportJob::requestLogged);
        QObject::connect(task, &BackgroundTask::finished, q, [this] {
            if (auto next = std::exchange(afterTask, {}))
                next();
        });
    }
    ~Private() { delete task; } // waits for the worker before the data it uses goes away

    void resolve();
    void fetch();
    void onListAnswer(const V2Result &result);
    void onListParsed(const ConversionSteps::ListParse &parse);
    void fetchWithGets(const QStringList &ids, bool countersOnly, const QList<int> &targets);
    void convert();
    void onBatch(const QList<DeviceOutcome> &batch);
    void reportConversionProgress(bool final);
    void fail(const V2Error &error);
    void stopEverything();
    void emitFinished();
    void runInBackground(BackgroundTask::Work work, std::function<void()> then);

    ExportJob *q;
    ExportRequest request;
    FetchPlan plan;
    V2Client *client;
    BackgroundTask *task;
    std::function<void()> afterTask;
    QPointer<DeviceFetcher> fetcher;
    QList<V2ParsedDevice> devices;
    std::shared_ptr<ConversionResult> conversion; // complete runs only
    ExportSummary summary;
    QElapsedTimer clock;
    QElapsedTimer sinceProgress;
    int reportedProgress = -1;
    int converted = 0;
    bool started = false;
    bool canceled = false;
    bool done = false;
};

void ExportJob::Private::runInBackground(BackgroundTask::Work work, std::function<void()> then)
{
    afterTask = std::move(then);
    task->start(std::move(work));
}

void ExportJob::Private::resolve()
{
    if (!client->handlerUrl().isValid())
        emit q->stageChanged(
            ExportJob::tr("Finding the handler of application \u201c%1\u201d\u2026")
                .arg(request.connection.appId));
    V2Call *call = client->send(V2Request::findHandler());
    QObject::connect(call, &V2Call::finished, q, [this](const V2Result &result) {
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        qCDebug(lcExport) << "handler" << result.handlerUrl.toDisplayString();
        fetch();
    });
}

void ExportJob::Private::fetch()
{
    if (plan.source == FetchPlan::Source::GetEach) {
        fetchWithGets(plan.deviceIds, false, {});
        return;
    }
    emit q->stageChanged(
        ExportJob::tr("Reading the device list of application \u201c%1\u201d\u2026")
            .arg(request.connection.appId));
    V2Call *call = client->send(V2Request::listDevices());
    QObject::connect(
        call, &V2Call::finished, q, [this](const V2Result &result) { onListAnswer(result); });
}

void ExportJob::Private::onListAnswer(const V2Result &result)
{
    // Without the list nothing can be exported: any error here stops the run.
    if (!result.ok()) {
        fail(result.error);
        return;
    }
    auto parse = std::make_shared<ConversionSteps::ListParse>();
    const QByteArray body = result.body;
    const QStringList onlyIds
        = plan.source == FetchPlan::Source::ListFiltered ? plan.deviceIds : QStringList();
    const QString appId = request.connection.appId;
    runInBackground(
        [parse, body, onlyIds, appId](const std::atomic_bool &stop) {
            *parse = ConversionSteps::parseList(body, onlyIds, appId, stop);
        },
        [this, parse, result] {
            if (canceled) {
                emitFinished();
                return;
            }
            if (!parse->fatalError.isEmpty()) {
                V2ErrorSubject subject;
                subject.server = result.handlerUrl.toDisplayString();
                subject.appId = request.connection.appId;
                subject.audience = request.connection.errorAudience;
                fail(V2ErrorMapper::make(V2ErrorKind::BadResponse, subject, result.httpStatus,
                    V2ErrorDetail::None, parse->fatalError));
                return;
            }
            onListParsed(*parse);
        });
}

void ExportJob::Private::onListParsed(const ConversionSteps::ListParse &parse)
{
    devices = parse.devices;
    if (request.scope == ExportScope::Application)
        summary.requested = int(devices.size());
    if (!plan.sessionCounterGets) {
        convert();
        return;
    }
    QStringList ids;
    QList<int> targets;
    for (int i = 0; i < devices.size(); ++i) {
        if (ConversionSteps::needsCounters(devices.at(i))) {
            ids.append(devices.at(i).device.devId);
            targets.append(i);
        }
    }
    fetchWithGets(ids, true, targets);
}

void ExportJob::Private::fetchWithGets(
    const QStringList &ids, bool countersOnly, const QList<int> &targets)
{
    if (ids.isEmpty()) {
        convert();
        return;
    }
    emit q->stageChanged(countersOnly
            ? ExportJob::tr(
                "Reading the frame counters of %n device(s)\u2026", nullptr, int(ids.size()))
            : ExportJob::tr("Reading %n device(s)\u2026", nullptr, int(ids.size())));
    emit q->progress(0, int(ids.size()));
    fetcher = new DeviceFetcher(client, ids, q);
    QObject::connect(fetcher, &DeviceFetcher::progress, q, &ExportJob::progress);
    QObject::connect(
        fetcher, &DeviceFetcher::finished, q, [this, countersOnly, targets](const V2Error &fatal) {
            const QList<V2ParsedDevice> fetched = fetcher->devices();
            fetcher->deleteLater();
            if (fatal.isError()) {
                fail(fatal);
                return;
            }
            if (!countersOnly) {
                devices = fetched;
            } else {
                for (int k = 0; k < targets.size(); ++k)
                    ConversionSteps::mergeCounters(devices[targets.at(k)], fetched.at(k));
            }
            convert();
        });
    fetcher->start();
}

void ExportJob::Private::convert()
{
    const int total = int(devices.size());
    emit q->stageChanged(ExportJob::tr("Converting %n device(s)\u2026", nullptr, total));
    emit q->progress(0, total);
    // The result shares the device list (no copy) and keeps it, so the wizard can repair one
    // device later without fetching again. Shared, not moved into the worker: freeing 100,000
    // devices right before the worker exits made glibc consolidate that thread's heap with its
    // lock held, and the GUI thread, freeing the outcome batches the worker had allocated,
    // waited ~50 ms for it.
    auto running = std::make_shared<ConversionResult>(request.options, devices);
    running->setKeepOutcomes(request.keepResult);
    ExportJob *job = q;
    runInBackground(
        [this, job, running](const std::atomic_bool &stop) {
            ConversionSteps::convertAll(
                *running, kBatchSize, stop, [this, job](const QList<DeviceOutcome> &batch) {
                    QMetaObject::invokeMethod(
                        job, [this, batch] { onBatch(batch); }, Qt::QueuedConnection);
                });
        },
        [this, running] {
            if (!canceled && running->atEnd() && request.keepResult)
                conversion = running;
            reportConversionProgress(true);
            emitFinished();
        });
}

void ExportJob::Private::reportConversionProgress(bool final)
{
    if (canceled || done || converted == reportedProgress)
        return;
    if (!final && sinceProgress.isValid() && sinceProgress.elapsed() < kProgressIntervalMs)
        return;
    sinceProgress.start();
    reportedProgress = converted;
    emit q->progress(converted, int(devices.size()));
}

void ExportJob::Private::onBatch(const QList<DeviceOutcome> &batch)
{
    if (canceled || done)
        return;
    for (const DeviceOutcome &outcome : batch) {
        switch (outcome.status) {
        case OutcomeStatus::Exported:
            ++summary.exported;
            break;
        case OutcomeStatus::Skipped:
            ++summary.skipped;
            break;
        case OutcomeStatus::Failed:
            ++summary.failed;
            break;
        }
    }
    converted += int(batch.size());
    emit q->outcomesReady(batch);
    reportConversionProgress(converted == int(devices.size()));
}

void ExportJob::Private::fail(const V2Error &error)
{
    summary.fatal = error;
    stopEverything();
    emitFinished();
}

void ExportJob::Private::stopEverything()
{
    client->abortAll();
    if (fetcher)
        fetcher->cancel();
    task->cancel();
}

void ExportJob::Private::emitFinished()
{
    if (done)
        return;
    done = true;
    summary.canceled = canceled;
    summary.requests = client->requestCount();
    summary.retries = client->retryCount();
    summary.elapsedMs = clock.isValid() ? clock.elapsed() : 0;
    emit q->finished(summary);
}

ExportJob::ExportJob(ExportRequest request, QObject *parent)
    : QObject(parent)
    , d(new Private(this, std::move(request)))
{
}

ExportJob::~ExportJob()
{
    delete d;
}

const ExportRequest &ExportJob::request() const
{
    return d->request;
}

std::shared_ptr<ConversionResult> ExportJob::result() const
{
    return d->conversion;
}

void ExportJob::start()
{
    if (d->started)
        return;
    d->started = true;
    d->clock.start();
    if (d->request.scope != ExportScope::Application)
        d->summary.requested = int(d->plan.deviceIds.size());
    d->resolve();
}

void ExportJob::cancel()
{
    if (d->done || d->canceled)
        return;
    d->canceled = true;
    d->stopEverything();
    if (d->task->isRunning()) {
        d->afterTask = [this] { d->emitFinished(); }; // as soon as the worker has stopped
        return;
    }
    QTimer::singleShot(0, this, [this] { d->emitFinished(); });
}

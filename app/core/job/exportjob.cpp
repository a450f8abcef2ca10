#include "job/exportjob.h"

#include "convert/deviceconverter.h"
#include "job/backgroundtask.h"
#include "job/conversionsteps.h"
#include "job/devicefetcher.h"
#include "job/fetchplan.h"
#include "job/progressestimate.h"
#include "util/localenumbers.h"
#include "util/logging.h"
#include "v2/v2call.h"
#include "v2/v2client.h"
#include "v2/v2errormapper.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <optional>

namespace {
constexpr int kBatchSize = 1000;
// Conversion progress is for people: ten updates a second are plenty. Each update may make
// a view repaint synchronously (QProgressBar::setValue does), which lays out a 100,000-row
// preview every time; one per batch froze the wizard for seconds at fleet scale.
constexpr qint64 kProgressIntervalMs = 100;
// Devices converted on the owner's thread per event-loop turn while they are read one by one
// (a few ms each turn): reads are paced at a few per second, so only a long run of devices
// the list already gave in full ever fills a slice.
constexpr int kReadSlice = 500;
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
        QObject::connect(client, &V2Client::retryScheduled, q, &ExportJob::retryScheduled);
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
    void startGets();
    void onDeviceRead(int index);
    void onGetsFinished(const V2Error &fatal);
    void reportReadPrefix();
    DeviceOutcome notReadOutcome(int index) const;
    void stopReading();
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
    // The one-by-one reads (GETs): which GET fills which device, which devices are read (or
    // need no read), which were never read because of stop(), and how far they are reported.
    QStringList getIds;
    QList<int> getTargets; // countersOnly: index in `devices` of each GET
    bool countersOnly = false;
    QList<bool> ready;
    QList<bool> unread;
    int reported = 0;
    bool readingOneByOne = false; // from the confirmation (or the first GET) on
    bool converting = false; // everything is read; the devices are being converted
    bool readsDone = false;
    bool awaitingConfirmation = false;
    bool sliceQueued = false;
    bool reportAsRead = false;
    bool stopped = false;
    qint64 confirmAboveMs = 0;
    mutable std::optional<DeviceConverter> converter; // describes the devices not read
    // The one-by-one reads fill this result on this thread, in order, as devices are read
    // (the duplicate rule needs every earlier device); it becomes `conversion` when complete.
    std::shared_ptr<ConversionResult> reading;
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
    const QStringList &ids, bool onlyCounters, const QList<int> &targets)
{
    if (ids.isEmpty()) {
        convert();
        return;
    }
    getIds = ids;
    getTargets = targets;
    countersOnly = onlyCounters;
    readingOneByOne = true;
    if (!countersOnly) {
        // Placeholders in request order; each GET fills its own.
        devices.clear();
        devices.reserve(ids.size());
        for (const QString &id : ids) {
            V2ParsedDevice placeholder;
            placeholder.device.devId = id;
            placeholder.device.appId = request.connection.appId;
            devices.append(placeholder);
        }
        ready = QList<bool>(devices.size(), false);
    } else {
        ready = QList<bool>(devices.size(), true);
        for (int target : targets)
            ready[target] = false;
    }
    unread = QList<bool>(devices.size(), false);
    const qint64 estimate
        = ProgressEstimate::forRequests(int(ids.size()), request.connection.requestsPerSecond);
    if (confirmAboveMs > 0 && estimate > confirmAboveMs) {
        awaitingConfirmation = true;
        emit q->confirmationNeeded(int(ids.size()), estimate);
        return;
    }
    startGets();
}

void ExportJob::Private::startGets()
{
    awaitingConfirmation = false;
    const int count = int(getIds.size());
    emit q->stageChanged(LocaleNumbers::withGroupedN(countersOnly
            ? ExportJob::tr("Reading the frame counters of %n device(s)\u2026", nullptr, count)
            : ExportJob::tr("Reading %n device(s)\u2026", nullptr, count),
        count));
    emit q->progress(0, count);
    fetcher = new DeviceFetcher(client, getIds, q);
    QObject::connect(fetcher, &DeviceFetcher::progress, q, &ExportJob::progress);
    QObject::connect(
        fetcher, &DeviceFetcher::deviceRead, q, [this](int index) { onDeviceRead(index); });
    QObject::connect(fetcher, &DeviceFetcher::finished, q,
        [this](const V2Error &fatal) { onGetsFinished(fatal); });
    fetcher->start();
}

void ExportJob::Private::onDeviceRead(int index)
{
    const V2ParsedDevice &fetched = fetcher->device(index);
    if (countersOnly) {
        const int target = getTargets.at(index);
        ConversionSteps::mergeCounters(devices[target], fetched);
        ready[target] = true;
    } else {
        devices[index] = fetched;
        ready[index] = true;
    }
    if (reportAsRead)
        reportReadPrefix();
}

void ExportJob::Private::onGetsFinished(const V2Error &fatal)
{
    fetcher->deleteLater();
    fetcher = nullptr;
    if (fatal.isError()) {
        fail(fatal);
        return;
    }
    readsDone = true;
    if (reportAsRead)
        reportReadPrefix(); // the rest, then finished()
    else
        convert();
}

DeviceOutcome ExportJob::Private::notReadOutcome(int index) const
{
    const V2ParsedDevice &device = devices.at(index);
    DeviceOutcome outcome;
    if (countersOnly && device.ok()) {
        // The list gave the device in full except its frame counters: show what it is.
        if (!converter)
            converter.emplace(request.options);
        outcome = converter->convert(device);
        outcome.rule = TtsRule::None;
        outcome.json.clear();
        outcome.warnings.clear();
        outcome.sessionExported = false;
        outcome.reason = ExportJob::tr(
            "stopped before the frame counters of its session were read from TTN v2");
    } else {
        outcome.v2DeviceId = device.device.devId;
        outcome.activation = Activation::Unknown;
        outcome.reason = ExportJob::tr("stopped before this device was read from TTN v2");
    }
    outcome.status = OutcomeStatus::Skipped;
    return outcome;
}

void ExportJob::Private::reportReadPrefix()
{
    if (canceled || done || sliceQueued)
        return;
    if (!reading) {
        reading = std::make_shared<ConversionResult>(request.options, devices);
        reading->setKeepOutcomes(request.keepResult);
    }
    QList<DeviceOutcome> batch;
    const int count = int(devices.size());
    while (reported < count && ready.at(reported) && batch.size() < kReadSlice) {
        if (unread.at(reported)) {
            batch.append(reading->skipNext(notReadOutcome(reported)));
        } else {
            reading->setSource(reported, devices.at(reported)); // as read, with its counters
            batch.append(reading->convertNext());
        }
        ++reported;
    }
    if (!batch.isEmpty())
        onBatch(batch);
    if (reported < count && ready.at(reported)) {
        // More are ready: go on after the event loop had a turn (the window stays live).
        sliceQueued = true;
        QTimer::singleShot(0, q, [this] {
            sliceQueued = false;
            reportReadPrefix();
        });
        return;
    }
    if (readsDone && reported == count) {
        // A stopped run keeps no result: a repair would convert a device that was not read.
        if (!stopped && request.keepResult && reading->atEnd())
            conversion = reading;
        emitFinished();
    }
}

void ExportJob::Private::stopReading()
{
    stopped = true;
    if (fetcher) {
        fetcher->disconnect(q);
        fetcher->cancel();
        fetcher->deleteLater();
        fetcher = nullptr;
    }
    client->abortAll();
    awaitingConfirmation = false;
    for (qsizetype i = 0; i < devices.size(); ++i) {
        if (!ready.at(i)) {
            ready[i] = true;
            unread[i] = true;
            ++summary.notRead;
        }
    }
    readsDone = true;
    // Reported here whatever the mode: the devices read so far are all there is.
    reportReadPrefix();
}

void ExportJob::Private::convert()
{
    readingOneByOne = false;
    converting = true;
    const int total = int(devices.size());
    emit q->stageChanged(LocaleNumbers::withGroupedN(
        ExportJob::tr("Converting %n device(s)\u2026", nullptr, total), total));
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
    // While devices are read one by one, progress counts the reads (DeviceFetcher).
    if (!readingOneByOne)
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
    summary.stopped = stopped && !canceled && !summary.fatal.isError();
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

void ExportJob::setReportAsRead(bool asRead)
{
    d->reportAsRead = asRead;
}

void ExportJob::setConfirmLongerThan(qint64 ms)
{
    d->confirmAboveMs = ms;
}

void ExportJob::proceed()
{
    if (d->done || d->canceled || !d->awaitingConfirmation)
        return;
    d->startGets();
}

bool ExportJob::isReadingOneByOne() const
{
    return d->readingOneByOne && !d->readsDone && !d->done && !d->canceled;
}

void ExportJob::stop()
{
    if (d->done || d->canceled || d->stopped)
        return;
    if (!d->readingOneByOne) {
        // Nothing is read yet (or, while converting, everything is).
        if (!d->converting)
            cancel();
        return;
    }
    if (d->readsDone)
        return; // every device is read; the rest is reporting
    d->stopReading();
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

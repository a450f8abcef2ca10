#include "job/exportjob.h"

#include "convert/conversionresult.h"
#include "job/backgroundtask.h"
#include "job/conversionsteps.h"
#include "source/devicesource.h"
#include "source/devicesources.h"
#include "util/localenumbers.h"

#include <QElapsedTimer>
#include <QTimer>
#include <memory>

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

// ExportSummary and retryScheduled() still speak V2Error, which the faces word; a source
// whose error is not one gets the nearest v2 kind with its own sentence.
V2Error asV2Error(const SourceError &error)
{
    if (error.detail.canConvert<V2Error>())
        return error.detail.value<V2Error>();
    V2Error v2;
    v2.httpStatus = error.httpStatus;
    v2.message = error.message;
    v2.fix = error.fix;
    v2.serverMessage = error.serverMessage;
    switch (error.kind) {
    case SourceErrorKind::None:
        v2.kind = V2ErrorKind::None;
        break;
    case SourceErrorKind::BadRequest:
        v2.kind = V2ErrorKind::BadRequest;
        break;
    case SourceErrorKind::Unauthenticated:
        v2.kind = V2ErrorKind::Unauthenticated;
        break;
    case SourceErrorKind::PermissionDenied:
        v2.kind = V2ErrorKind::PermissionDenied;
        break;
    case SourceErrorKind::NotFound:
        v2.kind = V2ErrorKind::NotFound;
        break;
    case SourceErrorKind::ApplicationNotFound:
        v2.kind = V2ErrorKind::ApplicationNotFound;
        break;
    case SourceErrorKind::RateLimited:
        v2.kind = V2ErrorKind::RateLimited;
        break;
    case SourceErrorKind::Unavailable:
        v2.kind = V2ErrorKind::Unavailable;
        break;
    case SourceErrorKind::Timeout:
        v2.kind = V2ErrorKind::Timeout;
        break;
    case SourceErrorKind::ConnectionFailed:
        v2.kind = V2ErrorKind::ConnectionFailed;
        break;
    case SourceErrorKind::Tls:
        v2.kind = V2ErrorKind::Tls;
        break;
    case SourceErrorKind::BadResponse:
        v2.kind = V2ErrorKind::BadResponse;
        break;
    case SourceErrorKind::Canceled:
        v2.kind = V2ErrorKind::Canceled;
        break;
    case SourceErrorKind::ServerError:
    case SourceErrorKind::Unsupported:
        v2.kind = V2ErrorKind::ServerError;
        break;
    }
    return v2;
}
} // namespace

class ExportJob::Private
{
public:
    Private(ExportJob *job, ExportRequest r, DeviceSource *s)
        : q(job)
        , request(std::move(r))
        , read(request.scope == ExportScope::Application
                  ? SourceReadRequest::application(request.options.withSession)
                  : SourceReadRequest::devices(request.deviceIds, request.options.withSession))
        , source(s ? s : DeviceSources::forRequest(request, job))
        , task(new BackgroundTask(job))
    {
        source->setParent(job);
        QObject::connect(source, &DeviceSource::requestLogged, q, &ExportJob::requestLogged);
        QObject::connect(source, &DeviceSource::retryScheduled, q,
            [this](const SourceError &error, qint64 delayMs) {
                emit q->retryScheduled(asV2Error(error), delayMs);
            });
        QObject::connect(source, &DeviceSource::stageChanged, q, &ExportJob::stageChanged);
        QObject::connect(source, &DeviceSource::progress, q, &ExportJob::progress);
        QObject::connect(
            source, &DeviceSource::devicesKnown, q, [this](int count) { onDevicesKnown(count); });
        QObject::connect(
            source, &DeviceSource::confirmationNeeded, q, [this](int requests, qint64 estimatedMs) {
                awaitingConfirmation = true;
                emit q->confirmationNeeded(requests, estimatedMs);
            });
        QObject::connect(
            source, &DeviceSource::deviceRead, q, [this](int row) { onDeviceRead(row); });
        QObject::connect(source, &DeviceSource::readFinished, q,
            [this](const SourceError &fatal) { onReadFinished(fatal); });
        QObject::connect(task, &BackgroundTask::finished, q, [this] {
            if (auto next = std::exchange(afterTask, {}))
                next();
        });
    }
    ~Private()
    {
        QObject::disconnect(source, nullptr, q, nullptr);
        delete task; // waits for the worker before the data it uses goes away
    }

    void onDevicesKnown(int count);
    void onDeviceRead(int row);
    void onReadFinished(const SourceError &fatal);
    void reportReadPrefix();
    void stopReading();
    void convert();
    void onBatch(const QList<DeviceOutcome> &batch);
    void reportConversionProgress(bool final);
    void fail(const SourceError &error);
    void stopEverything();
    void emitFinished();
    void runInBackground(BackgroundTask::Work work, std::function<void()> then);

    ExportJob *q;
    ExportRequest request;
    SourceReadRequest read;
    DeviceSource *source;
    BackgroundTask *task;
    std::function<void()> afterTask;
    std::shared_ptr<ConversionResult> conversion; // complete runs only
    // The rows the source knows: which are read (or need no read), which were never read
    // because of stop(), and how far they are reported.
    QList<bool> ready;
    QList<bool> unread;
    int reported = 0;
    bool readingOneByOne = false; // from the confirmation (or the first read) on
    bool converting = false; // everything is read; the devices are being converted
    bool readsDone = false;
    bool awaitingConfirmation = false;
    bool sliceQueued = false;
    bool reportAsRead = false;
    bool stopped = false;
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

void ExportJob::Private::onDevicesKnown(int count)
{
    if (request.scope == ExportScope::Application)
        summary.requested = count;
    ready = QList<bool>(count, false);
    for (int row = 0; row < count; ++row)
        ready[row] = source->isRead(row);
    unread = QList<bool>(count, false);
    readingOneByOne = source->readsOneByOne();
}

void ExportJob::Private::onDeviceRead(int row)
{
    awaitingConfirmation = false;
    ready[row] = true;
    if (reportAsRead)
        reportReadPrefix();
}

void ExportJob::Private::onReadFinished(const SourceError &fatal)
{
    if (fatal.isError()) {
        fail(fatal);
        return;
    }
    readsDone = true;
    if (readingOneByOne && reportAsRead)
        reportReadPrefix(); // the rest, then finished()
    else
        convert();
}

void ExportJob::Private::reportReadPrefix()
{
    if (canceled || done || sliceQueued)
        return;
    if (!reading) {
        reading = source->conversion(request.options);
        reading->setKeepOutcomes(request.keepResult);
    }
    QList<DeviceOutcome> batch;
    const int count = int(ready.size());
    while (reported < count && ready.at(reported) && batch.size() < kReadSlice) {
        if (unread.at(reported)) {
            batch.append(reading->skipNext(source->notReadOutcome(reported, request.options)));
        } else {
            source->updateConversion(*reading, reported);
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
    source->stopReading();
    awaitingConfirmation = false;
    for (qsizetype i = 0; i < ready.size(); ++i) {
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
    const int total = int(ready.size());
    emit q->stageChanged(LocaleNumbers::withGroupedN(
        ExportJob::tr("Converting %n device(s)\u2026", nullptr, total), total));
    emit q->progress(0, total);
    // The result shares the device list (no copy) and keeps it, so the wizard can repair one
    // device later without fetching again. Shared, not moved into the worker: freeing 100,000
    // devices right before the worker exits made glibc consolidate that thread's heap with its
    // lock held, and the GUI thread, freeing the outcome batches the worker had allocated,
    // waited ~50 ms for it.
    auto running = source->conversion(request.options);
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
    emit q->progress(converted, int(ready.size()));
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
    // While devices are read one by one, progress counts the reads (the source's).
    if (!readingOneByOne)
        reportConversionProgress(converted == int(ready.size()));
}

void ExportJob::Private::fail(const SourceError &error)
{
    summary.fatal = asV2Error(error);
    stopEverything();
    emitFinished();
}

void ExportJob::Private::stopEverything()
{
    source->abort();
    task->cancel();
}

void ExportJob::Private::emitFinished()
{
    if (done)
        return;
    done = true;
    summary.canceled = canceled;
    summary.stopped = stopped && !canceled && !summary.fatal.isError();
    summary.requests = source->requestCount();
    summary.retries = source->retryCount();
    summary.elapsedMs = clock.isValid() ? clock.elapsed() : 0;
    emit q->finished(summary);
}

ExportJob::ExportJob(ExportRequest request, QObject *parent)
    : ExportJob(std::move(request), nullptr, parent)
{
}

ExportJob::ExportJob(ExportRequest request, DeviceSource *source, QObject *parent)
    : QObject(parent)
    , d(new Private(this, std::move(request), source))
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
    d->source->setConfirmLongerThan(ms);
}

void ExportJob::proceed()
{
    if (d->done || d->canceled || !d->awaitingConfirmation)
        return;
    d->awaitingConfirmation = false;
    d->source->proceed();
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
        d->summary.requested = int(d->read.deviceIds.size());
    d->source->readDevices(d->read);
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

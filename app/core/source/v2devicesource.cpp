#include "source/v2devicesource.h"

#include "convert/conversionresult.h"
#include "job/backgroundtask.h"
#include "job/conversionsteps.h"
#include "job/devicefetcher.h"
#include "job/fetchplan.h"
#include "job/progressestimate.h"
#include "util/localenumbers.h"
#include "util/logging.h"
#include "v2/v2call.h"
#include "v2/v2client.h"
#include "v2/v2deviceparser.h"
#include "v2/v2errormapper.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <limits>

namespace {
// The export's words, in the contexts they were translated in before the seam existed.
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ExportJob)
};
struct TestText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTest)
};

SourceErrorKind sourceKind(V2ErrorKind kind)
{
    switch (kind) {
    case V2ErrorKind::None:
        return SourceErrorKind::None;
    case V2ErrorKind::BadRequest:
    case V2ErrorKind::AlreadyExists:
        return SourceErrorKind::BadRequest;
    case V2ErrorKind::Unauthenticated:
        return SourceErrorKind::Unauthenticated;
    case V2ErrorKind::PermissionDenied:
        return SourceErrorKind::PermissionDenied;
    case V2ErrorKind::NotFound:
        return SourceErrorKind::NotFound;
    case V2ErrorKind::ApplicationNotFound:
        return SourceErrorKind::ApplicationNotFound;
    case V2ErrorKind::RateLimited:
        return SourceErrorKind::RateLimited;
    case V2ErrorKind::ServerError:
        return SourceErrorKind::ServerError;
    case V2ErrorKind::Unavailable:
        return SourceErrorKind::Unavailable;
    case V2ErrorKind::Timeout:
        return SourceErrorKind::Timeout;
    case V2ErrorKind::ConnectionFailed:
        return SourceErrorKind::ConnectionFailed;
    case V2ErrorKind::Tls:
        return SourceErrorKind::Tls;
    case V2ErrorKind::BadResponse:
        return SourceErrorKind::BadResponse;
    case V2ErrorKind::Canceled:
        return SourceErrorKind::Canceled;
    }
    return SourceErrorKind::ServerError;
}

FetchPlan planFor(const SourceReadRequest &request)
{
    ExportRequest export_;
    export_.scope = request.wholeApplication ? ExportScope::Application : ExportScope::DeviceList;
    export_.deviceIds = request.deviceIds;
    export_.options.withSession = request.withSession;
    return FetchPlan::forRequest(export_);
}
} // namespace

V2DeviceSource::V2DeviceSource(V2Connection connection, QObject *parent)
    : DeviceSource(parent)
    , m_client(new V2Client(std::move(connection), this))
    , m_task(new BackgroundTask(this))
{
    connect(m_client, &V2Client::requestLogged, this, &DeviceSource::requestLogged);
    connect(m_client, &V2Client::retryScheduled, this,
        [this](const V2Error &error, qint64 ms) { emit retryScheduled(toSourceError(error), ms); });
    connect(m_task, &BackgroundTask::finished, this, [this] {
        if (auto next = std::exchange(m_afterTask, {}))
            next();
    });
}

V2DeviceSource::~V2DeviceSource()
{
    delete m_task; // waits for the worker before the data it uses goes away
    m_task = nullptr;
}

const V2Connection &V2DeviceSource::connection() const
{
    return m_client->connection();
}

QString V2DeviceSource::sourceId() const
{
    return QStringLiteral("ttnv2");
}

QString V2DeviceSource::displayName() const
{
    return tr("TTN v2");
}

QString V2DeviceSource::applicationId() const
{
    return m_client->connection().appId;
}

DeviceSource::Capabilities V2DeviceSource::capabilities() const
{
    Capabilities caps;
    caps.listApplications = false; // a v2 access key belongs to one application
    caps.exportSessions = true;
    caps.readsWholeApplicationAtOnce = true; // the list answer has every field but counters
    return caps;
}

int V2DeviceSource::requestCount() const
{
    return m_client->requestCount();
}

int V2DeviceSource::retryCount() const
{
    return m_client->retryCount();
}

SourceError V2DeviceSource::toSourceError(const V2Error &error)
{
    SourceError s;
    s.kind = sourceKind(error.kind);
    s.httpStatus = error.httpStatus;
    s.message = error.message;
    s.fix = error.fix;
    s.serverMessage = error.serverMessage;
    s.transient = error.isTransient();
    s.fatalForRun = error.isError() && error.isFatalForRun();
    if (error.isError())
        s.detail = QVariant::fromValue(error);
    return s;
}

void V2DeviceSource::runInBackground(
    std::function<void(const std::atomic_bool &)> work, std::function<void()> then)
{
    m_afterTask = std::move(then);
    m_task->start(std::move(work));
}

// Every answer arrives here first: one that comes after Stop is dropped, an error goes to
// `failed`, a good answer to `answered`.
void V2DeviceSource::send(
    const V2Request &request, std::function<void(const V2Result &)> answered, Failed failed)
{
    V2Call *call = m_client->send(request);
    connect(call, &V2Call::finished, this,
        [this, answered = std::move(answered), failed = std::move(failed)](const V2Result &result) {
            if (!m_active)
                return;
            if (!result.ok())
                failed(result.error);
            else
                answered(result);
        });
}

void V2DeviceSource::afterHandler(std::function<void()> next, Failed failed)
{
    send(
        V2Request::findHandler(),
        [next = std::move(next)](const V2Result &result) {
            qCDebug(lcExport) << "handler" << result.handlerUrl.toDisplayString();
            next();
        },
        std::move(failed));
}

V2Error V2DeviceSource::badListError(const V2Result &result, const QString &problem) const
{
    V2ErrorSubject subject;
    subject.server = result.handlerUrl.toDisplayString();
    subject.appId = m_client->connection().appId;
    return V2ErrorMapper::make(
        V2ErrorKind::BadResponse, subject, result.httpStatus, V2ErrorDetail::None, problem);
}

// --- Connect and test ---

void V2DeviceSource::testConnection()
{
    m_active = true;
    const auto failed = [this](const V2Error &error) {
        m_active = false;
        emit connectionTested(toSourceError(error), ConnectionInfo { m_client->handlerUrl() });
    };
    afterHandler(
        [this, failed] {
            // limit=1: one small answer proves address, application and the "devices" right.
            send(
                V2Request::listDevices(1),
                [this, failed](const V2Result &result) {
                    // A 200 from something that is not a v2 handler (a web page, a proxy) is not
                    // a success.
                    if (!QJsonDocument::fromJson(result.body).isObject()) {
                        failed(badListError(result, TestText::tr("not a JSON object")));
                        return;
                    }
                    m_active = false;
                    ConnectionInfo info;
                    info.server = result.handlerUrl;
                    info.deviceCount
                        = result.total >= 0 && result.total <= std::numeric_limits<int>::max()
                        ? int(result.total)
                        : -1;
                    emit connectionTested(SourceError(), info);
                },
                failed);
        },
        failed);
}

// --- Choose ---

void V2DeviceSource::listDevices()
{
    m_active = true;
    const auto failed = [this](const V2Error &error) {
        m_active = false;
        emit devicesListed({}, toSourceError(error));
    };
    afterHandler(
        [this, failed] {
            send(
                V2Request::listDevices(),
                [this, failed](const V2Result &result) {
                    auto parse = std::make_shared<ConversionSteps::ListParse>();
                    const QByteArray body = result.body;
                    const QString appId = applicationId();
                    runInBackground(
                        [parse, body, appId](const std::atomic_bool &stop) {
                            *parse = ConversionSteps::parseList(body, {}, appId, stop);
                        },
                        [this, parse, result, failed] {
                            if (!m_active)
                                return;
                            if (!parse->fatalError.isEmpty()) {
                                failed(badListError(result, parse->fatalError));
                                return;
                            }
                            QList<DeviceEntry> entries;
                            entries.reserve(parse->devices.size());
                            for (const V2ParsedDevice &parsed : std::as_const(parse->devices)) {
                                entries.append({ parsed.device.devId, parsed.device.devEui,
                                    parsed.device.appEui, parsed.device.description,
                                    parsed.error });
                            }
                            m_active = false;
                            emit devicesListed(entries, SourceError());
                        });
                },
                failed);
        },
        failed);
}

// --- Read ---

void V2DeviceSource::readDevices(const SourceReadRequest &request)
{
    m_request = request;
    m_devices.clear();
    m_read.clear();
    m_oneByOne = false;
    m_countersOnly = false;
    m_active = true;
    if (!m_client->handlerUrl().isValid())
        emit stageChanged(ExportText::tr("Finding the handler of application \u201c%1\u201d\u2026")
                              .arg(applicationId()));
    afterHandler([this] { fetch(); }, [this](const V2Error &error) { finishRead(error); });
}

void V2DeviceSource::fetch()
{
    const FetchPlan plan = planFor(m_request);
    if (plan.source == FetchPlan::Source::GetEach) {
        fetchWithGets(plan.deviceIds, false, {});
        return;
    }
    emit stageChanged(ExportText::tr("Reading the device list of application \u201c%1\u201d\u2026")
                          .arg(applicationId()));
    V2Call *call = m_client->send(V2Request::listDevices());
    connect(call, &V2Call::finished, this, [this](const V2Result &result) {
        if (m_active)
            onListAnswer(result);
    });
}

void V2DeviceSource::onListAnswer(const V2Result &result)
{
    // Without the list nothing can be read: any error here stops the read.
    if (!result.ok()) {
        finishRead(result.error);
        return;
    }
    const FetchPlan plan = planFor(m_request);
    auto parse = std::make_shared<ConversionSteps::ListParse>();
    const QByteArray body = result.body;
    const QStringList onlyIds
        = plan.source == FetchPlan::Source::ListFiltered ? plan.deviceIds : QStringList();
    const QString appId = applicationId();
    runInBackground(
        [parse, body, onlyIds, appId](const std::atomic_bool &stop) {
            *parse = ConversionSteps::parseList(body, onlyIds, appId, stop);
        },
        [this, parse, result, plan] {
            if (!m_active)
                return;
            if (!parse->fatalError.isEmpty()) {
                finishRead(badListError(result, parse->fatalError));
                return;
            }
            m_devices = parse->devices;
            m_read = QList<bool>(m_devices.size(), true);
            if (!plan.sessionCounterGets) {
                emit devicesKnown(deviceCount());
                finishRead(V2Error());
                return;
            }
            QStringList ids;
            QList<int> targets;
            for (int i = 0; i < m_devices.size(); ++i) {
                if (ConversionSteps::needsCounters(m_devices.at(i))) {
                    ids.append(m_devices.at(i).device.devId);
                    targets.append(i);
                }
            }
            fetchWithGets(ids, true, targets);
        });
}

void V2DeviceSource::fetchWithGets(
    const QStringList &ids, bool countersOnly, const QList<int> &targets)
{
    m_getIds = ids;
    m_getTargets = targets;
    m_countersOnly = countersOnly;
    if (!countersOnly) {
        // Placeholders in request order; each GET fills its own.
        m_devices.clear();
        m_devices.reserve(ids.size());
        for (const QString &id : ids) {
            V2ParsedDevice placeholder;
            placeholder.device.devId = id;
            placeholder.device.appId = applicationId();
            m_devices.append(placeholder);
        }
        m_read = QList<bool>(m_devices.size(), false);
    } else {
        for (int target : targets)
            m_read[target] = false;
    }
    m_oneByOne = !ids.isEmpty();
    emit devicesKnown(deviceCount());
    if (!m_active)
        return; // a receiver stopped the read
    if (ids.isEmpty()) {
        finishRead(V2Error());
        return;
    }
    const qint64 estimate
        = ProgressEstimate::forRequests(int(ids.size()), m_client->connection().requestsPerSecond);
    if (confirmLongerThan() > 0 && estimate > confirmLongerThan()) {
        m_awaitingConfirmation = true;
        emit confirmationNeeded(int(ids.size()), estimate);
        return;
    }
    startGets();
}

void V2DeviceSource::proceed()
{
    if (!m_active || !m_awaitingConfirmation)
        return;
    startGets();
}

void V2DeviceSource::startGets()
{
    m_awaitingConfirmation = false;
    const int count = int(m_getIds.size());
    emit stageChanged(LocaleNumbers::withGroupedN(m_countersOnly
            ? ExportText::tr("Reading the frame counters of %n device(s)\u2026", nullptr, count)
            : ExportText::tr("Reading %n device(s)\u2026", nullptr, count),
        count));
    emit progress(0, count);
    m_fetcher = new DeviceFetcher(m_client, m_getIds, this);
    connect(m_fetcher, &DeviceFetcher::progress, this, &DeviceSource::progress);
    connect(m_fetcher, &DeviceFetcher::deviceRead, this, &V2DeviceSource::onFetched);
    connect(m_fetcher, &DeviceFetcher::finished, this, &V2DeviceSource::onGetsFinished);
    m_fetcher->start();
}

void V2DeviceSource::onFetched(int index)
{
    const V2ParsedDevice &fetched = m_fetcher->device(index);
    int row = index;
    if (m_countersOnly) {
        row = m_getTargets.at(index);
        ConversionSteps::mergeCounters(m_devices[row], fetched);
    } else {
        m_devices[row] = fetched;
    }
    m_read[row] = true;
    emit deviceRead(row);
}

void V2DeviceSource::onGetsFinished(const V2Error &fatal)
{
    m_fetcher->deleteLater();
    m_fetcher = nullptr;
    finishRead(fatal);
}

void V2DeviceSource::finishRead(const V2Error &fatal)
{
    if (!m_active)
        return;
    m_active = false;
    emit readFinished(toSourceError(fatal));
}

void V2DeviceSource::stopFetcher()
{
    if (!m_fetcher)
        return;
    m_fetcher->disconnect(this);
    m_fetcher->cancel();
    m_fetcher->deleteLater();
    m_fetcher = nullptr;
}

void V2DeviceSource::stopReading()
{
    m_active = false;
    m_awaitingConfirmation = false;
    stopFetcher();
    m_client->abortAll();
}

void V2DeviceSource::abort()
{
    m_active = false;
    m_awaitingConfirmation = false;
    m_afterTask = {};
    stopFetcher();
    m_client->abortAll();
    m_task->cancel();
}

// --- Convert ---

std::shared_ptr<ConversionResult> V2DeviceSource::conversion(const ConversionOptions &options) const
{
    // Shares the rows (no copy): the result keeps them for repairs without reading again.
    return std::make_shared<ConversionResult>(options, m_devices);
}

void V2DeviceSource::updateConversion(ConversionResult &result, int row) const
{
    result.setSource(row, m_devices.at(row)); // as read, with its frame counters
}

DeviceOutcome V2DeviceSource::notReadOutcome(int row, const ConversionOptions &options) const
{
    const V2ParsedDevice &device = m_devices.at(row);
    DeviceOutcome outcome;
    if (m_countersOnly && device.ok()) {
        // The list gave the device in full except its frame counters: show what it is.
        if (!m_converter)
            m_converter.emplace(options);
        outcome = m_converter->convert(device);
        outcome.rule = TtsRule::None;
        outcome.json.clear();
        outcome.warnings.clear();
        outcome.sessionExported = false;
        outcome.reason = ExportText::tr(
            "stopped before the frame counters of its session were read from TTN v2");
    } else {
        outcome.v2DeviceId = device.device.devId;
        outcome.activation = Activation::Unknown;
        outcome.reason = ExportText::tr("stopped before this device was read from TTN v2");
    }
    outcome.status = OutcomeStatus::Skipped;
    return outcome;
}

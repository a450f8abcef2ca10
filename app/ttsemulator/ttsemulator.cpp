#include "ttsemulator.h"

#include "emulatorhttpserver.h"
#include "ttsemudemosource.h"
#include "ttsemuerror.h"
#include "ttsemuroutes.h"
#include "ttsemustate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>

using namespace Qt::StringLiterals;
using emukit::IncomingRequest;
using emukit::Reply;

TtsEmulator::TtsEmulator(QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<ttsemu::State>())
{
    m_state->clock.start();
    m_server = new emukit::EmulatorHttpServer(
        [this](const IncomingRequest &request) { return dispatch(request); }, this);
}

TtsEmulator::~TtsEmulator() = default;

bool TtsEmulator::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        return false;
    const QMutexLocker lock(&m_state->mutex);
    m_state->address = address;
    m_state->port = bound;
    return true;
}

quint16 TtsEmulator::port() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->port;
}

QUrl TtsEmulator::baseUrl() const
{
    const QMutexLocker lock(&m_state->mutex);
    QUrl url;
    url.setScheme(u"http"_s);
    const bool wildcard = m_state->address == QHostAddress::Any
        || m_state->address == QHostAddress::AnyIPv4 || m_state->address.isLoopback();
    url.setHost(wildcard ? u"127.0.0.1"_s : m_state->address.toString());
    url.setPort(m_state->port);
    return url;
}

void TtsEmulator::addApplication(const QString &applicationId)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->applications[applicationId];
}

void TtsEmulator::setApplicationServerAddress(const QString &applicationId, const QString &host)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->applications[applicationId].serverAddress = host;
}

void TtsEmulator::setLink(const QString &applicationId, const QJsonObject &link)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->applications[applicationId].link = link;
}

QJsonObject TtsEmulator::link(const QString &applicationId) const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->applications.value(applicationId).link;
}

void TtsEmulator::addApiKey(
    const QString &key, const QString &applicationId, const QStringList &rights)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->keys.add(key, applicationId, rights);
}

void TtsEmulator::addDevice(
    const QString &applicationId, const QJsonObject &device, const QList<TtsServer> &servers)
{
    const QMutexLocker lock(&m_state->mutex);
    ttsemu::Application &app = m_state->applications[applicationId];
    QJsonObject ids = device.value(u"ids"_s).toObject();
    ids.insert(u"application_ids"_s, QJsonObject { { u"application_id"_s, applicationId } });
    QJsonObject stored = device;
    stored.insert(u"ids"_s, ids);
    const QString devId = ids.value(u"device_id"_s).toString();
    const QString key = ttsemu::euiKey(ids);
    for (TtsServer server : servers) {
        if (server == TtsServer::Identity) {
            ttsemu::IsRecord record { stored, QDateTime::currentDateTimeUtc(), {} };
            record.updatedAt = record.createdAt;
            app.is.insert(devId, record);
        } else {
            m_state->records(app, server).insert(devId, stored);
        }
        if (!key.isEmpty())
            m_state->euis(server).insert(key, applicationId + u'/' + devId);
    }
}

void TtsEmulator::generate(const QString &applicationId, int count)
{
    const QMutexLocker lock(&m_state->mutex);
    ttsemu::Application &app = m_state->applications[applicationId];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 1; i <= count; ++i) {
        const QString devId = u"dev-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        const QString devEui = u"70B3D5%1"_s.arg(i, 10, 16, QLatin1Char('0')).toUpper();
        const QJsonObject ids { { u"device_id"_s, devId },
            { u"application_ids"_s, QJsonObject { { u"application_id"_s, applicationId } } },
            { u"dev_eui"_s, devEui }, { u"join_eui"_s, u"70B3D57ED0000001"_s } };
        app.is.insert(devId, { QJsonObject { { u"ids"_s, ids }, { u"name"_s, devId } }, now, now });
        app.ns.insert(devId, QJsonObject { { u"ids"_s, ids }, { u"supports_join"_s, true } });
        m_state->isEuis.insert(ttsemu::euiKey(ids), applicationId + u'/' + devId);
    }
}

QString TtsEmulator::demoApplicationId()
{
    return u"demo-application"_s;
}

QString TtsEmulator::demoApiKey()
{
    return u"NNSXS.DEMOKEYFORTHELOCALTTSEMULATOR.PUBLISHEDDEMOSECRETNOTASECRET"_s;
}

QStringList TtsEmulator::allRights()
{
    return ttsemu::ApiKeys::allApplicationRights();
}

void TtsEmulator::loadDemo()
{
    addApplication(demoApplicationId());
    addApiKey(demoApiKey(), demoApplicationId(), { u"RIGHT_APPLICATION_ALL"_s });
    setJoinAfterMs(20000); // the demo's devices "join" 20 s after the import
}

QString TtsEmulator::demoSourceApplicationId()
{
    return u"demo-source-fleet"_s;
}

QString TtsEmulator::demoSourceApiKey()
{
    return u"NNSXS.DEMOSOURCEKEYFORTHETTSEMULATOR.PUBLISHEDDEMOSOURCESECRETNOTASECRET"_s;
}

void TtsEmulator::loadDemoSource(const QString &serverHost)
{
    const QString app = demoSourceApplicationId();
    addApplication(app);
    addApiKey(demoSourceApiKey(), app, { u"RIGHT_APPLICATION_ALL"_s });
    setLink(app, ttsemu::DemoSource::applicationLink());
    const QList<ttsemu::DemoSourceDevice> devices = ttsemu::DemoSource::devices(serverHost);
    for (const ttsemu::DemoSourceDevice &device : devices) {
        addDevice(app, device.identity, { TtsServer::Identity });
        if (!device.join.isEmpty())
            addDevice(app, device.join, { TtsServer::Join });
        addDevice(app, device.network, { TtsServer::Network });
        addDevice(app, device.application, { TtsServer::Application });
    }
}

bool TtsEmulator::loadFile(const QString &path, QString *error)
{
    // {"applications":[{"application_id":"app","server_address":"host",
    //   "api_keys":[{"key":"NNSXS…","rights":["RIGHT_APPLICATION_ALL"]}],
    //   "devices":[{…EndDevice…}]}]}
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = u"%1: not a JSON object (%2)"_s.arg(path, parseError.errorString());
        return false;
    }
    const QJsonArray applications = document.object().value(u"applications"_s).toArray();
    for (const QJsonValue &value : applications) {
        const QJsonObject app = value.toObject();
        const QString id = app.value(u"application_id"_s).toString();
        if (id.isEmpty()) {
            *error = u"%1: an application without application_id"_s.arg(path);
            return false;
        }
        addApplication(id);
        if (app.contains(u"server_address"_s))
            setApplicationServerAddress(id, app.value(u"server_address"_s).toString());
        const QJsonArray keys = app.value(u"api_keys"_s).toArray();
        for (const QJsonValue &key : keys) {
            QStringList rights;
            const QJsonArray list = key.toObject().value(u"rights"_s).toArray();
            for (const QJsonValue &right : list)
                rights << right.toString();
            addApiKey(key.toObject().value(u"key"_s).toString(), id, rights);
        }
        const QJsonArray devices = app.value(u"devices"_s).toArray();
        for (const QJsonValue &device : devices)
            addDevice(id, device.toObject(),
                { TtsServer::Identity, TtsServer::Join, TtsServer::Network,
                    TtsServer::Application });
    }
    return true;
}

QStringList TtsEmulator::applicationIds() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->applications.keys();
}

void TtsEmulator::setLatency(int ms)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->latencyMs = std::max(0, ms);
}

void TtsEmulator::setRateLimit(int perMinute, int burst)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->rateLimit.set(perMinute, burst);
}

void TtsEmulator::failEveryNth(int n, int httpStatus)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->faults.failEveryNth(n, httpStatus);
}

void TtsEmulator::failNext(int count, int httpStatus)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->faults.failNext(count, httpStatus, 0);
}

void TtsEmulator::setResetEveryNth(int n)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->faults.resetEveryNth(n);
}

void TtsEmulator::setResetFirstAnswers(bool on)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->resetFirstAnswers = on;
    m_state->answeredRequests.clear();
}

void TtsEmulator::failMatching(const QByteArray &method, const QString &pathContains, int count,
    int httpStatus, const QString &ns, const QString &name)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->matchFaults.append({ method, pathContains, count, httpStatus, ns, name, false });
}

void TtsEmulator::failAfterEffect(
    const QByteArray &method, const QString &pathContains, int count, int httpStatus)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->matchFaults.append({ method, pathContains, count, httpStatus, {}, {}, true });
}

void TtsEmulator::hangMatching(
    const QByteArray &method, const QString &pathContains, int count, int ms)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->matchFaults.append({ method, pathContains, count, 504, {}, {}, false, ms });
}

void TtsEmulator::setJoinAfterMs(int ms)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->joinAfterMs = std::max(0, ms);
}

void TtsEmulator::markSeen(const QString &applicationId, const QString &deviceId, bool active)
{
    const QMutexLocker lock(&m_state->mutex);
    auto app = m_state->applications.find(applicationId);
    if (app == m_state->applications.end() || !app->is.contains(deviceId))
        return;
    ttsemu::IsRecord &record = app->is[deviceId];
    const QString now = ttsemu::timestamp(QDateTime::currentDateTimeUtc().addMSecs(1));
    record.device.insert(u"last_seen_at"_s, now);
    if (active)
        record.device.insert(u"activated_at"_s, now);
}

void TtsEmulator::clearFaults()
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->faults.clear();
    m_state->matchFaults.clear();
    m_state->resetFirstAnswers = false;
    m_state->answeredRequests.clear();
    m_state->rateLimit.set(0, 0);
    m_state->latencyMs = 0;
}

int TtsEmulator::requestCount() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->requestCount;
}

QList<TtsEmulatorRequest> TtsEmulator::requests() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->log;
}

void TtsEmulator::clearRequests()
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->log.clear();
    m_state->requestCount = 0;
    m_state->writeCount = 0;
}

int TtsEmulator::writeCount() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->writeCount;
}

QJsonObject TtsEmulator::device(
    TtsServer server, const QString &applicationId, const QString &deviceId) const
{
    const QMutexLocker lock(&m_state->mutex);
    if (!m_state->applications.contains(applicationId))
        return {};
    ttsemu::Application &app = m_state->applications[applicationId];
    if (server == TtsServer::Identity) {
        if (!app.is.contains(deviceId))
            return {};
        const ttsemu::IsRecord &record = app.is[deviceId];
        QJsonObject device = record.device;
        device.insert(u"created_at"_s, ttsemu::timestamp(record.createdAt));
        return device;
    }
    return m_state->records(app, server).value(deviceId);
}

int TtsEmulator::deviceCount(TtsServer server, const QString &applicationId) const
{
    const QMutexLocker lock(&m_state->mutex);
    if (!m_state->applications.contains(applicationId))
        return 0;
    ttsemu::Application &app = m_state->applications[applicationId];
    if (server == TtsServer::Identity)
        return int(app.is.size());
    return int(m_state->records(app, server).size());
}

Reply TtsEmulator::dispatch(const IncomingRequest &request)
{
    const QMutexLocker lock(&m_state->mutex);
    ttsemu::State &s = *m_state;
    const int number = ++s.requestCount;
    QString keyId;
    const ttsemu::ApiKeys::Check auth = s.keys.check(request.authorization, &keyId);

    Reply reply;
    bool answered = false;
    emukit::FaultInjector::Fault fault = s.faults.next(number);
    if (s.resetFirstAnswers && fault.kind == emukit::FaultInjector::Kind::None) {
        const QByteArray key
            = request.method + ' ' + request.pathWithQuery.toUtf8() + ' ' + request.body;
        if (!s.answeredRequests.contains(key)) {
            s.answeredRequests.insert(key);
            fault.kind = emukit::FaultInjector::Kind::Reset;
        }
    }
    if (fault.kind == emukit::FaultInjector::Kind::ErrorStatus) {
        answered = true;
        if (fault.status == 502 || fault.status == 504)
            reply = ttsemu::htmlReply(fault.status);
        else if (fault.status == 503)
            reply = ttsemu::errorReply(ttsemu::Errors::databaseUnavailable());
        else if (fault.status == 429)
            reply = ttsemu::errorReply(ttsemu::Errors::rateLimitExceeded(keyId, 60));
        else
            reply = ttsemu::errorReply(ttsemu::Errors::injected(fault.status));
        if (fault.status == 429)
            reply.headers.append(
                { QByteArrayLiteral("X-Rate-Limit-Retry"), QByteArrayLiteral("0") });
    }
    // Rate limit per API key (§6), on successes and refusals alike.
    const ttsemu::RateLimit::Decision limit
        = answered ? ttsemu::RateLimit::Decision() : s.rateLimit.take(keyId, s.clock.elapsed());
    if (!answered && !limit.allowed) {
        reply = ttsemu::errorReply(
            ttsemu::Errors::rateLimitExceeded(u"key:%1"_s.arg(keyId), s.rateLimit.perMinute()));
        answered = true;
    }
    ttsemu::MatchFault *match = nullptr;
    int hangMs = 0;
    for (ttsemu::MatchFault &candidate : s.matchFaults) {
        if (candidate.remaining > 0 && candidate.method == request.method
            && request.path.contains(candidate.pathContains)) {
            match = &candidate;
            break;
        }
    }
    if (!answered && match && !match->afterEffect) {
        --match->remaining;
        ttsemu::ErrorSpec spec = ttsemu::Errors::injected(match->httpStatus);
        if (!match->name.isEmpty()) {
            spec.ns = match->ns;
            spec.name = match->name;
        }
        reply = match->httpStatus == 502 || match->httpStatus == 504
            ? ttsemu::htmlReply(match->httpStatus)
            : ttsemu::errorReply(spec);
        reply.status = match->httpStatus;
        hangMs = match->delayMs;
        answered = true;
    }
    if (!answered) {
        reply = ttsemu::handleRoute(s, request, auth, keyId);
        if (reply.isSuccessfulWrite)
            ++s.writeCount;
        if (match && match->afterEffect && reply.status == 200) {
            --match->remaining;
            reply = match->httpStatus == 503
                ? ttsemu::errorReply(ttsemu::Errors::databaseUnavailable())
                : ttsemu::htmlReply(match->httpStatus);
            reply.status = match->httpStatus;
        }
        emukit::applyTransportFault(fault, &reply);
    }
    if (limit.enabled) {
        reply.headers.append(
            { QByteArrayLiteral("X-Rate-Limit-Limit"), QByteArray::number(limit.limit) });
        reply.headers.append(
            { QByteArrayLiteral("X-Rate-Limit-Available"), QByteArray::number(limit.available) });
        reply.headers.append(
            { QByteArrayLiteral("X-Rate-Limit-Reset"), QByteArray::number(limit.resetSeconds) });
        reply.headers.append(
            { QByteArrayLiteral("X-Rate-Limit-Retry"), QByteArray::number(limit.retrySeconds) });
    }
    reply.delayMs = std::max(s.latencyMs, hangMs);
    s.log.append({ QString::fromLatin1(request.method), request.pathWithQuery, reply.status,
        !request.authorization.isEmpty(), request.body, s.clock.elapsed() });
    return reply;
}

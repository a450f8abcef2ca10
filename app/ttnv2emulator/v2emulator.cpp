#include "v2emulator.h"

#include "dataloader.h"
#include "devicegenerator.h"
#include "devicejson.h"
#include "emulatorhttpserver.h"
#include "emulatorstate.h"
#include "handlerroutes.h"

#include <QFile>
#include <QJsonDocument>
#include <QMutexLocker>

using namespace Qt::StringLiterals;
using namespace ttnv2emu;

V2Emulator::V2Emulator(QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<EmulatorState>())
{
    m_server = new emukit::EmulatorHttpServer(
        [this](const emukit::IncomingRequest &request) { return dispatch(request); }, this);
}

V2Emulator::~V2Emulator() = default;

bool V2Emulator::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    QMutexLocker lock(&m_state->mutex);
    m_state->address = address;
    m_state->port = bound;
    return bound != 0;
}

quint16 V2Emulator::port() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->port;
}

QUrl V2Emulator::handlerUrl() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->baseUrl();
}

QUrl V2Emulator::discoveryUrl() const
{
    return handlerUrl();
}

QString V2Emulator::handlerId() const
{
    return u"ttn-handler-eu"_s;
}

void V2Emulator::addApplication(
    const QString &appId, const QString &accessKey, const QStringList &rights)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->store.addApplication(appId);
    if (!accessKey.isEmpty())
        m_state->access.addKey(appId, accessKey, rights);
}

void V2Emulator::setPayloadFunctions(const QString &appId, const QJsonObject &functions)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->store.setPayloadFunctions(appId, functions);
}

void V2Emulator::addUnregisteredApplication(const QString &appId, const QString &accessKey)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->access.addKey(appId, accessKey, { u"devices"_s, u"settings"_s });
}

void V2Emulator::addAnnouncement(
    const QString &id, const QUrl &apiAddress, const QStringList &appIds)
{
    Announcement announcement;
    announcement.id = id;
    announcement.apiAddress = apiAddress.toString();
    announcement.appIds = appIds;
    QMutexLocker lock(&m_state->mutex);
    m_state->otherHandlers.append(announcement);
}

bool V2Emulator::addDevice(const QString &appId, const QJsonObject &v2Device)
{
    DeviceParse parsed = parseDevice(v2Device, appId, QString(), true);
    if (!parsed.ok()) {
        qWarning("ttnv2-emulator: device not added: %s", qUtf8Printable(parsed.error));
        return false;
    }
    QMutexLocker lock(&m_state->mutex);
    m_state->store.addApplication(appId);
    return m_state->store.put(std::move(parsed.device)) != DeviceStore::PutResult::Conflict;
}

bool V2Emulator::loadFile(const QString &path, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        message = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    EmulatorData data;
    if (!parseEmulatorData(file.readAll(), &data, &message)) {
        message = u"%1: %2"_s.arg(path, message);
        return false;
    }
    for (const ApplicationSpec &app : std::as_const(data.applications)) {
        for (const AccessKeySpec &key : app.accessKeys) {
            if (app.registered)
                addApplication(app.appId, key.key, key.rights);
            else
                addUnregisteredApplication(app.appId, key.key);
        }
        if (app.registered) {
            addApplication(app.appId, QString());
            setPayloadFunctions(app.appId, app.payloadFunctions);
        }
        for (qsizetype i = 0; i < app.devices.size(); ++i) {
            if (!addDevice(app.appId, app.devices.at(i))) {
                message = u"%1: application %2, device %3 is invalid or a duplicate"_s.arg(
                    path, app.appId, QString::number(i));
                return false;
            }
        }
    }
    QMutexLocker lock(&m_state->mutex);
    m_state->otherHandlers.append(data.announcements);
    return true;
}

void V2Emulator::generate(const QString &appId, int count, quint32 seed, double abpRatio)
{
    QList<Device> devices = generateDevices(appId, count, seed, abpRatio);
    QMutexLocker lock(&m_state->mutex);
    m_state->store.addApplication(appId);
    for (Device &device : devices)
        m_state->store.put(std::move(device));
}

QString V2Emulator::demoApplicationId()
{
    return u"demo-application"_s;
}

QString V2Emulator::demoAccessKey()
{
    return u"ttn-account-v2.demo-access-key-for-the-local-emulator"_s;
}

void V2Emulator::loadDemo()
{
    const EmulatorData data = demoData();
    for (const ApplicationSpec &app : data.applications) {
        for (const AccessKeySpec &key : app.accessKeys)
            addApplication(app.appId, key.key, key.rights);
        setPayloadFunctions(app.appId, app.payloadFunctions);
        for (const QJsonObject &device : app.devices)
            addDevice(app.appId, device);
    }
}

QStringList V2Emulator::applicationIds() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->store.applicationIds();
}

void V2Emulator::setRateLimit(double perSecond)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->limiter.setRate(perSecond);
}

void V2Emulator::setLatency(int ms)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->latencyMs = qMax(0, ms);
}

void V2Emulator::failEveryNth(int n, int httpStatus)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->faults.failEveryNth(n, httpStatus);
}

void V2Emulator::failNext(int count, int httpStatus, int retryAfterSeconds)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->faults.failNext(count, httpStatus, retryAfterSeconds);
}

void V2Emulator::setResetEveryNth(int n)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->faults.resetEveryNth(n);
}

void V2Emulator::setGarbageEveryNth(int n)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->faults.garbageEveryNth(n);
}

void V2Emulator::clearFaults()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->faults.clear();
}

int V2Emulator::requestCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requestCount;
}

QList<EmulatorRequest> V2Emulator::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->log;
}

void V2Emulator::clearRequests()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->log.clear();
    m_state->requestCount = 0;
    m_state->writeCount = 0;
}

int V2Emulator::writeCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->writeCount;
}

QJsonObject V2Emulator::device(const QString &appId, const QString &devId) const
{
    QMutexLocker lock(&m_state->mutex);
    const Device *stored = m_state->store.find(appId, devId);
    if (!stored)
        return {};
    return QJsonDocument::fromJson(deviceJson(*stored, DeviceView::Full)).object();
}

int V2Emulator::deviceCount(const QString &appId) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->store.count(appId);
}

emukit::Reply V2Emulator::dispatch(const emukit::IncomingRequest &request)
{
    QMutexLocker lock(&m_state->mutex);
    EmulatorState &s = *m_state;
    const int number = ++s.requestCount;
    const emukit::FaultInjector::Fault fault = s.faults.next(number);
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);

    emukit::Reply reply;
    if (fault.kind == emukit::FaultInjector::Kind::ErrorStatus) {
        reply = injectedError(fault);
    } else if (!segments.isEmpty() && segments.first() == "applications"_L1) {
        HandlerRoutes routes(s.store, s.access, s.limiter);
        reply = routes.handle(request, segments);
    } else if (!segments.isEmpty() && segments.first() == "announcements"_L1) {
        Announcement own;
        own.id = handlerId();
        own.serviceVersion = u"2.10.0-ttnv2-emulator"_s;
        own.description = u"ttnv2-emulator (local)"_s;
        own.netAddress = u"127.0.0.1:1904"_s;
        own.apiAddress = s.baseUrl().toString();
        own.appIds = s.store.applicationIds();
        reply = DiscoveryRoutes::handle(
            request, segments, QList<Announcement> { own } + s.otherHandlers);
    } else {
        reply = emukit::Reply::error(404, 5, u"Not Found"_s);
    }

    applyTransportFault(fault, &reply);
    reply.delayMs += s.latencyMs;
    if (reply.isSuccessfulWrite)
        ++s.writeCount;
    s.log.append(EmulatorRequest { QString::fromLatin1(request.method), request.pathWithQuery,
        reply.status, request.keyPresent() });
    return reply;
}

#include "handlerroutes.h"

#include "accesscontrol.h"
#include "devicejson.h"
#include "devicestore.h"
#include "jsonpb.h"
#include "ratelimiter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace ttnv2emu {

namespace {

constexpr int kInvalidArgument = 3;
constexpr int kNotFound = 5;
constexpr int kAlreadyExists = 6;
constexpr int kResourceExhausted = 8;
constexpr int kUnimplemented = 12;

emukit::Reply methodNotAllowed()
{
    return emukit::Reply::error(405, kUnimplemented, u"Method Not Allowed"_s);
}

emukit::Reply invalidId(const char *field)
{
    return emukit::Reply::error(
        400, kInvalidArgument, u"invalid argument: %1 not valid"_s.arg(QLatin1String(field)));
}

// ?limit= / ?offset=: absent or empty = 0; anything but an integer is a 400 (core/proxy).
bool readPaging(const QUrlQuery &query, const QString &name, int *value)
{
    *value = 0;
    const QString text = query.queryItemValue(name);
    if (text.isEmpty())
        return true;
    bool ok = false;
    *value = text.toInt(&ok);
    return ok;
}

} // namespace

HandlerRoutes::HandlerRoutes(DeviceStore &store, AccessControl &access, RateLimiter &limiter)
    : m_store(store)
    , m_access(access)
    , m_limiter(limiter)
{
}

emukit::Reply HandlerRoutes::handle(
    const emukit::IncomingRequest &request, const QStringList &segments)
{
    const QByteArray &method = request.method;
    const bool isGet = method == "GET";
    const bool isSet = method == "POST" || method == "PUT";
    if (segments.size() < 2 || segments.size() > 4
        || (segments.size() >= 3 && segments.at(2) != "devices"_L1))
        return emukit::Reply::error(404, kNotFound, u"Not Found"_s);

    const QString appId = segments.at(1);
    if (!isValidV2Id(appId))
        return invalidId("app_id");
    const QString devId = segments.size() == 4 ? segments.at(3) : QString();
    if (segments.size() == 4 && !isValidV2Id(devId))
        return invalidId("dev_id");

    if (segments.size() == 2 && !isGet)
        return emukit::Reply::error(
            501, kUnimplemented, u"ttnv2-emulator does not change applications"_s);
    if (segments.size() == 3 && !isGet && !isSet)
        return methodNotAllowed();
    if (segments.size() == 4 && !isGet && !isSet && method != "DELETE")
        return methodNotAllowed();

    const QString right = segments.size() == 2 ? u"settings"_s : u"devices"_s;
    int waitMs = 0;
    emukit::Reply reply = checkAccess(request, appId, right, &waitMs);
    if (reply.status == 200) {
        if (segments.size() == 2)
            reply = getApplication(appId);
        else if (segments.size() == 3)
            reply = isGet ? listDevices(request, appId) : setDevice(request, appId, QString());
        else if (isGet)
            reply = getDevice(appId, devId);
        else if (isSet)
            reply = setDevice(request, appId, devId);
        else
            reply = deleteDevice(appId, devId);
    }
    reply.delayMs += waitMs;
    return reply;
}

emukit::Reply HandlerRoutes::checkAccess(const emukit::IncomingRequest &request,
    const QString &appId, const QString &right, int *rateWaitMs)
{
    const AuthCheck auth = m_access.check(request.authorization, request.metadataKey, appId, right);
    if (!auth.authenticated)
        return emukit::Reply::error(auth.httpStatus, auth.grpcCode, auth.message);

    const RateLimiter::Decision rate = m_limiter.reserve(appId, auth.clientId);
    if (!rate.allowed) {
        return emukit::Reply::error(429, kResourceExhausted,
            rate.applicationLimited ? u"Rate limit for application %1 reached"_s.arg(appId)
                                    : u"Rate limit for client reached"_s);
    }
    *rateWaitMs = rate.waitMs;

    if (!auth.allowed())
        return emukit::Reply::error(auth.httpStatus, auth.grpcCode, auth.message);
    if (!m_store.hasApplication(appId))
        return emukit::Reply::error(
            404, kNotFound, u"Application not registered to this Handler"_s);
    return emukit::Reply::json(QByteArrayLiteral("{}"));
}

emukit::Reply HandlerRoutes::getApplication(const QString &appId)
{
    QByteArray body;
    emukit::jsonpb::ObjectWriter w(body);
    w.string("app_id", appId);
    // The handler leaves empty fields out; an application without functions has none.
    const QJsonObject functions = m_store.payloadFunctions(appId);
    for (const char *field : { "payload_format", "decoder", "converter", "validator", "encoder" }) {
        const QString value = functions.value(QLatin1String(field)).toString();
        if (!value.isEmpty())
            w.string(field, value);
    }
    w.finish();
    return emukit::Reply::json(body);
}

emukit::Reply HandlerRoutes::listDevices(
    const emukit::IncomingRequest &request, const QString &appId)
{
    int limit = 0;
    int offset = 0;
    if (!readPaging(request.query, u"limit"_s, &limit))
        return emukit::Reply::error(400, kInvalidArgument, u"invalid argument: limit not valid"_s);
    if (!readPaging(request.query, u"offset"_s, &offset))
        return emukit::Reply::error(400, kInvalidArgument, u"invalid argument: offset not valid"_s);
    int selected = 0;
    emukit::Reply reply = emukit::Reply::json(m_store.listBody(appId, offset, limit, &selected));
    // grpc-gateway forwards the handler's gRPC header metadata with this prefix.
    reply.headers.append(
        { QByteArrayLiteral("Grpc-Metadata-Total"), QByteArray::number(m_store.count(appId)) });
    reply.headers.append(
        { QByteArrayLiteral("Grpc-Metadata-Selected"), QByteArray::number(selected) });
    return reply;
}

emukit::Reply HandlerRoutes::getDevice(const QString &appId, const QString &devId)
{
    const Device *device = m_store.find(appId, devId);
    if (!device)
        return emukit::Reply::error(
            404, kNotFound, u"Device \"%1\" not found in Application \"%2\""_s.arg(devId, appId));
    return emukit::Reply::json(deviceJson(*device, DeviceView::Full));
}

emukit::Reply HandlerRoutes::setDevice(
    const emukit::IncomingRequest &request, const QString &appId, const QString &devId)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return emukit::Reply::error(
            400, kInvalidArgument, u"invalid argument: body is not a JSON object"_s);
    DeviceParse parsed = parseDevice(document.object(), appId, devId, false);
    if (!parsed.ok())
        return emukit::Reply::error(400, kInvalidArgument, parsed.error);
    Device &device = parsed.device;
    if (device.activationConstraints.isEmpty())
        device.activationConstraints = u"local"_s;
    // last_seen comes from the network server, never from a SetDevice body.
    const Device *existing = m_store.find(appId, device.devId);
    device.lastSeenNs = existing ? existing->lastSeenNs : 0;

    QString conflict;
    if (m_store.put(std::move(device), &conflict) == DeviceStore::PutResult::Conflict)
        return emukit::Reply::error(409, kAlreadyExists,
            u"Device with these AppEUI and DevEUI already exists as \"%1\""_s.arg(conflict));
    emukit::Reply reply = emukit::Reply::json(QByteArrayLiteral("{}"));
    reply.isSuccessfulWrite = true;
    return reply;
}

emukit::Reply HandlerRoutes::deleteDevice(const QString &appId, const QString &devId)
{
    if (!m_store.remove(appId, devId))
        return emukit::Reply::error(
            404, kNotFound, u"Device \"%1\" not found in Application \"%2\""_s.arg(devId, appId));
    emukit::Reply reply = emukit::Reply::json(QByteArrayLiteral("{}"));
    reply.isSuccessfulWrite = true;
    return reply;
}

} // namespace ttnv2emu

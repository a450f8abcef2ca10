#include "ttsemuroutes.h"

#include "convert/frequencyplancatalog.h"
#include "convert/ttsreservedids.h"
#include "ttsemuerror.h"
#include "ttsemufieldmask.h"
#include "ttsemustate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using emukit::IncomingRequest;
using emukit::Reply;

namespace ttsemu {

namespace {

const QString kRead = u"RIGHT_APPLICATION_DEVICES_READ"_s;
const QString kWrite = u"RIGHT_APPLICATION_DEVICES_WRITE"_s;
const QString kWriteKeys = u"RIGHT_APPLICATION_DEVICES_WRITE_KEYS"_s;
const QString kReadKeys = u"RIGHT_APPLICATION_DEVICES_READ_KEYS"_s;

struct Route
{
    enum class Kind {
        Rights,
        List,
        Create,
        IsGet,
        IsDelete,
        Set,
        RegistryGet,
        RegistryDelete,
        LinkGet, // GET /as/applications/{app}/link
        LinkSet, // PUT /as/applications/{app}/link
        None
    };
    Kind kind = Kind::None;
    QString app;
    QString dev;
    TtsServer server = TtsServer::Identity;
};

Route parseRoute(const QByteArray &method, const QString &fullPath)
{
    Route route;
    if (!fullPath.startsWith(u"/api/v3/"))
        return route;
    QStringList parts = fullPath.mid(8).split(u'/');
    if (!parts.isEmpty() && parts.constLast().isEmpty())
        parts.removeLast();
    for (TtsServer server : { TtsServer::Join, TtsServer::Network, TtsServer::Application }) {
        if (!parts.isEmpty() && parts.first() == ttsServerPathSegment(server)) {
            parts.removeFirst();
            route.server = server;
            break;
        }
    }
    const bool cluster = route.server != TtsServer::Identity;
    if (parts.size() < 3 || parts.at(0) != u"applications")
        return route;
    route.app = parts.at(1);
    if (cluster && route.server == TtsServer::Application && parts.size() == 3
        && parts.at(2) == u"link") {
        route.kind = method == "GET" ? Route::Kind::LinkGet
            : method == "PUT"        ? Route::Kind::LinkSet
                                     : Route::Kind::None;
        return route;
    }
    if (!cluster && parts.size() == 3 && parts.at(2) == u"rights" && method == "GET")
        route.kind = Route::Kind::Rights;
    else if (!cluster && parts.size() == 3 && parts.at(2) == u"devices")
        route.kind = method == "GET" ? Route::Kind::List
            : method == "POST"       ? Route::Kind::Create
                                     : Route::Kind::None;
    else if (parts.size() == 4 && parts.at(2) == u"devices") {
        route.dev = parts.at(3);
        if (cluster)
            route.kind = method == "PUT" ? Route::Kind::Set
                : method == "GET"        ? Route::Kind::RegistryGet
                : method == "DELETE"     ? Route::Kind::RegistryDelete
                                         : Route::Kind::None;
        else
            route.kind = method == "GET" ? Route::Kind::IsGet
                : method == "DELETE"     ? Route::Kind::IsDelete
                                         : Route::Kind::None;
    }
    return route;
}

QString serverName(TtsServer server)
{
    switch (server) {
    case TtsServer::Identity:
        return u"identityserver"_s;
    case TtsServer::Join:
        return u"joinserver"_s;
    case TtsServer::Network:
        return u"networkserver"_s;
    case TtsServer::Application:
        break;
    }
    return u"applicationserver"_s;
}

Reply json(const QJsonObject &object)
{
    return Reply::json(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool isHex(const QString &text, int length)
{
    static const QRegularExpression hex(u"^[0-9A-Fa-f]*$"_s);
    return text.size() == length && hex.match(text).hasMatch();
}

bool allZero(const QString &hex)
{
    return !hex.isEmpty() && hex.count(u'0') == hex.size();
}

// EUIs and keys must be hex of the right length, else grpc-gateway cannot decode the body.
std::optional<Reply> checkEncoding(const QJsonObject &device)
{
    const QJsonObject ids = device.value(u"ids"_s).toObject();
    for (const QString &eui : { u"dev_eui"_s, u"join_eui"_s }) {
        if (ids.contains(eui) && !isHex(ids.value(eui).toString(), 16))
            return malformedReply(u"proto: invalid EUI in ids.%1"_s.arg(eui));
    }
    for (const QString &path : { u"root_keys.app_key.key"_s, u"session.keys.app_s_key.key"_s,
             u"session.keys.f_nwk_s_int_key.key"_s }) {
        const QJsonValue value = FieldMask::valueAt(device, path);
        if (!value.isUndefined() && !isHex(value.toString(), 32))
            return malformedReply(u"proto: invalid AES key in %1"_s.arg(path));
    }
    const QJsonValue devAddr = FieldMask::valueAt(device, u"session.dev_addr"_s);
    if (!devAddr.isUndefined() && !isHex(devAddr.toString(), 8))
        return malformedReply(u"proto: invalid DevAddr"_s);
    return std::nullopt;
}

std::optional<Reply> checkIsDevice(
    const Application &app, const QJsonObject &device, const QString &devId)
{
    static const QRegularExpression idPattern(u"^[a-z0-9](?:[-]?[a-z0-9]){2,}$"_s);
    if (devId.size() > 36 || !idPattern.match(devId).hasMatch())
        return errorReply(Errors::validation(u"ids.device_id"_s,
            u"value does not match regex pattern \"^[a-z0-9](?:[-]?[a-z0-9]){2,}$\""_s));
    if (device.value(u"name"_s).toString().size() > 50)
        return errorReply(
            Errors::validation(u"name"_s, u"value length must be at most 50 runes"_s));
    if (device.value(u"description"_s).toString().size() > 2000)
        return errorReply(
            Errors::validation(u"description"_s, u"value length must be at most 2000 runes"_s));
    const QJsonObject attributes = device.value(u"attributes"_s).toObject();
    if (attributes.size() > 10)
        return errorReply(
            Errors::validation(u"attributes"_s, u"value must contain no more than 10 pair(s)"_s));
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (it.key().size() > 36 || !idPattern.match(it.key()).hasMatch())
            return errorReply(Errors::validation(u"attributes"_s, u"invalid key"_s));
        if (it.value().toString().size() > 200)
            return errorReply(Errors::validation(u"attributes"_s, u"value too long"_s));
    }
    if (TtsReservedIds::contains(devId))
        return errorReply(Errors::forbiddenId(devId));
    if (!app.serverAddress.isEmpty()) {
        for (const QString &field : { u"network_server_address"_s, u"application_server_address"_s,
                 u"join_server_address"_s }) {
            const QString address = device.value(field).toString();
            if (!address.isEmpty() && address.section(u':', 0, 0) != app.serverAddress) {
                ErrorSpec s = Errors::validation(field, QString());
                s.ns = u"pkg/identityserver"_s;
                s.name = field.chopped(8) + u"_address_mismatch"_s;
                s.attributes = { { u"address"_s, address }, { u"expected"_s, app.serverAddress } };
                s.cause = {};
                return errorReply(s);
            }
        }
    }
    return std::nullopt;
}

QJsonObject withActivity(
    const State &state, const Application &app, const QString &devId, const IsRecord &record)
{
    QJsonObject device = record.device;
    device.insert(u"created_at"_s, timestamp(record.createdAt));
    device.insert(u"updated_at"_s, timestamp(record.updatedAt));
    // Simulated joins: OTAA devices are heard joinAfterMs after creation and send their
    // first data uplink as long again later.
    if (state.joinAfterMs > 0 && !device.contains(u"last_seen_at"_s)
        && app.ns.value(devId).value(u"supports_join"_s).toBool()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime seen = record.createdAt.addMSecs(state.joinAfterMs);
        const QDateTime active = record.createdAt.addMSecs(2 * qint64(state.joinAfterMs));
        if (now >= seen)
            device.insert(u"last_seen_at"_s, timestamp(seen));
        if (now >= active)
            device.insert(u"activated_at"_s, timestamp(active));
    }
    return device;
}

const QStringList &isFields()
{
    static const QStringList fields { u"name"_s, u"description"_s, u"attributes"_s, u"locations"_s,
        u"version_ids"_s, u"serial_number"_s, u"lora_alliance_profile_ids"_s,
        u"network_server_address"_s, u"application_server_address"_s, u"join_server_address"_s,
        u"last_seen_at"_s, u"activated_at"_s, u"ids"_s, u"created_at"_s, u"updated_at"_s };
    return fields;
}

std::optional<Reply> readMask(const IncomingRequest &request, QStringList *paths)
{
    const QString mask = request.query.queryItemValue(u"field_mask"_s, QUrl::FullyDecoded);
    *paths = mask.split(u',', Qt::SkipEmptyParts);
    QStringList forbidden;
    for (const QString &path : std::as_const(*paths)) {
        if (!isFields().contains(path.section(u'.', 0, 0)))
            forbidden << path;
    }
    if (!forbidden.isEmpty())
        return errorReply(Errors::fieldMaskPaths(forbidden));
    return std::nullopt;
}

QJsonObject masked(const QJsonObject &device, const QStringList &paths)
{
    QJsonObject out = FieldMask::select(device, paths);
    for (const QString &always : { u"ids"_s, u"created_at"_s, u"updated_at"_s })
        out.insert(always, device.value(always));
    return out;
}

Reply list(State &state, const Application &app, const IncomingRequest &request)
{
    QStringList paths;
    if (auto error = readMask(request, &paths))
        return *error;
    bool ok = false;
    int limit = request.query.queryItemValue(u"limit"_s).toInt(&ok);
    if (!ok || limit <= 0)
        limit = 100;
    if (limit > 1000)
        return errorReply(
            Errors::validation(u"limit"_s, u"value must be less than or equal to 1000"_s));
    const int page = std::max(1, request.query.queryItemValue(u"page"_s).toInt());
    const qint64 start = qint64(page - 1) * limit;
    QJsonArray devices;
    if (start < app.is.size()) {
        auto it = app.is.cbegin();
        std::advance(it, start);
        for (int n = 0; n < limit && it != app.is.cend(); ++n, ++it)
            devices.append(masked(withActivity(state, app, it.key(), it.value()), paths));
    }
    Reply reply = devices.isEmpty() ? json({}) : json({ { u"end_devices"_s, devices } });
    reply.headers.append({ QByteArrayLiteral("X-Total-Count"), QByteArray::number(app.is.size()) });
    return reply;
}

std::optional<QJsonObject> parseBody(const QByteArray &body, Reply *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = malformedReply(u"unexpected body: %1"_s.arg(parseError.errorString()));
        return std::nullopt;
    }
    return document.object();
}

QJsonObject urlIds(const QString &app, const QString &dev, const QJsonObject &bodyIds,
    const QJsonObject &storedIds)
{
    QJsonObject ids { { u"device_id"_s, dev },
        { u"application_ids"_s, QJsonObject { { u"application_id"_s, app } } } };
    for (const QString &eui : { u"dev_eui"_s, u"join_eui"_s }) {
        const QString value = bodyIds.contains(eui) ? bodyIds.value(eui).toString()
                                                    : storedIds.value(eui).toString();
        if (!value.isEmpty())
            ids.insert(eui, value.toUpper());
    }
    return ids;
}

Reply create(State &state, Application &app, const QString &appId, const IncomingRequest &request)
{
    Reply error;
    const auto body = parseBody(request.body, &error);
    if (!body)
        return error;
    QJsonObject device = body->value(u"end_device"_s).toObject();
    if (auto encoding = checkEncoding(device))
        return *encoding;
    const QJsonObject bodyIds = device.value(u"ids"_s).toObject();
    const QString devId = bodyIds.value(u"device_id"_s).toString();
    if (auto invalid = checkIsDevice(app, device, devId))
        return *invalid;
    if (app.is.contains(devId))
        return errorReply(Errors::idTaken());
    device.insert(u"ids"_s, urlIds(appId, devId, bodyIds, {}));
    const QString euis = euiKey(device.value(u"ids"_s).toObject());
    if (!euis.isEmpty() && state.isEuis.contains(euis)) {
        const QString owner = state.isEuis.value(euis);
        return errorReply(Errors::isEuisTaken(euis.section(u'/', 0, 0), euis.section(u'/', 1),
            owner.section(u'/', 0, 0), owner.section(u'/', 1)));
    }
    IsRecord record;
    record.device = device;
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.updatedAt = record.createdAt;
    app.is.insert(devId, record);
    if (!euis.isEmpty())
        state.isEuis.insert(euis, appId + u'/' + devId);
    Reply reply = json(withActivity(state, app, devId, record));
    reply.isSuccessfulWrite = true;
    return reply;
}

std::optional<Reply> checkRegistryDevice(TtsServer server, const QJsonObject &device, bool isNew)
{
    const QJsonObject ids = device.value(u"ids"_s).toObject();
    const QString joinEui = ids.value(u"join_eui"_s).toString();
    const QString devEui = ids.value(u"dev_eui"_s).toString();
    if (server == TtsServer::Join) {
        if (joinEui.isEmpty())
            return errorReply(Errors::noJoinEui());
        if (devEui.isEmpty() || allZero(devEui))
            return errorReply(Errors::noDevEui());
        const QString appKey = FieldMask::valueAt(device, u"root_keys.app_key.key"_s).toString();
        if (appKey.isEmpty() || allZero(appKey))
            return errorReply(Errors::fieldValue(
                u"joinserver"_s, u"root_keys.app_key.key"_s, u"field_is_zero"_s));
        return std::nullopt;
    }
    if (server != TtsServer::Network)
        return std::nullopt;
    for (const QString &field :
        { u"frequency_plan_id"_s, u"lorawan_version"_s, u"lorawan_phy_version"_s }) {
        if (isNew && device.value(field).toString().isEmpty())
            return errorReply(Errors::fieldValue(u"networkserver"_s, field, u"field_is_zero"_s));
    }
    const QString plan = device.value(u"frequency_plan_id"_s).toString();
    if (!plan.isEmpty() && !FrequencyPlanCatalog::contains(plan))
        return errorReply(Errors::frequencyPlanNotFound(plan));
    // Class B needs a ping slot periodicity (TTS NS Set).
    if (device.value(u"supports_class_b"_s).toBool()
        && FieldMask::valueAt(device, u"mac_settings.ping_slot_periodicity"_s).isUndefined())
        return errorReply(Errors::fieldValue(
            u"networkserver"_s, u"mac_settings.ping_slot_periodicity.value"_s, u"field_is_zero"_s));
    const bool otaa = device.value(u"supports_join"_s).toBool();
    const QJsonObject session = device.value(u"session"_s).toObject();
    if (otaa && (joinEui.isEmpty() || devEui.isEmpty()))
        return errorReply(
            Errors::fieldValue(u"networkserver"_s, u"ids.dev_eui"_s, u"field_is_zero"_s));
    if (!otaa) {
        if (!FieldMask::valueAt(device, u"session.keys.session_key_id"_s).isUndefined())
            return errorReply(Errors::fieldValue(
                u"networkserver"_s, u"session.keys.session_key_id"_s, u"field_not_zero"_s));
        if (session.value(u"dev_addr"_s).toString().isEmpty())
            return errorReply(
                Errors::fieldValue(u"networkserver"_s, u"session.dev_addr"_s, u"field_is_zero"_s));
        if (FieldMask::valueAt(device, u"session.keys.f_nwk_s_int_key.key"_s).toString().isEmpty())
            return errorReply(Errors::fieldValue(
                u"networkserver"_s, u"session.keys.f_nwk_s_int_key.key"_s, u"field_is_zero"_s));
    }
    if (otaa && !session.isEmpty()
        && FieldMask::valueAt(device, u"session.keys.session_key_id"_s).isUndefined())
        return errorReply(Errors::fieldValue(
            u"networkserver"_s, u"session.keys.session_key_id"_s, u"field_is_zero"_s));
    return std::nullopt;
}

Reply set(State &state, Application &app, const QString &appId, const Route &route,
    const IncomingRequest &request, const QStringList &rights)
{
    Reply error;
    const auto body = parseBody(request.body, &error);
    if (!body)
        return error;
    const QJsonObject device = body->value(u"end_device"_s).toObject();
    if (auto encoding = checkEncoding(device))
        return *encoding;
    QStringList paths;
    const QJsonArray maskPaths
        = body->value(u"field_mask"_s).toObject().value(u"paths"_s).toArray();
    for (const QJsonValue &path : maskPaths)
        paths << path.toString();
    if (auto maskError = FieldMask::check(route.server, paths))
        return errorReply(*maskError);
    if (FieldMask::needsKeyRights(paths) && !rights.contains(kWriteKeys))
        return errorReply(Errors::insufficientRights({ kWriteKeys }));

    QMap<QString, QJsonObject> &records = state.records(app, route.server);
    const bool isNew = !records.contains(route.dev);
    QJsonObject stored = records.value(route.dev);
    stored.insert(u"ids"_s,
        urlIds(appId, route.dev, device.value(u"ids"_s).toObject(),
            stored.value(u"ids"_s).toObject()));
    FieldMask::apply(stored, device, paths);
    if (auto invalid = checkRegistryDevice(route.server, stored, isNew))
        return *invalid;
    QHash<QString, QString> &euis = state.euis(route.server);
    const QString key = euiKey(stored.value(u"ids"_s).toObject());
    const QString self = appId + u'/' + route.dev;
    if (!key.isEmpty() && euis.contains(key) && euis.value(key) != self) {
        const QString owner = euis.value(key);
        return errorReply(Errors::registryEuisTaken(key.section(u'/', 0, 0), key.section(u'/', 1),
            owner.section(u'/', 0, 0), owner.section(u'/', 1)));
    }
    const QString oldKey = euiKey(records.value(route.dev).value(u"ids"_s).toObject());
    if (!oldKey.isEmpty() && oldKey != key)
        euis.remove(oldKey);
    if (!key.isEmpty())
        euis.insert(key, self);
    records.insert(route.dev, stored);
    Reply reply = json(FieldMask::select(stored, paths + QStringList { u"ids"_s }));
    reply.isSuccessfulWrite = true;
    return reply;
}

Reply removeRegistry(State &state, Application &app, const Route &route)
{
    QMap<QString, QJsonObject> &records = state.records(app, route.server);
    if (!records.contains(route.dev))
        return errorReply(Errors::registryDeviceNotFound(serverName(route.server)));
    const QString key = euiKey(records.value(route.dev).value(u"ids"_s).toObject());
    if (!key.isEmpty())
        state.euis(route.server).remove(key);
    records.remove(route.dev);
    Reply reply = json({});
    reply.isSuccessfulWrite = true;
    return reply;
}

Reply removeIs(State &state, Application &app, const QString &appId, const QString &devId)
{
    if (!app.is.contains(devId))
        return errorReply(Errors::isDeviceNotFound(appId, devId));
    const QString key = euiKey(app.is.value(devId).device.value(u"ids"_s).toObject());
    if (!key.isEmpty())
        state.isEuis.remove(key);
    app.is.remove(devId);
    Reply reply = json({});
    reply.isSuccessfulWrite = true;
    return reply;
}

// The link's writable paths (ApplicationLink: default_formatters, skip_payload_crypto).
const QStringList kLinkPaths { u"default_formatters"_s, u"default_formatters.up_formatter"_s,
    u"default_formatters.up_formatter_parameter"_s, u"default_formatters.down_formatter"_s,
    u"default_formatters.down_formatter_parameter"_s, u"skip_payload_crypto"_s };
constexpr int kMaxFormatterParameter = 40960; // as.formatters.max-parameter-length

Reply getLink(const Application &app, const IncomingRequest &request)
{
    const QStringList paths
        = request.query.queryItemValue(u"field_mask"_s).split(u',', Qt::SkipEmptyParts);
    return json(paths.isEmpty() ? app.link : FieldMask::select(app.link, paths));
}

// SetLink: only the listed paths change; a listed path absent from the body is cleared.
Reply setLink(Application &app, const IncomingRequest &request)
{
    Reply error;
    const auto body = parseBody(request.body, &error);
    if (!body)
        return error;
    const QJsonObject link = body->value(u"link"_s).toObject();
    QStringList paths;
    for (const QJsonValue &path :
        body->value(u"field_mask"_s).toObject().value(u"paths"_s).toArray())
        paths << path.toString();
    QStringList forbidden;
    for (const QString &path : std::as_const(paths))
        if (!kLinkPaths.contains(path))
            forbidden << path;
    if (!forbidden.isEmpty())
        return errorReply(Errors::fieldMaskPaths(forbidden));
    const QJsonObject formatters = link.value(u"default_formatters"_s).toObject();
    for (const QString &name : { u"up_formatter_parameter"_s, u"down_formatter_parameter"_s }) {
        if (formatters.value(name).toString().size() > kMaxFormatterParameter)
            return errorReply(Errors::validation(
                u"default_formatters."_s + name, u"value length must be at most 40960"_s));
    }
    QJsonObject stored = app.link;
    QJsonObject storedFormatters = stored.value(u"default_formatters"_s).toObject();
    for (const QString &path : std::as_const(paths)) {
        if (path == u"skip_payload_crypto") {
            if (link.contains(path))
                stored.insert(path, link.value(path));
            else
                stored.remove(path);
        } else if (path == u"default_formatters") {
            storedFormatters = formatters;
        } else {
            const QString name = path.mid(int(qstrlen("default_formatters.")));
            const QJsonValue value = formatters.value(name);
            // The zero values (FORMATTER_NONE, "") are not written, as TTS's JSON leaves them out.
            if (value.isUndefined() || value.toString().isEmpty()
                || value.toString() == u"FORMATTER_NONE")
                storedFormatters.remove(name);
            else
                storedFormatters.insert(name, value);
        }
    }
    if (storedFormatters.isEmpty())
        stored.remove(u"default_formatters"_s);
    else
        stored.insert(u"default_formatters"_s, storedFormatters);
    app.link = stored;
    Reply reply = json(stored);
    reply.isSuccessfulWrite = true;
    return reply;
}

QStringList neededRights(const Route &route)
{
    switch (route.kind) {
    case Route::Kind::LinkGet:
    case Route::Kind::LinkSet:
        return { u"RIGHT_APPLICATION_SETTINGS_BASIC"_s };
    case Route::Kind::List:
    case Route::Kind::IsGet:
    case Route::Kind::RegistryGet:
        return { kRead };
    case Route::Kind::Create:
    case Route::Kind::IsDelete:
    case Route::Kind::Set:
    case Route::Kind::RegistryDelete:
        return { kWrite };
    default:
        return {};
    }
}

} // namespace

Reply handleRoute(
    State &state, const IncomingRequest &request, ApiKeys::Check auth, const QString &keyId)
{
    const Route route = parseRoute(request.method, request.path);
    if (route.kind == Route::Kind::None) {
        ErrorSpec s { 5, u"pkg/ttsemulator"_s, u"route_not_found"_s,
            u"no route for %1 %2"_s.arg(QString::fromLatin1(request.method), request.path), {},
            {} };
        return errorReply(s);
    }
    switch (auth) {
    case ApiKeys::Check::BadToken:
        return errorReply(Errors::token());
    case ApiKeys::Check::UnknownKey:
        return errorReply(Errors::apiKeyNotFound());
    case ApiKeys::Check::WrongSecret:
        return errorReply(Errors::invalidAuthorization());
    case ApiKeys::Check::Ok:
    case ApiKeys::Check::Missing:
        break;
    }
    const bool known = state.applications.contains(route.app);
    const QStringList rights
        = auth == ApiKeys::Check::Ok && known ? state.keys.rights(keyId, route.app) : QStringList();
    if (route.kind == Route::Kind::Rights) {
        // {} for an unknown application and for a key without access alike (§2).
        if (rights.isEmpty())
            return json({});
        return json({ { u"rights"_s, QJsonArray::fromStringList(rights) } });
    }
    if (rights.isEmpty())
        return errorReply(Errors::noApplicationRights(route.app));
    QStringList missing;
    for (const QString &right : neededRights(route)) {
        if (!rights.contains(right))
            missing << right;
    }
    if (!missing.isEmpty())
        return errorReply(Errors::insufficientRights(missing));

    Application &app = state.applications[route.app];
    switch (route.kind) {
    case Route::Kind::List:
        return list(state, app, request);
    case Route::Kind::Create:
        return create(state, app, route.app, request);
    case Route::Kind::IsGet: {
        if (!app.is.contains(route.dev))
            return errorReply(Errors::isDeviceNotFound(route.app, route.dev));
        QStringList paths;
        if (auto error = readMask(request, &paths))
            return *error;
        return json(masked(withActivity(state, app, route.dev, app.is.value(route.dev)), paths));
    }
    case Route::Kind::IsDelete:
        return removeIs(state, app, route.app, route.dev);
    case Route::Kind::Set:
        return set(state, app, route.app, route, request, rights);
    case Route::Kind::RegistryGet: {
        const QStringList paths
            = request.query.queryItemValue(u"field_mask"_s).split(u',', Qt::SkipEmptyParts);
        if (auto maskError = FieldMask::checkGet(route.server, paths))
            return errorReply(*maskError);
        // Keys are read only with READ_KEYS (the JS's root keys, the NS's and AS's sessions).
        if (FieldMask::readsKeys(paths) && !rights.contains(kReadKeys))
            return errorReply(Errors::insufficientRights({ kReadKeys }));
        const QMap<QString, QJsonObject> &records = state.records(app, route.server);
        if (!records.contains(route.dev))
            return errorReply(Errors::registryDeviceNotFound(serverName(route.server)));
        return json(FieldMask::select(records.value(route.dev), paths + QStringList { u"ids"_s }));
    }
    case Route::Kind::RegistryDelete:
        return removeRegistry(state, app, route);
    case Route::Kind::LinkGet:
        return getLink(app, request);
    case Route::Kind::LinkSet:
        return setLink(app, request);
    default:
        break;
    }
    return malformedReply(u"unsupported"_s);
}

} // namespace ttsemu

#include "fuzzcheck.h"

#include "convert/deviceconverter.h"
#include "v2/v2deviceparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool isUpperHex(const QString &text, int digits)
{
    static const QRegularExpression upperHex(u"^[0-9A-F]*$"_s);
    return text.size() == digits && upperHex.match(text).hasMatch();
}

// Key values as the input spelled them, so a reason or warning that quotes one is caught.
QStringList rawKeysIn(const QByteArray &input)
{
    QStringList keys;
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    QJsonArray devices = doc.object().value(u"devices"_s).toArray();
    if (doc.isObject() && !doc.object().contains(u"devices"_s))
        devices.append(doc.object());
    for (const QJsonValue &device : std::as_const(devices)) {
        const QJsonObject lorawan = device.toObject().value(u"lorawan_device"_s).toObject();
        for (const QString &field : { u"app_key"_s, u"app_s_key"_s, u"nwk_s_key"_s }) {
            const QString value = lorawan.value(field).toString();
            if (value.size() >= 8)
                keys.append(value);
        }
    }
    return keys;
}

QString leakIn(const QString &text, const QStringList &keys)
{
    for (const QString &key : keys) {
        if (text.contains(key, Qt::CaseInsensitive))
            return u"a key value appears in: "_s + text.left(200);
    }
    return QString();
}

QString checkExportedJson(const DeviceOutcome &outcome)
{
    if (outcome.json.contains('\n'))
        return u"exported JSON contains a newline"_s;
    for (const char c : outcome.json) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return u"exported JSON is not pure ASCII"_s;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(outcome.json, &error);
    if (!doc.isObject())
        return u"exported JSON is not an object: "_s + error.errorString();
    const QJsonObject device = doc.object();
    const QJsonObject ids = device.value(u"ids"_s).toObject();
    static const QRegularExpression v3Id(u"^[a-z0-9](?:[-]?[a-z0-9]){2,}$"_s);
    const QString deviceId = ids.value(u"device_id"_s).toString();
    if (!v3Id.match(deviceId).hasMatch() || deviceId.size() > 36)
        return u"invalid v3 device_id exported: "_s + deviceId;
    if (!isUpperHex(ids.value(u"dev_eui"_s).toString(), 16))
        return u"dev_eui is not 16 uppercase hex digits"_s;
    const QJsonValue joinEui = ids.value(u"join_eui"_s);
    if (!joinEui.isUndefined() && !isUpperHex(joinEui.toString(), 16))
        return u"join_eui is not 16 uppercase hex digits"_s;
    const QJsonValue appKey
        = device.value(u"root_keys"_s).toObject().value(u"app_key"_s).toObject().value(u"key"_s);
    if (!appKey.isUndefined() && !isUpperHex(appKey.toString(), 32))
        return u"root_keys.app_key.key is not 32 uppercase hex digits"_s;
    if (device.contains(u"session"_s)) {
        const QJsonObject session = device.value(u"session"_s).toObject();
        const QJsonObject keys = session.value(u"keys"_s).toObject();
        if (!isUpperHex(session.value(u"dev_addr"_s).toString(), 8))
            return u"session.dev_addr is not 8 uppercase hex digits"_s;
        for (const QString &key : { u"f_nwk_s_int_key"_s, u"app_s_key"_s }) {
            if (!isUpperHex(keys.value(key).toObject().value(u"key"_s).toString(), 32))
                return u"session key %1 is not 32 uppercase hex digits"_s.arg(key);
        }
    }
    if (device.value(u"attributes"_s).toObject().size() > DeviceConverter::maxAttributes)
        return u"more than 10 attributes exported"_s;
    const QJsonObject keys = device.value(u"session"_s).toObject().value(u"keys"_s).toObject();
    if (keys.contains(u"session_key_id"_s) != device.value(u"supports_join"_s).toBool()
        && device.contains(u"session"_s))
        return u"session_key_id must be written for OTAA sessions only"_s;
    return QString();
}

QString checkOutcome(const DeviceOutcome &outcome, const QStringList &rawKeys)
{
    if (outcome.status == OutcomeStatus::Exported) {
        if (outcome.json.isEmpty())
            return u"exported without JSON"_s;
        if (const QString problem = checkExportedJson(outcome); !problem.isEmpty())
            return problem;
    } else {
        if (outcome.reason.isEmpty())
            return u"skipped or failed without a reason"_s;
        if (!outcome.json.isEmpty())
            return u"not exported, but JSON was produced"_s;
    }
    QString problem = leakIn(outcome.reason, rawKeys);
    for (const QString &warning : outcome.warnings)
        problem += leakIn(warning, rawKeys);
    return problem;
}

ConversionOptions fuzzOptions(bool withSession)
{
    ConversionOptions options;
    options.frequencyPlanId = u"EU_863_870_TTN"_s;
    options.withSession = withSession;
    options.exportTime = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    options.sessionKeyIdSource = [] { return QByteArray(16, '\x5a'); };
    return options;
}

} // namespace

QString FuzzCheck::run(const QByteArray &input)
{
    const QStringList rawKeys = rawKeysIn(input);
    QList<V2ParsedDevice> parsed;

    const V2DeviceListParse list = V2DeviceParser::parseList(input);
    if (list.ok())
        parsed += list.devices;
    else if (!list.devices.isEmpty())
        return u"parseList: fatal error but devices were returned"_s;
    else if (const QString leak = leakIn(list.fatalError, rawKeys); !leak.isEmpty())
        return leak;
    parsed.append(V2DeviceParser::parseDevice(input));

    static const DeviceConverter withoutSession(fuzzOptions(false));
    static const DeviceConverter withSession(fuzzOptions(true));
    for (const V2ParsedDevice &device : std::as_const(parsed)) {
        if (const QString leak = leakIn(device.error, rawKeys); !leak.isEmpty())
            return u"parser: "_s + leak;
        for (const DeviceConverter *converter : { &withoutSession, &withSession }) {
            const DeviceOutcome outcome = converter->convert(device);
            if (!device.ok() && outcome.status == OutcomeStatus::Exported)
                return u"a device the parser rejected was exported"_s;
            if (const QString problem = checkOutcome(outcome, rawKeys); !problem.isEmpty())
                return u"converter: "_s + problem;
        }
    }
    return QString();
}

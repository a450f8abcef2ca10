#include "emudevice.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ttnv2emu {

bool isValidV2Id(const QString &id)
{
    static const QRegularExpression rule(u"^[0-9a-z](?:[_-]?[0-9a-z]){1,35}$"_s);
    return rule.match(id).hasMatch();
}

bool parseHexField(const QJsonValue &value, int byteLength, QByteArray *upperHex)
{
    upperHex->clear();
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    const QByteArray text = value.toString().toLatin1().toUpper();
    if (text.isEmpty())
        return true;
    if (text.size() != byteLength * 2)
        return false;
    bool allZero = true;
    for (const char c : text) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
        if (!hex)
            return false;
        allZero = allZero && c == '0';
    }
    if (!allZero)
        *upperHex = text;
    return true;
}

namespace {

// jsonpb accepts numbers both bare and quoted.
bool readNumber(const QJsonValue &value, double *out)
{
    if (value.isUndefined() || value.isNull()) {
        *out = 0;
        return true;
    }
    if (value.isDouble()) {
        *out = value.toDouble();
        return true;
    }
    if (value.isString()) {
        bool ok = false;
        *out = value.toString().toDouble(&ok);
        return ok;
    }
    return false;
}

bool readUInt32(const QJsonValue &value, quint32 *out)
{
    double number = 0;
    if (!readNumber(value, &number) || number < 0 || number > 4294967295.0
        || std::floor(number) != number)
        return false;
    *out = static_cast<quint32>(number);
    return true;
}

bool readInt32(const QJsonValue &value, qint32 *out)
{
    double number = 0;
    if (!readNumber(value, &number) || number < -2147483648.0 || number > 2147483647.0
        || std::floor(number) != number)
        return false;
    *out = static_cast<qint32>(number);
    return true;
}

// int64 is quoted in jsonpb; a double would lose nanosecond precision, so parse the text.
bool readInt64(const QJsonValue &value, qint64 *out)
{
    *out = 0;
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isString()) {
        bool ok = false;
        *out = value.toString().toLongLong(&ok);
        return ok;
    }
    if (value.isDouble()) {
        *out = static_cast<qint64>(value.toDouble());
        return true;
    }
    return false;
}

bool readBool(const QJsonValue &value, bool *out)
{
    if (value.isUndefined() || value.isNull()) {
        *out = false;
        return true;
    }
    if (!value.isBool())
        return false;
    *out = value.toBool();
    return true;
}

bool readString(const QJsonValue &value, QString *out)
{
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

QString fieldError(const char *field)
{
    return u"invalid argument: %1 not valid"_s.arg(QLatin1String(field));
}

QString readLorawan(const QJsonObject &lorawan, Device *d)
{
    struct HexField
    {
        const char *name;
        int bytes;
        QByteArray *target;
    };
    const HexField hexFields[] = {
        { "app_eui", 8, &d->appEui },
        { "dev_eui", 8, &d->devEui },
        { "dev_addr", 4, &d->devAddr },
        { "app_key", 16, &d->appKey },
        { "app_s_key", 16, &d->appSKey },
        { "nwk_s_key", 16, &d->nwkSKey },
    };
    for (const HexField &field : hexFields) {
        if (!parseHexField(lorawan.value(QLatin1String(field.name)), field.bytes, field.target))
            return fieldError(field.name);
    }
    if (!readUInt32(lorawan.value("f_cnt_up"_L1), &d->fCntUp))
        return fieldError("f_cnt_up");
    if (!readUInt32(lorawan.value("f_cnt_down"_L1), &d->fCntDown))
        return fieldError("f_cnt_down");
    if (!readBool(lorawan.value("disable_f_cnt_check"_L1), &d->disableFCntCheck))
        return fieldError("disable_f_cnt_check");
    if (!readBool(lorawan.value("uses32_bit_f_cnt"_L1), &d->uses32BitFCnt))
        return fieldError("uses32_bit_f_cnt");
    if (!readString(lorawan.value("activation_constraints"_L1), &d->activationConstraints))
        return fieldError("activation_constraints");
    if (!readInt64(lorawan.value("last_seen"_L1), &d->lastSeenNs))
        return fieldError("last_seen");
    return {};
}

QString readTopLevel(const QJsonObject &json, Device *d)
{
    if (!readString(json.value("description"_L1), &d->description))
        return fieldError("description");
    if (!readNumber(json.value("latitude"_L1), &d->latitude) || !std::isfinite(d->latitude))
        return fieldError("latitude");
    if (!readNumber(json.value("longitude"_L1), &d->longitude) || !std::isfinite(d->longitude))
        return fieldError("longitude");
    if (!readInt32(json.value("altitude"_L1), &d->altitude))
        return fieldError("altitude");
    const QJsonValue attributes = json.value("attributes"_L1);
    if (!attributes.isUndefined() && !attributes.isNull()) {
        if (!attributes.isObject())
            return fieldError("attributes");
        const QJsonObject map = attributes.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isString())
                return fieldError("attributes");
            d->attributes[it.key()] = it.value().toString();
        }
    }
    return {};
}

} // namespace

DeviceParse parseDevice(
    const QJsonObject &json, const QString &appId, const QString &devId, bool lenient)
{
    DeviceParse result;
    Device &d = result.device;
    d.appId = appId.isEmpty() ? json.value("app_id"_L1).toString() : appId;
    d.devId = devId.isEmpty() ? json.value("dev_id"_L1).toString() : devId;
    if (!isValidV2Id(d.appId)) {
        result.error = fieldError("app_id");
        return result;
    }
    if (!isValidV2Id(d.devId)) {
        result.error = fieldError("dev_id");
        return result;
    }
    result.error = readTopLevel(json, &d);
    if (!result.ok())
        return result;

    const QJsonValue lorawanValue = json.value("lorawan_device"_L1);
    if (!lorawanValue.isObject()) {
        result.error = u"invalid argument: lorawan_device not valid: can not be empty"_s;
        return result;
    }
    const QJsonObject lorawan = lorawanValue.toObject();
    QString innerAppId = lorawan.value("app_id"_L1).toString();
    QString innerDevId = lorawan.value("dev_id"_L1).toString();
    if (lenient) {
        if (innerAppId.isEmpty())
            innerAppId = d.appId;
        if (innerDevId.isEmpty())
            innerDevId = d.devId;
    }
    // The handler validates the IDs on both levels and they must name the same device.
    if (!isValidV2Id(innerAppId) || innerAppId != d.appId) {
        result.error = fieldError("lorawan_device.app_id");
        return result;
    }
    if (!isValidV2Id(innerDevId) || innerDevId != d.devId) {
        result.error = fieldError("lorawan_device.dev_id");
        return result;
    }
    result.error = readLorawan(lorawan, &d);
    return result;
}

} // namespace ttnv2emu

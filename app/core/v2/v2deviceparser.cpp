#include "v2/v2deviceparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Reads the fields of one device; the first problem is kept and fails the device.
class FieldReader
{
public:
    explicit FieldReader(V2ParsedDevice &out) : m_out(out) { }

    bool failed() const { return !m_out.error.isEmpty(); }
    void fail(const QString &reason)
    {
        if (m_out.error.isEmpty())
            m_out.error = reason;
    }

    QString string(const QJsonObject &object, QLatin1StringView field)
    {
        const QJsonValue value = object.value(field);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            fail(QCoreApplication::translate("V2DeviceParser", "field \"%1\" is not a string").arg(field));
            return {};
        }
        QString text = value.toString();
        if (text.size() > V2DeviceParser::maxStringLength) {
            fail(QCoreApplication::translate("V2DeviceParser", "field \"%1\" is too long (%2 characters)").arg(field).arg(text.size()));
            return {};
        }
        return text;
    }

    // Hex of a fixed length; "" (or absent) = unset. Lowercase is accepted (v2 parses hex
    // case-insensitively) and normalised with a warning. Errors never quote the value.
    QString hex(const QJsonObject &object, QLatin1StringView field, int digits)
    {
        const QJsonValue value = object.value(field);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            fail(QCoreApplication::translate("V2DeviceParser", "field \"%1\" is not a string").arg(field));
            return {};
        }
        QString text = value.toString();
        if (text.isEmpty())
            return text;
        bool lowercase = false;
        bool valid = text.size() == digits;
        for (qsizetype i = 0; valid && i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (c >= u'a' && c <= u'f')
                lowercase = true;
            else if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F')))
                valid = false;
        }
        if (!valid) {
            fail(QCoreApplication::translate("V2DeviceParser", "field \"%1\" is not %2 hexadecimal digits").arg(field).arg(digits));
            return {};
        }
        if (lowercase) {
            text = text.toUpper();
            m_out.warnings.append(QCoreApplication::translate("V2DeviceParser", "field \"%1\" was lowercase hex; written in uppercase").arg(field));
        }
        return text;
    }

    bool boolean(const QJsonObject &object, QLatin1StringView field)
    {
        const QJsonValue value = object.value(field);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool()) {
            fail(QCoreApplication::translate("V2DeviceParser", "field \"%1\" is not true or false").arg(field));
            return false;
        }
        return value.toBool();
    }

    // A JSON number, or a number in a string (jsonpb quotes 64-bit integers).
    double number(const QJsonObject &object, QLatin1StringView field, bool *present = nullptr)
    {
        const QJsonValue value = object.value(field);
        if (present)
            *present = !(value.isUndefined() || value.isNull());
        if (value.isUndefined() || value.isNull())
            return 0;
        double result = 0;
        bool ok = false;
        if (value.isDouble()) {
            result = value.toDouble();
            ok = true;
        } else if (value.isString() && value.toString().size() < 64) {
            result = value.toString().trimmed().toDouble(&ok);
        }
        if (!ok || !std::isfinite(result)) {
            fail(QCoreApplication::translate("V2DeviceParser", "field \"%1\" is not a number").arg(field));
            return 0;
        }
        return result;
    }

    qint64 integer(const QJsonObject &object, QLatin1StringView field, double min, double max)
    {
        const QJsonValue value = object.value(field);
        // Quoted int64 (jsonpb) is read exactly; anything else via double.
        if (value.isString()) {
            bool ok = false;
            const qint64 result = value.toString().trimmed().toLongLong(&ok);
            if (ok && double(result) >= min && double(result) <= max)
                return result;
        }
        if (value.isDouble()) {
            const qint64 exact = value.toInteger(std::numeric_limits<qint64>::min());
            if (exact != std::numeric_limits<qint64>::min() && double(exact) >= min && double(exact) <= max)
                return exact;
        }
        if (value.isUndefined() || value.isNull())
            return 0;
        const double result = number(object, field);
        if (failed())
            return 0;
        if (result != std::floor(result) || result < min || result > max) {
            fail(QCoreApplication::translate("V2DeviceParser", "field \"%1\" is not a whole number in the allowed range").arg(field));
            return 0;
        }
        return qint64(result);
    }

    QList<QPair<QString, QString>> attributes(const QJsonValue &value)
    {
        QList<QPair<QString, QString>> result;
        if (value.isUndefined() || value.isNull())
            return result;
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (object.size() > V2DeviceParser::maxAttributes) {
                fail(QCoreApplication::translate("V2DeviceParser", "field \"attributes\" has too many entries (%1)").arg(object.size()));
                return {};
            }
            result.reserve(object.size());
            for (auto it = object.constBegin(); it != object.constEnd() && !failed(); ++it)
                addAttribute(result, it.key(), it.value());
            return result;
        }
        if (value.isArray()) {
            // The generated v2 docs render maps as [{"key":…,"value":…}]; accept that too.
            const QJsonArray array = value.toArray();
            if (array.size() > V2DeviceParser::maxAttributes) {
                fail(QCoreApplication::translate("V2DeviceParser", "field \"attributes\" has too many entries (%1)").arg(array.size()));
                return {};
            }
            for (const QJsonValue &entry : array) {
                const QJsonValue key = entry.toObject().value("key"_L1);
                if (!entry.isObject() || !key.isString()) {
                    fail(QCoreApplication::translate("V2DeviceParser", "field \"attributes\" is not an object of strings"));
                    return {};
                }
                addAttribute(result, key.toString(), entry.toObject().value("value"_L1));
                if (failed())
                    return {};
            }
            return result;
        }
        fail(QCoreApplication::translate("V2DeviceParser", "field \"attributes\" is not an object of strings"));
        return result;
    }

private:
    void addAttribute(QList<QPair<QString, QString>> &list, const QString &key, const QJsonValue &value)
    {
        if (!(value.isString() || value.isNull() || value.isUndefined())) {
            fail(QCoreApplication::translate("V2DeviceParser", "attribute \"%1\" is not a string").arg(key.left(64)));
            return;
        }
        const QString text = value.toString();
        if (key.size() > V2DeviceParser::maxStringLength || text.size() > V2DeviceParser::maxStringLength) {
            fail(QCoreApplication::translate("V2DeviceParser", "an attribute is too long"));
            return;
        }
        list.append({key, text});
    }

    V2ParsedDevice &m_out;
};

QString jsonProblem(const QJsonParseError &error)
{
    return QCoreApplication::translate("V2DeviceParser", "the response from v2 is not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
}

} // namespace

V2ParsedDevice V2DeviceParser::parseDeviceObject(const QJsonObject &object)
{
    V2ParsedDevice out;
    FieldReader read(out);
    V2Device &d = out.device;

    const QJsonValue lorawanValue = object.value("lorawan_device"_L1);
    QJsonObject lorawan;
    if (lorawanValue.isObject())
        lorawan = lorawanValue.toObject();
    else if (!lorawanValue.isUndefined() && !lorawanValue.isNull())
        read.fail(QCoreApplication::translate("V2DeviceParser", "field \"lorawan_device\" is not an object"));

    // The IDs come first so that a failed device can still be named.
    d.devId = read.string(object, "dev_id"_L1);
    if (d.devId.isEmpty() && !read.failed())
        d.devId = read.string(lorawan, "dev_id"_L1);
    d.appId = read.string(object, "app_id"_L1);
    if (d.appId.isEmpty() && !read.failed())
        d.appId = read.string(lorawan, "app_id"_L1);
    if (d.devId.size() > 128 || d.appId.size() > 128) {
        d.devId = d.devId.left(128);
        read.fail(QCoreApplication::translate("V2DeviceParser", "the device or application ID is too long"));
    }
    if (d.devId.isEmpty())
        read.fail(QCoreApplication::translate("V2DeviceParser", "the device has no \"dev_id\""));

    d.description = read.string(object, "description"_L1);
    d.latitude = read.number(object, "latitude"_L1);
    d.longitude = read.number(object, "longitude"_L1);
    d.altitude = qint32(read.integer(object, "altitude"_L1, std::numeric_limits<qint32>::min(),
                                     std::numeric_limits<qint32>::max()));
    if (std::fabs(d.latitude) > 90)
        read.fail(QCoreApplication::translate("V2DeviceParser", "field \"latitude\" is out of range"));
    if (std::fabs(d.longitude) > 180)
        read.fail(QCoreApplication::translate("V2DeviceParser", "field \"longitude\" is out of range"));
    d.attributes = read.attributes(object.value("attributes"_L1));

    d.appEui = read.hex(lorawan, "app_eui"_L1, 16);
    d.devEui = read.hex(lorawan, "dev_eui"_L1, 16);
    d.devAddr = read.hex(lorawan, "dev_addr"_L1, 8);
    d.appKey = read.hex(lorawan, "app_key"_L1, 32);
    d.appSKey = read.hex(lorawan, "app_s_key"_L1, 32);
    d.nwkSKey = read.hex(lorawan, "nwk_s_key"_L1, 32);
    d.fCntUp = quint32(read.integer(lorawan, "f_cnt_up"_L1, 0, std::numeric_limits<quint32>::max()));
    d.fCntDown = quint32(read.integer(lorawan, "f_cnt_down"_L1, 0, std::numeric_limits<quint32>::max()));
    d.disableFCntCheck = read.boolean(lorawan, "disable_f_cnt_check"_L1);
    d.uses32BitFCnt = read.boolean(lorawan, "uses32_bit_f_cnt"_L1);
    d.activationConstraints = read.string(lorawan, "activation_constraints"_L1);
    d.lastSeenNs = read.integer(lorawan, "last_seen"_L1, double(std::numeric_limits<qint64>::min()),
                                double(std::numeric_limits<qint64>::max()));

    if (!out.ok())
        out.warnings.clear();   // a failed device reports its one reason, nothing else
    return out;
}

V2ParsedDevice V2DeviceParser::parseDevice(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        V2ParsedDevice out;
        out.error = jsonProblem(error);
        return out;
    }
    if (!document.isObject()) {
        V2ParsedDevice out;
        out.error = QCoreApplication::translate("V2DeviceParser", "the response from v2 is not a JSON object");
        return out;
    }
    return parseDeviceObject(document.object());
}

V2DeviceListParse V2DeviceParser::parseList(const QByteArray &body)
{
    V2DeviceListParse result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        result.fatalError = jsonProblem(error);
        return result;
    }
    if (!document.isObject()) {
        result.fatalError = QCoreApplication::translate("V2DeviceParser", "the device list from v2 is not a JSON object");
        return result;
    }
    const QJsonValue devices = document.object().value("devices"_L1);
    if (devices.isUndefined() || devices.isNull())
        return result;   // jsonpb omits an empty list: {} is an application without devices
    if (!devices.isArray()) {
        result.fatalError = QCoreApplication::translate("V2DeviceParser", "the field \"devices\" in the device list from v2 is not a list");
        return result;
    }
    const QJsonArray array = devices.toArray();
    result.devices.reserve(array.size());
    for (const QJsonValue &entry : array) {
        if (entry.isObject()) {
            result.devices.append(parseDeviceObject(entry.toObject()));
        } else {
            V2ParsedDevice failed;
            failed.error = QCoreApplication::translate("V2DeviceParser", "a device in the list is not a JSON object");
            result.devices.append(failed);
        }
    }
    return result;
}

#include "v2/v2deviceparser.h"

#include "http/jsonreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <charconv>
#include <cmath>
#include <limits>

// The byte parsers read the JSON in one pass with JsonReader and fill V2Device directly: no
// DOM, so 100,000 devices parse in about a second. parseDeviceObject() serialises its object
// and takes the same path, so there is one set of rules.

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("V2DeviceParser", text);
}

QString fieldProblem(const char *text, QByteArrayView field)
{
    return QCoreApplication::translate("V2DeviceParser", text).arg(QString::fromUtf8(field));
}

// A JSON number (or the text of a quoted one), parsed exactly. Integers are read as integers,
// so 64-bit values such as last_seen keep every digit.
struct Number
{
    bool ok = false;
    bool isInteger = false;
    qint64 integer = 0;
    double value = 0;
};

Number parseNumber(QByteArrayView text)
{
    Number n;
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 64)
        return n;
    const char *first = text.data();
    const char *last = first + text.size();
    if (!text.contains('.') && !text.contains('e') && !text.contains('E')) {
        const auto [end, error] = std::from_chars(first, last, n.integer);
        if (error == std::errc() && end == last) {
            n.ok = n.isInteger = true;
            n.value = double(n.integer);
            return n;
        }
    }
    const auto [end, error] = std::from_chars(first, last, n.value);
    n.ok = error == std::errc() && end == last && std::isfinite(n.value);
    return n;
}

class DeviceReader
{
public:
    DeviceReader(JsonReader &json, V2ParsedDevice &out)
        : m_json(json)
        , m_out(out)
    {
    }

    // Reads one device object. False only on a syntax error (the whole body is then unusable).
    bool read()
    {
        QString lorawanDevId, lorawanAppId;
        V2Device &d = m_out.device;
        if (!m_json.beginObject())
            return false;
        QByteArray key;
        while (m_json.nextKey(key)) {
            bool ok = true;
            if (key == "dev_id")
                ok = string(key, d.devId);
            else if (key == "app_id")
                ok = string(key, d.appId);
            else if (key == "description")
                ok = string(key, d.description);
            else if (key == "latitude")
                ok = real(key, d.latitude, 90);
            else if (key == "longitude")
                ok = real(key, d.longitude, 180);
            else if (key == "altitude")
                ok = integer(key, d.altitude);
            else if (key == "attributes")
                ok = attributes(d.attributes);
            else if (key == "lorawan_device")
                ok = lorawan(lorawanDevId, lorawanAppId);
            else
                ok = m_json.skipValue();
            if (!ok)
                return false;
        }
        if (m_json.failed())
            return false;

        if (d.devId.isEmpty())
            d.devId = lorawanDevId;
        if (d.appId.isEmpty())
            d.appId = lorawanAppId;
        if (d.devId.size() > 128 || d.appId.size() > 128) {
            d.devId.truncate(128);
            fail(translated(
                QT_TRANSLATE_NOOP("V2DeviceParser", "the device or application ID is too long")));
        }
        if (d.devId.isEmpty())
            fail(translated(QT_TRANSLATE_NOOP("V2DeviceParser", "the device has no \"dev_id\"")));
        if (!m_out.ok())
            m_out.warnings.clear(); // a failed device reports its one reason, nothing else
        return true;
    }

private:
    void fail(const QString &reason)
    {
        if (m_out.error.isEmpty())
            m_out.error = reason;
    }

    // The value has the wrong type: the device fails, the value is skipped.
    bool wrongType(const char *problem, QByteArrayView field)
    {
        fail(fieldProblem(problem, field));
        return m_json.skipValue();
    }

    bool string(QByteArrayView field, QString &out)
    {
        switch (m_json.peek()) {
        case JsonReader::Type::Null:
            out.clear();
            return m_json.readNull();
        case JsonReader::Type::String:
            if (!m_json.readString(out))
                return false;
            if (out.size() > V2DeviceParser::maxStringLength) {
                fail(fieldProblem(
                    QT_TRANSLATE_NOOP("V2DeviceParser", "field \"%1\" is too long"), field));
                out.clear();
            }
            return true;
        default:
            return wrongType(
                QT_TRANSLATE_NOOP("V2DeviceParser", "field \"%1\" is not a string"), field);
        }
    }

    // Hex of a fixed length; "" (or absent) = unset. Lowercase is accepted (v2 parses hex
    // case-insensitively) and normalised with a warning. Problems never quote the value.
    bool hex(QByteArrayView field, QString &out, int digits)
    {
        if (!string(field, out))
            return false;
        if (out.isEmpty())
            return true;
        bool lowercase = false;
        bool valid = out.size() == digits;
        for (qsizetype i = 0; valid && i < out.size(); ++i) {
            const char16_t c = out.at(i).unicode();
            if (c >= u'a' && c <= u'f')
                lowercase = true;
            else if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F')))
                valid = false;
        }
        if (!valid) {
            out.clear();
            fail(QCoreApplication::translate(
                "V2DeviceParser", "field \"%1\" is not %2 hexadecimal digits")
                     .arg(QString::fromUtf8(field))
                     .arg(digits));
            return true;
        }
        if (lowercase) {
            out = out.toUpper();
            m_out.warnings.append(
                fieldProblem(QT_TRANSLATE_NOOP("V2DeviceParser",
                                 "field \"%1\" was lowercase hex; written in uppercase"),
                    field));
        }
        return true;
    }

    bool boolean(QByteArrayView field, bool &out)
    {
        switch (m_json.peek()) {
        case JsonReader::Type::Null:
            out = false;
            return m_json.readNull();
        case JsonReader::Type::Bool:
            return m_json.readBool(out);
        default:
            return wrongType(
                QT_TRANSLATE_NOOP("V2DeviceParser", "field \"%1\" is not true or false"), field);
        }
    }

    // A JSON number, or a number in a string (jsonpb quotes 64-bit integers). Null = 0.
    bool number(QByteArrayView field, Number &out)
    {
        QByteArrayView text;
        QString quoted;
        QByteArray quotedUtf8;
        switch (m_json.peek()) {
        case JsonReader::Type::Null:
            out = Number { true, true, 0, 0 };
            return m_json.readNull();
        case JsonReader::Type::Number:
            if (!m_json.readNumberText(text))
                return false;
            break;
        case JsonReader::Type::String:
            if (!m_json.readString(quoted))
                return false;
            quotedUtf8 = quoted.toUtf8();
            text = quotedUtf8;
            break;
        default:
            return wrongType(
                QT_TRANSLATE_NOOP("V2DeviceParser", "field \"%1\" is not a number"), field);
        }
        out = parseNumber(text);
        if (!out.ok)
            fail(fieldProblem(
                QT_TRANSLATE_NOOP("V2DeviceParser", "field \"%1\" is not a number"), field));
        return true;
    }

    bool real(QByteArrayView field, double &out, double limit)
    {
        Number n;
        if (!number(field, n))
            return false;
        if (!n.ok)
            return true;
        if (std::fabs(n.value) > limit)
            fail(fieldProblem(
                QT_TRANSLATE_NOOP("V2DeviceParser", "field \"%1\" is out of range"), field));
        else
            out = n.value;
        return true;
    }

    template <typename T> bool integer(QByteArrayView field, T &out)
    {
        Number n;
        if (!number(field, n))
            return false;
        if (!n.ok)
            return true;
        constexpr qint64 min = qint64(std::numeric_limits<T>::min());
        constexpr qint64 max = qint64(std::numeric_limits<T>::max());
        const bool inRange = n.isInteger
            ? (n.integer >= min && n.integer <= max)
            // double(max) of a 64-bit type rounds up to 2^63, which qint64 cannot hold: check
            // against 2^63 itself before the conversion, then the type's own maximum.
            : (n.value == std::floor(n.value) && n.value >= double(min) && n.value < 0x1p63
                && qint64(n.value) <= max);
        if (!inRange) {
            fail(fieldProblem(QT_TRANSLATE_NOOP("V2DeviceParser",
                                  "field \"%1\" is not a whole number in the allowed range"),
                field));
            return true;
        }
        out = T(n.isInteger ? n.integer : qint64(n.value));
        return true;
    }

    bool attributeValue(const QString &key, QList<QPair<QString, QString>> &out)
    {
        QString value;
        switch (m_json.peek()) {
        case JsonReader::Type::Null:
            if (!m_json.readNull())
                return false;
            break;
        case JsonReader::Type::String:
            if (!m_json.readString(value))
                return false;
            break;
        default:
            fail(QCoreApplication::translate("V2DeviceParser", "attribute \"%1\" is not a string")
                     .arg(key.left(64)));
            return m_json.skipValue();
        }
        if (key.size() > V2DeviceParser::maxStringLength
            || value.size() > V2DeviceParser::maxStringLength)
            fail(translated(QT_TRANSLATE_NOOP("V2DeviceParser", "an attribute is too long")));
        else if (out.size() >= V2DeviceParser::maxAttributes)
            fail(translated(
                QT_TRANSLATE_NOOP("V2DeviceParser", "field \"attributes\" has too many entries")));
        else
            out.append({ key, value });
        return true;
    }

    bool attributes(QList<QPair<QString, QString>> &out)
    {
        out.clear();
        QByteArray key;
        switch (m_json.peek()) {
        case JsonReader::Type::Null:
            return m_json.readNull();
        case JsonReader::Type::Object:
            if (!m_json.beginObject())
                return false;
            while (m_json.nextKey(key)) {
                if (!attributeValue(QString::fromUtf8(key), out))
                    return false;
            }
            return !m_json.failed();
        case JsonReader::Type::Array:
            // The generated v2 docs render maps as [{"key":…,"value":…}]; accept that too.
            if (!m_json.beginArray())
                return false;
            while (m_json.nextElement()) {
                if (m_json.peek() != JsonReader::Type::Object) {
                    fail(translated(QT_TRANSLATE_NOOP(
                        "V2DeviceParser", "field \"attributes\" is not an object of strings")));
                    if (!m_json.skipValue())
                        return false;
                    continue;
                }
                if (!m_json.beginObject())
                    return false;
                QString entryKey;
                bool hasKey = false;
                QList<QPair<QString, QString>> entry; // value read under a placeholder key
                while (m_json.nextKey(key)) {
                    bool ok = true;
                    if (key == "key") {
                        hasKey = m_json.peek() == JsonReader::Type::String;
                        ok = string("attributes", entryKey);
                    } else if (key == "value") {
                        entry.clear();
                        ok = attributeValue(QString(), entry);
                    } else {
                        ok = m_json.skipValue();
                    }
                    if (!ok)
                        return false;
                }
                if (m_json.failed())
                    return false;
                if (!hasKey)
                    fail(translated(QT_TRANSLATE_NOOP(
                        "V2DeviceParser", "field \"attributes\" is not an object of strings")));
                else if (out.size() >= V2DeviceParser::maxAttributes)
                    fail(translated(QT_TRANSLATE_NOOP(
                        "V2DeviceParser", "field \"attributes\" has too many entries")));
                else
                    out.append({ entryKey, entry.isEmpty() ? QString() : entry.first().second });
            }
            return !m_json.failed();
        default:
            fail(translated(QT_TRANSLATE_NOOP(
                "V2DeviceParser", "field \"attributes\" is not an object of strings")));
            return m_json.skipValue();
        }
    }

    bool lorawan(QString &devId, QString &appId)
    {
        V2Device &d = m_out.device;
        switch (m_json.peek()) {
        case JsonReader::Type::Null:
            return m_json.readNull();
        case JsonReader::Type::Object:
            break;
        default:
            return wrongType(QT_TRANSLATE_NOOP("V2DeviceParser", "field \"%1\" is not an object"),
                "lorawan_device");
        }
        if (!m_json.beginObject())
            return false;
        QByteArray key;
        while (m_json.nextKey(key)) {
            bool ok = true;
            if (key == "app_eui")
                ok = hex(key, d.appEui, 16);
            else if (key == "dev_eui")
                ok = hex(key, d.devEui, 16);
            else if (key == "dev_addr")
                ok = hex(key, d.devAddr, 8);
            else if (key == "app_key")
                ok = hex(key, d.appKey, 32);
            else if (key == "app_s_key")
                ok = hex(key, d.appSKey, 32);
            else if (key == "nwk_s_key")
                ok = hex(key, d.nwkSKey, 32);
            else if (key == "f_cnt_up")
                ok = integer(key, d.fCntUp);
            else if (key == "f_cnt_down")
                ok = integer(key, d.fCntDown);
            else if (key == "disable_f_cnt_check")
                ok = boolean(key, d.disableFCntCheck);
            else if (key == "uses32_bit_f_cnt")
                ok = boolean(key, d.uses32BitFCnt);
            else if (key == "activation_constraints")
                ok = string(key, d.activationConstraints);
            else if (key == "last_seen")
                ok = integer(key, d.lastSeenNs);
            else if (key == "dev_id")
                ok = string(key, devId);
            else if (key == "app_id")
                ok = string(key, appId);
            else
                ok = m_json.skipValue();
            if (!ok)
                return false;
        }
        return !m_json.failed();
    }

    JsonReader &m_json;
    V2ParsedDevice &m_out;
};

QString syntaxProblem(const JsonReader &json)
{
    return QCoreApplication::translate(
        "V2DeviceParser", "the response from v2 is not valid JSON (%1)")
        .arg(json.error());
}

} // namespace

V2ParsedDevice V2DeviceParser::parseDevice(const QByteArray &body)
{
    JsonReader json(body);
    V2ParsedDevice out;
    if (json.peek() != JsonReader::Type::Object) {
        out.error = json.atEnd() || json.peek() == JsonReader::Type::Invalid
            ? QCoreApplication::translate(
                "V2DeviceParser", "the response from v2 is not valid JSON")
            : translated(
                QT_TRANSLATE_NOOP("V2DeviceParser", "the response from v2 is not a JSON object"));
        return out;
    }
    if (!DeviceReader(json, out).read() || !json.atEnd()) {
        V2ParsedDevice broken;
        broken.error = syntaxProblem(json);
        if (!json.failed())
            broken.error = translated(QT_TRANSLATE_NOOP(
                "V2DeviceParser", "the response from v2 has data after the device"));
        return broken;
    }
    return out;
}

V2ParsedDevice V2DeviceParser::parseDeviceObject(const QJsonObject &object)
{
    return parseDevice(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

V2DeviceListParse V2DeviceParser::parseList(const QByteArray &body)
{
    V2DeviceListParse result;
    JsonReader json(body);
    auto fatal = [&](const QString &reason) {
        result.devices.clear();
        result.fatalError = reason;
        return result;
    };
    if (json.peek() != JsonReader::Type::Object) {
        if (json.atEnd() || json.peek() == JsonReader::Type::Invalid)
            return fatal(QCoreApplication::translate(
                "V2DeviceParser", "the response from v2 is not valid JSON"));
        return fatal(translated(
            QT_TRANSLATE_NOOP("V2DeviceParser", "the device list from v2 is not a JSON object")));
    }
    json.beginObject();
    QByteArray key;
    while (json.nextKey(key)) {
        if (key != "devices") {
            if (!json.skipValue())
                break;
            continue;
        }
        result.devices.clear(); // a repeated key replaces the earlier list, as in QJsonObject
        const JsonReader::Type type = json.peek();
        if (type == JsonReader::Type::Null) {
            json.readNull(); // jsonpb omits an empty list; null means the same
            continue;
        }
        if (type != JsonReader::Type::Array) {
            if (json.failed() || type == JsonReader::Type::Invalid)
                break;
            return fatal(translated(QT_TRANSLATE_NOOP("V2DeviceParser",
                "the field \"devices\" in the device list from v2 is not a list")));
        }
        json.beginArray();
        // A real device takes 500-1000 bytes: one estimate instead of ~17 reallocations.
        result.devices.reserve(qMin<qsizetype>(body.size() / 700 + 1, 1 << 20));
        while (json.nextElement()) {
            V2ParsedDevice device;
            if (json.peek() == JsonReader::Type::Object) {
                if (!DeviceReader(json, device).read())
                    break;
            } else {
                if (!json.skipValue())
                    break;
                device.error = translated(QT_TRANSLATE_NOOP(
                    "V2DeviceParser", "a device in the list is not a JSON object"));
            }
            result.devices.append(std::move(device));
        }
        if (json.failed())
            break;
    }
    if (json.failed())
        return fatal(syntaxProblem(json));
    if (!json.atEnd())
        return fatal(translated(
            QT_TRANSLATE_NOOP("V2DeviceParser", "the device list from v2 has data after its end")));
    return result;
}

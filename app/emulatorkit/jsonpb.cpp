#include "jsonpb.h"

#include <QLocale>
#include <cmath>

namespace emukit::jsonpb {

namespace {

void appendEscaped(QByteArray &out, const QByteArray &utf8)
{
    static const char hexDigits[] = "0123456789abcdef";
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        switch (c) {
        case '"':
            out += "\\\"";
            continue;
        case '\\':
            out += "\\\\";
            continue;
        case '\n':
            out += "\\n";
            continue;
        case '\r':
            out += "\\r";
            continue;
        case '\t':
            out += "\\t";
            continue;
        default:
            break;
        }
        if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            out += "\\u00";
            out += hexDigits[c >> 4];
            out += hexDigits[c & 0xF];
            continue;
        }
        // U+2028 / U+2029 are E2 80 A8 / E2 80 A9 in UTF-8; Go escapes them for JavaScript.
        if (c == 0xE2 && i + 2 < utf8.size() && static_cast<unsigned char>(utf8.at(i + 1)) == 0x80
            && (static_cast<unsigned char>(utf8.at(i + 2)) & 0xFE) == 0xA8) {
            out += static_cast<unsigned char>(utf8.at(i + 2)) == 0xA8 ? "\\u2028" : "\\u2029";
            i += 2;
            continue;
        }
        out += static_cast<char>(c);
    }
    out += '"';
}

} // namespace

void appendString(QByteArray &out, const QString &value)
{
    appendEscaped(out, value.toUtf8());
}

void appendString(QByteArray &out, QLatin1String value)
{
    appendEscaped(out, QByteArray(value.data(), value.size()));
}

void appendNumber(QByteArray &out, double value)
{
    const double magnitude = std::fabs(value);
    if (magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e21)) {
        out += QByteArray::number(value, 'f', QLocale::FloatingPointShortest);
        return;
    }
    // Go cleans "1e-07" up to "1e-7"; Qt writes two exponent digits.
    QByteArray text = QByteArray::number(value, 'e', QLocale::FloatingPointShortest);
    const qsizetype e = text.indexOf("e-0");
    if (e >= 0)
        text.remove(e + 2, 1);
    out += text;
}

ObjectWriter::ObjectWriter(QByteArray &out)
    : m_out(out)
{
    m_out += '{';
}

void ObjectWriter::name(const char *fieldName)
{
    if (!m_first)
        m_out += ',';
    m_first = false;
    m_out += '"';
    m_out += fieldName;
    m_out += "\":";
}

void ObjectWriter::string(const char *fieldName, const QString &value)
{
    name(fieldName);
    appendString(m_out, value);
}

void ObjectWriter::stringOmitEmpty(const char *fieldName, const QString &value)
{
    if (!value.isEmpty())
        string(fieldName, value);
}

void ObjectWriter::hex(const char *fieldName, const QByteArray &upperHex)
{
    name(fieldName);
    m_out += '"';
    m_out += upperHex;
    m_out += '"';
}

void ObjectWriter::numberOmitZero(const char *fieldName, double value)
{
    if (value == 0)
        return;
    name(fieldName);
    appendNumber(m_out, value);
}

void ObjectWriter::integerOmitZero(const char *fieldName, qint64 value)
{
    if (value == 0)
        return;
    name(fieldName);
    m_out += QByteArray::number(value);
}

void ObjectWriter::quotedInt64OmitZero(const char *fieldName, qint64 value)
{
    if (value == 0)
        return;
    name(fieldName);
    m_out += '"';
    m_out += QByteArray::number(value);
    m_out += '"';
}

void ObjectWriter::trueOrOmit(const char *fieldName, bool value)
{
    if (!value)
        return;
    name(fieldName);
    m_out += "true";
}

void ObjectWriter::raw(const char *fieldName, const QByteArray &json)
{
    name(fieldName);
    m_out += json;
}

void ObjectWriter::mapEntry(const QString &key, const QString &value)
{
    if (!m_first)
        m_out += ',';
    m_first = false;
    appendString(m_out, key);
    m_out += ':';
    appendString(m_out, value);
}

void ObjectWriter::finish()
{
    m_out += '}';
}

} // namespace emukit::jsonpb

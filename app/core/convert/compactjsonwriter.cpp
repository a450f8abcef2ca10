#include "convert/compactjsonwriter.h"

#include <QLocale>
#include <array>
#include <cstring>

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// 0: copied as is; otherwise the character after the backslash ('u' = \u00XX form).
constexpr std::array<char, 256> escapeTable = [] {
    std::array<char, 256> table {};
    for (int c = 0; c < 0x20; ++c)
        table[size_t(c)] = 'u';
    table['"'] = '"';
    table['\\'] = '\\';
    table['\n'] = 'n';
    table['\r'] = 'r';
    table['\t'] = 't';
    table['\b'] = 'b';
    table['\f'] = 'f';
    return table;
}();

// Writes the escaped form of `utf8` at `out` (which has room for 6 bytes per input byte) and
// returns the end.
char *escapeInto(char *out, QByteArrayView utf8)
{
    const auto *data = reinterpret_cast<const unsigned char *>(utf8.data());
    const qsizetype size = utf8.size();
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = data[i];
        const char escape = escapeTable[c];
        if (!escape) {
            *out++ = char(c);
            continue;
        }
        *out++ = '\\';
        *out++ = escape;
        if (escape == 'u') {
            *out++ = '0';
            *out++ = '0';
            *out++ = hexDigits[c >> 4];
            *out++ = hexDigits[c & 0xF];
        }
    }
    return out;
}

} // namespace

CompactJsonWriter::CompactJsonWriter(qsizetype expectedSize)
{
    m_buffer.resize(expectedSize);
}

char *CompactJsonWriter::reserve(qsizetype bytes)
{
    if (m_size + bytes > m_buffer.size())
        m_buffer.resize(qMax(m_buffer.size() * 2, m_size + bytes));
    return m_buffer.data() + m_size;
}

void CompactJsonWriter::put(QByteArrayView bytes)
{
    std::memcpy(reserve(bytes.size()), bytes.data(), size_t(bytes.size()));
    m_size += bytes.size();
}

void CompactJsonWriter::putEscaped(QByteArrayView utf8)
{
    char *start = reserve(utf8.size() * 6);
    m_size += escapeInto(start, utf8) - start;
}

QByteArray CompactJsonWriter::take()
{
    m_buffer.truncate(m_size);
    m_size = 0;
    m_needComma = false;
    return std::exchange(m_buffer, QByteArray());
}

void CompactJsonWriter::beginObject()
{
    separate();
    put('{');
    m_needComma = false;
}

void CompactJsonWriter::beginObject(QByteArrayView key)
{
    this->key(key);
    put('{');
    m_needComma = false;
}

void CompactJsonWriter::endObject()
{
    put('}');
    m_needComma = true;
}

void CompactJsonWriter::key(QByteArrayView asciiKey)
{
    separate();
    put('"');
    putEscaped(asciiKey);
    put(QByteArrayView("\":", 2));
    m_needComma = false;
}

void CompactJsonWriter::userKey(const QString &key)
{
    separate();
    put('"');
    putEscaped(key.toUtf8());
    put(QByteArrayView("\":", 2));
    m_needComma = false;
}

void CompactJsonWriter::value(const QString &text)
{
    valueUtf8(text.toUtf8());
}

void CompactJsonWriter::valueUtf8(QByteArrayView utf8)
{
    separate();
    put('"');
    putEscaped(utf8);
    put('"');
    m_needComma = true;
}

void CompactJsonWriter::value(bool flag)
{
    separate();
    put(flag ? QByteArrayView("true", 4) : QByteArrayView("false", 5));
    m_needComma = true;
}

void CompactJsonWriter::value(qint64 number)
{
    separate();
    char digits[24];
    char *end = digits + sizeof(digits);
    char *p = end;
    quint64 magnitude = number < 0 ? 0 - quint64(number) : quint64(number);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (number < 0)
        *--p = '-';
    put(QByteArrayView(p, end - p));
    m_needComma = true;
}

void CompactJsonWriter::value(double number)
{
    separate();
    // Shortest round-trip form: 52.37 stays "52.37" (no float widening noise). JSON has no
    // NaN/Infinity; callers never pass them (the parser and converter reject them).
    put(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    m_needComma = true;
}

void CompactJsonWriter::rawValue(QByteArrayView json)
{
    separate();
    put(json);
    m_needComma = true;
}

void CompactJsonWriter::appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    const qsizetype oldSize = out.size();
    out.resize(oldSize + utf8.size() * 6);
    char *end = escapeInto(out.data() + oldSize, utf8);
    out.truncate(end - out.constData());
}

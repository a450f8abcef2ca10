#include "convert/compactjsonwriter.h"

#include <QLocale>
#include <QtGlobal>
#include <algorithm>
#include <array>
#include <cstring>

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// 0: copied as is; otherwise the character after the backslash ('u' = \u00XX form). Every
// byte from 0x80 on starts or continues a multi-byte UTF-8 sequence and is marked 'U': the
// whole character is written as \uXXXX (a surrogate pair above U+FFFF), so the output is pure
// ASCII. Why: The Things Stack Console guesses a file's encoding from its first 1024 bytes and
// reads an all-ASCII start as windows-1252, which garbles UTF-8 further down
// (tts-import-rules.md, file level). Escaped text decodes the same under every guess.
constexpr std::array<char, 256> escapeTable = [] {
    std::array<char, 256> table {};
    for (int c = 0; c < 0x20; ++c)
        table[size_t(c)] = 'u';
    for (int c = 0x80; c < 0x100; ++c)
        table[size_t(c)] = 'U';
    table['"'] = '"';
    table['\\'] = '\\';
    table['\n'] = 'n';
    table['\r'] = 'r';
    table['\t'] = 't';
    table['\b'] = 'b';
    table['\f'] = 'f';
    // '<', '>' and '&' as \u003c, \u003e, \u0026 (what Go's encoding/json does too): the Console
    // also looks for an HTML <meta charset=…> in the first 1024 bytes, and a device description
    // holding one would make it decode the whole file in that charset.
    table['<'] = 'h';
    table['>'] = 'h';
    table['&'] = 'h';
    return table;
}();

constexpr char32_t replacementCharacter = 0xFFFD;

char *writeUnit(char *out, char16_t unit)
{
    *out++ = '\\';
    *out++ = 'u';
    *out++ = hexDigits[(unit >> 12) & 0xF];
    *out++ = hexDigits[(unit >> 8) & 0xF];
    *out++ = hexDigits[(unit >> 4) & 0xF];
    *out++ = hexDigits[unit & 0xF];
    return out;
}

// Decodes the UTF-8 sequence starting at data[i] (a byte >= 0x80) and advances i past it. A
// malformed sequence (the writer is given QString::toUtf8() output, so only a caller's raw
// bytes could be) becomes U+FFFD for its first byte, like every lenient decoder does.
char32_t decodeUtf8(const unsigned char *data, qsizetype size, qsizetype &i)
{
    const unsigned char lead = data[i];
    int length = 0;
    char32_t codePoint = 0;
    char32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        codePoint = lead & 0x1F;
        minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        codePoint = lead & 0x0F;
        minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        codePoint = lead & 0x07;
        minimum = 0x10000;
    }
    if (length == 0 || i + length > size) {
        ++i;
        return replacementCharacter;
    }
    for (int k = 1; k < length; ++k) {
        const unsigned char next = data[i + k];
        if ((next & 0xC0) != 0x80) {
            ++i;
            return replacementCharacter;
        }
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    if (codePoint < minimum || codePoint > 0x10FFFF
        || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        ++i;
        return replacementCharacter;
    }
    i += length;
    return codePoint;
}

// Writes the \uXXXX form of the character starting at data[i] (a byte >= 0x80) and advances i.
// Kept out of line: the plain-ASCII loop below stays small, and it is what almost every device
// is made of (IDs, EUIs, keys, enum names).
Q_NEVER_INLINE char *escapeNonAscii(
    char *out, const unsigned char *data, qsizetype size, qsizetype &i)
{
    const char32_t codePoint = decodeUtf8(data, size, i);
    if (codePoint < 0x10000)
        return writeUnit(out, static_cast<char16_t>(codePoint));
    const char32_t offset = codePoint - 0x10000;
    out = writeUnit(out, static_cast<char16_t>(0xD800 + (offset >> 10)));
    return writeUnit(out, static_cast<char16_t>(0xDC00 + (offset & 0x3FF)));
}

// Writes the escape of the ASCII character `c` (its escapeTable entry is set and not 'U'):
// \" \\ \n … or \u00XX.
char *escapeAscii(char *out, unsigned char c)
{
    const char escape = escapeTable[c];
    *out++ = '\\';
    *out++ = escape == 'h' ? 'u' : escape;
    if (escape == 'u' || escape == 'h') {
        *out++ = '0';
        *out++ = '0';
        *out++ = hexDigits[c >> 4];
        *out++ = hexDigits[c & 0xF];
    }
    return out;
}

// Writes the escaped form of `utf8` at `out` (which has room for 6 bytes per input byte: a
// control character takes 6, a 2-, 3- or 4-byte character 6, 6 or 12) and returns the end.
// `readable` keeps non-ASCII characters and '<', '>', '&' as they are (text for people).
char *escapeInto(char *out, QByteArrayView utf8, bool readable = false)
{
    const auto *data = reinterpret_cast<const unsigned char *>(utf8.data());
    const qsizetype size = utf8.size();
    qsizetype i = 0;
    while (i < size) {
        while (i < size && !escapeTable[data[i]])
            *out++ = static_cast<char>(data[i++]);
        if (i == size)
            break;
        const unsigned char c = data[i];
        const char escape = escapeTable[c];
        if (readable && (escape == 'U' || escape == 'h')) {
            *out++ = static_cast<char>(data[i++]);
            continue;
        }
        if (escape == 'U') {
            out = escapeNonAscii(out, data, size, i);
            continue;
        }
        ++i;
        out = escapeAscii(out, c);
    }
    return out;
}

// escapeInto() for UTF-16 text, without converting it to UTF-8 first (an allocation and a
// second pass per string). Non-ASCII characters are written as their UTF-16 units, which is
// what escaping the UTF-8 form gives; an unpaired surrogate becomes '?', as QString::toUtf8()
// makes it. Room needed: 6 bytes per unit.
char *escapeUtf16Into(char *out, QStringView text)
{
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        while (i < size && data[i] < 0x80 && !escapeTable[data[i]])
            *out++ = static_cast<char>(data[i++]);
        if (i == size)
            break;
        const char16_t unit = data[i++];
        if (unit >= 0x80) {
            if (QChar::isHighSurrogate(unit) && i < size && QChar::isLowSurrogate(data[i])) {
                out = writeUnit(out, unit);
                out = writeUnit(out, data[i++]);
            } else if (QChar::isSurrogate(unit)) {
                *out++ = '?';
            } else {
                out = writeUnit(out, unit);
            }
            continue;
        }
        out = escapeAscii(out, static_cast<unsigned char>(unit));
    }
    return out;
}

} // namespace

CompactJsonWriter::CompactJsonWriter(qsizetype expectedSize)
{
    m_buffer.resize(expectedSize);
    m_data = m_buffer.data();
    m_capacity = m_buffer.size();
}

void CompactJsonWriter::grow(qsizetype bytes)
{
    m_buffer.resize(qMax(m_capacity * 2, m_size + bytes));
    m_data = m_buffer.data();
    m_capacity = m_buffer.size();
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

void CompactJsonWriter::putEscaped(QStringView text)
{
    // Room for the worst case only from the first character that needs an escape: most texts
    // have none, and reserving six bytes per character for them made the buffer grow (a
    // reallocation and a copy) for nearly every device.
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    char *out = reserve(size);
    qsizetype plain = 0;
    while (plain < size && data[plain] < 0x80 && !escapeTable[data[plain]]) {
        out[plain] = static_cast<char>(data[plain]);
        ++plain;
    }
    m_size += plain;
    if (plain == size)
        return;
    const QStringView rest = text.sliced(plain);
    char *start = reserve(rest.size() * 6);
    m_size += escapeUtf16Into(start, rest) - start;
}

QByteArray CompactJsonWriter::take()
{
    m_buffer.truncate(m_size);
    m_size = 0;
    m_capacity = 0;
    m_data = nullptr;
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
    // Our own literals ("dev_eui", …): nothing in them to escape, so they are copied.
    Q_ASSERT(std::none_of(asciiKey.begin(), asciiKey.end(),
        [](char c) { return escapeTable[static_cast<unsigned char>(c)] != 0; }));
    separate();
    put('"');
    put(asciiKey);
    put(QByteArrayView("\":", 2));
    m_needComma = false;
}

void CompactJsonWriter::userKey(const QString &key)
{
    separate();
    put('"');
    putEscaped(QStringView(key));
    put(QByteArrayView("\":", 2));
    m_needComma = false;
}

void CompactJsonWriter::value(const QString &text)
{
    separate();
    put('"');
    putEscaped(QStringView(text));
    put('"');
    m_needComma = true;
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

void CompactJsonWriter::appendEscaped(QByteArray &out, QByteArrayView utf8, Escaping escaping)
{
    const qsizetype oldSize = out.size();
    out.resize(oldSize + utf8.size() * 6);
    char *end = escapeInto(out.data() + oldSize, utf8, escaping == Escaping::Readable);
    out.truncate(end - out.constData());
}

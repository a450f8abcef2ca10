#include "http/jsonreader.h"

#include <QCoreApplication>
#include <cstring>

JsonReader::JsonReader(QByteArrayView json)
    : m_begin(json.data())
    , m_p(json.data())
    , m_end(json.data() + json.size())
{
    m_first.reserve(16);
}

bool JsonReader::fail(const char *what)
{
    if (m_error.isEmpty()) {
        m_error = QCoreApplication::translate("JsonReader", "%1 at byte %2")
                      .arg(QCoreApplication::translate("JsonReader", what))
                      .arg(m_p - m_begin);
    }
    m_p = m_end;
    return false;
}

void JsonReader::skipWhitespaceRun()
{
    const char *p = m_p;
    while (p < m_end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
    m_p = p;
}

bool JsonReader::atEnd()
{
    skipWhitespace();
    return !failed() && m_p == m_end;
}

JsonReader::Type JsonReader::peek()
{
    skipWhitespace();
    if (failed() || m_p == m_end)
        return Type::Invalid;
    switch (*m_p) {
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case '"':
        return Type::String;
    case 't':
    case 'f':
        return Type::Bool;
    case 'n':
        return Type::Null;
    default:
        if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
            return Type::Number;
        return Type::Invalid;
    }
}

bool JsonReader::beginObject()
{
    if (peek() != Type::Object)
        return fail(QT_TRANSLATE_NOOP("JsonReader", "expected an object"));
    if (int(m_first.size()) >= maxDepth)
        return fail(QT_TRANSLATE_NOOP("JsonReader", "nested too deeply"));
    ++m_p;
    m_first.push_back(1);
    return true;
}

bool JsonReader::beginArray()
{
    if (peek() != Type::Array)
        return fail(QT_TRANSLATE_NOOP("JsonReader", "expected a list"));
    if (int(m_first.size()) >= maxDepth)
        return fail(QT_TRANSLATE_NOOP("JsonReader", "nested too deeply"));
    ++m_p;
    m_first.push_back(1);
    return true;
}

bool JsonReader::nextKey(QByteArray &key)
{
    return nextMember(&key);
}

bool JsonReader::nextMember(QByteArray *key)
{
    skipWhitespace();
    if (failed() || m_first.empty())
        return false;
    if (m_p < m_end && *m_p == '}') {
        ++m_p;
        m_first.pop_back();
        return false;
    }
    if (!m_first.back()) {
        if (m_p == m_end || *m_p != ',')
            return fail(QT_TRANSLATE_NOOP("JsonReader", "expected ',' or '}'"));
        ++m_p;
        skipWhitespace();
    }
    m_first.back() = 0;
    if (m_p == m_end || *m_p != '"')
        return fail(QT_TRANSLATE_NOOP("JsonReader", "expected a member name"));
    if (!(key ? readStringBytes(*key, nullptr) : skipString()))
        return false;
    skipWhitespace();
    if (m_p == m_end || *m_p != ':')
        return fail(QT_TRANSLATE_NOOP("JsonReader", "expected ':'"));
    ++m_p;
    return true;
}

bool JsonReader::nextElement()
{
    skipWhitespace();
    if (failed() || m_first.empty())
        return false;
    if (m_p < m_end && *m_p == ']') {
        ++m_p;
        m_first.pop_back();
        return false;
    }
    if (!m_first.back()) {
        if (m_p == m_end || *m_p != ',')
            return fail(QT_TRANSLATE_NOOP("JsonReader", "expected ',' or ']'"));
        ++m_p;
    }
    m_first.back() = 0;
    return true;
}

namespace {

// Bytes that end the plain run of a string: the closing quote, an escape, a control character.
struct StringStopTable
{
    bool stops[256] = {};
    constexpr StringStopTable()
    {
        for (int c = 0; c < 0x20; ++c)
            stops[c] = true;
        stops[int('"')] = true;
        stops[int('\\')] = true;
    }
};
constexpr StringStopTable kStringStops;

// The first byte from `p` on that ends a string's plain run (or `end`). A local cursor, not
// m_p: stepping a member stores it on every byte (char may alias it).
const char *plainRunEnd(const char *p, const char *end)
{
    while (p < end && !kStringStops.stops[static_cast<unsigned char>(*p)])
        ++p;
    return p;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t code)
{
    if (code < 0x80) {
        out.append(char(code));
    } else if (code < 0x800) {
        out.append(char(0xC0 | (code >> 6)));
        out.append(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.append(char(0xE0 | (code >> 12)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    } else {
        out.append(char(0xF0 | (code >> 18)));
        out.append(char(0x80 | ((code >> 12) & 0x3F)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    }
}

} // namespace

bool JsonReader::readStringBytes(QByteArray &out, bool *hadEscapes)
{
    skipWhitespace();
    if (failed() || m_p == m_end || *m_p != '"')
        return fail(QT_TRANSLATE_NOOP("JsonReader", "expected a string"));
    ++m_p;
    // Fast path: no escapes, the bytes are copied as they are.
    const char *start = m_p;
    m_p = plainRunEnd(m_p, m_end);
    if (m_p < m_end && *m_p == '"') {
        // resize + copy reuses the caller's buffer (keys are read into the same one each time)
        out.resize(m_p - start);
        if (m_p != start)
            std::memcpy(out.data(), start, size_t(m_p - start));
        ++m_p;
        if (hadEscapes)
            *hadEscapes = false;
        return true;
    }
    if (hadEscapes)
        *hadEscapes = true;
    out = QByteArray(start, m_p - start);
    while (m_p < m_end) {
        const char c = *m_p;
        if (c == '"') {
            ++m_p;
            return true;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return fail(QT_TRANSLATE_NOOP("JsonReader", "control character in a string"));
        if (c != '\\') {
            out.append(c);
            ++m_p;
            continue;
        }
        if (m_end - m_p < 2)
            break;
        const char escape = m_p[1];
        m_p += 2;
        switch (escape) {
        case '"':
        case '\\':
        case '/':
            out.append(escape);
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            auto readHex4 = [this](char32_t &code) {
                if (m_end - m_p < 4)
                    return false;
                code = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexValue(m_p[i]);
                    if (digit < 0)
                        return false;
                    code = (code << 4) | char32_t(digit);
                }
                m_p += 4;
                return true;
            };
            char32_t code = 0;
            if (!readHex4(code))
                return fail(QT_TRANSLATE_NOOP("JsonReader", "invalid \\u escape"));
            if (code >= 0xD800 && code <= 0xDBFF && m_end - m_p >= 6 && m_p[0] == '\\'
                && m_p[1] == 'u') {
                const char *save = m_p;
                m_p += 2;
                char32_t low = 0;
                if (readHex4(low) && low >= 0xDC00 && low <= 0xDFFF)
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                else
                    m_p = save;
            }
            if (code >= 0xD800 && code <= 0xDFFF)
                code = 0xFFFD; // a lone surrogate cannot be UTF-8
            appendUtf8(out, code);
            break;
        }
        default:
            return fail(QT_TRANSLATE_NOOP("JsonReader", "invalid escape in a string"));
        }
    }
    return fail(QT_TRANSLATE_NOOP("JsonReader", "unterminated string"));
}

bool JsonReader::skipString()
{
    // The checks of readStringBytes() without building the text: the read-back of a
    // 100,000-device export skips three million strings; copying each was most of its time.
    skipWhitespace();
    if (failed() || m_p == m_end || *m_p != '"')
        return fail(QT_TRANSLATE_NOOP("JsonReader", "expected a string"));
    ++m_p;
    while (m_p < m_end) {
        m_p = plainRunEnd(m_p, m_end);
        if (m_p == m_end)
            break;
        const char c = *m_p;
        if (c == '"') {
            ++m_p;
            return true;
        }
        if (c != '\\')
            return fail(QT_TRANSLATE_NOOP("JsonReader", "control character in a string"));
        if (m_end - m_p < 2)
            break;
        const char escape = m_p[1];
        if (escape == 'u') {
            if (m_end - m_p < 6 || hexValue(m_p[2]) < 0 || hexValue(m_p[3]) < 0
                || hexValue(m_p[4]) < 0 || hexValue(m_p[5]) < 0)
                return fail(QT_TRANSLATE_NOOP("JsonReader", "invalid \\u escape"));
            m_p += 6;
        } else if (escape != '\0' && std::strchr("\"\\/bfnrt", escape)) {
            m_p += 2;
        } else {
            return fail(QT_TRANSLATE_NOOP("JsonReader", "invalid escape in a string"));
        }
    }
    return fail(QT_TRANSLATE_NOOP("JsonReader", "unterminated string"));
}

bool JsonReader::readString(QString &out)
{
    // Fast path straight from the input: one allocation per string.
    skipWhitespace();
    if (!failed() && m_p < m_end && *m_p == '"') {
        const char *start = m_p + 1;
        const char *p = plainRunEnd(start, m_end);
        if (p < m_end && *p == '"') {
            out = QString::fromUtf8(start, p - start);
            m_p = p + 1;
            return true;
        }
    }
    if (!readStringBytes(m_scratch, nullptr))
        return false;
    out = QString::fromUtf8(m_scratch);
    return true;
}

bool JsonReader::readNumberText(QByteArrayView &text)
{
    if (peek() != Type::Number)
        return fail(QT_TRANSLATE_NOOP("JsonReader", "expected a number"));
    const char *start = m_p;
    auto digits = [this] {
        const char *from = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p - from;
    };
    if (*m_p == '-')
        ++m_p;
    if (m_p < m_end && *m_p == '0')
        ++m_p; // no leading zeros
    else if (digits() == 0)
        return fail(QT_TRANSLATE_NOOP("JsonReader", "invalid number"));
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (digits() == 0)
            return fail(QT_TRANSLATE_NOOP("JsonReader", "invalid number"));
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (digits() == 0)
            return fail(QT_TRANSLATE_NOOP("JsonReader", "invalid number"));
    }
    text = QByteArrayView(start, m_p - start);
    return true;
}

bool JsonReader::readBool(bool &out)
{
    skipWhitespace();
    if (m_end - m_p >= 4 && QByteArrayView(m_p, 4) == "true") {
        m_p += 4;
        out = true;
        return true;
    }
    if (m_end - m_p >= 5 && QByteArrayView(m_p, 5) == "false") {
        m_p += 5;
        out = false;
        return true;
    }
    return fail(QT_TRANSLATE_NOOP("JsonReader", "invalid literal"));
}

bool JsonReader::readNull()
{
    skipWhitespace();
    if (m_end - m_p >= 4 && QByteArrayView(m_p, 4) == "null") {
        m_p += 4;
        return true;
    }
    return fail(QT_TRANSLATE_NOOP("JsonReader", "invalid literal"));
}

bool JsonReader::skipValue()
{
    return skipValueAt(int(m_first.size()));
}

bool JsonReader::skipValueAt(int depth)
{
    if (depth >= maxDepth)
        return fail(QT_TRANSLATE_NOOP("JsonReader", "nested too deeply"));
    QByteArrayView number;
    bool flag = false;
    switch (peek()) {
    case Type::Object:
        if (!beginObject())
            return false;
        while (nextMember(nullptr)) {
            if (!skipValueAt(depth + 1))
                return false;
        }
        return !failed();
    case Type::Array:
        if (!beginArray())
            return false;
        while (nextElement()) {
            if (!skipValueAt(depth + 1))
                return false;
        }
        return !failed();
    case Type::String:
        return skipString();
    case Type::Number:
        return readNumberText(number);
    case Type::Bool:
        return readBool(flag);
    case Type::Null:
        return readNull();
    case Type::Invalid:
        break;
    }
    if (!failed() && m_p == m_end)
        return fail(QT_TRANSLATE_NOOP("JsonReader", "unexpected end of data"));
    return fail(QT_TRANSLATE_NOOP("JsonReader", "unexpected character"));
}

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <vector>

// A small pull parser for strict JSON (RFC 8259), kept for speed alone: reading 100,000 v2
// devices builds no DOM (QJsonDocument would, and Qt 6 keeps 64-bit integers exact, so it
// would lose nothing). Numbers are handed over as their original text because that is the
// cheapest form, not because a QJsonValue could not hold them. It never throws and never
// recurses deeper than maxDepth.
// After the first syntax error every call returns false and error() says what and where.
class JsonReader
{
public:
    enum class Type { Object, Array, String, Number, Bool, Null, Invalid };
    static constexpr int maxDepth = 256;

    // The reader does not copy `json`: the bytes must outlive it.
    explicit JsonReader(QByteArrayView json);

    Type peek(); // type of the next value (skips whitespace); Invalid at the end or on an error

    bool beginObject();
    // The next member's key (decoded UTF-8); false at the closing brace (consumed) or on error.
    bool nextKey(QByteArray &key);
    bool beginArray();
    // True when another element follows; false at the closing bracket (consumed) or on error.
    bool nextElement();

    bool readString(QString &out);
    bool readNumberText(QByteArrayView &text);
    bool readBool(bool &out);
    bool readNull();
    bool skipValue();

    // True when only whitespace is left.
    bool atEnd();

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; } // translated, with the byte offset

private:
    bool fail(const char *what);
    // Inline for compact JSON, where the next byte is the usual case and one comparison.
    void skipWhitespace()
    {
        if (m_p<m_end &&static_cast<unsigned char>(*m_p)> ' ')
            return;
        skipWhitespaceRun();
    }
    void skipWhitespaceRun();
    bool readStringBytes(QByteArray &out, bool *hadEscapes);
    bool skipString();
    bool nextMember(QByteArray *key); // nextKey(), or with nullptr: the key is only checked
    bool skipValueAt(int depth);

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    std::vector<char> m_first; // per open container: no member/element read yet
    QByteArray m_scratch;
    QString m_error;
};

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Writes compact JSON (no whitespace) with keys in exactly the order they are written.
// QJsonObject cannot do this: it sorts its keys. Strings come in as UTF-8 and go out as pure
// ASCII: control characters, every non-ASCII character and '<', '>', '&' are \u escapes
// (surrogate pairs above U+FFFF), other ASCII is copied byte for byte. The writer does not validate
// nesting: callers pair begin/end calls (the converter is the only user).
//
// It is on the hot path (100,000+ devices per second), so it writes into its own buffer
// through a raw pointer instead of QByteArray::append per character; take() hands it over.
class CompactJsonWriter
{
public:
    explicit CompactJsonWriter(qsizetype expectedSize = 512);

    void beginObject();
    void beginObject(QByteArrayView key); // "key":{
    void endObject();

    // Keys we write are ASCII literals; user-supplied keys (attributes) go through userKey().
    void key(QByteArrayView asciiKey);
    void userKey(const QString &key);

    void value(const QString &text);
    void valueUtf8(QByteArrayView utf8);
    void value(bool flag);
    void value(qint64 number);
    void value(double number); // shortest text that reads back as the same double
    void rawValue(QByteArrayView json);

    // Convenience: key + value.
    template <typename T> void field(QByteArrayView asciiKey, const T &v)
    {
        key(asciiKey);
        value(v);
    }

    // The JSON written so far; the writer is empty afterwards.
    QByteArray take();

    // Appends `utf8` to `out` as the inside of a JSON string (no quotes): pure ASCII as in the
    // file, or Readable for people (only what JSON requires is escaped; UTF-8 stays UTF-8).
    enum class Escaping { File, Readable };
    static void appendEscaped(
        QByteArray &out, QByteArrayView utf8, Escaping escaping = Escaping::File);

private:
    // Room for `bytes` more, returns the write position. Inline: called for every piece of
    // every device; only growing the buffer is out of line.
    char *reserve(qsizetype bytes)
    {
        if (m_size + bytes > m_capacity)
            grow(bytes);
        return m_data + m_size;
    }
    void grow(qsizetype bytes);
    void put(char c)
    {
        *reserve(1) = c;
        ++m_size;
    }
    void put(QByteArrayView bytes);
    void putEscaped(QByteArrayView utf8);
    void putEscaped(QStringView text); // the same output as putEscaped(text.toUtf8())
    void separate()
    {
        if (m_needComma)
            put(',');
    }

    QByteArray m_buffer;
    char *m_data = nullptr; // m_buffer's bytes (data() would check for sharing on every call)
    qsizetype m_capacity = 0;
    qsizetype m_size = 0;
    bool m_needComma = false;
};

#include "io/indentedjson.h"

#include "convert/compactjsonwriter.h"
#include "http/jsonreader.h"

using namespace Qt::StringLiterals;

namespace {

class Indenter
{
public:
    Indenter(QByteArrayView json, bool maskKeys)
        : m_reader(json)
        , m_maskKeys(maskKeys)
    {
        m_out.reserve(json.size() * 2);
    }

    bool run() { return value(0, false) && m_reader.atEnd(); }
    QByteArray take() { return std::move(m_out); }

private:
    void newline(int depth)
    {
        m_out += '\n';
        m_out.append(depth * 2, ' ');
    }

    void string(QByteArrayView utf8)
    {
        m_out += '"';
        CompactJsonWriter::appendEscaped(m_out, utf8, CompactJsonWriter::Escaping::Readable);
        m_out += '"';
    }

    // JsonReader stops at its maxDepth, so the recursion is bounded.
    bool value(int depth, bool masked)
    {
        switch (m_reader.peek()) {
        case JsonReader::Type::Object:
            return object(depth);
        case JsonReader::Type::Array:
            return array(depth);
        case JsonReader::Type::String: {
            QString text;
            if (!m_reader.readString(text))
                return false;
            string(masked ? IndentedJson::maskText().toUtf8() : text.toUtf8());
            return true;
        }
        case JsonReader::Type::Number: {
            QByteArrayView number;
            if (!m_reader.readNumberText(number))
                return false;
            m_out.append(number);
            return true;
        }
        case JsonReader::Type::Bool: {
            bool flag = false;
            if (!m_reader.readBool(flag))
                return false;
            m_out += flag ? "true" : "false";
            return true;
        }
        case JsonReader::Type::Null:
            m_out += "null";
            return m_reader.readNull();
        case JsonReader::Type::Invalid:
            break;
        }
        return false;
    }

    bool object(int depth)
    {
        if (!m_reader.beginObject())
            return false;
        QByteArray key;
        bool empty = true;
        while (m_reader.nextKey(key)) {
            member(empty, '{', depth);
            string(key);
            m_out += ": ";
            if (!value(depth + 1, m_maskKeys && key == "key"))
                return false;
        }
        return close(empty, '}', depth);
    }

    bool array(int depth)
    {
        if (!m_reader.beginArray())
            return false;
        bool empty = true;
        while (m_reader.nextElement()) {
            member(empty, '[', depth);
            if (!value(depth + 1, false))
                return false;
        }
        return close(empty, ']', depth);
    }

    // Before each member or element: the opening bracket or a comma, then a new line.
    void member(bool &empty, char open, int depth)
    {
        m_out += empty ? open : ',';
        empty = false;
        newline(depth + 1);
    }

    // After the last one: "{}" / "[]" when there was none, else the bracket on its own line.
    bool close(bool empty, char bracket, int depth)
    {
        if (m_reader.failed())
            return false;
        if (empty) {
            m_out += bracket == '}' ? "{}" : "[]";
        } else {
            newline(depth);
            m_out += bracket;
        }
        return true;
    }

    JsonReader m_reader;
    bool m_maskKeys;
    QByteArray m_out;
};

} // namespace

QString IndentedJson::maskText()
{
    return u"\u2022\u2022\u2022\u2022"_s;
}

QString IndentedJson::format(QByteArrayView compactJson, bool maskKeys)
{
    Indenter indenter(compactJson, maskKeys);
    if (!indenter.run())
        return QString();
    return QString::fromUtf8(indenter.take());
}

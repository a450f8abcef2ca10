#include "models/prettyjson.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace {
struct Container
{
    bool isObject = false;
    bool expectKey = false;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Index of the closing quote of the string starting at `open`.
qsizetype stringEnd(const QByteArray &json, qsizetype open)
{
    qsizetype i = open + 1;
    while (i < json.size() && json.at(i) != '"')
        i += json.at(i) == '\\' ? 2 : 1;
    return std::min(i, json.size() - 1);
}

qsizetype nextNonSpace(const QByteArray &json, qsizetype from)
{
    while (from < json.size() && isSpace(json.at(from)))
        ++from;
    return from;
}

void newline(QByteArray &out, int depth)
{
    out += '\n';
    out += QByteArray(depth * 2, ' ');
}
} // namespace

QString PrettyJson::maskText()
{
    return u"\u2022\u2022\u2022\u2022"_s;
}

QString PrettyJson::format(const QByteArray &json, bool maskKeys)
{
    const QByteArray mask = '"' + maskText().toUtf8() + '"';
    QByteArray out;
    out.reserve(json.size() * 2);
    QList<Container> stack;
    QByteArray lastKey;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (isSpace(c))
            continue;
        if (c == '"') {
            const qsizetype end = stringEnd(json, i);
            const QByteArray token = json.mid(i, end - i + 1);
            const bool inObject = !stack.isEmpty() && stack.last().isObject;
            if (inObject && stack.last().expectKey)
                lastKey = token.mid(1, token.size() - 2);
            const bool isKeyValue = inObject && !stack.last().expectKey && lastKey == "key";
            out += (maskKeys && isKeyValue) ? mask : token;
            i = end;
        } else if (c == '{' || c == '[') {
            const qsizetype next = nextNonSpace(json, i + 1);
            if (next < json.size() && json.at(next) == (c == '{' ? '}' : ']')) {
                out += c;
                out += json.at(next);
                i = next;
                continue;
            }
            out += c;
            stack.append({ c == '{', c == '{' });
            newline(out, int(stack.size()));
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            newline(out, int(stack.size()));
            out += c;
        } else if (c == ':') {
            out += ": ";
            if (!stack.isEmpty())
                stack.last().expectKey = false;
        } else if (c == ',') {
            out += ',';
            newline(out, int(stack.size()));
            if (!stack.isEmpty() && stack.last().isObject)
                stack.last().expectKey = true;
        } else {
            out += c;
        }
    }
    return QString::fromUtf8(out);
}

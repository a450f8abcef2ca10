#include "ndjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QJsonObject masked(QJsonObject device)
{
    if (!device.contains(u"session"_s))
        return device;
    QJsonObject session = device.value(u"session"_s).toObject();
    if (session.contains(u"started_at"_s))
        session.insert(u"started_at"_s, u"<masked>"_s);
    QJsonObject keys = session.value(u"keys"_s).toObject();
    if (keys.contains(u"session_key_id"_s)) {
        // Still check the shape: 16 random bytes in base64.
        const QByteArray raw
            = QByteArray::fromBase64(keys.value(u"session_key_id"_s).toString().toLatin1());
        keys.insert(
            u"session_key_id"_s, raw.size() == 16 ? u"<masked 16 bytes>"_s : u"<wrong size>"_s);
        session.insert(u"keys"_s, keys);
    }
    device.insert(u"session"_s, session);
    return device;
}
} // namespace

QStringList Ndjson::canonical(const QByteArray &ndjson)
{
    QStringList lines;
    const QList<QByteArray> raw = ndjson.split('\n');
    for (const QByteArray &line : raw) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject()) {
            lines.append(u"<invalid: %1>"_s.arg(QString::fromUtf8(line.left(200))));
            continue;
        }
        lines.append(
            QString::fromUtf8(QJsonDocument(masked(doc.object())).toJson(QJsonDocument::Compact)));
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

// Test logs must not show keys either, even the emulator's made-up ones.
static QString maskKeys(QString line)
{
    static const QRegularExpression key(u"\"[0-9A-F]{32}\""_s);
    return line.replace(key, u"\"<key>\""_s);
}

QString Ndjson::firstDifference(const QStringList &expected, const QStringList &actual)
{
    if (expected == actual)
        return QString();
    for (qsizetype i = 0; i < std::max(expected.size(), actual.size()); ++i) {
        const QString e = expected.value(i, u"<missing>"_s);
        const QString a = actual.value(i, u"<missing>"_s);
        if (e != a)
            return u"line %1 of %2/%3:\n expected %4\n actual   %5"_s.arg(i)
                .arg(expected.size())
                .arg(actual.size())
                .arg(maskKeys(e), maskKeys(a));
    }
    return QString();
}

QStringList Ndjson::topLevelKeys(const QByteArray &line)
{
    QStringList keys;
    int depth = 0;
    bool inString = false;
    bool expectKey = false;
    QByteArray current;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (inString) {
            if (c == '\\') {
                current += c;
                if (i + 1 < line.size())
                    current += line.at(++i);
            } else if (c == '"') {
                inString = false;
                if (expectKey && depth == 1)
                    keys << QString::fromUtf8(current);
                expectKey = false;
            } else {
                current += c;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            current.clear();
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    return keys;
}

QByteArray Ndjson::maskVolatile(const QByteArray &ndjson)
{
    static const QRegularExpression volatileValue(u"\"(session_key_id|started_at)\":\"[^\"]*\""_s);
    QString text = QString::fromUtf8(ndjson);
    text.replace(volatileValue, u"\"\\1\":\"MASKED\""_s);
    return text.toUtf8();
}

QList<QJsonObject> Ndjson::readObjects(const QString &path)
{
    QList<QJsonObject> objects;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return objects;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            objects << QJsonDocument::fromJson(line).object();
    }
    return objects;
}

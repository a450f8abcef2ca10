#include "sourcedelete/sourcedeletejournal.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

QString SourceDeleteJournal::pathBeside(const QString &exportPath)
{
    const QString suffix = u".source-deleted"_s;
    return exportPath.endsWith(suffix) ? exportPath : exportPath + suffix;
}

SourceDeleteJournal::Contents SourceDeleteJournal::read(const QString &path)
{
    Contents contents;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return contents;
    while (!file.atEnd()) {
        // A line cut short by a kill is no JSON object: it is skipped like a blank one.
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        const QString id = line.value(u"device_id"_s).toString();
        const QString event = line.value(u"event"_s).toString();
        if (id.isEmpty() || event.isEmpty())
            continue;
        auto it = contents.index.constFind(id);
        if (it == contents.index.constEnd()) {
            it = contents.index.insert(id, int(contents.devices.size()));
            contents.devices.append(Entry { id, {}, {}, {} });
        }
        Entry &entry = contents.devices[*it];
        if (line.contains(u"source_id"_s))
            entry.sourceId = line.value(u"source_id"_s).toString();
        entry.lastEvent = event;
        if (event == u"deleting")
            entry.state = line.value(u"state"_s).toObject();
    }
    return contents;
}

bool SourceDeleteJournal::Writer::open(const QString &path)
{
    m_file.setFileName(path);
    const bool existed = m_file.exists();
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    if (!existed)
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool SourceDeleteJournal::Writer::append(const QString &deviceId, const QString &sourceId,
    const QString &event, const QJsonObject &state)
{
    QJsonObject line { { u"device_id"_s, deviceId }, { u"event"_s, event } };
    if (!sourceId.isEmpty())
        line.insert(u"source_id"_s, sourceId);
    if (!state.isEmpty())
        line.insert(u"state"_s, state);
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    return m_file.write(bytes) == bytes.size() && m_file.flush();
}

#pragma once

#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// The write-ahead journal of deleting migrated devices at their source (sources.md "Stop the
// source network accepting the device"), NDJSON beside the export like the ChirpStack
// disabler's: "<devices.json>.source-deleted". One line per event, appended and flushed:
//   {"device_id":…,"source_id":…,"event":"deleting","state":{…}}  before the first write
//   {"device_id":…,"event":"deleted"}                              after the last one
//   {"device_id":…,"event":"recreating"} / {"…","event":"recreated"}  the undo (TTN v2)
// `state` is what the source's deleter keeps to put the device back: for TTN v2 the device as
// v2 answered just before the delete (DevAddr, frame counters, every field) WITHOUT its keys;
// the undo takes the session keys from the devices.json, which holds them anyway. So the
// journal holds no secret and may be shown or attached to a bug report. A device's last event
// says where it stands; a "deleting" without "deleted" is a device a killed run left half-done.
namespace SourceDeleteJournal {

struct Entry
{
    QString deviceId; // at the target (ids.device_id of the devices.json)
    QString sourceId; // at the source
    QString lastEvent; // "deleting", "deleted", "recreating", "recreated"
    QJsonObject state; // from the latest "deleting" line
};

struct Contents
{
    QList<Entry> devices; // in the order first journalled
    QHash<QString, int> index; // device ID -> position in devices
    const Entry *find(const QString &deviceId) const
    {
        const auto it = index.constFind(deviceId);
        return it == index.constEnd() ? nullptr : &devices.at(*it);
    }
};

// The journal beside an export (its first file).
QString pathBeside(const QString &exportPath);
Contents read(const QString &path); // empty when the file does not exist

// Appends lines, flushed one by one; the file is created readable by its owner only.
class Writer
{
public:
    bool open(const QString &path);
    bool append(const QString &deviceId, const QString &sourceId, const QString &event,
        const QJsonObject &state = {});
    QString errorString() const { return m_file.errorString(); }
    QString path() const { return m_file.fileName(); }
    bool isOpen() const { return m_file.isOpen(); }

private:
    QFile m_file;
};

} // namespace SourceDeleteJournal

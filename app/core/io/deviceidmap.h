#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// The file of the new-ID repair (CLI --dev-id-map): one "v2-id,v3-id" pair per line (for the
// other sources: the source's device ID, a ChirpStack DevEUI in either case), e.g.
// "test,test-sensor". A UTF-8 BOM, CRLF, blanks around the IDs, blank lines and '#' comments
// are fine. Every v3 ID must be valid and not reserved by The Things Stack, and no two devices
// may get the same one; the first problem makes the whole file unusable (`error`, naming the
// line), because a half-applied mapping would export devices under IDs nobody chose.
struct DeviceIdMap
{
    QHash<QString, QString> ids; // v2 dev_id -> v3 device ID
    QHash<QString, int> lineOf; // v2 dev_id -> its line, for messages
    QString error; // translated; empty when the file is usable

    static constexpr qint64 maxInputBytes = 16 * 1024 * 1024;

    static DeviceIdMap parse(const QByteArray &bytes);
    static DeviceIdMap read(const QString &path);
};

#pragma once

#include "io/deviceidlist.h"

#include <QHash>
#include <QStringList>

// The device IDs of the `device` command: the positional arguments, or, when there are none,
// stdin one per line (cli.md). Duplicates are dropped with a warning.
struct DeviceIdInput
{
    QStringList ids;
    QStringList warnings;
    QString error; // usage error: exit 2
};

namespace DeviceIdInputReader {
DeviceIdInput fromArguments(const QStringList &positionals);
DeviceIdInput fromList(const DeviceIdList &list); // stdin, already parsed
// Positionals when there are any; else stdin (refused when it is a terminal).
DeviceIdInput read(const QStringList &positionals);
// --dev-id-map FILE ("source ID,new ID" per line, DeviceIdMap), read and checked before any
// request so that a bad line is a usage error. Empty `path`: nothing to read, true.
bool readIdMap(const QString &path, QHash<QString, QString> *out, QString *error);
} // namespace DeviceIdInputReader

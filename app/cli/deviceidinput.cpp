#include "deviceidinput.h"

#include "clitext.h"
#include "console.h"
#include "io/deviceidmap.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <cstdio>

using namespace Qt::StringLiterals;

DeviceIdInput DeviceIdInputReader::fromArguments(const QStringList &positionals)
{
    DeviceIdInput input;
    QSet<QString> seen;
    for (const QString &argument : positionals) {
        const QString id = argument.trimmed();
        if (id.isEmpty()) {
            input.error = CliText::tr("empty device ID argument");
            return input;
        }
        if (seen.contains(id)) {
            input.warnings
                << CliText::tr("device ID %1 is given more than once; exporting it once").arg(id);
            continue;
        }
        seen.insert(id);
        input.ids << id;
    }
    return input;
}

DeviceIdInput DeviceIdInputReader::fromList(const DeviceIdList &list)
{
    DeviceIdInput input { list.ids, list.warnings, list.error };
    if (input.error.isEmpty() && input.ids.isEmpty())
        input.error = CliText::tr("no device IDs on stdin: expected one v2 device ID per line");
    return input;
}

DeviceIdInput DeviceIdInputReader::read(const QStringList &positionals)
{
    if (!positionals.isEmpty())
        return fromArguments(positionals);
    if (Console::stdinIsTerminal()) {
        DeviceIdInput input;
        input.error = CliText::tr(
            "no device IDs: pass them as arguments, or one per line on stdin "
            "(ttn-lw-migrate device --source ttnv2 --ttnv2.with-session=false < device_ids.txt)");
        return input;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        DeviceIdInput input;
        input.error = CliText::tr("cannot read device IDs from stdin: %1").arg(in.errorString());
        return input;
    }
    return fromList(DeviceIdList::read(&in));
}

bool DeviceIdInputReader::readIdMap(
    const QString &path, QHash<QString, QString> *out, QString *error)
{
    if (path.isEmpty())
        return true;
    const DeviceIdMap read = DeviceIdMap::read(path);
    if (!read.error.isEmpty()) {
        *error = CliText::tr("--dev-id-map %1: %2").arg(path, read.error);
        return false;
    }
    *out = read.ids;
    return true;
}

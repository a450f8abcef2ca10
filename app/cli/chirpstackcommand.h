#pragma once

#include "exportrunner.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The chirpstack source on the command line (sources.md "The chirpstack source", the official
// tool's spellings): `ttn-lw-migrate chirpstack application APP` (UUID or name),
// `chirpstack device DEVEUI...`, `chirpstack device < device_euis.txt`, and
// `application|device --source chirpstack …`, with the flags of CliFlags::chirpstackSource().
// The export itself is the ExportRunner's, over ChirpStackDeviceSource.
struct ChirpStackParse
{
    RunSettings settings;
    QStringList positionals; // DevEUIs (device commands); stdin when empty
    bool deviceCommand = false;
    bool enableCommand = false; // enable-devices FILE: the undo of --chirpstack.disable-devices
    bool help = false;
    QString usageError; // one line; exit 2
    bool ok() const { return usageError.isEmpty(); }
};

namespace ChirpStackCommand {
bool isChirpStackCommand(const QStringList &arguments);
ChirpStackParse parse(const QStringList &arguments, const QProcessEnvironment &environment);
int run(const QStringList &arguments);
} // namespace ChirpStackCommand

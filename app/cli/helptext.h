#pragma once

#include "cliflags.h"

#include <QString>

// The text of `ttn-lw-migrate --help`, `ttn-lw-migrate tts --help` and `--version` (all go
// to stdout). Every flag's line comes from its CliFlags row, so a flag cannot be added without
// its help, nor listed under another name or variable than the parser reads.
namespace HelpText {
QString usage(); // the export commands
QString tts(); // tts import, tts status
// `ttnv2 delete-abp-devices|recreate-abp-devices`, `tts delete-source-devices`.
QString sourceDelete();
QString ttsSource(); // tts application|device|devices: the tts source
QString chirpstackSource(); // chirpstack application|device: the chirpstack source
QString version();
// The flags of one section: "  --NAME VALUE   VARIABLE" and the text wrapped below it.
QString flagList(const QList<CliFlag> &table, CliFlagSection section, CliForm form);
} // namespace HelpText

#pragma once

#include "job/exportrequest.h"

#include <QString>

// The `ttn-lw-migrate` command that does the same as an ExportRequest, in the form of the
// migration guide (`ttn-lw-migrate device|application --source ttnv2 … --ttnv2.…`). The
// access key is never part of it: it is passed as TTNV2_APP_ACCESS_KEY from the environment.
//
// A device list names its IDs as arguments when there are few, reads them from
// `deviceIdsFile` (the file they were loaded from) when given, and otherwise from
// device_ids.txt, which the user then has to write (readsIdsFile() says so).
namespace CommandLineBuilder {
constexpr int kMaxIdsAsArguments = 20;
// What the command adds beyond the request: numbered parts (--split, needs an output path),
// and the file the new device IDs are read from (--dev-id-map; the wizard's renames live in
// its preview only, so the user has to write that file).
struct Extras
{
    bool split = false;
    QString devIdMapFile;
};
QString build(const ExportRequest &request, const QString &outputPath = QString(),
    const QString &deviceIdsFile = QString(), const Extras &extras = Extras());
// True when build() reads the IDs from a device_ids.txt the user has not got yet.
bool readsIdsFile(const ExportRequest &request, const QString &deviceIdsFile = QString());
} // namespace CommandLineBuilder

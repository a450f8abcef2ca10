#pragma once

#include "chirpstack/chirpstackerror.h"

#include <QString>
#include <QStringList>

class ChirpStackClient;

// Disables migrated devices in ChirpStack once their export is safely written, and undoes it
// (issue 18 item 4), journalled per device with its earlier state so a stopped run resumes and
// the undo puts every device back as it was (a device disabled before stays disabled).
//
// The journal is NDJSON, one line per step: {"dev_eui":…,"was_disabled":…} before the Update
// (from a fresh Get), {"dev_eui":…,"done":true} after it. A device whose "before" line is
// there keeps the state that line recorded, even if the Update took effect and its answer was
// lost. Blocking; the caller runs it off the GUI thread.
namespace ChirpStackDisabler {

struct Result
{
    int changed = 0; // devices whose is_disabled was flipped by this run
    int unchanged = 0; // already in the wanted state (or done by an earlier run)
    QStringList failures; // "DEVEUI: reason", per device
    SourceError fatal; // stopped everything (a read-only key, the server gone)
    bool ok() const { return !fatal.isError() && failures.isEmpty(); }
};

// The journal beside an export: "<export>.chirpstack-disabled" (the export's path itself when
// it already ends so).
QString journalPath(const QString &exportPath);

Result disable(ChirpStackClient &client, const QStringList &devEuis, const QString &journalPath);
// Enables every device of the journal that was enabled before; the others stay disabled.
Result enable(ChirpStackClient &client, const QString &journalPath);

} // namespace ChirpStackDisabler

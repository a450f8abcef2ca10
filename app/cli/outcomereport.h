#pragma once

#include "convert/deviceoutcome.h"
#include "job/exportrequest.h"
#include "job/exportsummary.h"

#include <QStringList>

// The stderr lines about devices and the run, as pure functions so tests can pin them.
namespace OutcomeReport {
// Skipped/failed: always shown. Exported: only with --verbose (`verbose`), plus warnings.
QStringList deviceLines(const DeviceOutcome &outcome, bool verbose);
// `source`: where the requests went.
QStringList summaryLines(const ExportSummary &summary, ExportSource source = ExportSource::Ttnv2);
// The reason of a failed device with the flag that repairs it, e.g. "… (--dev-id-map FILE)".
QString reasonWithHint(const DeviceOutcome &outcome);
// How many devices The Things Stack will take, and every device its import rules refuse
// (`refused`: "device: reason" lines), after the summary.
QStringList importLines(int ready, const QStringList &refused);
} // namespace OutcomeReport

#pragma once

#include "convert/deviceoutcome.h"
#include "job/exportsummary.h"

#include <QStringList>

// The stderr lines about devices and the run, as pure functions so tests can pin them.
namespace OutcomeReport {
// Skipped/failed: always shown. Exported: only with --verbose (`verbose`), plus warnings.
QStringList deviceLines(const DeviceOutcome &outcome, bool verbose);
QStringList summaryLines(const ExportSummary &summary);
} // namespace OutcomeReport

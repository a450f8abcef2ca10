#pragma once

#include <QString>

// Starts `ttnmig-wizard-tour --first-paint` (it starts the wizard exactly like
// ttn-lw-migrate-wizard, prints "first-paint" on stdout once the first page has painted, and
// quits) and returns the milliseconds from process start to that line, or -1 (with `error`)
// when it never came.
qint64 measureColdStartMs(const QString &tourPath, QString *error);

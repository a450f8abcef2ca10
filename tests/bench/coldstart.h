#pragma once

#include <QString>

// Starts the wizard executable with TTNMIG_EXIT_AFTER_FIRST_PAINT=1 (the wizard prints
// "first-paint" on stdout and quits once its first page has painted) and returns the
// milliseconds from process start to that line, or -1 (with `error`) when it never came.
qint64 measureColdStartMs(const QString &wizardPath, QString *error);

#pragma once

#include "v2/v2error.h"

#include <QMetaType>

// Totals of one export run; the CLI prints it on stderr, the wizard shows it.
struct ExportSummary
{
    int requested = 0; // devices asked for (application: devices listed)
    int exported = 0;
    int skipped = 0;
    int failed = 0;
    int requests = 0; // HTTP requests sent to v2, retries included
    int retries = 0; // of which retries after a transient fault
    qint64 elapsedMs = 0;
    V2Error fatal; // set when the run stopped as a whole (nothing usable was produced)
    bool canceled = false;
    // ExportJob::stop(): the outcomes are usable, but `notRead` devices (counted in skipped)
    // were never read from v2.
    bool stopped = false;
    int notRead = 0;

    bool completeSuccess() const
    {
        return !fatal.isError() && !canceled && skipped == 0 && failed == 0;
    }
};

Q_DECLARE_METATYPE(ExportSummary)

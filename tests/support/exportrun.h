#pragma once

#include "convert/deviceoutcome.h"
#include "job/exportrequest.h"
#include "job/exportsummary.h"

#include <QList>
#include <QStringList>

// Runs one ExportJob in this process to the end (the event loop keeps spinning, so an
// in-process V2Emulator keeps answering) and keeps what it reported.
struct ExportRun
{
    QList<DeviceOutcome> outcomes;
    ExportSummary summary;
    QStringList verboseLines; // requestLogged()
    QStringList stages; // stageChanged()
    bool finished = false; // false: it did not finish within the timeout
    qint64 elapsedMs = 0;

    // The exported devices as NDJSON, in the order they were reported.
    QByteArray ndjson() const;
    int count(OutcomeStatus status) const;

    static ExportRun run(const ExportRequest &request, int timeoutMs = 60000);
};

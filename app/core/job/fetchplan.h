#pragma once

#include "job/exportrequest.h"

#include <QStringList>

// How an export reads its devices from v2 with the fewest requests (conversion.md "Requests
// to v2"): the list call returns every field except the frame counters, a per-device GET
// returns everything including the counters.
struct FetchPlan
{
    enum class Source {
        ListAll, // one list call, every device of the application
        ListFiltered, // one list call, keep only the requested IDs (in request order)
        GetEach, // one GET per requested device
    };
    Source source = Source::ListAll;
    // After the list: one GET per device that has a session, for its frame counters.
    bool sessionCounterGets = false;
    QStringList deviceIds; // requested IDs, de-duplicated, in request order (empty: ListAll)

    // Up to this many requested devices are fetched with GETs: one small answer each beats
    // downloading the whole application.
    static constexpr int kMaxDevicesForGets = 2;

    static FetchPlan forRequest(const ExportRequest &request);

    // The reason of a requested device the application does not have (404 on its GET, or
    // absent from the list): the same words whichever way it was fetched.
    static QString deviceNotFoundReason(const QString &appId);
};

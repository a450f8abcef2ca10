#pragma once

#include "v2/v2error.h"

#include <QString>

// The --verbose line for one attempt at TTN v2 (RequestLogLine's shape), e.g.
// "GET /applications/my-app/devices → 200 (23 ms)" or "… → 503 (12 ms, retry 2/8)".
namespace V2LogLine {

QString format(const QString &method, const QString &pathAndQuery, int httpStatus,
    const V2Error &error, qint64 elapsedMs, int attempt, int maxAttempts);

// Short name of what happened when there was no HTTP status ("connection refused", …).
QString outcomeWithoutStatus(const V2Error &error);

} // namespace V2LogLine

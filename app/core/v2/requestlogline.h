#pragma once

#include "v2/v2error.h"

#include <QString>

// The --verbose line for one HTTP attempt, e.g.
// "GET /applications/my-app/devices → 200 (23 ms)" or "… → 503 (12 ms, retry 2/8)".
// Redacted, so it can go to any log.
namespace RequestLogLine {

QString format(const QString &method, const QString &pathAndQuery, int httpStatus,
    const V2Error &error, qint64 elapsedMs, int attempt, int maxAttempts);

// Short name of what happened when there was no HTTP status ("connection refused", …).
QString outcomeWithoutStatus(const V2Error &error);

} // namespace RequestLogLine

#pragma once

#include <QString>

// The --verbose line of one HTTP attempt, the same shape for every client:
// "GET /applications/my-app/devices → 200 (23 ms)", "… → 503 (12 ms, retry 2/8)".
// Redacted, so it can go to any log. Each protocol says what its target, outcome and attempt
// note are (V2LogLine, TtsLogLine).
namespace RequestLogLine {

// `attemptNote` goes after the time ("retry 2/8"); `detail` after a colon (the server's
// message).
QString compose(const QString &method, const QString &target, const QString &outcome,
    qint64 elapsedMs, const QString &attemptNote = QString(), const QString &detail = QString());

} // namespace RequestLogLine

#pragma once

#include <QByteArray>
#include <QDateTime>

// When to try a failed request again: exponential back-off with jitter, at least as long as
// the server's Retry-After, at most maxAttempts attempts in all.
struct RetryPolicy
{
    int maxAttempts = 8;
    int baseDelayMs = 500;
    int maxDelayMs = 30000;
    int maxRetryAfterMs = 120000; // a server asking for a longer pause means "not now"

    // Delay before the attempt after `failedAttempt` (1-based), or -1 when there is none.
    // retryAfterMs < 0: the server did not say. jitter01 in [0, 1): the random part.
    qint64 delayAfter(int failedAttempt, qint64 retryAfterMs, double jitter01) const;

    // Retry-After in seconds or as an HTTP date, in milliseconds from `now`; -1 if absent/bad.
    static qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now);
};

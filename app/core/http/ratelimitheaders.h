#pragma once

#include <QByteArray>

struct HttpReply;

// The X-Rate-Limit-* headers of one answer (The Things Stack, tts-import.md §6): the bucket
// size, what is left in it, whole seconds until it is full again and, after a refusal, whole
// seconds until the next request can pass. Seconds are truncated, so 0 is possible.
struct RateLimitHeaders
{
    bool present = false; // Limit, Available and Reset all given and sane
    qint64 limit = 0;
    qint64 available = 0;
    qint64 resetSeconds = 0;
    qint64 retrySeconds = -1; // -1: absent

    static RateLimitHeaders parse(const QByteArray &limit, const QByteArray &available,
        const QByteArray &reset, const QByteArray &retry = QByteArray());
    static RateLimitHeaders of(const HttpReply &reply);

    // A rate (requests per second) the bucket refills at least at: the answer said the bucket
    // holds `available` (truncated) and is full after `reset` (truncated) seconds. 0 when it
    // tells nothing.
    double refillLowerBound() const;
};

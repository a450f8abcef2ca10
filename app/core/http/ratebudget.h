#pragma once

#include <QtGlobal>
#include <optional>

struct RateLimitHeaders;

// The requests the server's rate-limit bucket still allows this client, mirrored from the
// X-Rate-Limit-* headers of its answers, so that a client with many requests in flight paces
// itself instead of emptying the bucket and collecting 429s.
//
// Each answer says what the bucket held when the server took that request; the requests sent
// since then (still in flight) are spent from it already. Between answers the mirror refills
// at a rate the headers prove the bucket refills at least at (RateLimitHeaders::
// refillLowerBound), so it errs on the slow side and the next answer corrects it. Without
// headers the budget is unknown and never holds a request back.
//
// Pure: the caller passes the time (monotonic ms), so every case is a unit test.
class RateBudget
{
public:
    bool known() const { return m_known; }
    double refillPerSecond() const { return m_refillPerMs * 1000.0; }
    int inFlight() const { return m_inFlight; }

    // Asks to send one request now: 0 = go (it counts as in flight until answered()), else
    // the milliseconds until the bucket should hold one again (ask again then, or earlier
    // after an answer).
    qint64 take(qint64 nowMs);
    // What take() would wait now, without taking anything (0: a request could go).
    qint64 waitMs(qint64 nowMs) const;
    // A request that take() let go was answered (`refused`: with a 429), or was abandoned
    // (headers not present). Answers whose sequence is older than the last one read are not
    // read again: they describe the bucket before requests already counted.
    void answered(const RateLimitHeaders &headers, bool refused, qint64 sequence, qint64 nowMs);
    // Requests the bucket allows beyond those in flight (may be negative); nullopt: unknown.
    std::optional<qint64> headroom(qint64 nowMs) const;

    static constexpr qint64 kUnknownRefillWaitMs = 1000; // the headers did not tell the rate
    static constexpr qint64 kMaxWaitMs = 60000;

private:
    double tokensAt(qint64 nowMs) const;

    bool m_known = false;
    double m_capacity = 0;
    double m_tokens = 0; // not yet claimed, at m_lastMs
    qint64 m_lastMs = 0;
    double m_refillPerMs = 0;
    int m_inFlight = 0;
    qint64 m_readSequence = -1;
};

#pragma once

#include "http/httpthrottle.h"

#include <QtGlobal>
#include <functional>

// A token bucket shared by every request of one client at a fixed rate, e.g. V2Client's, so
// that it stays under the handler's limit (5 requests/s per application) and 429 answers stay
// rare. It does not sleep: reserve() returns how long the caller has to wait (the caller starts
// a timer), and the reservation is counted at once so concurrent callers queue up behind each
// other.
class RequestPacer : public HttpThrottle
{
public:
    using Clock = HttpClock;

    // ratePerSecond <= 0 disables pacing. burst is clamped to 1..5.
    explicit RequestPacer(double ratePerSecond = 5.0, int burst = 1, Clock clock = Clock());

    double rate() const { return m_rate; }
    int burst() const { return m_burst; }

    // Takes the next slot; returns the milliseconds to wait before sending (0 = now).
    qint64 reserve() override;
    // Gives back a slot that was reserved but not used (the request was canceled).
    void release() override;
    // The server asked us to back off (Retry-After): nobody gets a slot for `ms`.
    void holdFor(qint64 ms) override;

private:
    void refill(qint64 now);

    double m_rate;
    int m_burst;
    Clock m_clock;
    double m_tokens;
    qint64 m_last;
    qint64 m_holdUntil = 0;
};

#pragma once

#include "http/httpthrottle.h"
#include "http/ratebudget.h"

// The throttle of a client whose server announces its rate limit (The Things Stack,
// tts-import.md §6): one pause shared by every request (a 429 pauses all of them, not just the
// one refused; holdFor()), and the server's bucket mirrored from X-Rate-Limit-* (RateBudget),
// so requests are paced to what the bucket holds instead of running into 429s. A request that
// has to wait asks again when its wait is over or an answer shows room (HttpSession wakes it).
class RateLimitGate : public HttpThrottle
{
public:
    using Clock = HttpClock;

    explicit RateLimitGate(Clock clock = Clock());

    qint64 reserve() override { return admit(); }
    qint64 recheck() override { return admit(); }
    void release() override { }
    void holdFor(qint64 ms) override;
    void noteAnswer(const HttpReply &reply, HttpLoad load, qint64 sequence) override;
    std::optional<qint64> headroom() const override;

    qint64 pauseLeft() const; // 0 when no pause is on
    const RateBudget &budget() const { return m_budget; }

private:
    qint64 admit();

    Clock m_clock;
    qint64 m_openAtMs = 0;
    RateBudget m_budget;
};

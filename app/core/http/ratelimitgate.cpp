#include "http/ratelimitgate.h"

#include "http/ratelimitheaders.h"

#include <algorithm>

RateLimitGate::RateLimitGate(Clock clock)
    : m_clock(clock ? std::move(clock) : steadyHttpClock())
{
}

qint64 RateLimitGate::pauseLeft() const
{
    return std::max<qint64>(0, m_openAtMs - m_clock());
}

void RateLimitGate::holdFor(qint64 ms)
{
    m_openAtMs = std::max(m_openAtMs, m_clock() + std::max<qint64>(0, ms));
}

qint64 RateLimitGate::admit()
{
    const qint64 now = m_clock();
    const qint64 pause = pauseLeft();
    if (pause > 0)
        return std::max(pause, m_budget.waitMs(now));
    return m_budget.take(now);
}

void RateLimitGate::noteAnswer(const HttpReply &reply, HttpLoad load, qint64 sequence)
{
    m_budget.answered(
        RateLimitHeaders::of(reply), load == HttpLoad::Throttled, sequence, m_clock());
}

std::optional<qint64> RateLimitGate::headroom() const
{
    return m_budget.headroom(m_clock());
}

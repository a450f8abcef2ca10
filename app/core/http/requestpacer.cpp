#include "http/requestpacer.h"

#include <algorithm>
#include <cmath>

RequestPacer::RequestPacer(double ratePerSecond, int burst, Clock clock)
    : m_rate(ratePerSecond > 0 ? ratePerSecond : 0)
    , m_burst(std::clamp(burst, 1, 5))
    , m_clock(clock ? std::move(clock) : steadyHttpClock())
    , m_tokens(m_burst)
    , m_last(m_clock())
{
}

void RequestPacer::refill(qint64 now)
{
    if (now > m_last) {
        m_tokens = std::min<double>(m_burst, m_tokens + double(now - m_last) * m_rate / 1000.0);
        m_last = now;
    }
}

qint64 RequestPacer::reserve()
{
    const qint64 now = m_clock();
    const qint64 hold = std::max<qint64>(0, m_holdUntil - now);
    if (m_rate <= 0)
        return hold;
    refill(now);
    m_tokens -= 1.0;
    // A negative balance is the debt of the callers already waiting; this one waits for it too.
    const qint64 wait = m_tokens >= 0 ? 0 : qint64(std::ceil(-m_tokens * 1000.0 / m_rate));
    return std::max(wait, hold);
}

void RequestPacer::release()
{
    if (m_rate > 0)
        m_tokens = std::min<double>(m_burst, m_tokens + 1.0);
}

void RequestPacer::holdFor(qint64 ms)
{
    if (ms <= 0)
        return;
    const qint64 now = m_clock();
    m_holdUntil = std::max(m_holdUntil, now + ms);
    if (m_rate > 0) {
        refill(now);
        // Drain the bucket so that the slots after the pause are spaced again, instead of
        // every waiting request firing together when the pause ends.
        m_tokens = std::min(m_tokens, 1.0 - double(ms) * m_rate / 1000.0);
    }
}

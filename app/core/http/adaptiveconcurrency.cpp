#include "http/adaptiveconcurrency.h"

#include <algorithm>

AdaptiveConcurrency::AdaptiveConcurrency(int start, int maximum)
{
    reset(start, maximum);
}

void AdaptiveConcurrency::reset(int start, int maximum)
{
    m_maximum = std::max(1, maximum);
    m_limit = std::clamp(start, 1, m_maximum);
    m_credit = 0;
    m_events = 0;
    m_lastDecreaseAt = 0;
    m_windowAtDecrease = 0;
}

bool AdaptiveConcurrency::answered(std::optional<qint64> headroom)
{
    ++m_events;
    // One more in flight would take a request the bucket does not have (a whole window of
    // them, counting the ones it would start): pacing, not concurrency, sets the speed now.
    if (headroom && *headroom < m_limit) {
        m_credit = 0;
        return false;
    }
    if (m_limit >= m_maximum)
        return false;
    if (++m_credit < m_limit)
        return false;
    m_credit = 0;
    ++m_limit;
    return true;
}

bool AdaptiveConcurrency::throttled()
{
    ++m_events;
    return decrease();
}

bool AdaptiveConcurrency::overloaded()
{
    ++m_events;
    return decrease();
}

bool AdaptiveConcurrency::decrease()
{
    m_credit = 0;
    // The requests that were in flight together when the limit fell answer alike (a 429
    // storm): one decrease for all of them.
    if (m_windowAtDecrease > 0 && m_events - m_lastDecreaseAt <= m_windowAtDecrease)
        return false;
    m_windowAtDecrease = m_limit;
    m_lastDecreaseAt = m_events;
    const int before = m_limit;
    m_limit = std::max(1, m_limit / 2);
    return m_limit != before;
}

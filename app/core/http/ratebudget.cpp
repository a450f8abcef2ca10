#include "http/ratebudget.h"

#include "http/ratelimitheaders.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr double kEpsilon = 1e-9; // a wait computed to refill one token does refill it
} // namespace

double RateBudget::tokensAt(qint64 nowMs) const
{
    if (nowMs <= m_lastMs || m_refillPerMs <= 0)
        return m_tokens;
    // The bucket never holds more than its size; what is in flight has been taken from it.
    const double cap = m_capacity - double(m_inFlight);
    const double refilled = m_tokens + double(nowMs - m_lastMs) * m_refillPerMs;
    return std::max(m_tokens, std::min(refilled, cap));
}

qint64 RateBudget::waitMs(qint64 nowMs) const
{
    if (!m_known)
        return 0;
    const double tokens = tokensAt(nowMs);
    if (tokens >= 1.0 - kEpsilon)
        return 0;
    if (m_refillPerMs <= 0)
        return kUnknownRefillWaitMs;
    const qint64 wait = qint64(std::ceil((1.0 - tokens) / m_refillPerMs));
    return std::clamp<qint64>(wait, 1, kMaxWaitMs);
}

qint64 RateBudget::take(qint64 nowMs)
{
    const qint64 wait = waitMs(nowMs);
    if (wait > 0)
        return wait;
    if (m_known) {
        m_tokens = tokensAt(nowMs) - 1.0;
        m_lastMs = std::max(m_lastMs, nowMs);
    }
    ++m_inFlight;
    return 0;
}

void RateBudget::answered(
    const RateLimitHeaders &headers, bool refused, qint64 sequence, qint64 nowMs)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    if (!headers.present)
        return;
    m_known = true;
    m_capacity = double(headers.limit);
    m_refillPerMs = std::max(m_refillPerMs, headers.refillLowerBound() / 1000.0);
    const double left = double(headers.available) - double(m_inFlight);
    if (refused) {
        // Whatever the mirror thought, the bucket was empty: start again from there.
        m_tokens = std::min(tokensAt(nowMs), left);
    } else if (sequence > m_readSequence) {
        m_tokens = left;
    } else {
        return;
    }
    m_lastMs = std::max(m_lastMs, nowMs);
    m_readSequence = std::max(m_readSequence, sequence);
}

std::optional<qint64> RateBudget::headroom(qint64 nowMs) const
{
    if (!m_known)
        return std::nullopt;
    return qint64(std::floor(tokensAt(nowMs)));
}

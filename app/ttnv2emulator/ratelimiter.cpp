#include "ratelimiter.h"

#include <cmath>

namespace ttnv2emu {

RateLimiter::RateLimiter()
{
    m_clock.start();
}

void RateLimiter::setRate(double perSecond)
{
    m_rate = perSecond > 0 ? perSecond : 0;
    m_applications.clear();
    m_clients.clear();
}

void RateLimiter::refill(Bucket &bucket, double nowMs) const
{
    bucket.tokens = qMin(m_burst, bucket.tokens + (nowMs - bucket.updatedAtMs) * m_rate / 1000.0);
    bucket.updatedAtMs = nowMs;
}

double RateLimiter::waitFor(Bucket &bucket, double nowMs) const
{
    refill(bucket, nowMs);
    if (bucket.tokens >= 1)
        return 0;
    return (1 - bucket.tokens) * 1000.0 / m_rate;
}

RateLimiter::Decision RateLimiter::reserve(const QString &appId, const QString &clientId)
{
    Decision decision;
    if (m_rate <= 0)
        return decision;
    const double now = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
    auto bucketFor = [&](QHash<QString, Bucket> &buckets, const QString &id) -> Bucket & {
        auto it = buckets.find(id);
        if (it == buckets.end())
            it = buckets.insert(id, Bucket { m_burst, now });
        return it.value();
    };
    Bucket &client = bucketFor(m_clients, clientId);
    Bucket &application = bucketFor(m_applications, appId);
    const double clientWait = waitFor(client, now);
    const double applicationWait = waitFor(application, now);
    if (clientWait > m_maxWaitMs || applicationWait > m_maxWaitMs) {
        decision.allowed = false;
        decision.applicationLimited = applicationWait > m_maxWaitMs;
        return decision;
    }
    client.tokens -= 1;
    application.tokens -= 1;
    decision.waitMs = static_cast<int>(std::ceil(qMax(clientWait, applicationWait)));
    return decision;
}

} // namespace ttnv2emu

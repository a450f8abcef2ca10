#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace ttnv2emu {

// The handler's limiter (api/ratelimit/ratelimit.go on top of juju/ratelimit): one token
// bucket per client and one per application, `burst` tokens, refilled at `perSecond`. A
// request takes a token from both; when none is there it may wait for one up to `maxWait`,
// otherwise it is refused with ResourceExhausted. Waiting reserves the token (the bucket
// goes negative), so queued requests are served one by one at the configured rate.
class RateLimiter
{
public:
    RateLimiter();

    struct Decision
    {
        bool allowed = true;
        int waitMs = 0; // delay the answer this long
        bool applicationLimited = false; // refused by the application bucket (else client)
    };

    void setRate(double perSecond); // 0 = off; resets the buckets
    double rate() const { return m_rate; }
    Decision reserve(const QString &appId, const QString &clientId);

private:
    struct Bucket
    {
        double tokens = 0;
        double updatedAtMs = 0;
    };
    double waitFor(Bucket &bucket, double nowMs) const; // refills, returns ms until a token
    void refill(Bucket &bucket, double nowMs) const;

    double m_rate = 5;
    double m_burst = 5;
    double m_maxWaitMs = 500;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_applications;
    QHash<QString, Bucket> m_clients;
};

} // namespace ttnv2emu

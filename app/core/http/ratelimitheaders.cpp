#include "http/ratelimitheaders.h"

#include "http/httpreply.h"

namespace {

bool number(const QByteArray &text, qint64 *value)
{
    bool ok = false;
    *value = text.trimmed().toLongLong(&ok);
    return ok && *value >= 0;
}

} // namespace

RateLimitHeaders RateLimitHeaders::parse(const QByteArray &limit, const QByteArray &available,
    const QByteArray &reset, const QByteArray &retry)
{
    RateLimitHeaders h;
    h.present = number(limit, &h.limit) && number(available, &h.available)
        && number(reset, &h.resetSeconds) && h.limit > 0 && h.available <= h.limit;
    if (!number(retry, &h.retrySeconds))
        h.retrySeconds = -1;
    if (!h.present)
        h = RateLimitHeaders { false, 0, 0, 0, h.retrySeconds };
    return h;
}

RateLimitHeaders RateLimitHeaders::of(const HttpReply &reply)
{
    return parse(reply.header("X-Rate-Limit-Limit"), reply.header("X-Rate-Limit-Available"),
        reply.header("X-Rate-Limit-Reset"), reply.header("X-Rate-Limit-Retry"));
}

double RateLimitHeaders::refillLowerBound() const
{
    // Reset = floor(missing / rate) with missing = limit - tokens and tokens in
    // [available, available + 1): so rate > (limit - available - 1) / (reset + 1).
    if (!present)
        return 0;
    const double missing = double(limit - available - 1);
    return missing > 0 ? missing / double(resetSeconds + 1) : 0;
}

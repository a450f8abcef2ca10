#include "http/retrypolicy.h"

#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <algorithm>

qint64 RetryPolicy::delayAfter(int failedAttempt, qint64 retryAfterMs, double jitter01) const
{
    if (failedAttempt >= maxAttempts || failedAttempt < 1)
        return -1;
    if (retryAfterMs > maxRetryAfterMs)
        return -1;
    const int exponent = std::min(failedAttempt - 1, 20);
    const qint64 full = std::min<qint64>(maxDelayMs, qint64(baseDelayMs) << exponent);
    // "Equal jitter": half fixed, half random, so clients that failed together spread out.
    const double jitter = std::clamp(jitter01, 0.0, 1.0);
    const qint64 backoff = full / 2 + qint64(double(full - full / 2) * jitter);
    return std::max(backoff, retryAfterMs);
}

qint64 RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? seconds * 1000 : -1;
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    if (!trimmed.endsWith(" GMT"))
        return -1;
    const QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(trimmed).chopped(4), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(utc));
}

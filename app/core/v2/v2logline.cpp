#include "v2/v2logline.h"

#include "http/requestlogline.h"

using namespace Qt::StringLiterals;

QString V2LogLine::outcomeWithoutStatus(const V2Error &error)
{
    switch (error.kind) {
    case V2ErrorKind::None:
        return u"ok"_s;
    case V2ErrorKind::Timeout:
        return u"timeout"_s;
    case V2ErrorKind::ConnectionFailed:
        return error.transientReset ? u"connection reset"_s : u"connection failed"_s;
    case V2ErrorKind::Tls:
        return u"TLS error"_s;
    case V2ErrorKind::Canceled:
        return u"canceled"_s;
    case V2ErrorKind::BadResponse:
        return u"unreadable response"_s;
    default:
        return u"error"_s;
    }
}

QString V2LogLine::format(const QString &method, const QString &pathAndQuery, int httpStatus,
    const V2Error &error, qint64 elapsedMs, int attempt, int maxAttempts)
{
    QString outcome = httpStatus > 0 ? QString::number(httpStatus) : outcomeWithoutStatus(error);
    // An error that is not the status itself (a body cut short, too large) is named too.
    if (httpStatus > 0 && error.isError() && error.httpStatus != httpStatus)
        outcome += u' ' + outcomeWithoutStatus(error);
    const QString note = attempt > 1 ? u"retry %1/%2"_s.arg(attempt).arg(maxAttempts) : QString();
    return RequestLogLine::compose(method, pathAndQuery, outcome, elapsedMs, note);
}

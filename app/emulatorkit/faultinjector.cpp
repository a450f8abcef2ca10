#include "faultinjector.h"

#include "reply.h"

using namespace Qt::StringLiterals;

namespace emukit {

void FaultInjector::failEveryNth(int n, int httpStatus)
{
    m_failEvery = n > 0 ? n : 0;
    m_failEveryStatus = httpStatus;
}

void FaultInjector::failNext(int count, int httpStatus, int retryAfterSeconds)
{
    m_failNextCount = count > 0 ? count : 0;
    m_failNextStatus = httpStatus;
    m_failNextRetryAfter = retryAfterSeconds;
}

void FaultInjector::resetEveryNth(int n)
{
    m_resetEvery = n > 0 ? n : 0;
}

void FaultInjector::garbageEveryNth(int n)
{
    m_garbageEvery = n > 0 ? n : 0;
}

void FaultInjector::clear()
{
    *this = FaultInjector();
}

FaultInjector::Fault FaultInjector::next(int requestNumber)
{
    Fault fault;
    if (m_failNextCount > 0) {
        --m_failNextCount;
        fault.kind = Kind::ErrorStatus;
        fault.status = m_failNextStatus;
        fault.retryAfterSeconds = m_failNextRetryAfter;
    } else if (m_failEvery > 0 && requestNumber % m_failEvery == 0) {
        fault.kind = Kind::ErrorStatus;
        fault.status = m_failEveryStatus;
    } else if (m_resetEvery > 0 && requestNumber % m_resetEvery == 0) {
        fault.kind = Kind::Reset;
    } else if (m_garbageEvery > 0 && requestNumber % m_garbageEvery == 0) {
        fault.kind = Kind::Garbage;
    }
    return fault;
}

Reply injectedError(const FaultInjector::Fault &fault)
{
    const int code = Reply::grpcCodeForHttpStatus(fault.status);
    QString message = u"injected fault: HTTP %1"_s.arg(fault.status);
    if (fault.status == 429)
        message = u"Rate limit reached (injected fault)"_s;
    else if (fault.status == 503)
        message = u"Service unavailable (injected fault)"_s;
    Reply reply = Reply::error(fault.status, code, message);
    if (fault.retryAfterSeconds > 0)
        reply.headers.append(
            { QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds) });
    return reply;
}

void applyTransportFault(const FaultInjector::Fault &fault, Reply *reply)
{
    if (fault.kind == FaultInjector::Kind::Reset) {
        reply->delivery = Reply::Delivery::ResetMidBody;
        // The client must see a body that stops early, so make sure there is one.
        if (reply->body.size() < 8)
            reply->body = QByteArrayLiteral("{\"devices\":[{\"app_id\":\"\"}]}");
    } else if (fault.kind == FaultInjector::Kind::Garbage) {
        // A 200 whose JSON stops halfway (what a proxy cutting the stream looks like),
        // followed by bytes that are no JSON at all.
        const QByteArray original = reply->body.size() > 8
            ? reply->body
            : QByteArrayLiteral("{\"devices\":[{\"app_id\":\"");
        reply->status = 200;
        reply->headers.clear();
        reply->body = original.left(original.size() / 2) + QByteArrayLiteral("\x01<html>garbage");
    }
}

} // namespace emukit

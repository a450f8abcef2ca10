#include "reply.h"

#include "jsonpb.h"

namespace emukit {

Reply Reply::json(QByteArray body, int status)
{
    Reply reply;
    reply.status = status;
    reply.body = std::move(body);
    return reply;
}

Reply Reply::error(int httpStatus, int grpcCode, const QString &message)
{
    QByteArray body;
    jsonpb::ObjectWriter w(body);
    w.string("error", message);
    w.raw("code", QByteArray::number(grpcCode));
    w.string("message", message);
    w.raw("details", QByteArrayLiteral("[]"));
    w.finish();
    return json(body, httpStatus);
}

int Reply::grpcCodeForHttpStatus(int httpStatus)
{
    // Inverse of grpc-gateway v1.14.6 runtime/errors.go HTTPStatusFromCode.
    switch (httpStatus) {
    case 400:
        return 3; // InvalidArgument
    case 401:
        return 16; // Unauthenticated
    case 403:
        return 7; // PermissionDenied
    case 404:
        return 5; // NotFound
    case 409:
        return 6; // AlreadyExists
    case 412:
        return 9; // FailedPrecondition
    case 429:
        return 8; // ResourceExhausted
    case 499:
        return 1; // Canceled
    case 501:
        return 12; // Unimplemented
    case 503:
        return 14; // Unavailable
    case 504:
        return 4; // DeadlineExceeded
    case 500:
        return 13; // Internal
    default:
        return 2; // Unknown
    }
}

} // namespace emukit

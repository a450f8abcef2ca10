#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace emukit {

// What the routes need from one HTTP request, copied out of QHttpServerRequest (which the
// server reuses for the next request on the same connection).
struct IncomingRequest
{
    QByteArray method; // "GET", "POST", …
    QString path; // decoded, without query
    QUrlQuery query;
    QString pathWithQuery; // for the request log
    QByteArray authorization;
    QByteArray metadataKey; // Grpc-Metadata-Key
    QByteArray body;
    bool keyPresent() const { return !authorization.isEmpty() || !metadataKey.isEmpty(); }
};

// One answer, and how to deliver it.
struct Reply
{
    enum class Delivery {
        Normal,
        ResetMidBody, // headers + half the body, then close the connection
    };

    int status = 200;
    QByteArray body = QByteArrayLiteral("{}");
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    Delivery delivery = Delivery::Normal;
    bool isSuccessfulWrite = false; // a POST/PUT/DELETE that changed the store

    static Reply json(QByteArray body, int status = 200);
    // grpc-gateway v1 error body: {"error":msg,"code":<grpc code>,"message":msg,"details":[]}
    static Reply error(int httpStatus, int grpcCode, const QString &message);
    // The gRPC code grpc-gateway maps to this HTTP status (for injected faults).
    static int grpcCodeForHttpStatus(int httpStatus);
};

} // namespace emukit

#include "emulatorhttpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace emukit {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace

EmulatorHttpServer::EmulatorHttpServer(Dispatcher dispatcher, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatcher(std::move(dispatcher))
{
}

IncomingRequest EmulatorHttpServer::toIncoming(const QHttpServerRequest &request)
{
    IncomingRequest incoming;
    const QUrl url = request.url();
    incoming.method = methodName(request.method());
    incoming.path = url.path();
    incoming.query = QUrlQuery(url);
    incoming.pathWithQuery = url.path();
    if (url.hasQuery())
        incoming.pathWithQuery += QLatin1Char('?') + url.query();
    incoming.authorization = request.value(QByteArrayLiteral("authorization"));
    incoming.metadataKey = request.value(QByteArrayLiteral("grpc-metadata-key"));
    incoming.body = request.body();
    return incoming;
}

bool EmulatorHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const Reply reply = m_dispatcher(toIncoming(request));
    if (reply.delayMs <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        deliver(responder, socket, reply);
        return true;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(reply.delayMs, this, [this, responder, guard, reply]() {
        // QAbstractHttpServer deletes the socket when the client goes away; the responder
        // holds a raw pointer to it, so only write while the socket is still there.
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            deliver(*responder, guard.data(), reply);
    });
    return true;
}

void EmulatorHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() answers every request.
}

void EmulatorHttpServer::deliver(
    QHttpServerResponder &responder, QTcpSocket *socket, const Reply &reply)
{
    // Written by hand: QHttpServerResponder::writeStatusLine() in 6.4 looks the reason phrase
    // up with std::map::at() and throws for codes it does not know (e.g. an injected 499).
    socket->write(
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n");
    responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    responder.writeHeader(
        QByteArrayLiteral("Grpc-Metadata-Content-Type"), QByteArrayLiteral("application/grpc"));
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader(
        QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    if (reply.delivery == Reply::Delivery::ResetMidBody) {
        responder.writeBody(reply.body.constData(), reply.body.size() / 2);
        closeMidBody(socket);
        return;
    }
    responder.writeBody(reply.body);
}

void EmulatorHttpServer::closeMidBody(QTcpSocket *socket)
{
    // Cut the connection once the headers and half the body are on their way, like a proxy
    // or a crashing server would. A graceful close (FIN) rather than an RST on purpose: an
    // RST makes the client's kernel drop bytes it has not read yet, and when it drops the
    // headers too, QNetworkAccessManager silently resends the GET on a new connection, so
    // the fault would vanish on a busy machine. After a FIN the client always reads the
    // headers first and then sees the body end early: a deterministic truncated reply.
    socket->disconnectFromHost();
}

} // namespace emukit

#pragma once

#include "reply.h"

#include <QAbstractHttpServer>
#include <functional>

class QHttpServerResponder;
class QTcpSocket;

namespace emukit {

// QtHttpServer 6.4 front end. QHttpServer's router cannot express "any method, then decide"
// and its responses are synchronous, so this subclasses QAbstractHttpServer directly: every
// request is copied into an IncomingRequest, answered by the dispatcher, and delivered now
// or after Reply::delayMs via a QTimer holding the moved QHttpServerResponder (the event
// loop never blocks). A reply whose connection closed in the meantime is dropped.
class EmulatorHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Dispatcher = std::function<Reply(const IncomingRequest &)>;
    explicit EmulatorHttpServer(Dispatcher dispatcher, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static IncomingRequest toIncoming(const QHttpServerRequest &request);
    void deliver(QHttpServerResponder &responder, QTcpSocket *socket, const Reply &reply);
    static void closeMidBody(QTcpSocket *socket);

    Dispatcher m_dispatcher;
};

} // namespace emukit

#pragma once

// A loopback server that answers every request with one fixed raw HTTP response, for the
// cases the emulator does not produce (redirects, absurd sizes). Counts what it received.
#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

class RawHttpServer : public QObject
{
public:
    explicit RawHttpServer(QByteArray response, QObject *parent = nullptr)
        : QObject(parent)
        , m_response(std::move(response))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_received.contains("\r\n\r\n"))
                        return;
                    ++m_requests;
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_server.serverPort());
        return url;
    }
    int requests() const { return m_requests; }
    const QByteArray &received() const { return m_received; }

private:
    QTcpServer m_server;
    QByteArray m_response;
    QByteArray m_received;
    int m_requests = 0;
};

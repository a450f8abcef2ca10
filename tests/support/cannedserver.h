#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <memory>

// A tiny HTTP(S) server on 127.0.0.1 that answers GET requests with canned bodies. It serves
// what the emulator refuses to store (bodies of wrong types, truncated JSON, HTML) and stands
// in for a private v2 deployment behind TLS whose certificate is signed by a CA the system
// does not trust (see TlsFixture).
class CannedServer : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
    };

    explicit CannedServer(QObject *parent = nullptr);
    ~CannedServer() override;
    bool listen(); // plain HTTP
    bool listenTls(const QString &certPath, const QString &keyPath); // HTTPS
    QUrl url() const; // http(s)://127.0.0.1:<port>
    void setResponse(const QByteArray &path, const Response &response); // path without query

    // Requests that got past the TLS handshake ("GET /path HTTP/1.1").
    QList<QByteArray> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

private:
    void serve(QTcpSocket *socket);
    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QByteArray, Response> m_responses;
    QList<QByteArray> m_requests;
};

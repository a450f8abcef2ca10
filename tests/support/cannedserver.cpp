#include "cannedserver.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <memory>

using namespace Qt::StringLiterals;

CannedServer::CannedServer(QObject *parent)
    : QObject(parent)
{
}
CannedServer::~CannedServer() = default;

bool CannedServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *pending = m_server->nextPendingConnection())
            serve(pending);
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool CannedServer::listenTls(const QString &certPath, const QString &keyPath)
{
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not authenticated
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(config);
    m_server = std::move(server);
    m_tls = true;
    // QSslServer offers a connection only after its handshake succeeded.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *pending = m_server->nextPendingConnection())
            serve(pending);
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl CannedServer::url() const
{
    return QUrl(
        u"%1://127.0.0.1:%2"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(m_server->serverPort()));
}

void CannedServer::setResponse(const QByteArray &path, const Response &response)
{
    m_responses.insert(path, response);
}

void CannedServer::serve(QTcpSocket *socket)
{
    socket->setParent(this);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        buffer->append(socket->readAll());
        if (!buffer->contains("\r\n\r\n"))
            return;
        const QByteArray requestLine = buffer->left(buffer->indexOf("\r\n"));
        m_requests.append(requestLine);
        QByteArray path = requestLine.split(' ').value(1);
        if (const qsizetype query = path.indexOf('?'); query >= 0)
            path.truncate(query);
        const Response response = m_responses.value(
            path, Response { 404, R"({"error":"not found","code":5,"message":"not found"})" });
        const QByteArray reply = "HTTP/1.1 " + QByteArray::number(response.status)
            + " X\r\n"
              "Content-Type: application/json\r\nConnection: close\r\n"
              "Content-Length: "
            + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body;
        buffer->clear();
        socket->write(reply);
        socket->disconnectFromHost();
    });
}

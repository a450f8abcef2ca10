#pragma once

// Synchronous HTTP for tests: one request through QNetworkAccessManager, waiting in a local
// event loop so the emulator (same thread) keeps serving.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
};

class HttpTestClient
{
public:
    explicit HttpTestClient(const QUrl &base)
        : m_base(base)
    {
    }

    void setKey(const QByteArray &key) { m_authorization = key.isEmpty() ? key : "Key " + key; }
    void setAuthorization(const QByteArray &value) { m_authorization = value; }

    QNetworkReply *start(const QByteArray &method, const QString &pathAndQuery,
        const QByteArray &body = {}, const QByteArray &metadataKey = {})
    {
        QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
        request.setTransferTimeout(10000);
        if (!m_authorization.isEmpty())
            request.setRawHeader("Authorization", m_authorization);
        if (!metadataKey.isEmpty())
            request.setRawHeader("Grpc-Metadata-Key", metadataKey);
        if (!body.isEmpty())
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return m_manager.sendCustomRequest(request, method, body);
    }

    static HttpResult finish(QNetworkReply *reply, const QElapsedTimer &timer)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(15000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        HttpResult result;
        result.elapsedMs = timer.elapsed();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.headers = reply->rawHeaderPairs();
        result.body = reply->readAll();
        reply->deleteLater();
        return result;
    }

    HttpResult send(const QByteArray &method, const QString &pathAndQuery,
        const QByteArray &body = {}, const QByteArray &metadataKey = {})
    {
        QElapsedTimer timer;
        timer.start();
        return finish(start(method, pathAndQuery, body, metadataKey), timer);
    }

    HttpResult get(const QString &pathAndQuery) { return send("GET", pathAndQuery); }

    QNetworkAccessManager &manager() { return m_manager; }

private:
    QUrl m_base;
    QByteArray m_authorization;
    QNetworkAccessManager m_manager;
};

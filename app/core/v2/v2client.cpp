#include "v2/v2client.h"

#include "util/redact.h"
#include "v2/tlssetup.h"
#include "v2/v2call.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <algorithm>

V2Client::V2Client(V2Connection connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_network(new QNetworkAccessManager(this))
    , m_pacer(m_connection.requestsPerSecond, 1)
{
    // Burst 1: requests are spaced evenly at the handler's rate, so its own bucket (5/s per
    // application and per client) never runs dry and 429 stays the exception.
    Redact::registerSecret(m_connection.accessKey);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_retryPolicy.maxAttempts = std::max(1, m_connection.maxAttempts);
    m_retryPolicy.baseDelayMs = std::max(1, m_connection.retryBaseDelayMs);

    TlsSetup::Result tls = TlsSetup::load(m_connection.caCertPath, m_connection.errorAudience);
    m_ssl = tls.configuration;
    m_setupError = tls.error;
    if (m_connection.handlerUrl.isValid() && !m_connection.handlerUrl.host().isEmpty())
        m_handlerUrl = m_connection.handlerUrl;
}

V2Client::~V2Client()
{
    abortAll();
}

V2Call *V2Client::send(const V2Request &request)
{
    m_calls.removeAll(QPointer<V2Call>());
    auto *call = new V2Call(this, request);
    m_calls.append(call);
    // Started from the event loop, so the caller can connect finished() first.
    QTimer::singleShot(0, call, &V2Call::start);
    return call;
}

void V2Client::abortAll()
{
    const QList<QPointer<V2Call>> calls = std::exchange(m_calls, {});
    for (const QPointer<V2Call> &call : calls) {
        if (call)
            call->abort();
    }
}

void V2Client::countRequest(bool isRetry)
{
    ++m_requests;
    if (isRetry)
        ++m_retries;
}

void V2Client::logAttempt(const QString &line)
{
    emit requestLogged(line);
}

void V2Client::noteRetry(const V2Error &error, qint64 delayMs)
{
    emit retryScheduled(error, delayMs);
}

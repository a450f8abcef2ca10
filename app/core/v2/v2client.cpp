#include "v2/v2client.h"

#include "http/httpsession.h"
#include "http/requestpacer.h"
#include "http/tlssetup.h"
#include "util/redact.h"
#include "v2/v2call.h"
#include "v2/v2errormapper.h"

#include <QTimer>
#include <algorithm>

V2Client::V2Client(V2Connection connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_session(new HttpSession(this))
{
    Redact::registerSecret(m_connection.accessKey);
    // Burst 1: requests are spaced evenly at the handler's rate, so its own bucket (5/s per
    // application and per client) never runs dry and 429 stays the exception.
    m_session->setThrottle(std::make_unique<RequestPacer>(m_connection.requestsPerSecond, 1));
    m_session->setTransferTimeout(m_connection.timeoutMs);
    connect(m_session, &HttpSession::requestLogged, this, &V2Client::requestLogged);
    m_retryPolicy.maxAttempts = std::max(1, m_connection.maxAttempts);
    m_retryPolicy.baseDelayMs = std::max(1, m_connection.retryBaseDelayMs);

    const TlsSetup::Result tls = TlsSetup::load(m_connection.caCertPath);
    m_session->setTlsConfiguration(tls.configuration);
    if (!tls.problem.isEmpty()) {
        V2ErrorSubject subject;
        m_setupError = V2ErrorMapper::make(
            V2ErrorKind::Tls, subject, 0, V2ErrorDetail::CaCertUnreadable, tls.problem);
    }
    if (m_connection.handlerUrl.isValid() && !m_connection.handlerUrl.host().isEmpty())
        m_handlerUrl = m_connection.handlerUrl;
}

V2Client::~V2Client()
{
    abortAll();
}

V2Call *V2Client::send(const V2Request &request)
{
    auto *call = new V2Call(this, request);
    // Started from the event loop, so the caller can connect finished() first.
    QTimer::singleShot(0, call, &V2Call::start);
    return call;
}

void V2Client::abortAll()
{
    m_session->abortAll();
}

int V2Client::requestCount() const
{
    return m_session->requestCount();
}

int V2Client::retryCount() const
{
    return m_session->retryCount();
}

void V2Client::noteRetry(const V2Error &error, qint64 delayMs)
{
    emit retryScheduled(error, delayMs);
}

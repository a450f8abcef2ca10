#include "tts/ttsclient.h"

#include "http/httpsession.h"
#include "http/httpurl.h"
#include "http/ratelimitgate.h"
#include "http/tlssetup.h"
#include "tts/ttscall.h"
#include "util/redact.h"

#include <QTimer>

using namespace Qt::StringLiterals;

TtsClient::TtsClient(TtsConnection connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_session(new HttpSession(this))
{
    m_connection.apiKey = m_connection.apiKey.trimmed();
    // The whole key and its secret part alone: neither may reach a log.
    Redact::registerSecret(m_connection.apiKey);
    const QStringList parts = m_connection.apiKey.split(u'.');
    if (parts.size() == 3)
        Redact::registerSecret(parts.at(2));
    m_session->setThrottle(std::make_unique<RateLimitGate>());
    m_session->setTransferTimeout(m_connection.timeoutMs);
    const TlsSetup::Result tls = TlsSetup::load(m_connection.caCertPath);
    m_session->setTlsConfiguration(tls.configuration);
    m_tlsProblem = tls.problem;
    connect(m_session, &HttpSession::requestLogged, this, &TtsClient::requestLogged);
}

TtsClient::~TtsClient()
{
    abortAll();
}

QUrl TtsClient::apiBase(TtsServer server) const
{
    QUrl url
        = server == TtsServer::Identity ? m_connection.identityServerUrl : m_connection.cluster();
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/api/v3"))
        path.chop(7);
    url.setPath(path + u"/api/v3"_s);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool TtsClient::mayCarryKey(const QUrl &url) const
{
    return HttpUrl::sameOrigin(url, apiBase(TtsServer::Identity))
        || HttpUrl::sameOrigin(url, apiBase(TtsServer::Network));
}

TtsCall *TtsClient::send(const TtsRequest &request)
{
    auto *call = new TtsCall(this, request);
    // Started from the event loop, so the caller can connect finished() first.
    QTimer::singleShot(0, call, &TtsCall::start);
    return call;
}

void TtsClient::abortAll()
{
    m_session->abortAll();
}

int TtsClient::requestCount() const
{
    return m_session->requestCount();
}

int TtsClient::retryCount() const
{
    return m_session->retryCount();
}

void TtsClient::noteRateLimited()
{
    ++m_rateLimited;
    emit rateLimited();
}

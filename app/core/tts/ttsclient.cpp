#include "tts/ttsclient.h"

#include "tts/ttscall.h"
#include "util/redact.h"

#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

int defaultPort(const QUrl &url)
{
    return url.scheme() == u"https" ? 443 : 80;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

} // namespace

TtsClient::TtsClient(TtsConnection connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_network(new QNetworkAccessManager(this))
{
    m_connection.apiKey = m_connection.apiKey.trimmed();
    // The whole key and its secret part alone: neither may reach a log.
    Redact::registerSecret(m_connection.apiKey);
    const QStringList parts = m_connection.apiKey.split(u'.');
    if (parts.size() == 3)
        Redact::registerSecret(parts.at(2));
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
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
    return sameOrigin(url, apiBase(TtsServer::Identity))
        || sameOrigin(url, apiBase(TtsServer::Network));
}

TtsCall *TtsClient::send(const TtsRequest &request)
{
    m_calls.removeAll(QPointer<TtsCall>());
    auto *call = new TtsCall(this, request);
    m_calls.append(call);
    // Started from the event loop, so the caller can connect finished() first.
    QTimer::singleShot(0, call, &TtsCall::start);
    return call;
}

void TtsClient::abortAll()
{
    const QList<QPointer<TtsCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<TtsCall> &call : calls) {
        if (call)
            call->abort();
    }
}

void TtsClient::countRequest(bool isRetry)
{
    ++m_requests;
    if (isRetry)
        ++m_retries;
}

void TtsClient::noteRateLimited()
{
    ++m_rateLimited;
    emit rateLimited();
}

void TtsClient::logLine(const QString &line)
{
    emit requestLogged(line);
}

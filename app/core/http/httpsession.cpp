#include "http/httpsession.h"

#include "http/httpcall.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

HttpSession::HttpSession(QObject *parent)
    : QObject(parent)
    , m_tls(QSslConfiguration::defaultConfiguration())
{
}

HttpSession::~HttpSession()
{
    abortAll();
}

void HttpSession::setThrottle(std::unique_ptr<HttpThrottle> throttle)
{
    m_throttle = std::move(throttle);
}

void HttpSession::setConcurrency(int start, int maximum)
{
    m_concurrency.reset(start, maximum);
    emit concurrencyChanged(m_concurrency.limit());
}

void HttpSession::adopt(HttpCall *call)
{
    m_calls.removeAll(QPointer<HttpCall>());
    m_calls.append(call);
}

void HttpSession::abortAll()
{
    const QList<QPointer<HttpCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<HttpCall> &call : calls) {
        if (call)
            call->abort();
    }
}

void HttpSession::log(const QString &line)
{
    emit requestLogged(line);
}

QNetworkAccessManager *HttpSession::network()
{
    QNetworkAccessManager *best = nullptr;
    for (QNetworkAccessManager *manager : std::as_const(m_managers)) {
        if (!best || m_busy.value(manager) < m_busy.value(best))
            best = manager;
    }
    if (!best
        || (m_busy.value(best) >= kConnectionsPerManager && m_managers.size() < kMaxManagers)) {
        best = new QNetworkAccessManager(this);
        // Redirects are never followed: a key must not travel to wherever a server points.
        best->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_managers.append(best);
    }
    return best;
}

void HttpSession::track(QNetworkAccessManager *manager, QObject *reply)
{
    ++m_busy[manager];
    connect(reply, &QObject::destroyed, this, [this, manager] { --m_busy[manager]; });
}

qint64 HttpSession::noteSent(bool isRetry)
{
    ++m_requests;
    if (isRetry)
        ++m_retries;
    return ++m_sequence;
}

void HttpSession::noteAnswer(const HttpReply &reply, qint64 sequence, bool throttled)
{
    const HttpLoad load = HttpLoadOf::reply(reply);
    if (throttled && m_throttle)
        m_throttle->noteAnswer(reply, load, sequence);
    bool changed = false;
    switch (load) {
    case HttpLoad::Answered:
        changed
            = m_concurrency.answered(m_throttle ? m_throttle->headroom() : std::optional<qint64>());
        break;
    case HttpLoad::Throttled:
        changed = m_concurrency.throttled();
        break;
    case HttpLoad::Overloaded:
        changed = m_concurrency.overloaded();
        break;
    case HttpLoad::None:
        break;
    }
    if (changed)
        emit concurrencyChanged(m_concurrency.limit());
    if (m_throttle && load != HttpLoad::Throttled) {
        const std::optional<qint64> room = m_throttle->headroom();
        if (room && *room >= 1)
            emit throttleOpened();
    }
}

void HttpSession::noteRepeat(const HttpReply &reply, qint64 delayMs)
{
    const HttpLoad cause = HttpLoadOf::reply(reply);
    if (cause == HttpLoad::Throttled || cause == HttpLoad::Overloaded)
        emit retryWaiting(cause, delayMs);
}

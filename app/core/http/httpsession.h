#pragma once

#include "http/adaptiveconcurrency.h"
#include "http/httpreply.h"
#include "http/httpthrottle.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <memory>

class HttpCall;
class QNetworkAccessManager;

// What every call of one HTTP client shares (a V2Client, a TtsClient, any future HTTP
// source): the network access, the TLS settings, the transfer timeout, the throttle that
// decides when requests go, the adaptive concurrency its jobs follow, the calls in flight (so
// they can all be stopped) and the request counters. Clients own one and build their calls
// (HttpCall subclasses) on it; see docs/development.md "The HTTP layer".
class HttpSession : public QObject
{
    Q_OBJECT
public:
    explicit HttpSession(QObject *parent = nullptr);
    ~HttpSession() override;

    void setTransferTimeout(int ms) { m_timeoutMs = ms; } // per attempt
    int transferTimeoutMs() const { return m_timeoutMs; }
    void setTlsConfiguration(const QSslConfiguration &configuration) { m_tls = configuration; }
    const QSslConfiguration &tlsConfiguration() const { return m_tls; }
    // Decides when requests go; nullptr: they go at once.
    void setThrottle(std::unique_ptr<HttpThrottle> throttle);
    HttpThrottle *throttle() const { return m_throttle.get(); }

    const AdaptiveConcurrency &concurrency() const { return m_concurrency; }
    void setConcurrency(int start, int maximum);

    void abortAll(); // aborted calls emit nothing more
    int requestCount() const { return m_requests; } // HTTP attempts sent
    int retryCount() const { return m_retries; } // attempts that repeated a failed one

    // One redacted --verbose line (requestLogged()).
    void log(const QString &line);

    // Qt 6.4 opens at most six connections per host and network access manager and queues
    // further requests inside; a session with more in flight spreads them over more managers.
    static constexpr int kConnectionsPerManager = 6;
    static constexpr int kMaxManagers = 8;

signals:
    void requestLogged(const QString &line);
    void concurrencyChanged(int limit); // AdaptiveConcurrency::limit() moved
    // An answer showed room in the server's budget: calls waiting for the throttle ask again.
    void throttleOpened();
    // The server refused (429: Throttled) or did not answer (502/503/504, a timeout:
    // Overloaded) and a request goes again after `delayMs`. Each face words it.
    void retryWaiting(HttpLoad cause, qint64 delayMs);

private:
    friend class HttpCall;
    void adopt(HttpCall *call);
    QNetworkAccessManager *network();
    void track(QNetworkAccessManager *manager, QObject *reply);
    qint64 noteSent(bool isRetry); // returns the request's sequence number
    void noteAnswer(const HttpReply &reply, qint64 sequence, bool throttled);
    void noteRepeat(const HttpReply &reply, qint64 delayMs);

    int m_timeoutMs = 30000;
    QSslConfiguration m_tls;
    std::unique_ptr<HttpThrottle> m_throttle;
    AdaptiveConcurrency m_concurrency;
    QList<QNetworkAccessManager *> m_managers;
    QHash<QNetworkAccessManager *, int> m_busy; // replies alive per manager
    QList<QPointer<HttpCall>> m_calls;
    qint64 m_sequence = 0;
    int m_requests = 0;
    int m_retries = 0;
};

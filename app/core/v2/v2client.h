#pragma once

#include "http/retrypolicy.h"
#include "v2/v2connection.h"
#include "v2/v2request.h"

#include <QObject>

class HttpSession;
class V2Call;

// Talks to one TTN v2 application over HTTP: finds its handler, lists/gets/sets devices.
// Requests are values (V2Request); each send() returns a V2Call that emits finished(V2Result).
// Built on the HTTP layer (app/core/http): every call is paced by one shared token bucket
// (RequestPacer), retried on transient faults, bounded by a transfer timeout and a size cap,
// never follows redirects, and carries the access key only to the handler. Never blocks: all
// waiting is done with timers.
class V2Client : public QObject
{
    Q_OBJECT
public:
    explicit V2Client(V2Connection connection, QObject *parent = nullptr);
    ~V2Client() override;

    const V2Connection &connection() const { return m_connection; }
    // Set when the client cannot work at all (e.g. --ttnv2.ca-cert unreadable); every call
    // then finishes with this error.
    const V2Error &setupError() const { return m_setupError; }
    // The handler in use: the configured address, or the one discovery found.
    QUrl handlerUrl() const { return m_handlerUrl; }
    void setHandlerUrl(const QUrl &url) { m_handlerUrl = url; }

    // The call belongs to the client and deletes itself after finished().
    V2Call *send(const V2Request &request);
    // Stops every call in flight; aborted calls emit nothing more.
    void abortAll();

    int requestCount() const; // HTTP requests sent, retries included
    int retryCount() const;

    static constexpr qint64 kListSizeCap = qint64(1) << 30; // 1 GiB
    static constexpr qint64 kSingleSizeCap = qint64(4) << 20; // 4 MiB

signals:
    void requestLogged(const QString &line); // one redacted --verbose line per attempt
    // A transient fault (429, 502/503/504, timeout, reset): the call tries again after
    // `delayMs`. Lets a caller say why nothing seems to happen (a handler's rate limit may
    // hold a request for a minute).
    void retryScheduled(const V2Error &error, qint64 delayMs);

private:
    friend class V2Call;
    HttpSession *session() const { return m_session; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void noteRetry(const V2Error &error, qint64 delayMs);

    V2Connection m_connection;
    HttpSession *m_session;
    RetryPolicy m_retryPolicy;
    V2Error m_setupError;
    QUrl m_handlerUrl;
};

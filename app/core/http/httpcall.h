#pragma once

#include "http/httpreply.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class HttpSession;
class QNetworkAccessManager;
class QNetworkRequest;

// One logical HTTP request in flight, for any protocol. The engine waits for the session's
// throttle, sends (Accept: JSON, our User-Agent, no cache, no redirect followed, the session's
// TLS settings and transfer timeout), reads the body in bounded chunks under the protocol's size
// cap, records the first TLS error (never ignoring it), and hands each attempt's HttpReply to the
// protocol, which maps it to its own error and decides (HttpVerdict) whether to send it again.
// It finishes exactly once (unless aborted) and then deletes itself.
//
// A protocol subclasses it (V2Call, TtsCall): prepare() builds one attempt (URL, headers such
// as the key where it belongs, method and body), judge() maps the answer, logs it and says what
// next, emitFinished() emits the protocol's typed result. The session is fed every answer
// (rate-limit headers, AdaptiveConcurrency), so the flow control comes with the engine.
class HttpCall : public QObject
{
    Q_OBJECT
public:
    ~HttpCall() override;
    // Stops the call at once; it emits nothing more and deletes itself.
    void abort();
    int attempts() const { return m_attempts; } // HTTP attempts sent so far

protected:
    struct Attempt
    {
        QByteArray method = "GET";
        QByteArray body;
    };

    HttpCall(HttpSession *session, QObject *parent);
    HttpSession *session() const { return m_session; }

    void begin(); // the first attempt, through the throttle
    void complete(); // finishes now (emitFinished() once, then deleteLater)
    bool isDone() const { return m_done; }

    // Sets the URL and the protocol's headers of the next attempt; returns method and body.
    virtual Attempt prepare(QNetworkRequest &request) = 0;
    virtual qint64 sizeCap() const = 0;
    // Waits for the session's throttle (false: e.g. a discovery lookup outside the pacing).
    virtual bool throttled() const { return true; }
    // One attempt is over: map it, log it, say what next.
    virtual HttpVerdict judge(const HttpReply &reply) = 0;
    virtual void emitFinished() = 0;

private:
    enum class Wait { None, Backoff, Slot };
    void waitThenSend(qint64 ms);
    void onTimer();
    void armTimer(qint64 ms);
    void sendNow();
    void onReadyRead();
    void onMetaData();
    void onReplyFinished();
    void refuseBody(QNetworkReply *reply);
    void dropReply();

    static constexpr qint64 kReadChunk = qint64(1) << 20; // 1 MiB
    static constexpr qint64 kMaxReserve = qint64(64) << 20; // 64 MiB

    HttpSession *m_session;
    QTimer m_timer;
    Wait m_wait = Wait::None;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QString m_tlsError;
    QElapsedTimer m_attemptTimer;
    qint64 m_sequence = 0;
    int m_attempts = 0;
    bool m_nextIsRetry = false;
    bool m_tooLarge = false;
    bool m_done = false;
};

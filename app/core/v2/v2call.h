#pragma once

#include "v2/v2errortext.h"
#include "v2/v2request.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;
class V2Client;

// One V2Request in flight: waits for a pacing slot, sends, reads the body under the size cap,
// retries transient faults after a back-off, and finally emits finished() exactly once
// (unless abort() was called). Created by V2Client::send(); deletes itself when done.
class V2Call : public QObject
{
    Q_OBJECT
public:
    ~V2Call() override;
    const V2Request &request() const { return m_result.request; }
    void abort();

signals:
    void finished(const V2Result &result);

private:
    friend class V2Client;
    V2Call(V2Client *client, const V2Request &request);
    void start();

    enum class Wait { None, Backoff, Slot };
    void waitBackoff(qint64 ms);
    void onTimer();
    void sendNow();
    void onReadyRead();
    void onReplyFinished();
    void refuseBody(QNetworkReply *reply);
    void finish();
    bool isPaced() const;
    bool isList() const;
    qint64 sizeCap() const;
    QByteArray method() const;
    QUrl targetUrl() const;
    QString logPath(const QUrl &url) const;
    V2ErrorSubject subject() const;
    void handleSuccess(const QByteArray &body, QNetworkReply *reply);

    static constexpr qint64 kReadChunk = qint64(1) << 20; // 1 MiB
    static constexpr qint64 kMaxReserve = qint64(64) << 20; // 64 MiB

    V2Client *m_client;
    V2Result m_result;
    QTimer m_timer;
    Wait m_wait = Wait::None;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QString m_tlsError;
    bool m_tooLarge = false;
    bool m_aborted = false;
    bool m_done = false;
    QElapsedTimer m_attemptTimer;
};

#pragma once

#include "tts/ttsrequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;
class TtsClient;

// One TtsRequest in flight: waits for the shared rate gate, sends, reads the body under the
// size cap, repeats it after a 429 (pausing every request of the client) and retries
// 502/503/504, timeouts and broken connections after 1, 2, 4, 8 s; then emits finished()
// exactly once (unless abort() was called). Created by TtsClient::send(); deletes itself.
class TtsCall : public QObject
{
    Q_OBJECT
public:
    ~TtsCall() override;
    const TtsRequest &request() const { return m_result.request; }
    void abort();

signals:
    void finished(const TtsResult &result);

private:
    friend class TtsClient;
    TtsCall(TtsClient *client, const TtsRequest &request);
    void start();
    void schedule(qint64 ms);
    void onTimer();
    void sendNow();
    void onReadyRead();
    void onReplyFinished();
    void readHeaders(QNetworkReply *reply);
    TtsError errorOf(QNetworkReply *reply, int status) const;
    bool retryLater(QNetworkReply *reply);
    void logAttempt(int status, const TtsError &error);
    void finish();

    static constexpr qint64 kSizeCap = qint64(64)
        << 20; // 64 MiB: a page of 1000 devices is far less

    TtsClient *m_client;
    TtsResult m_result;
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QString m_tlsError;
    QElapsedTimer m_attemptTimer;
    int m_retries = 0;
    int m_rateLimitRepeats = 0;
    bool m_tooLarge = false;
    bool m_isRetry = false; // the next attempt repeats a transient failure (not a 429)
    bool m_done = false;
};

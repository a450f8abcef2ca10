#pragma once

#include "http/httpcall.h"
#include "tts/ttsrequest.h"

class TtsClient;

// One TtsRequest in flight: The Things Stack's protocol on the HTTP layer's engine (HttpCall).
// It builds the URL under the server's /api/v3, puts the API key (Bearer) on requests to the
// configured hosts only, maps each answer with TtsErrorMapper, repeats a request after a 429
// (pausing every request of the client; not a failure) and retries 502/503/504, timeouts and
// broken connections after 1, 2, 4, 8 s (tts-import.md §6); then emits finished() exactly once
// (unless abort() was called). Created by TtsClient::send(); deletes itself.
class TtsCall : public HttpCall
{
    Q_OBJECT
public:
    const TtsRequest &request() const { return m_result.request; }

signals:
    void finished(const TtsResult &result);

private:
    friend class TtsClient;
    TtsCall(TtsClient *client, const TtsRequest &request);
    void start();

    Attempt prepare(QNetworkRequest &request) override;
    qint64 sizeCap() const override { return kSizeCap; }
    HttpVerdict judge(const HttpReply &reply) override;
    void emitFinished() override;

    void readHeaders(const HttpReply &reply);
    HttpVerdict retryVerdict(const HttpReply &reply);

    static constexpr qint64 kSizeCap = qint64(64)
        << 20; // 64 MiB: a page of 1000 devices is far less

    TtsClient *m_client;
    TtsResult m_result;
    int m_retries = 0;
    int m_rateLimitRepeats = 0;
};

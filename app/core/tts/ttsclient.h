#pragma once

#include "tts/ttsconnection.h"
#include "tts/ttsrequest.h"

#include <QObject>
#include <QUrl>

class HttpSession;
class TtsCall;

// Talks to one TTS deployment over HTTP (tts-import.md §1–§6), on the HTTP layer
// (app/core/http). Requests are values; each send() returns a TtsCall that emits
// finished(TtsResult). The API key goes, as a Bearer token, only to the configured Identity
// Server and cluster hosts; redirects are never followed; every call shares one RateLimitGate
// (the pause after a 429, pacing to the X-Rate-Limit-* budget) and the session's
// AdaptiveConcurrency, which jobs follow for how many devices they keep in flight (a
// ConcurrentQueue on session()). Never blocks: all waiting is done with timers.
class TtsClient : public QObject
{
    Q_OBJECT
public:
    explicit TtsClient(TtsConnection connection, QObject *parent = nullptr);
    ~TtsClient() override;

    const TtsConnection &connection() const { return m_connection; }
    // <server's base URL>/api/v3, whatever form the user gave the address in.
    QUrl apiBase(TtsServer server) const;
    HttpSession *session() const { return m_session; }

    TtsCall *send(const TtsRequest &request); // the call deletes itself after finished()
    void abortAll(); // aborted calls emit nothing more

    int requestCount() const; // HTTP requests, repeats included
    int retryCount() const; // after 502/503/504, timeouts, resets
    int rateLimitedCount() const { return m_rateLimited; } // 429 answers

signals:
    void requestLogged(const QString &line); // one redacted --verbose line per attempt
    void rateLimited(); // a 429 arrived: every request of the client pauses

private:
    friend class TtsCall;
    bool mayCarryKey(const QUrl &url) const;
    const QString &tlsProblem() const { return m_tlsProblem; }
    void noteRateLimited();

    TtsConnection m_connection;
    HttpSession *m_session;
    QString m_tlsProblem; // the CA file could not be used
    int m_rateLimited = 0;
};

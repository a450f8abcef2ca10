#pragma once

#include "tts/ttsconnection.h"
#include "tts/ttsrategate.h"
#include "tts/ttsrequest.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class TtsCall;

// Talks to one TTS deployment over HTTP (tts-import.md §1–§6). Requests are values; each
// send() returns a TtsCall that emits finished(TtsResult). The API key goes, as a Bearer
// token, only to the configured Identity Server and cluster hosts; redirects are never
// followed; every call shares one rate gate. Never blocks: all waiting is done with timers.
class TtsClient : public QObject
{
    Q_OBJECT
public:
    explicit TtsClient(TtsConnection connection, QObject *parent = nullptr);
    ~TtsClient() override;

    const TtsConnection &connection() const { return m_connection; }
    // <server's base URL>/api/v3, whatever form the user gave the address in.
    QUrl apiBase(TtsServer server) const;

    TtsCall *send(const TtsRequest &request); // the call deletes itself after finished()
    void abortAll(); // aborted calls emit nothing more

    int requestCount() const { return m_requests; } // HTTP requests, repeats included
    int retryCount() const { return m_retries; } // after 502/503/504, timeouts, resets
    int rateLimitedCount() const { return m_rateLimited; } // 429 answers

signals:
    void requestLogged(const QString &line); // one redacted --verbose line per attempt
    void rateLimited(); // a 429 arrived (the import drops to one device at a time)

private:
    friend class TtsCall;
    QNetworkAccessManager *network() const { return m_network; }
    TtsRateGate &gate() { return m_gate; }
    bool mayCarryKey(const QUrl &url) const;
    void countRequest(bool isRetry);
    void noteRateLimited();
    void logLine(const QString &line);

    TtsConnection m_connection;
    QNetworkAccessManager *m_network;
    TtsRateGate m_gate;
    QList<QPointer<TtsCall>> m_calls;
    int m_requests = 0;
    int m_retries = 0;
    int m_rateLimited = 0;
};

#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

// What came back from one HTTP attempt, as a value: no network object, so a protocol's error
// mapper (V2ErrorMapper, TtsErrorMapper) and the flow control are pure functions of it.
struct HttpReply
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText; // QNetworkReply::errorString(), used when nothing better exists
    int httpStatus = 0; // 0: no HTTP answer at all
    QByteArray body; // empty when the body went over the size cap
    QString tlsErrorText; // the first QSslError, when the handshake failed
    bool tooLarge = false; // the body went over the size cap (the transfer was stopped)
    qint64 announcedLength = -1; // Content-Length; -1 when absent
    QList<QPair<QByteArray, QByteArray>> headers;
    QUrl url; // what was asked for
    qint64 elapsedMs = 0;

    // The value of a response header (case-insensitive name); empty when absent.
    QByteArray header(const QByteArray &name) const;
    // Fewer (or more) bytes than Content-Length announced: the connection broke mid-body.
    bool cutShort() const { return announcedLength >= 0 && announcedLength != body.size(); }
};

// How an answer bears on the load a client may put on the server (AdaptiveConcurrency).
enum class HttpLoad {
    Answered, // the server answered (success or a refusal that is not about load)
    Throttled, // 429: over the server's rate limit
    Overloaded, // 502/503/504 or no answer in time: the server or its proxy struggles
    None, // no verdict on load (refused connection, TLS failure, canceled)
};

namespace HttpLoadOf {
HttpLoad reply(const HttpReply &reply);
}

// What a protocol decides after one attempt (HttpCall::judge).
struct HttpVerdict
{
    bool repeat = false; // send the request again after delayMs
    qint64 delayMs = 0;
    bool countsAsRetry = true; // counted in the client's retries (a TTS 429 repeat is not)
    qint64 pauseAllMs = 0; // the server asked every request of the client to wait this long

    static HttpVerdict finish() { return {}; }
    static HttpVerdict again(qint64 delayMs, bool countsAsRetry = true, qint64 pauseAllMs = 0)
    {
        return { true, delayMs, countsAsRetry, pauseAllMs };
    }
};

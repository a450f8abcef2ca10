#include "tts/ttscall.h"

#include "http/httpsession.h"
#include "tts/ttsclient.h"
#include "tts/ttserrormapper.h"
#include "tts/ttslogline.h"
#include "util/logging.h"
#include "util/redact.h"

#include <QNetworkRequest>
#include <QRandomGenerator>
#include <algorithm>

using namespace Qt::StringLiterals;

TtsCall::TtsCall(TtsClient *client, const TtsRequest &request)
    : HttpCall(client->session(), client)
    , m_client(client)
{
    m_result.request = request;
}

void TtsCall::start()
{
    if (isDone())
        return;
    if (!TtsConnectionCheck::apiKeyShapeOk(m_client->connection().apiKey)) {
        m_result.error = TtsErrorMapper::notAnApiKey();
        complete();
        return;
    }
    if (!m_client->tlsProblem().isEmpty()) {
        m_result.error = TtsError::transport(TtsErrorKind::Tls, m_client->tlsProblem());
        complete();
        return;
    }
    begin();
}

HttpCall::Attempt TtsCall::prepare(QNetworkRequest &request)
{
    m_result.attempts = attempts();
    const TtsRequest &r = m_result.request;
    const QUrl base = m_client->apiBase(r.server);
    QUrl url = base;
    const qsizetype question = r.path.indexOf(u'?');
    url.setPath(base.path() + (question < 0 ? r.path : r.path.left(question)), QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(r.path.mid(question + 1), QUrl::TolerantMode);
    request.setUrl(url);
    // The key goes to the configured hosts and nowhere else.
    const QString &key = m_client->connection().apiKey;
    if (!key.isEmpty() && m_client->mayCarryKey(url))
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    if (!r.body.isEmpty() || r.method == "POST" || r.method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return { r.method, r.body };
}

void TtsCall::readHeaders(const HttpReply &reply)
{
    const QByteArray total = reply.header("X-Total-Count").trimmed();
    bool ok = false;
    const qint64 count = total.toLongLong(&ok);
    if (ok && count >= 0)
        m_result.totalCount = count;
    const QByteArray warning = reply.header("X-Warning");
    if (!warning.isEmpty()) {
        // Something TTS accepts today but may refuse later (§1): worth the user's eye.
        const QString line = Redact::text(
            u"TTS warning for %1 %2: %3"_s.arg(QString::fromLatin1(m_result.request.method),
                m_result.request.path, QString::fromUtf8(warning)));
        qCWarning(lcTtsHttp).noquote() << line;
        session()->log(line);
    }
}

HttpVerdict TtsCall::judge(const HttpReply &reply)
{
    m_result.attempts = attempts();
    readHeaders(reply);
    m_result.httpStatus = reply.httpStatus;
    m_result.error = TtsErrorMapper::map(reply);
    const QString line = TtsLogLine::format(
        m_result.request, reply.httpStatus, m_result.error, reply.elapsedMs, m_result.attempts);
    qCDebug(lcTtsHttp).noquote() << line;
    session()->log(line);
    if (!m_result.error.isError()) {
        m_result.body = reply.body;
        return HttpVerdict::finish();
    }
    return retryVerdict(reply);
}

HttpVerdict TtsCall::retryVerdict(const HttpReply &reply)
{
    const TtsConnection &c = m_client->connection();
    const TtsError &error = m_result.error;
    if (error.isRateLimited()) {
        // Not a failure (§6): pause every request, then repeat this one.
        if (++m_rateLimitRepeats > c.maxRateLimitRepeats)
            return HttpVerdict::finish();
        bool ok = false;
        const qint64 retrySeconds = reply.header("X-Rate-Limit-Retry").trimmed().toLongLong(&ok);
        const qint64 pause = std::max<qint64>(ok ? retrySeconds * 1000 : 0, c.minRateLimitPauseMs)
            + QRandomGenerator::global()->bounded(std::max(1, c.rateLimitJitterMs + 1));
        m_client->noteRateLimited();
        return HttpVerdict::again(pause, false, pause);
    }
    if (!error.isTransient())
        return HttpVerdict::finish();
    // A timeout, a broken connection or a 502/503/504 may come after TTS acted on the request.
    if (error.kind != TtsErrorKind::ConnectionFailed || error.connectionReset)
        m_result.maybeApplied = true;
    if (m_retries >= c.maxRetries)
        return HttpVerdict::finish();
    const qint64 delay = qint64(c.retryBaseDelayMs) << std::min(m_retries, 20);
    ++m_retries;
    return HttpVerdict::again(delay);
}

void TtsCall::emitFinished()
{
    emit finished(m_result);
}

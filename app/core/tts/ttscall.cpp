#include "tts/ttscall.h"

#include "tts/ttsclient.h"
#include "util/appinfo.h"
#include "util/logging.h"
#include "util/redact.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

TtsCall::TtsCall(TtsClient *client, const TtsRequest &request)
    : QObject(client)
    , m_client(client)
{
    m_result.request = request;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TtsCall::onTimer);
}

TtsCall::~TtsCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void TtsCall::start()
{
    if (m_done)
        return;
    // §2: a key that cannot be an API key never leaves the machine; the answer is the one
    // TTS would give (pkg/auth:token), so every face words it the same way.
    if (!TtsConnectionCheck::apiKeyShapeOk(m_client->connection().apiKey)) {
        m_result.error.kind = TtsErrorKind::Http;
        m_result.error.httpStatus = 400;
        m_result.error.id = u"pkg/auth:token"_s;
        m_result.error.message = u"not an API key (checked before sending)"_s;
        finish();
        return;
    }
    schedule(0);
}

void TtsCall::schedule(qint64 ms)
{
    m_timer.start(int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())));
}

void TtsCall::onTimer()
{
    if (m_done)
        return;
    // Every call waits for the client's shared gate (a 429 anywhere pauses all of them).
    const qint64 wait = m_client->gate().waitMs();
    if (wait > 0) {
        schedule(wait);
        return;
    }
    sendNow();
}

void TtsCall::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    deleteLater();
}

void TtsCall::sendNow()
{
    ++m_result.attempts;
    m_body.clear();
    m_tlsError.clear();
    m_tooLarge = false;

    const TtsRequest &r = m_result.request;
    const QUrl base = m_client->apiBase(r.server);
    QUrl url = base;
    const qsizetype question = r.path.indexOf(u'?');
    url.setPath(base.path() + (question < 0 ? r.path : r.path.left(question)), QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(r.path.mid(question + 1), QUrl::TolerantMode);

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, AppInfo::userAgent());
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_client->connection().timeoutMs);
    // The key goes to the configured hosts and nowhere else.
    const QString &key = m_client->connection().apiKey;
    if (!key.isEmpty() && m_client->mayCarryKey(url))
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    if (!r.body.isEmpty() || r.method == "POST" || r.method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));

    QNetworkReply *reply = m_client->network()->sendCustomRequest(request, r.method, r.body);
    m_reply = reply;
    m_client->countRequest(std::exchange(m_isRetry, false));
    m_attemptTimer.start();
    connect(reply, &QNetworkReply::readyRead, this, &TtsCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &TtsCall::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message, never ignored: the handshake fails.
        if (!errors.isEmpty() && m_tlsError.isEmpty())
            m_tlsError = errors.first().errorString();
    });
}

void TtsCall::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > kSizeCap) {
        m_tooLarge = true;
        m_body.clear();
        // Aborting inside the reply's own signal confuses Qt 6.4; do it right after.
        QTimer::singleShot(0, m_reply.data(), &QNetworkReply::abort);
    }
}

void TtsCall::readHeaders(QNetworkReply *reply)
{
    m_client->gate().noteHeaders(reply->rawHeader("X-Rate-Limit-Limit"),
        reply->rawHeader("X-Rate-Limit-Available"), reply->rawHeader("X-Rate-Limit-Reset"));
    const QByteArray total = reply->rawHeader("X-Total-Count").trimmed();
    bool ok = false;
    const qint64 count = total.toLongLong(&ok);
    if (ok && count >= 0)
        m_result.totalCount = count;
    const QByteArray warning = reply->rawHeader("X-Warning");
    if (!warning.isEmpty()) {
        // Something TTS accepts today but may refuse later (§1): worth the user's eye.
        const QString line = Redact::text(
            u"TTS warning for %1 %2: %3"_s.arg(QString::fromLatin1(m_result.request.method),
                m_result.request.path, QString::fromUtf8(warning)));
        qCWarning(lcTtsHttp).noquote() << line;
        m_client->logLine(line);
    }
}

TtsError TtsCall::errorOf(QNetworkReply *reply, int status) const
{
    if (m_tooLarge)
        return TtsError::transport(TtsErrorKind::BadResponse, u"answer too large"_s);
    // An answer cut short (the connection closed mid-body) is a broken connection, whatever
    // its status said: its body cannot be trusted, and the request may have taken effect.
    bool hasLength = false;
    const qint64 announced
        = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&hasLength);
    if (status > 0
        && (reply->error() == QNetworkReply::RemoteHostClosedError
            || (hasLength && announced != m_body.size())))
        return TtsError::transport(TtsErrorKind::ConnectionFailed,
            u"the connection closed in the middle of the answer"_s, true);
    if (status >= 300 && status < 400)
        return TtsError::transport(TtsErrorKind::BadResponse, u"redirected to another address"_s);
    if (status >= 400)
        return TtsError::fromHttp(status, m_body);
    switch (reply->error()) {
    case QNetworkReply::NoError:
        return TtsError();
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        // A transfer timeout aborts the reply: both read as "no answer in time".
        return TtsError::transport(TtsErrorKind::Timeout, reply->errorString());
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return TtsError::transport(TtsErrorKind::ConnectionFailed, reply->errorString(), true);
    case QNetworkReply::SslHandshakeFailedError:
        return TtsError::transport(
            TtsErrorKind::Tls, m_tlsError.isEmpty() ? reply->errorString() : m_tlsError);
    default:
        break;
    }
    if (status == 0)
        return TtsError::transport(TtsErrorKind::ConnectionFailed, reply->errorString(),
            reply->error() == QNetworkReply::UnknownNetworkError
                || reply->error() == QNetworkReply::NetworkSessionFailedError);
    return TtsError();
}

void TtsCall::logAttempt(int status, const TtsError &error)
{
    QString outcome = status > 0 ? QString::number(status) : QString();
    if (!error.id.isEmpty())
        outcome += u' ' + error.id;
    else if (status > 0 && error.isError() && error.kind != TtsErrorKind::Http)
        outcome += u' ' + error.networkText;
    else if (status == 0 && error.isError())
        outcome = error.networkText;
    else if (status == 0)
        outcome = u"ok"_s;
    QString timing = u"%1 ms"_s.arg(m_attemptTimer.elapsed());
    if (m_result.attempts > 1)
        timing += u", attempt %1"_s.arg(m_result.attempts);
    QString line = u"%1 %2 %3 \u2192 %4 (%5)"_s.arg(QString::fromLatin1(m_result.request.method),
        ttsServerName(m_result.request.server), m_result.request.path, outcome.trimmed(), timing);
    if (error.isError() && !error.message.isEmpty())
        line += u": %1"_s.arg(error.message);
    line = Redact::text(line);
    // TTS's correlation IDs are 32 hex digits, which the redaction takes for a key; in UUID
    // form (what they are) they survive every later redaction and still find the server log.
    if (!error.correlationId.isEmpty()) {
        const QString id = error.correlationId;
        line += u" correlation_id=%1"_s.arg(id.size() == 32
                ? u"%1-%2-%3-%4-%5"_s.arg(
                    id.left(8), id.mid(8, 4), id.mid(12, 4), id.mid(16, 4), id.mid(20))
                : Redact::text(id));
    }
    qCDebug(lcTtsHttp).noquote() << line;
    m_client->logLine(line);
}

void TtsCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    // A reply aborted by the transfer timeout is closed; reading it would print a warning.
    if (!m_tooLarge && reply->isOpen())
        m_body += reply->readAll();
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    readHeaders(reply);
    m_result.httpStatus = status;
    m_result.error = errorOf(reply, status);
    logAttempt(status, m_result.error);
    if (!m_result.error.isError()) {
        m_result.body = std::exchange(m_body, QByteArray());
        finish();
        return;
    }
    if (retryLater(reply))
        return;
    finish();
}

bool TtsCall::retryLater(QNetworkReply *reply)
{
    const TtsConnection &c = m_client->connection();
    const TtsError &error = m_result.error;
    if (error.isRateLimited()) {
        // Not a failure (§6): pause every request, then repeat this one.
        if (++m_rateLimitRepeats > c.maxRateLimitRepeats)
            return false;
        bool ok = false;
        const qint64 retrySeconds
            = reply->rawHeader("X-Rate-Limit-Retry").trimmed().toLongLong(&ok);
        const qint64 pause = std::max<qint64>(ok ? retrySeconds * 1000 : 0, c.minRateLimitPauseMs)
            + QRandomGenerator::global()->bounded(std::max(1, c.rateLimitJitterMs + 1));
        m_client->gate().pauseFor(pause);
        m_client->noteRateLimited();
        schedule(pause);
        return true;
    }
    if (!error.isTransient())
        return false;
    // A timeout, a broken connection or a 502/503/504 may come after TTS acted on the request.
    if (error.kind != TtsErrorKind::ConnectionFailed || error.connectionReset)
        m_result.maybeApplied = true;
    if (m_retries >= c.maxRetries)
        return false;
    const qint64 delay = qint64(c.retryBaseDelayMs) << std::min(m_retries, 20);
    ++m_retries;
    m_isRetry = true;
    schedule(delay);
    return true;
}

void TtsCall::finish()
{
    if (m_done)
        return;
    m_done = true;
    emit finished(m_result);
    deleteLater();
}

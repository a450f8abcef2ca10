#include "http/httpcall.h"

#include "http/httpsession.h"
#include "http/httpthrottle.h"
#include "util/appinfo.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <algorithm>
#include <limits>

HttpCall::HttpCall(HttpSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpCall::onTimer);
    // An answer that shows room in the server's budget ends a wait for the throttle early.
    connect(session, &HttpSession::throttleOpened, this, [this] {
        if (m_wait == Wait::Slot && m_timer.isActive()) {
            m_timer.stop();
            onTimer();
        }
    });
    session->adopt(this);
}

HttpCall::~HttpCall()
{
    dropReply();
}

void HttpCall::dropReply()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
}

void HttpCall::begin()
{
    if (!m_done)
        waitThenSend(0);
}

void HttpCall::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    HttpThrottle *throttle = throttled() ? m_session->throttle() : nullptr;
    if (m_wait == Wait::Slot && throttle)
        throttle->release();
    m_wait = Wait::None;
    if (m_reply) {
        dropReply();
        if (throttle) // sent, never to be answered
            throttle->noteAnswer(HttpReply(), HttpLoad::None, m_sequence);
    }
    deleteLater();
}

void HttpCall::complete()
{
    if (m_done)
        return;
    m_done = true;
    m_wait = Wait::None;
    emitFinished();
    deleteLater();
}

void HttpCall::armTimer(qint64 ms)
{
    m_timer.start(int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())));
}

void HttpCall::waitThenSend(qint64 ms)
{
    m_wait = Wait::Backoff;
    if (ms > 0)
        armTimer(ms);
    else
        onTimer();
}

void HttpCall::onTimer()
{
    if (m_done)
        return;
    HttpThrottle *throttle = throttled() ? m_session->throttle() : nullptr;
    if (throttle && m_wait == Wait::Backoff) {
        m_wait = Wait::Slot;
        if (const qint64 ms = throttle->reserve(); ms > 0) {
            armTimer(ms);
            return;
        }
    } else if (throttle && m_wait == Wait::Slot) {
        if (const qint64 ms = throttle->recheck(); ms > 0) {
            armTimer(ms);
            return;
        }
    }
    m_wait = Wait::None;
    sendNow();
}

void HttpCall::sendNow()
{
    ++m_attempts;
    m_body.clear();
    m_tlsError.clear();
    m_tooLarge = false;

    QNetworkRequest request;
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, AppInfo::userAgent());
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_session->transferTimeoutMs());
    request.setSslConfiguration(m_session->tlsConfiguration());
    const Attempt attempt = prepare(request);

    QNetworkAccessManager *network = m_session->network();
    QNetworkReply *reply = nullptr;
    if (attempt.method == "GET")
        reply = network->get(request);
    else if (attempt.method == "PUT")
        reply = network->put(request, attempt.body);
    else
        reply = network->sendCustomRequest(request, attempt.method, attempt.body);
    m_session->track(network, reply);
    m_reply = reply;
    m_sequence = m_session->noteSent(std::exchange(m_nextIsRetry, false));
    m_attemptTimer.start();

    // Bounded read buffer: Qt's HTTP thread then hands the body over in pieces of at most
    // this size instead of all at once, so copying a 34 MB device list never blocks the
    // wizard's event loop for more than a few ms at a time.
    reply->setReadBufferSize(kReadChunk);
    connect(reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message, never ignored: the handshake fails.
        if (!errors.isEmpty() && m_tlsError.isEmpty())
            m_tlsError = errors.first().errorString();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpCall::onMetaData);
}

void HttpCall::onMetaData()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > sizeCap())
        refuseBody(reply);
    else if (announced > 0 && m_body.isEmpty())
        // One allocation instead of a copy per doubling; capped, because the announced
        // length is only the server's word until the bytes arrive.
        m_body.reserve(std::min(announced, kMaxReserve));
}

void HttpCall::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > sizeCap())
        refuseBody(m_reply);
}

void HttpCall::refuseBody(QNetworkReply *reply)
{
    m_tooLarge = true;
    m_body.clear();
    // Aborting from inside the reply's own signal confuses Qt 6.4; do it right after.
    // finished() follows and reports the size.
    QTimer::singleShot(0, reply, &QNetworkReply::abort);
}

void HttpCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    // A reply aborted by the transfer timeout is closed; reading it would print a Qt warning
    // (an extra stderr line next to the CLI's one-line fatal error).
    if (!m_tooLarge && reply->isOpen())
        m_body += reply->readAll();
    m_reply = nullptr;
    reply->deleteLater();

    HttpReply answer;
    answer.networkError = reply->error();
    answer.networkErrorText = reply->errorString();
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = std::exchange(m_body, QByteArray());
    answer.tlsErrorText = m_tlsError;
    answer.tooLarge = m_tooLarge;
    bool hasLength = false;
    const qint64 announced
        = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&hasLength);
    answer.announcedLength = hasLength ? announced : -1;
    answer.headers = reply->rawHeaderPairs();
    answer.url = reply->url();
    answer.elapsedMs = m_attemptTimer.elapsed();

    const bool viaThrottle = throttled();
    m_session->noteAnswer(answer, m_sequence, viaThrottle);
    const HttpVerdict verdict = judge(answer);
    if (m_done)
        return;
    HttpThrottle *throttle = viaThrottle ? m_session->throttle() : nullptr;
    if (verdict.pauseAllMs > 0 && throttle)
        throttle->holdFor(verdict.pauseAllMs); // the whole client backs off, not just this call
    if (verdict.repeat) {
        m_session->noteRepeat(answer, std::max(verdict.delayMs, verdict.pauseAllMs));
        m_nextIsRetry = verdict.countsAsRetry;
        waitThenSend(verdict.delayMs);
        return;
    }
    complete();
}

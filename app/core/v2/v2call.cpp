#include "v2/v2call.h"

#include "util/appinfo.h"
#include "util/logging.h"
#include "util/redact.h"
#include "v2/handlerdiscovery.h"
#include "v2/requestlogline.h"
#include "v2/v2client.h"
#include "v2/v2errormapper.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>
#include <QUrlQuery>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString serverDisplay(const QUrl &url)
{
    return url
        .adjusted(
            QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == "https"_L1 ? 443 : 80)
        == b.port(b.scheme() == "https"_L1 ? 443 : 80);
}

QUrl withPath(QUrl base, const QString &encodedSuffix)
{
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    base.setPath(path + encodedSuffix, QUrl::TolerantMode);
    base.setQuery(QString());
    base.setFragment(QString());
    return base;
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QString sizeText(qint64 bytes)
{
    return bytes >= (qint64(1) << 30) ? u"%1 GiB"_s.arg(bytes >> 30) : u"%1 MiB"_s.arg(bytes >> 20);
}

} // namespace

V2Call::V2Call(V2Client *client, const V2Request &request)
    : QObject(client)
    , m_client(client)
{
    m_result.request = request;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &V2Call::onTimer);
}

V2Call::~V2Call()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool V2Call::isPaced() const
{
    return m_result.request.operation != V2Operation::FindHandler;
}

bool V2Call::isList() const
{
    return m_result.request.operation == V2Operation::ListDevices;
}

qint64 V2Call::sizeCap() const
{
    return isList() || m_result.request.operation == V2Operation::FindHandler
        ? V2Client::kListSizeCap
        : V2Client::kSingleSizeCap;
}

QByteArray V2Call::method() const
{
    return m_result.request.operation == V2Operation::SetDevice ? "PUT"_ba : "GET"_ba;
}

QUrl V2Call::targetUrl() const
{
    const V2Request &r = m_result.request;
    const QString app = u"/applications/%1/devices"_s.arg(encoded(m_client->connection().appId));
    switch (r.operation) {
    case V2Operation::FindHandler:
        return withPath(m_client->connection().discoveryUrl, u"/announcements/handler"_s);
    case V2Operation::ListDevices: {
        QUrl url = withPath(m_client->handlerUrl(), app);
        QUrlQuery query;
        if (r.limit > 0)
            query.addQueryItem(u"limit"_s, QString::number(r.limit));
        if (r.offset > 0)
            query.addQueryItem(u"offset"_s, QString::number(r.offset));
        url.setQuery(query);
        return url;
    }
    case V2Operation::GetDevice:
    case V2Operation::SetDevice:
        return withPath(m_client->handlerUrl(), app + u'/' + encoded(r.deviceId));
    }
    return QUrl();
}

QString V2Call::logPath(const QUrl &url) const
{
    QString path = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        path += u'?' + url.query(QUrl::FullyEncoded);
    return path;
}

V2ErrorSubject V2Call::subject() const
{
    V2ErrorSubject s;
    s.discovery = m_result.request.operation == V2Operation::FindHandler;
    s.server
        = serverDisplay(s.discovery ? m_client->connection().discoveryUrl : m_client->handlerUrl());
    s.appId = m_client->connection().appId;
    s.deviceId = m_result.request.deviceId;
    s.audience = m_client->connection().errorAudience;
    return s;
}

void V2Call::start()
{
    if (m_aborted || m_done)
        return;
    m_result.handlerUrl = m_client->handlerUrl();
    if (m_client->setupError().isError()) {
        m_result.error = m_client->setupError();
        finish();
        return;
    }
    const bool find = m_result.request.operation == V2Operation::FindHandler;
    if (find && m_client->handlerUrl().isValid()) {
        finish(); // a configured handler address wins over discovery: no request needed
        return;
    }
    const QUrl server = find ? m_client->connection().discoveryUrl : m_client->handlerUrl();
    if (!server.isValid() || server.host().isEmpty()) {
        m_result.error = V2ErrorMapper::make(
            V2ErrorKind::ConnectionFailed, subject(), 0, V2ErrorDetail::NoServerAddress);
        finish();
        return;
    }
    waitBackoff(0);
}

void V2Call::waitBackoff(qint64 ms)
{
    if (ms > 0) {
        m_wait = Wait::Backoff;
        m_timer.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
        return;
    }
    m_wait = Wait::Backoff;
    onTimer();
}

void V2Call::onTimer()
{
    if (m_aborted || m_done)
        return;
    if (m_wait == Wait::Backoff && isPaced()) {
        const qint64 slot = m_client->pacer().reserve();
        if (slot > 0) {
            m_wait = Wait::Slot;
            m_timer.start(int(slot));
            return;
        }
    }
    m_wait = Wait::None;
    sendNow();
}

void V2Call::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    m_done = true;
    m_timer.stop();
    if (m_wait == Wait::Slot)
        m_client->pacer().release();
    m_wait = Wait::None;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    deleteLater();
}

void V2Call::sendNow()
{
    ++m_result.attempts;
    m_body.clear();
    m_tlsError.clear();
    m_tooLarge = false;

    const QUrl url = targetUrl();
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, AppInfo::userAgent());
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_client->connection().timeoutMs);
    request.setSslConfiguration(m_client->sslConfiguration());
    // The key goes to the handler and nowhere else: not to discovery, not to another host.
    const QString key = m_client->connection().accessKey.trimmed();
    if (m_result.request.operation != V2Operation::FindHandler && !key.isEmpty()
        && sameOrigin(url, m_client->handlerUrl()))
        request.setRawHeader("Authorization", "Key " + key.toUtf8());

    QNetworkReply *reply = nullptr;
    if (m_result.request.operation == V2Operation::SetDevice) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        reply = m_client->network()->put(request, m_result.request.body);
    } else {
        reply = m_client->network()->get(request);
    }
    m_reply = reply;
    m_client->countRequest(m_result.attempts > 1);
    m_attemptTimer.start();

    // Bounded read buffer: Qt's HTTP thread then hands the body over in pieces of at most
    // this size instead of all at once, so copying a 34 MB device list never blocks the
    // wizard's event loop for more than a few ms at a time.
    reply->setReadBufferSize(kReadChunk);
    connect(reply, &QNetworkReply::readyRead, this, &V2Call::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &V2Call::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message, never ignored: the handshake fails.
        if (!errors.isEmpty() && m_tlsError.isEmpty())
            m_tlsError = errors.first().errorString();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > sizeCap())
            refuseBody(reply);
        else if (announced > 0 && m_body.isEmpty())
            // One allocation instead of a copy per doubling; capped, because the announced
            // length is only the server's word until the bytes arrive.
            m_body.reserve(std::min(announced, kMaxReserve));
    });
}

void V2Call::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > sizeCap())
        refuseBody(m_reply);
}

void V2Call::refuseBody(QNetworkReply *reply)
{
    m_tooLarge = true;
    m_body.clear();
    // Aborting from inside the reply's own signal confuses Qt 6.4; do it right after.
    // finished() follows and reports the size.
    QTimer::singleShot(0, reply, &QNetworkReply::abort);
}

void V2Call::onReplyFinished()
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

    V2ErrorMapper::ReplyFacts facts;
    facts.networkError = reply->error();
    facts.networkErrorText = reply->errorString();
    facts.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.body = m_body;
    facts.tlsErrorText = m_tlsError;
    facts.tooLarge = m_tooLarge;
    facts.sizeCapText = sizeText(sizeCap());
    facts.applicationLevel = isList();
    bool hasLength = false;
    const qint64 announced
        = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&hasLength);
    facts.truncated = facts.networkError == QNetworkReply::NoError && !m_tooLarge && hasLength
        && announced != m_body.size();
    m_result.httpStatus = facts.httpStatus;
    m_result.error = V2ErrorMapper::map(facts, subject());

    const int maxAttempts = m_client->retryPolicy().maxAttempts;
    const QString line = RequestLogLine::format(QString::fromLatin1(method()),
        logPath(reply->url()), facts.httpStatus, m_result.error, m_attemptTimer.elapsed(),
        m_result.attempts, maxAttempts);
    qCDebug(lcV2Http).noquote() << line;
    m_client->logAttempt(line);

    if (!m_result.error.isError()) {
        handleSuccess(std::exchange(m_body, QByteArray()), reply);
        finish();
        return;
    }
    if (m_result.error.isTransient()) {
        const qint64 retryAfter = RetryPolicy::parseRetryAfter(
            reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        const qint64 delay = m_client->retryPolicy().delayAfter(
            m_result.attempts, retryAfter, QRandomGenerator::global()->generateDouble());
        if (delay >= 0) {
            if (retryAfter > 0 && isPaced())
                m_client->pacer().holdFor(retryAfter); // the whole client backs off, not just us
            m_body.clear();
            m_client->noteRetry(m_result.error, delay);
            waitBackoff(delay);
            return;
        }
    }
    finish();
}

void V2Call::handleSuccess(const QByteArray &body, QNetworkReply *reply)
{
    m_result.body = body;
    bool ok = false;
    const qint64 total = reply->rawHeader("Grpc-Metadata-Total").trimmed().toLongLong(&ok);
    m_result.total = ok && total >= 0 ? total : -1;
    if (m_result.request.operation != V2Operation::FindHandler)
        return;

    const HandlerDiscovery::Lookup lookup
        = HandlerDiscovery::find(body, m_client->connection().appId);
    switch (lookup.status) {
    case HandlerDiscovery::Lookup::Status::Found:
        m_result.handlerUrl = lookup.handlerUrl;
        m_client->setHandlerUrl(lookup.handlerUrl);
        break;
    case HandlerDiscovery::Lookup::Status::NotAnnounced:
        m_result.error = V2ErrorMapper::make(V2ErrorKind::ApplicationNotFound, subject(),
            m_result.httpStatus, V2ErrorDetail::NotAnnounced);
        break;
    case HandlerDiscovery::Lookup::Status::Unreadable:
        m_result.error = V2ErrorMapper::make(V2ErrorKind::BadResponse, subject(),
            m_result.httpStatus, V2ErrorDetail::None, lookup.problem);
        break;
    }
}

void V2Call::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_wait = Wait::None;
    emit finished(m_result);
    deleteLater();
}

#include "v2/v2call.h"

#include "http/httpsession.h"
#include "http/httpurl.h"
#include "util/logging.h"
#include "v2/handlerdiscovery.h"
#include "v2/v2client.h"
#include "v2/v2errormapper.h"
#include "v2/v2logline.h"

#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QString sizeText(qint64 bytes)
{
    return bytes >= (qint64(1) << 30) ? u"%1 GiB"_s.arg(bytes >> 30) : u"%1 MiB"_s.arg(bytes >> 20);
}

QString logPath(const QUrl &url)
{
    QString path = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        path += u'?' + url.query(QUrl::FullyEncoded);
    return path;
}

} // namespace

V2Call::V2Call(V2Client *client, const V2Request &request)
    : HttpCall(client->session(), client)
    , m_client(client)
{
    m_result.request = request;
}

bool V2Call::throttled() const
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

QUrl V2Call::targetUrl() const
{
    const V2Request &r = m_result.request;
    const QString app
        = u"/applications/%1/devices"_s.arg(HttpUrl::segment(m_client->connection().appId));
    switch (r.operation) {
    case V2Operation::FindHandler:
        return HttpUrl::withPath(m_client->connection().discoveryUrl, u"/announcements/handler"_s);
    case V2Operation::ListDevices: {
        QUrl url = HttpUrl::withPath(m_client->handlerUrl(), app);
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
    case V2Operation::DeleteDevice:
        return HttpUrl::withPath(m_client->handlerUrl(), app + u'/' + HttpUrl::segment(r.deviceId));
    case V2Operation::GetApplication:
        return HttpUrl::withPath(m_client->handlerUrl(),
            u"/applications/%1"_s.arg(HttpUrl::segment(m_client->connection().appId)));
    }
    return QUrl();
}

V2ErrorSubject V2Call::subject() const
{
    V2ErrorSubject s;
    s.discovery = m_result.request.operation == V2Operation::FindHandler;
    s.server = HttpUrl::serverDisplay(
        s.discovery ? m_client->connection().discoveryUrl : m_client->handlerUrl());
    s.appId = m_client->connection().appId;
    s.deviceId = m_result.request.deviceId;
    return s;
}

void V2Call::start()
{
    if (isDone())
        return;
    m_result.handlerUrl = m_client->handlerUrl();
    if (m_client->setupError().isError()) {
        m_result.error = m_client->setupError();
        complete();
        return;
    }
    const bool find = m_result.request.operation == V2Operation::FindHandler;
    if (find && m_client->handlerUrl().isValid()) {
        complete(); // a configured handler address wins over discovery: no request needed
        return;
    }
    const QUrl server = find ? m_client->connection().discoveryUrl : m_client->handlerUrl();
    if (!server.isValid() || server.host().isEmpty()) {
        m_result.error = V2ErrorMapper::make(
            V2ErrorKind::ConnectionFailed, subject(), 0, V2ErrorDetail::NoServerAddress);
        complete();
        return;
    }
    begin();
}

HttpCall::Attempt V2Call::prepare(QNetworkRequest &request)
{
    m_result.attempts = attempts();
    const QUrl url = targetUrl();
    request.setUrl(url);
    // The key goes to the handler and nowhere else: not to discovery, not to another host.
    const QString key = m_client->connection().accessKey.trimmed();
    if (m_result.request.operation != V2Operation::FindHandler && !key.isEmpty()
        && HttpUrl::sameOrigin(url, m_client->handlerUrl()))
        request.setRawHeader("Authorization", "Key " + key.toUtf8());
    if (m_result.request.operation == V2Operation::DeleteDevice)
        return { "DELETE"_ba, {} };
    if (m_result.request.operation != V2Operation::SetDevice)
        return { "GET"_ba, {} };
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return { "PUT"_ba, m_result.request.body };
}

HttpVerdict V2Call::judge(const HttpReply &reply)
{
    m_result.attempts = attempts();
    V2ErrorMapper::ReplyFacts facts;
    facts.networkError = reply.networkError;
    facts.networkErrorText = reply.networkErrorText;
    facts.httpStatus = reply.httpStatus;
    facts.body = reply.body;
    facts.tlsErrorText = reply.tlsErrorText;
    facts.tooLarge = reply.tooLarge;
    facts.sizeCapText = sizeText(sizeCap());
    facts.applicationLevel = isList() || m_result.request.operation == V2Operation::GetApplication;
    facts.truncated
        = facts.networkError == QNetworkReply::NoError && !reply.tooLarge && reply.cutShort();
    m_result.httpStatus = facts.httpStatus;
    m_result.error = V2ErrorMapper::map(facts, subject());

    const V2Operation operation = m_result.request.operation;
    const QString method = operation == V2Operation::SetDevice ? u"PUT"_s
        : operation == V2Operation::DeleteDevice               ? u"DELETE"_s
                                                               : u"GET"_s;
    const QString line = V2LogLine::format(method, logPath(reply.url), facts.httpStatus,
        m_result.error, reply.elapsedMs, m_result.attempts, m_client->retryPolicy().maxAttempts);
    qCDebug(lcV2Http).noquote() << line;
    session()->log(line);

    if (!m_result.error.isError()) {
        handleSuccess(reply);
        return HttpVerdict::finish();
    }
    if (m_result.error.isTransient()) {
        const qint64 retryAfter = RetryPolicy::parseRetryAfter(
            reply.header("Retry-After"), QDateTime::currentDateTimeUtc());
        const qint64 delay = m_client->retryPolicy().delayAfter(
            m_result.attempts, retryAfter, QRandomGenerator::global()->generateDouble());
        if (delay >= 0) {
            m_client->noteRetry(m_result.error, delay);
            // A Retry-After holds the whole client (its pacer), not just this call.
            return HttpVerdict::again(delay, true, retryAfter > 0 && throttled() ? retryAfter : 0);
        }
    }
    return HttpVerdict::finish();
}

void V2Call::handleSuccess(const HttpReply &reply)
{
    m_result.body = reply.body;
    bool ok = false;
    const qint64 total = reply.header("Grpc-Metadata-Total").trimmed().toLongLong(&ok);
    m_result.total = ok && total >= 0 ? total : -1;
    if (m_result.request.operation != V2Operation::FindHandler)
        return;

    const HandlerDiscovery::Lookup lookup
        = HandlerDiscovery::find(reply.body, m_client->connection().appId);
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

void V2Call::emitFinished()
{
    emit finished(m_result);
}

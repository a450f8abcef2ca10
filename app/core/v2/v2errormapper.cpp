#include "v2/v2errormapper.h"

#include "util/redact.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxPlainMessageChars = 300;

V2Error fromHttpStatus(
    const V2ErrorMapper::ReplyFacts &f, const V2ErrorSubject &subject, const QString &server)
{
    using V2ErrorMapper::make;
    const int status = f.httpStatus;
    if (status >= 300 && status < 400)
        return make(
            V2ErrorKind::BadResponse, subject, status, V2ErrorDetail::Redirected, {}, server);
    if (subject.discovery && status >= 400 && status < 500)
        return make(V2ErrorKind::BadResponse, subject, status, V2ErrorDetail::None,
            u"HTTP %1"_s.arg(status), server);
    switch (status) {
    case 400:
        return make(V2ErrorKind::BadRequest, subject, status, {}, {}, server);
    case 401:
        return make(V2ErrorKind::Unauthenticated, subject, status, {}, {}, server);
    case 403:
        return make(V2ErrorKind::PermissionDenied, subject, status, {}, {}, server);
    case 404:
        // v2 says "Application not registered to this Handler" when the app lives on another
        // handler (region); a 404 on an application-level path means the same.
        if (f.applicationLevel || server.contains("not registered"_L1, Qt::CaseInsensitive))
            return make(V2ErrorKind::ApplicationNotFound, subject, status, {}, {}, server);
        return make(V2ErrorKind::NotFound, subject, status, {}, {}, server);
    case 409:
        return make(V2ErrorKind::AlreadyExists, subject, status, {}, {}, server);
    case 429:
        return make(V2ErrorKind::RateLimited, subject, status, {}, {}, server);
    case 502:
    case 503:
    case 504:
        return make(V2ErrorKind::Unavailable, subject, status, {}, {}, server);
    default:
        break;
    }
    if (status >= 500)
        return make(V2ErrorKind::ServerError, subject, status, {}, {}, server);
    return make(V2ErrorKind::BadRequest, subject, status, {}, {}, server);
}

V2Error fromNetworkError(const V2ErrorMapper::ReplyFacts &f, const V2ErrorSubject &subject)
{
    using V2ErrorMapper::make;
    switch (f.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return make(V2ErrorKind::ConnectionFailed, subject, 0, V2ErrorDetail::ConnectionRefused);
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        return make(V2ErrorKind::ConnectionFailed, subject, 0, V2ErrorDetail::HostNotFound);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError: {
        V2Error e = make(V2ErrorKind::ConnectionFailed, subject, 0, V2ErrorDetail::ConnectionReset);
        e.transientReset = true;
        return e;
    }
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's transfer timeout aborts the reply
        return make(V2ErrorKind::Timeout, subject);
    case QNetworkReply::SslHandshakeFailedError:
        return make(V2ErrorKind::Tls, subject, 0, V2ErrorDetail::None,
            f.tlsErrorText.isEmpty() ? f.networkErrorText : f.tlsErrorText);
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return make(V2ErrorKind::BadResponse, subject, 0, V2ErrorDetail::Redirected);
    default:
        break;
    }
    if (!f.tlsErrorText.isEmpty())
        return make(V2ErrorKind::Tls, subject, 0, V2ErrorDetail::None, f.tlsErrorText);
    return make(V2ErrorKind::BadResponse, subject, 0, V2ErrorDetail::None, f.networkErrorText);
}

} // namespace

V2Error V2ErrorMapper::make(V2ErrorKind kind, const V2ErrorSubject &subject, int httpStatus,
    V2ErrorDetail detail, const QString &extra, const QString &server)
{
    V2Error error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    error.message = Redact::text(V2ErrorText::sentence(kind, httpStatus, subject, detail, extra));
    error.fix = V2ErrorText::fix(kind, subject, detail);
    error.serverMessage = Redact::text(server);
    return error;
}

QString V2ErrorMapper::serverMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const auto key : { "error"_L1, "message"_L1 }) {
            const QString text = o.value(key).toString().trimmed();
            if (!text.isEmpty())
                return Redact::text(text);
        }
        return QString();
    }
    // Proxies in front of a handler answer with plain text or HTML; keep a short plain line.
    const QString plain = QString::fromUtf8(body.left(kMaxPlainMessageChars)).simplified();
    if (plain.startsWith(u'<'))
        return QString();
    return Redact::text(plain);
}

V2Error V2ErrorMapper::map(const ReplyFacts &f, const V2ErrorSubject &subject)
{
    if (f.tooLarge)
        return make(V2ErrorKind::BadResponse, subject, 0, V2ErrorDetail::TooLarge, f.sizeCapText);
    if (f.timedOut)
        return make(V2ErrorKind::Timeout, subject);
    if (f.truncated) {
        // Qt may report a connection reset mid-body as a short, "successful" answer.
        V2Error e = make(V2ErrorKind::ConnectionFailed, subject, 0, V2ErrorDetail::ConnectionReset);
        e.transientReset = true;
        return e;
    }
    if (f.httpStatus != 0 && (f.httpStatus < 200 || f.httpStatus >= 300))
        return fromHttpStatus(f, subject, serverMessage(f.body));
    if (f.networkError != QNetworkReply::NoError)
        return fromNetworkError(f, subject);
    return V2Error();
}

#include "tts/ttserrormapper.h"

#include "http/httpreply.h"

using namespace Qt::StringLiterals;

TtsError TtsErrorMapper::map(const HttpReply &reply)
{
    const int status = reply.httpStatus;
    if (reply.tooLarge)
        return TtsError::transport(TtsErrorKind::BadResponse, u"answer too large"_s);
    // An answer cut short (the connection closed mid-body) is a broken connection, whatever
    // its status said: its body cannot be trusted, and the request may have taken effect.
    if (status > 0
        && (reply.networkError == QNetworkReply::RemoteHostClosedError || reply.cutShort()))
        return TtsError::transport(TtsErrorKind::ConnectionFailed,
            u"the connection closed in the middle of the answer"_s, true);
    if (status >= 300 && status < 400)
        return TtsError::transport(TtsErrorKind::BadResponse, u"redirected to another address"_s);
    if (status >= 400)
        return TtsError::fromHttp(status, reply.body);
    switch (reply.networkError) {
    case QNetworkReply::NoError:
        return TtsError();
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        // A transfer timeout aborts the reply: both read as "no answer in time".
        return TtsError::transport(TtsErrorKind::Timeout, reply.networkErrorText);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return TtsError::transport(TtsErrorKind::ConnectionFailed, reply.networkErrorText, true);
    case QNetworkReply::SslHandshakeFailedError:
        return TtsError::transport(TtsErrorKind::Tls,
            reply.tlsErrorText.isEmpty() ? reply.networkErrorText : reply.tlsErrorText);
    default:
        break;
    }
    if (status == 0)
        return TtsError::transport(TtsErrorKind::ConnectionFailed, reply.networkErrorText,
            reply.networkError == QNetworkReply::UnknownNetworkError
                || reply.networkError == QNetworkReply::NetworkSessionFailedError);
    return TtsError();
}

TtsError TtsErrorMapper::notAnApiKey()
{
    TtsError error;
    error.kind = TtsErrorKind::Http;
    error.httpStatus = 400;
    error.id = u"pkg/auth:token"_s;
    error.message = u"not an API key (checked before sending)"_s;
    return error;
}

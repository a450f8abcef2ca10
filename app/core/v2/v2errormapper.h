#pragma once

#include "v2/v2error.h"
#include "v2/v2errortext.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

// Turns what came back from one HTTP attempt into a V2Error (kind + sentence + the server's
// own words, all redacted). Pure: no network objects, so every case is unit-testable.
namespace V2ErrorMapper {

struct ReplyFacts
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText; // QNetworkReply::errorString(), used when nothing better exists
    int httpStatus = 0; // 0: no HTTP answer at all
    QByteArray body;
    QString tlsErrorText; // the first QSslError, when the handshake failed
    bool timedOut = false; // our transfer timeout fired
    bool tooLarge = false; // the body went over the size cap
    bool truncated = false; // fewer bytes than Content-Length: the connection broke
    QString sizeCapText; // e.g. "4 MiB", for the too-large sentence
    bool applicationLevel
        = false; // list/application request: a 404 means "no such application here"
};

V2Error map(const ReplyFacts &facts, const V2ErrorSubject &subject);

// Builds an error from its parts; message and serverMessage are redacted here.
V2Error make(V2ErrorKind kind, const V2ErrorSubject &subject, int httpStatus = 0,
    V2ErrorDetail detail = V2ErrorDetail::None, const QString &extra = QString(),
    const QString &serverMessage = QString());

// The v2 error body's text: `error` (grpc-gateway v1), else `message`, else a short plain-text
// body. Redacted; empty when there is nothing useful.
QString serverMessage(const QByteArray &body);

} // namespace V2ErrorMapper

#pragma once

#include "v2/v2error.h"

#include <QString>

// What a failed request was about, so that the sentence can name the server, application
// and device the user has to check.
struct V2ErrorSubject
{
    QString server; // "http://host:port" of the server that answered (or did not)
    QString appId;
    QString deviceId; // empty for application-level requests
    bool discovery = false;
};

// Finer cause for kinds that cover several situations, so the sentence can say what to do.
enum class V2ErrorDetail {
    None,
    ConnectionRefused,
    HostNotFound,
    ConnectionReset,
    NotAnnounced, // discovery: no handler announces the application
    NoServerAddress, // neither a handler nor a discovery address was given
    TooLarge, // response over the size cap
    Redirected, // redirect to another host
    CaCertUnreadable, // the extra CA file is missing or not PEM
};

namespace V2ErrorText {

// One translated sentence: what is wrong, and what to do when that needs no setting (try
// again later, check the device ID). It never names a flag or a field: where the user has to
// change a setting, fix() says which and the face words the advice. `extra` is inserted where
// the kind needs it (TLS error text, body parse error, CA file name); it must already be safe.
QString sentence(V2ErrorKind kind, int httpStatus, const V2ErrorSubject &subject,
    V2ErrorDetail detail = V2ErrorDetail::None, const QString &extra = QString());

// The setting the user has to change for this error, if any.
SettingFix fix(
    V2ErrorKind kind, const V2ErrorSubject &subject, V2ErrorDetail detail = V2ErrorDetail::None);

// While a transient fault is retried: what happened and when the next attempt goes out
// ("The v2 handler limits how fast it answers (HTTP 429): trying again in 40 s."), so a
// waiting run never looks frozen.
QString retrying(const V2Error &error, qint64 delayMs);

// The public TTN v2 servers (*.thethings.network, discovery.thethingsnetwork.org) were shut
// down in December 2021: a connection problem with one of them has that cause, not the user's
// network. `server` as in V2ErrorSubject ("http://host:port").
bool isRetiredPublicServer(const QString &server);

} // namespace V2ErrorText

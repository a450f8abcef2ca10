#pragma once

#include "util/setting.h"

#include <QMetaType>
#include <QString>

// What went wrong talking to v2, as a kind the code can branch on plus one human sentence
// (translated, never containing a secret) that says what is wrong, and which setting the user
// has to change (if any): each face adds how, in its own words (app/cli/clierrortext.h,
// ui/validation/wizarderrortext.h).
enum class V2ErrorKind {
    None,
    BadRequest, // 400
    Unauthenticated, // 401: wrong or expired access key
    PermissionDenied, // 403: key lacks the "devices" right
    NotFound, // 404: unknown device
    ApplicationNotFound, // 404 "not registered to this Handler" / unknown application / not in
                         // discovery
    AlreadyExists, // 409
    RateLimited, // 429 (transient)
    ServerError, // 500 and other 5xx that are not transient
    Unavailable, // 502/503/504 (transient)
    Timeout, // (transient)
    ConnectionFailed, // refused, reset, host not found (reset is transient)
    Tls, // certificate or handshake problem: never ignored
    BadResponse, // body unreadable / wrong shape
    Canceled,
};

struct V2Error
{
    V2ErrorKind kind = V2ErrorKind::None;
    int httpStatus = 0;
    QString message; // what is wrong, for the user, safe to print; names no flag or field
    SettingFix fix = SettingFix::None; // the setting to change, worded by the face
    QString serverMessage; // what v2 said (redacted), for --verbose
    bool transientReset = false; // ConnectionFailed because the peer reset it: worth a retry

    bool isError() const { return kind != V2ErrorKind::None; }
    // Worth retrying with back-off: 429, 502/503/504, timeouts, connection resets.
    bool isTransient() const;
    // Stops the whole run: auth, rights, unknown application, unreachable host, TLS.
    bool isFatalForRun() const;
};

Q_DECLARE_METATYPE(V2Error)

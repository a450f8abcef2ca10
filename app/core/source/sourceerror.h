#pragma once

#include "util/setting.h"

#include <QMetaType>
#include <QString>
#include <QVariant>

// What went wrong talking to a source network, in words every source shares, so the export
// job and the faces branch on one vocabulary whichever network the devices come from. The
// source's own structured error (V2Error, TtsError, a gRPC status) rides along in `detail`
// for a face that words that source's errors itself.
enum class SourceErrorKind {
    None,
    BadRequest,
    Unauthenticated, // wrong or expired key
    PermissionDenied, // the key lacks a right the read needs
    NotFound, // one device
    ApplicationNotFound,
    RateLimited,
    ServerError,
    Unavailable,
    Timeout,
    ConnectionFailed,
    Tls,
    BadResponse, // an answer the source cannot read
    Unsupported, // the source cannot do this (see DeviceSource::Capabilities)
    Canceled,
};

struct SourceError
{
    SourceErrorKind kind = SourceErrorKind::None;
    int httpStatus = 0; // 0 without one (transport errors, gRPC)
    QString message; // one sentence for the user, translated, never a secret; no flag or field
    SettingFix fix = SettingFix::None; // the setting to change, worded by the face
    QString serverMessage; // what the source said (redacted), for --verbose
    bool transient = false; // worth retrying after a back-off
    bool fatalForRun = false; // stops the whole read (auth, rights, unreachable, retries spent)
    QVariant detail; // the source's own error value

    bool isError() const { return kind != SourceErrorKind::None; }

    static SourceError unsupported(const QString &message);
};

Q_DECLARE_METATYPE(SourceError)

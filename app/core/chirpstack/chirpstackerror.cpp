#include "chirpstack/chirpstackerror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChirpStackErrors)
};

SourceErrorKind kindOf(const ChirpStackError &error)
{
    switch (error.code) {
    case ChirpStackError::Ok:
        return SourceErrorKind::None;
    case ChirpStackError::Unauthenticated:
        return SourceErrorKind::Unauthenticated;
    case ChirpStackError::PermissionDenied:
        return SourceErrorKind::PermissionDenied;
    case ChirpStackError::NotFound:
        return SourceErrorKind::NotFound;
    case ChirpStackError::InvalidArgument:
    case ChirpStackError::FailedPrecondition:
    case ChirpStackError::OutOfRange:
        return SourceErrorKind::BadRequest;
    case ChirpStackError::ResourceExhausted:
        return SourceErrorKind::RateLimited;
    case ChirpStackError::DeadlineExceeded:
        return SourceErrorKind::Timeout;
    case ChirpStackError::Unavailable:
        return error.tls ? SourceErrorKind::Tls : SourceErrorKind::Unavailable;
    case ChirpStackError::Cancelled:
        return SourceErrorKind::Canceled;
    case ChirpStackError::Unimplemented:
        return SourceErrorKind::Unsupported;
    default:
        return SourceErrorKind::ServerError;
    }
}

} // namespace

QString ChirpStackErrors::sentence(const ChirpStackError &error, const QString &subject)
{
    if (error.code == ChirpStackError::Unauthenticated
        && error.method == QLatin1String("TenantService.List")) {
        return Text::tr("ChirpStack refused to list its tenants: only an admin key may, and "
                        "finding an application by name needs them.");
    }
    switch (error.code) {
    case ChirpStackError::Ok:
        return {};
    case ChirpStackError::Unauthenticated:
        return Text::tr("ChirpStack refused the request. It gives this same answer when the API "
                        "key is wrong or was deleted, belongs to another tenant, is read-only "
                        "(for a change), or when the device or application does not exist and "
                        "the key is a tenant key.");
    case ChirpStackError::PermissionDenied:
        return Text::tr("ChirpStack says the API key may not do this.");
    case ChirpStackError::NotFound:
        return subject.isEmpty() ? Text::tr("ChirpStack does not know this object.")
                                 : Text::tr("ChirpStack does not know %1.").arg(subject);
    case ChirpStackError::InvalidArgument:
        return Text::tr("ChirpStack refused the request as invalid (a malformed ID or EUI?).");
    case ChirpStackError::Internal:
        return Text::tr("ChirpStack failed on the request (a malformed EUI gives this too).");
    case ChirpStackError::DeadlineExceeded:
        return Text::tr("ChirpStack did not answer in time.");
    case ChirpStackError::Unavailable:
        return error.tls ? Text::tr("The TLS connection to ChirpStack failed.")
                         : Text::tr("ChirpStack could not be reached.");
    case ChirpStackError::Unimplemented:
        return Text::tr("What answered does not offer ChirpStack v4's API.");
    case ChirpStackError::Cancelled:
        return Text::tr("The request to ChirpStack was canceled.");
    default:
        return Text::tr("ChirpStack answered with an error (gRPC status %1).").arg(error.code);
    }
}

SourceError ChirpStackErrors::toSourceError(const ChirpStackError &error, const QString &subject)
{
    SourceError s;
    if (error.ok())
        return s;
    s.kind = kindOf(error);
    s.message = sentence(error, subject);
    s.serverMessage = error.message;
    s.transient = error.isTransient();
    s.fatalForRun = error.code != ChirpStackError::NotFound;
    switch (error.code) {
    case ChirpStackError::Unauthenticated:
        s.fix = error.method == QLatin1String("TenantService.List")
            ? SettingFix::GiveChirpStackTenantId
            : SettingFix::CheckChirpStackApiKey;
        break;
    case ChirpStackError::PermissionDenied:
        s.fix = SettingFix::CheckChirpStackApiKey;
        break;
    case ChirpStackError::Unavailable:
        s.fix = error.tls        ? SettingFix::CheckChirpStackTls
            : error.closedAtOnce ? SettingFix::UseChirpStackTls
                                 : SettingFix::CheckChirpStackAddress;
        break;
    case ChirpStackError::Unimplemented:
        s.fix = SettingFix::CheckChirpStackAddress;
        break;
    default:
        break;
    }
    s.detail = QVariant::fromValue(error);
    return s;
}

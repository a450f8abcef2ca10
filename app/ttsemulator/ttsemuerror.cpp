#include "ttsemuerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ttsemu {

namespace {

QString correlationId()
{
    return u"%1%2"_s.arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))
        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

ErrorSpec spec(int code, const QString &ns, const QString &name, const QString &format,
    const QJsonObject &attributes = {})
{
    return { code, ns, name, format, attributes, {} };
}

} // namespace

int httpStatusForGrpc(int grpcCode)
{
    switch (grpcCode) {
    case 3:
    case 9:
    case 11:
        return 400;
    case 5:
        return 404;
    case 6:
    case 10:
        return 409;
    case 7:
        return 403;
    case 8:
        return 429;
    case 12:
        return 501;
    case 14:
        return 503;
    case 4:
        return 504;
    case 16:
        return 401;
    default:
        return 500;
    }
}

QJsonObject errorDetails(const ErrorSpec &spec)
{
    QJsonObject details { { u"@type"_s, u"type.googleapis.com/ttn.lorawan.v3.ErrorDetails"_s },
        { u"namespace"_s, spec.ns }, { u"name"_s, spec.name },
        { u"message_format"_s, spec.messageFormat }, { u"correlation_id"_s, correlationId() },
        { u"code"_s, spec.grpcCode } };
    if (!spec.attributes.isEmpty())
        details.insert(u"attributes"_s, spec.attributes);
    if (!spec.cause.isEmpty())
        details.insert(u"cause"_s, spec.cause);
    return details;
}

emukit::Reply errorReply(const ErrorSpec &spec)
{
    const QJsonObject body { { u"code"_s, spec.grpcCode },
        { u"message"_s, u"error:%1:%2 (%3)"_s.arg(spec.ns, spec.name, spec.messageFormat) },
        { u"details"_s, QJsonArray { errorDetails(spec) } } };
    return emukit::Reply::json(
        QJsonDocument(body).toJson(QJsonDocument::Compact), httpStatusForGrpc(spec.grpcCode));
}

emukit::Reply malformedReply(const QString &message)
{
    const QJsonObject body { { u"code"_s, 3 }, { u"message"_s, message } };
    return emukit::Reply::json(QJsonDocument(body).toJson(QJsonDocument::Compact), 400);
}

emukit::Reply htmlReply(int httpStatus)
{
    emukit::Reply reply;
    reply.status = httpStatus;
    reply.body = "<html><head><title>" + QByteArray::number(httpStatus)
        + "</title></head><body><center><h1>" + QByteArray::number(httpStatus)
        + " Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n";
    return reply;
}

namespace Errors {

ErrorSpec idTaken()
{
    ErrorSpec s = spec(6, u"pkg/util/store"_s, u"id_taken"_s, u"ID already taken"_s);
    s.cause = errorDetails(spec(6, u"pkg/util/store"_s, u"already_exists"_s, u"already exists"_s));
    return s;
}

ErrorSpec isEuisTaken(
    const QString &joinEui, const QString &devEui, const QString &appId, const QString &devId)
{
    return spec(6, u"pkg/identityserver"_s, u"end_device_euis_taken"_s,
        u"an end device with JoinEUI `{join_eui}` and DevEUI `{dev_eui}` is already registered "
        "as `{device_id}` in application `{application_id}`"_s,
        { { u"join_eui"_s, joinEui }, { u"dev_eui"_s, devEui }, { u"application_id"_s, appId },
            { u"device_id"_s, devId } });
}

ErrorSpec registryEuisTaken(
    const QString &joinEui, const QString &devEui, const QString &appId, const QString &devId)
{
    ErrorSpec s = isEuisTaken(joinEui, devEui, appId, devId);
    s.ns = u"pkg/internal/registry"_s;
    return s;
}

ErrorSpec forbiddenId(const QString &id)
{
    return spec(3, u"pkg/identityserver/blocklist"_s, u"forbidden_id"_s,
        u"ID `{id}` is forbidden"_s, { { u"id"_s, id } });
}

ErrorSpec validation(const QString &field, const QString &reason)
{
    // The outer error names the message, the cause chain ends at the real field (§5).
    ErrorSpec s = spec(3, u"pkg/errors"_s, u"validation"_s, u"invalid `{field}`: {reason}"_s,
        { { u"field"_s, u"end_device"_s }, { u"reason"_s, u"embedded message failed validation"_s },
            { u"name"_s, u"EndDeviceValidationError"_s } });
    s.cause
        = errorDetails(spec(3, u"pkg/errors"_s, u"validation"_s, u"invalid `{field}`: {reason}"_s,
            { { u"field"_s, field }, { u"reason"_s, reason },
                { u"name"_s, u"EndDeviceIdentifiersValidationError"_s } }));
    return s;
}

ErrorSpec fieldMaskPaths(const QStringList &forbidden)
{
    return spec(3, u"pkg/rpcmiddleware/validator"_s, u"field_mask_paths"_s,
        u"forbidden path(s) in field mask"_s,
        { { u"forbidden_paths"_s, QJsonArray::fromStringList(forbidden) } });
}

ErrorSpec nonZeroPath(const QString &path)
{
    return spec(3, u"pkg/rpcmiddleware/validator"_s, u"non_zero_path"_s,
        u"path `{path}` has a non-zero value"_s, { { u"path"_s, path } });
}

ErrorSpec fieldValue(const QString &server, const QString &field, const QString &cause)
{
    ErrorSpec s = spec(3, u"pkg/%1"_s.arg(server), u"field_value"_s,
        u"invalid value of field `{field}`"_s, { { u"field"_s, field } });
    if (!cause.isEmpty())
        s.cause = errorDetails(spec(3, u"pkg/%1"_s.arg(server), cause, cause));
    return s;
}

ErrorSpec noJoinEui()
{
    return spec(3, u"pkg/joinserver"_s, u"no_join_eui"_s, u"no JoinEUI specified"_s);
}

ErrorSpec noDevEui()
{
    return spec(3, u"pkg/joinserver"_s, u"no_dev_eui"_s, u"no DevEUI specified"_s);
}

ErrorSpec frequencyPlanNotFound(const QString &id)
{
    return spec(5, u"pkg/frequencyplans"_s, u"not_found"_s, u"frequency plan `{id}` not found"_s,
        { { u"id"_s, id } });
}

ErrorSpec isDeviceNotFound(const QString &appId, const QString &devId)
{
    return spec(5, u"pkg/identityserver/store"_s, u"end_device_not_found"_s,
        u"end device `{end_device_uid}` not found"_s,
        { { u"end_device_uid"_s, u"%1.%2"_s.arg(appId, devId) } });
}

ErrorSpec registryDeviceNotFound(const QString &server)
{
    return spec(5, u"pkg/%1"_s.arg(server), u"device_not_found"_s, u"device not found"_s);
}

ErrorSpec token()
{
    return spec(3, u"pkg/auth"_s, u"token"_s, u"invalid token"_s);
}

ErrorSpec apiKeyNotFound()
{
    return spec(16, u"pkg/identityserver"_s, u"api_key_not_found"_s, u"API key not found"_s);
}

ErrorSpec invalidAuthorization()
{
    return spec(
        16, u"pkg/identityserver"_s, u"invalid_authorization"_s, u"invalid authorization"_s);
}

ErrorSpec noApplicationRights(const QString &appId)
{
    return spec(7, u"pkg/auth/rights"_s, u"no_application_rights"_s,
        u"no rights for application `{uid}`"_s, { { u"uid"_s, appId } });
}

ErrorSpec insufficientRights(const QStringList &missing)
{
    return spec(7, u"pkg/auth/rights"_s, u"insufficient_application_rights"_s,
        u"insufficient rights for application"_s,
        { { u"missing"_s, QJsonArray::fromStringList(missing) } });
}

ErrorSpec rateLimitExceeded(const QString &key, int perMinute)
{
    return spec(8, u"pkg/ratelimit"_s, u"rate_limit_exceeded"_s, u"rate limit exceeded"_s,
        { { u"key"_s, key }, { u"rate"_s, perMinute } });
}

ErrorSpec databaseUnavailable()
{
    return spec(14, u"pkg/util/store"_s, u"database_unavailable"_s, u"database unavailable"_s);
}

ErrorSpec injected(int httpStatus)
{
    int code = 2;
    switch (httpStatus) {
    case 400:
        code = 3;
        break;
    case 404:
        code = 5;
        break;
    case 409:
        code = 6;
        break;
    case 429:
        code = 8;
        break;
    case 503:
        code = 14;
        break;
    case 504:
        code = 4;
        break;
    default:
        break;
    }
    return spec(code, u"pkg/ttsemulator"_s, u"injected_fault"_s,
        u"injected fault: HTTP %1"_s.arg(httpStatus));
}

} // namespace Errors

} // namespace ttsemu

#pragma once

#include "reply.h"

#include <QJsonObject>
#include <QString>

namespace ttsemu {

// TTS's error answers (tts-import.md §5): {"code","message","details":[{namespace, name,
// message_format, attributes, correlation_id, code, cause}]}, with the HTTP status
// grpc-gateway v2 maps the gRPC code to.
struct ErrorSpec
{
    int grpcCode = 2;
    QString ns; // "pkg/util/store"
    QString name; // "id_taken"
    QString messageFormat; // "ID `{id}` already taken"
    QJsonObject attributes;
    QJsonObject cause; // an ErrorDetails object, or empty
};

int httpStatusForGrpc(int grpcCode);
QJsonObject errorDetails(const ErrorSpec &spec);
emukit::Reply errorReply(const ErrorSpec &spec);
// A malformed request body: 400 {"code":3,"message":…} without details, as grpc-gateway does.
emukit::Reply malformedReply(const QString &message);
// A proxy in front of TTS: an HTML page with that status.
emukit::Reply htmlReply(int httpStatus);

// The errors the emulator answers with, by their TTS names.
namespace Errors {
ErrorSpec idTaken();
ErrorSpec isEuisTaken(
    const QString &joinEui, const QString &devEui, const QString &appId, const QString &devId);
ErrorSpec registryEuisTaken(
    const QString &joinEui, const QString &devEui, const QString &appId, const QString &devId);
ErrorSpec forbiddenId(const QString &id);
ErrorSpec validation(const QString &field, const QString &reason);
ErrorSpec fieldMaskPaths(const QStringList &forbidden);
ErrorSpec nonZeroPath(const QString &path);
ErrorSpec fieldValue(const QString &server, const QString &field, const QString &cause);
ErrorSpec noJoinEui();
ErrorSpec noDevEui();
ErrorSpec frequencyPlanNotFound(const QString &id);
ErrorSpec isDeviceNotFound(const QString &appId, const QString &devId);
ErrorSpec registryDeviceNotFound(const QString &server);
ErrorSpec token();
ErrorSpec apiKeyNotFound();
ErrorSpec invalidAuthorization();
ErrorSpec noApplicationRights(const QString &appId);
ErrorSpec insufficientRights(const QStringList &missing);
ErrorSpec rateLimitExceeded(const QString &key, int perMinute);
ErrorSpec databaseUnavailable();
ErrorSpec injected(int httpStatus);
} // namespace Errors

} // namespace ttsemu

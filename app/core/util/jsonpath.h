#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// A value deep in a JSON object by its dotted path, as TTS's field masks name fields
// ("session.keys.app_s_key.key"): one reader instead of a chain of toObject().value() per use.
namespace JsonPath {

// The value at `path`, or an undefined QJsonValue when any part is missing or not an object.
QJsonValue valueAt(const QJsonObject &object, const QString &path);
// The string at `path` ("" when there is none).
QString stringAt(const QJsonObject &object, const QString &path);

} // namespace JsonPath

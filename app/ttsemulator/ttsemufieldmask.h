#pragma once

#include "tts/ttsserver.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace ttsemu {

struct ErrorSpec;

// Field masks of the JS/NS/AS Set calls (a subset of TTS's allowed paths per server, those
// an import can meet): which paths each server takes, and how a mask is applied.
namespace FieldMask {
// An error when a path is not for this server: a parent of allowed paths (e.g. "session")
// is non_zero_path, anything else field_mask_paths.
std::optional<ErrorSpec> check(TtsServer server, const QStringList &paths);
// Copies each path from `body` into `stored`; a path absent in the body clears the field.
void apply(QJsonObject &stored, const QJsonObject &body, const QStringList &paths);
// Only the listed top-level or dotted paths of `object`.
QJsonObject select(const QJsonObject &object, const QStringList &paths);
QJsonValue valueAt(const QJsonObject &object, const QString &path);
bool needsKeyRights(const QStringList &paths);
// A Get's field mask: each path's top-level field must be one this server keeps (a path of
// another server is field_mask_paths, as in TTS).
std::optional<ErrorSpec> checkGet(TtsServer registry, const QStringList &paths);
// A Get that returns keys: root keys, or a whole session or one of its keys.
bool readsKeys(const QStringList &paths);
} // namespace FieldMask

} // namespace ttsemu

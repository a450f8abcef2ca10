#pragma once

#include <QByteArray>
#include <QString>

// Indents a compact JSON document for people without re-ordering anything (QJsonDocument would
// sort the keys, and the preview must show the exact bytes that will be written). With
// `maskKeys`, the value of every member named "key" (AppKey, session keys) becomes "••••".
namespace PrettyJson {
QString format(const QByteArray &compactJson, bool maskKeys);
QString maskText(); // "••••"
} // namespace PrettyJson

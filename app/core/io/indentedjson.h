#pragma once

#include <QByteArrayView>
#include <QString>

// Indents one compact JSON value for people (two spaces a level), with every member in the
// order it was written: QJsonDocument would sort the keys, and the preview shows the exact
// device that goes into devices.json. Strings are written back the way CompactJsonWriter
// writes them, so for our own output only whitespace changes. With `maskKeys` the string value
// of every member named "key" (AppKey, session keys) becomes maskText().
//
// Read with JsonReader, the one JSON tokenizer of the core; the wizard shows the result and
// never parses JSON itself.
namespace IndentedJson {

// Empty when `compactJson` is not one valid JSON value (never a half-masked text).
QString format(QByteArrayView compactJson, bool maskKeys);
QString maskText(); // "••••"

} // namespace IndentedJson

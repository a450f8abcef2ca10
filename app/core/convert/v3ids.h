#pragma once

#include "convert/ttslimits.h"

#include <QString>

// The Things Stack identifier rules (identifiers.proto): ^[a-z0-9](?:[-]?[a-z0-9]){2,}$ and at
// most 36 characters. The same rule applies to device IDs, application IDs and attribute keys.
// v2 IDs may contain '_' and may be 2 characters long, so they are normalised first.
namespace V3Ids {

constexpr int maxIdLength = TtsLimits::maxIdLength;

// Lowercase, '_' -> '-', and "<prefix>-" in front when a prefix is given. The result is not
// guaranteed to be valid: check it with isValidId().
QString normaliseId(const QString &v2Id, const QString &prefix = QString());

// True when `id` matches the v3 ID regex and is at most 36 characters long.
bool isValidId(const QString &id);

// What is wrong with a device ID prefix (--dev-id-prefix, the wizard's prefix field); each face
// words it. Normalised like the IDs it goes in front of, it must itself be ID-shaped (letters,
// digits, single hyphens) and at most TtsLimits::maxDevIdPrefixLength long. An empty prefix is
// fine.
enum class PrefixProblem { None, BadCharacters, TooLong };
PrefixProblem prefixProblem(const QString &prefix);

// Attribute keys follow the ID rule: a valid key is kept as is, any other key is lowercased and
// '_' -> '-'. The result may still be invalid: check it with isValidId().
QString normaliseAttributeKey(const QString &key);

// Length as The Things Stack counts it for names, descriptions and attribute values: Unicode
// code points, so a character outside the BMP (two UTF-16 units) counts once.
qsizetype codePointCount(const QString &text);

// The v2 ID rule (validation.go): ^[0-9a-z](?:[_-]?[0-9a-z]){1,35}$, at most 36 characters.
bool isValidV2Id(const QString &id);

} // namespace V3Ids

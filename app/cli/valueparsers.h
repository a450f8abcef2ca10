#pragma once

#include <QString>
#include <optional>

// Value syntaxes borrowed from Go, so the guide's flags and environment variables mean the
// same here: strconv.ParseBool and time.ParseDuration (the subset that makes sense here).
namespace ValueParsers {
std::optional<bool> parseBool(const QString &text); // 1 t T TRUE true True 0 f F …
std::optional<int> parseDurationMs(const QString &text); // "30s", "500ms", "2m", "1m30s", "45"
std::optional<double> parsePositiveNumber(const QString &text);
} // namespace ValueParsers

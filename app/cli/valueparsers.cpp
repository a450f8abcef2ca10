#include "valueparsers.h"

#include <QRegularExpression>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

std::optional<bool> ValueParsers::parseBool(const QString &text)
{
    static const QStringList truthy = { u"1"_s, u"t"_s, u"T"_s, u"TRUE"_s, u"true"_s, u"True"_s };
    static const QStringList falsy = { u"0"_s, u"f"_s, u"F"_s, u"FALSE"_s, u"false"_s, u"False"_s };
    const QString trimmed = text.trimmed();
    if (truthy.contains(trimmed))
        return true;
    if (falsy.contains(trimmed))
        return false;
    return std::nullopt;
}

std::optional<int> ValueParsers::parseDurationMs(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool plainNumber = false;
    const double seconds = trimmed.toDouble(&plainNumber);
    double totalMs = 0;
    if (plainNumber) {
        totalMs = seconds * 1000.0;
    } else {
        static const QRegularExpression part(u"(\\d+(?:\\.\\d+)?)(ms|s|m|h)"_s);
        static const QRegularExpression whole(u"^(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h))+$"_s);
        if (!whole.match(trimmed).hasMatch())
            return std::nullopt;
        auto parts = part.globalMatch(trimmed);
        while (parts.hasNext()) {
            const auto match = parts.next();
            const double value = match.captured(1).toDouble();
            const QString unit = match.captured(2);
            const double factor = unit == u"ms" ? 1.0
                : unit == u"s"                  ? 1000.0
                : unit == u"m"                  ? 60000.0
                                                : 3600000.0;
            totalMs += value * factor;
        }
    }
    if (!std::isfinite(totalMs) || totalMs < 1 || totalMs > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(totalMs);
}

std::optional<double> ValueParsers::parsePositiveNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0)
        return std::nullopt;
    return value;
}

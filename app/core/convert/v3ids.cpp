#include "convert/v3ids.h"

namespace {

bool isLowerAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
}

// Shared shape check: lowercase letters/digits separated by single separators from
// `separators`, no leading/trailing separator, at least `minAlnum` letters/digits.
bool matchesIdShape(const QString &id, const char16_t *separators, int minAlnum, int maxLength)
{
    if (id.isEmpty() || id.size() > maxLength)
        return false;
    int alnum = 0;
    bool previousWasSeparator = true; // forbids a leading separator
    for (const QChar c : id) {
        if (isLowerAlnum(c)) {
            ++alnum;
            previousWasSeparator = false;
            continue;
        }
        bool isSeparator = false;
        for (const char16_t *s = separators; *s; ++s)
            isSeparator = isSeparator || c.unicode() == *s;
        if (!isSeparator || previousWasSeparator)
            return false;
        previousWasSeparator = true;
    }
    return !previousWasSeparator && alnum >= minAlnum;
}

QString lowerWithHyphens(const QString &text)
{
    QString result = text.toLower();
    result.replace(QLatin1Char('_'), QLatin1Char('-'));
    return result;
}

} // namespace

namespace V3Ids {

QString normaliseId(const QString &v2Id, const QString &prefix)
{
    if (prefix.isEmpty())
        return lowerWithHyphens(v2Id);
    return lowerWithHyphens(prefix + QLatin1Char('-') + v2Id);
}

bool isValidId(const QString &id)
{
    // ^[a-z0-9](?:[-]?[a-z0-9]){2,}$ means: at least 3 letters/digits, single inner hyphens.
    return matchesIdShape(id, u"-", TtsLimits::minIdAlphanumerics, maxIdLength);
}

PrefixProblem prefixProblem(const QString &prefix)
{
    if (prefix.isEmpty())
        return PrefixProblem::None;
    const QString normalised = lowerWithHyphens(prefix);
    // A prefix needs only one letter/digit itself: the device ID adds the rest.
    if (!matchesIdShape(normalised, u"-", 1, normalised.size()))
        return PrefixProblem::BadCharacters;
    if (normalised.size() > TtsLimits::maxDevIdPrefixLength)
        return PrefixProblem::TooLong;
    return PrefixProblem::None;
}

QString normaliseAttributeKey(const QString &key)
{
    return isValidId(key) ? key : lowerWithHyphens(key);
}

bool isValidV2Id(const QString &id)
{
    return matchesIdShape(id, u"-_", 2, 36);
}

qsizetype codePointCount(const QString &text)
{
    qsizetype count = text.size();
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            --count;
    }
    return count;
}

} // namespace V3Ids

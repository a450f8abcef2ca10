#include "validation/inputrules.h"

#include "convert/v3ids.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
// Gives this file's free functions a tr() that lupdate files under "InputRules".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(InputRules)
};
} // namespace

QString InputRules::appIdProblem(const QString &appId)
{
    if (appId.trimmed().isEmpty())
        return Text::tr("Enter the application ID of your TTN v2 application.");
    if (V3Ids::isValidV2Id(appId))
        return {};
    if (V3Ids::isValidV2Id(appId.toLower()))
        return Text::tr("Application IDs are lowercase: write it as “%1”.").arg(appId.toLower());
    return Text::tr(
        "“%1” is not a TTN v2 application ID: use 2 to 36 lowercase letters and digits, "
        "with single - or _ between them.")
        .arg(appId);
}

QString InputRules::accessKeyProblem(const QString &key)
{
    if (key.isEmpty())
        return Text::tr("Enter an access key of the application with the “devices” right.");
    for (const QChar c : key) {
        if (c.isSpace())
            return Text::tr("The access key contains a space: paste it again without spaces.");
    }
    return {};
}

QString InputRules::addressProblem(const QString &url, bool discovery)
{
    const QString what
        = discovery ? Text::tr("discovery server address") : Text::tr("handler address");
    if (url.trimmed().isEmpty())
        return Text::tr("Enter the %1.").arg(what);
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != u"http"_s && parsed.scheme() != u"https"_s))
        return Text::tr("The %1 must start with http:// or https://, "
                        "for example http://eu.thethings.network:8084.")
            .arg(what);
    if (parsed.host().isEmpty())
        return Text::tr("The %1 has no host name.").arg(what);
    return {};
}

QString InputRules::devIdPrefixProblem(const QString &prefix)
{
    switch (V3Ids::prefixProblem(prefix)) {
    case V3Ids::PrefixProblem::None:
        break;
    case V3Ids::PrefixProblem::TooLong:
        return Text::tr("The prefix is too long: device IDs may have at most 36 characters.");
    case V3Ids::PrefixProblem::BadCharacters:
        return Text::tr(
            "The prefix may contain letters, digits and single dashes or underscores, and must "
            "start and end with a letter or digit.");
    }
    return {};
}

QString InputRules::deviceIdProblem(const QString &devId)
{
    if (devId.trimmed().isEmpty())
        return Text::tr("Enter the ID of the v2 end device.");
    for (const QChar c : devId.trimmed()) {
        if (c.isSpace())
            return Text::tr(
                "A device ID has no spaces; to export several devices choose “A list of "
                "devices”.");
    }
    return {};
}

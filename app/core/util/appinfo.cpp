#include "util/appinfo.h"

#include "ttnmig_version.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// Keep in sync with HOMEPAGE_URL in the top-level CMakeLists.txt.
constexpr auto kHomepage = "https://github.com/ttn-lw-migrate-wizard/ttn-lw-migrate-wizard";

// Gives the free functions below a tr() with the translation context "AppInfo".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(AppInfo)
};

QString licenceSentence(const QString &licence)
{
    return Text::tr("Licensed under the %1 licence.").arg(licence);
}
} // namespace

namespace AppInfo {

QString version()
{
    return QStringLiteral(TTNMIG_VERSION);
}

QByteArray userAgent()
{
    return QByteArrayLiteral("ttn-lw-migrate/" TTNMIG_VERSION);
}

QString organizationName()
{
    return u"ttn-lw-migrate-wizard"_s;
}

QString desktopId()
{
    return u"io.github.ttn_lw_migrate_wizard"_s;
}

QString licenseName()
{
    return u"MIT"_s;
}

QString copyright()
{
    return Text::tr("Copyright © 2026 The ttn-lw-migrate-wizard developers");
}

QUrl homepage()
{
    return QUrl(QLatin1String(kHomepage));
}

QUrl issueTracker()
{
    return QUrl(QLatin1String(kHomepage) + u"/issues"_s);
}

QUrl licenseUrl()
{
    return QUrl(QLatin1String(kHomepage) + u"/blob/main/LICENSE"_s);
}

QString displayName()
{
    return Text::tr("TTN Migration Wizard");
}

QString shortDescription()
{
    return Text::tr("Moves LoRaWAN end devices from The Things Network v2 to The Things Stack, "
                    "safely and visibly.");
}

QString versionText(const QString &programName)
{
    return u"%1 %2\n%3\n%4\n"_s.arg(
        programName, version(), copyright(), licenceSentence(licenseName()));
}

QString aboutHtml()
{
    const auto link = [](const QUrl &url, const QString &text) {
        return u"<a href=\"%1\">%2</a>"_s.arg(
            url.toString(QUrl::FullyEncoded), text.toHtmlEscaped());
    };
    return u"<h3>%1</h3><p>%2</p><p>%3</p><p>%4<br>%5</p><p>%6 · %7</p>"_s.arg(
        displayName().toHtmlEscaped(), Text::tr("Version %1").arg(version()).toHtmlEscaped(),
        shortDescription().toHtmlEscaped(), copyright().toHtmlEscaped(),
        licenceSentence(link(licenseUrl(), licenseName())), link(homepage(), Text::tr("Homepage")),
        link(issueTracker(), Text::tr("Report a problem")));
}

} // namespace AppInfo

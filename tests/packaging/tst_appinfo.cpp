// AppInfo: what `--version` and the About dialog say.
#include "util/appinfo.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAppInfo : public QObject
{
    Q_OBJECT

private slots:
    void versionIsTheProjectVersion()
    {
        static const QRegularExpression semver(u"^[0-9]+\\.[0-9]+\\.[0-9]+$"_s);
        QVERIFY(semver.match(AppInfo::version()).hasMatch());
        QCOMPARE(AppInfo::version(), QStringLiteral(TTNMIG_PROJECT_VERSION));
    }

    void versionTextNamesProgramVersionAndLicence()
    {
        const QStringList lines
            = AppInfo::versionText(u"ttn-lw-migrate"_s).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), u"ttn-lw-migrate "_s + AppInfo::version());
        QVERIFY(lines.at(1).contains(u"2026"_s));
        QVERIFY(lines.at(2).contains(u"MIT"_s));
    }

    void linksAreAbsoluteHttps()
    {
        for (const QUrl &url :
            { AppInfo::homepage(), AppInfo::issueTracker(), AppInfo::licenseUrl() }) {
            QVERIFY2(url.isValid() && url.scheme() == u"https" && !url.host().isEmpty(),
                qPrintable(url.toString()));
        }
        QVERIFY(AppInfo::issueTracker().toString().startsWith(AppInfo::homepage().toString()));
    }

    void aboutHtmlHasEverything()
    {
        const QString html = AppInfo::aboutHtml();
        for (const QString &part :
            { AppInfo::displayName(), AppInfo::version(), AppInfo::licenseName(),
                AppInfo::homepage().toString(), AppInfo::issueTracker().toString() }) {
            QVERIFY2(html.contains(part), qPrintable(part));
        }
    }

    void desktopIdMatchesThePackagingFiles()
    {
        const QString id = AppInfo::desktopId();
        const QString base = QStringLiteral(TTNMIG_SOURCE_DIR) + u"/packaging/linux/"_s + id;
        QVERIFY(QFile::exists(base + u".desktop"_s));
        QVERIFY(QFile::exists(base + u".metainfo.xml"_s));
        QVERIFY(QFile::exists(
            QStringLiteral(TTNMIG_SOURCE_DIR) + u"/resources/icons/app/"_s + id + u".svg"_s));
    }
};

QTEST_GUILESS_MAIN(TestAppInfo)
#include "tst_appinfo.moc"

// ttn-lw-migrate-wizard: the guided way to move end devices from TTN v2 to The Things Stack.

#include "app/demosession.h"
#include "app/screenshottour.h"
#include "migrationwizard.h"
#include "settings/wizardsettings.h"
#include "util/appinfo.h"
#include "util/redact.h"
#include "util/translations.h"
#include "widgets/appicon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
// --help and --version must work without a display (on a server, in a terminal, in CI).
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v"
            || arg == "--version" || arg == "-?")
            return true;
    }
    return false;
}

// Cold-start benchmark hook (tests/bench/run-benchmarks.sh): with TTNMIG_EXIT_AFTER_FIRST_PAINT
// set, print "first-paint" on stdout once the first page has painted, then quit.
class FirstPaintExit : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};
} // namespace

int main(int argc, char *argv[])
{
    Redact::installMessageHandler();
    std::unique_ptr<QCoreApplication> application(wantsTextOnly(argc, argv)
            ? new QCoreApplication(argc, argv)
            : new QApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"ttn-lw-migrate-wizard"_s);
    QCoreApplication::setOrganizationName(AppInfo::organizationName());
    QCoreApplication::setApplicationVersion(AppInfo::version());
    Translations::install();
    if (qobject_cast<QApplication *>(&app)) {
        // The same name, ID and icon as the desktop file, so the desktop groups the window
        // under its menu entry (Wayland app_id, X11 WM_CLASS) and shows the right icon.
        QGuiApplication::setApplicationDisplayName(AppInfo::displayName());
        QGuiApplication::setDesktopFileName(AppInfo::desktopId());
        QApplication::setWindowIcon(AppIcon::icon());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Moves LoRaWAN end devices from TTN v2 to The Things Stack, step by step."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s,
        QCoreApplication::translate("main",
            "Start with the bundled TTN v2 emulator and sample "
            "devices on 127.0.0.1; nothing leaves this computer."));
    parser.addOption(demo);
    // Hidden: walks the demo through every page and saves a PNG of each (docs/screenshots).
    QCommandLineOption screenshots(u"screenshot-dir"_s, QString(), u"dir"_s);
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshots);
    // Hidden: the same tour with a dark palette (files named …-dark.png), to check that no
    // widget hard-codes a colour that only works on light backgrounds.
    QCommandLineOption screenshotsDark(u"screenshot-dark"_s, QString());
    screenshotsDark.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotsDark);
    parser.process(app);

    const QString screenshotDir = parser.value(screenshots);
    QTemporaryDir tourSettings;
    if (!screenshotDir.isEmpty()) // a tour must neither read nor change the user's settings
        WizardSettings::useTemporaryFile(tourSettings.filePath(u"settings.ini"_s));

    MigrationWizard wizard;
    DemoSession demoSession;
    if (parser.isSet(demo) || !screenshotDir.isEmpty()) {
        QString error;
        if (!demoSession.start(wizard, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    if (!screenshotDir.isEmpty()) {
        const bool dark = parser.isSet(screenshotsDark);
        if (dark)
            ScreenshotTour::useDarkPalette();
        return ScreenshotTour(wizard, screenshotDir, dark ? u"-dark"_s : QString()).run();
    }

    wizard.show();
    if (qEnvironmentVariableIsSet("TTNMIG_EXIT_AFTER_FIRST_PAINT"))
        wizard.currentPage()->installEventFilter(new FirstPaintExit(&wizard));
    return app.exec();
}

// ttnmig-wizard-tour: a developer tool, not installed. It starts the wizard exactly as
// ttn-lw-migrate-wizard does (WizardStartup) and then either
//   --screenshot-dir DIR [--dark] [--large-font] [--tts-source | --chirpstack-source]
//                    [--fit-screen]
//                                  walks the --demo wizard through its eight pages like a user
//                                  and saves a PNG of each (docs/screenshots), or
//   --first-paint                  prints "first-paint" once the first page has painted and
//                                  quits (the cold-start benchmark times that).

#include "chirpstack/chirpstackdevicesource.h"
#include "firstpaintprobe.h"
#include "migrationwizard.h"
#include "screenshottour.h"
#include "settings/keychain.h"
#include "settings/wizardsettings.h"
#include "startup/demosession.h"
#include "startup/windowfit.h"
#include "startup/wizardstartup.h"
#include "util/redact.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    Redact::installMessageHandler();
    QApplication app(argc, argv);
    ChirpStackDeviceSource::registerSource(); // as ttn-lw-migrate-wizard does
    WizardStartup::configure(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Tours the ttn-lw-migrate-wizard for screenshots and "
                                     u"the cold-start benchmark (a developer tool)."_s);
    parser.addHelpOption();
    const QCommandLineOption screenshots(u"screenshot-dir"_s,
        u"Walk the demo through every page and save PNGs into <dir>."_s, u"dir"_s);
    const QCommandLineOption dark(u"dark"_s,
        u"With --screenshot-dir: Fusion with a dark palette, files named …-dark.png (checks "
        u"that no widget hard-codes a colour that only works on light backgrounds)."_s);
    const QCommandLineOption largeFont(u"large-font"_s,
        u"With --screenshot-dir: the system font 1.4 times as large, files named "
        u"…-large-font.png (checks that nothing is cut or pushed away by a larger font)."_s);
    const QCommandLineOption ttsSource(u"tts-source"_s,
        u"With --screenshot-dir: the path from another The Things Stack deployment (the demo's "
        u"source application) up to the saved export, files named …-tts.png."_s);
    const QCommandLineOption fitScreen(u"fit-screen"_s,
        u"With --screenshot-dir: open the window as the wizard does, fitted to the screen "
        u"(WindowFit), instead of the documentation's fixed size; files named …-fit.png. Under "
        u"xvfb-run -s \"-screen 0 1600x1100x24\" with QT_SCALE_FACTOR=2 this shows a 2x "
        u"laptop screen."_s);
    const QCommandLineOption firstPaint(
        u"first-paint"_s, u"Print \"first-paint\" once the first page has painted, then quit."_s);
    const QCommandLineOption chirpStackSource(u"chirpstack-source"_s,
        u"With --screenshot-dir: the path from ChirpStack v4 (the demo's ChirpStack "
        u"application) to the next steps with its devices disabled, files named "
        u"…-chirpstack.png."_s);
    parser.addOptions(
        { screenshots, dark, largeFont, ttsSource, chirpStackSource, fitScreen, firstPaint });
    parser.process(app);

    if (parser.isSet(firstPaint)) {
        MigrationWizard wizard;
        wizard.show();
        wizard.currentPage()->installEventFilter(new FirstPaintProbe(&wizard));
        return app.exec();
    }
    const QString folder = parser.value(screenshots);
    if (folder.isEmpty()) {
        std::fputs(qUtf8Printable(parser.helpText()), stderr);
        return 2;
    }

    QTemporaryDir settings; // a tour must neither read nor change the user's settings
    WizardSettings::useTemporaryFile(settings.filePath(u"settings.ini"_s));
    Keychain::setEnabled(false); // nor the user's keychain
    QString suffix;
    if (parser.isSet(dark)) {
        ScreenshotTour::useDarkPalette();
        suffix += u"-dark"_s;
    }
    if (parser.isSet(largeFont)) {
        ScreenshotTour::useLargeFont(1.4);
        suffix += u"-large-font"_s;
    }
    MigrationWizard wizard;
    DemoSession demo;
    QString error;
    if (!demo.start(wizard, &error)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }
    QTemporaryDir journals; // the tour's AppKey change never touches the user's journals
    wizard.setAppKeyJournalDirectory(journals.path());
    if (parser.isSet(fitScreen)) {
        WindowFit::fitToScreen(&wizard);
        suffix += u"-fit"_s;
    }
    ScreenshotTour tour(wizard, folder, suffix);
    if (parser.isSet(chirpStackSource))
        return tour.runChirpStackSource();
    return parser.isSet(ttsSource) ? tour.runTtsSource() : tour.run();
}

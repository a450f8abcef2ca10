#pragma once

#include <QString>

class MigrationWizard;
class QWidget;

// Walks the --demo wizard through all eight pages like a user would, and saves a PNG of each page
// into a folder (docs/screenshots). The file names carry the device pixel ratio, so the same
// tour under QT_SCALE_FACTOR=2 adds the @2x set.
class WizardDriver;

class ScreenshotTour
{
public:
    // `nameSuffix` goes before the scale suffix, e.g. "-dark" → wizard-1-connect-dark@2x.png.
    ScreenshotTour(
        MigrationWizard &wizard, const QString &folder, const QString &nameSuffix = QString());
    int run(); // process exit code
    // The tts source's path (issue #17): "The Things Stack" chosen on page 1 (the demo's
    // emulator serves demo-source-fleet), listed, options with sessions, preview, saved; files
    // named wizard-1-connect-tts.png … wizard-6-next-steps-tts.png (the source's own steps:
    // AppKeys in its Join Server, delete once active; the later pages are shared).
    int runTtsSource();
    // --chirpstack-source: the demo's ChirpStack application, connect to next steps, with
    // "Disable in ChirpStack" run; files named …-chirpstack.png.
    int runChirpStackSource();

    // Fusion with a dark palette, as a desktop in dark mode gives it (call before the tour).
    static void useDarkPalette();
    // The application font `factor` times as large, as a desktop with a larger font gives it.
    static void useLargeFont(double factor);

private:
    bool makeFolder() const; // false (said on stderr) when the folder cannot be made
    int finish(bool ok, const WizardDriver &driver);
    bool grab(const QString &name);
    bool grabWidget(const QString &name, QWidget *widget);
    // The preview's "Try a payload" dialog with the demo's payload run, then closed.
    bool tryPayload();

    MigrationWizard &m_wizard;
    QString m_folder;
    QString m_nameSuffix;
};

#pragma once

#include <QString>

class MigrationWizard;

// Walks the --demo wizard through all six pages like a user would, and saves a PNG of each page
// into a folder (docs/screenshots). The file names carry the device pixel ratio, so the same
// tour under QT_SCALE_FACTOR=2 adds the @2x set.
class ScreenshotTour
{
public:
    ScreenshotTour(MigrationWizard &wizard, const QString &folder);
    int run();   // process exit code

private:
    bool grab(const QString &name);

    MigrationWizard &m_wizard;
    QString m_folder;
};

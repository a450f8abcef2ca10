#include "app/screenshottour.h"

#include "migrationwizard.h"

ScreenshotTour::ScreenshotTour(MigrationWizard &wizard, const QString &folder)
    : m_wizard(wizard)
    , m_folder(folder)
{
}

int ScreenshotTour::run()
{
    return 1;
}

bool ScreenshotTour::grab(const QString &)
{
    return false;
}

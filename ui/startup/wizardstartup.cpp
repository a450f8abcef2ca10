#include "startup/wizardstartup.h"

#include "util/appinfo.h"
#include "util/translations.h"
#include "widgets/appicon.h"

#include <QApplication>

using namespace Qt::StringLiterals;

void WizardStartup::configure(QCoreApplication &app)
{
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
}

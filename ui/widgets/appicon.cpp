#include "widgets/appicon.h"

#include "util/appinfo.h"

using namespace Qt::StringLiterals;

QIcon AppIcon::icon()
{
    // Embedded by ui/CMakeLists.txt under :/app from resources/icons/app/.
    const QString name = AppInfo::desktopId();
    QIcon icon(u":/app/%1.svg"_s.arg(name));
    for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
        icon.addFile(u":/app/png/%1x%1/%2.png"_s.arg(size).arg(name), QSize(size, size));
    return icon;
}

#include "widgets/uiicons.h"

#include <QApplication>
#include <QHash>
#include <QStyle>

using namespace Qt::StringLiterals;

static void initUiResources()
{
    // ui.qrc lives in the static ttnmig_ui library, which the linker would otherwise drop.
    Q_INIT_RESOURCE(ui);
}

namespace {
QIcon load(const QString &name, QStyle::StandardPixmap fallback)
{
    static QHash<QString, QIcon> cache;
    if (const auto it = cache.constFind(name); it != cache.constEnd())
        return *it;
    static const bool resourcesReady = (initUiResources(), true);
    Q_UNUSED(resourcesReady)
    QIcon icon(u":/ui/"_s + name + u".svg"_s);
    if (icon.availableSizes().isEmpty() && icon.pixmap(16).isNull())
        icon = QApplication::style()->standardIcon(fallback);
    cache.insert(name, icon);
    return icon;
}
} // namespace

QIcon UiIcons::status(OutcomeStatus status)
{
    switch (status) {
    case OutcomeStatus::Exported:
        return success();
    case OutcomeStatus::Skipped:
        return load(u"status-skipped"_s, QStyle::SP_MessageBoxWarning);
    case OutcomeStatus::Failed:
        return error();
    }
    return {};
}

QIcon UiIcons::success()
{
    return load(u"status-exported"_s, QStyle::SP_DialogApplyButton);
}

QIcon UiIcons::info()
{
    return load(u"info"_s, QStyle::SP_MessageBoxInformation);
}

QIcon UiIcons::warning()
{
    return load(u"warning"_s, QStyle::SP_MessageBoxWarning);
}

QIcon UiIcons::error()
{
    return load(u"status-failed"_s, QStyle::SP_MessageBoxCritical);
}

QIcon UiIcons::busy()
{
    return load(u"busy"_s, QStyle::SP_BrowserReload);
}

QIcon UiIcons::copy()
{
    return load(u"copy"_s, QStyle::SP_FileDialogDetailedView);
}

QIcon UiIcons::reveal()
{
    return load(u"eye"_s, QStyle::SP_FileDialogContentsView);
}

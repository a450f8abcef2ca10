#pragma once

// Set-up shared by the tests that open the wizard.

#include "migrationwizard.h"
#include "session/migrationsession.h"
#include "settings/wizardsettings.h"

#include <QStandardPaths>
#include <QTemporaryDir>

namespace WizardTestSupport {

// Settings in a temporary INI file; nothing touches the user's configuration.
inline void useThrowawaySettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    WizardSettings::useTemporaryFile(dir.filePath(QStringLiteral("settings.ini")));
}

} // namespace WizardTestSupport

// The wizard shows tests its session, not its pages: a test that works a page's own controls
// (a button, a choice) takes the page the way QWizard holds it, by its type.
template <class Page> Page *pageOf(const MigrationWizard &wizard)
{
    Page *page = wizard.findChild<Page *>();
    Q_ASSERT(page);
    return page;
}

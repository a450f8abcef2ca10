#pragma once

// Set-up shared by the tests that open the wizard.

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

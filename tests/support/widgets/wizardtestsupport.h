#pragma once

// Set-up shared by the tests that open the wizard.

#include "migrationwizard.h"
#include "session/migrationsession.h"
#include "settings/wizardsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWidget>

namespace WizardTestSupport {

// Settings in a temporary INI file; nothing touches the user's configuration.
inline void useThrowawaySettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    WizardSettings::useTemporaryFile(dir.filePath(QStringLiteral("settings.ini")));
}

// The wizard's German and Qt's German (the wizard's own buttons: Zurück, Weiter, …), as a
// German user's locale installs them, owned by `owner`; false when one is missing. The
// caller removes `installed` when done.
inline bool installGerman(QObject *owner, QList<QTranslator *> *installed)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const QList<std::pair<QString, QString>> files {
        { QStringLiteral("ttn-lw-migrate"), QStringLiteral(":/i18n") },
        { QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath) },
    };
    for (const auto &[name, directory] : files) {
        auto *translator = new QTranslator(owner);
        if (!translator->load(german, name, QStringLiteral("_"), directory)) {
            delete translator;
            return false;
        }
        QCoreApplication::installTranslator(translator);
        installed->append(translator);
    }
    return true;
}

// Shows `window` and makes it the active one, as a window manager does when it opens (and,
// after a dialog closes, what the offscreen platform does not do by itself): keys sent to
// the application go there. False when it did not become active in time.
inline bool showActive(QWidget *window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
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

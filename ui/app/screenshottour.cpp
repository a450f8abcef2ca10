#include "app/screenshottour.h"

#include "migrationwizard.h"
#include "tools/wizarddriver.h"

#include <QCheckBox>
#include <QDir>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

ScreenshotTour::ScreenshotTour(MigrationWizard &wizard, const QString &folder)
    : m_wizard(wizard)
    , m_folder(folder)
{
}

int ScreenshotTour::run()
{
    if (!QDir().mkpath(m_folder)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(m_folder));
        return 1;
    }
    QTemporaryDir exportDir;
    WizardDriver driver(m_wizard);
    m_wizard.show();
    bool ok = driver.waitUntil([this] { return m_wizard.isVisible(); })
        && driver.testConnection() && grab(u"1-connect"_s) && driver.next()
        && driver.chooseApplication(true) && grab(u"2-devices"_s) && driver.next()
        && grab(u"3-options"_s) && driver.next() && driver.waitForPreview()
        && driver.selectPreviewRow(u"kuehlraum-sued"_s) && grab(u"4-preview"_s) && driver.next()
        && driver.saveTo(exportDir.filePath(u"devices.json"_s)) && grab(u"5-export"_s)
        && driver.next();
    if (ok) {
        driver.find<QCheckBox>(u"check_appKey"_s)->setChecked(true);
        ok = grab(u"6-next-steps"_s);
    }
    if (!ok) {
        std::fprintf(stderr, "screenshot tour stopped on page %d: %s\n", m_wizard.currentId(),
                     qPrintable(driver.lastError()));
        return 1;
    }
    m_wizard.close();
    return 0;
}

bool ScreenshotTour::grab(const QString &name)
{
    // Let layouts and deferred updates settle before taking the picture.
    WizardDriver(m_wizard, 150).waitUntil([] { return false; });
    const QPixmap pixmap = m_wizard.grab();
    const QString suffix = pixmap.devicePixelRatio() > 1.0 ? u"@2x"_s : QString();
    const QString path = QDir(m_folder).filePath(u"wizard-"_s + name + suffix + u".png"_s);
    if (!pixmap.save(path))
        return false;
    std::printf("%s\n", qPrintable(path));
    return true;
}

#include "screenshottour.h"

#include "migrationwizard.h"
#include "pages/optionspage.h"
#include "pages/previewpage.h"
#include "widgets/inlinemessage.h"
#include "widgets/messagebox.h"
#include "widgets/trypayloaddialog.h"
#include "wizarddriver.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;

ScreenshotTour::ScreenshotTour(
    MigrationWizard &wizard, const QString &folder, const QString &nameSuffix)
    : m_wizard(wizard)
    , m_folder(folder)
    , m_nameSuffix(nameSuffix)
{
}

void ScreenshotTour::useDarkPalette()
{
    QApplication::setStyle(u"Fusion"_s);
    QPalette dark;
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x25, 0x25, 0x25);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, disabled);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, QColor(0x5a, 0xa9, 0xf0));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    dark.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    dark.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        dark.setColor(QPalette::Disabled, role, disabled);
    QApplication::setPalette(dark);
}

void ScreenshotTour::useLargeFont(double factor)
{
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    QApplication::setFont(font);
}

bool ScreenshotTour::makeFolder() const
{
    if (QDir().mkpath(m_folder))
        return true;
    std::fprintf(stderr, "cannot create %s\n", qPrintable(m_folder));
    return false;
}

int ScreenshotTour::run()
{
    if (!makeFolder())
        return 1;
    QTemporaryDir exportDir;
    WizardDriver driver(m_wizard);
    m_wizard.show();
    bool ok = driver.waitUntil([this] { return m_wizard.isVisible(); }) && driver.testConnection()
        && grab(u"1-connect"_s) && driver.next() && driver.chooseApplication(true)
        && grab(u"2-devices"_s) && driver.next() && grab(u"3-options"_s) && driver.next()
        && driver.waitForPreview() && driver.selectPreviewRow(u"kuehlraum-sued"_s)
        && grab(u"4-preview"_s)
        && tryPayload()
        // A repair as the user makes it: the too-short "ab" gets a new v3 ID, checked as typed.
        && driver.typeDeviceId(u"ab"_s, u"ab-sensor"_s, false) && grab(u"4-preview-rename"_s)
        && driver.typeDeviceId(u"ab"_s, u"ab-sensor"_s, true) && driver.next()
        && driver.saveTo(exportDir.filePath(u"devices.json"_s)) && grab(u"5-export"_s)
        && driver.next();
    if (ok) {
        // The AppKey step as the user does it (on the demo's own emulator): confirmed, every
        // key changed, the step ticks itself. Never a tick without the change behind it.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        auto *status = driver.find<InlineMessage>(u"appKeyStatus"_s);
        ok = driver.find<QAbstractButton>(u"changeKeysButton"_s)
            && driver.find<QAbstractButton>(u"changeKeysButton"_s)->isEnabled();
        if (ok) {
            driver.find<QAbstractButton>(u"changeKeysButton"_s)->click();
            ok = driver.waitUntil([status] {
                return status->kind() == InlineMessage::Kind::Success
                    || status->kind() == InlineMessage::Kind::Error;
            }) && status->kind() == InlineMessage::Kind::Success;
        }
        ok = ok && grab(u"6-next-steps"_s);
    }
    // The import into the demo's The Things Stack, then its devices joining (a few seconds).
    ok = ok && driver.openImportPage() && driver.runOnImportPage(u"importButton"_s)
        && grab(u"7-import"_s) && driver.next()
        && driver.waitForStatus([](const TtsTrackerSnapshot &s) { return s.waiting > 0; })
        && grab(u"8-status-waiting"_s)
        && driver.waitForStatus([](const TtsTrackerSnapshot &s) { return s.waiting == 0; })
        && grab(u"8-status"_s);
    return finish(ok, driver);
}

// The end of a tour: the page it stopped on and why, or the window closed.
int ScreenshotTour::finish(bool ok, const WizardDriver &driver)
{
    if (!ok) {
        std::fprintf(stderr, "screenshot tour stopped on page %d: %s\n", m_wizard.currentId(),
            qPrintable(driver.lastError()));
        return 1;
    }
    m_wizard.close();
    return 0;
}

int ScreenshotTour::runTtsSource()
{
    if (!makeFolder())
        return 1;
    QTemporaryDir exportDir;
    WizardDriver driver(m_wizard);
    m_wizard.show();
    OptionsPage *options = pageOf<OptionsPage>(m_wizard);
    // The demo filled the source's form with its "Local emulator (demo)" preset.
    const bool ok = driver.waitUntil([this] { return m_wizard.isVisible(); })
        && driver.chooseTtsSource(QUrl(), QString(), QString()) && driver.testTtsSourceConnection()
        && grab(u"1-connect-tts"_s) && driver.next() && driver.chooseApplication(true)
        && grab(u"2-devices-tts"_s) && driver.next() && (options->setWithSession(true), true)
        && grab(u"3-options-tts-with-session"_s) && (options->setWithSession(false), true)
        && driver.next() && driver.waitForPreview()
        && driver.selectPreviewRow(u"claimed-tracker-056"_s) && grab(u"4-preview-tts"_s)
        && driver.next() && driver.saveTo(exportDir.filePath(u"devices.json"_s))
        && grab(u"5-export-tts"_s) && driver.next() && grab(u"6-next-steps-tts"_s);
    return finish(ok, driver);
}

int ScreenshotTour::runChirpStackSource()
{
    if (!makeFolder())
        return 1;
    QTemporaryDir exportDir;
    WizardDriver driver(m_wizard);
    m_wizard.show();
    // The demo filled the form with its chirpstack-emulator, tenant and application.
    bool ok = driver.waitUntil([this] { return m_wizard.isVisible(); })
        && driver.chooseChirpStackSource(QString(), QString(), QString(), QString())
        && driver.testChirpStackConnection() && grab(u"1-connect-chirpstack"_s) && driver.next()
        && driver.chooseApplication(true) && grab(u"2-devices-chirpstack"_s) && driver.next()
        && grab(u"3-options-chirpstack"_s) && driver.next() && driver.waitForPreview()
        && grab(u"4-preview-chirpstack"_s) && driver.next()
        && driver.saveTo(exportDir.filePath(u"devices.json"_s)) && grab(u"5-export-chirpstack"_s)
        && driver.next();
    ok = ok && driver.disableInChirpStack() && grab(u"6-next-steps-chirpstack"_s);
    return finish(ok, driver);
}

bool ScreenshotTour::tryPayload()
{
    PreviewPage *page = pageOf<PreviewPage>(m_wizard);
    WizardDriver driver(m_wizard);
    if (!driver.waitUntil([page] { return !page->isReadingFormatters(); }))
        return false;
    page->openTryPayload();
    TryPayloadDialog *dialog = page->tryPayloadDialog();
    if (!dialog)
        return false;
    dialog->findChild<QLineEdit *>(u"tryPayloadEdit"_s)->setText(u"09 C4 32"_s);
    dialog->run();
    const bool ok = driver.waitUntil([dialog] { return dialog->hasResult(); })
        && grabWidget(u"4-preview-try-payload"_s, dialog);
    dialog->close();
    return ok;
}

bool ScreenshotTour::grab(const QString &name)
{
    return grabWidget(name, &m_wizard);
}

bool ScreenshotTour::grabWidget(const QString &name, QWidget *widget)
{
    // Let layouts and deferred updates settle before taking the picture.
    WizardDriver(m_wizard, 150).waitUntil([] { return false; });
    const QPixmap pixmap = widget->grab();
    const QString suffix = pixmap.devicePixelRatio() > 1.0 ? u"@2x"_s : QString();
    const QString path
        = QDir(m_folder).filePath(u"wizard-"_s + name + m_nameSuffix + suffix + u".png"_s);
    if (!pixmap.save(path))
        return false;
    std::printf("%s\n", qPrintable(path));
    return true;
}

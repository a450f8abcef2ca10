// The wizard's About box: reachable from the button row by mouse and keyboard, shows the
// version, the licence and the links from AppInfo, and the product icon is embedded.
// Set TTNMIG_ABOUT_SCREENSHOT=/path/about.png to save what the dialog looks like.

#include "migrationwizard.h"
#include "util/appinfo.h"
#include "widgets/aboutdialog.h"
#include "widgets/appicon.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MigrationWizard> m_wizard;

    QAbstractButton *aboutButton() const { return m_wizard->button(QWizard::HelpButton); }
    QList<AboutDialog *> dialogs() const { return m_wizard->findChildren<AboutDialog *>(); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WizardTestSupport::useThrowawaySettings(*m_dir);
        m_wizard = std::make_unique<MigrationWizard>();
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    void cleanup() { m_wizard.reset(); }

    void buttonRowHasAbout()
    {
        QAbstractButton *button = aboutButton();
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), u"Abo&ut…"_s); // Alt+U; no page uses &U
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
        QVERIFY(dialogs().isEmpty()); // created on demand, not at start-up
    }

    void clickOpensVersionLicenceAndLinks()
    {
        aboutButton()->click();
        QCOMPARE(dialogs().size(), 1);
        AboutDialog *dialog = dialogs().constFirst();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->windowModality(), Qt::WindowModal); // open(), not a blocking exec()
        QVERIFY(dialog->windowTitle().contains(AppInfo::displayName()));

        const QString text = dialog->text();
        QVERIFY2(text.contains(u"Version "_s + QStringLiteral(TTNMIG_PROJECT_VERSION)),
            qPrintable(text));
        QVERIFY2(text.contains(u">MIT</a>"_s), qPrintable(text));
        QVERIFY(text.contains(AppInfo::licenseUrl().toString()));
        QVERIFY(text.contains(AppInfo::homepage().toString()));
        QVERIFY(text.contains(AppInfo::issueTracker().toString()));
        auto *label = dialog->findChild<QLabel *>(u"aboutText"_s);
        QVERIFY(label);
        QVERIFY(label->openExternalLinks());
        QVERIFY(label->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);

        const QString screenshot = qEnvironmentVariable("TTNMIG_ABOUT_SCREENSHOT");
        if (!screenshot.isEmpty())
            QVERIFY(dialog->grab().save(screenshot));

        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        aboutButton()->click(); // again: the same dialog, not a second one
        QCOMPARE(dialogs().size(), 1);
        QTRY_VERIFY(dialog->isVisible());
    }

    void altUOpensAbout()
    {
        QApplication::setActiveWindow(m_wizard.get());
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        QTest::keyClick(m_wizard.get(), Qt::Key_U, Qt::AltModifier);
        QTRY_COMPARE(dialogs().size(), 1); // a mnemonic "animates" the click: released later
        QTRY_VERIFY(dialogs().constFirst()->isVisible());
    }

    void productIconIsEmbedded()
    {
        const QIcon icon = AppIcon::icon();
        QVERIFY(!icon.isNull());
        for (const int size : { 16, 48, 256 }) {
            const QImage image = icon.pixmap(size).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            QVERIFY(image.pixelColor(size / 2, size / 2).alpha() > 0); // drawn, not blank
        }
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"

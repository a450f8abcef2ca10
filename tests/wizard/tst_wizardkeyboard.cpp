// The wizard by keyboard, page by page, as a new user walks it (in English and in German, with
// Qt's own German buttons): no two controls answer the same Alt+key and every label's Alt+key
// focuses its field; Tab reaches every control in
// reading order; after an action the focus is on the natural next button (Enter must not open
// About… or save again); Escape asks before it throws work away.

#include "keyboardcheck.h"
#include "migrationwizard.h"
#include "models/outcometablemodel.h"
#include "pages/devicespage.h"
#include "pages/exportpage.h"
#include "pages/importpage.h"
#include "pages/nextstepspage.h"
#include "pages/previewpage.h"
#include "ttsemulator.h"
#include "v2emulator.h"
#include "widgets/appkeypanel.h"
#include "widgets/filedialogprovider.h"
#include "widgets/inlinemessage.h"
#include "widgets/messagebox.h"
#include "wizarddriver.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <memory>

using namespace Qt::StringLiterals;

class TestWizardKeyboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    V2Emulator m_emulator;
    TtsEmulator m_tts;
    QList<QTranslator *> m_translators;
    std::unique_ptr<MigrationWizard> m_wizard;
    std::unique_ptr<WizardDriver> m_driver;

    void openWizard()
    {
        m_wizard = std::make_unique<MigrationWizard>();
        m_wizard->useDemo(
            V2Emulator::demoApplicationId(), V2Emulator::demoAccessKey(), m_emulator.handlerUrl());
        QVERIFY(WizardTestSupport::showActive(m_wizard.get()));
        m_driver = std::make_unique<WizardDriver>(*m_wizard);
    }

    // The wizard's German and Qt's German (the wizard's own buttons: Zurück, Weiter, …), as a
    // German user's locale installs them.
    bool installGerman() { return WizardTestSupport::installGerman(this, &m_translators); }

    // Both checks on the page as it is shown now; `state` names it in the failure message.
    void checkKeyboard(const QString &state)
    {
        QStringList problems = KeyboardCheck::mnemonicProblems(m_wizard.get());
        problems += KeyboardCheck::focusChainProblems(m_wizard.get(), m_wizard->currentPage());
        // Keys go to the focus: it must be on the page shown (or the wizard's buttons).
        if (QWidget *focused = focus();
            focused && focused->window() == m_wizard.get() && !focused->isVisible())
            problems << u"the focus is on %1, which is not shown"_s.arg(focused->objectName());
        QVERIFY2(problems.isEmpty(), qPrintable(state + u":\n  "_s + problems.join(u"\n  "_s)));
    }

    QWidget *focus() const { return QApplication::focusWidget(); }

    // A sentinel in MessageBox::lastText(), so a test can tell whether a box was asked.
    static void forgetLastQuestion()
    {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        MessageBox::question(nullptr, QString(), u"(nothing asked)"_s);
    }

    void pressEscape() { QTest::keyClick(m_wizard.get(), Qt::Key_Escape); }

    // What a key could change on the pages not shown: text, check and radio buttons, combo
    // boxes, spin boxes, the current cell of views.
    QStringList hiddenPagesState() const
    {
        QStringList state;
        const QList<int> ids = m_wizard->pageIds();
        for (int id : ids) {
            if (id == m_wizard->currentId())
                continue;
            const QList<QWidget *> widgets = m_wizard->page(id)->findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                const QString who = u"page %1 %2 %3: "_s.arg(id).arg(
                    QString::fromLatin1(w->metaObject()->className()), w->objectName());
                if (auto *edit = qobject_cast<QLineEdit *>(w))
                    state << who + edit->text();
                else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
                    state << who + text->toPlainText();
                else if (auto *button = qobject_cast<QAbstractButton *>(w))
                    state << who + (button->isChecked() ? u"checked"_s : u"unchecked"_s);
                else if (auto *combo = qobject_cast<QComboBox *>(w))
                    state << who + QString::number(combo->currentIndex());
                else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
                    state << who + spin->text();
                else if (auto *view = qobject_cast<QAbstractItemView *>(w))
                    state << who
                            + u"%1,%2"_s.arg(view->currentIndex().row())
                                  .arg(view->currentIndex().column());
            }
        }
        return state;
    }

    // Keys a user presses on the page shown, through the window as a keyboard delivers them:
    // nothing on a page not shown may change, and the focus is where the user can see it.
    void pressKeysOnTheShownPage(const QString &where)
    {
        const QStringList before = hiddenPagesState();
        QWindow *window = m_wizard->windowHandle();
        for (Qt::Key key : { Qt::Key_Down, Qt::Key_Down, Qt::Key_Up, Qt::Key_Right, Qt::Key_Left,
                 Qt::Key_End, Qt::Key_Home, Qt::Key_PageDown, Qt::Key_X, Qt::Key_7 })
            QTest::keyClick(window, key);
        QWidget *focused = focus();
        QVERIFY2(focused && focused->isVisible() && focused->window() == m_wizard.get(),
            qPrintable(where + u": the focus is on a widget not shown: "_s
                + (focused ? focused->objectName() : u"none"_s)));
        const QStringList after = hiddenPagesState();
        QStringList changed;
        for (qsizetype i = 0; i < std::min(before.size(), after.size()); ++i) {
            if (before.at(i) != after.at(i))
                changed << before.at(i) + u" → "_s + after.at(i);
        }
        QVERIFY2(changed.isEmpty() && before.size() == after.size(),
            qPrintable(
                where + u": keys changed a page not shown:\n  "_s + changed.join(u"\n  "_s)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        WizardTestSupport::useThrowawaySettings(m_dir);
        m_emulator.loadDemo();
        m_emulator.setRateLimit(0);
        QVERIFY(m_emulator.listen(QHostAddress::LocalHost, 0));
        m_tts.loadDemo();
        QVERIFY(m_tts.listen());
    }

    void cleanup()
    {
        m_driver.reset();
        m_wizard.reset();
        m_emulator.setLatency(0);
        for (QTranslator *translator : std::as_const(m_translators)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        m_translators.clear();
    }

    void everyPageWorksByKeyboard_data()
    {
        QTest::addColumn<bool>("german");
        QTest::newRow("English") << false;
        QTest::newRow("German") << true;
    }

    // Every page, in the states a user sees it in.
    void everyPageWorksByKeyboard()
    {
        QFETCH(bool, german);
        if (german)
            QVERIFY2(installGerman(), "the German translations (own and qtbase) must load");
        openWizard();
        m_wizard->useTtsDemo(
            m_tts.baseUrl(), TtsEmulator::demoApplicationId(), TtsEmulator::demoApiKey());
        checkKeyboard(u"connect page"_s);
        QVERIFY2(m_driver->testConnection(), qPrintable(m_driver->lastError()));
        checkKeyboard(u"connect page, tested"_s);
        QVERIFY(m_driver->next());

        DevicesPage *devices = pageOf<DevicesPage>(*m_wizard);
        devices->setChoice(DevicesPage::Choice::OneDevice);
        checkKeyboard(u"devices page, one device"_s);
        QVERIFY(m_driver->chooseDeviceList({ u"otaa-plain"_s, u"otaa-plain"_s, u"Bad Id"_s }));
        checkKeyboard(u"devices page, a list with warnings"_s);
        QVERIFY2(m_driver->chooseApplication(true), qPrintable(m_driver->lastError()));
        checkKeyboard(u"devices page, application listed"_s);
        QVERIFY(m_driver->next());

        checkKeyboard(u"options page"_s);
        QVERIFY(m_driver->setOptions(true, QString()));
        checkKeyboard(u"options page, with sessions"_s);
        QVERIFY(m_driver->setOptions(false, QString()));
        QVERIFY(m_driver->next());

        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        QVERIFY(m_driver->selectPreviewRow(u"kuehlraum-sued"_s));
        checkKeyboard(u"preview page"_s);
        // The Status column holds every status as the view draws it, never "Übersprung…".
        auto *table = m_driver->find<QTableView>(u"outcomeTable"_s);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex status = table->model()->index(row, OutcomeTableModel::StatusColumn);
            QVERIFY2(table->sizeHintForIndex(status).width()
                    <= table->columnWidth(OutcomeTableModel::StatusColumn),
                qPrintable(status.data().toString()));
        }
        m_driver->find<QAbstractButton>(u"copyCommandButton"_s)->click();
        checkKeyboard(u"preview page, command copied"_s);
        QVERIFY(m_driver->next());

        checkKeyboard(u"export page"_s);
        QVERIFY2(m_driver->saveTo(m_dir.filePath(u"keyboard.json"_s)),
            qPrintable(m_driver->lastError()));
        checkKeyboard(u"export page, saved"_s);
        QVERIFY(m_driver->next());

        checkKeyboard(u"next steps page"_s);
        m_driver->find<QAbstractButton>(u"importNowButton"_s)->click();
        QTRY_COMPARE(m_wizard->currentId(), int(MigrationWizard::ImportPageId));
        checkKeyboard(u"import page"_s);
        QVERIFY2(m_driver->runOnImportPage(u"importButton"_s), qPrintable(m_driver->lastError()));
        checkKeyboard(u"import page, imported"_s);
        QVERIFY(m_driver->next());

        QCOMPARE(m_wizard->currentId(), int(MigrationWizard::StatusPageId));
        checkKeyboard(u"status page"_s);
        m_driver->find<QAbstractButton>(u"showConnectionButton"_s)->click();
        checkKeyboard(u"status page, connection settings shown"_s);

        // Escape on the status page, the focus in its search field: nothing is lost (saved,
        // imported), so the wizard closes at once without asking (docs/wizard.md).
        auto *search = m_driver->find<QLineEdit>(u"joinSearchEdit"_s);
        search->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), search);
        forgetLastQuestion();
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_VERIFY(!m_wizard->isVisible());
        QCOMPARE(MessageBox::lastText(), u"(nothing asked)"_s);
    }

    // After Options → Next by keyboard (Alt+N from the session choice, Enter in the prefix
    // field), Down or typing on the Preview page once switched the hidden Options page to
    // "with sessions" or typed into its prefix field.
    void keysReachOnlyTheShownPage()
    {
        openWizard();
        QVERIFY(m_driver->next());
        QVERIFY2(m_driver->chooseApplication(false), qPrintable(m_driver->lastError()));
        pressKeysOnTheShownPage(u"devices page"_s);
        QVERIFY(m_driver->next());
        QCOMPARE(m_wizard->currentId(), int(MigrationWizard::OptionsPageId));
        auto *without = m_driver->find<QAbstractButton>(u"withoutSessionRadio"_s);
        without->setFocus();
        QCOMPARE(focus(), without);
        m_emulator.setLatency(300); // the preview is still running when the keys come
        QTest::keyClick(m_wizard->windowHandle(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(m_wizard->currentId(), int(MigrationWizard::PreviewPageId));
        pressKeysOnTheShownPage(u"preview page, running, after Alt+N on the session choice"_s);
        m_emulator.setLatency(0);
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        pressKeysOnTheShownPage(u"preview page, done"_s);
        QVERIFY(!m_wizard->session()->options().withSession);

        QVERIFY(m_driver->back());
        auto *prefix = m_driver->find<QLineEdit>(u"prefixEdit"_s);
        prefix->setFocus();
        QTest::keyClick(m_wizard->windowHandle(), Qt::Key_Return);
        QTRY_COMPARE(m_wizard->currentId(), int(MigrationWizard::PreviewPageId));
        pressKeysOnTheShownPage(u"preview page, after Enter in the prefix field"_s);
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        QCOMPARE(prefix->text(), QString());
        QVERIFY(m_driver->next());
        pressKeysOnTheShownPage(u"export page"_s);
    }

    // Alt+F on "Frequency plan" once did nothing, and what was typed next replaced the
    // application ID.
    void frequencyPlanMnemonicFocusesTheSearch()
    {
        openWizard();
        auto *appId = m_driver->find<QLineEdit>(u"appIdEdit"_s);
        appId->setFocus();
        QTest::keyClick(m_wizard.get(), Qt::Key_F, Qt::AltModifier);
        QCOMPARE(focus(), m_driver->find<QWidget>(u"planFilterEdit"_s));
        QTest::keyClicks(focus(), u"868"_s);
        QCOMPARE(appId->text(), V2Emulator::demoApplicationId());
        QCOMPARE(m_wizard->session()->options().frequencyPlanId, u"EU_863_870_TTN"_s);
    }

    // Alt+N is Next on the devices page (it once focused "Check none").
    void altNGoesNextOnTheDevicesPage()
    {
        openWizard();
        QVERIFY(m_driver->next());
        QVERIFY2(m_driver->chooseApplication(true), qPrintable(m_driver->lastError()));
        QTest::keyClick(m_wizard.get(), Qt::Key_N, Qt::AltModifier);
        // A mnemonic clicks its button the way a mouse would (animated, a moment later).
        QTRY_COMPARE(m_wizard->currentId(), int(MigrationWizard::OptionsPageId));
    }

    void focusAfterActions()
    {
        openWizard();
        // A good connection test: Next is the natural next button.
        auto *test = m_driver->find<QAbstractButton>(u"testConnectionButton"_s);
        test->setFocus();
        QTest::keyClick(test, Qt::Key_Space);
        auto *status = m_driver->find<InlineMessage>(u"connectionStatus"_s);
        QVERIFY(
            m_driver->waitUntil([status] { return status->kind() != InlineMessage::Kind::Busy; }));
        QCOMPARE(status->kind(), InlineMessage::Kind::Success);
        QCOMPARE(focus(), m_wizard->button(QWizard::NextButton));

        QVERIFY(m_driver->next());
        QVERIFY(m_driver->chooseApplication(false));
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->next());
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        QVERIFY(m_driver->next());

        // Saved by keyboard: the focus goes to Next, not to About… (Enter would open it).
        auto *save = m_driver->find<QAbstractButton>(u"saveButton"_s);
        save->setFocus();
        FileDialogProvider::setNextFileName(m_dir.filePath(u"focus.json"_s));
        QTest::keyClick(save, Qt::Key_Space);
        ExportPage *page = pageOf<ExportPage>(*m_wizard);
        QVERIFY(m_driver->waitUntil([page] { return !page->isSaving(); }));
        QVERIFY(!m_wizard->session()->savedExport().path.isEmpty());
        QCOMPARE(focus(), m_wizard->button(QWizard::NextButton));
        QVERIFY(m_driver->next());

        // After every AppKey changed: the import step's button, not "Save report…".
        m_wizard->setAppKeyJournalDirectory(m_dir.filePath(u"journals"_s));
        auto *change = m_driver->find<QAbstractButton>(u"changeKeysButton"_s);
        change->setFocus();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(change, Qt::Key_Space);
        auto *keys = m_driver->find<InlineMessage>(u"appKeyStatus"_s);
        AppKeyPanel *panel = pageOf<NextStepsPage>(*m_wizard)->appKeyPanel();
        QVERIFY(m_driver->waitUntil([keys, panel] {
            return !panel->isRunning() && keys->kind() != InlineMessage::Kind::Busy
                && keys->kind() != InlineMessage::Kind::None;
        }));
        QCOMPARE(keys->kind(), InlineMessage::Kind::Success);
        QCOMPARE(focus(), m_driver->find<QWidget>(u"copyImportCommandButton"_s));
        // Undo, so the emulator's keys are the originals again for the other tests.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        m_driver->find<QAbstractButton>(u"restoreKeysButton"_s)->click();
        QVERIFY(m_driver->waitUntil([keys] {
            return keys->kind() != InlineMessage::Kind::Busy
                && keys->text().contains(u"original"_s);
        }));
    }

    // Nothing to lose: Escape closes at once.
    void escapeClosesAFreshWizard()
    {
        openWizard();
        forgetLastQuestion();
        pressEscape();
        QVERIFY(!m_wizard->isVisible());
        QCOMPARE(MessageBox::lastText(), u"(nothing asked)"_s);
    }

    // A preview that is not saved yet: Escape asks; "Cancel" keeps it, "Close" closes.
    void escapeAsksBeforeDroppingAPreview()
    {
        openWizard();
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->chooseApplication(false));
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->next());
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        pressEscape();
        QVERIFY2(MessageBox::lastText().contains(u"not saved yet"_s),
            qPrintable(MessageBox::lastText()));
        QVERIFY(m_wizard->isVisible());
        QVERIFY(pageOf<PreviewPage>(*m_wizard)->hasResult());
        // The Cancel button of the wizard asks the same.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        forgetLastQuestion();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        m_wizard->button(QWizard::CancelButton)->click();
        QVERIFY(MessageBox::lastText().contains(u"not saved yet"_s));
        QVERIFY(m_wizard->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Close);
        pressEscape();
        QVERIFY(!m_wizard->isVisible());
    }

    // While a preview runs, Escape asks too, and "Cancel" lets it run on.
    void escapeAsksDuringAPreview()
    {
        openWizard();
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->chooseApplication(false));
        QVERIFY(m_driver->next());
        m_emulator.setLatency(1500);
        QVERIFY(m_driver->next());
        QVERIFY(pageOf<PreviewPage>(*m_wizard)->isRunning());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        pressEscape();
        QVERIFY2(MessageBox::lastText().contains(u"still running"_s),
            qPrintable(MessageBox::lastText()));
        QVERIFY(m_wizard->isVisible());
        QVERIFY(pageOf<PreviewPage>(*m_wizard)->isRunning());
        m_emulator.setLatency(0);
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
    }

    // Saved: nothing is lost any more, Escape closes without asking.
    void escapeAfterSavingClosesAtOnce()
    {
        openWizard();
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->chooseOneDevice(u"otaa-plain"_s));
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->next());
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        QVERIFY(m_driver->next());
        QVERIFY2(
            m_driver->saveTo(m_dir.filePath(u"escape.json"_s)), qPrintable(m_driver->lastError()));
        forgetLastQuestion();
        pressEscape();
        QVERIFY(!m_wizard->isVisible());
        QCOMPARE(MessageBox::lastText(), u"(nothing asked)"_s);
    }
};

QTEST_MAIN(TestWizardKeyboard)
#include "tst_wizardkeyboard.moc"

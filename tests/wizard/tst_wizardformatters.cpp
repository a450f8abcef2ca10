// The payload formatters through the wizard (issue #19), against an in-process V2Emulator
// (the demo application: Decoder, Converter, Validator, Encoder) and an in-process TtsEmulator:
// the preview shows the plan, "Try a payload" gives the same fields on both sides, the export
// writes devices.formatters.json beside devices.json, the import sets the target application's
// link (checked on the server), asks before replacing other formatters, and leaves them alone
// with a key without RIGHT_APPLICATION_SETTINGS_BASIC while still importing every device.

#include "keyboardcheck.h"
#include "migrationwizard.h"
#include "models/importresultmodel.h"
#include "models/outcometablemodel.h"
#include "pages/importpage.h"
#include "pages/previewpage.h"
#include "report/migrationreport.h"
#include "ttsemulator.h"
#include "ttstestsupport.h"
#include "v2emulator.h"
#include "widgets/inlinemessage.h"
#include "widgets/messagebox.h"
#include "widgets/trypayloaddialog.h"
#include "widgets/ttsconnectionform.h"
#include "wizarddriver.h"
#include "wizardtestsupport.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace WizardTestSupport;

namespace {
const QString kV2DevicesOnlyKey = u"ttn-account-v2.demo-devices-only-key-without-settings"_s;
// Every device right, no RIGHT_APPLICATION_SETTINGS_BASIC.
const QString kDevicesKey = u"NNSXS.WIZFORMATTERSDEVKEY.DevicesSecretNeverToBeSeen0123456789ab"_s;
constexpr int kTimeoutMs = 60000; // generous: the machine may be loaded
} // namespace

class TestWizardFormatters : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<V2Emulator> m_v2;
    std::unique_ptr<TtsEmulator> m_tts;
    std::unique_ptr<MigrationWizard> m_wizard;
    std::unique_ptr<WizardDriver> m_driver;

    QString devicesPath() const { return m_dir->filePath(u"devices.json"_s); }
    QString formatterPath() const { return m_dir->filePath(u"devices.formatters.json"_s); }
    QJsonObject targetFormatters() const
    {
        return m_tts->link(ttstest::kApp).value(u"default_formatters"_s).toObject();
    }

    // The whole demo application, without sessions, up to the complete preview.
    void goToPreview(const QString &accessKey = V2Emulator::demoAccessKey())
    {
        m_wizard = std::make_unique<MigrationWizard>();
        m_wizard->useDemo(V2Emulator::demoApplicationId(), accessKey, m_v2->handlerUrl());
        QVERIFY(WizardTestSupport::showActive(m_wizard.get()));
        m_driver = std::make_unique<WizardDriver>(*m_wizard, kTimeoutMs);
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        QVERIFY2(m_driver->chooseApplication(false), qPrintable(m_driver->lastError()));
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        QVERIFY(m_driver->setOptions(false, QString()));
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        QVERIFY(m_wizard->session()->formattersRead().has_value());
    }

    // Preview, export to devices.json, next steps, the import page with `key`, Import.
    void exportAndImport(const QString &key)
    {
        exportAndOpenImport(key);
        runAndAwaitFormatters(u"importButton"_s);
    }

    // Check or Import, then the formatters that follow.
    void runAndAwaitFormatters(const QString &button)
    {
        QVERIFY2(m_driver->runOnImportPage(button), qPrintable(m_driver->lastError()));
        ImportPage *page = pageOf<ImportPage>(*m_wizard);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isApplyingFormatters(), kTimeoutMs);
    }

    void exportAndOpenImport(const QString &key)
    {
        goToPreview();
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        QVERIFY2(m_driver->saveTo(devicesPath()), qPrintable(m_driver->lastError()));
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        QVERIFY2(m_driver->openImportPage(), qPrintable(m_driver->lastError()));
        TtsConnectionForm *form = pageOf<ImportPage>(*m_wizard)->form();
        auto *preset = form->findChild<QComboBox *>(u"ttsPresetCombo"_s);
        preset->setCurrentIndex(preset->findText(u"Custom"_s, Qt::MatchStartsWith));
        form->findChild<QLineEdit *>(u"ttsAddressEdit"_s)->setText(m_tts->baseUrl().toString());
        form->findChild<QLineEdit *>(u"ttsAppIdEdit"_s)->setText(ttstest::kApp);
        form->findChild<QLineEdit *>(u"ttsApiKeyEdit"_s)->setText(key);
        pageOf<ImportPage>(*m_wizard)->setRetryBaseDelayMs(10);
    }

    QString formatterStatus() const
    {
        return m_driver->find<InlineMessage>(u"formatterStatus"_s)->text();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        useThrowawaySettings(*m_dir);
        m_v2 = std::make_unique<V2Emulator>();
        m_v2->loadDemo();
        QVERIFY(m_v2->listen());
        m_tts = std::make_unique<TtsEmulator>();
        ttstest::setUpEmulator(*m_tts);
        m_tts->addApiKey(kDevicesKey, ttstest::kApp,
            { u"RIGHT_APPLICATION_DEVICES_READ"_s, u"RIGHT_APPLICATION_DEVICES_WRITE"_s,
                u"RIGHT_APPLICATION_DEVICES_WRITE_KEYS"_s });
    }

    void cleanup()
    {
        m_driver.reset();
        m_wizard.reset();
        m_tts.reset();
        m_v2.reset();
        m_dir.reset();
    }

    // The demo has a Converter and a Validator: one generated chain, and the Validator's
    // difference from v2 is said.
    void previewShowsThePlan()
    {
        goToPreview();
        const auto read = m_wizard->session()->formattersRead();
        QVERIFY(read->read);
        const FormatterPlan &plan = m_wizard->session()->formatterPlan();
        QCOMPARE(plan.row, FormatterPlan::Row::Chain);
        QVERIFY(plan.validatorBecomesErrors);
        auto *panel = m_driver->find<InlineMessage>(u"formatterPlan"_s);
        QVERIFY(panel->isVisible());
        const QString text = panel->text();
        QVERIFY2(text.contains(u"generated"_s) && text.contains(u"Validator"_s), qPrintable(text));
        QVERIFY2(text.contains(u"forwards it without decoded fields"_s), qPrintable(text));
        QVERIFY(panel->actionButton()->isVisible());
        QVERIFY2(panel->actionButton()->text().contains(u"&p"_s),
            qPrintable(panel->actionButton()->text())); // Alt+P
    }

    // A devices-only v2 key: the devices are still previewed and exported, the page says what
    // was not read and which right is missing, and no formatter file is written.
    void devicesOnlyKeySaysWhatIsMissing()
    {
        goToPreview(kV2DevicesOnlyKey);
        QVERIFY(!m_wizard->session()->formattersRead()->read);
        const QString text = m_driver->find<InlineMessage>(u"formatterPlan"_s)->text();
        QVERIFY2(text.contains(u"not read"_s) && text.contains(u"\u201csettings\u201d"_s),
            qPrintable(text));
        QVERIFY(!m_driver->find<InlineMessage>(u"formatterPlan"_s)->actionButton()->isVisible());
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        QVERIFY2(m_driver->saveTo(devicesPath()), qPrintable(m_driver->lastError()));
        QVERIFY(QFile::exists(devicesPath()));
        QVERIFY(!QFile::exists(formatterPath()));
        QVERIFY(m_driver->find<InlineMessage>(u"formatterSaveResult"_s)
                    ->text()
                    .contains(u"settings"_s));
        QVERIFY(m_wizard->session()->report().toMarkdown().contains(u"were not read"_s));
    }

    // "Try a payload" from the preview with the keyboard (Alt+P), the demo's real script: both
    // sides give the same fields; a payload the v2 Validator refuses is dropped by v2 and an
    // error in TTS.
    void tryAPayloadGivesTheSameFields()
    {
        goToPreview();
        PreviewPage *page = pageOf<PreviewPage>(*m_wizard);
        auto *button = m_driver->find<InlineMessage>(u"formatterPlan"_s)->actionButton();
        button->setFocus();
        QTest::keyClick(m_wizard.get(), Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(page->tryPayloadDialog() && page->tryPayloadDialog()->isVisible());
        TryPayloadDialog *dialog = page->tryPayloadDialog();
        auto *payload = dialog->findChild<QLineEdit *>(u"tryPayloadEdit"_s);
        QTRY_COMPARE(dialog->focusWidget(), payload); // typing goes straight to the bytes
        QTest::keyClicks(payload, u"09 C4 32"_s);
        dialog->findChild<QSpinBox *>(u"tryFPortSpin"_s)->setValue(1);
        QTest::keyClick(payload, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasResult() && !dialog->isRunning(), kTimeoutMs);
        const FormatterComparison c = dialog->comparison();
        QCOMPARE(c.v2.status, FormatterResult::Status::Decoded);
        QCOMPARE(c.tts.status, FormatterResult::Status::Decoded);
        QCOMPARE(c.tts.data, c.v2.data);
        QCOMPARE(c.v2.data.value(u"temperature"_s).toDouble(), 25.0);
        const QString v2Text = dialog->findChild<QPlainTextEdit *>(u"tryV2Result"_s)->toPlainText();
        const QString ttsText
            = dialog->findChild<QPlainTextEdit *>(u"tryTtsResult"_s)->toPlainText();
        QVERIFY2(v2Text.contains(u"\"temperature\": 25"_s), qPrintable(v2Text));
        QCOMPARE(ttsText, v2Text);
        QCOMPARE(dialog->findChild<InlineMessage *>(u"tryVerdict"_s)->kind(),
            InlineMessage::Kind::Success);

        payload->clear();
        QTest::keyClicks(payload, u"09c4ff"_s); // humidity 255: the v2 Validator says false
        dialog->run();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning()
                && dialog->comparison().v2.status == FormatterResult::Status::Dropped,
            kTimeoutMs);
        QCOMPARE(dialog->comparison().tts.status, FormatterResult::Status::Failed);
        QVERIFY(dialog->comparison().equivalent());
        QVERIFY(dialog->findChild<QLabel *>(u"tryTtsStatus"_s)->text().contains(u"Validator"_s));

        // Every control by keyboard: distinct mnemonics, Tab in reading order.
        QStringList problems = KeyboardCheck::mnemonicProblems(dialog);
        problems += KeyboardCheck::focusChainProblems(dialog, dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));

        // An odd number of hex digits cannot run.
        payload->setText(u"09c"_s);
        QVERIFY(!dialog->findChild<QPushButton *>(u"tryRunButton"_s)->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!page->tryPayloadDialog() || !page->tryPayloadDialog()->isVisible());
    }

    // Export writes the formatter file beside devices.json; Import sets the target
    // application's default formatters on the server; the report says so.
    void importSetsTheLinkOnTheServer()
    {
        exportAndImport(ttstest::kKey);
        QVERIFY(QFile::exists(formatterPath()));
        QVERIFY(QFile::exists(m_dir->filePath(u"devices.formatters.uplink.js"_s)));
        QCOMPARE(m_wizard->session()->formatterFile(), formatterPath());
        const QJsonObject formatters = targetFormatters();
        QCOMPARE(formatters.value(u"up_formatter"_s).toString(), u"FORMATTER_JAVASCRIPT"_s);
        QCOMPARE(formatters.value(u"down_formatter"_s).toString(), u"FORMATTER_JAVASCRIPT"_s);
        QVERIFY(formatters.value(u"up_formatter_parameter"_s)
                    .toString()
                    .contains(u"function decodeUplink(input)"_s));
        QCOMPARE(m_wizard->session()->formatterOutcome()->status, TtsFormatterOutcome::Status::Set);
        QVERIFY2(formatterStatus().contains(u"set as the default formatters"_s),
            qPrintable(formatterStatus()));
        const QString report = m_wizard->session()->report().toMarkdown();
        QVERIFY2(report.contains(u"## Payload formatters"_s)
                && report.contains(u"set as the default formatters"_s),
            qPrintable(report));
    }

    // Other formatters already on the target: the wizard asks; "Keep" leaves them, "Replace"
    // sets the migrated ones.
    void existingFormattersAreReplacedOnlyWhenTheUserSaysSo()
    {
        const QJsonObject other { { u"default_formatters"_s,
            QJsonObject { { u"up_formatter"_s, u"FORMATTER_CAYENNELPP"_s },
                { u"down_formatter"_s, u"FORMATTER_CAYENNELPP"_s } } } };
        m_tts->setLink(ttstest::kApp, other);
        exportAndOpenImport(ttstest::kKey);
        // Check says what Import will do, and neither asks nor writes.
        runAndAwaitFormatters(u"checkButton"_s);
        QVERIFY2(
            formatterStatus().contains(u"asks before replacing"_s), qPrintable(formatterStatus()));
        QVERIFY(!MessageBox::lastText().contains(u"already has other"_s));
        QCOMPARE(m_tts->link(ttstest::kApp), other);
        QVERIFY(!m_wizard->session()->formatterOutcome());

        MessageBox::setNextAnswer(QMessageBox::No);
        runAndAwaitFormatters(u"importButton"_s);
        QVERIFY2(MessageBox::lastText().contains(u"already has other default payload formatters"_s),
            qPrintable(MessageBox::lastText()));
        QCOMPARE(m_tts->link(ttstest::kApp), other);
        QCOMPARE(m_wizard->session()->formatterOutcome()->status,
            TtsFormatterOutcome::Status::KeptExisting);

        // Import again (the devices are there now): asked again, this time "Replace".
        MessageBox::setNextAnswer(QMessageBox::Yes);
        runAndAwaitFormatters(u"importButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_wizard->session()->formatterOutcome()->status == TtsFormatterOutcome::Status::Set,
            kTimeoutMs);
        QCOMPARE(targetFormatters().value(u"up_formatter"_s).toString(), u"FORMATTER_JAVASCRIPT"_s);
    }

    // A target key without RIGHT_APPLICATION_SETTINGS_BASIC: every device is imported, the
    // formatters are left alone, and the page says how to paste the saved script.
    void keyWithoutSettingsBasicImportsTheDevices()
    {
        exportAndOpenImport(kDevicesKey);
        runAndAwaitFormatters(u"checkButton"_s);
        QVERIFY2(formatterStatus().contains(u"leave the formatters alone"_s),
            qPrintable(formatterStatus()));
        runAndAwaitFormatters(u"importButton"_s);
        const int exported = m_wizard->session()->outcomeModel()->counts().exported;
        QCOMPARE(m_wizard->session()->importResultModel()->counts().imported, exported);
        QVERIFY(m_tts->link(ttstest::kApp).isEmpty());
        QCOMPARE(
            m_wizard->session()->formatterOutcome()->status, TtsFormatterOutcome::Status::NoRight);
        const QString text = formatterStatus();
        QVERIFY2(text.contains(u"RIGHT_APPLICATION_SETTINGS_BASIC"_s)
                && text.contains(u"left alone"_s) && text.contains(u"Custom Javascript formatter"_s)
                && text.contains(u"devices.formatters.uplink.js"_s),
            qPrintable(text));
        QVERIFY(m_wizard->session()->report().toMarkdown().contains(u"left alone"_s));
    }
};

QTEST_MAIN(TestWizardFormatters)
#include "tst_wizardformatters.moc"

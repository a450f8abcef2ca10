// The wizard migrating from another The Things Stack deployment (issue #17 item 7), against an
// in-process TtsEmulator on 127.0.0.1 serving the demo source application (demo-source-fleet,
// 56 mixed devices): "The Things Stack" chosen on page 1 by keyboard, its connection form
// filled and tested through the source seam, the whole application listed, previewed without
// sessions and saved; the external Join Server device skipped with its reason; on next steps,
// the AppKeys changed in the source Join Server and restored through the AppKey panel. Settings are
// throwaway; the target's TTS_* variables are set and must never be read for the source.
#include "appkey/appkeyplan.h"
#include "appkey/appkeys.h"
#include "formatters/formatterfile.h"
#include "keyboardcheck.h"
#include "migrationwizard.h"
#include "ndjson.h"
#include "pages/connectpage.h"
#include "pages/nextstepspage.h"
#include "pages/optionspage.h"
#include "pages/previewpage.h"
#include "session/migrationsession.h"
#include "ttsemulator.h"
#include "widgets/checklistitem.h"
#include "widgets/inlinemessage.h"
#include "widgets/messagebox.h"
#include "widgets/trypayloaddialog.h"
#include "widgets/ttsconnectionform.h"
#include "wizarddriver.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kExternal = u"claimed-tracker-056"_s;
constexpr int kDemoDevices = 56;
constexpr int kAbpDevices = 5; // ABP without session: not applicable, reported

} // namespace

class TestWizardTtsSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TtsEmulator> m_source;
    std::unique_ptr<MigrationWizard> m_wizard;
    std::unique_ptr<WizardDriver> m_driver;

    QWidget *focus() const { return QApplication::focusWidget(); }

    void openWizard()
    {
        m_wizard = std::make_unique<MigrationWizard>();
        QVERIFY(WizardTestSupport::showActive(m_wizard.get()));
        m_driver = std::make_unique<WizardDriver>(*m_wizard);
    }

    void alt(Qt::Key key) { QTest::keyClick(m_wizard.get(), key, Qt::AltModifier); }

    // Page 1 the way a keyboard user fills it: Alt+I for the source, the address preset
    // "Custom" (the last entry), Alt+D / Alt+A / Alt+K for the fields, then Tab past "Remember"
    // to "Test connection" and Space.
    void connectByKeyboard(const QString &apiKey)
    {
        alt(Qt::Key_I);
        QTRY_COMPARE(m_wizard->session()->source(), ExportSource::Tts);
        auto *preset = m_driver->find<QComboBox>(u"ttsSourcePresetCombo"_s);
        alt(Qt::Key_W);
        QCOMPARE(focus(), preset);
        QTest::keyClick(preset, Qt::Key_End);
        QVERIFY(preset->currentText().startsWith(u"Custom"_s));
        alt(Qt::Key_D);
        QCOMPARE(focus(), m_driver->find<QWidget>(u"ttsSourceAddressEdit"_s));
        QTest::keyClicks(focus(), m_source->baseUrl().toString());
        alt(Qt::Key_A);
        QCOMPARE(focus(), m_driver->find<QWidget>(u"ttsSourceAppIdEdit"_s));
        QTest::keyClicks(focus(), TtsEmulator::demoSourceApplicationId());
        alt(Qt::Key_K);
        QCOMPARE(focus(), m_driver->find<QWidget>(u"ttsSourceApiKeyEdit"_s));
        QTest::keyClicks(focus(), apiKey);
        QVERIFY2(KeyboardCheck::mnemonicProblems(m_wizard.get()).isEmpty(),
            qPrintable(KeyboardCheck::mnemonicProblems(m_wizard.get()).join(u'\n')));
        alt(Qt::Key_K);
        QTest::keyClick(focus(), Qt::Key_Tab);
        QTest::keyClick(focus(), Qt::Key_Tab);
        QCOMPARE(focus(), m_driver->find<QWidget>(u"ttsSourceTestButton"_s));
        QTest::keyClick(focus(), Qt::Key_Space);
        auto *status = m_driver->find<InlineMessage>(u"ttsSourceStatus"_s);
        QVERIFY(m_driver->waitUntil([status] {
            return status->kind() != InlineMessage::Kind::Busy
                && status->kind() != InlineMessage::Kind::None;
        }));
    }

    // The preview reads the source application's default formatters (issue 19 item 1): copied
    // as they are, and "Try a payload" runs the copied script alone (no second, identical box).
    void checkTheSourceFormatters()
    {
        auto *panel = m_driver->find<InlineMessage>(u"formatterPlan"_s);
        QVERIFY(m_driver->waitUntil(
            [this] { return m_wizard->session()->formattersRead().has_value(); }));
        QVERIFY(m_wizard->session()->formattersRead()->read);
        const FormatterPlan &plan = m_wizard->session()->formatterPlan();
        QCOMPARE(plan.row, FormatterPlan::Row::Copied);
        QCOMPARE(plan.target.up.formatter, u"FORMATTER_JAVASCRIPT"_s);
        QVERIFY2(panel->text().contains(u"as they are"_s), qPrintable(panel->text()));
        QVERIFY(!panel->text().contains(u"v2"_s));

        panel->actionButton()->setFocus();
        QTest::keyClick(m_wizard.get(), Qt::Key_P, Qt::AltModifier);
        PreviewPage *page = pageOf<PreviewPage>(*m_wizard);
        QTRY_VERIFY(page->tryPayloadDialog() && page->tryPayloadDialog()->isVisible());
        TryPayloadDialog *dialog = page->tryPayloadDialog();
        QVERIFY(!dialog->findChild<QPlainTextEdit *>(u"tryV2Result"_s)->isVisible());
        auto *payload = dialog->findChild<QLineEdit *>(u"tryPayloadEdit"_s);
        QTest::keyClicks(payload, u"09 C4 32"_s);
        QTest::keyClick(payload, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasResult() && !dialog->isRunning(), 20000);
        const FormatterResult result = dialog->comparison().tts;
        QCOMPARE(result.status, FormatterResult::Status::Decoded);
        QCOMPARE(result.data.value(u"temperature"_s).toDouble(), 25.0);
        QCOMPARE(result.data.value(u"humidity"_s).toDouble(), 25.0);
        QCOMPARE(dialog->findChild<InlineMessage *>(u"tryVerdict"_s)->kind(),
            InlineMessage::Kind::Success);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!page->tryPayloadDialog() || !page->tryPayloadDialog()->isVisible());
        // The offscreen platform does not hand activation back as a window manager does.
        QVERIFY(WizardTestSupport::showActive(m_wizard.get()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        WizardTestSupport::useThrowawaySettings(m_dir);
        // The target's variables point elsewhere: the source must never read them.
        qputenv("TTS_ADDRESS", "http://127.0.0.1:9");
        qputenv("TTS_APPLICATION_ID", "target-app");
        qputenv("TTS_API_KEY", "NNSXS.TARGETKEYNEVERFORTHESOURCE.TargetSecretNeverForTheSource01");
        for (const char *name : { "TTS_SOURCE_ADDRESS", "TTS_APP_ID", "TTS_APP_API_KEY" })
            qunsetenv(name);
        m_source = std::make_unique<TtsEmulator>();
        QVERIFY(m_source->listen());
        m_source->loadDemoSource(m_source->baseUrl().host());
    }

    void cleanup()
    {
        m_driver.reset();
        m_wizard.reset();
    }

    void theSourceFormReadsNoTargetSetting()
    {
        openWizard();
        auto *form = pageOf<ConnectPage>(*m_wizard)->ttsSourceForm();
        QVERIFY(form->connection().applicationId.isEmpty());
        QVERIFY(form->connection().apiKey.isEmpty());
        QVERIFY(!form->connection().identityServerUrl.toString().contains(u"127.0.0.1:9"_s));
        // Without the gRPC source registered (the wizard's main() does), ChirpStack is off.
        QVERIFY(!m_driver->find<QAbstractButton>(u"sourceChirpStackRadio"_s)->isEnabled());
    }

    void wrongKeyIsWordedWithTheField()
    {
        openWizard();
        connectByKeyboard(u"NNSXS.UNKNOWNKEYID01234.UnknownSecretNeverToBeSeen0123456789ab"_s);
        auto *status = m_driver->find<InlineMessage>(u"ttsSourceStatus"_s);
        QCOMPARE(status->kind(), InlineMessage::Kind::Error);
        QVERIFY2(status->text().contains(u"“API key”"_s), qPrintable(status->text()));
        // After a failed test the focus is back on the test button, to try again.
        QCOMPARE(focus(), m_driver->find<QWidget>(u"ttsSourceTestButton"_s));
    }

    void wholeApplicationByKeyboard()
    {
        openWizard();
        connectByKeyboard(TtsEmulator::demoSourceApiKey());
        auto *status = m_driver->find<InlineMessage>(u"ttsSourceStatus"_s);
        QVERIFY2(status->kind() == InlineMessage::Kind::Success, qPrintable(status->text()));
        QVERIFY2(status->text().contains(TtsEmulator::demoSourceApplicationId()),
            qPrintable(status->text()));
        // After a good test the natural next step is Next, and it has the focus.
        QCOMPARE(focus(), m_wizard->button(QWizard::NextButton));
        QTest::keyClick(focus(), Qt::Key_Space);
        QTRY_COMPARE(m_wizard->currentId(), int(MigrationWizard::DevicesPageId));
        const ExportRequest request = m_wizard->session()->exportRequest();
        QCOMPARE(request.source, ExportSource::Tts);
        QCOMPARE(request.ttsSource.applicationId, TtsEmulator::demoSourceApplicationId());
        QCOMPARE(request.ttsSource.identityServerUrl, m_source->baseUrl());

        QVERIFY2(m_driver->chooseApplication(true), qPrintable(m_driver->lastError()));
        alt(Qt::Key_N);
        QTRY_COMPARE(m_wizard->currentId(), int(MigrationWizard::OptionsPageId));
        // Without sessions by default; with sessions says a DevAddr does not move networks.
        auto *options = pageOf<OptionsPage>(*m_wizard);
        QVERIFY(!options->withSession());
        options->setWithSession(true);
        auto *warning = m_driver->find<InlineMessage>(u"sessionWarning"_s);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"DevAddr"_s), qPrintable(warning->text()));
        QVERIFY(!warning->text().contains(u"v2"_s));
        options->setWithSession(false);
        QVERIFY(!warning->isVisible());

        alt(Qt::Key_N);
        QTRY_COMPARE(m_wizard->currentId(), int(MigrationWizard::PreviewPageId));
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        const QList<DeviceOutcome> outcomes = m_wizard->session()->outcomes();
        QCOMPARE(outcomes.size(), kDemoDevices);
        int exported = 0;
        const DeviceOutcome *external = nullptr;
        for (const DeviceOutcome &outcome : outcomes) {
            exported += outcome.status == OutcomeStatus::Exported;
            if (outcome.v2DeviceId == kExternal)
                external = &outcome;
        }
        QCOMPARE(exported, kDemoDevices - kAbpDevices - 1);
        QVERIFY(external);
        QCOMPARE(external->status, OutcomeStatus::Skipped);
        QVERIFY2(
            external->reason.contains(u"external Join Server"_s), qPrintable(external->reason));
        checkTheSourceFormatters();

        alt(Qt::Key_N);
        QTRY_COMPARE(m_wizard->currentId(), int(MigrationWizard::ExportPageId));
        const QString path = m_dir.filePath(u"devices.json"_s);
        QVERIFY2(m_driver->saveTo(path), qPrintable(m_driver->lastError()));
        const QList<QJsonObject> devices = Ndjson::readObjects(path);
        QCOMPARE(devices.size(), exported);
        const QByteArray text = [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(!text.contains(kExternal.toUtf8()));
        QVERIFY(text.contains("\"meter-043\""));
        // Without session: no session keys in the file, and never the source's key.
        QVERIFY(!text.contains("\"session\""));
        QVERIFY(!text.contains(TtsEmulator::demoSourceApiKey().toUtf8()));
        // The application's default formatters are saved beside the export, for the import.
        const FormatterPlan saved = FormatterFile::load(FormatterFile::pathBeside(path)).plan;
        QCOMPARE(saved.row, FormatterPlan::Row::Copied);
        QCOMPARE(saved.target, m_wizard->session()->formatterPlan().target);

        // Next steps: the AppKey step is the source Join Server's, never TTN v2's (#17 item 6).
        m_wizard->setAppKeyJournalDirectory(m_dir.filePath(u"journals"_s));
        QVERIFY(m_driver->next());
        QCOMPARE(m_wizard->currentId(), int(MigrationWizard::NextStepsPageId));
        const auto checklist = m_wizard->session()->checklist();
        QVERIFY(!checklist.isEmpty());
        for (const auto &item : checklist)
            QVERIFY2(!item.first.contains(u"v2"_s), qPrintable(item.first));
        QVERIFY(m_driver->find<QWidget>(u"appKeyPanel"_s)->isVisible());
        // And delete at the source once active (#17 item 6), after the import.
        QVERIFY(m_driver->find<QWidget>(u"ttsSourceDeletePanel"_s)->isVisible());
        QVERIFY(!m_driver->find<QWidget>(u"ttsSourceDeleteButton"_s)->isEnabled());
        QVERIFY(!m_driver->find<QWidget>(u"v2AbpDeletePanel"_s)->isVisible());
        changeAndRestoreKeys(path);
    }

private:
    template <typename KeyOf>
    void exportRefusedThenRestored(const AppKeyPlan &plan, const KeyOf &jsKey)
    {
        auto first = std::move(m_wizard);
        auto firstDriver = std::move(m_driver);
        openWizard();
        m_wizard->setAppKeyJournalDirectory(m_dir.filePath(u"journals"_s));
        connectByKeyboard(TtsEmulator::demoSourceApiKey());
        QTest::keyClick(focus(), Qt::Key_Space);
        QTRY_COMPARE(m_wizard->currentId(), int(MigrationWizard::DevicesPageId));
        QVERIFY2(m_driver->chooseApplication(true), qPrintable(m_driver->lastError()));
        alt(Qt::Key_N);
        QTRY_COMPARE(m_wizard->currentId(), int(MigrationWizard::OptionsPageId));
        alt(Qt::Key_N);
        QTRY_COMPARE(m_wizard->currentId(), int(MigrationWizard::PreviewPageId));
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        alt(Qt::Key_N);
        QTRY_COMPARE(m_wizard->currentId(), int(MigrationWizard::ExportPageId));
        QVERIFY(!m_driver->saveTo(m_dir.filePath(u"devices-again.json"_s)));
        QVERIFY2(m_driver->lastError().contains(u"generated in the source Join Server"_s),
            qPrintable(m_driver->lastError()));
        QVERIFY(!QFile::exists(m_dir.filePath(u"devices-again.json"_s)));
        auto *panel = m_driver->find<QWidget>(u"exportRestorePanel"_s);
        QVERIFY(panel && panel->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        panel->findChild<QAbstractButton *>(u"restoreKeysButton"_s)->click();
        auto *saveResult = m_driver->find<InlineMessage>(u"saveResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(saveResult->kind() == InlineMessage::Kind::Success, 30000);
        QVERIFY2(saveResult->text().contains(u"back in the source Join Server"_s),
            qPrintable(saveResult->text()));
        for (const AppKeyPlanEntry &entry : plan.devices())
            QVERIFY(AppKeys::same(jsKey(entry.v2DeviceId), entry.appKey));
        m_driver.reset();
        m_wizard = std::move(first);
        m_driver = std::move(firstDriver);
    }

    // "Change AppKeys in the source Join Server now…": No writes nothing; Yes gives every
    // exported OTAA device a new key in the source's JS (the file keeps the old one) and ticks
    // the step; "Restore…" puts the file's keys back and unticks it.
    void changeAndRestoreKeys(const QString &path)
    {
        const QString app = TtsEmulator::demoSourceApplicationId();
        const AppKeyPlan plan = AppKeyPlan::load(path, -1, AppKeySource::Tts);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        const int count = int(plan.devices().size());
        QVERIFY(count >= 10);
        const auto jsKey = [this, app](const QString &id) {
            return m_source->device(TtsServer::Join, app, id)
                .value(u"root_keys"_s)
                .toObject()
                .value(u"app_key"_s)
                .toObject()
                .value(u"key"_s)
                .toString();
        };
        auto *change = m_driver->find<QAbstractButton>(u"changeKeysButton"_s);
        QVERIFY(change->isVisible() && change->isEnabled());
        QVERIFY2(change->text().contains(u"source Join Server"_s), qPrintable(change->text()));
        ChecklistItem *item = pageOf<NextStepsPage>(*m_wizard)->items().constFirst();
        QCOMPARE(item->key(), u"appKey"_s);
        QVERIFY(!item->isDone());
        auto *status = m_driver->find<InlineMessage>(u"appKeyStatus"_s);
        auto *results = m_driver->find<QListWidget>(u"appKeyResults"_s);

        m_source->clearRequests();
        MessageBox::setNextAnswer(QMessageBox::No);
        change->click();
        // (No translation installed here: English plurals may read "device(s)".)
        QTRY_VERIFY2(MessageBox::lastText().contains(u"Change the AppKey of %1 device"_s.arg(count))
                && MessageBox::lastText().contains(u"in the source Join Server?"_s),
            qPrintable(status->text() + u" | "_s + MessageBox::lastText()));
        QVERIFY(!MessageBox::lastText().contains(u"v2"_s));
        QTRY_VERIFY(change->isEnabled());
        QCOMPARE(m_source->requestCount(), 0);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        change->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->kind() == InlineMessage::Kind::Success
                || status->kind() == InlineMessage::Kind::Error,
            30000);
        QVERIFY2(status->kind() == InlineMessage::Kind::Success, qPrintable(status->text()));
        QVERIFY2(status->text().contains(u"source Join Server"_s), qPrintable(status->text()));
        QCOMPARE(results->count(), count);
        QVERIFY(item->isDone());
        for (const AppKeyPlanEntry &entry : plan.devices())
            QVERIFY2(!AppKeys::same(jsKey(entry.v2DeviceId), entry.appKey),
                qPrintable(entry.v2DeviceId));

        // A second migration now reads the generated keys: its export page refuses to save
        // them and restores the originals right there.
        exportRefusedThenRestored(plan, jsKey);

        // Back in the first wizard, "Restore…" finds every original key in place.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        m_driver->find<QAbstractButton>(u"restoreKeysButton"_s)->click();
        QTRY_VERIFY(MessageBox::lastText().contains(
                        u"Restore the original AppKey of %1 device"_s.arg(count))
            && MessageBox::lastText().contains(u"in the source Join Server?"_s));
        QTRY_VERIFY_WITH_TIMEOUT(status->kind() == InlineMessage::Kind::Success
                && status->text().contains(u"original AppKey"_s),
            30000);
        for (const AppKeyPlanEntry &entry : plan.devices())
            QVERIFY(AppKeys::same(jsKey(entry.v2DeviceId), entry.appKey));
        QVERIFY(!item->isDone());
    }
};

QTEST_MAIN(TestWizardTtsSource)
#include "tst_wizardttssource.moc"

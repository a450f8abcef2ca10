// The import and status pages against an in-process TtsEmulator on 127.0.0.1, down to the
// devices stored in each of its registries: Check writes nothing, Import creates every device,
// a conflict and a missing right, Stop (nothing half-created), Retry failed, Escape during an
// import, the new user's path (--import FILE, TTS_* in the environment, Enter), the status
// page's joins and the report. Settings are throwaway, the keychain is never touched (the
// remember box is off by default; tst_keychain tests it against a real Secret Service).

#include "migrationwizard.h"
#include "models/importresultmodel.h"
#include "models/joinstatusmodel.h"
#include "pages/importpage.h"
#include "pages/nextstepspage.h"
#include "pages/statuspage.h"
#include "secretscan.h"
#include "session/migrationsession.h"
#include "startup/wizardsession.h"
#include "ttsemulator.h"
#include "ttstestsupport.h"
#include "widgets/checklistitem.h"
#include "widgets/filedialogprovider.h"
#include "widgets/inlinemessage.h"
#include "widgets/joinchart.h"
#include "widgets/messagebox.h"
#include "widgets/ttsconnectionform.h"
#include "wizarddriver.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using Registry = TtsServer;

namespace {
const QStringList kEnvironment { u"TTS_ADDRESS"_s, u"TTS_CLUSTER_ADDRESS"_s,
    u"TTS_APPLICATION_ID"_s, u"TTS_API_KEY"_s };

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestWizardImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TtsEmulator> m_emulator;
    std::unique_ptr<WizardSession> m_session;
    MigrationWizard *m_wizard = nullptr;

    template <typename T> T *find(const QString &name) const
    {
        T *widget = m_wizard->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }

    QString writeDevices(const QList<QJsonObject> &devices)
    {
        const QString path = m_dir->filePath(u"devices.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ttstest::ndjson(devices)) < 0)
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    // The wizard as ttn-lw-migrate-wizard starts it with --import FILE (or --status FILE).
    void openWizard(const WizardLaunch &launch)
    {
        m_session = std::make_unique<WizardSession>();
        QString error;
        QVERIFY2(m_session->start(launch, &error), qPrintable(error));
        m_wizard = m_session->wizard();
        pageOf<ImportPage>(*m_wizard)->setRetryBaseDelayMs(10);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    }

    void openImport(const QList<QJsonObject> &devices)
    {
        WizardLaunch launch;
        launch.importFiles = QStringList { writeDevices(devices) };
        openWizard(launch);
    }

    // The form as a user fills it for their own server ("Custom").
    void fillForm(TtsConnectionForm *form, const QString &key = ttstest::kKey)
    {
        auto *preset = form->findChild<QComboBox *>(u"ttsPresetCombo"_s);
        preset->setCurrentIndex(preset->findText(u"Custom"_s, Qt::MatchStartsWith));
        form->findChild<QLineEdit *>(u"ttsAddressEdit"_s)
            ->setText(m_emulator->baseUrl().toString());
        form->findChild<QLineEdit *>(u"ttsAppIdEdit"_s)->setText(ttstest::kApp);
        form->findChild<QLineEdit *>(u"ttsApiKeyEdit"_s)->setText(key);
    }

    int stored(Registry registry) const { return m_emulator->deviceCount(registry, ttstest::kApp); }

    QString importStatus() const
    {
        return m_wizard->findChild<InlineMessage *>(u"importStatus"_s)->text();
    }

    bool checklistDone(const QString &key) const
    {
        return m_wizard->findChild<QCheckBox *>(u"check_"_s + key)->isChecked();
    }

private slots:
    void initTestCase()
    {
        for (const QString &name : kEnvironment)
            qunsetenv(qPrintable(name));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WizardTestSupport::useThrowawaySettings(*m_dir);
        m_emulator = std::make_unique<TtsEmulator>();
        ttstest::setUpEmulator(*m_emulator);
    }

    void cleanup()
    {
        m_session.reset();
        m_wizard = nullptr;
        m_emulator.reset();
        for (const QString &name : kEnvironment)
            qunsetenv(qPrintable(name));
    }

    // Check runs the pre-flight only: rights and plans in the table, nothing written.
    void checkShowsRightsAndWritesNothing()
    {
        openImport(ttstest::otaaFleet(4));
        fillForm(pageOf<ImportPage>(*m_wizard)->form());
        WizardDriver driver(*m_wizard);
        QVERIFY2(driver.runOnImportPage(u"checkButton"_s), qPrintable(driver.lastError()));
        QCOMPARE(m_emulator->writeCount(), 0);
        QVERIFY2(importStatus().contains(u"Nothing was written"_s), qPrintable(importStatus()));
        QVERIFY2(importStatus().contains(u"edit device keys in application"_s),
            qPrintable(importStatus()));
        const ImportResultModel *model = m_wizard->session()->importResultModel();
        QCOMPARE(model->rowCount(), 4);
        for (int row = 0; row < 4; ++row)
            QCOMPARE(*model->row(row).status, TtsImportStatus::WouldImport);
        QVERIFY(!checklistDone(u"import"_s));
    }

    // Import creates each device in all four registries; the checklist item ticks itself.
    void importStoresEveryDeviceAndTicksTheChecklist()
    {
        QList<QJsonObject> devices = ttstest::otaaFleet(5);
        devices << ttstest::abpDevice(u"abp-meter"_s, 90);
        openImport(devices);
        fillForm(pageOf<ImportPage>(*m_wizard)->form());
        WizardDriver driver(*m_wizard);
        QVERIFY2(driver.runOnImportPage(u"importButton"_s), qPrintable(driver.lastError()));
        QCOMPARE(stored(TtsServer::Identity), 6);
        QCOMPARE(stored(TtsServer::Join), 5); // OTAA only
        QCOMPARE(stored(TtsServer::Network), 6);
        QCOMPARE(stored(TtsServer::Application), 6);
        const QJsonObject js = m_emulator->device(TtsServer::Join, ttstest::kApp, u"sensor-0003"_s);
        QCOMPARE(js.value(u"root_keys"_s)[u"app_key"_s][u"key"_s].toString(),
            u"0123456789ABCDEF0123456789ABCDEF"_s);
        const ImportResultModel::Counts counts = m_wizard->session()->importResultModel()->counts();
        QCOMPARE(counts.imported, 6);
        QCOMPARE(counts.failed, 0);
        QVERIFY(checklistDone(u"import"_s));
        QVERIFY(find<QLabel>(u"importCounts"_s)->text().contains(u"6 imported"_s));
        QVERIFY(!find<QPushButton>(u"retryFailedButton"_s)->isEnabled());

        // Again: nothing new, every device "already in TTS".
        QVERIFY2(driver.runOnImportPage(u"importButton"_s), qPrintable(driver.lastError()));
        QCOMPARE(m_wizard->session()->importResultModel()->counts().alreadyInTts, 6);
        QCOMPARE(stored(TtsServer::Identity), 6);
    }

    // The wizard was killed mid-import: two devices are in the IS (one also in the JS) only.
    // Import completes them in every registry and the summary says how many it completed.
    void importCompletesDevicesAKilledImportLeftHalfMade()
    {
        const QList<QJsonObject> devices = ttstest::otaaFleet(4);
        m_emulator->addDevice(
            ttstest::kApp, devices.at(0), { TtsServer::Identity, TtsServer::Join });
        m_emulator->addDevice(ttstest::kApp, devices.at(1), { TtsServer::Identity });
        openImport(devices);
        fillForm(pageOf<ImportPage>(*m_wizard)->form());
        WizardDriver driver(*m_wizard);
        QVERIFY2(driver.runOnImportPage(u"importButton"_s), qPrintable(driver.lastError()));
        for (TtsServer registry :
            { TtsServer::Identity, TtsServer::Join, TtsServer::Network, TtsServer::Application })
            QCOMPARE(stored(registry), 4);
        QCOMPARE(m_wizard->session()->importResultModel()->counts().imported, 4);
        QVERIFY2(importStatus().contains(u"Every device of the file is in The Things Stack"_s),
            qPrintable(importStatus()));
        // "2 device(s)" until the English plural forms list the new text.
        QVERIFY2(
            importStatus().contains(QRegularExpression(
                u"2 device(s|\\(s\\)) left partly created by an earlier import were completed"_s)),
            qPrintable(importStatus()));
    }

    // A device whose ID is taken by another device is reported by Check and by Import, and
    // the device already there is left exactly as it was.
    // The Result column holds its longest word (German ones are longer), never "Fehlgeschla…".
    void resultColumnFitsEveryResult()
    {
        openImport(ttstest::otaaFleet(1));
        auto *table = find<QTableView>(u"importTable"_s);
        const int width = table->columnWidth(ImportResultModel::ResultColumn);
        for (const QString &text : ImportResultModel::allResultTexts())
            QVERIFY2(width > table->fontMetrics().horizontalAdvance(text), qPrintable(text));
    }

    void conflictIsReportedAndLeftAlone()
    {
        QJsonObject squatter = ttstest::otaaDevice(u"sensor-0002"_s, 77);
        m_emulator->addDevice(ttstest::kApp, squatter);
        openImport(ttstest::otaaFleet(4));
        fillForm(pageOf<ImportPage>(*m_wizard)->form());
        WizardDriver driver(*m_wizard);
        QVERIFY2(driver.runOnImportPage(u"checkButton"_s), qPrintable(driver.lastError()));
        const ImportResultModel *model = m_wizard->session()->importResultModel();
        QCOMPARE(model->row(1).deviceId, u"sensor-0002"_s);
        QCOMPARE(ImportResultModel::resultText(model->row(1)), u"will fail"_s);
        QVERIFY2(model->row(1).reason.contains(u"other EUIs"_s), qPrintable(model->row(1).reason));
        QVERIFY2(importStatus().contains(u"1 will fail"_s), qPrintable(importStatus()));

        QVERIFY2(driver.runOnImportPage(u"importButton"_s), qPrintable(driver.lastError()));
        QCOMPARE(*model->row(1).status, TtsImportStatus::Failed);
        QCOMPARE(model->counts().imported, 3);
        QCOMPARE(stored(TtsServer::Identity), 4);
        QCOMPARE(stored(TtsServer::Join), 3); // the squatter was never in the JS
        const QJsonObject kept
            = m_emulator->device(TtsServer::Identity, ttstest::kApp, u"sensor-0002"_s);
        QCOMPARE(kept.value(u"ids"_s)[u"dev_eui"_s].toString(), ttstest::devEui(77));
        QVERIFY(!checklistDone(u"import"_s));
        // EUIs registered elsewhere: a retry cannot fix it, the file must be fixed.
        QVERIFY(!find<QPushButton>(u"retryFailedButton"_s)->isEnabled());
        QVERIFY(find<QPushButton>(u"saveFailedButton"_s)->isEnabled());
        QVERIFY2(importStatus().contains(u"need the file fixed"_s), qPrintable(importStatus()));
        // The filter shows the failed device alone.
        auto *filter = find<QComboBox>(u"importFilterCombo"_s);
        filter->setCurrentIndex(filter->findData(int(ImportResultModel::Group::Failed)));
        auto *table = find<QTableView>(u"importTable"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ImportResultModel::DeviceColumn).data().toString(),
            u"sensor-0002"_s);

        // Saved as a devices.json to fix and import again: the failed device alone, readable
        // by its owner only (it holds the AppKey).
        const QString saved = m_dir->filePath(u"to-fix.json"_s);
        FileDialogProvider::setNextFileName(saved);
        QTest::mouseClick(find<QPushButton>(u"saveFailedButton"_s), Qt::LeftButton);
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.constFirst().contains("\"sensor-0002\""));
        QVERIFY2(importStatus().startsWith(u"Saved 1 device"_s), qPrintable(importStatus()));
    }

    // A wrong key: Check says so once; no row counts as failed because of it.
    void badKeyIsSaidOnceNotAsFailedDevices()
    {
        openImport(ttstest::otaaFleet(16));
        fillForm(
            pageOf<ImportPage>(*m_wizard)->form(), u"NNSXS.TESTKEYID0123456789.WrongSecretValue"_s);
        WizardDriver driver(*m_wizard);
        for (const QString &button : { u"checkButton"_s, u"importButton"_s }) {
            QVERIFY(!driver.runOnImportPage(button)); // it ends with the error
            QVERIFY2(
                importStatus().contains(u"The API key is not valid"_s), qPrintable(importStatus()));
            const ImportResultModel::Counts counts
                = m_wizard->session()->importResultModel()->counts();
            QCOMPARE(counts.failed, 0);
            QVERIFY2(!find<QLabel>(u"importCounts"_s)->text().contains(u"16 failed"_s),
                qPrintable(find<QLabel>(u"importCounts"_s)->text()));
        }
        QCOMPARE(m_emulator->writeCount(), 0);
        QVERIFY(!find<QPushButton>(u"saveFailedButton"_s)->isEnabled());
    }

    // While TTS is unavailable the page says it retries (instead of rows that stay pending),
    // and shows the elapsed time while the import runs.
    void throttlingAndTimeAreShown()
    {
        openImport(ttstest::otaaFleet(3));
        ImportPage *page = pageOf<ImportPage>(*m_wizard);
        page->setRetryBaseDelayMs(2500); // long enough to be seen on a loaded machine
        fillForm(page->form());
        QTRY_VERIFY(page->isFileLoaded());
        m_emulator->failMatching("PUT", u"/ns/"_s, 1, 503);
        QTest::mouseClick(find<QPushButton>(u"importButton"_s), Qt::LeftButton);
        QVERIFY(page->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(
            importStatus().contains(u"The Things Stack is limiting requests, retrying in"_s),
            30000);
        auto *timing = find<QLabel>(u"importTiming"_s);
        QVERIFY(timing->isVisible());
        QVERIFY2(timing->text().startsWith(u"Elapsed: "_s), qPrintable(timing->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
        QCOMPARE(page->resultModel()->counts().imported, 3);
        QVERIFY(!timing->isVisible());
        QVERIFY2(importStatus().startsWith(u"Every device"_s), qPrintable(importStatus()));
    }

    // A key without the write right stops the import before anything is written, and the
    // sentence names the missing right.
    void missingRightStopsBeforeAnyWrite()
    {
        openImport(ttstest::otaaFleet(3));
        fillForm(pageOf<ImportPage>(*m_wizard)->form(), ttstest::kReadOnlyKey);
        WizardDriver driver(*m_wizard);
        QVERIFY(!driver.runOnImportPage(u"importButton"_s));
        QCOMPARE(find<InlineMessage>(u"importStatus"_s)->kind(), InlineMessage::Kind::Error);
        QVERIFY2(importStatus().contains(u"RIGHT_APPLICATION_DEVICES_WRITE"_s),
            qPrintable(importStatus()));
        QVERIFY2(!importStatus().contains(u"--"_s), qPrintable(importStatus())); // no CLI flag
        QVERIFY(!importStatus().contains(ttstest::kReadOnlyKey.section(u'.', 2)));
        QCOMPARE(m_emulator->writeCount(), 0);
        QCOMPARE(m_wizard->session()->importResultModel()->counts().imported, 0);
    }

    // Stop: the devices in flight are finished or rolled back, so every registry holds the
    // same devices (none half-created), and Retry failed imports the rest.
    void stopLeavesNothingHalfCreatedAndRetryFinishes()
    {
        m_emulator->setLatency(100); // long enough to stop it half-way on a loaded machine
        openImport(ttstest::otaaFleet(40));
        fillForm(pageOf<ImportPage>(*m_wizard)->form());
        ImportPage *page = pageOf<ImportPage>(*m_wizard);
        QTRY_VERIFY(page->isFileLoaded());
        QTest::mouseClick(find<QPushButton>(u"importButton"_s), Qt::LeftButton);
        QVERIFY(page->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(page->resultModel()->counts().imported >= 2, 30000);
        QVERIFY(find<QPushButton>(u"stopImportButton"_s)->isVisible());
        QTest::mouseClick(find<QPushButton>(u"stopImportButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
        const ImportResultModel::Counts counts = page->resultModel()->counts();
        QVERIFY2(counts.imported < 40, "the import did not stop");
        QCOMPARE(counts.imported + counts.failed, 40);
        QCOMPARE(stored(TtsServer::Identity), counts.imported);
        QCOMPARE(stored(TtsServer::Join), counts.imported);
        QCOMPARE(stored(TtsServer::Network), counts.imported);
        QCOMPARE(stored(TtsServer::Application), counts.imported);
        QVERIFY2(importStatus().startsWith(u"Stopped"_s), qPrintable(importStatus()));
        QVERIFY(!checklistDone(u"import"_s));

        m_emulator->setLatency(0);
        WizardDriver driver(*m_wizard);
        QVERIFY2(driver.runOnImportPage(u"retryFailedButton"_s), qPrintable(driver.lastError()));
        QCOMPARE(page->resultModel()->counts().imported, 40);
        QCOMPARE(stored(TtsServer::Identity), 40);
        QCOMPARE(stored(TtsServer::Application), 40);
        QVERIFY(checklistDone(u"import"_s));
    }

    // A device that fails half-way (TTS unavailable after every retry) is rolled back; Retry
    // failed imports it.
    void retryFailedImportsTheFailedDevice()
    {
        m_emulator->failMatching(
            "PUT", u"/as/applications/target-app/devices/sensor-0003"_s, 5, 503);
        openImport(ttstest::otaaFleet(4));
        fillForm(pageOf<ImportPage>(*m_wizard)->form());
        WizardDriver driver(*m_wizard);
        QVERIFY2(driver.runOnImportPage(u"importButton"_s), qPrintable(driver.lastError()));
        const ImportResultModel *model = m_wizard->session()->importResultModel();
        QCOMPARE(*model->row(2).status, TtsImportStatus::Failed);
        QCOMPARE(stored(TtsServer::Identity), 3); // rolled back
        QCOMPARE(stored(TtsServer::Join), 3);
        QVERIFY2(driver.runOnImportPage(u"retryFailedButton"_s), qPrintable(driver.lastError()));
        QCOMPARE(*model->row(2).status, TtsImportStatus::Imported);
        QCOMPARE(stored(TtsServer::Identity), 4);
        QCOMPARE(stored(TtsServer::Application), 4);
        QVERIFY(checklistDone(u"import"_s));
    }

    // Escape during an import asks first; "No" keeps it running, "Yes" stops it cleanly and
    // then closes the window.
    void escapeAsksBeforeThrowingAwayARunningImport()
    {
        m_emulator->setLatency(100); // long enough to stop it half-way on a loaded machine
        openImport(ttstest::otaaFleet(40));
        fillForm(pageOf<ImportPage>(*m_wizard)->form());
        ImportPage *page = pageOf<ImportPage>(*m_wizard);
        QTRY_VERIFY(page->isFileLoaded());
        page->startImport();
        QVERIFY(page->isRunning());
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(m_wizard, Qt::Key_Escape);
        QVERIFY(MessageBox::lastText().contains(u"still running"_s));
        QVERIFY(m_wizard->isVisible());
        QVERIFY(page->isRunning());

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(m_wizard, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->isVisible(), 30000);
        QVERIFY(!page->isRunning());
        const int imported = page->resultModel()->counts().imported;
        QVERIFY(imported < 40);
        QCOMPARE(stored(TtsServer::Identity), imported);
        QCOMPARE(stored(TtsServer::Application), imported);
    }

    // A new user: ttn-lw-migrate-wizard --import FILE with TTS_* in the environment, Enter on
    // the import page, and every device of the file is in The Things Stack.
    void newUserImportsWithEnterFromTheEnvironment()
    {
        qputenv("TTS_ADDRESS", m_emulator->baseUrl().toString().toUtf8());
        qputenv("TTS_APPLICATION_ID", ttstest::kApp.toUtf8());
        qputenv("TTS_API_KEY", ttstest::kKey.toUtf8());
        QList<QJsonObject> devices = ttstest::otaaFleet(6);
        devices << ttstest::abpDevice(u"abp-meter"_s, 90);
        openImport(devices);
        QCOMPARE(m_wizard->currentId(), int(MigrationWizard::ImportPageId));
        ImportPage *page = pageOf<ImportPage>(*m_wizard);
        QTRY_VERIFY(page->isFileLoaded());
        QVERIFY2(page->form()->isComplete(), qPrintable(page->form()->problem()));
        QVERIFY(find<QPushButton>(u"importButton"_s)->isDefault());
        QVERIFY(!m_wizard->button(QWizard::NextButton)->property("default").toBool());
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasImported() && !page->isRunning(), 30000);
        QCOMPARE(page->resultModel()->counts().imported, 7);
        QCOMPARE(stored(TtsServer::Identity), 7);
        QCOMPARE(stored(TtsServer::Network), 7);
        QCOMPARE(stored(TtsServer::Application), 7);
        QCOMPARE(stored(TtsServer::Join), 6);
        // Enter from the key field works as well (an import again: all already there).
        QTest::keyClick(find<QLineEdit>(u"ttsApiKeyEdit"_s), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(page->resultModel()->counts().alreadyInTts == 7, 30000);
        QTRY_VERIFY(!page->isRunning());
    }

    // --import with a file that is no export (binary bytes here, "7 devices" before) is refused
    // with one sentence: Check and Import stay disabled and nothing reaches the server.
    void fileWithoutDevicesIsRefused()
    {
        const QString path = m_dir->filePath(u"devices.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 700; ++i)
            file.putChar(char((i * 37 + 11) % 256));
        file.close();
        WizardLaunch launch;
        launch.importFiles = QStringList { path };
        openWizard(launch);
        fillForm(pageOf<ImportPage>(*m_wizard)->form());
        // The sentence stays on the page (the form's edits clear the status line, not this).
        QTRY_VERIFY2(
            pageOf<ImportPage>(*m_wizard)->blockingReason().contains(u"holds no end device"_s),
            qPrintable(pageOf<ImportPage>(*m_wizard)->blockingReason()));
        QVERIFY(!pageOf<ImportPage>(*m_wizard)->isFileLoaded());
        QVERIFY(!find<QPushButton>(u"checkButton"_s)->isEnabled());
        QVERIFY(!find<QPushButton>(u"importButton"_s)->isEnabled());
        QCOMPARE(m_wizard->session()->importResultModel()->rowCount(), 0);
        QCOMPARE(m_emulator->requestCount(), 0);

        // The page offers the way out: choose the right file, and it is read and importable.
        const QString good = m_dir->filePath(u"good.json"_s);
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write(ttstest::ndjson(ttstest::otaaFleet(3)));
        goodFile.close();
        FileDialogProvider::setNextFileName(good);
        find<QPushButton>(u"chooseImportFileButton"_s)->click();
        QTRY_VERIFY(pageOf<ImportPage>(*m_wizard)->isFileLoaded());
        QCOMPARE(pageOf<ImportPage>(*m_wizard)->devices().size(), 3);
        QCOMPARE(m_wizard->session()->startFiles(), QStringList { good });
        QVERIFY(find<QPushButton>(u"importButton"_s)->isEnabled());
        QVERIFY(pageOf<ImportPage>(*m_wizard)->blockingReason().isEmpty()
            || !pageOf<ImportPage>(*m_wizard)->blockingReason().contains(u"holds no end device"_s));
        QCOMPARE(m_emulator->requestCount(), 0);
    }

    // The parts of a split export (--import given once per part) are imported as one.
    void splitExportIsImportedAsOne()
    {
        const QString first = m_dir->filePath(u"devices-1.json"_s);
        const QString second = m_dir->filePath(u"devices-2.json"_s);
        for (const auto &[path, devices] : { std::pair { first, ttstest::otaaFleet(3, 1) },
                 std::pair { second, ttstest::otaaFleet(2, 4) } }) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(ttstest::ndjson(devices));
        }
        WizardLaunch launch;
        launch.importFiles = QStringList { first, second };
        openWizard(launch);
        fillForm(pageOf<ImportPage>(*m_wizard)->form());
        WizardDriver driver(*m_wizard);
        QVERIFY2(driver.runOnImportPage(u"importButton"_s), qPrintable(driver.lastError()));
        QVERIFY2(find<QLabel>(u"importFileLabel"_s)->text().contains(u"2 parts"_s),
            qPrintable(find<QLabel>(u"importFileLabel"_s)->text()));
        QCOMPARE(m_wizard->session()->importResultModel()->counts().imported, 5);
        QCOMPARE(stored(TtsServer::Identity), 5);
        QVERIFY(checklistDone(u"import"_s));
        QVERIFY2(driver.next(), qPrintable(driver.lastError()));
        QVERIFY(driver.waitForStatus([](const TtsTrackerSnapshot &s) { return s.total() == 5; }));
    }

    void commandLineReadsImportAndStatus()
    {
        QCommandLineParser parser;
        WizardSession::addOptions(parser);
        QVERIFY(parser.parse(
            { u"wizard"_s, u"--import"_s, u"a.json"_s, u"--import"_s, u"/data/b.json"_s }));
        WizardLaunch launch;
        QString error;
        QVERIFY(WizardSession::read(parser, &launch, &error));
        QCOMPARE(launch.importFiles,
            (QStringList { QDir::current().absoluteFilePath(u"a.json"_s), u"/data/b.json"_s }));
        QVERIFY(!launch.demo);
        QCommandLineParser both;
        WizardSession::addOptions(both);
        QVERIFY(
            both.parse({ u"wizard"_s, u"--import"_s, u"a.json"_s, u"--status"_s, u"a.json"_s }));
        QVERIFY(!WizardSession::read(both, &launch, &error));
        QVERIFY2(error.contains(u"either --import or --status"_s), qPrintable(error));
    }

    void environmentChoosesTheRightPreset_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("identity");
        QTest::newRow("ttn eu1") << u"https://eu1.cloud.thethings.network"_s << QString()
                                 << u"Europe"_s << u"https://eu1.cloud.thethings.network"_s;
        QTest::newRow("ttn nam1") << u"https://eu1.cloud.thethings.network/api/v3"_s
                                  << u"https://nam1.cloud.thethings.network"_s << u"North America"_s
                                  << u"https://eu1.cloud.thethings.network"_s;
        QTest::newRow("cloud") << u"https://acme.au1.cloud.thethings.industries"_s << QString()
                               << u"Cloud"_s << u"https://acme.au1.cloud.thethings.industries"_s;
        QTest::newRow("custom") << u"https://lns.example.com:8443"_s << QString() << u"Custom"_s
                                << u"https://lns.example.com:8443"_s;
    }

    void environmentChoosesTheRightPreset()
    {
        QFETCH(QString, address);
        QFETCH(QString, cluster);
        QFETCH(QString, preset);
        QFETCH(QString, identity);
        qputenv("TTS_ADDRESS", address.toUtf8());
        if (!cluster.isEmpty())
            qputenv("TTS_CLUSTER_ADDRESS", cluster.toUtf8());
        openImport(ttstest::otaaFleet(1));
        TtsConnectionForm *form = pageOf<ImportPage>(*m_wizard)->form();
        QVERIFY2(form->findChild<QComboBox *>(u"ttsPresetCombo"_s)->currentText().contains(preset),
            qPrintable(form->findChild<QComboBox *>(u"ttsPresetCombo"_s)->currentText()));
        QCOMPARE(form->connection().identityServerUrl.toString(), identity);
        QVERIFY2(form->problem().contains(u"application"_s), qPrintable(form->problem()));
    }

    // The status page from the import page: waiting, then joined ("seen" for a session
    // import), then active; the checklist ticks itself; the report has both.
    void statusPageFollowsTheFleetAndTheReportHasIt()
    {
        QList<QJsonObject> devices = ttstest::otaaFleet(3);
        devices << ttstest::abpDevice(u"abp-meter"_s, 90);
        openImport(devices);
        fillForm(pageOf<ImportPage>(*m_wizard)->form());
        WizardDriver driver(*m_wizard);
        QVERIFY2(driver.runOnImportPage(u"importButton"_s), qPrintable(driver.lastError()));
        QVERIFY2(driver.next(), qPrintable(driver.lastError()));
        QCOMPARE(m_wizard->currentId(), int(MigrationWizard::StatusPageId));
        StatusPage *page = pageOf<StatusPage>(*m_wizard);
        QVERIFY(page->isPolling());
        QVERIFY(driver.waitForStatus([](const TtsTrackerSnapshot &s) { return s.total() == 4; }));
        QCOMPARE(page->latestSnapshot().waiting, 4);
        // Every refresh from now on adds one point to the picture (and the report's table).
        const MigrationSession *session = m_wizard->session();
        const qsizetype before = session->statusHistory().size();
        QVERIFY(before >= 1);
        QSignalSpy refreshes(page, &StatusPage::refreshed);
        auto *chart = find<JoinChart>(u"joinChart"_s);
        QVERIFY(chart->isVisible());
        QCOMPARE(chart->focusPolicy(), Qt::NoFocus);
        QVERIFY(find<InlineMessage>(u"waitingCauses"_s)->isVisible());
        QVERIFY(find<InlineMessage>(u"waitingCauses"_s)->text().contains(u"AppKey"_s));

        m_emulator->markSeen(ttstest::kApp, u"sensor-0001"_s, false);
        m_emulator->markSeen(ttstest::kApp, u"sensor-0002"_s, true);
        m_emulator->markSeen(ttstest::kApp, u"abp-meter"_s, false);
        QVERIFY(driver.waitForStatus([](const TtsTrackerSnapshot &s) { return s.waiting == 1; }));
        const JoinStatusModel *model = page->statusModel();
        QCOMPARE(model->index(0, JoinStatusModel::StateColumn).data().toString(), u"joined"_s);
        QCOMPARE(model->index(1, JoinStatusModel::StateColumn).data().toString(), u"active"_s);
        QCOMPARE(model->index(3, JoinStatusModel::StateColumn).data().toString(), u"seen"_s);
        QVERIFY(!checklistDone(u"join"_s));
        // The words and the bar agree: 3 of 4 joined, the active one included.
        const QString words = find<QLabel>(u"joinCounts"_s)->text();
        QVERIFY2(words.startsWith(u"3 of 4 device"_s), qPrintable(words));
        QVERIFY2(words.contains(u" joined (1 active), 1 waiting."_s), qPrintable(words));
        QCOMPARE(find<QProgressBar>(u"joinProgress"_s)->text(), u"75% joined"_s);
        QVERIFY(refreshes.count() >= 1);
        QCOMPARE(session->statusHistory().size(), before + refreshes.count());
        QCOMPARE(session->statusHistory().constLast().active, 1);
        QVERIFY2(chart->accessibleDescription().contains(words), qPrintable(words));

        // The filter: waiting devices only.
        auto *filter = find<QComboBox>(u"joinFilterCombo"_s);
        filter->setCurrentIndex(filter->findData(int(TtsJoinState::Waiting)));
        QCOMPARE(find<QTableView>(u"joinTable"_s)->model()->rowCount(), 1);

        m_emulator->markSeen(ttstest::kApp, u"sensor-0003"_s, false);
        QVERIFY(driver.waitForStatus([](const TtsTrackerSnapshot &s) { return s.waiting == 0; }));
        QTRY_VERIFY(checklistDone(u"join"_s));
        QCOMPARE(find<QProgressBar>(u"joinProgress"_s)->text(), u"100% joined"_s);
        QVERIFY(find<QLabel>(u"joinCounts"_s)->text().startsWith(u"4 of 4 device"_s));
        QVERIFY(refreshes.count() >= 2);
        QCOMPARE(session->statusHistory().size(), before + refreshes.count());
        QCOMPARE(chart->history().size(), session->statusHistory().size());

        const QString report = m_dir->filePath(u"report.md"_s);
        FileDialogProvider::setNextFileName(report);
        QTest::mouseClick(find<QPushButton>(u"statusSaveReportButton"_s), Qt::LeftButton);
        const QByteArray text = readFile(report);
        QVERIFY(text.contains("## Import into The Things Stack"));
        QVERIFY(text.contains("| sensor-0002 | imported |"));
        QVERIFY(text.contains("## Status in The Things Stack"));
        QVERIFY(text.contains("| sensor-0002 | active |"));
        QVERIFY(text.contains("| abp-meter | seen |"));
        QVERIFY(text.contains("- [x] Let the devices join The Things Stack"));
        QVERIFY(text.contains("### Devices joining over time"));
        QVERIFY(text.contains("| Time | Waiting | Joined | Active |"));
        QVERIFY(text.contains(" | 4 | 0 | 0 |\n")); // the first refresh: all waiting
        QVERIFY(text.contains(" | 0 | 4 | 1 |\n")); // the latest: all joined, one active
        SecretScan scan;
        scan.add(u"API key"_s, ttstest::kKey);
        scan.add(u"AppKey"_s, u"0123456789ABCDEF0123456789ABCDEF"_s);
        scan.add(u"AppSKey"_s, u"FFEEDDCCBBAA99887766554433221100"_s);
        const QStringList leaks = scan.leaks(text, u"report"_s);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));

        // Leaving the page stops the polling.
        QVERIFY(driver.back());
        QVERIFY(!page->isPolling());
    }

    // --status FILE with TTS_* in the environment: the page starts watching at once; a device
    // of the file that is not in the application is said so.
    void statusFromTheCommandLine()
    {
        m_emulator->addDevice(ttstest::kApp, ttstest::otaaDevice(u"sensor-0001"_s, 1));
        m_emulator->markSeen(ttstest::kApp, u"sensor-0001"_s, false);
        qputenv("TTS_ADDRESS", m_emulator->baseUrl().toString().toUtf8());
        qputenv("TTS_APPLICATION_ID", ttstest::kApp.toUtf8());
        qputenv("TTS_API_KEY", ttstest::kKey.toUtf8());
        WizardLaunch launch;
        launch.statusFiles = QStringList { writeDevices(ttstest::otaaFleet(2)) };
        openWizard(launch);
        QCOMPARE(m_wizard->currentId(), int(MigrationWizard::StatusPageId));
        WizardDriver driver(*m_wizard);
        QVERIFY(driver.waitForStatus([](const TtsTrackerSnapshot &s) { return s.total() == 2; }));
        QVERIFY(m_wizard->session()->statusSnapshot().has_value()); // what the report shows
        const TtsTrackerSnapshot snapshot = *m_wizard->session()->statusSnapshot();
        QCOMPARE(snapshot.joined, 1);
        QCOMPARE(snapshot.notInTts, 1);
        QVERIFY2(find<InlineMessage>(u"trackingStatus"_s)->text().contains(u"not in application"_s),
            qPrintable(find<InlineMessage>(u"trackingStatus"_s)->text()));
        QVERIFY(!checklistDone(u"join"_s)); // one OTAA device is not even in TTS
    }

    // Tab goes through the import page in reading order: the form, then the buttons, the
    // filter and the table.
    void importPageTabOrderFollowsTheForm()
    {
        openImport(ttstest::otaaFleet(1));
        QWizardPage *page = m_wizard->page(MigrationWizard::ImportPageId);
        const QStringList expected { u"ttsPresetCombo"_s, u"ttsAddressEdit"_s, u"ttsClusterEdit"_s,
            u"ttsAppIdEdit"_s, u"ttsApiKeyEdit"_s, u"rememberTtsKeyCheck"_s, u"checkButton"_s,
            u"importButton"_s, u"retryFailedButton"_s, u"saveFailedButton"_s,
            u"importFilterCombo"_s, u"importSearchEdit"_s, u"importTable"_s };
        QStringList chain;
        QWidget *widget = page->findChild<QWidget *>(expected.first());
        for (int i = 0; widget && i < 500 && chain.size() < expected.size(); ++i) {
            if (expected.contains(widget->objectName()) && !chain.contains(widget->objectName()))
                chain << widget->objectName();
            widget = widget->nextInFocusChain();
        }
        QCOMPARE(chain, expected);
    }

    // Every label of the new pages has a buddy, and no two shortcuts on a page collide (the
    // wizard's own buttons included).
    void mnemonicsAreUniqueAndLabelsHaveBuddies_data()
    {
        QTest::addColumn<int>("pageId");
        QTest::newRow("import") << int(MigrationWizard::ImportPageId);
        QTest::newRow("status") << int(MigrationWizard::StatusPageId);
    }

    void mnemonicsAreUniqueAndLabelsHaveBuddies()
    {
        QFETCH(int, pageId);
        WizardLaunch launch;
        (pageId == MigrationWizard::ImportPageId ? launch.importFiles : launch.statusFiles)
            = QStringList { writeDevices(ttstest::otaaFleet(1)) };
        openWizard(launch);
        QWizardPage *page = m_wizard->page(pageId);
        // The status page's connection form is folded away while it is complete; show it.
        if (auto *show = page->findChild<QPushButton *>(u"showConnectionButton"_s))
            show->setChecked(true);
        auto *preset = page->findChild<QComboBox *>(u"ttsPresetCombo"_s);
        preset->setCurrentIndex(preset->findText(u"The Things Stack Cloud"_s, Qt::MatchStartsWith));
        QMap<QChar, QString> seen;
        const auto take = [&](const QString &text, const QString &who) {
            const qsizetype amp = text.indexOf(u'&');
            if (amp < 0 || amp + 1 >= text.size())
                return;
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(!seen.contains(key),
                qPrintable(u"%1 and %2 share Alt+%3"_s.arg(seen.value(key), who, key)));
            seen.insert(key, who);
        };
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(page) || !label->text().contains(u'&'))
                continue;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
            QVERIFY2(label->buddy()->isVisibleTo(page), qPrintable(label->text()));
            take(label->text(), label->text());
        }
        for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(page))
                take(button->text(), button->text());
        }
        for (auto which : { QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                 QWizard::HelpButton }) {
            QAbstractButton *button = m_wizard->button(which);
            if (button->isVisible())
                take(button->text(), button->text());
        }
        QVERIFY(seen.size() >= 8);
    }
};

QTEST_MAIN(TestWizardImport)
#include "tst_wizardimport.moc"

// End-to-end walks through the wizard against an in-process V2Emulator with the demo
// application: each device scope, preview rows and reasons, the saved file compared byte for
// byte with what the ttn-lw-migrate CLI writes for the same choices, permissions, cancel.

#include "cliprocess.h"
#include "migrationwizard.h"
#include "models/outcometablemodel.h"
#include "ndjson.h"
#include "pages/devicespage.h"
#include "pages/exportpage.h"
#include "pages/nextstepspage.h"
#include "pages/previewpage.h"
#include "session/migrationsession.h"
#include "v2emulator.h"
#include "widgets/devicejsonview.h"
#include "widgets/filedialogprovider.h"
#include "widgets/inlinemessage.h"
#include "wizarddriver.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <memory>

using namespace Qt::StringLiterals;
using namespace WizardTestSupport;

namespace {
const QString abpReason = u"ABP device: cannot be migrated without its session (use "
                          u"with-session, or migrate it with the Console)"_s;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const DeviceOutcome *findOutcome(const QList<DeviceOutcome> &outcomes, const QString &id)
{
    for (const DeviceOutcome &outcome : outcomes) {
        if (outcome.v2DeviceId == id)
            return &outcome;
    }
    return nullptr;
}
} // namespace

class TestWizardFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    V2Emulator m_emulator;
    std::unique_ptr<MigrationWizard> m_wizard;
    std::unique_ptr<WizardDriver> m_driver;

    // A fresh wizard on page 1, filled for the demo application, then on the devices page.
    void openWizardAtDevices()
    {
        m_wizard = std::make_unique<MigrationWizard>();
        m_wizard->useDemo(
            V2Emulator::demoApplicationId(), V2Emulator::demoAccessKey(), m_emulator.handlerUrl());
        m_wizard->show();
        m_driver = std::make_unique<WizardDriver>(*m_wizard);
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        QCOMPARE(m_wizard->currentId(), int(MigrationWizard::DevicesPageId));
    }

    void goToPreviewExpectingFailure()
    {
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->next());
        QVERIFY(!m_driver->waitForPreview());
    }

    void goToPreview(bool withSession, const QString &prefix)
    {
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        QVERIFY(m_driver->setOptions(withSession, prefix));
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        QCOMPARE(m_wizard->currentId(), int(MigrationWizard::PreviewPageId));
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useThrowawaySettings(m_dir);
        m_emulator.loadDemo();
        QVERIFY(m_emulator.listen(QHostAddress::LocalHost, 0));
    }

    void cleanup()
    {
        m_driver.reset();
        m_wizard.reset();
    }

    void connectionTestReportsDeviceCount()
    {
        openWizardAtDevices();
        m_driver->back();
        QVERIFY2(m_driver->testConnection(), qPrintable(m_driver->lastError()));
        const QString text = m_driver->find<InlineMessage>(u"connectionStatus"_s)->text();
        QVERIFY2(text.contains(u"14"_s) && text.contains(m_emulator.handlerUrl().host()),
            qPrintable(text));
    }

    void connectionTestExplainsAWrongKey()
    {
        openWizardAtDevices();
        m_driver->back();
        m_driver->fillConnection(V2Emulator::demoApplicationId(), u"ttn-account-v2.wrong"_s);
        QVERIFY(!m_driver->testConnection());
        const QString text = m_driver->find<InlineMessage>(u"connectionStatus"_s)->text();
        QVERIFY2(text.contains(u"access key"_s), qPrintable(text));
        QVERIFY(!text.contains(u"ttn-account-v2.wrong"_s));
    }

    void scopesMatchTheCli_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<bool>("withSession");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QStringList>("cliArguments");

        QTest::newRow("one device")
            << u"one"_s << QStringList { u"kuehlraum-sued"_s } << false << QString()
            << QStringList { u"device"_s, u"--source"_s, u"ttnv2"_s, u"kuehlraum-sued"_s,
                   u"--ttnv2.with-session=false"_s };
        const QStringList list { u"otaa-plain"_s, u"abp-meter-1"_s, u"template-roj"_s, u"ab"_s,
            u"sensor_01"_s, u"no-such-device"_s };
        QTest::newRow("list with prefix")
            << u"list"_s << list << false << u"v2"_s
            << QStringList { u"device"_s, u"--source"_s, u"ttnv2"_s,
                   u"--ttnv2.with-session=false"_s, u"--dev-id-prefix"_s, u"v2"_s };
        QTest::newRow("list with sessions")
            << u"list"_s << QStringList { u"otaa-joined"_s, u"abp-meter-1"_s, u"otaa-plain"_s }
            << true << QString()
            << QStringList { u"device"_s, u"--source"_s, u"ttnv2"_s,
                   u"--ttnv2.with-session=true"_s };
        QTest::newRow("whole application")
            << u"application"_s << QStringList() << false << QString()
            << QStringList { u"application"_s, u"--source"_s, u"ttnv2"_s, u"demo-application"_s,
                   u"--ttnv2.with-session=false"_s };
    }

    void scopesMatchTheCli()
    {
        QFETCH(QString, scope);
        QFETCH(QStringList, ids);
        QFETCH(bool, withSession);
        QFETCH(QString, prefix);
        QFETCH(QStringList, cliArguments);

        openWizardAtDevices();
        if (scope == u"one"_s)
            QVERIFY(m_driver->chooseOneDevice(ids.first()));
        else if (scope == u"list"_s)
            QVERIFY2(m_driver->chooseDeviceList(ids), qPrintable(m_driver->lastError()));
        else
            QVERIFY(m_driver->chooseApplication(false));
        goToPreview(withSession, prefix);

        const QList<DeviceOutcome> &outcomes = m_wizard->session()->outcomes();
        if (scope == u"application"_s)
            QCOMPARE(outcomes.size(), m_emulator.deviceCount(V2Emulator::demoApplicationId()));
        else
            QCOMPARE(outcomes.size(), ids.size());
        if (const DeviceOutcome *abp = findOutcome(outcomes, u"abp-meter-1"_s)) {
            QCOMPARE(abp->status, withSession ? OutcomeStatus::Exported : OutcomeStatus::Skipped);
            if (!withSession)
                QCOMPARE(abp->reason, abpReason);
        }
        if (const DeviceOutcome *roj = findOutcome(outcomes, u"template-roj"_s)) {
            QCOMPARE(roj->status, OutcomeStatus::Skipped);
            QVERIFY(!roj->reason.isEmpty());
        }
        if (const DeviceOutcome *shortId = findOutcome(outcomes, u"ab"_s)) {
            // "ab" is a valid v2 ID, too short for v3 without a prefix; "v2-ab" is fine.
            QCOMPARE(shortId->status,
                prefix.isEmpty() ? OutcomeStatus::Failed : OutcomeStatus::Exported);
        }
        if (const DeviceOutcome *missing = findOutcome(outcomes, u"no-such-device"_s)) {
            QCOMPARE(missing->status, OutcomeStatus::Failed);
            QVERIFY(!missing->reason.isEmpty());
        }
        if (const DeviceOutcome *renamed = findOutcome(outcomes, u"sensor_01"_s))
            QCOMPARE(renamed->v3DeviceId, prefix.isEmpty() ? u"sensor-01"_s : u"v2-sensor-01"_s);

        // The counts line and the table agree with the outcomes.
        const OutcomeTableModel::Counts counts = m_wizard->session()->outcomeModel()->counts();
        const QString countsText = m_driver->find<QLabel>(u"countsLabel"_s)->text();
        QVERIFY2(countsText.contains(u"%1 ready for import"_s.arg(counts.exported)),
            qPrintable(countsText));
        QCOMPARE(m_driver->find<QTableView>(u"outcomeTable"_s)->model()->rowCount(),
            int(outcomes.size()));

        // Save through the injected file name, then compare with the CLI's output.
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        QCOMPARE(m_wizard->currentId(), int(MigrationWizard::ExportPageId));
        QVERIFY(!pageOf<ExportPage>(*m_wizard)->isComplete());
        const QString path
            = m_dir.filePath(u"devices-%1.json"_s.arg(QString::fromLatin1(QTest::currentDataTag()))
                                 .replace(u' ', u'-'));
        QVERIFY2(m_driver->saveTo(path), qPrintable(m_driver->lastError()));
        QCOMPARE(m_wizard->session()->savedExport().path, path);
        QCOMPARE(m_wizard->session()->savedExport().readBack, counts.exported);
        QVERIFY(m_driver->find<InlineMessage>(u"saveResult"_s)
                    ->text()
                    .contains(u"Read back %1 device"_s.arg(counts.exported)));
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser),
            QFile::ReadOwner | QFile::WriteOwner);

        const QByteArray stdinData
            = scope == u"list"_s ? ids.join(u'\n').toUtf8() + '\n' : QByteArray();
        // The migration guide's arguments with the key in the environment, as a CLI user runs it.
        QProcessEnvironment environment = CliTest::cleanEnvironment();
        environment.insert(u"TTNV2_APP_ACCESS_KEY"_s, V2Emulator::demoAccessKey());
        environment.insert(u"TTNV2_HANDLER_ADDRESS"_s, m_emulator.handlerUrl().toString());
        environment.insert(u"TTNV2_APP_ID"_s, V2Emulator::demoApplicationId());
        environment.insert(u"FREQUENCY_PLAN_ID"_s, u"EU_863_870_TTN"_s);
        const CliRun cli = CliTest::run(cliArguments, environment, stdinData);
        QVERIFY2(cli.exitCode == 0 || cli.exitCode == 3, cli.err.constData());
        const QByteArray saved = readFile(path);
        QCOMPARE(int(saved.count('\n')), counts.exported);
        QVERIFY(counts.exported > 0);
        QCOMPARE(Ndjson::maskVolatile(saved), Ndjson::maskVolatile(cli.out));

        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        QCOMPARE(m_wizard->currentId(), int(MigrationWizard::NextStepsPageId));
    }

    void previewMasksKeysUntilRevealed()
    {
        openWizardAtDevices();
        QVERIFY(m_driver->chooseOneDevice(u"otaa-plain"_s));
        goToPreview(false, QString());
        QVERIFY(m_driver->selectPreviewRow(u"otaa-plain"_s));
        const auto *view = m_driver->find<DeviceJsonView>(u"deviceJson"_s);
        const QString appKey = m_emulator.device(V2Emulator::demoApplicationId(), u"otaa-plain"_s)
                                   .value(u"lorawan_device"_s)
                                   .toObject()
                                   .value(u"app_key"_s)
                                   .toString();
        QVERIFY(!appKey.isEmpty());
        QVERIFY(view->shownText().contains(u"\"key\": \"••••\""_s));
        QVERIFY(!view->shownText().contains(appKey));
        m_driver->find<QCheckBox>(u"revealKeysCheck"_s)->setChecked(true);
        QVERIFY(view->shownText().contains(appKey));
        // The shown JSON is the saved line, only indented.
        const QByteArray line = m_wizard->session()->outcomes().first().json;
        QCOMPARE(QString(view->shownText()).remove(u'\n').remove(u"  "_s).remove(u": "_s),
            QString::fromUtf8(line).remove(u':'));
    }

    void nextNeedsAnExportableDevice()
    {
        openWizardAtDevices();
        QVERIFY(m_driver->chooseOneDevice(u"abp-meter-2"_s));
        goToPreview(false, QString());
        QCOMPARE(m_wizard->session()->outcomeModel()->counts().skipped, 1);
        QVERIFY(!pageOf<PreviewPage>(*m_wizard)->isComplete());
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(
            !pageOf<PreviewPage>(*m_wizard)->findChild<QLabel *>(u"blockingReason"_s)->isHidden());
    }

    void narrowedApplicationExportsCheckedDevices()
    {
        openWizardAtDevices();
        QVERIFY2(m_driver->chooseApplication(true), qPrintable(m_driver->lastError()));
        auto *table = m_driver->find<QTreeView>(u"deviceTable"_s);
        QCOMPARE(
            table->model()->rowCount(), m_emulator.deviceCount(V2Emulator::demoApplicationId()));
        m_driver->find<QAbstractButton>(u"checkNoneButton"_s)->click();
        QVERIFY(!pageOf<DevicesPage>(*m_wizard)->isComplete());
        // Filter to the OTAA "otaa-" devices and check those only.
        m_driver->find<QLineEdit>(u"deviceFilterEdit"_s)->setText(u"otaa-"_s);
        m_driver->find<QAbstractButton>(u"checkAllButton"_s)->click();
        QCOMPARE(m_wizard->session()->scope(), ExportScope::DeviceList);
        const QStringList selected = m_wizard->session()->selectedDeviceIds();
        QCOMPARE(
            selected, (QStringList { u"otaa-32bit-nocheck"_s, u"otaa-joined"_s, u"otaa-plain"_s }));
        goToPreview(false, QString());
        QCOMPARE(m_wizard->session()->outcomes().size(), 3);
        QCOMPARE(m_wizard->session()->outcomeModel()->counts().exported, 3);
    }

    void fatalErrorShowsBannerAndRetryRecovers()
    {
        openWizardAtDevices();
        QVERIFY(m_driver->chooseApplication(false));
        m_emulator.failNext(1, 401);
        goToPreviewExpectingFailure();
        auto *banner = m_driver->find<InlineMessage>(u"errorBanner"_s);
        QCOMPARE(banner->kind(), InlineMessage::Kind::Error);
        QVERIFY(!banner->text().isEmpty());
        QVERIFY(!banner->text().contains(V2Emulator::demoAccessKey()));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        m_emulator.clearFaults();
        banner->findChild<QAbstractButton *>(u"messageAction"_s)->click();
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        QVERIFY(banner->isHidden());
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    }

    void backDuringPreviewCancelsIt()
    {
        openWizardAtDevices();
        QVERIFY(m_driver->chooseApplication(false));
        QVERIFY(m_driver->next());
        m_emulator.setLatency(400);
        QVERIFY(m_driver->next());
        QVERIFY(pageOf<PreviewPage>(*m_wizard)->isRunning());
        QVERIFY(m_driver->back());
        QVERIFY(!pageOf<PreviewPage>(*m_wizard)->isRunning());
        QCOMPARE(m_wizard->session()->outcomes().size(), 0);
        m_emulator.setLatency(0);
        QVERIFY(m_driver->next());
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        QVERIFY(!m_wizard->session()->outcomes().isEmpty());
    }

    void copyAsCommandHasNoKey()
    {
        openWizardAtDevices();
        QVERIFY(m_driver->chooseOneDevice(u"otaa-plain"_s));
        goToPreview(false, QString());
        m_driver->find<QAbstractButton>(u"copyCommandButton"_s)->click();
        const QString command = QGuiApplication::clipboard()->text();
        QVERIFY2(command.contains(u"ttn-lw-migrate"_s) && command.contains(u"otaa-plain"_s),
            qPrintable(command));
        QVERIFY(!command.contains(V2Emulator::demoAccessKey()));
    }

    void cancelDuringSaveKeepsThePreviousFile()
    {
        openWizardAtDevices();
        QVERIFY(m_driver->chooseApplication(false));
        goToPreview(false, QString());
        QVERIFY(m_driver->next());
        const QString folder = m_dir.filePath(u"cancel"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/devices.json"_s;
        {
            QFile previous(path);
            QVERIFY(previous.open(QIODevice::WriteOnly));
            previous.write("previous export\n");
        }
        // The first slice is written on the next event-loop turn: cancel before it.
        FileDialogProvider::setNextFileName(path);
        m_driver->find<QAbstractButton>(u"saveButton"_s)->click();
        QVERIFY(pageOf<ExportPage>(*m_wizard)->isSaving());
        m_driver->find<QAbstractButton>(u"cancelSaveButton"_s)->click();
        QVERIFY(!pageOf<ExportPage>(*m_wizard)->isSaving());
        QTest::qWait(50);
        QCOMPARE(readFile(path), QByteArray("previous export\n"));
        QCOMPARE(
            QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList { u"devices.json"_s });
        QVERIFY(!pageOf<ExportPage>(*m_wizard)->isComplete());

        // Back while saving cancels too.
        FileDialogProvider::setNextFileName(path);
        m_driver->find<QAbstractButton>(u"saveButton"_s)->click();
        QVERIFY(m_driver->back());
        QTest::qWait(50);
        QCOMPARE(readFile(path), QByteArray("previous export\n"));
        QCOMPARE(
            QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList { u"devices.json"_s });
    }

    void reportAndSettingsHoldNoSecrets()
    {
        openWizardAtDevices();
        QVERIFY(m_driver->chooseApplication(false));
        goToPreview(false, QString());
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->saveTo(m_dir.filePath(u"report-devices.json"_s)));
        QVERIFY(m_driver->next());
        QCOMPARE(m_driver->find<QLineEdit>(u"importCommandEdit"_s)->text(),
            u"ttn-lw-cli end-devices create --application-id demo-application < "_s
                + m_dir.filePath(u"report-devices.json"_s));
        {
            // Once the import form names the application in The Things Stack, the hint uses
            // that ID, not the v2 one.
            MigrationSession *session = m_wizard->session();
            const TtsConnectionChoice before = session->importSnapshot().connection;
            TtsConnectionChoice target = before;
            target.applicationId = u"fleet-in-tts"_s;
            session->setImportConnection(target, false);
            const QString command = pageOf<NextStepsPage>(*m_wizard)->importCommand();
            QVERIFY2(command.contains(u"--application-id fleet-in-tts <"_s), qPrintable(command));
            session->setImportConnection(before, false);
        }
        {
            // Back is offered on the final pages where going back is safe: to the saved export
            // and forward again.
            QAbstractButton *back = m_wizard->button(QWizard::BackButton);
            QVERIFY(back->isVisible() && back->isEnabled());
            back->click();
            QCOMPARE(m_wizard->currentId(), int(MigrationWizard::ExportPageId));
            QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
            QCOMPARE(m_wizard->currentId(), int(MigrationWizard::NextStepsPageId));
        }
        QVERIFY(m_driver->find<QAbstractButton>(u"changeKeysButton"_s)
                    ->isEnabled()); // the file is saved
        m_driver->find<QCheckBox>(u"check_import"_s)->setChecked(true);

        const QString reportPath = m_dir.filePath(u"report.md"_s);
        QString error;
        QVERIFY2(m_wizard->session()->report().save(reportPath, &error), qPrintable(error));
        const QString report = QString::fromUtf8(readFile(reportPath));
        QVERIFY(report.contains(u"demo-application"_s));
        QVERIFY(report.contains(u"abp-meter-1"_s));
        QVERIFY(report.contains(abpReason.left(20)));
        QVERIFY(report.contains(u"- [x] "_s));
        QVERIFY(report.contains(u"- [ ] "_s));
        static const QRegularExpression hexKey(u"[0-9A-Fa-f]{32}"_s);
        QVERIFY(!report.contains(hexKey));
        QVERIFY(!report.contains(V2Emulator::demoAccessKey()));

        // The import tick is remembered for this export (not the application), the key never.
        WizardSettings::instance().sync();
        const QString exportId = m_wizard->session()->savedExport().fingerprint;
        QCOMPARE(exportId.size(), 32);
        QVERIFY(WizardSettings::instance().exportChecklistItem(exportId, u"import"_s));
        QVERIFY(!WizardSettings::instance().checklistItem(u"demo-application"_s, u"import"_s));
        const QByteArray settings = readFile(m_dir.filePath(u"settings.ini"_s));
        QVERIFY(settings.contains("demo-application"));
        QVERIFY(!settings.contains(V2Emulator::demoAccessKey().toUtf8()));
        QVERIFY(!settings.contains("demo-access-key"));
    }
};

QTEST_MAIN(TestWizardFlow)
#include "tst_wizardflow.moc"

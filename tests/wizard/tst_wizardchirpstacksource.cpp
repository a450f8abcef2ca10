// The wizard migrating from ChirpStack v4 (issue 18 item 7), against an in-process
// ChirpStackEmulator (a real gRPC server on 127.0.0.1) with its demo tenant and application:
// "ChirpStack v4" chosen on page 1 by keyboard, its form filled and tested through the source
// seam (errors worded with the form's labels), the applications listed, the devices listed,
// previewed with their mapped versions and each profile's region's plan, saved, then
// "Disable in ChirpStack" and "Enable again" on the next steps, checked in the emulator's
// state and in the journal beside devices.json. The test registers the gRPC source as the
// wizard's main() does. Settings are throwaway.
#include "chirpstack/chirpstackdevicesource.h"
#include "chirpstack/chirpstackdisabler.h"
#include "chirpstackemulator.h"
#include "job/commandlinebuilder.h"
#include "keyboardcheck.h"
#include "migrationwizard.h"
#include "pages/connectpage.h"
#include "session/migrationsession.h"
#include "widgets/chirpstackconnectionform.h"
#include "widgets/chirpstackdisablepanel.h"
#include "widgets/inlinemessage.h"
#include "widgets/messagebox.h"
#include "wizarddriver.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int kDemoDevices = 9;
const QString kKitchen = u"70b3d57ed0000001"_s; // 1.0.3, EU868
const QString kStreetLight = u"70b3d57ed0000003"_s; // 1.0.4 RP002, class C
const QString kWaterMeter = u"70b3d57ed0000004"_s; // 1.1, US915 FSB 2
const QString kDisabledBefore = u"70b3d57ed0000005"_s;

QHash<QString, QJsonObject> readByDevEui(const QString &path)
{
    QHash<QString, QJsonObject> devices;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return devices;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject device = QJsonDocument::fromJson(line).object();
        devices.insert(
            device.value(u"ids"_s).toObject().value(u"dev_eui"_s).toString().toLower(), device);
    }
    return devices;
}
} // namespace

class TestWizardChirpStackSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ChirpStackEmulator> m_chirpStack;
    std::unique_ptr<MigrationWizard> m_wizard;
    std::unique_ptr<WizardDriver> m_driver;
    QList<QTranslator *> m_translators;

    QWidget *focus() const { return QApplication::focusWidget(); }

    void openWizard()
    {
        m_wizard = std::make_unique<MigrationWizard>();
        QVERIFY(WizardTestSupport::showActive(m_wizard.get()));
        m_driver = std::make_unique<WizardDriver>(*m_wizard);
    }

    void alt(Qt::Key key) { QTest::keyClick(m_wizard.get(), key, Qt::AltModifier); }

    void typeInto(Qt::Key mnemonic, const QString &objectName, const QString &text)
    {
        alt(mnemonic);
        QWidget *field = m_driver->find<QWidget>(objectName);
        QVERIFY2(focus() == field || field->isAncestorOf(focus()), qPrintable(objectName));
        QTest::keyClicks(focus(), text);
    }

    // Page 1 by keyboard: Alt+4 for the source, Alt+V / Alt+Y / Alt+D / Alt+A for the server,
    // the key, the tenant and the application, then Tab past "List applications" and the plan
    // override to "Test connection" and Space.
    void connectByKeyboard(const QString &apiKey, const QString &tenantId)
    {
        alt(Qt::Key_4);
        QTRY_COMPARE(m_wizard->session()->source(), ExportSource::ChirpStack);
        typeInto(Qt::Key_V, u"chirpstackServerEdit"_s, m_chirpStack->address());
        typeInto(Qt::Key_Y, u"chirpstackApiKeyEdit"_s, apiKey);
        if (!tenantId.isEmpty())
            typeInto(Qt::Key_D, u"chirpstackTenantEdit"_s, tenantId);
        typeInto(Qt::Key_A, u"chirpstackApplicationCombo"_s,
            QString::fromLatin1(ChirpStackEmulator::demoApplicationName));
        QVERIFY2(KeyboardCheck::mnemonicProblems(m_wizard.get()).isEmpty(),
            qPrintable(KeyboardCheck::mnemonicProblems(m_wizard.get()).join(u'\n')));
        alt(Qt::Key_A); // the check above moved the focus
        QTest::keyClick(focus(), Qt::Key_Tab);
        QCOMPARE(focus(), m_driver->find<QWidget>(u"chirpstackListApplicationsButton"_s));
        QTest::keyClick(focus(), Qt::Key_Tab);
        QCOMPARE(focus(), m_driver->find<QWidget>(u"chirpstackOverridePlanCheck"_s));
        QTest::keyClick(focus(), Qt::Key_Tab); // the plan picker is hidden while unticked
        QCOMPARE(focus(), m_driver->find<QWidget>(u"chirpstackTestButton"_s));
        QTest::keyClick(focus(), Qt::Key_Space);
        auto *status = m_driver->find<InlineMessage>(u"chirpstackStatus"_s);
        QVERIFY(m_driver->waitUntil([status] {
            return status->kind() != InlineMessage::Kind::Busy
                && status->kind() != InlineMessage::Kind::None;
        }));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        WizardTestSupport::useThrowawaySettings(m_dir);
        for (const char *name : { "CHIRPSTACK_API_KEY", "CHIRPSTACK_API_TOKEN" })
            qunsetenv(name);
        ChirpStackDeviceSource::registerSource(); // as ttn-lw-migrate-wizard's main() does
        m_chirpStack = std::make_unique<ChirpStackEmulator>();
        m_chirpStack->loadDemo();
        QString error;
        QVERIFY2(m_chirpStack->start(0, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_driver.reset();
        m_wizard.reset();
        for (QTranslator *translator : std::as_const(m_translators)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        m_translators.clear();
    }

    // The ChirpStack form by keyboard in English and in German: no two controls share an
    // Alt+key, every label's focuses its field, Tab follows reading order (the plan picker
    // shown too).
    void keyboardOnTheConnectPage_data()
    {
        QTest::addColumn<bool>("german");
        QTest::newRow("English") << false;
        QTest::newRow("German") << true;
    }

    void keyboardOnTheConnectPage()
    {
        QFETCH(bool, german);
        if (german)
            QVERIFY(WizardTestSupport::installGerman(this, &m_translators));
        openWizard();
        alt(Qt::Key_4);
        QTRY_COMPARE(m_wizard->session()->source(), ExportSource::ChirpStack);
        for (bool overridePlan : { false, true }) {
            pageOf<ConnectPage>(*m_wizard)->chirpStackForm()->setPlanOverride(
                overridePlan ? u"EU_863_870_TTN"_s : QString());
            QStringList problems = KeyboardCheck::mnemonicProblems(m_wizard.get());
            problems += KeyboardCheck::focusChainProblems(m_wizard.get(), m_wizard->currentPage());
            QVERIFY2(problems.isEmpty(),
                qPrintable((overridePlan ? u"plan shown: "_s : u"plan hidden: "_s)
                    + problems.join(u'\n')));
        }
    }

    // ChirpStack answers a wrong key with UNAUTHENTICATED: the sentence says what it can mean
    // and names the form's field.
    void wrongKeyIsWordedWithTheField()
    {
        openWizard();
        connectByKeyboard(
            u"not-a-chirpstack-key"_s, QString::fromLatin1(ChirpStackEmulator::demoTenantId));
        auto *status = m_driver->find<InlineMessage>(u"chirpstackStatus"_s);
        QCOMPARE(status->kind(), InlineMessage::Kind::Error);
        QVERIFY2(status->text().contains(u"“API key”"_s), qPrintable(status->text()));
        QVERIFY(!status->text().contains(u"--chirpstack"_s));
        QVERIFY(!status->text().contains(u"not-a-chirpstack-key"_s));
        QCOMPARE(focus(), m_driver->find<QWidget>(u"chirpstackTestButton"_s));
    }

    // The admin key may list every tenant's applications; the list fills the choice.
    void applicationsAreListed()
    {
        openWizard();
        alt(Qt::Key_4); // a button's mnemonic clicks it a moment later (animateClick)
        QTRY_COMPARE(m_wizard->session()->source(), ExportSource::ChirpStack);
        typeInto(Qt::Key_V, u"chirpstackServerEdit"_s, m_chirpStack->address());
        typeInto(Qt::Key_Y, u"chirpstackApiKeyEdit"_s,
            QString::fromLatin1(ChirpStackEmulator::adminKey));
        alt(Qt::Key_L); // "List applications"
        auto *status = m_driver->find<InlineMessage>(u"chirpstackListStatus"_s);
        QVERIFY(m_driver->waitUntil([status] {
            return status->kind() != InlineMessage::Kind::Busy
                && status->kind() != InlineMessage::Kind::None;
        }));
        QVERIFY2(status->kind() == InlineMessage::Kind::Success, qPrintable(status->text()));
        auto *combo = m_driver->find<QComboBox>(u"chirpstackApplicationCombo"_s);
        QVERIFY(combo->findText(QString::fromLatin1(ChirpStackEmulator::demoApplicationName)) >= 0);
        combo->setCurrentIndex(
            combo->findText(QString::fromLatin1(ChirpStackEmulator::demoApplicationName)));
        // A listed application is read by its UUID.
        QCOMPARE(m_wizard->session()->chirpStackSource().application,
            QString::fromLatin1(ChirpStackEmulator::demoApplicationId));
        // The profiles' plans by default; Alt+P overrides them with one plan for every device.
        QVERIFY(m_wizard->session()->chirpStackSource().frequencyPlanId.isEmpty());
        auto *planPicker = m_driver->find<QWidget>(u"chirpstackPlanPicker"_s);
        QVERIFY(!planPicker->isVisible());
        alt(Qt::Key_P);
        QTRY_VERIFY(planPicker->isVisible());
        pageOf<ConnectPage>(*m_wizard)->chirpStackForm()->setPlanOverride(u"EU_863_870_TTN"_s);
        QCOMPARE(m_wizard->session()->chirpStackSource().frequencyPlanId, u"EU_863_870_TTN"_s);
        const QString command = CommandLineBuilder::build(
            m_wizard->session()->exportRequest(), u"devices.json"_s, QString(), {});
        QVERIFY2(command.contains(u"--chirpstack.frequency-plan-id EU_863_870_TTN"_s),
            qPrintable(command));
    }

    // A read-only key: nothing is disabled, and the panel says why in the form's words.
    void disableWithAReadOnlyKeyChangesNothing()
    {
        ChirpStackDisablePanel panel;
        panel.show();
        ChirpStackConnection connection;
        connection.apiUrl = m_chirpStack->address();
        connection.apiKey = QString::fromLatin1(ChirpStackEmulator::readOnlyKey);
        connection.insecure = true;
        const QString exportPath = m_dir.filePath(u"read-only.json"_s);
        panel.setContext(connection, { kKitchen }, exportPath);
        auto *status = panel.findChild<InlineMessage *>(u"chirpstackDisableStatus"_s);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        panel.findChild<QAbstractButton *>(u"chirpstackDisableButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning() && status->kind() != InlineMessage::Kind::Busy
                && status->kind() != InlineMessage::Kind::None,
            20000);
        QCOMPARE(status->kind(), InlineMessage::Kind::Error);
        QVERIFY2(status->text().contains(u"“API key”"_s), qPrintable(status->text()));
        QVERIFY(!m_chirpStack->isDisabled(kKitchen));
    }

    void wholeApplicationDisableAndEnableAgain()
    {
        openWizard();
        connectByKeyboard(QString::fromLatin1(ChirpStackEmulator::tenantKey),
            QString::fromLatin1(ChirpStackEmulator::demoTenantId));
        auto *status = m_driver->find<InlineMessage>(u"chirpstackStatus"_s);
        QVERIFY2(status->kind() == InlineMessage::Kind::Success, qPrintable(status->text()));
        QVERIFY2(status->text().contains(u"has 9 device"_s), qPrintable(status->text()));
        QCOMPARE(focus(), m_wizard->button(QWizard::NextButton));
        QTest::keyClick(focus(), Qt::Key_Space);
        QTRY_COMPARE(m_wizard->currentId(), int(MigrationWizard::DevicesPageId));

        QVERIFY2(m_driver->chooseApplication(true), qPrintable(m_driver->lastError()));
        alt(Qt::Key_N);
        QTRY_COMPARE(m_wizard->currentId(), int(MigrationWizard::OptionsPageId));
        alt(Qt::Key_N);
        QTRY_COMPARE(m_wizard->currentId(), int(MigrationWizard::PreviewPageId));
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        const QList<DeviceOutcome> outcomes = m_wizard->session()->outcomes();
        QCOMPARE(outcomes.size(), kDemoDevices);
        QStringList exported;
        for (const DeviceOutcome &outcome : outcomes) {
            if (outcome.status == OutcomeStatus::Exported)
                exported << outcome.v2DeviceId;
        }
        QVERIFY(exported.contains(kKitchen) && exported.contains(kStreetLight));
        QVERIFY(!exported.contains(u"70b3d57ed0000006"_s)); // OTAA without keys

        // "Copy as command": the official chirpstack command, never a v2 flag or the key.
        const QString command = CommandLineBuilder::build(
            m_wizard->session()->exportRequest(), u"devices.json"_s, QString(), {});
        QVERIFY2(command.contains(u"ttn-lw-migrate chirpstack application \"demo-app\""_s),
            qPrintable(command));
        QVERIFY2(command.contains(u"--chirpstack.api-url "_s + m_chirpStack->address()),
            qPrintable(command));
        QVERIFY2(command.contains(u"--chirpstack.insecure"_s), qPrintable(command));
        QVERIFY2(command.contains(u"--chirpstack.tenant-id"_s), qPrintable(command));
        QVERIFY(!command.contains(u"ttnv2"_s));
        QVERIFY(!command.contains(QString::fromLatin1(ChirpStackEmulator::tenantKey)));

        alt(Qt::Key_N);
        QTRY_COMPARE(m_wizard->currentId(), int(MigrationWizard::ExportPageId));
        const QString path = m_dir.filePath(u"devices.json"_s);
        QVERIFY2(m_driver->saveTo(path), qPrintable(m_driver->lastError()));
        const QHash<QString, QJsonObject> devices = readByDevEui(path);
        QCOMPARE(devices.size(), exported.size());
        // Mapped versions and each profile's region's plan.
        QCOMPARE(devices.value(kKitchen).value(u"lorawan_version"_s).toString(), u"MAC_V1_0_3"_s);
        QVERIFY(devices.value(kKitchen)
                    .value(u"frequency_plan_id"_s)
                    .toString()
                    .startsWith(u"EU_863_870"_s));
        QCOMPARE(
            devices.value(kStreetLight).value(u"lorawan_version"_s).toString(), u"MAC_V1_0_4"_s);
        QCOMPARE(devices.value(kStreetLight).value(u"lorawan_phy_version"_s).toString(),
            u"RP002_V1_0_3"_s);
        QVERIFY(devices.value(kWaterMeter)
                    .value(u"frequency_plan_id"_s)
                    .toString()
                    .startsWith(u"US_902_928"_s));

        // Next steps: the ChirpStack step, no TTN v2 AppKey step, no "v2" anywhere.
        QVERIFY(m_driver->next());
        QCOMPARE(m_wizard->currentId(), int(MigrationWizard::NextStepsPageId));
        for (const auto &item : m_wizard->session()->checklist())
            QVERIFY2(!item.first.contains(u"v2"_s), qPrintable(item.first));
        QVERIFY(!m_driver->find<QWidget>(u"appKeyPanel"_s)->isVisible());
        QVERIFY(m_driver->find<QWidget>(u"chirpstackDisableButton"_s)->isVisible());
        QVERIFY(!m_driver->find<QWidget>(u"chirpstackEnableButton"_s)->isEnabled());
        QStringList problems = KeyboardCheck::mnemonicProblems(m_wizard.get());
        problems += KeyboardCheck::focusChainProblems(m_wizard.get(), m_wizard->currentPage());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QString report = m_wizard->session()->report().toMarkdown();
        for (const QString &line : report.split(u'\n'))
            QVERIFY2(!line.contains(u"v2"_s), qPrintable(line));
        QVERIFY(report.contains(u"ChirpStack"_s));

        QVERIFY(!m_chirpStack->isDisabled(kKitchen));
        QVERIFY(m_chirpStack->isDisabled(kDisabledBefore));
        QVERIFY2(m_driver->disableInChirpStack(), qPrintable(m_driver->lastError()));
        for (const QString &eui : std::as_const(exported))
            QVERIFY2(m_chirpStack->isDisabled(eui), qPrintable(eui));
        QVERIFY(!m_chirpStack->isDisabled(u"70b3d57ed0000006"_s)); // not exported: untouched
        const QString journal = ChirpStackDisabler::journalPath(path);
        QVERIFY(QFile::exists(journal));
        QVERIFY(m_driver->find<QWidget>(u"chirpstackEnableButton"_s)->isEnabled());

        QVERIFY2(m_driver->enableInChirpStack(), qPrintable(m_driver->lastError()));
        QVERIFY(!m_chirpStack->isDisabled(kKitchen));
        QVERIFY(!m_chirpStack->isDisabled(kStreetLight));
        QVERIFY(m_chirpStack->isDisabled(kDisabledBefore)); // disabled before: stays so
    }
};

QTEST_MAIN(TestWizardChirpStackSource)
#include "tst_wizardchirpstacksource.moc"

// --demo as ttn-lw-migrate-wizard starts it (WizardSession): both emulators as child processes,
// the whole migration (export, AppKey change, import, devices joining) with nothing else, and
// the user's own settings file left exactly as it was (issue: a demo once left
// "demo-application" and a dead localhost address in the next normal start).

#include "migrationwizard.h"
#include "pages/connectpage.h"
#include "pages/importpage.h"
#include "settings/keychain.h"
#include "settings/wizardsettings.h"
#include "startup/demosession.h"
#include "startup/wizardsession.h"
#include "startup/wizardstartup.h"
#include "widgets/chirpstackconnectionform.h"
#include "widgets/messagebox.h"
#include "widgets/ttsconnectionform.h"
#include "wizarddriver.h"
#include "wizardtestsupport.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestWizardDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // stands for the user's configuration folder
    QTemporaryDir m_work;

private slots:
    void initTestCase()
    {
        // The real settings location, moved into a temporary folder before anything reads it.
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
        WizardStartup::configure(*QCoreApplication::instance());
    }

    void demoRunsTheWholeMigrationAndLeavesTheSettingsAlone()
    {
        // What a user's earlier, normal runs left behind.
        const QString realFile = QSettings().fileName();
        QVERIFY2(realFile.startsWith(m_home.path()), qPrintable(realFile));
        WizardSettings &real = WizardSettings::instance();
        real.setAppId(u"my-real-app"_s);
        real.setAddress(WizardSettings::AddressKind::Handler, u"https://v2.example.com:8084"_s);
        WizardSettings::TtsTarget target;
        target.preset = u"custom"_s;
        target.identityServer = u"https://tts.example.com"_s;
        target.applicationId = u"my-real-tts-app"_s;
        real.setTtsTarget(target);
        real.setChecklistItem(u"my-real-app"_s, u"appKey"_s, true);
        real.sync();
        const QByteArray before = readFile(realFile);
        QVERIFY(before.contains("my-real-app"));

        {
            WizardSession session;
            WizardLaunch launch;
            launch.demo = true;
            QString error;
            QVERIFY2(session.start(launch, &error), qPrintable(error));
            QVERIFY(session.demo()->isRunning());
            QVERIFY(session.demo()->isTtsRunning());
            QVERIFY(session.demo()->chirpStackEmulatorProcessId() > 0);
            QVERIFY(!Keychain::isEnabled());
            MigrationWizard &wizard = *session.wizard();
            wizard.show();
            // Nothing of the real settings shows in the demo.
            QCOMPARE(wizard.session()->connection().appId, u"demo-application"_s);
            QCOMPARE(pageOf<ImportPage>(wizard)->form()->connection().applicationId,
                u"demo-application"_s);
            // The ChirpStack source's form is on the demo's chirpstack-emulator.
            const ChirpStackSettings chirpStack
                = pageOf<ConnectPage>(wizard)->chirpStackForm()->settings();
            QCOMPARE(chirpStack.application, u"demo-app"_s);
            QVERIFY(chirpStack.connection.apiUrl.startsWith(u"127.0.0.1:"_s));
            QVERIFY(!chirpStack.connection.tenantId.isEmpty());
            QVERIFY(!chirpStack.connection.apiKey.isEmpty());

            WizardDriver driver(wizard, 30000);
            const auto step = [&driver](bool ok) {
                if (!ok)
                    qWarning("%s", qPrintable(driver.lastError()));
                return ok;
            };
            QVERIFY(step(driver.testConnection()));
            QVERIFY(step(driver.next()));
            QVERIFY(step(driver.chooseApplication(false)));
            QVERIFY(step(driver.next()));
            QVERIFY(step(driver.next()));
            QVERIFY(step(driver.waitForPreview()));
            QVERIFY(step(driver.next()));
            QVERIFY(step(driver.saveTo(m_work.filePath(u"devices.json"_s))));
            QVERIFY(step(driver.next()));

            // The AppKey change in the v2 emulator, after the confirmation.
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QVERIFY(step(driver.waitUntil([&driver] {
                return driver.find<QAbstractButton>(u"changeKeysButton"_s)->isEnabled();
            })));
            driver.find<QAbstractButton>(u"changeKeysButton"_s)->click();
            auto *appKeyDone = driver.find<QCheckBox>(u"check_appKey"_s);
            QVERIFY(step(driver.waitUntil([appKeyDone] { return appKeyDone->isChecked(); })));

            // The import into the demo's The Things Stack, and the devices joining it.
            QVERIFY(step(driver.openImportPage()));
            QVERIFY(step(driver.runOnImportPage(u"importButton"_s)));
            QVERIFY(wizard.session()->importResultModel() != nullptr);
            QVERIFY(driver.find<QCheckBox>(u"check_import"_s)->isChecked());
            QVERIFY(step(driver.next()));
            QVERIFY(step(driver.waitForStatus(
                [](const TtsTrackerSnapshot &s) { return s.total() > 0 && s.waiting == 0; })));
            auto *joinDone = driver.find<QCheckBox>(u"check_join"_s);
            QVERIFY(step(driver.waitUntil([joinDone] { return joinDone->isChecked(); })));
        }

        // The session is over: the user's file is byte for byte what it was, and the next
        // normal start reads the user's own choices.
        QCOMPARE(readFile(realFile), before);
        QSettings reread;
        QCOMPARE(reread.value(u"connection/appId"_s).toString(), u"my-real-app"_s);
        QCOMPARE(reread.value(u"tts/applicationId"_s).toString(), u"my-real-tts-app"_s);
        QVERIFY(!readFile(realFile).contains("demo-application"));
        QVERIFY(!readFile(realFile).contains("127.0.0.1"));
    }
};

QTEST_MAIN(TestWizardDemo)
#include "tst_wizarddemo.moc"

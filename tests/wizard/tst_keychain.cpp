// "Remember in the system keychain" against a real Secret Service: run-with-keyring.sh starts
// gnome-keyring-daemon, unlocked, in a D-Bus session of the test's own (or, with
// --no-service, no session bus at all). The keys are really stored, read back on the next
// start, forgotten when unticked, and never written to the settings file; without a service
// the user is told so in one sentence and the wizard works on.

#include "migrationwizard.h"
#include "pages/importpage.h"
#include "settings/keychain.h"
#include "settings/wizardsettings.h"
#include "ttsemulator.h"
#include "ttstestsupport.h"
#include "widgets/inlinemessage.h"
#include "widgets/rememberkeybox.h"
#include "widgets/ttsconnectionform.h"
#include "wizarddriver.h"
#include "wizardtestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kAccessKey = u"ttn-account-v2.RememberedAccessKeyValue-0123456789"_s;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MigrationWizard> m_wizard;
    QObject m_context;

    // Which environment run-with-keyring.sh gave this run; a test meant for the other one
    // fails instead of passing by accident.
    static QByteArray mode() { return qgetenv("TTNMIG_KEYCHAIN_MODE"); }

    Keychain::Result await(const std::function<void(QObject *, Keychain::Callback)> &call)
    {
        std::optional<Keychain::Result> result;
        call(&m_context, [&result](const Keychain::Result &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(Keychain::Result {});
    }

    Keychain::Result readEntry(const QString &account)
    {
        return await([&](QObject *context, Keychain::Callback done) {
            Keychain::read(account, context, std::move(done));
        });
    }

    QString settingsFile() const { return m_dir->filePath(u"settings.ini"_s); }

    void openWizard()
    {
        m_wizard = std::make_unique<MigrationWizard>();
        m_wizard->show();
    }

    void waitIdle(RememberKeyBox *box) { QTRY_VERIFY_WITH_TIMEOUT(!box->isBusy(), 20000); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WizardTestSupport::useThrowawaySettings(*m_dir);
        Keychain::setEnabled(true);
    }

    void cleanup() { m_wizard.reset(); }

    void roundTrip()
    {
        QCOMPARE(mode(), QByteArray("service"));
        const QString account = u"tts/test.example/round-trip"_s;
        const QString secret = u"NNSXS.ROUNDTRIP.SecretStoredInTheKeyring"_s;
        Keychain::Result written = await([&](QObject *context, Keychain::Callback done) {
            Keychain::write(account, secret, context, std::move(done));
        });
        QVERIFY2(written.ok(), qPrintable(Keychain::problemText(written)));
        Keychain::Result read = readEntry(account);
        QVERIFY2(read.ok(), qPrintable(Keychain::problemText(read)));
        QCOMPARE(read.secret, secret);
        Keychain::Result removed = await([&](QObject *context, Keychain::Callback done) {
            Keychain::remove(account, context, std::move(done));
        });
        QVERIFY(removed.ok());
        QCOMPARE(readEntry(account).outcome, Keychain::Outcome::NotFound);
    }

    // The TTS API key: remembered once the pre-flight accepted it, filled in on the next
    // start, never in the settings file; unticking forgets it.
    void importPageRemembersTheApiKey()
    {
        QCOMPARE(mode(), QByteArray("service"));
        TtsEmulator emulator;
        ttstest::setUpEmulator(emulator);
        const QString devices = m_dir->filePath(u"devices.json"_s);
        QFile file(devices);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ttstest::ndjson(ttstest::otaaFleet(2)));
        file.close();

        openWizard();
        m_wizard->startWith(MigrationWizard::ImportPageId, { devices });
        m_wizard->restart();
        TtsConnectionForm *form = pageOf<ImportPage>(*m_wizard)->form();
        QVERIFY(!form->rememberBox()->checkBox()->isChecked()); // off by default
        auto *preset = form->findChild<QComboBox *>(u"ttsPresetCombo"_s);
        preset->setCurrentIndex(preset->findText(u"Custom"_s, Qt::MatchStartsWith));
        form->findChild<QLineEdit *>(u"ttsAddressEdit"_s)->setText(emulator.baseUrl().toString());
        form->findChild<QLineEdit *>(u"ttsAppIdEdit"_s)->setText(ttstest::kApp);
        form->apiKeyEdit()->setText(ttstest::kKey);
        form->rememberBox()->checkBox()->setChecked(true);
        WizardDriver driver(*m_wizard);
        QVERIFY2(driver.runOnImportPage(u"checkButton"_s), qPrintable(driver.lastError()));
        waitIdle(form->rememberBox());
        QCOMPARE(form->rememberBox()->status()->kind(), InlineMessage::Kind::Success);
        const QString account = Keychain::ttsAccount(u"127.0.0.1"_s, ttstest::kApp);
        Keychain::Result stored = readEntry(account);
        QVERIFY2(stored.ok(), qPrintable(Keychain::problemText(stored)));
        QCOMPARE(stored.secret, ttstest::kKey);
        WizardSettings::instance().sync();
        QVERIFY(!readFile(settingsFile()).contains(ttstest::kKey.section(u'.', 2).toUtf8()));

        // The next start: the key comes back from the keychain.
        openWizard();
        m_wizard->startWith(MigrationWizard::ImportPageId, { devices });
        m_wizard->restart();
        form = pageOf<ImportPage>(*m_wizard)->form();
        QVERIFY(form->rememberBox()->checkBox()->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(form->apiKeyEdit()->text(), ttstest::kKey, 20000);
        QVERIFY(form->isComplete());

        // Unticked: gone from the keychain at once.
        form->rememberBox()->checkBox()->setChecked(false);
        waitIdle(form->rememberBox());
        QCOMPARE(readEntry(account).outcome, Keychain::Outcome::NotFound);
        QVERIFY(!WizardSettings::instance().rememberKey(WizardSettings::RememberedKey::TtsApiKey));
    }

    // The v2 access key: remembered when the connect page is left with Next, filled in on the
    // next start.
    void connectPageRemembersTheAccessKey()
    {
        QCOMPARE(mode(), QByteArray("service"));
        openWizard();
        auto *box = m_wizard->findChild<RememberKeyBox *>(u"rememberV2Key"_s);
        QVERIFY(box);
        QVERIFY(!box->checkBox()->isChecked());
        WizardDriver driver(*m_wizard);
        QVERIFY(driver.fillConnection(u"kept-app"_s, kAccessKey));
        box->checkBox()->setChecked(true);
        QVERIFY2(driver.next(), qPrintable(driver.lastError()));
        waitIdle(box);
        Keychain::Result stored = readEntry(Keychain::v2Account(u"kept-app"_s));
        QVERIFY2(stored.ok(), qPrintable(Keychain::problemText(stored)));
        QCOMPARE(stored.secret, kAccessKey);
        WizardSettings::instance().sync();
        QVERIFY(!readFile(settingsFile()).contains(kAccessKey.toUtf8()));

        openWizard();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_wizard->findChild<QLineEdit *>(u"accessKeyEdit"_s)->text(), kAccessKey, 20000);
        box = m_wizard->findChild<RememberKeyBox *>(u"rememberV2Key"_s);
        box->checkBox()->setChecked(false);
        waitIdle(box);
        QCOMPARE(
            readEntry(Keychain::v2Account(u"kept-app"_s)).outcome, Keychain::Outcome::NotFound);
    }

    // No Secret Service: one plain sentence, the key is not remembered anywhere, and the
    // wizard goes on with the key typed in.
    void noServiceIsSaidPlainly()
    {
        QCOMPARE(mode(), QByteArray("none"));
        const Keychain::Result written = await([](QObject *context, Keychain::Callback done) {
            Keychain::write(u"ttnv2/nowhere"_s, kAccessKey, context, std::move(done));
        });
        QCOMPARE(written.outcome, Keychain::Outcome::NoService);
        QVERIFY2(
            Keychain::problemText(written).startsWith(u"No system keychain service is running"_s),
            qPrintable(Keychain::problemText(written)));

        openWizard();
        auto *box = m_wizard->findChild<RememberKeyBox *>(u"rememberV2Key"_s);
        WizardDriver driver(*m_wizard);
        QVERIFY(driver.fillConnection(u"kept-app"_s, kAccessKey));
        box->checkBox()->setChecked(true);
        QVERIFY2(driver.next(), qPrintable(driver.lastError()));
        waitIdle(box);
        QCOMPARE(box->status()->kind(), InlineMessage::Kind::Warning);
        QVERIFY2(box->status()->text().contains(u"No system keychain service is running"_s),
            qPrintable(box->status()->text()));
        QVERIFY(!box->status()->text().contains(kAccessKey));
        WizardSettings::instance().sync();
        QVERIFY(!readFile(settingsFile()).contains(kAccessKey.toUtf8()));
        QCOMPARE(m_wizard->currentId(), int(MigrationWizard::DevicesPageId));
    }
};

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"

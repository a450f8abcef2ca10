// The wizard, driven like a user with a private key (not the published demo one): after a full
// run and after a run interrupted mid-save, no file the wizard leaves behind — its settings,
// anything else under the throwaway home — and no line of its Qt log holds the access key or
// a device key; the export itself is owner-only, and an interrupted save leaves the previous
// file byte-identical with no temporary next to it.
#include "migrationwizard.h"
#include "outputdir.h"
#include "pages/exportpage.h"
#include "secretscan.h"
#include "settings/wizardsettings.h"
#include "stderrcapture.h"
#include "util/redact.h"
#include "v2emulator.h"
#include "widgets/filedialogprovider.h"
#include "wizarddriver.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QDirIterator>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kApp = u"wizard-secret-app"_s;
const QString kKey = u"ttn-account-v2.WizardPrivateKey_0123456789-abcdefghijklmnop"_s;
constexpr int kDevices = 8;
} // namespace

class TstWizardSecrets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fullRunLeavesNoSecretBehind();
    void closingMidSaveKeepsThePreviousFile();
    void keyPastedIntoAnotherFieldIsNotStored_data();
    void keyPastedIntoAnotherFieldIsNotStored();

private:
    bool openAtExportPage(
        std::unique_ptr<MigrationWizard> &wizard, std::unique_ptr<WizardDriver> &driver);
    QStringList leaksInFiles(const QString &except) const;

    QTemporaryDir m_home;
    V2Emulator m_emulator;
    SecretScan m_scan;
};

void TstWizardSecrets::initTestCase()
{
    QVERIFY(m_home.isValid());
    QStandardPaths::setTestModeEnabled(true);
    WizardSettings::useTemporaryFile(m_home.filePath(u"settings.ini"_s));
    QVERIFY(m_emulator.listen());
    m_emulator.addApplication(kApp, kKey);
    m_emulator.generate(kApp, kDevices, 31, 0.5);
    m_emulator.setRateLimit(0);
    m_scan.add(u"the access key"_s, kKey);
    m_scan.add(u"the secret part of the access key"_s, kKey.section(u'.', 1));
    for (int i = 1; i <= kDevices; ++i) {
        const QString id = u"dev-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        const QJsonObject lorawan
            = m_emulator.device(kApp, id).value(u"lorawan_device"_s).toObject();
        m_scan.add(u"AppKey of "_s + id, lorawan.value(u"app_key"_s).toString());
        m_scan.add(u"AppSKey of "_s + id, lorawan.value(u"app_s_key"_s).toString());
        m_scan.add(u"NwkSKey of "_s + id, lorawan.value(u"nwk_s_key"_s).toString());
    }
}

bool TstWizardSecrets::openAtExportPage(
    std::unique_ptr<MigrationWizard> &wizard, std::unique_ptr<WizardDriver> &driver)
{
    wizard = std::make_unique<MigrationWizard>();
    wizard->useDemo(kApp, kKey, m_emulator.handlerUrl()); // fills the fields a user types
    wizard->show();
    driver = std::make_unique<WizardDriver>(*wizard);
    const bool ok = driver->testConnection() && driver->next() && driver->chooseApplication(false)
        && driver->next() && driver->setOptions(true, QString()) && driver->next()
        && driver->waitForPreview() && driver->next();
    if (!ok)
        qWarning("wizard: %s", qPrintable(driver->lastError()));
    return ok && wizard->currentId() == int(MigrationWizard::ExportPageId);
}

QStringList TstWizardSecrets::leaksInFiles(const QString &except) const
{
    QStringList leaks;
    QStringList roots { m_home.path() };
    for (auto location : { QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
             QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation })
        roots << QStandardPaths::writableLocation(location);
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path == except)
                continue;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                leaks += m_scan.leaks(file.readAll(), QDir(root).relativeFilePath(path));
        }
    }
    return leaks;
}

void TstWizardSecrets::fullRunLeavesNoSecretBehind()
{
    const QString exportPath = m_home.filePath(u"devices.json"_s);
    Redact::installMessageHandler();
    QLoggingCategory::setFilterRules(u"ttnmig.*=true"_s);
    StderrCapture capture;
    {
        std::unique_ptr<MigrationWizard> wizard;
        std::unique_ptr<WizardDriver> driver;
        const bool atExport = openAtExportPage(wizard, driver);
        const bool saved = atExport && driver->saveTo(exportPath);
        const bool finished = saved && driver->next();
        const QString error = driver ? driver->lastError() : QString();
        wizard.reset(); // closing the window
        QByteArray log = capture.take();
        QLoggingCategory::setFilterRules(u"ttnmig.*=false"_s);
        qInstallMessageHandler(nullptr);
        QVERIFY2(finished, qPrintable(error));
        const QStringList logLeaks = m_scan.leaks(log, u"Qt log"_s);
        QVERIFY2(logLeaks.isEmpty(), qPrintable(logLeaks.join(u'\n')));
    }
    WizardSettings::instance().sync();
    QVERIFY(QFile::exists(m_home.filePath(u"settings.ini"_s)));

    const QStringList leaks = leaksInFiles(exportPath);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    // The scanner does find the keys where they belong, and that file is owner-only.
    QFile exported(exportPath);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(!m_scan.leaks(exported.readAll(), u"export"_s).isEmpty());
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(exported.permissions() & others, QFileDevice::Permissions());
}

void TstWizardSecrets::closingMidSaveKeepsThePreviousFile()
{
    OutputDir dir;
    {
        std::unique_ptr<MigrationWizard> wizard;
        std::unique_ptr<WizardDriver> driver;
        QVERIFY(openAtExportPage(wizard, driver));
        FileDialogProvider::setNextFileName(dir.target());
        driver->find<QAbstractButton>(u"saveButton"_s)->click();
        QVERIFY2(pageOf<ExportPage>(*wizard)->isSaving(),
            "the save must still be running when the window closes");
        wizard.reset(); // the window closes while the file is being written
    }
    QTest::qWait(100); // anything queued by the saver would run now
    QVERIFY2(dir.untouched().isEmpty(), qPrintable(dir.untouched()));
}

void TstWizardSecrets::keyPastedIntoAnotherFieldIsNotStored_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("application ID") << u"appIdEdit"_s;
    QTest::newRow("CA certificate") << u"caCertEdit"_s;
    QTest::newRow("handler address") << u"addressEdit"_s;
}

void TstWizardSecrets::keyPastedIntoAnotherFieldIsNotStored()
{
    // A person pastes the key into the wrong field as well and presses Next: whatever the
    // wizard remembers of that page must not contain it.
    QFETCH(QString, field);
    auto wizard = std::make_unique<MigrationWizard>();
    wizard->useDemo(kApp, kKey, m_emulator.handlerUrl());
    wizard->show();
    WizardDriver driver(*wizard);
    auto *edit = driver.find<QLineEdit>(field);
    QVERIFY(edit);
    edit->setText(field == u"addressEdit"_s ? u"http://"_s + kKey + u":8084"_s : kKey);
    driver.next(); // refused or accepted: either way nothing secret may be stored
    wizard.reset();
    WizardSettings::instance().sync();
    const QStringList leaks = leaksInFiles(m_home.filePath(u"devices.json"_s));
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

QTEST_MAIN(TstWizardSecrets)
#include "tst_wizardsecrets.moc"

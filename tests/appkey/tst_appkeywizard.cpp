// The wizard's next-steps page: "Change AppKeys in TTN v2 now…" after a saved export, through
// the MessageBox seam (No writes nothing; Yes changes every exported OTAA device, lists each
// result and ticks the checklist item); a new export then refuses to save over devices.json
// (it would carry the generated keys), then "Restore…" puts the originals back and an export
// saves again.
#include "appkey/appkeyplan.h"
#include "appkey/appkeys.h"
#include "migrationwizard.h"
#include "models/outcometablemodel.h"
#include "pages/exportpage.h"
#include "pages/nextstepspage.h"
#include "session/migrationsession.h"
#include "util/translations.h"
#include "v2emulator.h"
#include "widgets/appkeypanel.h"
#include "widgets/checklistitem.h"
#include "widgets/inlinemessage.h"
#include "widgets/messagebox.h"
#include "wizarddriver.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QFile>
#include <QListWidget>
#include <QLocale>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
QString appKeyOf(const QJsonObject &device)
{
    return device.value("lorawan_device"_L1).toObject().value("app_key"_L1).toString();
}
} // namespace

class TestAppKeyWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void changeAndRestoreFromTheNextStepsPage();
    void exportPageThatRefusesOffersTheRestore();

private:
    QTemporaryDir m_dir;
    V2Emulator m_emulator;
};

void TestAppKeyWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(); // English plural forms, as the wizard's main() installs them
    WizardTestSupport::useThrowawaySettings(m_dir);
    m_emulator.loadDemo();
    m_emulator.setRateLimit(0);
    QVERIFY(m_emulator.listen(QHostAddress::LocalHost, 0));
}

void TestAppKeyWizard::changeAndRestoreFromTheNextStepsPage()
{
    const QString app = V2Emulator::demoApplicationId();
    MigrationWizard wizard;
    wizard.useDemo(app, V2Emulator::demoAccessKey(), m_emulator.handlerUrl());
    wizard.show();
    WizardDriver driver(wizard);
    QVERIFY2(driver.next(), qPrintable(driver.lastError()));
    QVERIFY(driver.chooseApplication(false));
    QVERIFY(driver.next());
    QVERIFY(driver.setOptions(false, QString()));
    QVERIFY(driver.next());
    QVERIFY2(driver.waitForPreview(), qPrintable(driver.lastError()));
    QVERIFY(driver.next());
    auto *change = driver.find<QAbstractButton>(u"changeKeysButton"_s);
    QVERIFY(change);
    const QString path = m_dir.filePath(u"devices.json"_s);
    QVERIFY2(driver.saveTo(path), qPrintable(driver.lastError()));
    QVERIFY(driver.next());
    QCOMPARE(wizard.currentId(), int(MigrationWizard::NextStepsPageId));

    wizard.setAppKeyJournalDirectory(m_dir.filePath(u"journals"_s));
    const AppKeyPlan plan = AppKeyPlan::load(path);
    QVERIFY(plan.devices().size() >= 5);
    QHash<QString, QString> originals;
    for (const AppKeyPlanEntry &entry : plan.devices())
        originals.insert(entry.v2DeviceId, appKeyOf(m_emulator.device(app, entry.v2DeviceId)));
    ChecklistItem *item = pageOf<NextStepsPage>(wizard)->items().constFirst();
    QCOMPARE(item->key(), u"appKey"_s);
    QVERIFY(!item->isDone());
    QVERIFY(change->isEnabled());
    auto *results = driver.find<QListWidget>(u"appKeyResults"_s);
    auto *status = driver.find<InlineMessage>(u"appKeyStatus"_s);

    // "No": nothing is written.
    m_emulator.clearRequests();
    MessageBox::setNextAnswer(QMessageBox::No);
    change->click();
    QTRY_VERIFY2(MessageBox::lastText().contains(
                     u"Change the AppKey of %1 devices in TTN v2?"_s.arg(plan.devices().size())),
        qPrintable(status->text() + u" | "_s + MessageBox::lastText()));
    QTRY_VERIFY(change->isEnabled());
    QCOMPARE(m_emulator.requestCount(), 0);
    QVERIFY(!item->isDone());

    // "Yes": every exported OTAA device gets a new key, one result line each, the item ticks.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    change->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->kind() == InlineMessage::Kind::Success, 20000);
    QCOMPARE(results->count(), int(plan.devices().size()));
    QCOMPARE(m_emulator.writeCount(), int(plan.devices().size()));
    QVERIFY(item->isDone());
    for (auto it = originals.cbegin(); it != originals.cend(); ++it)
        QVERIFY(!AppKeys::same(appKeyOf(m_emulator.device(app, it.key())), it.value()));
    for (int row = 0; row < results->count(); ++row) {
        static const QRegularExpression hexKey(u"[0-9A-Fa-f]{32}"_s);
        QVERIFY(!results->item(row)->text().contains(hexKey));
    }

    // A new export now carries the generated keys: the wizard refuses to save it, and the
    // devices.json with the originals stays as it was.
    const auto exportAgain = [this, app](const QString &target, QString *error) {
        MigrationWizard again;
        again.setAppKeyJournalDirectory(m_dir.filePath(u"journals"_s));
        again.useDemo(app, V2Emulator::demoAccessKey(), m_emulator.handlerUrl());
        again.show();
        WizardDriver second(again);
        const bool walked = second.next() && second.chooseApplication(false) && second.next()
            && second.setOptions(false, QString()) && second.next() && second.waitForPreview()
            && second.next();
        if (!walked) {
            *error = u"walk: "_s + second.lastError();
            return false;
        }
        const bool saved = second.saveTo(target);
        *error = second.lastError();
        return saved;
    };
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray originalBytes = original.readAll();
    original.close();
    QString error;
    QVERIFY(!exportAgain(path, &error));
    QVERIFY2(
        error.contains(u"Not saved: %1 device"_s.arg(plan.devices().size())), qPrintable(error));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), originalBytes);
    original.close();

    // "Restore…" with Yes: the originals are back, the item is unticked again.
    m_emulator.clearRequests();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    driver.find<QAbstractButton>(u"restoreKeysButton"_s)->click();
    QTRY_VERIFY(MessageBox::lastText().contains(u"Restore the original AppKey of"_s));
    QTRY_VERIFY_WITH_TIMEOUT(status->kind() == InlineMessage::Kind::Success
            && status->text().contains(u"original AppKey"_s),
        20000);
    QCOMPARE(m_emulator.writeCount(), int(plan.devices().size()));
    for (auto it = originals.cbegin(); it != originals.cend(); ++it)
        QCOMPARE(appKeyOf(m_emulator.device(app, it.key())), it.value());
    QVERIFY(!item->isDone());

    // With the originals back in v2, an export saves again (and holds the original keys).
    const QString afterRestore = m_dir.filePath(u"devices-after-restore.json"_s);
    QVERIFY2(exportAgain(afterRestore, &error), qPrintable(error));
    QCOMPARE(AppKeyPlan::load(afterRestore).devices().size(), plan.devices().size());
}

// After a change, the export page refuses to save the generated keys and offers Restore… right
// there (Next is disabled, the last page out of reach); the preview marks the devices concerned.
void TestAppKeyWizard::exportPageThatRefusesOffersTheRestore()
{
    const QString app = V2Emulator::demoApplicationId();
    const QString journals = m_dir.filePath(u"journals-export-page"_s);
    const QString path = m_dir.filePath(u"originals.json"_s);
    {
        MigrationWizard wizard;
        wizard.setAppKeyJournalDirectory(journals);
        wizard.useDemo(app, V2Emulator::demoAccessKey(), m_emulator.handlerUrl());
        wizard.show();
        WizardDriver driver(wizard);
        QVERIFY(driver.next() && driver.chooseApplication(false) && driver.next()
            && driver.setOptions(false, QString()) && driver.next() && driver.waitForPreview()
            && driver.next());
        QVERIFY2(driver.saveTo(path), qPrintable(driver.lastError()));
        QVERIFY(driver.next());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        driver.find<QAbstractButton>(u"changeKeysButton"_s)->click();
        auto *status = driver.find<InlineMessage>(u"appKeyStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->kind() == InlineMessage::Kind::Success, 20000);
    }
    const AppKeyPlan plan = AppKeyPlan::load(path);
    const int changed = int(plan.devices().size());
    QVERIFY(changed >= 5);

    MigrationWizard again;
    again.setAppKeyJournalDirectory(journals);
    again.useDemo(app, V2Emulator::demoAccessKey(), m_emulator.handlerUrl());
    again.show();
    WizardDriver driver(again);
    QVERIFY(driver.next() && driver.chooseApplication(false) && driver.next()
        && driver.setOptions(false, QString()) && driver.next() && driver.waitForPreview());
    // The preview marks the devices concerned, and says what to do.
    OutcomeTableModel *model = again.session()->outcomeModel();
    QCOMPARE(model->generatedKeyCount(), changed);
    int marked = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        marked += model->notes(row).contains(u"generated by the AppKey change"_s) ? 1 : 0;
    QCOMPARE(marked, changed);
    QVERIFY2(driver.find<InlineMessage>(u"errorBanner"_s)
                 ->text()
                 .contains(u"restore the original keys on the Export page"_s),
        qPrintable(driver.find<InlineMessage>(u"errorBanner"_s)->text()));
    QVERIFY(driver.next());

    ExportPage *page = pageOf<ExportPage>(again);
    QVERIFY(!page->restorePanel()); // made when it is needed
    QVERIFY(!driver.saveTo(m_dir.filePath(u"refused.json"_s)));
    QVERIFY(!again.button(QWizard::NextButton)->isEnabled());
    auto *result = driver.find<InlineMessage>(u"saveResult"_s);
    QVERIFY2(result->text().contains(u"Restore… below"_s), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QDir::toNativeSeparators(path)), qPrintable(result->text()));
    QVERIFY(page->restorePanel()->isVisible());
    auto *restore = page->restorePanel()->findChild<QAbstractButton *>(u"restoreKeysButton"_s);
    QVERIFY(restore && restore->isVisible() && restore->isEnabled());
    QVERIFY(
        !page->restorePanel()->findChild<QAbstractButton *>(u"changeKeysButton"_s)->isVisible());

    m_emulator.clearRequests();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    restore->click();
    QTRY_VERIFY(MessageBox::lastText().contains(
        u"Restore the original AppKey of %1 devices"_s.arg(changed)));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"The original AppKeys are back"_s), 20000);
    QCOMPARE(m_emulator.writeCount(), changed);
    for (const AppKeyPlanEntry &entry : plan.devices())
        QVERIFY(AppKeys::same(appKeyOf(m_emulator.device(app, entry.v2DeviceId)), entry.appKey));
}

QTEST_MAIN(TestAppKeyWizard)
#include "tst_appkeywizard.moc"

// Issue #10's repairs in the wizard, end to end against an in-process V2Emulator: a new v3 ID
// typed in the preview (checked live, refused when reserved or taken, a repair and a collision
// visible at once in both rows and the counts), attributes
// The Things Stack refuses dropped from the options page, an export saved in numbered parts
// (named on the next steps, in the report and on the import page). Every saved file is checked
// the way the Console reads it: pure ASCII, one device per line. And the plan picker, which
// never lets the user choose a plan The Things Stack refuses for v2 devices.

#include "convert/frequencyplancatalog.h"
#include "migrationwizard.h"
#include "models/frequencyplanmodel.h"
#include "models/outcometablemodel.h"
#include "pages/exportpage.h"
#include "pages/importpage.h"
#include "pages/nextstepspage.h"
#include "pages/previewpage.h"
#include "v2emulator.h"
#include "widgets/devicejsonview.h"
#include "widgets/frequencyplanpicker.h"
#include "widgets/inlinemessage.h"
#include "widgets/messagebox.h"
#include "widgets/outcomebrowser.h"
#include "wizarddriver.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace WizardTestSupport;

namespace {
const QString kAppId = u"repair-app"_s;
const QString kAccessKey = u"ttn-account-v2.repair-test-key"_s;

QJsonObject otaaDevice(const QString &devId, const QString &devEui)
{
    return QJsonObject {
        { u"app_id"_s, kAppId },
        { u"dev_id"_s, devId },
        { u"lorawan_device"_s,
            QJsonObject { { u"app_id"_s, kAppId }, { u"dev_id"_s, devId },
                { u"app_eui"_s, u"70B3D57ED0000001"_s }, { u"dev_eui"_s, devEui },
                { u"app_key"_s, u"00112233445566778899AABBCCDDEEFF"_s } } },
    };
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isPureAscii(const QByteArray &bytes)
{
    return std::all_of(
        bytes.cbegin(), bytes.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

int rowOf(const OutcomeTableModel *model, const QString &v2DeviceId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->outcome(row).v2DeviceId == v2DeviceId)
            return row;
    }
    return -1;
}
} // namespace

class TestWizardRepair : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    V2Emulator m_emulator;
    std::unique_ptr<MigrationWizard> m_wizard;
    std::unique_ptr<WizardDriver> m_driver;

    // A fresh wizard through the options page to a complete preview of the whole application.
    void previewApplication(bool dropAttributes)
    {
        m_wizard = std::make_unique<MigrationWizard>();
        m_wizard->useDemo(kAppId, kAccessKey, m_emulator.handlerUrl());
        m_wizard->show();
        m_driver = std::make_unique<WizardDriver>(*m_wizard);
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        QVERIFY(m_driver->chooseApplication(false));
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        QCOMPARE(m_wizard->currentId(), int(MigrationWizard::OptionsPageId));
        auto *drop = m_driver->find<QCheckBox>(u"dropAttributesCheck"_s);
        QVERIFY(drop);
        QVERIFY(!drop->isChecked()); // off unless the user asks
        drop->setChecked(dropAttributes);
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
    }

    const DeviceOutcome &outcomeOf(const QString &v2DeviceId) const
    {
        const OutcomeTableModel *model = m_wizard->session()->outcomeModel();
        const int row = rowOf(model, v2DeviceId);
        if (row < 0)
            qFatal("no preview row for %s", qPrintable(v2DeviceId));
        return model->outcome(row);
    }

    // Opens the v3 ID editor of a device's row with F2, as a user would.
    QLineEdit *openIdEditor(const QString &v2DeviceId)
    {
        if (!m_driver->selectPreviewRow(v2DeviceId))
            return nullptr;
        auto *table = m_driver->find<QTableView>(u"outcomeTable"_s);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
        return table->findChild<QLineEdit *>(u"deviceIdEditor"_s);
    }

    // Types `id` into an open editor and presses Enter; true when the editor closed (the ID
    // was taken), false when it stayed open (refused).
    bool typeIdAndEnter(QLineEdit *editor, const QString &id)
    {
        editor->selectAll();
        if (id.isEmpty())
            QTest::keyClick(editor, Qt::Key_Delete);
        else
            QTest::keyClicks(editor, id);
        QTest::keyClick(editor, Qt::Key_Return);
        auto *browser = m_driver->find<OutcomeBrowser>(u"outcomeBrowser"_s);
        // Enter queues the commit of an accepted ID (a refused one queues nothing): the posted
        // events decide, no timing involved.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        return !browser->isEditingDeviceId();
    }

    QString renameNote() const { return m_driver->find<InlineMessage>(u"renameNote"_s)->text(); }
    OutcomeTableModel::Counts counts() const
    {
        return m_wizard->session()->outcomeModel()->counts();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useThrowawaySettings(m_dir);
        m_emulator.addApplication(kAppId, kAccessKey);
        QVERIFY(m_emulator.addDevice(kAppId, otaaDevice(u"sensor-a"_s, u"0004A30B000000A1"_s)));
        QVERIFY(m_emulator.addDevice(kAppId, otaaDevice(u"sensor-b"_s, u"0004A30B000000B2"_s)));
        // "test" is on The Things Stack's list of reserved IDs.
        QVERIFY(m_emulator.addDevice(kAppId, otaaDevice(u"test"_s, u"0004A30B000000C3"_s)));
        QJsonObject many = otaaDevice(u"many-attributes"_s, u"0004A30B000000D4"_s);
        QJsonObject attributes;
        for (int i = 1; i <= 11; ++i)
            attributes.insert(u"attr-%1"_s.arg(i, 2, 10, QLatin1Char('0')), u"value %1"_s.arg(i));
        many.insert(u"attributes"_s, attributes);
        QVERIFY(m_emulator.addDevice(kAppId, many));
        QVERIFY(m_emulator.listen(QHostAddress::LocalHost, 0));
    }

    void cleanup()
    {
        m_driver.reset();
        m_wizard.reset();
    }

    void renameRepairsAReservedId()
    {
        previewApplication(false);
        QVERIFY(m_wizard->session()->outcomeModel()->canRename());
        QCOMPARE(outcomeOf(u"test"_s).rule, TtsRule::DeviceIdReserved);
        const QString notes = OutcomeTableModel::notesText(outcomeOf(u"test"_s));
        QVERIFY2(notes.contains(u"double-click its v3 ID"_s), qPrintable(notes));
        const OutcomeTableModel::Counts before = counts();
        QVERIFY(before.refused >= 1);
        QVERIFY2(m_driver->find<QLabel>(u"countsLabel"_s)->text().contains(u"refused"_s),
            qPrintable(m_driver->find<QLabel>(u"countsLabel"_s)->text()));

        QLineEdit *editor = openIdEditor(u"test"_s);
        QVERIFY(editor);
        QCOMPARE(editor->text(), u"test"_s);
        // Reserved: said at once, and Enter does not take it.
        QVERIFY(!typeIdAndEnter(editor, u"test"_s));
        QVERIFY2(renameNote().contains(u"reserves"_s), qPrintable(renameNote()));
        QCOMPARE(outcomeOf(u"test"_s).status, OutcomeStatus::Failed);
        // Taken by another device of this export: refused too.
        QVERIFY(!typeIdAndEnter(editor, u"sensor-a"_s));
        QVERIFY2(renameNote().contains(u"sensor-a"_s), qPrintable(renameNote()));
        // Not a valid ID.
        QVERIFY(!typeIdAndEnter(editor, u"Test_Device"_s));
        QCOMPARE(outcomeOf(u"test"_s).status, OutcomeStatus::Failed);

        QVERIFY(typeIdAndEnter(editor, u"test-device"_s));
        const DeviceOutcome &repaired = outcomeOf(u"test"_s);
        QCOMPARE(repaired.status, OutcomeStatus::Exported);
        QCOMPARE(repaired.v3DeviceId, u"test-device"_s);
        const QJsonObject json = QJsonDocument::fromJson(repaired.json).object();
        QCOMPARE(json.value(u"name"_s).toString(), u"test"_s); // the v2 ID stays
        QCOMPARE(json.value(u"attributes"_s).toObject().value(u"old-id"_s).toString(), u"test"_s);
        QCOMPARE(counts().exported, before.exported + 1);
        QCOMPARE(counts().failed, before.failed - 1);
        QCOMPARE(counts().refused, before.refused - 1);
        QVERIFY2(renameNote().contains(u"ready for import"_s), qPrintable(renameNote()));
        // The table, the JSON pane and Next see it.
        auto *table = m_driver->find<QTableView>(u"outcomeTable"_s);
        bool shown = false;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            shown = shown
                || table->model()->index(row, OutcomeTableModel::V3IdColumn).data()
                    == u"test-device"_s;
        QVERIFY(shown);
        QVERIFY(m_driver->find<DeviceJsonView>(u"deviceJson"_s)
                    ->shownText()
                    .contains(u"\"test-device\""_s));

        // Copy as command never gives a command that makes another file without saying so.
        m_driver->find<QAbstractButton>(u"copyCommandButton"_s)->click();
        const QString command = QGuiApplication::clipboard()->text();
        QVERIFY2(command.contains(u"--dev-id-map dev-id-map.csv"_s), qPrintable(command));
        QVERIFY2(!command.contains(u"--split"_s), qPrintable(command)); // small: one file
        const QString copied = m_driver->find<QLabel>(u"copiedLabel"_s)->text();
        QVERIFY2(copied.contains(u"test,test-device"_s), qPrintable(copied));

        // Saved as repaired.
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        const QString path = m_dir.filePath(u"renamed.json"_s);
        QVERIFY2(m_driver->saveTo(path), qPrintable(m_driver->lastError()));
        QVERIFY(readFile(path).contains("\"device_id\":\"test-device\""));

        // Back to the options and forward again: a fresh preview, and it says so.
        QVERIFY(m_driver->back());
        QVERIFY(m_driver->back());
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        QCOMPARE(outcomeOf(u"test"_s).status, OutcomeStatus::Failed);
        QVERIFY2(renameNote().contains(u"starts fresh"_s), qPrintable(renameNote()));
    }

    // Renaming a device in a table sorted by v3 ID moves its row; the row, still current,
    // is scrolled to so the user sees the device they just renamed (issue 20 item 9).
    void renamedRowStaysInView()
    {
        previewApplication(false);
        auto *table = m_driver->find<QTableView>(u"outcomeTable"_s);
        table->sortByColumn(OutcomeTableModel::V3IdColumn, Qt::DescendingOrder);
        // Room for about one row: wherever the row goes, it has to be scrolled to.
        table->setFixedHeight(table->horizontalHeader()->height() + table->rowHeight(0) + 4);
        QLineEdit *editor = openIdEditor(u"test"_s);
        QVERIFY(editor);
        QVERIFY(typeIdAndEnter(editor, u"aaa-test-device"_s));
        QCoreApplication::processEvents();
        const QModelIndex current = table->currentIndex();
        QCOMPARE(current.siblingAtColumn(OutcomeTableModel::V3IdColumn).data().toString(),
            u"aaa-test-device"_s);
        QCOMPARE(current.row(), table->model()->rowCount() - 1); // sorted to the end
        QVERIFY(table->viewport()->rect().intersects(table->visualRect(current)));
    }

    void collisionCreatedByARename()
    {
        previewApplication(false);
        const OutcomeTableModel *model = m_wizard->session()->outcomeModel();
        // The earlier of the two in the export keeps a shared ID; the later one fails.
        const bool aFirst = rowOf(model, u"sensor-a"_s) < rowOf(model, u"sensor-b"_s);
        const QString first = aFirst ? u"sensor-a"_s : u"sensor-b"_s;
        const QString later = aFirst ? u"sensor-b"_s : u"sensor-a"_s;
        const OutcomeTableModel::Counts before = counts();

        // The first one moves away from its ID, the later one takes that ID...
        QLineEdit *editor = openIdEditor(first);
        QVERIFY(editor);
        QVERIFY(typeIdAndEnter(editor, u"moved-away"_s));
        editor = openIdEditor(later);
        QVERIFY(editor);
        QVERIFY(typeIdAndEnter(editor, first));
        QCOMPARE(outcomeOf(later).v3DeviceId, first);
        QCOMPARE(counts().exported, before.exported);

        // ...and the first one goes back to the ID made from its v2 ID: a collision.
        editor = openIdEditor(first);
        QVERIFY(editor);
        QVERIFY(typeIdAndEnter(editor, QString()));
        QCOMPARE(outcomeOf(first).status, OutcomeStatus::Exported);
        QCOMPARE(outcomeOf(first).v3DeviceId, first);
        const DeviceOutcome &collided = outcomeOf(later);
        QCOMPARE(collided.status, OutcomeStatus::Failed);
        QCOMPARE(collided.rule, TtsRule::DuplicateDeviceId);
        QVERIFY2(collided.reason.contains(first), qPrintable(collided.reason));
        QVERIFY(collided.json.isEmpty());
        QCOMPARE(counts().exported, before.exported - 1);
        QCOMPARE(counts().failed, before.failed + 1);
        QCOMPARE(counts().refused, before.refused + 1);
        const QString countsText = m_driver->find<QLabel>(u"countsLabel"_s)->text();
        QVERIFY2(countsText.contains(u"%1 ready for import"_s.arg(before.exported - 1)),
            qPrintable(countsText));
        QVERIFY2(renameNote().contains(later + u" now fails"_s), qPrintable(renameNote()));
        // The export page counts what the preview now shows.
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        QVERIFY2(m_driver->find<QLabel>(u"exportIntro"_s)
                     ->text()
                     .startsWith(u"%1 device"_s.arg(before.exported - 1)),
            qPrintable(m_driver->find<QLabel>(u"exportIntro"_s)->text()));
    }

    void planPickerMarksRefusedPlans()
    {
        // RU_864_870 has no regional parameters at PHY 1.0.2 rev B in The Things Stack.
        QString refusedPlan;
        for (const FrequencyPlan &plan : FrequencyPlanCatalog::all()) {
            if (plan.bandId == u"RU_864_870"_s)
                refusedPlan = plan.id;
        }
        QVERIFY(!refusedPlan.isEmpty());
        FrequencyPlanModel model;
        const QModelIndex refused = model.indexOfPlan(refusedPlan);
        QVERIFY(refused.isValid());
        QVERIFY(!(refused.flags() & Qt::ItemIsSelectable));
        QVERIFY(!(refused.flags() & Qt::ItemIsEnabled));
        QVERIFY2(refused.data(Qt::ToolTipRole).toString().contains(u"RU_864_870"_s),
            qPrintable(refused.data(Qt::ToolTipRole).toString()));
        QVERIFY(refused.data().toString().contains(u"not for v2 devices"_s));
        QVERIFY(refused.parent().data().toString().contains(u"not for v2 devices"_s));
        const QModelIndex eu = model.indexOfPlan(u"EU_863_870_TTN"_s);
        QVERIFY(eu.flags() & Qt::ItemIsSelectable);
        QVERIFY(eu.data(FrequencyPlanModel::RefusalRole).toString().isEmpty());
        QVERIFY(!eu.parent().data().toString().contains(u"not for v2 devices"_s));

        FrequencyPlanPicker picker;
        picker.setCurrentPlanId(u"EU_863_870_TTN"_s);
        QCOMPARE(picker.currentPlanId(), u"EU_863_870_TTN"_s);
        picker.setCurrentPlanId(refusedPlan); // e.g. remembered from an older version
        QCOMPARE(picker.currentPlanId(), QString());
        QVERIFY(
            picker.findChild<QLabel *>(u"selectedPlanLabel"_s)->text().contains(u"RU_864_870"_s));
    }

    void elevenAttributesFailWithoutTheOption()
    {
        previewApplication(false);
        const DeviceOutcome &many = outcomeOf(u"many-attributes"_s);
        QCOMPARE(many.status, OutcomeStatus::Failed);
        QCOMPARE(many.rule, TtsRule::AttributeCount);
        // The notes say what the user can do about it in the wizard.
        const QString notes = OutcomeTableModel::notesText(many);
        QVERIFY2(notes.contains(u"Drop attributes The Things Stack refuses"_s), qPrintable(notes));
    }

    void elevenAttributesExportedAfterDroppingThem()
    {
        previewApplication(true);
        QVERIFY(m_wizard->session()->options().dropInvalidAttributes);
        m_driver->find<QAbstractButton>(u"copyCommandButton"_s)->click();
        QVERIFY2(QGuiApplication::clipboard()->text().contains(u"--drop-invalid-attributes"_s),
            qPrintable(QGuiApplication::clipboard()->text()));
        const DeviceOutcome &many = outcomeOf(u"many-attributes"_s);
        QCOMPARE(many.status, OutcomeStatus::Exported);
        QCOMPARE(many.droppedAttributes, QStringList { u"attr-11"_s });
        const QString notes = OutcomeTableModel::notesText(many);
        QVERIFY2(notes.contains(u"attr-11"_s), qPrintable(notes));
        QVERIFY2(!notes.contains(u"value 11"_s), qPrintable(notes)); // keys, never values

        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        const QString path = m_dir.filePath(u"dropped.json"_s);
        QVERIFY2(m_driver->saveTo(path), qPrintable(m_driver->lastError()));
        const QByteArray saved = readFile(path);
        QVERIFY(isPureAscii(saved));
        bool found = false;
        for (const QByteArray &line : saved.split('\n')) {
            const QJsonObject device = QJsonDocument::fromJson(line).object();
            if (device.value(u"name"_s).toString() != u"many-attributes"_s)
                continue;
            found = true;
            const QJsonObject written = device.value(u"attributes"_s).toObject();
            QCOMPARE(written.size(), 10); // attr-01…attr-10, no room left for old-id
            QVERIFY(!written.contains(u"attr-11"_s));
        }
        QVERIFY(found);
    }

    void overLimitExportIsSplitByDefault()
    {
        previewApplication(true);
        // Devices as large as 17 MiB of export, without fetching 25,000 of them: the page
        // decides from the sizes of the lines it would write.
        QList<DeviceOutcome> large;
        for (int i = 0; i < 17; ++i) {
            DeviceOutcome outcome;
            outcome.v2DeviceId = outcome.v3DeviceId = u"large-%1"_s.arg(i);
            outcome.status = OutcomeStatus::Exported;
            outcome.json = QByteArray(1024 * 1024 - 1, 'x');
            large << outcome;
        }
        m_wizard->session()->outcomeModel()->append(large);
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        auto *split = m_driver->find<QCheckBox>(u"splitCheck"_s);
        auto *note = m_driver->find<InlineMessage>(u"sizeNote"_s);
        QVERIFY(split->isChecked()); // said before saving, and split by default
        QVERIFY(pageOf<ExportPage>(*m_wizard)->splitsIntoParts());
        QVERIFY2(note->text().contains(u"16 MiB"_s), qPrintable(note->text()));
        QCOMPARE(note->kind(), InlineMessage::Kind::Info);
        split->setChecked(false); // the user's choice: then a warning, not a refusal
        QCOMPARE(note->kind(), InlineMessage::Kind::Warning);
        QVERIFY2(note->text().contains(u"Split it into parts"_s), qPrintable(note->text()));
    }

    void splitExportSavedInParts()
    {
        previewApplication(true);
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        ExportPage *page = pageOf<ExportPage>(*m_wizard);
        auto *split = m_driver->find<QCheckBox>(u"splitCheck"_s);
        QVERIFY(split);
        QVERIFY(!split->isChecked()); // a small export fits the Console in one file
        QVERIFY(m_driver->find<InlineMessage>(u"sizeNote"_s)->text().isEmpty());

        // The single file, for comparison.
        const QString single = m_dir.filePath(u"single.json"_s);
        QVERIFY2(m_driver->saveTo(single), qPrintable(m_driver->lastError()));
        QCOMPARE(m_wizard->session()->savedExport().paths, QStringList { single });
        const QByteArray whole = readFile(single);
        const int exported = m_wizard->session()->outcomeModel()->counts().exported;
        QCOMPARE(int(whole.count('\n')), exported);
        QVERIFY(exported >= 3);

        // Parts that hold about two devices each (the real default is 10 MiB).
        qint64 longest = 0;
        for (const QByteArray &line : whole.split('\n'))
            longest = std::max<qint64>(longest, line.size() + 1);
        page->setPartBytes(longest * 2);
        split->setChecked(true);
        QDir folder(m_dir.filePath(u"parts"_s));
        QVERIFY(folder.mkpath(u"."_s));
        // An earlier export in the same folder, with more (smaller) parts than this one.
        for (int number = 1; number <= exported + 1; ++number) {
            QFile old(folder.filePath(u"devices-%1.json"_s.arg(number, 3, 10, QLatin1Char('0'))));
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("{}\n");
        }
        const QString chosen = folder.filePath(u"devices.json"_s);
        QVERIFY2(m_driver->saveTo(chosen), qPrintable(m_driver->lastError()));
        const QStringList parts = m_wizard->session()->savedExport().paths;
        QVERIFY2(parts.size() >= 2, qPrintable(parts.join(u", "_s)));
        QCOMPARE(m_wizard->session()->savedExport().path, chosen);
        QVERIFY(!QFile::exists(chosen)); // only numbered parts
        QCOMPARE(
            m_wizard->session()->savedExport().readBack, exported); // read back over every part
        QByteArray joined;
        for (int i = 0; i < parts.size(); ++i) {
            QCOMPARE(parts.at(i),
                folder.filePath(u"devices-%1.json"_s.arg(i + 1, 3, 10, QLatin1Char('0'))));
            const QByteArray bytes = readFile(parts.at(i));
            QVERIFY(!bytes.isEmpty());
            QVERIFY(isPureAscii(bytes));
            QVERIFY(bytes.size() <= page->partBytes());
            QCOMPARE(QFile::permissions(parts.at(i)) & ~(QFile::ReadUser | QFile::WriteUser),
                QFile::ReadOwner | QFile::WriteOwner);
            joined += bytes;
        }
        QCOMPARE(joined, whole); // the union is the single-file export, in order
        const QString stale
            = folder.filePath(u"devices-%1.json"_s.arg(parts.size() + 1, 3, 10, QLatin1Char('0')));
        QVERIFY(QFile::exists(stale));
        const QString result = m_driver->find<InlineMessage>(u"saveResult"_s)->text();
        QVERIFY2(result.contains(QFileInfo(stale).fileName()), qPrintable(result));
        QVERIFY2(result.contains(u"devices-001.json"_s), qPrintable(result));

        // Next steps: the command and the report name every part.
        QVERIFY2(m_driver->next(), qPrintable(m_driver->lastError()));
        QCOMPARE(m_wizard->currentId(), int(MigrationWizard::NextStepsPageId));
        const QString command = pageOf<NextStepsPage>(*m_wizard)->importCommand();
        for (const QString &part : parts)
            QVERIFY2(command.contains(part), qPrintable(command));
        QVERIFY2(!command.contains(QFileInfo(stale).fileName()), qPrintable(command));
        const QString reportPath = m_dir.filePath(u"report.md"_s);
        QString error;
        QVERIFY2(m_wizard->session()->report().save(reportPath, &error), qPrintable(error));
        const QString report = QString::fromUtf8(readFile(reportPath));
        for (const QString &part : parts)
            QVERIFY2(report.contains(part), qPrintable(report));
        QVERIFY2(report.contains(u"Ready for import into The Things Stack: %1"_s.arg(exported)),
            qPrintable(report));
        QVERIFY2(report.contains(u"| test |"_s), qPrintable(report)); // the refused device
        QVERIFY(!report.contains(u"00112233445566778899AABBCCDDEEFF"_s)); // never a key

        // The AppKey change reads every part: each exported OTAA device gets a new key in v2.
        m_wizard->setAppKeyJournalDirectory(m_dir.filePath(u"journals"_s));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        auto *change = m_driver->find<QAbstractButton>(u"changeKeysButton"_s);
        QVERIFY(change && change->isEnabled());
        change->click();
        auto *keys = m_driver->find<InlineMessage>(u"appKeyStatus"_s);
        QVERIFY(m_driver->waitUntil([keys] {
            return keys->kind() == InlineMessage::Kind::Success
                || keys->kind() == InlineMessage::Kind::Error;
        }));
        QVERIFY2(keys->kind() == InlineMessage::Kind::Success, qPrintable(keys->text()));
        for (const QString &id : { u"sensor-a"_s, u"sensor-b"_s, u"many-attributes"_s }) {
            const QString key = m_emulator.device(kAppId, id)
                                    .value(u"lorawan_device"_s)
                                    .toObject()
                                    .value(u"app_key"_s)
                                    .toString();
            QVERIFY2(key.compare(u"00112233445566778899AABBCCDDEEFF"_s, Qt::CaseInsensitive) != 0,
                qPrintable(id));
        }

        // The import page is handed every part.
        QVERIFY2(m_driver->openImportPage(), qPrintable(m_driver->lastError()));
        QCOMPARE(pageOf<ImportPage>(*m_wizard)->filePaths(), parts);
    }
};

QTEST_MAIN(TestWizardRepair)
#include "tst_wizardrepair.moc"

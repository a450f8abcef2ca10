// What a new user tripped over, beyond the keyboard (tst_wizardkeyboard): safety state that
// belongs to the export it describes, a long with-session preview (a warning first, done/total,
// rows as they are read, Stop that keeps what was read), reasons that can be read, a plan
// search that never picks a plan, Copy as command for a device list, dialogs that open in a
// folder that exists, a rate-limited connection test that says so and can be canceled, and
// numbers in the locale's grouping. Against an in-process V2Emulator on loopback.

#include "migrationwizard.h"
#include "models/outcometablemodel.h"
#include "pages/devicespage.h"
#include "pages/exportpage.h"
#include "pages/nextstepspage.h"
#include "pages/previewpage.h"
#include "settings/wizardsettings.h"
#include "startup/windowfit.h"
#include "util/translations.h"
#include "v2emulator.h"
#include "widgets/appkeypanel.h"
#include "widgets/devicejsonview.h"
#include "widgets/filedialogprovider.h"
#include "widgets/inlinemessage.h"
#include "widgets/messagebox.h"
#include "widgets/outcomebrowser.h"
#include "widgets/outcomecounts.h"
#include "wizarddriver.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kLongApp = u"long-app"_s;
const QString kLongKey = u"ttn-account-v2.long-app-key-for-the-wizard-test"_s;
} // namespace

class TestWizardUx : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    V2Emulator m_emulator;
    std::unique_ptr<MigrationWizard> m_wizard;
    std::unique_ptr<WizardDriver> m_driver;

    void openWizard(const QString &appId = V2Emulator::demoApplicationId(),
        const QString &key = V2Emulator::demoAccessKey())
    {
        m_wizard = std::make_unique<MigrationWizard>();
        m_wizard->useDemo(appId, key, m_emulator.handlerUrl());
        m_wizard->show();
        m_driver = std::make_unique<WizardDriver>(*m_wizard, 30000);
    }

    // Walks the demo application without sessions to the preview.
    void previewDemoApplication()
    {
        openWizard();
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->chooseApplication(false));
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->next());
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
    }

    // From the preview to the next steps page, through a save to `name`.
    void saveAndGoOn(const QString &name)
    {
        QVERIFY(m_driver->next());
        QVERIFY2(m_driver->saveTo(m_dir.filePath(name)), qPrintable(m_driver->lastError()));
        QVERIFY(m_driver->next());
        QCOMPARE(m_wizard->currentId(), int(MigrationWizard::NextStepsPageId));
    }

    // The width of every visible button of the window, by object name, once the layouts have
    // settled (they do through posted events).
    QHash<QString, int> buttonWidths() const
    {
        QTest::qWait(50);
        QHash<QString, int> widths;
        for (const QPushButton *button : m_wizard->findChildren<QPushButton *>()) {
            if (button->isVisible() && !button->objectName().isEmpty())
                widths.insert(button->objectName(), button->width());
        }
        return widths;
    }

    // Buttons that were there before an action keep their width after it (a row of buttons
    // that jumps under the mouse is where the next click goes wrong).
    void checkWidthsKept(const QHash<QString, int> &before, const QString &action)
    {
        const QHash<QString, int> after = buttonWidths();
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (after.contains(it.key()))
                QVERIFY2(after.value(it.key()) == it.value(),
                    qPrintable(u"%1: %2 went from %3 to %4 px"_s.arg(action, it.key())
                                   .arg(it.value())
                                   .arg(after.value(it.key()))));
        }
    }

    int previewRow(const QString &v2DeviceId) const
    {
        const QList<DeviceOutcome> &outcomes = m_wizard->session()->outcomes();
        for (int row = 0; row < outcomes.size(); ++row) {
            if (outcomes.at(row).v2DeviceId == v2DeviceId)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Translations::install(); // English plural forms, as the wizard's main() installs them
        WizardTestSupport::useThrowawaySettings(m_dir);
        m_emulator.loadDemo();
        m_emulator.setRateLimit(0);
        // Every device has a session: with sessions, each one is read with its own request.
        m_emulator.addApplication(kLongApp, kLongKey);
        m_emulator.generate(kLongApp, 60, 5, 1.0);
        QVERIFY(m_emulator.listen(QHostAddress::LocalHost, 0));
    }

    void cleanup()
    {
        m_driver.reset();
        m_wizard.reset();
        m_emulator.clearFaults();
        m_emulator.setLatency(0);
        m_emulator.setRateLimit(0);
    }

    // "AppKeys changed" describes one export: a fresh export of the same application starts
    // unticked. The gateways step is the application's and stays ticked.
    void appKeyTickBelongsToTheExport()
    {
        previewDemoApplication();
        saveAndGoOn(u"first.json"_s);
        const QString firstExport = m_wizard->session()->savedExport().fingerprint;
        QCOMPARE(firstExport.size(), 32);
        auto *appKey = m_driver->find<QCheckBox>(u"check_appKey"_s);
        auto *gateways = m_driver->find<QCheckBox>(u"check_gateways"_s);
        QVERIFY(!appKey->isChecked());
        appKey->click();
        gateways->click();
        QVERIFY(WizardSettings::instance().exportChecklistItem(firstExport, u"appKey"_s));

        previewDemoApplication(); // a new wizard, a fresh export
        saveAndGoOn(u"second.json"_s);
        const QString secondExport = m_wizard->session()->savedExport().fingerprint;
        QVERIFY(secondExport != firstExport);
        QVERIFY2(!m_driver->find<QCheckBox>(u"check_appKey"_s)->isChecked(),
            "a fresh export shows the AppKey step as done");
        QVERIFY(m_driver->find<QCheckBox>(u"check_gateways"_s)->isChecked());
        QVERIFY(WizardSettings::instance().exportChecklistItem(firstExport, u"appKey"_s));
        QVERIFY(!WizardSettings::instance().exportChecklistItem(secondExport, u"appKey"_s));
    }

    // 60 devices with sessions at the handler's 5 requests/s: announced before the first read
    // (here from 2 s on; three minutes in the product), then done/total, rows as they are read,
    // and Stop keeps them. The pacing makes the run last 12 s at least, whatever the machine.
    void longWithSessionPreviewWarnsAndStops()
    {
        m_emulator.setRateLimit(5);
        openWizard(kLongApp, kLongKey);
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->chooseApplication(false));
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->setOptions(true, QString()));
        PreviewPage *page = pageOf<PreviewPage>(*m_wizard);
        page->setLongRunWarning(2000);
        m_emulator.clearRequests();
        QVERIFY(m_driver->next());

        auto *warning = m_driver->find<InlineMessage>(u"longRunWarning"_s);
        QVERIFY(m_driver->waitUntil([page] { return page->isAwaitingConfirmation(); }));
        QVERIFY2(warning->text().contains(u"60 requests"_s) && warning->text().contains(u"12 s"_s),
            qPrintable(warning->text()));
        QCOMPARE(m_emulator.requestCount(), 1); // the list; no device is read before "Start"
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

        warning->findChild<QAbstractButton *>(u"messageAction"_s)->click();
        QVERIFY(warning->isHidden());
        QVERIFY(m_driver->waitUntil([page] { return page->readDone() >= 3; }));
        auto *stop = m_driver->find<QPushButton>(u"stopPreviewButton"_s);
        QVERIFY(stop->isVisible());
        const QString progress = m_driver->find<QLabel>(u"previewProgressText"_s)->text();
        QVERIFY2(progress.contains(u"of 60 read"_s), qPrintable(progress));
        // Rows appear as the devices are read, long before the last one.
        const OutcomeTableModel *rows = m_wizard->session()->outcomeModel();
        QVERIFY(m_driver->waitUntil([rows] { return rows->rowCount() > 0; }));
        QVERIFY(rows->rowCount() < 60);

        stop->click();
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        const ExportSummary &summary = page->summary();
        QVERIFY(summary.stopped);
        QVERIFY(summary.notRead > 0 && summary.notRead < 60);
        const OutcomeTableModel::Counts counts = m_wizard->session()->outcomeModel()->counts();
        QCOMPARE(counts.total(), 60); // every device is listed…
        QCOMPARE(counts.exported, 60 - summary.notRead); // …the ones read are exported
        QVERIFY(m_driver->find<InlineMessage>(u"errorBanner"_s)
                    ->text()
                    .contains(u"Stopped after reading %1 of 60 device"_s.arg(counts.exported)));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        const int readRow = previewRow(u"dev-000001"_s);
        QVERIFY(m_wizard->session()->outcomes().at(readRow).sessionExported);

        // What was read can be saved.
        QVERIFY(m_driver->next());
        QVERIFY2(
            m_driver->saveTo(m_dir.filePath(u"stopped.json"_s)), qPrintable(m_driver->lastError()));
        QCOMPARE(m_wizard->session()->savedExport().readBack, counts.exported);
    }

    // Below the warning threshold the preview just runs (and a short list is never announced).
    void shortWithSessionPreviewIsNotAnnounced()
    {
        openWizard();
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->chooseDeviceList({ u"abp-meter-1"_s, u"otaa-joined"_s }));
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->setOptions(true, QString()));
        QVERIFY(m_driver->next());
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        QVERIFY(m_driver->find<InlineMessage>(u"longRunWarning"_s)->isHidden());
        QCOMPARE(m_wizard->session()->outcomeModel()->counts().exported, 2);
    }

    // At the narrowest the window goes (a 2x laptop screen, WindowFit), no column title is
    // cut: the table scrolls sideways instead (issue 20 item 9).
    void columnTitlesFitInANarrowWindow()
    {
        previewDemoApplication();
        // A 1600-pixel-wide screen at 2x is 800 logical pixels; WindowFit leaves a margin.
        const int narrowest
            = WindowFit::fittedSize(m_wizard->size(), QSize(), QSize(800, 550)).width();
        m_wizard->resize(narrowest, m_wizard->height());
        QTRY_COMPARE(m_wizard->width(), narrowest);
        QCoreApplication::processEvents(); // the table's resize re-fits its columns
        auto *table = m_driver->find<QTableView>(u"outcomeTable"_s);
        QHeaderView *header = table->horizontalHeader();
        const int padding = header->fontMetrics().averageCharWidth();
        for (int column = 0; column < OutcomeTableModel::NotesColumn; ++column) {
            const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(title) + padding;
            QVERIFY2(header->sectionSize(column) >= needed,
                qPrintable(u"%1: %2 wide, the title needs %3"_s.arg(title)
                               .arg(header->sectionSize(column))
                               .arg(needed)));
        }
    }

    // The reason is the point of a skipped or failed row: never cut away entirely, in full in
    // a tooltip, wrapped in the pane below; a filter says how many rows match.
    void notesAreReadable()
    {
        previewDemoApplication();
        auto *table = m_driver->find<QTableView>(u"outcomeTable"_s);
        const int row = previewRow(u"abp-meter-1"_s);
        QVERIFY(row >= 0);
        const QString reason = m_wizard->session()->outcomes().at(row).reason;
        const auto checkNotesColumn = [table](const QString &when) {
            QHeaderView *header = table->horizontalHeader();
            const int left = header->sectionViewportPosition(OutcomeTableModel::NotesColumn);
            const int width = header->sectionSize(OutcomeTableModel::NotesColumn);
            const int minimum = table->fontMetrics().averageCharWidth() * 30;
            QVERIFY2(left + minimum <= table->viewport()->width() && width >= minimum,
                qPrintable(
                    u"%1: notes at %2, %3 wide, viewport %4"_s.arg(when).arg(left).arg(width).arg(
                        table->viewport()->width())));
        };
        checkNotesColumn(u"default size"_s);

        // The full reason in the tooltip (rich text, so it wraps), full IDs in theirs.
        const QModelIndex notes
            = table->model()->index(row, OutcomeTableModel::NotesColumn); // unsorted: same row
        QVERIFY(notes.data(Qt::ToolTipRole).toString().contains(reason.toHtmlEscaped()));
        QVERIFY(notes.data(Qt::ToolTipRole).toString().startsWith(u"<p>"_s));
        QCOMPARE(table->model()->index(row, OutcomeTableModel::V2IdColumn).data(Qt::ToolTipRole),
            QVariant(u"<p>abp-meter-1</p>"_s));

        // The pane below wraps the reason instead of one long line.
        QVERIFY(m_driver->selectPreviewRow(u"abp-meter-1"_s));
        auto *view = m_driver->find<DeviceJsonView>(u"deviceJson"_s);
        QVERIFY(view->notesText().contains(reason));
        QVERIFY(m_driver->find<QLabel>(u"deviceNotes"_s)->wordWrap());
        QVERIFY(view->shownText().isEmpty()); // no JSON for a device that is not exported

        // Filtered: "N of M shown".
        auto *shown = m_driver->find<QLabel>(u"shownCountLabel"_s);
        QVERIFY(shown->isHidden());
        auto *status = m_driver->find<QComboBox>(u"statusFilterCombo"_s);
        status->setCurrentIndex(status->findText(u"Skipped"_s));
        const int skipped = m_wizard->session()->outcomeModel()->counts().skipped;
        QCOMPARE(shown->text(),
            u"%1 of %2 shown"_s.arg(skipped).arg(m_wizard->session()->outcomes().size()));
        QVERIFY(!shown->isHidden());

        // A larger font: the notes still get their room.
        QFont large = m_wizard->font();
        large.setPointSizeF(large.pointSizeF() * 1.4);
        m_wizard->setFont(large);
        m_wizard->resize(m_wizard->sizeHint().expandedTo(m_wizard->size()));
        QVERIFY(m_driver->waitUntil([table, large] {
            return table->fontMetrics().height() >= QFontMetrics(large).height();
        }));
        QTest::qWait(50); // the resize reaches the table through the event loop
        checkNotesColumn(u"larger font"_s);
    }

    // A device that was never read has no activation ("Unusable" said something false).
    void unreadDeviceHasNoActivation()
    {
        openWizard();
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->chooseOneDevice(u"no-such-device"_s));
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->next());
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        auto *table = m_driver->find<QTableView>(u"outcomeTable"_s);
        QCOMPARE(table->model()->index(0, OutcomeTableModel::ActivationColumn).data().toString(),
            QString());
        QCOMPARE(table->model()->index(0, OutcomeTableModel::StatusColumn).data().toString(),
            u"Failed"_s);
    }

    // Typing in the plan search narrows the list; it never chooses a plan by itself.
    void frequencyPlanSearchNeverPicksAPlan()
    {
        openWizard();
        auto *filter = m_driver->find<QLineEdit>(u"planFilterEdit"_s);
        auto *view = m_driver->find<QTreeView>(u"planView"_s);
        const QString chosen = m_wizard->session()->options().frequencyPlanId;
        QCOMPARE(chosen, u"EU_863_870_TTN"_s);
        for (const QString &typed : { u"868"_s, u"US"_s, u"AS_923_2"_s, u"nothing-matches"_s }) {
            filter->clear();
            QTest::keyClicks(filter, typed);
            QCOMPARE(m_wizard->session()->options().frequencyPlanId, chosen);
            // No other plan looks chosen either.
            const QString highlighted = view->currentIndex().siblingAtColumn(1).data().toString();
            QVERIFY2(highlighted.isEmpty() || highlighted == chosen, qPrintable(highlighted));
        }
        filter->clear();
        QCOMPARE(m_wizard->session()->options().frequencyPlanId, chosen);
        QVERIFY(m_driver->find<QLabel>(u"selectedPlanLabel"_s)->text().contains(chosen));
        // Choosing still works: search, then pick a row.
        QTest::keyClicks(filter, u"US_902_928_FSB_2"_s);
        QModelIndex plan;
        for (QModelIndex band = view->model()->index(0, 0); band.isValid() && !plan.isValid();
             band = band.siblingAtRow(band.row() + 1)) {
            for (int r = 0; r < view->model()->rowCount(band); ++r) {
                const QModelIndex candidate = view->model()->index(r, 1, band);
                if (candidate.data().toString() == u"US_902_928_FSB_2"_s)
                    plan = candidate.siblingAtColumn(0);
            }
        }
        QVERIFY(plan.isValid());
        view->setCurrentIndex(plan);
        QCOMPARE(m_wizard->session()->options().frequencyPlanId, u"US_902_928_FSB_2"_s);
    }

    // Copy as command for a list: the IDs themselves when pasted, the file when loaded; never
    // a device_ids.txt the user did not make.
    void copyAsCommandForADeviceList()
    {
        openWizard();
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->chooseDeviceList({ u"otaa-plain"_s, u"abp-meter-1"_s }));
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->next());
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        m_driver->find<QAbstractButton>(u"copyCommandButton"_s)->click();
        QString command = QGuiApplication::clipboard()->text();
        QVERIFY2(command.contains(u"\"otaa-plain\" \"abp-meter-1\""_s), qPrintable(command));
        QVERIFY(!command.contains(u"device_ids.txt"_s));

        const QString file = m_dir.filePath(u"my ids.txt"_s);
        {
            QFile ids(file);
            QVERIFY(ids.open(QIODevice::WriteOnly));
            ids.write("# two of them\notaa-plain\nabp-meter-1\n");
        }
        QVERIFY(m_driver->back());
        QVERIFY(m_driver->back());
        FileDialogProvider::setNextFileName(file);
        m_driver->find<QAbstractButton>(u"loadListButton"_s)->click();
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->next());
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        m_driver->find<QAbstractButton>(u"copyCommandButton"_s)->click();
        command = QGuiApplication::clipboard()->text();
        QVERIFY2(command.contains(u"< '%1'"_s.arg(file)), qPrintable(command));
    }

    // Duplicate and invalid lines are reported one per line, not run together.
    void listWarningsOnSeparateLines()
    {
        openWizard();
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->chooseDeviceList({ u"otaa-plain"_s, u"otaa-plain"_s, u"Not Valid"_s }));
        const QString text = m_driver->find<InlineMessage>(u"listSummary"_s)->text();
        QCOMPARE(text.count(u'\n'), 2);
    }

    // A dialog opens where the user last was while that folder exists, else in the documents
    // folder or home: never in the working folder.
    void dialogsOpenInAFolderThatExists()
    {
        const QString gone = m_dir.filePath(u"gone"_s);
        QVERIFY(QDir().mkpath(gone));
        WizardSettings::instance().setLastFolder(gone);
        QVERIFY(QDir(gone).removeRecursively());
        previewDemoApplication();
        QVERIFY(m_driver->next());
        FileDialogProvider::setNextFileName(QString()); // the user cancels
        m_driver->find<QAbstractButton>(u"saveButton"_s)->click();
        const QFileInfo start(FileDialogProvider::lastStartPath());
        QVERIFY2(start.isAbsolute() && start.dir().exists(), qPrintable(start.filePath()));
        QVERIFY(!start.filePath().startsWith(gone));
        QVERIFY(start.dir() != QDir::current() || QDir::current() == QDir::home());

        const QString here = m_dir.filePath(u"here"_s);
        QVERIFY(QDir().mkpath(here));
        WizardSettings::instance().setLastFolder(here);
        FileDialogProvider::setNextFileName(QString());
        m_driver->find<QAbstractButton>(u"saveButton"_s)->click();
        QCOMPARE(QFileInfo(FileDialogProvider::lastStartPath()).absolutePath(), here);
    }

    // A handler that answers 429 holds the test for a while: the page says so and Cancel ends it.
    void rateLimitedConnectionTestSaysSoAndCancels()
    {
        m_emulator.failNext(5, 429, 30);
        openWizard();
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->back());
        auto *status = m_driver->find<InlineMessage>(u"connectionStatus"_s);
        m_driver->find<QAbstractButton>(u"testConnectionButton"_s)->click();
        QVERIFY(m_driver->waitUntil([status] { return status->text().contains(u"429"_s); }));
        QCOMPARE(status->kind(), InlineMessage::Kind::Busy);
        QVERIFY2(status->text().contains(u"trying again in 30 s"_s), qPrintable(status->text()));
        auto *cancel = status->findChild<QAbstractButton *>(u"messageAction"_s);
        QVERIFY(cancel->isVisible());
        cancel->click();
        QCOMPARE(status->kind(), InlineMessage::Kind::Info);
        QVERIFY(status->text().contains(u"canceled"_s));
        QVERIFY(m_driver->find<QAbstractButton>(u"testConnectionButton"_s)->isEnabled());
        QVERIFY(cancel->isHidden());
    }

    void buttonsKeepTheirWidth()
    {
        openWizard();
        QHash<QString, int> before = buttonWidths();
        QVERIFY(m_driver->testConnection());
        checkWidthsKept(before, u"test connection"_s);
        QVERIFY(m_driver->next());
        pageOf<DevicesPage>(*m_wizard)->setChoice(DevicesPage::Choice::DeviceList);
        before = buttonWidths();
        QVERIFY(m_driver->chooseDeviceList({ u"otaa-plain"_s, u"otaa-plain"_s }));
        checkWidthsKept(before, u"paste a list"_s);
        pageOf<DevicesPage>(*m_wizard)->setChoice(DevicesPage::Choice::Application);
        before = buttonWidths();
        QVERIFY(m_driver->chooseApplication(true));
        checkWidthsKept(before, u"list devices"_s);
        QVERIFY(m_driver->next());
        QVERIFY(m_driver->next());
        QVERIFY2(m_driver->waitForPreview(), qPrintable(m_driver->lastError()));
        before = buttonWidths();
        m_driver->find<QAbstractButton>(u"copyCommandButton"_s)->click();
        checkWidthsKept(before, u"copy as command"_s);
        QVERIFY(m_driver->next());
        before = buttonWidths();
        QVERIFY(m_driver->saveTo(m_dir.filePath(u"widths.json"_s)));
        checkWidthsKept(before, u"save"_s);
        QVERIFY(m_driver->next());
        before = buttonWidths();
        m_wizard->setAppKeyJournalDirectory(m_dir.filePath(u"journals"_s));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        m_driver->find<QAbstractButton>(u"changeKeysButton"_s)->click();
        auto *keys = m_driver->find<InlineMessage>(u"appKeyStatus"_s);
        AppKeyPanel *panel = pageOf<NextStepsPage>(*m_wizard)->appKeyPanel();
        QVERIFY(m_driver->waitUntil([keys, panel] {
            return !panel->isRunning() && keys->kind() == InlineMessage::Kind::Success;
        }));
        checkWidthsKept(before, u"change AppKeys"_s);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        m_driver->find<QAbstractButton>(u"restoreKeysButton"_s)->click();
        QVERIFY(m_driver->waitUntil(
            [keys, panel] { return !panel->isRunning() && keys->text().contains(u"original"_s); }));
        checkWidthsKept(before, u"restore AppKeys"_s);
    }

    void numbersUseTheLocaleGrouping()
    {
        OutcomeTableModel::Counts counts;
        counts.exported = 10000;
        counts.skipped = 2345;
        // (The plural form of "device" comes from the translation files.)
        const QString sentence = OutcomeCounts::sentence(counts, false);
        QVERIFY2(sentence.startsWith(u"12,345 device"_s)
                && sentence.contains(u"10,000 ready for import, 2,345 skipped, 0 failed."_s),
            qPrintable(sentence));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(OutcomeCounts::sentence(counts, true).contains(u"12.345"_s));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestWizardUx)
#include "tst_wizardux.moc"

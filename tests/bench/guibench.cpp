// `ttnmig-bench gui --handler URL --app ID --expect N`: the real MigrationWizard, headless
// (QT_QPA_PLATFORM=offscreen), walked like a user by WizardDriver: whole application, no
// sessions, preview, then scroll/filter/sort the preview table, then "Save devices.json". A
// 10 ms timer in the GUI thread measures the event loop's worst lateness in each phase.
// Figures: preview_after_data_ms (the list response received -> every row in the model and the
// table painted), max_stall_ms (preview export + fill), scroll/filter/sort_max_stall_ms,
// save_max_stall_ms and save_ms (the export page writing devices.json).
#include "benchoutput.h"
#include "job/exportjob.h"
#include "migrationwizard.h"
#include "models/outcometablemodel.h"
#include "pages/exportpage.h"
#include "pages/previewpage.h"
#include "settings/wizardsettings.h"
#include "stallmeter.h"
#include "widgets/filedialogprovider.h"
#include "wizarddriver.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Notes when a widget paints, so "appears" means painted, not just inserted.
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(QElapsedTimer &clock, QObject *parent)
        : QObject(parent)
        , m_clock(clock)
    {
    }
    qint64 lastPaintMs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            lastPaintMs = m_clock.elapsed();
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer &m_clock;
};

struct Step
{
    const char *kind; // the stall is reported per kind
    std::function<void()> action;
    int gapMs = 40; // until the next step; longer where the wizard acts after a pause
};

// Runs one step per `gapMs` and keeps, per kind, the event loop's worst lateness from the step
// until just before the next one, i.e. the step itself plus the repaint it caused.
void runSteps(const QList<Step> &steps, StallMeter &meter, QHash<QString, qint64> &worstByKind,
    const std::function<void()> &done, QObject *context)
{
    auto index = std::make_shared<int>(0);
    auto next = std::make_shared<std::function<void()>>();
    *next = [=, &meter, &worstByKind]() {
        if (*index > 0) {
            meter.stop();
            const QString kind = QString::fromLatin1(steps.at(*index - 1).kind);
            worstByKind[kind] = std::max(worstByKind.value(kind), meter.maxStallMs());
        }
        if (*index >= steps.size()) {
            done();
            return;
        }
        meter.start();
        const Step &step = steps.at((*index)++);
        step.action();
        QTimer::singleShot(step.gapMs, context, *next);
    };
    QTimer::singleShot(40, context, *next);
}

// Calls `then` once `done()` holds, polling from the event loop (never blocking it).
void when(const std::function<bool()> &done, const std::function<void()> &then, QObject *context)
{
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [=]() {
        if (done())
            then();
        else
            QTimer::singleShot(5, context, *poll);
    };
    QTimer::singleShot(0, context, *poll);
}

} // namespace

int runGuiBench(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { u"handler"_s, u"v2 handler base URL"_s, u"url"_s },
        { u"app"_s, u"v2 application ID"_s, u"id"_s },
        { u"expect"_s, u"devices in the application"_s, u"n"_s, u"0"_s },
        { u"preview-only"_s, u"stop after the preview (for profiling one phase)"_s } });
    parser.process(app.arguments().mid(1));
    const int expected = parser.value(u"expect"_s).toInt();
    const bool previewOnly = parser.isSet(u"preview-only"_s);

    QTemporaryDir dir; // settings and the saved file; nothing touches the user's configuration
    QStandardPaths::setTestModeEnabled(true);
    WizardSettings::useTemporaryFile(dir.filePath(u"settings.ini"_s));

    MigrationWizard wizard;
    wizard.useDemo(parser.value(u"app"_s), QString::fromUtf8(qgetenv("TTNV2_APP_ACCESS_KEY")),
        QUrl(parser.value(u"handler"_s)));
    wizard.resize(1100, 750);
    wizard.show();
    WizardDriver driver(wizard, 300000);

    QElapsedTimer clock;
    clock.start();
    StallMeter meter(10);
    qint64 dataArrivedMs = -1;
    qint64 firstBatchMs = -1;
    qint64 lastBatchMs = -1;
    int status = 0;
    QHash<QString, qint64> worstByKind;
    auto fail = [&](const QString &why) {
        std::fprintf(stderr, "gui: %s\n", qPrintable(why));
        app.exit(1);
    };

    // Phase 3: the export page writes devices.json.
    auto save = [&]() {
        if (!driver.next())
            return fail(driver.lastError());
        ExportPage *page = pageOf<ExportPage>(wizard);
        FileDialogProvider::setNextFileName(dir.filePath(u"devices.json"_s));
        auto *button = driver.find<QAbstractButton>(u"saveButton"_s);
        if (!button)
            return fail(u"no save button"_s);
        const qint64 saveStart = clock.elapsed();
        meter.start();
        button->click();
        when([page] { return !page->isSaving(); },
            [&, page, saveStart]() {
                meter.stop();
                printFigure("save_ms", clock.elapsed() - saveStart);
                printFigure("save_max_stall_ms", meter.maxStallMs());
                printFigure("saved_devices", wizard.session()->savedExport().readBack);
                if (wizard.session()->savedExport().path.isEmpty())
                    status = 1;
                app.exit(status);
            },
            &wizard);
    };

    // Phase 2: what a user does with the full table.
    auto browse = [&]() {
        auto *table = driver.find<QTableView>(u"outcomeTable"_s);
        auto *text = driver.find<QLineEdit>(u"textFilterEdit"_s);
        auto *combo = driver.find<QComboBox>(u"statusFilterCombo"_s);
        if (!table || !text || !combo)
            return fail(u"preview widgets not found"_s);
        QScrollBar *bar = table->verticalScrollBar();
        QList<Step> steps = {
            { "scroll", [table]() { table->scrollToBottom(); } },
            { "scroll", [bar]() { bar->setValue(bar->maximum() / 2); } },
            { "scroll", [bar]() { bar->triggerAction(QAbstractSlider::SliderPageStepAdd); } },
            { "scroll", [table]() { table->scrollToTop(); } },
            { "filter", [combo]() { combo->setCurrentIndex(2); } }, // skipped only
            { "filter", [combo]() { combo->setCurrentIndex(0); } }, // all
        };
        // Typed key by key, 40 ms apart. The wizard filters once typing pauses (150 ms), so
        // the last key and the clearing wait 400 ms: the filter pass falls inside "filter".
        const QString typed = u"dev-00042"_s;
        for (qsizetype i = 1; i <= typed.size(); ++i)
            steps.append({ "filter", [text, typed, i]() { text->setText(typed.left(i)); },
                i == typed.size() ? 400 : 40 });
        steps.append({ "filter",
            [text, table]() {
                // Proves the typed filter was applied before the phase ended.
                printFigure("text_filter_rows", table->model()->rowCount());
                text->clear();
            },
            400 });
        steps.append({ "sort", [table]() {
                          table->sortByColumn(OutcomeTableModel::V3IdColumn, Qt::DescendingOrder);
                      } });
        steps.append({ "scroll", [table]() { table->scrollToBottom(); } });
        runSteps(
            steps, meter, worstByKind,
            [&]() {
                printFigure("scroll_max_stall_ms", worstByKind.value(u"scroll"_s));
                printFigure("filter_max_stall_ms", worstByKind.value(u"filter"_s));
                printFigure("sort_max_stall_ms", worstByKind.value(u"sort"_s));
                save();
            },
            &wizard);
    };

    // Phase 1: connect -> whole application -> no sessions -> preview (export + table fill).
    QTimer::singleShot(0, &wizard, [&]() {
        meter.start();
        if (!driver.next() || !driver.chooseApplication(false) || !driver.next()
            || !driver.setOptions(false, QString()) || !driver.next())
            return fail(driver.lastError());
        PreviewPage *page = pageOf<PreviewPage>(wizard);
        auto *job = page->findChild<ExportJob *>();
        auto *table = driver.find<QTableView>(u"outcomeTable"_s);
        if (!job || !table)
            return fail(u"the preview page did not start an export job"_s);
        auto *probe = new PaintProbe(clock, table);
        table->viewport()->installEventFilter(probe);
        QObject::connect(job, &ExportJob::requestLogged, &wizard, [&](const QString &) {
            if (dataArrivedMs < 0)
                dataArrivedMs = clock.elapsed(); // the list response is complete
        });
        QObject::connect(
            job, &ExportJob::outcomesReady, &wizard, [&](const QList<DeviceOutcome> &) {
                if (firstBatchMs < 0)
                    firstBatchMs = clock.elapsed();
                lastBatchMs = clock.elapsed();
            });
        QObject::connect(page, &PreviewPage::previewFinished, &wizard, [&, page, probe]() {
            const qint64 finishedMs = clock.elapsed();
            // Let the table paint its full content, then close the phase.
            QTimer::singleShot(100, &wizard, [&, page, probe, finishedMs]() {
                meter.stop();
                const int rows = wizard.session()->outcomeModel()->rowCount();
                printFigure("export_ms", finishedMs);
                printFigure("preview_rows", rows);
                printFigure("data_arrived_ms", dataArrivedMs);
                printFigure("first_batch_ms", firstBatchMs);
                printFigure("last_batch_ms", lastBatchMs);
                printFigure("preview_after_data_ms",
                    std::max(finishedMs, probe->lastPaintMs) - dataArrivedMs);
                printFigure("max_stall_ms", meter.maxStallMs());
                printFigure("max_stall_ended_at_ms", meter.maxStallEndedAtMs());
                printFigure("stalls_over_50ms", meter.stallsOver50Ms());
                if (!page->hasResult() || (expected > 0 && rows != expected)) {
                    std::fprintf(stderr, "gui: the preview shows %d rows, expected %d: %s\n", rows,
                        expected, qPrintable(page->summary().fatal.message));
                    status = 1;
                }
                if (previewOnly)
                    app.exit(status);
                else
                    browse();
            });
        });
    });
    return app.exec();
}

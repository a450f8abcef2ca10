#include "pages/previewpage.h"

#include "job/commandlinebuilder.h"
#include "job/exportjob.h"
#include "migrationwizard.h"
#include "models/outcomefilterproxy.h"
#include "models/outcometablemodel.h"
#include "widgets/devicejsonview.h"
#include "widgets/inlinemessage.h"
#include "widgets/uiicons.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// How often queued outcomes enter the table while the export runs, and how many at most at
// once (100,000 rows then take ~5 insertions; each one is a few tens of ms of GUI work).
constexpr int kFillIntervalMs = 250;
constexpr int kFillCatchUpMs = 20; // between chunks when more are waiting
constexpr qsizetype kMaxRowsPerFill = 10000;
constexpr int kTextFilterDelayMs = 150;

} // namespace

PreviewPage::PreviewPage(QWidget *parent)
    : WizardPage(parent)
    , m_model(new OutcomeTableModel(this))
    , m_proxy(new OutcomeFilterProxy(this))
    , m_counts(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stage(new QLabel(this))
    , m_banner(new InlineMessage(this))
    , m_statusFilter(new QComboBox(this))
    , m_textFilter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_json(new DeviceJsonView(this))
    , m_copyCommand(new QPushButton(UiIcons::copy(), tr("Copy as &command"), this))
    , m_copied(new QLabel(this))
    , m_fillTimer(new QTimer(this))
    , m_textFilterTimer(new QTimer(this))
{
    setTitle(tr("Preview (dry run)"));
    setSubTitle(tr("What the export will contain. Nothing is written, neither to a file nor "
                   "to TTN v2."));

    m_counts->setObjectName(u"countsLabel"_s);
    m_counts->setWordWrap(true);
    QFont countsFont = m_counts->font();
    countsFont.setBold(true);
    m_counts->setFont(countsFont);
    m_progress->setObjectName(u"previewProgress"_s);
    m_stage->setObjectName(u"previewStage"_s);
    m_banner->setObjectName(u"errorBanner"_s);
    m_banner->setBanner(true);
    m_banner->setActionText(tr("&Retry"));

    m_statusFilter->setObjectName(u"statusFilterCombo"_s);
    m_statusFilter->setAccessibleName(tr("Show devices with status"));
    m_statusFilter->addItem(tr("All devices"), -1);
    m_statusFilter->addItem(
        UiIcons::status(OutcomeStatus::Exported), tr("Exported"), int(OutcomeStatus::Exported));
    m_statusFilter->addItem(
        UiIcons::status(OutcomeStatus::Skipped), tr("Skipped"), int(OutcomeStatus::Skipped));
    m_statusFilter->addItem(
        UiIcons::status(OutcomeStatus::Failed), tr("Failed"), int(OutcomeStatus::Failed));
    m_textFilter->setObjectName(u"textFilterEdit"_s);
    m_textFilter->setAccessibleName(tr("Filter devices"));
    m_textFilter->setPlaceholderText(tr("Filter by ID, EUI or note"));
    m_textFilter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(u"outcomeTable"_s);
    m_table->setAccessibleName(tr("Preview of every device"));
    m_table->setModel(m_proxy);
    // A table, not a tree: every row has the same height, so 100,000 rows need no per-row
    // layout when rows arrive, are filtered or sorted (QTreeView lays out all of them).
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setTabKeyNavigation(false);
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    // As compact as a tree view's rows: the taller of a line of text and a status icon.
    rows->setMinimumSectionSize(1);
    rows->setDefaultSectionSize(std::max(m_table->fontMetrics().height(),
                                    m_table->style()->pixelMetric(QStyle::PM_SmallIconSize))
        + 2);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // request order until the user sorts
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Widths from the content they hold, so EUIs and statuses are never cut at any scale.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    const int iconSpace = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + padding;
    const int euiWidth = metrics.horizontalAdvance(u"0004A30B00200002"_s) + padding;
    header->resizeSection(OutcomeTableModel::StatusColumn,
        iconSpace + metrics.horizontalAdvance(tr("Exported")) + padding);
    header->resizeSection(OutcomeTableModel::V2IdColumn, metrics.averageCharWidth() * 20);
    header->resizeSection(OutcomeTableModel::V3IdColumn, metrics.averageCharWidth() * 20);
    header->resizeSection(OutcomeTableModel::DevEuiColumn, euiWidth);
    header->resizeSection(OutcomeTableModel::JoinEuiColumn, euiWidth);
    header->resizeSection(OutcomeTableModel::ActivationColumn,
        metrics.horizontalAdvance(tr("OTAA with session")) + padding);

    m_json->setObjectName(u"deviceJson"_s);
    m_copyCommand->setObjectName(u"copyCommandButton"_s);
    m_copyCommand->setToolTip(tr("The equivalent ttn-lw-migrate command line, without the "
                                 "access key"));
    m_copied->setObjectName(u"copiedLabel"_s);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_stage);
    progressRow->addWidget(m_progress, 1);
    auto *filterRow = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_statusFilter);
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_statusFilter);
    filterRow->addWidget(m_textFilter, 1);
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_copied, 1);
    commandRow->addWidget(m_copyCommand);

    auto *tableArea = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filterRow);
    tableLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"previewSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tableArea);
    splitter->addWidget(m_json);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addLayout(progressRow);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addLayout(commandRow);

    setTabOrder(m_statusFilter, m_textFilter);
    setTabOrder(m_textFilter, m_table);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &PreviewPage::applyStatusFilter);
    m_fillTimer->setSingleShot(true);
    connect(m_fillTimer, &QTimer::timeout, this, &PreviewPage::fillTable);
    m_textFilterTimer->setSingleShot(true);
    m_textFilterTimer->setInterval(kTextFilterDelayMs);
    connect(m_textFilter, &QLineEdit::textChanged, m_textFilterTimer, qOverload<>(&QTimer::start));
    connect(m_textFilterTimer, &QTimer::timeout, this,
        [this] { m_proxy->setTextFilter(m_textFilter->text()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &PreviewPage::showSelectedDevice);
    connect(m_banner, &InlineMessage::actionTriggered, this, &PreviewPage::start);
    connect(m_copyCommand, &QPushButton::clicked, this, &PreviewPage::copyCommand);
}

PreviewPage::~PreviewPage()
{
    cancel();
}

void PreviewPage::initializePage()
{
    start();
}

void PreviewPage::cleanupPage()
{
    cancel();
    m_model->clear();
    m_finished = false;
}

void PreviewPage::cancel()
{
    m_fillTimer->stop();
    m_pending.clear();
    m_pendingRows = 0;
    m_jobSummary.reset();
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->cancel();
    m_job->deleteLater();
    m_job = nullptr;
    m_progress->hide();
    m_stage->hide();
    updateCompleteness();
}

void PreviewPage::start()
{
    cancel();
    m_model->clear();
    m_json->showOutcome(nullptr);
    m_banner->clear();
    m_copied->clear();
    m_finished = false;
    m_summary = {};
    m_request = migrationWizard()->exportRequest();
    // One timestamp for the whole export, also used by the saved file.
    m_request.options.exportTime = QDateTime::currentDateTimeUtc();

    m_job = new ExportJob(m_request, this);
    connect(m_job, &ExportJob::outcomesReady, this, &PreviewPage::onOutcomes);
    connect(m_job, &ExportJob::progress, this, &PreviewPage::onProgress);
    connect(m_job, &ExportJob::stageChanged, m_stage, &QLabel::setText);
    connect(m_job, &ExportJob::finished, this, &PreviewPage::onFinished);
    m_stage->setText(tr("Starting…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_stage->show();
    updateCounts();
    updateCompleteness();
    m_job->start();
}

void PreviewPage::onOutcomes(const QList<DeviceOutcome> &batch)
{
    m_pending.append(batch);
    m_pendingRows += batch.size();
    if (m_model->rowCount() == 0)
        fillTable(); // the first rows at once: the user sees the preview start
    else if (!m_fillTimer->isActive())
        m_fillTimer->start(kFillIntervalMs);
}

void PreviewPage::fillTable()
{
    if (m_pending.isEmpty()) {
        if (m_jobSummary)
            finish(*std::exchange(m_jobSummary, std::nullopt));
        return;
    }
    QList<DeviceOutcome> chunk;
    chunk.reserve(std::min(m_pendingRows, kMaxRowsPerFill));
    while (!m_pending.isEmpty()
        && (chunk.isEmpty() || chunk.size() + m_pending.constFirst().size() <= kMaxRowsPerFill)) {
        chunk.append(m_pending.takeFirst());
    }
    m_pendingRows -= chunk.size();
    const bool first = m_model->rowCount() == 0;
    m_model->append(std::move(chunk));
    if (first && m_proxy->rowCount() > 0) {
        m_table->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateCounts();
    // Let the view lay out and paint before the next chunk; finish once the table is full.
    if (!m_pending.isEmpty())
        m_fillTimer->start(m_jobSummary ? kFillCatchUpMs : kFillIntervalMs);
    else if (m_jobSummary)
        m_fillTimer->start(0);
}

void PreviewPage::onProgress(int done, int total)
{
    // QProgressBar::setValue() repaints synchronously, and a synchronous repaint first lays
    // out the whole table if rows were added; with updates off it only schedules a repaint.
    m_progress->setUpdatesEnabled(false);
    if (total < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    }
    m_progress->setUpdatesEnabled(true);
}

void PreviewPage::onFinished(const ExportSummary &summary)
{
    // The rows still queued enter the table first (in chunks), then the page completes.
    m_jobSummary = summary;
    m_fillTimer->start(m_pending.isEmpty() ? 0 : kFillCatchUpMs);
}

void PreviewPage::finish(const ExportSummary &summary)
{
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    m_summary = summary;
    m_finished = !summary.fatal.isError() && !summary.canceled;
    m_progress->hide();
    m_stage->hide();
    if (summary.fatal.isError()) {
        m_banner->showMessage(InlineMessage::Kind::Error, summary.fatal.message);
    } else if (summary.canceled) {
        m_banner->showMessage(InlineMessage::Kind::Info, tr("The preview was canceled."));
    }
    updateCounts();
    updateCompleteness();
    emit previewFinished();
}

void PreviewPage::updateCounts()
{
    const OutcomeTableModel::Counts &counts = m_model->counts();
    if (counts.total() == 0) {
        m_counts->setText(m_job ? tr("Preparing the preview…") : tr("No devices."));
        return;
    }
    const QString verb = m_job ? tr("so far") : QString();
    QString text = tr("%n device(s): ", nullptr, counts.total())
        + tr("%1 will be exported, %2 skipped, %3 failed")
              .arg(counts.exported)
              .arg(counts.skipped)
              .arg(counts.failed);
    if (m_job)
        text += u" ("_s + verb + u')';
    m_counts->setText(text);
}

void PreviewPage::applyStatusFilter()
{
    const int status = m_statusFilter->currentData().toInt();
    m_proxy->setStatusFilter(
        status < 0 ? std::nullopt : std::optional<OutcomeStatus>(OutcomeStatus(status)));
}

void PreviewPage::showSelectedDevice()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    m_json->showOutcome(current.isValid() ? &m_model->outcome(current.row()) : nullptr);
}

void PreviewPage::copyCommand()
{
    QApplication::clipboard()->setText(CommandLineBuilder::build(m_request, u"devices.json"_s));
    m_copied->setText(tr("Copied. Set TTNV2_APP_ACCESS_KEY in the environment before running "
                         "it."));
}

QString PreviewPage::blockingReason() const
{
    if (m_job)
        return tr("Wait until the preview is complete.");
    if (m_summary.fatal.isError())
        return tr("The preview failed: fix the problem above, then Retry.");
    if (!m_finished)
        return tr("Run the preview again with Retry.");
    if (m_model->counts().exported == 0)
        return tr("No device can be exported with these choices: go Back and change them.");
    return {};
}

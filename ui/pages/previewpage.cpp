#include "pages/previewpage.h"

#include "job/commandlinebuilder.h"
#include "job/exportjob.h"
#include "migrationwizard.h"
#include "models/outcomefeeder.h"
#include "models/outcometablemodel.h"
#include "widgets/devicejsonview.h"
#include "widgets/inlinemessage.h"
#include "widgets/outcomebrowser.h"
#include "widgets/outcomecounts.h"
#include "widgets/uiicons.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

PreviewPage::PreviewPage(QWidget *parent)
    : WizardPage(parent)
    , m_model(new OutcomeTableModel(this))
    , m_feeder(new OutcomeFeeder(m_model, this))
    , m_counts(new OutcomeCounts(this))
    , m_progress(new QProgressBar(this))
    , m_stage(new QLabel(this))
    , m_banner(new InlineMessage(this))
    , m_browser(new OutcomeBrowser(m_model, this))
    , m_json(new DeviceJsonView(this))
    , m_copyCommand(new QPushButton(UiIcons::copy(), tr("Copy as &command"), this))
    , m_copied(new QLabel(this))
{
    setTitle(tr("Preview (dry run)"));
    setSubTitle(tr("What the export will contain. Nothing is written, neither to a file nor "
                   "to TTN v2."));

    m_counts->setObjectName(u"countsLabel"_s);
    m_progress->setObjectName(u"previewProgress"_s);
    m_stage->setObjectName(u"previewStage"_s);
    m_banner->setObjectName(u"errorBanner"_s);
    m_banner->setBanner(true);
    m_banner->setActionText(tr("&Retry"));
    m_browser->setObjectName(u"outcomeBrowser"_s);
    m_json->setObjectName(u"deviceJson"_s);
    m_copyCommand->setObjectName(u"copyCommandButton"_s);
    m_copyCommand->setToolTip(tr("The equivalent ttn-lw-migrate command line, without the "
                                 "access key"));
    m_copied->setObjectName(u"copiedLabel"_s);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_stage);
    progressRow->addWidget(m_progress, 1);
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_copied, 1);
    commandRow->addWidget(m_copyCommand);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"previewSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_browser);
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

    connect(m_feeder, &OutcomeFeeder::rowsFed, this, &PreviewPage::onRowsFed);
    connect(m_feeder, &OutcomeFeeder::drained, this, &PreviewPage::finish);
    connect(
        m_browser, &OutcomeBrowser::currentOutcomeChanged, m_json, &DeviceJsonView::showOutcome);
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
    m_feeder->clear();
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
    connect(m_job, &ExportJob::outcomesReady, m_feeder, &OutcomeFeeder::add);
    connect(m_job, &ExportJob::progress, this, &PreviewPage::onProgress);
    connect(m_job, &ExportJob::stageChanged, m_stage, &QLabel::setText);
    connect(m_job, &ExportJob::finished, this, &PreviewPage::onJobFinished);
    m_stage->setText(tr("Starting…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_stage->show();
    updateCounts();
    updateCompleteness();
    m_job->start();
}

void PreviewPage::onRowsFed(bool first)
{
    if (first)
        m_browser->selectFirstRowIfNone();
    updateCounts();
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

void PreviewPage::onJobFinished(const ExportSummary &summary)
{
    // The rows still queued enter the table first (in chunks), then the page completes.
    m_jobSummary = summary;
    m_feeder->finishWhenFed();
}

void PreviewPage::finish()
{
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    m_summary = m_jobSummary;
    m_finished = !m_summary.fatal.isError() && !m_summary.canceled;
    m_progress->hide();
    m_stage->hide();
    if (m_summary.fatal.isError())
        m_banner->showMessage(InlineMessage::Kind::Error, m_summary.fatal.message);
    else if (m_summary.canceled)
        m_banner->showMessage(InlineMessage::Kind::Info, tr("The preview was canceled."));
    updateCounts();
    updateCompleteness();
    emit previewFinished();
}

void PreviewPage::updateCounts()
{
    m_counts->showCounts(m_model->counts(), isRunning());
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

#include "pages/previewpage.h"

#include "appkey/generatedkeycheck.h"
#include "convert/conversionresult.h"
#include "formatters/sourceformatterreader.h"
#include "io/exportfileset.h"
#include "job/commandlinebuilder.h"
#include "job/exportjob.h"
#include "models/outcomefeeder.h"
#include "models/outcometablemodel.h"
#include "report/formattertext.h"
#include "session/migrationsession.h"
#include "util/durationtext.h"
#include "util/localenumbers.h"
#include "v2/v2errortext.h"
#include "validation/wizarderrortext.h"
#include "widgets/deviceiddelegate.h"
#include "widgets/devicejsonview.h"
#include "widgets/inlinemessage.h"
#include "widgets/outcomebrowser.h"
#include "widgets/outcomecounts.h"
#include "widgets/stopbutton.h"
#include "widgets/trypayloaddialog.h"
#include "widgets/uiicons.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QWizard>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

PreviewPage::PreviewPage(MigrationSession *session, QWidget *parent)
    : WizardPage(session, parent)
    , m_model(session->outcomeModel()) // the result is the session's: the export page saves it
    , m_feeder(new OutcomeFeeder(m_model, this))
    , m_counts(new OutcomeCounts(this))
    , m_progress(new QProgressBar(this))
    , m_stage(new QLabel(this))
    , m_progressText(new QLabel(this))
    , m_stop(new StopButton(tr("&Stop"), this))
    , m_longRun(new InlineMessage(this))
    , m_banner(new InlineMessage(this))
    , m_browser(new OutcomeBrowser(m_model, this))
    , m_renameNote(new InlineMessage(this))
    , m_json(new DeviceJsonView(this))
    , m_copyCommand(new QPushButton(UiIcons::copy(), tr("Copy as &command"), this))
    , m_copied(new QLabel(this))
    , m_formatters(new InlineMessage(this))
{
    setTitle(tr("Preview (dry run)"));
    setSubTitle(tr("What the export will contain. Nothing is written, neither to a file nor "
                   "to TTN v2."));

    m_counts->setObjectName(u"countsLabel"_s);
    m_progress->setObjectName(u"previewProgress"_s);
    // The numbers are in m_progressText: "0%" for the first minutes of a long run says nothing.
    m_progress->setTextVisible(false);
    m_stage->setObjectName(u"previewStage"_s);
    m_progressText->setObjectName(u"previewProgressText"_s);
    m_stop->setObjectName(u"stopPreviewButton"_s);
    m_stop->setToolTip(tr("Stop reading from TTN v2 and keep the devices read so far"));
    m_longRun->setObjectName(u"longRunWarning"_s);
    m_longRun->setBanner(true);
    m_longRun->setActionText(tr("Start &reading"));
    m_banner->setObjectName(u"errorBanner"_s);
    m_banner->setBanner(true);
    m_banner->setActionText(tr("&Retry"));
    m_browser->setObjectName(u"outcomeBrowser"_s);
    m_renameNote->setObjectName(u"renameNote"_s);
    m_json->setObjectName(u"deviceJson"_s);
    m_copyCommand->setObjectName(u"copyCommandButton"_s);
    m_copyCommand->setToolTip(tr("The equivalent ttn-lw-migrate command line, without the "
                                 "access key"));
    m_copied->setObjectName(u"copiedLabel"_s);
    m_copied->setWordWrap(true);
    m_formatters->setObjectName(u"formatterPlan"_s);
    m_formatters->actionButton()->setObjectName(u"tryPayloadButton"_s);
    m_formatters->actionButton()->setToolTip(
        tr("Run an uplink through TTN v2's functions and the migrated formatter, side by side"));

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_stage);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_stop);
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_copied, 1);
    commandRow->addWidget(m_copyCommand, 0, Qt::AlignTop);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"previewSplitter"_s);
    splitter->setChildrenCollapsible(false);
    // The live check of a new ID sits right under the table it is typed in.
    auto *tableArea = new QWidget(splitter);
    auto *tableLayout = new QVBoxLayout(tableArea);
    // A little room below, so the splitter's handle never touches the note's text.
    tableLayout->setContentsMargins(0, 0, 0, fontMetrics().height() / 3);
    tableLayout->addWidget(m_browser, 1);
    tableLayout->addWidget(m_renameNote);
    splitter->addWidget(tableArea);
    splitter->addWidget(m_json);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addLayout(progressRow);
    layout->addWidget(m_longRun);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_formatters);
    layout->addLayout(commandRow);
    m_progressText->hide();
    m_stop->hide();

    connect(m_feeder, &OutcomeFeeder::rowsFed, this, &PreviewPage::onRowsFed);
    connect(m_feeder, &OutcomeFeeder::drained, this, &PreviewPage::finish);
    connect(
        m_browser, &OutcomeBrowser::currentOutcomeChanged, m_json, &DeviceJsonView::showOutcome);
    connect(m_banner, &InlineMessage::actionTriggered, this, &PreviewPage::start);
    connect(m_longRun, &InlineMessage::actionTriggered, this, &PreviewPage::startReading);
    connect(m_stop, &QPushButton::clicked, this, &PreviewPage::stop);
    connect(m_copyCommand, &QPushButton::clicked, this, &PreviewPage::copyCommand);
    connect(m_formatters, &InlineMessage::actionTriggered, this, &PreviewPage::openTryPayload);
    // Reading order: the formatter line sits above "Copy as command".
    setTabOrder(m_formatters->actionButton(), m_copyCommand);
    connect(m_model, &OutcomeTableModel::rowsRepaired, this, &PreviewPage::onRowsRepaired);
    connect(
        m_browser->deviceIdDelegate(), &DeviceIdDelegate::checked, this, &PreviewPage::onIdChecked);
    connect(m_browser->deviceIdDelegate(), &DeviceIdDelegate::editingEnded, this, [this] {
        if (std::exchange(m_noteIsLiveCheck, false)) // Escape, or a refused ID left behind
            m_renameNote->clear();
    });
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
    m_discardedRenames += m_model->renamedCount();
    m_model->clear();
    m_finished = false;
}

void PreviewPage::cancel()
{
    m_feeder->clear();
    m_awaitingConfirmation = false;
    m_longRun->clear();
    if (m_formatterReader) {
        m_formatterReader->disconnect(this);
        m_formatterReader->cancel();
        m_formatterReader->deleteLater();
        m_formatterReader = nullptr;
        m_formatters->clear();
        updateCompleteness();
    }
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->cancel();
    m_job->deleteLater();
    m_job = nullptr;
    m_progress->hide();
    m_stage->hide();
    m_progressText->hide();
    m_stop->hide();
    updateCompleteness();
}

void PreviewPage::stop()
{
    if (!m_job)
        return;
    // Stop disappears now: leave the focus on the table, not on the next button in the chain.
    m_stop->vanish(m_browser->table());
    m_stage->setText(tr("Stopping…"));
    m_job->stop();
}

void PreviewPage::start()
{
    if (session()->source() != ExportSource::Ttnv2) {
        setSubTitle(tr("What the export will contain. Nothing is written, neither to a file nor "
                       "to the deployment the devices are on now."));
        m_stop->setToolTip(session()->source() == ExportSource::ChirpStack
                ? tr("Stop reading from ChirpStack and keep the devices read so far")
                : tr("Stop reading from The Things Stack and keep the devices read so far"));
    } else {
        setSubTitle(tr("What the export will contain. Nothing is written, neither to a file nor "
                       "to TTN v2."));
        m_stop->setToolTip(tr("Stop reading from TTN v2 and keep the devices read so far"));
    }
    m_model->setFromTts(session()->source() != ExportSource::Ttnv2); // "Source device ID"
    const bool focusInBanner = m_banner->isAncestorOf(QApplication::focusWidget());
    cancel();
    m_discardedRenames += m_model->renamedCount();
    m_model->clear();
    // Devices the export would refuse (an AppKey the AppKey change generated) are marked.
    m_model->setGeneratedKeyCheck(std::make_shared<const GeneratedKeyCheck>(
        session()->sourceApplicationId(), session()->appKeyJournalDirectory()));
    m_renameNote->clear();
    if (m_discardedRenames > 0) {
        // New IDs are repairs of one result, not settings: a new run converts from v2 again.
        m_renameNote->showMessage(InlineMessage::Kind::Info,
            LocaleNumbers::withGroupedN(
                tr("This preview starts fresh: the %n new v3 ID(s) given in the previous one "
                   "are not kept. Give them again once it is complete.",
                    nullptr, m_discardedRenames),
                m_discardedRenames));
        m_discardedRenames = 0;
    }
    m_json->showOutcome(nullptr);
    m_banner->clear();
    m_copied->clear();
    m_finished = false;
    m_summary = {};
    m_done = 0;
    m_total = -1;
    m_estimate.restart();
    m_request = session()->exportRequest();
    // One timestamp for the whole export, also used by the saved file.
    m_request.options.exportTime = QDateTime::currentDateTimeUtc();

    m_job = new ExportJob(m_request, this);
    m_job->setReportAsRead(true); // rows appear as the devices are read
    m_job->setConfirmLongerThan(m_longRunWarningMs);
    connect(m_job, &ExportJob::outcomesReady, m_feeder, &OutcomeFeeder::add);
    connect(m_job, &ExportJob::progress, this, &PreviewPage::onProgress);
    connect(m_job, &ExportJob::stageChanged, m_stage, &QLabel::setText);
    connect(m_job, &ExportJob::retryScheduled, this, [this](const V2Error &error, qint64 ms) {
        m_stage->setText(V2ErrorText::retrying(error, ms));
    });
    connect(m_job, &ExportJob::confirmationNeeded, this, &PreviewPage::onConfirmationNeeded);
    connect(m_job, &ExportJob::finished, this, &PreviewPage::onJobFinished);
    m_stage->setText(tr("Starting…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_stage->show();
    m_progressText->hide();
    m_stop->hide();
    updateCounts();
    updateCompleteness();
    if (focusInBanner) // Retry is gone: the table is where the answer appears
        m_browser->table()->setFocus();
    session()->clearFormatters();
    if (m_tryDialog)
        m_tryDialog->close();
    m_formatters->setActionText(QString());
    m_formatters->clear();
    m_job->start();
}

// After the devices (one request at a time to the handler, and a failure stays the devices'):
// the application's payload functions, for the plan and "Try a payload".
void PreviewPage::startFormatterRead()
{
    m_formatters->showMessage(
        InlineMessage::Kind::Busy, tr("Reading the application's payload formatters…"));
    m_formatterReader = new SourceFormatterReader(m_request, this);
    connect(
        m_formatterReader, &SourceFormatterReader::finished, this, &PreviewPage::onFormattersRead);
    m_formatterReader->start();
}

void PreviewPage::onFormattersRead(const SourceFormatterRead &read)
{
    if (m_formatterReader)
        m_formatterReader->deleteLater();
    m_formatterReader = nullptr;
    if (read.canceled) {
        m_formatters->clear();
        updateCompleteness();
        return;
    }
    const FormatterPlan &plan = read.plan;
    session()->setFormatters(read);
    if (!read.read) {
        m_formatters->setActionText(QString());
        m_formatters->showMessage(InlineMessage::Kind::Warning, FormatterText::notRead(read));
    } else {
        // Something to run: a v2 Decoder, or a script TTS will run.
        const bool runnable = !plan.source.decoder.isEmpty() || plan.target.up.isJavaScript();
        m_formatters->setActionText(runnable ? tr("Try a &payload…") : QString());
        m_formatters->showMessage(
            plan.problems.isEmpty() ? InlineMessage::Kind::Info : InlineMessage::Kind::Warning,
            tr("Payload formatters: %1.").arg(FormatterText::details(plan).join(u"; "_s)));
    }
    updateCompleteness();
}

TryPayloadDialog *PreviewPage::tryPayloadDialog() const
{
    return m_tryDialog;
}

void PreviewPage::openTryPayload()
{
    const std::optional<SourceFormatterRead> read = session()->formattersRead();
    if (!read || !read->read)
        return;
    if (!m_tryDialog) {
        m_tryDialog = new TryPayloadDialog(session()->formatterPlan(), this);
        m_tryDialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_tryDialog->setPlan(session()->formatterPlan());
    }
    m_tryDialog->open();
    m_tryDialog->raise();
    m_tryDialog->activateWindow();
}

void PreviewPage::onConfirmationNeeded(int requests, qint64 estimatedMs)
{
    m_awaitingConfirmation = true;
    m_progress->hide();
    m_stage->hide();
    // Only runs of minutes get here, so "requests" is always plural.
    m_longRun->showMessage(InlineMessage::Kind::Warning,
        tr("With sessions, this preview reads each device with its own request to TTN v2: "
           "%L1 requests at most 5 per second, about %2. Devices appear below as they are "
           "read, and Stop keeps what was read so far. Or go Back and export without sessions "
           "(one request for the whole application).")
            .arg(requests)
            .arg(DurationText::rough(estimatedMs)));
    m_longRun->actionButton()->setFocus();
    updateCompleteness();
}

void PreviewPage::startReading()
{
    if (!m_job || !m_awaitingConfirmation)
        return;
    m_awaitingConfirmation = false;
    m_longRun->clear();
    m_progress->show();
    m_stage->show();
    m_browser->table()->setFocus();
    updateCompleteness();
    m_job->proceed();
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
    m_done = done;
    m_total = total;
    if (total >= 0)
        m_estimate.update(done, total);
    // Stop only where it keeps something: while devices are read one by one.
    const bool reading = m_job && m_job->isReadingOneByOne();
    m_stop->setVisible(reading);
    showRemaining();
}

void PreviewPage::showRemaining()
{
    if (m_total <= 0 || !m_job || !m_job->isReadingOneByOne()) {
        m_progressText->hide();
        return;
    }
    QString text = tr("%L1 of %L2 read").arg(m_done).arg(m_total);
    const qint64 left = m_estimate.remainingMs();
    if (left > 0)
        text += u" · "_s + tr("about %1 left").arg(DurationText::rough(left));
    m_progressText->setText(text);
    m_progressText->show();
}

void PreviewPage::onJobFinished(const ExportSummary &summary)
{
    // The rows still queued enter the table first (in chunks), then the page completes.
    m_jobSummary = summary;
    m_feeder->finishWhenFed();
}

void PreviewPage::finish()
{
    // Only a complete run keeps its result (ExportJob::result()): then IDs can be changed.
    std::shared_ptr<ConversionResult> result = m_job ? m_job->result() : nullptr;
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    m_awaitingConfirmation = false;
    m_longRun->clear();
    m_summary = m_jobSummary;
    m_finished = !m_summary.fatal.isError() && !m_summary.canceled;
    m_model->setResult(m_finished ? result : nullptr);
    m_progress->hide();
    m_stage->hide();
    m_progressText->hide();
    m_stop->vanish(m_browser->table());
    if (m_summary.fatal.isError()) {
        m_banner->showMessage(
            InlineMessage::Kind::Error, WizardErrorText::sentence(m_summary.fatal));
    } else if (m_summary.canceled) {
        m_banner->showMessage(InlineMessage::Kind::Info, tr("The preview was canceled."));
    } else if (m_summary.stopped) {
        const int total = m_model->counts().total();
        m_banner->showMessage(InlineMessage::Kind::Info,
            LocaleNumbers::withGroupedN(
                tr("Stopped after reading %1 of %n device(s). The others are listed as skipped "
                   "and are not exported; Retry reads them all again.",
                    nullptr, total),
                total)
                .arg(LocaleNumbers::number(total - m_summary.notRead)));
    } else if (const int generated = m_model->generatedKeyCount(); generated > 0) {
        m_banner->showMessage(InlineMessage::Kind::Warning,
            LocaleNumbers::withGroupedN(
                tr("%n device(s) have an AppKey in TTN v2 that the AppKey change generated, not "
                   "the device's own (see their notes). The export refuses them: restore the "
                   "original keys on the Export page, then preview again.",
                    nullptr, generated),
                generated));
    }
    updateCounts();
    updateCompleteness();
    // The application's formatters (v2 payload functions, a TTS application's defaults);
    // ChirpStack's codecs are the device profiles' and travel in the devices.
    if (m_finished && SourceFormatterReader::supports(m_request.source))
        startFormatterRead();
    emit previewFinished();
}

void PreviewPage::onIdChecked(const QString &deviceId, const QString &problem)
{
    m_noteIsLiveCheck = true;
    if (!problem.isEmpty())
        m_renameNote->showMessage(InlineMessage::Kind::Error, problem);
    else if (deviceId.isEmpty())
        m_renameNote->showMessage(InlineMessage::Kind::Info,
            tr("Empty: the device gets back the ID made from its v2 ID. Press Enter to use it, "
               "Escape to keep the current one."));
    else
        m_renameNote->showMessage(InlineMessage::Kind::Info,
            tr("\u201c%1\u201d is free. Press Enter to give it to the device, Escape to keep "
               "the current ID.")
                .arg(deviceId));
}

void PreviewPage::onRowsRepaired(const QList<int> &rows)
{
    // One sentence per device whose outcome changed: the renamed one, and any other it freed
    // or now collides with.
    m_noteIsLiveCheck = false;
    QStringList sentences;
    bool anyFailed = false;
    for (const int row : rows) {
        const DeviceOutcome &outcome = m_model->outcome(row);
        if (outcome.status == OutcomeStatus::Exported) {
            sentences << tr("%1 is ready for import as \u201c%2\u201d.")
                             .arg(outcome.v2DeviceId, outcome.v3DeviceId);
        } else {
            anyFailed = true;
            sentences << tr("%1 now fails: %2.").arg(outcome.v2DeviceId, outcome.reason);
        }
    }
    m_renameNote->showMessage(
        anyFailed ? InlineMessage::Kind::Warning : InlineMessage::Kind::Success,
        sentences.join(u' '));
    m_browser->refreshCurrent();
    updateCounts();
    updateCompleteness();
}

void PreviewPage::updateCounts()
{
    m_counts->showCounts(m_model->counts(), !m_job.isNull());
}

void PreviewPage::copyCommand()
{
    const QString idsFile = session()->deviceIdsFile();
    // The command must make the same file as the wizard, or say what differs: the export
    // page splits an export the Console would refuse, and new IDs live only in this preview.
    CommandLineBuilder::Extras extras;
    extras.split = ExportFileSet::exceedsConsoleLimit(m_model->outcomes());
    QStringList renames;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString chosen = m_model->chosenDeviceId(row);
        if (!chosen.isEmpty())
            renames << m_model->outcome(row).v2DeviceId + u',' + chosen;
    }
    if (!renames.isEmpty())
        extras.devIdMapFile = u"dev-id-map.csv"_s;
    QApplication::clipboard()->setText(
        CommandLineBuilder::build(m_request, u"devices.json"_s, idsFile, extras));
    QString note = m_request.source == ExportSource::Tts
        ? tr("Copied. Set TTS_APP_API_KEY in the environment before running it.")
        : tr("Copied. Set TTNV2_APP_ACCESS_KEY in the environment before running it.");
    if (m_request.source == ExportSource::ChirpStack)
        note = tr("Copied. Set CHIRPSTACK_API_KEY in the environment before running it.");
    // Only long lists are read from a file, so "IDs" is always plural.
    if (CommandLineBuilder::readsIdsFile(m_request, idsFile))
        note += u' '
            + tr("It reads the %L1 device IDs from device_ids.txt: save them there, one per line.")
                  .arg(m_request.deviceIds.size());
    if (extras.split)
        note += u' '
            + tr("It writes numbered parts (devices-001.json, …), as the next page does for an "
                 "export this large.");
    if (!renames.isEmpty()) {
        constexpr int shown = 5;
        QString pairs = renames.mid(0, shown).join(u"; "_s);
        if (renames.size() > shown)
            pairs += u"; …"_s;
        note += u' '
            + LocaleNumbers::withGroupedN(
                tr("The %n new v3 ID(s) given here are not part of the command: it reads them "
                   "from dev-id-map.csv, which you write with one \u201cv2-id,v3-id\u201d line "
                   "per device (%1).",
                    nullptr, int(renames.size())),
                renames.size())
                  .arg(pairs);
    }
    m_copied->setText(note);
}

QString PreviewPage::blockingReason() const
{
    if (m_awaitingConfirmation)
        return tr("Start reading, or go Back and change the options.");
    if (m_job && m_job->isReadingOneByOne())
        return tr("Wait until the preview is complete, or Stop it.");
    if (m_job)
        return tr("Wait until the preview is complete.");
    if (m_formatterReader)
        return tr("Wait until the payload formatters are read.");
    if (m_summary.fatal.isError())
        return tr("The preview failed: fix the problem above, then Retry.");
    if (!m_finished)
        return tr("Run the preview again with Retry.");
    if (m_model->counts().exported == 0)
        return tr("No device can be exported with these choices: go Back and change them.");
    return {};
}

#include "widgets/sourcedeletepanel.h"

#include "job/backgroundtask.h"
#include "sourcedelete/ttssourcedeleter.h"
#include "sourcedelete/v2sourcedeleter.h"
#include "util/localenumbers.h"
#include "validation/wizarderrortext.h"
#include "widgets/inlinemessage.h"
#include "widgets/messagebox.h"
#include "widgets/steppanellayout.h"
#include "widgets/stopbutton.h"
#include "widgets/uiicons.h"

#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;
using LocaleNumbers::number;
using LocaleNumbers::withGroupedN;
using Status = SourceDeleteDeviceResult::Status;

SourceDeletePanel::SourceDeletePanel(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_loader(new BackgroundTask(this))
    , m_check(new QPushButton(tr("Check which qualify now"), this))
    , m_delete(new QPushButton(kind == Kind::V2Abp ? tr("&Delete ABP devices from TTN v2…")
                                                   : tr("&Delete at the source…"),
          this))
    , m_recreate(new QPushButton(tr("Re-create in TTN v2…"), this))
    , m_cancel(new StopButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_results(new QListWidget(this))
    , m_status(new InlineMessage(this))
{
    const QString prefix = kind == Kind::V2Abp ? u"v2AbpDelete"_s : u"ttsSourceDelete"_s;
    setObjectName(prefix + u"Panel"_s);
    m_check->setObjectName(prefix + u"CheckButton"_s);
    m_delete->setObjectName(prefix + u"Button"_s);
    m_recreate->setObjectName(prefix + u"UndoButton"_s);
    m_cancel->setObjectName(prefix + u"CancelButton"_s);
    m_progress->setObjectName(prefix + u"Progress"_s);
    m_results->setObjectName(prefix + u"Results"_s);
    m_status->setObjectName(prefix + u"Status"_s);
    m_results->setAccessibleName(tr("Deletion results"));
    m_results->setMaximumHeight(140);
    m_recreate->setVisible(kind == Kind::V2Abp);
    m_cancel->hide();
    m_progress->hide();
    m_results->hide();
    m_status->clear();

    StepPanelLayout::arrange(
        this, { m_check, m_delete, m_recreate, m_cancel }, m_progress, m_status, m_results);

    connect(m_check, &QPushButton::clicked, this, [this] { begin(Step::Check); });
    connect(m_delete, &QPushButton::clicked, this, [this] { begin(Step::Delete); });
    connect(m_recreate, &QPushButton::clicked, this, [this] { begin(Step::Recreate); });
    connect(m_cancel, &QPushButton::clicked, this, &SourceDeletePanel::cancel);
    updateButtons();
}

SourceDeletePanel::~SourceDeletePanel() = default;

void SourceDeletePanel::setContext(const V2Connection &v2, const TtsConnection &source,
    const TtsConnection &target, const QStringList &savedPaths)
{
    if (isRunning())
        return;
    m_v2 = v2;
    m_source = source;
    m_target = target;
    m_paths = savedPaths;
    m_results->clear();
    m_results->hide();
    m_status->clear();
    if (m_target.applicationId.isEmpty() && !m_paths.isEmpty())
        m_status->showMessage(InlineMessage::Kind::Info,
            tr("Import the devices into The Things Stack first: a device is deleted at the "
               "source only once The Things Stack shows it %1.")
                .arg(m_kind == Kind::V2Abp ? tr("seen") : tr("active")));
    updateButtons();
}

bool SourceDeletePanel::isRunning() const
{
    return m_job || m_loader->isRunning();
}

void SourceDeletePanel::cancel()
{
    if (m_job)
        m_job->cancel();
}

QString SourceDeletePanel::sourceName() const
{
    return m_kind == Kind::V2Abp ? tr("TTN v2")
                                 : tr("the source application “%1”").arg(m_source.applicationId);
}

void SourceDeletePanel::updateButtons()
{
    const bool idle = !isRunning();
    const bool ready = !m_paths.isEmpty() && !m_target.applicationId.isEmpty();
    m_check->setEnabled(idle && ready);
    m_delete->setEnabled(idle && ready);
    m_recreate->setEnabled(idle && !m_paths.isEmpty());
    if (idle)
        m_cancel->vanish(m_delete);
    else
        m_cancel->show();
}

void SourceDeletePanel::begin(Step step)
{
    if (isRunning() || m_paths.isEmpty())
        return;
    // The saved file read back from disk, off the GUI thread: the only source of the devices.
    m_status->showMessage(InlineMessage::Kind::Busy, tr("Reading the saved devices.json…"));
    auto contents = std::make_shared<TtsDeviceFileContents>();
    const QStringList paths = m_paths;
    m_loader->disconnect(this);
    connect(m_loader, &BackgroundTask::finished, this, [this, contents, step] {
        if (!contents->ok()) {
            m_status->showMessage(InlineMessage::Kind::Error, contents->problemText());
            updateButtons();
            return;
        }
        m_devices = contents->devices;
        // Delete: first the check, whose count the confirmation names.
        startJob(step, step != Step::Recreate);
    });
    m_loader->start(
        [contents, paths](const std::atomic_bool &) { *contents = TtsDeviceFile::read(paths); });
    updateButtons();
}

void SourceDeletePanel::startJob(Step step, bool dryRun)
{
    SourceDeleteOptions options;
    options.action
        = step == Step::Recreate ? SourceDeleteAction::Recreate : SourceDeleteAction::Delete;
    options.dryRun = dryRun;
    options.journalPath = SourceDeleteJournal::pathBeside(m_paths.constFirst());
    SourceDeleter *deleter = m_kind == Kind::V2Abp
        ? static_cast<SourceDeleter *>(new V2SourceDeleter(m_v2))
        : new TtsSourceDeleter(m_source);
    m_job = new SourceDeleteJob(deleter, m_target, m_devices, options, this);
    m_results->clear();
    m_results->setVisible(!dryRun || step == Step::Check);
    m_progress->setRange(0, std::max(1, m_job->concernedCount()));
    m_progress->setValue(0);
    m_progress->setVisible(!dryRun);
    m_status->showMessage(InlineMessage::Kind::Busy,
        dryRun                       ? tr("Checking what The Things Stack shows…")
            : step == Step::Recreate ? tr("Re-creating the devices in TTN v2…")
                                     : tr("Deleting at %1…").arg(sourceName()));
    connect(m_job, &SourceDeleteJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job, &SourceDeleteJob::deviceFinished, this, &SourceDeletePanel::addResult);
    connect(m_job, &SourceDeleteJob::finished, this,
        [this, step, dryRun](
            const SourceDeleteSummary &summary) { onFinished(step, dryRun, summary); });
    m_cancel->appear(nullptr);
    updateButtons();
    m_job->start();
}

void SourceDeletePanel::addResult(const SourceDeleteDeviceResult &result)
{
    const QIcon icon = result.status == Status::Failed ? UiIcons::error()
        : result.status == Status::NotReady            ? UiIcons::info()
                                                       : UiIcons::success();
    QString text = tr("%1: %2").arg(result.deviceId, SourceDeleteJob::statusName(result.status));
    if (!result.reason.isEmpty())
        text = tr("%1 (%2)").arg(text, result.reason);
    m_results->addItem(new QListWidgetItem(icon, text));
    m_results->scrollToBottom();
}

bool SourceDeletePanel::confirm(int count)
{
    if (m_kind == Kind::V2Abp) {
        return MessageBox::question(this, tr("Delete ABP devices from TTN v2"),
                   withGroupedN(tr("Delete %n ABP device(s) that The Things Stack has seen from "
                                   "TTN v2?",
                                    nullptr, count),
                       count)
                       + u"\n\n"_s
                       + tr("The migration guide: ABP devices must be completely deleted from V2. "
                            "Their session and counters are kept in a journal beside "
                            "devices.json; “Re-create in TTN v2…” puts them back."),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    }
    // No undo: asked twice.
    if (MessageBox::question(this, tr("Delete at the source"),
            withGroupedN(tr("Delete %n device(s) that are active in The Things Stack from %1?",
                             nullptr, count),
                count)
                    .arg(sourceName())
                + u"\n\n"_s + tr("This cannot be undone."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return false;
    return MessageBox::question(this, tr("Delete at the source"),
               withGroupedN(
                   tr("Really delete %n device(s) from %1 for good?", nullptr, count), count)
                   .arg(sourceName()),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void SourceDeletePanel::onFinished(Step step, bool dryRun, const SourceDeleteSummary &summary)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_progress->hide();
    updateButtons();
    if (summary.fatal.isError()) {
        m_status->showMessage(InlineMessage::Kind::Error,
            WizardErrorText::withAdvice(summary.fatal.message, summary.fatal.fix));
        return;
    }
    if (dryRun) {
        const QString counts
            = withGroupedN(
                  tr("%n device(s) qualify now", nullptr, summary.wouldDelete), summary.wouldDelete)
            + u", "_s + withGroupedN(tr("%n not yet", nullptr, summary.notReady), summary.notReady)
            + u", "_s
            + withGroupedN(tr("%n already done.", nullptr, summary.already), summary.already);
        if (step == Step::Check || summary.wouldDelete == 0) {
            m_status->showMessage(InlineMessage::Kind::Info, counts);
            return;
        }
        m_status->showMessage(InlineMessage::Kind::Info, counts);
        if (confirm(summary.wouldDelete))
            startJob(step, false);
        return;
    }
    const QString counts = step == Step::Recreate
        ? tr("%1 re-created, %2 failed.").arg(number(summary.recreated), number(summary.failed))
        : tr("%1 deleted, %2 already done, %3 not yet, %4 failed.")
              .arg(number(summary.deleted), number(summary.already), number(summary.notReady),
                  number(summary.failed));
    if (summary.canceled || summary.failed > 0 || summary.notReady > 0) {
        m_status->showMessage(InlineMessage::Kind::Warning,
            counts + u' '
                + tr("Run it again later: devices already done are skipped, the others are "
                     "deleted once they qualify."));
        return;
    }
    m_status->showMessage(InlineMessage::Kind::Success, counts);
    if (step == Step::Recreate)
        emit recreateSucceeded();
    else
        emit deleteSucceeded();
}

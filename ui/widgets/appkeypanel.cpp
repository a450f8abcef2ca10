#include "widgets/appkeypanel.h"

#include "appkey/appkeyjob.h"
#include "appkey/appkeyjournal.h"
#include "job/backgroundtask.h"
#include "util/localenumbers.h"
#include "validation/wizarderrortext.h"
#include "widgets/inlinemessage.h"
#include "widgets/messagebox.h"
#include "widgets/steppanellayout.h"
#include "widgets/stopbutton.h"
#include "widgets/uiicons.h"

#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

AppKeyPanel::AppKeyPanel(QWidget *parent)
    : QWidget(parent)
    , m_journalDir(AppKeyJournal::defaultDirectory())
    , m_loader(new BackgroundTask(this))
    , m_change(new QPushButton(tr("C&hange AppKeys in TTN v2 now…"), this))
    , m_restore(new QPushButton(tr("Res&tore…"), this))
    , m_cancel(new StopButton(tr("Cance&l"), this))
    , m_progress(new QProgressBar(this))
    , m_results(new QListWidget(this))
    , m_status(new InlineMessage(this))
{
    m_change->setObjectName(u"changeKeysButton"_s);
    m_restore->setObjectName(u"restoreKeysButton"_s);
    applyWording();
    m_cancel->setObjectName(u"cancelKeysButton"_s);
    m_progress->setObjectName(u"appKeyProgress"_s);
    m_results->setObjectName(u"appKeyResults"_s);
    m_results->setAccessibleName(tr("AppKey results"));
    m_results->setMaximumHeight(140);
    m_status->setObjectName(u"appKeyStatus"_s);
    m_cancel->hide();
    m_progress->hide();
    m_results->hide();
    m_status->clear();

    StepPanelLayout::arrange(
        this, { m_change, m_restore, m_cancel }, m_progress, m_status, m_results);

    connect(m_change, &QPushButton::clicked, this, [this] { begin(AppKeyAction::Change); });
    connect(m_restore, &QPushButton::clicked, this, [this] { begin(AppKeyAction::Restore); });
    connect(m_cancel, &QPushButton::clicked, this, &AppKeyPanel::cancel);
    updateButtons();
}

AppKeyPanel::~AppKeyPanel() = default;

void AppKeyPanel::applyWording()
{
    if (tts()) {
        m_change->setText(tr("C&hange AppKeys in the source Join Server now…"));
        m_change->setToolTip(tr("Give every exported OTAA device a new random AppKey in the "
                                "source Join Server, so it cannot join the source network again. "
                                "The original keys stay in devices.json."));
        m_restore->setToolTip(tr("Put the original AppKeys from devices.json back into the "
                                 "source Join Server (to roll the migration back)."));
        return;
    }
    m_change->setText(tr("C&hange AppKeys in TTN v2 now…"));
    m_change->setToolTip(tr("Give every exported OTAA device a new random AppKey in TTN v2, so it "
                            "cannot join there again. The original keys stay in devices.json."));
    m_restore->setToolTip(tr("Put the original AppKeys from devices.json back into TTN v2 (to roll "
                             "the migration back)."));
}

QString AppKeyPanel::applicationId() const
{
    return tts() ? m_ttsConnection.applicationId : m_connection.appId;
}

void AppKeyPanel::setContext(
    const TtsConnection &connection, const QStringList &savedPaths, int savedDeviceCount)
{
    if (isRunning())
        return;
    m_source = AppKeySource::Tts;
    m_ttsConnection = connection;
    takeContext(savedPaths, savedDeviceCount);
}

void AppKeyPanel::setContext(
    const V2Connection &connection, const QStringList &savedPaths, int savedDeviceCount)
{
    if (isRunning())
        return;
    m_source = AppKeySource::TtnV2;
    m_connection = connection;
    takeContext(savedPaths, savedDeviceCount);
}

void AppKeyPanel::takeContext(const QStringList &savedPaths, int savedDeviceCount)
{
    applyWording();
    m_savedPaths = savedPaths;
    m_savedCount = savedDeviceCount;
    m_results->clear();
    m_results->hide();
    m_progress->hide();
    m_status->clear();
    showInterruptedRuns();
    updateButtons();
}

QString AppKeyPanel::shownFiles() const
{
    // A split export names its first and last part; the keys come from all of them.
    if (m_savedPaths.size() == 1)
        return QDir::toNativeSeparators(m_savedPaths.constFirst());
    return tr("%1 … %2 (%3 parts)")
        .arg(QDir::toNativeSeparators(m_savedPaths.value(0)),
            QFileInfo(m_savedPaths.value(m_savedPaths.size() - 1)).fileName())
        .arg(LocaleNumbers::number(m_savedPaths.size()));
}

void AppKeyPanel::setJournalDirectory(const QString &directory)
{
    m_journalDir = directory;
}

void AppKeyPanel::setRestoreOnly(bool restoreOnly)
{
    m_change->setVisible(!restoreOnly);
}

bool AppKeyPanel::isRunning() const
{
    return m_job || m_loader->isRunning();
}

void AppKeyPanel::cancel()
{
    if (m_job)
        m_job->cancel(); // finished() follows after the request in flight
}

void AppKeyPanel::updateButtons()
{
    // Only a run disables them: the moment the plan is read, a disabled button would hand the
    // focus to the next widget of the page (begin() ignores clicks while it reads).
    const bool idle = m_job == nullptr;
    const bool haveFile = !m_savedPaths.isEmpty() && m_savedCount > 0;
    m_change->setEnabled(idle && haveFile);
    m_restore->setEnabled(idle && haveFile);
    // Where the user goes on from after a run: its button, unless the page moves the focus to
    // the next step (changeSucceeded()).
    if (idle)
        m_cancel->vanish(m_runButton);
    else
        m_cancel->show();
}

void AppKeyPanel::showInterruptedRuns()
{
    if (applicationId().isEmpty())
        return;
    QList<AppKeyJournalRun> open = AppKeyJournal::unresolvedRuns(m_journalDir, applicationId());
    open.removeIf([this](const AppKeyJournalRun &run) { return run.source != m_source; });
    if (open.isEmpty())
        return;
    const AppKeyJournalRun &last = open.constLast();
    m_status->showMessage(InlineMessage::Kind::Warning,
        LocaleNumbers::withGroupedN(
            tr("An earlier AppKey run for this application did not finish (%1, %2 of %n device(s) "
               "done, from %3). Run it again with the same devices.json to finish it, or restore "
               "to undo it.",
                nullptr, last.planned),
            last.planned)
            .arg(QLocale().toString(last.startedAt.toLocalTime(), QLocale::ShortFormat),
                LocaleNumbers::number(last.done + last.already),
                QDir::toNativeSeparators(last.devicesFile)));
}

void AppKeyPanel::begin(AppKeyAction action)
{
    if (isRunning() || m_savedPaths.isEmpty())
        return;
    // Reread the saved file off the GUI thread (100,000 lines take a moment): the file on disk,
    // with the count the export page read back, is the only source of the keys.
    m_status->showMessage(InlineMessage::Kind::Busy, tr("Reading %1…").arg(shownFiles()));
    auto plan = std::make_shared<AppKeyPlan>();
    const QStringList paths = m_savedPaths;
    const int count = m_savedCount;
    m_loader->disconnect(this);
    connect(m_loader, &BackgroundTask::finished, this, [this, plan, action] {
        m_plan = *plan;
        onPlanLoaded(action);
    });
    const AppKeySource source = m_source;
    m_loader->start([plan, paths, count, source](const std::atomic_bool &) {
        *plan = AppKeyPlan::load(paths, count, source);
    });
    updateButtons();
}

void AppKeyPanel::onPlanLoaded(AppKeyAction action)
{
    m_status->clear();
    updateButtons();
    if (!m_plan.ok()) {
        m_status->showMessage(InlineMessage::Kind::Error, m_plan.error());
        return;
    }
    const int count = int(m_plan.devices().size());
    if (count == 0) {
        m_status->showMessage(InlineMessage::Kind::Info,
            tr("devices.json holds no OTAA device: there is no AppKey to change."));
        return;
    }
    if (confirm(action, count))
        run(action);
}

bool AppKeyPanel::confirm(AppKeyAction action, int count)
{
    const QString file = shownFiles();
    if (tts()) {
        const bool change = action == AppKeyAction::Change;
        const QString title = change ? tr("Change AppKeys in the source Join Server")
                                     : tr("Restore AppKeys in the source Join Server");
        const QString question = LocaleNumbers::withGroupedN(change
                ? tr("Change the AppKey of %n device(s) in the source Join Server?", nullptr, count)
                : tr("Restore the original AppKey of %n device(s) in the source Join Server?",
                    nullptr, count),
            count);
        const QString details = change
            ? tr("Each device gets a new random AppKey (LoRaWAN 1.1: also a new NwkKey) in the "
                 "source Join Server, so it can no longer join the source network. Nothing else "
                 "changes. The original keys stay in %1; “Restore…” puts them back.")
                  .arg(file)
            : tr("The keys come from %1. Devices that can join the source network again may "
                 "leave the target.")
                  .arg(file);
        return MessageBox::question(this, title, question + u"\n\n"_s + details,
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    }
    if (action == AppKeyAction::Change) {
        return MessageBox::question(this, tr("Change AppKeys in TTN v2"),
                   LocaleNumbers::withGroupedN(
                       tr("Change the AppKey of %n device(s) in TTN v2?", nullptr, count), count)
                       + u"\n\n"_s
                       + tr("Each device gets a new random AppKey in TTN v2, so it can no longer "
                            "join "
                            "there. Nothing else changes. The original keys stay in %1; “Restore…” "
                            "puts them back.")
                             .arg(file),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    }
    return MessageBox::question(this, tr("Restore AppKeys in TTN v2"),
               LocaleNumbers::withGroupedN(
                   tr("Restore the original AppKey of %n device(s) in TTN v2?", nullptr, count),
                   count)
                   + u"\n\n"_s
                   + tr("The keys come from %1. Devices that can join TTN v2 again may leave The "
                        "Things Stack.")
                         .arg(file),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void AppKeyPanel::run(AppKeyAction action)
{
    AppKeyJobOptions options;
    options.action = action;
    options.journalDirectory = m_journalDir;
    m_job = tts() ? new AppKeyJob(m_ttsConnection, m_plan, options, this)
                  : new AppKeyJob(m_connection, m_plan, options, this);
    m_results->clear();
    m_results->show();
    m_progress->setRange(0, int(m_plan.devices().size()));
    m_progress->setValue(0);
    m_progress->show();
    if (tts())
        m_status->showMessage(InlineMessage::Kind::Busy,
            action == AppKeyAction::Change ? tr("Changing AppKeys in the source Join Server…")
                                           : tr("Restoring AppKeys in the source Join Server…"));
    else
        m_status->showMessage(InlineMessage::Kind::Busy,
            action == AppKeyAction::Change ? tr("Changing AppKeys in TTN v2…")
                                           : tr("Restoring AppKeys in TTN v2…"));
    connect(m_job, &AppKeyJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job, &AppKeyJob::deviceFinished, this,
        [this, action](const AppKeyDeviceResult &result) { addResult(result, action); });
    connect(m_job, &AppKeyJob::finished, this, &AppKeyPanel::onFinished);
    m_runButton = action == AppKeyAction::Change ? m_change : m_restore;
    // The buttons are disabled while it runs: keep the focus here, on Cancel, not on whatever
    // follows them in the page (Save report…).
    m_cancel->appear(nullptr);
    updateButtons();
    m_job->start();
}

void AppKeyPanel::addResult(const AppKeyDeviceResult &result, AppKeyAction action)
{
    const bool change = action == AppKeyAction::Change;
    QString text;
    QIcon icon;
    switch (result.status) {
    case AppKeyDeviceResult::Status::Written:
    case AppKeyDeviceResult::Status::WouldWrite:
        text = (change ? tr("%1: new AppKey (fingerprint %2 → %3)")
                       : tr("%1: original AppKey back (fingerprint %2 → %3)"))
                   .arg(result.v2DeviceId, result.oldKeyFingerprint, result.newKeyFingerprint);
        icon = UiIcons::success();
        break;
    case AppKeyDeviceResult::Status::Already:
        text = tr("%1: unchanged, %2").arg(result.v2DeviceId, result.reason);
        icon = UiIcons::info();
        break;
    case AppKeyDeviceResult::Status::Failed:
        text = tr("%1: failed, %2").arg(result.v2DeviceId, result.reason);
        icon = UiIcons::error();
        break;
    }
    m_results->addItem(new QListWidgetItem(icon, text));
    m_results->scrollToBottom();
}

void AppKeyPanel::onFinished(const AppKeyRunSummary &summary)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_progress->hide();
    updateButtons(); // Cancel hands the focus back to the run's button
    const bool change = summary.action == AppKeyAction::Change;
    using LocaleNumbers::number;
    const QString counts = change
        ? tr("%1 changed, %2 already changed, %3 failed.")
              .arg(number(summary.written), number(summary.already), number(summary.failed))
        : tr("%1 restored, %2 already original, %3 failed.")
              .arg(number(summary.written), number(summary.already), number(summary.failed));
    if (!summary.fatalMessage.isEmpty()) {
        m_status->showMessage(InlineMessage::Kind::Error,
            WizardErrorText::withAdvice(summary.fatalMessage, summary.fatalFix) + u' ' + counts);
    } else if (summary.canceled || !summary.complete()) {
        m_status->showMessage(InlineMessage::Kind::Warning,
            (summary.canceled ? tr("Canceled.") : tr("Not every device was done.")) + u' ' + counts
                + u' ' + tr("Run it again to finish: devices already done are skipped."));
    } else {
        QString done;
        if (tts())
            done = change ? tr("Every exported OTAA device has a new AppKey in the source Join "
                               "Server. %1")
                          : tr("Every device has its original AppKey in the source Join Server "
                               "again. %1");
        else
            done = change ? tr("Every exported OTAA device has a new AppKey in TTN v2. %1")
                          : tr("Every device has its original AppKey in TTN v2 again. %1");
        m_status->showMessage(InlineMessage::Kind::Success, done.arg(counts));
        if (change)
            emit changeSucceeded();
        else
            emit restoreSucceeded();
    }
}

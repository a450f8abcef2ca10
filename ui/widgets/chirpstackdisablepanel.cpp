#include "widgets/chirpstackdisablepanel.h"

#include "chirpstack/chirpstackdisabling.h"
#include "job/backgroundtask.h"
#include "util/localenumbers.h"
#include "validation/wizarderrortext.h"
#include "widgets/focushandoff.h"
#include "widgets/inlinemessage.h"
#include "widgets/messagebox.h"
#include "widgets/steppanellayout.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QProgressBar>
#include <QPushButton>
#include <utility>

using namespace Qt::StringLiterals;

ChirpStackDisablePanel::ChirpStackDisablePanel(QWidget *parent)
    : QWidget(parent)
    , m_task(new BackgroundTask(this))
    , m_disable(new QPushButton(tr("&Disable in ChirpStack…"), this))
    , m_enable(new QPushButton(tr("&Enable again…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new InlineMessage(this))
{
    m_disable->setObjectName(u"chirpstackDisableButton"_s);
    m_enable->setObjectName(u"chirpstackEnableButton"_s);
    m_enable->setToolTip(tr("Puts every device back as it was before: a device that was "
                            "disabled already stays disabled."));
    m_progress->setObjectName(u"chirpstackDisableProgress"_s);
    m_progress->setRange(0, 0); // the disabler says nothing until it is done
    m_progress->setTextVisible(false);
    m_progress->setFocusPolicy(Qt::NoFocus);
    m_progress->hide();
    m_status->setObjectName(u"chirpstackDisableStatus"_s);

    StepPanelLayout::arrange(this, { m_disable, m_enable }, m_progress, m_status);

    connect(m_disable, &QPushButton::clicked, this, [this] { begin(Action::Disable); });
    connect(m_enable, &QPushButton::clicked, this, [this] { begin(Action::Enable); });
    updateButtons();
}

ChirpStackDisablePanel::~ChirpStackDisablePanel() = default; // the task waits for its thread

void ChirpStackDisablePanel::setContext(
    const ChirpStackConnection &connection, const QStringList &devEuis, const QString &exportPath)
{
    if (exportPath != m_exportPath)
        m_status->clear();
    m_connection = connection;
    m_devEuis = devEuis;
    m_exportPath = exportPath;
    updateButtons();
}

QString ChirpStackDisablePanel::journalPath() const
{
    return m_exportPath.isEmpty() ? QString() : ChirpStackDisabler::journalPath(m_exportPath);
}

bool ChirpStackDisablePanel::isRunning() const
{
    return m_task->isRunning();
}

void ChirpStackDisablePanel::updateButtons()
{
    const bool ready
        = !m_exportPath.isEmpty() && ChirpStackDisabling::isAvailable() && !m_task->isRunning();
    m_disable->setEnabled(ready && !m_devEuis.isEmpty());
    // Undo only what a journal recorded (this run's, or an earlier one's for this export).
    m_enable->setEnabled(ready && QFileInfo::exists(journalPath()));
}

void ChirpStackDisablePanel::begin(Action action)
{
    const int count = int(m_devEuis.size());
    const QString journal = journalPath();
    const QString text = action == Action::Disable
        ? LocaleNumbers::withGroupedN(
            tr("Disable %n device(s) in ChirpStack? They stop being served by ChirpStack, so "
               "they can join The Things Stack. Their earlier state is written to %1; “Enable "
               "again” undoes it.",
                nullptr, count),
            count)
              .arg(QDir::toNativeSeparators(journal))
        : tr("Enable the devices again in ChirpStack, as they were before they were disabled? "
             "A device must never be active on both networks: do this only if the devices "
             "are not in The Things Stack.");
    const QString title = action == Action::Disable ? tr("Disable in ChirpStack")
                                                    : tr("Enable again in ChirpStack");
    if (MessageBox::question(this, title, text) != QMessageBox::Yes)
        return;

    m_runButton = action == Action::Disable ? m_disable : m_enable;
    m_progress->show();
    m_status->showMessage(InlineMessage::Kind::Busy,
        action == Action::Disable ? LocaleNumbers::withGroupedN(
            tr("Disabling %n device(s) in ChirpStack…", nullptr, count), count)
                                  : tr("Enabling the devices again in ChirpStack…"));
    auto result = std::make_shared<ChirpStackDisabler::Result>();
    const ChirpStackConnection connection = m_connection;
    const QStringList devEuis = m_devEuis;
    m_task->disconnect(this);
    connect(m_task, &BackgroundTask::finished, this,
        [this, action, result] { onFinished(action, *result); });
    m_task->start([action, connection, devEuis, journal, result](const std::atomic_bool &) {
        *result = action == Action::Disable
            ? ChirpStackDisabling::disable(connection, devEuis, journal)
            : ChirpStackDisabling::enable(connection, journal);
    });
    // While both are disabled the focus waits on the progress bar, then comes back.
    m_hadFocus = m_runButton->hasFocus();
    m_progress->setFocusPolicy(m_hadFocus ? Qt::TabFocus : Qt::NoFocus);
    FocusHandOff::disable(m_runButton, m_progress);
    updateButtons();
}

void ChirpStackDisablePanel::onFinished(Action action, const ChirpStackDisabler::Result &result)
{
    const bool hadFocus = std::exchange(m_hadFocus, false)
        && (m_progress->hasFocus() || QApplication::focusWidget() == nullptr);
    updateButtons();
    if (hadFocus) {
        QPushButton *to = m_runButton->isEnabled() ? m_runButton : m_disable;
        to->setFocus();
    }
    m_progress->setFocusPolicy(Qt::NoFocus);
    m_progress->hide();
    m_runButton = nullptr;

    const int done = result.changed + result.unchanged;
    QString text = action == Action::Disable
        ? LocaleNumbers::withGroupedN(
            tr("Disabled in ChirpStack: %1 (%n of them disabled before). Journal: %2", nullptr,
                result.unchanged),
            result.unchanged)
              .arg(LocaleNumbers::number(done), QDir::toNativeSeparators(journalPath()))
        : LocaleNumbers::withGroupedN(
            tr("Enabled again in ChirpStack: %1 (%n disabled before stay disabled).", nullptr,
                result.unchanged),
            result.unchanged)
              .arg(LocaleNumbers::number(result.changed));
    if (!result.failures.isEmpty())
        text += u' '
            + LocaleNumbers::withGroupedN(
                tr("%n device(s) failed: %1", nullptr, int(result.failures.size())),
                int(result.failures.size()))
                  .arg(result.failures.join(u"; "_s));
    if (result.fatal.isError()) {
        m_status->showMessage(
            InlineMessage::Kind::Error, WizardErrorText::sentence(result.fatal) + u' ' + text);
        return;
    }
    m_status->showMessage(
        result.ok() ? InlineMessage::Kind::Success : InlineMessage::Kind::Warning, text);
    if (result.ok())
        emit(action == Action::Disable ? disabled() : enabled());
}

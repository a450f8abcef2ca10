#include "pages/exportpage.h"

#include "appkey/generatedkeycheck.h"
#include "io/exportfile.h"
#include "jobs/exportwriter.h"
#include "migrationwizard.h"
#include "settings/wizardsettings.h"
#include "util/localenumbers.h"
#include "widgets/filedialogprovider.h"
#include "widgets/inlinemessage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

ExportPage::ExportPage(QWidget *parent)
    : WizardPage(parent)
    , m_intro(new QLabel(this))
    , m_save(new QPushButton(tr("&Save devices.json…"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_result(new InlineMessage(this))
{
    setTitle(tr("Export"));
    setSubTitle(tr("Save the devices in The Things Stack's JSON format, ready to import."));

    m_intro->setObjectName(u"exportIntro"_s);
    m_intro->setWordWrap(true);
    m_save->setObjectName(u"saveButton"_s);
    m_progress->setObjectName(u"saveProgress"_s);
    m_cancel->setObjectName(u"cancelSaveButton"_s);
    m_result->setObjectName(u"saveResult"_s);
    auto *privacy = new QLabel(
        tr("The file is readable only by you (permissions 0600) because it contains each "
           "device's root keys: anyone with the AppKey can impersonate the device. Keep it "
           "private and delete it after the import."),
        this);
    privacy->setObjectName(u"privacyNote"_s);
    privacy->setWordWrap(true);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addStretch(1);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(saveRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_result);
    layout->addSpacing(6);
    layout->addWidget(privacy);
    layout->addStretch(1);

    m_progress->hide();
    m_cancel->hide();
    connect(m_save, &QPushButton::clicked, this, &ExportPage::chooseFileAndSave);
    connect(m_cancel, &QPushButton::clicked, this, &ExportPage::cancelSave);
}

ExportPage::~ExportPage()
{
    cancelSave();
}

void ExportPage::initializePage()
{
    int exported = 0;
    for (const DeviceOutcome &outcome : migrationWizard()->lastOutcomes())
        exported += outcome.status == OutcomeStatus::Exported;
    m_intro->setText(LocaleNumbers::withGroupedN(
        tr("%n device(s) from the preview will be saved, one JSON object per line. "
           "Skipped and failed devices are not in the file.",
            nullptr, exported),
        exported));
    m_result->clear();
    m_savedPath.clear();
    m_fingerprint.clear();
    m_readBack = -1;
    updateCompleteness();
}

void ExportPage::cleanupPage()
{
    cancelSave();
    m_savedPath.clear();
    m_fingerprint.clear();
    m_readBack = -1;
}

QString ExportPage::blockingReason() const
{
    if (m_writer)
        return tr("Wait until the file is saved.");
    if (m_savedPath.isEmpty())
        return tr("Save devices.json to continue.");
    return {};
}

void ExportPage::chooseFileAndSave()
{
    WizardSettings &settings = WizardSettings::instance();
    const QString suggested = QDir(settings.lastFolder()).filePath(u"devices.json"_s);
    const QString path = FileDialogProvider::getSaveFileName(
        this, tr("Save devices.json"), suggested, tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastFolder(QFileInfo(path).absolutePath());
    save(path);
}

void ExportPage::save(const QString &path)
{
    cancelSave();
    if (const QString problem = ExportFile::checkWritable(path); !problem.isEmpty()) {
        m_result->showMessage(InlineMessage::Kind::Error, problem);
        return;
    }
    // After an AppKey change run, v2 holds keys this tool generated while the devices keep
    // their originals: such an export must never replace a devices.json (it may be the one
    // holding the originals). The CLI refuses through the same check.
    GeneratedKeyCheck generatedKeys(
        migrationWizard()->connection().appId, migrationWizard()->appKeyJournalDirectory());
    QByteArrayList lines;
    for (const DeviceOutcome &outcome : migrationWizard()->lastOutcomes()) {
        if (outcome.status != OutcomeStatus::Exported)
            continue;
        lines << outcome.json;
        generatedKeys.note(outcome.json);
    }
    if (const int withGeneratedKey = generatedKeys.devicesWithGeneratedKey();
        withGeneratedKey > 0) {
        m_result->showMessage(InlineMessage::Kind::Error,
            LocaleNumbers::withGroupedN(
                tr("Not saved: %n device(s) would get an AppKey that this tool generated in TTN "
                   "v2, not the key the device itself has. Restore the original keys first "
                   "(\u201cRestore\u2026\u201d on the last page, with the devices.json saved "
                   "before the change), then preview again.",
                    nullptr, withGeneratedKey),
                withGeneratedKey));
        return;
    }
    m_pendingPath = path;
    m_writer = new ExportWriter(path, lines, this);
    connect(m_writer, &ExportWriter::progress, this, [this](int written, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(written);
    });
    connect(m_writer, &ExportWriter::committing, this, [this] {
        // Cancel goes away now: keep the focus on this row (Qt would pass it on to About…).
        if (m_cancel->hasFocus())
            m_progress->setFocus();
        m_cancel->hide();
        m_progress->setRange(0, 0);
        m_result->showMessage(InlineMessage::Kind::Busy, tr("Reading the saved file back…"));
    });
    connect(m_writer, &ExportWriter::finished, this, &ExportPage::onFinished);
    m_savedPath.clear();
    m_fingerprint.clear();
    const bool saveHadFocus = m_save->hasFocus();
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    // Disabling the focused button would pass the focus on to whatever follows it (About…).
    if (saveHadFocus)
        m_cancel->setFocus();
    m_save->setEnabled(false);
    m_result->showMessage(
        InlineMessage::Kind::Busy, tr("Saving to %1…").arg(QDir::toNativeSeparators(path)));
    updateCompleteness();
    m_writer->start();
}

void ExportPage::cancelSave()
{
    if (!m_writer)
        return;
    const bool cancelHadFocus = m_cancel->hasFocus();
    m_writer->disconnect(this);
    m_writer->cancel();
    m_writer->deleteLater();
    m_writer = nullptr;
    m_save->setEnabled(true);
    if (cancelHadFocus)
        m_save->setFocus();
    m_progress->hide();
    m_cancel->hide();
    m_result->showMessage(InlineMessage::Kind::Info,
        tr("Saving canceled. Nothing was written; an existing file is "
           "unchanged."));
    updateCompleteness();
    emit saveFinished(false);
}

void ExportPage::onFinished(bool ok, const QString &error, int readBack)
{
    // The focus was on Save or Cancel, or went nowhere while the file was committed.
    const QWidget *focus = QApplication::focusWidget();
    const bool ours = !focus || focus == m_save || focus == m_cancel || focus == m_progress
        || !focus->isEnabled() || focus->isHidden();
    m_fingerprint = ok ? m_writer->fingerprint() : QString();
    m_writer->deleteLater();
    m_writer = nullptr;
    m_save->setEnabled(true);
    m_progress->hide();
    m_cancel->hide();
    const QString shownPath = QDir::toNativeSeparators(m_pendingPath);
    if (ok) {
        m_savedPath = m_pendingPath;
        m_readBack = readBack;
        m_result->showMessage(InlineMessage::Kind::Success,
            LocaleNumbers::withGroupedN(
                tr("Saved. Read back %n device(s) from %1.", nullptr, readBack), readBack)
                .arg(shownPath));
    } else {
        m_result->showMessage(
            InlineMessage::Kind::Error, tr("Could not save %1: %2").arg(shownPath, error));
    }
    updateCompleteness();
    // Saved: the natural next step is Next (Enter must not open About… or save again).
    if (ours) {
        QAbstractButton *next = wizard() ? wizard()->button(QWizard::NextButton) : nullptr;
        if (ok && next && next->isEnabled())
            next->setFocus();
        else
            m_save->setFocus();
    }
    emit saveFinished(ok);
}

#include "pages/exportpage.h"

#include "appkey/appkeyjournal.h"
#include "appkey/generatedkeycheck.h"
#include "convert/ttslimits.h"
#include "formatters/formatterfile.h"
#include "io/exportfile.h"
#include "io/exportfileset.h"
#include "jobs/exportwriter.h"
#include "report/formattertext.h"
#include "session/migrationsession.h"
#include "settings/wizardsettings.h"
#include "util/localenumbers.h"
#include "widgets/appkeypanel.h"
#include "widgets/filedialogprovider.h"
#include "widgets/inlinemessage.h"
#include "widgets/stopbutton.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

ExportPage::ExportPage(MigrationSession *session, QWidget *parent)
    : WizardPage(session, parent)
    , m_intro(new QLabel(this))
    , m_sizeNote(new InlineMessage(this))
    , m_split(new QCheckBox(this))
    , m_save(new QPushButton(tr("&Save devices.json…"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new StopButton(tr("&Cancel"), this))
    , m_result(new InlineMessage(this))
    , m_restoreSlot(new QWidget(this))
    , m_formatterResult(new InlineMessage(this))
    , m_partBytes(TtsLimits::defaultPartBytes)
{
    setTitle(tr("Export"));
    setSubTitle(tr("Save the devices in The Things Stack's JSON format, ready to import."));

    m_intro->setObjectName(u"exportIntro"_s);
    m_intro->setWordWrap(true);
    m_sizeNote->setObjectName(u"sizeNote"_s);
    m_split->setObjectName(u"splitCheck"_s);
    m_save->setObjectName(u"saveButton"_s);
    m_progress->setObjectName(u"saveProgress"_s);
    m_cancel->setObjectName(u"cancelSaveButton"_s);
    m_result->setObjectName(u"saveResult"_s);
    auto *restoreLayout = new QVBoxLayout(m_restoreSlot);
    restoreLayout->setContentsMargins(0, 0, 0, 0);
    m_formatterResult->setObjectName(u"formatterSaveResult"_s);
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
    layout->addWidget(m_sizeNote);
    layout->addWidget(m_split);
    layout->addSpacing(6);
    layout->addLayout(saveRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_result);
    layout->addWidget(m_restoreSlot);
    layout->addWidget(m_formatterResult);
    layout->addSpacing(6);
    layout->addWidget(privacy);
    layout->addStretch(1);

    m_progress->hide();
    m_cancel->hide();
    connect(m_save, &QPushButton::clicked, this, &ExportPage::chooseFileAndSave);
    connect(m_cancel, &QPushButton::clicked, this, &ExportPage::cancelSave);
    connect(m_split, &QCheckBox::toggled, this, &ExportPage::showSizeNote);
    setPartBytes(m_partBytes);
}

bool ExportPage::splitsIntoParts() const
{
    return m_split->isChecked();
}

void ExportPage::setSplitIntoParts(bool split)
{
    m_split->setChecked(split);
}

void ExportPage::setPartBytes(qint64 bytes)
{
    m_partBytes = std::min(bytes, TtsLimits::consoleMaxFileBytes - 1);
    const qint64 mib = 1024 * 1024;
    m_split->setText(m_partBytes % mib == 0
            ? tr("Split into numbered &parts of at most %L1 MiB (devices-001.json, …)")
                  .arg(m_partBytes / mib)
            : tr("Split into numbered &parts of at most %L1 bytes (devices-001.json, …)")
                  .arg(m_partBytes));
}

void ExportPage::showSizeNote()
{
    if (!ExportFileSet::exceedsConsoleLimit(m_exportBytes)) {
        m_sizeNote->clear();
        return;
    }
    const double mib = double(m_exportBytes) / (1024 * 1024);
    const int limit = int(TtsLimits::consoleMaxFileBytes / (1024 * 1024));
    if (m_split->isChecked()) {
        m_sizeNote->showMessage(InlineMessage::Kind::Info,
            tr("The export is %L1 MiB: The Things Stack Console refuses files of %2 MiB or "
               "more, so it is saved in numbered parts. Import every part.")
                .arg(mib, 0, 'f', 1)
                .arg(limit));
    } else {
        m_sizeNote->showMessage(InlineMessage::Kind::Warning,
            tr("The export is %L1 MiB: The Things Stack Console refuses files of %2 MiB or "
               "more. Split it into parts, or import it with the command line interface.")
                .arg(mib, 0, 'f', 1)
                .arg(limit));
    }
}

ExportPage::~ExportPage()
{
    cancelSave();
}

void ExportPage::initializePage()
{
    int exported = 0;
    const QList<DeviceOutcome> &outcomes = session()->outcomes();
    for (const DeviceOutcome &outcome : outcomes)
        exported += outcome.status == OutcomeStatus::Exported;
    // Split by default exactly when one file would be refused by the Console.
    m_exportBytes = ExportFileSet::exportBytes(outcomes);
    m_split->setChecked(ExportFileSet::exceedsConsoleLimit(m_exportBytes));
    showSizeNote();
    m_intro->setText(LocaleNumbers::withGroupedN(
        tr("%n device(s) from the preview will be saved, one JSON object per line. "
           "Skipped and failed devices are not in the file.",
            nullptr, exported),
        exported));
    m_result->clear();
    if (m_restore && !m_restore->isRunning())
        m_restore->hide();
    m_formatterResult->clear();
    session()->setSavedExport({});
    session()->setFormatterFile({});
    updateCompleteness();
}

void ExportPage::cleanupPage()
{
    cancelSave();
    session()->setSavedExport({});
    session()->setFormatterFile({});
}

QString ExportPage::blockingReason() const
{
    if (m_writer)
        return tr("Wait until the file is saved.");
    if (session()->savedExport().path.isEmpty())
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
    const qint64 maxPartBytes = m_split->isChecked() ? m_partBytes : 0;
    const QString firstFile = maxPartBytes > 0 ? ExportFileSet::partPath(path, 1) : path;
    if (const QString problem = ExportFile::checkWritable(firstFile); !problem.isEmpty()) {
        m_result->showMessage(InlineMessage::Kind::Error, problem);
        return;
    }
    // After an AppKey change run, the source (v2, or a TTS source's Join Server) holds keys this
    // tool generated while the devices keep their originals: such an export must never replace
    // a devices.json (it may be the one holding the originals). The CLI refuses through the
    // same check.
    const bool keysSource
        = session()->source() == ExportSource::Ttnv2 || session()->source() == ExportSource::Tts;
    GeneratedKeyCheck generatedKeys(keysSource ? session()->sourceApplicationId() : QString(),
        session()->appKeyJournalDirectory());
    QByteArrayList lines;
    for (const DeviceOutcome &outcome : session()->outcomes()) {
        if (outcome.status != OutcomeStatus::Exported)
            continue;
        lines << outcome.json;
        generatedKeys.note(outcome.json);
    }
    if (const int withGeneratedKey = generatedKeys.devicesWithGeneratedKey();
        withGeneratedKey > 0) {
        offerRestore(withGeneratedKey);
        return;
    }
    m_pendingPath = path;
    m_writer = new ExportWriter(path, lines, maxPartBytes, this);
    connect(m_writer, &ExportWriter::progress, this, [this](int written, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(written);
    });
    connect(m_writer, &ExportWriter::committing, this, [this] {
        // Cancel goes away now: keep the focus on this row (Qt would pass it on to About…).
        m_cancel->vanish(m_progress);
        m_progress->setRange(0, 0);
        m_result->showMessage(InlineMessage::Kind::Busy, tr("Reading the saved file back…"));
    });
    connect(m_writer, &ExportWriter::finished, this, &ExportPage::onFinished);
    session()->setSavedExport({});
    session()->setFormatterFile({});
    m_formatterResult->clear();
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->appear(m_save); // before Save is disabled, which would pass the focus to About…
    m_save->setEnabled(false);
    m_result->showMessage(
        InlineMessage::Kind::Busy, tr("Saving to %1…").arg(QDir::toNativeSeparators(path)));
    updateCompleteness();
    m_writer->start();
}

void ExportPage::offerRestore(int devicesWithGeneratedKey)
{
    const QString journals = session()->appKeyJournalDirectory();
    const bool tts = session()->source() == ExportSource::Tts;
    const AppKeySource source = tts ? AppKeySource::Tts : AppKeySource::TtnV2;
    const QList<AppKeyJournalRun> runs
        = AppKeyJournal::readRuns(journals, session()->sourceApplicationId());
    QString originals; // the devices.json the last change read: it holds the original keys
    for (auto run = runs.crbegin(); run != runs.crend() && originals.isEmpty(); ++run) {
        if (run->action == AppKeyAction::Change && run->source == source
            && QFileInfo::exists(run->devicesFile))
            originals = run->devicesFile;
    }
    const QString notSaved = LocaleNumbers::withGroupedN(tts
            ? tr("Not saved: %n device(s) would get an AppKey that this tool generated in the "
                 "source Join Server, not the key the device itself has (marked in the preview).",
                nullptr, devicesWithGeneratedKey)
            : tr("Not saved: %n device(s) would get an AppKey that this tool generated in TTN v2, "
                 "not the key the device itself has (marked in the preview).",
                nullptr, devicesWithGeneratedKey),
        devicesWithGeneratedKey);
    if (originals.isEmpty()) {
        if (m_restore)
            m_restore->hide();
        m_result->showMessage(InlineMessage::Kind::Error,
            notSaved + u' '
                + tr("Restore the original keys first (ttn-lw-migrate restore-app-keys with the "
                     "devices.json saved before the change), then preview again."));
        return;
    }
    if (!m_restore) {
        // Made when first needed: the same panel as on the next-steps page, restore only.
        m_restore = new AppKeyPanel(m_restoreSlot);
        m_restore->setObjectName(u"exportRestorePanel"_s);
        m_restore->setRestoreOnly(true);
        m_restoreSlot->layout()->addWidget(m_restore);
        connect(m_restore, &AppKeyPanel::restoreSucceeded, this, [this] {
            m_result->showMessage(InlineMessage::Kind::Success,
                m_restore->source() == AppKeySource::Tts
                    ? tr("The original AppKeys are back in the source Join Server. Go back to "
                         "the preview and run it again: the export then has each device's own "
                         "key.")
                    : tr("The original AppKeys are back in TTN v2. Go back to the preview and "
                         "run it again: the export then has each device's own key."));
        });
    }
    m_restore->setJournalDirectory(journals);
    const int originalCount = ExportFile::countDeviceLines(originals);
    if (tts)
        m_restore->setContext(session()->ttsSource(), { originals }, originalCount);
    else
        m_restore->setContext(session()->connection(), { originals }, originalCount);
    m_restore->show();
    m_result->showMessage(InlineMessage::Kind::Error,
        notSaved + u' '
            + tr("Restore the original keys from %1 with Restore… below, then go back and "
                 "preview again.")
                  .arg(QDir::toNativeSeparators(originals)));
    if (auto *restore = m_restore->findChild<QWidget *>(u"restoreKeysButton"_s))
        restore->setFocus();
}

void ExportPage::cancelSave()
{
    if (!m_writer)
        return;
    m_writer->disconnect(this);
    m_writer->cancel();
    m_writer->deleteLater();
    m_writer = nullptr;
    m_save->setEnabled(true);
    m_cancel->vanish(m_save);
    m_progress->hide();
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
    const QString fingerprint = ok ? m_writer->fingerprint() : QString();
    const QStringList paths = ok ? m_writer->paths() : QStringList();
    const QStringList stale = ok ? m_writer->staleParts() : QStringList();
    m_writer->deleteLater();
    m_writer = nullptr;
    m_save->setEnabled(true);
    m_progress->hide();
    m_cancel->hide();
    const QString shownPath = QDir::toNativeSeparators(m_pendingPath);
    if (ok) {
        session()->setSavedExport({ m_pendingPath, paths, readBack, fingerprint });
        saveFormatters(m_pendingPath);
    }
    const auto fileNames = [](const QStringList &files) {
        QStringList names;
        for (const QString &file : files)
            names << QFileInfo(file).fileName();
        return names.join(u", "_s);
    };
    if (ok && paths.value(0) != m_pendingPath) { // numbered parts
        QString text = LocaleNumbers::withGroupedN(
            tr("Saved in %1 parts. Read back %n device(s) from %2 in %3.", nullptr, readBack),
            readBack)
                           .arg(LocaleNumbers::number(paths.size()), fileNames(paths),
                               QDir::toNativeSeparators(QFileInfo(m_pendingPath).absolutePath()));
        if (!stale.isEmpty()) {
            text += u' '
                + tr("Parts of an earlier export are still in that folder and are not part of "
                     "this one: %1. Delete them, so they are not imported with it.")
                      .arg(fileNames(stale));
        }
        m_result->showMessage(
            stale.isEmpty() ? InlineMessage::Kind::Success : InlineMessage::Kind::Warning, text);
    } else if (ok) {
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

void ExportPage::saveFormatters(const QString &exportPath)
{
    const std::optional<SourceFormatterRead> read = session()->formattersRead();
    if (!read) { // the preview did not get an answer: nothing to say more than it did
        m_formatterResult->clear();
        return;
    }
    const QString path = FormatterFile::pathBeside(exportPath);
    const QString shown = QDir::toNativeSeparators(path);
    if (!read->read) {
        QString text = FormatterText::notRead(*read);
        if (QFileInfo::exists(path))
            text += u' '
                + tr("%1 is from an earlier export, and the import would set its formatters: "
                     "delete it if they are not this application's.")
                      .arg(shown);
        m_formatterResult->showMessage(InlineMessage::Kind::Warning, text);
        return;
    }
    const FormatterPlan &plan = session()->formatterPlan();
    QString error;
    if (!FormatterFile::save(path, plan, &error)) {
        m_formatterResult->showMessage(InlineMessage::Kind::Warning,
            tr("The payload formatters could not be saved to %1: %2. The devices are saved.")
                .arg(shown, error));
        return;
    }
    session()->setFormatterFile(path);
    if (!plan.problems.isEmpty()) {
        m_formatterResult->showMessage(InlineMessage::Kind::Warning,
            tr("Payload formatters saved to %1. Some are not set on import: %2. The v2 "
               "functions are saved there, to fix and paste in the Console.")
                .arg(shown, plan.problems.join(u"; "_s)));
    } else if (plan.hasTarget()) {
        m_formatterResult->showMessage(InlineMessage::Kind::Success,
            tr("Payload formatters saved to %1: the import sets them on the target "
               "application.")
                .arg(shown));
    } else { // the file still says so, so that an older one is not imported by mistake
        m_formatterResult->showMessage(InlineMessage::Kind::Info,
            tr("Saved %1: the application has no payload formatters to carry.").arg(shown));
    }
}

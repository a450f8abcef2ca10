#include "pages/importpage.h"

#include "formatters/formatterfile.h"
#include "formatters/ttsformatterapply.h"
#include "job/ttsimportjob.h"
#include "jobs/devicefilereader.h"
#include "migrationwizard.h"
#include "models/importresultmodel.h"
#include "models/rowfilterproxy.h"
#include "report/formattertext.h"
#include "session/migrationsession.h"
#include "settings/wizardsettings.h"
#include "tts/ttsrightnames.h"
#include "util/durationtext.h"
#include "util/localenumbers.h"
#include "util/redact.h"
#include "validation/wizarderrortext.h"
#include "widgets/filedialogprovider.h"
#include "widgets/filterrow.h"
#include "widgets/focusorder.h"
#include "widgets/inlinemessage.h"
#include "widgets/messagebox.h"
#include "widgets/stopbutton.h"
#include "widgets/ttsconnectionform.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportPage::ImportPage(MigrationSession *session, QWidget *parent)
    : WizardPage(session, parent)
    , m_file(new QLabel(this))
    , m_chooseFile(new QPushButton(tr("Open de&vices.json…"), this))
    , m_form(new TtsConnectionForm(this))
    , m_check(new QPushButton(tr("&Check"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_stop(new StopButton(tr("&Stop"), this))
    , m_retry(new QPushButton(tr("&Retry failed"), this))
    , m_saveFailed(new QPushButton(tr("Save failed devices as &JSON…"), this))
    , m_status(new InlineMessage(this))
    , m_formatterStatus(new InlineMessage(this))
    , m_counts(new QLabel(this))
    , m_timing(new QLabel(this))
    , m_tick(new QTimer(this))
    , m_progress(new QProgressBar(this))
    , m_filter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(session->importResultModel()) // the report lists the results
    , m_proxy(new RowFilterProxy(ImportResultModel::SortRole, ImportResultModel::FilterRole, this))
    , m_reader(new DeviceFileReader(this))
{
    setTitle(tr("Import into The Things Stack"));
    setSubTitle(tr("Creates every device of devices.json in your application. Check first: "
                   "it shows the key's rights and any conflict before anything is written."));

    m_file->setObjectName(u"importFileLabel"_s);
    m_file->setWordWrap(true);
    m_chooseFile->setObjectName(u"chooseImportFileButton"_s);
    m_chooseFile->setToolTip(tr("Open a devices.json written by the export."));
    m_chooseFile->setAutoDefault(false); // Enter keeps starting the import
    m_form->setObjectName(u"importConnectionForm"_s);
    m_check->setObjectName(u"checkButton"_s);
    m_check->setToolTip(tr("Check the API key's rights and find devices that are already there "
                           "or in conflict. Nothing is written."));
    m_import->setObjectName(u"importButton"_s);
    m_stop->setObjectName(u"stopImportButton"_s);
    m_stop->setToolTip(tr("Start no further device; the devices in flight are finished or "
                          "rolled back, so none is left half-created."));
    m_retry->setObjectName(u"retryFailedButton"_s);
    m_retry->setToolTip(tr("Import again the devices that failed for a reason a retry can fix "
                           "(The Things Stack busy or unreachable, stopped). A device whose ID "
                           "or EUIs are taken, or a line The Things Stack refuses, needs the "
                           "file fixed: save the failed devices."));
    m_saveFailed->setObjectName(u"saveFailedButton"_s);
    m_saveFailed->setToolTip(tr("Save the devices that are not in The Things Stack as a "
                                "devices.json, to fix them and import that file."));
    m_saveFailed->setAutoDefault(false);
    m_timing->setObjectName(u"importTiming"_s);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ImportPage::updateTiming);
    m_status->setObjectName(u"importStatus"_s);
    m_formatterStatus->setObjectName(u"formatterStatus"_s);
    m_counts->setObjectName(u"importCounts"_s);
    m_counts->setWordWrap(true);
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setAccessibleName(tr("Import progress"));
    m_filter->setObjectName(u"importFilterCombo"_s);
    m_filter->setAccessibleName(tr("Show devices"));
    m_filter->addItem(tr("All devices"), -1);
    m_filter->addItem(tr("In The Things Stack"), int(ImportResultModel::Group::InTts));
    m_filter->addItem(tr("Failed or not imported"), int(ImportResultModel::Group::Failed));
    m_filter->addItem(tr("Pending"), int(ImportResultModel::Group::Pending));
    m_search->setObjectName(u"importSearchEdit"_s);
    m_search->setAccessibleName(tr("Search devices"));
    m_search->setPlaceholderText(tr("Device ID or reason"));
    m_search->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(u"importTable"_s);
    m_table->setAccessibleName(tr("Import results"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImportResultModel::LineColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    // Tab leaves the table (arrows move between rows), so the keyboard reaches Next.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(
        ImportResultModel::ReasonColumn, QHeaderView::Stretch);
    const int em = fontMetrics().averageCharWidth();
    // The header and its sort arrow ("Zeile ▾" in German), or six digits.
    m_table->setColumnWidth(ImportResultModel::LineColumn,
        std::max(em * 7,
            fontMetrics().horizontalAdvance(
                m_model->headerData(ImportResultModel::LineColumn, Qt::Horizontal).toString())
                + em * 5));
    // Wide enough for a device ID of the longest kind TTS allows (36 characters).
    m_table->setColumnWidth(ImportResultModel::DeviceColumn,
        fontMetrics().horizontalAdvance(QString(36, u'n')) + em * 2);
    // The longest result in the current language, beside its icon (German words are longer:
    // "Fehlgeschlagen", "würde importiert"), so a word is never cut.
    int resultWidth = fontMetrics().horizontalAdvance(
        m_model->headerData(ImportResultModel::ResultColumn, Qt::Horizontal).toString());
    for (const QString &text : ImportResultModel::allResultTexts())
        resultWidth = std::max(resultWidth, fontMetrics().horizontalAdvance(text));
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table);
    m_table->setColumnWidth(ImportResultModel::ResultColumn, resultWidth + icon + em * 4);
    m_table->setMinimumHeight(fontMetrics().height() * 6);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_import);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_saveFailed);
    buttons->addStretch(1);
    auto *countsRow = new QHBoxLayout;
    countsRow->addWidget(m_counts, 1);
    auto *progressColumn = new QVBoxLayout;
    progressColumn->addWidget(m_progress);
    progressColumn->addWidget(m_timing);
    countsRow->addLayout(progressColumn, 1);
    QHBoxLayout *filterRow
        = FilterRow::create(this, tr("Sh&ow:"), m_filter, tr("Searc&h:"), m_search);

    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_chooseFile, 0, Qt::AlignTop);
    layout->addLayout(fileRow);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_formatterStatus);
    layout->addLayout(countsRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    FocusOrder::apply(layout);

    m_progress->hide();
    m_timing->hide();
    m_status->clear();
    m_formatterStatus->clear();
    connect(m_form, &TtsConnectionForm::changed, this, [this] {
        if (!isRunning() && !isApplyingFormatters()) {
            m_status->clear(); // a result is only true for the values it was got with
            m_formatterStatus->clear();
        }
        updateButtons();
    });
    connect(m_chooseFile, &QPushButton::clicked, this, &ImportPage::chooseFile);
    connect(m_check, &QPushButton::clicked, this, &ImportPage::check);
    connect(m_import, &QPushButton::clicked, this, &ImportPage::startImport);
    connect(m_stop, &QPushButton::clicked, this, &ImportPage::stop);
    connect(m_retry, &QPushButton::clicked, this, &ImportPage::retryFailed);
    connect(m_saveFailed, &QPushButton::clicked, this, &ImportPage::saveFailed);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ImportPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &ImportPage::applyFilter);
    connect(m_reader, &DeviceFileReader::finished, this, &ImportPage::onFileRead);
    updateCounts();
    updateButtons();
}

ImportPage::~ImportPage()
{
    if (m_job)
        m_job->disconnect(this);
    if (m_formatterApply)
        m_formatterApply->disconnect(this);
}

bool ImportPage::isApplyingFormatters() const
{
    return !m_formatterApply.isNull() || m_askingFormatters;
}

bool ImportPage::isRunning() const
{
    return !m_job.isNull();
}

void ImportPage::setFilePaths(const QStringList &paths)
{
    if (paths == m_paths && (m_loaded || m_reader->isReading()))
        return;
    m_paths = paths;
    m_loaded = false;
    m_fileError.clear();
    m_devices.clear();
    m_model->setDevices({});
    m_importRuns = 0;
    m_formatterStatus->clear();
    if (paths.isEmpty()) {
        m_file->setText(tr("No devices.json yet: save one on the Export page, or start the "
                           "wizard with --import FILE."));
    } else {
        m_file->setText(tr("Reading %1…").arg(DeviceFileReader::filesText(paths)));
        m_reader->read(paths);
    }
    updateCounts();
    updateButtons();
}

void ImportPage::onFileRead(const QStringList &paths, const TtsDeviceFileContents &contents)
{
    if (paths != m_paths)
        return;
    const QString shown = DeviceFileReader::filesText(paths);
    if (!contents.ok()) {
        // Unreadable, empty, or no devices.json at all: refused as a whole, nothing is sent.
        m_fileError = contents.problemText();
        m_file->setText(tr("File: %1").arg(shown));
        m_status->showMessage(InlineMessage::Kind::Error, m_fileError);
        updateButtons();
        return;
    }
    m_loaded = true;
    m_devices = contents.devices;
    m_model->setDevices(m_devices);
    int unusable = 0;
    for (const TtsFileDevice &device : std::as_const(m_devices))
        unusable += device.ok() ? 0 : 1;
    // The parts of a split export are imported as one.
    const int devices = int(m_devices.size());
    QString text = paths.size() == 1
        ? LocaleNumbers::withGroupedN(tr("File: %1, %n device(s).", nullptr, devices), devices)
              .arg(shown)
        : LocaleNumbers::withGroupedN(
            tr("Files: %1 (one export in %2 parts), %n device(s).", nullptr, devices), devices)
              .arg(shown, LocaleNumbers::number(paths.size()));
    if (unusable > 0)
        text += u' '
            + LocaleNumbers::withGroupedN(
                tr("%n line(s) cannot be imported (see the table).", nullptr, unusable), unusable);
    m_file->setText(text);
    m_file->setToolTip(shown);
    updateCounts();
    updateButtons();
}

// A missing, wrong or no file at all (--import missing.json, an export saved elsewhere): the
// user picks the right one here instead of starting over.
void ImportPage::chooseFile()
{
    const QString start = m_paths.isEmpty() ? WizardSettings::instance().lastFolder()
                                            : QFileInfo(m_paths.constFirst()).absolutePath();
    const QString path = FileDialogProvider::getOpenFileName(
        this, tr("Choose devices.json"), start, tr("Exports (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    session()->setStartFiles({ path }); // Back and Next keep it, so does Status
    setFilePaths({ path });
}

void ImportPage::initializePage()
{
    if (!m_formRestored) {
        m_formRestored = true;
        m_form->restore();
    }
    QStringList paths = session()->startFiles();
    if (paths.isEmpty())
        paths = session()->savedExport().paths; // every part of a split export
    setFilePaths(paths);
    if (QWidget *field = m_form->firstIncompleteField())
        field->setFocus();
    else
        m_import->setFocus();
    makeImportDefault();
}

void ImportPage::makeImportDefault()
{
    m_import->setDefault(false); // setDefault(true) must take effect even if it was set
    m_import->setDefault(true);
}

void ImportPage::cleanupPage()
{
    // Back while an import runs: it stops cleanly (devices in flight are finished or rolled
    // back) and its results stay.
    stop();
    if (m_formatterApply)
        m_formatterApply->cancel();
}

QString ImportPage::blockingReason() const
{
    if (isRunning())
        return tr("The import is running: wait for it to finish, or stop it.");
    if (isApplyingFormatters())
        return tr("Wait until the payload formatters are set.");
    if (!m_fileError.isEmpty())
        return m_fileError;
    if (!m_loaded)
        return m_paths.isEmpty() ? tr("There is no devices.json to import.")
                                 : tr("Reading devices.json…");
    return m_form->problem();
}

bool ImportPage::validatePage()
{
    m_form->saveSettings();
    return true;
}

int ImportPage::nextId() const
{
    return MigrationWizard::StatusPageId;
}

QList<TtsImportOutcome> ImportPage::outcomes() const
{
    return m_model->outcomes();
}

void ImportPage::check()
{
    run(Mode::Check, m_devices);
}

void ImportPage::startImport()
{
    run(Mode::Import, m_devices);
}

void ImportPage::retryFailed()
{
    QList<TtsFileDevice> devices;
    for (int row : m_model->rowsToRetry())
        devices << m_devices.at(row);
    run(Mode::Retry, devices);
}

void ImportPage::run(Mode mode, const QList<TtsFileDevice> &devices)
{
    if (isRunning() || isApplyingFormatters() || !m_loaded || devices.isEmpty())
        return;
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        m_status->showMessage(InlineMessage::Kind::Warning, problem);
        return;
    }
    m_mode = mode;
    m_closeWhenStopped = false;
    m_rights.clear();
    m_stage.clear();
    m_preflightFailed = false;
    m_busyUntilMs = -1;
    m_form->saveSettings();
    TtsConnection connection = m_form->connection();
    connection.retryBaseDelayMs = m_retryBaseDelayMs;
    Redact::registerSecret(connection.apiKey);
    m_connection = connection;
    m_formatterStatus->clear();
    TtsImportOptions options;
    options.concurrency = m_concurrency;
    options.dryRun = mode == Mode::Check;
    // A retried device that was left partly created is listed with its EUIs: complete it.
    options.completeExisting = mode == Mode::Retry;
    if (mode != Mode::Check) {
        ++m_importRuns;
        m_model->markPending(devices);
    }
    m_job = new TtsImportJob(connection, devices, options, this);
    connect(m_job, &TtsImportJob::stageChanged, this, [this](const QString &message) {
        m_stage = message;
        m_status->showMessage(InlineMessage::Kind::Busy, message);
    });
    connect(m_job, &TtsImportJob::serverBusy, this,
        [this](bool, qint64 retryInMs) { onServerBusy(retryInMs); });
    connect(m_job, &TtsImportJob::preflightFinished, this, &ImportPage::onPreflight);
    connect(m_job, &TtsImportJob::deviceFinished, this, &ImportPage::onOutcome);
    connect(m_job, &TtsImportJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_estimate.update(done, total);
    });
    connect(m_job, &TtsImportJob::finished, this, &ImportPage::onFinished);
    m_progress->setRange(0, std::max(int(devices.size()), 1));
    m_progress->setValue(0);
    m_progress->setVisible(mode != Mode::Check);
    m_estimate.restart();
    m_estimate.update(0, int(devices.size()));
    m_runClock.start();
    m_timing->setVisible(mode != Mode::Check);
    updateTiming();
    m_tick->start();
    m_job->start();
    m_stop->appear(
        nullptr); // before the starting button is disabled, which would pass the focus on
    updateButtons();
    updateCompleteness();
    emit runningChanged(true);
}

void ImportPage::onPreflight(const TtsPreflightResult &result)
{
    // The rights this import needs, not every right the key has (RIGHT_APPLICATION_ALL
    // expands to fourteen).
    if (result.missingRights.isEmpty() && !result.rights.isEmpty())
        m_rights = TtsRightNames::list(TtsPreflight::neededRights(m_devices));
    if (result.ok())
        m_form->commitKey(); // the key was accepted: remember it if the user asked to
    m_preflightFailed = !result.ok();
}

void ImportPage::onOutcome(const TtsImportOutcome &outcome)
{
    // A bad key or a missing right: the status says so once; no row "failed" for it.
    if (m_preflightFailed)
        return;
    m_model->setOutcome(outcome, m_mode == Mode::Check);
    updateCounts();
}

// A re-run after an import that was killed half-way (§4): say how many it completed.
QString ImportPage::completedText(const TtsImportSummary &summary) const
{
    if (summary.completed == 0)
        return QString();
    return u' '
        + LocaleNumbers::withGroupedN(
            tr("%n device(s) left partly created by an earlier import were completed.", nullptr,
                summary.completed),
            summary.completed);
}

void ImportPage::onFinished(const TtsImportSummary &summary)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_tick->stop();
    m_progress->hide();
    m_timing->hide();
    const QLocale locale;
    if (!summary.fatal.isEmpty()) {
        m_status->showMessage(InlineMessage::Kind::Error,
            WizardErrorText::withAdvice(summary.fatal, summary.fatalFix));
    } else if (m_mode == Mode::Check) {
        const int fail = summary.failed + summary.notImported;
        m_status->showMessage(
            fail > 0 ? InlineMessage::Kind::Warning : InlineMessage::Kind::Success,
            tr("Nothing was written. The API key has the rights the import needs (%1). %2 will "
               "be imported, %3 are already in The Things Stack, %4 will fail.")
                .arg(m_rights, locale.toString(summary.wouldImport),
                    locale.toString(summary.alreadyInTts), locale.toString(fail)));
    } else if (m_model->allInTts()) {
        m_status->showMessage(InlineMessage::Kind::Success,
            tr("Every device of the file is in The Things Stack: %1 imported now, %2 already "
               "there.")
                    .arg(locale.toString(m_model->counts().imported),
                        locale.toString(m_model->counts().alreadyInTts))
                + completedText(summary));
    } else {
        const QString counts
            = tr("%1 imported, %2 already in The Things Stack, %3 failed or not "
                 "imported.")
                  .arg(locale.toString(summary.imported), locale.toString(summary.alreadyInTts),
                      locale.toString(
                          summary.failed + summary.partlyCreated + summary.notImported));
        QString text = summary.canceled
            ? tr("Stopped; the devices in flight were finished or rolled back.") + u' ' + counts
            : counts;
        text += completedText(summary);
        if (summary.partlyCreated > 0)
            text += u' '
                + LocaleNumbers::withGroupedN(
                    tr("%n device(s) are partly created: Retry failed completes them, or delete "
                       "them in the Console.",
                        nullptr, summary.partlyCreated),
                    summary.partlyCreated);
        // The core tells which failures a retry can fix; the others need the file fixed.
        const int retryable = int(m_model->rowsToRetry().size());
        const int toFix = int(m_model->rowsNotInTts().size()) - retryable;
        if (retryable > 0)
            text += u' '
                + LocaleNumbers::withGroupedN(
                    tr("Retry failed imports the %n device(s) a retry can fix.", nullptr,
                        retryable),
                    retryable);
        if (toFix > 0)
            text += u' '
                + LocaleNumbers::withGroupedN(
                    tr("%n device(s) need the file fixed (an ID or EUIs taken, a line The "
                       "Things Stack refuses): Save failed devices as JSON… writes them to a file.",
                        nullptr, toFix),
                    toFix);
        m_status->showMessage(InlineMessage::Kind::Warning, text);
    }
    updateCounts();
    updateButtons();
    // After the buttons are enabled again, so the focus lands on the natural next step.
    m_stop->vanish(m_retry->isEnabled() ? m_retry
            : m_import->isEnabled()     ? static_cast<QWidget *>(m_import)
                                        : m_table);
    updateCompleteness();
    if (summary.fatal.isEmpty() && !summary.canceled)
        applyFormatters(false, m_mode == Mode::Check);
    emit runningChanged(false);
    if (m_model->allInTts() && m_mode != Mode::Check)
        emit allInTts();
    if (std::exchange(m_closeWhenStopped, false))
        emit closeAfterStop();
}

void ImportPage::onServerBusy(qint64 retryInMs)
{
    m_busyUntilMs = std::max(m_busyUntilMs, m_runClock.elapsed() + retryInMs);
    updateTiming();
}

void ImportPage::updateTiming()
{
    if (!isRunning() || !m_runClock.isValid())
        return;
    const qint64 now = m_runClock.elapsed();
    const qint64 busyLeft = m_busyUntilMs - now;
    if (busyLeft > 0) {
        // Instead of rows that just stay pending: TTS asked to wait, the import goes on.
        const int seconds = int((busyLeft + 999) / 1000);
        m_status->showMessage(InlineMessage::Kind::Warning,
            LocaleNumbers::withGroupedN(
                tr("The Things Stack is limiting requests, retrying in %n s.", nullptr, seconds),
                seconds));
    } else if (m_busyUntilMs >= 0) {
        m_busyUntilMs = -1;
        if (!m_stage.isEmpty() && m_stop->isEnabled())
            m_status->showMessage(InlineMessage::Kind::Busy, m_stage);
    }
    if (m_mode == Mode::Check)
        return;
    const qint64 left = m_estimate.remainingMs();
    const QString elapsed = DurationText::rough(now);
    m_timing->setText(left > 0
            ? tr("Elapsed: %1, about %2 left").arg(elapsed, DurationText::rough(left))
            : tr("Elapsed: %1").arg(elapsed));
}

bool ImportPage::saveFailed()
{
    const QList<int> rows = m_model->rowsNotInTts();
    if (rows.isEmpty() || isRunning())
        return false;
    QList<TtsFileDevice> failed;
    for (int row : rows)
        failed << m_devices.at(row);
    const QString suggested = TtsDeviceFile::failedPathBeside(m_paths);
    const QString path = FileDialogProvider::getSaveFileName(this, tr("Save failed devices"),
        suggested.isEmpty() ? WizardSettings::instance().lastFolder() : suggested,
        tr("Exports (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    const TtsDeviceFile::Saved saved = TtsDeviceFile::save(path, failed);
    if (!saved.ok()) {
        m_status->showMessage(InlineMessage::Kind::Error,
            tr("The failed devices were not saved: %1").arg(saved.error));
        return false;
    }
    QString text = LocaleNumbers::withGroupedN(
        tr("Saved %n device(s) to %1: fix them, then open that file here and import it.", nullptr,
            saved.written),
        saved.written)
                       .arg(QDir::toNativeSeparators(path));
    if (saved.skipped > 0)
        text += u' '
            + LocaleNumbers::withGroupedN(
                tr("%n line(s) that are not JSON could not be saved.", nullptr, saved.skipped),
                saved.skipped);
    m_status->showMessage(InlineMessage::Kind::Success, text);
    return true;
}

void ImportPage::stop()
{
    if (!m_job)
        return;
    m_stop->setEnabled(false);
    m_status->showMessage(InlineMessage::Kind::Busy,
        tr("Stopping: finishing or rolling back the devices in flight…"));
    m_job->cancel(); // finished() follows
}

bool ImportPage::confirmClose()
{
    if (!isRunning())
        return true;
    const auto answer = MessageBox::question(this, tr("Stop the import?"),
        tr("The import into The Things Stack is still running. Stop it and close the wizard?")
            + u"\n\n"_s
            + tr("The devices in flight are finished or rolled back first, so none is left "
                 "half-created. Running the import again later finishes it."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    m_closeWhenStopped = true;
    stop();
    return false;
}

void ImportPage::updateCounts()
{
    const ImportResultModel::Counts c = m_model->counts();
    const QLocale locale;
    if (c.total == 0) {
        m_counts->clear();
        return;
    }
    // Whole sentences, so a translation can order and inflect them.
    m_counts->setText(
        LocaleNumbers::withGroupedN(
            tr("%n device(s): %1 imported, %2 already in The Things Stack, %3 failed "
               "or not imported, %4 pending.",
                nullptr, c.total),
            c.total)
            .arg(locale.toString(c.imported), locale.toString(c.alreadyInTts),
                locale.toString(c.failed), locale.toString(c.pending + c.wouldImport)));
}

void ImportPage::updateButtons()
{
    const bool running = isRunning();
    const bool ready = !running && !isApplyingFormatters() && m_loaded && !m_devices.isEmpty()
        && m_form->isComplete();
    m_check->setEnabled(ready);
    m_import->setEnabled(ready);
    m_retry->setEnabled(ready && m_importRuns > 0 && !m_model->rowsToRetry().isEmpty());
    m_saveFailed->setEnabled(
        !running && m_loaded && m_importRuns > 0 && !m_model->rowsNotInTts().isEmpty());
    m_form->setEnabled(!running && !isApplyingFormatters());
    updateCompleteness();
}

void ImportPage::shareWithSession()
{
    session()->setImportConnection(m_form->choice(), m_form->isComplete(), m_form->connection());
    session()->setImportFile(m_paths, m_loaded, m_devices);
}

void ImportPage::applyFilter()
{
    const int group = m_filter->currentData().toInt();
    m_proxy->setGroupFilter(group < 0 ? std::nullopt : std::optional<int>(group));
    m_proxy->setTextFilter(m_search->text());
}

void ImportPage::applyFormatters(bool replace, bool dryRun)
{
    if (!replace) {
        m_formatterFile = FormatterFile::findBeside(m_paths);
        if (m_formatterFile.isEmpty())
            return; // no formatter file beside the export: nothing to say
        const FormatterFile::Loaded loaded = FormatterFile::load(m_formatterFile);
        if (!loaded.error.isEmpty()) {
            m_formatterStatus->showMessage(InlineMessage::Kind::Warning,
                tr("The payload formatters were not set: %1").arg(loaded.error));
            return;
        }
        m_formatterPlan = loaded.plan;
    }
    m_formatterDryRun = dryRun;
    m_formatterApply = new TtsFormatterApply(m_connection, m_formatterPlan, replace, dryRun, this);
    connect(m_formatterApply, &TtsFormatterApply::finished, this, &ImportPage::onFormattersApplied);
    m_formatterStatus->showMessage(InlineMessage::Kind::Busy,
        dryRun ? tr("Checking the application's payload formatters…")
               : tr("Setting the application's payload formatters…"));
    updateButtons();
    m_formatterApply->start(); // may answer at once (nothing to set)
}

void ImportPage::onFormattersApplied(const TtsFormatterOutcome &outcome)
{
    using Status = TtsFormatterOutcome::Status;
    if (m_formatterApply)
        m_formatterApply->deleteLater();
    m_formatterApply = nullptr;
    const QString app = m_connection.applicationId;
    if (outcome.error.kind == TtsErrorKind::Canceled) {
        m_formatterStatus->clear();
    } else if (m_formatterDryRun) {
        // Check: what Import will do with them; nothing is written and nothing is asked yet.
        if (outcome.status == Status::KeptExisting)
            m_formatterStatus->showMessage(InlineMessage::Kind::Info,
                tr("Payload formatters: application %1 already has other default formatters; "
                   "Import asks before replacing them.")
                    .arg(app));
        else if (outcome.status == Status::NoRight)
            m_formatterStatus->showMessage(InlineMessage::Kind::Warning,
                tr("Payload formatters: the API key lacks the right "
                   "RIGHT_APPLICATION_SETTINGS_BASIC, so Import will import the devices and "
                   "leave the formatters alone."));
        else if (outcome.status == Status::Failed)
            m_formatterStatus->showMessage(InlineMessage::Kind::Warning,
                tr("Payload formatters: could not be checked (%1).")
                    .arg(outcome.error.message.isEmpty() ? outcome.error.networkText
                                                         : outcome.error.message));
        else
            m_formatterStatus->showMessage(InlineMessage::Kind::Info,
                FormatterText::outcome(outcome, m_formatterPlan, app, m_formatterFile));
    } else {
        session()->setFormatterOutcome(outcome, m_formatterFile, m_formatterPlan);
        const bool leftAlone = outcome.status == Status::NoRight || outcome.status == Status::Failed
            || outcome.status == Status::KeptExisting;
        m_formatterStatus->showMessage(
            leftAlone ? InlineMessage::Kind::Warning : InlineMessage::Kind::Success,
            FormatterText::outcome(outcome, m_formatterPlan, app, m_formatterFile));
        if (outcome.status == Status::KeptExisting) {
            // Asked once the apply's signal has returned (the box runs an event loop).
            m_askingFormatters = true;
            QTimer::singleShot(0, this, [this, outcome] { askToReplaceFormatters(outcome); });
        }
    }
    updateButtons();
}

void ImportPage::askToReplaceFormatters(const TtsFormatterOutcome &outcome)
{
    const auto describe = [](const FormatterSetting &setting) {
        if (!setting.isSet())
            return tr("none");
        if (setting.formatter == u"FORMATTER_CAYENNELPP")
            return tr("Cayenne LPP");
        if (setting.isJavaScript())
            return tr("JavaScript");
        return setting.formatter;
    };
    const QString app = m_connection.applicationId;
    const auto answer = MessageBox::question(this, tr("Replace the payload formatters?"),
        tr("Application %1 in The Things Stack already has other default payload formatters "
           "(uplink: %2, downlink: %3).")
                .arg(app, describe(outcome.existing.up), describe(outcome.existing.down))
            + u"\n\n"_s
            + tr("Replace them with those migrated from TTN v2 (uplink: %1, downlink: %2)? "
                 "Keep them if they were set on purpose: the migrated scripts stay in %3.")
                  .arg(describe(m_formatterPlan.target.up), describe(m_formatterPlan.target.down),
                      QDir::toNativeSeparators(m_formatterFile)),
        { { QMessageBox::Yes, tr("&Replace them") },
            { QMessageBox::No, tr("&Keep the existing ones") } },
        QMessageBox::No);
    m_askingFormatters = false;
    if (answer == QMessageBox::Yes)
        applyFormatters(true, false);
    else
        updateButtons();
}

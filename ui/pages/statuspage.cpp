#include "pages/statuspage.h"

#include "jobs/devicefilereader.h"
#include "migrationwizard.h"
#include "models/joinstatusmodel.h"
#include "models/rowfilterproxy.h"
#include "report/reportsaverow.h"
#include "session/migrationsession.h"
#include "util/localenumbers.h"
#include "util/redact.h"
#include "validation/wizarderrortext.h"
#include "widgets/filterrow.h"
#include "widgets/focusorder.h"
#include "widgets/inlinemessage.h"
#include "widgets/joinchart.h"
#include "widgets/rememberkeybox.h"
#include "widgets/ttsconnectionform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

StatusPage::StatusPage(MigrationSession *session, QWidget *parent)
    : WizardPage(session, parent)
    , m_where(new QLabel(this))
    , m_showConnection(new QPushButton(tr("Connection &settings"), this))
    , m_form(new TtsConnectionForm(this))
    , m_watch(new QPushButton(tr("Wat&ch devices"), this))
    , m_refresh(new QPushButton(tr("R&efresh now"), this))
    , m_refreshedAt(new QLabel(this))
    , m_status(new InlineMessage(this))
    , m_counts(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_chart(new JoinChart(this))
    , m_filter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
    , m_causes(new InlineMessage(this))
    , m_report(new ReportSaveRow(session, this))
    , m_model(new JoinStatusModel(this))
    , m_proxy(new RowFilterProxy(JoinStatusModel::SortRole, JoinStatusModel::FilterRole, this))
    , m_reader(new DeviceFileReader(this))
    , m_clock(new QTimer(this))
{
    setTitle(tr("Migration status"));
    setSubTitle(tr("Which devices have joined The Things Stack. Each OTAA device joins at its "
                   "next join attempt; the page refreshes every minute while it is open."));
    setFinalPage(true);

    m_where->setObjectName(u"statusWhereLabel"_s);
    m_where->setWordWrap(true);
    m_showConnection->setObjectName(u"showConnectionButton"_s);
    m_showConnection->setCheckable(true);
    m_form->setObjectName(u"statusConnectionForm"_s);
    m_form->rememberBox()->checkBox()->setObjectName(u"rememberStatusKeyCheck"_s);
    m_watch->setObjectName(u"watchButton"_s);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_refreshedAt->setObjectName(u"refreshedAtLabel"_s);
    m_refreshedAt->setWordWrap(true);
    m_status->setObjectName(u"trackingStatus"_s);
    m_counts->setObjectName(u"joinCounts"_s);
    m_counts->setWordWrap(true);
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_progress->setObjectName(u"joinProgress"_s);
    m_progress->setAccessibleName(tr("Devices joined"));
    m_progress->setFormat(tr("%p% joined"));
    m_chart->setObjectName(u"joinChart"_s);
    m_filter->setObjectName(u"joinFilterCombo"_s);
    m_filter->setAccessibleName(tr("Show devices"));
    m_filter->addItem(tr("All devices"), -1);
    m_filter->addItem(tr("Waiting"), int(TtsJoinState::Waiting));
    m_filter->addItem(tr("Joined or seen"), int(TtsJoinState::Joined));
    m_filter->addItem(tr("Active"), int(TtsJoinState::Active));
    m_filter->addItem(tr("Not in The Things Stack"), int(TtsJoinState::NotInTts));
    m_search->setObjectName(u"joinSearchEdit"_s);
    m_search->setAccessibleName(tr("Search devices"));
    m_search->setPlaceholderText(tr("Device ID"));
    m_search->setClearButtonEnabled(true);
    m_detail->setObjectName(u"sessionDetailLabel"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_causes->setObjectName(u"waitingCauses"_s);
    m_report->button()->setObjectName(u"statusSaveReportButton"_s);
    m_report->result()->setObjectName(u"statusReportResult"_s);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(u"joinTable"_s);
    m_table->setAccessibleName(tr("Device states"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JoinStatusModel::DeviceColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    // Tab leaves the table (arrows move between rows), so the keyboard reaches Finish.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(
        JoinStatusModel::DeviceColumn, QHeaderView::Stretch);
    const int em = fontMetrics().averageCharWidth();
    for (int column : { int(JoinStatusModel::StateColumn), int(JoinStatusModel::LastSeenColumn),
             int(JoinStatusModel::ActiveSinceColumn), int(JoinStatusModel::ImportedColumn) })
        m_table->setColumnWidth(column, em * 18);
    m_table->setMinimumHeight(fontMetrics().height() * 6);

    auto *whereRow = new QHBoxLayout;
    whereRow->addWidget(m_where, 1);
    whereRow->addWidget(m_showConnection, 0, Qt::AlignTop);
    auto *formRow = new QHBoxLayout;
    formRow->addWidget(m_form, 1);
    formRow->addWidget(m_watch, 0, Qt::AlignBottom);
    auto *refreshRow = new QHBoxLayout;
    refreshRow->addWidget(m_refresh);
    refreshRow->addWidget(m_refreshedAt, 1);
    auto *countsRow = new QHBoxLayout;
    countsRow->addWidget(m_counts, 1);
    countsRow->addWidget(m_progress, 1);
    QHBoxLayout *filterRow
        = FilterRow::create(this, tr("Sh&ow:"), m_filter, tr("Searc&h:"), m_search);

    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(whereRow);
    layout->addLayout(formRow);
    layout->addLayout(refreshRow);
    layout->addWidget(m_status);
    layout->addLayout(countsRow);
    layout->addWidget(m_chart);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_causes);
    layout->addWidget(m_report);

    // Reading order: the settings button, the form it opens, then the page below it.
    FocusOrder::apply(layout);

    m_form->hide();
    m_watch->hide();
    m_status->clear();
    m_causes->clear();
    m_report->result()->clear();
    m_progress->hide();
    m_chart->hide();
    m_refresh->setEnabled(false);
    m_clock->setInterval(15000);

    connect(m_showConnection, &QPushButton::toggled, this, [this](bool shown) {
        m_form->setVisible(shown);
        m_watch->setVisible(shown);
        if (shown)
            m_form->setFocus();
    });
    connect(m_form, &TtsConnectionForm::changed, this,
        [this] { m_watch->setEnabled(m_form->isComplete() && m_loaded); });
    connect(m_watch, &QPushButton::clicked, this, &StatusPage::startTracking);
    connect(m_refresh, &QPushButton::clicked, this, &StatusPage::refreshNow);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &StatusPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &StatusPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &StatusPage::showCurrentDevice);
    connect(m_reader, &DeviceFileReader::finished, this, &StatusPage::onFileRead);
    connect(m_clock, &QTimer::timeout, this, &StatusPage::updateHeader);
}

StatusPage::~StatusPage()
{
    stopTracking();
}

void StatusPage::setFilePaths(const QStringList &paths)
{
    if (paths == m_paths && (m_loaded || m_reader->isReading()))
        return;
    stopTracking();
    m_paths = paths;
    m_loaded = false;
    m_devices.clear();
    if (!paths.isEmpty())
        m_reader->read(paths);
    updateHeader();
}

void StatusPage::onFileRead(const QStringList &paths, const TtsDeviceFileContents &contents)
{
    if (paths != m_paths)
        return;
    if (!contents.ok()) {
        m_status->showMessage(InlineMessage::Kind::Error, contents.problemText());
        return;
    }
    m_devices = contents.devices;
    m_loaded = true;
    m_watch->setEnabled(m_form->isComplete());
    if (isVisible() && m_form->isComplete())
        startTracking();
    updateHeader();
}

void StatusPage::initializePage()
{
    const MigrationSession::ImportSnapshot &import = session()->importSnapshot();
    // After the import page: the same server, application and file. Else (--status, or
    // straight from Next steps): the saved choice and the environment, like the command line.
    if (import.connectionComplete && wizard()->hasVisitedPage(MigrationWizard::ImportPageId)) {
        m_form->setChoice(import.connection);
        m_formRestored = true;
    } else if (!m_formRestored) {
        m_formRestored = true;
        m_form->restore();
    }
    QStringList paths = session()->startFiles();
    if (paths.isEmpty())
        paths = import.filePaths;
    if (paths.isEmpty())
        paths = session()->savedExport().paths; // every part of a split export
    if (paths == import.filePaths && import.fileLoaded && paths != m_paths) {
        stopTracking();
        m_paths = paths; // the import page read them already
        m_devices = import.devices;
        m_loaded = true;
    } else {
        setFilePaths(paths);
    }
    const bool complete = m_form->isComplete();
    m_showConnection->setChecked(!complete);
    m_watch->setEnabled(complete && m_loaded);
    if (paths.isEmpty())
        m_status->showMessage(InlineMessage::Kind::Info,
            tr("There is no devices.json to watch: save one on the Export page, or start the "
               "wizard with --status FILE."));
    if (complete && m_loaded)
        startTracking();
    else if (QWidget *field = m_form->firstIncompleteField())
        field->setFocus();
    updateHeader();
}

void StatusPage::cleanupPage()
{
    stopTracking();
}

void StatusPage::showEvent(QShowEvent *event)
{
    WizardPage::showEvent(event);
    // Polls only while the page is open (TTS should not be polled for nothing).
    if (m_tracker)
        m_tracker->startPolling(m_intervalMs);
    m_clock->start();
}

void StatusPage::hideEvent(QHideEvent *event)
{
    WizardPage::hideEvent(event);
    if (m_tracker)
        m_tracker->stopPolling();
    m_clock->stop();
}

bool StatusPage::isPolling() const
{
    return m_tracker != nullptr && isVisible();
}

void StatusPage::startTracking()
{
    if (!m_loaded)
        return;
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        m_status->showMessage(InlineMessage::Kind::Warning, problem);
        m_showConnection->setChecked(true);
        return;
    }
    stopTracking();
    m_form->saveSettings();
    const TtsConnection connection = m_form->connection();
    Redact::registerSecret(connection.apiKey);
    // The chart goes on where it was when the page watches the same fleet again.
    session()->beginStatusHistory(connection.identityServerUrl.toString() + u'\n'
        + connection.applicationId + u'\n' + m_paths.join(u'\n'));
    m_chart->setHistory(session()->statusHistory());
    m_chart->setVisible(!session()->statusHistory().isEmpty());
    m_tracker = new TtsTracker(connection, m_devices, this);
    if (m_intervalMs < TtsTracker::kMinIntervalMs) // tests only: TTS is never polled faster
        m_tracker->setMinimumIntervalForTesting(m_intervalMs);
    connect(m_tracker, &TtsTracker::refreshed, this, &StatusPage::onRefreshed);
    connect(m_tracker, &TtsTracker::sessionDetailReady, this, &StatusPage::onSessionDetail);
    m_status->showMessage(InlineMessage::Kind::Busy, tr("Asking The Things Stack…"));
    m_refresh->setEnabled(true);
    if (isVisible())
        m_tracker->startPolling(m_intervalMs);
    else
        m_tracker->refresh();
    if (m_form->isComplete() && m_showConnection->isChecked())
        m_showConnection->setChecked(false);
    updateHeader();
}

void StatusPage::stopTracking()
{
    if (!m_tracker)
        return;
    m_tracker->stopPolling();
    m_tracker->disconnect(this);
    m_tracker->deleteLater();
    m_tracker = nullptr;
    m_refresh->setEnabled(false);
}

void StatusPage::refreshNow()
{
    if (m_tracker) {
        m_status->showMessage(InlineMessage::Kind::Busy, tr("Asking The Things Stack…"));
        m_tracker->refresh();
    }
}

TtsTrackerSnapshot StatusPage::latestSnapshot() const
{
    return m_model->snapshot();
}

bool StatusPage::everyOtaaJoined(const TtsTrackerSnapshot &snapshot)
{
    int otaa = 0;
    for (const TtsTrackedDevice &device : snapshot.devices) {
        if (device.withSession)
            continue; // imported with a session: it never needs to join
        ++otaa;
        if (device.state != TtsJoinState::Joined && device.state != TtsJoinState::Active)
            return false;
    }
    return otaa > 0;
}

void StatusPage::onRefreshed(const TtsTrackerSnapshot &snapshot)
{
    if (!snapshot.ok()) {
        m_status->showMessage(InlineMessage::Kind::Error,
            WizardErrorText::withAdvice(snapshot.fatal, snapshot.fatalFix));
        updateHeader();
        return;
    }
    m_form->commitKey(); // the key worked: remember it if the user asked to
    m_status->clear();
    m_haveSnapshot = true;
    m_model->setSnapshot(snapshot);
    session()->setStatusSnapshot(snapshot); // the report's status section and history
    m_chart->setHistory(session()->statusHistory());
    m_chart->setVisible(!session()->statusHistory().isEmpty());
    // The words and the bar count the same: active devices have joined too.
    const TtsJoinCounts counts = TtsJoinCounts::of(snapshot);
    const QString words = JoinStatusModel::countsText(counts);
    m_counts->setText(words);
    m_progress->setRange(0, std::max(counts.inTts(), 1));
    m_progress->setValue(counts.joined + counts.active);
    m_progress->setAccessibleDescription(words);
    m_progress->setVisible(snapshot.total() > 0);
    if (snapshot.waiting > 0) {
        QString causes = tr("Still waiting is normal until a device tries to join again (it may "
                            "take hours). Usual causes:");
        for (const QString &cause : TtsTracker::usualCauses())
            causes += u"\n• "_s + cause;
        m_causes->showMessage(InlineMessage::Kind::Info, causes);
    } else {
        m_causes->clear();
    }
    if (snapshot.notInTts > 0)
        m_status->showMessage(InlineMessage::Kind::Warning,
            LocaleNumbers::withGroupedN(
                tr("%n device(s) of the file are not in application “%1”: import them first.",
                    nullptr, snapshot.notInTts),
                snapshot.notInTts)
                .arg(m_form->connection().applicationId));
    updateHeader();
    showCurrentDevice();
    emit refreshed(snapshot);
    if (everyOtaaJoined(snapshot))
        emit joinedAll();
}

void StatusPage::showCurrentDevice()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid() || !m_tracker) {
        m_detail->clear();
        return;
    }
    const TtsTrackedDevice &device = m_model->device(current.row());
    if (device.state == TtsJoinState::NotInTts) {
        m_detail->setText(tr("%1 is not in this application.").arg(device.deviceId));
        return;
    }
    m_detail->setText(tr("%1: asking the Network Server…").arg(device.deviceId));
    m_tracker->requestSessionDetail(device.deviceId);
}

void StatusPage::onSessionDetail(const TtsSessionDetail &detail)
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid() || m_model->device(current.row()).deviceId != detail.deviceId)
        return; // the user moved on
    if (!detail.fatal.isEmpty())
        m_detail->setText(u"%1: %2"_s.arg(
            detail.deviceId, WizardErrorText::withAdvice(detail.fatal, detail.fatalFix)));
    else if (detail.session)
        m_detail->setText(tr("%1 uses its session in The Things Stack (DevAddr %2).")
                              .arg(detail.deviceId, detail.devAddr));
    else if (detail.pendingSession)
        m_detail->setText(tr("%1: the join-accept was sent (DevAddr %2); waiting for the "
                             "device's first uplink.")
                              .arg(detail.deviceId, detail.devAddr));
    else
        m_detail->setText(tr("%1 has no session in The Things Stack yet: it has not joined.")
                              .arg(detail.deviceId));
}

void StatusPage::updateHeader()
{
    const QString file = m_paths.isEmpty() ? tr("no file") : DeviceFileReader::filesText(m_paths);
    m_where->setText(tr("%1 · %2").arg(m_form->summary(), file));
    const TtsTrackerSnapshot &snapshot = m_model->snapshot();
    if (!m_haveSnapshot || !snapshot.refreshedAt.isValid()) {
        m_refreshedAt->setText(m_tracker ? tr("Waiting for the first answer…") : QString());
        return;
    }
    QDateTime firstCreated;
    for (const TtsTrackedDevice &device : snapshot.devices) {
        if (device.createdAt.isValid()
            && (!firstCreated.isValid() || device.createdAt < firstCreated))
            firstCreated = device.createdAt;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString text = tr("Refreshed at %1; every minute while this page is open.")
                       .arg(JoinStatusModel::whenText(snapshot.refreshedAt));
    if (firstCreated.isValid())
        text += u' ' + tr("Imported %1.").arg(JoinStatusModel::ago(firstCreated, now));
    m_refreshedAt->setText(text);
}

void StatusPage::applyFilter()
{
    const int group = m_filter->currentData().toInt();
    m_proxy->setGroupFilter(group < 0 ? std::nullopt : std::optional<int>(group));
    m_proxy->setTextFilter(m_search->text());
}

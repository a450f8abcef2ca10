#include "session/migrationsession.h"

#include "appkey/appkeyjournal.h"
#include "models/importresultmodel.h"
#include "models/outcometablemodel.h"

#include <QDateTime>

bool MigrationSession::SavedExport::operator==(const SavedExport &other) const
{
    return path == other.path && paths == other.paths && readBack == other.readBack
        && fingerprint == other.fingerprint;
}

MigrationSession::MigrationSession(QObject *parent)
    : QObject(parent)
    , m_outcomes(new OutcomeTableModel(this))
    , m_importResults(new ImportResultModel(this))
{
}

MigrationSession::~MigrationSession() = default;

void MigrationSession::setSource(ExportSource source)
{
    if (source == m_source)
        return;
    m_source = source;
    emit connectionChanged();
}

void MigrationSession::setTtsSource(const TtsConnection &connection)
{
    if (connection.identityServerUrl == m_ttsSource.identityServerUrl
        && connection.clusterUrl == m_ttsSource.clusterUrl
        && connection.applicationId == m_ttsSource.applicationId
        && connection.apiKey == m_ttsSource.apiKey)
        return;
    m_ttsSource = connection;
    emit connectionChanged();
}

void MigrationSession::setChirpStackSource(const ChirpStackSettings &settings)
{
    const ChirpStackConnection &a = settings.connection;
    const ChirpStackConnection &b = m_chirpStackSource.connection;
    if (a.apiUrl == b.apiUrl && a.apiKey == b.apiKey && a.insecure == b.insecure
        && a.caCertPath == b.caCertPath && a.tenantId == b.tenantId
        && settings.application == m_chirpStackSource.application
        && settings.frequencyPlanId == m_chirpStackSource.frequencyPlanId)
        return;
    m_chirpStackSource = settings;
    emit connectionChanged();
}

QString MigrationSession::sourceApplicationId() const
{
    return exportRequest().sourceApplicationId();
}

void MigrationSession::setConnection(const V2Connection &connection, const QString &frequencyPlanId)
{
    const bool same = connection.appId == m_connection.appId
        && connection.accessKey == m_connection.accessKey
        && connection.handlerUrl == m_connection.handlerUrl
        && connection.discoveryUrl == m_connection.discoveryUrl
        && connection.caCertPath == m_connection.caCertPath
        && frequencyPlanId == m_options.frequencyPlanId;
    if (same)
        return;
    m_connection = connection;
    m_options.frequencyPlanId = frequencyPlanId;
    emit connectionChanged();
}

void MigrationSession::setSelection(
    ExportScope scope, const QStringList &deviceIds, const QString &deviceIdsFile)
{
    if (scope == m_scope && deviceIds == m_deviceIds && deviceIdsFile == m_deviceIdsFile)
        return;
    m_scope = scope;
    m_deviceIds = deviceIds;
    m_deviceIdsFile = deviceIdsFile;
    emit selectionChanged();
}

void MigrationSession::setConversionChoices(
    bool withSession, const QString &devIdPrefix, bool dropInvalidAttributes)
{
    if (withSession == m_options.withSession && devIdPrefix == m_options.devIdPrefix
        && dropInvalidAttributes == m_options.dropInvalidAttributes)
        return;
    m_options.withSession = withSession;
    m_options.devIdPrefix = devIdPrefix;
    m_options.dropInvalidAttributes = dropInvalidAttributes;
    emit optionsChanged();
}

ExportRequest MigrationSession::exportRequest() const
{
    ExportRequest request;
    request.source = m_source;
    request.ttsSource = m_ttsSource;
    request.chirpstackSource = m_chirpStackSource;
    request.connection = m_connection;
    request.scope = m_scope;
    request.deviceIds = m_deviceIds;
    request.options = m_options;
    return request;
}

const QList<DeviceOutcome> &MigrationSession::outcomes() const
{
    return m_outcomes->outcomes();
}

void MigrationSession::setSavedExport(const SavedExport &saved)
{
    if (saved == m_saved)
        return;
    m_saved = saved;
    emit savedExportChanged();
}

void MigrationSession::setFormatters(const SourceFormatterRead &read)
{
    m_formattersRead = read;
    m_formatterPlan = read.read ? read.plan : FormatterPlan();
    emit formattersChanged();
}

void MigrationSession::clearFormatters()
{
    if (!m_formattersRead && m_formatterFile.isEmpty())
        return;
    m_formattersRead.reset();
    m_formatterPlan = {};
    m_formatterFile.clear();
    emit formattersChanged();
}

void MigrationSession::setFormatterFile(const QString &path)
{
    if (path == m_formatterFile)
        return;
    m_formatterFile = path;
    emit formattersChanged();
}

void MigrationSession::setFormatterOutcome(
    const TtsFormatterOutcome &outcome, const QString &file, const FormatterPlan &plan)
{
    m_formatterOutcome = outcome;
    m_appliedFormatterFile = file;
    m_appliedPlan = plan;
    emit formattersChanged();
}

void MigrationSession::setStartFiles(const QStringList &paths)
{
    m_startFiles = paths;
}

QString MigrationSession::appKeyJournalDirectory() const
{
    return m_journalDirectory.isEmpty() ? AppKeyJournal::defaultDirectory() : m_journalDirectory;
}

void MigrationSession::setAppKeyJournalDirectory(const QString &directory)
{
    m_journalDirectory = directory;
}

void MigrationSession::setChecklist(const QList<QPair<QString, bool>> &checklist)
{
    if (checklist == m_checklist)
        return;
    m_checklist = checklist;
    emit checklistChanged();
}

void MigrationSession::setImportConnection(
    const TtsConnectionChoice &choice, bool complete, const TtsConnection &target)
{
    m_import.connection = choice;
    m_import.connectionComplete = complete;
    m_import.target = complete ? target : TtsConnection();
    emit importChanged();
}

void MigrationSession::setImportFile(
    const QStringList &paths, bool loaded, const QList<TtsFileDevice> &devices)
{
    m_import.filePaths = paths;
    m_import.fileLoaded = loaded;
    m_import.devices = devices;
    emit importChanged();
}

void MigrationSession::setStatusSnapshot(const TtsTrackerSnapshot &snapshot)
{
    m_status = snapshot;
    if (snapshot.ok() && snapshot.refreshedAt.isValid()) {
        m_statusHistory.append(TtsJoinCounts::of(snapshot));
        if (m_statusHistory.size() > kMaxStatusHistory)
            m_statusHistory.remove(0, m_statusHistory.size() - kMaxStatusHistory);
    }
    emit statusChanged();
}

void MigrationSession::beginStatusHistory(const QString &what)
{
    if (what == m_statusHistoryOf)
        return;
    m_statusHistoryOf = what;
    m_statusHistory.clear();
}

MigrationReport MigrationSession::report() const
{
    MigrationReport report;
    report.applicationId = sourceApplicationId();
    if (m_source == ExportSource::ChirpStack) {
        report.sourceName = tr("ChirpStack");
        report.v2Address = m_chirpStackSource.connection.apiUrl;
    } else if (m_source == ExportSource::Tts) {
        report.sourceName = tr("The Things Stack");
        report.v2Address = m_ttsSource.identityServerUrl.toDisplayString();
    } else
        report.v2Address = (m_connection.handlerUrl.isEmpty() ? m_connection.discoveryUrl
                                                              : m_connection.handlerUrl)
                               .toDisplayString();
    report.frequencyPlanId = m_options.frequencyPlanId;
    if (m_source == ExportSource::ChirpStack) // empty: each device profile's region's plan
        report.frequencyPlanId = m_chirpStackSource.frequencyPlanId;
    report.withSession = m_options.withSession;
    report.savedPaths = m_saved.paths;
    report.readBack = m_saved.readBack;
    report.createdAt = QDateTime::currentDateTime();
    report.outcomes = outcomes();
    report.checklist = m_checklist;
    report.ttsApplicationId = m_import.connection.applicationId.trimmed();
    report.importResults = m_importResults->outcomes();
    if (m_status)
        report.status = *m_status;
    report.statusHistory = m_statusHistory;
    if (m_formattersRead) {
        report.formatters.read = m_formattersRead->read;
        report.formatters.notRead = m_formattersRead->notRead;
        report.formatters.missingRight = m_formattersRead->missingRight;
        report.formatters.plan = m_formatterPlan;
    }
    report.formatters.file = m_formatterFile;
    report.formatters.outcome = m_formatterOutcome;
    report.formatters.appliedFile = m_appliedFormatterFile;
    report.formatters.appliedPlan = m_appliedPlan;
    return report;
}

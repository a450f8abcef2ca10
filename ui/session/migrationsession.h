#pragma once

#include "convert/conversionoptions.h"
#include "convert/deviceoutcome.h"
#include "formatters/formatterplan.h"
#include "formatters/sourceformatterreader.h"
#include "formatters/ttsformatterapply.h"
#include "job/exportrequest.h"
#include "report/migrationreport.h"
#include "session/ttsconnectionchoice.h"
#include "tts/ttsdevicefile.h"
#include "tts/ttstracker.h"
#include "v2/v2connection.h"

#include <QObject>
#include <optional>

class ImportResultModel;
class OutcomeTableModel;

// One migration as the wizard's pages share it (like KeePassXC's NewDatabaseWizardPage and its
// Database): every page gets this session, writes what it decided and reads what earlier pages
// decided; no page reads another page. The setters of what a page shows while the user edits it
// (connection, selection, options, saved export, checklist) emit their signal only when the
// value changed; the import and status setters on every call. The report is built from it.
// It holds no widget and speaks no network.
class MigrationSession : public QObject
{
    Q_OBJECT
public:
    // What the export page saved: the name chosen, the files written (that name, or every
    // numbered part), the devices read back over every part, and ExportFile::fingerprint().
    struct SavedExport
    {
        QString path;
        QStringList paths;
        int readBack = -1;
        QString fingerprint;
        bool operator==(const SavedExport &other) const;
    };

    // The import page's state the status page and the report start from.
    struct ImportSnapshot
    {
        TtsConnectionChoice connection;
        bool connectionComplete = false;
        // The choice as a connection (addresses resolved from the preset), when complete.
        TtsConnection target;
        QStringList filePaths; // the devices.json (or its parts) the page imports
        bool fileLoaded = false;
        QList<TtsFileDevice> devices; // read from filePaths once fileLoaded
    };

    explicit MigrationSession(QObject *parent = nullptr);
    ~MigrationSession() override;

    // Page 1: where the devices are now (TTN v2, another The Things Stack deployment), the
    // ExportRequest::source the later pages read through the source seam.
    ExportSource source() const { return m_source; }
    void setSource(ExportSource source);
    // Page 1 with the tts source: the deployment, application and key the devices leave.
    TtsConnection ttsSource() const { return m_ttsSource; }
    void setTtsSource(const TtsConnection &connection);
    // Page 1 with the chirpstack source: the server, key, application and mapping choices.
    ChirpStackSettings chirpStackSource() const { return m_chirpStackSource; }
    void setChirpStackSource(const ChirpStackSettings &settings);
    // The application the devices leave, whichever the source.
    QString sourceApplicationId() const;

    // Page 1: the v2 application, and the frequency plan every exported device gets.
    V2Connection connection() const { return m_connection; }
    QString frequencyPlanId() const { return m_options.frequencyPlanId; }
    void setConnection(const V2Connection &connection, const QString &frequencyPlanId);

    // Page 2: which devices; deviceIdsFile() is the list file the IDs were loaded from, empty
    // when they were typed or changed since.
    ExportScope scope() const { return m_scope; }
    QStringList selectedDeviceIds() const { return m_deviceIds; }
    QString deviceIdsFile() const { return m_deviceIdsFile; }
    void setSelection(
        ExportScope scope, const QStringList &deviceIds, const QString &deviceIdsFile);

    // Page 3: the conversion choices (the frequency plan is page 1's).
    ConversionOptions options() const { return m_options; }
    void setConversionChoices(
        bool withSession, const QString &devIdPrefix, bool dropInvalidAttributes);
    ExportRequest exportRequest() const; // what the preview runs

    // Page 4: the preview's result, with the user's repairs; the preview page fills it.
    OutcomeTableModel *outcomeModel() const { return m_outcomes; }
    const QList<DeviceOutcome> &outcomes() const;

    // Page 4 also reads the source application's payload formatters and converts them
    // (formatters.md): formattersRead() is empty until that read has answered. The plan is
    // only meaningful when formattersRead()->read.
    std::optional<SourceFormatterRead> formattersRead() const { return m_formattersRead; }
    const FormatterPlan &formatterPlan() const { return m_formatterPlan; }
    void setFormatters(const SourceFormatterRead &read);
    void clearFormatters();

    // Page 5: the formatter file written beside devices.json (empty: none written).
    QString formatterFile() const { return m_formatterFile; }
    void setFormatterFile(const QString &path);

    // Page 7: what happened to the target application's default formatters, and from which
    // file (empty until the import page applied them).
    std::optional<TtsFormatterOutcome> formatterOutcome() const { return m_formatterOutcome; }
    QString appliedFormatterFile() const { return m_appliedFormatterFile; }
    void setFormatterOutcome(
        const TtsFormatterOutcome &outcome, const QString &file, const FormatterPlan &plan);

    // Page 5: the saved export (empty path until devices.json is saved).
    const SavedExport &savedExport() const { return m_saved; }
    void setSavedExport(const SavedExport &saved);

    // --import FILE / --status FILE, or the file chosen on the import page: a devices.json made
    // earlier; empty: the saved one.
    QStringList startFiles() const { return m_startFiles; }
    void setStartFiles(const QStringList &paths);

    // Where AppKey change/restore runs keep their journals (AppKeyJournal's default folder
    // unless a test sets another).
    QString appKeyJournalDirectory() const;
    void setAppKeyJournalDirectory(const QString &directory);

    // Page 6: the checklist as the report lists it (item title, done).
    QList<QPair<QString, bool>> checklist() const { return m_checklist; }
    void setChecklist(const QList<QPair<QString, bool>> &checklist);

    // Page 7: the import; its per-device results live in importResultModel().
    const ImportSnapshot &importSnapshot() const { return m_import; }
    // `target`: the choice as the form resolves it; only kept when `complete`.
    void setImportConnection(const TtsConnectionChoice &choice, bool complete,
        const TtsConnection &target = TtsConnection());
    void setImportFile(const QStringList &paths, bool loaded, const QList<TtsFileDevice> &devices);
    ImportResultModel *importResultModel() const { return m_importResults; }

    // Page 8: the latest migration status; empty before the first refresh.
    std::optional<TtsTrackerSnapshot> statusSnapshot() const { return m_status; }
    // Also appends its counts to statusHistory() when it is an answer.
    void setStatusSnapshot(const TtsTrackerSnapshot &snapshot);
    // Each answered refresh's counts, oldest first (the status page's chart, the report's
    // table); at most a week of refreshes every minute, the oldest dropped first. It begins
    // anew when the status page watches something else: beginStatusHistory(what) with another
    // `what` (server, application and files) clears it; the same `what` keeps it.
    static constexpr int kMaxStatusHistory = 7 * 24 * 60;
    const QList<TtsJoinCounts> &statusHistory() const { return m_statusHistory; }
    void beginStatusHistory(const QString &what);

    // The record of this migration as it stands (created now).
    MigrationReport report() const;

signals:
    void connectionChanged();
    void selectionChanged();
    void optionsChanged();
    void savedExportChanged();
    void checklistChanged();
    void importChanged();
    void statusChanged();
    void formattersChanged();

private:
    ExportSource m_source = ExportSource::Ttnv2;
    TtsConnection m_ttsSource;
    ChirpStackSettings m_chirpStackSource;
    V2Connection m_connection;
    ExportScope m_scope = ExportScope::Application;
    QStringList m_deviceIds;
    QString m_deviceIdsFile;
    ConversionOptions m_options;
    OutcomeTableModel *m_outcomes;
    SavedExport m_saved;
    QStringList m_startFiles;
    QString m_journalDirectory; // empty: AppKeyJournal::defaultDirectory()
    QList<QPair<QString, bool>> m_checklist;
    ImportSnapshot m_import;
    ImportResultModel *m_importResults;
    std::optional<TtsTrackerSnapshot> m_status;
    QList<TtsJoinCounts> m_statusHistory;
    QString m_statusHistoryOf;
    std::optional<SourceFormatterRead> m_formattersRead;
    FormatterPlan m_formatterPlan;
    QString m_formatterFile;
    std::optional<TtsFormatterOutcome> m_formatterOutcome;
    QString m_appliedFormatterFile;
    FormatterPlan m_appliedPlan;
};

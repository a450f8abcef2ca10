#pragma once

#include "convert/deviceoutcome.h"
#include "job/exportjob.h"
#include "job/exportrequest.h"
#include "job/exportsummary.h"
#include "job/progressestimate.h"
#include "pages/wizardpage.h"

#include <QPointer>

class DeviceJsonView;
class ExportJob;
class InlineMessage;
class OutcomeBrowser;
class OutcomeCounts;
class OutcomeFeeder;
class OutcomeTableModel;
class QLabel;
class QProgressBar;
class QPushButton;
class StopButton;
class TryPayloadDialog;
class SourceFormatterReader;
struct SourceFormatterRead;

// Page 4: the dry run. Runs the export for the chosen devices without writing anything and
// orchestrates what shows it: the counts sentence (OutcomeCounts), every device's outcome in a
// filterable table (OutcomeBrowser, fed in chunks by OutcomeFeeder), the exact JSON of the
// selected device with its keys masked (DeviceJsonView), and the equivalent ttn-lw-migrate
// command. Next needs at least one exported device.
//
// A with-session preview reads every device with its own request at the handler's 5 per
// second: 50,000 devices take hours. Before such a run the page says how long it will take and
// waits for "Start reading"; while it runs it shows done/total and the time left, rows appear
// as devices are read, and Stop ends it keeping what was read.
//
// Repairs (issue #10): after a complete run the v3 ID cell is editable (double-click, F2); the
// new ID is checked as it is typed (renameNote says what is wrong) and every row it changes is
// updated at once, with the counts and the JSON pane. The new IDs belong to this run: a new
// run (Retry, or Back and Next) starts fresh and says so.
class PreviewPage : public WizardPage
{
    Q_OBJECT
public:
    explicit PreviewPage(MigrationSession *session, QWidget *parent = nullptr);
    ~PreviewPage() override;

    const ExportRequest &request() const { return m_request; }
    // The dry run, or the read of the application's payload formatters, is still running.
    bool isRunning() const { return !m_job.isNull() || !m_formatterReader.isNull(); }
    bool isReadingFormatters() const { return !m_formatterReader.isNull(); }
    // "Try a payload" with the session's formatter plan (Alt+P); the dialog stays the page's.
    void openTryPayload();
    TryPayloadDialog *tryPayloadDialog() const;
    bool hasResult() const { return m_finished; }
    const ExportSummary &summary() const { return m_summary; }
    // Waiting for "Start reading" after the long-run warning.
    bool isAwaitingConfirmation() const { return m_awaitingConfirmation; }
    // Runs estimated longer than this are announced first (default: three minutes).
    void setLongRunWarning(qint64 ms) { m_longRunWarningMs = ms; }
    static constexpr qint64 kDefaultLongRunWarningMs = 3 * 60 * 1000;
    // Ends a running preview and keeps what was read (ExportJob::stop()).
    void stop();
    // While devices are read one by one: how many of how many (total -1 otherwise).
    int readDone() const { return m_done; }
    int readTotal() const { return m_job && m_job->isReadingOneByOne() ? m_total : -1; }

    QString blockingReason() const override;
    void initializePage() override;
    void cleanupPage() override;
    void cancel();

signals:
    void previewFinished();

private:
    void start();
    void onRowsFed(bool first);
    void onProgress(int done, int total);
    void onConfirmationNeeded(int requests, qint64 estimatedMs);
    void startReading();
    void showRemaining();
    void onJobFinished(const ExportSummary &summary);
    void finish();
    void updateCounts();
    void copyCommand();
    void onRowsRepaired(const QList<int> &rows);
    void onIdChecked(const QString &deviceId, const QString &problem);
    void startFormatterRead();
    void onFormattersRead(const SourceFormatterRead &read);

    OutcomeTableModel *m_model;
    OutcomeFeeder *m_feeder;
    OutcomeCounts *m_counts;
    QProgressBar *m_progress;
    QLabel *m_stage;
    QLabel *m_progressText; // "1,234 of 50,000 devices read · about 2 h 41 min left"
    StopButton *m_stop;
    InlineMessage *m_longRun; // the warning before a long run, with "Start reading"
    InlineMessage *m_banner;
    OutcomeBrowser *m_browser;
    InlineMessage *m_renameNote; // the live check of a new v3 ID, then what it changed
    DeviceJsonView *m_json;
    QPushButton *m_copyCommand;
    QLabel *m_copied;
    // The formatter plan (formatters.md): what the target application will get, with
    // "Try a payload…" as its action.
    InlineMessage *m_formatters;
    QPointer<SourceFormatterReader> m_formatterReader;
    QPointer<TryPayloadDialog> m_tryDialog;
    QPointer<ExportJob> m_job;
    ExportSummary m_jobSummary; // what the job reported; the page finishes once rows are fed
    ExportRequest m_request;
    ExportSummary m_summary;
    ProgressEstimate m_estimate;
    int m_done = 0;
    int m_total = -1;
    qint64 m_longRunWarningMs = kDefaultLongRunWarningMs;
    bool m_awaitingConfirmation = false;
    bool m_finished = false;
    bool m_noteIsLiveCheck = false; // the note speaks of an editor that may be gone
    int m_discardedRenames = 0; // new IDs of the previous run, said when the next one starts
};

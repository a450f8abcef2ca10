#pragma once

#include "formatters/formatterplan.h"
#include "http/adaptiveconcurrency.h"
#include "job/progressestimate.h"
#include "pages/wizardpage.h"
#include "tts/ttsconnection.h"
#include "tts/ttsdevicefile.h"
#include "tts/ttsimportoutcome.h"
#include "tts/ttspreflight.h"

#include <QElapsedTimer>
#include <QPointer>

class DeviceFileReader;
class ImportResultModel;
class InlineMessage;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class StopButton;
class QTableView;
class QTimer;
class RowFilterProxy;
class TtsConnectionForm;
class TtsFormatterApply;
class TtsImportJob;
struct TtsFormatterOutcome;

// Page 7: imports devices.json into The Things Stack through the core's TtsImportJob. Check
// runs the pre-flight only (rights, devices already there, conflicts; nothing written);
// Import (the page's default button: Enter starts it) fills the table live, one result per
// device; Stop finishes or rolls back the devices in flight; Retry failed runs the failed ones
// again (a device left partly created is completed). allInTts() ticks the checklist.
class ImportPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ImportPage(MigrationSession *session, QWidget *parent = nullptr);
    ~ImportPage() override;

    // The file to import (or the parts of one split export): from --import, else the one
    // the export page saved.
    void setFilePaths(const QStringList &paths);
    QStringList filePaths() const { return m_paths; }
    bool isFileLoaded() const { return m_loaded; }
    const QList<TtsFileDevice> &devices() const { return m_devices; }

    TtsConnectionForm *form() const { return m_form; }
    ImportResultModel *resultModel() const { return m_model; }
    QList<TtsImportOutcome> outcomes() const; // the latest import result per device
    bool isRunning() const;
    // After an import: setting the payload formatters saved beside the file, or asking
    // whether to replace those the target application already has.
    bool isApplyingFormatters() const;
    bool hasImported() const { return m_importRuns > 0; }
    // Tests shorten the pause after a failed request (TtsConnection::retryBaseDelayMs).
    void setRetryBaseDelayMs(int ms) { m_retryBaseDelayMs = ms; }
    void setConcurrency(int devices) { m_concurrency = devices; }

    void initializePage() override;
    void cleanupPage() override;
    QString blockingReason() const override;
    bool validatePage() override;
    int nextId() const override;

    void check();
    void startImport();
    void retryFailed();
    void stop();
    // Saves the devices that are not in TTS as a devices.json (a file dialog) to fix and
    // import again; false when nothing was written.
    bool saveFailed();
    // Escape / close while an import runs: asks first. true: nothing runs, close now; false:
    // stay (the user said no, or the import is stopping and closeAfterStop() follows).
    bool confirmClose();
    // Makes Import the button Enter presses on this page.
    void makeImportDefault();

protected:
    void shareWithSession() override; // the connection and the file, for the status page

signals:
    void allInTts(); // every device of the file is in The Things Stack
    void closeAfterStop(); // the import stopped after the user chose to close
    void runningChanged(bool running);

private:
    enum class Mode { Check, Import, Retry };
    void onFileRead(const QStringList &paths, const TtsDeviceFileContents &contents);
    void chooseFile();
    void run(Mode mode, const QList<TtsFileDevice> &devices);
    void onPreflight(const TtsPreflightResult &result);
    void onOutcome(const TtsImportOutcome &outcome);
    void onFinished(const TtsImportSummary &summary);
    void onServerBusy(qint64 retryInMs);
    void updateTiming(); // elapsed, time left, the countdown of a pause of TTS
    void updateCounts();
    void updateButtons();
    void applyFilter();
    QString completedText(const TtsImportSummary &summary) const;
    // formatters.md "Where they go": after the devices (whatever happens here, they are
    // imported), the formatter file beside the export sets the application's defaults.
    void applyFormatters(bool replace, bool dryRun);
    void onFormattersApplied(const TtsFormatterOutcome &outcome);
    void askToReplaceFormatters(const TtsFormatterOutcome &outcome);

    QLabel *m_file;
    QPushButton *m_chooseFile;
    TtsConnectionForm *m_form;
    QPushButton *m_check;
    QPushButton *m_import;
    StopButton *m_stop;
    QPushButton *m_retry;
    QPushButton *m_saveFailed;
    InlineMessage *m_status;
    InlineMessage *m_formatterStatus;
    QLabel *m_counts;
    QLabel *m_timing;
    QTimer *m_tick; // each second while an import runs: m_timing
    QProgressBar *m_progress;
    QComboBox *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    ImportResultModel *m_model;
    RowFilterProxy *m_proxy;
    DeviceFileReader *m_reader;

    QStringList m_paths;
    bool m_loaded = false;
    QString m_fileError;
    QList<TtsFileDevice> m_devices;
    QPointer<TtsImportJob> m_job;
    TtsConnection m_connection; // of the last run, for the formatters that follow it
    QPointer<TtsFormatterApply> m_formatterApply;
    bool m_formatterDryRun = false;
    bool m_askingFormatters = false;
    QString m_formatterFile;
    FormatterPlan m_formatterPlan;
    Mode m_mode = Mode::Check;
    QString m_rights; // of the last pre-flight, for the result sentence
    QString m_stage; // the job's stage sentence, shown again when a pause of TTS is over
    ProgressEstimate m_estimate;
    QElapsedTimer m_runClock;
    qint64 m_busyUntilMs = -1; // on m_runClock
    bool m_preflightFailed = false; // the key or the application: no device was tried
    int m_importRuns = 0;
    int m_retryBaseDelayMs = 1000;
    int m_concurrency = AdaptiveConcurrency::kDefaultMaximum; // the most devices in flight
    bool m_closeWhenStopped = false;
    bool m_formRestored = false;
};

#pragma once

#include "appkey/appkeyplan.h"
#include "appkey/appkeyresult.h"
#include "tts/ttsconnection.h"
#include "v2/v2connection.h"

#include <QWidget>

class AppKeyJob;
class BackgroundTask;
class InlineMessage;
class QListWidget;
class QProgressBar;
class QPushButton;
class StopButton;

// The "Change AppKeys in TTN v2 now…" step of the next-steps page, and its undo ("Restore…");
// for a The Things Stack source, "Change AppKeys in the source Join Server now…" (the same
// AppKeyJob on a TtsAppKeyBackend), worded for the source.
// Works only on the devices.json the export page saved and read back (reread here, with the
// same count): confirmation naming the device count, progress with Cancel, one result line per
// device (keys only as fingerprints), and a note when an earlier run did not finish.
class AppKeyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AppKeyPanel(QWidget *parent = nullptr);
    ~AppKeyPanel() override;

    // What the export page saved (one file, or every part of a split export); no file
    // disables both buttons.
    void setContext(
        const V2Connection &connection, const QStringList &savedPaths, int savedDeviceCount);
    // The same for a The Things Stack source (its Join Server gets the keys).
    void setContext(
        const TtsConnection &connection, const QStringList &savedPaths, int savedDeviceCount);
    AppKeySource source() const { return m_source; }
    void setJournalDirectory(const QString &directory); // tests; default: AppKeyJournal's
    // Only "Restore…" (the export page, when it refuses generated keys): no change from there.
    void setRestoreOnly(bool restoreOnly);
    bool isRunning() const;
    void cancel();

signals:
    void changeSucceeded(); // every exported OTAA device has a new key at the source
    void restoreSucceeded(); // every one has its original key again

private:
    void begin(AppKeyAction action);
    void onPlanLoaded(AppKeyAction action);
    bool confirm(AppKeyAction action, int count);
    void run(AppKeyAction action);
    void addResult(const AppKeyDeviceResult &result, AppKeyAction action);
    void onFinished(const AppKeyRunSummary &summary);
    void showInterruptedRuns();
    void updateButtons();
    QString shownFiles() const; // the saved file, or the first and last part
    void takeContext(const QStringList &savedPaths, int savedDeviceCount);
    void applyWording(); // the buttons' words for the source
    bool tts() const { return m_source == AppKeySource::Tts; }
    QString applicationId() const;

    AppKeySource m_source = AppKeySource::TtnV2;
    V2Connection m_connection;
    TtsConnection m_ttsConnection;
    QStringList m_savedPaths;
    int m_savedCount = -1;
    QString m_journalDir;
    AppKeyPlan m_plan;
    BackgroundTask *m_loader;
    AppKeyJob *m_job = nullptr;
    QPushButton *m_change;
    QPushButton *m_restore;
    QPushButton *m_runButton = nullptr; // of the run going or last run
    StopButton *m_cancel;
    QProgressBar *m_progress;
    QListWidget *m_results;
    InlineMessage *m_status;
};

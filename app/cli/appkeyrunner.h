#pragma once

#include "appkey/appkeyplan.h"
#include "appkey/appkeyresult.h"
#include "tts/ttsconnection.h"
#include "v2/v2connection.h"

#include <QObject>

class AppKeyJob;

struct AppKeyRunSettings
{
    AppKeySource source = AppKeySource::TtnV2; // which of the two connections is used
    V2Connection connection;
    TtsConnection ttsConnection; // the tts source's (--tts.source-address, --tts.app-id, …)
    AppKeyAction action = AppKeyAction::Change;
    bool dryRun = false; // GETs only: list what would change
    bool verbose = false;
};

// Runs one AppKeyJob for the command line (--ttnv2.change-app-key or --tts.change-app-key after
// a written export, or `restore-app-keys FILE` / `tts restore-app-keys FILE`): one stderr line per
// device (keys only as fingerprints), a summary, and the exit code through finished(): 0 every
// device done, 3 some failed, 1 the run could not start or stopped (auth, network, unreadable
// file), 130 interrupted.
class AppKeyRunner : public QObject
{
    Q_OBJECT
public:
    AppKeyRunner(AppKeyRunSettings settings, AppKeyPlan plan, QObject *parent = nullptr);

    void start();
    void interrupt(int exitCode);
    // `restore-app-keys FILE…`: the whole command, event loop and Ctrl-C included.
    static int runRestore(AppKeyRunSettings settings, const QStringList &files);

    static QString deviceLine(const AppKeyDeviceResult &result, AppKeyAction action);
    static QStringList summaryLines(const AppKeyRunSummary &summary);

signals:
    void finished(int exitCode);

private:
    QString applicationId() const;
    bool tts() const { return m_settings.source == AppKeySource::Tts; }
    void warnAboutInterruptedRuns();
    void finish(const AppKeyRunSummary &summary);

    AppKeyRunSettings m_settings;
    AppKeyJob *m_job;
    int m_interruptExitCode = 0;
};

#pragma once

#include "appkey/appkeyjournal.h"
#include "appkey/appkeyplan.h"
#include "appkey/appkeyresult.h"
#include "appkey/appkeys.h"
#include "source/sourceerror.h"
#include "tts/ttsconnection.h"
#include "v2/v2connection.h"

#include <QObject>
#include <QSet>

class AppKeyBackend;

struct AppKeyJobOptions
{
    AppKeyAction action = AppKeyAction::Change;
    bool dryRun = false; // GETs only: report what would be written
    QString journalDirectory; // empty: AppKeyJournal::defaultDirectory()
    AppKeys::RandomSource randomSource; // tests only; default: the system CSPRNG
};

// Changes (or restores) the AppKey at the source of every OTAA device of a devices.json that
// was read back from disk (AppKeyPlan), through an AppKeyBackend: TTN v2's handler, or the
// source Join Server of another The Things Stack deployment. Per device: GET → compare the
// source's key with the file's key → write only the key (v2: the device exactly as received
// with only app_key replaced; TTS: a field mask of the root keys). The comparison makes a rerun
// resume where an interrupted run stopped, without changing a device twice. One device at a
// time, paced by the client; every write is journaled before it is sent. cancel() stops after
// the request in flight (a write is never abandoned halfway, so the journal stays truthful).
class AppKeyJob : public QObject
{
    Q_OBJECT
public:
    // TTN v2 (V2AppKeyBackend).
    AppKeyJob(V2Connection connection, AppKeyPlan plan, AppKeyJobOptions options,
        QObject *parent = nullptr);
    // The source Join Server of a The Things Stack deployment (TtsAppKeyBackend).
    AppKeyJob(TtsConnection connection, AppKeyPlan plan, AppKeyJobOptions options,
        QObject *parent = nullptr);
    // Any backend; the job takes it over.
    AppKeyJob(AppKeyBackend *backend, AppKeyPlan plan, AppKeyJobOptions options,
        QObject *parent = nullptr);
    ~AppKeyJob() override;

    AppKeySource source() const;

    const AppKeyPlan &plan() const { return m_plan; }
    void start();
    void cancel(); // finished() follows with summary.canceled

signals:
    void progress(int done, int total);
    void deviceFinished(const AppKeyDeviceResult &result);
    void requestLogged(const QString &line); // --verbose, already redacted
    void finished(const AppKeyRunSummary &summary);

private:
    void onOpened(const SourceError &error);
    void processNext();
    void onGet(const SourceError &error, const QByteArray &body);
    void onPut(const SourceError &error);
    void deviceDone(AppKeyDeviceResult result, bool journal = true);
    void stop(const QString &message, const QString &serverMessage = QString(),
        SettingFix fix = SettingFix::None);
    void stop(const SourceError &error) { stop(error.message, error.serverMessage, error.fix); }
    void finishRun();

    AppKeyBackend *m_backend;
    AppKeyPlan m_plan;
    AppKeyJobOptions m_options;
    AppKeyRunSummary m_summary;
    AppKeyJournal m_journal;
    bool m_journalOpen = false;
    QSet<QString> m_generatedKeys;
    bool m_started = false; // a request may be in flight
    bool m_writing = false;
    int m_index = 0;
    QString m_pendingOld;
    QString m_pendingNew;
    bool m_cancelRequested = false;
    bool m_finished = false;
};

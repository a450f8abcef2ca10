#pragma once

#include "appkey/appkeyjournal.h"
#include "appkey/appkeyplan.h"
#include "appkey/appkeyresult.h"
#include "appkey/appkeys.h"
#include "v2/v2connection.h"
#include "v2/v2request.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class V2Call;
class V2Client;

struct AppKeyJobOptions
{
    AppKeyAction action = AppKeyAction::Change;
    bool dryRun = false; // GETs only: report what would be written
    QString journalDirectory; // empty: AppKeyJournal::defaultDirectory()
    AppKeys::RandomSource randomSource; // tests only; default: the system CSPRNG
};

// Changes (or restores) the v2 AppKey of every OTAA device of a devices.json that was read back
// from disk (AppKeyPlan). Per device: GET → compare the v2 key with the file's key → PUT the
// device exactly as received with only app_key replaced. The comparison makes a rerun resume
// where an interrupted run stopped, without changing a device twice. One device at a time,
// paced by the client; every write is journaled before it is sent. cancel() stops after the
// request in flight (a PUT is never abandoned halfway, so the journal stays truthful).
class AppKeyJob : public QObject
{
    Q_OBJECT
public:
    AppKeyJob(V2Connection connection, AppKeyPlan plan, AppKeyJobOptions options,
        QObject *parent = nullptr);
    ~AppKeyJob() override;

    const AppKeyPlan &plan() const { return m_plan; }
    void start();
    void cancel(); // finished() follows with summary.canceled

signals:
    void progress(int done, int total);
    void deviceFinished(const AppKeyDeviceResult &result);
    void requestLogged(const QString &line); // --verbose, already redacted
    void finished(const AppKeyRunSummary &summary);

private:
    void onHandlerFound(const V2Result &result);
    void processNext();
    void onGet(const V2Result &result);
    void onPut(const V2Result &result);
    void deviceDone(AppKeyDeviceResult result, bool journal = true);
    void stop(const QString &message, const QString &serverMessage = QString(),
        SettingFix fix = SettingFix::None);
    void stop(const V2Error &error) { stop(error.message, error.serverMessage, error.fix); }
    void finishRun();
    V2Call *send(const V2Request &request);

    V2Connection m_connection;
    AppKeyPlan m_plan;
    AppKeyJobOptions m_options;
    AppKeyRunSummary m_summary;
    AppKeyJournal m_journal;
    bool m_journalOpen = false;
    QSet<QString> m_generatedKeys;
    V2Client *m_client = nullptr;
    QPointer<V2Call> m_call;
    bool m_writing = false;
    int m_index = 0;
    QString m_pendingOld;
    QString m_pendingNew;
    bool m_cancelRequested = false;
    bool m_finished = false;
};

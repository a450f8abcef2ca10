#pragma once

#include "tts/ttsconnection.h"
#include "tts/ttsdevicefile.h"
#include "tts/ttsdevicelister.h"
#include "tts/ttserror.h"
#include "util/setting.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QTimer>

class TtsClient;

// tts-import.md §8, one state per imported device.
enum class TtsJoinState {
    Waiting, // no last_seen_at, or one older than the IS created_at
    Joined, // last_seen_at ≥ created_at, no activated_at yet ("seen" for session imports)
    Active, // activated_at: the first data uplink was handled
    NotInTts, // the device of the file is not in the application
};

struct TtsTrackedDevice
{
    QString deviceId;
    bool withSession = false; // imported with a session: "seen", not "joined"
    TtsJoinState state = TtsJoinState::NotInTts;
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QDateTime activatedAt;
};

struct TtsTrackerSnapshot
{
    QList<TtsTrackedDevice> devices; // in file order
    int joined = 0; // seen included
    int waiting = 0;
    int active = 0;
    int notInTts = 0;
    TtsError error;
    QString fatal; // one sentence when the refresh failed
    SettingFix fatalFix = SettingFix::None; // the setting to change, worded by the face
    int requests = 0; // this refresh's requests (one per 1000 devices)
    QDateTime refreshedAt; // local time of the answer

    bool ok() const { return fatal.isEmpty(); }
    int total() const { return int(devices.size()); }
};

Q_DECLARE_METATYPE(TtsTrackerSnapshot)

// One refresh's counts, kept over time for the picture of the fleet joining (the status page's
// chart, the report's table). joined does not include active here: joined + active have joined.
struct TtsJoinCounts
{
    QDateTime at; // the snapshot's refreshedAt
    int waiting = 0;
    int joined = 0;
    int active = 0;
    int notInTts = 0;

    static TtsJoinCounts of(const TtsTrackerSnapshot &snapshot);
    int inTts() const { return waiting + joined + active; }
    bool sameCounts(const TtsJoinCounts &other) const;
};

// What the Network Server says about one device (§8, on demand): a pending session means the
// join-accept was sent but not yet confirmed by an uplink; a session means the device uses it.
struct TtsSessionDetail
{
    QString deviceId;
    bool pendingSession = false;
    bool session = false;
    QString devAddr; // of the session, else of the pending session
    QDateTime sessionStartedAt;
    TtsError error;
    QString fatal; // one sentence when the request failed
    SettingFix fatalFix = SettingFix::None; // the setting to change, worded by the face
};

Q_DECLARE_METATYPE(TtsSessionDetail)

// Watches the fleet arrive: each refresh lists the application's devices with
// last_seen_at and activated_at (one request per 1000 devices) and classifies the devices of
// the file against their IS created_at (server time), so a later run that did not import can
// still classify. Polls every 60 s while polling is on (never more often than every 30 s).
class TtsTracker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 60000;
    static constexpr int kMinIntervalMs = 30000;

    TtsTracker(
        TtsConnection connection, const QList<TtsFileDevice> &devices, QObject *parent = nullptr);

    TtsClient *client() const { return m_client; }
    void refresh(); // one listing now (ignored while one is running)
    void startPolling(int intervalMs = kDefaultIntervalMs); // refresh now and then every interval
    void stopPolling();
    // Asks the Network Server about one device (the user opened it): needs only devices read.
    void requestSessionDetail(const QString &deviceId);
    // Tests may poll faster than TTS should be polled.
    void setMinimumIntervalForTesting(int ms) { m_minIntervalMs = ms; }

    static TtsJoinState classify(
        const QDateTime &createdAt, const QDateTime &lastSeenAt, const QDateTime &activatedAt);
    // "waiting", "joined" (or "seen" with a session), "active", "not in TTS" (translated).
    static QString stateName(TtsJoinState state, bool withSession);
    // The §8 usual causes of a device that does not join, for the user.
    static QStringList usualCauses();

signals:
    void refreshed(const TtsTrackerSnapshot &snapshot);
    void sessionDetailReady(const TtsSessionDetail &detail);
    void requestLogged(const QString &line);

private:
    void onListing(const TtsListing &listing);

    TtsClient *m_client;
    QList<TtsFileDevice> m_devices;
    TtsDeviceLister *m_lister;
    QTimer m_poll;
    bool m_running = false;
    int m_minIntervalMs = kMinIntervalMs;
};

#pragma once

#include "http/adaptiveconcurrency.h"
#include "tts/ttsconnection.h"
#include "tts/ttserror.h"
#include "tts/ttsrequest.h"
#include "ttssource/ttssourcerecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ConcurrentQueue;
class TtsCall;
class TtsClient;
class TtsDeviceLister;
struct TtsListing;
struct TtsResult;

struct TtsSourceOptions
{
    bool withSession = false; // also read sessions (NS session, MAC state; AS session)
    QStringList deviceIds; // empty: every device of the application (IS list)
    int concurrency = AdaptiveConcurrency::kDefaultMaximum; // devices in flight at most
};

struct TtsSourceSummary
{
    QStringList rights; // the key's rights on the source application
    bool formattersRead = false; // RIGHT_APPLICATION_SETTINGS_BASIC was there
    QString fatal; // translated; nothing could be read (no access, rights, listing failed)
    TtsError error; // the request behind `fatal`, if one
    int total = 0; // devices to read (listed or asked for)
    int read = 0;
    int skipped = 0;
    int failed = 0;
    bool stopped = false;
    int requests = 0;

    bool ok() const { return fatal.isEmpty(); }
};

Q_DECLARE_METATYPE(TtsSourceSummary)

// Reads end devices from a The Things Stack application (sources.md "The tts source") with
// the product's TTS client: the key's rights (DEVICES_READ and DEVICES_READ_KEYS needed,
// SETTINGS_BASIC for the formatters), the devices (the IS list, 1000 per page, or one IS get
// per asked-for ID), then per device the JS, NS and AS gets in parallel, as many devices in
// flight as the client's AdaptiveConcurrency allows (429: everything pauses and the request is
// repeated; 502/503/504: retried, then the device fails). A device on an external Join Server
// is skipped with the reason and what to do. Every device ends in exactly one deviceRead().
// stop() keeps what was read: the devices in flight finish, the others end Skipped.
class TtsSourceReader : public QObject
{
    Q_OBJECT
public:
    TtsSourceReader(TtsConnection source, TtsSourceOptions options, QObject *parent = nullptr);
    ~TtsSourceReader() override;

    TtsClient *client() const { return m_client; }
    // The devices to read, in order, once listed() was emitted (their device IDs).
    QStringList deviceIds() const;
    void start();
    void stop();

    static QStringList neededRights(); // DEVICES_READ, DEVICES_READ_KEYS
    static QString formatterRight(); // SETTINGS_BASIC
    // Whether a device's join_server_address names a server other than the source's (port
    // ignored, as the IS compares hosts): its root keys cannot be read here.
    static bool isExternalJoinServer(const QString &joinServerAddress, const TtsConnection &source);

signals:
    void stageChanged(const QString &message); // translated
    void listed(int total);
    void deviceRead(const TtsSourceRead &read);
    void progress(int done, int total);
    void requestLogged(const QString &line); // --verbose, already redacted
    void finished(const TtsSourceSummary &summary);

private:
    struct Pending
    {
        TtsSourceRead read;
        int waiting = 0;
        bool joinMissing = false;
        bool applicationMissing = false;
    };

    void onRights(const TtsResult &result);
    void onListing(const TtsListing &listing);
    void queueDevices(const QList<TtsSourceRead> &devices, const QList<QJsonObject> &identities);
    void startDevice(int index);
    void onIdentity(int index, const TtsResult &result);
    void readRegistries(int index);
    void onRegistry(int index, TtsServer server, const TtsResult &result);
    void finishDevice(int index);
    void emitDevice(const TtsSourceRead &read);
    void fail(const QString &fatal, const TtsError &error = TtsError());
    void finishIfDone();
    QString sentence(const TtsError &error, const QString &deviceId) const;

    TtsClient *m_client;
    TtsSourceOptions m_options;
    ConcurrentQueue *m_queue;
    TtsDeviceLister *m_lister = nullptr;
    QPointer<TtsCall> m_rightsCall;
    QList<TtsSourceRead> m_devices; // ConcurrentQueue index → device
    QList<QJsonObject> m_identities; // listed IS records (list mode), else empty
    QHash<int, Pending> m_pending;
    TtsSourceSummary m_summary;
    int m_done = 0;
    bool m_queued = false;
    bool m_stopping = false;
    bool m_finished = false;
};

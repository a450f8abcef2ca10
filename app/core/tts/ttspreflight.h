#pragma once

#include "tts/ttsdevicefile.h"
#include "tts/ttsdevicelister.h"
#include "tts/ttserror.h"
#include "util/setting.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

class TtsCall;
class TtsClient;
struct TtsResult;

// What the import will do with one device of the file, decided before the first write (§4).
enum class TtsPlanAction {
    Create, // the four calls
    // Listed with the same EUIs: the import reads it from the JS (OTAA), NS and AS and runs
    // only the steps missing there (an earlier run killed between step 1 and step 4, §4), or
    // reports it "already in TTS" when nothing is missing.
    Listed,
    Complete, // listed with the same EUIs, and the user asked to complete it: steps 2–4 only
    Conflict, // the ID (other EUIs) or the EUI pair (other ID) is taken in this application
    Invalid, // the line cannot be used (reason says why)
};

struct TtsDevicePlan
{
    TtsFileDevice device;
    TtsPlanAction action = TtsPlanAction::Create;
    QString reason; // translated; for Listed, Conflict, Invalid
};

struct TtsPreflightResult
{
    QStringList rights; // the key's rights on the application, as TTS listed them
    QStringList missingRights; // of those the import needs
    TtsError error; // the request that failed, if one did
    QString fatal; // one sentence when the import must not start; empty when it may
    SettingFix fatalFix = SettingFix::None; // the setting to change, worded by the face
    QList<TtsDevicePlan> plans; // in file order
    QHash<QString, TtsListedDevice> existing; // the application's devices before the import
    int requests = 0;

    bool ok() const { return fatal.isEmpty(); }
    int count(TtsPlanAction action) const;
};

Q_DECLARE_METATYPE(TtsPreflightResult)

// The import's pre-flight (§2, §4): the key's rights on the application (stops before any
// write, naming what is missing), then the application's existing devices (one listing),
// then a plan per device, so ID and EUI conflicts are known before the first create.
class TtsPreflight : public QObject
{
    Q_OBJECT
public:
    TtsPreflight(TtsClient *client, QList<TtsFileDevice> devices, bool completeExisting,
        QObject *parent = nullptr);
    void start();
    void abort();

    // The rights the import needs for these devices (WRITE_KEYS only when a device has keys),
    // and which of them `granted` lacks (RIGHT_APPLICATION_ALL grants every one).
    static QStringList neededRights(const QList<TtsFileDevice> &devices);
    static QStringList missing(const QStringList &needed, const QStringList &granted);
    static QList<TtsDevicePlan> plan(const QList<TtsFileDevice> &devices,
        const QHash<QString, TtsListedDevice> &existing, bool completeExisting);

signals:
    void finished(const TtsPreflightResult &result);

private:
    void onRights(const TtsResult &result);
    void onListing(const TtsListing &listing);
    void fail(const TtsError &error);

    TtsClient *m_client;
    QList<TtsFileDevice> m_devices;
    bool m_completeExisting;
    TtsPreflightResult m_result;
    QPointer<TtsCall> m_call;
    TtsDeviceLister *m_lister = nullptr;
};

#pragma once

#include "appkey/appkeyjournal.h"

#include <QHash>
#include <QList>
#include <QString>

// One OTAA device of a saved devices.json whose AppKey at the source may be changed or
// restored.
struct AppKeyPlanEntry
{
    // The device's ID at the source. TTN v2: the line's "name", the original v2 dev_id (the
    // export may give it another v3 ID). TTS: ids.device_id, the source's own ID unless the
    // export renamed the device (TtsAppKeyBackend then finds it at the source by its DevEUI).
    QString v2DeviceId;
    QString devEui; // ids.dev_eui, to make sure the source still has the same device
    QString appKey; // root_keys.app_key.key: the original AppKey (secret, never printed)
    int line = 0; // 1-based line in the file, for messages
    QString nwkKey; // TTS, LoRaWAN 1.1: root_keys.nwk_key.key (secret); empty otherwise
};

// The devices whose v2 AppKey a change (or restore) touches, read back from a devices.json on
// disk. Reading the file back is the proof that the export is safely written: no v2 write may
// happen from anything else. Only OTAA lines (supports_join with an AppKey) are planned; ABP
// lines (session only) are counted but left alone.
class AppKeyPlan
{
public:
    // `expectedDeviceLines` >= 0: the number of devices the caller just wrote; any other count
    // on disk is an error (the file is not what was exported).
    static AppKeyPlan load(const QString &path, int expectedDeviceLines = -1,
        AppKeySource source = AppKeySource::TtnV2);
    // The parts of a split export (devices-001.json, …), read as one plan.
    static AppKeyPlan load(const QStringList &paths, int expectedDeviceLines = -1,
        AppKeySource source = AppKeySource::TtnV2);

    AppKeySource source() const { return m_source; }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // translated, never contains a key
    QString path() const { return m_paths.value(0); } // the first file
    QStringList paths() const { return m_paths; }
    const QList<AppKeyPlanEntry> &devices() const { return m_devices; }
    int deviceLines() const { return m_deviceLines; }
    QString v3ApplicationId() const { return m_v3AppId; }

    // Empty when the file was exported from (v2 or TTS) application `sourceAppId`, else the
    // reason.
    QString applicationProblem(const QString &sourceAppId) const;

private:
    bool readFile(const QString &path);
    bool readLine(const QByteArray &bytes, int lineNumber);
    QString shownPaths() const;

    AppKeySource m_source = AppKeySource::TtnV2;
    QStringList m_paths;
    int m_fileIndex = 0; // of the file being read
    QString m_error;
    QList<AppKeyPlanEntry> m_devices;
    int m_deviceLines = 0;
    QString m_v3AppId;
    QHash<QString, QPair<int, int>> m_lineOfDevice; // v2 ID -> (file index, line)
};

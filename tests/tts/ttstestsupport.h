#pragma once

// Shared bits of the TTS tests: devices as the export writes them, a connection to an
// in-process TtsEmulator with short back-offs, and a helper that runs one import to its end.
#include "job/ttsimportjob.h"
#include "tts/ttsconnection.h"
#include "tts/ttsdevicefile.h"
#include "tts/ttstracker.h"
#include "ttsemulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

namespace ttstest {

inline const QString kApp = QStringLiteral("target-app");
inline const QString kOtherApp = QStringLiteral("other-app");
inline const QString kKey
    = QStringLiteral("NNSXS.TESTKEYID0123456789.TestSecretNeverToBeSeen0123456789abcdef");
inline const QString kReadOnlyKey
    = QStringLiteral("NNSXS.READONLYKEY012345.ReadOnlySecretNeverToBeSeen0123456789");
inline const QString kNoKeysKey
    = QStringLiteral("NNSXS.NOWRITEKEYS012345.NoWriteKeysSecretNeverSeen0123456789");

inline QString devEui(int n)
{
    return QStringLiteral("0004A30B%1").arg(n, 8, 16, QLatin1Char('0')).toUpper();
}

// One line of devices.json as conversion.md writes it: OTAA without session by default.
inline QJsonObject otaaDevice(
    const QString &id, int n, const QString &fileApp = QStringLiteral("v2-app"))
{
    return QJsonDocument::fromJson(
        QStringLiteral(
            R"({"ids":{"device_id":"%1","application_ids":{"application_id":"%2"},"dev_eui":"%3","join_eui":"70B3D57ED0000001"},)"
            R"("name":"%1_v2","description":"Kitchen sensor","attributes":{"old-id":"%1_v2","room":"kitchen"},)"
            R"("locations":{"user":{"latitude":52.1,"longitude":4.9,"altitude":3,"source":"SOURCE_REGISTRY"}},)"
            R"("lorawan_version":"MAC_V1_0_2","lorawan_phy_version":"PHY_V1_0_2_REV_B","frequency_plan_id":"EU_863_870_TTN",)"
            R"("supports_join":true,"root_keys":{"app_key":{"key":"0123456789ABCDEF0123456789ABCDEF"}},)"
            R"("mac_settings":{"supports_32_bit_f_cnt":true,"status_time_periodicity":"0s","status_count_periodicity":0}})")
            .arg(id, fileApp, devEui(n))
            .toUtf8())
        .object();
}

inline QJsonObject abpDevice(const QString &id, int n)
{
    return QJsonDocument::fromJson(
        QStringLiteral(
            R"({"ids":{"device_id":"%1","application_ids":{"application_id":"v2-app"},"dev_eui":"%2","join_eui":"70B3D57ED0000001"},)"
            R"("name":"%1","lorawan_version":"MAC_V1_0_2","lorawan_phy_version":"PHY_V1_0_2_REV_B","frequency_plan_id":"EU_863_870_TTN",)"
            R"("supports_join":false,"mac_settings":{"rx1_delay":1,"resets_f_cnt":true,"status_time_periodicity":"0s","status_count_periodicity":0},)"
            R"("session":{"dev_addr":"26011234","keys":{"f_nwk_s_int_key":{"key":"00112233445566778899AABBCCDDEEFF"},)"
            R"("app_s_key":{"key":"FFEEDDCCBBAA99887766554433221100"}},"last_f_cnt_up":42,"last_n_f_cnt_down":7,"started_at":"2024-10-01T12:00:00Z"}})")
            .arg(id, devEui(n))
            .toUtf8())
        .object();
}

inline QByteArray ndjson(const QList<QJsonObject> &devices)
{
    QByteArray bytes;
    for (const QJsonObject &device : devices)
        bytes += QJsonDocument(device).toJson(QJsonDocument::Compact) + '\n';
    return bytes;
}

inline QList<TtsFileDevice> fileDevices(const QList<QJsonObject> &devices)
{
    TtsDeviceFileContents contents
        = TtsDeviceFile::parse(QStringLiteral("devices.json"), ndjson(devices));
    TtsDeviceFile::markDuplicates(&contents.devices);
    return contents.devices;
}

inline QList<QJsonObject> otaaFleet(int count, int first = 1)
{
    QList<QJsonObject> devices;
    for (int i = first; i < first + count; ++i)
        devices << otaaDevice(QStringLiteral("sensor-%1").arg(i, 4, 10, QLatin1Char('0')), i);
    return devices;
}

inline void setUpEmulator(TtsEmulator &emulator)
{
    QVERIFY(emulator.listen());
    emulator.addApplication(kApp);
    emulator.addApplication(kOtherApp);
    emulator.addApiKey(kKey, kApp, { QStringLiteral("RIGHT_APPLICATION_ALL") });
    emulator.addApiKey(kKey, kOtherApp, { QStringLiteral("RIGHT_APPLICATION_ALL") });
    emulator.addApiKey(kReadOnlyKey, kApp, { QStringLiteral("RIGHT_APPLICATION_DEVICES_READ") });
    emulator.addApiKey(kNoKeysKey, kApp,
        { QStringLiteral("RIGHT_APPLICATION_DEVICES_READ"),
            QStringLiteral("RIGHT_APPLICATION_DEVICES_WRITE") });
}

inline TtsConnection connection(const TtsEmulator &emulator, const QString &key = kKey)
{
    TtsConnection c;
    c.identityServerUrl = emulator.baseUrl();
    c.applicationId = kApp;
    c.apiKey = key;
    c.timeoutMs = 10000;
    c.retryBaseDelayMs = 10;
    c.minRateLimitPauseMs = 20;
    c.rateLimitJitterMs = 10;
    return c;
}

// Requests the emulator saw with this method and a path containing `pathPart`.
inline int countRequests(
    const TtsEmulator &emulator, const QString &method, const QString &pathPart)
{
    int n = 0;
    const QList<TtsEmulatorRequest> requests = emulator.requests();
    for (const TtsEmulatorRequest &r : requests)
        n += r.method == method && r.path.contains(pathPart) ? 1 : 0;
    return n;
}

struct ImportRun
{
    QList<TtsImportOutcome> outcomes;
    TtsImportSummary summary;
    QStringList lines;
    QList<std::pair<bool, qint64>> busy; // serverBusy(): rate limited?, retry in ms
    bool finished = false;

    const TtsImportOutcome *outcome(const QString &id) const
    {
        for (const TtsImportOutcome &o : outcomes) {
            if (o.deviceId == id)
                return &o;
        }
        return nullptr;
    }
    int count(TtsImportStatus status) const
    {
        int n = 0;
        for (const TtsImportOutcome &o : outcomes)
            n += o.status == status ? 1 : 0;
        return n;
    }
};

inline void collect(TtsImportJob &job, ImportRun &run)
{
    QObject::connect(&job, &TtsImportJob::deviceFinished, &job,
        [&run](const TtsImportOutcome &o) { run.outcomes << o; });
    QObject::connect(&job, &TtsImportJob::requestLogged, &job,
        [&run](const QString &line) { run.lines << line; });
    QObject::connect(&job, &TtsImportJob::serverBusy, &job, [&run](bool rateLimited, qint64 ms) {
        run.busy.append({ rateLimited, ms });
    });
    QObject::connect(&job, &TtsImportJob::finished, &job, [&run](const TtsImportSummary &s) {
        run.summary = s;
        run.finished = true;
    });
}

inline ImportRun runImport(const TtsConnection &c, const QList<TtsFileDevice> &devices,
    TtsImportOptions options = {}, int timeoutMs = 60000)
{
    ImportRun run;
    TtsImportJob job(c, devices, options);
    collect(job, run);
    job.start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(run.finished, timeoutMs); }();
    return run;
}

} // namespace ttstest

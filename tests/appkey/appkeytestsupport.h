#pragma once

// Shared by the AppKey tests: a v2 application in an in-process emulator, an export of it to
// a real devices.json (ExportJob + ExportFile, as the CLI and the wizard do), and a helper that
// runs one AppKeyJob to its end.
#include "appkey/appkeyjob.h"
#include "io/exportfile.h"
#include "job/exportjob.h"
#include "v2emulator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

namespace appkeytest {

inline const QString kApp = QStringLiteral("key_app"); // v2 allows '_'; v3 gets "key-app"
inline const QString kKey = QStringLiteral("ttn-account-v2.AppKeyTestSecret_Qw3eR5tY7uI9oP1aS2dF");

// A device with every field v2 has, so a PUT that drops or changes one is noticed.
inline QJsonObject richOtaaDevice()
{
    using namespace Qt::StringLiterals;
    const QJsonObject lorawan {
        { u"app_id"_s, kApp },
        { u"dev_id"_s, u"rich_otaa"_s },
        { u"app_eui"_s, u"70B3D57ED0000001"_s },
        { u"dev_eui"_s, u"0004A30B00FF0001"_s },
        { u"dev_addr"_s, u"26011AAA"_s },
        { u"app_key"_s, u"A1A2A3A4A5A6A7A8A9AAABACADAEAFB0"_s },
        { u"app_s_key"_s, u"B1B2B3B4B5B6B7B8B9BABBBCBDBEBFC0"_s },
        { u"nwk_s_key"_s, u"C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0"_s },
        { u"f_cnt_up"_s, 1234 },
        { u"f_cnt_down"_s, 56 },
        { u"uses32_bit_f_cnt"_s, true },
        { u"disable_f_cnt_check"_s, true },
        { u"activation_constraints"_s, u"local,otaa"_s },
    };
    return { { u"app_id"_s, kApp }, { u"dev_id"_s, u"rich_otaa"_s },
        { u"description"_s, u"Keller – Zähler 7"_s }, { u"latitude"_s, 52.3731 },
        { u"longitude"_s, 4.8922 }, { u"altitude"_s, 3 },
        { u"attributes"_s, QJsonObject { { u"floor"_s, u"-1"_s }, { u"room"_s, u"boiler"_s } } },
        { u"lorawan_device"_s, lorawan } };
}

// Starts the emulator with kApp: the rich device, 9 generated OTAA and 3 ABP devices.
inline bool setUpEmulator(V2Emulator &emulator)
{
    if (!emulator.listen())
        return false;
    emulator.addApplication(kApp, kKey);
    emulator.generate(kApp, 12, 7, 0.25);
    emulator.setRateLimit(0);
    return emulator.addDevice(kApp, richOtaaDevice());
}

inline V2Connection connection(const V2Emulator &emulator)
{
    V2Connection c;
    c.appId = kApp;
    c.accessKey = kKey;
    c.handlerUrl = emulator.handlerUrl();
    c.requestsPerSecond = 0; // unpaced: the emulator's limit is off, tests stay fast
    c.retryBaseDelayMs = 10;
    c.maxAttempts = 3;
    return c;
}

// Exports the whole application to `path` the way the CLI does with -o; returns the number of
// device lines written, or -1.
inline int exportTo(const V2Emulator &emulator, const QString &path, bool withSession = false)
{
    ExportRequest request;
    request.connection = connection(emulator);
    request.scope = ExportScope::Application;
    request.options.frequencyPlanId = QStringLiteral("EU_863_870_TTN");
    request.options.withSession = withSession;
    request.options.exportTime = QDateTime::currentDateTimeUtc();
    ExportFile file(path);
    if (!file.open())
        return -1;
    ExportJob job(request);
    QObject::connect(
        &job, &ExportJob::outcomesReady, &job, [&file](const QList<DeviceOutcome> &batch) {
            for (const DeviceOutcome &outcome : batch) {
                if (outcome.status == OutcomeStatus::Exported)
                    file.writeLine(outcome.json);
            }
        });
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start();
    if (!finished.wait(20000) || !file.commit())
        return -1;
    return file.linesReadBack();
}

struct JobRun
{
    AppKeyRunSummary summary;
    QList<AppKeyDeviceResult> results;
    bool finished = false;
};

// Runs `job`; when cancelAfter > 0, cancels it as soon as that many devices are done.
inline JobRun runJob(AppKeyJob &job, int cancelAfter = 0)
{
    JobRun run;
    QObject::connect(&job, &AppKeyJob::deviceFinished, &job,
        [&run, &job, cancelAfter](const AppKeyDeviceResult &result) {
            run.results << result;
            if (cancelAfter > 0 && run.results.size() == cancelAfter)
                job.cancel();
        });
    QObject::connect(&job, &AppKeyJob::finished, &job, [&run](const AppKeyRunSummary &summary) {
        run.summary = summary;
        run.finished = true;
    });
    job.start();
    if (!QTest::qWaitFor([&run] { return run.finished; }, 20000))
        qWarning("AppKeyJob did not finish in time");
    return run;
}

inline QString appKeyOf(const QJsonObject &v2Device)
{
    return v2Device.value(QLatin1String("lorawan_device"))
        .toObject()
        .value(QLatin1String("app_key"))
        .toString();
}

// The device without its AppKey: what must not move when only the key changes.
inline QJsonObject withoutAppKey(QJsonObject v2Device)
{
    QJsonObject lorawan = v2Device.value(QLatin1String("lorawan_device")).toObject();
    lorawan.remove(QLatin1String("app_key"));
    v2Device.insert(QLatin1String("lorawan_device"), lorawan);
    return v2Device;
}

} // namespace appkeytest

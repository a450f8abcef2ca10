// ttnmig-tts-bench: the import into The Things Stack (issue #11), against a local
// TtsEmulator with a fixed latency per request, in one run:
//   ours      — TtsImportJob, devices in flight concurrently (default 4), the four calls of a
//               device in order;
//   baseline  — the pattern of the Console and ttn-lw-cli: one device at a time, the same
//               four calls (run on a sample and extrapolated unless --baseline-full);
//   tracking  — one TtsTracker refresh of a large application: requests per refresh.
// Figures go to stdout as key=value lines (benchoutput.h); run-benchmarks.sh judges them.
#include "benchoutput.h"
#include "job/ttsimportjob.h"
#include "tts/ttstracker.h"
#include "ttsemulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QThread>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString kApp = u"bench-app"_s;
const QString kKey = u"NNSXS.BENCHKEY.BenchSecretForTheLocalEmulatorOnly"_s;

// The emulator answers from its own thread, so its timers are never late because the
// importer is busy (as a real server's are not).
class EmulatorThread : public QThread
{
public:
    void run() override
    {
        TtsEmulator emulator;
        emulator.listen();
        emulator.addApplication(kApp);
        emulator.addApiKey(kKey, kApp, { u"RIGHT_APPLICATION_ALL"_s });
        m_emulator = &emulator;
        m_ready.release();
        exec();
        m_emulator = nullptr;
    }
    TtsEmulator *emulator()
    {
        m_ready.acquire();
        m_ready.release();
        return m_emulator;
    }

private:
    QSemaphore m_ready;
    TtsEmulator *m_emulator = nullptr;
};

QList<TtsFileDevice> fleet(int first, int count)
{
    QByteArray bytes;
    for (int i = first; i < first + count; ++i) {
        const QString id = u"bench-%1"_s.arg(i, 7, 10, QLatin1Char('0'));
        bytes
            += QStringLiteral(
                   R"({"ids":{"device_id":"%1","application_ids":{"application_id":"v2"},"dev_eui":"%2","join_eui":"70B3D57ED0000001"},)"
                   R"("name":"%1","attributes":{"old-id":"%1"},"lorawan_version":"MAC_V1_0_2","lorawan_phy_version":"PHY_V1_0_2_REV_B",)"
                   R"("frequency_plan_id":"EU_863_870_TTN","supports_join":true,"root_keys":{"app_key":{"key":"0123456789ABCDEF0123456789ABCDEF"}},)"
                   R"("mac_settings":{"status_time_periodicity":"0s","status_count_periodicity":0}})")
                   .arg(id, u"70B3D5%1"_s.arg(i, 10, 16, QLatin1Char('0')).toUpper())
                   .toUtf8()
            + '\n';
    }
    return TtsDeviceFile::parse(u"bench.json"_s, bytes).devices;
}

struct Measured
{
    qint64 ms = 0;
    TtsImportSummary summary;
};

Measured import(const QUrl &url, const QList<TtsFileDevice> &devices, int concurrency)
{
    TtsConnection c;
    c.identityServerUrl = url;
    c.applicationId = kApp;
    c.apiKey = kKey;
    TtsImportOptions options;
    options.concurrency = concurrency;
    TtsImportJob job(c, devices, options);
    Measured m;
    QEventLoop loop;
    QObject::connect(&job, &TtsImportJob::finished, &loop, [&](const TtsImportSummary &s) {
        m.summary = s;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    job.start();
    loop.exec();
    m.ms = timer.elapsed();
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { u"devices"_s, u"devices to import"_s, u"n"_s, u"1000"_s },
        { u"latency-ms"_s, u"emulator latency per request"_s, u"ms"_s, u"50"_s },
        { u"concurrency"_s, u"devices in flight (ours)"_s, u"n"_s, u"4"_s },
        { u"baseline-sample"_s, u"devices imported one at a time, extrapolated"_s, u"n"_s,
            u"100"_s },
        { u"baseline-full"_s, u"import every device one at a time too"_s },
        { u"tracking"_s, u"devices in the application for the tracking refresh"_s, u"n"_s,
            u"100000"_s } });
    parser.process(app);
    const int devices = parser.value(u"devices"_s).toInt();
    const int latency = parser.value(u"latency-ms"_s).toInt();
    const int concurrency = parser.value(u"concurrency"_s).toInt();
    const int sample = parser.isSet(u"baseline-full"_s)
        ? devices
        : std::min(devices, parser.value(u"baseline-sample"_s).toInt());
    const int tracking = parser.value(u"tracking"_s).toInt();

    EmulatorThread thread;
    thread.start();
    TtsEmulator *emulator = thread.emulator();
    const QUrl url = emulator->baseUrl();
    emulator->setLatency(latency);

    // 1. Ours.
    emulator->clearRequests();
    const Measured ours = import(url, fleet(1, devices), concurrency);
    const int oursServed = emulator->requestCount();
    std::fprintf(stderr, "ours: %d devices in %lld ms, %d requests (%d imported, %d failed)\n",
        devices, ours.ms, oursServed, ours.summary.imported, ours.summary.failed);

    // 2. One device at a time (Console / ttn-lw-cli), into a fresh range of IDs.
    emulator->clearRequests();
    const Measured base = import(url, fleet(devices + 1, sample), 1);
    const double baseSeconds = double(base.ms) / 1000.0 * devices / std::max(1, sample);
    std::fprintf(stderr, "one at a time: %d devices in %lld ms (whole fleet: %.1f s%s)\n", sample,
        base.ms, baseSeconds, sample < devices ? ", extrapolated" : "");

    // Pre-flight: the rights call and one listing page (the application is empty before);
    // then exactly four calls per device when nothing fails.
    const int expected = 1 + 1 + 4 * devices;
    printFigure("tts_devices", devices);
    printFigure("tts_latency_ms", latency);
    printFigure("tts_concurrency", concurrency);
    printFigure("tts_ours_s", double(ours.ms) / 1000.0);
    printFigure("tts_ours_imported", ours.summary.imported);
    printFigure("tts_ours_requests", oursServed);
    printFigure("tts_expected_requests", expected);
    printFigure("tts_extra_requests", oursServed - expected);
    printFigure("tts_baseline_sample", sample);
    printFigure("tts_baseline_s", baseSeconds);
    printFigure("tts_speedup", baseSeconds / std::max(0.001, double(ours.ms) / 1000.0));

    // 3. Tracking a large application: one refresh.
    emulator->setLatency(0);
    emulator->generate(u"track-app"_s, tracking);
    emulator->addApiKey(kKey, u"track-app"_s, { u"RIGHT_APPLICATION_DEVICES_READ"_s });
    QList<TtsFileDevice> tracked;
    tracked.reserve(tracking);
    for (int i = 1; i <= tracking; ++i) {
        TtsFileDevice d;
        d.deviceId = u"dev-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        d.line = i;
        tracked << d;
    }
    TtsConnection c;
    c.identityServerUrl = url;
    c.applicationId = u"track-app"_s;
    c.apiKey = kKey;
    TtsTracker tracker(c, tracked);
    TtsTrackerSnapshot snapshot;
    QEventLoop loop;
    QObject::connect(&tracker, &TtsTracker::refreshed, &loop, [&](const TtsTrackerSnapshot &s) {
        snapshot = s;
        loop.quit();
    });
    emulator->clearRequests();
    QElapsedTimer timer;
    timer.start();
    tracker.refresh();
    loop.exec();
    printFigure("tts_tracking_devices", tracking);
    printFigure("tts_tracking_requests", emulator->requestCount());
    printFigure("tts_tracking_s", double(timer.elapsed()) / 1000.0);
    printFigure("tts_tracking_classified", snapshot.waiting + snapshot.joined + snapshot.active);

    thread.quit();
    thread.wait();
    return ours.summary.imported == devices && snapshot.ok() ? 0 : 1;
}

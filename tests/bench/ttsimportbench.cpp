// ttnmig-tts-bench: the import into The Things Stack (issues #11, #17), against a local
// TtsEmulator with a fixed latency per request, in one run:
//   ours      — TtsImportJob with its defaults: devices in flight chosen by the HTTP layer's
//               AdaptiveConcurrency (start 4, at most --concurrency), the four calls of a device
//               in order, on a server without a rate limit;
//   baseline  — the pattern of the Console and ttn-lw-cli: one device at a time, the same
//               four calls (run on a sample and extrapolated unless --baseline-full);
//   limited   — ours against a server limited to --limit-rps requests per second (a bucket of
//               one second, X-Rate-Limit-* headers): how much of that budget the import uses
//               and how many requests it answers with 429;
//   read      — the reading side of a TTS source (prepared for it): one GET per device through
//               TtsClient + ConcurrentQueue, against one GET after the other;
//   tracking  — one TtsTracker refresh of a large application: requests per refresh.
// Figures go to stdout as key=value lines (benchoutput.h); run-benchmarks.sh judges them.
#include "benchoutput.h"
#include "http/concurrentqueue.h"
#include "http/httpsession.h"
#include "job/ttsimportjob.h"
#include "tts/ttscall.h"
#include "tts/ttsclient.h"
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

TtsConnection connectionTo(const QUrl &url, const QString &applicationId)
{
    TtsConnection c;
    c.identityServerUrl = url;
    c.applicationId = applicationId;
    c.apiKey = kKey;
    return c;
}

struct Measured
{
    qint64 ms = 0;
    TtsImportSummary summary;
    int finalConcurrency = 0;
    int highestConcurrency = 0;
};

Measured import(const QUrl &url, const QList<TtsFileDevice> &devices, int concurrency)
{
    TtsImportOptions options;
    options.concurrency = concurrency;
    TtsImportJob job(connectionTo(url, kApp), devices, options);
    Measured m;
    m.highestConcurrency = job.concurrencyNow();
    QObject::connect(job.client()->session(), &HttpSession::concurrencyChanged, &job,
        [&m](int limit) { m.highestConcurrency = std::max(m.highestConcurrency, limit); });
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
    m.finalConcurrency = job.concurrencyNow();
    return m;
}

struct ReadRun
{
    qint64 ms = 0;
    int ok = 0;
    int failed = 0;
};

// Devices dev-<first>… read with one GET each, as many in flight as the client's adaptive
// concurrency allows (at most `maximum`; 1: one after the other).
ReadRun readDevices(
    const QUrl &url, const QString &applicationId, int first, int count, int maximum)
{
    TtsClient client(connectionTo(url, applicationId));
    client.session()->setConcurrency(
        std::min(AdaptiveConcurrency::kDefaultStart, maximum), maximum);
    ReadRun run;
    ConcurrentQueue *queue = nullptr;
    ConcurrentQueue reader(client.session(), [&](int index) {
        const QString id = u"dev-%1"_s.arg(first + index, 6, 10, QLatin1Char('0'));
        TtsCall *call = client.send(TtsRequests::getDevice(applicationId, id, u"name"_s));
        QObject::connect(call, &TtsCall::finished, &client, [&, index](const TtsResult &r) {
            (r.ok() ? run.ok : run.failed) += 1;
            queue->done(index);
        });
    });
    queue = &reader;
    QEventLoop loop;
    QObject::connect(&reader, &ConcurrentQueue::drained, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    reader.append(count);
    loop.exec();
    run.ms = timer.elapsed();
    return run;
}

int count429(const QList<TtsEmulatorRequest> &requests)
{
    int n = 0;
    for (const TtsEmulatorRequest &r : requests)
        n += r.status == 429 ? 1 : 0;
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { u"devices"_s, u"devices to import"_s, u"n"_s, u"1000"_s },
        { u"latency-ms"_s, u"emulator latency per request"_s, u"ms"_s, u"50"_s },
        { u"concurrency"_s, u"at most this many devices in flight (ours)"_s, u"n"_s,
            QString::number(TtsImportOptions().concurrency) },
        { u"baseline-sample"_s, u"devices imported one at a time, extrapolated"_s, u"n"_s,
            u"100"_s },
        { u"baseline-full"_s, u"import every device one at a time too"_s },
        { u"limit-rps"_s, u"requests per second of the rate-limited server (0: skip)"_s, u"n"_s,
            u"50"_s },
        { u"limited-devices"_s, u"devices imported into the rate-limited server"_s, u"n"_s,
            u"300"_s },
        { u"read"_s, u"devices read with one GET each (0: skip)"_s, u"n"_s, u"10000"_s },
        { u"read-sample"_s, u"devices read one after the other, extrapolated"_s, u"n"_s, u"100"_s },
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
    const int limitRps = parser.value(u"limit-rps"_s).toInt();
    const int limitedDevices = parser.value(u"limited-devices"_s).toInt();
    const int reads = parser.value(u"read"_s).toInt();
    const int readSample = std::min(reads, parser.value(u"read-sample"_s).toInt());

    EmulatorThread thread;
    thread.start();
    TtsEmulator *emulator = thread.emulator();
    const QUrl url = emulator->baseUrl();
    emulator->setLatency(latency);

    // 1. Ours.
    emulator->clearRequests();
    const Measured ours = import(url, fleet(1, devices), concurrency);
    const int oursServed = emulator->requestCount();
    std::fprintf(stderr,
        "ours: %d devices in %lld ms, %d requests (%d imported, %d failed), concurrency up to "
        "%d\n",
        devices, ours.ms, oursServed, ours.summary.imported, ours.summary.failed,
        ours.highestConcurrency);

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
    printFigure("tts_ours_concurrency_max", ours.highestConcurrency);

    // 2. A server limited to limitRps requests per second, a bucket of one second's worth.
    bool limitedOk = true;
    if (limitRps > 0 && limitedDevices > 0) {
        emulator->clearRequests();
        emulator->setRateLimit(limitRps * 60, limitRps);
        const Measured limited = import(url, fleet(2 * devices + 1, limitedDevices), concurrency);
        emulator->setRateLimit(0);
        const QList<TtsEmulatorRequest> served = emulator->requests();
        const int refused = count429(served);
        const int accepted = int(served.size()) - refused;
        const double seconds = double(limited.ms) / 1000.0;
        // What the server would have let through at most: the full bucket plus the refill.
        const double budget = double(limitRps) + double(limitRps) * seconds;
        std::fprintf(stderr,
            "limited to %d/s: %d devices in %lld ms, %d requests accepted, %d answered 429, "
            "concurrency up to %d\n",
            limitRps, limitedDevices, limited.ms, accepted, refused, limited.highestConcurrency);
        printFigure("tts_limited_rps", limitRps);
        printFigure("tts_limited_devices", limitedDevices);
        printFigure("tts_limited_s", seconds);
        printFigure("tts_limited_accepted", accepted);
        printFigure("tts_limited_429", refused);
        printFigure("tts_limited_rps_used", double(accepted) / std::max(0.001, seconds));
        printFigure("tts_limited_budget_used", double(accepted) / budget);
        printFigure("tts_limited_429_share", double(refused) / std::max(1, int(served.size())));
        printFigure("tts_limited_concurrency_max", limited.highestConcurrency);
        limitedOk = limited.summary.imported == limitedDevices;
    }

    // 3. Reading: one GET per device, ours against one after the other.
    bool readOk = true;
    if (reads > 0) {
        const QString readApp = u"read-app"_s;
        emulator->generate(readApp, reads);
        emulator->addApiKey(kKey, readApp, { u"RIGHT_APPLICATION_DEVICES_READ"_s });
        const ReadRun readOurs = readDevices(url, readApp, 1, reads, concurrency);
        const ReadRun readBase = readDevices(url, readApp, 1, std::max(1, readSample), 1);
        const double readBaseSeconds
            = double(readBase.ms) / 1000.0 * reads / std::max(1, readSample);
        std::fprintf(stderr, "read: %d devices in %lld ms; one after the other: %d in %lld ms\n",
            reads, readOurs.ms, readSample, readBase.ms);
        printFigure("tts_read_devices", reads);
        printFigure("tts_read_s", double(readOurs.ms) / 1000.0);
        printFigure("tts_read_baseline_s", readBaseSeconds);
        printFigure(
            "tts_read_speedup", readBaseSeconds / std::max(0.001, double(readOurs.ms) / 1000.0));
        readOk = readOurs.ok == reads && readBase.failed == 0;
    }

    // 4. Tracking a large application: one refresh.
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
    TtsTracker tracker(connectionTo(url, u"track-app"_s), tracked);
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
    return ours.summary.imported == devices && limitedOk && readOk && snapshot.ok() ? 0 : 1;
}

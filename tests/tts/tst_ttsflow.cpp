// The HTTP layer's flow control against a real TtsEmulator on 127.0.0.1 (issue #17 item 2):
// the import grows the devices in flight while the server keeps up, halves them on a 429 and
// pauses every request for its retry time, paces itself to a rate-limited server instead of
// provoking a 429 storm, and the same client + ConcurrentQueue reads devices with one GET each.
#include "http/concurrentqueue.h"
#include "http/httpsession.h"
#include "tts/ttscall.h"
#include "tts/ttsclient.h"
#include "ttstestsupport.h"

using namespace Qt::StringLiterals;
using namespace ttstest;

namespace {

int count429(const TtsEmulator &emulator)
{
    int n = 0;
    const QList<TtsEmulatorRequest> requests = emulator.requests();
    for (const TtsEmulatorRequest &r : requests)
        n += r.status == 429 ? 1 : 0;
    return n;
}

// The most requests that arrived within one latency of each other: with a fixed latency, how
// many the server was answering at once.
int peakOverlap(const TtsEmulator &emulator, int latencyMs)
{
    const QList<TtsEmulatorRequest> requests = emulator.requests();
    int peak = 0;
    for (int i = 0; i < requests.size(); ++i) {
        int open = 0;
        for (int j = i;
             j < requests.size() && requests.at(j).atMs < requests.at(i).atMs + latencyMs; ++j)
            ++open;
        peak = std::max(peak, open);
    }
    return peak;
}

} // namespace

class TstTtsFlow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void growsWhileTheServerKeepsUp();
    void concurrencyIsTheUpperBound();
    void shrinksOnA429AndHonoursItsPause();
    void rateLimitedServerIsPacedWithoutA429Storm();
    void readsDevicesWithIndependentGets();

private:
    std::unique_ptr<TtsEmulator> m_emulator;
};

void TstTtsFlow::init()
{
    m_emulator = std::make_unique<TtsEmulator>();
    setUpEmulator(*m_emulator);
}

void TstTtsFlow::cleanup()
{
    m_emulator.reset();
}

void TstTtsFlow::growsWhileTheServerKeepsUp()
{
    m_emulator->setLatency(20);
    ImportRun run;
    TtsImportJob job(connection(*m_emulator), fileDevices(otaaFleet(60)), {});
    collect(job, run);
    QCOMPARE(job.concurrencyNow(), 4); // the default start
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(run.finished, 60000);
    QVERIFY2(run.summary.completeSuccess(), qPrintable(run.lines.join(u'\n')));
    QCOMPARE(run.summary.imported, 60);
    QCOMPARE(run.summary.rateLimited, 0);
    // 242 answers without a 429: one more device per window, up to the default maximum.
    QCOMPARE(job.concurrencyNow(), 16);
    const int peak = peakOverlap(*m_emulator, 20);
    QVERIFY2(peak > 4, qPrintable(QString::number(peak)));
    QCOMPARE(m_emulator->requestCount(), 2 + 4 * 60); // nothing extra for the speed
}

void TstTtsFlow::concurrencyIsTheUpperBound()
{
    m_emulator->setLatency(5);
    TtsImportOptions options;
    options.concurrency = 2;
    ImportRun run;
    TtsImportJob job(connection(*m_emulator), fileDevices(otaaFleet(20)), options);
    collect(job, run);
    int highest = 0;
    connect(job.client()->session(), &HttpSession::concurrencyChanged, &job,
        [&highest](int limit) { highest = std::max(highest, limit); });
    QCOMPARE(job.concurrencyNow(), 2); // never more than asked for, not even at the start
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(run.finished, 60000);
    QVERIFY2(run.summary.completeSuccess(), qPrintable(run.lines.join(u'\n')));
    QVERIFY(highest <= 2);
    QCOMPARE(job.concurrencyNow(), 2);
}

void TstTtsFlow::shrinksOnA429AndHonoursItsPause()
{
    constexpr int kLatency = 10;
    constexpr int kPause = 400;
    m_emulator->setLatency(kLatency);
    TtsConnection c = connection(*m_emulator);
    c.minRateLimitPauseMs = kPause;
    ImportRun run;
    TtsImportJob job(c, fileDevices(otaaFleet(80)), {});
    collect(job, run);
    int done = 0;
    connect(&job, &TtsImportJob::deviceFinished, this, [this, &done] {
        if (++done == 30) // 122 answers: the limit has reached its maximum
            m_emulator->failNext(1, 429);
    });
    int highestBefore = 0;
    int atRateLimit = 0;
    bool limited = false;
    connect(job.client()->session(), &HttpSession::concurrencyChanged, &job, [&](int limit) {
        highestBefore = limited ? highestBefore : std::max(highestBefore, limit);
    });
    connect(job.client(), &TtsClient::rateLimited, &job, [&] {
        limited = true;
        atRateLimit = job.concurrencyNow();
    });
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(run.finished, 60000);
    QVERIFY2(run.summary.completeSuccess(), qPrintable(run.lines.join(u'\n')));
    QCOMPARE(run.summary.rateLimited, 1);
    QCOMPARE(highestBefore, 16);
    QCOMPARE(atRateLimit, 8); // halved, not one device for the rest of the run
    QCOMPARE(job.concurrencyNow(), 16); // and grown back while the server kept up

    // Every request after the 429 waited for its pause: the server saw nothing for that long.
    const QList<TtsEmulatorRequest> requests = m_emulator->requests();
    int refused = -1;
    for (int i = 0; i < requests.size(); ++i) {
        if (requests.at(i).status == 429)
            refused = i;
    }
    QVERIFY(refused >= 0);
    qint64 longestGap = 0;
    for (int i = refused + 1; i < requests.size(); ++i)
        longestGap = std::max(longestGap, requests.at(i).atMs - requests.at(i - 1).atMs);
    QVERIFY2(longestGap >= kPause * 9 / 10 - kLatency, qPrintable(QString::number(longestGap)));
}

void TstTtsFlow::rateLimitedServerIsPacedWithoutA429Storm()
{
    // 40 requests per second with a bucket of 8: four devices in flight would ask for ten
    // times that. The import paces itself to the X-Rate-Limit-* budget instead.
    m_emulator->setLatency(10);
    m_emulator->setRateLimit(40 * 60, 8);
    ImportRun run;
    TtsImportJob job(connection(*m_emulator), fileDevices(otaaFleet(50)), {});
    collect(job, run);
    int highest = 0;
    connect(job.client()->session(), &HttpSession::concurrencyChanged, &job,
        [&highest](int limit) { highest = std::max(highest, limit); });
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(run.finished, 60000);
    QVERIFY2(run.summary.completeSuccess(), qPrintable(run.lines.join(u'\n')));
    QCOMPARE(run.summary.imported, 50);
    const int all = m_emulator->requestCount();
    const int refused = count429(*m_emulator);
    QCOMPARE(run.summary.rateLimited, refused);
    QVERIFY2(refused * 100 <= all, qPrintable(u"%1 of %2 answered 429"_s.arg(refused).arg(all)));
    // The budget, not the concurrency, limited the speed: it did not grow into the bucket.
    QVERIFY2(highest <= 6, qPrintable(QString::number(highest)));
}

void TstTtsFlow::readsDevicesWithIndependentGets()
{
    // The reading side of a TTS source: one GET per device, as many in flight as the
    // client's AdaptiveConcurrency allows, on the same client and queue as the import.
    constexpr int kDevices = 80;
    m_emulator->setLatency(20);
    m_emulator->generate(kApp, kDevices);
    TtsClient client(connection(*m_emulator));
    int read = 0;
    int failed = 0;
    ConcurrentQueue *queue = nullptr;
    ConcurrentQueue reader(client.session(), [&](int index) {
        const QString id = u"dev-%1"_s.arg(index + 1, 6, 10, QLatin1Char('0'));
        TtsCall *call = client.send(TtsRequests::getDevice(kApp, id, u"name"_s));
        connect(call, &TtsCall::finished, &client, [&, index](const TtsResult &result) {
            (result.ok() ? read : failed) += 1;
            queue->done(index);
        });
    });
    queue = &reader;
    QSignalSpy drained(&reader, &ConcurrentQueue::drained);
    reader.append(kDevices);
    QTRY_COMPARE_WITH_TIMEOUT(drained.count(), 1, 60000);
    QCOMPARE(read, kDevices);
    QCOMPARE(failed, 0);
    QCOMPARE(m_emulator->requestCount(), kDevices);
    QVERIFY(client.session()->concurrency().limit() > 4);
    const int peak = peakOverlap(*m_emulator, 20);
    QVERIFY2(peak > 4, qPrintable(QString::number(peak)));
}

QTEST_GUILESS_MAIN(TstTtsFlow)
#include "tst_ttsflow.moc"

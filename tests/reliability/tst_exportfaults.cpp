// Transient faults against the export, in process: ExportJob talks real HTTP to a V2Emulator
// that injects latency, error statuses, 429 storms, resets mid-body and garbage bodies.
// Every run must export exactly what a fault-free run exports (random session fields
// masked), or fail cleanly: a fatal error with one sentence and nothing exported.
#include "exportrun.h"
#include "ndjson.h"
#include "v2emulator.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kApp = u"fault-app"_s;
const QString kKey = u"ttn-account-v2.FaultSuiteKey-abcdefghijklmnopqrstuvwxyz012345"_s;
constexpr int kDevices = 24;

enum Fault { Latency, EveryNth, StormNext, ResetEveryNth, GarbageEveryNth };
} // namespace

class TstExportFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void transientFaultsAreSurvived_data();
    void transientFaultsAreSurvived();
    void retryAfterIsHonoured();
    void pacingKeeps429Rare();
    void persistentFaultsStopCleanlyAndBounded_data();
    void persistentFaultsStopCleanlyAndBounded();
    void timeoutsAreBounded();

private:
    ExportRequest request(bool withSession) const;
    int faultedAnswers() const;

    V2Emulator m_emulator;
    QStringList m_baseline[2]; // [withSession]
};

ExportRequest TstExportFaults::request(bool withSession) const
{
    ExportRequest request;
    request.connection.appId = kApp;
    request.connection.accessKey = kKey;
    request.connection.handlerUrl = m_emulator.handlerUrl();
    request.connection.requestsPerSecond = 0; // pacing off: faults, not the limiter, are tested
    request.connection.retryBaseDelayMs = 10;
    request.connection.maxAttempts = 8;
    request.connection.timeoutMs = 5000;
    request.scope = ExportScope::Application;
    request.options.frequencyPlanId = u"EU_863_870_TTN"_s;
    request.options.withSession = withSession;
    request.options.exportTime = QDateTime::currentDateTimeUtc();
    return request;
}

int TstExportFaults::faultedAnswers() const
{
    int n = 0;
    const QList<EmulatorRequest> requests = m_emulator.requests();
    for (const EmulatorRequest &r : requests)
        n += r.status != 200 ? 1 : 0;
    return n;
}

void TstExportFaults::initTestCase()
{
    QVERIFY(m_emulator.listen());
    m_emulator.addApplication(kApp, kKey);
    m_emulator.generate(kApp, kDevices, 7, 0.25);
    m_emulator.setRateLimit(0);
    for (bool withSession : { false, true }) {
        const ExportRun run = ExportRun::run(request(withSession));
        QVERIFY(run.finished);
        QVERIFY2(!run.summary.fatal.isError(), qPrintable(run.summary.fatal.message));
        QCOMPARE(run.summary.retries, 0);
        // Without session the ABP quarter is skipped (conversion.md), with it all are exported.
        QCOMPARE(
            run.count(OutcomeStatus::Exported), withSession ? kDevices : kDevices - kDevices / 4);
        m_baseline[withSession] = Ndjson::canonical(run.ndjson());
    }
}

void TstExportFaults::init()
{
    // A Qt warning would be an extra stderr line in the CLI, where a fatal error must be one.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_emulator.clearFaults();
    m_emulator.setLatency(0);
    m_emulator.setRateLimit(0);
    m_emulator.clearRequests();
}

void TstExportFaults::transientFaultsAreSurvived_data()
{
    QTest::addColumn<bool>("withSession");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("status");

    for (bool withSession : { false, true }) {
        const char *mode = withSession ? "session" : "list";
        QTest::addRow("%s: latency 150 ms", mode) << withSession << int(Latency) << 150 << 0;
        QTest::addRow("%s: first 3 answers 503", mode) << withSession << int(StormNext) << 3 << 503;
        QTest::addRow("%s: first 2 answers 502", mode) << withSession << int(StormNext) << 2 << 502;
        QTest::addRow("%s: first 2 answers 504", mode) << withSession << int(StormNext) << 2 << 504;
        QTest::addRow("%s: 429 storm of 6", mode) << withSession << int(StormNext) << 6 << 429;
    }
    QTest::newRow("session: every 3rd 503") << true << int(EveryNth) << 3 << 503;
    QTest::newRow("session: every 4th 502") << true << int(EveryNth) << 4 << 502;
    QTest::newRow("session: every 5th 504") << true << int(EveryNth) << 5 << 504;
    QTest::newRow("session: every 3rd 429") << true << int(EveryNth) << 3 << 429;
    QTest::newRow("session: reset every 4th") << true << int(ResetEveryNth) << 4 << 0;
    QTest::newRow("session: reset every 3rd") << true << int(ResetEveryNth) << 3 << 0;
    QTest::newRow("list: garbage on 1st") << false << int(GarbageEveryNth) << 1 << 0;
    QTest::newRow("session: garbage every 5th") << true << int(GarbageEveryNth) << 5 << 0;
}

void TstExportFaults::transientFaultsAreSurvived()
{
    QFETCH(bool, withSession);
    QFETCH(int, fault);
    QFETCH(int, n);
    QFETCH(int, status);
    switch (Fault(fault)) {
    case Latency:
        m_emulator.setLatency(n);
        break;
    case EveryNth:
        m_emulator.failEveryNth(n, status);
        break;
    case StormNext:
        m_emulator.failNext(n, status);
        break;
    case ResetEveryNth:
        m_emulator.setResetEveryNth(n);
        break;
    case GarbageEveryNth:
        m_emulator.setGarbageEveryNth(n);
        break;
    }
    const ExportRun run = ExportRun::run(request(withSession));
    QVERIFY2(run.finished, "the export hung");

    if (Fault(fault) == GarbageEveryNth) {
        // A 200 with a broken body is bad server data, not a transient fault: the list being
        // unreadable stops the run; an unreadable device fails alone. Never a wrong export.
        if (run.summary.fatal.isError()) {
            QCOMPARE(run.count(OutcomeStatus::Exported), 0);
            QVERIFY(!run.summary.fatal.message.isEmpty());
            QVERIFY(!run.summary.fatal.message.contains(u'\n'));
            return;
        }
        const QStringList exported = Ndjson::canonical(run.ndjson());
        for (const QString &line : exported)
            QVERIFY2(m_baseline[withSession].contains(line),
                qPrintable(u"wrong export: "_s + line.left(120)));
        for (const DeviceOutcome &outcome : run.outcomes) {
            if (outcome.status == OutcomeStatus::Failed)
                QVERIFY2(!outcome.reason.isEmpty(), qPrintable(outcome.v2DeviceId));
        }
        QVERIFY(
            run.count(OutcomeStatus::Failed) <= faultedAnswers() + m_emulator.requestCount() / n);
        return;
    }

    QVERIFY2(!run.summary.fatal.isError(), qPrintable(run.summary.fatal.message));
    const QString difference
        = Ndjson::firstDifference(m_baseline[withSession], Ndjson::canonical(run.ndjson()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(run.count(OutcomeStatus::Failed), 0);
    if (Fault(fault) != Latency) {
        // The run retried, and says so in the summary.
        QVERIFY2(run.summary.retries > 0, "a faulted run must report its retries");
        // Qt itself may resend an idempotent GET once after a reset, unseen by the client.
        QVERIFY(run.summary.requests <= m_emulator.requestCount());
    } else {
        QCOMPARE(run.summary.retries, 0);
    }
}

void TstExportFaults::retryAfterIsHonoured()
{
    m_emulator.failNext(2, 429, 1);
    const ExportRun run = ExportRun::run(request(false));
    QVERIFY(run.finished);
    QVERIFY2(!run.summary.fatal.isError(), qPrintable(run.summary.fatal.message));
    QCOMPARE(run.summary.retries, 2);
    QCOMPARE(m_emulator.requestCount(), 3);
    // Two waits of at least Retry-After: 1 s each, although the back-off base is 10 ms.
    QVERIFY2(run.elapsedMs >= 1900, qPrintable(QString::number(run.elapsedMs)));
    QVERIFY2(run.elapsedMs < 10000, qPrintable(QString::number(run.elapsedMs)));
}

void TstExportFaults::pacingKeeps429Rare()
{
    // The handler's real limit (5/s per application and per key) and the client's default pace.
    m_emulator.setRateLimit(5);
    ExportRequest paced = request(true);
    paced.connection.requestsPerSecond = 5;
    paced.scope = ExportScope::DeviceList;
    for (int i = 1; i <= 12; ++i)
        paced.deviceIds << u"dev-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
    const ExportRun run = ExportRun::run(paced);
    QVERIFY(run.finished);
    QVERIFY2(!run.summary.fatal.isError(), qPrintable(run.summary.fatal.message));
    QCOMPARE(run.count(OutcomeStatus::Exported), 12);
    int rateLimited = 0;
    const QList<EmulatorRequest> requests = m_emulator.requests();
    for (const EmulatorRequest &r : requests)
        rateLimited += r.status == 429 ? 1 : 0;
    QCOMPARE(rateLimited, 0);
    QCOMPARE(run.summary.retries, 0);
    // 12 GETs at 5/s take at least ~2 s: pacing really happened.
    QVERIFY2(run.elapsedMs >= 1800, qPrintable(QString::number(run.elapsedMs)));
}

void TstExportFaults::persistentFaultsStopCleanlyAndBounded_data()
{
    QTest::addColumn<int>("status"); // every request answers this; 0 = every connection resets
    QTest::addColumn<int>("expectedKind");
    QTest::addColumn<bool>("retried");
    QTest::newRow("503 forever") << 503 << int(V2ErrorKind::Unavailable) << true;
    QTest::newRow("502 forever") << 502 << int(V2ErrorKind::Unavailable) << true;
    QTest::newRow("429 forever") << 429 << int(V2ErrorKind::RateLimited) << true;
    QTest::newRow("reset forever") << 0 << int(V2ErrorKind::ConnectionFailed) << true;
    QTest::newRow("500 is not retried (much)") << 500 << int(V2ErrorKind::ServerError) << false;
}

void TstExportFaults::persistentFaultsStopCleanlyAndBounded()
{
    QFETCH(int, status);
    QFETCH(int, expectedKind);
    QFETCH(bool, retried);
    if (status)
        m_emulator.failEveryNth(1, status);
    else
        m_emulator.setResetEveryNth(1);
    ExportRequest req = request(false);
    req.connection.maxAttempts = 4;
    const ExportRun run = ExportRun::run(req);
    QVERIFY2(run.finished, "the export hung");
    QCOMPARE(int(run.summary.fatal.kind), expectedKind);
    QVERIFY(!run.summary.fatal.message.isEmpty());
    QVERIFY(!run.summary.fatal.message.contains(u'\n'));
    QCOMPARE(run.count(OutcomeStatus::Exported), 0);
    // Bounded: maxAttempts requests (Qt may resend a reset GET once by itself).
    if (retried)
        QVERIFY2(m_emulator.requestCount() >= 4 && m_emulator.requestCount() <= 8,
            qPrintable(QString::number(m_emulator.requestCount())));
    else
        QVERIFY2(
            m_emulator.requestCount() <= 2, qPrintable(QString::number(m_emulator.requestCount())));
}

void TstExportFaults::timeoutsAreBounded()
{
    m_emulator.setLatency(1500);
    ExportRequest req = request(false);
    req.connection.timeoutMs = 300;
    req.connection.maxAttempts = 3;
    const ExportRun run = ExportRun::run(req, 30000);
    QVERIFY2(run.finished, "the export hung");
    QCOMPARE(run.summary.fatal.kind, V2ErrorKind::Timeout);
    QVERIFY(!run.summary.fatal.message.isEmpty());
    QCOMPARE(run.count(OutcomeStatus::Exported), 0);
    QVERIFY2(run.elapsedMs < 8000, qPrintable(QString::number(run.elapsedMs)));
}

QTEST_GUILESS_MAIN(TstExportFaults)
#include "tst_exportfaults.moc"

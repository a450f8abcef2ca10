// ExportJob against a real V2Emulator: the fewest requests for each scope, counters from
// per-device GETs with sessions (paced), retries, fatal errors without outcomes, cancel,
// batches in order without freezing the event loop, and no key in any --verbose line.
#include "clienttestsupport.h"
#include "convert/conversionresult.h"
#include "job/exportjob.h"
#include "util/redact.h"
#include "v2emulator.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace clienttest;

namespace {
const QString kApp = u"job-app"_s;

// Everything one run produced.
struct Run
{
    QList<DeviceOutcome> outcomes;
    QList<int> batchSizes;
    QStringList lines;
    QStringList stages;
    ExportSummary summary;
    bool finished = false;
};

QJsonObject v2Device(const QString &devId, const QString &devEui, bool abp, quint32 fCntUp = 0)
{
    QJsonObject lorawan { { u"app_id"_s, kApp }, { u"dev_id"_s, devId },
        { u"app_eui"_s, u"70B3D57ED0000001"_s }, { u"dev_eui"_s, devEui } };
    if (abp) {
        lorawan.insert(u"dev_addr"_s, u"26011234"_s);
        lorawan.insert(u"nwk_s_key"_s, u"00112233445566778899AABBCCDDEEFF"_s);
        lorawan.insert(u"app_s_key"_s, u"FFEEDDCCBBAA99887766554433221100"_s);
        lorawan.insert(u"app_key"_s, u""_s);
        lorawan.insert(u"f_cnt_up"_s, qint64(fCntUp));
        lorawan.insert(u"f_cnt_down"_s, 7);
    } else {
        lorawan.insert(u"app_key"_s, u"0123456789ABCDEF0123456789ABCDEF"_s);
        lorawan.insert(u"dev_addr"_s, u""_s);
        lorawan.insert(u"nwk_s_key"_s, u""_s);
        lorawan.insert(u"app_s_key"_s, u""_s);
    }
    return { { u"app_id"_s, kApp }, { u"dev_id"_s, devId }, { u"lorawan_device"_s, lorawan } };
}

// v2 access keys belong to one application.
QString keyFor(const QString &app)
{
    return app == kApp ? accessKey() : u"ttn-account-v2.Secret_%1_0123456789abcdefghij"_s.arg(app);
}

void useApp(ExportRequest &r, const QString &app)
{
    r.connection.appId = app;
    r.connection.accessKey = keyFor(app);
}

QStringList ids(const QList<DeviceOutcome> &outcomes)
{
    QStringList list;
    for (const DeviceOutcome &o : outcomes)
        list << o.v2DeviceId;
    return list;
}
} // namespace

class TstExportJob : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void applicationWithoutSessionIsOneListCall();
    void applicationThroughDiscoveryIsTwoRequests();
    void fewDevicesUseGets();
    void manyDevicesUseOneFilteredList();
    void withSessionReadsCountersPaced();
    void resultAllowsRepairsWithoutFetching();
    void retriesAreCountedAndFinish();
    void fatalErrorsStopWithoutOutcomes_data();
    void fatalErrorsStopWithoutOutcomes();
    void unreadableListIsFatal();
    void fatalErrorDuringSessionGets();
    void cancelStopsPromptly();
    void cancelDuringConversion();
    void largeApplicationInBatchesWithoutFreezing();
    void verboseLinesAreRedacted();
    void reportAsReadStreamsInRequestOrder();
    void stopKeepsWhatWasRead();
    void stopBeforeReadingCancels();
    void confirmationBeforeLongReads();

private:
    ExportRequest request(
        ExportScope scope = ExportScope::Application, const QStringList &deviceIds = {}) const;
    Run execute(ExportJob &job, int timeoutMs = 15000);
    V2Emulator m_emulator;
};

void TstExportJob::initTestCase()
{
    QVERIFY(m_emulator.listen());
    m_emulator.addApplication(kApp, accessKey());
    // Added out of order: the handler (and the job) sorts by dev_id.
    QVERIFY(m_emulator.addDevice(kApp, v2Device(u"otaa-b"_s, u"0004A30B00000002"_s, false)));
    QVERIFY(m_emulator.addDevice(kApp, v2Device(u"abp-a"_s, u"0004A30B00000001"_s, true, 4242)));
    QVERIFY(m_emulator.addDevice(kApp, v2Device(u"otaa-c"_s, u"0004A30B00000003"_s, false)));
    QVERIFY(m_emulator.addDevice(kApp, v2Device(u"abp-d"_s, u"0004A30B00000004"_s, true, 17)));
    QVERIFY(m_emulator.addDevice(kApp, v2Device(u"otaa-e"_s, u"0004A30B00000005"_s, false)));
    m_emulator.addApplication(u"big-app"_s, keyFor(u"big-app"_s));
    m_emulator.generate(u"big-app"_s, 5000, 3, 0.1);
}

void TstExportJob::init()
{
    m_emulator.clearFaults();
    m_emulator.clearRequests();
    m_emulator.setLatency(0);
    m_emulator.setRateLimit(0);
}

ExportRequest TstExportJob::request(ExportScope scope, const QStringList &deviceIds) const
{
    ExportRequest r;
    r.connection.appId = kApp;
    r.connection.accessKey = accessKey();
    r.connection.handlerUrl = m_emulator.handlerUrl();
    r.connection.requestsPerSecond = 0;
    r.connection.retryBaseDelayMs = 20;
    r.connection.timeoutMs = 5000;
    r.scope = scope;
    r.deviceIds = deviceIds;
    r.options.frequencyPlanId = u"EU_863_870_TTN"_s;
    r.options.exportTime = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
    return r;
}

Run TstExportJob::execute(ExportJob &job, int timeoutMs)
{
    Run run;
    connect(&job, &ExportJob::outcomesReady, this, [&run](const QList<DeviceOutcome> &batch) {
        run.outcomes += batch;
        run.batchSizes << int(batch.size());
    });
    connect(&job, &ExportJob::requestLogged, this, [&run](const QString &l) { run.lines << l; });
    connect(&job, &ExportJob::stageChanged, this, [&run](const QString &s) { run.stages << s; });
    connect(&job, &ExportJob::finished, this, [&run](const ExportSummary &s) {
        run.summary = s;
        run.finished = true;
    });
    job.start();
    if (!QTest::qWaitFor([&run] { return run.finished; }, timeoutMs))
        qWarning("ExportJob did not finish in time");
    return run;
}

void TstExportJob::applicationWithoutSessionIsOneListCall()
{
    m_emulator.setRateLimit(5);
    ExportRequest r = request();
    r.connection.requestsPerSecond = 5;
    ExportJob job(r);
    const Run run = execute(job);
    QVERIFY(run.finished);
    QVERIFY2(!run.summary.fatal.isError(), qPrintable(run.summary.fatal.message));
    QCOMPARE(m_emulator.requestCount(), 1);
    QCOMPARE(m_emulator.requests().first().path, u"/applications/job-app/devices"_s);
    QCOMPARE(run.summary.requests, 1);
    QCOMPARE(run.summary.retries, 0);
    QCOMPARE(ids(run.outcomes),
        (QStringList { u"abp-a"_s, u"abp-d"_s, u"otaa-b"_s, u"otaa-c"_s, u"otaa-e"_s }));
    QCOMPARE(run.summary.requested, 5);
    QCOMPARE(run.summary.exported, 3);
    QCOMPARE(run.summary.skipped, 2); // ABP without with-session
    QCOMPARE(run.summary.failed, 0);
    QCOMPARE(run.outcomes.at(0).status, OutcomeStatus::Skipped);
    QCOMPARE(run.outcomes.at(2).status, OutcomeStatus::Exported);
    QVERIFY(run.outcomes.at(2).json.contains("\"device_id\":\"otaa-b\""));
    QVERIFY(!run.stages.isEmpty());
    QVERIFY(run.summary.elapsedMs >= 0);
    QVERIFY(!run.summary.canceled);
    QCOMPARE(m_emulator.writeCount(), 0);
}

void TstExportJob::applicationThroughDiscoveryIsTwoRequests()
{
    ExportRequest r = request();
    r.connection.handlerUrl = QUrl();
    r.connection.discoveryUrl = m_emulator.discoveryUrl();
    ExportJob job(r);
    const Run run = execute(job);
    QVERIFY(run.finished);
    QVERIFY2(!run.summary.fatal.isError(), qPrintable(run.summary.fatal.message));
    QCOMPARE(m_emulator.requestCount(), 2);
    QCOMPARE(run.summary.requests, 2);
    QCOMPARE(run.outcomes.size(), 5);
}

void TstExportJob::fewDevicesUseGets()
{
    ExportJob job(request(ExportScope::DeviceList, { u"otaa-c"_s, u"missing-dev"_s }));
    const Run run = execute(job);
    QVERIFY(run.finished);
    QVERIFY(!run.summary.fatal.isError());
    const QList<EmulatorRequest> requests = m_emulator.requests();
    QCOMPARE(requests.size(), 2);
    QStringList paths { requests.at(0).path, requests.at(1).path };
    paths.sort();
    QCOMPARE(paths,
        (QStringList { u"/applications/job-app/devices/missing-dev"_s,
            u"/applications/job-app/devices/otaa-c"_s }));
    QCOMPARE(ids(run.outcomes), (QStringList { u"otaa-c"_s, u"missing-dev"_s }));
    QCOMPARE(run.outcomes.at(0).status, OutcomeStatus::Exported);
    QCOMPARE(run.outcomes.at(1).status, OutcomeStatus::Failed);
    QVERIFY2(run.outcomes.at(1).reason.contains(u"device not found in application"_s),
        qPrintable(run.outcomes.at(1).reason));
    // Never read, so nothing is known about how it is activated (not "unusable").
    QCOMPARE(run.outcomes.at(1).activation, Activation::Unknown);
    QCOMPARE(run.summary.requested, 2);
    QCOMPARE(run.summary.failed, 1);
    QVERIFY(!run.summary.completeSuccess());

    m_emulator.clearRequests();
    ExportJob single(request(ExportScope::SingleDevice, { u"otaa-e"_s }));
    const Run one = execute(single);
    QVERIFY(one.finished);
    QCOMPARE(m_emulator.requestCount(), 1);
    QCOMPARE(ids(one.outcomes), QStringList { u"otaa-e"_s });
    QVERIFY(one.summary.completeSuccess());
}

void TstExportJob::manyDevicesUseOneFilteredList()
{
    const QStringList wanted { u"otaa-e"_s, u"nope"_s, u"abp-a"_s, u"otaa-b"_s };
    ExportJob job(request(ExportScope::DeviceList, wanted));
    const Run run = execute(job);
    QVERIFY(run.finished);
    QVERIFY(!run.summary.fatal.isError());
    QCOMPARE(m_emulator.requestCount(), 1);
    QCOMPARE(m_emulator.requests().first().path, u"/applications/job-app/devices"_s);
    QCOMPARE(ids(run.outcomes), wanted); // request order, not list order
    QCOMPARE(run.outcomes.at(1).status, OutcomeStatus::Failed);
    QVERIFY(run.outcomes.at(1).reason.contains(u"device not found in application"_s));
    QCOMPARE(run.summary.requested, 4);
    QCOMPARE(run.summary.exported, 2);
    QCOMPARE(run.summary.skipped, 1);
    QCOMPARE(run.summary.failed, 1);
}

void TstExportJob::withSessionReadsCountersPaced()
{
    m_emulator.setRateLimit(5);
    ExportRequest r = request();
    r.connection.requestsPerSecond = 5;
    r.options.withSession = true;
    // Six session devices in a second app: list + 6 GETs at 5/s take at least a second.
    const QString app = u"session-app"_s;
    m_emulator.addApplication(app, keyFor(app));
    m_emulator.generate(app, 8, 11, 0.75); // 6 ABP, 2 OTAA of which one has joined
    useApp(r, app);
    ExportJob job(r);
    QElapsedTimer timer;
    timer.start();
    const Run run = execute(job);
    QVERIFY(run.finished);
    QVERIFY2(!run.summary.fatal.isError(), qPrintable(run.summary.fatal.message));

    int sessions = 0;
    for (const DeviceOutcome &o : run.outcomes) {
        if (!o.sessionExported)
            continue;
        ++sessions;
        const QJsonObject stored = m_emulator.device(app, o.v2DeviceId);
        const qint64 fCntUp
            = stored.value("lorawan_device"_L1).toObject().value("f_cnt_up"_L1).toInteger();
        const QJsonObject session
            = QJsonDocument::fromJson(o.json).object().value("session"_L1).toObject();
        QCOMPARE(session.value("last_f_cnt_up"_L1).toInteger(), fCntUp);
    }
    QVERIFY(sessions >= 6);
    const QList<EmulatorRequest> requests = m_emulator.requests();
    QCOMPARE(requests.size(), 1 + sessions); // the list, then one GET per session device
    QCOMPARE(requests.first().path, u"/applications/session-app/devices"_s);
    for (const EmulatorRequest &req : requests)
        QVERIFY2(req.status == 200, "paced requests never hit the handler's limit");
    QCOMPARE(run.summary.retries, 0);
    QVERIFY2(
        timer.elapsed() >= (sessions - 1) * 200 - 50, qPrintable(QString::number(timer.elapsed())));
}

// The finished job hands over every device with the v2 data it came from (counters of the
// per-device GETs included), so one device can get a new ID without asking v2 again.
void TstExportJob::resultAllowsRepairsWithoutFetching()
{
    ExportRequest r = request();
    r.options.withSession = true;
    ExportJob job(r);
    const Run run = execute(job);
    QVERIFY(run.finished);
    QVERIFY2(!run.summary.fatal.isError(), qPrintable(run.summary.fatal.message));
    const std::shared_ptr<ConversionResult> result = job.result();
    QVERIFY(result);
    QCOMPARE(result->size(), run.outcomes.size());
    QCOMPARE(result->readyForImport(), run.summary.exported);
    for (qsizetype row = 0; row < result->size(); ++row) {
        QCOMPARE(result->outcome(row).v2DeviceId, run.outcomes.at(row).v2DeviceId);
        QCOMPARE(result->outcome(row).json, run.outcomes.at(row).json);
    }

    const int requests = m_emulator.requestCount();
    QCOMPARE(ids(run.outcomes).indexOf(u"abp-a"_s), 0);
    // abp-a takes otaa-b's ID: abp-a comes first, so otaa-b (row 2) now fails as a duplicate.
    QCOMPARE(result->setDeviceId(0, u"otaa-b"_s), (QList<qsizetype> { 0, 2 }));
    QCOMPARE(result->outcome(0).status, OutcomeStatus::Exported);
    QCOMPARE(result->outcome(2).rule, TtsRule::DuplicateDeviceId);
    const QJsonObject renamed = QJsonDocument::fromJson(result->outcome(0).json).object();
    QCOMPARE(renamed.value("ids"_L1)["device_id"_L1].toString(), u"otaa-b"_s);
    // The frame counter came from the GET of the export, not from a new request.
    QCOMPARE(renamed.value("session"_L1)["last_f_cnt_up"_L1].toInteger(), 4242);
    QCOMPARE(m_emulator.requestCount(), requests);
}

void TstExportJob::retriesAreCountedAndFinish()
{
    m_emulator.failNext(2, 503);
    ExportJob job(request());
    QList<V2ErrorKind> retried; // the caller learns of each wait, e.g. to show it
    connect(
        &job, &ExportJob::retryScheduled, this, [&retried](const V2Error &error, qint64 delayMs) {
            QVERIFY(delayMs > 0);
            retried << error.kind;
        });
    const Run run = execute(job);
    QVERIFY(run.finished);
    QVERIFY2(!run.summary.fatal.isError(), qPrintable(run.summary.fatal.message));
    QCOMPARE(run.summary.requests, 3);
    QCOMPARE(run.summary.retries, 2);
    QCOMPARE(retried, (QList<V2ErrorKind> { V2ErrorKind::Unavailable, V2ErrorKind::Unavailable }));
    QCOMPARE(run.outcomes.size(), 5);

    m_emulator.clearRequests();
    m_emulator.failNext(1, 429, 1);
    ExportJob limited(request(ExportScope::SingleDevice, { u"otaa-b"_s }));
    QElapsedTimer timer;
    timer.start();
    const Run again = execute(limited);
    QVERIFY(again.finished);
    QVERIFY(again.summary.completeSuccess());
    QCOMPARE(again.summary.retries, 1);
    QVERIFY(timer.elapsed() >= 950); // Retry-After: 1
}

void TstExportJob::fatalErrorsStopWithoutOutcomes_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("closedPort");
    QTest::addColumn<int>("kind");
    QTest::newRow("wrong key, application")
        << int(ExportScope::Application) << u"ttn-account-v2.Wrong_0123456789abcdefghijklmnopqrs"_s
        << false << int(V2ErrorKind::Unauthenticated);
    QTest::newRow("wrong key, single device")
        << int(ExportScope::SingleDevice) << u"ttn-account-v2.Wrong_0123456789abcdefghijklmnopqrs"_s
        << false << int(V2ErrorKind::Unauthenticated);
    QTest::newRow("unreachable") << int(ExportScope::Application) << accessKey() << true
                                 << int(V2ErrorKind::ConnectionFailed);
}

void TstExportJob::fatalErrorsStopWithoutOutcomes()
{
    QFETCH(int, scope);
    QFETCH(QString, key);
    QFETCH(bool, closedPort);
    QFETCH(int, kind);
    ExportRequest r = request(ExportScope(scope), { u"otaa-b"_s });
    r.connection.accessKey = key;
    if (closedPort)
        r.connection.handlerUrl = loopback(clienttest::closedPort());
    ExportJob job(r);
    const Run run = execute(job);
    QVERIFY(run.finished);
    QCOMPARE(int(run.summary.fatal.kind), kind);
    QVERIFY(run.outcomes.isEmpty());
    QVERIFY(!run.summary.fatal.message.contains(key));
    QVERIFY(!run.summary.completeSuccess());
}

void TstExportJob::unreadableListIsFatal()
{
    m_emulator.setGarbageEveryNth(1);
    ExportJob job(request());
    const Run run = execute(job);
    QVERIFY(run.finished);
    QCOMPARE(run.summary.fatal.kind, V2ErrorKind::BadResponse);
    QVERIFY(run.outcomes.isEmpty());
}

void TstExportJob::fatalErrorDuringSessionGets()
{
    ExportRequest r = request();
    r.options.withSession = true;
    r.connection.maxAttempts = 2;
    // Request 1 (the list) passes; the two GETs are requests 2 and 3, and the retry of the
    // one that failed is request 4, which fails again: the handler is unusable.
    m_emulator.failEveryNth(2, 503);
    ExportJob job(r);
    const Run run = execute(job);
    QVERIFY(run.finished);
    QVERIFY(run.summary.fatal.isError());
    QCOMPARE(run.summary.fatal.kind, V2ErrorKind::Unavailable);
    QVERIFY(run.outcomes.isEmpty());
}

void TstExportJob::cancelStopsPromptly()
{
    m_emulator.setLatency(3000);
    ExportJob job(request());
    Run run;
    connect(&job, &ExportJob::outcomesReady, this,
        [&run](const QList<DeviceOutcome> &b) { run.outcomes += b; });
    connect(&job, &ExportJob::finished, this, [&run](const ExportSummary &s) {
        run.summary = s;
        run.finished = true;
    });
    job.start();
    QTest::qWait(150);
    QElapsedTimer timer;
    timer.start();
    job.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(run.finished, int(promptMs(1000)));
    QVERIFY(timer.elapsed() < promptMs(500));
    QVERIFY(run.summary.canceled);
    QVERIFY(!run.summary.fatal.isError());
    QVERIFY(run.outcomes.isEmpty());
    QVERIFY(!run.summary.completeSuccess());
    job.cancel(); // harmless afterwards
    QTest::qWait(20);
}

void TstExportJob::cancelDuringConversion()
{
    ExportRequest r = request();
    useApp(r, u"big-app"_s);
    ExportJob job(r);
    Run run;
    connect(&job, &ExportJob::outcomesReady, this, [&run, &job](const QList<DeviceOutcome> &b) {
        run.outcomes += b;
        job.cancel(); // after the first batch
    });
    connect(&job, &ExportJob::finished, this, [&run](const ExportSummary &s) {
        run.summary = s;
        run.finished = true;
    });
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(run.finished, 10000);
    QVERIFY(run.summary.canceled);
    QVERIFY(run.outcomes.size() < 5000);
    QVERIFY(!job.result()); // only a complete run hands over a result
}

void TstExportJob::largeApplicationInBatchesWithoutFreezing()
{
    ExportRequest r = request();
    useApp(r, u"big-app"_s);
    ExportJob job(r);
    // The event loop must keep turning while 5,000 devices are parsed and converted.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this,
        [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    int lastProgress = -1;
    connect(
        &job, &ExportJob::progress, this, [&lastProgress](int done, int) { lastProgress = done; });
    sinceTick.start();
    ticker.start();
    const Run run = execute(job, 20000);
    QVERIFY(run.finished);
    ticker.stop();
    QVERIFY2(!run.summary.fatal.isError(), qPrintable(run.summary.fatal.message));
    QCOMPARE(m_emulator.requestCount(), 1);
    QCOMPARE(run.outcomes.size(), 5000);
    QCOMPARE(run.summary.requested, 5000);
    QCOMPARE(run.summary.exported + run.summary.skipped + run.summary.failed, 5000);
    QCOMPARE(run.summary.skipped, 500);
    QVERIFY(run.batchSizes.size() >= 5);
    for (int size : run.batchSizes)
        QVERIFY(size <= 1000);
    QStringList got = ids(run.outcomes);
    QStringList sorted = got;
    sorted.sort();
    QCOMPARE(got, sorted);
    QCOMPARE(lastProgress, 5000);
    if (!kSlowBuild)
        QVERIFY2(longestGap < 250, qPrintable(u"event loop blocked for %1 ms"_s.arg(longestGap)));
}

void TstExportJob::verboseLinesAreRedacted()
{
    Redact::clearRegisteredSecrets();
    m_emulator.failNext(1, 503);
    ExportRequest r = request(ExportScope::DeviceList, { u"abp-a"_s, u"abp-d"_s });
    r.options.withSession = true;
    r.connection.handlerUrl = QUrl();
    r.connection.discoveryUrl = m_emulator.discoveryUrl();
    ExportJob job(r);
    const Run run = execute(job);
    QVERIFY(run.finished);
    QVERIFY2(!run.summary.fatal.isError(), qPrintable(run.summary.fatal.message));
    QCOMPARE(run.lines.size(), run.summary.requests);
    QCOMPARE(run.summary.requests, 4); // discovery (503 + retry) and two GETs
    QVERIFY(run.lines.join(u'\n').contains(u"retry 2/8"_s));
    for (const QString &line : run.lines) {
        QVERIFY2(!line.contains(accessKey()), qPrintable(line));
        QVERIFY(!line.contains(u"ttn-account-v2"_s));
        QVERIFY(!line.contains(u"00112233445566778899AABBCCDDEEFF"_s));
    }
    for (const DeviceOutcome &o : run.outcomes) {
        QVERIFY(o.sessionExported);
        QVERIFY(!o.reason.contains(accessKey()));
    }
    // The job registered the key, so any log path redacts it from now on.
    QVERIFY(!Redact::text(u"key="_s + accessKey()).contains(accessKey()));
}

// The wizard's preview: with setReportAsRead, devices read one by one are reported as they
// arrive (before the last read), still in request order and identical to a normal run.
void TstExportJob::reportAsReadStreamsInRequestOrder()
{
    const QStringList wanted { u"otaa-e"_s, u"abp-a"_s, u"missing-dev"_s, u"otaa-b"_s, u"abp-d"_s };
    ExportRequest r = request(ExportScope::DeviceList, wanted);
    r.options.withSession = true;
    r.options.sessionKeyIdSource = [] { return QByteArray(16, 'k'); }; // comparable JSON
    ExportJob plain(r);
    const Run reference = execute(plain);
    QVERIFY(reference.finished);

    ExportJob job(r);
    job.setReportAsRead(true);
    int outcomesBeforeLastRead = -1;
    connect(&job, &ExportJob::progress, this, [&](int done, int total) {
        if (total > 0 && done == total && outcomesBeforeLastRead < 0)
            outcomesBeforeLastRead = 0;
    });
    int reported = 0;
    connect(&job, &ExportJob::outcomesReady, this, [&](const QList<DeviceOutcome> &batch) {
        if (outcomesBeforeLastRead < 0)
            reported += int(batch.size());
    });
    const Run run = execute(job);
    QVERIFY(run.finished);
    QVERIFY2(!run.summary.fatal.isError(), qPrintable(run.summary.fatal.message));
    QVERIFY2(reported > 0, "nothing was reported before the last device was read");
    QCOMPARE(ids(run.outcomes), wanted);
    QCOMPARE(run.summary.exported, reference.summary.exported);
    QCOMPARE(run.summary.failed, 1);
    for (qsizetype i = 0; i < run.outcomes.size(); ++i) {
        QCOMPARE(run.outcomes.at(i).status, reference.outcomes.at(i).status);
        QCOMPARE(run.outcomes.at(i).json, reference.outcomes.at(i).json);
    }
    QVERIFY(!run.summary.stopped);
    QVERIFY(job.result()); // complete: kept for repairs, like a normal run
    QCOMPARE(job.result()->size(), wanted.size());
}

// Stop during the one-by-one reads: what was read is converted as usual, the rest is reported
// as skipped ("not read"), every device of the request is there, in order.
void TstExportJob::stopKeepsWhatWasRead()
{
    const QString app = u"stop-app"_s;
    m_emulator.addApplication(app, keyFor(app));
    m_emulator.generate(app, 8, 11, 0.75); // 6 ABP, 2 OTAA of which one has joined
    ExportRequest r = request();
    useApp(r, app);
    r.options.withSession = true;
    ExportJob job(r);
    job.setReportAsRead(true);
    QVERIFY(!job.isReadingOneByOne());
    // Stopped from inside the second read's progress: exactly two of the seven sessions are
    // read then.
    connect(&job, &ExportJob::progress, this, [&job](int done, int total) {
        if (total > 0 && done == 2) {
            QVERIFY(job.isReadingOneByOne());
            job.stop();
        }
    });
    const Run run = execute(job);
    QVERIFY(run.finished);
    QVERIFY(run.summary.stopped);
    QVERIFY(!run.summary.canceled);
    QVERIFY(!run.summary.fatal.isError());
    QCOMPARE(run.outcomes.size(), 8);
    QStringList sorted = ids(run.outcomes);
    sorted.sort();
    QCOMPARE(ids(run.outcomes), sorted);
    int withSession = 0;
    int notRead = 0;
    for (const DeviceOutcome &o : run.outcomes) {
        if (o.reason.contains(u"stopped before"_s)) {
            ++notRead;
            QCOMPARE(o.status, OutcomeStatus::Skipped);
            QVERIFY(o.activation != Activation::Unknown); // the list said what it is
            QVERIFY(!o.devEui.isEmpty());
            QVERIFY(o.json.isEmpty());
        } else if (o.sessionExported) {
            ++withSession;
            QCOMPARE(o.status, OutcomeStatus::Exported);
        }
    }
    QCOMPARE(withSession, 2);
    QCOMPARE(notRead, 5);
    QCOMPARE(run.summary.notRead, 5);
    QCOMPARE(run.summary.exported + run.summary.skipped + run.summary.failed, 8);
    QVERIFY(!run.summary.completeSuccess());
    QCOMPARE(m_emulator.writeCount(), 0);
    QVERIFY(!job.result()); // no repairs on devices that were not read
}

void TstExportJob::stopBeforeReadingCancels()
{
    m_emulator.setLatency(3000);
    ExportRequest r = request();
    r.options.withSession = true;
    ExportJob job(r);
    job.setReportAsRead(true);
    QTimer::singleShot(100, &job, [&job] { job.stop(); }); // the list request is in flight
    const Run run = execute(job);
    QVERIFY(run.finished);
    QVERIFY(run.summary.canceled);
    QVERIFY(!run.summary.stopped);
    QVERIFY(run.outcomes.isEmpty());
}

// Before reads that would take long, the job asks; nothing is read until proceed(). Stopped
// while it waits, every device is reported as not read.
void TstExportJob::confirmationBeforeLongReads()
{
    const QStringList wanted { u"abp-a"_s, u"otaa-b"_s, u"abp-d"_s };
    ExportRequest r = request(ExportScope::DeviceList, wanted);
    r.options.withSession = true;
    r.connection.requestsPerSecond = 5; // 3 GETs: about 600 ms
    for (const bool go : { true, false }) {
        m_emulator.clearRequests();
        ExportJob job(r);
        job.setReportAsRead(true);
        job.setConfirmLongerThan(100);
        int asked = 0;
        connect(
            &job, &ExportJob::confirmationNeeded, this, [&, go](int requests, qint64 estimatedMs) {
                ++asked;
                QCOMPARE(requests, 3);
                QCOMPARE(estimatedMs, qint64(600));
                QCOMPARE(m_emulator.requestCount(), 0); // nothing is read before the answer
                QTimer::singleShot(0, &job, [&job, go] { go ? job.proceed() : job.stop(); });
            });
        const Run run = execute(job);
        QVERIFY(run.finished);
        QCOMPARE(asked, 1);
        QCOMPARE(ids(run.outcomes), wanted);
        if (go) {
            QVERIFY(run.summary.completeSuccess());
            QCOMPARE(m_emulator.requestCount(), 3);
        } else {
            QVERIFY(run.summary.stopped);
            QCOMPARE(run.summary.notRead, 3);
            QCOMPARE(m_emulator.requestCount(), 0);
            for (const DeviceOutcome &o : run.outcomes) {
                QCOMPARE(o.status, OutcomeStatus::Skipped);
                QCOMPARE(o.activation, Activation::Unknown);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TstExportJob)
#include "tst_exportjob.moc"

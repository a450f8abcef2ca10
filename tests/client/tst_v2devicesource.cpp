// V2DeviceSource, the first DeviceSource, against a real V2Emulator over loopback: what it
// says it can do, the connection test, the device list, a read of the whole application, and
// a one-by-one read (with sessions) stopped midway that keeps exactly what was read. Also an
// ExportJob that is handed the source: the job reads through the seam only.
#include "clienttestsupport.h"
#include "convert/conversionresult.h"
#include "job/exportjob.h"
#include "source/v2devicesource.h"
#include "v2emulator.h"

#include <QTimer>

using namespace Qt::StringLiterals;
using namespace clienttest;

namespace {
const QString kApp = u"seam-app"_s;
const QString kStopApp = u"seam-stop-app"_s;

QString keyFor(const QString &app)
{
    return app == kApp ? accessKey() : u"ttn-account-v2.Secret_%1_0123456789abcdefghij"_s.arg(app);
}

ConversionOptions options()
{
    ConversionOptions o;
    o.frequencyPlanId = u"EU_863_870_TTN"_s;
    o.exportTime = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
    return o;
}

// Everything one read produced.
struct Read
{
    QList<int> known;
    QList<int> rowsRead;
    QStringList stages;
    QList<SourceError> finished;
    QList<QPair<int, qint64>> confirmations;
};
} // namespace

class TstV2DeviceSource : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void describesItself();
    void readRequestTrimsAndDropsRepeats();
    void v2ErrorsKeepTheirMeaning_data();
    void v2ErrorsKeepTheirMeaning();
    void connectionTestCountsDevices();
    void connectionTestWithWrongKeyIsStructured();
    void listApplicationsIsUnsupported();
    void listsDevicesInOrder();
    void readsWholeApplicationWithOneListCall();
    void readsRequestedDevicesInRequestOrder();
    void stopKeepsWhatWasRead();
    void confirmationBeforeLongReads();
    void exportJobReadsThroughTheSeam();

private:
    V2Connection connection(const QString &app = kApp) const;
    void watch(DeviceSource &source, Read &read);
    V2Emulator m_emulator;
};

void TstV2DeviceSource::initTestCase()
{
    QVERIFY(m_emulator.listen());
    m_emulator.addApplication(kApp, accessKey());
    m_emulator.generate(kApp, 6, 5, 0.5);
    m_emulator.addApplication(kStopApp, keyFor(kStopApp));
    m_emulator.generate(kStopApp, 8, 11, 0.75); // 6 ABP, 2 OTAA of which one has joined
}

void TstV2DeviceSource::init()
{
    m_emulator.clearFaults();
    m_emulator.clearRequests();
    m_emulator.setLatency(0);
    m_emulator.setRateLimit(0);
}

V2Connection TstV2DeviceSource::connection(const QString &app) const
{
    V2Connection c;
    c.appId = app;
    c.accessKey = keyFor(app);
    c.handlerUrl = m_emulator.handlerUrl();
    c.requestsPerSecond = 0;
    c.retryBaseDelayMs = 20;
    c.timeoutMs = 5000;
    return c;
}

void TstV2DeviceSource::watch(DeviceSource &source, Read &read)
{
    connect(&source, &DeviceSource::devicesKnown, this, [&read](int n) { read.known << n; });
    connect(&source, &DeviceSource::deviceRead, this, [&read](int row) { read.rowsRead << row; });
    connect(&source, &DeviceSource::stageChanged, this,
        [&read](const QString &stage) { read.stages << stage; });
    connect(&source, &DeviceSource::readFinished, this,
        [&read](const SourceError &error) { read.finished << error; });
    connect(&source, &DeviceSource::confirmationNeeded, this, [&read](int requests, qint64 ms) {
        read.confirmations.append({ requests, ms });
    });
}

void TstV2DeviceSource::describesItself()
{
    V2DeviceSource source(connection());
    QCOMPARE(source.sourceId(), u"ttnv2"_s);
    QCOMPARE(source.applicationId(), kApp);
    QVERIFY(!source.displayName().isEmpty());
    const DeviceSource::Capabilities caps = source.capabilities();
    QVERIFY(!caps.listApplications); // a v2 access key belongs to one application
    QVERIFY(caps.exportSessions);
    QVERIFY(caps.readsWholeApplicationAtOnce);
    QCOMPARE(m_emulator.requestCount(), 0); // describing asks nothing
}

void TstV2DeviceSource::readRequestTrimsAndDropsRepeats()
{
    const SourceReadRequest all = SourceReadRequest::application(true);
    QVERIFY(all.wholeApplication);
    QVERIFY(all.withSession);
    QVERIFY(all.deviceIds.isEmpty());
    const SourceReadRequest some
        = SourceReadRequest::devices({ u" b "_s, u"a"_s, u""_s, u"b"_s, u"c"_s, u"a"_s }, false);
    QVERIFY(!some.wholeApplication);
    QCOMPARE(some.deviceIds, (QStringList { u"b"_s, u"a"_s, u"c"_s }));
}

void TstV2DeviceSource::v2ErrorsKeepTheirMeaning_data()
{
    QTest::addColumn<V2ErrorKind>("v2");
    QTest::addColumn<SourceErrorKind>("seam");
    QTest::addColumn<bool>("reset");
    QTest::newRow("401") << V2ErrorKind::Unauthenticated << SourceErrorKind::Unauthenticated
                         << false;
    QTest::newRow("403") << V2ErrorKind::PermissionDenied << SourceErrorKind::PermissionDenied
                         << false;
    QTest::newRow("404 device") << V2ErrorKind::NotFound << SourceErrorKind::NotFound << false;
    QTest::newRow("404 application")
        << V2ErrorKind::ApplicationNotFound << SourceErrorKind::ApplicationNotFound << false;
    QTest::newRow("409") << V2ErrorKind::AlreadyExists << SourceErrorKind::BadRequest << false;
    QTest::newRow("429") << V2ErrorKind::RateLimited << SourceErrorKind::RateLimited << false;
    QTest::newRow("500") << V2ErrorKind::ServerError << SourceErrorKind::ServerError << false;
    QTest::newRow("503") << V2ErrorKind::Unavailable << SourceErrorKind::Unavailable << false;
    QTest::newRow("timeout") << V2ErrorKind::Timeout << SourceErrorKind::Timeout << false;
    QTest::newRow("refused") << V2ErrorKind::ConnectionFailed << SourceErrorKind::ConnectionFailed
                             << false;
    QTest::newRow("reset") << V2ErrorKind::ConnectionFailed << SourceErrorKind::ConnectionFailed
                           << true;
    QTest::newRow("tls") << V2ErrorKind::Tls << SourceErrorKind::Tls << false;
    QTest::newRow("bad body") << V2ErrorKind::BadResponse << SourceErrorKind::BadResponse << false;
    QTest::newRow("canceled") << V2ErrorKind::Canceled << SourceErrorKind::Canceled << false;
}

void TstV2DeviceSource::v2ErrorsKeepTheirMeaning()
{
    QFETCH(V2ErrorKind, v2);
    QFETCH(SourceErrorKind, seam);
    QFETCH(bool, reset);
    V2Error error;
    error.kind = v2;
    error.httpStatus = 503;
    error.message = u"what is wrong"_s;
    error.fix = SettingFix::GiveRegionHandler; // what to change: the faces word it
    error.serverMessage = u"the handler's words"_s;
    error.transientReset = reset;
    const SourceError s = V2DeviceSource::toSourceError(error);
    QCOMPARE(s.kind, seam);
    QCOMPARE(s.httpStatus, 503);
    QCOMPARE(s.message, error.message);
    QCOMPARE(s.fix, error.fix);
    QCOMPARE(s.serverMessage, error.serverMessage);
    QCOMPARE(s.transient, error.isTransient());
    QCOMPARE(s.fatalForRun, error.isFatalForRun());
    QCOMPARE(s.detail.value<V2Error>().kind, v2);
    QVERIFY(!V2DeviceSource::toSourceError(V2Error()).isError());
}

void TstV2DeviceSource::connectionTestCountsDevices()
{
    V2DeviceSource source(connection());
    QSignalSpy spy(&source, &DeviceSource::connectionTested);
    source.testConnection();
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.count(), 1);
    const auto error = spy.first().at(0).value<SourceError>();
    const auto info = spy.first().at(1).value<DeviceSource::ConnectionInfo>();
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(info.deviceCount, 6);
    QCOMPARE(info.server, m_emulator.handlerUrl());
    QCOMPARE(m_emulator.requestCount(), 1); // one list call with limit=1
    QCOMPARE(m_emulator.writeCount(), 0);
}

void TstV2DeviceSource::connectionTestWithWrongKeyIsStructured()
{
    V2Connection c = connection();
    c.accessKey = u"ttn-account-v2.WrongKey_0123456789abcdefghijklmnopqrstuv"_s;
    V2DeviceSource source(c);
    QSignalSpy spy(&source, &DeviceSource::connectionTested);
    source.testConnection();
    QVERIFY(spy.wait(10000));
    const auto error = spy.first().at(0).value<SourceError>();
    QCOMPARE(error.kind, SourceErrorKind::Unauthenticated);
    QVERIFY(error.fatalForRun);
    QVERIFY(!error.transient);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.message.contains(c.accessKey));
    // The v2 error rides along, for the faces that word v2's errors themselves.
    QVERIFY(error.detail.canConvert<V2Error>());
    QCOMPARE(error.detail.value<V2Error>().kind, V2ErrorKind::Unauthenticated);
    QCOMPARE(error.detail.value<V2Error>().message, error.message);
}

void TstV2DeviceSource::listApplicationsIsUnsupported()
{
    V2DeviceSource source(connection());
    QSignalSpy spy(&source, &DeviceSource::applicationsListed);
    source.listApplications();
    QVERIFY(spy.wait(5000));
    QVERIFY(spy.first().at(0).value<QList<DeviceSource::Application>>().isEmpty());
    QCOMPARE(spy.first().at(1).value<SourceError>().kind, SourceErrorKind::Unsupported);
    QCOMPARE(m_emulator.requestCount(), 0);
}

void TstV2DeviceSource::listsDevicesInOrder()
{
    V2DeviceSource source(connection());
    QList<DeviceSource::DeviceEntry> entries;
    SourceError error;
    bool done = false;
    connect(&source, &DeviceSource::devicesListed, this,
        [&](const QList<DeviceSource::DeviceEntry> &list, const SourceError &e) {
            entries = list;
            error = e;
            done = true;
        });
    source.listDevices();
    QVERIFY(QTest::qWaitFor([&done] { return done; }, 10000));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(entries.size(), 6);
    QStringList ids;
    for (const DeviceSource::DeviceEntry &entry : entries) {
        ids << entry.deviceId;
        QCOMPARE(entry.devEui.size(), 16);
        QVERIFY(entry.problem.isEmpty());
    }
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(ids, sorted);
    QCOMPARE(m_emulator.requestCount(), 1);
}

void TstV2DeviceSource::readsWholeApplicationWithOneListCall()
{
    V2DeviceSource source(connection());
    Read read;
    watch(source, read);
    source.readDevices(SourceReadRequest::application(false));
    QVERIFY(QTest::qWaitFor([&read] { return !read.finished.isEmpty(); }, 10000));
    QVERIFY2(!read.finished.first().isError(), qPrintable(read.finished.first().message));
    QCOMPARE(read.known, QList<int> { 6 });
    QVERIFY(read.rowsRead.isEmpty()); // the list gave every device in full
    QVERIFY(!source.readsOneByOne());
    QCOMPARE(source.deviceCount(), 6);
    for (int row = 0; row < 6; ++row)
        QVERIFY(source.isRead(row));
    QCOMPARE(m_emulator.requestCount(), 1);

    const std::shared_ptr<ConversionResult> result = source.conversion(options());
    int exported = 0;
    while (!result->atEnd()) {
        const DeviceOutcome outcome = result->convertNext();
        exported += outcome.status == OutcomeStatus::Exported ? 1 : 0;
    }
    QCOMPARE(result->size(), 6);
    QVERIFY(exported > 0); // the OTAA devices; ABP ones are skipped without a session
}

void TstV2DeviceSource::readsRequestedDevicesInRequestOrder()
{
    V2DeviceSource source(connection());
    // The emulator's IDs: read back through the list, then ask for two of them in reverse.
    QSignalSpy listed(&source, &DeviceSource::devicesListed);
    source.listDevices();
    QVERIFY(listed.wait(10000));
    const auto entries = listed.first().at(0).value<QList<DeviceSource::DeviceEntry>>();
    QVERIFY(entries.size() >= 2);
    const QStringList wanted { entries.at(1).deviceId, entries.at(0).deviceId,
        entries.at(1).deviceId, u"no-such-device"_s };
    m_emulator.clearRequests();

    Read read;
    watch(source, read);
    source.readDevices(SourceReadRequest::devices(wanted, false));
    QVERIFY(QTest::qWaitFor([&read] { return !read.finished.isEmpty(); }, 10000));
    QVERIFY(!read.finished.first().isError());
    QCOMPARE(source.deviceCount(), 3); // repeats dropped
    QCOMPARE(source.device(0).device.devId, entries.at(1).deviceId);
    QCOMPARE(source.device(1).device.devId, entries.at(0).deviceId);
    QCOMPARE(source.device(2).device.devId, u"no-such-device"_s);
    QVERIFY(!source.device(2).ok()); // not found: the device fails with a reason, the read goes on
}

void TstV2DeviceSource::stopKeepsWhatWasRead()
{
    V2DeviceSource source(connection(kStopApp));
    Read read;
    watch(source, read);
    // Stopped from inside the second read: exactly two of the seven sessions are read then.
    connect(&source, &DeviceSource::deviceRead, this, [&source, &read](int) {
        if (read.rowsRead.size() == 2)
            source.stopReading();
    });
    source.readDevices(SourceReadRequest::application(true));
    QVERIFY(QTest::qWaitFor([&read] { return read.rowsRead.size() >= 2; }, 10000));
    QVERIFY(source.readsOneByOne());
    // Nothing follows a stop: no more rows, no readFinished().
    QTest::qWait(300);
    QCOMPARE(read.rowsRead.size(), 2);
    QVERIFY(read.finished.isEmpty());
    QCOMPARE(read.known, QList<int> { 8 });
    QCOMPARE(source.deviceCount(), 8);

    int readRows = 0;
    ConversionOptions withSession = options();
    withSession.withSession = true;
    const std::shared_ptr<ConversionResult> result = source.conversion(withSession);
    QList<DeviceOutcome> outcomes;
    for (int row = 0; row < source.deviceCount(); ++row) {
        if (source.isRead(row)) {
            ++readRows;
            source.updateConversion(*result, row);
            outcomes << result->convertNext();
        } else {
            outcomes << result->skipNext(source.notReadOutcome(row, withSession));
        }
    }
    // The list gave one OTAA device that never joined in full; the two read rows are sessions.
    QCOMPARE(readRows, 1 + 2);
    for (int row : std::as_const(read.rowsRead))
        QVERIFY(source.isRead(row));
    int notRead = 0;
    for (const DeviceOutcome &o : std::as_const(outcomes)) {
        if (o.reason.contains(u"stopped before"_s)) {
            ++notRead;
            QCOMPARE(o.status, OutcomeStatus::Skipped);
            QVERIFY(o.activation != Activation::Unknown); // the list said what it is
            QVERIFY(o.json.isEmpty());
        }
    }
    QCOMPARE(notRead, 5);
    int sessions = 0;
    for (const DeviceOutcome &o : std::as_const(outcomes))
        sessions += o.sessionExported ? 1 : 0;
    QCOMPARE(sessions, 2); // the two rows read one by one, with their frame counters
    QCOMPARE(m_emulator.writeCount(), 0);
}

void TstV2DeviceSource::confirmationBeforeLongReads()
{
    V2Connection c = connection(kStopApp);
    c.requestsPerSecond = 1; // seven GETs: about seven seconds
    V2DeviceSource source(c);
    source.setConfirmLongerThan(2000);
    Read read;
    watch(source, read);
    source.readDevices(SourceReadRequest::application(true));
    QVERIFY(QTest::qWaitFor([&read] { return !read.confirmations.isEmpty(); }, 10000));
    QCOMPARE(read.confirmations.first().first, 7);
    QVERIFY(read.confirmations.first().second > 2000);
    QCOMPARE(m_emulator.requestCount(), 1); // the list only: nothing read one by one yet
    QTest::qWait(100);
    QVERIFY(read.rowsRead.isEmpty());
    source.stopReading();
    QTest::qWait(100);
    QVERIFY(read.finished.isEmpty());
    QCOMPARE(m_emulator.requestCount(), 1);
}

void TstV2DeviceSource::exportJobReadsThroughTheSeam()
{
    // The job is handed a source whose connection differs from the request's: every request
    // goes where the source says, which proves the job reads through the seam only.
    ExportRequest request;
    request.connection.appId = u"not-this-app"_s;
    request.connection.handlerUrl = loopback(closedPort());
    request.options = options();
    ExportJob job(request, new V2DeviceSource(connection()));
    QList<DeviceOutcome> outcomes;
    ExportSummary summary;
    bool finished = false;
    connect(&job, &ExportJob::outcomesReady, this,
        [&outcomes](const QList<DeviceOutcome> &batch) { outcomes += batch; });
    connect(&job, &ExportJob::finished, this, [&](const ExportSummary &s) {
        summary = s;
        finished = true;
    });
    job.start();
    QVERIFY(QTest::qWaitFor([&finished] { return finished; }, 10000));
    QVERIFY2(!summary.fatal.isError(), qPrintable(summary.fatal.message));
    QCOMPARE(outcomes.size(), 6);
    QCOMPARE(summary.requested, 6);
    QCOMPARE(summary.requests, 1);
    QCOMPARE(m_emulator.requestCount(), 1);
    QVERIFY(job.result());
}

QTEST_GUILESS_MAIN(TstV2DeviceSource)
#include "tst_v2devicesource.moc"

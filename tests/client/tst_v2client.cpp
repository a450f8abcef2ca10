// V2Client against a real V2Emulator on loopback: discovery, direct handler, every error
// kind, retries with back-off and Retry-After, the key's whereabouts, redirects and size cap.
#include "clienttestsupport.h"
#include "rawhttpserver.h"
#include "util/redact.h"
#include "v2emulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace clienttest;

Q_DECLARE_METATYPE(V2ErrorKind)

namespace {
const QString kApp = u"client-app"_s;
}

class TstV2Client : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void directHandlerListsDevices();
    void largeListArrivesWhole();
    void discoveryFindsTheHandler();
    void directAddressWinsOverDiscovery();
    void discoveryWithoutTheApplication();
    void getAndSetOneDevice();
    void errorKinds_data();
    void errorKinds();
    void refusedConnection();
    void noServerAddress();
    void retriesTransientFaults();
    void givesUpAfterMaxAttempts();
    void honoursRetryAfter();
    void connectionResetIsRetried();
    void slowAnswersTimeOut();
    void redirectsAreNotFollowed();
    void oversizedAnswerIsRefused();
    void unreadableCaCert();
    void verboseLinesNeverCarryTheKey();
    void abortStopsSilently();

private:
    V2Connection connection(double rate = 0) const;
    V2Emulator m_emulator;
};

void TstV2Client::initTestCase()
{
    QVERIFY(m_emulator.listen());
    m_emulator.addApplication(kApp, accessKey());
    m_emulator.generate(kApp, 5, 7, 0.4);
    m_emulator.addApplication(u"no-rights-app"_s,
        u"ttn-account-v2.NoRightsKey_abcdefghijklmnop0123456789"_s, { u"settings"_s });
    m_emulator.addUnregisteredApplication(
        u"other-region-app"_s, u"ttn-account-v2.OtherRegionKey_abcdefghijklmn0123456789"_s);
}

void TstV2Client::init()
{
    m_emulator.clearFaults();
    m_emulator.clearRequests();
    m_emulator.setLatency(0);
    m_emulator.setRateLimit(0);
    Redact::clearRegisteredSecrets();
}

void TstV2Client::cleanupTestCase()
{
    Redact::clearRegisteredSecrets();
}

V2Connection TstV2Client::connection(double rate) const
{
    V2Connection c;
    c.appId = kApp;
    c.accessKey = accessKey();
    c.handlerUrl = m_emulator.handlerUrl();
    c.requestsPerSecond = rate;
    c.timeoutMs = 5000;
    c.retryBaseDelayMs = 20;
    return c;
}

void TstV2Client::directHandlerListsDevices()
{
    V2Client client(connection());
    const V2Result result = run(client, V2Request::listDevices());
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.total, 5);
    QCOMPARE(result.attempts, 1);
    const QJsonArray devices
        = QJsonDocument::fromJson(result.body).object().value("devices"_L1).toArray();
    QCOMPARE(devices.size(), 5);

    const QList<EmulatorRequest> requests = m_emulator.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, u"GET"_s);
    QCOMPARE(requests.first().path, u"/applications/client-app/devices"_s);
    QVERIFY(requests.first().keyPresent);
    QCOMPARE(client.requestCount(), 1);
    QCOMPARE(client.retryCount(), 0);

    const V2Result page = run(client, V2Request::listDevices(2, 1));
    QVERIFY(page.ok());
    QCOMPARE(
        m_emulator.requests().last().path, u"/applications/client-app/devices?limit=2&offset=1"_s);
    QCOMPARE(QJsonDocument::fromJson(page.body).object().value("devices"_L1).toArray().size(), 2);
    QCOMPARE(page.total, 5);
}

void TstV2Client::largeListArrivesWhole()
{
    // ~7 MB: read in many bounded pieces (V2Call::kReadChunk) into one buffer.
    const QString app = u"large-app"_s;
    m_emulator.addApplication(app, accessKey());
    m_emulator.generate(app, 20000, 3, 0.2);
    V2Connection c = connection();
    c.appId = app;
    V2Client client(c);
    const V2Result result = run(client, V2Request::listDevices());
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QVERIFY2(result.body.size() > 4 * (qint64(1) << 20),
        qPrintable(QString::number(result.body.size())));
    QCOMPARE(result.total, 20000);
    const QJsonArray devices
        = QJsonDocument::fromJson(result.body).object().value("devices"_L1).toArray();
    QCOMPARE(devices.size(), 20000);
    QCOMPARE(client.requestCount(), 1);
}

void TstV2Client::discoveryFindsTheHandler()
{
    V2Connection c = connection();
    c.handlerUrl = QUrl();
    c.discoveryUrl = m_emulator.discoveryUrl();
    V2Client client(c);
    const V2Result found = run(client, V2Request::findHandler());
    QVERIFY2(found.ok(), qPrintable(found.error.message));
    QCOMPARE(found.handlerUrl.port(), m_emulator.handlerUrl().port());
    QCOMPARE(client.handlerUrl(), found.handlerUrl);

    const V2Result list = run(client, V2Request::listDevices());
    QVERIFY(list.ok());
    const QList<EmulatorRequest> requests = m_emulator.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).path, u"/announcements/handler"_s);
    QVERIFY2(!requests.at(0).keyPresent, "the key never goes to discovery");
    QVERIFY(requests.at(1).keyPresent);
}

void TstV2Client::directAddressWinsOverDiscovery()
{
    V2Connection c = connection();
    c.discoveryUrl = loopback(closedPort());
    V2Client client(c);
    const V2Result found = run(client, V2Request::findHandler());
    QVERIFY(found.ok());
    QCOMPARE(found.attempts, 0);
    QCOMPARE(found.handlerUrl, m_emulator.handlerUrl());
    QCOMPARE(m_emulator.requestCount(), 0);
}

void TstV2Client::discoveryWithoutTheApplication()
{
    V2Connection c = connection();
    c.appId = u"not-announced-app"_s;
    c.handlerUrl = QUrl();
    c.discoveryUrl = m_emulator.discoveryUrl();
    V2Client client(c);
    const V2Result found = run(client, V2Request::findHandler());
    QCOMPARE(found.error.kind, V2ErrorKind::ApplicationNotFound);
    QVERIFY(found.error.message.contains(u"not-announced-app"_s));
    QCOMPARE(found.error.fix, SettingFix::GiveAnnouncingHandler); // the faces word it
    QVERIFY(found.error.isFatalForRun());
}

void TstV2Client::getAndSetOneDevice()
{
    V2Client client(connection());
    const V2Result got = run(client, V2Request::getDevice(u"dev-000001"_s));
    QVERIFY2(got.ok(), qPrintable(got.error.message));
    QJsonObject device = QJsonDocument::fromJson(got.body).object();
    QCOMPARE(device.value("dev_id"_L1).toString(), u"dev-000001"_s);
    QCOMPARE(m_emulator.writeCount(), 0);

    device.insert("description"_L1, u"changed by the test"_s);
    const V2Result set = run(client,
        V2Request::setDevice(
            u"dev-000001"_s, QJsonDocument(device).toJson(QJsonDocument::Compact)));
    QVERIFY2(set.ok(), qPrintable(set.error.message));
    QCOMPARE(m_emulator.requests().last().method, u"PUT"_s);
    QCOMPARE(m_emulator.writeCount(), 1);
    QCOMPARE(m_emulator.device(kApp, u"dev-000001"_s).value("description"_L1).toString(),
        u"changed by the test"_s);
}

void TstV2Client::errorKinds_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("device"); // empty: list
    QTest::addColumn<int>("injectStatus");
    QTest::addColumn<V2ErrorKind>("kind");
    QTest::addColumn<int>("status");

    const QString key = accessKey();
    QTest::newRow("wrong key") << kApp << u"ttn-account-v2.WrongKey_0123456789abcdefghijklmnopq"_s
                               << QString() << 0 << V2ErrorKind::Unauthenticated << 401;
    QTest::newRow("missing key") << kApp << QString() << QString() << 0 << V2ErrorKind::BadRequest
                                 << 400;
    QTest::newRow("no devices right")
        << u"no-rights-app"_s << u"ttn-account-v2.NoRightsKey_abcdefghijklmnop0123456789"_s
        << QString() << 0 << V2ErrorKind::PermissionDenied << 403;
    QTest::newRow("key of another app")
        << u"no-rights-app"_s << key << QString() << 0 << V2ErrorKind::PermissionDenied << 403;
    QTest::newRow("wrong handler")
        << u"other-region-app"_s << u"ttn-account-v2.OtherRegionKey_abcdefghijklmn0123456789"_s
        << QString() << 0 << V2ErrorKind::ApplicationNotFound << 404;
    QTest::newRow("wrong handler, device")
        << u"other-region-app"_s << u"ttn-account-v2.OtherRegionKey_abcdefghijklmn0123456789"_s
        << u"dev-1"_s << 0 << V2ErrorKind::ApplicationNotFound << 404;
    QTest::newRow("unknown device")
        << kApp << key << u"no-such-dev"_s << 0 << V2ErrorKind::NotFound << 404;
    QTest::newRow("500") << kApp << key << QString() << 500 << V2ErrorKind::ServerError << 500;
    QTest::newRow("409") << kApp << key << u"dev-000001"_s << 409 << V2ErrorKind::AlreadyExists
                         << 409;
    QTest::newRow("503 persists") << kApp << key << QString() << 503 << V2ErrorKind::Unavailable
                                  << 503;
    QTest::newRow("429 persists") << kApp << key << QString() << 429 << V2ErrorKind::RateLimited
                                  << 429;
}

void TstV2Client::errorKinds()
{
    QFETCH(QString, app);
    QFETCH(QString, key);
    QFETCH(QString, device);
    QFETCH(int, injectStatus);
    QFETCH(V2ErrorKind, kind);
    QFETCH(int, status);

    if (injectStatus)
        m_emulator.failNext(100, injectStatus);
    V2Connection c = connection();
    c.appId = app;
    c.accessKey = key;
    c.maxAttempts = 2;
    V2Client client(c);
    const V2Result result
        = run(client, device.isEmpty() ? V2Request::listDevices() : V2Request::getDevice(device));
    QCOMPARE(result.error.kind, kind);
    QCOMPARE(result.httpStatus, status);
    QVERIFY(!result.error.message.isEmpty());
    for (const QString &secret : { accessKey(), key }) {
        if (secret.isEmpty())
            continue;
        QVERIFY2(!result.error.message.contains(secret), qPrintable(result.error.message));
        QVERIFY(!result.error.serverMessage.contains(secret));
    }
    QCOMPARE(result.attempts, result.error.isTransient() ? 2 : 1);
}

void TstV2Client::refusedConnection()
{
    V2Connection c = connection();
    c.handlerUrl = loopback(closedPort());
    V2Client client(c);
    const V2Result result = run(client, V2Request::listDevices());
    QCOMPARE(result.error.kind, V2ErrorKind::ConnectionFailed);
    QVERIFY(!result.error.isTransient());
    QVERIFY(result.error.isFatalForRun());
    QCOMPARE(result.attempts, 1);
    QVERIFY2(result.error.message.contains(QString::number(c.handlerUrl.port())),
        qPrintable(result.error.message));
}

void TstV2Client::noServerAddress()
{
    V2Connection c = connection();
    c.handlerUrl = QUrl();
    V2Client client(c);
    const V2Result result = run(client, V2Request::findHandler());
    QCOMPARE(result.error.kind, V2ErrorKind::ConnectionFailed);
    QCOMPARE(result.error.fix, SettingFix::GiveV2Location); // the faces word it
}

void TstV2Client::retriesTransientFaults()
{
    m_emulator.failNext(2, 503);
    V2Client client(connection());
    QStringList lines;
    connect(&client, &V2Client::requestLogged, this, [&lines](const QString &l) { lines << l; });
    const V2Result result = run(client, V2Request::listDevices());
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.attempts, 3);
    QCOMPARE(client.requestCount(), 3);
    QCOMPARE(client.retryCount(), 2);
    QCOMPARE(m_emulator.requestCount(), 3);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).contains(u"\u2192 503 ("_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(2).contains(u"\u2192 200 ("_s) && lines.at(2).contains(u"retry 3/8"_s),
        qPrintable(lines.at(2)));
}

void TstV2Client::givesUpAfterMaxAttempts()
{
    m_emulator.failNext(10, 502);
    V2Connection c = connection();
    c.maxAttempts = 4;
    V2Client client(c);
    const V2Result result = run(client, V2Request::listDevices());
    QCOMPARE(result.error.kind, V2ErrorKind::Unavailable);
    QCOMPARE(result.attempts, 4);
    QCOMPARE(m_emulator.requestCount(), 4);
    QCOMPARE(client.retryCount(), 3);
}

void TstV2Client::honoursRetryAfter()
{
    m_emulator.failNext(1, 429, 1);
    V2Client client(connection(5));
    QElapsedTimer timer;
    timer.start();
    const V2Result result = run(client, V2Request::listDevices());
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.attempts, 2);
    // The back-off alone would be ~20 ms; the server asked for a second.
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(timer.elapsed() < promptMs(4000));
}

void TstV2Client::connectionResetIsRetried()
{
    // The first answer is cut off mid-body; later ones are whole. Qt may resend a reset GET
    // by itself and then hand over a mangled body as "finished": the client must never
    // accept a body shorter or longer than Content-Length, and must retry instead.
    m_emulator.setResetEveryNth(1);
    V2Client client(connection());
    V2Call *call = client.send(V2Request::listDevices());
    QSignalSpy spy(call, &V2Call::finished);
    QTRY_VERIFY_WITH_TIMEOUT(m_emulator.requestCount() >= 1, 5000);
    m_emulator.setResetEveryNth(0);
    QVERIFY(spy.wait(5000));
    const V2Result result = spy.first().first().value<V2Result>();
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(QJsonDocument::fromJson(result.body).object().value("devices"_L1).toArray().size(), 5);
    QVERIFY(m_emulator.requestCount() >= 2);

    m_emulator.setResetEveryNth(1);
    V2Connection c = connection();
    c.maxAttempts = 2;
    V2Client failing(c);
    const V2Result failed = run(failing, V2Request::listDevices());
    QCOMPARE(failed.error.kind, V2ErrorKind::ConnectionFailed);
    QVERIFY(failed.error.transientReset);
    QCOMPARE(failed.attempts, 2);
    QVERIFY(failed.body.isEmpty());
    QTest::qWait(100); // Qt may resend a reset GET on its own; let it land before the next test
}

void TstV2Client::slowAnswersTimeOut()
{
    m_emulator.setLatency(1500);
    V2Connection c = connection();
    c.timeoutMs = 200;
    c.maxAttempts = 2;
    V2Client client(c);
    QElapsedTimer timer;
    timer.start();
    const V2Result result = run(client, V2Request::listDevices());
    QCOMPARE(result.error.kind, V2ErrorKind::Timeout);
    QVERIFY(result.error.isTransient());
    QCOMPARE(result.attempts, 2);
    QVERIFY(timer.elapsed() < promptMs(1400)); // two 200 ms attempts, not the server's 1.5 s
    m_emulator.setLatency(0);
    QTest::qWait(50);
}

void TstV2Client::redirectsAreNotFollowed()
{
    const QUrl target
        = m_emulator.handlerUrl().resolved(QUrl(u"/applications/redirect-target/devices"_s));
    RawHttpServer redirector("HTTP/1.1 302 Found\r\nLocation: " + target.toEncoded()
        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    V2Connection c = connection();
    c.handlerUrl = redirector.url();
    V2Client client(c);
    const V2Result result = run(client, V2Request::listDevices());
    QCOMPARE(result.error.kind, V2ErrorKind::BadResponse);
    QVERIFY(result.error.message.contains(u"redirect"_s));
    QCOMPARE(redirector.requests(), 1);
    for (const EmulatorRequest &request : m_emulator.requests())
        QVERIFY2(!request.path.contains(u"redirect-target"_s), "the redirect was followed");
}

void TstV2Client::oversizedAnswerIsRefused()
{
    RawHttpServer huge("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                       "104857600\r\nConnection: close\r\n\r\n{\"app_id\":\"");
    V2Connection c = connection();
    c.handlerUrl = huge.url();
    V2Client client(c);
    const V2Result result = run(client, V2Request::getDevice(u"dev-1"_s));
    QCOMPARE(result.error.kind, V2ErrorKind::BadResponse);
    QVERIFY2(result.error.message.contains(u"4 MiB"_s), qPrintable(result.error.message));
    QVERIFY(result.body.isEmpty());
}

void TstV2Client::unreadableCaCert()
{
    QTemporaryDir dir;
    V2Connection c = connection();
    c.caCertPath = dir.filePath(u"missing.pem"_s);
    V2Client missing(c);
    QCOMPARE(missing.setupError().kind, V2ErrorKind::Tls);
    QCOMPARE(missing.setupError().fix, SettingFix::GiveReadableCaFile); // the faces word it
    const V2Result result = run(missing, V2Request::listDevices());
    QCOMPARE(result.error.kind, V2ErrorKind::Tls);
    QCOMPARE(m_emulator.requestCount(), 0);

    QFile notPem(dir.filePath(u"not.pem"_s));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("this is not a certificate\n");
    notPem.close();
    c.caCertPath = notPem.fileName();
    V2Client garbage(c);
    QCOMPARE(garbage.setupError().kind, V2ErrorKind::Tls);
    QVERIFY(garbage.setupError().message.contains(u"PEM"_s));
}

void TstV2Client::verboseLinesNeverCarryTheKey()
{
    m_emulator.failNext(1, 503);
    V2Connection c = connection();
    c.handlerUrl = QUrl();
    c.discoveryUrl = m_emulator.discoveryUrl();
    V2Client client(c);
    QStringList lines;
    connect(&client, &V2Client::requestLogged, this, [&lines](const QString &l) { lines << l; });
    QVERIFY(run(client, V2Request::findHandler()).ok());
    QVERIFY(run(client, V2Request::listDevices()).ok());
    QVERIFY(run(client, V2Request::getDevice(u"dev-000002"_s)).ok());
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(u"GET /announcements/handler \u2192 503 ("_s),
        qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(u"retry 2/8"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"GET /applications/client-app/devices \u2192 200 ("_s),
        qPrintable(lines.at(2)));
    QVERIFY(
        lines.at(3).startsWith(u"GET /applications/client-app/devices/dev-000002 \u2192 200 ("_s));
    for (const QString &line : std::as_const(lines)) {
        QVERIFY(!line.contains(accessKey()));
        QVERIFY(!line.contains(u"ttn-account-v2"_s));
        QVERIFY(line.endsWith(u')'));
    }
}

void TstV2Client::abortStopsSilently()
{
    m_emulator.setLatency(1500);
    V2Client client(connection());
    V2Call *call = client.send(V2Request::listDevices());
    QSignalSpy finished(call, &V2Call::finished);
    QSignalSpy destroyed(call, &QObject::destroyed);
    QTest::qWait(100);
    QElapsedTimer timer;
    timer.start();
    client.abortAll();
    QVERIFY(destroyed.wait(int(promptMs(1000))));
    QVERIFY(timer.elapsed() < promptMs(500));
    QCOMPARE(finished.count(), 0);
    m_emulator.setLatency(0);
}

QTEST_GUILESS_MAIN(TstV2Client)
#include "tst_v2client.moc"

// "Test connection" against a real V2Emulator: one list request with limit=1 proves address,
// application and key, and reports the application's device count.
#include "clienttestsupport.h"
#include "job/connectiontest.h"
#include "v2emulator.h"

using namespace Qt::StringLiterals;
using namespace clienttest;

Q_DECLARE_METATYPE(V2ErrorKind)

namespace {
const QString kApp = u"test-app"_s;
const QString kOtherKey = u"ttn-account-v2.OtherRegionKey_Conn_abcdefghij0123456789"_s;

struct Outcome
{
    V2Error error;
    QUrl handler;
    int count = -2;
    int signals_ = 0;
};
} // namespace

class TstConnectionTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void results_data();
    void results();
    void throughDiscovery();
    void cancel();

private:
    Outcome runTest(const V2Connection &connection);
    V2Emulator m_emulator;
};

void TstConnectionTest::initTestCase()
{
    QVERIFY(m_emulator.listen());
    m_emulator.addApplication(kApp, accessKey());
    m_emulator.generate(kApp, 42, 5, 0.0);
    m_emulator.addUnregisteredApplication(u"elsewhere-app"_s, kOtherKey);
}

void TstConnectionTest::init()
{
    m_emulator.clearRequests();
    m_emulator.clearFaults();
    m_emulator.setLatency(0);
}

Outcome TstConnectionTest::runTest(const V2Connection &connection)
{
    Outcome outcome;
    ConnectionTest test(connection);
    connect(&test, &ConnectionTest::finished, this,
        [&outcome](const V2Error &error, const QUrl &handler, int count) {
            outcome.error = error;
            outcome.handler = handler;
            outcome.count = count;
            ++outcome.signals_;
        });
    test.start();
    if (!QTest::qWaitFor([&outcome] { return outcome.signals_ > 0; }, 10000))
        qWarning("ConnectionTest did not finish in time");
    QTest::qWait(10); // a second finished() would arrive now
    return outcome;
}

void TstConnectionTest::results_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("unreachable");
    QTest::addColumn<V2ErrorKind>("kind");
    QTest::addColumn<int>("count");
    QTest::newRow("ok") << kApp << accessKey() << false << V2ErrorKind::None << 42;
    QTest::newRow("wrong key") << kApp << u"ttn-account-v2.Wrong_Conn_0123456789abcdefghijk"_s
                               << false << V2ErrorKind::Unauthenticated << -1;
    QTest::newRow("wrong app (other handler)")
        << u"elsewhere-app"_s << kOtherKey << false << V2ErrorKind::ApplicationNotFound << -1;
    QTest::newRow("key of another app")
        << u"elsewhere-app"_s << accessKey() << false << V2ErrorKind::PermissionDenied << -1;
    QTest::newRow("unreachable port")
        << kApp << accessKey() << true << V2ErrorKind::ConnectionFailed << -1;
}

void TstConnectionTest::results()
{
    QFETCH(QString, app);
    QFETCH(QString, key);
    QFETCH(bool, unreachable);
    QFETCH(V2ErrorKind, kind);
    QFETCH(int, count);
    V2Connection c;
    c.appId = app;
    c.accessKey = key;
    c.handlerUrl = unreachable ? loopback(closedPort()) : m_emulator.handlerUrl();
    const Outcome outcome = runTest(c);
    QCOMPARE(outcome.signals_, 1);
    QCOMPARE(outcome.error.kind, kind);
    QCOMPARE(outcome.count, count);
    QVERIFY(!outcome.error.message.contains(key));
    if (kind == V2ErrorKind::None) {
        QCOMPARE(outcome.handler, m_emulator.handlerUrl());
        QCOMPARE(m_emulator.requestCount(), 1);
        QCOMPARE(m_emulator.requests().first().path, u"/applications/test-app/devices?limit=1"_s);
    } else {
        QVERIFY(!outcome.error.message.isEmpty());
    }
    QCOMPARE(m_emulator.writeCount(), 0);
}

void TstConnectionTest::throughDiscovery()
{
    V2Connection c;
    c.appId = kApp;
    c.accessKey = accessKey();
    c.discoveryUrl = m_emulator.discoveryUrl();
    const Outcome outcome = runTest(c);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message));
    QCOMPARE(outcome.handler.port(), m_emulator.handlerUrl().port());
    QCOMPARE(outcome.count, 42);
    QCOMPARE(m_emulator.requestCount(), 2);

    c.appId = u"unknown-app"_s;
    const Outcome missing = runTest(c);
    QCOMPARE(missing.error.kind, V2ErrorKind::ApplicationNotFound);
}

void TstConnectionTest::cancel()
{
    m_emulator.setLatency(2000);
    V2Connection c;
    c.appId = kApp;
    c.accessKey = accessKey();
    c.handlerUrl = m_emulator.handlerUrl();
    ConnectionTest test(c);
    int count = 0;
    V2Error last;
    connect(&test, &ConnectionTest::finished, this, [&](const V2Error &e, const QUrl &, int) {
        ++count;
        last = e;
    });
    test.start();
    QTest::qWait(100);
    test.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(count, 1, int(promptMs(500)));
    QCOMPARE(last.kind, V2ErrorKind::Canceled);
    QTest::qWait(50);
    QCOMPARE(count, 1);
}

QTEST_GUILESS_MAIN(TstConnectionTest)
#include "tst_connectiontest.moc"

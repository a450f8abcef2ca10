// The emulator's knobs over real loopback HTTP: rate limit, latency, injected faults.
#include "httptestclient.h"
#include "v2emulator.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kKey = "ttn-account-v2.knobs-test-key";
const QByteArray kOtherKey = "ttn-account-v2.knobs-test-other-key";
const QString kList = u"/applications/knob-app/devices"_s;
} // namespace

class TestEmulatorKnobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rateLimitAnswers429WhenHammered();
    void rateLimitWaitsInsteadOfRefusingShortBursts();
    void rateLimitAllowsPacedRequests();
    void rateLimitIsPerApplication();
    void latencyIsAddedWithoutBlocking();
    void failEveryNth();
    void failNextWithRetryAfter();
    void resetAbortsMidBody();
    void garbageIsUnparseable200();
    void clearFaultsTurnsEverythingOff();
    void clientGoneDuringDelayedReply();
    void emulatorDestroyedWithRepliesPending();

private:
    QList<HttpResult> sendConcurrently(int count, const QString &path);

    V2Emulator *m_emulator = nullptr;
    HttpTestClient *m_client = nullptr;
};

void TestEmulatorKnobs::init()
{
    m_emulator = new V2Emulator;
    m_emulator->addApplication(u"knob-app"_s, QString::fromLatin1(kKey));
    m_emulator->addApplication(u"other-app"_s, QString::fromLatin1(kOtherKey));
    m_emulator->generate(u"knob-app"_s, 40, 5, 0.25);
    QVERIFY(m_emulator->listen());
    m_client = new HttpTestClient(m_emulator->handlerUrl());
    m_client->setKey(kKey);
}

void TestEmulatorKnobs::cleanup()
{
    delete m_client;
    delete m_emulator;
}

QList<HttpResult> TestEmulatorKnobs::sendConcurrently(int count, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < count; ++i)
        replies.append(m_client->start("GET", path));
    QList<HttpResult> results;
    for (QNetworkReply *reply : replies)
        results.append(HttpTestClient::finish(reply, timer));
    return results;
}

void TestEmulatorKnobs::rateLimitAnswers429WhenHammered()
{
    // Default: 5/s per application and key, burst 5, waiting at most 500 ms.
    const QList<HttpResult> results = sendConcurrently(30, kList + u"?limit=1"_s);
    int ok = 0, limited = 0;
    for (const HttpResult &result : results) {
        if (result.status == 200) {
            ++ok;
        } else {
            QCOMPARE(result.status, 429);
            QCOMPARE(result.json().value(u"code"_s).toInt(), 8);
            QCOMPARE(result.json().value(u"message"_s).toString(),
                u"Rate limit for application knob-app reached"_s);
            ++limited;
        }
    }
    QVERIFY2(ok >= 5, qPrintable(QString::number(ok)));
    QVERIFY2(limited >= 10, qPrintable(QString::number(limited)));
}

void TestEmulatorKnobs::rateLimitWaitsInsteadOfRefusingShortBursts()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_client->get(kList + u"?limit=1"_s).status, 200);
    // The bucket is empty now: the next request waits for a token (~200 ms), it is not refused.
    const HttpResult waited = m_client->get(kList + u"?limit=1"_s);
    QCOMPARE(waited.status, 200);
    QVERIFY2(waited.elapsedMs >= 100, qPrintable(QString::number(waited.elapsedMs)));
}

void TestEmulatorKnobs::rateLimitAllowsPacedRequests()
{
    // 12 requests paced at 5/s (what ttn-lw-migrate does): never a 429.
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 12; ++i) {
        while (clock.elapsed() < i * 210)
            QTest::qWait(5);
        QCOMPARE(m_client->get(kList + u"/dev-000001"_s).status, 200);
    }
}

void TestEmulatorKnobs::rateLimitIsPerApplication()
{
    m_emulator->setRateLimit(1);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_client->get(kList).status, 200);
    QCOMPARE(m_client->get(kList).status, 429);
    HttpTestClient other(m_emulator->handlerUrl());
    other.setKey(kOtherKey);
    QCOMPARE(other.get(u"/applications/other-app/devices"_s).status, 200);
    m_emulator->setRateLimit(0);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(m_client->get(kList).status, 200);
}

void TestEmulatorKnobs::latencyIsAddedWithoutBlocking()
{
    m_emulator->setRateLimit(0);
    m_emulator->setLatency(300);
    const HttpResult one = m_client->get(kList);
    QCOMPARE(one.status, 200);
    QVERIFY2(one.elapsedMs >= 290, qPrintable(QString::number(one.elapsedMs)));
    // Six parallel requests overlap their waits: the server never blocks.
    QElapsedTimer timer;
    timer.start();
    for (const HttpResult &result : sendConcurrently(6, kList))
        QCOMPARE(result.status, 200);
    QVERIFY2(timer.elapsed() < 6 * 300, qPrintable(QString::number(timer.elapsed())));
}

void TestEmulatorKnobs::failEveryNth()
{
    m_emulator->setRateLimit(0);
    m_emulator->failEveryNth(3, 503);
    QList<int> statuses;
    for (int i = 0; i < 6; ++i)
        statuses.append(m_client->get(kList + u"?limit=1"_s).status);
    QCOMPARE(statuses, (QList<int> { 200, 200, 503, 200, 200, 503 }));
    const QList<EmulatorRequest> log = m_emulator->requests();
    QCOMPARE(log.at(2).status, 503);
    m_emulator->failEveryNth(1, 500);
    const HttpResult failed = m_client->get(kList);
    QCOMPARE(failed.status, 500);
    QCOMPARE(failed.json().value(u"code"_s).toInt(), 13);
    QVERIFY(failed.json().contains(u"error"_s));
    m_emulator->failEveryNth(0, 0);
    QCOMPARE(m_client->get(kList).status, 200);
}

void TestEmulatorKnobs::failNextWithRetryAfter()
{
    m_emulator->setRateLimit(0);
    m_emulator->failNext(2, 429, 7);
    for (int i = 0; i < 2; ++i) {
        const HttpResult limited = m_client->get(kList);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("7"));
        QCOMPARE(limited.json().value(u"code"_s).toInt(), 8);
    }
    const HttpResult ok = m_client->get(kList);
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.header("Retry-After").isEmpty());

    // Injected write failures do not touch the store.
    m_emulator->failNext(1, 503);
    const QByteArray body = QJsonDocument(m_emulator->device(u"knob-app"_s, u"dev-000002"_s))
                                .toJson(QJsonDocument::Compact);
    QCOMPARE(m_client->send("PUT", kList + u"/dev-000002"_s, body).status, 503);
    QCOMPARE(m_emulator->writeCount(), 0);
    QCOMPARE(m_client->send("PUT", kList + u"/dev-000002"_s, body).status, 200);
    QCOMPARE(m_emulator->writeCount(), 1);
}

void TestEmulatorKnobs::resetAbortsMidBody()
{
    m_emulator->setRateLimit(0);
    m_emulator->setResetEveryNth(2);
    const HttpResult first = m_client->get(kList);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.error, QNetworkReply::NoError);
    const HttpResult reset = m_client->get(kList);
    QVERIFY2(reset.error != QNetworkReply::NoError, "the connection must fail");
    QVERIFY(QJsonDocument::fromJson(reset.body).isNull());
    QCOMPARE(m_emulator->requestCount(), 2);
    // The next request works on a fresh connection.
    const HttpResult after = m_client->get(kList);
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json().value(u"devices"_s).toArray().size(), 40);
}

void TestEmulatorKnobs::garbageIsUnparseable200()
{
    m_emulator->setRateLimit(0);
    m_emulator->setGarbageEveryNth(2);
    QVERIFY(!m_client->get(kList).json().isEmpty());
    const HttpResult garbage = m_client->get(kList + u"/dev-000003"_s);
    QCOMPARE(garbage.status, 200);
    QCOMPARE(garbage.error, QNetworkReply::NoError);
    QJsonParseError error;
    QJsonDocument::fromJson(garbage.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(!garbage.body.isEmpty());
}

void TestEmulatorKnobs::clearFaultsTurnsEverythingOff()
{
    m_emulator->setRateLimit(0);
    m_emulator->failEveryNth(1, 503);
    m_emulator->setGarbageEveryNth(1);
    m_emulator->setResetEveryNth(1);
    QCOMPARE(m_client->get(kList).status, 503);
    m_emulator->clearFaults();
    for (int i = 0; i < 3; ++i) {
        const HttpResult result = m_client->get(kList);
        QCOMPARE(result.status, 200);
        QVERIFY(!result.json().isEmpty());
    }
}

void TestEmulatorKnobs::clientGoneDuringDelayedReply()
{
    m_emulator->setLatency(300);
    QNetworkReply *reply = m_client->start("GET", kList);
    QTest::qWait(100);
    reply->abort(); // closes the connection while the server still holds the responder
    reply->deleteLater();
    QTest::qWait(400);
    m_emulator->setLatency(0);
    QCOMPARE(m_client->get(kList).status, 200);
    QCOMPARE(m_emulator->requestCount(), 2);
}

void TestEmulatorKnobs::emulatorDestroyedWithRepliesPending()
{
    m_emulator->setLatency(2000);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_client->start("GET", kList);
    QTest::qWait(100);
    delete m_emulator; // pending deferred replies are dropped, the connection closes
    m_emulator = nullptr;
    const HttpResult result = HttpTestClient::finish(reply, timer);
    QVERIFY(result.error != QNetworkReply::NoError);
    QVERIFY(result.elapsedMs < 2000);
}

QTEST_GUILESS_MAIN(TestEmulatorKnobs)
#include "tst_emulatorknobs.moc"

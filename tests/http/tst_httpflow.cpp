// The HTTP layer's flow control as pure logic: AdaptiveConcurrency (grow per window, halve on
// 429/overload once per window, never into an exhausted budget), RateLimitHeaders, RateBudget
// (the server's bucket mirrored from X-Rate-Limit-*), RateLimitGate (the shared pause) and
// ConcurrentQueue (units of work started under the concurrency limit).
#include "http/adaptiveconcurrency.h"
#include "http/concurrentqueue.h"
#include "http/httpsession.h"
#include "http/ratebudget.h"
#include "http/ratelimitgate.h"
#include "http/ratelimitheaders.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// "A" answered (the server does not say its budget), "A3" answered with headroom 3,
// "T" a 429, "O" a 502/503/504 or timeout.
void play(AdaptiveConcurrency &controller, const QString &events)
{
    const QStringList list = events.split(u' ', Qt::SkipEmptyParts);
    for (const QString &event : list) {
        if (event == u"T")
            controller.throttled();
        else if (event == u"O")
            controller.overloaded();
        else if (event == u"A")
            controller.answered(std::nullopt);
        else
            controller.answered(event.mid(1).toLongLong());
    }
}

QString times(int n, const QString &event)
{
    QStringList list;
    for (int i = 0; i < n; ++i)
        list << event;
    return list.join(u' ');
}

RateLimitHeaders bucket(qint64 limit, qint64 available, qint64 reset)
{
    return RateLimitHeaders::parse(
        QByteArray::number(limit), QByteArray::number(available), QByteArray::number(reset));
}

} // namespace

class TstHttpFlow : public QObject
{
    Q_OBJECT
private slots:
    void concurrency_data();
    void concurrency();
    void concurrencyReportsChanges();
    void rateLimitHeaders_data();
    void rateLimitHeaders();
    void budgetUnknownNeverHolds();
    void budgetPacesToWhatTheBucketHolds();
    void budgetCountsRequestsInFlight();
    void budgetReadsOnlyNewerAnswers();
    void budgetAfterARefusal();
    void budgetRefillsUpToTheBucketSize();
    void gatePauseHoldsEveryone();
    void queueStartsUpToTheLimit();
    void queueFollowsTheLimit();
    void queueStopReturnsTheUnstarted();
};

void TstHttpFlow::concurrency_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<QString>("events");
    QTest::addColumn<int>("expected");
    QTest::newRow("starts at the default") << 4 << 16 << QString() << 4;
    QTest::newRow("start above the maximum") << 4 << 2 << QString() << 2;
    QTest::newRow("maximum 1: one at a time") << 4 << 1 << times(50, u"A"_s) << 1;
    QTest::newRow("one more per window") << 4 << 16 << times(4, u"A"_s) << 5;
    QTest::newRow("window grows with the limit") << 4 << 16 << times(8, u"A"_s) << 5;
    QTest::newRow("two windows") << 4 << 16 << times(9, u"A"_s) << 6;
    QTest::newRow("up to the maximum, no further") << 4 << 6 << times(100, u"A"_s) << 6;
    QTest::newRow("grows while the budget has room") << 4 << 16 << times(4, u"A9"_s) << 5;
    QTest::newRow("not into an exhausted budget") << 4 << 16 << times(40, u"A3"_s) << 4;
    QTest::newRow("room again: grows again")
        << 4 << 16 << times(3, u"A9"_s) + u" A0 "_s + times(4, u"A9"_s) << 5;
    QTest::newRow("429 halves") << 8 << 16 << u"T"_s << 4;
    QTest::newRow("overload halves") << 6 << 16 << u"O"_s << 3;
    QTest::newRow("a 429 storm is one decrease") << 8 << 16 << times(9, u"T"_s) << 4;
    QTest::newRow("after the window, the next 429 counts") << 8 << 16 << times(10, u"T"_s) << 2;
    QTest::newRow("never below one") << 1 << 16 << times(30, u"T"_s) << 1;
    QTest::newRow("grows again after a 429") << 8 << 16 << u"T "_s + times(4, u"A"_s) << 5;
    QTest::newRow("answers count towards the storm window")
        << 8 << 16 << u"T "_s + times(8, u"A"_s) + u" T"_s << 2;
}

void TstHttpFlow::concurrency()
{
    QFETCH(int, start);
    QFETCH(int, maximum);
    QFETCH(QString, events);
    QFETCH(int, expected);
    AdaptiveConcurrency controller(start, maximum);
    play(controller, events);
    QCOMPARE(controller.limit(), expected);
    QVERIFY(controller.limit() >= 1 && controller.limit() <= controller.maximum());
}

void TstHttpFlow::concurrencyReportsChanges()
{
    AdaptiveConcurrency controller(2, 3);
    QVERIFY(!controller.answered(std::nullopt));
    QVERIFY(controller.answered(std::nullopt)); // 2 → 3
    QVERIFY(!controller.answered(std::nullopt));
    QVERIFY(controller.throttled()); // 3 → 1
    QVERIFY(!controller.throttled()); // same window
    controller.reset(4, 10);
    QCOMPARE(controller.limit(), 4);
    QCOMPARE(controller.maximum(), 10);
}

void TstHttpFlow::rateLimitHeaders_data()
{
    QTest::addColumn<QByteArray>("limit");
    QTest::addColumn<QByteArray>("available");
    QTest::addColumn<QByteArray>("reset");
    QTest::addColumn<QByteArray>("retry");
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("retrySeconds");
    QTest::addColumn<double>("lowerBound");
    QTest::newRow("empty bucket, 30 s to full") << "60"_ba
                                                << "0"_ba
                                                << "30"_ba
                                                << "1"_ba << true << qint64(1) << 59.0 / 31.0;
    QTest::newRow("refills within a second") << "50"_ba
                                             << "1"_ba
                                             << "0"_ba
                                             << "0"_ba << true << qint64(0) << 48.0;
    QTest::newRow("full bucket tells no rate")
        << "60"_ba
        << "59"_ba
        << "0"_ba << QByteArray() << true << qint64(-1) << 0.0;
    QTest::newRow("spaces are fine") << " 10 "_ba
                                     << " 2"_ba
                                     << "1 "_ba << QByteArray() << true << qint64(-1) << 7.0 / 2.0;
    QTest::newRow("absent") << QByteArray() << QByteArray() << QByteArray() << QByteArray() << false
                            << qint64(-1) << 0.0;
    QTest::newRow("retry alone (an injected 429)")
        << QByteArray() << QByteArray() << QByteArray() << "0"_ba << false << qint64(0) << 0.0;
    QTest::newRow("garbage") << "sixty"_ba
                             << "0"_ba
                             << "30"_ba << QByteArray() << false << qint64(-1) << 0.0;
    QTest::newRow("negative") << "60"_ba
                              << "-1"_ba
                              << "30"_ba << QByteArray() << false << qint64(-1) << 0.0;
    QTest::newRow("more available than the bucket holds")
        << "5"_ba
        << "6"_ba
        << "0"_ba << QByteArray() << false << qint64(-1) << 0.0;
    QTest::newRow("zero bucket") << "0"_ba
                                 << "0"_ba
                                 << "0"_ba << QByteArray() << false << qint64(-1) << 0.0;
}

void TstHttpFlow::rateLimitHeaders()
{
    QFETCH(QByteArray, limit);
    QFETCH(QByteArray, available);
    QFETCH(QByteArray, reset);
    QFETCH(QByteArray, retry);
    QFETCH(bool, present);
    QFETCH(qint64, retrySeconds);
    QFETCH(double, lowerBound);
    const RateLimitHeaders h = RateLimitHeaders::parse(limit, available, reset, retry);
    QCOMPARE(h.present, present);
    QCOMPARE(h.retrySeconds, retrySeconds);
    QVERIFY2(qAbs(h.refillLowerBound() - lowerBound) < 1e-9,
        qPrintable(QString::number(h.refillLowerBound())));

    HttpReply reply;
    reply.headers = { { "x-rate-limit-limit", limit }, { "X-RATE-LIMIT-AVAILABLE", available },
        { "X-Rate-Limit-Reset", reset }, { "X-Rate-Limit-Retry", retry } };
    QCOMPARE(RateLimitHeaders::of(reply).present, present); // header names in any case
}

void TstHttpFlow::budgetUnknownNeverHolds()
{
    RateBudget budget;
    for (int i = 0; i < 100; ++i)
        QCOMPARE(budget.take(0), 0);
    QVERIFY(!budget.known());
    QVERIFY(!budget.headroom(0).has_value());
    QCOMPARE(budget.inFlight(), 100);
    budget.answered(RateLimitHeaders(), false, 1, 10); // an answer without headers
    QVERIFY(!budget.known());
    QCOMPARE(budget.inFlight(), 99);
}

void TstHttpFlow::budgetPacesToWhatTheBucketHolds()
{
    RateBudget budget;
    QCOMPARE(budget.take(0), 0);
    // 10 in the bucket, 2 left, full again within a second: it refills at more than 7/s.
    budget.answered(bucket(10, 2, 0), false, 1, 0);
    QCOMPARE(budget.refillPerSecond(), 7.0);
    QCOMPARE(budget.headroom(0), 2);
    QCOMPARE(budget.take(0), 0);
    QCOMPARE(budget.take(0), 0);
    QCOMPARE(budget.headroom(0), 0);
    const qint64 wait = budget.take(0);
    QCOMPARE(wait, 143); // one request's worth at 7/s
    QCOMPARE(budget.waitMs(0), wait); // asking does not take
    QCOMPARE(budget.take(100), 43);
    QCOMPARE(budget.take(143), 0);
    QCOMPARE(budget.inFlight(), 3);
}

void TstHttpFlow::budgetCountsRequestsInFlight()
{
    RateBudget budget;
    for (int i = 0; i < 4; ++i)
        QCOMPARE(budget.take(0), 0);
    // The first answer saw 3 left, but the other three requests were sent after it.
    budget.answered(bucket(20, 3, 1), false, 1, 50);
    QCOMPARE(budget.headroom(50), 0);
    QVERIFY(budget.take(50) > 0);
    budget.answered(bucket(20, 2, 1), false, 2, 60);
    budget.answered(bucket(20, 1, 1), false, 3, 70);
    budget.answered(bucket(20, 0, 1), false, 4, 80);
    QCOMPARE(budget.inFlight(), 0);
    QCOMPARE(budget.headroom(80), 0);
}

void TstHttpFlow::budgetReadsOnlyNewerAnswers()
{
    RateBudget budget;
    QCOMPARE(budget.take(0), 0);
    QCOMPARE(budget.take(0), 0);
    budget.answered(bucket(20, 5, 1), false, 2, 10); // the later request answered first
    QCOMPARE(budget.headroom(10), 4); // one still in flight
    budget.answered(bucket(20, 6, 1), false, 1, 11); // older news: not read again
    QCOMPARE(budget.headroom(11), 4);
}

void TstHttpFlow::budgetAfterARefusal()
{
    RateBudget budget;
    QCOMPARE(budget.take(0), 0);
    QCOMPARE(budget.take(0), 0);
    budget.answered(bucket(60, 30, 30), false, 1, 0);
    QCOMPARE(budget.headroom(0), 29);
    // Someone else emptied the bucket: a 429 says so, whatever the mirror thought.
    budget.answered(bucket(60, 0, 59), true, 2, 1);
    QCOMPARE(budget.headroom(1), 0);
    QVERIFY(budget.take(1) > 0);
}

void TstHttpFlow::budgetRefillsUpToTheBucketSize()
{
    RateBudget budget;
    QCOMPARE(budget.take(0), 0);
    budget.answered(bucket(5, 0, 1), false, 1, 0); // refills at more than 2/s
    QCOMPARE(budget.headroom(0), 0);
    QCOMPARE(budget.headroom(600), 1);
    QCOMPARE(budget.headroom(60000), 5); // never more than the bucket holds
    for (int i = 0; i < 5; ++i)
        QCOMPARE(budget.take(60000), 0);
    QCOMPARE(budget.headroom(60000), 0); // and what is in flight came out of it
    QCOMPARE(budget.headroom(120000), 0);
}

void TstHttpFlow::gatePauseHoldsEveryone()
{
    qint64 now = 0;
    RateLimitGate gate([&now] { return now; });
    QCOMPARE(gate.reserve(), 0);
    gate.holdFor(1000);
    QCOMPARE(gate.reserve(), 1000);
    gate.holdFor(200); // never shortens
    QCOMPARE(gate.pauseLeft(), 1000);
    now = 600;
    QCOMPARE(gate.recheck(), 400);
    now = 1000;
    QCOMPARE(gate.recheck(), 0);
    QVERIFY(!gate.headroom().has_value()); // no X-Rate-Limit-* seen
}

void TstHttpFlow::queueStartsUpToTheLimit()
{
    HttpSession session;
    session.setConcurrency(3, 3);
    QList<int> started;
    ConcurrentQueue queue(&session, [&started](int index) { started << index; });
    queue.append(10);
    QCOMPARE(started, (QList<int> { 0, 1, 2 }));
    QCOMPARE(queue.running(), 3);
    QCOMPARE(queue.waiting(), 7);
    queue.done(1);
    QCOMPARE(started.last(), 3);
    QCOMPARE(queue.running(), 3);
}

void TstHttpFlow::queueFollowsTheLimit()
{
    HttpSession session;
    session.setConcurrency(2, 8);
    QList<int> started;
    ConcurrentQueue queue(&session, [&started](int index) { started << index; });
    queue.append(10);
    QCOMPARE(started.size(), 2);
    session.setConcurrency(5, 8); // the limit grew: more start at once
    QCOMPARE(started.size(), 5);
    session.setConcurrency(1, 8); // it fell: nothing is stopped, fewer start
    queue.done(0);
    queue.done(1);
    queue.done(2);
    QCOMPARE(started.size(), 5);
    queue.done(3);
    queue.done(4);
    QCOMPARE(started.size(), 6);
    QSignalSpy drained(&queue, &ConcurrentQueue::drained);
    for (int i = 5; i < 10; ++i)
        queue.done(i);
    QCOMPARE(started.size(), 10);
    QCOMPARE(drained.count(), 1);
    QVERIFY(queue.idle());
}

void TstHttpFlow::queueStopReturnsTheUnstarted()
{
    HttpSession session;
    session.setConcurrency(2, 2);
    QList<int> started;
    ConcurrentQueue queue(&session, [&started](int index) { started << index; });
    // A unit that is over at once (nothing to send) lets the next one start.
    ConcurrentQueue *self = nullptr;
    ConcurrentQueue instant(&session, [&self](int index) { self->done(index); });
    self = &instant;
    queue.append(5);
    QCOMPARE(queue.stop(), (QList<int> { 2, 3, 4 }));
    queue.done(0);
    QCOMPARE(started.size(), 2);
    QSignalSpy drained(&instant, &ConcurrentQueue::drained);
    instant.append(4);
    QVERIFY(instant.idle());
    QCOMPARE(drained.count(), 1);
}

QTEST_GUILESS_MAIN(TstHttpFlow)
#include "tst_httpflow.moc"

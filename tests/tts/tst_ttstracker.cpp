// TtsTracker against a TtsEmulator: joins appearing after an import (waiting → joined →
// active, "seen" for session imports), one request per 1000 devices, devices missing from
// the application, and polling.
#include "ttstestsupport.h"

using namespace Qt::StringLiterals;
using namespace ttstest;

namespace {

TtsTrackerSnapshot refreshOnce(TtsTracker &tracker)
{
    TtsTrackerSnapshot snapshot;
    bool done = false;
    const QMetaObject::Connection c = QObject::connect(
        &tracker, &TtsTracker::refreshed, &tracker, [&](const TtsTrackerSnapshot &s) {
            snapshot = s;
            done = true;
        });
    tracker.refresh();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30000); }();
    QObject::disconnect(c);
    return snapshot;
}

const TtsTrackedDevice *find(const TtsTrackerSnapshot &s, const QString &id)
{
    for (const TtsTrackedDevice &d : s.devices) {
        if (d.deviceId == id)
            return &d;
    }
    return nullptr;
}

} // namespace

class TstTtsTracker : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void joinsAppearAfterTheImport();
    void simulatedJoinsArriveByThemselves();
    void oneRequestPerThousandDevices();
    void missingDevicesAndErrors();
    void pollingRepeatsTheRefresh();
    void sessionDetailFromTheNetworkServer();

private:
    std::unique_ptr<TtsEmulator> m_emulator;
};

void TstTtsTracker::init()
{
    m_emulator = std::make_unique<TtsEmulator>();
    setUpEmulator(*m_emulator);
}

void TstTtsTracker::cleanup()
{
    m_emulator.reset();
}

void TstTtsTracker::joinsAppearAfterTheImport()
{
    QList<QJsonObject> devices = otaaFleet(3);
    devices << abpDevice(u"meter-1"_s, 9);
    const QList<TtsFileDevice> file = fileDevices(devices);
    const ImportRun run = runImport(connection(*m_emulator), file);
    QVERIFY(run.summary.completeSuccess());

    TtsTracker tracker(connection(*m_emulator), file);
    TtsTrackerSnapshot s = refreshOnce(tracker);
    QVERIFY(s.ok());
    QCOMPARE(s.waiting, 4);
    QCOMPARE(s.joined + s.active + s.notInTts, 0);
    QCOMPARE(s.requests, 1);

    m_emulator->markSeen(kApp, u"sensor-0001"_s, false);
    m_emulator->markSeen(kApp, u"sensor-0002"_s, true);
    m_emulator->markSeen(kApp, u"meter-1"_s, false);
    s = refreshOnce(tracker);
    QCOMPARE(s.joined, 2);
    QCOMPARE(s.active, 1);
    QCOMPARE(s.waiting, 1);
    QCOMPARE(s.total(), 4);
    QCOMPARE(find(s, u"sensor-0001"_s)->state, TtsJoinState::Joined);
    QCOMPARE(find(s, u"sensor-0002"_s)->state, TtsJoinState::Active);
    QCOMPARE(find(s, u"sensor-0003"_s)->state, TtsJoinState::Waiting);
    const TtsTrackedDevice *meter = find(s, u"meter-1"_s);
    QVERIFY(meter->withSession);
    QCOMPARE(TtsTracker::stateName(meter->state, meter->withSession), u"seen"_s);
    QVERIFY(find(s, u"sensor-0001"_s)->lastSeenAt >= find(s, u"sensor-0001"_s)->createdAt);
}

void TstTtsTracker::simulatedJoinsArriveByThemselves()
{
    m_emulator->setJoinAfterMs(150);
    const QList<TtsFileDevice> file = fileDevices(otaaFleet(2));
    QVERIFY(runImport(connection(*m_emulator), file).summary.completeSuccess());
    TtsTracker tracker(connection(*m_emulator), file);
    QTRY_VERIFY_WITH_TIMEOUT(refreshOnce(tracker).active == 2, 20000);
}

void TstTtsTracker::oneRequestPerThousandDevices()
{
    m_emulator->generate(kApp, 2500);
    QList<QJsonObject> devices;
    for (int i = 1; i <= 2500; ++i)
        devices << QJsonObject { { u"ids"_s,
            QJsonObject { { u"device_id"_s, u"dev-%1"_s.arg(i, 6, 10, QLatin1Char('0')) } } } };
    TtsTracker tracker(connection(*m_emulator), fileDevices(devices));
    m_emulator->clearRequests();
    const TtsTrackerSnapshot s = refreshOnce(tracker);
    QCOMPARE(s.requests, 3);
    QCOMPARE(m_emulator->requestCount(), 3);
    QCOMPARE(s.waiting, 2500);
    const QList<TtsEmulatorRequest> requests = m_emulator->requests();
    for (const TtsEmulatorRequest &r : requests)
        QVERIFY2(r.path.contains(u"field_mask=last_seen_at,activated_at&limit=1000"_s),
            qPrintable(r.path));
}

void TstTtsTracker::missingDevicesAndErrors()
{
    const QList<TtsFileDevice> file = fileDevices(otaaFleet(3));
    QVERIFY(runImport(connection(*m_emulator), file.mid(0, 2)).summary.completeSuccess());
    TtsTracker tracker(connection(*m_emulator), file);
    const TtsTrackerSnapshot s = refreshOnce(tracker);
    QCOMPARE(s.notInTts, 1);
    QCOMPARE(find(s, u"sensor-0003"_s)->state, TtsJoinState::NotInTts);

    TtsConnection bad = connection(*m_emulator);
    bad.apiKey = u"NNSXS.UNKNOWNKEY.Secret"_s;
    TtsTracker denied(bad, file);
    const TtsTrackerSnapshot d = refreshOnce(denied);
    QVERIFY(!d.ok());
    QVERIFY2(d.fatal.contains(u"not valid"_s), qPrintable(d.fatal));
}

void TstTtsTracker::pollingRepeatsTheRefresh()
{
    TtsTracker tracker(connection(*m_emulator), fileDevices(otaaFleet(1)));
    tracker.setMinimumIntervalForTesting(50);
    int refreshes = 0;
    QObject::connect(&tracker, &TtsTracker::refreshed, &tracker, [&refreshes] { ++refreshes; });
    tracker.startPolling(50);
    QTRY_VERIFY_WITH_TIMEOUT(refreshes >= 3, 20000);
    tracker.stopPolling();
    // Outside tests the interval never goes below 30 s.
    QCOMPARE(TtsTracker::kMinIntervalMs, 30000);
}

void TstTtsTracker::sessionDetailFromTheNetworkServer()
{
    const QList<TtsFileDevice> file
        = fileDevices({ otaaDevice(u"sensor-0001"_s, 1), abpDevice(u"meter-1"_s, 9) });
    QVERIFY(runImport(connection(*m_emulator), file).summary.completeSuccess());
    TtsTracker tracker(connection(*m_emulator, kReadOnlyKey), file);
    QList<TtsSessionDetail> details;
    QObject::connect(&tracker, &TtsTracker::sessionDetailReady, &tracker,
        [&details](const TtsSessionDetail &d) { details << d; });
    tracker.requestSessionDetail(u"meter-1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(details.size(), 1, 20000);
    QVERIFY(details.at(0).session);
    QCOMPARE(details.at(0).devAddr, u"26011234"_s);
    QCOMPARE(details.at(0).sessionStartedAt,
        QDateTime::fromString(u"2024-10-01T12:00:00Z"_s, Qt::ISODate));
    tracker.requestSessionDetail(u"sensor-0001"_s); // imported without session: none yet
    QTRY_COMPARE_WITH_TIMEOUT(details.size(), 2, 20000);
    QVERIFY(details.at(1).fatal.isEmpty());
    QVERIFY(!details.at(1).session && !details.at(1).pendingSession);
    tracker.requestSessionDetail(u"nobody"_s);
    QTRY_COMPARE_WITH_TIMEOUT(details.size(), 3, 20000);
    QVERIFY(!details.at(2).fatal.isEmpty());
}

QTEST_GUILESS_MAIN(TstTtsTracker)
#include "tst_ttstracker.moc"

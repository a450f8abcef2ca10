// TtsImportJob against a real TtsEmulator over HTTP on 127.0.0.1: every "Done when" point of
// issue #11 for the core — a clean import (each field in its registry), idempotent re-runs,
// conflicts found before the first write, reserved IDs, EUIs owned elsewhere, missing
// rights, 429 storms, a 503 after the request took effect, rollback, cancel.
#include "ttstestsupport.h"
#include "util/redact.h"

using namespace Qt::StringLiterals;
using namespace ttstest;
using Reg = TtsServer;

namespace {

const QList<Reg> kAll { Reg::Identity, Reg::Join, Reg::Network, Reg::Application };

// Every file device either complete in all its registries or absent from all of them.
void verifyNoLeftovers(const TtsEmulator &emulator, const ImportRun &run)
{
    for (const TtsImportOutcome &o : run.outcomes) {
        if (o.deviceId.isEmpty() || o.status == TtsImportStatus::AlreadyInTts)
            continue;
        const bool imported = o.status == TtsImportStatus::Imported;
        for (Reg r : { Reg::Identity, Reg::Network, Reg::Application })
            QVERIFY2(emulator.device(r, kApp, o.deviceId).isEmpty() != imported,
                qPrintable(u"%1 in registry %2: %3"_s.arg(o.deviceId).arg(int(r)).arg(o.reason)));
    }
}

} // namespace

class TstTtsImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void cleanImportLandsEveryFieldInItsRegistry();
    void abpWithSessionKeepsItsHalvesApart();
    void rerunIsIdempotentAndFinishesAnInterruptedImport();
    void idConflictIsFoundBeforeTheFirstWrite();
    void euiPairOwnedByAnotherApplication();
    void reservedIdFailsThatDeviceOnly();
    void missingRightStopsBeforeAnyWrite();
    void missingWriteKeysRightIsNamed();
    void unknownApplicationSaysBothPossibleCauses();
    void malformedKeyIsNeverSent();
    void rateLimitStormEndsWithEveryDeviceImported();
    void injected429StormIsNotAFailure();
    void createAnswered503AfterItTookEffect();
    void setAnswered503AfterItTookEffect();
    void failureInStep3IsRolledBack();
    void failedRollbackIsReportedPartlyCreated();
    void proxyHtml502IsRetried();
    void brokenConnectionsAfterTheEffectAreRetried();
    void unknownFrequencyPlanSharedByAllStopsTheImport();
    void cancelMidImportLeavesNoHalfDevice();
    void dryRunWritesNothing();
    void completeExistingRunsStepsTwoToFour();
    void partlyCreatedDevicesAreCompletedByTheRerun();
    void dryRunSaysWhichDevicesWouldBeCompleted();
    void unreadableRegistryFailsTheListedDeviceWithoutWrites();
    void noSecretInAnyLogLine();

private:
    std::unique_ptr<TtsEmulator> m_emulator;
};

void TstTtsImport::init()
{
    m_emulator = std::make_unique<TtsEmulator>();
    setUpEmulator(*m_emulator);
}

void TstTtsImport::cleanup()
{
    m_emulator.reset();
}

void TstTtsImport::cleanImportLandsEveryFieldInItsRegistry()
{
    const QList<QJsonObject> devices = otaaFleet(3);
    const ImportRun run = runImport(connection(*m_emulator), fileDevices(devices));
    QVERIFY2(run.summary.completeSuccess(), qPrintable(run.lines.join(u'\n')));
    QCOMPARE(run.summary.imported, 3);
    QCOMPARE(run.count(TtsImportStatus::Imported), 3);
    // Pre-flight (rights + one page) and exactly four calls per device: nothing else.
    QCOMPARE(m_emulator->requestCount(), 2 + 4 * 3);
    QCOMPARE(run.summary.requests, 2 + 4 * 3);

    const QString host = u"127.0.0.1:%1"_s.arg(m_emulator->port());
    const QJsonObject is = m_emulator->device(Reg::Identity, kApp, u"sensor-0001"_s);
    const QJsonObject ids = is.value(u"ids"_s).toObject();
    // The file's application is replaced by the target, in the URL and in ids.
    QCOMPARE(
        ids.value(u"application_ids"_s).toObject().value(u"application_id"_s).toString(), kApp);
    QCOMPARE(ids.value(u"dev_eui"_s).toString(), devEui(1));
    QCOMPARE(ids.value(u"join_eui"_s).toString(), u"70B3D57ED0000001"_s);
    QCOMPARE(is.value(u"name"_s).toString(), u"sensor-0001_v2"_s);
    QCOMPARE(is.value(u"description"_s).toString(), u"Kitchen sensor"_s);
    QCOMPARE(is.value(u"attributes"_s).toObject().value(u"room"_s).toString(), u"kitchen"_s);
    QCOMPARE(is.value(u"locations"_s)
                 .toObject()
                 .value(u"user"_s)
                 .toObject()
                 .value(u"latitude"_s)
                 .toDouble(),
        52.1);
    QCOMPARE(is.value(u"network_server_address"_s).toString(), host);
    QCOMPARE(is.value(u"application_server_address"_s).toString(), host);
    QCOMPARE(is.value(u"join_server_address"_s).toString(), host);
    for (const QString &absent : { u"root_keys"_s, u"session"_s, u"mac_settings"_s,
             u"frequency_plan_id"_s, u"last_seen_at"_s, u"activated_at"_s })
        QVERIFY2(!is.contains(absent), qPrintable(absent));

    const QJsonObject js = m_emulator->device(Reg::Join, kApp, u"sensor-0001"_s);
    QCOMPARE(js.value(u"root_keys"_s)
                 .toObject()
                 .value(u"app_key"_s)
                 .toObject()
                 .value(u"key"_s)
                 .toString(),
        u"0123456789ABCDEF0123456789ABCDEF"_s);
    QCOMPARE(js.value(u"network_server_address"_s).toString(), host);
    QCOMPARE(js.value(u"application_server_address"_s).toString(), host);
    QVERIFY(!js.contains(u"name"_s));

    const QJsonObject ns = m_emulator->device(Reg::Network, kApp, u"sensor-0001"_s);
    QCOMPARE(ns.value(u"frequency_plan_id"_s).toString(), u"EU_863_870_TTN"_s);
    QCOMPARE(ns.value(u"lorawan_version"_s).toString(), u"MAC_V1_0_2"_s);
    QCOMPARE(ns.value(u"lorawan_phy_version"_s).toString(), u"PHY_V1_0_2_REV_B"_s);
    QCOMPARE(ns.value(u"supports_join"_s), QJsonValue(true));
    const QJsonObject mac = ns.value(u"mac_settings"_s).toObject();
    QCOMPARE(mac.value(u"supports_32_bit_f_cnt"_s), QJsonValue(true));
    QCOMPARE(mac.value(u"status_time_periodicity"_s).toString(), u"0s"_s);
    QVERIFY(mac.contains(u"status_count_periodicity"_s)); // the explicit zero arrived
    QCOMPARE(mac.value(u"status_count_periodicity"_s).toInt(-1), 0);
    QVERIFY(!ns.contains(u"root_keys"_s));

    const QJsonObject as = m_emulator->device(Reg::Application, kApp, u"sensor-0001"_s);
    QCOMPARE(as.value(u"ids"_s).toObject().value(u"device_id"_s).toString(), u"sensor-0001"_s);
    QVERIFY(!as.contains(u"root_keys"_s));

    // Order per device: IS create, JS, NS, AS; the key only ever went to the JS.
    const QList<TtsEmulatorRequest> requests = m_emulator->requests();
    QStringList order;
    for (const TtsEmulatorRequest &r : requests) {
        QVERIFY(r.bearer);
        if (r.path.endsWith(u"/sensor-0002"_s)
            || (r.method == u"POST" && r.body.contains("sensor-0002")))
            order << r.method + u' ' + r.path.section(u'/', 3, 3);
        if (r.body.contains("0123456789ABCDEF0123456789ABCDEF"))
            QVERIFY2(r.path.contains(u"/js/"_s), qPrintable(r.path));
    }
    QCOMPARE(order, QStringList({ u"POST applications"_s, u"PUT js"_s, u"PUT ns"_s, u"PUT as"_s }));
}

void TstTtsImport::abpWithSessionKeepsItsHalvesApart()
{
    const ImportRun run
        = runImport(connection(*m_emulator), fileDevices({ abpDevice(u"meter-1"_s, 9) }));
    QVERIFY2(run.summary.completeSuccess(), qPrintable(run.lines.join(u'\n')));
    QCOMPARE(m_emulator->requestCount(), 2 + 3); // no JS step for ABP
    QVERIFY(m_emulator->device(Reg::Join, kApp, u"meter-1"_s).isEmpty());
    const QJsonObject is = m_emulator->device(Reg::Identity, kApp, u"meter-1"_s);
    QVERIFY(!is.contains(u"join_server_address"_s));
    const QJsonObject ns = m_emulator->device(Reg::Network, kApp, u"meter-1"_s);
    const QJsonObject nsSession = ns.value(u"session"_s).toObject();
    QCOMPARE(nsSession.value(u"dev_addr"_s).toString(), u"26011234"_s);
    QCOMPARE(nsSession.value(u"last_f_cnt_up"_s).toInt(), 42);
    QCOMPARE(nsSession.value(u"last_n_f_cnt_down"_s).toInt(), 7);
    QCOMPARE(nsSession.value(u"started_at"_s).toString(), u"2024-10-01T12:00:00Z"_s);
    const QJsonObject nsKeys = nsSession.value(u"keys"_s).toObject();
    QVERIFY(nsKeys.contains(u"f_nwk_s_int_key"_s));
    QVERIFY(!nsKeys.contains(u"app_s_key"_s) && !nsKeys.contains(u"session_key_id"_s));
    QCOMPARE(ns.value(u"supports_join"_s), QJsonValue(false));
    QCOMPARE(ns.value(u"mac_settings"_s).toObject().value(u"rx1_delay"_s).toInt(), 1);
    const QJsonObject asKeys = m_emulator->device(Reg::Application, kApp, u"meter-1"_s)
                                   .value(u"session"_s)
                                   .toObject()
                                   .value(u"keys"_s)
                                   .toObject();
    QVERIFY(asKeys.contains(u"app_s_key"_s));
    QVERIFY(!asKeys.contains(u"f_nwk_s_int_key"_s));
}

void TstTtsImport::rerunIsIdempotentAndFinishesAnInterruptedImport()
{
    const QList<QJsonObject> devices = otaaFleet(4);
    // An earlier, interrupted run got two devices in.
    ImportRun first = runImport(connection(*m_emulator), fileDevices(devices.mid(0, 2)));
    QCOMPARE(first.summary.imported, 2);
    m_emulator->clearRequests();

    ImportRun second = runImport(connection(*m_emulator), fileDevices(devices));
    QVERIFY2(second.summary.completeSuccess(), qPrintable(second.lines.join(u'\n')));
    QCOMPARE(second.summary.alreadyInTts, 2);
    QCOMPARE(second.summary.imported, 2);
    QCOMPARE(second.outcome(u"sensor-0001"_s)->status, TtsImportStatus::AlreadyInTts);
    // Rights, listing, four calls per new device, and a JS/NS/AS read per listed one (§4).
    QCOMPARE(m_emulator->requestCount(), 2 + 4 * 2 + 3 * 2);
    m_emulator->clearRequests();

    ImportRun third = runImport(connection(*m_emulator), fileDevices(devices));
    QVERIFY(third.summary.completeSuccess());
    QCOMPARE(third.summary.alreadyInTts, 4);
    QCOMPARE(third.summary.completed, 0);
    QCOMPARE(m_emulator->writeCount(), 0);
    QCOMPARE(m_emulator->requestCount(), 2 + 3 * 4);
    QCOMPARE(m_emulator->deviceCount(Reg::Identity, kApp), 4);
}

void TstTtsImport::idConflictIsFoundBeforeTheFirstWrite()
{
    QJsonObject taken = otaaDevice(u"sensor-0002"_s, 77);
    m_emulator->addDevice(kApp, taken, kAll);
    m_emulator->clearRequests();
    const ImportRun run = runImport(connection(*m_emulator), fileDevices(otaaFleet(3)));
    QCOMPARE(run.summary.imported, 2);
    QCOMPARE(run.summary.failed, 1);
    const TtsImportOutcome *o = run.outcome(u"sensor-0002"_s);
    QCOMPARE(o->status, TtsImportStatus::Failed);
    QVERIFY2(o->reason.contains(u"ID already in use"_s), qPrintable(o->reason));
    QVERIFY(o->reason.contains(devEui(77)));
    // Never touched: no request names it, and it is unchanged.
    QCOMPARE(countRequests(*m_emulator, u"PUT"_s, u"sensor-0002"_s), 0);
    QCOMPARE(countRequests(*m_emulator, u"DELETE"_s, u"sensor-0002"_s), 0);
    QCOMPARE(m_emulator->device(Reg::Identity, kApp, u"sensor-0002"_s)
                 .value(u"ids"_s)
                 .toObject()
                 .value(u"dev_eui"_s)
                 .toString(),
        devEui(77));
    QCOMPARE(m_emulator->writeCount(), 2 * 4);
}

void TstTtsImport::euiPairOwnedByAnotherApplication()
{
    m_emulator->addDevice(kOtherApp, otaaDevice(u"their-sensor"_s, 2), kAll);
    m_emulator->clearRequests();
    const ImportRun run = runImport(connection(*m_emulator), fileDevices(otaaFleet(3)));
    QCOMPARE(run.summary.imported, 2);
    const TtsImportOutcome *o = run.outcome(u"sensor-0002"_s);
    QCOMPARE(o->status, TtsImportStatus::Failed);
    QCOMPARE(o->errorId, u"pkg/identityserver:end_device_euis_taken"_s);
    QVERIFY(!o->retryCanFix()); // registered elsewhere: the file must be fixed
    QVERIFY2(o->reason.contains(u"“their-sensor”"_s) && o->reason.contains(kOtherApp),
        qPrintable(o->reason));
    // Step 1 failed: nothing was created, so nothing is deleted anywhere.
    QCOMPARE(countRequests(*m_emulator, u"DELETE"_s, QString()), 0);
    QVERIFY(m_emulator->device(Reg::Identity, kApp, u"sensor-0002"_s).isEmpty());
    QVERIFY(!m_emulator->device(Reg::Join, kOtherApp, u"their-sensor"_s).isEmpty());
    verifyNoLeftovers(*m_emulator, run);
}

void TstTtsImport::reservedIdFailsThatDeviceOnly()
{
    QList<QJsonObject> devices = otaaFleet(2);
    devices.insert(1, otaaDevice(u"gateway"_s, 50));
    const ImportRun run = runImport(connection(*m_emulator), fileDevices(devices));
    QCOMPARE(run.summary.imported, 2);
    const TtsImportOutcome *o = run.outcome(u"gateway"_s);
    QCOMPARE(o->status, TtsImportStatus::Failed);
    QCOMPARE(o->errorId, u"pkg/identityserver/blocklist:forbidden_id"_s);
    QVERIFY2(o->reason.contains(u"reserves the ID “gateway”"_s), qPrintable(o->reason));
    QCOMPARE(countRequests(*m_emulator, u"PUT"_s, u"/gateway"_s), 0);
    verifyNoLeftovers(*m_emulator, run);
}

void TstTtsImport::missingRightStopsBeforeAnyWrite()
{
    const ImportRun run
        = runImport(connection(*m_emulator, kReadOnlyKey), fileDevices(otaaFleet(3)));
    QVERIFY(!run.summary.fatal.isEmpty());
    QVERIFY2(run.summary.fatal.contains(u"RIGHT_APPLICATION_DEVICES_WRITE"_s),
        qPrintable(run.summary.fatal));
    QCOMPARE(run.summary.notImported, 3);
    QCOMPARE(m_emulator->writeCount(), 0);
    QCOMPARE(m_emulator->requestCount(), 1); // the rights call, nothing after it
}

void TstTtsImport::missingWriteKeysRightIsNamed()
{
    const ImportRun run = runImport(connection(*m_emulator, kNoKeysKey), fileDevices(otaaFleet(1)));
    QVERIFY(run.summary.fatal.contains(u"RIGHT_APPLICATION_DEVICES_WRITE_KEYS"_s));
    QVERIFY(!run.summary.fatal.contains(u"RIGHT_APPLICATION_DEVICES_WRITE,"_s));
    QCOMPARE(m_emulator->writeCount(), 0);
}

void TstTtsImport::unknownApplicationSaysBothPossibleCauses()
{
    TtsConnection c = connection(*m_emulator);
    c.applicationId = u"no-such-app"_s;
    const ImportRun run = runImport(c, fileDevices(otaaFleet(1)));
    QVERIFY2(
        run.summary.fatal.contains(u"“no-such-app” does not exist or this key has no access"_s),
        qPrintable(run.summary.fatal));
    QCOMPARE(m_emulator->writeCount(), 0);

    TtsConnection badSecret = connection(*m_emulator);
    badSecret.apiKey = u"NNSXS.TESTKEYID0123456789.WrongSecret"_s;
    const ImportRun denied = runImport(badSecret, fileDevices(otaaFleet(1)));
    QVERIFY2(denied.summary.fatal.contains(u"not valid (or expired)"_s),
        qPrintable(denied.summary.fatal));
}

void TstTtsImport::malformedKeyIsNeverSent()
{
    const ImportRun run = runImport(
        connection(*m_emulator, u"ttn-account-v2.SomeOldKey"_s), fileDevices(otaaFleet(2)));
    QVERIFY2(
        run.summary.fatal.contains(u"That is not an API key"_s), qPrintable(run.summary.fatal));
    QCOMPARE(run.summary.notImported, 2);
    QCOMPARE(m_emulator->requestCount(), 0);
}

void TstTtsImport::rateLimitStormEndsWithEveryDeviceImported()
{
    // 3000 per minute with a bucket of 5: four devices at once would run into 429s at once;
    // the import paces itself to the X-Rate-Limit-* budget instead (tst_ttsflow).
    m_emulator->setRateLimit(3000, 5);
    ImportRun run;
    TtsImportJob job(connection(*m_emulator), fileDevices(otaaFleet(12)), {});
    collect(job, run);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(run.finished, 60000);
    QVERIFY2(run.summary.completeSuccess(), qPrintable(run.lines.join(u'\n')));
    QCOMPARE(run.summary.imported, 12);
    QVERIFY2(run.summary.rateLimited * 100 <= run.summary.requests,
        qPrintable(QString::number(run.summary.rateLimited)));
    QVERIFY(job.concurrencyNow() <= 4); // the bucket, not more devices in flight, sets the speed
    QCOMPARE(m_emulator->deviceCount(Reg::Identity, kApp), 12);
    QCOMPARE(m_emulator->deviceCount(Reg::Application, kApp), 12);
    verifyNoLeftovers(*m_emulator, run);
}

void TstTtsImport::injected429StormIsNotAFailure()
{
    m_emulator->failNext(12, 429);
    const ImportRun run = runImport(connection(*m_emulator), fileDevices(otaaFleet(3)));
    QVERIFY2(run.summary.completeSuccess(), qPrintable(run.lines.join(u'\n')));
    QCOMPARE(run.summary.rateLimited, 12);
    QCOMPARE(run.summary.retries, 0);
    // Each pause reaches the faces as a structured signal (they word it).
    QCOMPARE(run.busy.size(), 12);
    for (const auto &[rateLimited, ms] : run.busy)
        QVERIFY(rateLimited && ms >= connection(*m_emulator).minRateLimitPauseMs);
}

void TstTtsImport::createAnswered503AfterItTookEffect()
{
    m_emulator->failAfterEffect("POST", u"/devices"_s, 2);
    const ImportRun run = runImport(connection(*m_emulator), fileDevices(otaaFleet(3)));
    QVERIFY2(run.summary.completeSuccess(), qPrintable(run.lines.join(u'\n')));
    QCOMPARE(run.summary.imported, 3);
    // No duplicate, no leftover, no delete of what was ours all along.
    QCOMPARE(m_emulator->deviceCount(Reg::Identity, kApp), 3);
    QCOMPARE(m_emulator->deviceCount(Reg::Join, kApp), 3);
    QCOMPARE(countRequests(*m_emulator, u"DELETE"_s, QString()), 0);
    QVERIFY(countRequests(*m_emulator, u"POST"_s, u"/devices"_s) >= 5);
}

void TstTtsImport::setAnswered503AfterItTookEffect()
{
    m_emulator->failAfterEffect("PUT", u"/ns/"_s, 3);
    const ImportRun run = runImport(connection(*m_emulator), fileDevices(otaaFleet(2)));
    QVERIFY2(run.summary.completeSuccess(), qPrintable(run.lines.join(u'\n')));
    QCOMPARE(run.summary.retries, 3);
    QCOMPARE(run.busy.size(), 3);
    QVERIFY(!run.busy.constFirst().first); // not a rate limit: TTS did not answer
    QCOMPARE(m_emulator->deviceCount(Reg::Network, kApp), 2);
    verifyNoLeftovers(*m_emulator, run);
}

void TstTtsImport::failureInStep3IsRolledBack()
{
    m_emulator->failMatching("PUT", u"/ns/applications/target-app/devices/sensor-0002"_s, 1, 400,
        u"pkg/networkserver"_s, u"field_value"_s);
    const ImportRun run = runImport(connection(*m_emulator), fileDevices(otaaFleet(3)));
    QCOMPARE(run.summary.imported, 2);
    const TtsImportOutcome *o = run.outcome(u"sensor-0002"_s);
    QCOMPARE(o->status, TtsImportStatus::Failed);
    QCOMPARE(o->errorId, u"pkg/networkserver:field_value"_s);
    QVERIFY2(o->reason.contains(u"Network Server"_s) && o->reason.contains(u"rolled back"_s),
        qPrintable(o->reason));
    for (Reg r : kAll)
        QVERIFY(m_emulator->device(r, kApp, u"sensor-0002"_s).isEmpty());
    QStringList deletes;
    const QList<TtsEmulatorRequest> requests = m_emulator->requests();
    for (const TtsEmulatorRequest &r : requests) {
        if (r.method == u"DELETE")
            deletes << r.path.section(u'/', 3, 3);
    }
    QCOMPARE(deletes, QStringList({ u"as"_s, u"ns"_s, u"js"_s, u"applications"_s }));
    verifyNoLeftovers(*m_emulator, run);
}

void TstTtsImport::failedRollbackIsReportedPartlyCreated()
{
    m_emulator->failMatching("PUT", u"/as/applications/target-app/devices/sensor-0001"_s, 1, 400,
        u"pkg/applicationserver"_s, u"field_value"_s);
    m_emulator->failMatching(
        "DELETE", u"/ns/applications/target-app/devices/sensor-0001"_s, 1, 500);
    const ImportRun run = runImport(connection(*m_emulator), fileDevices(otaaFleet(1)));
    const TtsImportOutcome *o = run.outcome(u"sensor-0001"_s);
    QCOMPARE(o->status, TtsImportStatus::PartlyCreated);
    QVERIFY2(o->reason.contains(u"delete it in the Console"_s)
            && o->reason.contains(u"Network Server"_s),
        qPrintable(o->reason));
    // Stopped at the first failed delete: the IS record stays, so the Console shows it.
    QVERIFY(!m_emulator->device(Reg::Identity, kApp, u"sensor-0001"_s).isEmpty());
    QCOMPARE(run.summary.partlyCreated, 1);
    QVERIFY(!run.summary.completeSuccess());
}

void TstTtsImport::proxyHtml502IsRetried()
{
    m_emulator->failNext(3, 502);
    const ImportRun run = runImport(connection(*m_emulator), fileDevices(otaaFleet(2)));
    QVERIFY2(run.summary.completeSuccess(), qPrintable(run.lines.join(u'\n')));
    QCOMPARE(run.summary.retries, 3);

    TtsConnection c = connection(*m_emulator);
    c.maxRetries = 1;
    m_emulator->failMatching("PUT", u"/js/"_s, 5, 503);
    const ImportRun failing = runImport(c, fileDevices(otaaFleet(1, 10)));
    const TtsImportOutcome *o = failing.outcome(u"sensor-0010"_s);
    QCOMPARE(o->status, TtsImportStatus::Failed);
    QVERIFY(o->retryCanFix()); // TTS unavailable: a retry may do it
    QVERIFY2(o->reason.contains(u"TTS unavailable"_s), qPrintable(o->reason));
    verifyNoLeftovers(*m_emulator, failing);
}

void TstTtsImport::brokenConnectionsAfterTheEffectAreRetried()
{
    // The first answer to every request is cut halfway, after the request took effect: the
    // create (whose repeat then finds its own ID taken), the read-back that settles it, and
    // each registry's set. (A fixed every-nth cut can hit one request on every repeat when
    // calls run concurrently; that is a real failure, not what this test is about.)
    m_emulator->setResetFirstAnswers(true);
    const ImportRun run = runImport(connection(*m_emulator), fileDevices(otaaFleet(6)));
    QVERIFY2(run.summary.completeSuccess(), qPrintable(run.lines.join(u'\n')));
    QVERIFY(run.summary.retries > 0);
    QCOMPARE(m_emulator->deviceCount(Reg::Identity, kApp), 6);
    QCOMPARE(m_emulator->deviceCount(Reg::Application, kApp), 6);
    QCOMPARE(countRequests(*m_emulator, u"DELETE"_s, QString()), 0);
    // Each create was repeated, found its own ID taken and read the device back (twice,
    // the first read being cut too) before it went on.
    QCOMPARE(countRequests(*m_emulator, u"POST"_s, u"/devices"_s), 12);
    QCOMPARE(countRequests(*m_emulator, u"GET"_s, u"/devices/sensor-0004"_s), 2);
}

void TstTtsImport::unknownFrequencyPlanSharedByAllStopsTheImport()
{
    QList<QJsonObject> devices = otaaFleet(12);
    for (QJsonObject &device : devices)
        device.insert(u"frequency_plan_id"_s, u"MARS_868"_s);
    TtsImportOptions options;
    options.concurrency = 1;
    const ImportRun run = runImport(connection(*m_emulator), fileDevices(devices), options);
    QVERIFY2(run.summary.fatal.contains(u"no frequency plan “MARS_868”"_s),
        qPrintable(run.summary.fatal));
    QCOMPARE(run.summary.failed, 1);
    QCOMPARE(run.summary.notImported, 11);
    QCOMPARE(m_emulator->deviceCount(Reg::Identity, kApp), 0); // the one tried was rolled back

    // With mixed plans the others go on.
    devices = otaaFleet(3, 20);
    devices.first().insert(u"frequency_plan_id"_s, u"MARS_868"_s);
    const ImportRun mixed = runImport(connection(*m_emulator), fileDevices(devices));
    QVERIFY(mixed.summary.fatal.isEmpty());
    QCOMPARE(mixed.summary.imported, 2);
    QCOMPARE(mixed.summary.failed, 1);
}

void TstTtsImport::cancelMidImportLeavesNoHalfDevice()
{
    m_emulator->setLatency(15);
    ImportRun run;
    TtsImportJob job(connection(*m_emulator), fileDevices(otaaFleet(30)), {});
    collect(job, run);
    QObject::connect(&job, &TtsImportJob::deviceFinished, &job, [&job, &run] {
        if (run.outcomes.size() == 5)
            job.cancel();
    });
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(run.finished, 60000);
    QVERIFY(run.summary.canceled);
    QCOMPARE(run.outcomes.size(), 30);
    QVERIFY(run.summary.imported >= 5);
    QVERIFY(run.summary.notImported > 0);
    QCOMPARE(run.summary.imported + run.summary.notImported, 30);
    QCOMPARE(m_emulator->deviceCount(Reg::Identity, kApp), run.summary.imported);
    QCOMPARE(m_emulator->deviceCount(Reg::Join, kApp), run.summary.imported);
    verifyNoLeftovers(*m_emulator, run);
}

void TstTtsImport::dryRunWritesNothing()
{
    TtsImportOptions options;
    options.dryRun = true;
    QList<QJsonObject> devices = otaaFleet(2);
    devices << otaaDevice(u"test"_s, 20);
    const ImportRun run = runImport(connection(*m_emulator), fileDevices(devices), options);
    QCOMPARE(run.summary.wouldImport, 3);
    QCOMPARE(m_emulator->writeCount(), 0);
    QCOMPARE(m_emulator->requestCount(), 2);
}

void TstTtsImport::completeExistingRunsStepsTwoToFour()
{
    // An IS record alone (e.g. created in the Console): completing adds the other parts.
    m_emulator->addDevice(kApp, otaaDevice(u"sensor-0001"_s, 1), { Reg::Identity });
    m_emulator->clearRequests();
    TtsImportOptions options;
    options.completeExisting = true;
    const ImportRun run = runImport(connection(*m_emulator), fileDevices(otaaFleet(1)), options);
    QCOMPARE(run.summary.imported, 1);
    QCOMPARE(countRequests(*m_emulator, u"POST"_s, QString()), 0);
    QVERIFY(!m_emulator->device(Reg::Join, kApp, u"sensor-0001"_s).isEmpty());
    QVERIFY(!m_emulator->device(Reg::Application, kApp, u"sensor-0001"_s).isEmpty());
}

void TstTtsImport::partlyCreatedDevicesAreCompletedByTheRerun()
{
    // An earlier run killed (SIGKILL, no rollback) after step 2 of sensor-0001, after step 1
    // of sensor-0002 and an ABP device, and after sensor-0003 was complete.
    const QList<QJsonObject> file
        = { otaaDevice(u"sensor-0001"_s, 1), otaaDevice(u"sensor-0002"_s, 2),
              otaaDevice(u"sensor-0003"_s, 3), abpDevice(u"meter-0001"_s, 9) };
    m_emulator->addDevice(
        kApp, otaaDevice(u"sensor-0001"_s, 1, kApp), { Reg::Identity, Reg::Join });
    m_emulator->addDevice(kApp, otaaDevice(u"sensor-0002"_s, 2, kApp), { Reg::Identity });
    m_emulator->addDevice(kApp, otaaDevice(u"sensor-0003"_s, 3, kApp), kAll);
    m_emulator->addDevice(kApp, abpDevice(u"meter-0001"_s, 9), { Reg::Identity });
    m_emulator->clearRequests();

    const ImportRun run = runImport(connection(*m_emulator), fileDevices(file));
    QVERIFY2(run.summary.completeSuccess(), qPrintable(run.lines.join(u'\n')));
    QCOMPARE(run.summary.completed, 3);
    QCOMPARE(run.summary.imported, 3);
    QCOMPARE(run.summary.alreadyInTts, 1);
    QVERIFY(run.outcome(u"sensor-0001"_s)->completed);
    QCOMPARE(run.outcome(u"sensor-0001"_s)->reason, u"completed (was partly created)"_s);
    QCOMPARE(run.outcome(u"sensor-0003"_s)->status, TtsImportStatus::AlreadyInTts);
    for (const QString &id : { u"sensor-0001"_s, u"sensor-0002"_s, u"sensor-0003"_s })
        for (Reg r : kAll)
            QVERIFY2(!m_emulator->device(r, kApp, id).isEmpty(), qPrintable(id));
    for (Reg r : { Reg::Identity, Reg::Network, Reg::Application })
        QVERIFY(!m_emulator->device(r, kApp, u"meter-0001"_s).isEmpty());
    // Only the missing steps, as upserts; nothing created or deleted anew.
    QCOMPARE(countRequests(*m_emulator, u"POST"_s, QString()), 0);
    QCOMPARE(countRequests(*m_emulator, u"DELETE"_s, QString()), 0);
    QCOMPARE(
        countRequests(*m_emulator, u"PUT"_s, u"/js/applications/target-app/devices/sensor-0001"_s),
        0);
    QCOMPARE(
        countRequests(*m_emulator, u"PUT"_s, u"/ns/applications/target-app/devices/sensor-0001"_s),
        1);
    QCOMPARE(
        countRequests(*m_emulator, u"PUT"_s, u"/js/applications/target-app/devices/sensor-0002"_s),
        1);
    QCOMPARE(
        countRequests(*m_emulator, u"PUT"_s, u"/js/applications/target-app/devices/meter-0001"_s),
        0);
    QCOMPARE(
        countRequests(*m_emulator, u"PUT"_s, u"/applications/target-app/devices/sensor-0003"_s), 0);
    // The completed JS record carries the file's AppKey.
    QVERIFY(QJsonDocument(m_emulator->device(Reg::Join, kApp, u"sensor-0002"_s))
                .toJson()
                .contains("0123456789ABCDEF0123456789ABCDEF"));

    // And the next run finds nothing left to do.
    const ImportRun again = runImport(connection(*m_emulator), fileDevices(file));
    QCOMPARE(again.summary.alreadyInTts, 4);
    QCOMPARE(again.summary.completed, 0);
}

void TstTtsImport::dryRunSaysWhichDevicesWouldBeCompleted()
{
    m_emulator->addDevice(
        kApp, otaaDevice(u"sensor-0001"_s, 1, kApp), { Reg::Identity, Reg::Join });
    m_emulator->addDevice(kApp, otaaDevice(u"sensor-0002"_s, 2, kApp), kAll);
    TtsImportOptions options;
    options.dryRun = true;
    const ImportRun run = runImport(connection(*m_emulator), fileDevices(otaaFleet(3)), options);
    QCOMPARE(run.summary.wouldImport, 2);
    QCOMPARE(run.summary.alreadyInTts, 1);
    QCOMPARE(run.outcome(u"sensor-0001"_s)->status, TtsImportStatus::WouldImport);
    QVERIFY(run.outcome(u"sensor-0001"_s)->reason.contains(u"would be completed"_s));
    QCOMPARE(m_emulator->writeCount(), 0);
    QVERIFY(m_emulator->device(Reg::Network, kApp, u"sensor-0001"_s).isEmpty());
}

void TstTtsImport::unreadableRegistryFailsTheListedDeviceWithoutWrites()
{
    // A read that fails otherwise than 404 says nothing about the device: leave it alone.
    m_emulator->addDevice(kApp, otaaDevice(u"sensor-0001"_s, 1, kApp), { Reg::Identity });
    m_emulator->failMatching("GET", u"/ns/applications/target-app/devices/sensor-0001"_s, 1, 403,
        u"pkg/auth/rights"_s, u"no_application_rights"_s);
    m_emulator->clearRequests();
    const ImportRun run = runImport(connection(*m_emulator), fileDevices(otaaFleet(1)));
    QCOMPARE(run.summary.failed, 1);
    QCOMPARE(m_emulator->writeCount(), 0);
    QVERIFY(!m_emulator->device(Reg::Identity, kApp, u"sensor-0001"_s).isEmpty());
    QVERIFY2(run.outcome(u"sensor-0001"_s)->reason.contains(u"Network Server"_s),
        qPrintable(run.outcome(u"sensor-0001"_s)->reason));
}

void TstTtsImport::noSecretInAnyLogLine()
{
    m_emulator->failMatching("PUT", u"/ns/"_s, 1, 400, u"pkg/networkserver"_s, u"field_value"_s);
    const ImportRun run = runImport(connection(*m_emulator), fileDevices(otaaFleet(2)));
    QVERIFY(!run.lines.isEmpty());
    const QString secret = kKey.section(u'.', 2);
    for (const QString &line : run.lines) {
        QVERIFY2(!line.contains(secret), qPrintable(line));
        QVERIFY2(!line.contains(u"0123456789ABCDEF0123456789ABCDEF"_s), qPrintable(line));
    }
    for (const TtsImportOutcome &o : run.outcomes)
        QVERIFY(!o.reason.contains(secret));
}

QTEST_GUILESS_MAIN(TstTtsImport)
#include "tst_ttsimport.moc"

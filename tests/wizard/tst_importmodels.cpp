// The import and status pages' models, proxy and pure helpers, each model under
// QAbstractItemModelTester: results in file order and in place, what Retry failed takes,
// when the checklist may tick, "how long ago", and the report's new sections.

#include "models/importresultmodel.h"
#include "models/joinstatusmodel.h"
#include "models/rowfilterproxy.h"
#include "pages/statuspage.h"
#include "report/migrationreport.h"
#include "settings/keychain.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
TtsFileDevice fileDevice(int line, const QString &id, bool ok = true)
{
    TtsFileDevice device;
    device.fileName = u"/data/devices.json"_s;
    device.line = line;
    device.deviceId = id;
    device.supportsJoin = true;
    if (!ok)
        device.error = u"not valid JSON"_s;
    return device;
}

TtsImportOutcome outcome(const TtsFileDevice &device, TtsImportStatus status, QString reason = {})
{
    TtsImportOutcome o;
    o.deviceId = device.deviceId;
    o.where = device.where();
    o.status = status;
    o.reason = std::move(reason);
    return o;
}

TtsTrackedDevice tracked(const QString &id, TtsJoinState state, bool withSession = false)
{
    TtsTrackedDevice device;
    device.deviceId = id;
    device.state = state;
    device.withSession = withSession;
    device.createdAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    if (state == TtsJoinState::Joined || state == TtsJoinState::Active)
        device.lastSeenAt = device.createdAt.addSecs(90);
    return device;
}
} // namespace

class TestImportModels : public QObject
{
    Q_OBJECT

private slots:
    void importResultsArriveInPlace()
    {
        ImportResultModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<TtsFileDevice> devices { fileDevice(1, u"a-1"_s), fileDevice(2, u"b-2"_s),
            fileDevice(3, QString(), false), fileDevice(4, u"d-4"_s) };
        model.setDevices(devices);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.counts().pending, 3);
        QCOMPARE(model.counts().failed, 1); // the broken line, from the start
        QCOMPARE(model.index(2, ImportResultModel::DeviceColumn).data().toString(), u"(no ID)"_s);
        QCOMPARE(model.index(2, ImportResultModel::LineColumn).data().toString(), u"3"_s);
        QCOMPARE(model.index(2, ImportResultModel::LineColumn).data(Qt::ToolTipRole).toString(),
            u"/data/devices.json:3"_s);

        // Check: plans, not results.
        model.setOutcome(outcome(devices[0], TtsImportStatus::WouldImport), true);
        model.setOutcome(outcome(devices[1], TtsImportStatus::Failed, u"conflict"_s), true);
        QCOMPARE(ImportResultModel::resultText(model.row(1)), u"will fail"_s);
        QVERIFY(model.rowsToRetry().isEmpty()); // nothing was imported yet
        QCOMPARE(model.outcomes().size(), 1); // the broken line: a real result, not a plan

        // The import: results in place of the plans.
        model.markPending({ devices[0], devices[1], devices[3] });
        QCOMPARE(model.counts().pending, 3);
        model.setOutcome(outcome(devices[0], TtsImportStatus::Imported), false);
        model.setOutcome(outcome(devices[1], TtsImportStatus::Failed, u"conflict"_s), false);
        model.setOutcome(outcome(devices[3], TtsImportStatus::NotImported, u"canceled"_s), false);
        const ImportResultModel::Counts counts = model.counts();
        QCOMPARE(counts.imported, 1);
        QCOMPARE(counts.failed, 3);
        QCOMPARE(counts.pending, 0);
        // Not the broken line, not the conflict (the file must be fixed): the canceled one.
        QCOMPARE(model.rowsToRetry(), (QList<int> { 3 }));
        QCOMPARE(model.rowsNotInTts(), (QList<int> { 1, 2, 3 })); // what "Save failed" writes
        QVERIFY(!model.allInTts());
        QCOMPARE(model.outcomes().size(), 4);

        model.setOutcome(outcome(devices[1], TtsImportStatus::AlreadyInTts), false);
        model.setOutcome(outcome(devices[3], TtsImportStatus::Imported), false);
        QVERIFY(!model.allInTts()); // the broken line is not in TTS
        QCOMPARE(model.rowsToRetry(), QList<int>());
    }

    void everyDeviceInTtsTicksTheChecklist()
    {
        ImportResultModel model;
        const QList<TtsFileDevice> devices { fileDevice(1, u"a-1"_s), fileDevice(2, u"b-2"_s) };
        model.setDevices(devices);
        QVERIFY(!model.allInTts());
        model.setOutcome(outcome(devices[0], TtsImportStatus::Imported), false);
        QVERIFY(!model.allInTts());
        model.setOutcome(outcome(devices[1], TtsImportStatus::AlreadyInTts), false);
        QVERIFY(model.allInTts());
    }

    void proxyFiltersByGroupAndText()
    {
        ImportResultModel model;
        RowFilterProxy proxy(ImportResultModel::SortRole, ImportResultModel::FilterRole);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<TtsFileDevice> devices { fileDevice(1, u"kitchen-1"_s),
            fileDevice(2, u"cellar-2"_s), fileDevice(3, u"kitchen-3"_s) };
        model.setDevices(devices);
        model.setOutcome(outcome(devices[0], TtsImportStatus::Imported), false);
        model.setOutcome(outcome(devices[1], TtsImportStatus::Failed, u"TTS reserves"_s), false);
        proxy.setGroupFilter(int(ImportResultModel::Group::InTts));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setGroupFilter(std::nullopt);
        proxy.setTextFilter(u"KITCHEN"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setTextFilter(u"reserves"_s); // the reason column too
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setTextFilter(QString());
        proxy.setGroupFilter(int(ImportResultModel::Group::Pending));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void joinStatusKeepsRowsAcrossRefreshes()
    {
        JoinStatusModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TtsTrackerSnapshot snapshot;
        snapshot.devices = { tracked(u"a-1"_s, TtsJoinState::Waiting),
            tracked(u"abp-2"_s, TtsJoinState::Joined, true) };
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, JoinStatusModel::StateColumn).data().toString(), u"seen"_s);
        QVERIFY(model.index(0, JoinStatusModel::LastSeenColumn).data().toString().isEmpty());
        QVERIFY(!model.index(1, JoinStatusModel::LastSeenColumn).data().toString().isEmpty());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        snapshot.devices[0] = tracked(u"a-1"_s, TtsJoinState::Active);
        model.setSnapshot(snapshot);
        QCOMPARE(reset.count(), 0); // the same devices: updated in place
        QCOMPARE(model.index(0, JoinStatusModel::StateColumn).data().toString(), u"active"_s);
        snapshot.devices.removeLast();
        model.setSnapshot(snapshot);
        QCOMPARE(reset.count(), 1);
    }

    void everyOtaaJoined_data()
    {
        QTest::addColumn<QList<int>>("states"); // TtsJoinState per OTAA device
        QTest::addColumn<bool>("joined");
        QTest::newRow("all joined or active")
            << QList<int> { int(TtsJoinState::Joined), int(TtsJoinState::Active) } << true;
        QTest::newRow("one waiting")
            << QList<int> { int(TtsJoinState::Joined), int(TtsJoinState::Waiting) } << false;
        QTest::newRow("one not imported")
            << QList<int> { int(TtsJoinState::Active), int(TtsJoinState::NotInTts) } << false;
        QTest::newRow("no OTAA device") << QList<int> {} << false;
    }

    void everyOtaaJoined()
    {
        QFETCH(QList<int>, states);
        QFETCH(bool, joined);
        TtsTrackerSnapshot snapshot;
        for (int i = 0; i < states.size(); ++i)
            snapshot.devices << tracked(u"d-%1"_s.arg(i), TtsJoinState(states.at(i)));
        // A session import that was never heard does not hold the item back.
        snapshot.devices << tracked(u"abp"_s, TtsJoinState::Waiting, true);
        QCOMPARE(StatusPage::everyOtaaJoined(snapshot), joined);
    }

    void agoSaysHowLongAgo()
    {
        const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
        QCOMPARE(JoinStatusModel::ago(now.addSecs(-20), now), u"just now"_s);
        QVERIFY(JoinStatusModel::ago(now.addSecs(-5 * 60), now).startsWith(u"5 min"_s));
        QVERIFY(JoinStatusModel::ago(now.addSecs(-3 * 3600), now).startsWith(u"3 h"_s));
        QVERIFY(JoinStatusModel::ago(now.addDays(-4), now).startsWith(u"4 day"_s));
        QVERIFY(JoinStatusModel::ago(QDateTime(), now).isEmpty());
    }

    void reportHasTheImportAndTheStatus()
    {
        MigrationReport report;
        report.applicationId = u"v2-app"_s;
        report.ttsApplicationId = u"tts-app"_s;
        report.importResults = { outcome(fileDevice(1, u"a-1"_s), TtsImportStatus::Imported),
            outcome(fileDevice(2, u"b|2"_s), TtsImportStatus::Failed, u"ID already in use"_s) };
        report.status.devices = { tracked(u"a-1"_s, TtsJoinState::Joined) };
        report.status.joined = 1;
        report.status.refreshedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        const QString md = report.toMarkdown();
        QVERIFY(md.contains(u"## Import into The Things Stack"_s));
        QVERIFY(md.contains(u"- Application: tts-app"_s));
        QVERIFY(md.contains(u"1 imported, 0 already there, 1 not in The Things Stack."_s));
        QVERIFY(md.contains(u"| b\\|2 | failed | ID already in use |"_s));
        QVERIFY(md.contains(u"## Status in The Things Stack"_s));
        QVERIFY(md.contains(u"| a-1 | joined | 2026-11-30T08:01:30Z |"_s));
        // Without an import, neither section.
        MigrationReport plain;
        QVERIFY(!plain.toMarkdown().contains(u"Import into"_s));
        QVERIFY(!plain.toMarkdown().contains(u"Status in"_s));
    }

    void keychainWordsAndAccounts()
    {
        QCOMPARE(Keychain::v2Account(u"my-app"_s), u"ttnv2/my-app"_s);
        QCOMPARE(Keychain::ttsAccount(u"EU1.Cloud.TheThings.Network"_s, u"app"_s),
            u"tts/eu1.cloud.thethings.network/app"_s);
        Keychain::Result none { Keychain::Outcome::NoService, {}, u"no bus"_s };
        QVERIFY(Keychain::problemText(none).startsWith(u"No system keychain service"_s));
        Keychain::Result locked { Keychain::Outcome::Failed, {}, u"Locked collection"_s };
        QVERIFY(Keychain::problemText(locked).contains(u"Locked collection"_s));
        QVERIFY(Keychain::problemText({ Keychain::Outcome::NotFound, {}, {} }).isEmpty());
    }
};

QTEST_MAIN(TestImportModels)
#include "tst_importmodels.moc"

// The pure parts of the AppKey step for the tts source (#17 item 6): the plan of a tts export
// (the source device is ids.device_id; LoRaWAN 1.1 NwkKeys), the per-device decision on the
// source Join Server's answer (table-driven) with the field-masked Set body, and the journal's
// "source" (an old journal without one is TTN v2's).
#include "appkey/appkeyjournal.h"
#include "appkey/appkeyplan.h"
#include "appkey/appkeys.h"
#include "appkey/appkeystep.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kOriginal = u"0123456789ABCDEF0123456789ABCDEF"_s;
const QString kOther = u"FEDCBA9876543210FEDCBA9876543210"_s;
const QString kNwk = u"00112233445566778899AABBCCDDEEFF"_s;
const QString kOtherNwk = u"FFEEDDCCBBAA99887766554433221100"_s;
const QString kEui = u"0004A30B001C0530"_s;

// A line as the tts source exports it: the source's own IDs, any "name".
QByteArray ttsLine(
    const QString &id, const QString &nwkKey = QString(), const QString &app = u"source-app"_s)
{
    QJsonObject keys { { u"app_key"_s, QJsonObject { { u"key"_s, kOriginal } } } };
    if (!nwkKey.isEmpty())
        keys.insert(u"nwk_key"_s, QJsonObject { { u"key"_s, nwkKey } });
    const QJsonObject device {
        { u"ids"_s,
            QJsonObject { { u"device_id"_s, id },
                { u"application_ids"_s, QJsonObject { { u"application_id"_s, app } } },
                { u"dev_eui"_s, kEui }, { u"join_eui"_s, u"70B3D57ED0000001"_s } } },
        { u"name"_s, u"Kitchen sensor (not an ID)"_s }, { u"supports_join"_s, true },
        { u"root_keys"_s, keys }
    };
    return QJsonDocument(device).toJson(QJsonDocument::Compact);
}

QByteArray jsBody(const QString &appKey, const QString &nwkKey = QString(),
    const QString &devEui = kEui, const QString &devId = u"dev-1"_s)
{
    QJsonObject keys;
    if (!appKey.isEmpty())
        keys.insert(u"app_key"_s, QJsonObject { { u"key"_s, appKey } });
    if (!nwkKey.isEmpty())
        keys.insert(u"nwk_key"_s, QJsonObject { { u"key"_s, nwkKey } });
    QJsonObject device { { u"ids"_s,
        QJsonObject { { u"device_id"_s, devId },
            { u"application_ids"_s, QJsonObject { { u"application_id"_s, u"source-app"_s } } },
            { u"dev_eui"_s, devEui }, { u"join_eui"_s, u"70B3D57ED0000001"_s } } } };
    if (!keys.isEmpty())
        device.insert(u"root_keys"_s, keys);
    return QJsonDocument(device).toJson(QJsonDocument::Compact);
}

AppKeyPlanEntry entry(const QString &nwkKey = QString())
{
    AppKeyPlanEntry e { u"dev-1"_s, kEui, kOriginal, 1, QString() };
    e.nwkKey = nwkKey;
    return e;
}

QString written(const QByteArray &body, const QString &path)
{
    QJsonObject at = QJsonDocument::fromJson(body).object().value(u"end_device"_s).toObject();
    const QStringList parts = path.split(u'.');
    for (qsizetype i = 0; i + 1 < parts.size(); ++i)
        at = at.value(parts.at(i)).toObject();
    return at.value(parts.constLast()).toString();
}

QStringList maskOf(const QByteArray &body)
{
    QStringList paths;
    const QJsonArray array = QJsonDocument::fromJson(body)
                                 .object()
                                 .value(u"field_mask"_s)
                                 .toObject()
                                 .value(u"paths"_s)
                                 .toArray();
    for (const QJsonValue &path : array)
        paths << path.toString();
    return paths;
}
} // namespace

class TstAppKeyTtsLogic : public QObject
{
    Q_OBJECT
private slots:
    void planUsesTheSourceDeviceId();
    void planRefusesAnotherApplication();
    void decide_data();
    void decide();
    void setBodyHasOnlyTheKeys();
    void journalNamesItsSource();
};

void TstAppKeyTtsLogic::planUsesTheSourceDeviceId()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"devices.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ttsLine(u"dev-1"_s) + '\n' + ttsLine(u"dev-11"_s, kNwk) + '\n');
    file.close();
    const AppKeyPlan plan = AppKeyPlan::load(file.fileName(), 2, AppKeySource::Tts);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan.source(), AppKeySource::Tts);
    QCOMPARE(plan.devices().size(), 2);
    QCOMPARE(plan.devices().at(0).v2DeviceId, u"dev-1"_s);
    QVERIFY(plan.devices().at(0).nwkKey.isEmpty());
    QCOMPARE(plan.devices().at(1).v2DeviceId, u"dev-11"_s);
    QCOMPARE(plan.devices().at(1).nwkKey, kNwk);
    // The same file read as TTN v2's: "name" is no v2 ID, so nothing is planned.
    QVERIFY(!AppKeyPlan::load(file.fileName(), 2).ok());
    // A count unlike the export's: nothing changes at the source.
    const AppKeyPlan wrongCount = AppKeyPlan::load(file.fileName(), 3, AppKeySource::Tts);
    QVERIFY(!wrongCount.ok());
    QVERIFY2(wrongCount.error().contains(u"nothing is changed at the source"_s),
        qPrintable(wrongCount.error()));
}

void TstAppKeyTtsLogic::planRefusesAnotherApplication()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"devices.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ttsLine(u"dev-1"_s) + '\n');
    file.close();
    const AppKeyPlan plan = AppKeyPlan::load(file.fileName(), -1, AppKeySource::Tts);
    QVERIFY(plan.applicationProblem(u"source-app"_s).isEmpty());
    QVERIFY(!plan.applicationProblem(u"other-app"_s).isEmpty());
}

void TstAppKeyTtsLogic::decide_data()
{
    QTest::addColumn<int>("action"); // 0 change, 1 restore
    QTest::addColumn<QString>("fileNwk");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind"); // AppKeyDecision::Kind
    QTest::addColumn<QString>("reason"); // part of it
    using K = AppKeyDecision::Kind;
    QTest::newRow("change: original key")
        << 0 << QString() << jsBody(kOriginal) << int(K::Write) << QString();
    QTest::newRow("change: already changed")
        << 0 << QString() << jsBody(kOther) << int(K::Already) << u"already changed"_s;
    QTest::newRow("change: no AppKey in the JS")
        << 0 << QString() << jsBody(QString()) << int(K::Already) << u"no AppKey"_s;
    QTest::newRow("change: 1.1, both keys original")
        << 0 << kNwk << jsBody(kOriginal, kNwk) << int(K::Write) << QString();
    QTest::newRow("restore: changed")
        << 1 << QString() << jsBody(kOther) << int(K::Write) << QString();
    QTest::newRow("restore: original")
        << 1 << QString() << jsBody(kOriginal) << int(K::Already) << u"original AppKey"_s;
    QTest::newRow("restore: 1.1, both changed")
        << 1 << kNwk << jsBody(kOther, kOtherNwk) << int(K::Write) << QString();
    QTest::newRow("restore: 1.1, both original")
        << 1 << kNwk << jsBody(kOriginal, kNwk) << int(K::Already) << u"original AppKey"_s;
    QTest::newRow("another DevEUI")
        << 0 << QString() << jsBody(kOriginal, {}, u"0004A30B00000000"_s) << int(K::Fail)
        << u"DevEUI"_s;
    QTest::newRow("another device") << 1 << QString() << jsBody(kOther, {}, kEui, u"dev-2"_s)
                                    << int(K::Fail) << u"another device (dev-2)"_s;
    QTest::newRow("not a device") << 0 << QString() << QByteArray("<html>") << int(K::Fail)
                                  << u"not a device"_s;
}

void TstAppKeyTtsLogic::decide()
{
    QFETCH(int, action);
    QFETCH(QString, fileNwk);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, reason);
    const AppKeyAction a = action == 0 ? AppKeyAction::Change : AppKeyAction::Restore;
    const AppKeyDecision d = AppKeyStep::decideTts(a, entry(fileNwk), body);
    QCOMPARE(int(d.kind), kind);
    if (!reason.isEmpty())
        QVERIFY2(d.reason.contains(reason), qPrintable(d.reason));
    QVERIFY(!d.reason.contains(u"v2"_s));
    if (d.kind != AppKeyDecision::Kind::Write)
        return;
    const QString appKey = written(d.body, u"root_keys.app_key.key"_s);
    QCOMPARE(appKey, d.targetKey);
    if (a == AppKeyAction::Change) {
        QVERIFY(AppKeys::isValid(appKey));
        QVERIFY(!AppKeys::same(appKey, kOriginal));
    } else {
        QCOMPARE(appKey, kOriginal);
    }
    if (fileNwk.isEmpty()) {
        QCOMPARE(maskOf(d.body), QStringList { u"root_keys.app_key.key"_s });
        return;
    }
    QCOMPARE(
        maskOf(d.body), (QStringList { u"root_keys.app_key.key"_s, u"root_keys.nwk_key.key"_s }));
    const QString nwkKey = written(d.body, u"root_keys.nwk_key.key"_s);
    if (a == AppKeyAction::Change) {
        QVERIFY(AppKeys::isValid(nwkKey));
        QVERIFY(!AppKeys::same(nwkKey, kNwk));
        QVERIFY(!AppKeys::same(nwkKey, appKey));
    } else {
        QCOMPARE(nwkKey, kNwk);
    }
}

void TstAppKeyTtsLogic::setBodyHasOnlyTheKeys()
{
    // A fixed random source: the same bytes make the same key.
    const AppKeys::RandomSource fixed = [] { return QByteArray(16, '\x5a'); };
    const AppKeyDecision d
        = AppKeyStep::decideTts(AppKeyAction::Change, entry(), jsBody(kOriginal), fixed);
    QCOMPARE(int(d.kind), int(AppKeyDecision::Kind::Write));
    const QJsonObject device
        = QJsonDocument::fromJson(d.body).object().value(u"end_device"_s).toObject();
    QCOMPARE(device.keys(), (QStringList { u"ids"_s, u"root_keys"_s }));
    const QJsonObject ids = device.value(u"ids"_s).toObject();
    QCOMPARE(ids.value(u"device_id"_s).toString(), u"dev-1"_s);
    QCOMPARE(ids.value(u"dev_eui"_s).toString(), kEui);
    QCOMPARE(ids.value(u"join_eui"_s).toString(), u"70B3D57ED0000001"_s);
    QCOMPARE(d.targetKey, u"5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A"_s);
}

void TstAppKeyTtsLogic::journalNamesItsSource()
{
    QTemporaryDir dir;
    AppKeyJournal journal(dir.path());
    QVERIFY(journal.begin(
        AppKeyAction::Change, u"source-app"_s, dir.filePath(u"d.json"_s), 1, AppKeySource::Tts));
    QVERIFY(journal.finish(false));
    QCOMPARE(AppKeyJournal::readRun(journal.path()).source, AppKeySource::Tts);
    // A journal from before the source was written down is TTN v2's.
    QFile old(dir.filePath(u"old.json"_s));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(R"({"format":"ttn-lw-migrate appkey journal","version":1,"action":"change",)"
              R"("application_id":"my-app","devices_file":"/x/devices.json","planned":0,)"
              R"("started_at":"2024-01-01T00:00:00.000Z"})"
              "\n");
    old.close();
    const AppKeyJournalRun run = AppKeyJournal::readRun(old.fileName());
    QCOMPARE(run.appId, u"my-app"_s);
    QCOMPARE(run.source, AppKeySource::TtnV2);
}

QTEST_GUILESS_MAIN(TstAppKeyTtsLogic)
#include "tst_appkeyttslogic.moc"

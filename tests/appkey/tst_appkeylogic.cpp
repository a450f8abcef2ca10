// The pure parts of the AppKey step: key helpers, reading the plan back from a devices.json,
// the per-device decision (table-driven), and the journal file format.
#include "appkey/appkeyjournal.h"
#include "appkey/appkeyplan.h"
#include "appkey/appkeys.h"
#include "appkey/appkeystep.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kOriginal = u"0123456789ABCDEF0123456789ABCDEF"_s;
const QString kOther = u"FEDCBA9876543210FEDCBA9876543210"_s;

QByteArray otaaLine(
    const QString &name, const QString &key = kOriginal, const QString &app = u"my-app"_s)
{
    return u"{\"ids\":{\"device_id\":\"%1\",\"application_ids\":{\"application_id\":\"%3\"},"
           "\"dev_eui\":\"0004A30B001C0530\",\"join_eui\":\"70B3D57ED0000001\"},\"name\":\"%1\","
           "\"supports_join\":true,\"root_keys\":{\"app_key\":{\"key\":\"%2\"}}}"_s
               .arg(name, key, app)
               .toUtf8();
}

QByteArray abpLine(const QString &name)
{
    return u"{\"ids\":{\"device_id\":\"%1\",\"application_ids\":{\"application_id\":\"my-app\"}},"
           "\"name\":\"%1\",\"session\":{\"dev_addr\":\"26011234\"}}"_s.arg(name)
               .toUtf8();
}

QByteArray v2Body(const QString &appKey, const QString &devEui = u"0004A30B001C0530"_s,
    const QString &devId = u"dev_1"_s)
{
    const QJsonObject lorawan { { u"app_id"_s, u"my_app"_s }, { u"dev_id"_s, devId },
        { u"dev_eui"_s, devEui }, { u"app_key"_s, appKey }, { u"f_cnt_up"_s, 7 },
        { u"future_field"_s, u"kept"_s } };
    return QJsonDocument(QJsonObject { { u"app_id"_s, u"my_app"_s }, { u"dev_id"_s, devId },
                             { u"description"_s, u"x"_s }, { u"lorawan_device"_s, lorawan } })
        .toJson(QJsonDocument::Compact);
}

AppKeyPlanEntry entry()
{
    return { u"dev_1"_s, u"0004A30B001C0530"_s, kOriginal, 1, QString() };
}
} // namespace

class TstAppKeyLogic : public QObject
{
    Q_OBJECT
private slots:
    void generatedKeysAreFreshHex();
    void fingerprintIsShortAndStable();
    void validKeys_data();
    void validKeys();

    void planReadsOtaaLinesOnly();
    void planErrors_data();
    void planErrors();
    void planChecksApplication();
    void planReadsEveryPartOfASplitExport();

    void decide_data();
    void decide();
    void writeKeepsEveryOtherField();

    void journalRecordsAndSummarises();
    void journalKilledDuringWriteIsUnresolved();
    void laterCompleteRunResolvesEarlierOnes();

private:
    QString writeFile(const QByteArray &content);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TstAppKeyLogic::writeFile(const QByteArray &content)
{
    const QString path = m_dir.filePath(u"devices-%1.json"_s.arg(++m_files));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void TstAppKeyLogic::generatedKeysAreFreshHex()
{
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        const QString key = AppKeys::generate();
        QVERIFY(AppKeys::isValid(key));
        QCOMPARE(key, key.toUpper());
        seen.insert(key);
    }
    QCOMPARE(seen.size(), 50);
    // An all-zero draw is never used (v2 reads it as "no AppKey").
    int calls = 0;
    const QString key = AppKeys::generate(
        [&calls] { return ++calls == 1 ? QByteArray(16, '\0') : QByteArray(16, '\x11'); });
    QCOMPARE(key, u"11111111111111111111111111111111"_s);
}

void TstAppKeyLogic::fingerprintIsShortAndStable()
{
    // SHA-256 of the 16 key bytes, first 8 hex digits.
    QCOMPARE(AppKeys::fingerprint(kOriginal), AppKeys::fingerprint(kOriginal.toLower()));
    QCOMPARE(AppKeys::fingerprint(kOriginal).size(), 8);
    QVERIFY(AppKeys::fingerprint(kOriginal) != AppKeys::fingerprint(kOther));
    QVERIFY(!kOriginal.contains(AppKeys::fingerprint(kOriginal), Qt::CaseInsensitive));
    QCOMPARE(AppKeys::fingerprint(u"00000000000000000000000000000000"_s), u"374708ff"_s);
    QCOMPARE(AppKeys::fingerprint(QString()), QString());
}

void TstAppKeyLogic::validKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("upper") << kOriginal << true;
    QTest::newRow("lower") << kOriginal.toLower() << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("all zero") << u"00000000000000000000000000000000"_s << false;
    QTest::newRow("short") << kOriginal.left(30) << false;
    QTest::newRow("not hex") << u"0123456789ABCDEF0123456789ABCDEG"_s << false;
}

void TstAppKeyLogic::validKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(AppKeys::isValid(key), valid);
}

void TstAppKeyLogic::planReadsOtaaLinesOnly()
{
    const QString path = writeFile(otaaLine(u"dev_1"_s) + "\n" + abpLine(u"abp_1"_s) + "\r\n\n"
        + otaaLine(u"dev-2"_s, kOther.toLower())); // no final newline
    const AppKeyPlan plan = AppKeyPlan::load(path, 3);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan.deviceLines(), 3);
    QCOMPARE(plan.devices().size(), 2);
    QCOMPARE(plan.devices().at(0).v2DeviceId, u"dev_1"_s);
    QCOMPARE(plan.devices().at(0).appKey, kOriginal);
    QCOMPARE(plan.devices().at(0).devEui, u"0004A30B001C0530"_s);
    QCOMPARE(plan.devices().at(1).appKey, kOther); // uppercased
    QCOMPARE(plan.devices().at(1).line, 4);
}

void TstAppKeyLogic::planErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("problem");
    QTest::newRow("count differs") << otaaLine(u"dev_1"_s) + "\n"
                                   << 2 << u"but the export wrote 2"_s;
    QTest::newRow("not JSON") << otaaLine(u"dev_1"_s) + "\n{broken\n"
                              << -1 << u"line 2 is not a device"_s;
    QTest::newRow("twice") << otaaLine(u"dev_1"_s) + "\n" + otaaLine(u"dev_1"_s) << -1
                           << u"appears twice"_s;
    QTest::newRow("bad key") << otaaLine(u"dev_1"_s, u"1234"_s) << -1
                             << u"not a 32-digit hex AppKey"_s;
    QTest::newRow("no name") << otaaLine(u""_s) << -1 << u"not a v2 device ID"_s;
    QTest::newRow("two apps") << otaaLine(u"dev_1"_s) + "\n"
            + otaaLine(u"dev_2"_s, kOriginal, u"b-app"_s)
                              << -1 << u"belongs to application “b-app”"_s;
}

void TstAppKeyLogic::planErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(int, expected);
    QFETCH(QString, problem);
    const AppKeyPlan plan = AppKeyPlan::load(writeFile(content), expected);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().contains(problem), qPrintable(plan.error()));
    QVERIFY(plan.devices().isEmpty()); // a bad file plans nothing at all
    QVERIFY(!plan.error().contains(kOriginal));
}

void TstAppKeyLogic::planChecksApplication()
{
    const AppKeyPlan plan = AppKeyPlan::load(writeFile(otaaLine(u"dev_1"_s)));
    QVERIFY(plan.applicationProblem(u"my_app"_s).isEmpty()); // v2 "my_app" is v3 "my-app"
    QVERIFY(plan.applicationProblem(u"My-App"_s).isEmpty());
    QVERIFY(plan.applicationProblem(u"other"_s).contains(u"“my-app”"_s));
    QVERIFY(!AppKeyPlan::load(m_dir.filePath(u"missing.json"_s)).ok());
}

void TstAppKeyLogic::planReadsEveryPartOfASplitExport()
{
    const QString first = writeFile(otaaLine(u"dev_1"_s) + "\n" + abpLine(u"abp_1"_s) + "\n");
    const QString second = writeFile(otaaLine(u"dev_2"_s, kOther) + "\n");
    const AppKeyPlan plan = AppKeyPlan::load(QStringList { first, second }, 3);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan.paths(), (QStringList { first, second }));
    QCOMPARE(plan.path(), first); // what the journal records
    QCOMPARE(plan.deviceLines(), 3);
    QCOMPARE(plan.devices().size(), 2);
    QCOMPARE(plan.devices().at(1).v2DeviceId, u"dev_2"_s);
    QCOMPARE(plan.devices().at(1).line, 1); // line numbers count per file

    // The parts together must hold what was exported; a device in two parts is an error.
    const AppKeyPlan counted = AppKeyPlan::load(QStringList { first, second }, 4);
    QVERIFY(counted.error().contains(u"but the export wrote 4"_s));
    const QString again = writeFile(otaaLine(u"dev_1"_s) + "\n");
    const AppKeyPlan twice = AppKeyPlan::load(QStringList { first, again });
    QVERIFY2(twice.error().contains(u"appears twice (first in"_s), qPrintable(twice.error()));
    QVERIFY(twice.devices().isEmpty());
    const QString otherApp = writeFile(otaaLine(u"dev_3"_s, kOriginal, u"b-app"_s));
    QVERIFY(!AppKeyPlan::load(QStringList { first, otherApp }).ok());
    QVERIFY(!AppKeyPlan::load(QStringList()).ok());
}

void TstAppKeyLogic::decide_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");
    const int change = int(AppKeyAction::Change);
    const int restore = int(AppKeyAction::Restore);
    const int write = int(AppKeyDecision::Kind::Write);
    const int already = int(AppKeyDecision::Kind::Already);
    const int fail = int(AppKeyDecision::Kind::Fail);
    QTest::newRow("change: original key") << change << v2Body(kOriginal) << write << QString();
    QTest::newRow("change: original, lowercase")
        << change << v2Body(kOriginal.toLower()) << write << QString();
    QTest::newRow("change: already changed")
        << change << v2Body(kOther) << already << u"already changed"_s;
    QTest::newRow("change: no key in v2")
        << change << v2Body(QString()) << already << u"no AppKey"_s;
    QTest::newRow("restore: changed key") << restore << v2Body(kOther) << write << QString();
    QTest::newRow("restore: no key in v2") << restore << v2Body(QString()) << write << QString();
    QTest::newRow("restore: original") << restore << v2Body(kOriginal) << already << u"original"_s;
    QTest::newRow("other DevEUI") << change << v2Body(kOriginal, u"0004A30B00000099"_s) << fail
                                  << u"DevEUI"_s;
    QTest::newRow("other device") << restore << v2Body(kOther, u"0004A30B001C0530"_s, u"dev_2"_s)
                                  << fail << u"another device"_s;
    QTest::newRow("not a device") << change << QByteArray("{\"error\":\"x\"}") << fail
                                  << u"not a device"_s;
    QTest::newRow("garbage") << change << QByteArray("{\"lorawan") << fail << u"not a device"_s;
}

void TstAppKeyLogic::decide()
{
    QFETCH(int, action);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, reason);
    const AppKeyDecision decision = AppKeyStep::decide(AppKeyAction(action), entry(), body);
    QCOMPARE(int(decision.kind), kind);
    QVERIFY2(decision.reason.contains(reason), qPrintable(decision.reason));
    QVERIFY(!decision.reason.contains(kOriginal) && !decision.reason.contains(kOther));
    if (decision.kind != AppKeyDecision::Kind::Write) {
        QVERIFY(decision.body.isEmpty());
        return;
    }
    const QString written = QJsonDocument::fromJson(decision.body)
                                .object()
                                .value("lorawan_device"_L1)
                                .toObject()
                                .value("app_key"_L1)
                                .toString();
    QCOMPARE(written, decision.targetKey);
    if (AppKeyAction(action) == AppKeyAction::Restore) {
        QCOMPARE(written, kOriginal);
    } else {
        QVERIFY(AppKeys::isValid(written));
        QVERIFY(!AppKeys::same(written, kOriginal));
    }
}

void TstAppKeyLogic::writeKeepsEveryOtherField()
{
    const QByteArray body = v2Body(kOriginal);
    // An injected source that first returns the original key: never written back.
    int calls = 0;
    const AppKeyDecision decision
        = AppKeyStep::decide(AppKeyAction::Change, entry(), body, [&calls] {
              return ++calls == 1 ? QByteArray::fromHex(kOriginal.toLatin1())
                                  : QByteArray(16, '\x5a');
          });
    QCOMPARE(decision.targetKey, u"5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A"_s);
    QJsonObject expected = QJsonDocument::fromJson(body).object();
    QJsonObject lorawan = expected.value("lorawan_device"_L1).toObject();
    lorawan.insert(u"app_key"_s, decision.targetKey);
    expected.insert(u"lorawan_device"_s, lorawan);
    QCOMPARE(QJsonDocument::fromJson(decision.body).object(), expected); // unknown fields too
}

void TstAppKeyLogic::journalRecordsAndSummarises()
{
    const QString dir = m_dir.filePath(u"journal-a"_s);
    AppKeyJournal journal(dir);
    QVERIFY2(journal.begin(AppKeyAction::Change, u"my_app"_s, u"devices.json"_s, 3),
        qPrintable(journal.errorString()));
    const QString fpOld = AppKeys::fingerprint(kOriginal);
    const QString fpNew = AppKeys::fingerprint(kOther);
    QVERIFY(journal.record({ u"a"_s, AppKeyJournalEntry::State::Pending, {}, fpOld, fpNew, {} }));
    QVERIFY(journal.record({ u"a"_s, AppKeyJournalEntry::State::Done, {}, fpOld, fpNew, {} }));
    QVERIFY(journal.record(
        { u"b"_s, AppKeyJournalEntry::State::Already, {}, fpNew, {}, u"already"_s }));
    QVERIFY(journal.record({ u"c"_s, AppKeyJournalEntry::State::Failed, {}, {}, {},
        u"key "_s + kOriginal + u" leaked?"_s }));
    QVERIFY(journal.finish(false));
    QVERIFY(QFileInfo(journal.path()).fileName().startsWith(u"my_app-"_s));
    QVERIFY(journal.path().endsWith(u"-change.json"_s));

    const AppKeyJournalRun run = AppKeyJournal::readRun(journal.path());
    QCOMPARE(run.appId, u"my_app"_s);
    QCOMPARE(run.action, AppKeyAction::Change);
    QCOMPARE(run.planned, 3);
    QCOMPARE(run.done, 1);
    QCOMPARE(run.already, 1);
    QCOMPARE(run.failed, 1);
    QCOMPARE(run.pending, 0);
    QVERIFY(run.finished());
    QVERIFY(!run.complete());
    QCOMPARE(run.newKeyFingerprints, QSet<QString> { fpNew });
    QCOMPARE(AppKeyJournal::generatedKeyFingerprints(dir, u"my_app"_s), QSet<QString> { fpNew });
    QVERIFY(AppKeyJournal::generatedKeyFingerprints(dir, u"other"_s).isEmpty());

    QFile file(journal.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY2(!content.contains(kOriginal.toUtf8()), "a reason carried a key into the journal");
    QCOMPARE(content.count('\n'), 6); // header, four entries, closing line
}

void TstAppKeyLogic::journalKilledDuringWriteIsUnresolved()
{
    const QString dir = m_dir.filePath(u"journal-b"_s);
    {
        AppKeyJournal journal(dir);
        QVERIFY(journal.begin(AppKeyAction::Change, u"my_app"_s, u"devices.json"_s, 2));
        QVERIFY(journal.record(
            { u"a"_s, AppKeyJournalEntry::State::Pending, {}, u"11111111"_s, u"22222222"_s, {} }));
        // Killed here: no answer, no closing line. A torn last line is ignored.
    }
    const QStringList names = QDir(dir).entryList(QDir::Files);
    QCOMPARE(names.size(), 1);
    QFile torn(QDir(dir).filePath(names.first()));
    QVERIFY(torn.open(QIODevice::Append));
    torn.write("{\"dev_id\":\"b\",\"sta");
    torn.close();
    const QList<AppKeyJournalRun> open = AppKeyJournal::unresolvedRuns(dir);
    QCOMPARE(open.size(), 1);
    QVERIFY(!open.first().finished());
    QCOMPARE(open.first().pending, 1);
    // The key being written when the run died counts as generated: it may be in v2 now.
    QVERIFY(AppKeyJournal::generatedKeyFingerprints(dir, u"my_app"_s).contains(u"22222222"_s));
}

void TstAppKeyLogic::laterCompleteRunResolvesEarlierOnes()
{
    const QString dir = m_dir.filePath(u"journal-c"_s);
    AppKeyJournal first(dir);
    QVERIFY(first.begin(AppKeyAction::Change, u"my_app"_s, u"devices.json"_s, 2));
    QVERIFY(first.record({ u"a"_s, AppKeyJournalEntry::State::Done, {}, {}, {}, {} }));
    QVERIFY(first.finish(true));
    QCOMPARE(AppKeyJournal::unresolvedRuns(dir).size(), 1);
    QTest::qWait(5); // a later start time

    AppKeyJournal other(dir); // another file does not settle it
    QVERIFY(other.begin(AppKeyAction::Restore, u"my_app"_s, u"other.json"_s, 0));
    QVERIFY(other.finish(false));
    QCOMPARE(AppKeyJournal::unresolvedRuns(dir).size(), 1);

    AppKeyJournal undo(dir); // a complete restore of the same file does
    QVERIFY(undo.begin(AppKeyAction::Restore, u"my_app"_s, u"devices.json"_s, 2));
    QVERIFY(undo.record({ u"a"_s, AppKeyJournalEntry::State::Done, {}, {}, {}, {} }));
    QVERIFY(undo.record({ u"b"_s, AppKeyJournalEntry::State::Already, {}, {}, {}, {} }));
    QVERIFY(undo.finish(false));
    QVERIFY(AppKeyJournal::unresolvedRuns(dir).isEmpty());
    QCOMPARE(AppKeyJournal::readRuns(dir).size(), 3);
    QCOMPARE(AppKeyJournal::readRuns(dir, u"nope"_s).size(), 0);
}

QTEST_GUILESS_MAIN(TstAppKeyLogic)
#include "tst_appkeylogic.moc"

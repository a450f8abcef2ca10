// The Things Stack's import rules on the command line, as a real process against a v2
// emulator: a device TTS refuses is failed with the rule and the flag that repairs it, the
// repairs (--dev-id-map, --drop-invalid-attributes) work, every export is pure ASCII, and
// --split writes parts the Console takes.
#include "clifixture.h"
#include "cliprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray diagnostics(const CliRun &run)
{
    return "exit " + QByteArray::number(run.exitCode) + "\nstderr:\n" + run.err + "\nstdout:\n"
        + run.out.left(2000);
}

QJsonObject otaaV2Device(const QString &devId, const QString &devEui)
{
    return QJsonObject {
        { u"app_id"_s, CliFixture::appId },
        { u"dev_id"_s, devId },
        { u"lorawan_device"_s,
            QJsonObject { { u"app_id"_s, CliFixture::appId }, { u"dev_id"_s, devId },
                { u"app_eui"_s, u"70B3D57ED0000001"_s }, { u"dev_eui"_s, devEui },
                { u"app_key"_s, u"00112233445566778899AABBCCDDEEFF"_s } } },
    };
}

QJsonObject objectOf(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object();
}

QString deviceIdOf(const QJsonObject &device)
{
    return device.value(u"ids"_s).toObject().value(u"device_id"_s).toString();
}

// Counted nouns are "device(s)" until the English translation gives their plural forms.
bool matches(const QByteArray &text, const QString &pattern)
{
    return QRegularExpression(pattern).match(QString::fromUtf8(text)).hasMatch();
}

bool isPureAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliImportRules : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void reservedIdFailsWithTheRepair();
    void devIdMapRenames();
    void renameCreatesACollision();
    void badMapIsAUsageError_data();
    void badMapIsAUsageError();
    void attributesDroppedOnRequest();
    void abpSessionHasNoSessionKeyId();
    void exportIsPureAscii();
    void unsupportedBandIsAUsageError();
    void largeExportWarnsAndSplits();
    void splitNeedsAnOutputFile();

private:
    QString writeMap(const QByteArray &content);
    std::unique_ptr<CliFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliImportRules::init()
{
    QVERIFY2(QFile::exists(CliTest::binary()), qPrintable(CliTest::binary()));
    m_fixture = std::make_unique<CliFixture>();
    QVERIFY(m_fixture->listening());
    m_fixture->emulator().setRateLimit(0);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliImportRules::cleanup()
{
    m_fixture.reset();
    m_dir.reset();
}

QString TestCliImportRules::writeMap(const QByteArray &content)
{
    const QString path = m_dir->filePath(u"ids.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(content);
    return path;
}

void TestCliImportRules::reservedIdFailsWithTheRepair()
{
    QVERIFY(m_fixture->emulator().addDevice(
        CliFixture::appId, otaaV2Device(u"test"_s, u"0004A30B000000AA"_s)));
    const CliRun run
        = CliTest::run({ u"device"_s, u"--source"_s, u"ttnv2"_s, u"test"_s, u"otaa-one"_s },
            m_fixture->environment());
    QVERIFY2(run.finished && run.exitCode == 3, diagnostics(run));
    QCOMPARE(run.outLines().size(), 1); // only otaa-one
    QCOMPARE(deviceIdOf(objectOf(run.outLines().constFirst())), u"otaa-one"_s);
    QVERIFY2(
        run.err.contains("failed test: The Things Stack reserves the device ID \"test\""), run.err);
    QVERIFY2(run.err.contains("give the device another ID (--dev-id-map FILE)"), run.err);
    QVERIFY2(run.err.contains("1 exported, 0 skipped, 1 failed of 2 requested"), run.err);
    QVERIFY2(run.err.contains("ready for import into The Things Stack: 1 device"), run.err);
    QVERIFY2(matches(run.err,
                 u"refused by The Things Stack's import rules, not exported: 1 device(\\(s\\))?\n"
                 "  test: The Things Stack reserves"_s),
        run.err);
}

void TestCliImportRules::devIdMapRenames()
{
    QVERIFY(m_fixture->emulator().addDevice(
        CliFixture::appId, otaaV2Device(u"test"_s, u"0004A30B000000AA"_s)));
    const QString map = writeMap("# new IDs\ntest,test-sensor\r\n");
    const CliRun run = CliTest::run({ u"ttnv2"_s, u"device"_s, u"test"_s, u"--dev-id-map"_s, map,
                                        u"--dev-id-prefix"_s, u"site"_s },
        m_fixture->environment());
    QVERIFY2(run.finished && run.exitCode == 0, diagnostics(run));
    const QJsonObject device = objectOf(run.outLines().constFirst());
    QCOMPARE(deviceIdOf(device), u"test-sensor"_s); // a chosen ID gets no prefix
    QCOMPARE(device.value(u"name"_s).toString(), u"test"_s);
    QCOMPARE(device.value(u"attributes"_s).toObject().value(u"old-id"_s).toString(), u"test"_s);
    QVERIFY2(run.err.contains("ready for import into The Things Stack: 1 device"), run.err);
}

void TestCliImportRules::renameCreatesACollision()
{
    // otaa_joined becomes otaa-joined; giving otaa-one that ID too makes two devices with one
    // ID. otaa-one comes first (by dev_id) and keeps it; otaa_joined fails, naming otaa-one.
    // A mapped device the export does not have is reported, not fatal.
    const QString map = writeMap("otaa-one,otaa-joined\nnot-in-v2,other-id\n");
    const CliRun run = CliTest::run(
        { u"application"_s, u"--source"_s, u"ttnv2"_s, CliFixture::appId, u"--dev-id-map"_s, map },
        m_fixture->environment());
    QVERIFY2(run.finished && run.exitCode == 3, diagnostics(run));
    QCOMPARE(run.outLines().size(), 1);
    const QJsonObject device = objectOf(run.outLines().constFirst());
    QCOMPARE(deviceIdOf(device), u"otaa-joined"_s);
    QCOMPARE(device.value(u"name"_s).toString(), u"otaa-one"_s);
    QVERIFY2(run.err.contains("failed otaa_joined: device otaa-one of this export already has "
                              "the device ID \"otaa-joined\""),
        run.err);
    QVERIFY2(run.err.contains("(--dev-id-map FILE)"), run.err);
    QVERIFY2(run.err.contains("warning: --dev-id-map names not-in-v2, which is not a device of "
                              "this export"),
        run.err);
}

void TestCliImportRules::badMapIsAUsageError_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("reserved new ID") << QByteArray("otaa-one,device\n") << u"line 1"_s;
    QTest::newRow("invalid new ID") << QByteArray("otaa-one,Otaa_One\n") << u"Otaa_One"_s;
    QTest::newRow("same new ID twice")
        << QByteArray("otaa-one,xyz-1\notaa_joined,xyz-1\n") << u"already the new ID"_s;
    QTest::newRow("not a pair") << QByteArray("otaa-one\n") << u"v2-device-id,v3-device-id"_s;
}

void TestCliImportRules::badMapIsAUsageError()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const CliRun run = CliTest::run({ u"application"_s, u"--source"_s, u"ttnv2"_s,
                                        CliFixture::appId, u"--dev-id-map"_s, writeMap(content) },
        m_fixture->environment());
    QVERIFY2(run.finished && run.exitCode == 2, diagnostics(run));
    QVERIFY2(run.err.startsWith("ttn-lw-migrate: --dev-id-map "), run.err);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err);
    QCOMPARE(run.errLines().size(), 1);
    QCOMPARE(m_fixture->emulator().requestCount(), 0); // nothing was asked of v2
}

void TestCliImportRules::attributesDroppedOnRequest()
{
    QJsonObject many = otaaV2Device(u"many-attributes"_s, u"0004A30B000000BB"_s);
    QJsonObject attributes;
    for (int i = 1; i <= 11; ++i)
        attributes.insert(u"attr-%1"_s.arg(i, 2, 10, QLatin1Char('0')), u"value %1"_s.arg(i));
    many.insert(u"attributes"_s, attributes);
    QVERIFY(m_fixture->emulator().addDevice(CliFixture::appId, many));
    const QStringList arguments = { u"ttnv2"_s, u"device"_s, u"many-attributes"_s, u"--verbose"_s };

    const CliRun refused = CliTest::run(arguments, m_fixture->environment());
    QVERIFY2(refused.finished && refused.exitCode == 3, diagnostics(refused));
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains("failed many-attributes: the device has 11 attributes; The "
                                  "Things Stack allows at most 10"),
        refused.err);
    QVERIFY2(refused.err.contains("(--drop-invalid-attributes)"), refused.err);

    const CliRun run = CliTest::run(
        QStringList(arguments) << u"--drop-invalid-attributes"_s, m_fixture->environment());
    QVERIFY2(run.finished && run.exitCode == 0, diagnostics(run));
    const QJsonObject exported
        = objectOf(run.outLines().constFirst()).value(u"attributes"_s).toObject();
    QCOMPARE(exported.size(), 10);
    QVERIFY(!exported.contains(u"attr-11"_s));
    QVERIFY2(run.err.contains("warning many-attributes: attributes The Things Stack refuses were "
                              "dropped: \"attr-11\" (more than 10 attributes)"),
        run.err);
    QVERIFY(!run.err.contains("value 11")); // keys are named, values never
}

void TestCliImportRules::abpSessionHasNoSessionKeyId()
{
    const CliRun run = CliTest::run({ u"application"_s, u"--source"_s, u"ttnv2"_s,
                                        CliFixture::appId, u"--ttnv2.with-session=true"_s },
        m_fixture->environment());
    QVERIFY2(run.finished && run.exitCode == 0, diagnostics(run));
    QCOMPARE(run.outLines().size(), 3);
    const QJsonObject abp = objectOf(run.outLines().at(0));
    QCOMPARE(deviceIdOf(abp), u"abp-meter"_s);
    QVERIFY(!abp.value(u"supports_join"_s).toBool());
    const QJsonObject abpKeys = abp.value(u"session"_s).toObject().value(u"keys"_s).toObject();
    QVERIFY(abpKeys.contains(u"f_nwk_s_int_key"_s));
    QVERIFY(!abpKeys.contains(u"session_key_id"_s));
    QVERIFY(!run.outLines().at(0).contains("session_key_id"));
    // An OTAA device exported with its session keeps one.
    const QJsonObject otaa = objectOf(run.outLines().at(2));
    QVERIFY(otaa.value(u"session"_s)["keys"_L1].toObject().contains(u"session_key_id"_s));
    QVERIFY2(run.err.contains("ready for import into The Things Stack: 3 device"), run.err);
}

// A whole-application export whose first accented description is far down: every byte is
// ASCII, so the Console reads it the same whatever encoding it guesses, and the text comes back.
void TestCliImportRules::exportIsPureAscii()
{
    for (int i = 0; i < 12; ++i) {
        QVERIFY(m_fixture->emulator().addDevice(CliFixture::appId,
            otaaV2Device(u"plain-%1"_s.arg(i, 2, 10, QLatin1Char('0')),
                u"0004A30B000001%1"_s.arg(i, 2, 10, QLatin1Char('0')))));
    }
    QJsonObject accented = otaaV2Device(u"zz-zaehler"_s, u"0004A30B000002FF"_s);
    const QString text = u"Z\u00e4hler \u2013 K\u00fchlraum S\u00fcd \U0001F321"_s;
    accented.insert(u"description"_s, text);
    QVERIFY(m_fixture->emulator().addDevice(CliFixture::appId, accented));
    const QString path = m_dir->filePath(u"devices.json"_s);
    const CliRun run = CliTest::run(
        { u"application"_s, u"--source"_s, u"ttnv2"_s, CliFixture::appId, u"-o"_s, path },
        m_fixture->environment());
    QVERIFY2(run.finished && run.exitCode == 3, diagnostics(run)); // abp-meter is skipped
    const QByteArray bytes = readFile(path);
    QVERIFY(bytes.size() > 4096);
    QVERIFY(isPureAscii(bytes));
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.indexOf("Z\\u00e4hler") > 1024);
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    QCOMPARE(objectOf(lines.last()).value(u"description"_s).toString(), text);
    QCOMPARE(objectOf(lines.last()).value(u"name"_s).toString(), u"zz-zaehler"_s);
    // otaa_joined's "Kühlraum Süd" too, and stdout exports are no different.
    QVERIFY(bytes.contains("K\\u00fchlraum S\\u00fcd"));
    const CliRun toStdout
        = CliTest::run({ u"application"_s, u"--source"_s, u"ttnv2"_s, CliFixture::appId },
            m_fixture->environment());
    QCOMPARE(toStdout.out, bytes);
}

void TestCliImportRules::unsupportedBandIsAUsageError()
{
    const CliRun run
        = CliTest::run({ u"application"_s, u"--source"_s, u"ttnv2"_s, CliFixture::appId,
                           u"--ttnv2.frequency-plan-id"_s, u"AS_923_2"_s },
            m_fixture->environment());
    QVERIFY2(run.finished && run.exitCode == 2, diagnostics(run));
    QVERIFY2(run.err.contains("AS_923_2"), run.err);
    QVERIFY2(run.err.contains("PHY_V1_0_2_REV_B"), run.err);
    QCOMPARE(m_fixture->emulator().requestCount(), 0);
}

// 36,000 devices make about 17 MiB: the Console would refuse the single file. With --split the
// same export comes in parts of at most 10 MiB that hold every device exactly once.
void TestCliImportRules::largeExportWarnsAndSplits()
{
    const QString bigApp = u"big-app"_s;
    m_fixture->emulator().addApplication(bigApp, CliFixture::accessKey);
    m_fixture->emulator().generate(bigApp, 36000);
    QProcessEnvironment environment = m_fixture->environment();
    environment.insert(u"TTNV2_APP_ID"_s, bigApp);
    const QString single = m_dir->filePath(u"devices.json"_s);
    const CliRun whole = CliTest::run(
        { u"ttnv2"_s, u"application"_s, bigApp, u"-o"_s, single }, environment, {}, 120000);
    QVERIFY2(whole.finished && whole.exitCode == 0, diagnostics(whole));
    const qint64 wholeSize = QFileInfo(single).size();
    QVERIFY2(wholeSize >= 16 * 1024 * 1024, qPrintable(QString::number(wholeSize)));
    QVERIFY2(
        whole.err.contains("The Things Stack Console refuses files of 16 MiB or more"), whole.err);
    QVERIFY2(whole.err.contains("--split"), whole.err);

    const QString parts = m_dir->filePath(u"parts/devices.json"_s);
    QVERIFY(QDir(m_dir->path()).mkdir(u"parts"_s));
    const CliRun split
        = CliTest::run({ u"ttnv2"_s, u"application"_s, bigApp, u"--split"_s, u"-o"_s, parts },
            environment, {}, 120000);
    QVERIFY2(split.finished && split.exitCode == 0, diagnostics(split));
    QVERIFY2(!split.err.contains("refuses files"), split.err);
    const QStringList names
        = QDir(m_dir->filePath(u"parts"_s)).entryList({ u"devices-*"_s }, QDir::Files, QDir::Name);
    QCOMPARE(names, (QStringList { u"devices-001.json"_s, u"devices-002.json"_s }));
    // The payload formatters once, beside the name the parts are made from (#19).
    QCOMPARE(QDir(m_dir->filePath(u"parts"_s)).entryList(QDir::Files).size(), 3);
    QVERIFY(QFile::exists(m_dir->filePath(u"parts/devices.formatters.json"_s)));
    QVERIFY2(matches(split.err,
                 u"wrote 36,?000 device(s|\\(s\\)) to 2 files?(\\(s\\))? of at most 10 MiB"_s),
        split.err);
    QByteArray joined;
    for (const QString &name : names) {
        const QByteArray part = readFile(m_dir->filePath(u"parts/"_s + name));
        QVERIFY(part.size() <= 10 * 1024 * 1024);
        QVERIFY(part.endsWith('\n'));
        QVERIFY2(split.err.contains(name.toUtf8()), split.err); // every part is named
        joined += part;
    }
    // The same devices in the same order as the single file (sessions aside: none here).
    QCOMPARE(joined.size(), wholeSize);
    QCOMPARE(joined.count('\n'), 36000);
    QCOMPARE(joined, readFile(single));
}

void TestCliImportRules::splitNeedsAnOutputFile()
{
    const CliRun run
        = CliTest::run({ u"ttnv2"_s, u"application"_s, CliFixture::appId, u"--split"_s },
            m_fixture->environment());
    QVERIFY2(run.finished && run.exitCode == 2, diagnostics(run));
    QVERIFY2(run.err.contains("--split needs -o FILE"), run.err);
    const CliRun tooBig
        = CliTest::run({ u"ttnv2"_s, u"application"_s, CliFixture::appId, u"--split-size"_s,
                           u"16"_s, u"-o"_s, m_dir->filePath(u"d.json"_s) },
            m_fixture->environment());
    QVERIFY2(tooBig.finished && tooBig.exitCode == 2, diagnostics(tooBig));
    QVERIFY2(tooBig.err.contains("below 16"), tooBig.err);
}

QTEST_GUILESS_MAIN(TestCliImportRules)
#include "tst_cliimportrules.moc"

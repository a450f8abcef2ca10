// Unit tests of what the command line checks before any request, and of its stderr lines.

#include "cliparser.h"
#include "clivalidator.h"
#include "outcomereport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
CliConfig validConfig()
{
    CliConfig config;
    config.command = CliCommand::Device;
    config.positionals = { u"dev-1"_s };
    config.appId = u"app-1"_s;
    config.accessKey = u"ttn-account-v2.unit-test-key"_s;
    config.frequencyPlanId = u"EU_863_870_TTN"_s;
    config.handlerAddress = u"http://127.0.0.1:8084"_s;
    return config;
}
} // namespace

class TestCliValidator : public QObject
{
    Q_OBJECT
private slots:
    void validConfigBecomesRequest();
    void problems_data();
    void problems();
    void addresses_data();
    void addresses();
    void deviceLines();
    void summaryLines();
    void importRuleOptions();
    void importLines();
};

void TestCliValidator::validConfigBecomesRequest()
{
    CliConfig config = validConfig();
    config.withSession = true;
    config.devIdPrefix = u"site"_s;
    config.requestsPerSecond = 2;
    config.timeoutMs = 1500;
    const CliValidation validation = CliValidator::validate(config);
    QVERIFY2(validation.ok(), qPrintable(validation.usageError));
    const ExportRequest &request = validation.request;
    QCOMPARE(int(request.scope), int(ExportScope::SingleDevice));
    QCOMPARE(request.deviceIds, QStringList { u"dev-1"_s });
    QCOMPARE(request.connection.appId, u"app-1"_s);
    QCOMPARE(request.connection.accessKey, u"ttn-account-v2.unit-test-key"_s);
    QCOMPARE(request.connection.handlerUrl, QUrl(u"http://127.0.0.1:8084"_s));
    QVERIFY(request.connection.discoveryUrl.isEmpty());
    QCOMPARE(request.connection.requestsPerSecond, 2.0);
    QCOMPARE(request.connection.timeoutMs, 1500);
    QCOMPARE(request.options.frequencyPlanId, u"EU_863_870_TTN"_s);
    QCOMPARE(request.options.withSession, true);
    QCOMPARE(request.options.devIdPrefix, u"site"_s);
    QVERIFY(request.options.exportTime.isValid());

    config.command = CliCommand::Application;
    config.positionals = { u"positional-app"_s };
    const CliValidation application = CliValidator::validate(config);
    QVERIFY(application.ok());
    QCOMPARE(int(application.request.scope), int(ExportScope::Application));
    QCOMPARE(application.request.connection.appId, u"positional-app"_s); // the argument wins
}

void TestCliValidator::problems_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expectedPart");
    QTest::newRow("no plan") << u"plan="_s << u"FREQUENCY_PLAN_ID (e.g. EU_863_870_TTN)"_s;
    QTest::newRow("unknown plan") << u"plan=EU_863_870_TNN"_s << u"did you mean EU_863_870_TTN"_s;
    QTest::newRow("no key") << u"key="_s << u"TTNV2_APP_ACCESS_KEY"_s;
    QTest::newRow("no app id") << u"app="_s << u"--ttnv2.app-id or set TTNV2_APP_ID"_s;
    QTest::newRow("two applications") << u"apps=a,b"_s << u"one application at a time"_s;
    QTest::newRow("no address") << u"handler="_s << u"TTNV2_DISCOVERY_SERVER_ADDRESS"_s;
    QTest::newRow("bad address") << u"handler=ftp://x"_s << u"invalid handler address"_s;
    QTest::newRow("bad discovery")
        << u"discovery=http://"_s << u"invalid discovery server address"_s;
    QTest::newRow("missing CA") << u"ca=/nonexistent/ca.pem"_s << u"/nonexistent/ca.pem"_s;
    QTest::newRow("output folder missing")
        << u"output=/nonexistent-dir/devices.json"_s << u"/nonexistent-dir/devices.json"_s;
    QTest::newRow("plan whose band lacks 1.0.2 rev B")
        << u"plan=AS_923_3_DT"_s << u"regional parameters PHY_V1_0_2_REV_B"_s;
    QTest::newRow("split without -o") << u"split=0"_s << u"--split needs -o FILE"_s;
    QTest::newRow("split of 16 MiB") << u"split=16"_s << u"below 16"_s;
    QTest::newRow("split below 1 MiB") << u"split=0.5"_s << u"at least 1"_s;
    QTest::newRow("missing map") << u"map=/nonexistent/ids.csv"_s << u"cannot read"_s;
    QTest::newRow("prefix with a space") << u"prefix=site 1"_s << u"--dev-id-prefix"_s;
    QTest::newRow("prefix ending in -") << u"prefix=site-"_s << u"--dev-id-prefix"_s;
    QTest::newRow("prefix of 34") << u"prefix="_s + QString(34, u'a') << u"at most 33"_s;
}

void TestCliValidator::problems()
{
    QFETCH(QString, change);
    QFETCH(QString, expectedPart);
    CliConfig config = validConfig();
    const QString what = change.section(u'=', 0, 0);
    const QString value = change.section(u'=', 1);
    if (what == u"plan")
        config.frequencyPlanId = value;
    else if (what == u"key")
        config.accessKey = value;
    else if (what == u"app")
        config.appId = value;
    else if (what == u"apps") {
        config.command = CliCommand::Application;
        config.positionals = value.split(u',');
    } else if (what == u"handler")
        config.handlerAddress = value;
    else if (what == u"discovery") {
        config.handlerAddress.clear();
        config.discoveryAddress = value;
    } else if (what == u"ca")
        config.caCertPath = value;
    else if (what == u"output")
        config.outputPath = value;
    else if (what == u"split") {
        config.split = true;
        config.splitSizeMiB = value.toDouble();
        if (config.splitSizeMiB > 0)
            config.outputPath = QDir::temp().filePath(u"devices.json"_s);
    } else if (what == u"map")
        config.devIdMapPath = value;
    else if (what == u"prefix")
        config.devIdPrefix = value;
    const CliValidation validation = CliValidator::validate(config);
    QVERIFY(!validation.ok());
    QVERIFY2(validation.usageError.contains(expectedPart), qPrintable(validation.usageError));
    QVERIFY(!validation.usageError.contains(u"unit-test-key"_s));
}

void TestCliValidator::addresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("http") << u"http://eu.thethings.network:8084"_s
                          << u"http://eu.thethings.network:8084"_s;
    QTest::newRow("https") << u"https://v2.example.com"_s << u"https://v2.example.com"_s;
    QTest::newRow("no scheme means http")
        << u"eu.thethings.network:8084"_s << u"http://eu.thethings.network:8084"_s;
    QTest::newRow("loopback") << u"127.0.0.1:9000"_s << u"http://127.0.0.1:9000"_s;
    QTest::newRow("empty port") << u"http://127.0.0.1:"_s << QString();
    QTest::newRow("empty port, no scheme") << u"127.0.0.1:/"_s << QString();
    QTest::newRow("path kept") << u"https://v2.example.com/handler"_s
                               << u"https://v2.example.com/handler"_s;
    QTest::newRow("other scheme") << u"ftp://example.com"_s << QString();
    QTest::newRow("no host") << u"http://"_s << QString();
    QTest::newRow("spaces") << u"http://exa mple.com"_s << QString();
}

void TestCliValidator::addresses()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CliValidator::addressFromText(text), expected.isEmpty() ? QUrl() : QUrl(expected));
}

void TestCliValidator::deviceLines()
{
    DeviceOutcome exported;
    exported.v2DeviceId = u"sensor_01"_s;
    exported.v3DeviceId = u"sensor-01"_s;
    exported.activation = Activation::Otaa;
    exported.status = OutcomeStatus::Exported;
    exported.warnings = { u"attribute key renamed"_s };
    QCOMPARE(OutcomeReport::deviceLines(exported, false),
        QStringList { u"warning sensor_01: attribute key renamed"_s });
    QCOMPARE(OutcomeReport::deviceLines(exported, true),
        (QStringList { u"exported sensor_01 as sensor-01 (OTAA, without session)"_s,
            u"warning sensor_01: attribute key renamed"_s }));

    DeviceOutcome skipped;
    skipped.v2DeviceId = u"sensor-7"_s;
    skipped.activation = Activation::Abp;
    skipped.status = OutcomeStatus::Skipped;
    skipped.reason = u"ABP device: cannot be migrated without its session"_s;
    QCOMPARE(OutcomeReport::deviceLines(skipped, false),
        QStringList { u"skipped sensor-7: ABP device: cannot be migrated without its session"_s });

    DeviceOutcome failed;
    failed.v2DeviceId = u"ab"_s;
    failed.status = OutcomeStatus::Failed;
    failed.reason = u"too short"_s;
    QCOMPARE(OutcomeReport::deviceLines(failed, true), QStringList { u"failed ab: too short"_s });
}

void TestCliValidator::summaryLines()
{
    ExportSummary summary;
    summary.requested = 5;
    summary.exported = 3;
    summary.skipped = 1;
    summary.failed = 1;
    summary.requests = 1;
    summary.elapsedMs = 1240;
    // "request(s)": this test loads no translation, so plural forms are the source's.
    const auto matches = [](const QStringList &lines, const QStringList &patterns) {
        if (lines.size() != patterns.size())
            return false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!QRegularExpression(u"^"_s + patterns.at(i) + u"$"_s).match(lines.at(i)).hasMatch())
                return false;
        }
        return true;
    };
    QStringList lines = OutcomeReport::summaryLines(summary);
    QVERIFY2(matches(lines,
                 { u"summary: 3 exported, 1 skipped, 1 failed of 5 requested "
                   "\\(1 request(\\(s\\))? to TTN v2, 1\\.2 s\\)"_s }),
        qPrintable(lines.join(u'\n')));
    summary.requests = 7;
    summary.retries = 2;
    lines = OutcomeReport::summaryLines(summary);
    QVERIFY2(matches(lines,
                 { u"summary: 3 exported, 1 skipped, 1 failed of 5 requested "
                   "\\(7 request(s|\\(s\\)) to TTN v2, 1\\.2 s\\)"_s,
                     u"retried 2 request(s|\\(s\\)) after transient faults"_s }),
        qPrintable(lines.join(u'\n')));
}

void TestCliValidator::importRuleOptions()
{
    QTemporaryDir dir;
    const QString map = dir.filePath(u"ids.csv"_s);
    QFile file(map);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("test,test-sensor\n");
    file.close();
    CliConfig config = validConfig();
    config.devIdMapPath = map;
    config.dropInvalidAttributes = true;
    config.split = true;
    config.outputPath = dir.filePath(u"devices.json"_s);
    CliValidation validation = CliValidator::validate(config);
    QVERIFY2(validation.ok(), qPrintable(validation.usageError));
    QCOMPARE(validation.request.options.deviceIdMap.value(u"test"_s), u"test-sensor"_s);
    QVERIFY(validation.request.options.dropInvalidAttributes);
    QCOMPARE(validation.splitBytes, 10 * 1024 * 1024); // the default part size
    QVERIFY(!validation.request.keepResult); // the command line streams
    config.splitSizeMiB = 2.5;
    QCOMPARE(CliValidator::validate(config).splitBytes, qint64(2.5 * 1024 * 1024));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("test,demo\n");
    file.close();
    validation = CliValidator::validate(config);
    QVERIFY(!validation.ok());
    QVERIFY2(
        validation.usageError.contains(u"line 1"_s) && validation.usageError.contains(u"demo"_s),
        qPrintable(validation.usageError));
}

void TestCliValidator::importLines()
{
    DeviceOutcome reserved;
    reserved.v2DeviceId = u"test"_s;
    reserved.status = OutcomeStatus::Failed;
    reserved.rule = TtsRule::DeviceIdReserved;
    reserved.reason = u"The Things Stack reserves the device ID \"test\""_s;
    QCOMPARE(OutcomeReport::deviceLines(reserved, false),
        QStringList {
            u"failed test: The Things Stack reserves the device ID \"test\" (--dev-id-map FILE)"_s });
    DeviceOutcome attributes = reserved;
    attributes.rule = TtsRule::AttributeCount;
    attributes.reason = u"11 attributes"_s;
    QCOMPARE(
        OutcomeReport::reasonWithHint(attributes), u"11 attributes (--drop-invalid-attributes)"_s);
    DeviceOutcome location = reserved;
    location.rule = TtsRule::LocationRange;
    location.reason = u"out of range"_s;
    QCOMPARE(OutcomeReport::reasonWithHint(location), u"out of range"_s); // no flag repairs it

    const QStringList lines = OutcomeReport::importLines(3, { u"test: reserved"_s });
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"ready for import into The Things Stack: 3 device"_s),
        qPrintable(lines.at(0)));
    QCOMPARE(lines.at(2), u"  test: reserved"_s);
    QCOMPARE(OutcomeReport::importLines(3, {}).size(), 1);
}

QTEST_GUILESS_MAIN(TestCliValidator)
#include "tst_clivalidator.moc"

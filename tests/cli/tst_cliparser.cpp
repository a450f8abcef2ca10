// Unit tests of the command line's syntax: both forms, Go-style bools, flags vs environment.

#include "argumentnormalizer.h"
#include "cliparser.h"
#include "valueparsers.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QProcessEnvironment environment(const QStringList &assignments)
{
    QProcessEnvironment env;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        env.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    return env;
}

CliParseResult parse(const QString &commandLine, const QStringList &env = {})
{
    QStringList arguments = commandLine.split(u' ', Qt::SkipEmptyParts);
    arguments.prepend(u"ttn-lw-migrate"_s);
    return CliParser::parse(arguments, environment(env));
}
} // namespace

class TestCliParser : public QObject
{
    Q_OBJECT
private slots:
    void normalize_data();
    void normalize();
    void normalizeWithTheTtsTable();
    void guideCommands_data();
    void guideCommands();
    void flagsWinOverEnvironment();
    void environmentFillsIn();
    void boolSpellings_data();
    void boolSpellings();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion_data();
    void helpAndVersion();
    void advancedFlags();
    void importRuleFlags();
    void durations_data();
    void durations();
};

void TestCliParser::normalize_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("bare bool gets =true")
        << QStringList { u"p"_s, u"device"_s, u"--ttnv2.with-session"_s, u"--verbose"_s }
        << QStringList { u"p"_s, u"device"_s, u"--ttnv2.with-session=true"_s, u"--verbose=true"_s };
    QTest::newRow("explicit value kept")
        << QStringList { u"p"_s, u"--ttnv2.with-session=false"_s, u"--dry-run=0"_s }
        << QStringList { u"p"_s, u"--ttnv2.with-session=false"_s, u"--dry-run=0"_s };
    QTest::newRow("unprefixed bool")
        << QStringList { u"p"_s, u"ttnv2"_s, u"device"_s, u"--with-session"_s }
        << QStringList { u"p"_s, u"ttnv2"_s, u"device"_s, u"--with-session=true"_s };
    QTest::newRow("value of a value flag untouched")
        << QStringList { u"p"_s, u"--ttnv2.app-id"_s, u"--verbose"_s, u"-o"_s, u"--dry-run"_s }
        << QStringList { u"p"_s, u"--ttnv2.app-id"_s, u"--verbose"_s, u"-o"_s, u"--dry-run"_s };
    QTest::newRow("after -- untouched") << QStringList { u"p"_s, u"--"_s, u"--verbose"_s }
                                        << QStringList { u"p"_s, u"--"_s, u"--verbose"_s };
    QTest::newRow("unknown flag untouched") << QStringList { u"p"_s, u"--nope"_s, u"x"_s }
                                            << QStringList { u"p"_s, u"--nope"_s, u"x"_s };
}

void TestCliParser::normalize()
{
    QFETCH(QStringList, input);
    QFETCH(QStringList, expected);
    QCOMPARE(ArgumentNormalizer::normalize(input), expected);
}

// The tts commands normalize with their own rows: a bare --dry-run is a bool there too, and
// the value of --tts.address is never taken for a flag.
void TestCliParser::normalizeWithTheTtsTable()
{
    const QStringList input { u"p"_s, u"tts"_s, u"import"_s, u"--dry-run"_s, u"--tts.address"_s,
        u"--verbose"_s, u"-h"_s };
    const QStringList expected { u"p"_s, u"tts"_s, u"import"_s, u"--dry-run=true"_s,
        u"--tts.address"_s, u"--verbose"_s, u"-h"_s };
    QCOMPARE(ArgumentNormalizer::normalize(input, CliFlags::tts()), expected);
    QVERIFY(CliFlags::takesValue(u"tts.api-key"_s, CliFlags::tts()));
    QVERIFY(!CliFlags::takesValue(u"tts.api-key"_s));
    QVERIFY(CliFlags::takesValue(u"o"_s) && CliFlags::takesValue(u"source"_s));
    QVERIFY(!CliFlags::takesValue(u"help"_s) && !CliFlags::isBoolName(u"help"_s));
}

void TestCliParser::guideCommands_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<int>("command");
    QTest::addColumn<int>("form");
    QTest::addColumn<QStringList>("positionals");
    QTest::addColumn<bool>("withSession");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<bool>("verbose");

    const int device = int(CliCommand::Device);
    const int application = int(CliCommand::Application);
    const int source = int(CliForm::Source);
    const int ttnv2 = int(CliForm::Ttnv2);
    QTest::newRow("guide: one device")
        << u"device --source ttnv2 v2-end-device-ID --ttnv2.with-session=false"_s << device
        << source << QStringList { u"v2-end-device-ID"_s } << false << false << false;
    QTest::newRow("guide: stdin list")
        << u"device --source ttnv2 --ttnv2.with-session=false"_s << device << source
        << QStringList() << false << false << false;
    QTest::newRow("guide: application")
        << u"application --source ttnv2 ttn-v2-application-ID --ttnv2.with-session=false"_s
        << application << source << QStringList { u"ttn-v2-application-ID"_s } << false << false
        << false;
    QTest::newRow("guide + dry-run verbose")
        << u"application --source ttnv2 app1 --ttnv2.with-session=false --dry-run --verbose"_s
        << application << source << QStringList { u"app1"_s } << false << true << true;
    QTest::newRow("--source=ttnv2 before command")
        << u"--source=ttnv2 device a b --ttnv2.with-session"_s << device << source
        << QStringList { u"a"_s, u"b"_s } << true << false << false;
    QTest::newRow("official alias devices") << u"devices --source ttnv2 a"_s << device << source
                                            << QStringList { u"a"_s } << false << false << false;
    QTest::newRow("ttnv2 form unprefixed")
        << u"ttnv2 device a --with-session=true --dry-run"_s << device << ttnv2
        << QStringList { u"a"_s } << true << true << false;
    QTest::newRow("ttnv2 form application")
        << u"ttnv2 application my-app --with-session=false --verbose"_s << application << ttnv2
        << QStringList { u"my-app"_s } << false << false << true;
}

void TestCliParser::guideCommands()
{
    QFETCH(QString, commandLine);
    QFETCH(int, command);
    QFETCH(int, form);
    QFETCH(QStringList, positionals);
    QFETCH(bool, withSession);
    QFETCH(bool, dryRun);
    QFETCH(bool, verbose);
    const CliParseResult result = parse(commandLine);
    QVERIFY2(result.ok(), qPrintable(result.usageError));
    QCOMPARE(int(result.config.action), int(CliAction::Run));
    QCOMPARE(int(result.config.command), command);
    QCOMPARE(int(result.config.form), form);
    QCOMPARE(result.config.positionals, positionals);
    QCOMPARE(result.config.withSession, withSession);
    QCOMPARE(result.config.dryRun, dryRun);
    QCOMPARE(result.config.verbose, verbose);
}

void TestCliParser::flagsWinOverEnvironment()
{
    const QStringList env = { u"TTNV2_APP_ID=env-app"_s,
        u"TTNV2_APP_ACCESS_KEY=ttn-account-v2.env"_s, u"FREQUENCY_PLAN_ID=US_902_928_FSB_2"_s,
        u"TTNV2_WITH_SESSION=true"_s, u"TTNV2_HANDLER_ADDRESS=http://env:1"_s,
        u"TTNV2_DISCOVERY_SERVER_ADDRESS=http://envdisc:2"_s, u"TTNV2_CA_CERT=/env.pem"_s };
    const CliParseResult result = parse(
        u"device --source ttnv2 d1 --ttnv2.app-id flag-app --ttnv2.app-access-key "
        u"ttn-account-v2.flag "
        "--ttnv2.frequency-plan-id=EU_863_870_TTN --ttnv2.with-session=false "
        "--ttnv2.handler-address http://flag:1 --ttnv2.discovery-server-address http://flagdisc:2 "
        "--ttnv2.ca-cert /flag.pem --dev-id-prefix pre -o out.json"_s,
        env);
    QVERIFY2(result.ok(), qPrintable(result.usageError));
    const CliConfig &config = result.config;
    QCOMPARE(config.appId, u"flag-app"_s);
    QCOMPARE(config.accessKey, u"ttn-account-v2.flag"_s);
    QCOMPARE(config.frequencyPlanId, u"EU_863_870_TTN"_s);
    QCOMPARE(config.withSession, false);
    QCOMPARE(config.handlerAddress, u"http://flag:1"_s);
    QCOMPARE(config.discoveryAddress, u"http://flagdisc:2"_s);
    QCOMPARE(config.caCertPath, u"/flag.pem"_s);
    QCOMPARE(config.devIdPrefix, u"pre"_s);
    QCOMPARE(config.outputPath, u"out.json"_s);
}

void TestCliParser::environmentFillsIn()
{
    const QStringList env = { u"TTNV2_APP_ID=env-app"_s,
        u"TTNV2_APP_ACCESS_KEY=ttn-account-v2.env"_s, u"FREQUENCY_PLAN_ID=US_902_928_FSB_2"_s,
        u"TTNV2_WITH_SESSION=true"_s, u"TTNV2_DISCOVERY_SERVER_ADDRESS=http://envdisc:2"_s };
    const CliParseResult result = parse(u"ttnv2 device d1"_s, env);
    QVERIFY2(result.ok(), qPrintable(result.usageError));
    QCOMPARE(result.config.appId, u"env-app"_s);
    QCOMPARE(result.config.accessKey, u"ttn-account-v2.env"_s);
    QCOMPARE(result.config.frequencyPlanId, u"US_902_928_FSB_2"_s);
    QCOMPARE(result.config.withSession, true);
    QCOMPARE(result.config.discoveryAddress, u"http://envdisc:2"_s);
    QVERIFY(result.config.handlerAddress.isEmpty());
}

void TestCliParser::boolSpellings_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<bool>("expected");
    QTest::newRow("bare") << u"--ttnv2.with-session"_s << true;
    QTest::newRow("=true") << u"--ttnv2.with-session=true"_s << true;
    QTest::newRow("=false") << u"--ttnv2.with-session=false"_s << false;
    QTest::newRow("=1") << u"--ttnv2.with-session=1"_s << true;
    QTest::newRow("=F") << u"--ttnv2.with-session=F"_s << false;
    QTest::newRow("=TRUE") << u"--ttnv2.with-session=TRUE"_s << true;
}

void TestCliParser::boolSpellings()
{
    QFETCH(QString, flag);
    QFETCH(bool, expected);
    const CliParseResult result
        = parse(u"device --source ttnv2 d "_s + flag, { u"TTNV2_WITH_SESSION=maybe"_s });
    QVERIFY2(result.ok(), qPrintable(result.usageError));
    QCOMPARE(result.config.withSession, expected);
}

void TestCliParser::usageErrors_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("expectedPart");
    QTest::newRow("unknown flag") << u"device --source ttnv2 d --ttnv2.with-sesion=false"_s
                                  << QStringList() << u"unknown flag --ttnv2.with-sesion"_s;
    QTest::newRow("unknown command")
        << u"gateway --source ttnv2"_s << QStringList() << u"unknown command \"gateway\""_s;
    QTest::newRow("no command") << u"--source ttnv2"_s << QStringList() << u"missing command"_s;
    QTest::newRow("no source") << u"device d"_s << QStringList() << u"pass --source ttnv2"_s;
    QTest::newRow("other source") << u"device --source chirpstack d"_s << QStringList()
                                  << u"unsupported source \"chirpstack\""_s;
    QTest::newRow("unprefixed on source form") << u"device --source ttnv2 d --with-session=false"_s
                                               << QStringList() << u"--ttnv2.with-session"_s;
    QTest::newRow("bad bool flag") << u"device --source ttnv2 d --ttnv2.with-session=maybe"_s
                                   << QStringList() << u"--ttnv2.with-session"_s;
    QTest::newRow("bad bool env") << u"device --source ttnv2 d"_s
                                  << QStringList { u"TTNV2_WITH_SESSION=yes"_s }
                                  << u"TTNV2_WITH_SESSION"_s;
    QTest::newRow("missing value")
        << u"device --source ttnv2 d --ttnv2.app-id"_s << QStringList() << u"ttnv2.app-id"_s;
    QTest::newRow("bad rate") << u"device --source ttnv2 d --ttnv2.requests-per-second=0"_s
                              << QStringList() << u"--ttnv2.requests-per-second"_s;
    QTest::newRow("bad timeout") << u"ttnv2 device d --timeout=soon"_s << QStringList()
                                 << u"--timeout"_s;
}

void TestCliParser::usageErrors()
{
    QFETCH(QString, commandLine);
    QFETCH(QStringList, env);
    QFETCH(QString, expectedPart);
    const CliParseResult result = parse(commandLine, env);
    QVERIFY(!result.ok());
    QVERIFY2(result.usageError.contains(expectedPart), qPrintable(result.usageError));
    QVERIFY(!result.usageError.contains(u'\n'));
}

void TestCliParser::helpAndVersion_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<int>("action");
    QTest::newRow("--help") << u"--help"_s << int(CliAction::Help);
    QTest::newRow("-h") << u"-h"_s << int(CliAction::Help);
    QTest::newRow("help command") << u"help"_s << int(CliAction::Help);
    QTest::newRow("help after command")
        << u"device --source ttnv2 --help"_s << int(CliAction::Help);
    QTest::newRow("--version") << u"--version"_s << int(CliAction::Version);
}

void TestCliParser::helpAndVersion()
{
    QFETCH(QString, commandLine);
    QFETCH(int, action);
    const CliParseResult result = parse(commandLine);
    QVERIFY(result.ok());
    QCOMPARE(int(result.config.action), action);
}

void TestCliParser::advancedFlags()
{
    const CliParseResult result
        = parse(u"ttnv2 device d --requests-per-second 2.5 --timeout 1m30s"_s);
    QVERIFY2(result.ok(), qPrintable(result.usageError));
    QCOMPARE(result.config.requestsPerSecond, 2.5);
    QCOMPARE(result.config.timeoutMs, 90000);
    const CliParseResult defaults = parse(u"ttnv2 device d"_s);
    QCOMPARE(defaults.config.requestsPerSecond, 5.0);
    QCOMPARE(defaults.config.timeoutMs, 30000);
}

void TestCliParser::importRuleFlags()
{
    const CliParseResult result = parse(u"application --source ttnv2 app --dev-id-map ids.csv "
                                        "--drop-invalid-attributes --split-size 4.5 -o d.json"_s);
    QVERIFY2(result.ok(), qPrintable(result.usageError));
    QCOMPARE(result.config.devIdMapPath, u"ids.csv"_s);
    QVERIFY(result.config.dropInvalidAttributes);
    QVERIFY(result.config.split); // a part size asks for parts
    QCOMPARE(result.config.splitSizeMiB, 4.5);

    const CliParseResult split = parse(u"ttnv2 application app --split -o d.json"_s);
    QVERIFY(split.ok());
    QVERIFY(split.config.split);
    QCOMPARE(split.config.splitSizeMiB, 0.0); // the default size
    QVERIFY(!split.config.dropInvalidAttributes);

    const CliParseResult badSize = parse(u"ttnv2 application app --split-size big -o d.json"_s);
    QVERIFY(!badSize.ok());
    QVERIFY2(badSize.usageError.contains(u"--split-size"_s), qPrintable(badSize.usageError));
    // Global flags: no ttnv2. prefix on the --source form.
    QVERIFY(!parse(u"application --source ttnv2 app --ttnv2.split"_s).ok());
}

void TestCliParser::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expectedMs"); // -1: invalid
    QTest::newRow("seconds") << u"30s"_s << 30000;
    QTest::newRow("ms") << u"500ms"_s << 500;
    QTest::newRow("minutes") << u"2m"_s << 120000;
    QTest::newRow("combined") << u"1m30s"_s << 90000;
    QTest::newRow("plain number is seconds") << u"45"_s << 45000;
    QTest::newRow("fraction") << u"1.5s"_s << 1500;
    QTest::newRow("zero") << u"0s"_s << -1;
    QTest::newRow("negative") << u"-1"_s << -1;
    QTest::newRow("words") << u"soon"_s << -1;
    QTest::newRow("unit first") << u"s30"_s << -1;
}

void TestCliParser::durations()
{
    QFETCH(QString, text);
    QFETCH(int, expectedMs);
    const std::optional<int> parsed = ValueParsers::parseDurationMs(text);
    QCOMPARE(parsed.value_or(-1), expectedMs);
}

QTEST_GUILESS_MAIN(TestCliParser)
#include "tst_cliparser.moc"

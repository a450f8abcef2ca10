// "Copy as command": the ttn-lw-migrate line equivalent to an ExportRequest, in the guide's
// form, properly quoted, never with the access key.
#include "job/commandlinebuilder.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"ttn-account-v2.CommandLineSecret_0123456789abcdefghijkl"_s;
const QString kPrefix = u"TTNV2_APP_ACCESS_KEY=\"<your access key>\" ttn-lw-migrate "_s;

ExportRequest baseRequest()
{
    ExportRequest r;
    r.connection.appId = u"my-app"_s;
    r.connection.accessKey = kKey;
    r.connection.handlerUrl = QUrl(u"http://eu.thethings.network:8084"_s);
    r.options.frequencyPlanId = u"EU_863_870_TTN"_s;
    return r;
}
} // namespace

class TstCommandLineBuilder : public QObject
{
    Q_OBJECT
private slots:
    void build_data();
    void build();
    void extras();
    void ttsSource();
    void chirpStackSource();
};

void TstCommandLineBuilder::build_data()
{
    QTest::addColumn<ExportRequest>("request");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("idsFile"); // where a device list was loaded from

    ExportRequest app = baseRequest();
    QTest::newRow("application to stdout") << app << QString()
                                           << kPrefix
            + u"application --source ttnv2 \"my-app\" --ttnv2.frequency-plan-id "
              "EU_863_870_TTN --ttnv2.with-session=false --ttnv2.handler-address "
              "http://eu.thethings.network:8084 > devices.json"_s
                                           << QString();

    ExportRequest session = app;
    session.options.withSession = true;
    session.options.devIdPrefix = u"eu"_s;
    QTest::newRow("application with session, prefix, -o") << session << u"/tmp/out/devices.json"_s
                                                          << kPrefix
            + u"application --source ttnv2 \"my-app\" --ttnv2.frequency-plan-id "
              "EU_863_870_TTN --ttnv2.with-session=true --ttnv2.handler-address "
              "http://eu.thethings.network:8084 --dev-id-prefix eu -o /tmp/out/devices.json"_s
                                                          << QString();

    ExportRequest drop = app;
    drop.options.dropInvalidAttributes = true;
    QTest::newRow("dropping refused attributes") << drop << QString()
                                                 << kPrefix
            + u"application --source ttnv2 \"my-app\" --ttnv2.frequency-plan-id "
              "EU_863_870_TTN --ttnv2.with-session=false --ttnv2.handler-address "
              "http://eu.thethings.network:8084 --drop-invalid-attributes > devices.json"_s
                                                 << QString();

    ExportRequest single = baseRequest();
    single.scope = ExportScope::SingleDevice;
    single.deviceIds = { u"my-dev"_s };
    QTest::newRow("single device") << single << QString()
                                   << kPrefix
            + u"device --source ttnv2 \"my-dev\" --ttnv2.app-id my-app "
              "--ttnv2.frequency-plan-id EU_863_870_TTN --ttnv2.with-session=false "
              "--ttnv2.handler-address http://eu.thethings.network:8084 > devices.json"_s
                                   << QString();

    ExportRequest list = baseRequest();
    list.scope = ExportScope::DeviceList;
    list.deviceIds = { u"a"_s, u"b"_s, u"c"_s };
    list.connection.handlerUrl = QUrl();
    list.connection.discoveryUrl = QUrl(u"http://discovery.example:8080"_s);
    list.connection.caCertPath = u"/home/me/My CA's.pem"_s;
    QTest::newRow("device list via discovery, quoted CA path") << list << u"out.json"_s
                                                               << kPrefix
            + u"device --source ttnv2 --ttnv2.app-id my-app --ttnv2.frequency-plan-id "
              "EU_863_870_TTN --ttnv2.with-session=false --ttnv2.discovery-server-address "
              "http://discovery.example:8080 --ttnv2.ca-cert '/home/me/My CA'\\''s.pem' "
              "-o out.json < '/home/me/my ids.txt'"_s << u"/home/me/my ids.txt"_s;

    ExportRequest pasted = baseRequest();
    pasted.scope = ExportScope::DeviceList;
    pasted.deviceIds = { u"a"_s, u"b c"_s };
    QTest::newRow("pasted list: the IDs as arguments") << pasted << QString()
                                                       << kPrefix
            + u"device --source ttnv2 \"a\" 'b c' --ttnv2.app-id my-app --ttnv2.frequency-plan-id "
              "EU_863_870_TTN --ttnv2.with-session=false --ttnv2.handler-address "
              "http://eu.thethings.network:8084 > devices.json"_s
                                                       << QString();

    ExportRequest many = baseRequest();
    many.scope = ExportScope::DeviceList;
    for (int i = 0; i <= CommandLineBuilder::kMaxIdsAsArguments; ++i)
        many.deviceIds << u"dev-%1"_s.arg(i);
    QTest::newRow("long list: device_ids.txt") << many << QString()
                                               << kPrefix
            + u"device --source ttnv2 --ttnv2.app-id my-app --ttnv2.frequency-plan-id "
              "EU_863_870_TTN --ttnv2.with-session=false --ttnv2.handler-address "
              "http://eu.thethings.network:8084 < device_ids.txt > devices.json"_s
                                               << QString();

    ExportRequest both = baseRequest();
    both.connection.discoveryUrl = QUrl(u"http://discovery.example:8080"_s);
    both.connection.handlerUrl = QUrl(u"http://user:pw@h.example:8084"_s);
    both.connection.appId = u"app with $pace"_s;
    QTest::newRow("direct address wins, no userinfo, odd app id") << both << QString()
                                                                  << kPrefix
            + u"application --source ttnv2 'app with $pace' --ttnv2.frequency-plan-id "
              "EU_863_870_TTN --ttnv2.with-session=false --ttnv2.handler-address "
              "http://h.example:8084 > devices.json"_s << QString();
}

void TstCommandLineBuilder::build()
{
    QFETCH(ExportRequest, request);
    QFETCH(QString, output);
    QFETCH(QString, expected);
    QFETCH(QString, idsFile);
    const QString line = CommandLineBuilder::build(request, output, idsFile);
    QCOMPARE(line, expected);
    // Only the long pasted list reads a file the user has not got.
    QCOMPARE(CommandLineBuilder::readsIdsFile(request, idsFile),
        expected.contains(u"< device_ids.txt"_s));
    QVERIFY(!line.contains(kKey));
    QVERIFY(!line.contains(u"ttn-account-v2."_s));
}

void TstCommandLineBuilder::extras()
{
    // The wizard's repairs that the request does not carry: numbered parts and new IDs.
    ExportRequest app = baseRequest();
    app.options.dropInvalidAttributes = true;
    CommandLineBuilder::Extras extras;
    extras.split = true;
    extras.devIdMapFile = u"dev id map.csv"_s;
    QCOMPARE(CommandLineBuilder::build(app, u"devices.json"_s, QString(), extras),
        kPrefix
            + u"application --source ttnv2 \"my-app\" --ttnv2.frequency-plan-id "
              "EU_863_870_TTN --ttnv2.with-session=false --ttnv2.handler-address "
              "http://eu.thethings.network:8084 --drop-invalid-attributes --dev-id-map "
              "'dev id map.csv' --split -o devices.json"_s);
    // --split only with an output file (the CLI refuses it on standard output).
    QVERIFY(!CommandLineBuilder::build(app, QString(), QString(), extras).contains(u"--split"_s));
}

void TstCommandLineBuilder::ttsSource()
{
    // The wizard's tts source: the official `tts` spellings, the source's variable for the key
    // (never the key), no frequency plan (each device keeps its own), with session only when on.
    const QString ttsKey = u"NNSXS.SOURCEKEYID0123456789.SourceSecretNeverInACommand0123456789"_s;
    ExportRequest r = baseRequest();
    r.source = ExportSource::Tts;
    r.ttsSource.identityServerUrl = QUrl(u"https://eu1.cloud.thethings.network"_s);
    r.ttsSource.applicationId = u"source-app"_s;
    r.ttsSource.apiKey = ttsKey;
    const QString prefix = u"TTS_APP_API_KEY=\"<your API key>\" ttn-lw-migrate tts "_s;
    QCOMPARE(CommandLineBuilder::build(r, u"devices.json"_s, QString()),
        prefix
            + u"application \"source-app\" --tts.source-address "
              "https://eu1.cloud.thethings.network -o devices.json"_s);
    r.options.withSession = true;
    r.scope = ExportScope::DeviceList;
    r.deviceIds = QStringList { u"dev-1"_s, u"dev-2"_s };
    const QString list = CommandLineBuilder::build(r, QString(), QString());
    QCOMPARE(list,
        prefix
            + u"device \"dev-1\" \"dev-2\" --tts.app-id source-app --tts.source-address "
              "https://eu1.cloud.thethings.network --tts.with-session > devices.json"_s);
    QVERIFY(!list.contains(ttsKey));
    QVERIFY(!list.contains(u"ttnv2"_s));
}

void TstCommandLineBuilder::chirpStackSource()
{
    // The wizard's chirpstack source: the official `chirpstack` spellings, CHIRPSTACK_API_KEY
    // (never the key), devices by DevEUI alone, the plan only when overridden.
    ExportRequest r = baseRequest();
    r.source = ExportSource::ChirpStack;
    r.chirpstackSource.connection.apiUrl = u"chirpstack.example.com:8080"_s;
    r.chirpstackSource.connection.apiKey = u"cs-secret-key"_s;
    r.chirpstackSource.connection.insecure = true;
    r.chirpstackSource.connection.tenantId = u"52f14cd4-c6f1-4fbd-8f87-4025e1d49242"_s;
    r.chirpstackSource.application = u"my app"_s;
    r.options.devIdPrefix.clear();
    const QString prefix = u"CHIRPSTACK_API_KEY=\"<your API key>\" ttn-lw-migrate chirpstack "_s;
    QCOMPARE(CommandLineBuilder::build(r, u"devices.json"_s, QString()),
        prefix
            + u"application 'my app' --chirpstack.api-url chirpstack.example.com:8080 "
              "--chirpstack.insecure --chirpstack.tenant-id "
              "52f14cd4-c6f1-4fbd-8f87-4025e1d49242 -o devices.json"_s);
    r.chirpstackSource.connection.insecure = false;
    r.chirpstackSource.connection.caCertPath = u"/etc/ca.pem"_s;
    r.chirpstackSource.connection.tenantId.clear();
    r.chirpstackSource.frequencyPlanId = u"EU_863_870_TTN"_s;
    r.options.withSession = true;
    r.scope = ExportScope::DeviceList;
    r.deviceIds = QStringList { u"70b3d57ed0000001"_s, u"70b3d57ed0000002"_s };
    const QString list = CommandLineBuilder::build(r, QString(), QString());
    QCOMPARE(list,
        prefix
            + u"device \"70b3d57ed0000001\" \"70b3d57ed0000002\" --chirpstack.api-url "
              "chirpstack.example.com:8080 --chirpstack.ca-cert-path /etc/ca.pem "
              "--chirpstack.frequency-plan-id EU_863_870_TTN --chirpstack.export-session "
              "> devices.json"_s);
    QVERIFY(!list.contains(u"cs-secret-key"_s));
    QVERIFY(!list.contains(u"ttnv2"_s));
}

QTEST_GUILESS_MAIN(TstCommandLineBuilder)
#include "tst_commandlinebuilder.moc"

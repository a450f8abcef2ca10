// Nothing leaked: the access key, AppKeys, NwkSKeys and AppSKeys never reach stderr, --verbose,
// the Qt log (all ttnmig.* categories on), error sentences or the summary. stdout is the export
// and may hold root and session keys; the scanner is checked against it so it cannot pass
// vacuously. Failures name the secret ("AppKey of dev-000003"), never its value.
#include "cliprocess.h"
#include "exportrun.h"
#include "secretscan.h"
#include "stderrcapture.h"
#include "util/redact.h"
#include "v2emulator.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kApp = u"secret-app"_s;
const QString kKey = u"ttn-account-v2.SecretsSuiteKey_0123456789-abcdefghijklmnopqrs"_s;
const QString kWrongKey = u"ttn-account-v2.MistypedKey_9876543210-zyxwvutsrqponmlkjih"_s;
constexpr int kDevices = 12;
} // namespace

class TstSecrets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void verboseCliRunLeaksNothing_data();
    void verboseCliRunLeaksNothing();
    void exportJobLogsLeakNothing_data();
    void exportJobLogsLeakNothing();

private:
    V2Emulator m_emulator;
    SecretScan m_scan;
};

void TstSecrets::initTestCase()
{
    QVERIFY(m_emulator.listen());
    m_emulator.addApplication(kApp, kKey);
    m_emulator.generate(kApp, kDevices, 21, 0.5);
    m_scan.add(u"the access key"_s, kKey);
    m_scan.add(u"the mistyped access key"_s, kWrongKey);
    m_scan.add(u"the secret part of the access key"_s, kKey.section(u'.', 1));
    for (int i = 1; i <= kDevices; ++i) {
        const QString id = u"dev-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        const QJsonObject lorawan
            = m_emulator.device(kApp, id).value(u"lorawan_device"_s).toObject();
        QVERIFY2(!lorawan.isEmpty(), qPrintable(id));
        m_scan.add(u"AppKey of "_s + id, lorawan.value(u"app_key"_s).toString());
        m_scan.add(u"AppSKey of "_s + id, lorawan.value(u"app_s_key"_s).toString());
        m_scan.add(u"NwkSKey of "_s + id, lorawan.value(u"nwk_s_key"_s).toString());
    }
    // Both OTAA (AppKey) and ABP (session keys) devices are in the set.
    QVERIFY(m_scan.count() >= 3 + kDevices * 3 / 2);
}

void TstSecrets::init()
{
    m_emulator.clearFaults();
    m_emulator.setRateLimit(0);
    m_emulator.clearRequests();
}

void TstSecrets::verboseCliRunLeaksNothing_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("keyAsFlag"); // --ttnv2.app-access-key instead of the environment
    QTest::addColumn<int>("fault"); // 0, or every request fails with this status
    QTest::addColumn<bool>("garbage"); // the list body is cut and followed by garbage
    QTest::addColumn<bool>("expectExport");

    QTest::newRow("success, key in environment") << kKey << false << 0 << false << true;
    QTest::newRow("success, key as flag") << kKey << true << 0 << false << true;
    QTest::newRow("wrong key") << kWrongKey << false << 0 << false << false;
    QTest::newRow("wrong key as flag") << kWrongKey << true << 0 << false << false;
    QTest::newRow("server error") << kKey << false << 500 << false << false;
    QTest::newRow("truncated list with keys in it") << kKey << false << 0 << true << false;
}

void TstSecrets::verboseCliRunLeaksNothing()
{
    QFETCH(QString, key);
    QFETCH(bool, keyAsFlag);
    QFETCH(int, fault);
    QFETCH(bool, garbage);
    QFETCH(bool, expectExport);
    if (fault)
        m_emulator.failEveryNth(1, fault);
    if (garbage)
        m_emulator.setGarbageEveryNth(1);
    for (const QString &command : { u"application"_s, u"device"_s }) {
        CliCommand run;
        run.arguments = { command, u"--source"_s, u"ttnv2"_s };
        if (command == u"application"_s)
            run.arguments << kApp;
        else
            run.arguments << u"--ttnv2.app-id"_s << kApp << u"dev-000001"_s << u"dev-000002"_s;
        run.arguments << u"--ttnv2.frequency-plan-id"_s << u"EU_863_870_TTN"_s
                      << u"--ttnv2.handler-address"_s << m_emulator.handlerUrl().toString()
                      << u"--ttnv2.with-session=true"_s << u"--verbose"_s;
        if (keyAsFlag)
            run.arguments << u"--ttnv2.app-access-key"_s << key;
        else
            run.environment.insert(u"TTNV2_APP_ACCESS_KEY"_s, key);
        run.environment.insert(u"QT_LOGGING_RULES"_s, u"ttnmig.*=true"_s);
        const CliRun result = run.run();

        QVERIFY2(!result.crashed && !result.timedOut, qPrintable(result.describe()));
        QVERIFY2(result.errLines().size() >= 2, "a verbose run says what it does");
        const QStringList leaks = m_scan.leaks(result.err, command + u" stderr"_s);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        if (expectExport) {
            QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
            // The scanner finds the keys where they belong: in the export on stdout.
            QVERIFY(!m_scan.leaks(result.out, u"stdout"_s).isEmpty());
        } else {
            // The application command stops (1); per-device GETs may fail one by one (3).
            QVERIFY2(result.exitCode == 1 || (command == u"device"_s && result.exitCode == 3),
                qPrintable(result.describe()));
            QVERIFY(result.out.isEmpty());
        }
    }
}

void TstSecrets::exportJobLogsLeakNothing_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("garbage");
    QTest::newRow("success") << kKey << 0 << false;
    QTest::newRow("retried 429 and 503") << kKey << 2 << false;
    QTest::newRow("wrong key") << kWrongKey << 0 << false;
    QTest::newRow("garbage bodies") << kKey << 0 << true;
}

void TstSecrets::exportJobLogsLeakNothing()
{
    QFETCH(QString, key);
    QFETCH(int, fault);
    QFETCH(bool, garbage);
    if (fault)
        m_emulator.failEveryNth(fault, 503);
    if (garbage)
        m_emulator.setGarbageEveryNth(3);

    ExportRequest request;
    request.connection.appId = kApp;
    request.connection.accessKey = key;
    request.connection.handlerUrl = m_emulator.handlerUrl();
    request.connection.requestsPerSecond = 0;
    request.connection.retryBaseDelayMs = 5;
    request.scope = ExportScope::Application;
    request.options.frequencyPlanId = u"EU_863_870_TTN"_s;
    request.options.withSession = true;

    // The product's own log path: its message handler, every ttnmig category at debug level.
    Redact::registerSecret(key);
    Redact::installMessageHandler();
    QLoggingCategory::setFilterRules(u"ttnmig.*=true"_s);
    StderrCapture capture;
    const ExportRun run = ExportRun::run(request);
    const QByteArray log = capture.take();
    QLoggingCategory::setFilterRules(u"ttnmig.*=false"_s);
    qInstallMessageHandler(nullptr);

    QVERIFY(run.finished);
    QStringList leaks = m_scan.leaks(log, u"Qt log"_s);
    leaks += m_scan.leaks(run.verboseLines.join(u'\n').toUtf8(), u"--verbose line"_s);
    leaks += m_scan.leaks(run.stages.join(u'\n').toUtf8(), u"stage"_s);
    leaks += m_scan.leaks(
        (run.summary.fatal.message + u'\n' + run.summary.fatal.serverMessage).toUtf8(),
        u"fatal error"_s);
    for (const DeviceOutcome &outcome : run.outcomes) {
        leaks += m_scan.leaks((outcome.reason + u'\n' + outcome.warnings.join(u'\n')).toUtf8(),
            u"outcome of "_s + outcome.v2DeviceId);
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    QVERIFY2(!run.verboseLines.isEmpty(), "every request is logged for --verbose");
    if (key == kKey && !garbage)
        QVERIFY(!m_scan.leaks(run.ndjson(), u"export"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TstSecrets)
#include "tst_secrets.moc"

// The CLI as a user runs it, against a v2 handler that refuses, breaks or is missing.
// Fatal faults: exit 1, exactly one stderr line saying what is wrong and what to do, nothing
// on stdout, no -o file (a previous one stays byte-identical), fast. Transient faults
// (ttnv2-emulator started with the flags docs/reliability.md lists): the same export as a
// fault-free run, exit 0, and the summary says that it retried.
#include "cliprocess.h"
#include "emulatorprocess.h"
#include "ndjson.h"
#include "outputdir.h"
#include "v2emulator.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
// The applications and keys of data/reliability-emulator.json, which docs/reliability.md's
// reproduction commands load into ttnv2-emulator too.
const QString kApp = u"reliability-app"_s;
const QString kKey = u"ttn-account-v2.reliability-demo-key-1f9c2e"_s;
const QString kSettingsOnlyKey = u"ttn-account-v2.reliability-settings-only-7d21"_s;
const QString kElsewhereApp = u"elsewhere-app"_s;
const QString kElsewhereKey = u"ttn-account-v2.reliability-elsewhere-key-44b0"_s;
const QString kSessionApp = u"session-app"_s; // ABP only: every device is fetched on its own
// What the transient rows run against (docs/reliability.md shows the same flags).
const QStringList kGenerated = { u"--generate"_s, u"10"_s, u"--app-id"_s, u"gen-app"_s,
    u"--access-key"_s, u"ttn-account-v2.GeneratedKey-0123456789abcdefghijklmnop"_s,
    u"--abp-ratio"_s, u"0.3"_s, u"--seed"_s, u"4"_s };

CliCommand exportCommand(
    const QUrl &handler, const QString &app, const QString &key, bool withSession = false)
{
    CliCommand run;
    run.arguments
        = { u"application"_s, u"--source"_s, u"ttnv2"_s, app, u"--ttnv2.frequency-plan-id"_s,
              u"EU_863_870_TTN"_s, u"--ttnv2.handler-address"_s, handler.toString(),
              withSession ? u"--ttnv2.with-session=true"_s : u"--ttnv2.with-session=false"_s };
    run.environment.insert(u"TTNV2_APP_ACCESS_KEY"_s, key);
    return run;
}

quint16 closedPort()
{
    QTcpServer server; // bind, note the port, close: nothing listens there afterwards
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}
} // namespace

class TstCliFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void fatalFaultsStopFast_data();
    void fatalFaultsStopFast();
    void fatalMidRunLeavesNoPartialOutput_data();
    void fatalMidRunLeavesNoPartialOutput();
    void transientFaultsViaEmulatorFlags_data();
    void transientFaultsViaEmulatorFlags();
    void pacingAtTheHandlersLimit_data();
    void pacingAtTheHandlersLimit();

private:
    V2Emulator m_emulator;
};

void TstCliFaults::initTestCase()
{
    QVERIFY(m_emulator.listen());
    QString error;
    QVERIFY2(m_emulator.loadFile(QStringLiteral(TTNMIG_SOURCE_DIR
                                     "/tests/reliability/data/reliability-emulator.json"),
                 &error),
        qPrintable(error));
    QCOMPARE(m_emulator.deviceCount(kApp), 5);
    m_emulator.addApplication(kSessionApp, kKey);
    m_emulator.generate(kSessionApp, 20, 5, 1.0);
}

void TstCliFaults::init()
{
    m_emulator.clearFaults();
    m_emulator.setRateLimit(0);
    m_emulator.setLatency(0);
    m_emulator.clearRequests();
}

void TstCliFaults::fatalFaultsStopFast_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("handler"); // "" = the emulator, "closed" = a closed port
    QTest::addColumn<int>("failStatus"); // emulator answers every request with this; 0 = no
    QTest::addColumn<bool>("garbage");
    QTest::addColumn<QString>("mustSay"); // regex the one line must match

    QTest::newRow("wrong access key")
        << kApp << u"ttn-account-v2.WrongKey-zyxwvutsrqponmlkjihgfedcba98765"_s << QString() << 0
        << false << u"access key"_s;
    QTest::newRow("key without devices right")
        << kApp << kSettingsOnlyKey << QString() << 0 << false << u"devices"_s;
    QTest::newRow("unknown application")
        << u"no-such-app"_s << kKey << QString() << 0 << false << u"no-such-app"_s;
    QTest::newRow("wrong handler")
        << kElsewhereApp << kElsewhereKey << QString() << 0 << false << u"handler"_s;
    QTest::newRow("unreachable host")
        << kApp << kKey << u"closed"_s << 0 << false << u"127\\.0\\.0\\.1"_s;
    QTest::newRow("HTTP 500") << kApp << kKey << QString() << 500 << false << u"500|server"_s;
    QTest::newRow("unreadable device list")
        << kApp << kKey << QString() << 0 << true << u"JSON|response|read"_s;
}

void TstCliFaults::fatalFaultsStopFast()
{
    QFETCH(QString, app);
    QFETCH(QString, key);
    QFETCH(QString, handler);
    QFETCH(int, failStatus);
    QFETCH(bool, garbage);
    QFETCH(QString, mustSay);
    const QUrl handlerUrl = handler == u"closed"_s
        ? QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort()))
        : m_emulator.handlerUrl();
    if (failStatus)
        m_emulator.failEveryNth(1, failStatus);
    if (garbage)
        m_emulator.setGarbageEveryNth(1);

    for (const bool toFile : { false, true }) {
        OutputDir dir;
        CliCommand run = exportCommand(handlerUrl, app, key);
        if (toFile)
            run.arguments << u"-o"_s << dir.target();
        QElapsedTimer clock;
        clock.start();
        const CliRun result = run.run();
        const QString context = (toFile ? u"-o: "_s : u"stdout: "_s) + result.describe();

        QVERIFY2(result.exitCode == 1, qPrintable(context));
        QVERIFY2(result.out.isEmpty(), qPrintable(context));
        QVERIFY2(result.errLines().size() == 1, qPrintable(context));
        const QString line = result.errLines().constFirst();
        QVERIFY2(
            line.contains(QRegularExpression(mustSay, QRegularExpression::CaseInsensitiveOption)),
            qPrintable(u"the line should say /%1/: %2"_s.arg(mustSay, line)));
        QVERIFY2(!result.err.contains(key.toUtf8()), "the access key reached stderr");
        QVERIFY2(clock.elapsed() < 15000, qPrintable(u"took %1 ms"_s.arg(clock.elapsed())));
        if (toFile)
            QVERIFY2(dir.untouched().isEmpty(), qPrintable(dir.untouched()));
    }
}

void TstCliFaults::fatalMidRunLeavesNoPartialOutput_data()
{
    QTest::addColumn<bool>("toFile");
    QTest::newRow("stdout") << false;
    QTest::newRow("-o") << true;
}

void TstCliFaults::fatalMidRunLeavesNoPartialOutput()
{
    // With session every ABP device is fetched on its own; the key is revoked after 5 requests.
    QFETCH(bool, toFile);
    OutputDir dir;
    m_emulator.setLatency(50);
    CliCommand run = exportCommand(m_emulator.handlerUrl(), kSessionApp, kKey, true);
    if (toFile)
        run.arguments << u"-o"_s << dir.target();
    QTimer revoke;
    connect(&revoke, &QTimer::timeout, this, [this, &revoke] {
        if (m_emulator.requestCount() >= 5) {
            m_emulator.failEveryNth(1, 401);
            revoke.stop();
        }
    });
    revoke.start(5);
    const CliRun result = run.run();
    QVERIFY2(m_emulator.requestCount() > 5, "the fault came too late to test anything");
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY2(result.out.isEmpty(), qPrintable(u"partial output on stdout: "_s + result.describe()));
    if (toFile)
        QVERIFY2(dir.untouched().isEmpty(), qPrintable(dir.untouched()));
}

void TstCliFaults::transientFaultsViaEmulatorFlags_data()
{
    QTest::addColumn<QStringList>("faultFlags");
    QTest::addColumn<bool>("retries");
    QTest::newRow("--latency-ms 100") << QStringList { u"--latency-ms"_s, u"100"_s } << false;
    QTest::newRow("--rate-limit 5 (the real limit)")
        << QStringList { u"--rate-limit"_s, u"5"_s } << false;
    QTest::newRow("--fail-every 3 --fail-status 503")
        << QStringList { u"--fail-every"_s, u"3"_s, u"--fail-status"_s, u"503"_s } << true;
    QTest::newRow("--fail-every 4 --fail-status 502")
        << QStringList { u"--fail-every"_s, u"4"_s, u"--fail-status"_s, u"502"_s } << true;
    QTest::newRow("--fail-every 4 --fail-status 504")
        << QStringList { u"--fail-every"_s, u"4"_s, u"--fail-status"_s, u"504"_s } << true;
    QTest::newRow("--fail-every 2 --fail-status 429")
        << QStringList { u"--fail-every"_s, u"2"_s, u"--fail-status"_s, u"429"_s } << true;
    QTest::newRow("--reset-every 3") << QStringList { u"--reset-every"_s, u"3"_s } << true;
}

void TstCliFaults::transientFaultsViaEmulatorFlags()
{
    QFETCH(QStringList, faultFlags);
    QFETCH(bool, retries);
    static QStringList baseline;
    const QString key = kGenerated.at(5);
    if (baseline.isEmpty()) {
        EmulatorProcess clean;
        QVERIFY2(clean.start(kGenerated + QStringList { u"--rate-limit"_s, u"0"_s }),
            qPrintable(clean.errorString()));
        const CliRun result = exportCommand(clean.handlerUrl(), u"gen-app"_s, key, true).run();
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        baseline = Ndjson::canonical(result.out);
        QCOMPARE(baseline.size(), 10);
    }
    EmulatorProcess emulator;
    QStringList flags = kGenerated + faultFlags;
    if (!faultFlags.contains(u"--rate-limit"_s))
        flags << u"--rate-limit"_s << u"0"_s;
    QVERIFY2(emulator.start(flags), qPrintable(emulator.errorString()));
    const CliRun result = exportCommand(emulator.handlerUrl(), u"gen-app"_s, key, true).run();
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QString difference = Ndjson::firstDifference(baseline, Ndjson::canonical(result.out));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    const bool saidRetried = result.err.contains("retried");
    QVERIFY2(saidRetried == retries, qPrintable(result.describe()));
}

void TstCliFaults::pacingAtTheHandlersLimit_data()
{
    QTest::addColumn<QString>("requestsPerSecond"); // "" = the default (5)
    QTest::addColumn<bool>("retries");
    QTest::newRow("default pace") << QString() << false;
    QTest::newRow("--ttnv2.requests-per-second 100") << u"100"_s << true;
}

void TstCliFaults::pacingAtTheHandlersLimit()
{
    // 20 ABP devices: 21 requests against the real limit (5/s, burst 5). Paced, none is
    // refused; unpaced, the handler refuses many (429) and the retries still export them all.
    QFETCH(QString, requestsPerSecond);
    QFETCH(bool, retries);
    const QString key = u"ttn-account-v2.PacingKey-0123456789abcdefghijklmnopqrstuvwx"_s;
    const QStringList flags = { u"--generate"_s, u"20"_s, u"--app-id"_s, u"paced-app"_s,
        u"--access-key"_s, key, u"--abp-ratio"_s, u"1"_s, u"--seed"_s, u"9"_s };
    static QStringList baseline;
    if (baseline.isEmpty()) {
        EmulatorProcess clean;
        QVERIFY2(clean.start(flags + QStringList { u"--rate-limit"_s, u"0"_s }),
            qPrintable(clean.errorString()));
        CliCommand run = exportCommand(clean.handlerUrl(), u"paced-app"_s, key, true);
        run.arguments << u"--ttnv2.requests-per-second"_s << u"1000"_s;
        const CliRun result = run.run();
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        baseline = Ndjson::canonical(result.out);
        QCOMPARE(baseline.size(), 20);
    }
    EmulatorProcess emulator;
    QVERIFY2(emulator.start(flags + QStringList { u"--rate-limit"_s, u"5"_s }),
        qPrintable(emulator.errorString()));
    CliCommand run = exportCommand(emulator.handlerUrl(), u"paced-app"_s, key, true);
    if (!requestsPerSecond.isEmpty())
        run.arguments << u"--ttnv2.requests-per-second"_s << requestsPerSecond;
    const CliRun result = run.run();
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QString difference = Ndjson::firstDifference(baseline, Ndjson::canonical(result.out));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY2(result.err.contains("retried") == retries, qPrintable(result.describe()));
}

QTEST_GUILESS_MAIN(TstCliFaults)
#include "tst_clifaults.moc"

// Bad user input is caught before v2 is asked anything (usage error, exit 2, the emulator
// sees no request), or tolerated exactly as cli.md says: device-ID files with a BOM, CRLF,
// blanks, comments and duplicates; unknown frequency plans get "did you mean"; an output
// path that cannot be written is reported first.
#include "cliprocess.h"
#include "ndjson.h"
#include "v2emulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kApp = u"input-app"_s;
const QString kKey = u"ttn-account-v2.BadInputKey-0123456789abcdefghijklmnopqrstuv"_s;

QStringList exportedIds(const QByteArray &ndjson)
{
    QStringList ids;
    const QList<QByteArray> lines = ndjson.split('\n');
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            ids << QJsonDocument::fromJson(line)
                       .object()
                       .value(u"ids"_s)
                       .toObject()
                       .value(u"device_id"_s)
                       .toString();
    }
    return ids;
}
} // namespace

class TstBadInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void deviceIdFiles_data();
    void deviceIdFiles();
    void hugeDeviceIdFile();
    void usageErrorsSendNothing_data();
    void usageErrorsSendNothing();

private:
    CliCommand deviceCommand(const QByteArray &stdinData) const;
    V2Emulator m_emulator;
};

void TstBadInput::initTestCase()
{
    QVERIFY(m_emulator.listen());
    m_emulator.addApplication(kApp, kKey);
    m_emulator.generate(kApp, 5, 2, 0.0);
}

void TstBadInput::init()
{
    m_emulator.setRateLimit(0);
    m_emulator.clearRequests();
}

CliCommand TstBadInput::deviceCommand(const QByteArray &stdinData) const
{
    CliCommand run;
    run.arguments = { u"device"_s, u"--source"_s, u"ttnv2"_s, u"--ttnv2.app-id"_s, kApp,
        u"--ttnv2.frequency-plan-id"_s, u"EU_863_870_TTN"_s, u"--ttnv2.handler-address"_s,
        m_emulator.handlerUrl().toString(), u"--ttnv2.with-session=false"_s };
    run.environment.insert(u"TTNV2_APP_ACCESS_KEY"_s, kKey);
    run.stdinData = stdinData;
    return run;
}

void TstBadInput::deviceIdFiles_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("exported");
    QTest::addColumn<QString>("stderrMatches");
    const QStringList three = { u"dev-000001"_s, u"dev-000002"_s, u"dev-000003"_s };

    QTest::newRow("plain") << QByteArray("dev-000001\ndev-000002\ndev-000003\n") << 0 << three
                           << QString();
    QTest::newRow("BOM, CRLF, no final newline")
        << QByteArray("\xEF\xBB\xBF"
                      "dev-000001\r\ndev-000002\r\ndev-000003")
        << 0 << three << QString();
    QTest::newRow("blanks, comments, spaces")
        << QByteArray("# exported from the console\n\n  dev-000001  \n\t\n# "
                      "dev-000004\ndev-000002\n\n\ndev-000003\n")
        << 0 << three << QString();
    QTest::newRow("duplicates warn")
        << QByteArray("dev-000001\ndev-000002\ndev-000001\ndev-000003\ndev-000002\n") << 0 << three
        << u"dev-000001"_s;
    QTest::newRow("unknown device fails alone")
        << QByteArray("dev-000001\nno-such-device\n") << 3 << QStringList { u"dev-000001"_s }
        << u"no-such-device"_s;
    // Named with its line on stderr and not requested; the rest is exported.
    QTest::newRow("invalid v2 IDs are named")
        << QByteArray("dev-000001\nBad ID!\n") << -1 << QStringList { u"dev-000001"_s }
        << u"line 2: \"Bad ID!\""_s;
    QTest::newRow("only comments")
        << QByteArray("# nothing\n\n") << 2 << QStringList() << u"device ID"_s;
    QTest::newRow("empty stdin") << QByteArray() << 2 << QStringList() << u"device ID"_s;
    const QString utf16Text = u"dev-000001\n"_s;
    const QByteArray utf16 = QByteArray("\xFF\xFE")
        + QByteArray(reinterpret_cast<const char *>(utf16Text.utf16()), utf16Text.size() * 2);
    QTest::newRow("UTF-16 file") << utf16 << -1 << QStringList() << u"."_s;
}

void TstBadInput::deviceIdFiles()
{
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QStringList, exported);
    QFETCH(QString, stderrMatches);
    const CliRun result = deviceCommand(input).run();
    QVERIFY2(!result.crashed && !result.timedOut, qPrintable(result.describe()));
    if (exitCode >= 0) {
        QVERIFY2(result.exitCode == exitCode, qPrintable(result.describe()));
    } else {
        // Refused up front (2, nothing asked), or the bad line is reported and skipped.
        QVERIFY2(result.exitCode >= 0 && result.exitCode <= 3 && result.exitCode != 1,
            qPrintable(result.describe()));
        if (result.exitCode == 2)
            QCOMPARE(m_emulator.requestCount(), 0);
    }
    QCOMPARE(exportedIds(result.out), exported);
    if (!stderrMatches.isEmpty()) {
        QVERIFY2(QString::fromUtf8(result.err)
                     .contains(QRegularExpression(
                         stderrMatches, QRegularExpression::CaseInsensitiveOption)),
            qPrintable(result.describe()));
    }
    if (exitCode == 2)
        QCOMPARE(m_emulator.requestCount(), 0);
}

void TstBadInput::hugeDeviceIdFile()
{
    // 50,000 IDs (~15 MB with comments and CRLF): still one request (the list is filtered),
    // a bounded time, and every unknown ID reported.
    QByteArray input;
    input.reserve(16 * 1024 * 1024);
    for (int i = 1; i <= 50000; ++i)
        input += "dev-" + QByteArray::number(i).rightJustified(6, '0') + "   # "
            + QByteArray(300, 'c') + "\r\n";
    QVERIFY(input.size() < 16 * 1024 * 1024);
    const CliRun result = deviceCommand(input).run();
    QVERIFY2(!result.crashed && !result.timedOut, qPrintable(result.describe().left(3000)));
    QVERIFY2(result.exitCode == 3, qPrintable(result.describe().left(3000)));
    QCOMPARE(exportedIds(result.out).size(), 5);
    QVERIFY2(
        m_emulator.requestCount() <= 5, qPrintable(QString::number(m_emulator.requestCount())));
    QVERIFY(result.err.contains("dev-050000"));

    // Beyond 16 MB the input is refused up front instead of being read without limit.
    input += QByteArray(2 * 1024 * 1024, '#');
    m_emulator.clearRequests();
    const CliRun tooBig = deviceCommand(input).run();
    QVERIFY2(tooBig.exitCode == 2, qPrintable(tooBig.describe().left(3000)));
    QVERIFY(tooBig.out.isEmpty());
    QCOMPARE(tooBig.errLines().size(), 1);
    QCOMPARE(m_emulator.requestCount(), 0);
}

void TstBadInput::usageErrorsSendNothing_data()
{
    QTest::addColumn<QStringList>("replace"); // flag, value pairs replacing the defaults
    QTest::addColumn<QString>("stderrMatches");
    QTest::newRow("unknown frequency plan")
        << QStringList { u"--ttnv2.frequency-plan-id"_s, u"EU_868"_s } << u"EU_863_870"_s;
    QTest::newRow("frequency plan in lowercase") << QStringList { u"--ttnv2.frequency-plan-id"_s,
        u"eu_863_870_ttn"_s } << u"EU_863_870_TTN"_s;
    QTest::newRow("output folder missing")
        << QStringList { u"-o"_s, u"/nonexistent-folder/devices.json"_s }
        << u"/nonexistent-folder/devices\\.json"_s;
    QTest::newRow("output is a folder") << QStringList { u"-o"_s, u"/tmp"_s } << u"/tmp"_s;
    QTest::newRow("output in a read-only file system")
        << QStringList { u"-o"_s, u"/proc/devices.json"_s } << u"/proc/devices\\.json"_s;
}

void TstBadInput::usageErrorsSendNothing()
{
    QFETCH(QStringList, replace);
    QFETCH(QString, stderrMatches);
    CliCommand run = deviceCommand(QByteArray());
    run.arguments << u"dev-000001"_s;
    for (qsizetype i = 0; i + 1 < replace.size(); i += 2) {
        const qsizetype at = run.arguments.indexOf(replace.at(i));
        if (at >= 0)
            run.arguments[at + 1] = replace.at(i + 1);
        else
            run.arguments << replace.at(i) << replace.at(i + 1);
    }
    const CliRun result = run.run();
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY(result.out.isEmpty());
    QVERIFY2(QString::fromUtf8(result.err).contains(QRegularExpression(stderrMatches)),
        qPrintable(result.describe()));
    QCOMPARE(m_emulator.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TstBadInput)
#include "tst_badinput.moc"

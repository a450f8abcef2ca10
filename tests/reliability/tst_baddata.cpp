// Bad server data through the whole CLI: a handler (canned HTTP server) answers with the
// fuzz corpus' malformed bodies. The list being unreadable stops the run with one line
// (exit 1); a bad device fails alone with a reason that names the field, never the key value
// (exit 3); lowercase hex is accepted, written uppercase, with a warning. Never a crash, never
// a wrong or duplicate export line.
#include "cannedserver.h"
#include "cliprocess.h"
#include "ndjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kApp = u"my-app"_s;
const QString kKey = u"ttn-account-v2.BadDataKey-0123456789abcdefghijklmnopqrstuvw"_s;

QByteArray corpus(const QString &name)
{
    QFile file(QStringLiteral(TTNMIG_SOURCE_DIR "/tests/fuzz/corpus/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TstBadData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void badListBodies_data();
    void badListBodies();
    void oversizedDeviceBody();

private:
    CliRun exportApplication(const QByteArray &listBody, int status = 200);
    CannedServer m_server;
};

void TstBadData::initTestCase()
{
    QVERIFY(m_server.listen());
}

CliRun TstBadData::exportApplication(const QByteArray &listBody, int status)
{
    m_server.setResponse("/applications/my-app/devices", { status, listBody });
    CliCommand run;
    run.arguments = { u"application"_s, u"--source"_s, u"ttnv2"_s, kApp,
        u"--ttnv2.frequency-plan-id"_s, u"EU_863_870_TTN"_s, u"--ttnv2.handler-address"_s,
        m_server.url().toString(), u"--ttnv2.with-session=false"_s };
    run.environment.insert(u"TTNV2_APP_ACCESS_KEY"_s, kKey);
    return run.run();
}

void TstBadData::badListBodies_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("exported");
    QTest::addColumn<QString>("stderrMatches"); // regex over the whole stderr

    QTest::newRow("truncated JSON")
        << u"list_truncated.json"_s << 1 << 0 << u"^ttn-lw-migrate: [^\\n]+\\n$"_s;
    QTest::newRow("HTML instead of JSON")
        << u"garbage_html.txt"_s << 1 << 0 << u"^ttn-lw-migrate: [^\\n]+\\n$"_s;
    QTest::newRow("binary garbage")
        << u"garbage_binary.bin"_s << 1 << 0 << u"^ttn-lw-migrate: [^\\n]+\\n$"_s;
    QTest::newRow("null") << u"json_null.json"_s << 1 << 0 << u"^ttn-lw-migrate: [^\\n]+\\n$"_s;
    QTest::newRow("array") << u"json_array.json"_s << 1 << 0 << u"^ttn-lw-migrate: [^\\n]+\\n$"_s;
    QTest::newRow("devices is an object")
        << u"list_devices_not_array.json"_s << 1 << 0 << u"devices"_s;
    QTest::newRow("deeply nested")
        << u"deep_nesting.json"_s << 1 << 0 << u"^ttn-lw-migrate: [^\\n]+\\n$"_s;
    QTest::newRow("empty application")
        << u"list_empty_application.json"_s << 0 << 0 << u"0 exported"_s;
    QTest::newRow("two good devices") << u"list_two_devices.json"_s << 3 << 1 << u"ABP"_s;
    QTest::newRow("lowercase hex") << u"list_lowercase_hex.json"_s << 0 << 1 << u"lowercase"_s;
    QTest::newRow("wrong hex lengths")
        << u"list_wrong_hex_lengths.json"_s << 3 << 0 << u"failed short-eui: .*app_eui"_s;
    QTest::newRow("wrong types") << u"list_wrong_types.json"_s << 3 << 0 << u"failed"_s;
    QTest::newRow("absurd values") << u"list_absurd_values.json"_s << 3 << 1 << u"latitude"_s;
    // In dev_id order: same-euis is first with these EUIs, so both "twice" entries fail.
    QTest::newRow("duplicate devices")
        << u"list_duplicate_devices.json"_s << 3 << 2
        << u"failed twice: same DevEUI.*same-euis.*\\n.*failed twice: .*more than once"_s;
    QTest::newRow("template and unusable")
        << u"list_template_and_unusable.json"_s << 3 << 0 << u"template"_s;
    QTest::newRow("unicode and attributes")
        << u"list_unicode_and_attributes.json"_s << 3 << 1 << u"warning Unicode_Dev: .*old-id"_s;
}

void TstBadData::badListBodies()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(int, exported);
    QFETCH(QString, stderrMatches);
    const QByteArray body = corpus(file);
    QVERIFY2(!body.isEmpty() || file.contains(u"empty"_s), qPrintable(file));
    const CliRun result = exportApplication(body);

    QVERIFY2(!result.crashed && !result.timedOut, qPrintable(result.describe()));
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.describe()));
    const QRegularExpression pattern(stderrMatches, QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(pattern.match(QString::fromUtf8(result.err)).hasMatch(),
        qPrintable(u"stderr should match /%1/: %2"_s.arg(stderrMatches, result.describe())));

    // stdout: only well-formed devices, each once, hex in uppercase.
    const QStringList lines = Ndjson::canonical(result.out);
    QCOMPARE(lines.size(), exported);
    QSet<QString> ids;
    for (const QString &line : lines) {
        QVERIFY2(!line.startsWith(u"<invalid"_s), qPrintable(line.left(100)));
        const QJsonObject device = QJsonDocument::fromJson(line.toUtf8()).object();
        const QString id = device.value(u"ids"_s).toObject().value(u"device_id"_s).toString();
        QVERIFY2(!ids.contains(id), qPrintable(u"exported twice: "_s + id));
        ids.insert(id);
        const QJsonObject idFields = device.value(u"ids"_s).toObject();
        const QString appKey = device.value(u"root_keys"_s)
                                   .toObject()
                                   .value(u"app_key"_s)
                                   .toObject()
                                   .value(u"key"_s)
                                   .toString();
        for (const QString &hex : { idFields.value(u"dev_eui"_s).toString(),
                 idFields.value(u"join_eui"_s).toString(), appKey })
            QVERIFY2(hex == hex.toUpper(), qPrintable(u"hex must be uppercase in "_s + id));
    }
    // A key that was in the body is never quoted in a reason.
    for (const char *rawKey :
        { "00112233445566778899aabbccddeeff", "zz112233445566778899AABBCCDDEEFF",
            "00112233445566778899AABBCCDDEEFF00", "ABEiM0RVZneImaq7zN3u/w==" }) {
        QVERIFY2(!result.err.contains(rawKey), "a key value from the server body reached stderr");
    }
}

void TstBadData::oversizedDeviceBody()
{
    // A single device GET bigger than the 4 MiB cap: refused, not read into memory forever.
    QByteArray huge = R"({"app_id":"my-app","dev_id":"big","description":")";
    huge += QByteArray(5 * 1024 * 1024, 'x');
    huge
        += R"(","lorawan_device":{"app_eui":"70B3D57ED0000001","dev_eui":"0004A30B001C0530","app_key":"00112233445566778899AABBCCDDEEFF"}})";
    m_server.setResponse("/applications/my-app/devices/big", { 200, huge });
    m_server.setResponse("/applications/my-app/devices", { 200, "{\"devices\":[" + huge + "]}" });
    CliCommand run;
    run.arguments = { u"device"_s, u"--source"_s, u"ttnv2"_s, u"big"_s, u"--ttnv2.app-id"_s, kApp,
        u"--ttnv2.frequency-plan-id"_s, u"EU_863_870_TTN"_s, u"--ttnv2.handler-address"_s,
        m_server.url().toString(), u"--ttnv2.with-session=true"_s };
    run.environment.insert(u"TTNV2_APP_ACCESS_KEY"_s, kKey);
    const CliRun result = run.run();
    QVERIFY2(result.exitCode == 1 || result.exitCode == 3, qPrintable(result.describe()));
    QVERIFY2(result.out.isEmpty(), qPrintable(result.describe()));
    QVERIFY2(result.err.contains("MiB") || result.err.contains("large")
            || result.err.contains("description"),
        qPrintable(result.describe()));
}

QTEST_GUILESS_MAIN(TstBadData)
#include "tst_baddata.moc"

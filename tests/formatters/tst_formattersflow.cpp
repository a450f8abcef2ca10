// The payload formatters' way from TTN v2 to The Things Stack with the two documented
// commands, as processes against in-process emulators: `application … -o devices.json`
// saves devices.formatters.json, `tts import devices.json` sets the target application's
// default formatters. Also: keys without the right on either side, and formatters already on
// the target.
#include "cliprocess.h"
#include "formatters/formatterconverter.h"
#include "formatters/formatterfile.h"
#include "formatters/formatterrunner.h"
#include "ttsemulator.h"
#include "v2emulator.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kTargetApp = u"target-app"_s;
const QString kFullKey = u"NNSXS.FORMATTERSFULLKEY01.FullSecretNeverToBeSeen0123456789abcd"_s;
const QString kDevicesKey = u"NNSXS.FORMATTERSDEVKEY012.DevicesSecretNeverToBeSeen0123456789ab"_s;
const QString kV2DevicesOnlyKey = u"ttn-account-v2.demo-devices-only-key-without-settings"_s;
} // namespace

class TstFormattersFlow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void exportThenImportSetsTheDefaultFormatters();
    void v2KeyWithoutSettingsStillExports();
    void ttsKeyWithoutSettingsBasicStillImports();
    void existingFormattersAreKeptUnlessReplaced();
    void tryShowsBothNetworks();

private:
    CliRun exportDemo(const QString &key = V2Emulator::demoAccessKey());
    CliRun import(const QString &key = kFullKey, const QStringList &extra = {});
    QString devicesPath() const { return m_dir->filePath(u"devices.json"_s); }

    std::unique_ptr<V2Emulator> m_v2;
    std::unique_ptr<TtsEmulator> m_tts;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstFormattersFlow::init()
{
    m_v2 = std::make_unique<V2Emulator>();
    QVERIFY(m_v2->listen());
    m_v2->loadDemo();
    m_tts = std::make_unique<TtsEmulator>();
    QVERIFY(m_tts->listen());
    m_tts->addApplication(kTargetApp);
    m_tts->addApiKey(kFullKey, kTargetApp, { u"RIGHT_APPLICATION_ALL"_s });
    m_tts->addApiKey(kDevicesKey, kTargetApp,
        { u"RIGHT_APPLICATION_DEVICES_READ"_s, u"RIGHT_APPLICATION_DEVICES_WRITE"_s,
            u"RIGHT_APPLICATION_DEVICES_WRITE_KEYS"_s });
    m_dir = std::make_unique<QTemporaryDir>();
}

void TstFormattersFlow::cleanup()
{
    m_v2.reset();
    m_tts.reset();
    m_dir.reset();
}

CliRun TstFormattersFlow::exportDemo(const QString &key)
{
    QProcessEnvironment env = CliTest::cleanEnvironment();
    env.insert(u"TTNV2_APP_ACCESS_KEY"_s, key);
    return CliTest::run(
        { u"application"_s, u"--source"_s, u"ttnv2"_s, V2Emulator::demoApplicationId(),
            u"--ttnv2.frequency-plan-id"_s, u"EU_863_870_TTN"_s, u"--ttnv2.handler-address"_s,
            m_v2->handlerUrl().toString(), u"-o"_s, devicesPath() },
        env);
}

CliRun TstFormattersFlow::import(const QString &key, const QStringList &extra)
{
    QProcessEnvironment env = CliTest::cleanEnvironment();
    env.insert(u"TTS_ADDRESS"_s, m_tts->baseUrl().toString());
    env.insert(u"TTS_APPLICATION_ID"_s, kTargetApp);
    env.insert(u"TTS_API_KEY"_s, key);
    return CliTest::run(
        QStringList { u"tts"_s, u"import"_s } + extra + QStringList { devicesPath() }, env);
}

void TstFormattersFlow::exportThenImportSetsTheDefaultFormatters()
{
    const CliRun exported = exportDemo();
    QVERIFY2(exported.finished && QFile::exists(devicesPath()), qPrintable(exported.describe()));
    const QString formatterFile = m_dir->filePath(u"devices.formatters.json"_s);
    QVERIFY2(QFile::exists(formatterFile), qPrintable(exported.describe()));
    QVERIFY(exported.err.contains(formatterFile.toUtf8()));
    QVERIFY(QFile::exists(m_dir->filePath(u"devices.formatters.uplink.js"_s)));

    const CliRun imported = import();
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    QVERIFY2(imported.err.contains("set the default formatters of application target-app"),
        qPrintable(imported.describe()));

    const QJsonObject formatters
        = m_tts->link(kTargetApp).value(u"default_formatters"_s).toObject();
    QCOMPARE(formatters.value(u"up_formatter"_s).toString(), u"FORMATTER_JAVASCRIPT"_s);
    QCOMPARE(formatters.value(u"down_formatter"_s).toString(), u"FORMATTER_JAVASCRIPT"_s);
    const QString script = formatters.value(u"up_formatter_parameter"_s).toString();
    QVERIFY(script.contains(u"function decodeUplink(input)"_s));
    QVERIFY(script.contains(u"function Validator(converted, port)"_s));

    // What TTS stored decodes as v2 did.
    const FormatterResult tts = FormatterRunner().runTts(
        { u"FORMATTER_JAVASCRIPT"_s, script }, QByteArray::fromHex("09c432"), 1);
    QCOMPARE(tts.status, FormatterResult::Status::Decoded);
    QCOMPARE(tts.data.value(u"temperature"_s).toDouble(), 25.0);
    QCOMPARE(tts.data.value(u"humidity"_s).toInt(), 50);

    // A second import finds them set.
    const CliRun again = import();
    QVERIFY2(again.err.contains("already has those of"), qPrintable(again.describe()));
}

void TstFormattersFlow::v2KeyWithoutSettingsStillExports()
{
    const CliRun full = exportDemo();
    QVERIFY(QFile::remove(devicesPath()));
    QVERIFY(QFile::remove(m_dir->filePath(u"devices.formatters.json"_s)));
    const CliRun run = exportDemo(kV2DevicesOnlyKey);
    QCOMPARE(run.exitCode, full.exitCode); // the formatters never change the exit code
    QVERIFY2(QFile::exists(devicesPath()), qPrintable(run.describe()));
    QVERIFY(!QFile::exists(m_dir->filePath(u"devices.formatters.json"_s)));
    QVERIFY2(run.err.contains("were not read"), qPrintable(run.describe()));
    QVERIFY(run.err.contains("right"));
    QVERIFY(run.err.contains("settings"));
}

void TstFormattersFlow::ttsKeyWithoutSettingsBasicStillImports()
{
    exportDemo();
    const CliRun run = import(kDevicesKey);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.err.contains("RIGHT_APPLICATION_SETTINGS_BASIC"));
    QVERIFY(run.err.contains("left alone"));
    QVERIFY(run.err.contains("Custom Javascript formatter"));
    QVERIFY(run.err.contains("devices.formatters.uplink.js"));
    QVERIFY(run.err.contains("devices.formatters.downlink.js"));
    QVERIFY(m_tts->link(kTargetApp).isEmpty());
}

void TstFormattersFlow::existingFormattersAreKeptUnlessReplaced()
{
    exportDemo();
    const QJsonObject other { { u"default_formatters"_s,
        QJsonObject { { u"up_formatter"_s, u"FORMATTER_CAYENNELPP"_s } } } };
    m_tts->setLink(kTargetApp, other);
    const CliRun kept = import();
    QVERIFY2(kept.exitCode == 0, qPrintable(kept.describe()));
    QVERIFY2(kept.err.contains("already has other default payload formatters"),
        qPrintable(kept.describe()));
    QCOMPARE(m_tts->link(kTargetApp), other);

    const CliRun replaced = import(kFullKey, { u"--tts.replace-formatters"_s });
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.describe()));
    QCOMPARE(m_tts->link(kTargetApp)
                 .value(u"default_formatters"_s)
                 .toObject()
                 .value(u"up_formatter"_s)
                 .toString(),
        u"FORMATTER_JAVASCRIPT"_s);
}

void TstFormattersFlow::tryShowsBothNetworks()
{
    exportDemo();
    const QString file = m_dir->filePath(u"devices.formatters.json"_s);
    const CliRun ok = CliTest::run(
        { u"formatters"_s, u"try"_s, u"--payload"_s, u"09c432"_s, u"--fport"_s, u"1"_s, file },
        CliTest::cleanEnvironment());
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
    QVERIFY(ok.out.contains("\"temperature\":25"));
    const CliRun dropped = CliTest::run(
        { u"formatters"_s, u"try"_s, u"--payload"_s, u"09c4ff"_s, u"--fport"_s, u"1"_s, file },
        CliTest::cleanEnvironment());
    QVERIFY2(dropped.exitCode == 0, qPrintable(dropped.describe()));
    QVERIFY(dropped.out.contains("dropped"));
    QVERIFY(dropped.out.contains("v2 Validator"));
    const CliRun bad = CliTest::run(
        { u"formatters"_s, u"try"_s, u"--payload"_s, u"zz"_s, u"--fport"_s, u"1"_s, file },
        CliTest::cleanEnvironment());
    QCOMPARE(bad.exitCode, 2);
}

QTEST_GUILESS_MAIN(TstFormattersFlow)
#include "tst_formattersflow.moc"

// The tts source's "stop the source network accepting the device" (#17 item 6, first row):
// `ttn-lw-migrate tts application APP -o devices.json --tts.change-app-key` and `tts
// restore-app-keys devices.json` as processes against two in-process tts-emulators on
// 127.0.0.1 (source and target). After the export is on disk, the source Join Server has new
// random root keys and the file the old ones, which import into the target; a rerun changes
// nothing; restore puts the file's keys back and is itself a no-op the second time; a key
// without RIGHT_APPLICATION_DEVICES_WRITE_KEYS stops with that right's name; a dry run writes
// nothing; --tts.change-app-key without -o is refused before any request.
#include "appkey/appkeys.h"
#include "cliprocess.h"
#include "ndjson.h"
#include "ttstestsupport.h"
#include "util/jsonpath.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ttstest;

namespace {

const QString kSourceApp = TtsEmulator::demoSourceApplicationId();
const QString kSourceKey = TtsEmulator::demoSourceApiKey();
const QString kNoWriteKeysKey
    = u"NNSXS.NOWRITEKEYSSOURCE01.NoWriteKeysSourceSecretNeverSeen012345"_s;

QString idOf(const QJsonObject &device)
{
    return device.value(u"ids"_s).toObject().value(u"device_id"_s).toString();
}

QString rootKey(const QJsonObject &device, const QString &name)
{
    return JsonPath::stringAt(device, u"root_keys."_s + name + u".key"_s).toUpper();
}

QList<QJsonObject> otaaLines(const QList<QJsonObject> &devices)
{
    QList<QJsonObject> otaa;
    for (const QJsonObject &device : devices) {
        if (device.value(u"supports_join"_s).toBool())
            otaa << device;
    }
    return otaa;
}

} // namespace

class TstTtsAppKeyCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void changeAfterExportRerunAndRestore();
    void renamedDeviceIsFoundByItsDevEui();
    void splitExportChangesAndRestoresEveryPart();
    void keyWithoutWriteKeysNamesTheRight();
    void dryRunWritesNothing();
    void usageErrorsBeforeAnyRequest_data();
    void usageErrorsBeforeAnyRequest();

private:
    QProcessEnvironment sourceEnvironment(const QString &key = kSourceKey) const;
    QProcessEnvironment targetEnvironment() const;
    int sourceWrites() const; // PUTs to the source's Join Server
    CliRun exportAndChange(const QStringList &extra = {}, const QString &key = kSourceKey);
    QString file() const { return m_dir->filePath(u"devices.json"_s); }
    QString journalDir() const { return m_dir->filePath(u"data/ttn-lw-migrate/journals"_s); }

    std::unique_ptr<TtsEmulator> m_source;
    std::unique_ptr<TtsEmulator> m_target;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstTtsAppKeyCli::init()
{
    m_source = std::make_unique<TtsEmulator>();
    QVERIFY(m_source->listen());
    m_source->loadDemoSource(m_source->baseUrl().host());
    m_source->addApiKey(kNoWriteKeysKey, kSourceApp,
        { u"RIGHT_APPLICATION_DEVICES_READ"_s, u"RIGHT_APPLICATION_DEVICES_READ_KEYS"_s,
            u"RIGHT_APPLICATION_DEVICES_WRITE"_s, u"RIGHT_APPLICATION_SETTINGS_BASIC"_s });
    m_target = std::make_unique<TtsEmulator>();
    setUpEmulator(*m_target);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstTtsAppKeyCli::cleanup()
{
    m_source.reset();
    m_target.reset();
    m_dir.reset();
}

QProcessEnvironment TstTtsAppKeyCli::sourceEnvironment(const QString &key) const
{
    QProcessEnvironment env = CliTest::cleanEnvironment();
    env.insert(u"TTS_SOURCE_ADDRESS"_s, m_source->baseUrl().toString());
    env.insert(u"TTS_APP_API_KEY"_s, key);
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s)); // journals go here
    return env;
}

QProcessEnvironment TstTtsAppKeyCli::targetEnvironment() const
{
    QProcessEnvironment env = CliTest::cleanEnvironment();
    env.insert(u"TTS_ADDRESS"_s, m_target->baseUrl().toString());
    env.insert(u"TTS_APPLICATION_ID"_s, kApp);
    env.insert(u"TTS_API_KEY"_s, kKey);
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    return env;
}

int TstTtsAppKeyCli::sourceWrites() const
{
    int writes = 0;
    const QList<TtsEmulatorRequest> requests = m_source->requests();
    for (const TtsEmulatorRequest &request : requests) {
        if (request.method != u"GET")
            ++writes;
    }
    return writes;
}

CliRun TstTtsAppKeyCli::exportAndChange(const QStringList &extra, const QString &key)
{
    QStringList arguments { u"tts"_s, u"application"_s, kSourceApp, u"-o"_s, file(),
        u"--tts.change-app-key"_s };
    arguments << extra;
    return CliTest::run(arguments, sourceEnvironment(key), {}, 120000);
}

void TstTtsAppKeyCli::changeAfterExportRerunAndRestore()
{
    // --verbose: every request logged, and still no key.
    const CliRun changed = exportAndChange({ u"--verbose"_s });
    // Some demo devices cannot move (ABP without session, an external Join Server): exit 3,
    // as the export alone; the keys themselves all changed.
    QVERIFY2(changed.exitCode == 3, qPrintable(changed.describe()));
    const QString err = QString::fromUtf8(changed.err);
    const QList<QJsonObject> otaa = otaaLines(Ndjson::readObjects(file()));
    QVERIFY(otaa.size() >= 10);
    QVERIFY2(err.contains(u"AppKeys in the source Join Server: %1 changed, 0 already changed, "
                          "0 failed"_s.arg(otaa.size())),
        qPrintable(err));
    QVERIFY(!err.contains(u"v2"_s));
    int lorawan11 = 0;
    for (const QJsonObject &device : otaa) {
        const QString id = idOf(device);
        const QJsonObject js = m_source->device(TtsServer::Join, kSourceApp, id);
        const QString fileKey = rootKey(device, u"app_key"_s);
        QVERIFY(AppKeys::isValid(fileKey));
        QVERIFY2(AppKeys::isValid(rootKey(js, u"app_key"_s)), qPrintable(id));
        QVERIFY2(!AppKeys::same(rootKey(js, u"app_key"_s), fileKey), qPrintable(id));
        // No key in the terminal's output (requests included), only fingerprints.
        QVERIFY(!err.contains(fileKey, Qt::CaseInsensitive));
        QVERIFY(!err.contains(rootKey(js, u"app_key"_s), Qt::CaseInsensitive));
        const QString fileNwkKey = rootKey(device, u"nwk_key"_s);
        if (!fileNwkKey.isEmpty()) {
            ++lorawan11;
            QVERIFY2(!AppKeys::same(rootKey(js, u"nwk_key"_s), fileNwkKey), qPrintable(id));
        }
    }
    QVERIFY(lorawan11 > 0); // the demo has LoRaWAN 1.1 devices: their NwkKey changed too
    // The journal: one change run of the tts source, fingerprints only.
    const QStringList journals = QDir(journalDir()).entryList({ u"*.json"_s }, QDir::Files);
    QCOMPARE(journals.size(), 1);
    QFile journal(QDir(journalDir()).filePath(journals.constFirst()));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const QByteArray journalText = journal.readAll();
    QVERIFY(journalText.contains("\"source\":\"tts\""));
    QVERIFY(!journalText.contains(rootKey(otaa.constFirst(), u"app_key"_s).toUtf8()));

    // The file still holds the keys the devices have: the target takes them.
    const CliRun imported
        = CliTest::run({ u"tts"_s, u"import"_s, file() }, targetEnvironment(), {}, 60000);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    for (const QJsonObject &device : otaa) {
        const QJsonObject js = m_target->device(TtsServer::Join, kApp, idOf(device));
        QVERIFY2(AppKeys::same(rootKey(js, u"app_key"_s), rootKey(device, u"app_key"_s)),
            qPrintable(idOf(device)));
    }

    // A rerun exports the generated keys: refused, the first file kept, nothing written.
    QFile before(file());
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray original = before.readAll();
    before.close();
    m_source->clearRequests();
    const CliRun rerun = exportAndChange();
    QVERIFY2(rerun.exitCode == 1, qPrintable(rerun.describe()));
    QVERIFY2(rerun.err.contains("generated"), rerun.err.constData());
    QCOMPARE(sourceWrites(), 0);
    QFile after(file());
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), original);

    // To stdout, the devices with a generated key are failed and never written.
    const CliRun toStdout
        = CliTest::run({ u"tts"_s, u"application"_s, kSourceApp }, sourceEnvironment(), {}, 120000);
    QVERIFY2(toStdout.exitCode == 3, qPrintable(toStdout.describe()));
    QVERIFY2(toStdout.err.contains("not written, its AppKey in the source Join Server was "
                                   "generated by ttn-lw-migrate"),
        toStdout.err.constData());
    for (const QJsonObject &device : otaa) {
        const QString generated
            = rootKey(m_source->device(TtsServer::Join, kSourceApp, idOf(device)), u"app_key"_s);
        QVERIFY(!toStdout.out.toUpper().contains(generated.toUtf8()));
    }

    // Restore: the file's keys go back; a second restore finds nothing to do.
    const QStringList restore { u"tts"_s, u"restore-app-keys"_s, u"--tts.app-id"_s, kSourceApp,
        file() };
    const CliRun restored = CliTest::run(restore, sourceEnvironment(), {}, 60000);
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
    QVERIFY2(restored.err.contains(u"AppKeys in the source Join Server: %1 restored, 0 already "
                                   "original, 0 failed"_s.arg(otaa.size())
                                       .toUtf8()),
        restored.err.constData());
    for (const QJsonObject &device : otaa) {
        const QJsonObject js = m_source->device(TtsServer::Join, kSourceApp, idOf(device));
        QVERIFY(AppKeys::same(rootKey(js, u"app_key"_s), rootKey(device, u"app_key"_s)));
        if (!rootKey(device, u"nwk_key"_s).isEmpty())
            QVERIFY(AppKeys::same(rootKey(js, u"nwk_key"_s), rootKey(device, u"nwk_key"_s)));
    }
    m_source->clearRequests();
    // The same in the --source spelling, as restore-app-keys --source ttnv2 is for v2.
    const CliRun again = CliTest::run(
        { u"restore-app-keys"_s, u"--source"_s, u"tts"_s, u"--tts.app-id"_s, kSourceApp, file() },
        sourceEnvironment(), {}, 60000);
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY2(again.err.contains(
                 u"0 restored, %1 already original, 0 failed"_s.arg(otaa.size()).toUtf8()),
        again.err.constData());
    QCOMPARE(sourceWrites(), 0);
}

// A device the export renamed (--dev-id-map) has another ID in the file than at the source:
// the change finds it by its DevEUI, and so does the restore.
void TstTtsAppKeyCli::renamedDeviceIsFoundByItsDevEui()
{
    const QString source = u"soil-sensor-027"_s;
    const QString renamed = u"renamed-soil-27"_s;
    const QString map = m_dir->filePath(u"map.csv"_s);
    QFile mapFile(map);
    QVERIFY(mapFile.open(QIODevice::WriteOnly));
    mapFile.write(u"%1,%2\n"_s.arg(source, renamed).toUtf8());
    mapFile.close();
    const CliRun changed = exportAndChange({ u"--dev-id-map"_s, map });
    QVERIFY2(changed.exitCode == 3, qPrintable(changed.describe()));
    QJsonObject line;
    for (const QJsonObject &device : Ndjson::readObjects(file())) {
        if (idOf(device) == renamed)
            line = device;
    }
    QVERIFY(!line.isEmpty());
    QVERIFY2(changed.err.contains(u"changed AppKey of %1 "_s.arg(source).toUtf8()),
        changed.err.constData());
    const auto sourceKey = [this, source] {
        return rootKey(m_source->device(TtsServer::Join, kSourceApp, source), u"app_key"_s);
    };
    QVERIFY(!AppKeys::same(sourceKey(), rootKey(line, u"app_key"_s)));

    const CliRun restored
        = CliTest::run({ u"tts"_s, u"restore-app-keys"_s, u"--tts.app-id"_s, kSourceApp, file() },
            sourceEnvironment(), {}, 60000);
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
    QVERIFY(AppKeys::same(sourceKey(), rootKey(line, u"app_key"_s)));
}

// With --split the plan is every part read back; the restore takes the parts.
void TstTtsAppKeyCli::splitExportChangesAndRestoresEveryPart()
{
    const CliRun changed = exportAndChange({ u"--split"_s });
    QVERIFY2(changed.exitCode == 3, qPrintable(changed.describe()));
    const QString part = m_dir->filePath(u"devices-001.json"_s);
    const QList<QJsonObject> otaa = otaaLines(Ndjson::readObjects(part));
    QVERIFY(!otaa.isEmpty());
    QVERIFY2(changed.err.contains(
                 u"%1 changed, 0 already changed, 0 failed"_s.arg(otaa.size()).toUtf8()),
        changed.err.constData());
    const CliRun restored
        = CliTest::run({ u"tts"_s, u"restore-app-keys"_s, u"--tts.app-id"_s, kSourceApp, part },
            sourceEnvironment(), {}, 60000);
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
    for (const QJsonObject &device : otaa) {
        const QJsonObject js = m_source->device(TtsServer::Join, kSourceApp, idOf(device));
        QVERIFY(AppKeys::same(rootKey(js, u"app_key"_s), rootKey(device, u"app_key"_s)));
    }
}

void TstTtsAppKeyCli::keyWithoutWriteKeysNamesTheRight()
{
    const CliRun run = exportAndChange({}, kNoWriteKeysKey);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("RIGHT_APPLICATION_DEVICES_WRITE_KEYS"), run.err.constData());
    QVERIFY(!run.err.contains("NoWriteKeysSourceSecret"));
    QVERIFY(!otaaLines(Ndjson::readObjects(file())).isEmpty()); // the export itself is written
    QCOMPARE(sourceWrites(), 0);
}

void TstTtsAppKeyCli::dryRunWritesNothing()
{
    const CliRun run = exportAndChange({ u"--dry-run"_s });
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    const QList<QJsonObject> otaa = otaaLines(Ndjson::readObjects(file()));
    // The English plural form, as the command prints it.
    QVERIFY2(run.err.contains(u"dry run: %1 AppKeys would be changed, nothing was written to "
                              "the source Join Server"_s.arg(otaa.size())
                                  .toUtf8()),
        run.err.constData());
    QCOMPARE(sourceWrites(), 0);
    QVERIFY(!QDir(journalDir()).exists()
        || QDir(journalDir()).entryList({ u"*.json"_s }, QDir::Files).isEmpty());
    for (const QJsonObject &device : otaa) {
        const QJsonObject js = m_source->device(TtsServer::Join, kSourceApp, idOf(device));
        QVERIFY(AppKeys::same(rootKey(js, u"app_key"_s), rootKey(device, u"app_key"_s)));
    }
}

void TstTtsAppKeyCli::usageErrorsBeforeAnyRequest_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("change without -o") << QStringList { u"tts"_s, u"application"_s, kSourceApp,
        u"--tts.change-app-key"_s } << u"--tts.change-app-key needs -o FILE"_s;
    QTest::newRow("restore without a file") << QStringList { u"tts"_s, u"restore-app-keys"_s,
        u"--tts.app-id"_s, kSourceApp } << u"restore-app-keys needs the devices.json"_s;
    QTest::newRow("restore without an application") << QStringList { u"tts"_s,
        u"restore-app-keys"_s, u"devices.json"_s } << u"missing --tts.app-id"_s;
    QTest::newRow("restore with -o") << QStringList { u"tts"_s, u"restore-app-keys"_s,
        u"--tts.app-id"_s, kSourceApp, u"-o"_s, u"x.json"_s, u"devices.json"_s }
                                     << u"leave out -o"_s;
}

void TstTtsAppKeyCli::usageErrorsBeforeAnyRequest()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = CliTest::run(arguments, sourceEnvironment(), {}, 30000);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(m_source->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TstTtsAppKeyCli)
#include "tst_ttsappkeycli.moc"

// AppKeyJob on the source Join Server of a The Things Stack deployment (TtsAppKeyBackend),
// against an in-process TtsEmulator on 127.0.0.1: every OTAA device of a saved devices.json
// gets a new key through a field-masked Set (LoRaWAN 1.1: the NwkKey too); a device the JS no
// longer has fails alone; 503s before and after the Set took effect are retried to a truthful
// end; a cancel leaves a journal and a rerun finishes without changing a device twice; a dry
// run writes nothing; a file of another application and a key without the write-keys right
// stop before any write.
#include "appkey/appkeyjob.h"
#include "appkey/appkeyjournal.h"
#include "appkey/appkeys.h"
#include "ttstestsupport.h"
#include "util/jsonpath.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ttstest;

namespace {

constexpr int kDevices = 6;
const QString kNwk = u"00112233445566778899AABBCCDDEEFF"_s;

QString deviceId(int n)
{
    return u"js-dev-%1"_s.arg(n);
}

QString appKey(int n)
{
    return u"A1B2C3D4E5F60718293A4B5C6D7E8F%1"_s.arg(n, 2, 10, QLatin1Char('0'));
}

// The JS's record and the export's line of device n (n == 0: LoRaWAN 1.1, with an NwkKey).
QJsonObject jsDevice(int n, const QString &app = kApp)
{
    QJsonObject keys { { u"app_key"_s, QJsonObject { { u"key"_s, appKey(n) } } } };
    if (n == 0)
        keys.insert(u"nwk_key"_s, QJsonObject { { u"key"_s, kNwk } });
    return { { u"ids"_s,
                 QJsonObject { { u"device_id"_s, deviceId(n) },
                     { u"application_ids"_s, QJsonObject { { u"application_id"_s, app } } },
                     { u"dev_eui"_s, devEui(n + 1) }, { u"join_eui"_s, u"70B3D57ED0000001"_s } } },
        { u"root_keys"_s, keys } };
}

QJsonObject exportLine(int n, const QString &app = kApp)
{
    QJsonObject line = jsDevice(n, app);
    line.insert(u"supports_join"_s, true);
    line.insert(u"name"_s, u"Device %1"_s.arg(n));
    return line;
}

QString rootKey(const QJsonObject &device, const QString &name)
{
    return JsonPath::stringAt(device, u"root_keys."_s + name + u".key"_s);
}

} // namespace

class TstTtsAppKeyJob : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void changesEveryDeviceWithAFieldMask();
    void missingDeviceFailsAlone();
    void transientErrorsEndTruthfully();
    void cancelThenRerunFinishes();
    void dryRunWritesNothing();
    void stopsBeforeAnyWrite_data();
    void stopsBeforeAnyWrite();

private:
    QString writeFile(const QString &app = kApp);
    AppKeyRunSummary run(AppKeyAction action, const QString &key = kKey, bool dryRun = false,
        int cancelAfter = -1, const QString &app = kApp);
    QString jsKey(int n, const QString &name = u"app_key"_s) const
    {
        return rootKey(m_emulator->device(TtsServer::Join, kApp, deviceId(n)), name);
    }

    std::unique_ptr<TtsEmulator> m_emulator;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TstTtsAppKeyJob::init()
{
    m_emulator = std::make_unique<TtsEmulator>();
    setUpEmulator(*m_emulator);
    for (int n = 0; n < kDevices; ++n)
        m_emulator->addDevice(kApp, jsDevice(n), { TtsServer::Identity, TtsServer::Join });
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = writeFile();
}

void TstTtsAppKeyJob::cleanup()
{
    m_emulator.reset();
    m_dir.reset();
}

QString TstTtsAppKeyJob::writeFile(const QString &app)
{
    const QString path = m_dir->filePath(u"devices-%1.json"_s.arg(app));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    for (int n = 0; n < kDevices; ++n)
        file.write(QJsonDocument(exportLine(n, app)).toJson(QJsonDocument::Compact) + '\n');
    return path;
}

AppKeyRunSummary TstTtsAppKeyJob::run(
    AppKeyAction action, const QString &key, bool dryRun, int cancelAfter, const QString &app)
{
    AppKeyJobOptions options;
    options.action = action;
    options.dryRun = dryRun;
    options.journalDirectory = m_dir->filePath(u"journals"_s);
    const QString file = app == kApp ? m_file : writeFile(app);
    AppKeyJob job(
        connection(*m_emulator, key), AppKeyPlan::load(file, kDevices, AppKeySource::Tts), options);
    AppKeyRunSummary summary;
    bool finished = false;
    int done = 0;
    QObject::connect(&job, &AppKeyJob::deviceFinished, &job, [&](const AppKeyDeviceResult &) {
        if (++done == cancelAfter)
            job.cancel();
    });
    QObject::connect(&job, &AppKeyJob::finished, &job, [&](const AppKeyRunSummary &s) {
        summary = s;
        finished = true;
    });
    job.start();
    if (!QTest::qWaitFor([&finished] { return finished; }, 60000))
        summary.fatalMessage = u"the job did not finish"_s;
    return summary;
}

void TstTtsAppKeyJob::changesEveryDeviceWithAFieldMask()
{
    const AppKeyRunSummary changed = run(AppKeyAction::Change);
    QVERIFY2(changed.complete(), qPrintable(changed.fatalMessage));
    QCOMPARE(changed.source, AppKeySource::Tts);
    QCOMPARE(changed.written, kDevices);
    for (int n = 0; n < kDevices; ++n) {
        QVERIFY(AppKeys::isValid(jsKey(n)));
        QVERIFY(!AppKeys::same(jsKey(n), appKey(n)));
    }
    QVERIFY(AppKeys::isValid(jsKey(0, u"nwk_key"_s)));
    QVERIFY(!AppKeys::same(jsKey(0, u"nwk_key"_s), kNwk));
    // Each Set names only the root keys in its field mask.
    for (const TtsEmulatorRequest &request : m_emulator->requests()) {
        if (request.method != u"PUT")
            continue;
        QVERIFY2(request.path.startsWith(u"/api/v3/js/applications/%1/devices/"_s.arg(kApp)),
            qPrintable(request.path));
        const QJsonArray paths = QJsonDocument::fromJson(request.body)
                                     .object()
                                     .value(u"field_mask"_s)
                                     .toObject()
                                     .value(u"paths"_s)
                                     .toArray();
        for (const QJsonValue &path : paths)
            QVERIFY(path.toString().startsWith(u"root_keys."_s));
    }
    // A second change finds every key changed already; restore puts the file's keys back.
    const AppKeyRunSummary again = run(AppKeyAction::Change);
    QCOMPARE(again.already, kDevices);
    QCOMPARE(again.written, 0);
    const AppKeyRunSummary restored = run(AppKeyAction::Restore);
    QVERIFY2(restored.complete(), qPrintable(restored.fatalMessage));
    QCOMPARE(restored.written, kDevices);
    for (int n = 0; n < kDevices; ++n)
        QCOMPARE(jsKey(n), appKey(n));
    QCOMPARE(jsKey(0, u"nwk_key"_s), kNwk);
}

void TstTtsAppKeyJob::missingDeviceFailsAlone()
{
    m_emulator->failMatching("GET", u"/js/applications/%1/devices/%2"_s.arg(kApp, deviceId(2)), 1,
        404, u"pkg/joinserver"_s, u"end_device_not_found"_s);
    const AppKeyRunSummary summary = run(AppKeyAction::Change);
    QVERIFY2(summary.fatalMessage.isEmpty(), qPrintable(summary.fatalMessage));
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.written, kDevices - 1);
    QCOMPARE(jsKey(2), appKey(2));
}

void TstTtsAppKeyJob::transientErrorsEndTruthfully()
{
    m_emulator->failMatching("GET", u"/js/applications/"_s, 2, 503);
    m_emulator->failAfterEffect("PUT", u"/js/applications/"_s, 2, 503);
    const AppKeyRunSummary summary = run(AppKeyAction::Change);
    QVERIFY2(summary.complete(), qPrintable(summary.fatalMessage));
    QCOMPARE(summary.written, kDevices);
    QVERIFY(summary.retries >= 4);
    for (int n = 0; n < kDevices; ++n)
        QVERIFY(!AppKeys::same(jsKey(n), appKey(n)));
}

void TstTtsAppKeyJob::cancelThenRerunFinishes()
{
    const AppKeyRunSummary canceled = run(AppKeyAction::Change, kKey, false, 2);
    QVERIFY(canceled.canceled);
    QVERIFY(canceled.written >= 2);
    QVERIFY(canceled.notRun() > 0);
    const QList<AppKeyJournalRun> open
        = AppKeyJournal::unresolvedRuns(m_dir->filePath(u"journals"_s), kApp);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().source, AppKeySource::Tts);

    const AppKeyRunSummary rerun = run(AppKeyAction::Change);
    QVERIFY2(rerun.complete(), qPrintable(rerun.fatalMessage));
    QCOMPARE(rerun.already, canceled.written);
    QCOMPARE(rerun.written, kDevices - canceled.written);
    QVERIFY(AppKeyJournal::unresolvedRuns(m_dir->filePath(u"journals"_s), kApp).isEmpty());
}

void TstTtsAppKeyJob::dryRunWritesNothing()
{
    const AppKeyRunSummary summary = run(AppKeyAction::Change, kKey, true);
    QVERIFY2(summary.complete(), qPrintable(summary.fatalMessage));
    QCOMPARE(summary.wouldWrite, kDevices);
    QCOMPARE(countRequests(*m_emulator, u"PUT"_s, u"/js/"_s), 0);
    QVERIFY(summary.journalPath.isEmpty());
    for (int n = 0; n < kDevices; ++n)
        QCOMPARE(jsKey(n), appKey(n));
}

void TstTtsAppKeyJob::stopsBeforeAnyWrite_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("fileApp");
    QTest::addColumn<QString>("message");
    QTest::newRow("key without write keys")
        << kNoKeysKey << kApp << u"RIGHT_APPLICATION_DEVICES_WRITE_KEYS"_s;
    QTest::newRow("read-only key") << kReadOnlyKey << kApp << u"RIGHT_APPLICATION_DEVICES_WRITE"_s;
    QTest::newRow("file of another application") << kKey << kOtherApp << kOtherApp;
}

void TstTtsAppKeyJob::stopsBeforeAnyWrite()
{
    QFETCH(QString, key);
    QFETCH(QString, fileApp);
    QFETCH(QString, message);
    const AppKeyRunSummary summary = run(AppKeyAction::Change, key, false, -1, fileApp);
    QVERIFY2(summary.fatalMessage.contains(message), qPrintable(summary.fatalMessage));
    QVERIFY(!summary.fatalMessage.contains(u"v2"_s));
    QCOMPARE(summary.written, 0);
    QCOMPARE(countRequests(*m_emulator, u"PUT"_s, u"/js/"_s), 0);
    for (int n = 0; n < kDevices; ++n)
        QCOMPARE(jsKey(n), appKey(n));
}

QTEST_GUILESS_MAIN(TstTtsAppKeyJob)
#include "tst_ttsappkeyjob.moc"

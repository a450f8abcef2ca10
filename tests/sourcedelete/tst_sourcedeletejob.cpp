// SourceDeleteJob and its journal (#17 item 6) against in-process emulators: the journal's
// lines read back (a line cut short by a kill ignored), a device a killed run left half-deleted
// finished by the next run, a key without the right to delete stopping the run with that
// right named and nothing deleted.
#include "sourcedelete/sourcedeletejob.h"
#include "sourcedelete/ttssourcedeleter.h"
#include "sourcedelete/v2sourcedeleter.h"
#include "sourcedeletetestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sdtest;

namespace {

TtsConnection ttsConnection(const TtsEmulator &emulator, const QString &app, const QString &key)
{
    TtsConnection c;
    c.identityServerUrl = emulator.baseUrl();
    c.applicationId = app;
    c.apiKey = key;
    c.retryBaseDelayMs = 10;
    c.minRateLimitPauseMs = 10;
    return c;
}

SourceDeleteSummary runJob(SourceDeleteJob &job)
{
    QSignalSpy finished(&job, &SourceDeleteJob::finished);
    job.start();
    if (finished.isEmpty() && !finished.wait(60000))
        return {};
    return finished.constFirst().constFirst().value<SourceDeleteSummary>();
}

} // namespace

class TstSourceDeleteJob : public QObject
{
    Q_OBJECT
private slots:
    void journalReadsBackAndSkipsACutLine();
    void halfDeletedTtsDeviceIsFinished();
    void v2KeyWithoutDevicesRightStops();
    void anotherDeviceUnderTheSameIdIsLeftAlone();
    void deleteAnswered503AfterItTookEffectIsDone();
    void renamedDeviceIsFoundAtTheSourceByItsEuis();
};

void TstSourceDeleteJob::journalReadsBackAndSkipsACutLine()
{
    QTemporaryDir dir;
    const QString path = SourceDeleteJournal::pathBeside(dir.filePath(u"devices.json"_s));
    QCOMPARE(path, dir.filePath(u"devices.json.source-deleted"_s));
    QCOMPARE(SourceDeleteJournal::pathBeside(path), path);
    {
        SourceDeleteJournal::Writer writer;
        QVERIFY(writer.open(path));
        QVERIFY(writer.append(u"a"_s, u"a_v2"_s, u"deleting"_s, { { u"x"_s, 1 } }));
        QVERIFY(writer.append(u"a"_s, u"a_v2"_s, u"deleted"_s));
        QVERIFY(writer.append(u"b"_s, u"b_v2"_s, u"deleting"_s, { { u"x"_s, 2 } }));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(R"({"device_id":"b","event":"dele)"); // killed mid-line
    file.close();
    QVERIFY(!(QFile::permissions(path) & QFileDevice::ReadOther));
    const SourceDeleteJournal::Contents contents = SourceDeleteJournal::read(path);
    QCOMPARE(contents.devices.size(), 2);
    QCOMPARE(contents.find(u"a"_s)->lastEvent, u"deleted"_s);
    QCOMPARE(contents.find(u"a"_s)->state.value(u"x"_s).toInt(), 1);
    QCOMPARE(contents.find(u"b"_s)->lastEvent, u"deleting"_s);
    QCOMPARE(contents.find(u"b"_s)->sourceId, u"b_v2"_s);
    QVERIFY(!contents.find(u"c"_s));
}

void TstSourceDeleteJob::halfDeletedTtsDeviceIsFinished()
{
    TtsEmulator source;
    QVERIFY(source.listen());
    source.addApplication(kSourceApp);
    source.addApiKey(kSourceKey, kSourceApp, { u"RIGHT_APPLICATION_ALL"_s });
    // Killed after the AS, NS and JS deletes: only the IS record is left.
    source.addDevice(kSourceApp, ttsDevice(kSourceApp, 1), { TtsServer::Identity });
    source.addDevice(kSourceApp, ttsDevice(kSourceApp, 2),
        { TtsServer::Identity, TtsServer::Join, TtsServer::Network, TtsServer::Application });
    TtsEmulator target;
    setUpTarget(target);
    target.addDevice(kTargetApp, ttsDevice(kTargetApp, 1), { TtsServer::Identity });
    target.addDevice(kTargetApp, ttsDevice(kTargetApp, 2), { TtsServer::Identity });
    QTemporaryDir dir;
    const QString devices = dir.filePath(u"devices.json"_s);
    writeLines(devices, { ttsDevice(kTargetApp, 1), ttsDevice(kTargetApp, 2) });
    SourceDeleteOptions options;
    options.journalPath = SourceDeleteJournal::pathBeside(devices);
    {
        SourceDeleteJournal::Writer writer;
        QVERIFY(writer.open(options.journalPath));
        QVERIFY(writer.append(u"otaa-1"_s, u"otaa-1"_s, u"deleting"_s));
    }
    // Neither active (any more): the half-done one is finished all the same, the other waits.
    SourceDeleteJob job(new TtsSourceDeleter(ttsConnection(source, kSourceApp, kSourceKey)),
        ttsConnection(target, kTargetApp, kTargetKey), TtsDeviceFile::read({ devices }).devices,
        options);
    QCOMPARE(job.concernedCount(), 2);
    const SourceDeleteSummary summary = runJob(job);
    QVERIFY2(!summary.fatal.isError(), qPrintable(summary.fatal.message));
    QCOMPARE(summary.deleted, 1);
    QCOMPARE(summary.notReady, 1);
    QVERIFY(source.device(TtsServer::Identity, kSourceApp, u"otaa-1"_s).isEmpty());
    QVERIFY(!source.device(TtsServer::Identity, kSourceApp, u"otaa-2"_s).isEmpty());
    QCOMPARE(
        SourceDeleteJournal::read(options.journalPath).find(u"otaa-1"_s)->lastEvent, u"deleted"_s);
}

void TstSourceDeleteJob::v2KeyWithoutDevicesRightStops()
{
    V2Emulator v2;
    QVERIFY(v2.listen());
    v2.addApplication(kV2App, kV2Key, { u"settings"_s });
    v2.setRateLimit(0);
    QVERIFY(v2.addDevice(kV2App, v2AbpDevice(1)));
    TtsEmulator target;
    setUpTarget(target);
    target.addDevice(kTargetApp, QJsonObject { { u"ids"_s, exportedAbp(1).value(u"ids"_s) } },
        { TtsServer::Identity });
    target.markSeen(kTargetApp, v3Id(1), false);
    QTemporaryDir dir;
    const QString devices = dir.filePath(u"devices.json"_s);
    writeLines(devices, { exportedAbp(1) });
    V2Connection connection;
    connection.appId = kV2App;
    connection.accessKey = kV2Key;
    connection.handlerUrl = v2.handlerUrl();
    connection.requestsPerSecond = 0;
    connection.retryBaseDelayMs = 10;
    connection.maxAttempts = 2;
    SourceDeleteOptions options;
    options.journalPath = SourceDeleteJournal::pathBeside(devices);
    SourceDeleteJob job(new V2SourceDeleter(connection),
        ttsConnection(target, kTargetApp, kTargetKey), TtsDeviceFile::read({ devices }).devices,
        options);
    const SourceDeleteSummary summary = runJob(job);
    QCOMPARE(summary.fatal.kind, SourceErrorKind::PermissionDenied);
    QVERIFY2(summary.fatal.message.contains(u"devices"_s), qPrintable(summary.fatal.message));
    QCOMPARE(summary.deleted, 0);
    QCOMPARE(v2.deviceCount(kV2App), 1);
    QVERIFY(!summary.fatal.message.contains(kV2Key));
}

void TstSourceDeleteJob::anotherDeviceUnderTheSameIdIsLeftAlone()
{
    TtsEmulator source;
    QVERIFY(source.listen());
    source.addApplication(kSourceApp);
    source.addApiKey(kSourceKey, kSourceApp, { u"RIGHT_APPLICATION_ALL"_s });
    QJsonObject other = ttsDevice(kSourceApp, 1);
    QJsonObject ids = other.value(u"ids"_s).toObject();
    ids.insert(u"dev_eui"_s, eui(999));
    other.insert(u"ids"_s, ids);
    source.addDevice(kSourceApp, other, { TtsServer::Identity, TtsServer::Network });
    TtsEmulator target;
    setUpTarget(target);
    target.addDevice(kTargetApp, ttsDevice(kTargetApp, 1), { TtsServer::Identity });
    target.markSeen(kTargetApp, u"otaa-1"_s, true);
    QTemporaryDir dir;
    const QString devices = dir.filePath(u"devices.json"_s);
    writeLines(devices, { ttsDevice(kTargetApp, 1) });
    SourceDeleteOptions options;
    options.journalPath = SourceDeleteJournal::pathBeside(devices);
    SourceDeleteJob job(new TtsSourceDeleter(ttsConnection(source, kSourceApp, kSourceKey)),
        ttsConnection(target, kTargetApp, kTargetKey), TtsDeviceFile::read({ devices }).devices,
        options);
    const SourceDeleteSummary summary = runJob(job);
    QVERIFY2(!summary.fatal.isError(), qPrintable(summary.fatal.message));
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.deleted, 0);
    QVERIFY(!source.device(TtsServer::Network, kSourceApp, u"otaa-1"_s).isEmpty());
    QVERIFY(!SourceDeleteJournal::read(options.journalPath).find(u"otaa-1"_s));
}

void TstSourceDeleteJob::deleteAnswered503AfterItTookEffectIsDone()
{
    TtsEmulator source;
    QVERIFY(source.listen());
    source.addApplication(kSourceApp);
    source.addApiKey(kSourceKey, kSourceApp, { u"RIGHT_APPLICATION_ALL"_s });
    source.addDevice(kSourceApp, ttsDevice(kSourceApp, 1),
        { TtsServer::Identity, TtsServer::Join, TtsServer::Network, TtsServer::Application });
    // Each registry's delete takes effect, then the answer is lost: the repeat finds nothing.
    for (const QString &registry : { u"/as/"_s, u"/ns/"_s, u"/js/"_s })
        source.failAfterEffect("DELETE", registry, 1, 503);
    TtsEmulator target;
    setUpTarget(target);
    target.addDevice(kTargetApp, ttsDevice(kTargetApp, 1), { TtsServer::Identity });
    target.markSeen(kTargetApp, u"otaa-1"_s, true);
    QTemporaryDir dir;
    const QString devices = dir.filePath(u"devices.json"_s);
    writeLines(devices, { ttsDevice(kTargetApp, 1) });
    SourceDeleteOptions options;
    options.journalPath = SourceDeleteJournal::pathBeside(devices);
    SourceDeleteJob job(new TtsSourceDeleter(ttsConnection(source, kSourceApp, kSourceKey)),
        ttsConnection(target, kTargetApp, kTargetKey), TtsDeviceFile::read({ devices }).devices,
        options);
    const SourceDeleteSummary summary = runJob(job);
    QVERIFY2(!summary.fatal.isError(), qPrintable(summary.fatal.message));
    QCOMPARE(summary.deleted, 1);
    for (TtsServer server :
        { TtsServer::Identity, TtsServer::Join, TtsServer::Network, TtsServer::Application })
        QVERIFY(source.device(server, kSourceApp, u"otaa-1"_s).isEmpty());
}

void TstSourceDeleteJob::renamedDeviceIsFoundAtTheSourceByItsEuis()
{
    TtsEmulator source;
    QVERIFY(source.listen());
    source.addApplication(kSourceApp);
    source.addApiKey(kSourceKey, kSourceApp, { u"RIGHT_APPLICATION_ALL"_s });
    source.addDevice(kSourceApp, ttsDevice(kSourceApp, 1),
        { TtsServer::Identity, TtsServer::Join, TtsServer::Network, TtsServer::Application });
    // Exported with --dev-id-map otaa-1,meter-one: the target knows it as meter-one.
    QJsonObject renamed = ttsDevice(kTargetApp, 1);
    QJsonObject ids = renamed.value(u"ids"_s).toObject();
    ids.insert(u"device_id"_s, u"meter-one"_s);
    renamed.insert(u"ids"_s, ids);
    TtsEmulator target;
    setUpTarget(target);
    target.addDevice(kTargetApp, renamed, { TtsServer::Identity });
    target.markSeen(kTargetApp, u"meter-one"_s, true);
    QTemporaryDir dir;
    const QString devices = dir.filePath(u"devices.json"_s);
    writeLines(devices, { renamed });
    SourceDeleteOptions options;
    options.journalPath = SourceDeleteJournal::pathBeside(devices);
    SourceDeleteJob job(new TtsSourceDeleter(ttsConnection(source, kSourceApp, kSourceKey)),
        ttsConnection(target, kTargetApp, kTargetKey), TtsDeviceFile::read({ devices }).devices,
        options);
    QSignalSpy results(&job, &SourceDeleteJob::deviceFinished);
    const SourceDeleteSummary summary = runJob(job);
    QVERIFY2(!summary.fatal.isError(), qPrintable(summary.fatal.message));
    QCOMPARE(summary.deleted, 1);
    QCOMPARE(
        results.constFirst().constFirst().value<SourceDeleteDeviceResult>().sourceId, u"otaa-1"_s);
    QVERIFY(source.device(TtsServer::Identity, kSourceApp, u"otaa-1"_s).isEmpty());
    QCOMPARE(
        SourceDeleteJournal::read(options.journalPath).find(u"meter-one"_s)->sourceId, u"otaa-1"_s);
}

QTEST_GUILESS_MAIN(TstSourceDeleteJob)
#include "tst_sourcedeletejob.moc"

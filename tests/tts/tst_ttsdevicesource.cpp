// TtsDeviceSource (#17 items 3 and 5): the tts source on the DeviceSource seam, against a
// tts-emulator holding the demo source application over real HTTP on 127.0.0.1. The export
// job reads it as it reads v2 (DeviceSources::forRequest picks it for a tts request): every
// device ends exported, skipped or failed with its reason, Stop keeps what was read, and the
// errors carry the source's settings.
#include "convert/conversionresult.h"
#include "job/exportjob.h"
#include "source/devicesources.h"
#include "source/ttsdevicesource.h"
#include "ttstestsupport.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace ttstest;

namespace {

const QString kSourceApp = TtsEmulator::demoSourceApplicationId();
const QString kSourceKey = TtsEmulator::demoSourceApiKey();
const QString kUnknownKey = u"NNSXS.UNKNOWNKEYID01234.UnknownSecretNeverToBeSeen0123456789ab"_s;
constexpr int kDemoDevices = 56;
constexpr int kAbpDevices = 5;
const QString kExternal = u"claimed-tracker-056"_s;

struct JobRun
{
    QList<DeviceOutcome> outcomes;
    ExportSummary summary;
    bool finished = false;
};

} // namespace

class TstTtsDeviceSource : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void theRequestChoosesTheSource();
    void exportJobReadsTheApplication_data();
    void exportJobReadsTheApplication();
    void exportJobReadsAListOfIds();
    void stopKeepsWhatWasRead();
    void connectionTestAndList();
    void badKeyNamesTheSourceKey();

private:
    ExportRequest request(bool withSession = false, const QString &key = kSourceKey) const;
    JobRun runJob(ExportJob &job, const std::function<void(ExportJob &)> &onBatch = {});

    std::unique_ptr<TtsEmulator> m_source;
};

void TstTtsDeviceSource::init()
{
    m_source = std::make_unique<TtsEmulator>();
    QVERIFY(m_source->listen());
    m_source->loadDemoSource(m_source->baseUrl().host());
}

void TstTtsDeviceSource::cleanup()
{
    m_source.reset();
}

ExportRequest TstTtsDeviceSource::request(bool withSession, const QString &key) const
{
    ExportRequest r;
    r.source = ExportSource::Tts;
    r.ttsSource = connection(*m_source, key);
    r.ttsSource.applicationId = kSourceApp;
    r.scope = ExportScope::Application;
    r.options.withSession = withSession;
    return r;
}

JobRun TstTtsDeviceSource::runJob(ExportJob &job, const std::function<void(ExportJob &)> &onBatch)
{
    JobRun run;
    connect(&job, &ExportJob::outcomesReady, &job, [&](const QList<DeviceOutcome> &batch) {
        run.outcomes << batch;
        if (onBatch)
            onBatch(job);
    });
    connect(&job, &ExportJob::finished, &job, [&](const ExportSummary &summary) {
        run.summary = summary;
        run.finished = true;
    });
    job.start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(run.finished, 60000); }();
    return run;
}

void TstTtsDeviceSource::theRequestChoosesTheSource()
{
    ExportRequest tts = request();
    std::unique_ptr<DeviceSource> source(DeviceSources::forRequest(tts));
    QCOMPARE(source->sourceId(), u"tts"_s);
    QCOMPARE(source->applicationId(), kSourceApp);
    QVERIFY(source->capabilities().exportSessions);
    ExportRequest v2;
    v2.connection.appId = u"v2-app"_s;
    std::unique_ptr<DeviceSource> other(DeviceSources::forRequest(v2));
    QCOMPARE(other->sourceId(), u"ttnv2"_s);
}

void TstTtsDeviceSource::exportJobReadsTheApplication_data()
{
    QTest::addColumn<bool>("withSession");
    QTest::addColumn<bool>("asRead");
    QTest::newRow("without session") << false << false;
    QTest::newRow("with session") << true << false;
    QTest::newRow("without session, reported as read") << false << true;
}

void TstTtsDeviceSource::exportJobReadsTheApplication()
{
    QFETCH(bool, withSession);
    QFETCH(bool, asRead);
    ExportJob job(request(withSession));
    job.setReportAsRead(asRead);
    const JobRun run = runJob(job);
    QVERIFY2(!run.summary.fatal.isError(), qPrintable(run.summary.fatal.message));
    const int skipped = withSession ? 1 : kAbpDevices + 1;
    QCOMPARE(run.summary.requested, kDemoDevices);
    QCOMPARE(run.summary.exported, kDemoDevices - skipped);
    QCOMPARE(run.summary.skipped, skipped);
    QCOMPARE(run.summary.failed, 0);
    QVERIFY(run.summary.requests > kDemoDevices);
    QCOMPARE(int(run.outcomes.size()), kDemoDevices);
    QSet<QString> ids;
    for (const DeviceOutcome &outcome : run.outcomes) {
        ids.insert(outcome.v2DeviceId);
        if (outcome.status == OutcomeStatus::Exported)
            QVERIFY(!outcome.json.isEmpty());
        else
            QVERIFY2(!outcome.reason.isEmpty(), qPrintable(outcome.v2DeviceId));
    }
    QCOMPARE(int(ids.size()), kDemoDevices); // each device once
    // The result keeps every row (for the preview), converted by the tts source's rows.
    const std::shared_ptr<ConversionResult> result = job.result();
    QVERIFY(result);
    QCOMPARE(int(result->rowCount()), kDemoDevices);
    QVERIFY(result->rows());
    QCOMPARE(m_source->writeCount(), 0);
}

void TstTtsDeviceSource::exportJobReadsAListOfIds()
{
    ExportRequest r = request();
    r.scope = ExportScope::DeviceList;
    r.deviceIds = { u"meter-043"_s, kExternal, u"no-such-device"_s, u"soil-sensor-001"_s };
    ExportJob job(r);
    const JobRun run = runJob(job);
    QCOMPARE(run.summary.requested, 4);
    QCOMPARE(int(run.outcomes.size()), 4);
    // In the order asked for.
    QCOMPARE(run.outcomes.at(0).v2DeviceId, u"meter-043"_s);
    QCOMPARE(run.outcomes.at(0).status, OutcomeStatus::Exported);
    QCOMPARE(run.outcomes.at(1).status, OutcomeStatus::Skipped);
    QVERIFY(run.outcomes.at(1).reason.contains(u"external Join Server"_s));
    QCOMPARE(run.outcomes.at(2).status, OutcomeStatus::Failed);
    QVERIFY2(run.outcomes.at(2).reason.contains(u"no-such-device"_s),
        qPrintable(run.outcomes.at(2).reason));
    QCOMPARE(run.outcomes.at(3).v2DeviceId, u"soil-sensor-001"_s);
    QCOMPARE(run.outcomes.at(3).status, OutcomeStatus::Exported);
}

void TstTtsDeviceSource::stopKeepsWhatWasRead()
{
    ExportJob job(request());
    job.setReportAsRead(true);
    bool stopAsked = false;
    const JobRun run = runJob(job, [&stopAsked](ExportJob &running) {
        if (!stopAsked && running.isReadingOneByOne()) {
            stopAsked = true;
            running.stop();
        }
    });
    QVERIFY(stopAsked);
    QVERIFY(run.summary.stopped);
    QVERIFY(!run.summary.fatal.isError());
    QVERIFY(run.summary.notRead > 0);
    // Every device ends once: read ones as converted, the others skipped as not read.
    QCOMPARE(int(run.outcomes.size()), kDemoDevices);
    QCOMPARE(run.summary.exported + run.summary.skipped + run.summary.failed, kDemoDevices);
    int notRead = 0;
    for (const DeviceOutcome &outcome : run.outcomes)
        notRead += outcome.reason.contains(u"stopped before this device was read"_s) ? 1 : 0;
    QCOMPARE(notRead, run.summary.notRead);
    QVERIFY(!job.result()); // a stopped run keeps no result
}

void TstTtsDeviceSource::connectionTestAndList()
{
    TtsDeviceSource source(request().ttsSource);
    QSignalSpy tested(&source, &DeviceSource::connectionTested);
    source.testConnection();
    QVERIFY(tested.wait(30000));
    QVERIFY(!tested.at(0).at(0).value<SourceError>().isError());

    QSignalSpy listed(&source, &DeviceSource::devicesListed);
    source.listDevices();
    QVERIFY(listed.wait(30000));
    const auto entries = listed.at(0).at(0).value<QList<DeviceSource::DeviceEntry>>();
    QVERIFY(!listed.at(0).at(1).value<SourceError>().isError());
    QCOMPARE(int(entries.size()), kDemoDevices);
    QVERIFY(!entries.constFirst().devEui.isEmpty());
}

void TstTtsDeviceSource::badKeyNamesTheSourceKey()
{
    TtsDeviceSource source(request(false, kUnknownKey).ttsSource);
    QSignalSpy tested(&source, &DeviceSource::connectionTested);
    source.testConnection();
    QVERIFY(tested.wait(30000));
    const SourceError error = tested.at(0).at(0).value<SourceError>();
    QCOMPARE(error.kind, SourceErrorKind::Unauthenticated);
    QCOMPARE(error.fix, SettingFix::CheckTtsSourceApiKey);
    QVERIFY(!error.message.isEmpty());

    ExportJob job(request(false, kUnknownKey));
    const JobRun run = runJob(job);
    QVERIFY(run.summary.fatal.isError());
    QCOMPARE(run.summary.fatal.fix, SettingFix::CheckTtsSourceApiKey);
    QVERIFY(run.outcomes.isEmpty());
}

QTEST_MAIN(TstTtsDeviceSource)
#include "tst_ttsdevicesource.moc"

// ExportJob against a DeviceSource that is not v2: a scripted source with no network. The job
// must take everything from the seam (rows, reads, progress, errors, request counts), keep
// what was read when stopped, and give the faces a usable error when the source's own error
// is not a V2Error. This is what a TTS or ChirpStack source relies on.
#include "convert/conversionresult.h"
#include "job/exportjob.h"
#include "source/devicesource.h"

#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
V2ParsedDevice otaaDevice(int n)
{
    V2ParsedDevice d;
    d.device.appId = u"scripted-app"_s;
    d.device.devId = u"device-%1"_s.arg(n);
    d.device.appEui = u"70B3D57ED0000001"_s;
    d.device.devEui = u"0004A30B%1"_s.arg(n, 8, 16, QLatin1Char('0')).toUpper();
    d.device.appKey = u"0123456789ABCDEF0123456789ABCDEF"_s;
    return d;
}

// Reads its rows one per event-loop turn (or all at once), and can fail after some.
class ScriptedSource : public DeviceSource
{
public:
    ScriptedSource(int rows, bool oneByOne, int failAfter = -1, SourceError failure = {})
        : m_oneByOne(oneByOne)
        , m_failAfter(failAfter)
        , m_failure(std::move(failure))
    {
        for (int i = 0; i < rows; ++i)
            m_rows.append(otaaDevice(i));
        m_read = QList<bool>(rows, !oneByOne);
    }

    QString sourceId() const override { return u"scripted"_s; }
    QString displayName() const override { return u"Scripted"_s; }
    QString applicationId() const override { return u"scripted-app"_s; }
    Capabilities capabilities() const override { return {}; }
    void testConnection() override { }
    void listDevices() override { }
    void readDevices(const SourceReadRequest &) override
    {
        QTimer::singleShot(0, this, [this] {
            emit stageChanged(u"reading"_s);
            emit devicesKnown(int(m_rows.size()));
            ++m_requests;
            if (!m_oneByOne && m_failAfter < 0)
                emit readFinished({});
            else
                next();
        });
    }
    void proceed() override { }
    void stopReading() override { m_stopped = true; }
    void abort() override { m_stopped = true; }
    int deviceCount() const override { return int(m_rows.size()); }
    bool isRead(int row) const override { return m_read.at(row); }
    bool readsOneByOne() const override { return m_oneByOne; }
    int requestCount() const override { return m_requests; }
    int retryCount() const override { return 0; }
    std::shared_ptr<ConversionResult> conversion(const ConversionOptions &options) const override
    {
        return std::make_shared<ConversionResult>(options, m_rows);
    }
    void updateConversion(ConversionResult &result, int row) const override
    {
        result.setSource(row, m_rows.at(row));
    }
    DeviceOutcome notReadOutcome(int row, const ConversionOptions &) const override
    {
        DeviceOutcome outcome;
        outcome.v2DeviceId = m_rows.at(row).device.devId;
        outcome.status = OutcomeStatus::Skipped;
        outcome.reason = u"not read from the scripted source"_s;
        return outcome;
    }

    int stopsSeen() const { return m_stopped ? 1 : 0; }

private:
    void next()
    {
        QTimer::singleShot(0, this, [this] {
            if (m_stopped)
                return;
            if (m_failAfter >= 0 && m_done == m_failAfter) {
                emit readFinished(m_failure);
                return;
            }
            if (m_done == m_rows.size()) {
                emit readFinished({});
                return;
            }
            ++m_requests;
            m_read[m_done] = true;
            emit deviceRead(m_done);
            ++m_done;
            emit progress(m_done, int(m_rows.size()));
            next();
        });
    }

    QList<V2ParsedDevice> m_rows;
    QList<bool> m_read;
    bool m_oneByOne;
    int m_failAfter;
    SourceError m_failure;
    int m_done = 0;
    int m_requests = 0;
    bool m_stopped = false;
};

struct Run
{
    QList<DeviceOutcome> outcomes;
    ExportSummary summary;
    bool finished = false;
};

ExportRequest request()
{
    ExportRequest r;
    r.connection.appId = u"not-read-from"_s; // the job must not use it
    r.options.frequencyPlanId = u"EU_863_870_TTN"_s;
    r.options.exportTime = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
    return r;
}

Run execute(ExportJob &job, const std::function<void(ExportJob &, int)> &onProgress = {})
{
    Run run;
    QObject::connect(&job, &ExportJob::outcomesReady,
        [&run](const QList<DeviceOutcome> &batch) { run.outcomes += batch; });
    QObject::connect(&job, &ExportJob::finished, [&run](const ExportSummary &s) {
        run.summary = s;
        run.finished = true;
    });
    if (onProgress)
        QObject::connect(&job, &ExportJob::progress,
            [&job, onProgress](int done, int) { onProgress(job, done); });
    job.start();
    if (!QTest::qWaitFor([&run] { return run.finished; }, 10000))
        qWarning("ExportJob did not finish in time");
    return run;
}
} // namespace

class TstExportJobSeam : public QObject
{
    Q_OBJECT
private slots:
    void readsEverythingThroughTheSource();
    void oneByOneReadsAreConvertedInOrder();
    void stopKeepsWhatWasRead();
    void sourceErrorWithoutV2DetailIsWorded();
};

void TstExportJobSeam::readsEverythingThroughTheSource()
{
    ExportJob job(request(), new ScriptedSource(5, false));
    const Run run = execute(job);
    QVERIFY(run.finished);
    QVERIFY2(!run.summary.fatal.isError(), qPrintable(run.summary.fatal.message));
    QCOMPARE(run.outcomes.size(), 5);
    QCOMPARE(run.summary.requested, 5);
    QCOMPARE(run.summary.exported, 5);
    QCOMPARE(run.summary.requests, 1);
    QVERIFY(job.result());
    QCOMPARE(job.result()->size(), 5);
}

void TstExportJobSeam::oneByOneReadsAreConvertedInOrder()
{
    ExportJob job(request(), new ScriptedSource(4, true));
    job.setReportAsRead(true);
    const Run run = execute(job);
    QVERIFY(!run.summary.fatal.isError());
    QCOMPARE(run.outcomes.size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(run.outcomes.at(i).v2DeviceId, u"device-%1"_s.arg(i));
    QCOMPARE(run.summary.exported, 4);
    QCOMPARE(run.summary.requests, 5); // the scripted list plus four reads
}

void TstExportJobSeam::stopKeepsWhatWasRead()
{
    auto *source = new ScriptedSource(6, true);
    ExportJob job(request(), source);
    job.setReportAsRead(true);
    const Run run = execute(job, [](ExportJob &j, int done) {
        if (done == 2)
            j.stop();
    });
    QVERIFY(run.summary.stopped);
    QCOMPARE(source->stopsSeen(), 1);
    QCOMPARE(run.outcomes.size(), 6);
    QCOMPARE(run.summary.exported, 2);
    QCOMPARE(run.summary.notRead, 4);
    QCOMPARE(run.outcomes.at(2).reason, u"not read from the scripted source"_s);
    QVERIFY(!job.result()); // no repairs on devices that were not read
}

void TstExportJobSeam::sourceErrorWithoutV2DetailIsWorded()
{
    SourceError failure;
    failure.kind = SourceErrorKind::PermissionDenied;
    failure.message = u"The key lacks the right to read devices."_s;
    failure.fatalForRun = true;
    ExportJob job(request(), new ScriptedSource(3, true, 1, failure));
    const Run run = execute(job);
    QVERIFY(run.finished);
    QCOMPARE(run.summary.fatal.kind, V2ErrorKind::PermissionDenied);
    QCOMPARE(run.summary.fatal.message, failure.message);
    QVERIFY(run.outcomes.isEmpty()); // without report-as-read nothing is reported on a fatal
}

QTEST_GUILESS_MAIN(TstExportJobSeam)
#include "tst_exportjobseam.moc"

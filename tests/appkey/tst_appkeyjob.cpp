// AppKeyJob against a real V2Emulator, on a devices.json exported and read back from disk:
// change gives every exported OTAA device a new key and moves nothing else, restore puts the
// originals back, a dry run writes nothing, an interrupted run resumes without changing a
// device twice, and the journal never holds a key.
#include "appkey/appkeyjournal.h"
#include "appkey/appkeys.h"
#include "appkeytestsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace appkeytest;

namespace {
QStringList allDeviceIds()
{
    QStringList ids { u"rich_otaa"_s };
    for (int i = 1; i <= 12; ++i)
        ids << u"dev-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
    return ids;
}
} // namespace

class TstAppKeyJob : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void exportedPlanHasOnlyOtaaDevices();
    void changeGivesNewKeysAndMovesNothingElse();
    void restorePutsTheOriginalsBack();
    void dryRunWritesNothing();
    void cancelHalfwayThenResumeThenRestore();
    void failureMidRunIsResumed();
    void fatalErrorStopsTheRun();
    void wrongApplicationOrCountWritesNothing();
    void exportAfterChangeIsRefused();
    void journalHoldsNoKeyAndIsPrivate();

private:
    AppKeyJob *makeJob(AppKeyAction action, bool dryRun = false, const QString &file = QString());
    QHash<QString, QJsonObject> snapshot() const;

    std::unique_ptr<V2Emulator> m_emulator;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_devicesPath;
    QString m_journalDir;
    int m_exported = 0;
};

void TstAppKeyJob::init()
{
    // A fresh application per test: every test starts from the original keys.
    m_emulator = std::make_unique<V2Emulator>();
    QVERIFY(setUpEmulator(*m_emulator));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_devicesPath = m_dir->filePath(u"devices.json"_s);
    m_journalDir = m_dir->filePath(u"journals"_s);
    m_exported = exportTo(*m_emulator, m_devicesPath);
    QCOMPARE(m_exported, 10); // 10 OTAA; the 3 ABP devices are skipped without sessions
    m_emulator->clearRequests();
}

void TstAppKeyJob::cleanup()
{
    m_emulator.reset();
    m_dir.reset();
}

AppKeyJob *TstAppKeyJob::makeJob(AppKeyAction action, bool dryRun, const QString &file)
{
    AppKeyJobOptions options;
    options.action = action;
    options.dryRun = dryRun;
    options.journalDirectory = m_journalDir;
    const AppKeyPlan plan = AppKeyPlan::load(file.isEmpty() ? m_devicesPath : file);
    return new AppKeyJob(connection(*m_emulator), plan, options, this);
}

QHash<QString, QJsonObject> TstAppKeyJob::snapshot() const
{
    QHash<QString, QJsonObject> devices;
    const QStringList ids = allDeviceIds();
    for (const QString &id : ids)
        devices.insert(id, m_emulator->device(kApp, id));
    return devices;
}

void TstAppKeyJob::exportedPlanHasOnlyOtaaDevices()
{
    const QString withSession = m_dir->filePath(u"with-session.json"_s);
    QCOMPARE(exportTo(*m_emulator, withSession, true), 13);
    const AppKeyPlan plan = AppKeyPlan::load(withSession, 13);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan.deviceLines(), 13);
    QCOMPARE(plan.devices().size(), 10); // ABP lines are never planned
    QCOMPARE(plan.v3ApplicationId(), u"key-app"_s);
    QVERIFY(plan.applicationProblem(kApp).isEmpty());
    const QStringList abp { u"dev-000004"_s, u"dev-000008"_s, u"dev-000012"_s };
    for (const AppKeyPlanEntry &entry : plan.devices()) {
        QVERIFY(!abp.contains(entry.v2DeviceId));
        QCOMPARE(entry.appKey, appKeyOf(m_emulator->device(kApp, entry.v2DeviceId)));
    }
}

void TstAppKeyJob::changeGivesNewKeysAndMovesNothingElse()
{
    const QHash<QString, QJsonObject> before = snapshot();
    const AppKeyPlan plan = AppKeyPlan::load(m_devicesPath, m_exported);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QScopedPointer<AppKeyJob> job(makeJob(AppKeyAction::Change));
    const JobRun run = runJob(*job);
    QVERIFY(run.finished);
    QVERIFY2(run.summary.complete(), qPrintable(run.summary.fatalMessage));
    QCOMPARE(run.summary.written, 10);
    QCOMPARE(run.summary.already, 0);
    QCOMPARE(m_emulator->writeCount(), 10);
    QCOMPARE(m_emulator->requestCount(), 20); // one GET and one PUT per device

    QSet<QString> otaa;
    for (const AppKeyPlanEntry &entry : plan.devices())
        otaa.insert(entry.v2DeviceId);
    const QHash<QString, QJsonObject> after = snapshot();
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QJsonObject &old = it.value();
        const QJsonObject &now = after.value(it.key());
        QVERIFY(!old.isEmpty());
        if (!otaa.contains(it.key())) {
            QCOMPARE(now, old); // ABP: untouched
            continue;
        }
        QCOMPARE(withoutAppKey(now), withoutAppKey(old));
        QVERIFY(AppKeys::isValid(appKeyOf(now)));
        QVERIFY2(!AppKeys::same(appKeyOf(now), appKeyOf(old)), qPrintable(it.key()));
        QCOMPARE(appKeyOf(now), appKeyOf(now).toUpper());
    }
    // Every result names the old and the new key by fingerprint, and they match v2.
    for (const AppKeyDeviceResult &result : run.results) {
        QCOMPARE(result.status, AppKeyDeviceResult::Status::Written);
        QCOMPARE(result.oldKeyFingerprint,
            AppKeys::fingerprint(appKeyOf(before.value(result.v2DeviceId))));
        QCOMPARE(result.newKeyFingerprint,
            AppKeys::fingerprint(appKeyOf(after.value(result.v2DeviceId))));
    }
    QVERIFY(AppKeyJournal::unresolvedRuns(m_journalDir, kApp).isEmpty());
}

void TstAppKeyJob::restorePutsTheOriginalsBack()
{
    const QHash<QString, QJsonObject> before = snapshot();
    QScopedPointer<AppKeyJob> change(makeJob(AppKeyAction::Change));
    QVERIFY(runJob(*change).summary.complete());
    m_emulator->clearRequests();

    QScopedPointer<AppKeyJob> restore(makeJob(AppKeyAction::Restore));
    const JobRun run = runJob(*restore);
    QVERIFY2(run.summary.complete(), qPrintable(run.summary.fatalMessage));
    QCOMPARE(run.summary.written, 10);
    QCOMPARE(m_emulator->writeCount(), 10);
    QCOMPARE(snapshot(), before); // every device exactly as it was, keys included

    // A second restore has nothing left to do.
    m_emulator->clearRequests();
    QScopedPointer<AppKeyJob> again(makeJob(AppKeyAction::Restore));
    const JobRun second = runJob(*again);
    QCOMPARE(second.summary.already, 10);
    QCOMPARE(m_emulator->writeCount(), 0);
}

void TstAppKeyJob::dryRunWritesNothing()
{
    const QHash<QString, QJsonObject> before = snapshot();
    QScopedPointer<AppKeyJob> job(makeJob(AppKeyAction::Change, true));
    const JobRun run = runJob(*job);
    QVERIFY(run.summary.complete());
    QCOMPARE(run.summary.wouldWrite, 10);
    QCOMPARE(run.summary.written, 0);
    QCOMPARE(m_emulator->writeCount(), 0);
    QCOMPARE(snapshot(), before);
    QVERIFY(run.summary.journalPath.isEmpty());
    QVERIFY(!QDir(m_journalDir).exists() || QDir(m_journalDir).isEmpty());
    for (const AppKeyDeviceResult &result : run.results)
        QVERIFY(!result.newKeyFingerprint.isEmpty() && !result.oldKeyFingerprint.isEmpty());
}

void TstAppKeyJob::cancelHalfwayThenResumeThenRestore()
{
    const QHash<QString, QJsonObject> before = snapshot();
    QScopedPointer<AppKeyJob> first(makeJob(AppKeyAction::Change));
    const JobRun interrupted = runJob(*first, 4);
    QVERIFY(interrupted.finished);
    QVERIFY(interrupted.summary.canceled);
    QCOMPARE(interrupted.summary.written, 4);
    QCOMPARE(interrupted.summary.notRun(), 6);
    QCOMPARE(m_emulator->writeCount(), 4);
    const QHash<QString, QJsonObject> halfway = snapshot();

    // The journal lists the run as interrupted.
    const QList<AppKeyJournalRun> open = AppKeyJournal::unresolvedRuns(m_journalDir, kApp);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().done, 4);
    QCOMPARE(open.first().planned, 10);
    QVERIFY(open.first().canceled);
    QCOMPARE(open.first().devicesFile, QFileInfo(m_devicesPath).absoluteFilePath());

    // Resume: the same file again. The four changed devices are recognised, not changed twice.
    m_emulator->clearRequests();
    QScopedPointer<AppKeyJob> resume(makeJob(AppKeyAction::Change));
    const JobRun resumed = runJob(*resume);
    QVERIFY2(resumed.summary.complete(), qPrintable(resumed.summary.fatalMessage));
    QCOMPARE(resumed.summary.already, 4);
    QCOMPARE(resumed.summary.written, 6);
    QCOMPARE(m_emulator->writeCount(), 6);
    for (const AppKeyDeviceResult &result : interrupted.results)
        QCOMPARE(appKeyOf(m_emulator->device(kApp, result.v2DeviceId)),
            appKeyOf(halfway.value(result.v2DeviceId)));
    QVERIFY(AppKeyJournal::unresolvedRuns(m_journalDir, kApp).isEmpty());

    // Undo everything.
    QScopedPointer<AppKeyJob> restore(makeJob(AppKeyAction::Restore));
    QVERIFY(runJob(*restore).summary.complete());
    QCOMPARE(snapshot(), before);
}

void TstAppKeyJob::failureMidRunIsResumed()
{
    QScopedPointer<AppKeyJob> first(makeJob(AppKeyAction::Change));
    // After the third device, v2 fails one request with a non-transient error.
    connect(first.get(), &AppKeyJob::deviceFinished, this,
        [this, count = 0](const AppKeyDeviceResult &) mutable {
            if (++count == 3)
                m_emulator->failNext(1, 500);
        });
    const JobRun run = runJob(*first);
    QVERIFY(run.finished);
    QCOMPARE(run.summary.failed, 1);
    QCOMPARE(run.summary.written, 9);
    QVERIFY(!run.summary.complete());
    QCOMPARE(run.results.at(3).status, AppKeyDeviceResult::Status::Failed);
    QVERIFY(!run.results.at(3).reason.isEmpty());
    const QString failedId = run.results.at(3).v2DeviceId;
    QCOMPARE(AppKeyJournal::unresolvedRuns(m_journalDir, kApp).size(), 1);

    m_emulator->clearRequests();
    QScopedPointer<AppKeyJob> resume(makeJob(AppKeyAction::Change));
    const JobRun resumed = runJob(*resume);
    QVERIFY(resumed.summary.complete());
    QCOMPARE(resumed.summary.written, 1);
    QCOMPARE(resumed.summary.already, 9);
    QCOMPARE(m_emulator->writeCount(), 1);
    for (const AppKeyDeviceResult &result : resumed.results)
        QCOMPARE(
            result.status == AppKeyDeviceResult::Status::Written, result.v2DeviceId == failedId);
    QVERIFY(AppKeyJournal::unresolvedRuns(m_journalDir, kApp).isEmpty());
}

void TstAppKeyJob::fatalErrorStopsTheRun()
{
    QScopedPointer<AppKeyJob> job(makeJob(AppKeyAction::Change));
    connect(job.get(), &AppKeyJob::deviceFinished, this,
        [this, count = 0](const AppKeyDeviceResult &) mutable {
            if (++count == 2)
                m_emulator->failNext(1, 401);
        });
    const JobRun run = runJob(*job);
    QVERIFY(run.finished);
    QVERIFY(!run.summary.fatalMessage.isEmpty());
    QCOMPARE(run.summary.written, 2);
    QCOMPARE(run.summary.notRun(), 8);
    QCOMPARE(m_emulator->writeCount(), 2);
    QVERIFY(!run.summary.fatalMessage.contains(kKey));
}

void TstAppKeyJob::wrongApplicationOrCountWritesNothing()
{
    // A devices.json of another application.
    QFile file(m_devicesPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray content = file.readAll();
    file.close();
    const QString otherPath = m_dir->filePath(u"other.json"_s);
    QFile other(otherPath);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write(QByteArray(content).replace(
        "\"application_id\":\"key-app\"", "\"application_id\":\"other-app\""));
    other.close();
    QScopedPointer<AppKeyJob> job(makeJob(AppKeyAction::Change, false, otherPath));
    const JobRun run = runJob(*job);
    QVERIFY2(
        run.summary.fatalMessage.contains(u"other-app"_s), qPrintable(run.summary.fatalMessage));
    QCOMPARE(m_emulator->requestCount(), 0);

    // A count that differs from what was exported.
    const AppKeyPlan plan = AppKeyPlan::load(m_devicesPath, m_exported + 1);
    QVERIFY(!plan.ok());
    QVERIFY(plan.devices().isEmpty());
    AppKeyJob refused(connection(*m_emulator), plan,
        AppKeyJobOptions { AppKeyAction::Change, false, m_journalDir, {} });
    QVERIFY(!runJob(refused).summary.fatalMessage.isEmpty());
    QCOMPARE(m_emulator->requestCount(), 0);
    QVERIFY(!QDir(m_journalDir).exists() || QDir(m_journalDir).isEmpty());
}

void TstAppKeyJob::exportAfterChangeIsRefused()
{
    QScopedPointer<AppKeyJob> change(makeJob(AppKeyAction::Change));
    QVERIFY(runJob(*change).summary.complete());
    // Exporting again now writes the *new* keys; that file must never drive a change or restore.
    const QString later = m_dir->filePath(u"later.json"_s);
    QCOMPARE(exportTo(*m_emulator, later), 10);
    m_emulator->clearRequests();
    for (const AppKeyAction action : { AppKeyAction::Change, AppKeyAction::Restore }) {
        QScopedPointer<AppKeyJob> job(makeJob(action, false, later));
        const JobRun run = runJob(*job);
        QCOMPARE(run.summary.failed, 10);
        QVERIFY2(run.results.first().reason.contains(u"generated"_s),
            qPrintable(run.results.first().reason));
    }
    QCOMPARE(m_emulator->writeCount(), 0);
}

void TstAppKeyJob::journalHoldsNoKeyAndIsPrivate()
{
    const QHash<QString, QJsonObject> before = snapshot();
    QScopedPointer<AppKeyJob> change(makeJob(AppKeyAction::Change));
    const JobRun run = runJob(*change, 5);
    QScopedPointer<AppKeyJob> resume(makeJob(AppKeyAction::Change));
    runJob(*resume);
    QScopedPointer<AppKeyJob> restore(makeJob(AppKeyAction::Restore));
    runJob(*restore);
    QVERIFY(!run.summary.journalPath.isEmpty());

    const QStringList names = QDir(m_journalDir).entryList(QDir::Files);
    QCOMPARE(names.size(), 3);
    QByteArray all;
    for (const QString &name : names) {
        QFile file(QDir(m_journalDir).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        all += file.readAll();
#ifdef Q_OS_UNIX
        QCOMPARE(file.permissions()
                & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
            QFile::Permissions());
#endif
    }
    QVERIFY(all.contains("\"old_key_fingerprint\""));
    QVERIFY(all.contains("\"state\":\"pending\""));
    // No 32-hex run anywhere (the keys, old or new), and never the access key.
    static const QRegularExpression hexKey(u"[0-9A-Fa-f]{32}"_s);
    QVERIFY2(!hexKey.match(QString::fromUtf8(all)).hasMatch(), all.constData());
    for (const QJsonObject &device : before)
        QVERIFY(!all.toUpper().contains(appKeyOf(device).toUtf8()) || appKeyOf(device).isEmpty());
    QVERIFY(!all.contains(kKey.toUtf8()));
}

QTEST_GUILESS_MAIN(TstAppKeyJob)
#include "tst_appkeyjob.moc"

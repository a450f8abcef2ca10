// `ttn-lw-migrate … -o devices.json --ttnv2.change-app-key` and `restore-app-keys`, as real
// processes against an in-process V2Emulator: no v2 write unless the file is safely written,
// a dry run writes nothing, a full run changes exactly the exported OTAA devices, restore
// puts the originals back, and nothing secret reaches the terminal or the journal.
#include "appkey/appkeys.h"
#include "clifixture.h"
#include "cliprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QStringList kOtaa { u"otaa-one"_s, u"otaa_joined"_s };
const QStringList kAll { u"otaa-one"_s, u"otaa_joined"_s, u"abp-meter"_s };

QByteArray diagnostics(const CliRun &run)
{
    return "exit " + QByteArray::number(run.exitCode) + "\nstderr:\n" + run.err;
}

QString appKeyOf(const QJsonObject &device)
{
    return device.value("lorawan_device"_L1).toObject().value("app_key"_L1).toString();
}

QJsonObject withoutAppKey(QJsonObject device)
{
    QJsonObject lorawan = device.value("lorawan_device"_L1).toObject();
    lorawan.remove("app_key"_L1);
    device.insert(u"lorawan_device"_s, lorawan);
    return device;
}
} // namespace

class TestAppKeyCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void changeNeedsAnOutputFile_data();
    void changeNeedsAnOutputFile();
    void unwritableOutputWritesNothingToV2();
    void dryRunListsAndWritesNothing();
    void changeThenRestore();
    void changeAndRestoreWithParts();
    void restoreUsage_data();
    void restoreUsage();

private:
    QProcessEnvironment environment() const;
    QHash<QString, QJsonObject> snapshot();
    QStringList exportArgs(const QString &path) const;

    std::unique_ptr<CliFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAppKeyCli::init()
{
    m_fixture = std::make_unique<CliFixture>();
    QVERIFY(m_fixture->listening());
    m_fixture->emulator().setRateLimit(0);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAppKeyCli::cleanup()
{
    m_fixture.reset();
    m_dir.reset();
}

QProcessEnvironment TestAppKeyCli::environment() const
{
    QProcessEnvironment env = m_fixture->environment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s)); // journals go here
    return env;
}

QHash<QString, QJsonObject> TestAppKeyCli::snapshot()
{
    QHash<QString, QJsonObject> devices;
    for (const QString &id : kAll)
        devices.insert(id, m_fixture->emulator().device(CliFixture::appId, id));
    return devices;
}

QStringList TestAppKeyCli::exportArgs(const QString &path) const
{
    return { u"application"_s, u"--source"_s, u"ttnv2"_s, CliFixture::appId,
        u"--ttnv2.with-session=false"_s, u"--ttnv2.requests-per-second"_s, u"50"_s, u"-o"_s, path,
        u"--ttnv2.change-app-key"_s };
}

void TestAppKeyCli::changeNeedsAnOutputFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("source form") << QStringList { u"application"_s, u"--source"_s, u"ttnv2"_s,
        CliFixture::appId, u"--ttnv2.change-app-key"_s }
                                 << u"--ttnv2.change-app-key needs -o FILE"_s;
    QTest::newRow("ttnv2 form") << QStringList { u"ttnv2"_s, u"device"_s, u"otaa-one"_s,
        u"--change-app-key=true"_s }
                                << u"--change-app-key needs -o FILE"_s;
    QTest::newRow("dry run too") << QStringList { u"ttnv2"_s, u"device"_s, u"otaa-one"_s,
        u"--change-app-key"_s, u"--dry-run"_s }
                                 << u"--change-app-key needs -o FILE"_s;
}

void TestAppKeyCli::changeNeedsAnOutputFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = CliTest::run(arguments, environment());
    QVERIFY2(run.finished && run.exitCode == 2, diagnostics(run));
    QVERIFY2(run.err.contains(message.toUtf8()), run.err);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(m_fixture->emulator().requestCount(), 0);
}

void TestAppKeyCli::unwritableOutputWritesNothingToV2()
{
    const QHash<QString, QJsonObject> before = snapshot();
    const QString path = m_dir->filePath(u"no-such-folder/devices.json"_s);
    const CliRun run = CliTest::run(exportArgs(path), environment());
    QVERIFY2(run.finished && run.exitCode == 2, diagnostics(run));
    QVERIFY2(run.err.contains("cannot write"), run.err);
    QCOMPARE(m_fixture->emulator().requestCount(), 0);
    QCOMPARE(m_fixture->emulator().writeCount(), 0);
    QCOMPARE(snapshot(), before);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QDir(m_dir->filePath(u"data"_s)).exists()); // no journal either
}

void TestAppKeyCli::dryRunListsAndWritesNothing()
{
    const QHash<QString, QJsonObject> before = snapshot();
    const QString path = m_dir->filePath(u"devices.json"_s);
    const CliRun run = CliTest::run(exportArgs(path) << u"--dry-run"_s, environment());
    QVERIFY2(run.finished && run.exitCode == 3, diagnostics(run)); // abp-meter is skipped
    QVERIFY(QFile::exists(path)); // the export itself is still written
    for (const QString &id : kOtaa) {
        const QString line = u"would change AppKey of %1 (fingerprint %2)"_s.arg(
            id, AppKeys::fingerprint(appKeyOf(before.value(id))));
        QVERIFY2(run.err.contains(line.toUtf8()), run.err);
    }
    QVERIFY2(run.err.contains("dry run: 2 AppKeys would be changed, nothing was written to TTN v2"),
        run.err);
    QCOMPARE(m_fixture->emulator().writeCount(), 0);
    QCOMPARE(snapshot(), before);
    QVERIFY(!QDir(m_dir->filePath(u"data"_s)).exists());
}

void TestAppKeyCli::changeThenRestore()
{
    const QHash<QString, QJsonObject> before = snapshot();
    const QString path = m_dir->filePath(u"devices.json"_s);
    const CliRun run = CliTest::run(exportArgs(path) << u"--verbose"_s, environment());
    QVERIFY2(run.finished && run.exitCode == 3, diagnostics(run)); // abp-meter is skipped
    QVERIFY2(run.err.contains("wrote 2 device"), run.err);
    QVERIFY2(
        run.err.contains("AppKeys in TTN v2: 2 changed, 0 already changed, 0 failed"), run.err);
    QVERIFY2(run.err.indexOf("wrote 2 device") < run.err.indexOf("PUT /applications"), run.err);
    QCOMPARE(m_fixture->emulator().writeCount(), 2);

    const QHash<QString, QJsonObject> after = snapshot();
    QCOMPARE(after.value(u"abp-meter"_s), before.value(u"abp-meter"_s));
    for (const QString &id : kOtaa) {
        QVERIFY(AppKeys::isValid(appKeyOf(after.value(id))));
        QVERIFY(!AppKeys::same(appKeyOf(after.value(id)), appKeyOf(before.value(id))));
        QCOMPARE(withoutAppKey(after.value(id)), withoutAppKey(before.value(id)));
        // The originals stay in devices.json.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(appKeyOf(before.value(id)).toUtf8()));
    }
    // Neither the old nor the new keys reach the terminal, nor the journal.
    const QDir journals(m_dir->filePath(u"data/ttn-lw-migrate/journals"_s));
    const QStringList names = journals.entryList(QDir::Files);
    QCOMPARE(names.size(), 1);
    QFile journal(journals.filePath(names.first()));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const QByteArray journalText = journal.readAll();
    QVERIFY2(run.err.contains(names.first().toUtf8()), run.err); // the summary names it
    for (const QString &id : kOtaa) {
        for (const QString &key : { appKeyOf(before.value(id)), appKeyOf(after.value(id)) }) {
            QVERIFY(!run.err.toUpper().contains(key.toUtf8()));
            QVERIFY(!journalText.toUpper().contains(key.toUtf8()));
        }
    }
    QVERIFY(!run.err.contains(CliFixture::accessKey.toUtf8()));

    // Running the same command again would export the *generated* keys over the file that holds
    // the originals: refused, the file stays as it was, nothing is written to v2.
    QFile first(path);
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QByteArray original = first.readAll();
    first.close();
    m_fixture->emulator().clearRequests();
    const CliRun again = CliTest::run(exportArgs(path), environment());
    QVERIFY2(again.finished && again.exitCode == 1, diagnostics(again));
    QVERIFY2(again.err.contains(
                 "was not written: 2 devices would get an AppKey that ttn-lw-migrate generated"),
        again.err);
    QVERIFY(first.open(QIODevice::ReadOnly));
    QCOMPARE(first.readAll(), original);
    first.close();
    QCOMPARE(m_fixture->emulator().writeCount(), 0);

    // The migration guide's form, `application … > devices.json`: stdout cannot be refused at
    // the end like a file, so the devices with a generated key are failed and never written.
    m_fixture->emulator().clearRequests();
    QStringList toStdout = exportArgs(path);
    toStdout.removeLast(); // --ttnv2.change-app-key
    toStdout.removeLast(); // path
    toStdout.removeLast(); // -o
    const CliRun piped = CliTest::run(toStdout, environment());
    QVERIFY2(piped.finished && piped.exitCode == 3, diagnostics(piped));
    for (const QString &id : kOtaa) {
        QVERIFY2(
            piped.err.contains(
                u"failed %1: not written, its AppKey in TTN v2 was generated"_s.arg(id).toUtf8()),
            piped.err);
        QVERIFY(!piped.out.toUpper().contains(appKeyOf(after.value(id)).toUtf8()));
        QVERIFY(!piped.out.contains(id.toUtf8()));
    }
    QVERIFY2(piped.err.contains("2 failed"), piped.err);
    QCOMPARE(m_fixture->emulator().writeCount(), 0);

    // Restore from the first file, in the newer spelling; a second restore has nothing to do.
    m_fixture->emulator().clearRequests();
    const CliRun restore = CliTest::run({ u"ttnv2"_s, u"restore-app-keys"_s, path }, environment());
    QVERIFY2(restore.finished && restore.exitCode == 0, diagnostics(restore));
    QVERIFY2(restore.err.contains("AppKeys in TTN v2: 2 restored, 0 already original, 0 failed"),
        restore.err);
    QCOMPARE(m_fixture->emulator().writeCount(), 2);
    QCOMPARE(snapshot(), before);
    const CliRun twice = CliTest::run(
        { u"restore-app-keys"_s, u"--source"_s, u"ttnv2"_s, path, u"--dry-run"_s }, environment());
    QVERIFY2(twice.finished && twice.exitCode == 0, diagnostics(twice));
    QVERIFY2(
        twice.err.contains("unchanged otaa-one: it already has its original AppKey"), twice.err);
    QCOMPARE(m_fixture->emulator().writeCount(), 2);
    QVERIFY(restore.out.isEmpty() && twice.out.isEmpty());
}

// A split export: the change reads every part back before it writes to v2, and restore takes
// the parts together.
void TestAppKeyCli::changeAndRestoreWithParts()
{
    const QHash<QString, QJsonObject> before = snapshot();
    const QString path = m_dir->filePath(u"devices.json"_s);
    const CliRun run = CliTest::run(exportArgs(path) << u"--split"_s, environment());
    QVERIFY2(run.finished && run.exitCode == 3, diagnostics(run)); // abp-meter is skipped
    const QString part = m_dir->filePath(u"devices-001.json"_s);
    QVERIFY2(
        QRegularExpression(u"wrote 2 device(s|\\(s\\)) to 1 file(\\(s\\))? of at most 10 MiB: "_s
            + QRegularExpression::escape(part))
            .match(QString::fromUtf8(run.err))
            .hasMatch(),
        run.err);
    QVERIFY(!QFile::exists(path));
    QVERIFY2(
        run.err.contains("AppKeys in TTN v2: 2 changed, 0 already changed, 0 failed"), run.err);
    for (const QString &id : kOtaa)
        QVERIFY(!AppKeys::same(appKeyOf(snapshot().value(id)), appKeyOf(before.value(id))));

    // The same export in two parts (as a larger one would be): restore takes both.
    QFile file(part);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QStringList parts;
    for (int i = 0; i < 2; ++i) {
        parts << m_dir->filePath(u"split/devices-00%1.json"_s.arg(i + 1));
        QVERIFY(QDir(m_dir->path()).mkpath(u"split"_s));
        QFile out(parts.last());
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.at(i) + '\n');
    }
    m_fixture->emulator().clearRequests();
    const CliRun restore
        = CliTest::run(QStringList { u"ttnv2"_s, u"restore-app-keys"_s } << parts, environment());
    QVERIFY2(restore.finished && restore.exitCode == 0, diagnostics(restore));
    QVERIFY2(restore.err.contains("AppKeys in TTN v2: 2 restored, 0 already original, 0 failed"),
        restore.err);
    QCOMPARE(snapshot(), before);
}

void TestAppKeyCli::restoreUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withAppId");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList { u"ttnv2"_s, u"restore-app-keys"_s } << true
                             << u"needs the devices.json"_s;
    QTest::newRow("missing file") << QStringList { u"ttnv2"_s, u"restore-app-keys"_s,
        u"/no/such/devices.json"_s }
                                  << true << u"cannot read"_s;
    QTest::newRow("no app id") << QStringList { u"ttnv2"_s, u"restore-app-keys"_s, u"FILE"_s }
                               << false << u"missing application ID"_s;
    QTest::newRow("with -o") << QStringList { u"ttnv2"_s, u"restore-app-keys"_s, u"FILE"_s, u"-o"_s,
        u"x.json"_s } << true << u"leave out -o"_s;
    QTest::newRow("with change") << QStringList { u"restore-app-keys"_s, u"--source"_s, u"ttnv2"_s,
        u"FILE"_s, u"--ttnv2.change-app-key"_s }
                                 << true << u"cannot be combined"_s;
}

void TestAppKeyCli::restoreUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withAppId);
    QFETCH(QString, message);
    const QString file = m_dir->filePath(u"devices.json"_s);
    QFile devices(file);
    QVERIFY(devices.open(QIODevice::WriteOnly));
    devices.close();
    arguments.replaceInStrings(u"FILE"_s, file);
    QProcessEnvironment env = environment();
    if (!withAppId)
        env.remove(u"TTNV2_APP_ID"_s);
    const CliRun run = CliTest::run(arguments, env);
    QVERIFY2(run.finished && run.exitCode == 2, diagnostics(run));
    QVERIFY2(run.err.contains(message.toUtf8()), run.err);
    QCOMPARE(m_fixture->emulator().requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestAppKeyCli)
#include "tst_appkeycli.moc"

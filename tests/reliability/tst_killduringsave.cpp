// Nothing lost: a run that is killed, interrupted or fails while writing -o FILE leaves the
// previous FILE byte-identical. QSaveFile writes to a temporary file and renames it on
// commit; on Linux Qt opens that temporary with O_TMPFILE (no name in the folder), so even
// SIGKILL leaves nothing behind. Where the file system lacks O_TMPFILE a named
// "devices.json.XXXXXX" can survive a SIGKILL; it must then be owner-only (0600).
#include "cliprocess.h"
#include "outputdir.h"
#include "v2emulator.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QtTest>
#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {
const QString kApp = u"save-app"_s;
const QString kKey = u"ttn-account-v2.SaveTestKey-0123456789abcdefghijklmnopqrstu"_s;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// Read and write for the owner, nothing for group and others (0600).
bool isOwnerOnly(QFileDevice::Permissions permissions)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    return (permissions & others) == 0 && (permissions & kOwnerOnly) == kOwnerOnly;
}
} // namespace

class TstKillDuringSave : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void signalMidRunKeepsPreviousFile_data();
    void signalMidRunKeepsPreviousFile();
    void successfulRunWritesOwnerOnlyFile_data();
    void successfulRunWritesOwnerOnlyFile();

private:
    QStringList arguments(const QString &outputPath) const;
    V2Emulator m_emulator;
};

void TstKillDuringSave::initTestCase()
{
    QVERIFY(m_emulator.listen());
    m_emulator.addApplication(kApp, kKey);
    m_emulator.generate(kApp, 40, 11, 0.5);
}

void TstKillDuringSave::init()
{
    m_emulator.clearRequests();
    m_emulator.setRateLimit(0);
    m_emulator.setLatency(0);
}

QStringList TstKillDuringSave::arguments(const QString &outputPath) const
{
    return { u"application"_s, u"--source"_s, u"ttnv2"_s, kApp, u"--ttnv2.frequency-plan-id"_s,
        u"EU_863_870_TTN"_s, u"--ttnv2.handler-address"_s, m_emulator.handlerUrl().toString(),
        u"--ttnv2.with-session=true"_s, u"-o"_s, outputPath };
}

void TstKillDuringSave::signalMidRunKeepsPreviousFile_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGKILL") << int(SIGKILL);
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TstKillDuringSave::signalMidRunKeepsPreviousFile()
{
    QFETCH(int, signal);
    OutputDir dir;
    // 40 per-device GETs at 5/s take ~8 s: plenty of time to interrupt the run mid-way.
    m_emulator.setLatency(20);
    QProcess cli;
    cli.setProcessEnvironment([] {
        QProcessEnvironment env = CliTest::cleanEnvironment();
        env.insert(u"TTNV2_APP_ACCESS_KEY"_s, kKey);
        return env;
    }());
    cli.start(CliTest::binary(), arguments(dir.target()));
    QVERIFY(cli.waitForStarted(10000));
    // Wait until devices are arriving (some are already written to the temporary file).
    QTRY_VERIFY_WITH_TIMEOUT(m_emulator.requestCount() >= 8, 20000);
    ::kill(pid_t(cli.processId()), signal);
    QVERIFY(cli.waitForFinished(10000));
    const QByteArray err = cli.readAllStandardError();

    QCOMPARE(dir.targetContent(), OutputDir::previousContent);
    QVERIFY2(cli.readAllStandardOutput().isEmpty(), "nothing may go to stdout with -o");
    const QStringList leftovers
        = dir.entries().filter(QRegularExpression(u"^(?!devices\\.json$)"_s));
    if (signal == SIGKILL) {
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
        for (const QString &name : leftovers) {
            // Only acceptable without O_TMPFILE: a QSaveFile temporary, owner-only.
            QVERIFY2(name.startsWith(u"devices.json."_s), qPrintable(name));
            const QFileInfo info(QDir(QFileInfo(dir.target()).path()).filePath(name));
            QVERIFY2(isOwnerOnly(info.permissions()), "a temporary left behind must be owner-only");
            qInfo("SIGKILL left the owner-only temporary %s (no O_TMPFILE here)", qPrintable(name));
        }
    } else {
        // The CLI catches SIGTERM/SIGINT, cancels, and says the file was not written.
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QVERIFY2(cli.exitCode() == 128 + signal || cli.exitCode() == 130,
            qPrintable(QString::number(cli.exitCode())));
        QVERIFY2(err.contains("was not written"), err.constData());
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
    }
}

void TstKillDuringSave::successfulRunWritesOwnerOnlyFile_data()
{
    QTest::addColumn<bool>("previousWorldReadable");
    QTest::newRow("new file") << false;
    QTest::newRow("over a 0644 file") << true;
}

void TstKillDuringSave::successfulRunWritesOwnerOnlyFile()
{
    // The export holds AppKeys and session keys: only its owner may read it, even when it
    // replaces a file that others could read.
    QFETCH(bool, previousWorldReadable);
    QTemporaryDir dir;
    const QString target = dir.filePath(u"devices.json"_s);
    if (previousWorldReadable) {
        QFile previous(target);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("{}\n");
        previous.close();
        QVERIFY(
            previous.setPermissions(kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    }
    CliCommand run;
    run.arguments = arguments(target);
    run.environment.insert(u"TTNV2_APP_ACCESS_KEY"_s, kKey);
    const CliRun result = run.run();
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(result.out.isEmpty());
    QFile written(target);
    QVERIFY2(
        isOwnerOnly(written.permissions()), qPrintable(QString::number(written.permissions(), 16)));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll().count('\n'), 40);
    // Nothing left behind: the export and the payload formatters saved beside it (#19).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
        (QStringList { u"devices.formatters.json"_s, u"devices.json"_s }));
}

QTEST_GUILESS_MAIN(TstKillDuringSave)
#include "tst_killduringsave.moc"

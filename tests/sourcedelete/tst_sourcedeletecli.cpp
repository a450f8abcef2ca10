// `ttn-lw-migrate ttnv2 delete-abp-devices`, `ttnv2 recreate-abp-devices` and
// `tts delete-source-devices` as processes (#17 item 6): a V2Emulator or a second TtsEmulator
// as the source, a TtsEmulator as the target where the devices were imported. Nothing is
// deleted before the target shows the device seen (v2 ABP) or active (tts); it is deleted
// after; a rerun writes nothing; a run killed between its journal line and its write is
// finished by the next; the undo puts the v2 ABP device back with its session and counters;
// a dry run writes nothing; the journal and the output hold no key.
#include "cliprocess.h"
#include "sourcedeletetestsupport.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sdtest;

namespace {

int countRequests(const QList<TtsEmulatorRequest> &requests, const QString &method)
{
    return int(std::count_if(requests.begin(), requests.end(),
        [&](const TtsEmulatorRequest &r) { return r.method == method; }));
}

} // namespace

class TstSourceDeleteCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void v2AbpDeletedOnceSeenAndRecreated();
    void v2ResumesADeviceKilledBetweenJournalAndWrite();
    void ttsDeletedOnceActiveOnly();
    void ttsNeedsConfirmationWithoutTerminal();
    void ttsKeyWithoutWriteRightStopsNamingIt();
    void exportRefusesOfficialDeleteFlagPointingHere();

private:
    QProcessEnvironment v2Environment() const;
    QProcessEnvironment ttsEnvironment() const;
    CliRun runV2(const QString &command, const QStringList &extra = {}) const;
    CliRun runTts(const QStringList &extra) const;
    void addToTarget(const QJsonObject &line);

    std::unique_ptr<V2Emulator> m_v2;
    std::unique_ptr<TtsEmulator> m_source;
    std::unique_ptr<TtsEmulator> m_target;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TstSourceDeleteCli::init()
{
    m_target = std::make_unique<TtsEmulator>();
    setUpTarget(*m_target);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"devices.json"_s);
}

void TstSourceDeleteCli::cleanup()
{
    m_v2.reset();
    m_source.reset();
    m_target.reset();
    m_dir.reset();
}

QProcessEnvironment TstSourceDeleteCli::v2Environment() const
{
    QProcessEnvironment env = CliTest::cleanEnvironment();
    env.insert(u"TTNV2_APP_ACCESS_KEY"_s, kV2Key);
    env.insert(u"TTS_ADDRESS"_s, m_target->baseUrl().toString());
    env.insert(u"TTS_APPLICATION_ID"_s, kTargetApp);
    env.insert(u"TTS_API_KEY"_s, kTargetKey);
    return env;
}

QProcessEnvironment TstSourceDeleteCli::ttsEnvironment() const
{
    QProcessEnvironment env = CliTest::cleanEnvironment();
    env.insert(u"TTS_SOURCE_ADDRESS"_s, m_source->baseUrl().toString());
    env.insert(u"TTS_APP_API_KEY"_s, kSourceKey);
    env.insert(u"TTS_ADDRESS"_s, m_target->baseUrl().toString());
    env.insert(u"TTS_APPLICATION_ID"_s, kTargetApp);
    env.insert(u"TTS_API_KEY"_s, kTargetKey);
    return env;
}

CliRun TstSourceDeleteCli::runV2(const QString &command, const QStringList &extra) const
{
    return CliTest::run(QStringList { u"ttnv2"_s, command, m_file, u"--app-id"_s, kV2App,
                            u"--handler-address"_s, m_v2->handlerUrl().toString() }
            + extra,
        v2Environment(), {}, 60000);
}

CliRun TstSourceDeleteCli::runTts(const QStringList &extra) const
{
    return CliTest::run(
        QStringList { u"tts"_s, u"delete-source-devices"_s, m_file, u"--tts.app-id"_s, kSourceApp }
            + extra,
        ttsEnvironment(), {}, 60000);
}

void TstSourceDeleteCli::addToTarget(const QJsonObject &line)
{
    QJsonObject device = line;
    QJsonObject ids = device.value(u"ids"_s).toObject();
    QJsonObject app { { u"application_id"_s, kTargetApp } };
    ids.insert(u"application_ids"_s, app);
    device = QJsonObject { { u"ids"_s, ids }, { u"name"_s, line.value(u"name"_s) } };
    m_target->addDevice(kTargetApp, device, { TtsServer::Identity });
}

void TstSourceDeleteCli::v2AbpDeletedOnceSeenAndRecreated()
{
    m_v2 = std::make_unique<V2Emulator>();
    setUpV2(*m_v2, 2);
    writeLines(m_file, { exportedAbp(1), exportedAbp(2) });
    addToTarget(exportedAbp(1));
    addToTarget(exportedAbp(2));
    const QString journal = m_file + u".source-deleted"_s;

    // Neither seen: both listed and left alone.
    CliRun run = runV2(u"delete-abp-devices"_s);
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY2(QString::fromUtf8(run.err).contains(u"not yet abp-1"_s), qPrintable(run.describe()));
    QCOMPARE(m_v2->deviceCount(kV2App), 2);

    m_target->markSeen(kTargetApp, v3Id(1), false);
    // A dry run writes nothing, not even the journal.
    run = runV2(u"delete-abp-devices"_s, { u"--dry-run"_s });
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY2(
        QString::fromUtf8(run.err).contains(u"would delete abp-1"_s), qPrintable(run.describe()));
    QCOMPARE(m_v2->deviceCount(kV2App), 2);
    QVERIFY(!QFile::exists(journal));

    // Seen: deleted; the other one still waits.
    run = runV2(u"delete-abp-devices"_s);
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY(m_v2->device(kV2App, v2Id(1)).isEmpty());
    QVERIFY(!m_v2->device(kV2App, v2Id(2)).isEmpty());

    m_target->markSeen(kTargetApp, v3Id(2), true);
    run = runV2(u"delete-abp-devices"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(m_v2->deviceCount(kV2App), 0);

    // A rerun writes nothing.
    const int writes = m_v2->writeCount();
    run = runV2(u"delete-abp-devices"_s, { u"--verbose"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(
        QString::fromUtf8(run.err).contains(u"already done abp-1"_s), qPrintable(run.describe()));
    QCOMPARE(m_v2->writeCount(), writes);
    QVERIFY(!run.err.contains(kV2Key.toUtf8()));
    QVERIFY(!run.err.contains(kTargetKey.toUtf8()));

    // The journal holds no key.
    QFile file(journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (int n = 1; n <= 2; ++n) {
        QVERIFY(!bytes.contains(nwkSKey(n).toUtf8()));
        QVERIFY(!bytes.contains(appSKey(n).toUtf8()));
        QVERIFY(!run.err.contains(nwkSKey(n).toUtf8()));
    }

    // The undo: both back, with session, counters and fields.
    run = runV2(u"recreate-abp-devices"_s, { u"--dry-run"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(m_v2->deviceCount(kV2App), 0);
    run = runV2(u"recreate-abp-devices"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    for (int n = 1; n <= 2; ++n) {
        const QJsonObject back = m_v2->device(kV2App, v2Id(n));
        const QJsonObject lorawan = back.value(u"lorawan_device"_s).toObject();
        const QJsonObject original = v2AbpDevice(n).value(u"lorawan_device"_s).toObject();
        for (const QString &field : { u"dev_addr"_s, u"nwk_s_key"_s, u"app_s_key"_s, u"f_cnt_up"_s,
                 u"f_cnt_down"_s, u"dev_eui"_s, u"uses32_bit_f_cnt"_s })
            QVERIFY2(lorawan.value(field) == original.value(field), qPrintable(field));
        QCOMPARE(back.value(u"description"_s), v2AbpDevice(n).value(u"description"_s));
    }
    // Undone twice: nothing more to do.
    const int after = m_v2->writeCount();
    run = runV2(u"recreate-abp-devices"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(m_v2->writeCount(), after);
}

void TstSourceDeleteCli::v2ResumesADeviceKilledBetweenJournalAndWrite()
{
    m_v2 = std::make_unique<V2Emulator>();
    setUpV2(*m_v2, 1);
    writeLines(m_file, { exportedAbp(1) });
    addToTarget(exportedAbp(1));
    // What a run killed right after its write-ahead line leaves: "deleting" with the state,
    // the device still in v2, and (here) TTS no longer showing it seen would not matter.
    QJsonObject state = v2AbpDevice(1);
    QJsonObject lorawan = state.value(u"lorawan_device"_s).toObject();
    lorawan.remove(u"nwk_s_key"_s);
    lorawan.remove(u"app_s_key"_s);
    state.insert(u"lorawan_device"_s, lorawan);
    writeLines(m_file + u".source-deleted"_s,
        { QJsonObject { { u"device_id"_s, v3Id(1) }, { u"source_id"_s, v2Id(1) },
            { u"event"_s, u"deleting"_s }, { u"state"_s, state } } });
    m_target->markSeen(kTargetApp, v3Id(1), false);
    CliRun run = runV2(u"delete-abp-devices"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(m_v2->deviceCount(kV2App), 0);
    // No second GET: the journal's state stays the one of the first run.
    run = runV2(u"recreate-abp-devices"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(m_v2->device(kV2App, v2Id(1))
                 .value(u"lorawan_device"_s)
                 .toObject()
                 .value(u"f_cnt_up"_s)
                 .toInt(),
        1001);
}

void TstSourceDeleteCli::ttsDeletedOnceActiveOnly()
{
    m_source = std::make_unique<TtsEmulator>();
    QVERIFY(m_source->listen());
    m_source->addApplication(kSourceApp);
    m_source->addApiKey(kSourceKey, kSourceApp, { u"RIGHT_APPLICATION_ALL"_s });
    QList<QJsonObject> lines;
    for (int n = 1; n <= 2; ++n) {
        m_source->addDevice(kSourceApp, ttsDevice(kSourceApp, n),
            { TtsServer::Identity, TtsServer::Join, TtsServer::Network, TtsServer::Application });
        lines << ttsDevice(kTargetApp, n);
        m_target->addDevice(kTargetApp, ttsDevice(kTargetApp, n), { TtsServer::Identity });
    }
    writeLines(m_file, lines);

    CliRun run = runTts({ u"--confirm-delete"_s });
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QCOMPARE(countRequests(m_source->requests(), u"DELETE"_s), 0);

    // Seen is not enough: only active.
    m_target->markSeen(kTargetApp, u"otaa-1"_s, false);
    run = runTts({ u"--confirm-delete"_s });
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QCOMPARE(countRequests(m_source->requests(), u"DELETE"_s), 0);

    m_target->markSeen(kTargetApp, u"otaa-1"_s, true);
    run = runTts({ u"--dry-run"_s });
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QCOMPARE(countRequests(m_source->requests(), u"DELETE"_s), 0);
    QVERIFY(!QFile::exists(m_file + u".source-deleted"_s));

    m_source->clearRequests();
    run = runTts({ u"--confirm-delete"_s });
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    for (TtsServer server :
        { TtsServer::Identity, TtsServer::Join, TtsServer::Network, TtsServer::Application }) {
        QVERIFY(m_source->device(server, kSourceApp, u"otaa-1"_s).isEmpty());
        QVERIFY(!m_source->device(server, kSourceApp, u"otaa-2"_s).isEmpty());
    }
    // As TTS deletes: AS, NS, JS, the IS last.
    QStringList order;
    for (const TtsEmulatorRequest &request : m_source->requests()) {
        if (request.method == u"DELETE")
            order << request.path.section(u'/', 3, 3);
    }
    QCOMPARE(order, QStringList({ u"as"_s, u"ns"_s, u"js"_s, u"applications"_s }));

    // A rerun deletes nothing more.
    m_source->clearRequests();
    run = runTts({ u"--confirm-delete"_s });
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QCOMPARE(countRequests(m_source->requests(), u"DELETE"_s), 0);
    QVERIFY(!run.err.contains(kSourceKey.toUtf8()));
    QVERIFY(!run.err.contains(kTargetKey.toUtf8()));
}

void TstSourceDeleteCli::ttsNeedsConfirmationWithoutTerminal()
{
    m_source = std::make_unique<TtsEmulator>();
    QVERIFY(m_source->listen());
    m_source->addApplication(kSourceApp);
    m_source->addApiKey(kSourceKey, kSourceApp, { u"RIGHT_APPLICATION_ALL"_s });
    writeLines(m_file, { ttsDevice(kTargetApp, 1) });
    const CliRun run = runTts({});
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(
        QString::fromUtf8(run.err).contains(u"--confirm-delete"_s), qPrintable(run.describe()));
    QCOMPARE(m_source->requestCount(), 0);
    QCOMPARE(m_target->requestCount(), 0);
}

void TstSourceDeleteCli::ttsKeyWithoutWriteRightStopsNamingIt()
{
    m_source = std::make_unique<TtsEmulator>();
    QVERIFY(m_source->listen());
    m_source->addApplication(kSourceApp);
    m_source->addApiKey(kSourceKey, kSourceApp,
        { u"RIGHT_APPLICATION_DEVICES_READ"_s, u"RIGHT_APPLICATION_DEVICES_READ_KEYS"_s });
    m_source->addDevice(kSourceApp, ttsDevice(kSourceApp, 1),
        { TtsServer::Identity, TtsServer::Join, TtsServer::Network, TtsServer::Application });
    m_target->addDevice(kTargetApp, ttsDevice(kTargetApp, 1), { TtsServer::Identity });
    m_target->markSeen(kTargetApp, u"otaa-1"_s, true);
    writeLines(m_file, { ttsDevice(kTargetApp, 1) });
    const CliRun run = runTts({ u"--confirm-delete"_s });
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(u"--tts.app-api-key"_s) && err.contains(u"right"_s, Qt::CaseInsensitive),
        qPrintable(run.describe()));
    QVERIFY(!m_source->device(TtsServer::Identity, kSourceApp, u"otaa-1"_s).isEmpty());
}

void TstSourceDeleteCli::exportRefusesOfficialDeleteFlagPointingHere()
{
    QProcessEnvironment env = CliTest::cleanEnvironment();
    env.insert(u"TTS_SOURCE_ADDRESS"_s, u"http://127.0.0.1:9"_s);
    env.insert(u"TTS_APP_API_KEY"_s, kSourceKey);
    const CliRun run = CliTest::run(
        { u"tts"_s, u"application"_s, kSourceApp, u"--tts.delete-source-device"_s }, env);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(QString::fromUtf8(run.err).contains(u"tts delete-source-devices"_s),
        qPrintable(run.describe()));
}

QTEST_GUILESS_MAIN(TstSourceDeleteCli)
#include "tst_sourcedeletecli.moc"

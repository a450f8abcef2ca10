// The chirpstack source as a user runs it: the real ttn-lw-migrate process exporting the demo
// application of chirpstack-emulator (in this process, on loopback).
#include "chirpstackemulator.h"
#include "cliprocess.h"
#include "ttsemulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestChirpStackCli : public QObject
{
    Q_OBJECT

    ChirpStackEmulator m_emulator;
    QTemporaryDir m_dir;

    using Run = CliRun;

    static QProcessEnvironment environment(const QString &key, const QString &keyVariable)
    {
        QProcessEnvironment env = CliTest::cleanEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(u"CHIRPSTACK_"_s) || name.startsWith(u"TTS_"_s))
                env.remove(name);
        }
        env.insert(keyVariable, key);
        return env;
    }

    Run run(const QStringList &arguments,
        const QString &key = QString::fromLatin1(ChirpStackEmulator::adminKey),
        const QByteArray &input = QByteArray(),
        const QString &keyVariable = u"CHIRPSTACK_API_KEY"_s)
    {
        return CliTest::run(arguments, environment(key, keyVariable), input, 120000);
    }

    QStringList connection() const
    {
        return { u"--chirpstack.api-url"_s, m_emulator.address(), u"--chirpstack.insecure"_s };
    }

private slots:
    void initTestCase()
    {
        m_emulator.loadDemo();
        QString error;
        QVERIFY2(m_emulator.start(0, &error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void exportsTheDemoApplication()
    {
        const QString file = m_dir.filePath(u"devices.json"_s);
        const Run r = run(QStringList { u"chirpstack"_s, u"application"_s, u"demo-app"_s }
            + connection() + QStringList { u"--chirpstack.export-session"_s, u"-o"_s, file });
        QCOMPARE(r.exitCode, 3); // some skipped or failed
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        for (const QByteArray &line : lines) {
            const QJsonObject device = QJsonDocument::fromJson(line).object();
            QVERIFY(device.value(u"ids"_s)
                        .toObject()
                        .value(u"device_id"_s)
                        .toString()
                        .startsWith(u"eui-"_s));
        }
        QVERIFY(r.err.contains("6 exported, 2 skipped, 1 failed of 9 requested"));
        QVERIFY(r.err.contains("call(s) to ChirpStack") || r.err.contains("calls to ChirpStack"));
        QVERIFY(!r.err.contains("s3cret-variable"));
        QVERIFY(!f.fileName().isEmpty());
    }

    void tenantKeyAndTokenVariable()
    {
        // A tenant key finds an application by name only with the tenant ID.
        Run r = run(QStringList { u"application"_s, u"--source"_s, u"chirpstack"_s, u"demo-app"_s }
                + connection(),
            QString::fromLatin1(ChirpStackEmulator::tenantKey), {}, u"CHIRPSTACK_API_TOKEN"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--chirpstack.tenant-id"), r.err.constData());
        r = run(
            QStringList { u"application"_s, u"--source"_s, u"chirpstack"_s, u"demo-app"_s,
                u"--chirpstack.tenant-id"_s, QString::fromLatin1(ChirpStackEmulator::demoTenantId) }
                + connection(),
            QString::fromLatin1(ChirpStackEmulator::tenantKey), {}, u"CHIRPSTACK_API_TOKEN"_s);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out.trimmed().split('\n').size(), 5); // ABP devices need the session flag
    }

    void wrongKeyIsExplained()
    {
        const Run r = run(QStringList { u"chirpstack"_s, u"application"_s,
                              QString::fromLatin1(ChirpStackEmulator::demoApplicationId) }
                + connection(),
            u"wrong-key"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("another tenant"), r.err.constData());
        QVERIFY(!r.err.contains("wrong-key"));
    }

    void dropInvalidAttributesRepairs()
    {
        const Run r = run(QStringList { u"chirpstack"_s, u"application"_s, u"demo-app"_s,
                              u"--drop-invalid-attributes"_s }
            + connection());
        QCOMPARE(r.exitCode, 3); // the ABP devices without --chirpstack.export-session
        QCOMPARE(r.outLines().size(), 6);
        QVERIFY(r.err.contains("0 failed"));
    }

    // --dev-id-map names devices by their DevEUI (any case); the others keep eui-<deveui>. A
    // map line with an ID TTS refuses is a usage error before any call.
    void deviceIdMapByDevEui()
    {
        const QString map = m_dir.filePath(u"ids.csv"_s);
        QFile file(map);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# DevEUI,device ID\n70B3D57ED0000002,cold-room-sensor\n");
        file.close();
        const Run r = run(
            QStringList { u"chirpstack"_s, u"device"_s, u"--dev-id-map"_s, map } + connection(),
            QString::fromLatin1(ChirpStackEmulator::adminKey),
            "70b3d57ed0000002\n70b3d57ed0000003\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QStringList ids;
        for (const QByteArray &line : r.out.trimmed().split('\n'))
            ids << QJsonDocument::fromJson(line)
                       .object()
                       .value(u"ids"_s)
                       .toObject()
                       .value(u"device_id"_s)
                       .toString();
        QCOMPARE(ids, (QStringList { u"cold-room-sensor"_s, u"eui-70b3d57ed0000003"_s }));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("70b3d57ed0000002,Bad_ID\n");
        file.close();
        const Run bad = run(QStringList { u"chirpstack"_s, u"device"_s, u"70b3d57ed0000002"_s,
                                u"--dev-id-map"_s, map }
            + connection());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--dev-id-map"), bad.err.constData());
        QVERIFY(bad.out.isEmpty());
    }

    void devicesByDevEuiFromStdin()
    {
        const Run r = run(QStringList { u"chirpstack"_s, u"device"_s, u"--chirpstack.join-eui"_s,
                              u"0000000000000042"_s, u"--verbose"_s }
                + connection(),
            QString::fromLatin1(ChirpStackEmulator::adminKey),
            "70b3d57ed0000002\n70b3d57ed0000003\n70b3d57effffffff\n");
        QCOMPARE(r.exitCode, 3);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.value(u"ids"_s).toObject().value(u"join_eui"_s).toString(),
            u"0000000000000042"_s);
        QVERIFY(r.err.contains("70b3d57effffffff"));
        QVERIFY(r.err.contains("gRPC DeviceService.GetKeys 70b3d57ed0000002 → OK"));
        QVERIFY(!r.err.contains(ChirpStackEmulator::adminKey)); // never printed
    }

    // The export goes into The Things Stack (the local emulator) completely.
    void importsIntoTheThingsStack()
    {
        const QString file = m_dir.filePath(u"import.json"_s);
        Run r = run(QStringList { u"chirpstack"_s, u"application"_s, u"demo-app"_s } + connection()
            + QStringList { u"--chirpstack.export-session"_s, u"-o"_s, file });
        QCOMPARE(r.exitCode, 3);
        TtsEmulator tts;
        QVERIFY(tts.listen());
        const QString app = u"target-app"_s;
        const QString key = u"NNSXS.TESTKEYID0123456789.TestSecretNeverToBeSeen0123456789abcdef"_s;
        tts.addApplication(app);
        tts.addApiKey(key, app, { u"RIGHT_APPLICATION_ALL"_s });
        QProcessEnvironment env = environment(key, u"TTS_API_KEY"_s);
        env.insert(u"TTS_ADDRESS"_s, tts.baseUrl().toString());
        env.insert(u"TTS_APPLICATION_ID"_s, app);
        r = CliTest::run({ u"tts"_s, u"import"_s, file }, env, QByteArray(), 120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(tts.deviceCount(TtsServer::Identity, app), 6);
        QCOMPARE(tts.deviceCount(TtsServer::Network, app), 6);
    }

    // Disable after the export is written, then undo (issue 18 item 4).
    void disableDevicesThenEnable()
    {
        ChirpStackEmulator cs; // its own: this test changes devices
        cs.loadDemo();
        QVERIFY(cs.start());
        const QStringList connect { u"--chirpstack.api-url"_s, cs.address(),
            u"--chirpstack.insecure"_s };
        const QString file = m_dir.filePath(u"disabled.json"_s);
        // A read-only key: the export is written, nothing is disabled, the command fails.
        Run r = run(QStringList { u"chirpstack"_s, u"application"_s,
                        QString::fromLatin1(ChirpStackEmulator::demoApplicationId),
                        u"--chirpstack.disable-devices"_s, u"-o"_s, file }
                + connect,
            QString::fromLatin1(ChirpStackEmulator::readOnlyKey));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(QFile::exists(file));
        QVERIFY(!cs.isDisabled(u"70b3d57ed0000001"_s));
        r = run(QStringList { u"chirpstack"_s, u"application"_s, u"demo-app"_s,
                    u"--chirpstack.disable-devices"_s, u"-o"_s, file }
            + connect);
        QCOMPARE(r.exitCode, 3); // skipped and failed devices, as before
        QVERIFY2(r.err.contains("enable-devices"), r.err.constData());
        QVERIFY(cs.isDisabled(u"70b3d57ed0000001"_s));
        QVERIFY(!cs.isDisabled(u"70b3d57ed0000006"_s)); // skipped: not migrated, not disabled
        r = run(QStringList { u"chirpstack"_s, u"enable-devices"_s, file } + connect);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!cs.isDisabled(u"70b3d57ed0000001"_s));
        QVERIFY(cs.isDisabled(u"70b3d57ed0000005"_s)); // disabled before the migration
        // Without -o it is refused before anything is sent.
        r = run(QStringList { u"chirpstack"_s, u"application"_s, u"demo-app"_s,
                    u"--chirpstack.disable-devices"_s }
            + connect);
        QCOMPARE(r.exitCode, 2);
    }

    // --split as for the other sources: parts named from -o, each below the Console's limit.
    void splitExportInParts()
    {
        const QString file = m_dir.filePath(u"split/devices.json"_s);
        QVERIFY(QDir().mkpath(QFileInfo(file).path()));
        const Run r = run(QStringList { u"chirpstack"_s, u"application"_s, u"demo-app"_s }
            + connection() + QStringList { u"--split-size"_s, u"1"_s, u"-o"_s, file });
        QCOMPARE(r.exitCode, 3); // the ABP devices without --chirpstack.export-session
        QVERIFY2(QFile::exists(m_dir.filePath(u"split/devices-001.json"_s)), r.err.constData());
        QVERIFY(!QFile::exists(file));
        const Run noFile
            = run(QStringList { u"chirpstack"_s, u"application"_s, u"demo-app"_s, u"--split"_s }
                + connection());
        QCOMPARE(noFile.exitCode, 2);
        QVERIFY(noFile.err.contains("--split needs -o FILE"));
    }

    void usageErrors()
    {
        Run r = run({ u"chirpstack"_s, u"application"_s, u"demo-app"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--chirpstack.api-url"));
        r = run({ u"chirpstack"_s, u"application"_s, u"--help"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--chirpstack.export-session"));
    }
};

QTEST_GUILESS_MAIN(TestChirpStackCli)
#include "tst_chirpstackcli.moc"

// ChirpStackClient against chirpstack-emulator over loopback: listing, paging, reading,
// ChirpStack's auth model (UNAUTHENTICATED for every refusal), retries, deadlines, disable.
#include "chirpstack/chirpstackclient.h"
#include "chirpstack/chirpstackconverter.h"
#include "chirpstack/chirpstackdisabler.h"
#include "chirpstackemulator.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestChirpStackClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChirpStackEmulator> m_emulator;

    ChirpStackConnection connection(const char *key = ChirpStackEmulator::adminKey) const
    {
        ChirpStackConnection c;
        c.apiUrl = m_emulator->address();
        c.insecure = true;
        c.apiKey = QString::fromLatin1(key);
        c.retryBaseDelayMs = 1;
        c.deadlineMs = 5000;
        return c;
    }

private slots:
    void init()
    {
        m_emulator = std::make_unique<ChirpStackEmulator>();
        m_emulator->loadDemo();
        QString error;
        QVERIFY2(m_emulator->start(0, &error), qPrintable(error));
    }
    void cleanup() { m_emulator.reset(); }

    void findsApplicationByIdAndName()
    {
        ChirpStackClient admin(connection());
        ChirpStackClient::Application app;
        QVERIFY(admin.findApplication(u"demo-app"_s, &app).ok());
        QCOMPARE(app.id, QString::fromLatin1(ChirpStackEmulator::demoApplicationId));
        QVERIFY(admin.findApplication(app.id, &app).ok());
        QCOMPARE(app.name, u"demo-app"_s);
        QCOMPARE(admin.findApplication(u"nope"_s, &app).code, int(ChirpStackError::NotFound));
        // A tenant key cannot list tenants: it needs the tenant ID.
        ChirpStackClient tenant(connection(ChirpStackEmulator::tenantKey));
        const ChirpStackError error = tenant.findApplication(u"demo-app"_s, &app);
        QCOMPARE(error.code, int(ChirpStackError::Unauthenticated));
        QCOMPARE(ChirpStackErrors::toSourceError(error).fix, SettingFix::GiveChirpStackTenantId);
        ChirpStackConnection withTenant = connection(ChirpStackEmulator::tenantKey);
        withTenant.tenantId = QString::fromLatin1(ChirpStackEmulator::demoTenantId);
        ChirpStackClient tenant2(withTenant);
        QVERIFY(tenant2.findApplication(u"demo-app"_s, &app).ok());
    }
    void listsDevicesInDevEuiOrderAcrossPages()
    {
        ChirpStackConnection c = connection();
        c.pageSize = 4;
        ChirpStackClient client(c);
        QList<ChirpStackClient::DeviceEntry> devices;
        QVERIFY(
            client.listDevices(QString::fromLatin1(ChirpStackEmulator::demoApplicationId), &devices)
                .ok());
        QCOMPARE(devices.size(), 9);
        for (int i = 1; i < devices.size(); ++i)
            QVERIFY(devices.at(i - 1).devEui < devices.at(i).devEui);
        QCOMPARE(client.requestCount(), 3);
        QCOMPARE(devices.first().deviceProfileName, u"EU868 1.0.3 OTAA"_s);
    }
    void readsAndConvertsTheDemo()
    {
        ChirpStackClient client(connection(ChirpStackEmulator::tenantKey));
        QList<ChirpStackClient::DeviceEntry> devices;
        QVERIFY(
            client.listDevices(QString::fromLatin1(ChirpStackEmulator::demoApplicationId), &devices)
                .ok());
        ChirpStackConverter::Options options;
        options.applicationId = u"demo-app"_s;
        options.exportSession = true;
        QMap<QString, OutcomeStatus> status;
        for (const auto &entry : devices) {
            ChirpStackRecord record;
            const ChirpStackError error = client.readRecord(entry.devEui, true, &record);
            QVERIFY2(error.ok(), qPrintable(error.message));
            status.insert(entry.devEui, ChirpStackConverter::convert(record, options).status);
        }
        QCOMPARE(status.value(u"70b3d57ed0000001"_s), OutcomeStatus::Exported);
        QCOMPARE(status.value(u"70b3d57ed0000003"_s), OutcomeStatus::Exported); // 1.0.4
        QCOMPARE(status.value(u"70b3d57ed0000004"_s), OutcomeStatus::Exported); // 1.1 class B
        QCOMPARE(status.value(u"70b3d57ed0000005"_s), OutcomeStatus::Exported); // disabled
        QCOMPARE(status.value(u"70b3d57ed0000006"_s), OutcomeStatus::Skipped); // no keys
        QCOMPARE(status.value(u"70b3d57ed0000007"_s), OutcomeStatus::Exported); // ABP session
        QCOMPARE(status.value(u"70b3d57ed0000008"_s), OutcomeStatus::Skipped); // never active
        QCOMPARE(status.value(u"70b3d57ed0000009"_s), OutcomeStatus::Failed); // bad tag
    }
    void refusalsAreUnauthenticated()
    {
        const QString eui = u"70b3d57ed0000001"_s;
        ChirpStackDevice device;
        ChirpStackClient wrong(connection("not-a-key"));
        ChirpStackError error = wrong.getDevice(eui, &device);
        QCOMPARE(error.code, int(ChirpStackError::Unauthenticated));
        const SourceError s = ChirpStackErrors::toSourceError(error, eui);
        QCOMPARE(s.kind, SourceErrorKind::Unauthenticated);
        QCOMPARE(s.fix, SettingFix::CheckChirpStackApiKey);
        QVERIFY(s.message.contains(u"another tenant"_s));
        QVERIFY(s.fatalForRun);
        ChirpStackClient other(connection(ChirpStackEmulator::otherTenantKey));
        QCOMPARE(other.getDevice(eui, &device).code, int(ChirpStackError::Unauthenticated));
        // Unknown DevEUI: NOT_FOUND only for an admin key.
        ChirpStackClient admin(connection());
        QCOMPARE(
            admin.getDevice(u"70b3d57effffffff"_s, &device).code, int(ChirpStackError::NotFound));
        ChirpStackClient tenant(connection(ChirpStackEmulator::tenantKey));
        QCOMPARE(tenant.getDevice(u"70b3d57effffffff"_s, &device).code,
            int(ChirpStackError::Unauthenticated));
        // Read-only keys read, but cannot Update.
        ChirpStackClient readOnly(connection(ChirpStackEmulator::readOnlyKey));
        QVERIFY(readOnly.getDevice(eui, &device).ok());
        QCOMPARE(readOnly.setDisabled(eui, true).code, int(ChirpStackError::Unauthenticated));
        QVERIFY(!m_emulator->isDisabled(eui));
    }
    void keysNotFoundIsAState()
    {
        ChirpStackClient client(connection());
        ChirpStackKeys keys;
        keys.present = true;
        QVERIFY(client.getKeys(u"70b3d57ed0000006"_s, &keys).ok());
        QVERIFY(!keys.present);
        ChirpStackActivation activation;
        QVERIFY(client.getActivation(u"70b3d57ed0000008"_s, &activation).ok());
        QVERIFY(!activation.present);
    }
    void retriesUnavailable()
    {
        m_emulator->setFaults({ 3, false, 0 });
        ChirpStackClient client(connection());
        for (int i = 1; i <= 5; ++i) {
            ChirpStackRecord record;
            QVERIFY(client.readRecord(u"70b3d57ed000000%1"_s.arg(i), true, &record).ok());
        }
        QVERIFY(client.retryCount() > 0);
        QCOMPARE(client.requestCount(), m_emulator->callCount());
    }
    void deadlineExceeded()
    {
        m_emulator->setFaults({ 0, false, 400 });
        ChirpStackConnection c = connection();
        c.deadlineMs = 50;
        c.maxAttempts = 2;
        ChirpStackClient client(c);
        ChirpStackDevice device;
        const ChirpStackError error = client.getDevice(u"70b3d57ed0000001"_s, &device);
        QCOMPARE(error.code, int(ChirpStackError::DeadlineExceeded));
        QCOMPARE(client.retryCount(), 1);
        QCOMPARE(ChirpStackErrors::toSourceError(error).kind, SourceErrorKind::Timeout);
    }
    void unreachable()
    {
        const int port = m_emulator->port();
        m_emulator.reset(); // nothing listens there now
        ChirpStackConnection c;
        c.apiUrl = u"http://127.0.0.1:%1"_s.arg(port);
        c.apiKey = u"k"_s;
        c.deadlineMs = 2000;
        c.maxAttempts = 2;
        c.retryBaseDelayMs = 1;
        ChirpStackClient client(c);
        ChirpStackDevice device;
        const ChirpStackError error = client.getDevice(u"70b3d57ed0000001"_s, &device);
        QVERIFY(error.code == ChirpStackError::Unavailable
            || error.code == ChirpStackError::DeadlineExceeded);
        QCOMPARE(ChirpStackErrors::toSourceError(error).fix,
            error.code == ChirpStackError::Unavailable ? SettingFix::CheckChirpStackAddress
                                                       : SettingFix::None);
    }
    void disableSurvivesALostAnswerAndKeepsTheDevice()
    {
        m_emulator->setFaults({ 0, true, 0 });
        ChirpStackClient client(connection(ChirpStackEmulator::tenantKey));
        const QString eui = u"70b3d57ed0000001"_s;
        bool was = true;
        const ChirpStackError error = client.setDisabled(eui, true, &was);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QVERIFY(!was);
        QVERIFY(m_emulator->isDisabled(eui));
        // The whole device went back: tags and variables are still there.
        ChirpStackDevice device;
        QVERIFY(client.getDevice(eui, &device).ok());
        QCOMPARE(device.tags.value(u"room"_s), u"kitchen"_s);
        QCOMPARE(device.variables.size(), 1);
        // Undo; a device disabled before stays as it was when asked to be disabled again.
        QVERIFY(client.setDisabled(eui, false, &was).ok());
        QVERIFY(was);
        QVERIFY(!m_emulator->isDisabled(eui));
    }
    void disableJournalledResumableAndUndone()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath(u"disabled.ndjson"_s);
        const QStringList euis { u"70b3d57ed0000001"_s, u"70b3d57ed0000005"_s,
            u"70b3d57ed0000007"_s };
        // A read-only key: nothing is disabled, the run stops with the reason.
        ChirpStackClient readOnly(connection(ChirpStackEmulator::readOnlyKey));
        ChirpStackDisabler::Result r = ChirpStackDisabler::disable(readOnly, euis, journal);
        QCOMPARE(r.fatal.kind, SourceErrorKind::Unauthenticated);
        QVERIFY(!m_emulator->isDisabled(euis.at(0)));
        // The first Update's answer is lost: the journal still knows the earlier state.
        m_emulator->setFaults({ 0, true, 0 });
        ChirpStackClient client(connection(ChirpStackEmulator::tenantKey));
        r = ChirpStackDisabler::disable(client, euis, journal);
        QVERIFY2(r.ok(), qPrintable(r.fatal.message));
        QCOMPARE(r.changed, 2);
        QCOMPARE(r.unchanged, 1); // device 5 was disabled before
        for (const QString &eui : euis)
            QVERIFY(m_emulator->isDisabled(eui));
        // Again: everything is done already.
        r = ChirpStackDisabler::disable(client, euis, journal);
        QCOMPARE(r.unchanged, 3);
        // Undo: each device as it was; the one disabled before stays disabled.
        r = ChirpStackDisabler::enable(client, journal);
        QVERIFY(r.ok());
        QCOMPARE(r.changed, 2);
        QVERIFY(!m_emulator->isDisabled(euis.at(0)));
        QVERIFY(m_emulator->isDisabled(euis.at(1)));
        QVERIFY(!m_emulator->isDisabled(euis.at(2)));
    }
};

QTEST_GUILESS_MAIN(TestChirpStackClient)
#include "tst_chirpstackclient.moc"

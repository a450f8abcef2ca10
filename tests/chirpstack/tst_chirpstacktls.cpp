// ChirpStackClient over TLS (ChirpStack behind a reverse proxy), against chirpstack-emulator
// serving a throwaway certificate: the CA the user names is trusted, another CA is refused
// with the TLS advice, and a mismatch of TLS and plaintext is said in the user's words.
#include "chirpstack/chirpstackclient.h"
#include "chirpstack/chirpstackerror.h"
#include "chirpstackemulator.h"
#include "tlsfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestChirpStackTls : public QObject
{
    Q_OBJECT

    TlsFixture m_tls;
    std::unique_ptr<ChirpStackEmulator> m_emulator;

    ChirpStackConnection connection(const QString &caCertPath, bool insecure = false) const
    {
        ChirpStackConnection c;
        // The certificate's IP address: a host name would be resolved by c-ares, whose
        // resolver leaves allocations at exit that LeakSanitizer reports.
        c.apiUrl = u"127.0.0.1:%1"_s.arg(m_emulator->port());
        c.insecure = insecure;
        c.caCertPath = caCertPath;
        c.apiKey = QString::fromLatin1(ChirpStackEmulator::adminKey);
        c.retryBaseDelayMs = 1;
        c.maxAttempts = 1;
        c.deadlineMs = 10000;
        return c;
    }

    ChirpStackError find(const ChirpStackConnection &c) const
    {
        ChirpStackClient client(c);
        ChirpStackClient::Application app;
        return client.findApplication(
            QString::fromLatin1(ChirpStackEmulator::demoApplicationName), &app);
    }

private slots:
    void initTestCase() { QVERIFY2(m_tls.generate(), qPrintable(m_tls.errorString())); }

    void init()
    {
        m_emulator = std::make_unique<ChirpStackEmulator>();
        m_emulator->loadDemo();
        QVERIFY(m_emulator->useTls(m_tls.serverCertPath(), m_tls.serverKeyPath()));
        QString error;
        QVERIFY2(m_emulator->start(0, &error), qPrintable(error));
    }
    void cleanup() { m_emulator.reset(); }

    void trustsTheNamedCa()
    {
        const ChirpStackError error = find(connection(m_tls.caCertPath()));
        QVERIFY2(error.ok(), qPrintable(error.message));
    }

    void anotherCaIsATlsProblem()
    {
        const ChirpStackError error = find(connection(m_tls.otherCaCertPath()));
        QVERIFY(!error.ok());
        QVERIFY2(error.tls, qPrintable(error.message));
        const SourceError said = ChirpStackErrors::toSourceError(error);
        QCOMPARE(said.kind, SourceErrorKind::Tls);
        QCOMPARE(said.fix, SettingFix::CheckChirpStackTls);
    }

    // The system's CAs do not know the throwaway CA either.
    void systemCasRefuseAnUnknownCa()
    {
        const ChirpStackError error = find(connection(QString()));
        QVERIFY(!error.ok());
        QVERIFY2(error.tls, qPrintable(error.message));
    }

    // Plaintext to a TLS server: it closes the connection at once, which is said as "turn TLS
    // on" rather than "check the host and port".
    void plaintextToATlsServerFails()
    {
        const ChirpStackError error = find(connection(QString(), true));
        QVERIFY(!error.ok());
        QCOMPARE(error.code, int(ChirpStackError::Unavailable));
        QVERIFY2(error.closedAtOnce, qPrintable(error.message));
        QCOMPARE(ChirpStackErrors::toSourceError(error).fix, SettingFix::UseChirpStackTls);
    }

    // TLS to ChirpStack itself (plaintext): said as a TLS problem, with the advice to turn it off.
    void tlsToAPlaintextServer()
    {
        ChirpStackEmulator plain;
        plain.loadDemo();
        QString failure;
        QVERIFY2(plain.start(0, &failure), qPrintable(failure));
        ChirpStackConnection c = connection(m_tls.caCertPath());
        c.apiUrl = u"127.0.0.1:%1"_s.arg(plain.port());
        const ChirpStackError error = find(c);
        QVERIFY(!error.ok());
        QVERIFY2(error.tls, qPrintable(error.message));
        QCOMPARE(ChirpStackErrors::toSourceError(error).fix, SettingFix::CheckChirpStackTls);
    }

    void anUnreadableCaFileIsSaid()
    {
        const ChirpStackError error = find(connection(m_tls.dir() + u"/missing.pem"_s));
        QVERIFY(!error.ok());
        QVERIFY(error.tls);
        QVERIFY2(error.message.contains(u"missing.pem"_s), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestChirpStackTls)
#include "tst_chirpstacktls.moc"

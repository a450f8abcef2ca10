#include "util/redact.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QStringList captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured.append(message);
}

} // namespace

class TestRedact : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Redact::clearRegisteredSecrets(); }

    void text_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("access key") << u"key ttn-account-v2.AbC_d-3F9xyz was rejected"_s
                                    << u"key <redacted> was rejected"_s;
        QTest::newRow("authorization header")
            << u"> Authorization: Key ttn-account-v2.secret\r\n> Accept: */*"_s
            << u"> Authorization: <redacted>\r\n> Accept: */*"_s;
        QTest::newRow("header any case, bearer")
            << u"authorization:Bearer eyJhbGciOi.x.y"_s << u"authorization:<redacted>"_s;
        QTest::newRow("grpc metadata key") << u"Grpc-Metadata-Key: my key value\nnext"_s
                                           << u"Grpc-Metadata-Key: <redacted>\nnext"_s;
        QTest::newRow("v3 API key") << u"NNSXS.ABCDEFGHIJ.KLMNOPQRSTUV2345"_s << u"<redacted>"_s;
        QTest::newRow("AppKey uppercase in JSON")
            << u"{\"app_key\":{\"key\":\"000102030405060708090A0B0C0D0E0F\"}}"_s
            << u"{\"app_key\":{\"key\":\"<redacted>\"}}"_s;
        QTest::newRow("lowercase key")
            << u"nwk_s_key=2b7e151628aed2a6abf7158809cf4f3c;"_s << u"nwk_s_key=<redacted>;"_s;
        QTest::newRow("spaced key")
            << u"AppKey 2B 7E 15 16 28 AE D2 A6 AB F7 15 88 09 CF 4F 3C ok"_s
            << u"AppKey <redacted> ok"_s;
        QTest::newRow("C array key")
            << u"{ 0x2B, 0x7E, 0x15, 0x16, 0x28, 0xAE, 0xD2, 0xA6, 0xAB, 0xF7, 0x15, 0x88, 0x09, 0xCF, 0x4F, 0x3C }"_s
            << u"{ <redacted> }"_s;
        QTest::newRow("EUIs and DevAddr stay")
            << u"dev_eui 0004A30B001C0530 join_eui 70B3D57ED0000001 26011234"_s
            << u"dev_eui 0004A30B001C0530 join_eui 70B3D57ED0000001 26011234"_s;
        QTest::newRow("31 hex digits stay")
            << u"0123456789ABCDEF0123456789ABCDE"_s << u"0123456789ABCDEF0123456789ABCDE"_s;
        QTest::newRow("MAC address stays") << u"aa:bb:cc:dd:ee:ff"_s << u"aa:bb:cc:dd:ee:ff"_s;
        QTest::newRow("ordinary text") << u"GET /applications/my-app/devices 200 (35 ms)"_s
                                       << u"GET /applications/my-app/devices 200 (35 ms)"_s;
    }

    void text()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Redact::text(input), expected);
    }

    void registeredSecrets()
    {
        const QString secret = u"my-very-private-token"_s;
        QCOMPARE(
            Redact::text(u"token my-very-private-token!"_s), u"token my-very-private-token!"_s);
        Redact::registerSecret(secret);
        Redact::registerSecret(u"abc"_s); // too short: ignored
        QCOMPARE(Redact::text(u"token my-very-private-token!"_s), u"token <redacted>!"_s);
        QCOMPARE(Redact::text(u"abc"_s), u"abc"_s);
        Redact::clearRegisteredSecrets();
        QCOMPARE(
            Redact::text(u"token my-very-private-token!"_s), u"token my-very-private-token!"_s);
    }

    void messageHandlerRedacts()
    {
        captured.clear();
        const QtMessageHandler original = qInstallMessageHandler(capture);
        Redact::installMessageHandler();
        Redact::registerSecret(u"registered-secret-value"_s);
        qWarning("request with key %s", "ttn-account-v2.leakme123");
        qInfo("AppKey 000102030405060708090A0B0C0D0E0F registered-secret-value");
        qInstallMessageHandler(original);
        QCOMPARE(captured.size(), 2);
        QCOMPARE(captured.at(0), u"request with key <redacted>"_s);
        QCOMPARE(captured.at(1), u"AppKey <redacted> <redacted>"_s);
    }
};

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"

// IndentedJson: the device JSON the preview shows, indented, in written order, keys masked.
#include "io/indentedjson.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TstIndentedJson : public QObject
{
    Q_OBJECT
private slots:
    void keepsOrderAndMasks_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("mask");
        QTest::addColumn<QString>("expected");
        QTest::newRow("order kept") << QByteArray("{\"z\":1,\"a\":[true,null]}") << false
                                    << u"{\n  \"z\": 1,\n  \"a\": [\n    true,\n    null\n  ]\n}"_s;
        QTest::newRow("empty containers")
            << QByteArray("{\"a\":{},\"b\":[]}") << false << u"{\n  \"a\": {},\n  \"b\": []\n}"_s;
        QTest::newRow("key masked")
            << QByteArray("{\"app_key\":{\"key\":\"00FF\"},\"name\":\"key\"}") << true
            << u"{\n  \"app_key\": {\n    \"key\": \"••••\"\n  },\n  \"name\": \"key\"\n}"_s;
        QTest::newRow("key revealed")
            << QByteArray("{\"key\":\"00FF\"}") << false << u"{\n  \"key\": \"00FF\"\n}"_s;
        QTest::newRow("escapes and utf-8") << QByteArray("{\"d\":\"a\\\"b,c:{\xe2\x98\x83\"}")
                                           << true << u"{\n  \"d\": \"a\\\"b,c:{☃\"\n}"_s;
        QTest::newRow("session id not masked")
            << QByteArray("{\"keys\":{\"session_key_id\":\"AQID\",\"app_s_key\":{\"key\":\"AB\"}}}")
            << true
            << u"{\n  \"keys\": {\n    \"session_key_id\": \"AQID\",\n    \"app_s_key\": {\n      \"key\": \"••••\"\n    }\n  }\n}"_s;
    }

    void keepsOrderAndMasks()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, mask);
        QFETCH(QString, expected);
        QCOMPARE(IndentedJson::format(json, mask), expected);
    }

    void invalidJsonGivesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("truncated") << QByteArray("{\"key\":\"00FF\"");
        QTest::newRow("trailing bytes") << QByteArray("{\"key\":\"00FF\"} x");
        QTest::newRow("empty") << QByteArray();
    }

    // Never a half-written text, which could end before the mask of a later key.
    void invalidJsonGivesNothing()
    {
        QFETCH(QByteArray, json);
        QVERIFY(IndentedJson::format(json, true).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstIndentedJson)
#include "tst_indentedjson.moc"

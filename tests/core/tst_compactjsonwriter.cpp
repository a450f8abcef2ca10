#include "convert/compactjsonwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <cmath>

using namespace Qt::StringLiterals;

class TestCompactJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void keepsKeyOrderAndNesting()
    {
        CompactJsonWriter json(4); // tiny start: exercises growth
        json.beginObject();
        json.field("z", u"last first"_s);
        json.beginObject("a");
        json.field("n", qint64(-9223372036854775807LL - 1));
        json.field("t", true);
        json.field("f", false);
        json.endObject();
        json.beginObject("empty");
        json.endObject();
        json.key("raw");
        json.rawValue("\"SOURCE_REGISTRY\"");
        json.userKey(QString::fromUtf8("schl\xc3\xbc"
                                       "ssel\"1"));
        json.value(u"v"_s);
        json.endObject();
        QCOMPARE(json.take(),
            QByteArray("{\"z\":\"last first\",\"a\":{\"n\":-9223372036854775808,\"t\":true,"
                       "\"f\":false},\"empty\":{},\"raw\":\"SOURCE_REGISTRY\","
                       "\"schl\xc3\xbcssel\\\"1\":\"v\"}"));
        QCOMPARE(json.take(), QByteArray());
    }

    void escapesEveryControlCharacter()
    {
        QString text;
        for (char16_t c = 0; c < 0x20; ++c)
            text.append(QChar(c));
        text += u"\"\\/\x7f"_s + QString::fromUtf8("ä€🚀") + QChar(0x2028);
        CompactJsonWriter json;
        json.valueUtf8(text.toUtf8());
        const QByteArray out = json.take();
        QCOMPARE(out,
            QByteArray(
                "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r"
                "\\u000e\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018"
                "\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f\\\"\\\\/\x7f"
                "\xc3\xa4\xe2\x82\xac\xf0\x9f\x9a\x80\xe2\x80\xa8\""));
        // And it reads back to the same text.
        const QJsonDocument doc = QJsonDocument::fromJson("{\"k\":" + out + "}");
        QCOMPARE(doc.object().value("k"_L1).toString(), text);
    }

    void numbers_data()
    {
        QTest::addColumn<double>("number");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("52.37") << 52.37 << QByteArray("52.37");
        QTest::newRow("negative") << -4.8812 << QByteArray("-4.8812");
        QTest::newRow("integer") << 3.0 << QByteArray("3");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("tiny") << 1e-7 << QByteArray("1e-07");
        QTest::newRow("float32 widened stays as given")
            << double(52.37f) << QByteArray("52.369998931884766");
    }

    void numbers()
    {
        QFETCH(double, number);
        QFETCH(QByteArray, text);
        CompactJsonWriter json;
        json.value(number);
        const QByteArray out = json.take();
        QCOMPARE(out, text);
        QCOMPARE(out.toDouble(), number); // round-trips exactly
    }

    void appendEscaped()
    {
        QByteArray out("x");
        CompactJsonWriter::appendEscaped(out, "a\"b\n");
        QCOMPARE(out, QByteArray("xa\\\"b\\n"));
    }
};

QTEST_GUILESS_MAIN(TestCompactJsonWriter)
#include "tst_compactjsonwriter.moc"

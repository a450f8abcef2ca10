#include "convert/compactjsonwriter.h"

#include <QJsonArray>
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
                       "\"schl\\u00fcssel\\\"1\":\"v\"}"));
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
                "\\u00e4\\u20ac\\ud83d\\ude80\\u2028\""));
        // And it reads back to the same text.
        const QJsonDocument doc = QJsonDocument::fromJson("{\"k\":" + out + "}");
        QCOMPARE(doc.object().value("k"_L1).toString(), text);
    }

    // The Things Stack Console reads a file whose first 1024 bytes are ASCII as windows-1252, so
    // every non-ASCII character is written as an escape: the output is pure ASCII, and decodes
    // back to the same text.
    void nonAsciiBecomesEscapes_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("2 bytes") << QByteArray("Z\xc3\xa4hler") << QByteArray("Z\\u00e4hler");
        QTest::newRow("U+0080, lowest 2-byte") << QByteArray("\xc2\x80") << QByteArray("\\u0080");
        QTest::newRow("U+07FF") << QByteArray("\xdf\xbf") << QByteArray("\\u07ff");
        QTest::newRow("3 bytes") << QByteArray("\xe2\x82\xac") << QByteArray("\\u20ac");
        QTest::newRow("U+FFFF, last before pairs")
            << QByteArray("\xef\xbf\xbf") << QByteArray("\\uffff");
        QTest::newRow("U+10000, first pair")
            << QByteArray("\xf0\x90\x80\x80") << QByteArray("\\ud800\\udc00");
        QTest::newRow("U+1F680") << QByteArray("\xf0\x9f\x9a\x80") << QByteArray("\\ud83d\\ude80");
        QTest::newRow("U+10FFFF, last pair")
            << QByteArray("\xf4\x8f\xbf\xbf") << QByteArray("\\udbff\\udfff");
        QTest::newRow("mixed with escapes") << QByteArray("a\"\xc3\xa4\n\xf0\x9f\x9a\x80"
                                                          "b")
                                            << QByteArray("a\\\"\\u00e4\\n\\ud83d\\ude80b");
        // Only a caller's raw bytes can be malformed; each bad byte becomes U+FFFD.
        QTest::newRow("lone continuation byte") << QByteArray("a\x80"
                                                              "b")
                                                << QByteArray("a\\ufffdb");
        QTest::newRow("truncated sequence")
            << QByteArray("a\xe2\x82") << QByteArray("a\\ufffd\\ufffd");
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << QByteArray("\\ufffd\\ufffd");
        QTest::newRow("encoded surrogate")
            << QByteArray("\xed\xa0\x80") << QByteArray("\\ufffd\\ufffd\\ufffd");
        QTest::newRow("above U+10FFFF")
            << QByteArray("\xf4\x90\x80\x80") << QByteArray("\\ufffd\\ufffd\\ufffd\\ufffd");
        // The Console also obeys an HTML <meta charset=…> in the first 1024 bytes: a description
        // holding one must not reach the file as markup.
        QTest::newRow("meta charset") << QByteArray("<meta charset=iso-2022-kr>")
                                      << QByteArray("\\u003cmeta charset=iso-2022-kr\\u003e");
        QTest::newRow("ampersand") << QByteArray("a&b") << QByteArray("a\\u0026b");
    }

    void nonAsciiBecomesEscapes()
    {
        QFETCH(QByteArray, utf8);
        QFETCH(QByteArray, escaped);
        CompactJsonWriter json(1);
        json.valueUtf8(utf8);
        const QByteArray out = json.take();
        QCOMPARE(out, '"' + escaped + '"');
        for (const char c : out)
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
        if (utf8.isValidUtf8()) {
            const QJsonDocument doc = QJsonDocument::fromJson("[" + out + "]");
            QCOMPARE(doc.array().at(0).toString(), QString::fromUtf8(utf8));
        }
        QByteArray appended("x");
        CompactJsonWriter::appendEscaped(appended, utf8);
        QCOMPARE(appended, 'x' + escaped);
    }

    void loneSurrogateInAStringStaysAscii()
    {
        CompactJsonWriter json;
        json.value(u"a"_s + QChar(0xD800) + u"b"_s);
        const QByteArray out = json.take();
        for (const char c : out)
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
        QVERIFY(QJsonDocument::fromJson("[" + out + "]").isArray());
    }

    // value(QString) escapes the UTF-16 text directly (no toUtf8() per string on the hot
    // path): byte for byte what escaping its UTF-8 form gives, for every kind of character,
    // also for user keys.
    void utf16TextIsWrittenAsItsUtf8FormWouldBe()
    {
        QString all;
        for (char16_t u = 0; u < 0x100; ++u)
            all += QChar(u);
        const QList<QString> texts { all, u"Z\u00e4hler \u20ac \uffff"_s,
            u"\U0001F680 \U00010000\U0010FFFF"_s, u"a"_s + QChar(0xD800) + u"b"_s,
            QString(QChar(0xDC00)) + QChar(0xD800), u"x"_s + QChar(0xDBFF),
            u"<meta charset=x> & \"q\" \\ \t\n"_s, QString() };
        for (const QString &text : texts) {
            CompactJsonWriter direct(1);
            direct.beginObject();
            direct.userKey(text);
            direct.value(text);
            direct.endObject();
            QByteArray key;
            CompactJsonWriter::appendEscaped(key, text.toUtf8());
            const QByteArray expected = "{\"" + key + "\":\"" + key + "\"}";
            QCOMPARE(direct.take(), expected);
        }
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

    // Text for people (the wizard's JSON pane): only what JSON itself requires is escaped.
    void appendEscapedReadable()
    {
        QByteArray out;
        CompactJsonWriter::appendEscaped(
            out, "Z\xc3\xa4hler <b> & \"\n\xf0\x9f\x9a\x80", CompactJsonWriter::Escaping::Readable);
        QCOMPARE(out, QByteArray("Z\xc3\xa4hler <b> & \\\"\\n\xf0\x9f\x9a\x80"));
    }
};

QTEST_GUILESS_MAIN(TestCompactJsonWriter)
#include "tst_compactjsonwriter.moc"

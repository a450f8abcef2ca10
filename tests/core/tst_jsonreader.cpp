#include "http/jsonreader.h"
#include "testjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// True when `json` is exactly one valid JSON value (as JsonReader sees it).
bool readerAccepts(const QByteArray &json)
{
    JsonReader reader(json);
    return reader.skipValue() && reader.atEnd();
}

bool qtAccepts(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    // RFC 8259 decides. QJsonDocument agrees except where it is lenient (it accepts "1.",
    // ".5", unknown escapes and raw tabs in strings) or checks ranges (1e400), so where both are
    // strict they must agree, and the reader never accepts what QJsonDocument rejects as syntax.
    void strictJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        const char *valid[] = { "[]", "{}", " [ 1 , 2 ] ", "[-0]", "[1e5]", "[1E+5]", "[-1.5e-3]",
            "[true,false,null]", "[\"\\u00e4\\ud83d\\ude80\"]", "[\"a\\/b\"]",
            "{\"a\":{\"b\":[{}]}}", "[\"\\\"\"]", "[\"\\\\\"]", "[\"\\ud800\"]", "[\"\\udc00x\"]",
            "[1e400]",
            // skipped strings: an escaped quote before the real end, escapes next to it
            "[\"a\\\"b\"]", "[\"\\\\\\\"\"]", "[\"x\\u0041\\\"\"]", "{\"k\\\"ey\":\"v\"}",
            "[\"\\b\\f\\n\\r\\t\"]" };
        const char *invalid[] = { "[1,]", "[,1]", "[01]", "[-]", "[1.]", "[.5]", "[1e]", "[tru]",
            "[nul]", "[True]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "{\"a\":1 \"b\":2}",
            "[\"\\u12\"]", "[\"\\x41\"]", "[\"a\tb\"]", "[\"unterminated]", "[", "]", "[1]]",
            "{\"a\":1}{}", "[1 2]", "[+1]", "[0x10]", "", "[\"\\\"]", "[\"\\u00\"]", "[\"\\",
            "{\"a\tb\":1}", "[\"a\\\"\\\"" };
        for (const char *json : valid)
            QTest::newRow(json) << QByteArray(json) << true;
        for (const char *json : invalid)
            QTest::newRow(json) << QByteArray(json) << false;
    }

    void strictJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        QCOMPARE(readerAccepts(json), valid);
        static const QList<QByteArray> qtIsLenient { "[1.]", "[.5]", "[\"\\x41\"]", "[\"a\tb\"]",
            "{\"a\tb\":1}" };
        if (json != "[1e400]" && !qtIsLenient.contains(json))
            QCOMPARE(qtAccepts(json), valid);
    }

    void neverAcceptsWhatQtRejects()
    {
        const QByteArray base
            = j("{'devices':[{'dev_id':'a_1','description':'x\\\\u00e4\\\\n','latitude':-1.5e2,"
                "'attributes':{'k':'v'},'lorawan_device':{'f_cnt_up':12,'x':[true,null,false]}}]}");
        QVERIFY(readerAccepts(base));
        int rejected = 0;
        for (qsizetype i = 0; i < base.size(); ++i) {
            for (const char c :
                { '"', '{', '}', '[', ']', ',', ':', '0', '-', '.', 'e', ' ', '\\', 'u', '\x01' }) {
                QByteArray mutated = base;
                mutated[i] = c;
                const bool accepted = readerAccepts(mutated);
                rejected += accepted ? 0 : 1;
                QVERIFY2(!accepted || qtAccepts(mutated), mutated.constData());
            }
            QVERIFY(!readerAccepts(base.left(i)));
        }
        QVERIFY(rejected > int(base.size()) * 5); // the mutations really produce broken JSON
    }

    void decodesStrings()
    {
        const QByteArray json
            = "[\"plain\",\"K\\u00fchl \\\"x\\\" \\\\ \\/ \\b\\f\\n\\r\\t\",\"\\ud83d\\ude80\","
              "\"\\ud800 lone\",\"\xc3\xa4 raw\"]";
        JsonReader reader(json);
        QVERIFY(reader.beginArray());
        QStringList strings;
        while (reader.nextElement()) {
            QString s;
            QVERIFY(reader.readString(s));
            strings << s;
        }
        QVERIFY(reader.atEnd());
        const QJsonArray qt = QJsonDocument::fromJson(json).array();
        QCOMPARE(strings.size(), qt.size());
        for (int i = 0; i < strings.size(); ++i) {
            if (i == 3)
                QCOMPARE(
                    strings.at(i), QString(QChar(0xFFFD)) + u" lone"_s); // never a lone surrogate
            else
                QCOMPARE(strings.at(i), qt.at(i).toString());
        }
    }

    void numbersKeepTheirText()
    {
        JsonReader reader("[1596787200000000001, 52.37, -0.1e-3]");
        QVERIFY(reader.beginArray());
        QList<QByteArray> texts;
        while (reader.nextElement()) {
            QByteArrayView text;
            QVERIFY(reader.readNumberText(text));
            texts << text.toByteArray();
        }
        QCOMPARE(texts, (QList<QByteArray> { "1596787200000000001", "52.37", "-0.1e-3" }));
    }

    void depthIsLimited()
    {
        QByteArray deep(100000, '[');
        QVERIFY(!readerAccepts(deep));
        const QByteArray tooDeep = QByteArray(JsonReader::maxDepth + 10, '[')
            + QByteArray(JsonReader::maxDepth + 10, ']');
        JsonReader reader(tooDeep); // the reader does not own the bytes
        QVERIFY(!reader.skipValue());
        QVERIFY(reader.error().contains(u"nested"_s));
        QVERIFY(readerAccepts(QByteArray(100, '[') + QByteArray(100, ']')));
    }

    void errorsSayWhere()
    {
        JsonReader reader("{\"a\":tru}");
        QVERIFY(!reader.skipValue());
        QVERIFY2(reader.error().contains(u"byte 5"_s), qPrintable(reader.error()));
        QVERIFY(!reader.atEnd());
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"

#include "convert/frequencyplancatalog.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestFrequencyPlanCatalog : public QObject
{
    Q_OBJECT

private slots:
    void allPlans()
    {
        const QList<FrequencyPlan> &plans = FrequencyPlanCatalog::all();
        QCOMPARE(plans.size(), 71);
        QCOMPARE(plans.first().id, u"EU_863_870"_s);
        QSet<QString> ids;
        for (const FrequencyPlan &plan : plans) {
            QVERIFY(!plan.id.isEmpty() && !plan.bandId.isEmpty() && !plan.name.isEmpty()
                && !plan.description.isEmpty());
            ids.insert(plan.id);
        }
        QCOMPARE(ids.size(), 71);
        const FrequencyPlan *ttn = FrequencyPlanCatalog::find(u"EU_863_870_TTN"_s);
        QVERIFY(ttn);
        QCOMPARE(ttn->bandId, u"EU_863_870"_s);
        QCOMPARE(ttn->name, u"Europe 863-870 MHz (SF9 for RX2 - recommended)"_s);
        // UTF-8 survives the generated table.
        QVERIFY(FrequencyPlanCatalog::find(u"AS_920_923"_s)->description.contains(QChar(0x2264)));
        QVERIFY(!FrequencyPlanCatalog::find(u"eu_863_870_ttn"_s));
    }

    void contains_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("known");
        for (const char *id : { "EU_863_870_TTN", "US_902_928_FSB_2", "AU_915_928_FSB_2",
                 "AS_923_925_TTN_AU", "CN_470_510_FSB_11", "KR_920_923_TTN", "IN_865_867",
                 "ISM_2400_3CH_DRAFT2", "UZ_923_1", "AU_915_928_FSB_8_BR" })
            QTest::newRow(id) << QString::fromLatin1(id) << true;
        for (const char *id : { "EU_868_870_TTN", "eu_863_870_ttn", "", "EU_863_870 ", "US_915" })
            QTest::newRow(id) << QString::fromLatin1(id) << false;
    }

    void contains()
    {
        QFETCH(QString, id);
        QFETCH(bool, known);
        QCOMPARE(FrequencyPlanCatalog::contains(id), known);
        QCOMPARE(FrequencyPlanCatalog::find(id) != nullptr, known);
    }

    void bands()
    {
        const QStringList bands = FrequencyPlanCatalog::bands();
        QCOMPARE(bands.size(), QSet<QString>(bands.begin(), bands.end()).size());
        QCOMPARE(bands.first(), u"EU_863_870"_s);
        for (const char *band : { "EU_433", "US_902_928", "AU_915_928", "CN_470_510", "AS_923",
                 "AS_923_2", "AS_923_3", "AS_923_4", "KR_920_923", "MA_869_870_DRAFT", "IN_865_867",
                 "RU_864_870", "ISM_2400" })
            QVERIFY2(bands.contains(QString::fromLatin1(band)), band);
    }

    void closestMatches_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("first");
        QTest::newRow("one digit wrong") << u"EU_868_870_TTN"_s << u"EU_863_870_TTN"_s;
        QTest::newRow("lowercase") << u"eu_863_870_ttn"_s << u"EU_863_870_TTN"_s;
        QTest::newRow("prefix") << u"us_902"_s << u"US_902_928_FSB_1"_s;
        QTest::newRow("substring") << u"TTN_JP_1"_s << u"AS_920_923_TTN_JP_1"_s;
        QTest::newRow("missing FSB") << u"AU_915_928"_s << u"AU_915_928_FSB_1"_s;
        QTest::newRow("typo") << u"KR_920_923_TNN"_s << u"KR_920_923_TTN"_s;
    }

    void closestMatches()
    {
        QFETCH(QString, typed);
        QFETCH(QString, first);
        const QStringList matches = FrequencyPlanCatalog::closestMatches(typed);
        QCOMPARE(matches.size(), 3);
        QCOMPARE(matches.first(), first);
        for (const QString &match : matches)
            QVERIFY(FrequencyPlanCatalog::contains(match));
        QCOMPARE(FrequencyPlanCatalog::closestMatches(typed, 5).size(), 5);
        QVERIFY(FrequencyPlanCatalog::closestMatches(QString()).isEmpty());
    }

    void matchesTheSourceFile()
    {
        QFile yaml(u"/work/shared/data/frequency-plans.yml"_s);
        if (!yaml.open(QIODevice::ReadOnly))
            QSKIP("frequency-plans.yml is not available on this machine");
        QStringList ids;
        static const QRegularExpression idLine(u"^- id: (\\S+)\\s*$"_s);
        for (const QByteArray &line : yaml.readAll().split('\n')) {
            const QRegularExpressionMatch match = idLine.match(QString::fromUtf8(line));
            if (match.hasMatch())
                ids.append(match.captured(1));
        }
        QStringList shipped;
        for (const FrequencyPlan &plan : FrequencyPlanCatalog::all())
            shipped.append(plan.id);
        QCOMPARE(shipped, ids);
    }
};

QTEST_GUILESS_MAIN(TestFrequencyPlanCatalog)
#include "tst_frequencyplancatalog.moc"

#include "convert/deviceclassifier.h"
#include "convert/ttsimportrules.h"
#include "convert/v3ids.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Activation)

class TestV3Ids : public QObject
{
    Q_OBJECT

private slots:
    void normaliseAndValidate_data()
    {
        QTest::addColumn<QString>("v2Id");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("v3Id");
        QTest::addColumn<bool>("valid");

        QTest::newRow("unchanged") << u"my-dev"_s << QString() << u"my-dev"_s << true;
        QTest::newRow("underscores") << u"my_dev_1"_s << QString() << u"my-dev-1"_s << true;
        QTest::newRow("uppercase") << u"My_Dev"_s << QString() << u"my-dev"_s << true;
        QTest::newRow("2 characters") << u"ab"_s << QString() << u"ab"_s << false;
        QTest::newRow("2 characters with prefix") << u"ab"_s << u"x"_s << u"x-ab"_s << true;
        QTest::newRow("3 characters") << u"abc"_s << QString() << u"abc"_s << true;
        QTest::newRow("3 characters with a hyphen") << u"a-b"_s << QString() << u"a-b"_s << false;
        QTest::newRow("36 characters")
            << QString(36, u'a') << QString() << QString(36, u'a') << true;
        QTest::newRow("37 characters")
            << QString(37, u'a') << QString() << QString(37, u'a') << false;
        QTest::newRow("prefix pushes past 36")
            << QString(34, u'a') << u"ab"_s << u"ab-"_s + QString(34, u'a') << false;
        QTest::newRow("prefix fits")
            << QString(33, u'a') << u"ab"_s << u"ab-"_s + QString(33, u'a') << true;
        QTest::newRow("prefix normalised") << u"dev"_s << u"Site_1"_s << u"site-1-dev"_s << true;
        QTest::newRow("double separator") << u"a_-b1"_s << QString() << u"a--b1"_s << false;
        QTest::newRow("leading hyphen") << u"-abc"_s << QString() << u"-abc"_s << false;
        QTest::newRow("trailing underscore") << u"abc_"_s << QString() << u"abc-"_s << false;
        QTest::newRow("non-ASCII")
            << QString::fromUtf8("gerät") << QString() << QString::fromUtf8("gerät") << false;
        QTest::newRow("empty") << QString() << QString() << QString() << false;
    }

    void normaliseAndValidate()
    {
        QFETCH(QString, v2Id);
        QFETCH(QString, prefix);
        QFETCH(QString, v3Id);
        QFETCH(bool, valid);

        QCOMPARE(V3Ids::normaliseId(v2Id, prefix), v3Id);
        QCOMPARE(V3Ids::isValidId(v3Id), valid);
        // The hand-written check agrees with the regex of identifiers.proto.
        static const QRegularExpression rule(u"^[a-z0-9](?:[-]?[a-z0-9]){2,}$"_s);
        QCOMPARE(rule.match(v3Id).hasMatch() && v3Id.size() <= 36, valid);
        // A chosen ID is checked by the same rule, and the sentence names it.
        const TtsImportRules::Violation chosen = TtsImportRules::checkChosenDeviceId(v3Id);
        if (!valid) {
            QCOMPARE(chosen.rule, TtsRule::DeviceIdFormat);
            QVERIFY2(
                v3Id.isEmpty() || chosen.reason.contains(v3Id.left(36)), qPrintable(chosen.reason));
        }
    }

    void v2Ids_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("2 characters") << u"ab"_s << true;
        QTest::newRow("underscore") << u"my_dev"_s << true;
        QTest::newRow("1 character") << u"a"_s << false;
        QTest::newRow("uppercase") << u"Dev"_s << false;
        QTest::newRow("double separator") << u"a__b"_s << false;
        QTest::newRow("36") << QString(36, u'x') << true;
        QTest::newRow("37") << QString(37, u'x') << false;
    }

    void v2Ids()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(V3Ids::isValidV2Id(id), valid);
        static const QRegularExpression rule(u"^[0-9a-z](?:[_-]?[0-9a-z]){1,35}$"_s);
        QCOMPARE(rule.match(id).hasMatch() && id.size() <= 36, valid);
    }

    void prefixes()
    {
        using P = V3Ids::PrefixProblem;
        QVERIFY(V3Ids::prefixProblem(QString()) == P::None);
        QVERIFY(V3Ids::prefixProblem(u"a"_s) == P::None);
        QVERIFY(V3Ids::prefixProblem(u"site_1"_s) == P::None); // normalised like the IDs
        QVERIFY(V3Ids::prefixProblem(u"Site"_s) == P::None);
        QVERIFY(V3Ids::prefixProblem(u"site-"_s) == P::BadCharacters);
        QVERIFY(V3Ids::prefixProblem(u"a--b"_s) == P::BadCharacters);
        QVERIFY(V3Ids::prefixProblem(u"a b"_s) == P::BadCharacters);
        // "<prefix>-" and a v2 ID of 2 characters must fit 36.
        QVERIFY(V3Ids::prefixProblem(QString(33, u'a')) == P::None);
        QVERIFY(V3Ids::isValidId(V3Ids::normaliseId(u"ab"_s, QString(33, u'a'))));
        QVERIFY(V3Ids::prefixProblem(QString(34, u'a')) == P::TooLong);
    }

    void attributeKeys()
    {
        QCOMPARE(V3Ids::normaliseAttributeKey(u"floor"_s), u"floor"_s);
        QCOMPARE(V3Ids::normaliseAttributeKey(u"Room_Name"_s), u"room-name"_s);
        QVERIFY(!V3Ids::isValidId(V3Ids::normaliseAttributeKey(u"bad key"_s)));
        QVERIFY(!V3Ids::isValidId(V3Ids::normaliseAttributeKey(u"ab"_s)));
    }

    void classify_data()
    {
        QTest::addColumn<QString>("devEui");
        QTest::addColumn<QString>("appKey");
        QTest::addColumn<QString>("devAddr");
        QTest::addColumn<QString>("nwkSKey");
        QTest::addColumn<QString>("appSKey");
        QTest::addColumn<Activation>("expected");

        const QString eui = u"0004A30B001C0530"_s;
        const QString key = u"000102030405060708090A0B0C0D0E0F"_s;
        const QString zeroKey(32, u'0');
        const QString addr = u"26011234"_s;
        QTest::newRow("OTAA") << eui << key << QString() << QString() << QString()
                              << Activation::Otaa;
        QTest::newRow("OTAA that joined (has a session)")
            << eui << key << addr << key << key << Activation::Otaa;
        QTest::newRow("ABP") << eui << QString() << addr << key << key << Activation::Abp;
        QTest::newRow("ABP with all-zero AppKey")
            << eui << zeroKey << addr << key << key << Activation::Abp;
        QTest::newRow("template") << QString() << QString() << QString() << QString() << QString()
                                  << Activation::Template;
        QTest::newRow("template with AppKey")
            << QString() << key << QString() << QString() << QString() << Activation::Template;
        QTest::newRow("template with session")
            << u"0000000000000000"_s << QString() << addr << key << key << Activation::Template;
        QTest::newRow("unusable: nothing")
            << eui << QString() << QString() << QString() << QString() << Activation::Unusable;
        QTest::newRow("unusable: no AppSKey")
            << eui << QString() << addr << key << QString() << Activation::Unusable;
        QTest::newRow("unusable: zero DevAddr")
            << eui << QString() << u"00000000"_s << key << key << Activation::Unusable;
        QTest::newRow("unusable: all-zero AppKey, no session")
            << eui << zeroKey << QString() << QString() << QString() << Activation::Unusable;
    }

    void classify()
    {
        QFETCH(QString, devEui);
        QFETCH(QString, appKey);
        QFETCH(QString, devAddr);
        QFETCH(QString, nwkSKey);
        QFETCH(QString, appSKey);
        QFETCH(Activation, expected);
        V2Device d;
        d.devId = u"dev"_s;
        d.devEui = devEui;
        d.appKey = appKey;
        d.devAddr = devAddr;
        d.nwkSKey = nwkSKey;
        d.appSKey = appSKey;
        QCOMPARE(activationName(DeviceClassifier::classify(d)), activationName(expected));
    }
};

QTEST_GUILESS_MAIN(TestV3Ids)
#include "tst_v3ids.moc"

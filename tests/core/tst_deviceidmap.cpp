// The --dev-id-map file: "v2-id,v3-id" lines; every problem is one usage error naming its line.
#include "io/deviceidmap.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestDeviceIdMap : public QObject
{
    Q_OBJECT

private slots:
    void readsPairs()
    {
        const DeviceIdMap map = DeviceIdMap::parse("\xEF\xBB\xBF# new IDs for TTS\r\n"
                                                   "test,test-sensor\r\n"
                                                   "\r\n"
                                                   "  my_dev , my-dev-2  # renamed\n"
                                                   "test,test-sensor\n" // the same pair again
                                                   "ab,ab-1");
        QVERIFY2(map.error.isEmpty(), qPrintable(map.error));
        QCOMPARE(map.ids.size(), 3);
        QCOMPARE(map.ids.value(u"test"_s), u"test-sensor"_s);
        QCOMPARE(map.ids.value(u"my_dev"_s), u"my-dev-2"_s);
        QCOMPARE(map.ids.value(u"ab"_s), u"ab-1"_s);
        QCOMPARE(map.lineOf.value(u"my_dev"_s), 4);
    }

    void refusesTheWholeFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no comma") << QByteArray("ok,ok-1\ntest test-1\n") << u"line 2"_s;
        QTest::newRow("two commas") << QByteArray("a,b,c\n") << u"v2-device-id,v3-device-id"_s;
        QTest::newRow("invalid v2 ID") << QByteArray("Bad ID,bad-id\n") << u"v2 device ID"_s;
        QTest::newRow("invalid v3 ID") << QByteArray("dev_1,Dev_1\n") << u"\"Dev_1\""_s;
        QTest::newRow("empty v3 ID") << QByteArray("dev_1,\n") << u"line 1"_s;
        QTest::newRow("v3 ID too long") << "dev_1," + QByteArray(37, 'a') << u"36"_s;
        QTest::newRow("reserved v3 ID") << QByteArray("dev_1,test\n") << u"reserves"_s;
        QTest::newRow("one device, two IDs")
            << QByteArray("dev_1,one\ndev_1,two\n") << u"line 2: dev_1 already gets"_s;
        QTest::newRow("two devices, one ID")
            << QByteArray("dev_1,same\ndev_2,same\n") << u"already the new ID of dev_1"_s;
    }

    void refusesTheWholeFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        const DeviceIdMap map = DeviceIdMap::parse(content);
        QVERIFY2(map.error.contains(mentions), qPrintable(map.error));
        QVERIFY(map.ids.isEmpty());
    }

    void readsAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ids.csv"_s);
        QVERIFY(!DeviceIdMap::read(path).error.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("test,test-1\n");
        file.close();
        QCOMPARE(DeviceIdMap::read(path).ids.value(u"test"_s), u"test-1"_s);
    }
};

QTEST_GUILESS_MAIN(TestDeviceIdMap)
#include "tst_deviceidmap.moc"

#include "io/deviceidlist.h"

#include <QBuffer>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestDeviceIdList : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("warningsMention"); // one entry per expected warning

        QTest::newRow("plain") << QByteArray("dev-1\ndev-2\n")
                               << QStringList { u"dev-1"_s, u"dev-2"_s } << QStringList {};
        QTest::newRow("no final newline")
            << QByteArray("dev-1\ndev-2") << QStringList { u"dev-1"_s, u"dev-2"_s }
            << QStringList {};
        QTest::newRow("CRLF and BOM") << QByteArray("\xEF\xBB\xBF"
                                                    "dev-1\r\ndev_2\r\n")
                                      << QStringList { u"dev-1"_s, u"dev_2"_s } << QStringList {};
        QTest::newRow("whitespace, blank lines, comments")
            << QByteArray("  dev-1 \t\n\n   \n# all sensors\n\tdev-2 # the second one\n#\n")
            << QStringList { u"dev-1"_s, u"dev-2"_s } << QStringList {};
        QTest::newRow("duplicates kept once")
            << QByteArray("a1\nb2\na1\n a1\n") << QStringList { u"a1"_s, u"b2"_s }
            << QStringList { u"line 3"_s, u"line 4"_s };
        QTest::newRow("invalid IDs reported with line number")
            << QByteArray("ok-1\nUPPER\nx\nbad id\nsemi;colon\n-lead\ntrail_\na__b\n"
                   + QByteArray(37, 'z') + "\nok-2\n")
            << QStringList { u"ok-1"_s, u"ok-2"_s }
            << QStringList { u"line 2"_s, u"line 3"_s, u"line 4"_s, u"line 5"_s, u"line 6"_s,
                   u"line 7"_s, u"line 8"_s, u"line 9"_s };
        QTest::newRow("2-character v2 ID is valid")
            << QByteArray("ab\n") << QStringList { u"ab"_s } << QStringList {};
        QTest::newRow("36 characters")
            << QByteArray(36, 'q') << QStringList { QString(36, u'q') } << QStringList {};
        QTest::newRow("empty") << QByteArray() << QStringList {} << QStringList {};
        QTest::newRow("only comments")
            << QByteArray("# nothing\n\n") << QStringList {} << QStringList {};
        QTest::newRow("invalid UTF-8") << QByteArray("dev-\xff\xfe\nfine\n")
                                       << QStringList { u"fine"_s } << QStringList { u"line 1"_s };
    }

    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, warningsMention);

        const DeviceIdList list = DeviceIdList::parse(input);
        QVERIFY(list.error.isEmpty());
        QCOMPARE(list.ids, ids);
        QCOMPARE(list.warnings.size(), warningsMention.size());
        for (int i = 0; i < warningsMention.size(); ++i)
            QVERIFY2(list.warnings.at(i).startsWith(warningsMention.at(i)),
                qPrintable(list.warnings.at(i)));
    }

    void sizeCap()
    {
        QByteArray huge(DeviceIdList::maxInputBytes + 1, 'a');
        QVERIFY(!DeviceIdList::parse(huge).error.isEmpty());
        QVERIFY(DeviceIdList::parse(huge).ids.isEmpty());

        QBuffer buffer(&huge);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QVERIFY(!DeviceIdList::read(&buffer).error.isEmpty());

        QByteArray small("dev-1\n# c\ndev-2");
        QBuffer smallBuffer(&small);
        QVERIFY(smallBuffer.open(QIODevice::ReadOnly));
        const DeviceIdList list = DeviceIdList::read(&smallBuffer);
        QVERIFY(list.error.isEmpty());
        QCOMPARE(list.ids, (QStringList { u"dev-1"_s, u"dev-2"_s }));
    }
};

QTEST_GUILESS_MAIN(TestDeviceIdList)
#include "tst_deviceidlist.moc"

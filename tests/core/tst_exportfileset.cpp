// Split exports: numbered parts below the Console's 16 MiB, each written like devices.json
// (private, atomic, read back); and the size check the wizard offers splitting from.
#include "convert/ttslimits.h"
#include "io/exportfileset.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions ownerAndUser = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ReadUser | QFileDevice::WriteUser;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// A device line of exactly `bytes` bytes (newline not counted).
QByteArray line(int number, int bytes)
{
    QByteArray json = "{\"n\":" + QByteArray::number(number) + ",\"pad\":\"";
    json += QByteArray(bytes - json.size() - 2, 'x');
    json += "\"}";
    return json;
}

QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestExportFileSet : public QObject
{
    Q_OBJECT

private slots:
    void partNames_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("part");
        QTest::newRow("devices.json") << u"devices.json"_s << 1 << u"devices-001.json"_s;
        QTest::newRow("folder") << u"/tmp/x/devices.json"_s << 12 << u"/tmp/x/devices-012.json"_s;
        QTest::newRow("relative folder") << u"out/app.json"_s << 2 << u"out/app-002.json"_s;
        QTest::newRow("two dots") << u"my.app.json"_s << 3 << u"my.app-003.json"_s;
        QTest::newRow("no suffix") << u"devices"_s << 4 << u"devices-004"_s;
        QTest::newRow("past 999") << u"d.json"_s << 1000 << u"d-1000.json"_s;
    }

    void partNames()
    {
        QFETCH(QString, path);
        QFETCH(int, number);
        QFETCH(QString, part);
        QCOMPARE(ExportFileSet::partPath(path, number), part);
    }

    void splitsAtLineBoundariesBelowThePartSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"devices.json"_s);
        const qint64 partBytes = 1000;
        ExportFileSet files(path, partBytes);
        QVERIFY(files.isSplit());
        QVERIFY2(files.open(), qPrintable(files.errorString()));
        QByteArray expected;
        for (int i = 0; i < 25; ++i) {
            const QByteArray json = line(i, 99 + i % 5); // 100 to 104 bytes with the newline
            QVERIFY(files.writeLine(json));
            expected += json + '\n';
        }
        QVERIFY(entries(dir).isEmpty()); // nothing visible before commit
        QVERIFY2(files.commit(), qPrintable(files.errorString()));
        QCOMPARE(files.linesWritten(), 25);
        QCOMPARE(files.linesReadBack(), 25);
        QCOMPARE(files.bytesWritten(), expected.size());

        const QStringList paths = files.paths();
        QCOMPARE(paths.size(), 3); // 9 + 9 + 7 lines: a 10th never fits in 1000 bytes
        QByteArray joined;
        for (int i = 0; i < paths.size(); ++i) {
            QCOMPARE(paths.at(i), ExportFileSet::partPath(path, i + 1));
            const QByteArray content = readAll(paths.at(i));
            QVERIFY(content.size() <= partBytes);
            QVERIFY(content.endsWith('\n'));
            QCOMPARE(
                QFileInfo(paths.at(i)).permissions() & ~ownerAndUser, QFileDevice::Permissions());
            joined += content;
        }
        QCOMPARE(joined, expected); // in order, nothing lost or repeated
        QCOMPARE(entries(dir),
            (QStringList { u"devices-001.json"_s, u"devices-002.json"_s, u"devices-003.json"_s }));
        QVERIFY(files.staleParts().isEmpty());
    }

    void smallSplitExportIsOnePart()
    {
        QTemporaryDir dir;
        ExportFileSet files(dir.filePath(u"devices.json"_s), TtsLimits::defaultPartBytes);
        QVERIFY(files.open());
        QVERIFY(files.writeLine(line(1, 50)));
        QVERIFY(files.commit());
        QCOMPARE(entries(dir), QStringList { u"devices-001.json"_s });
    }

    void unsplitExportIsOneFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"devices.json"_s);
        ExportFileSet files(path);
        QVERIFY(!files.isSplit());
        QVERIFY(files.open());
        for (int i = 0; i < 30; ++i)
            QVERIFY(files.writeLine(line(i, 200)));
        QVERIFY(files.commit());
        QCOMPARE(files.paths(), QStringList { path });
        QCOMPARE(entries(dir), QStringList { u"devices.json"_s });
        QCOMPARE(files.linesReadBack(), 30);
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir dir;
        {
            ExportFileSet files(dir.filePath(u"devices.json"_s), 300);
            QVERIFY(files.open());
            for (int i = 0; i < 10; ++i)
                QVERIFY(files.writeLine(line(i, 100)));
            QCOMPARE(files.paths().size(), 5); // two 101-byte lines per 300-byte part
            files.cancel();
        }
        QVERIFY(entries(dir).isEmpty());
        {
            ExportFileSet files(dir.filePath(u"devices.json"_s), 300);
            QVERIFY(files.open());
            QVERIFY(files.writeLine(line(1, 100)));
        } // destroyed without commit
        QVERIFY(entries(dir).isEmpty());
    }

    void refusesWhatTheConsoleWouldNot()
    {
        QTemporaryDir dir;
        ExportFileSet tooBig(dir.filePath(u"devices.json"_s), TtsLimits::consoleMaxFileBytes);
        QVERIFY(!tooBig.open());
        QVERIFY(tooBig.errorString().contains(u"16"_s));

        ExportFileSet tiny(dir.filePath(u"devices.json"_s), 50);
        QVERIFY(tiny.open());
        QVERIFY(!tiny.writeLine(line(1, 60))); // a line is never cut
        QVERIFY(!tiny.commit());
        QVERIFY(entries(dir).isEmpty());
    }

    void reportsPartsOfAnEarlierExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"devices.json"_s);
        for (int number : { 2, 3 }) {
            QFile stale(ExportFileSet::partPath(path, number));
            QVERIFY(stale.open(QIODevice::WriteOnly));
        }
        ExportFileSet files(path, 1000);
        QVERIFY(files.open());
        QVERIFY(files.writeLine(line(1, 100)));
        QVERIFY(files.commit());
        QCOMPARE(files.staleParts(),
            (QStringList { ExportFileSet::partPath(path, 2), ExportFileSet::partPath(path, 3) }));
    }

    void consoleLimit()
    {
        QVERIFY(!ExportFileSet::exceedsConsoleLimit(16 * 1024 * 1024 - 1));
        QVERIFY(ExportFileSet::exceedsConsoleLimit(16 * 1024 * 1024));
        QList<DeviceOutcome> outcomes(3);
        outcomes[0].status = OutcomeStatus::Exported;
        outcomes[0].json = QByteArray(9, 'x');
        outcomes[1].status = OutcomeStatus::Failed; // not written
        outcomes[2].status = OutcomeStatus::Exported;
        outcomes[2].json = QByteArray(19, 'x');
        QCOMPARE(ExportFileSet::exportBytes(outcomes), 30);
        QVERIFY(!ExportFileSet::exceedsConsoleLimit(outcomes));
        outcomes[2].json = QByteArray(16 * 1024 * 1024 - 10, 'x'); // 16 MiB with the others
        QVERIFY(ExportFileSet::exceedsConsoleLimit(outcomes));
    }
};

QTEST_GUILESS_MAIN(TestExportFileSet)
#include "tst_exportfileset.moc"

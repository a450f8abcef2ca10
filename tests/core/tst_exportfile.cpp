#include "io/exportfile.h"
#include "io/ndjsonwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// QFileInfo reports the owner bits twice (ReadUser/WriteUser for the current user on Unix).
constexpr QFileDevice::Permissions ownerAndUser
    = ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeFile(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
    file.close();
    QVERIFY(file.setPermissions(permissions));
}

QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path())
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// Permissions of the not yet committed file. On Linux QSaveFile uses an unnamed O_TMPFILE file
// (found through /proc/self/fd); elsewhere a named temporary file next to the target.
QList<QFileDevice::Permissions> pendingFilePermissions(
    const QTemporaryDir &dir, const QString &target)
{
    QList<QFileDevice::Permissions> result;
    const QStringList named = entries(dir);
    for (const QString &name : named) {
        if (name != QFileInfo(target).fileName())
            result.append(QFileInfo(dir.filePath(name)).permissions());
    }
    const QDir fds(u"/proc/self/fd"_s);
    const QString canonicalDir = QDir(dir.path()).canonicalPath();
    for (const QString &fd :
        fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const QString link = QFile::symLinkTarget(fds.filePath(fd));
        if (link.startsWith(canonicalDir + u'/') && link.endsWith(u"(deleted)"_s))
            result.append(QFileInfo(fds.filePath(fd)).permissions());
    }
    return result;
}

} // namespace

class TestExportFile : public QObject
{
    Q_OBJECT

private slots:
    void commitWritesOwnerOnlyFileAndReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"devices.json"_s);
        ExportFile file(path);
        QVERIFY2(file.open(), qPrintable(file.errorString()));

        // The temporary file is private before the first secret is written.
        const QList<QFileDevice::Permissions> pending = pendingFilePermissions(dir, path);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first() & ~ownerAndUser, QFileDevice::Permissions());
        QVERIFY(pending.first() & QFileDevice::WriteOwner);

        QVERIFY(file.writeLine("{\"a\":1}"));
        QVERIFY(file.writeLine("{\"b\":\"k\\u00fc\"}"));
        QVERIFY(!QFile::exists(path)); // nothing visible before commit
        QCOMPARE(file.linesWritten(), 2);
        QVERIFY2(file.commit(), qPrintable(file.errorString()));
        QCOMPARE(file.linesReadBack(), 2);
        QCOMPARE(readAll(path), QByteArray("{\"a\":1}\n{\"b\":\"k\\u00fc\"}\n"));
        QCOMPARE(QFileInfo(path).permissions() & ~ownerAndUser, QFileDevice::Permissions());
        QVERIFY(QFileInfo(path).permissions() & QFileDevice::ReadOwner);
        QCOMPARE(entries(dir), QStringList { u"devices.json"_s });
    }

    void replacingAWorldReadableFileMakesItPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"devices.json"_s);
        writeFile(path, "old\n", ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        ExportFile file(path);
        QVERIFY(file.open());
        QVERIFY(file.writeLine("{}"));
        QVERIFY(file.commit());
        QCOMPARE(readAll(path), QByteArray("{}\n"));
        QCOMPARE(QFileInfo(path).permissions() & ~ownerAndUser, QFileDevice::Permissions());
    }

    void unfinishedSavesLeaveThePreviousFile_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("cancel") << u"cancel"_s;
        QTest::newRow("destroyed without commit") << u"destroy"_s;
        QTest::newRow("failed write, then commit") << u"fail"_s;
    }

    void unfinishedSavesLeaveThePreviousFile()
    {
        QFETCH(QString, how);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"devices.json"_s);
        const QByteArray previous = "{\"previous\":true}\n";
        writeFile(path, previous, ownerOnly);
        {
            ExportFile file(path);
            QVERIFY(file.open());
            QVERIFY(file.writeLine("{\"new\":1}"));
            QCOMPARE(pendingFilePermissions(dir, path).size(), 1);
            if (how == u"cancel") {
                file.cancel();
                QCOMPARE(pendingFilePermissions(dir, path).size(), 0);
            } else if (how == u"fail") {
                QVERIFY(!file.writeLine("{\"broken\":\n1}"));
                QVERIFY(!file.errorString().isEmpty());
                QVERIFY(!file.commit());
            }
        }
        QCOMPARE(readAll(path), previous);
        QCOMPARE(entries(dir), QStringList { u"devices.json"_s });
        QCOMPARE(pendingFilePermissions(dir, path).size(), 0);
    }

    void checkWritable_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<bool>("fine");
        QTest::newRow("new file") << u"devices.json"_s << true;
        QTest::newRow("existing file") << u"existing.json"_s << true;
        QTest::newRow("missing folder") << u"missing/devices.json"_s << false;
        QTest::newRow("a folder") << u"folder"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void checkWritable()
    {
        QFETCH(QString, relativePath);
        QFETCH(bool, fine);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
        writeFile(dir.filePath(u"existing.json"_s), "x", ownerOnly);
        const QString path = relativePath.isEmpty() ? QString() : dir.filePath(relativePath);
        const QString problem = ExportFile::checkWritable(path);
        QCOMPARE(problem.isEmpty(), fine);
        const QStringList before = entries(dir);
        if (!fine) {
            ExportFile file(path);
            QVERIFY(!file.open());
            QCOMPARE(file.errorString(), problem);
        }
        QCOMPARE(entries(dir), before); // checking never creates anything
    }

    void readOnlyFolderIsRefused()
    {
        if (::geteuid() == 0)
            QSKIP("root can write into read-only folders");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QString problem = ExportFile::checkWritable(dir.filePath(u"devices.json"_s));
        QFile::setPermissions(dir.path(), ownerOnly | QFileDevice::ExeOwner);
        QVERIFY(!problem.isEmpty());
    }

    void countDeviceLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"mixed.json"_s);
        writeFile(path,
            "{\"a\":1}\r\n\n   \n[1,2]\nnot json\n{\"b\":{\"c\":2}}\n{\"unterminated\":",
            ownerOnly);
        QString error;
        QCOMPARE(ExportFile::countDeviceLines(path, &error), 2);
        QCOMPARE(ExportFile::countDeviceLines(dir.filePath(u"missing.json"_s), &error), -1);
        QVERIFY(!error.isEmpty());
        writeFile(path, "", ownerOnly);
        QCOMPARE(ExportFile::countDeviceLines(path), 0);
    }

    void ndjsonWriterExactBytes()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        NdjsonWriter writer(&buffer);
        QVERIFY(writer.writeLine("{\"a\":1}"));
        QVERIFY(writer.writeLine("{}"));
        QVERIFY(writer.flush());
        QCOMPARE(writer.linesWritten(), 2);
        QVERIFY(!writer.hasError());
        QCOMPARE(buffer.data(), QByteArray("{\"a\":1}\n{}\n"));
    }

    void ndjsonWriterReportsErrors()
    {
        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        NdjsonWriter writer(&readOnly);
        QVERIFY(!writer.writeLine("{}"));
        QVERIFY(writer.hasError());
        QVERIFY(!writer.errorString().isEmpty());

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        NdjsonWriter splitting(&buffer);
        QVERIFY(!splitting.writeLine("{\"a\":\n1}"));
        QVERIFY(!splitting.writeLine("{}")); // stays failed
        QCOMPARE(buffer.data(), QByteArray());

        QFile full(u"/dev/full"_s);
        if (full.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            NdjsonWriter disk(&full);
            QVERIFY(!disk.writeLine("{}"));
            QVERIFY(disk.hasError());
        }
    }

    // One saved export, one fingerprint: the same file read again gives it, a fresh export
    // with the very same bytes (rewritten later, or elsewhere) does not.
    void fingerprintIdentifiesOneSavedExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"devices.json"_s);
        const QByteArray line = "{\"ids\":{\"device_id\":\"a\"}}\n";
        writeFile(path, line, ownerOnly);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QDateTime first(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
        QVERIFY(file.setFileTime(first, QFileDevice::FileModificationTime));
        file.close();
        const QString fingerprint = ExportFile::fingerprint(path);
        QCOMPARE(fingerprint.size(), 32);
        QCOMPARE(ExportFile::fingerprint(path), fingerprint);

        writeFile(path, line, ownerOnly); // the same bytes, written again
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(first.addSecs(5), QFileDevice::FileModificationTime));
        file.close();
        QVERIFY(ExportFile::fingerprint(path) != fingerprint);

        const QString elsewhere = dir.filePath(u"copy.json"_s);
        writeFile(elsewhere, line, ownerOnly);
        QVERIFY(ExportFile::fingerprint(elsewhere) != fingerprint);
        QVERIFY(ExportFile::fingerprint(dir.filePath(u"missing.json"_s)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportFile)
#include "tst_exportfile.moc"

// Replays the fuzz corpus (seeds, plus any crash a fuzz run found and was fixed) through the
// parser and converter in the normal build, so every build checks the invariants too.
#include "fuzzcheck.h"

#include <QDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TstFuzzCorpus : public QObject
{
    Q_OBJECT
private slots:
    void replay_data();
    void replay();
    void corpusIsThere();
};

void TstFuzzCorpus::replay_data()
{
    QTest::addColumn<QString>("path");
    const QDir corpus(QStringLiteral(TTNMIG_FUZZ_CORPUS));
    const QFileInfoList files = corpus.entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &file : files)
        QTest::newRow(qPrintable(file.fileName())) << file.filePath();
}

void TstFuzzCorpus::replay()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString problem = FuzzCheck::run(file.readAll());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstFuzzCorpus::corpusIsThere()
{
    // An empty or missing corpus would make replay() pass vacuously.
    const QDir corpus(QStringLiteral(TTNMIG_FUZZ_CORPUS));
    QVERIFY2(corpus.entryList(QDir::Files).size() >= 20, qPrintable(corpus.path()));
}

QTEST_GUILESS_MAIN(TstFuzzCorpus)
#include "tst_fuzzcorpus.moc"

// Counts are written one way (app/core/util/localenumbers.h): a translated text with a count
// says %n and goes through LocaleNumbers::withGroupedN() in the same statement, so the count is
// grouped as the user's locale writes it and the plural forms of the translations stay. %Ln
// would group too, but as a different source text. This test reads every .cpp under app/ and
// ui/ and names each tr() that breaks the rule.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The source with comments and the contents of string and character literals blanked (so
// parentheses and semicolons in them do not count), and the literals' texts by position.
struct Lexed
{
    QString code;
    QList<std::pair<qsizetype, QString>> literals; // opening quote's position, contents
};

Lexed lex(const QString &source)
{
    Lexed out { source, {} };
    QString &code = out.code;
    const qsizetype size = source.size();
    qsizetype i = 0;
    const auto blank = [&code](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k) {
            if (code[k] != u'\n')
                code[k] = u' ';
        }
    };
    while (i < size) {
        const QChar c = source.at(i);
        const QChar next = i + 1 < size ? source.at(i + 1) : QChar();
        if (c == u'/' && next == u'/') {
            const qsizetype end = source.indexOf(u'\n', i);
            const qsizetype to = end < 0 ? size : end;
            blank(i, to);
            i = to;
        } else if (c == u'/' && next == u'*') {
            const qsizetype end = source.indexOf(u"*/"_s, i + 2);
            const qsizetype to = end < 0 ? size : end + 2;
            blank(i, to);
            i = to;
        } else if (c == u'R' && next == u'"') {
            // R"delim( … )delim"
            const qsizetype open = source.indexOf(u'(', i + 2);
            const QString closing = u')' + source.mid(i + 2, open - i - 2) + u'"';
            const qsizetype end = source.indexOf(closing, open);
            const qsizetype to = end < 0 ? size : end + closing.size();
            out.literals.append({ i + 1, source.mid(open + 1, end - open - 1) });
            blank(i + 2, to - 1);
            i = to;
        } else if (c == u'"' || (c == u'\'' && !(i > 0 && source.at(i - 1).isDigit()))) {
            // A quote after a digit is a digit separator (1'000), not a character literal.
            qsizetype k = i + 1;
            QString text;
            while (k < size && source.at(k) != c) {
                if (source.at(k) == u'\\' && k + 1 < size) {
                    text += source.at(k);
                    ++k;
                }
                text += source.at(k);
                ++k;
            }
            if (c == u'"')
                out.literals.append({ i, text });
            blank(i + 1, k);
            i = k + 1;
        } else {
            ++i;
        }
    }
    return out;
}

// The rule's breaches in one file: "line N: …" for each.
QStringList problems(const QString &source)
{
    const Lexed lexed = lex(source);
    const QString &code = lexed.code;
    static const QRegularExpression call(u"(?<![A-Za-z0-9_])(tr|translate)\\s*\\("_s);
    QStringList found;
    auto it = call.globalMatch(code);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype open = match.capturedEnd() - 1;
        int depth = 0;
        qsizetype close = open;
        for (; close < code.size(); ++close) {
            if (code.at(close) == u'(')
                ++depth;
            else if (code.at(close) == u')' && --depth == 0)
                break;
        }
        QString texts;
        for (const auto &[at, text] : lexed.literals) {
            if (at > open && at < close)
                texts += text;
        }
        const qsizetype line = code.left(match.capturedStart()).count(u'\n') + 1;
        if (texts.contains(u"%Ln"_s)) {
            found << u"line %1: %Ln: write %n and group with LocaleNumbers::withGroupedN()"_s.arg(
                line);
            continue;
        }
        if (!texts.contains(u"%n"_s))
            continue;
        qsizetype start = match.capturedStart();
        while (start > 0 && code.at(start - 1) != u';' && code.at(start - 1) != u'{'
            && code.at(start - 1) != u'}')
            --start;
        const QString before = code.mid(start, match.capturedStart() - start);
        if (!before.contains(u"withGroupedN("_s))
            found << u"line %1: %n without LocaleNumbers::withGroupedN() in the same statement"_s
                         .arg(line);
    }
    return found;
}

} // namespace

class TestCountStyle : public QObject
{
    Q_OBJECT
private slots:
    void rule_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("ok");
        QTest::newRow("grouped") << u"x = withGroupedN(tr(\"%n device(s)\", nullptr, n), n);"_s
                                 << true;
        QTest::newRow("grouped, a choice inside")
            << u"x = LocaleNumbers::withGroupedN(a ? Text::tr(\"%n a(s)\", nullptr, n)\n"
               "    : Text::tr(\"%n b(s)\", nullptr, n), n).arg(y);"_s
            << true;
        QTest::newRow("not grouped") << u"x = tr(\"%n device(s)\", nullptr, n);"_s << false;
        QTest::newRow("grouped in the statement before")
            << u"a = withGroupedN(b, n); x = tr(\"%n device(s)\", nullptr, n);"_s << false;
        QTest::newRow("%Ln") << u"x = tr(\"%Ln device(s)\", nullptr, n);"_s << false;
        QTest::newRow("%Ln, grouped as well")
            << u"x = withGroupedN(tr(\"%Ln device(s)\", nullptr, n), n);"_s << false;
        QTest::newRow("translate")
            << u"QCoreApplication::translate(\"C\", \"%n x(s)\", 0, n);"_s << false;
        QTest::newRow("no count") << u"x = tr(\"%1 of %2\").arg(a, b);"_s << true;
        QTest::newRow("in a comment") << u"// tr(\"%n device(s)\")\nx = 1;"_s << true;
        QTest::newRow("inside another string") << u"x = u\"tr(\\\"%n\\\")\"_s;"_s << true;
        QTest::newRow("attr(") << u"x = attr(\"%n\");"_s << true;
    }

    void rule()
    {
        QFETCH(QString, source);
        QFETCH(bool, ok);
        const QStringList found = problems(source);
        QVERIFY2(found.isEmpty() == ok, qPrintable(found.join(u"; "_s)));
    }

    void sourcesFollowIt()
    {
        const QString root = QStringLiteral(TTNMIG_SOURCE_DIR);
        QStringList report;
        int files = 0;
        for (const QString &folder : { u"app"_s, u"ui"_s }) {
            QDirIterator it(
                root + u'/' + folder, { u"*.cpp"_s }, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                ++files;
                for (const QString &problem : problems(QString::fromUtf8(file.readAll())))
                    report << path.mid(root.size() + 1) + u' ' + problem;
            }
        }
        QVERIFY(files > 100); // the tree was found
        QVERIFY2(report.isEmpty(), qPrintable(u"\n"_s + report.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCountStyle)
#include "tst_countstyle.moc"

// The translation mechanism end to end: lupdate over app/ and ui/ finds every string in the
// context it is looked up in at run time, the German .ts translates all of them (keeping
// placeholders and technical tokens), and the embedded .qm files load by locale.
#include "tsfile.h"
#include "util/appinfo.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// QVERIFY2 cuts long messages: every item goes to the log on its own line instead.
QString listed(const QStringList &lines)
{
    for (const QString &line : lines)
        qWarning("  %s", qPrintable(line));
    return u" (listed above)"_s;
}

// What must survive translation unchanged: %1 and %n placeholders, HTML tags, command line
// flags, environment variables and IDs in capitals, file names and LoRaWAN terms (a plural
// "AppKeys" counts as "AppKey").
QSet<QString> protectedTokens(const QString &text)
{
    static const QRegularExpression token(
        uR"(%L?[0-9]+|%n|<[^<>\s][^<>]*>|(?<![\w-])--[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)"
        uR"(|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[\w-]+\.(?:json|txt|pem)\b)"
        uR"(|https?://|(?<![A-Za-z])(?:OTAA|ABP|DevEUI|JoinEUI|AppEUI|AppKey)"
        uR"(|DevAddr|NDJSON|JSON|ttn-lw-migrate|ttn-lw-cli)(?=s?(?![A-Za-z])))"_s);
    QSet<QString> tokens;
    auto it = token.globalMatch(text);
    while (it.hasNext())
        tokens.insert(it.next().captured());
    return tokens;
}

// Keyboard accelerators: "&Save" has one, "A && B" has none.
int acceleratorCount(const QString &text)
{
    static const QRegularExpression accelerator(uR"((?<!&)&(?!&)(?=\S))"_s);
    int count = 0;
    auto it = accelerator.globalMatch(QString(text).remove(u"&&"_s));
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lupdateFindsEveryStringInItsRunTimeContext();
    void noTranslateCallsLupdateCannotRead();
    void sourceTextsAreReadBackIntact();
    void languageFilesAreComplete_data();
    void languageFilesAreComplete();
    void germanKeepsPlaceholdersAndTechnicalTokens();
    void acceleratorsAreCounted_data();
    void acceleratorsAreCounted();
    void translationsAreEmbedded();
    void loadsByLocale();

private:
    TsFile refreshed(const QString &baseName);

    QTemporaryDir m_dir;
    QStringList m_lupdateWarnings;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Run lupdate exactly as the `lupdate` target does, but on copies of the .ts files.
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TTNMIG_CMAKE_COMMAND),
        { u"-DLUPDATE="_s + QStringLiteral(TTNMIG_LUPDATE),
            u"-DSOURCE_DIRS="_s + QStringLiteral(TTNMIG_TRANSLATION_SOURCE_DIRS),
            u"-DINCLUDE_DIRS="_s + QStringLiteral(TTNMIG_TRANSLATION_INCLUDE_DIRS),
            u"-DTS_FILES="_s + QStringLiteral(TTNMIG_TS_FILES), u"-DOUTPUT_DIR="_s + m_dir.path(),
            u"-P"_s, QStringLiteral(TTNMIG_RUN_LUPDATE_SCRIPT) });
    QVERIFY2(lupdate.waitForFinished(90000), "lupdate did not finish");
    const QString output = QString::fromUtf8(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
        qPrintable(output));
    for (const QString &ts : QStringLiteral(TTNMIG_TS_FILES).split(u'|'))
        QVERIFY2(QFile::exists(m_dir.filePath(QFileInfo(ts).fileName())), qPrintable(output));
    // Each file is scanned once per .ts file: report every warning once.
    QSet<QString> seen;
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts)) {
        if (!seen.contains(line))
            m_lupdateWarnings << line;
        seen.insert(line);
    }
}

TsFile TestTranslations::refreshed(const QString &baseName)
{
    TsFile file;
    QString error;
    if (!TsFile::read(m_dir.filePath(baseName), &file, &error))
        qWarning("%s", qPrintable(error));
    return file;
}

void TestTranslations::lupdateFindsEveryStringInItsRunTimeContext()
{
    // These warnings mean a string is dropped, or filed under a context that differs from
    // the one its tr() looks up at run time (a free `tr()` helper, a class without Q_OBJECT
    // or Q_DECLARE_TR_FUNCTIONS): it would never be translated. See docs/packaging.md.
    static const QRegularExpression broken(
        uR"(cannot be called without context|lacks Q_OBJECT macro|unknown namespace/class|Cannot invoke tr)"_s);
    QStringList problems;
    for (const QString &line : std::as_const(m_lupdateWarnings)) {
        if (broken.match(line).hasMatch())
            problems << line;
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(u"%1 tr() calls lupdate cannot attribute to their run-time context:"_s.arg(
                       problems.size())
            + listed(problems)));
}

void TestTranslations::noTranslateCallsLupdateCannotRead()
{
    // lupdate only sees literal texts: translate("Context", text) with a variable, e.g. in a
    // helper `QString translate(const char *text)`, hides every string passed to it (no
    // warning either). Files that mark such texts with QT_TRANSLATE_NOOP are fine.
    static const QRegularExpression variableText(
        uR"((?:QCoreApplication|QObject)::translate\s*\(\s*"[^"]*"\s*,\s*(?!"|R"|u8")[A-Za-z_])"_s);
    // And a helper that is itself named translate(): lupdate takes
    // translate(QT_TRANSLATE_NOOP("Ctx", "text")) for a translate() call whose context is not
    // a literal and drops the text, silently (the message stays English at run time).
    static const QRegularExpression noopInTranslate(
        uR"((?<![\w:])translate\s*\(\s*QT_TR(?:ANSLATE)?_NOOP)"_s);
    QStringList problems;
    for (const QString &dir : QStringLiteral(TTNMIG_TRANSLATION_SOURCE_DIRS).split(u'|')) {
        QDirIterator it(dir, { u"*.cpp"_s, u"*.h"_s }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            auto hidden = noopInTranslate.globalMatch(text);
            while (hidden.hasNext()) {
                const int line = text.left(hidden.next().capturedStart()).count(u'\n') + 1;
                problems << u"%1:%2: a helper named translate() around QT_TRANSLATE_NOOP: "
                            "lupdate drops the text; give the helper another name"_s
                                .arg(file.fileName())
                                .arg(line);
            }
            if (text.contains(u"QT_TRANSLATE_NOOP"_s) || text.contains(u"QT_TR_NOOP"_s))
                continue;
            auto match = variableText.globalMatch(text);
            while (match.hasNext()) {
                const int line = text.left(match.next().capturedStart()).count(u'\n') + 1;
                problems << u"%1:%2: translate() of a variable: lupdate cannot extract its texts"_s
                                .arg(file.fileName())
                                .arg(line);
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(u"Texts hidden from lupdate (see docs/packaging.md):"_s + listed(problems)));
}

void TestTranslations::sourceTextsAreReadBackIntact()
{
    // lupdate 6.4 misreads \u escapes in string literals ("\u201cdevices" becomes U+1CDE
    // "vices"): the .ts then holds a text the program never asks for. Anything outside
    // Latin, general punctuation, arrows and a few symbols points to such an escape.
    const auto plausible = [](char32_t c) {
        return c < 0x250 || (c >= 0x2000 && c <= 0x206F) || (c >= 0x2190 && c <= 0x21FF)
            || (c >= 0x2100 && c <= 0x214F) || (c >= 0x2200 && c <= 0x22FF)
            || (c >= 0x2700 && c <= 0x27BF) || c == 0x2713 || c == 0x2717 || c == 0x25B6
            || c == 0x25CF;
    };
    QStringList problems;
    for (const TsMessage &message : refreshed(u"ttn-lw-migrate_de.ts"_s).messages) {
        for (const char32_t c : message.source.toUcs4()) {
            if (!plausible(c)) {
                problems << message.label()
                        + u" has U+%1: write the character itself, not a \\u escape"_s.arg(
                            uint(c), 4, 16, QLatin1Char('0'));
                break;
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(
            u"Source texts lupdate read differently from the compiler:"_s + listed(problems)));
}

void TestTranslations::languageFilesAreComplete_data()
{
    QTest::addColumn<QString>("baseName");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::newRow("German") << u"ttn-lw-migrate_de.ts"_s << u"de"_s << false;
    QTest::newRow("English plural forms") << u"ttn-lw-migrate_en.ts"_s << u"en"_s << true;
}

void TestTranslations::languageFilesAreComplete()
{
    QFETCH(QString, baseName);
    QFETCH(QString, language);
    QFETCH(bool, pluralsOnly);
    const TsFile file = refreshed(baseName);
    QCOMPARE(file.language, language);
    if (!pluralsOnly)
        QVERIFY2(file.messages.size() > 10, "lupdate found almost no strings: is the scan broken?");
    QStringList missing;
    for (const TsMessage &message : file.messages) {
        if (message.type == u"vanished" || message.type == u"obsolete")
            continue;
        if ((!pluralsOnly || message.numerus) && !message.isFinished())
            missing << message.label();
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(u"%1 strings of the code are not translated in resources/translations/%2 "
                   "(build the `lupdate` target, then translate them):"_s.arg(missing.size())
                       .arg(baseName)
            + listed(missing)));
}

void TestTranslations::germanKeepsPlaceholdersAndTechnicalTokens()
{
    QStringList problems;
    for (const TsMessage &message : refreshed(u"ttn-lw-migrate_de.ts"_s).messages) {
        // Vanished translations are checked too: they come back when their text does.
        if (message.type == u"unfinished" || message.translations.contains(QString()))
            continue;
        const QSet<QString> expected = protectedTokens(message.source);
        for (const QString &form : message.translations) {
            const QSet<QString> got = protectedTokens(form);
            QSet<QString> lost = expected;
            lost.subtract(got);
            // %n may be spelled out in a singular form ("ein Endgerät").
            if (message.numerus)
                lost.remove(u"%n"_s);
            QSet<QString> added = got;
            added.subtract(expected);
            if (acceleratorCount(form) != acceleratorCount(message.source))
                problems << message.label()
                        + u" has %1 keyboard accelerators (&), the source %2"_s
                              .arg(acceleratorCount(form))
                              .arg(acceleratorCount(message.source));
            if (!lost.isEmpty() || !added.isEmpty()) {
                problems << message.label() + u" lost {"_s
                        + QStringList(lost.cbegin(), lost.cend()).join(u", "_s) + u"} added {"_s
                        + QStringList(added.cbegin(), added.cend()).join(u", "_s) + u'}';
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(
            u"German translations that change placeholders or tokens:"_s + listed(problems)));
}

void TestTranslations::acceleratorsAreCounted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("none") << u"Save"_s << 0;
    QTest::newRow("one") << u"&Save devices.json…"_s << 1;
    QTest::newRow("inside") << u"Ca&ncel"_s << 1;
    QTest::newRow("literal ampersand") << u"Tom && Jerry"_s << 0;
    QTest::newRow("literal and accelerator") << u"&Tom && Jerry"_s << 1;
    QTest::newRow("ampersand before space") << u"A & B"_s << 0;
}

void TestTranslations::acceleratorsAreCounted()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QCOMPARE(acceleratorCount(text), count);
}

void TestTranslations::translationsAreEmbedded()
{
    // Compiled into the program: nothing is read from the source tree or /usr/share.
    QVERIFY(QFileInfo(u":/i18n/ttn-lw-migrate_de.qm"_s).size() > 0);
    QVERIFY(QFileInfo(u":/i18n/ttn-lw-migrate_en.qm"_s).size() > 0);
}

void TestTranslations::loadsByLocale()
{
    // Translations stack (the last installed is asked first), so go from none to German.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    Translations::install();
    QCOMPARE(AppInfo::displayName(), u"TTN Migration Wizard"_s);
    // A language we do not ship still gets the English plural forms ("1 device").
    for (const TsMessage &message : refreshed(u"ttn-lw-migrate_en.ts"_s).messages) {
        if (!message.numerus || !message.isFinished() || message.translations.size() != 2)
            continue;
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, 1),
            QString(message.translations.at(0)).replace(u"%n"_s, u"1"_s));
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, 7),
            QString(message.translations.at(1)).replace(u"%n"_s, u"7"_s));
        break;
    }

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install();
    QCOMPARE(AppInfo::displayName(), u"TTN Migration Wizard"_s);

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Austria));
    Translations::install();
    QCOMPARE(AppInfo::displayName(), u"TTN-Migrationsassistent"_s);
    QVERIFY(AppInfo::versionText(u"ttn-lw-migrate"_s).contains(u"Lizenz"_s));

    // Qt's own strings follow, when Debian's qt6-translations-l10n is installed.
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s;
    if (!QFile::exists(qtbase))
        QSKIP("qtbase_de.qm not installed (qt6-translations-l10n)");
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

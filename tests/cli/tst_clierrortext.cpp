// The command line's words for every error that asks the user to change a setting: the advice
// names a flag that sets it, every flag it names exists (the flag table for v2, `tts --help` for
// the tts commands), every variable it names is that flag's, and no wizard field appears.
#include "clierrortext.h"
#include "cliflags.h"
#include "v2/v2errormapper.h"

#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SettingFix)

namespace {

// The flags the command line knows: the export commands' and the tts commands' tables, which
// --help, parsing and the environment fallback are built from.
bool isRealFlag(const QString &flag)
{
    static const QString v2Prefix = u"--ttnv2."_s;
    if (flag.startsWith(v2Prefix)) {
        const CliFlag *row = CliFlags::find(flag.mid(v2Prefix.size()));
        return row && row->sourceScoped;
    }
    if (flag.startsWith(u"--chirpstack."_s))
        return CliFlags::find(flag.mid(2), CliFlags::chirpstackSource());
    return flag.startsWith(u"--tts."_s)
        && (CliFlags::find(flag.mid(2), CliFlags::tts())
            || CliFlags::find(flag.mid(2), CliFlags::ttsSource()));
}

bool isRealVariable(const QString &variable)
{
    for (const QList<CliFlag> *table : { &CliFlags::all(), &CliFlags::tts(), &CliFlags::ttsSource(),
             &CliFlags::chirpstackSource() }) {
        for (const CliFlag &row : *table) {
            if (row.envVar == variable)
                return true;
        }
    }
    return false;
}

} // namespace

class TstCliErrorText : public QObject
{
    Q_OBJECT
private slots:
    void everyFix_data()
    {
        QTest::addColumn<SettingFix>("fix");
        for (const SettingFix fix : SettingFixes::all() + SettingFixes::chirpStack())
            QTest::addRow("fix %d", int(fix)) << fix;
    }

    void everyFix()
    {
        QFETCH(SettingFix, fix);
        const QString advice = CliErrorText::advice(fix);
        QVERIFY(!advice.isEmpty());
        for (const Setting setting : SettingFixes::settings(fix)) {
            const QStringList flags = CliErrorText::flags(setting);
            QVERIFY(!flags.isEmpty());
            for (const QString &flag : flags)
                QVERIFY2(isRealFlag(flag), qPrintable(flag));
            const bool named = std::any_of(flags.cbegin(), flags.cend(),
                [&advice](const QString &flag) { return advice.contains(flag); });
            QVERIFY2(named, qPrintable(advice));
        }
        static const QRegularExpression flagWord(u"--[a-z0-9.-]*[a-z0-9]"_s);
        for (const QRegularExpressionMatch &m : flagWord.globalMatch(advice))
            QVERIFY2(isRealFlag(m.captured()), qPrintable(m.captured() + u" in "_s + advice));
        static const QRegularExpression variableWord(u"\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b"_s);
        for (const QRegularExpressionMatch &m : variableWord.globalMatch(advice))
            QVERIFY2(isRealVariable(m.captured()), qPrintable(m.captured() + u" in "_s + advice));
        QVERIFY2(!advice.contains(u'“'), qPrintable(advice)); // a wizard field
    }

    void noFixNoAdvice()
    {
        QVERIFY(CliErrorText::advice(SettingFix::None).isEmpty());
        QCOMPARE(CliErrorText::withAdvice(u"Canceled."_s, SettingFix::None), u"Canceled."_s);
    }

    // The whole sentence of a v2 error, as `ttn-lw-migrate` prints it.
    void v2Sentences()
    {
        V2ErrorSubject subject;
        subject.server = u"http://127.0.0.1:8084"_s;
        subject.appId = u"my-app"_s;
        const V2Error noServer = V2ErrorMapper::make(
            V2ErrorKind::ConnectionFailed, subject, 0, V2ErrorDetail::NoServerAddress);
        QCOMPARE(CliErrorText::sentence(noServer),
            u"No v2 server address is set. Give the handler's address with "
            "--ttnv2.handler-address or a discovery server with "
            "--ttnv2.discovery-server-address."_s);
        const V2Error wrongRegion
            = V2ErrorMapper::make(V2ErrorKind::ApplicationNotFound, subject, 404);
        QCOMPARE(CliErrorText::sentence(wrongRegion),
            u"Application “my-app” is not registered on the v2 handler http://127.0.0.1:8084 "
            "(wrong handler or region). Check the application ID, or give the handler of the "
            "application's region with --ttnv2.handler-address."_s);
        const V2Error unauthenticated
            = V2ErrorMapper::make(V2ErrorKind::Unauthenticated, subject, 401);
        QCOMPARE(CliErrorText::sentence(unauthenticated), unauthenticated.message);
    }

    void ttsSentences()
    {
        QCOMPARE(CliErrorText::withAdvice(
                     u"The API key is not valid (or expired)."_s, SettingFix::CheckTtsApiKey),
            u"The API key is not valid (or expired). Check --tts.api-key (TTS_API_KEY)."_s);
        // The source's errors name the source's flags, never the target's.
        QCOMPARE(CliErrorText::withAdvice(
                     u"The API key is not valid (or expired)."_s, SettingFix::CheckTtsSourceApiKey),
            u"The API key is not valid (or expired). Check --tts.app-api-key "
            "(TTS_APP_API_KEY)."_s);
    }
};

QTEST_GUILESS_MAIN(TstCliErrorText)
#include "tst_clierrortext.moc"

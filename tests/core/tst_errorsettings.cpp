// The core's error sentences are face-neutral: every v2 and TTS error says what is wrong without
// naming a command line flag, an environment variable or a wizard field, and where the user has
// to change a setting, the error names which one (SettingFix) for the face to word.
// tests/cli/tst_clierrortext and tests/wizard/tst_wizarderrortext check the faces' words.
#include "tts/ttserrortext.h"
#include "v2/v2errortext.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// The last enumerators: a kind or detail added after them must be added here too.
constexpr int kLastKind = int(V2ErrorKind::Canceled);
constexpr int kLastDetail = int(V2ErrorDetail::CaCertUnreadable);

// What only one face can speak: a flag ("--ttnv2.handler-address"), a variable
// ("TTNV2_CA_CERT", "TTS_API_KEY") or a quoted field label ("“Handler URL”").
const QRegularExpression &faceWords()
{
    static const QRegularExpression words(
        u"(^|[\\s(])--[a-z]|TTNV2_|TTS_[A-Z]|FREQUENCY_PLAN_ID|“(Where|Handler URL|Discovery "
        "server URL|CA certificate|API key|Application ID|Identity Server|Cluster|Server "
        "address)"_s);
    return words;
}

V2ErrorSubject subject(bool discovery, const QString &server = u"http://127.0.0.1:8084"_s)
{
    V2ErrorSubject s;
    s.server = server;
    s.appId = u"my-app"_s;
    s.deviceId = u"dev-1"_s;
    s.discovery = discovery;
    return s;
}

QByteArray ttsBody(const char *ns, const char *name, const char *attributes = "{}")
{
    return QByteArray(R"({"code":7,"message":"m","details":[{"namespace":")") + ns + R"(","name":")"
        + name + R"(","attributes":)" + attributes + "}]}";
}

} // namespace

class TstErrorSettings : public QObject
{
    Q_OBJECT
private slots:
    void everyV2Sentence_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("detail");
        QTest::addColumn<bool>("discovery");
        QTest::addColumn<QString>("server");
        for (int kind = int(V2ErrorKind::None) + 1; kind <= kLastKind; ++kind) {
            for (int detail = 0; detail <= kLastDetail; ++detail) {
                for (const bool discovery : { false, true }) {
                    for (const QString &server :
                        { u"http://127.0.0.1:8084"_s, u"http://eu.thethings.network:8084"_s }) {
                        QTest::addRow("kind %d detail %d%s %s", kind, detail,
                            discovery ? " discovery" : "", qPrintable(server))
                            << kind << detail << discovery << server;
                    }
                }
            }
        }
    }

    void everyV2Sentence()
    {
        QFETCH(int, kind);
        QFETCH(int, detail);
        QFETCH(bool, discovery);
        QFETCH(QString, server);
        const V2ErrorSubject s = subject(discovery, server);
        const QString sentence = V2ErrorText::sentence(
            V2ErrorKind(kind), 503, s, V2ErrorDetail(detail), u"extra text"_s);
        QVERIFY2(!sentence.isEmpty(), "every error has a sentence");
        QVERIFY2(!sentence.contains(faceWords()), qPrintable(sentence));
        // The sentence says what is wrong; a fix adds one more sentence after it.
        const SettingFix fix = V2ErrorText::fix(V2ErrorKind(kind), s, V2ErrorDetail(detail));
        if (fix != SettingFix::None)
            QVERIFY2(sentence.endsWith(u'.') || sentence.endsWith(u')'), qPrintable(sentence));
    }

    // Which setting each v2 error asks the user to change (the faces word it).
    void v2Fixes()
    {
        using K = V2ErrorKind;
        using D = V2ErrorDetail;
        const auto fix = [](K kind, D detail, bool discovery = false,
                             const QString &server = u"http://127.0.0.1:8084"_s) {
            return V2ErrorText::fix(kind, subject(discovery, server), detail);
        };
        QCOMPARE(fix(K::ConnectionFailed, D::NoServerAddress), SettingFix::GiveV2Location);
        QCOMPARE(fix(K::ConnectionFailed, D::ConnectionRefused, true),
            SettingFix::CheckDiscoveryAddress);
        QCOMPARE(fix(K::ConnectionFailed, D::ConnectionRefused), SettingFix::None);
        QCOMPARE(fix(K::ConnectionFailed, D::HostNotFound, true), SettingFix::None);
        QCOMPARE(
            fix(K::ApplicationNotFound, D::NotAnnounced, true), SettingFix::GiveAnnouncingHandler);
        QCOMPARE(fix(K::ApplicationNotFound, D::None), SettingFix::GiveRegionHandler);
        QCOMPARE(fix(K::Tls, D::None), SettingFix::GivePrivateCa);
        QCOMPARE(fix(K::Tls, D::CaCertUnreadable), SettingFix::GiveReadableCaFile);
        QCOMPARE(fix(K::Timeout, D::None, false, u"http://eu.thethings.network:8084"_s),
            SettingFix::LeaveRetiredV2Server);
        QCOMPARE(fix(K::Unauthenticated, D::None), SettingFix::None);
        QCOMPARE(fix(K::NotFound, D::None), SettingFix::None);
    }

    // Every TTS error of tts-import.md §5 that asks for a setting, and some that do not.
    void ttsSentences_data()
    {
        QTest::addColumn<TtsError>("error");
        QTest::addColumn<int>("fix");
        QTest::newRow("401") << TtsError::fromHttp(401, {}) << int(SettingFix::CheckTtsApiKey);
        QTest::newRow("not a key") << TtsError::fromHttp(400, ttsBody("pkg/auth", "token"))
                                   << int(SettingFix::CheckTtsApiKey);
        QTest::newRow("no rights")
            << TtsError::fromHttp(403, ttsBody("pkg/auth/rights", "no_application_rights"))
            << int(SettingFix::CheckTtsApplicationAndKey);
        QTest::newRow("missing rights") << TtsError::fromHttp(403,
            ttsBody("pkg/auth/rights", "insufficient_application_rights",
                R"({"missing":["RIGHT_APPLICATION_DEVICES_WRITE"]})"))
                                        << int(SettingFix::UseTtsKeyWithRights);
        QTest::newRow("refused") << TtsError::transport(
            TtsErrorKind::ConnectionFailed, u"Connection refused"_s)
                                 << int(SettingFix::CheckTtsAddress);
        QTest::newRow("reset") << TtsError::transport(TtsErrorKind::ConnectionFailed, u"reset"_s,
            true) << int(SettingFix::None);
        QTest::newRow("not TTS") << TtsError::transport(TtsErrorKind::BadResponse, u"not JSON"_s)
                                 << int(SettingFix::CheckTtsAddressIsTts);
        QTest::newRow("timeout") << TtsError::transport(TtsErrorKind::Timeout, {})
                                 << int(SettingFix::None);
        QTest::newRow("TLS") << TtsError::transport(TtsErrorKind::Tls, u"bad certificate"_s)
                             << int(SettingFix::None);
        QTest::newRow("ID taken") << TtsError::fromHttp(409, ttsBody("pkg/util/store", "id_taken"))
                                  << int(SettingFix::None);
        QTest::newRow("503") << TtsError::fromHttp(503, {}) << int(SettingFix::None);
    }

    void ttsSentences()
    {
        QFETCH(TtsError, error);
        QFETCH(int, fix);
        const QString sentence
            = TtsErrorText::sentence(error, { u"https://tts.example"_s, u"my-app"_s, u"dev-1"_s });
        QVERIFY2(!sentence.isEmpty(), "every error has a sentence");
        QVERIFY2(!sentence.contains(faceWords()), qPrintable(sentence));
        QCOMPARE(int(TtsErrorText::fix(error)), fix);
        QVERIFY(!TtsErrorText::noAccess(u"my-app"_s).contains(faceWords()));
        QVERIFY(!TtsErrorText::missingRights({ u"RIGHT_APPLICATION_DEVICES_WRITE"_s })
                     .contains(faceWords()));
    }

    // A request to the source deployment names the source's settings, never the target's.
    void ttsSourceSide()
    {
        const TtsError unauthenticated = TtsError::fromHttp(401, {});
        QCOMPARE(
            TtsErrorText::fix(unauthenticated, TtsSide::Source), SettingFix::CheckTtsSourceApiKey);
        QCOMPARE(TtsErrorText::fix(unauthenticated), SettingFix::CheckTtsApiKey);
        const TtsError refused = TtsError::transport(TtsErrorKind::ConnectionFailed, u"refused"_s);
        QCOMPARE(TtsErrorText::fix(refused, TtsSide::Source), SettingFix::CheckTtsSourceAddress);
        QCOMPARE(SettingFixes::settings(SettingFix::CheckTtsSourceApplicationAndKey),
            QList<Setting>({ Setting::TtsSourceApplicationId, Setting::TtsSourceApiKey }));
    }

    // Every fix names at least one setting, so every face has something to name.
    void everyFixNamesASetting()
    {
        QCOMPARE(int(SettingFixes::all().size()), int(SettingFix::UseTtsSourceKeyWithRights));
        QVERIFY(SettingFixes::settings(SettingFix::None).isEmpty());
        for (const SettingFix fix : SettingFixes::all() + SettingFixes::chirpStack())
            QVERIFY2(!SettingFixes::settings(fix).isEmpty(), qPrintable(QString::number(int(fix))));
        QCOMPARE(SettingFixes::chirpStack().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TstErrorSettings)
#include "tst_errorsettings.moc"

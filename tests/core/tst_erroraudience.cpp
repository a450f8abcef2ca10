// Every v2 error sentence for each of its readers: the wizard's never names a command line flag
// or environment variable (a wizard user cannot pass one), and where the command line's names a
// flag, the wizard's names the field instead.
#include "v2/v2errortext.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// The last enumerators: a kind or detail added after them must be added here too.
constexpr int kLastKind = int(V2ErrorKind::Canceled);
constexpr int kLastDetail = int(V2ErrorDetail::CaCertUnreadable);

// What only a command line reader can act on: "--ttnv2.handler-address", "TTNV2_CA_CERT".
const QRegularExpression &commandLineWords()
{
    static const QRegularExpression words(u"(^|[\\s(])--[a-z]|TTNV2_|FREQUENCY_PLAN_ID"_s);
    return words;
}

// The labels of the wizard's connect page that a sentence may point to.
const QStringList &wizardFields()
{
    static const QStringList fields { u"“Where v2 runs”"_s, u"“Handler URL”"_s,
        u"“Discovery server URL”"_s, u"“CA certificate”"_s };
    return fields;
}

QString sentence(int kind, int detail, bool discovery, ErrorAudience audience)
{
    V2ErrorSubject subject;
    subject.server = u"http://127.0.0.1:8084"_s;
    subject.appId = u"my-app"_s;
    subject.deviceId = u"dev-1"_s;
    subject.discovery = discovery;
    subject.audience = audience;
    return V2ErrorText::sentence(
        V2ErrorKind(kind), 503, subject, V2ErrorDetail(detail), u"extra text"_s);
}

} // namespace

class TstErrorAudience : public QObject
{
    Q_OBJECT
private slots:
    void everySentence_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("detail");
        QTest::addColumn<bool>("discovery");
        for (int kind = int(V2ErrorKind::None) + 1; kind <= kLastKind; ++kind) {
            for (int detail = 0; detail <= kLastDetail; ++detail) {
                for (const bool discovery : { false, true }) {
                    QTest::addRow(
                        "kind %d detail %d%s", kind, detail, discovery ? " discovery" : "")
                        << kind << detail << discovery;
                }
            }
        }
    }

    void everySentence()
    {
        QFETCH(int, kind);
        QFETCH(int, detail);
        QFETCH(bool, discovery);
        const QString wizard = sentence(kind, detail, discovery, ErrorAudience::Wizard);
        const QString cli = sentence(kind, detail, discovery, ErrorAudience::CommandLine);
        QVERIFY2(!wizard.isEmpty() && !cli.isEmpty(), "every error has a sentence");
        QVERIFY2(!wizard.contains(commandLineWords()), qPrintable(wizard));
        // A sentence that sends the command line user to a flag sends the wizard user to a
        // field, and otherwise both say the same.
        if (cli.contains(commandLineWords())) {
            const bool namesField = std::any_of(wizardFields().cbegin(), wizardFields().cend(),
                [&wizard](const QString &field) { return wizard.contains(field); });
            QVERIFY2(namesField, qPrintable(cli + u" → "_s + wizard));
        }
        for (const QString &field : wizardFields())
            QVERIFY2(!cli.contains(field), qPrintable(cli));
    }

    void theFlagsTheCommandLineNames()
    {
        using K = V2ErrorKind;
        using D = V2ErrorDetail;
        const auto cli = [](K kind, D detail, bool discovery = false) {
            return sentence(int(kind), int(detail), discovery, ErrorAudience::CommandLine);
        };
        QVERIFY(
            cli(K::ConnectionFailed, D::NoServerAddress).contains(u"--ttnv2.handler-address"_s));
        QVERIFY(cli(K::ApplicationNotFound, D::None).contains(u"--ttnv2.handler-address"_s));
        QVERIFY(cli(K::Tls, D::None).contains(u"--ttnv2.ca-cert"_s));
        QVERIFY(cli(K::Tls, D::CaCertUnreadable).contains(u"--ttnv2.ca-cert"_s));
        QVERIFY(cli(K::ConnectionFailed, D::ConnectionRefused, true)
                    .contains(u"--ttnv2.discovery-server-address"_s));
    }
};

QTEST_GUILESS_MAIN(TstErrorAudience)
#include "tst_erroraudience.moc"

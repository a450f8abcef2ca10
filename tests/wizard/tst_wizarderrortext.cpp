// The wizard's words for every error that asks the user to change a setting: the advice names
// a field of that setting, and every field it names (“…”) is a label on the real form: the
// connect page for v2, the connection form for The Things Stack, ChirpStack's form for
// ChirpStack. No flag or variable appears.
#include "pages/connectpage.h"
#include "session/migrationsession.h"
#include "v2/v2errormapper.h"
#include "validation/wizarderrortext.h"
#include "widgets/chirpstackconnectionform.h"
#include "widgets/ttsconnectionform.h"

#include <QComboBox>
#include <QLabel>
#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SettingFix)

namespace {

// "&Where v2 runs:" → "Where v2 runs".
QString shownLabel(const QLabel *label)
{
    QString text = label->text();
    text.remove(QRegularExpression(u"&(?=[^&])"_s));
    text.replace(u"&&"_s, u"&"_s);
    if (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

void collectLabels(const QWidget *form, QSet<QString> *labels)
{
    const QList<QLabel *> children = form->findChildren<QLabel *>();
    for (const QLabel *label : children)
        labels->insert(shownLabel(label));
}

bool isChirpStackSetting(Setting setting)
{
    switch (setting) {
    case Setting::ChirpStackApiUrl:
    case Setting::ChirpStackApiKey:
    case Setting::ChirpStackCaCert:
    case Setting::ChirpStackTenantId:
        return true;
    default:
        return false;
    }
}

bool isV2Setting(Setting setting)
{
    switch (setting) {
    case Setting::V2Location:
    case Setting::V2HandlerAddress:
    case Setting::V2DiscoveryAddress:
    case Setting::V2CaFile:
        return true;
    default:
        return false;
    }
}

} // namespace

class TstWizardErrorText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The connect page's address label follows the preset ("Handler URL", "Discovery
        // server URL"): every preset's label counts.
        MigrationSession session;
        ConnectPage page(&session);
        auto *preset = page.findChild<QComboBox *>(u"addressPresetCombo"_s);
        QVERIFY(preset);
        for (int i = 0; i < preset->count(); ++i) {
            preset->setCurrentIndex(i);
            collectLabels(&page, &m_v2Labels);
        }
        TtsConnectionForm form;
        collectLabels(&form, &m_ttsLabels);
        QVERIFY(m_v2Labels.contains(u"Handler URL"_s));
        QVERIFY(m_v2Labels.contains(u"Discovery server URL"_s));
        QVERIFY(m_ttsLabels.contains(u"API key"_s));
        ChirpStackConnectionForm chirpStack;
        collectLabels(&chirpStack, &m_chirpStackLabels);
        QVERIFY(m_chirpStackLabels.contains(u"ChirpStack server"_s));
    }

    void everyFix_data()
    {
        QTest::addColumn<SettingFix>("fix");
        for (const SettingFix fix : SettingFixes::all() + SettingFixes::chirpStack())
            QTest::addRow("fix %d", int(fix)) << fix;
    }

    void everyFix()
    {
        QFETCH(SettingFix, fix);
        const QString advice = WizardErrorText::advice(fix);
        QVERIFY(!advice.isEmpty());
        const QList<Setting> settings = SettingFixes::settings(fix);
        const QSet<QString> &formLabels = isV2Setting(settings.constFirst())
            ? m_v2Labels
            : (isChirpStackSetting(settings.constFirst()) ? m_chirpStackLabels : m_ttsLabels);
        for (const Setting setting : settings) {
            const QStringList labels = WizardErrorText::labels(setting);
            QVERIFY(!labels.isEmpty());
            for (const QString &label : labels)
                QVERIFY2(formLabels.contains(label), qPrintable(label));
            const bool named = std::any_of(labels.cbegin(), labels.cend(),
                [&advice](const QString &label) { return advice.contains(u"“%1”"_s.arg(label)); });
            QVERIFY2(named, qPrintable(advice));
        }
        static const QRegularExpression quoted(u"“([^”]*)”"_s);
        for (const QRegularExpressionMatch &m : quoted.globalMatch(advice))
            QVERIFY2(
                formLabels.contains(m.captured(1)), qPrintable(m.captured(1) + u" in "_s + advice));
        static const QRegularExpression commandLine(
            u"(^|[\\s(])--[a-z]|\\b[A-Z0-9]+_[A-Z0-9_]+\\b"_s);
        QVERIFY2(!advice.contains(commandLine), qPrintable(advice));
    }

    // The whole sentence of a v2 error, as the connect page shows it.
    void v2Sentences()
    {
        V2ErrorSubject subject;
        subject.server = u"http://eu.thethings.network:8084"_s;
        subject.appId = u"my-app"_s;
        const V2Error retired = V2ErrorMapper::make(
            V2ErrorKind::ConnectionFailed, subject, 0, V2ErrorDetail::HostNotFound);
        QCOMPARE(WizardErrorText::sentence(retired),
            u"The public TTN v2 server http://eu.thethings.network:8084 was shut down in December "
            "2021 and no longer answers. Under “Where v2 runs”, choose the handler or discovery "
            "server of the private v2 deployment that holds your devices."_s);
    }

    // “Server address” fields never existed: the form has “Identity Server” and “Cluster”.
    void ttsAddressNamesTheFormsFields()
    {
        const QString advice = WizardErrorText::advice(SettingFix::CheckTtsAddress);
        QVERIFY2(advice.contains(u"“Identity Server”"_s) && advice.contains(u"“Cluster”"_s),
            qPrintable(advice));
        QVERIFY(!advice.contains(u"Server address"_s));
    }

private:
    QSet<QString> m_v2Labels;
    QSet<QString> m_ttsLabels;
    QSet<QString> m_chirpStackLabels;
};

QTEST_MAIN(TstWizardErrorText)
#include "tst_wizarderrortext.moc"

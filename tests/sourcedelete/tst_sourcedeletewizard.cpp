// The next-steps page's "Delete ABP devices from TTN v2…" panel (#17 item 6) against a
// V2Emulator and a TtsEmulator target, through the MessageBox seam: "Check" counts the devices
// TTS has seen; No deletes nothing; Yes deletes the seen one only and lists both; "Re-create in
// TTN v2…" puts it back with its counters.
#include "sourcedeletetestsupport.h"
#include "util/translations.h"
#include "widgets/inlinemessage.h"
#include "widgets/messagebox.h"
#include "widgets/sourcedeletepanel.h"
#include "wizardtestsupport.h"

#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sdtest;

class TstSourceDeleteWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void v2PanelChecksDeletesAndRecreates();
    void ttsPanelAsksBeforeDeletingForGood();

private:
    QTemporaryDir m_dir;
};

void TstSourceDeleteWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install();
    WizardTestSupport::useThrowawaySettings(m_dir);
}

void TstSourceDeleteWizard::v2PanelChecksDeletesAndRecreates()
{
    V2Emulator v2;
    setUpV2(v2, 2);
    TtsEmulator target;
    setUpTarget(target);
    for (int n = 1; n <= 2; ++n)
        target.addDevice(kTargetApp, QJsonObject { { u"ids"_s, exportedAbp(n).value(u"ids"_s) } },
            { TtsServer::Identity });
    target.markSeen(kTargetApp, v3Id(1), false);
    const QString file = m_dir.filePath(u"devices.json"_s);
    writeLines(file, { exportedAbp(1), exportedAbp(2) });

    V2Connection source;
    source.appId = kV2App;
    source.accessKey = kV2Key;
    source.handlerUrl = v2.handlerUrl();
    source.requestsPerSecond = 0;
    TtsConnection to;
    to.identityServerUrl = target.baseUrl();
    to.applicationId = kTargetApp;
    to.apiKey = kTargetKey;

    SourceDeletePanel panel(SourceDeletePanel::Kind::V2Abp);
    panel.setContext(source, {}, to, { file });
    panel.show();
    auto *check = panel.findChild<QPushButton *>(u"v2AbpDeleteCheckButton"_s);
    auto *remove = panel.findChild<QPushButton *>(u"v2AbpDeleteButton"_s);
    auto *undo = panel.findChild<QPushButton *>(u"v2AbpDeleteUndoButton"_s);
    auto *status = panel.findChild<InlineMessage *>(u"v2AbpDeleteStatus"_s);
    auto *results = panel.findChild<QListWidget *>(u"v2AbpDeleteResults"_s);
    QVERIFY(check && remove && undo && status && results);

    check->click();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning() && status->kind() == InlineMessage::Kind::Info
            && status->text().contains(u"qualify now"_s),
        20000);
    QVERIFY2(status->text().startsWith(u"1 "_s), qPrintable(status->text()));

    MessageBox::setNextAnswer(QMessageBox::No);
    remove->click();
    QTRY_VERIFY_WITH_TIMEOUT(MessageBox::lastText().contains(u"ABP device"_s), 20000);
    QTRY_VERIFY(!panel.isRunning());
    QCOMPARE(v2.deviceCount(kV2App), 2);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    remove->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        !panel.isRunning() && status->kind() == InlineMessage::Kind::Warning, 20000);
    QVERIFY(v2.device(kV2App, v2Id(1)).isEmpty());
    QVERIFY(!v2.device(kV2App, v2Id(2)).isEmpty());
    QCOMPARE(results->count(), 2);

    undo->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        !panel.isRunning() && status->kind() == InlineMessage::Kind::Success, 20000);
    QCOMPARE(v2.device(kV2App, v2Id(1))
                 .value(u"lorawan_device"_s)
                 .toObject()
                 .value(u"f_cnt_up"_s)
                 .toInt(),
        1001);
}

void TstSourceDeleteWizard::ttsPanelAsksBeforeDeletingForGood()
{
    TtsEmulator source;
    QVERIFY(source.listen());
    source.addApplication(kSourceApp);
    source.addApiKey(kSourceKey, kSourceApp, { u"RIGHT_APPLICATION_ALL"_s });
    source.addDevice(kSourceApp, ttsDevice(kSourceApp, 1),
        { TtsServer::Identity, TtsServer::Join, TtsServer::Network, TtsServer::Application });
    TtsEmulator target;
    setUpTarget(target);
    target.addDevice(kTargetApp, ttsDevice(kTargetApp, 1), { TtsServer::Identity });
    target.markSeen(kTargetApp, u"otaa-1"_s, true);
    const QString file = m_dir.filePath(u"tts-devices.json"_s);
    writeLines(file, { ttsDevice(kTargetApp, 1) });
    TtsConnection from;
    from.identityServerUrl = source.baseUrl();
    from.applicationId = kSourceApp;
    from.apiKey = kSourceKey;
    TtsConnection to;
    to.identityServerUrl = target.baseUrl();
    to.applicationId = kTargetApp;
    to.apiKey = kTargetKey;

    SourceDeletePanel panel(SourceDeletePanel::Kind::Tts);
    panel.setContext({}, from, to, { file });
    panel.show();
    auto *remove = panel.findChild<QPushButton *>(u"ttsSourceDeleteButton"_s);
    auto *undo = panel.findChild<QPushButton *>(u"ttsSourceDeleteUndoButton"_s);
    QVERIFY(remove && undo);
    QVERIFY(undo->isHidden()); // no undo at a TTS source
    MessageBox::setNextAnswer(QMessageBox::No);
    remove->click();
    QTRY_VERIFY_WITH_TIMEOUT(MessageBox::lastText().contains(u"cannot be undone"_s), 20000);
    QTRY_VERIFY(!panel.isRunning());
    QVERIFY(!source.device(TtsServer::Identity, kSourceApp, u"otaa-1"_s).isEmpty());
    int deletes = 0;
    for (const TtsEmulatorRequest &request : source.requests())
        deletes += request.method == u"DELETE" ? 1 : 0;
    QCOMPARE(deletes, 0);
}

QTEST_MAIN(TstSourceDeleteWizard)
#include "tst_sourcedeletewizard.moc"

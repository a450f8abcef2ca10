// Page-level behaviour without a server: Next is disabled with the reason shown next to it
// for every invalid input, settings are restored and never hold the key, inputs are
// reachable by keyboard and named for screen readers.

#include "migrationwizard.h"
#include "pages/connectpage.h"
#include "pages/devicespage.h"
#include "pages/optionspage.h"
#include "startup/demosession.h"
#include "v2emulator.h"
#include "widgets/frequencyplanpicker.h"
#include "widgets/inlinemessage.h"
#include "widgets/messagebox.h"
#include "wizarddriver.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestWizardPages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MigrationWizard> m_wizard;

    template <typename T> T *find(const QString &name) const
    {
        T *widget = m_wizard->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }

    QLabel *reasonLabel() const
    {
        return m_wizard->currentPage()->findChild<QLabel *>(u"blockingReason"_s);
    }

    bool nextEnabled() const { return m_wizard->button(QWizard::NextButton)->isEnabled(); }

    void fillValidConnection()
    {
        find<QLineEdit>(u"appIdEdit"_s)->setText(u"my-app"_s);
        find<QLineEdit>(u"accessKeyEdit"_s)->setText(u"ttn-account-v2.secret-key-value"_s);
        // Fresh settings start at a custom handler with no address (a private cluster's).
        auto *address = find<QLineEdit>(u"addressEdit"_s);
        if (!address->isReadOnly() && address->text().trimmed().isEmpty())
            address->setText(u"http://handler.example.com:8084"_s);
    }

    void openWizard()
    {
        m_wizard = std::make_unique<MigrationWizard>();
        m_wizard->show();
    }

private slots:
    void init()
    {
        // Every test starts from fresh, empty settings.
        m_dir = std::make_unique<QTemporaryDir>();
        WizardTestSupport::useThrowawaySettings(*m_dir);
    }

    void cleanup() { m_wizard.reset(); }

    void connectPageExplainsWhatIsMissing_data()
    {
        QTest::addColumn<QString>("appId");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty app") << QString() << u"k.key"_s << QString() << u"application ID"_s;
        QTest::newRow("bad app") << u"My App"_s << u"k.key"_s << QString() << u"not a TTN v2"_s;
        QTest::newRow("upper app") << u"My-App"_s << u"k.key"_s << QString() << u"my-app"_s;
        QTest::newRow("empty key") << u"my-app"_s << QString() << QString() << u"access key"_s;
        QTest::newRow("no scheme")
            << u"my-app"_s << u"k.key"_s << u"eu.example.com:8084"_s << u"http://"_s;
        QTest::newRow("empty url") << u"my-app"_s << u"k.key"_s << u" "_s << u"handler address"_s;
    }

    void connectPageExplainsWhatIsMissing()
    {
        QFETCH(QString, appId);
        QFETCH(QString, key);
        QFETCH(QString, url);
        QFETCH(QString, reasonPart);
        openWizard();
        find<QLineEdit>(u"appIdEdit"_s)->setText(appId);
        find<QLineEdit>(u"accessKeyEdit"_s)->setText(key);
        if (!url.isEmpty()) {
            auto *preset = find<QComboBox>(u"addressPresetCombo"_s);
            preset->setCurrentIndex(preset->findText(u"Custom handler…"_s));
            QVERIFY(!find<QLineEdit>(u"addressEdit"_s)->isReadOnly());
            find<QLineEdit>(u"addressEdit"_s)->setText(url);
        } else {
            find<QLineEdit>(u"addressEdit"_s)->setText(u"http://handler.example.com:8084"_s);
        }
        QVERIFY(!nextEnabled());
        QVERIFY(!reasonLabel()->isHidden());
        QVERIFY2(reasonLabel()->text().contains(reasonPart), qPrintable(reasonLabel()->text()));

        fillValidConnection();
        if (!url.isEmpty())
            find<QLineEdit>(u"addressEdit"_s)->setText(u"http://eu.example.com:8084"_s);
        QVERIFY2(nextEnabled(), qPrintable(reasonLabel()->text()));
        QVERIFY(reasonLabel()->isHidden());
    }

    void unknownFrequencyPlanBlocksNext()
    {
        WizardSettings::instance().setFrequencyPlanId(u"MARS_433"_s);
        openWizard();
        fillValidConnection();
        QVERIFY(!nextEnabled());
        QVERIFY(reasonLabel()->text().contains(u"frequency plan"_s));
        find<FrequencyPlanPicker>(u"planPicker"_s)->setCurrentPlanId(u"US_902_928_FSB_2"_s);
        QVERIFY(nextEnabled());
        QCOMPARE(m_wizard->session()->options().frequencyPlanId, u"US_902_928_FSB_2"_s);
    }

    void frequencyPlanFilterKeepsChoice()
    {
        openWizard();
        auto *filter = find<QLineEdit>(u"planFilterEdit"_s);
        filter->setText(u"AS_923"_s);
        QCOMPARE(
            m_wizard->session()->options().frequencyPlanId, u"EU_863_870_TTN"_s); // the default
        filter->clear();
        QVERIFY(find<QLabel>(u"selectedPlanLabel"_s)->text().contains(u"EU_863_870_TTN"_s));
    }

    void addressPresetsChooseHandlerOrDiscovery()
    {
        openWizard();
        auto *preset = find<QComboBox>(u"addressPresetCombo"_s);
        auto *address = find<QLineEdit>(u"addressEdit"_s);
        // Fresh settings: a custom handler with an empty address, not a shut-down server that
        // looks ready to use; Next waits for the address.
        find<QLineEdit>(u"appIdEdit"_s)->setText(u"my-app"_s);
        find<QLineEdit>(u"accessKeyEdit"_s)->setText(u"ttn-account-v2.secret-key-value"_s);
        QCOMPARE(preset->currentText(), u"Custom handler…"_s);
        QVERIFY(!address->isReadOnly());
        QVERIFY(address->text().isEmpty());
        QVERIFY(!nextEnabled());
        QVERIFY2(reasonLabel()->text().contains(u"handler address"_s),
            qPrintable(reasonLabel()->text()));
        preset->setCurrentIndex(preset->findText(u"TTN v2 EU handler (shut down in 2021)"_s));
        QCOMPARE(m_wizard->session()->connection().handlerUrl,
            QUrl(u"http://eu.thethings.network:8084"_s));
        QVERIFY(address->isReadOnly());
        preset->setCurrentIndex(preset->findText(u"TTN v2 discovery server (shut down in 2021)"_s));
        QVERIFY(m_wizard->session()->connection().handlerUrl.isEmpty());
        QCOMPARE(m_wizard->session()->connection().discoveryUrl,
            QUrl(u"http://discovery.thethingsnetwork.org:8080"_s));
        preset->setCurrentIndex(preset->findText(u"Custom discovery server…"_s));
        address->setText(u"https://discovery.example.com:8080"_s);
        QCOMPARE(m_wizard->session()->connection().discoveryUrl,
            QUrl(u"https://discovery.example.com:8080"_s));
    }

    void showKeyTogglesEcho()
    {
        openWizard();
        auto *key = find<QLineEdit>(u"accessKeyEdit"_s);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        find<QAction>(u"showKeyAction"_s)->trigger();
        QCOMPARE(key->echoMode(), QLineEdit::Normal);
        find<QAction>(u"showKeyAction"_s)->trigger();
        QCOMPARE(key->echoMode(), QLineEdit::Password);
    }

    void settingsAreRestoredButNeverTheKey()
    {
        openWizard();
        fillValidConnection();
        auto *preset = find<QComboBox>(u"addressPresetCombo"_s);
        preset->setCurrentIndex(preset->findText(u"Custom handler…"_s));
        find<QLineEdit>(u"addressEdit"_s)->setText(u"http://handler.example.com:8084"_s);
        QVERIFY(nextEnabled());
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(MigrationWizard::DevicesPageId));
        m_wizard.reset();
        WizardSettings::instance().sync();

        QFile ini(m_dir->filePath(u"settings.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray stored = ini.readAll();
        QVERIFY(stored.contains("my-app"));
        QVERIFY(!stored.contains("secret-key-value"));

        openWizard();
        QCOMPARE(find<QLineEdit>(u"appIdEdit"_s)->text(), u"my-app"_s);
        QVERIFY(find<QLineEdit>(u"accessKeyEdit"_s)->text().isEmpty());
        QCOMPARE(find<QComboBox>(u"addressPresetCombo"_s)->currentText(), u"Custom handler…"_s);
        QCOMPARE(m_wizard->session()->connection().handlerUrl,
            QUrl(u"http://handler.example.com:8084"_s));
        QVERIFY(!nextEnabled()); // the key must be typed again
    }

    void devicesPageNeedsDevices()
    {
        openWizard();
        fillValidConnection();
        m_wizard->next();
        DevicesPage *page = pageOf<DevicesPage>(*m_wizard);
        QVERIFY(nextEnabled()); // the whole application needs no listing
        QCOMPARE(m_wizard->session()->scope(), ExportScope::Application);

        page->setChoice(DevicesPage::Choice::OneDevice);
        QVERIFY(!nextEnabled());
        QVERIFY(reasonLabel()->text().contains(u"device"_s));
        find<QLineEdit>(u"deviceIdEdit"_s)->setText(u" sensor-1 "_s);
        QVERIFY(nextEnabled());
        QCOMPARE(m_wizard->session()->scope(), ExportScope::SingleDevice);
        QCOMPARE(m_wizard->session()->selectedDeviceIds(), QStringList { u"sensor-1"_s });

        page->setChoice(DevicesPage::Choice::DeviceList);
        find<QPlainTextEdit>(u"deviceListEdit"_s)->setPlainText(u"# only a comment\n\n"_s);
        QVERIFY(QTest::qWaitFor([page] { return !page->isParsingList(); }));
        QVERIFY(!nextEnabled());
        find<QPlainTextEdit>(u"deviceListEdit"_s)
            ->setPlainText(u"sensor-1\r\nsensor-2\nsensor-1\nNot Valid\n"_s);
        QVERIFY(QTest::qWaitFor([page] { return !page->isParsingList(); }));
        QVERIFY(nextEnabled());
        QCOMPARE(m_wizard->session()->scope(), ExportScope::DeviceList);
        QCOMPARE(m_wizard->session()->selectedDeviceIds(),
            (QStringList { u"sensor-1"_s, u"sensor-2"_s }));
        auto *summary = find<InlineMessage>(u"listSummary"_s);
        QCOMPARE(summary->kind(), InlineMessage::Kind::Warning); // duplicate and invalid line
    }

    void optionsPageValidatesPrefix()
    {
        openWizard();
        fillValidConnection();
        m_wizard->next();
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(MigrationWizard::OptionsPageId));
        auto *prefix = find<QLineEdit>(u"prefixEdit"_s);
        prefix->setText(u"Old_"_s);
        QVERIFY(!nextEnabled());
        QVERIFY(!reasonLabel()->text().isEmpty());
        prefix->setText(u"old"_s);
        QVERIFY(nextEnabled());
        QCOMPARE(m_wizard->session()->options().devIdPrefix, u"old"_s);
        QVERIFY(find<QLabel>(u"prefixExample"_s)->text().contains(u"old-my-sensor-01"_s));
        QVERIFY(find<InlineMessage>(u"sessionWarning"_s)->isHidden());
        pageOf<OptionsPage>(*m_wizard)->setWithSession(true);
        QVERIFY(!find<InlineMessage>(u"sessionWarning"_s)->isHidden());
        QVERIFY(m_wizard->session()->options().withSession);
    }

    void inputsHaveBuddiesAndNames()
    {
        openWizard();
        const QList<QLabel *> labels = m_wizard->findChildren<QLabel *>();
        for (const QString &name : { u"appIdEdit"_s, u"accessKeyEdit"_s, u"addressEdit"_s,
                 u"caCertEdit"_s, u"deviceIdEdit"_s, u"prefixEdit"_s }) {
            auto *edit = find<QLineEdit>(name);
            QVERIFY2(edit, qPrintable(name));
            QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(name));
            const bool hasBuddy = std::any_of(labels.begin(), labels.end(),
                [edit](QLabel *label) { return label->buddy() == edit; });
            QVERIFY2(hasBuddy, qPrintable(name));
        }
    }

    void demoFillsPageOneAndSaysSo()
    {
        openWizard();
        m_wizard->useDemo(V2Emulator::demoApplicationId(), V2Emulator::demoAccessKey(),
            QUrl(u"http://127.0.0.1:12345"_s));
        QVERIFY(m_wizard->windowTitle().contains(u"(demo)"_s));
        QVERIFY(find<QComboBox>(u"addressPresetCombo"_s)->currentText().contains(u"emulator"_s));
        QCOMPARE(m_wizard->session()->connection().handlerUrl, QUrl(u"http://127.0.0.1:12345"_s));
        QCOMPARE(m_wizard->session()->connection().appId, V2Emulator::demoApplicationId());
        QVERIFY(nextEnabled());
    }

    // The connection test shows the core's sentence, worded for the wizard: it points to the
    // page's fields, never to a command line flag.
    void connectPageSpeaksTheWizardsWords_data()
    {
        QTest::addColumn<bool>("discovery");
        QTest::addColumn<QString>("appId");
        QTest::addColumn<bool>("missingCaFile");
        QTest::addColumn<QString>("field");
        QTest::newRow("application on another handler")
            << false << u"not-on-this-handler"_s << false << u"“Where v2 runs”"_s;
        QTest::newRow("discovery server refuses")
            << true << u"my-app"_s << false << u"“Discovery server URL”"_s;
        QTest::newRow("CA file missing") << false << u"my-app"_s << true << u"“CA certificate”"_s;
    }

    void connectPageSpeaksTheWizardsWords()
    {
        QFETCH(bool, discovery);
        QFETCH(QString, appId);
        QFETCH(bool, missingCaFile);
        QFETCH(QString, field);
        V2Emulator emulator;
        emulator.loadDemo();
        emulator.addUnregisteredApplication(u"not-on-this-handler"_s, V2Emulator::demoAccessKey());
        QVERIFY(emulator.listen(QHostAddress::LocalHost, 0));
        QTcpServer closed; // a port nobody listens on any more: connections are refused
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 refusingPort = closed.serverPort();
        closed.close();

        openWizard();
        auto *preset = find<QComboBox>(u"addressPresetCombo"_s);
        preset->setCurrentIndex(
            preset->findText(discovery ? u"Custom discovery server…"_s : u"Custom handler…"_s));
        QVERIFY(preset->currentIndex() >= 0);
        find<QLineEdit>(u"addressEdit"_s)
            ->setText(discovery ? u"http://127.0.0.1:%1"_s.arg(refusingPort)
                                : emulator.handlerUrl().toString());
        find<QLineEdit>(u"appIdEdit"_s)->setText(appId);
        find<QLineEdit>(u"accessKeyEdit"_s)->setText(V2Emulator::demoAccessKey());
        if (missingCaFile)
            find<QLineEdit>(u"caCertEdit"_s)->setText(m_dir->filePath(u"missing.pem"_s));
        find<QAbstractButton>(u"testConnectionButton"_s)->click();
        auto *status = find<InlineMessage>(u"connectionStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->kind() != InlineMessage::Kind::Busy, 20000);
        QCOMPARE(status->kind(), InlineMessage::Kind::Error);
        QVERIFY2(status->text().contains(field), qPrintable(status->text()));
        QVERIFY2(!status->text().contains(u"--"_s), qPrintable(status->text()));
    }

    // --demo runs the shipped emulator as a child process, fills page 1 from the line it
    // prints, and stops it with the session.
    void demoSessionRunsTheEmulatorAsAChild()
    {
        openWizard();
        DemoSession demo;
        QString error;
        QVERIFY2(demo.start(*m_wizard, &error), qPrintable(error));
        QVERIFY(demo.isRunning());
        const V2Connection connection = m_wizard->session()->connection();
        QCOMPARE(connection.handlerUrl.host(), u"127.0.0.1"_s);
        QCOMPARE(connection.appId, V2Emulator::demoApplicationId());
        QVERIFY(m_wizard->windowTitle().contains(u"(demo)"_s));
        WizardDriver driver(*m_wizard);
        QVERIFY2(driver.testConnection(), qPrintable(driver.lastError()));

        demo.stop();
        QVERIFY(!demo.isRunning());
        QTcpSocket socket; // nothing listens there any more: refused at once
        socket.connectToHost(QHostAddress::LocalHost, quint16(connection.handlerUrl.port()));
        QVERIFY(!socket.waitForConnected(5000));
    }

    void demoSessionSaysWhyItCannotStart_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("says");
        QTest::newRow("not installed") << u"missing/ttnv2-emulator"_s << u"not installed"_s;
        QTest::newRow("never listens") << u"/bin/false"_s << u"did not start listening"_s;
    }

    void demoSessionSaysWhyItCannotStart()
    {
        QFETCH(QString, program);
        QFETCH(QString, says);
        openWizard();
        DemoSession demo;
        demo.setEmulatorProgram(program.startsWith(u'/') ? program : m_dir->filePath(program));
        QString error;
        QVERIFY(!demo.start(*m_wizard, &error, 10000));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY(!demo.isRunning());
    }

    // Even when the wizard is killed and cannot clean up, its demo emulator does not outlive it.
    void demoEmulatorDiesWithTheWizard()
    {
#ifndef Q_OS_LINUX
        QSKIP("the parent-death signal is Linux only");
#else
        QProcess wizard;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir->path()); // never the user's settings
        wizard.setProcessEnvironment(env);
        wizard.start(QStringLiteral(TTNMIG_BIN_DIR "/ttn-lw-migrate-wizard"), { u"--demo"_s });
        QVERIFY(wizard.waitForStarted(10000));
        QFile children(u"/proc/%1/task/%1/children"_s.arg(wizard.processId()));
        if (!children.exists())
            QSKIP("this kernel does not list a process's children");
        qint64 emulator = 0;
        const auto firstChild = [&children] {
            if (!children.open(QIODevice::ReadOnly))
                return qint64(0);
            const QByteArray pids = children.readAll().trimmed();
            children.close();
            return pids.split(' ').constFirst().toLongLong();
        };
        QTRY_VERIFY_WITH_TIMEOUT((emulator = firstChild()) > 0, 20000);
        wizard.kill(); // SIGKILL: no destructor runs
        QVERIFY(wizard.waitForFinished(10000));
        // The orphan gets SIGTERM from the kernel and exits (it may stay a zombie until
        // whoever adopted it reaps it).
        const auto gone = [emulator] {
            QFile stat(u"/proc/%1/stat"_s.arg(emulator));
            if (!stat.open(QIODevice::ReadOnly))
                return true;
            const QByteArray line = stat.readAll();
            const qsizetype afterName = line.lastIndexOf(')');
            return afterName > 0 && line.mid(afterName + 2, 1) == "Z";
        };
        QTRY_VERIFY_WITH_TIMEOUT(gone(), 15000);
#endif
    }

    void executableAnswersHelpWithoutDisplay()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TTNMIG_BIN_DIR "/ttn-lw-migrate-wizard"), { u"--help"_s });
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray help = process.readAllStandardOutput();
        QVERIFY(help.contains("--demo"));
        QVERIFY(!help.contains("screenshot")); // the tour option stays hidden
    }

    void messageBoxSeamAnswersWithoutShowing()
    {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QCOMPARE(MessageBox::question(nullptr, u"t"_s, u"Really?"_s), QMessageBox::Yes);
        QCOMPARE(MessageBox::lastText(), u"Really?"_s);
    }
};

QTEST_MAIN(TestWizardPages)
#include "tst_wizardpages.moc"

// A large application through the preview and the save: the window must keep responding
// (no long stall of the GUI event loop) and every device must arrive.

#include "migrationwizard.h"
#include "pages/exportpage.h"
#include "pages/previewpage.h"
#include "v2emulator.h"
#include "wizarddriver.h"
#include "wizardtestsupport.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// Measures the longest gap between ticks of a 10 ms timer: how long the GUI was frozen.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_clock.start();
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this,
            [this] { m_longest = std::max(m_longest, m_clock.restart()); });
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

int deviceCount()
{
    bool ok = false;
    const int count = qEnvironmentVariableIntValue("TTNMIG_WIZARD_LARGE_COUNT", &ok);
    return ok && count > 0 ? count : 20000;
}
} // namespace

class TestWizardLarge : public QObject
{
    Q_OBJECT

private slots:
    void largeApplicationStaysResponsive()
    {
        QTemporaryDir dir;
        WizardTestSupport::useThrowawaySettings(dir);
        const int count = deviceCount();
        // The emulator serves from its own thread, so only the wizard's work counts as a stall.
        QThread serverThread;
        QObject serverContext;
        serverContext.moveToThread(&serverThread);
        serverThread.start();
        V2Emulator *server = nullptr;
        QMetaObject::invokeMethod(
            &serverContext,
            [&server, count] {
                server = new V2Emulator;
                server->addApplication(u"large-app"_s, u"ttn-account-v2.large-key"_s);
                server->generate(u"large-app"_s, count, 7, 0.1);
                server->setRateLimit(0);
                if (!server->listen(QHostAddress::LocalHost, 0)) {
                    delete server;
                    server = nullptr;
                }
            },
            Qt::BlockingQueuedConnection);
        auto stopServer = qScopeGuard([&] {
            QMetaObject::invokeMethod(
                &serverContext, [server] { delete server; }, Qt::BlockingQueuedConnection);
            serverThread.quit();
            serverThread.wait();
        });
        QVERIFY(server);
        V2Emulator &emulator = *server;

        MigrationWizard wizard;
        wizard.useDemo(u"large-app"_s, u"ttn-account-v2.large-key"_s, emulator.handlerUrl());
        wizard.show();
        WizardDriver driver(wizard, 120000);
        QVERIFY(driver.next());
        QVERIFY(driver.chooseApplication(false));
        QVERIFY(driver.next());

        QElapsedTimer clock;
        clock.start();
        qint64 previewStall = 0;
        {
            StallMeter meter;
            QVERIFY(driver.next());
            QVERIFY2(driver.waitForPreview(), qPrintable(driver.lastError()));
            previewStall = meter.longestMs();
        }
        const qint64 previewMs = clock.restart();
        QCOMPARE(wizard.session()->outcomes().size(), count);

        QVERIFY(driver.next());
        qint64 saveStall = 0;
        {
            StallMeter meter;
            QVERIFY2(
                driver.saveTo(dir.filePath(u"devices.json"_s)), qPrintable(driver.lastError()));
            saveStall = meter.longestMs();
        }
        const qint64 saveMs = clock.elapsed();
        QVERIFY(wizard.session()->savedExport().readBack > count / 2);
        qInfo("%d devices: preview %lld ms (longest stall %lld ms), save %lld ms (longest stall "
              "%lld ms)",
            count, previewMs, previewStall, saveMs, saveStall);
        // Generous for a loaded 2-core CI machine; a frozen GUI takes seconds.
        QVERIFY2(previewStall < 1500, qPrintable(QString::number(previewStall)));
        QVERIFY2(saveStall < 1500, qPrintable(QString::number(saveStall)));
    }
};

QTEST_MAIN(TestWizardLarge)
#include "tst_wizardlarge.moc"

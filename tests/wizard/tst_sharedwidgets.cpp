// The widgets written once for every page: StopButton (Stop reachable by keyboard, the focus
// handed on and back), FocusHandOff (a run without Stop), Mnemonics (every dialog button has
// an Alt key) and SecretEdit (the reveal action toggles the echo mode, nothing logs).

#include "startup/windowfit.h"
#include "widgets/focushandoff.h"
#include "widgets/mnemonics.h"
#include "widgets/secretedit.h"
#include "widgets/stopbutton.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Every message Qt's logging sees while alive (qDebug, qInfo, qWarning, …).
class MessageCapture
{
public:
    MessageCapture()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                                const QString &message) { s_messages << message; });
    }
    ~MessageCapture() { qInstallMessageHandler(m_previous); }
    static QStringList messages() { return s_messages; }

private:
    static inline QStringList s_messages;
    QtMessageHandler m_previous;
};

// A row like the pages': the run's button, Stop, the next step, and one more button Qt would
// otherwise hand the focus to (About… in the wizard).
struct RunRow
{
    QWidget window;
    QPushButton *start = new QPushButton(u"Start"_s, &window);
    StopButton *stop = new StopButton(u"&Stop"_s, &window);
    QPushButton *next = new QPushButton(u"Next"_s, &window);
    QPushButton *about = new QPushButton(u"About"_s, &window);

    RunRow()
    {
        auto *layout = new QHBoxLayout(&window);
        for (QWidget *widget : { static_cast<QWidget *>(start), static_cast<QWidget *>(stop),
                 static_cast<QWidget *>(next), static_cast<QWidget *>(about) })
            layout->addWidget(widget);
    }
    bool show()
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window, 5000);
    }
};
} // namespace

class TestSharedWidgets : public QObject
{
    Q_OBJECT

private slots:
    void stopTakesTheFocusFromTheStarterAndStopsByKeyboard()
    {
        RunRow row;
        QVERIFY(row.show());
        QVERIFY(row.stop->isHidden()); // until a run starts
        row.start->setFocus();
        QCOMPARE(QApplication::focusWidget(), row.start);

        row.stop->appear(row.start);
        row.start->setEnabled(false); // what the pages do next
        QVERIFY(row.stop->isVisible());
        QCOMPARE(QApplication::focusWidget(), row.stop);

        QSignalSpy clicked(row.stop, &QPushButton::clicked);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(clicked.count(), 1);
    }

    void stopIsATabStopWhenTheFocusWasElsewhere()
    {
        RunRow row;
        QVERIFY(row.show());
        row.next->setFocus();
        row.stop->appear(row.start); // the starter did not have the focus: it stays put
        QCOMPARE(QApplication::focusWidget(), row.next);
        // Shift+Tab from the next step reaches Stop (the disabled starter is skipped).
        row.start->setEnabled(false);
        QTest::keyClick(row.next, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), row.stop);
    }

    void stopWithoutStarterAlwaysTakesTheFocus()
    {
        RunRow row;
        QVERIFY(row.show());
        row.next->setFocus();
        row.stop->appear(nullptr);
        QCOMPARE(QApplication::focusWidget(), row.stop);
    }

    void theFocusGoesBackWhenStopVanishes()
    {
        RunRow row;
        QVERIFY(row.show());
        row.start->setFocus();
        row.stop->appear(row.start);
        row.start->setEnabled(false);
        row.start->setEnabled(true); // the run ended
        QVERIFY(row.stop->vanish(row.start));
        QVERIFY(row.stop->isHidden());
        QCOMPARE(QApplication::focusWidget(), row.start); // not About
    }

    void vanishLeavesTheFocusAloneWhenStopDidNotHaveIt()
    {
        RunRow row;
        QVERIFY(row.show());
        row.stop->appear(nullptr);
        row.next->setFocus();
        QVERIFY(!row.stop->vanish(row.start));
        QVERIFY(row.stop->isHidden());
        QCOMPARE(QApplication::focusWidget(), row.next);
    }

    void disablingTheFocusedStarterHandsTheFocusOn()
    {
        RunRow row;
        QVERIFY(row.show());
        row.start->setFocus();
        // What Test connection and List devices do: the next step takes the focus, not About.
        QVERIFY(FocusHandOff::disable(row.start, row.next));
        QVERIFY(!row.start->isEnabled());
        QCOMPARE(QApplication::focusWidget(), row.next);
    }

    void disablingAnUnfocusedStarterLeavesTheFocusAlone()
    {
        RunRow row;
        QVERIFY(row.show());
        row.about->setFocus();
        QVERIFY(!FocusHandOff::disable(row.start, row.next));
        QVERIFY(!row.start->isEnabled());
        QCOMPARE(QApplication::focusWidget(), row.about);
    }

    void everyButtonGetsAnAltKeyOfItsOwn()
    {
        QPushButton close(u"&Close"_s);
        QPushButton cancel(u"Cancel"_s);
        QPushButton ok(u"OK"_s);
        QPushButton ampersand(u"Save && close"_s); // "&&" is a literal ampersand
        QPushButton symbols(u"…"_s);
        Mnemonics::addMissing({ &close, &cancel, &ok, &ampersand, &symbols });
        QCOMPARE(close.text(), u"&Close"_s); // kept
        QCOMPARE(cancel.text(), u"C&ancel"_s); // C is Close's
        QCOMPARE(ok.text(), u"&OK"_s);
        QCOMPARE(ampersand.text(), u"&Save && close"_s);
        QCOMPARE(symbols.text(), u"…"_s); // no letter to give: unchanged

        // German: "Abbrechen" beside "&Ja" and "&Nein".
        QPushButton yes(u"&Ja"_s);
        QPushButton no(u"&Nein"_s);
        QPushButton abort(u"Abbrechen"_s);
        Mnemonics::addMissing({ &yes, &no, &abort });
        QCOMPARE(abort.text(), u"&Abbrechen"_s);
    }

    // QT_SCALE_FACTOR=2 on a 1600×1100 screen: the wizard must open inside the screen.
    void windowFitsTheScreen()
    {
        QCOMPARE(WindowFit::fittedSize({ 1100, 700 }, { 600, 400 }, { 1920, 1080 }),
            QSize(1100, 700)); // room enough: as wanted
        QCOMPARE(WindowFit::fittedSize({ 1100, 700 }, { 600, 400 }, { 800, 550 }),
            QSize(784, 502)); // the screen less the frame
        QCOMPARE(WindowFit::fittedSize({ 1100, 700 }, { 900, 520 }, { 800, 550 }),
            QSize(900, 520)); // never below the layout's minimum

        QWidget window;
        window.resize(5000, 5000);
        WindowFit::fitToScreen(&window);
        const QRect available = window.screen()->availableGeometry();
        QVERIFY(window.width() <= available.width());
        QVERIFY(window.height() <= available.height());
        QVERIFY(available.contains(window.geometry().topLeft()));
    }

    void revealTogglesTheEchoMode()
    {
        SecretEdit edit(u"Show the key"_s, u"Hide the key"_s);
        QCOMPARE(edit.echoMode(), QLineEdit::Password);
        QVERIFY(!edit.isRevealed());
        QAction *reveal = edit.revealAction();
        QVERIFY(reveal->isCheckable());
        QVERIFY(edit.actions().contains(reveal)); // shown at the field's end
        QCOMPARE(reveal->toolTip(), u"Show the key"_s);

        reveal->trigger();
        QCOMPARE(edit.echoMode(), QLineEdit::Normal);
        QVERIFY(edit.isRevealed());
        QCOMPARE(reveal->toolTip(), u"Hide the key"_s);

        reveal->trigger();
        QCOMPARE(edit.echoMode(), QLineEdit::Password);
        QCOMPARE(reveal->toolTip(), u"Show the key"_s);
    }

    void theSecretIsNeverLogged()
    {
        const QString secret = u"NNSXS.NEVERLOGGED.0123456789"_s;
        MessageCapture capture;
        {
            SecretEdit edit(u"Show"_s, u"Hide"_s);
            edit.show();
            QTest::keyClicks(&edit, secret);
            QCOMPARE(edit.text(), secret);
            edit.revealAction()->trigger();
            edit.revealAction()->trigger();
            edit.clear();
        }
        for (const QString &message : MessageCapture::messages())
            QVERIFY2(!message.contains(secret), qPrintable(message));
    }
};

QTEST_MAIN(TestSharedWidgets)
#include "tst_sharedwidgets.moc"

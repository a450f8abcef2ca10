// The import and status pages' models, proxy and pure helpers, each model under
// QAbstractItemModelTester: results in file order and in place, what Retry failed takes,
// when the checklist may tick, "how long ago", and the report's new sections.

#include "models/importresultmodel.h"
#include "models/joinstatusmodel.h"
#include "models/rowfilterproxy.h"
#include "pages/statuspage.h"
#include "report/migrationreport.h"
#include "settings/keychain.h"
#include "widgets/joinchart.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
TtsFileDevice fileDevice(int line, const QString &id, bool ok = true)
{
    TtsFileDevice device;
    device.fileName = u"/data/devices.json"_s;
    device.line = line;
    device.deviceId = id;
    device.supportsJoin = true;
    if (!ok)
        device.error = u"not valid JSON"_s;
    return device;
}

TtsImportOutcome outcome(const TtsFileDevice &device, TtsImportStatus status, QString reason = {})
{
    TtsImportOutcome o;
    o.deviceId = device.deviceId;
    o.where = device.where();
    o.status = status;
    o.reason = std::move(reason);
    return o;
}

TtsJoinCounts counts(const QDateTime &at, int waiting, int joined, int active, int notInTts = 0)
{
    TtsJoinCounts c;
    c.at = at;
    c.waiting = waiting;
    c.joined = joined;
    c.active = active;
    c.notInTts = notInTts;
    return c;
}

// Whether some pixel of `image` in `area` is `color` (the legend's swatches are solid).
bool hasColor(const QImage &image, const QRect &area, const QColor &color)
{
    for (int y = area.top(); y <= area.bottom() && y < image.height(); ++y) {
        for (int x = area.left(); x <= area.right() && x < image.width(); ++x) {
            if (image.pixelColor(x, y).rgb() == color.rgb())
                return true;
        }
    }
    return false;
}

TtsTrackedDevice tracked(const QString &id, TtsJoinState state, bool withSession = false)
{
    TtsTrackedDevice device;
    device.deviceId = id;
    device.state = state;
    device.withSession = withSession;
    device.createdAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    if (state == TtsJoinState::Joined || state == TtsJoinState::Active)
        device.lastSeenAt = device.createdAt.addSecs(90);
    return device;
}
} // namespace

class TestImportModels : public QObject
{
    Q_OBJECT

private slots:
    void importResultsArriveInPlace()
    {
        ImportResultModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<TtsFileDevice> devices { fileDevice(1, u"a-1"_s), fileDevice(2, u"b-2"_s),
            fileDevice(3, QString(), false), fileDevice(4, u"d-4"_s) };
        model.setDevices(devices);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.counts().pending, 3);
        QCOMPARE(model.counts().failed, 1); // the broken line, from the start
        QCOMPARE(model.index(2, ImportResultModel::DeviceColumn).data().toString(), u"(no ID)"_s);
        QCOMPARE(model.index(2, ImportResultModel::LineColumn).data().toString(), u"3"_s);
        QCOMPARE(model.index(2, ImportResultModel::LineColumn).data(Qt::ToolTipRole).toString(),
            u"/data/devices.json:3"_s);

        // Check: plans, not results.
        model.setOutcome(outcome(devices[0], TtsImportStatus::WouldImport), true);
        model.setOutcome(outcome(devices[1], TtsImportStatus::Failed, u"conflict"_s), true);
        QCOMPARE(ImportResultModel::resultText(model.row(1)), u"will fail"_s);
        QVERIFY(model.rowsToRetry().isEmpty()); // nothing was imported yet
        QCOMPARE(model.outcomes().size(), 1); // the broken line: a real result, not a plan

        // The import: results in place of the plans.
        model.markPending({ devices[0], devices[1], devices[3] });
        QCOMPARE(model.counts().pending, 3);
        model.setOutcome(outcome(devices[0], TtsImportStatus::Imported), false);
        model.setOutcome(outcome(devices[1], TtsImportStatus::Failed, u"conflict"_s), false);
        model.setOutcome(outcome(devices[3], TtsImportStatus::NotImported, u"canceled"_s), false);
        const ImportResultModel::Counts counts = model.counts();
        QCOMPARE(counts.imported, 1);
        QCOMPARE(counts.failed, 3);
        QCOMPARE(counts.pending, 0);
        // Not the broken line, not the conflict (the file must be fixed): the canceled one.
        QCOMPARE(model.rowsToRetry(), (QList<int> { 3 }));
        QCOMPARE(model.rowsNotInTts(), (QList<int> { 1, 2, 3 })); // what "Save failed" writes
        QVERIFY(!model.allInTts());
        QCOMPARE(model.outcomes().size(), 4);

        model.setOutcome(outcome(devices[1], TtsImportStatus::AlreadyInTts), false);
        model.setOutcome(outcome(devices[3], TtsImportStatus::Imported), false);
        QVERIFY(!model.allInTts()); // the broken line is not in TTS
        QCOMPARE(model.rowsToRetry(), QList<int>());
    }

    void everyDeviceInTtsTicksTheChecklist()
    {
        ImportResultModel model;
        const QList<TtsFileDevice> devices { fileDevice(1, u"a-1"_s), fileDevice(2, u"b-2"_s) };
        model.setDevices(devices);
        QVERIFY(!model.allInTts());
        model.setOutcome(outcome(devices[0], TtsImportStatus::Imported), false);
        QVERIFY(!model.allInTts());
        model.setOutcome(outcome(devices[1], TtsImportStatus::AlreadyInTts), false);
        QVERIFY(model.allInTts());
    }

    void proxyFiltersByGroupAndText()
    {
        ImportResultModel model;
        RowFilterProxy proxy(ImportResultModel::SortRole, ImportResultModel::FilterRole);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<TtsFileDevice> devices { fileDevice(1, u"kitchen-1"_s),
            fileDevice(2, u"cellar-2"_s), fileDevice(3, u"kitchen-3"_s) };
        model.setDevices(devices);
        model.setOutcome(outcome(devices[0], TtsImportStatus::Imported), false);
        model.setOutcome(outcome(devices[1], TtsImportStatus::Failed, u"TTS reserves"_s), false);
        proxy.setGroupFilter(int(ImportResultModel::Group::InTts));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setGroupFilter(std::nullopt);
        proxy.setTextFilter(u"KITCHEN"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setTextFilter(u"reserves"_s); // the reason column too
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setTextFilter(QString());
        proxy.setGroupFilter(int(ImportResultModel::Group::Pending));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void joinStatusKeepsRowsAcrossRefreshes()
    {
        JoinStatusModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TtsTrackerSnapshot snapshot;
        snapshot.devices = { tracked(u"a-1"_s, TtsJoinState::Waiting),
            tracked(u"abp-2"_s, TtsJoinState::Joined, true) };
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, JoinStatusModel::StateColumn).data().toString(), u"seen"_s);
        QVERIFY(model.index(0, JoinStatusModel::LastSeenColumn).data().toString().isEmpty());
        QVERIFY(!model.index(1, JoinStatusModel::LastSeenColumn).data().toString().isEmpty());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        snapshot.devices[0] = tracked(u"a-1"_s, TtsJoinState::Active);
        model.setSnapshot(snapshot);
        QCOMPARE(reset.count(), 0); // the same devices: updated in place
        QCOMPARE(model.index(0, JoinStatusModel::StateColumn).data().toString(), u"active"_s);
        snapshot.devices.removeLast();
        model.setSnapshot(snapshot);
        QCOMPARE(reset.count(), 1);
    }

    void everyOtaaJoined_data()
    {
        QTest::addColumn<QList<int>>("states"); // TtsJoinState per OTAA device
        QTest::addColumn<bool>("joined");
        QTest::newRow("all joined or active")
            << QList<int> { int(TtsJoinState::Joined), int(TtsJoinState::Active) } << true;
        QTest::newRow("one waiting")
            << QList<int> { int(TtsJoinState::Joined), int(TtsJoinState::Waiting) } << false;
        QTest::newRow("one not imported")
            << QList<int> { int(TtsJoinState::Active), int(TtsJoinState::NotInTts) } << false;
        QTest::newRow("no OTAA device") << QList<int> {} << false;
    }

    void everyOtaaJoined()
    {
        QFETCH(QList<int>, states);
        QFETCH(bool, joined);
        TtsTrackerSnapshot snapshot;
        for (int i = 0; i < states.size(); ++i)
            snapshot.devices << tracked(u"d-%1"_s.arg(i), TtsJoinState(states.at(i)));
        // A session import that was never heard does not hold the item back.
        snapshot.devices << tracked(u"abp"_s, TtsJoinState::Waiting, true);
        QCOMPARE(StatusPage::everyOtaaJoined(snapshot), joined);
    }

    void agoSaysHowLongAgo()
    {
        const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
        QCOMPARE(JoinStatusModel::ago(now.addSecs(-20), now), u"just now"_s);
        QVERIFY(JoinStatusModel::ago(now.addSecs(-5 * 60), now).startsWith(u"5 min"_s));
        QVERIFY(JoinStatusModel::ago(now.addSecs(-3 * 3600), now).startsWith(u"3 h"_s));
        QVERIFY(JoinStatusModel::ago(now.addDays(-4), now).startsWith(u"4 day"_s));
        QVERIFY(JoinStatusModel::ago(QDateTime(), now).isEmpty());
    }

    void reportHasTheImportAndTheStatus()
    {
        MigrationReport report;
        report.applicationId = u"v2-app"_s;
        report.ttsApplicationId = u"tts-app"_s;
        report.importResults = { outcome(fileDevice(1, u"a-1"_s), TtsImportStatus::Imported),
            outcome(fileDevice(2, u"b|2"_s), TtsImportStatus::Failed, u"ID already in use"_s) };
        report.status.devices = { tracked(u"a-1"_s, TtsJoinState::Joined) };
        report.status.joined = 1;
        report.status.refreshedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        const QString md = report.toMarkdown();
        QVERIFY(md.contains(u"## Import into The Things Stack"_s));
        QVERIFY(md.contains(u"- Application: tts-app"_s));
        QVERIFY(md.contains(u"1 imported, 0 already there, 1 not in The Things Stack."_s));
        QVERIFY(md.contains(u"| b\\|2 | failed | ID already in use |"_s));
        QVERIFY(md.contains(u"## Status in The Things Stack"_s));
        QVERIFY(md.contains(u"| a-1 | joined | 2026-11-30T08:01:30Z |"_s));
        // Without an import, neither section.
        MigrationReport plain;
        QVERIFY(!plain.toMarkdown().contains(u"Import into"_s));
        QVERIFY(!plain.toMarkdown().contains(u"Status in"_s));
    }

    // The time columns: today's times alone, other days' with their date (locale formats).
    void timeColumnsHaveTheDateWhenNotToday()
    {
        JoinStatusModel model;
        TtsTrackerSnapshot snapshot;
        TtsTrackedDevice today = tracked(u"today"_s, TtsJoinState::Joined);
        today.lastSeenAt = QDateTime(QDate::currentDate(), QTime(0, 1));
        TtsTrackedDevice earlier = tracked(u"earlier"_s, TtsJoinState::Joined);
        earlier.lastSeenAt = QDateTime(QDate::currentDate().addDays(-3), QTime(14, 5));
        snapshot.devices = { today, earlier };
        model.setSnapshot(snapshot);
        const QLocale locale;
        const QString clock = locale.toString(QTime(14, 5), QLocale::ShortFormat);
        const QString date = locale.toString(earlier.lastSeenAt.date(), QLocale::ShortFormat);
        QCOMPARE(model.index(0, JoinStatusModel::LastSeenColumn).data().toString(),
            locale.toString(QTime(0, 1), QLocale::ShortFormat));
        QCOMPARE(
            model.index(1, JoinStatusModel::LastSeenColumn).data().toString(), date + u' ' + clock);
        // With seconds (the chart's axis over a short span), no time zone.
        const QString seconds = JoinStatusModel::clockText(QTime(14, 5, 42), true);
        QVERIFY2(seconds.contains(u"42"_s), qPrintable(seconds));
        QVERIFY2(!seconds.contains(u"UTC"_s), qPrintable(seconds));
    }

    // The words count as the bar does: active devices have joined too.
    void countsWordsAgreeWithTheBar()
    {
        // "device(s)" until the English plural forms are translated, "devices" then.
        const auto says = [](const QString &text, const QStringList &parts) {
            for (const QString &part : parts) {
                if (!text.contains(part)) {
                    qWarning("%s: no %s", qPrintable(text), qPrintable(part));
                    return false;
                }
            }
            return true;
        };
        const QDateTime at(QDate(2026, 11, 30), QTime(9, 0));
        QVERIFY(says(JoinStatusModel::countsText(counts(at, 0, 0, 16)),
            { u"16 of 16 device"_s, u" joined (16 active), 0 waiting."_s }));
        const QString notAll = JoinStatusModel::countsText(counts(at, 1, 2, 1, 2));
        QVERIFY(says(notAll,
            { u"3 of 4 device"_s, u" joined (1 active), 1 waiting. 2 device"_s,
                u" of the file not in The Things Stack."_s }));
        QVERIFY(says(JoinStatusModel::countsText(counts(at, 1, 0, 0)),
            { u"0 of 1 device"_s, u" joined (0 active), 1 waiting."_s }));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = JoinStatusModel::countsText(counts(at, 2000, 10000, 345));
        QLocale::setDefault(QLocale::c());
        QVERIFY(says(german, { u"10.345 of 12.345 device"_s, u"(345 active), 2.000 waiting"_s }));
    }

    // The report keeps the chart's numbers: a row for the first refresh, each change and the
    // latest one; joined counts the active devices too.
    void reportHasTheRefreshHistory()
    {
        MigrationReport report;
        report.status.devices = { tracked(u"a-1"_s, TtsJoinState::Active) };
        report.status.active = 1;
        report.status.refreshedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 3), Qt::UTC);
        const QDateTime at(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        report.statusHistory = { counts(at, 2, 0, 0), counts(at.addSecs(60), 1, 1, 0),
            counts(at.addSecs(120), 1, 1, 0), counts(at.addSecs(180), 0, 1, 1),
            counts(at.addSecs(240), 0, 1, 1) };
        const QString md = report.toMarkdown();
        QVERIFY2(md.contains(u"1 of 1 device joined (1 active), 0 waiting."_s)
                || md.contains(u"1 of 1 device(s) joined (1 active), 0 waiting."_s),
            qPrintable(md));
        QVERIFY(md.contains(u"### Devices joining over time"_s));
        QVERIFY(md.contains(u" from 2026-11-30T09:00:00Z to 2026-11-30T09:04:00Z"_s));
        QVERIFY(md.contains(u"5 refresh"_s));
        QVERIFY(md.contains(u"| Time | Waiting | Joined | Active |"_s));
        QVERIFY(md.contains(u"| 2026-11-30T09:00:00Z | 2 | 0 | 0 |"_s));
        QVERIFY(md.contains(u"| 2026-11-30T09:01:00Z | 1 | 1 | 0 |"_s));
        QVERIFY(!md.contains(u"| 2026-11-30T09:02:00Z |"_s)); // no change
        QVERIFY(md.contains(u"| 2026-11-30T09:03:00Z | 0 | 2 | 1 |"_s));
        QVERIFY(md.contains(u"| 2026-11-30T09:04:00Z | 0 | 2 | 1 |"_s)); // the latest
        // After the device table, not inside it.
        QVERIFY(md.indexOf(u"| a-1 | active |"_s) < md.indexOf(u"### Devices joining"_s));
    }

    // The chart paints its bands and legend in light and dark palettes, says the latest numbers
    // in words, and is not a tab stop.
    void joinChartPaintsAndSaysTheNumbers_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void joinChartPaintsAndSaysTheNumbers()
    {
        QFETCH(bool, dark);
        JoinChart chart;
        QPalette palette = chart.palette();
        if (dark) {
            palette.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
            palette.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
            palette.setColor(QPalette::WindowText, Qt::white);
        }
        chart.setPalette(palette);
        QCOMPARE(chart.focusPolicy(), Qt::NoFocus);
        QVERIFY(!chart.accessibleName().isEmpty());
        const QDateTime at = QDateTime::currentDateTime().addSecs(-600);
        chart.setHistory({ counts(at, 16, 0, 0), counts(at.addSecs(60), 10, 6, 0),
            counts(at.addSecs(300), 0, 6, 10) });
        const QString description = chart.accessibleDescription();
        QVERIFY2(description.contains(u"16 of 16 device"_s), qPrintable(description));
        QVERIFY2(
            description.contains(u" joined (10 active), 0 waiting."_s), qPrintable(description));
        QVERIFY2(description.contains(u"3 refresh"_s), qPrintable(description));
        chart.resize(chart.sizeHint());
        QImage image(chart.size(), QImage::Format_ARGB32);
        image.fill(palette.color(QPalette::Window));
        chart.render(&image);
        const int line = chart.fontMetrics().height();
        const QRect legend(0, 0, image.width(), line);
        const QRect plot(0, line, image.width(), image.height() - 2 * line);
        for (JoinChart::Series series :
            { JoinChart::Series::Waiting, JoinChart::Series::Joined, JoinChart::Series::Active }) {
            const QColor color = JoinChart::color(series, palette);
            QVERIFY2(hasColor(image, legend, color), qPrintable(JoinChart::seriesName(series)));
            QVERIFY2(hasColor(image, plot, color), qPrintable(JoinChart::seriesName(series)));
        }
        // At 2x: the same picture in twice the pixels.
        QImage sharp(chart.size() * 2, QImage::Format_ARGB32);
        sharp.setDevicePixelRatio(2);
        sharp.fill(palette.color(QPalette::Window));
        chart.render(&sharp);
        const QRect sharpLegend(0, 0, sharp.width(), 2 * line);
        for (JoinChart::Series series :
            { JoinChart::Series::Waiting, JoinChart::Series::Joined, JoinChart::Series::Active })
            QVERIFY(hasColor(sharp, sharpLegend, JoinChart::color(series, palette)));
        // Empty: no bands, a sentence instead.
        chart.setHistory({});
        QVERIFY(!chart.accessibleDescription().isEmpty());
        image.fill(palette.color(QPalette::Window));
        chart.render(&image);
        QVERIFY(!hasColor(image, plot, JoinChart::color(JoinChart::Series::Active, palette)));
    }

    void keychainWordsAndAccounts()
    {
        QCOMPARE(Keychain::v2Account(u"my-app"_s), u"ttnv2/my-app"_s);
        QCOMPARE(Keychain::ttsAccount(u"EU1.Cloud.TheThings.Network"_s, u"app"_s),
            u"tts/eu1.cloud.thethings.network/app"_s);
        Keychain::Result none { Keychain::Outcome::NoService, {}, u"no bus"_s };
        QVERIFY(Keychain::problemText(none).startsWith(u"No system keychain service"_s));
        Keychain::Result locked { Keychain::Outcome::Failed, {}, u"Locked collection"_s };
        QVERIFY(Keychain::problemText(locked).contains(u"Locked collection"_s));
        QVERIFY(Keychain::problemText({ Keychain::Outcome::NotFound, {}, {} }).isEmpty());
    }
};

QTEST_MAIN(TestImportModels)
#include "tst_importmodels.moc"

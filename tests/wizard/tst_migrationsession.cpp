// MigrationSession: what the pages share. Its signals fire once per real change, the report is
// built from it (and carries no key), and the wizard's pages write into it as the user types.

#include "formatters/formatterconverter.h"
#include "migrationwizard.h"
#include "models/outcometablemodel.h"
#include "session/migrationsession.h"
#include "wizardtestsupport.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kAccessKey = u"ttn-account-v2.secret-access-key-0123456789"_s;
const QString kApiKey = u"NNSXS.SECRETAPIKEY.0123456789ABCDEF"_s;

V2Connection connectionTo(const QString &appId)
{
    V2Connection connection;
    connection.appId = appId;
    connection.accessKey = kAccessKey;
    connection.handlerUrl = QUrl(u"http://handler.example.com:8084"_s);
    return connection;
}

DeviceOutcome exported(const QString &id)
{
    DeviceOutcome outcome;
    outcome.v2DeviceId = id;
    outcome.v3DeviceId = id;
    outcome.status = OutcomeStatus::Exported;
    outcome.json = R"({"ids":{"device_id":")" + id.toUtf8() + R"("}})";
    return outcome;
}
} // namespace

class TestMigrationSession : public QObject
{
    Q_OBJECT

private slots:
    void connectionChangedFiresOncePerChange()
    {
        MigrationSession session;
        QSignalSpy changed(&session, &MigrationSession::connectionChanged);
        session.setConnection(connectionTo(u"app-1"_s), u"EU_863_870_TTN"_s);
        QCOMPARE(changed.count(), 1);
        session.setConnection(connectionTo(u"app-1"_s), u"EU_863_870_TTN"_s); // the same again
        QCOMPARE(changed.count(), 1);
        session.setConnection(connectionTo(u"app-1"_s), u"US_902_928_FSB_2"_s); // another plan
        QCOMPARE(changed.count(), 2);
        QCOMPARE(session.frequencyPlanId(), u"US_902_928_FSB_2"_s);
        QCOMPARE(session.options().frequencyPlanId, u"US_902_928_FSB_2"_s);
    }

    // The chirpstack source: its settings in the request, its words in the report.
    void chirpStackSourceInRequestAndReport()
    {
        MigrationSession session;
        QSignalSpy changed(&session, &MigrationSession::connectionChanged);
        session.setSource(ExportSource::ChirpStack);
        ChirpStackSettings settings;
        settings.connection.apiUrl = u"chirpstack.example.com:8080"_s;
        settings.connection.apiKey = u"secret-key"_s;
        settings.application = u"my-app"_s;
        session.setChirpStackSource(settings);
        session.setChirpStackSource(settings); // the same again
        QCOMPARE(changed.count(), 2);
        settings.frequencyPlanId = u"EU_863_870_TTN"_s;
        session.setChirpStackSource(settings);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(session.sourceApplicationId(), u"my-app"_s);
        const ExportRequest request = session.exportRequest();
        QCOMPARE(request.source, ExportSource::ChirpStack);
        QCOMPARE(request.chirpstackSource.connection.apiUrl, u"chirpstack.example.com:8080"_s);
        const QString report = session.report().toMarkdown();
        QVERIFY2(report.contains(u"ChirpStack → The Things Stack"_s), qPrintable(report));
        QVERIFY(report.contains(u"chirpstack.example.com:8080"_s));
        QVERIFY(report.contains(u"EU_863_870_TTN"_s));
        QVERIFY(!report.contains(u"TTN v2"_s));
        QVERIFY(!report.contains(u"secret-key"_s));
    }

    void selectionAndOptionsMakeTheExportRequest()
    {
        MigrationSession session;
        QSignalSpy selection(&session, &MigrationSession::selectionChanged);
        QSignalSpy options(&session, &MigrationSession::optionsChanged);
        session.setConnection(connectionTo(u"app-1"_s), u"EU_863_870_TTN"_s);
        session.setSelection(ExportScope::DeviceList, { u"a"_s, u"b"_s }, u"/tmp/ids.txt"_s);
        session.setSelection(ExportScope::DeviceList, { u"a"_s, u"b"_s }, u"/tmp/ids.txt"_s);
        QCOMPARE(selection.count(), 1);
        session.setConversionChoices(true, u"old"_s, true);
        session.setConversionChoices(true, u"old"_s, true);
        QCOMPARE(options.count(), 1);

        const ExportRequest request = session.exportRequest();
        QCOMPARE(request.connection.appId, u"app-1"_s);
        QCOMPARE(request.scope, ExportScope::DeviceList);
        QCOMPARE(request.deviceIds, (QStringList { u"a"_s, u"b"_s }));
        QCOMPARE(request.options.frequencyPlanId, u"EU_863_870_TTN"_s);
        QVERIFY(request.options.withSession);
        QCOMPARE(request.options.devIdPrefix, u"old"_s);
        QVERIFY(request.options.dropInvalidAttributes);
        QCOMPARE(session.deviceIdsFile(), u"/tmp/ids.txt"_s);
    }

    void savedExportAndChecklistSignal()
    {
        MigrationSession session;
        QSignalSpy saved(&session, &MigrationSession::savedExportChanged);
        QSignalSpy checklist(&session, &MigrationSession::checklistChanged);
        const MigrationSession::SavedExport file { u"/tmp/devices.json"_s,
            { u"/tmp/devices.json"_s }, 2, u"abc"_s };
        session.setSavedExport(file);
        session.setSavedExport(file);
        QCOMPARE(saved.count(), 1);
        session.setSavedExport({}); // Back from the export page
        QCOMPARE(saved.count(), 2);
        QVERIFY(session.savedExport().path.isEmpty());
        QCOMPARE(session.savedExport().readBack, -1);

        session.setChecklist({ { u"Import"_s, false } });
        session.setChecklist({ { u"Import"_s, false } });
        session.setChecklist({ { u"Import"_s, true } });
        QCOMPARE(checklist.count(), 2);
    }

    void importAndStatusSignalOnEveryCall()
    {
        MigrationSession session;
        QSignalSpy import(&session, &MigrationSession::importChanged);
        QSignalSpy status(&session, &MigrationSession::statusChanged);
        TtsConnectionChoice choice;
        choice.applicationId = u"tts-app"_s;
        session.setImportConnection(choice, true);
        session.setImportFile({ u"/tmp/devices.json"_s }, true, {});
        QCOMPARE(import.count(), 2);
        QVERIFY(session.importSnapshot().connectionComplete);
        QVERIFY(session.importSnapshot().fileLoaded);
        QVERIFY(!session.statusSnapshot().has_value());
        TtsTrackerSnapshot snapshot;
        snapshot.joined = 3;
        session.setStatusSnapshot(snapshot);
        QCOMPARE(status.count(), 1);
        QCOMPARE(session.statusSnapshot()->joined, 3);
    }

    // Each answered refresh adds its counts to the history (not a failed one); watching
    // something else begins it anew, the same thing again keeps it; the report carries it.
    void statusHistoryGrowsWithEachRefresh()
    {
        MigrationSession session;
        session.beginStatusHistory(u"tts\napp\n/tmp/devices.json"_s);
        TtsTrackerSnapshot snapshot;
        snapshot.waiting = 2;
        snapshot.refreshedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0));
        session.setStatusSnapshot(snapshot);
        snapshot.waiting = 1;
        snapshot.active = 1;
        snapshot.refreshedAt = snapshot.refreshedAt.addSecs(60);
        session.setStatusSnapshot(snapshot);
        TtsTrackerSnapshot failed;
        failed.fatal = u"The Things Stack did not answer."_s;
        session.setStatusSnapshot(failed);
        QCOMPARE(session.statusHistory().size(), 2);
        QCOMPARE(session.statusHistory().constLast().active, 1);
        QCOMPARE(session.statusHistory().constLast().at, snapshot.refreshedAt);
        session.setStatusSnapshot(snapshot);
        QCOMPARE(session.report().statusHistory.size(), 3);
        session.beginStatusHistory(u"tts\napp\n/tmp/devices.json"_s);
        QCOMPARE(session.statusHistory().size(), 3);
        session.beginStatusHistory(u"tts\nother-app\n/tmp/devices.json"_s);
        QVERIFY(session.statusHistory().isEmpty());
    }

    void reportIsBuiltFromTheSession()
    {
        MigrationSession session;
        session.setConnection(connectionTo(u"my-sensors"_s), u"EU_863_870_TTN"_s);
        session.setConversionChoices(true, QString(), false);
        session.outcomeModel()->append({ exported(u"sensor-1"_s), exported(u"sensor-2"_s) });
        session.setSavedExport({ u"/tmp/devices.json"_s, { u"/tmp/devices.json"_s }, 2, u"f"_s });
        session.setChecklist({ { u"Import into The Things Stack"_s, true } });
        TtsConnectionChoice choice;
        choice.applicationId = u" tts-app "_s;
        choice.apiKey = kApiKey;
        session.setImportConnection(choice, true);

        const MigrationReport report = session.report();
        QCOMPARE(report.applicationId, u"my-sensors"_s);
        QCOMPARE(report.v2Address, u"http://handler.example.com:8084"_s);
        QCOMPARE(report.frequencyPlanId, u"EU_863_870_TTN"_s);
        QVERIFY(report.withSession);
        QCOMPARE(report.savedPaths, QStringList { u"/tmp/devices.json"_s });
        QCOMPARE(report.readBack, 2);
        QCOMPARE(report.outcomes.size(), 2);
        QCOMPARE(report.checklist.size(), 1);
        QVERIFY(report.checklist.constFirst().second);
        QCOMPARE(report.ttsApplicationId, u"tts-app"_s);
        QVERIFY(report.createdAt.isValid());
        QCOMPARE(report.status.total(), 0); // never refreshed

        const QString markdown = report.toMarkdown();
        QVERIFY2(markdown.contains(u"my-sensors"_s), qPrintable(markdown));
        QVERIFY2(markdown.contains(u"/tmp/devices.json"_s), qPrintable(markdown));
        QVERIFY2(!markdown.contains(kAccessKey), qPrintable(markdown));
        QVERIFY2(!markdown.contains(kApiKey), qPrintable(markdown));
    }

    // The payload formatters: the plan read in the preview, the file the export wrote and
    // what the import did go into the report's own section; no section when never read.
    void reportHasTheFormatters()
    {
        MigrationSession session;
        session.setConnection(connectionTo(u"my-sensors"_s), u"EU_863_870_TTN"_s);
        QVERIFY(!session.report().toMarkdown().contains(u"Payload formatters"_s));

        QSignalSpy changed(&session, &MigrationSession::formattersChanged);
        SourceFormatterRead read;
        read.read = true;
        read.plan = FormatterConverter::fromV2(u"my-sensors"_s,
            { u"custom"_s, u"function Decoder(b, p) { return { v: b[0] }; }"_s, QString(),
                u"function Validator(c, p) { return c.v < 100; }"_s, QString() });
        const FormatterPlan plan = read.plan;
        session.setFormatters(read);
        session.setFormatterFile(u"/tmp/devices.formatters.json"_s);
        TtsFormatterOutcome outcome;
        outcome.status = TtsFormatterOutcome::Status::NoRight;
        session.setFormatterOutcome(outcome, u"/tmp/devices.formatters.json"_s, plan);
        QCOMPARE(changed.count(), 3);
        TtsConnectionChoice choice;
        choice.applicationId = u"tts-app"_s;
        session.setImportConnection(choice, true);

        const QString markdown = session.report().toMarkdown();
        QVERIFY2(markdown.contains(u"## Payload formatters"_s), qPrintable(markdown));
        QVERIFY2(markdown.contains(u"generated decodeUplink"_s), qPrintable(markdown));
        QVERIFY2(markdown.contains(u"Difference from TTN v2"_s), qPrintable(markdown));
        QVERIFY2(markdown.contains(u"/tmp/devices.formatters.json"_s), qPrintable(markdown));
        QVERIFY2(markdown.contains(u"RIGHT_APPLICATION_SETTINGS_BASIC"_s)
                && markdown.contains(u"/tmp/devices.formatters.uplink.js"_s),
            qPrintable(markdown));

        // A new preview starts without them.
        session.clearFormatters();
        QVERIFY(!session.formattersRead());
        QVERIFY(session.formatterFile().isEmpty());
    }

    // The pages write what they show into the wizard's session; nobody reads a page.
    void pagesWriteIntoTheWizardsSession()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        WizardTestSupport::useThrowawaySettings(dir);
        MigrationWizard wizard;
        MigrationSession *session = wizard.session();
        QVERIFY(session);
        QSignalSpy changed(session, &MigrationSession::connectionChanged);
        auto *appId = wizard.findChild<QLineEdit *>(u"appIdEdit"_s);
        QVERIFY(appId);
        appId->setText(u"typed-app"_s);
        QCOMPARE(session->connection().appId, u"typed-app"_s);
        QVERIFY(changed.count() >= 1);
        auto *prefix = wizard.findChild<QLineEdit *>(u"prefixEdit"_s);
        QVERIFY(prefix);
        prefix->setText(u"old"_s);
        QCOMPARE(session->options().devIdPrefix, u"old"_s);
        // The session outlives the pages that keep a pointer to it.
        QVERIFY(wizard.page(MigrationWizard::PreviewPageId)->parent() != &wizard);
    }
};

QTEST_MAIN(TestMigrationSession)
#include "tst_migrationsession.moc"

#include "chirpstackcommand.h"

#include "argumentnormalizer.h"
#include "chirpstack/chirpstackclient.h"
#include "chirpstack/chirpstackdevicesource.h"
#include "chirpstack/chirpstackdisabler.h"
#include "clierrortext.h"
#include "cliflagreader.h"
#include "clitext.h"
#include "clivalidator.h"
#include "console.h"
#include "convert/frequencyplancatalog.h"
#include "deviceidinput.h"
#include "exitcodes.h"
#include "helptext.h"
#include "ttssourcecommand.h"
#include "util/redact.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool ChirpStackCommand::isChirpStackCommand(const QStringList &arguments)
{
    QString source;
    const QStringList words = TtsSourceCommand::commandWords(arguments, &source);
    if (words.size() >= 2 && words.at(0) == u"chirpstack")
        return TtsSourceCommand::isExportWord(words.at(1)) || words.at(1) == u"enable-devices";
    return !words.isEmpty() && TtsSourceCommand::isExportWord(words.at(0))
        && source == u"chirpstack";
}

ChirpStackParse ChirpStackCommand::parse(
    const QStringList &arguments, const QProcessEnvironment &environment)
{
    ChirpStackParse result;
    const QList<CliFlag> &table = CliFlags::chirpstackSource();
    QCommandLineParser parser;
    result.usageError = CliFlags::parseSourceCommand(parser, arguments, table, u"chirpstack"_s);
    if (!result.usageError.isEmpty()) {
        return result;
    }
    if (parser.isSet(u"help"_s)) {
        result.help = true;
        return result;
    }
    QStringList words = parser.positionalArguments();
    if (!words.isEmpty() && words.constFirst() == u"chirpstack")
        words.removeFirst();
    bool device = false;
    result.enableCommand = !words.isEmpty() && words.constFirst() == u"enable-devices";
    if (result.enableCommand)
        words.first() = u"device"_s; // the same connection flags follow
    if (words.isEmpty() || !TtsSourceCommand::isExportWord(words.takeFirst(), &device)) {
        result.usageError
            = CliText::tr("missing command: chirpstack application or chirpstack device");
        return result;
    }
    result.deviceCommand = device;
    result.positionals = words;

    const CliFlagReader reader(parser, environment, table);
    RunSettings &settings = result.settings;
    ExportRequest &request = settings.request;
    request.source = ExportSource::ChirpStack;
    request.scope = device ? ExportScope::DeviceList : ExportScope::Application;
    ChirpStackSettings &cs = request.chirpstackSource;
    ChirpStackConnection &connection = cs.connection;
    QString &error = result.usageError;

    connection.apiUrl = reader.text(u"chirpstack.api-url"_s).trimmed();
    if (connection.apiUrl.isEmpty()) {
        error = CliText::tr("missing --chirpstack.api-url (or CHIRPSTACK_API_URL): ChirpStack's "
                            "API as HOST:PORT, e.g. localhost:8080");
        return result;
    }
    connection.apiKey = reader.text(u"chirpstack.api-key"_s).trimmed();
    if (connection.apiKey.isEmpty())
        connection.apiKey = environment.value(u"CHIRPSTACK_API_TOKEN"_s).trimmed();
    Redact::registerSecret(connection.apiKey);
    if (connection.apiKey.isEmpty()) {
        error = CliText::tr("missing --chirpstack.api-key (or CHIRPSTACK_API_KEY): an API key "
                            "made in ChirpStack's web interface (admin, or of the tenant)");
        return result;
    }
    connection.caCertPath = reader.text(u"chirpstack.ca-cert-path"_s).trimmed();
    if (!connection.caCertPath.isEmpty() && !QFileInfo(connection.caCertPath).isReadable()) {
        error = CliText::tr("cannot read %1 \"%2\"")
                    .arg(reader.describe(u"chirpstack.ca-cert-path"_s), connection.caCertPath);
        return result;
    }
    connection.tenantId = reader.text(u"chirpstack.tenant-id"_s).trimmed();
    cs.joinEui = reader.text(u"chirpstack.join-eui"_s).trimmed();
    static const QRegularExpression eui(u"^[0-9a-fA-F]{16}$"_s);
    if (!cs.joinEui.isEmpty() && !eui.match(cs.joinEui).hasMatch()) {
        error = CliText::tr("invalid %1 \"%2\": a JoinEUI has 16 hexadecimal digits")
                    .arg(reader.describe(u"chirpstack.join-eui"_s), cs.joinEui);
        return result;
    }
    cs.frequencyPlanId = reader.text(u"chirpstack.frequency-plan-id"_s).trimmed();
    if (!cs.frequencyPlanId.isEmpty() && !FrequencyPlanCatalog::contains(cs.frequencyPlanId)) {
        error = CliText::tr("unknown frequency plan %1 \"%2\"")
                    .arg(reader.describe(u"chirpstack.frequency-plan-id"_s), cs.frequencyPlanId);
        return result;
    }
    bool withSession = false;
    const bool read = reader.boolean(u"chirpstack.insecure"_s, &connection.insecure, &error)
        && reader.boolean(u"chirpstack.export-session"_s, &withSession, &error)
        && reader.boolean(u"chirpstack.export-variables"_s, &cs.exportVariables, &error)
        && reader.boolean(u"chirpstack.device-id-from-name"_s, &cs.deviceIdFromName, &error)
        && reader.boolean(
            u"drop-invalid-attributes"_s, &request.options.dropInvalidAttributes, &error)
        && reader.duration(u"timeout"_s, &connection.deadlineMs, &error)
        && DeviceIdInputReader::readIdMap(
            reader.text(u"dev-id-map"_s).trimmed(), &request.options.deviceIdMap, &error)
        && reader.boolean(u"dry-run"_s, &settings.dryRun, &error)
        && reader.boolean(u"verbose"_s, &settings.verbose, &error);
    if (!read)
        return result;
    request.options.withSession = withSession;
    if (result.enableCommand) {
        if (words.size() != 1) {
            error = CliText::tr("enable-devices needs the export whose devices were disabled: "
                                "ttn-lw-migrate chirpstack enable-devices devices.json");
        }
        return result;
    }
    if (!reader.boolean(u"chirpstack.disable-devices"_s, &settings.disableAtSource, &error))
        return result;
    if (!device) {
        if (words.size() != 1) {
            error = words.isEmpty()
                ? CliText::tr("missing application: pass its UUID or name (ttn-lw-migrate "
                              "chirpstack application \"my-app\")")
                : CliText::tr("one application at a time: got %1").arg(words.size());
            return result;
        }
        cs.application = words.constFirst().trimmed();
    }
    settings.outputPath = reader.text(u"output"_s);
    if (reader.isSet(u"output"_s) && settings.outputPath.isEmpty()) {
        error = CliText::tr("-o needs a file name");
        return result;
    }
    bool split = false;
    double splitMiB = 0;
    if (!reader.split(&split, &splitMiB, &error))
        return result;
    error = CliValidator::splitBytes(split, splitMiB, settings.outputPath, &settings.splitBytes);
    if (!error.isEmpty())
        return result;
    if (settings.disableAtSource && settings.outputPath.isEmpty()) {
        error = CliText::tr("--chirpstack.disable-devices needs -o FILE: devices are disabled only "
                            "once their export is safely written");
        return result;
    }
    request.keepResult = false;
    request.options.exportTime = QDateTime::currentDateTimeUtc();
    return result;
}

int ChirpStackCommand::run(const QStringList &arguments)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    Redact::registerSecret(environment.value(u"CHIRPSTACK_API_KEY"_s));
    Redact::registerSecret(environment.value(u"CHIRPSTACK_API_TOKEN"_s));
    ChirpStackParse parsed = parse(arguments, environment);
    if (parsed.help) {
        Console::writeStdout(HelpText::chirpstackSource().toLocal8Bit());
        return ExitCode::Success;
    }
    if (!parsed.ok()) {
        Console::usageError(parsed.usageError, false);
        return ExitCode::UsageError;
    }
    if (parsed.enableCommand) {
        ChirpStackClient client(parsed.settings.request.chirpstackSource.connection);
        const QString journal = ChirpStackDisabler::journalPath(parsed.positionals.constFirst());
        const ChirpStackDisabler::Result result = ChirpStackDisabler::enable(client, journal);
        for (const QString &failure : result.failures)
            Console::error(CliText::tr("failed to enable %1").arg(failure));
        if (result.fatal.isError()) {
            Console::fatal(CliErrorText::withAdvice(result.fatal.message, result.fatal.fix));
            return ExitCode::Failure;
        }
        Console::error(CliText::tr("enabled in ChirpStack: %1; left disabled as they were before "
                                   "the migration: %2")
                           .arg(result.changed)
                           .arg(result.unchanged));
        return result.ok() ? ExitCode::Success : ExitCode::Partial;
    }
    ChirpStackDeviceSource::registerSource();
    if (parsed.settings.request.options.withSession) {
        Console::error(CliText::tr(
            "warning: --chirpstack.export-session keeps the sessions: a device keeps working only "
            "if The Things Stack receives its uplinks for its DevAddr. Otherwise let OTAA devices "
            "re-join"));
    }
    return TtsSourceCommand::runExport(parsed.settings, parsed.positionals, parsed.deviceCommand);
}

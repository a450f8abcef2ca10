#include "ttssourcecommand.h"

#include "appkeyrunner.h"
#include "argumentnormalizer.h"
#include "cliflagreader.h"
#include "clitext.h"
#include "clivalidator.h"
#include "console.h"
#include "deviceidinput.h"
#include "exitcodes.h"
#include "helptext.h"
#include "util/redact.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

enum class Word { None, Device, Application };

Word commandWord(const QString &word)
{
    // The official tool's aliases, as for the ttnv2 source.
    static const QStringList device
        = { u"device"_s, u"devices"_s, u"end-device"_s, u"end-devices"_s, u"dev"_s };
    static const QStringList application = { u"application"_s, u"applications"_s, u"app"_s };
    if (device.contains(word))
        return Word::Device;
    if (application.contains(word))
        return Word::Application;
    return Word::None;
}

bool takesValueAnywhere(const QString &name)
{
    return CliFlags::takesValue(name, CliFlags::ttsSource())
        || CliFlags::takesValue(name, CliFlags::chirpstackSource())
        || CliFlags::takesValue(name, CliFlags::tts()) || CliFlags::takesValue(name);
}

} // namespace

QStringList TtsSourceCommand::commandWords(const QStringList &arguments, QString *source)
{
    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--") {
            words << arguments.mid(i + 1);
            break;
        }
        if (!argument.startsWith(u'-') || argument == u"-") {
            words << argument;
            continue;
        }
        const QString nameAndValue = argument.mid(argument.startsWith(u"--"_s) ? 2 : 1);
        const qsizetype equals = nameAndValue.indexOf(u'=');
        const QString name = equals < 0 ? nameAndValue : nameAndValue.left(equals);
        QString value = equals < 0 ? QString() : nameAndValue.mid(equals + 1);
        if (equals < 0 && takesValueAnywhere(name) && i + 1 < arguments.size())
            value = arguments.at(++i);
        if (name == u"source")
            *source = value;
    }
    return words;
}

bool TtsSourceCommand::isExportWord(const QString &word, bool *device)
{
    const Word kind = commandWord(word);
    if (device)
        *device = kind == Word::Device;
    return kind != Word::None;
}

int TtsSourceCommand::runExport(
    RunSettings settings, const QStringList &deviceIds, bool deviceCommand)
{
    if (deviceCommand) {
        const DeviceIdInput ids = DeviceIdInputReader::read(deviceIds);
        for (const QString &warning : ids.warnings)
            Console::error(CliText::tr("warning: %1").arg(warning));
        if (!ids.error.isEmpty()) {
            Console::usageError(ids.error, false);
            return ExitCode::UsageError;
        }
        settings.request.deviceIds = ids.ids;
        settings.request.scope
            = ids.ids.size() == 1 ? ExportScope::SingleDevice : ExportScope::DeviceList;
    }
    return ExportRunner::run(std::move(settings));
}

namespace {

// The variable of a flag of the tts source's table (TTS_SOURCE_ADDRESS, …), set and not blank.
bool variableSet(const QProcessEnvironment &environment, const QString &name)
{
    const CliFlag *flag = CliFlags::find(name, CliFlags::ttsSource());
    return flag && !flag->envVar.isEmpty() && !environment.value(flag->envVar).trimmed().isEmpty();
}

bool readAddress(const CliFlagReader &reader, const QProcessEnvironment &environment,
    TtsConnection &connection, QString *error)
{
    const QString address = u"tts.source-address"_s;
    const QString grpc = u"tts.default-grpc-address"_s;
    // The command line first, then the variables; the HTTP address before the gRPC one.
    QString text;
    QString from;
    bool fromGrpc = false;
    if (reader.isSetOnCommandLine(address)) {
        text = reader.text(address);
        from = reader.describe(address);
    } else if (reader.isSetOnCommandLine(grpc)) {
        text = reader.text(grpc);
        from = reader.describe(grpc);
        fromGrpc = true;
    } else if (variableSet(environment, address)) {
        text = reader.text(address);
        from = reader.describe(address);
    } else if (variableSet(environment, grpc)) {
        text = reader.text(grpc);
        from = reader.describe(grpc);
        fromGrpc = true;
    }
    text = text.trimmed();
    if (text.isEmpty()) {
        *error = CliText::tr("missing --tts.source-address (or TTS_SOURCE_ADDRESS): the source "
                             "deployment's address, e.g. https://eu1.cloud.thethings.network "
                             "(or --tts.default-grpc-address HOST:PORT)");
        return false;
    }
    QString url = text;
    if (fromGrpc) {
        url = TtsSourceCommand::addressFromGrpc(text);
        if (url.isEmpty()) {
            *error = CliText::tr("invalid %1 \"%2\": use HOST:PORT, e.g. "
                                 "eu1.cloud.thethings.network:8884")
                         .arg(from, text);
            return false;
        }
    }
    const QUrl parsed(url, QUrl::StrictMode);
    const QString problem = TtsConnectionCheck::baseUrlProblem(parsed);
    if (!problem.isEmpty()) {
        *error = CliText::tr("invalid %1 \"%2\": %3").arg(from, text, problem);
        return false;
    }
    connection.identityServerUrl = parsed;
    return true;
}

bool readApplication(const CliFlagReader &reader, const TtsSourceParse &result,
    TtsConnection &connection, QString *error)
{
    QString app;
    QString from = reader.describe(u"tts.app-id"_s);
    if (!result.deviceCommand && !result.restore) {
        if (result.positionals.size() > 1) {
            *error = CliText::tr("one application at a time: got %1 application IDs")
                         .arg(result.positionals.size());
            return false;
        }
        if (!result.positionals.isEmpty()) {
            app = result.positionals.constFirst().trimmed();
            from = CliText::tr("application ID");
        }
    }
    if (app.isEmpty())
        app = reader.text(u"tts.app-id"_s).trimmed();
    if (app.isEmpty()) {
        *error = result.deviceCommand || result.restore
            ? CliText::tr(
                "missing --tts.app-id (or TTS_APP_ID): the application the devices are in")
            : CliText::tr("missing application ID: pass it as an argument (ttn-lw-migrate tts "
                          "application \"my-app\") or set TTS_APP_ID");
        return false;
    }
    if (!TtsConnectionCheck::idOk(app)) {
        *error = CliText::tr("invalid %1 \"%2\": an application ID has 3 to 36 lower-case letters, "
                             "digits and single dashes")
                     .arg(from, app);
        return false;
    }
    connection.applicationId = app;
    return true;
}

bool readKey(const CliFlagReader &reader, TtsConnection &connection, QString *error)
{
    const QString key = reader.text(u"tts.app-api-key"_s).trimmed();
    Redact::registerSecret(key);
    if (key.isEmpty()) {
        *error = CliText::tr("missing --tts.app-api-key (or TTS_APP_API_KEY): an API key of the "
                             "source application (NNSXS.…) with the rights devices read and read "
                             "keys");
        return false;
    }
    if (!TtsConnectionCheck::apiKeyShapeOk(key)) {
        // Never echo the value: it may be a real secret with a typo.
        *error
            = CliText::tr("invalid %1: that is not an API key (it looks like NNSXS.<ID>.<SECRET>)")
                  .arg(reader.describe(u"tts.app-api-key"_s));
        return false;
    }
    connection.apiKey = key;
    return true;
}

// --tts.no-session is the default; --tts.with-session (or the official
// --tts.no-session=false) keeps the sessions.
bool readSession(const CliFlagReader &reader, bool *withSession, QString *error)
{
    bool with = false;
    bool without = true;
    if (!reader.boolean(u"tts.with-session"_s, &with, error)
        || !reader.boolean(u"tts.no-session"_s, &without, error))
        return false;
    if (with && reader.isSet(u"tts.no-session"_s) && without) {
        *error = CliText::tr("--tts.with-session and --tts.no-session contradict each other: give "
                             "one of them");
        return false;
    }
    *withSession = with || !without;
    return true;
}

} // namespace

QString TtsSourceCommand::addressFromGrpc(const QString &hostPort)
{
    QString host = hostPort.trimmed();
    const qsizetype scheme = host.indexOf(u"://"_s);
    if (scheme >= 0)
        host = host.mid(scheme + 3);
    host = host.section(u'/', 0, 0);
    if (host.startsWith(u'[')) {
        const qsizetype end = host.indexOf(u']');
        if (end < 0)
            return QString();
        host = host.left(end + 1);
    } else if (host.count(u':') == 1) {
        host = host.section(u':', 0, 0);
    }
    if (host.isEmpty() || host == u"[]")
        return QString();
    return u"https://"_s + host;
}

bool TtsSourceCommand::isTtsSourceCommand(const QStringList &arguments)
{
    QString source;
    const QStringList words = commandWords(arguments, &source);
    if (words.size() >= 2 && words.at(0) == u"tts")
        return commandWord(words.at(1)) != Word::None || words.at(1) == u"restore-app-keys";
    return !words.isEmpty()
        && (commandWord(words.at(0)) != Word::None || words.at(0) == u"restore-app-keys")
        && source == u"tts";
}

TtsSourceParse TtsSourceCommand::parse(
    const QStringList &arguments, const QProcessEnvironment &environment)
{
    TtsSourceParse result;
    const QList<CliFlag> &table = CliFlags::ttsSource();
    QCommandLineParser parser;
    result.usageError = CliFlags::parseSourceCommand(parser, arguments, table, u"tts"_s);
    if (!result.usageError.isEmpty()) {
        result.suggestHelp = true;
        return result;
    }
    if (parser.isSet(u"help"_s)) {
        result.help = true;
        return result;
    }
    QStringList words = parser.positionalArguments();
    if (!words.isEmpty() && words.constFirst() == u"tts")
        words.removeFirst();
    result.restore = !words.isEmpty() && words.constFirst() == u"restore-app-keys";
    if (result.restore)
        words.removeFirst();
    const Word command = result.restore ? Word::None
        : words.isEmpty()               ? Word::None
                                        : commandWord(words.takeFirst());
    if (command == Word::None && !result.restore) {
        result.usageError
            = CliText::tr("missing command: tts application, tts device or tts devices");
        result.suggestHelp = true;
        return result;
    }
    if (parser.isSet(u"source"_s) && parser.value(u"source"_s) != u"tts") {
        result.usageError
            = CliText::tr("unsupported source \"%1\" here: use --source tts or --source ttnv2")
                  .arg(parser.value(u"source"_s));
        return result;
    }
    bool deleteSource = false;
    const CliFlagReader early(parser, environment, table);
    if (!early.boolean(u"tts.delete-source-device"_s, &deleteSource, &result.usageError))
        return result;
    if (deleteSource) {
        result.usageError = CliText::tr(
            "--tts.delete-source-device is not done at export time: a device deleted at the "
            "source before it works at the target is lost to both. Export, import, and delete "
            "the devices at the source once tts status shows them active: ttn-lw-migrate tts "
            "delete-source-devices devices.json");
        return result;
    }
    result.deviceCommand = command == Word::Device;
    result.positionals = words;

    const CliFlagReader reader(parser, environment, table);
    RunSettings &settings = result.settings;
    ExportRequest &request = settings.request;
    request.source = ExportSource::Tts;
    request.scope = result.deviceCommand ? ExportScope::DeviceList : ExportScope::Application;
    TtsConnection &connection = request.ttsSource;
    QString error;
    const bool read = readAddress(reader, environment, connection, &error)
        && readApplication(reader, result, connection, &error)
        && readKey(reader, connection, &error)
        && readSession(reader, &request.options.withSession, &error)
        && reader.duration(u"timeout"_s, &connection.timeoutMs, &error)
        && DeviceIdInputReader::readIdMap(
            reader.text(u"dev-id-map"_s).trimmed(), &request.options.deviceIdMap, &error)
        && reader.boolean(u"dry-run"_s, &settings.dryRun, &error)
        && reader.boolean(u"tts.change-app-key"_s, &settings.changeAppKey, &error)
        && reader.boolean(u"verbose"_s, &settings.verbose, &error);
    if (!read) {
        result.usageError = error;
        return result;
    }
    settings.outputPath = reader.text(u"output"_s);
    if (reader.isSet(u"output"_s) && settings.outputPath.isEmpty()) {
        result.usageError = CliText::tr("-o needs a file name");
        return result;
    }
    if (result.restore) {
        if (result.positionals.isEmpty())
            result.usageError = CliText::tr(
                "tts restore-app-keys needs the devices.json of the export whose AppKeys were "
                "changed (every part of a split export)");
        else if (!settings.outputPath.isEmpty())
            result.usageError = CliText::tr("restore-app-keys writes no file: leave out -o");
        else if (settings.changeAppKey)
            result.usageError
                = CliText::tr("restore-app-keys cannot be combined with --tts.change-app-key");
        return result;
    }
    if (settings.changeAppKey && settings.outputPath.isEmpty()) {
        // A new key at the source is safe only once the old one is in a file read back from
        // disk: never after an export to stdout.
        result.usageError = CliText::tr(
            "--tts.change-app-key needs -o FILE: the AppKeys are changed only after the export "
            "is written to FILE and read back, never after an export to stdout");
        return result;
    }
    bool split = false;
    double splitMiB = 0;
    if (!reader.split(&split, &splitMiB, &result.usageError))
        return result;
    result.usageError
        = CliValidator::splitBytes(split, splitMiB, settings.outputPath, &settings.splitBytes);
    if (!result.usageError.isEmpty())
        return result;
    // The command line streams every line to its output; the job need not keep a copy.
    request.keepResult = false;
    request.options.exportTime = QDateTime::currentDateTimeUtc();
    return result;
}

int TtsSourceCommand::run(const QStringList &arguments)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The key's variable, before anything can be logged.
    if (const CliFlag *key = CliFlags::find(u"tts.app-api-key"_s, CliFlags::ttsSource()))
        Redact::registerSecret(environment.value(key->envVar));
    TtsSourceParse parsed = parse(arguments, environment);
    if (parsed.help) {
        Console::writeStdout(HelpText::ttsSource().toLocal8Bit());
        return ExitCode::Success;
    }
    if (!parsed.ok()) {
        Console::usageError(parsed.usageError, false);
        if (parsed.suggestHelp)
            Console::error(CliText::tr("see ttn-lw-migrate tts application --help"));
        return ExitCode::UsageError;
    }
    const RunSettings &settings = parsed.settings;
    if (parsed.restore) {
        AppKeyRunSettings restore;
        restore.source = AppKeySource::Tts;
        restore.ttsConnection = settings.request.ttsSource;
        restore.dryRun = settings.dryRun;
        restore.verbose = settings.verbose;
        return AppKeyRunner::runRestore(restore, parsed.positionals);
    }
    if (settings.request.options.withSession) {
        Console::error(CliText::tr(
            "warning: --tts.with-session keeps the sessions: a device keeps working only if the "
            "target receives its uplinks for its DevAddr (the same network; Packet Broker routes "
            "by DevAddr to the network that owns it). Migrating to another network, export "
            "without session and let the devices re-join"));
    }
    return runExport(settings, parsed.positionals, parsed.deviceCommand);
}

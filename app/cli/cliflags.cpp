#include "cliflags.h"

#include "argumentnormalizer.h"
#include "clitext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace {
const QString kPrefix = u"ttnv2."_s;

QString unprefixedName(const QString &spelledName)
{
    return spelledName.startsWith(kPrefix) ? spelledName.mid(kPrefix.size()) : spelledName;
}

using S = CliFlagSection;

// A row of the v2 export's table (all()) listed under another command's section, so a flag
// every export shares (--split, --split-size) is described once.
CliFlag sharedRow(const QString &name, CliFlagSection section)
{
    CliFlag row = *CliFlags::find(name, CliFlags::all());
    row.section = section;
    return row;
}
} // namespace

const QList<CliFlag> &CliFlags::all()
{
    static const QList<CliFlag> flags = {
        { u"source"_s, u"SOURCE"_s, QString(), false, false, S::Usage, nullptr },
        { u"app-id"_s, u"ID"_s, u"TTNV2_APP_ID"_s, true, false, S::Ttnv2,
            QT_TRANSLATE_NOOP(
                "Cli", "v2 application ID (for \"application\", the argument wins)") },
        { u"app-access-key"_s, u"KEY"_s, u"TTNV2_APP_ACCESS_KEY"_s, true, false, S::Ttnv2,
            QT_TRANSLATE_NOOP("Cli",
                "access key with the \"devices\" right; never printed. Prefer the variable: it "
                "stays out of your shell history") },
        { u"frequency-plan-id"_s, u"ID"_s, u"FREQUENCY_PLAN_ID"_s, true, false, S::Ttnv2,
            QT_TRANSLATE_NOOP(
                "Cli", "frequency plan of the exported devices, required, e.g. EU_863_870_TTN") },
        { u"with-session"_s, QString(), u"TTNV2_WITH_SESSION"_s, true, true, S::Ttnv2,
            QT_TRANSLATE_NOOP("Cli",
                "also export the active session (default false: devices "
                "re-join)") },
        { u"handler-address"_s, u"URL"_s, u"TTNV2_HANDLER_ADDRESS"_s, true, false, S::Ttnv2,
            QT_TRANSLATE_NOOP(
                "Cli", "the handler's HTTP API, e.g. http://eu.thethings.network:8084") },
        { u"discovery-server-address"_s, u"URL"_s, u"TTNV2_DISCOVERY_SERVER_ADDRESS"_s, true, false,
            S::Ttnv2,
            QT_TRANSLATE_NOOP("Cli",
                "a discovery server's HTTP API; it finds the application's handler. One of the "
                "two addresses is required: the public TTN v2 network is shut down, so there is "
                "no default") },
        { u"ca-cert"_s, u"FILE"_s, u"TTNV2_CA_CERT"_s, true, false, S::Ttnv2,
            QT_TRANSLATE_NOOP("Cli",
                "extra CA certificate (PEM) for HTTPS to private "
                "deployments") },
        // An explicit step that writes to v2: deliberately no environment variable.
        { u"change-app-key"_s, QString(), QString(), true, true, S::Ttnv2,
            QT_TRANSLATE_NOOP("Cli",
                "needs -o FILE: once FILE is written and read back, give each exported OTAA "
                "device a new random AppKey in TTN v2, so it cannot join there again. Undo "
                "with: restore-app-keys FILE (puts the keys from FILE back; name every part of "
                "a split export)") },
        { u"requests-per-second"_s, u"N"_s, QString(), true, false, S::Advanced,
            QT_TRANSLATE_NOOP("Cli", "pace requests (default 5, the v2 limit)") },
        { u"timeout"_s, u"DURATION"_s, QString(), true, false, S::Advanced,
            QT_TRANSLATE_NOOP("Cli", "timeout per request attempt (default 30s)") },
        { u"dev-id-prefix"_s, u"PREFIX"_s, QString(), false, false, S::General,
            QT_TRANSLATE_NOOP("Cli", "prefix \"PREFIX-\" for every exported device ID") },
        { u"dev-id-map"_s, u"FILE"_s, QString(), false, false, S::General,
            QT_TRANSLATE_NOOP("Cli",
                "new device IDs, one \"v2-id,v3-id\" per line, for devices The Things Stack "
                "would refuse (reserved ID such as \"test\", invalid, or the same ID twice); the "
                "v2 ID stays in \"name\" and the \"old-id\" attribute") },
        { u"drop-invalid-attributes"_s, QString(), QString(), false, true, S::General,
            QT_TRANSLATE_NOOP("Cli",
                "leave out attributes The Things Stack refuses (invalid key, value over 200 "
                "characters, more than 10) instead of failing the device; listed per device") },
        { u"split"_s, QString(), QString(), false, true, S::General,
            QT_TRANSLATE_NOOP("Cli",
                "with -o FILE: numbered parts (devices-001.json, ...) of at most 10 MiB each; "
                "the Console refuses files of 16 MiB or more") },
        { u"split-size"_s, u"MIB"_s, QString(), false, false, S::General,
            QT_TRANSLATE_NOOP(
                "Cli", "size of each part, at least 1 and below 16 (implies --split)") },
        { u"dry-run"_s, QString(), QString(), false, true, S::General,
            QT_TRANSLATE_NOOP("Cli",
                "write nothing to TTN v2 (exporting never does; the export still goes to stdout "
                "or FILE); with change-app-key or restore-app-keys: list what would change") },
        { u"verbose"_s, QString(), QString(), false, true, S::General,
            QT_TRANSLATE_NOOP("Cli",
                "each request (method, path, status, time) and each device's decision on "
                "stderr") },
        { u"output"_s, u"FILE"_s, QString(), false, false, S::General,
            QT_TRANSLATE_NOOP(
                "Cli", "write the export to FILE atomically (mode 0600) instead of stdout"),
            u"o"_s },
        { u"help"_s, QString(), QString(), false, false, S::General,
            QT_TRANSLATE_NOOP("Cli", "show this help"), u"h"_s },
        { u"version"_s, QString(), QString(), false, false, S::General,
            QT_TRANSLATE_NOOP("Cli", "show the version") },
    };
    return flags;
}

QString CliFlag::helpText() const
{
    // The texts are marked with QT_TRANSLATE_NOOP in the tables below.
    return help ? QCoreApplication::translate("Cli", help) : QString();
}

const QList<CliFlag> &CliFlags::tts()
{
    static const QList<CliFlag> flags = {
        { u"tts.address"_s, u"URL"_s, u"TTS_ADDRESS"_s, false, false, S::Tts,
            QT_TRANSLATE_NOOP("Cli",
                "the Identity Server, e.g. https://eu1.cloud.thethings.network (http:// for "
                "local test servers); /api/v3 is added. Also the cluster unless "
                "--tts.cluster-address is given") },
        { u"tts.cluster-address"_s, u"URL"_s, u"TTS_CLUSTER_ADDRESS"_s, false, false, S::Tts,
            QT_TRANSLATE_NOOP("Cli",
                "the Join/Network/Application Server cluster when it differs (TTN: IS on eu1, "
                "cluster eu1, nam1 or au1)") },
        { u"tts.application-id"_s, u"ID"_s, u"TTS_APPLICATION_ID"_s, false, false, S::Tts,
            QT_TRANSLATE_NOOP(
                "Cli", "the target application; it replaces the application ID in FILE") },
        { u"tts.api-key"_s, u"KEY"_s, u"TTS_API_KEY"_s, false, false, S::Tts,
            QT_TRANSLATE_NOOP("Cli",
                "an API key (NNSXS.…) with the rights devices read, devices write (and write "
                "keys when FILE has keys); never printed. Prefer the variable") },
        { u"concurrency"_s, u"N"_s, QString(), false, false, S::Tts,
            QT_TRANSLATE_NOOP("Cli",
                "at most N devices in flight (default 16); the import starts with 4 and adapts "
                "to the server's rate limit") },
        { u"tts.replace-formatters"_s, QString(), QString(), false, true, S::Tts,
            QT_TRANSLATE_NOOP("Cli",
                "import: replace other default payload formatters the application already has "
                "with those saved beside FILE (FILE.formatters.json); without it they stay") },
        { u"dry-run"_s, QString(), QString(), false, true, S::Tts,
            QT_TRANSLATE_NOOP("Cli", "import: pre-flight and conflicts only, write nothing") },
        { u"verbose"_s, QString(), QString(), false, true, S::Tts,
            QT_TRANSLATE_NOOP("Cli",
                "each request (method, server, path, status, time) and each device on stderr, "
                "secrets redacted") },
        { u"timeout"_s, u"DURATION"_s, QString(), false, false, S::Tts,
            QT_TRANSLATE_NOOP("Cli", "per request attempt (default 30s)") },
        { u"help"_s, QString(), QString(), false, false, S::Tts,
            QT_TRANSLATE_NOOP("Cli", "show this help"), u"h"_s },
    };
    return flags;
}

const QList<CliFlag> &CliFlags::sourceDelete()
{
    static const QList<CliFlag> flags = {
        { u"confirm-delete"_s, QString(), QString(), false, true, S::Tts,
            QT_TRANSLATE_NOOP("Cli",
                "tts delete-source-devices without a terminal: confirms the deletion, which "
                "cannot be undone (on a terminal the command asks twice instead)") },
    };
    return flags;
}

const QList<CliFlag> &CliFlags::ttsSource()
{
    // The official tool's spellings (--tts.app-id, --tts.app-api-key, --tts.no-session, their
    // variables), plus an HTTP address: the official tool speaks gRPC, this one HTTP. Never
    // the target's flags or variables (TTS_ADDRESS, TTS_APPLICATION_ID, TTS_API_KEY).
    static const QList<CliFlag> flags = {
        { u"source"_s, u"SOURCE"_s, QString(), false, false, S::Usage, nullptr },
        { u"tts.app-id"_s, u"ID"_s, u"TTS_APP_ID"_s, false, false, S::TtsSource,
            QT_TRANSLATE_NOOP(
                "Cli", "the application to read from (for \"application\", the argument wins)") },
        { u"tts.app-api-key"_s, u"KEY"_s, u"TTS_APP_API_KEY"_s, false, false, S::TtsSource,
            QT_TRANSLATE_NOOP("Cli",
                "an API key (NNSXS.…) of that application with the rights devices read and "
                "read keys (settings basic for the formatters); never printed. Prefer the "
                "variable") },
        { u"tts.source-address"_s, u"URL"_s, u"TTS_SOURCE_ADDRESS"_s, false, false, S::TtsSource,
            QT_TRANSLATE_NOOP("Cli",
                "the source deployment's HTTP API, e.g. https://eu1.cloud.thethings.network "
                "(http:// for local test servers); /api/v3 is added") },
        { u"tts.default-grpc-address"_s, u"HOST:PORT"_s, u"TTS_DEFAULT_GRPC_ADDRESS"_s, false,
            false, S::TtsSource,
            QT_TRANSLATE_NOOP("Cli",
                "the official tool's gRPC address; its host is used as https://HOST (when "
                "--tts.source-address is not given)") },
        { u"tts.no-session"_s, QString(), QString(), false, true, S::TtsSource,
            QT_TRANSLATE_NOOP("Cli",
                "export without the session (the default): OTAA devices re-join the target; "
                "ABP devices are not exported") },
        { u"tts.with-session"_s, QString(), QString(), false, true, S::TtsSource,
            QT_TRANSLATE_NOOP("Cli",
                "keep the sessions (keys and frame counters); they keep working only where the "
                "device's uplinks for its DevAddr arrive (the same network)") },
        // An explicit step that writes to the source: deliberately no environment variable.
        { u"tts.change-app-key"_s, QString(), QString(), false, true, S::TtsSource,
            QT_TRANSLATE_NOOP("Cli",
                "needs -o FILE: once FILE is written and read back, give each exported OTAA "
                "device a new random AppKey (LoRaWAN 1.1: also NwkKey) in the source Join "
                "Server, so it cannot join there again; the key needs the rights devices write "
                "and write keys too. Undo with: tts restore-app-keys FILE") },
        // The official tool deletes at export time; this one only once the target shows the
        // device active. Recognised, so the user learns why, and not listed in --help.
        { u"tts.delete-source-device"_s, QString(), QString(), false, true, S::Usage, nullptr },
        { u"dev-id-map"_s, u"FILE"_s, QString(), false, false, S::TtsSource,
            QT_TRANSLATE_NOOP("Cli",
                "give devices new IDs: one \"source-id,new-id\" pair per line (the source's "
                "own IDs are kept otherwise)") },
        sharedRow(u"split"_s, S::TtsSource),
        sharedRow(u"split-size"_s, S::TtsSource),
        { u"timeout"_s, u"DURATION"_s, QString(), false, false, S::TtsSource,
            QT_TRANSLATE_NOOP("Cli", "per request attempt (default 30s)") },
        { u"dry-run"_s, QString(), QString(), false, true, S::TtsSource,
            QT_TRANSLATE_NOOP("Cli",
                "write nothing to the source (exporting never does; the export still goes to "
                "stdout or FILE); with tts.change-app-key or restore-app-keys: list what would "
                "change") },
        { u"verbose"_s, QString(), QString(), false, true, S::TtsSource,
            QT_TRANSLATE_NOOP("Cli",
                "each request (method, server, path, status, time) and each device's decision "
                "on stderr, secrets redacted") },
        { u"output"_s, u"FILE"_s, QString(), false, false, S::TtsSource,
            QT_TRANSLATE_NOOP(
                "Cli", "write the export to FILE atomically (mode 0600) instead of stdout"),
            u"o"_s },
        { u"help"_s, QString(), QString(), false, false, S::TtsSource,
            QT_TRANSLATE_NOOP("Cli", "show this help"), u"h"_s },
    };
    return flags;
}

const QList<CliFlag> &CliFlags::chirpstackSource()
{
    // The official tool's spellings and variables; CHIRPSTACK_API_TOKEN (the official README's
    // spelling of the key's variable) is read by ChirpStackCommand when CHIRPSTACK_API_KEY is
    // not set, and CHIRPSTACK_EXPORT_SESSION is the README's spelling (its code reads
    // EXPORT_SESSION: the official tool's bug 7).
    static const QList<CliFlag> flags = {
        { u"source"_s, u"SOURCE"_s, QString(), false, false, S::Usage, nullptr },
        { u"chirpstack.api-url"_s, u"HOST:PORT"_s, u"CHIRPSTACK_API_URL"_s, false, false,
            S::ChirpStackSource,
            QT_TRANSLATE_NOOP("Cli",
                "ChirpStack's gRPC API (the web interface's port, default 8080); "
                "http://HOST:PORT for plaintext") },
        { u"chirpstack.api-key"_s, u"KEY"_s, u"CHIRPSTACK_API_KEY"_s, false, false,
            S::ChirpStackSource,
            QT_TRANSLATE_NOOP("Cli",
                "an admin or tenant API key (also CHIRPSTACK_API_TOKEN); never printed. Prefer "
                "the variable") },
        { u"chirpstack.insecure"_s, QString(), u"CHIRPSTACK_INSECURE"_s, false, true,
            S::ChirpStackSource,
            QT_TRANSLATE_NOOP(
                "Cli", "plaintext gRPC (ChirpStack itself has no TLS; TLS is a reverse proxy's)") },
        { u"chirpstack.ca-cert-path"_s, u"FILE"_s, u"CHIRPSTACK_CA_CERT_PATH"_s, false, false,
            S::ChirpStackSource,
            QT_TRANSLATE_NOOP("Cli", "a PEM CA certificate for TLS (the system's by default)") },
        { u"chirpstack.tenant-id"_s, u"UUID"_s, u"CHIRPSTACK_TENANT_ID"_s, false, false,
            S::ChirpStackSource,
            QT_TRANSLATE_NOOP("Cli",
                "the tenant (the UUID in the web interface's address); needed with a tenant key "
                "to find an application by name") },
        { u"chirpstack.join-eui"_s, u"EUI"_s, u"JOIN_EUI"_s, false, false, S::ChirpStackSource,
            QT_TRANSLATE_NOOP("Cli",
                "the JoinEUI of devices that have none in ChirpStack (a device's own wins)") },
        { u"chirpstack.frequency-plan-id"_s, u"ID"_s, u"FREQUENCY_PLAN_ID"_s, false, false,
            S::ChirpStackSource,
            QT_TRANSLATE_NOOP("Cli",
                "The Things Stack's frequency plan for every device (default: from the device "
                "profile's region, e.g. EU_863_870 for EU868)") },
        { u"chirpstack.export-session"_s, QString(), u"CHIRPSTACK_EXPORT_SESSION"_s, false, true,
            S::ChirpStackSource,
            QT_TRANSLATE_NOOP("Cli",
                "keep the sessions (keys and frame counters): ABP devices need it; they keep "
                "working only where their uplinks for the DevAddr arrive") },
        { u"chirpstack.disable-devices"_s, QString(), QString(), false, true, S::ChirpStackSource,
            QT_TRANSLATE_NOOP("Cli",
                "after the export is safely written (needs -o FILE), disable its devices in "
                "ChirpStack, journalled beside FILE; undo with chirpstack enable-devices FILE") },
        { u"chirpstack.export-variables"_s, QString(), QString(), false, true, S::ChirpStackSource,
            QT_TRANSLATE_NOOP("Cli",
                "export device variables as var-… attributes (they may hold secrets; off by "
                "default)") },
        { u"chirpstack.device-id-from-name"_s, QString(), QString(), false, true,
            S::ChirpStackSource,
            QT_TRANSLATE_NOOP("Cli",
                "device IDs from the sanitised names instead of eui-<deveui> (names are not "
                "unique in ChirpStack)") },
        { u"dev-id-map"_s, u"FILE"_s, QString(), false, false, S::ChirpStackSource,
            QT_TRANSLATE_NOOP("Cli",
                "give devices IDs of your own: one \"DevEUI,device-id\" pair per line (others "
                "get eui-<deveui>, or their name with --chirpstack.device-id-from-name)") },
        sharedRow(u"split"_s, S::ChirpStackSource),
        sharedRow(u"split-size"_s, S::ChirpStackSource),
        { u"drop-invalid-attributes"_s, QString(), QString(), false, true, S::ChirpStackSource,
            QT_TRANSLATE_NOOP("Cli",
                "leave out attributes The Things Stack refuses (invalid key, value over 200 "
                "characters, more than 10) instead of failing the device; listed per device") },
        { u"timeout"_s, u"DURATION"_s, QString(), false, false, S::ChirpStackSource,
            QT_TRANSLATE_NOOP("Cli", "per call (default 15s); UNAVAILABLE is retried") },
        { u"dry-run"_s, QString(), QString(), false, true, S::ChirpStackSource,
            QT_TRANSLATE_NOOP("Cli",
                "write nothing to the source (exporting never does; the export still goes to "
                "stdout or FILE); with tts.change-app-key or restore-app-keys: list what would "
                "change") },
        { u"verbose"_s, QString(), QString(), false, true, S::ChirpStackSource,
            QT_TRANSLATE_NOOP("Cli",
                "each call (method, subject, status, time) and each device's decision on "
                "stderr, secrets redacted") },
        { u"output"_s, u"FILE"_s, QString(), false, false, S::ChirpStackSource,
            QT_TRANSLATE_NOOP(
                "Cli", "write the export to FILE atomically (mode 0600) instead of stdout"),
            u"o"_s },
        { u"help"_s, QString(), QString(), false, false, S::ChirpStackSource,
            QT_TRANSLATE_NOOP("Cli", "show this help"), u"h"_s },
    };
    return flags;
}

const CliFlag *CliFlags::find(const QString &name, const QList<CliFlag> &table)
{
    for (const CliFlag &flag : table) {
        if (flag.name == name || (!flag.shortName.isEmpty() && flag.shortName == name))
            return &flag;
    }
    return nullptr;
}

bool CliFlags::isBoolName(const QString &spelledName, const QList<CliFlag> &table)
{
    const CliFlag *flag = find(unprefixedName(spelledName), table);
    return flag && flag->isBool;
}

bool CliFlags::takesValue(const QString &spelledName, const QList<CliFlag> &table)
{
    const CliFlag *flag = find(unprefixedName(spelledName), table);
    return flag && flag->takesValue() && !flag->isBool;
}

QString CliFlags::spelled(const CliFlag &flag, CliForm form)
{
    if (flag.sourceScoped && form == CliForm::Source)
        return u"--"_s + kPrefix + flag.name;
    return u"--"_s + flag.name;
}

QString CliFlags::spelled(const QString &name, CliForm form)
{
    const CliFlag *flag = find(name);
    return flag ? spelled(*flag, form) : u"--"_s + name;
}

QString CliFlags::prefixed(const QString &name)
{
    return kPrefix + name;
}

void CliFlags::addOptions(QCommandLineParser &parser, const QList<CliFlag> &table)
{
    for (const CliFlag &flag : table) {
        // Source-scoped flags are declared under both spellings; which one the user may use
        // depends on the command form and is checked after parsing.
        QStringList names;
        if (!flag.shortName.isEmpty())
            names << flag.shortName;
        if (flag.sourceScoped)
            names << prefixed(flag.name);
        names << flag.name;
        if (!flag.takesValue())
            parser.addOption(QCommandLineOption(names)); // a switch: --help
        else
            parser.addOption(
                QCommandLineOption(names, QString(), flag.isBool ? u"bool"_s : flag.valueName));
    }
}

QString CliFlags::parseSourceCommand(QCommandLineParser &parser, const QStringList &arguments,
    const QList<CliFlag> &table, const QString &source)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    addOptions(parser, table);
    if (parser.parse(ArgumentNormalizer::normalize(arguments, table)))
        return QString();
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty())
        return parser.errorText();
    const QString &name = unknown.constFirst();
    return CliText::tr("unknown flag %1 for the %2 source")
        .arg((name.size() == 1 ? u"-"_s : u"--"_s) + name, source);
}

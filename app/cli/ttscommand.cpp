#include "ttscommand.h"

#include "argumentnormalizer.h"
#include "console.h"
#include "exitcodes.h"
#include "ttsimportrunner.h"
#include "ttsstatusrunner.h"
#include "util/interruptwatcher.h"
#include "util/redact.h"
#include "valueparsers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr int kMaxConcurrency = 32;

struct Flag
{
    QString name;
    QString envVar;
};

const QList<Flag> &valueFlags()
{
    static const QList<Flag> flags { { u"tts.address"_s, u"TTS_ADDRESS"_s },
        { u"tts.cluster-address"_s, u"TTS_CLUSTER_ADDRESS"_s },
        { u"tts.application-id"_s, u"TTS_APPLICATION_ID"_s },
        { u"tts.api-key"_s, u"TTS_API_KEY"_s }, { u"concurrency"_s, QString() },
        { u"timeout"_s, QString() } };
    return flags;
}

// The flag, else its environment variable (flags win).
QString valueOf(const QCommandLineParser &parser, const QProcessEnvironment &environment,
    const Flag &flag, QString *source)
{
    if (parser.isSet(flag.name)) {
        *source = u"--"_s + flag.name;
        return parser.value(flag.name).trimmed();
    }
    *source = flag.envVar;
    return flag.envVar.isEmpty() ? QString() : environment.value(flag.envVar).trimmed();
}

bool readBool(const QCommandLineParser &parser, const QString &name, bool *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    const auto value = ValueParsers::parseBool(parser.value(name));
    if (!value) {
        *error = Text::tr("invalid value \"%1\" for --%2: use true or false")
                     .arg(parser.value(name), name);
        return false;
    }
    *out = *value;
    return true;
}

bool readUrl(const QString &text, const QString &source, QUrl *out, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString problem = TtsConnectionCheck::baseUrlProblem(url);
    if (!problem.isEmpty()) {
        *error = Text::tr("invalid %1 \"%2\": %3").arg(source, text, problem);
        return false;
    }
    *out = url;
    return true;
}

bool readConnection(const QCommandLineParser &parser, const QProcessEnvironment &environment,
    TtsCliConfig &config, QString *error)
{
    QString source;
    const QList<Flag> &flags = valueFlags();
    const QString address = valueOf(parser, environment, flags.at(0), &source);
    if (address.isEmpty()) {
        *error = Text::tr("missing --tts.address (or TTS_ADDRESS): the Identity Server's URL, "
                          "e.g. https://eu1.cloud.thethings.network");
        return false;
    }
    if (!readUrl(address, source, &config.connection.identityServerUrl, error))
        return false;
    const QString cluster = valueOf(parser, environment, flags.at(1), &source);
    if (!cluster.isEmpty() && !readUrl(cluster, source, &config.connection.clusterUrl, error))
        return false;
    const QString app = valueOf(parser, environment, flags.at(2), &source);
    if (app.isEmpty()) {
        *error = Text::tr("missing --tts.application-id (or TTS_APPLICATION_ID): the target "
                          "application in The Things Stack");
        return false;
    }
    if (!TtsConnectionCheck::idOk(app)) {
        *error = Text::tr("invalid %1 \"%2\": an application ID has 3 to 36 lower-case letters, "
                          "digits and single dashes")
                     .arg(source, app);
        return false;
    }
    config.connection.applicationId = app;
    const QString key = valueOf(parser, environment, flags.at(3), &source);
    Redact::registerSecret(key);
    if (key.isEmpty()) {
        *error = Text::tr("missing --tts.api-key (or TTS_API_KEY): an API key of the application "
                          "(NNSXS.…)");
        return false;
    }
    if (!TtsConnectionCheck::apiKeyShapeOk(key)) {
        // Never echo the value: it may be a real secret with a typo.
        *error = Text::tr("invalid %1: that is not an API key (it looks like NNSXS.<ID>.<SECRET>)")
                     .arg(source);
        return false;
    }
    config.connection.apiKey = key;
    return true;
}

bool readTuning(const QCommandLineParser &parser, TtsCliConfig &config, QString *error)
{
    if (parser.isSet(u"concurrency"_s)) {
        bool ok = false;
        const int n = parser.value(u"concurrency"_s).toInt(&ok);
        if (!ok || n < 1 || n > kMaxConcurrency) {
            *error = Text::tr("invalid value for --concurrency: use a whole number from 1 to %1")
                         .arg(kMaxConcurrency);
            return false;
        }
        config.concurrency = n;
    }
    if (parser.isSet(u"timeout"_s)) {
        const auto ms = ValueParsers::parseDurationMs(parser.value(u"timeout"_s));
        if (!ms) {
            *error = Text::tr("invalid value for --timeout: use a duration such as 30s or 500ms");
            return false;
        }
        config.connection.timeoutMs = *ms;
    }
    return readBool(parser, u"dry-run"_s, &config.dryRun, error)
        && readBool(parser, u"tts.replace-formatters"_s, &config.replaceFormatters, error)
        && readBool(parser, u"verbose"_s, &config.verbose, error);
}

} // namespace

bool TtsCommand::isTtsCommand(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word.startsWith(u'-')) {
            // Flags may come first; `tts` is the first word that is neither a flag nor its value.
            const QString name = word.mid(2);
            const bool takesValue = std::any_of(valueFlags().cbegin(), valueFlags().cend(),
                [&name](const Flag &flag) { return flag.name == name; });
            if (takesValue)
                ++i;
            continue;
        }
        return word == u"tts";
    }
    return false;
}

TtsCliParse TtsCommand::parse(const QStringList &arguments, const QProcessEnvironment &environment)
{
    TtsCliParse result;
    QCommandLineParser parser;
    for (const Flag &flag : valueFlags())
        parser.addOption(QCommandLineOption(flag.name, QString(), u"value"_s));
    parser.addOption(QCommandLineOption(u"dry-run"_s, QString(), u"bool"_s));
    parser.addOption(QCommandLineOption(u"tts.replace-formatters"_s, QString(), u"bool"_s));
    parser.addOption(QCommandLineOption(u"verbose"_s, QString(), u"bool"_s));
    parser.addOption(QCommandLineOption(QStringList { u"h"_s, u"help"_s }));
    // --dry-run / --verbose alone mean true, as everywhere in this tool.
    // The tts commands' own bool flags, which the export's flag table does not know: alone
    // they mean true, like --dry-run.
    QStringList spelled = arguments;
    for (QString &argument : spelled)
        if (argument == u"--tts.replace-formatters")
            argument += u"=true"_s;
    if (!parser.parse(ArgumentNormalizer::normalize(spelled))) {
        const QStringList unknown = parser.unknownOptionNames();
        result.usageError = unknown.isEmpty()
            ? parser.errorText()
            : Text::tr("unknown flag %1 for the tts commands").arg(u"--"_s + unknown.constFirst());
        result.suggestHelp = true;
        return result;
    }
    QStringList words = parser.positionalArguments();
    if (!words.isEmpty() && words.constFirst() == u"tts")
        words.removeFirst();
    if (parser.isSet(u"help"_s) || (!words.isEmpty() && words.constFirst() == u"help")) {
        result.config.help = true;
        return result;
    }
    if (words.isEmpty()) {
        result.usageError = Text::tr("missing command after tts: import or status");
        result.suggestHelp = true;
        return result;
    }
    const QString command = words.takeFirst();
    if (command == u"import")
        result.config.command = TtsCliCommand::Import;
    else if (command == u"status")
        result.config.command = TtsCliCommand::Status;
    else {
        result.usageError
            = Text::tr("unknown command \"tts %1\": use tts import or tts status").arg(command);
        result.suggestHelp = true;
        return result;
    }
    if (words.isEmpty()) {
        result.usageError = Text::tr("missing FILE: give the devices.json written by the export "
                                     "(several files for an export split into parts)");
        result.suggestHelp = true;
        return result;
    }
    result.config.files = words;
    QString error;
    if (!readConnection(parser, environment, result.config, &error)
        || !readTuning(parser, result.config, &error))
        result.usageError = error;
    return result;
}

QString TtsCommand::helpText()
{
    return QCoreApplication::translate("Cli",
        R"(ttn-lw-migrate tts: import devices.json into The Things Stack, and watch the devices join.

Usage:
  ttn-lw-migrate tts import [flags] FILE...   create every device of FILE (parts of one export)
  ttn-lw-migrate tts status [flags] FILE...   waiting / joined / active per device

Flags (each has an environment variable; the flag wins):
  --tts.address URL              TTS_ADDRESS
      the Identity Server, e.g. https://eu1.cloud.thethings.network (http:// for
      local test servers); /api/v3 is added. Also the cluster unless:
  --tts.cluster-address URL      TTS_CLUSTER_ADDRESS
      the Join/Network/Application Server cluster when it differs (TTN: IS on
      eu1, cluster eu1, nam1 or au1)
  --tts.application-id ID        TTS_APPLICATION_ID
      the target application; it replaces the application ID in FILE
  --tts.api-key KEY              TTS_API_KEY
      an API key (NNSXS.…) with the rights devices read, devices write (and
      write keys when FILE has keys); never printed. Prefer the variable
  --concurrency N                at most N devices in flight (default 16); the import
                                 starts with 4 and adapts to the server's rate limit
  --tts.replace-formatters       import: replace other default payload formatters
                                 the application already has with those saved beside
                                 FILE (FILE.formatters.json); without it they stay
  --dry-run                      import: pre-flight and conflicts only, write nothing
  --verbose                      each request (method, server, path, status, time)
                                 and each device on stderr, secrets redacted
  --timeout DURATION             per request attempt (default 30s)

Output: import: one line per device that is not imported (all with --verbose)
and a summary on stderr. status: one line per device and the summary
"N joined, M waiting, K active of T" on stdout.

Exit codes:
  0  every device imported or already in The Things Stack (status: all found)
  3  finished, but some devices were not imported (status: some not in TTS)
  2  usage error (nothing was sent)
  1  nothing could be done (API key, rights, unknown application, network)
  130  interrupted (Ctrl-C): the devices in flight were finished or rolled back
)");
}

int TtsCommand::run(const QStringList &arguments)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    Redact::registerSecret(environment.value(u"TTS_API_KEY"_s));
    const TtsCliParse parsed = parse(arguments, environment);
    if (parsed.config.help) {
        Console::writeStdout(helpText().toLocal8Bit());
        return ExitCode::AllExported;
    }
    if (!parsed.ok()) {
        Console::usageError(parsed.usageError, false);
        if (parsed.suggestHelp)
            Console::error(QCoreApplication::translate("Cli", "see ttn-lw-migrate tts --help"));
        return ExitCode::Usage;
    }
    const TtsDeviceFileContents contents = TtsDeviceFile::read(parsed.config.files);
    if (!contents.error.isEmpty()) {
        Console::usageError(contents.error, false);
        return ExitCode::Usage;
    }
    InterruptWatcher interrupts;
    if (parsed.config.command == TtsCliCommand::Import) {
        TtsImportRunner runner(parsed.config, contents.devices);
        QObject::connect(
            &interrupts, &InterruptWatcher::interrupted, &runner, &TtsImportRunner::interrupt);
        QObject::connect(&runner, &TtsImportRunner::finished, &runner,
            [](int code) { QCoreApplication::exit(code); });
        QMetaObject::invokeMethod(&runner, &TtsImportRunner::start, Qt::QueuedConnection);
        return QCoreApplication::exec();
    }
    TtsStatusRunner runner(parsed.config, contents.devices);
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &runner,
        [](int code) { QCoreApplication::exit(code); });
    QObject::connect(&runner, &TtsStatusRunner::finished, &runner,
        [](int code) { QCoreApplication::exit(code); });
    QMetaObject::invokeMethod(&runner, &TtsStatusRunner::start, Qt::QueuedConnection);
    return QCoreApplication::exec();
}

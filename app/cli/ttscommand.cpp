#include "ttscommand.h"

#include "argumentnormalizer.h"
#include "cliflagreader.h"
#include "clitext.h"
#include "console.h"
#include "exitcodes.h"
#include "helptext.h"
#include "ttsimportrunner.h"
#include "ttsstatusrunner.h"
#include "util/interruptwatcher.h"
#include "util/redact.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxConcurrency = 32;

bool readUrl(const QString &text, const QString &source, QUrl *out, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString problem = TtsConnectionCheck::baseUrlProblem(url);
    if (!problem.isEmpty()) {
        *error = CliText::tr("invalid %1 \"%2\": %3").arg(source, text, problem);
        return false;
    }
    *out = url;
    return true;
}

bool readConnection(const CliFlagReader &reader, TtsCliConfig &config, QString *error)
{
    const QString address = reader.text(u"tts.address"_s).trimmed();
    if (address.isEmpty()) {
        *error = CliText::tr("missing --tts.address (or TTS_ADDRESS): the Identity Server's URL, "
                             "e.g. https://eu1.cloud.thethings.network");
        return false;
    }
    if (!readUrl(address, reader.describe(u"tts.address"_s), &config.connection.identityServerUrl,
            error))
        return false;
    const QString cluster = reader.text(u"tts.cluster-address"_s).trimmed();
    if (!cluster.isEmpty()
        && !readUrl(cluster, reader.describe(u"tts.cluster-address"_s),
            &config.connection.clusterUrl, error))
        return false;
    const QString app = reader.text(u"tts.application-id"_s).trimmed();
    if (app.isEmpty()) {
        *error = CliText::tr("missing --tts.application-id (or TTS_APPLICATION_ID): the target "
                             "application in The Things Stack");
        return false;
    }
    if (!TtsConnectionCheck::idOk(app)) {
        *error = CliText::tr("invalid %1 \"%2\": an application ID has 3 to 36 lower-case letters, "
                             "digits and single dashes")
                     .arg(reader.describe(u"tts.application-id"_s), app);
        return false;
    }
    config.connection.applicationId = app;
    const QString key = reader.text(u"tts.api-key"_s).trimmed();
    Redact::registerSecret(key);
    if (key.isEmpty()) {
        *error
            = CliText::tr("missing --tts.api-key (or TTS_API_KEY): an API key of the application "
                          "(NNSXS.…)");
        return false;
    }
    if (!TtsConnectionCheck::apiKeyShapeOk(key)) {
        // Never echo the value: it may be a real secret with a typo.
        *error
            = CliText::tr("invalid %1: that is not an API key (it looks like NNSXS.<ID>.<SECRET>)")
                  .arg(reader.describe(u"tts.api-key"_s));
        return false;
    }
    config.connection.apiKey = key;
    return true;
}

bool readTuning(const CliFlagReader &reader, TtsCliConfig &config, QString *error)
{
    return reader.wholeNumber(u"concurrency"_s, 1, kMaxConcurrency, &config.concurrency, error)
        && reader.duration(u"timeout"_s, &config.connection.timeoutMs, error)
        && reader.boolean(u"dry-run"_s, &config.dryRun, error)
        && reader.boolean(u"tts.replace-formatters"_s, &config.replaceFormatters, error)
        && reader.boolean(u"verbose"_s, &config.verbose, error);
}

} // namespace

bool TtsCommand::isTtsCommand(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word.startsWith(u'-')) {
            // Flags may come first; `tts` is the first word that is neither a flag nor its
            // value. Either command family's flags may stand there.
            const QString name = word.mid(word.startsWith(u"--"_s) ? 2 : 1);
            if (CliFlags::takesValue(name, CliFlags::tts()) || CliFlags::takesValue(name))
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
    CliFlags::addOptions(parser, CliFlags::tts());
    // --dry-run / --verbose alone mean true, as everywhere in this tool.
    if (!parser.parse(ArgumentNormalizer::normalize(arguments, CliFlags::tts()))) {
        const QStringList unknown = parser.unknownOptionNames();
        result.usageError = unknown.isEmpty() ? parser.errorText()
                                              : CliText::tr("unknown flag %1 for the tts commands")
                                                    .arg(u"--"_s + unknown.constFirst());
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
        result.usageError = CliText::tr("missing command after tts: import or status");
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
            = CliText::tr("unknown command \"tts %1\": use tts import or tts status").arg(command);
        result.suggestHelp = true;
        return result;
    }
    if (words.isEmpty()) {
        result.usageError = CliText::tr("missing FILE: give the devices.json written by the export "
                                        "(several files for an export split into parts)");
        result.suggestHelp = true;
        return result;
    }
    result.config.files = words;
    const CliFlagReader reader(parser, environment, CliFlags::tts());
    QString error;
    if (!readConnection(reader, result.config, &error)
        || !readTuning(reader, result.config, &error))
        result.usageError = error;
    return result;
}

int TtsCommand::run(const QStringList &arguments)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    Redact::registerSecret(environment.value(u"TTS_API_KEY"_s));
    const TtsCliParse parsed = parse(arguments, environment);
    if (parsed.config.help) {
        Console::writeStdout(HelpText::tts().toLocal8Bit());
        return ExitCode::Success;
    }
    if (!parsed.ok()) {
        Console::usageError(parsed.usageError, false);
        if (parsed.suggestHelp)
            Console::error(QCoreApplication::translate("Cli", "see ttn-lw-migrate tts --help"));
        return ExitCode::UsageError;
    }
    const TtsDeviceFileContents contents = TtsDeviceFile::read(parsed.config.files);
    if (!contents.ok()) {
        // Not an export at all (unreadable, empty, binary, other JSON): refused before any
        // request, like a usage error.
        Console::usageError(contents.problemText(), false);
        return ExitCode::UsageError;
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

#include "cliparser.h"

#include "argumentnormalizer.h"
#include "cliflagreader.h"
#include "clitext.h"
#include "valueparsers.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

CliCommand commandFromWord(const QString &word)
{
    // The official tool's aliases, so copied commands keep working.
    static const QStringList device
        = { u"device"_s, u"devices"_s, u"end-device"_s, u"end-devices"_s, u"dev"_s };
    static const QStringList application = { u"application"_s, u"applications"_s, u"app"_s };
    if (device.contains(word))
        return CliCommand::Device;
    if (application.contains(word))
        return CliCommand::Application;
    if (word == u"restore-app-keys")
        return CliCommand::RestoreAppKeys;
    return CliCommand::None;
}

QString unknownFlagError(const QStringList &unknownNames)
{
    const QString &name = unknownNames.constFirst();
    return CliText::tr("unknown flag %1").arg((name.size() == 1 ? u"-"_s : u"--"_s) + name);
}

// On the guide's --source form the v2 flags carry the "ttnv2." prefix (like the official
// tool); an unprefixed one is reported with the spelling that works.
QString checkSpellings(const QCommandLineParser &parser, CliForm form)
{
    const QStringList used = parser.optionNames();
    for (const QString &name : used) {
        const CliFlag *flag = CliFlags::find(name);
        if (form == CliForm::Source && flag && flag->sourceScoped) {
            return CliText::tr("unknown flag --%1 (with --source ttnv2 it is spelled %2)")
                .arg(name, CliFlags::spelled(name, form));
        }
    }
    return QString();
}

bool readCommand(const QCommandLineParser &parser, CliParseResult &result)
{
    QStringList words = parser.positionalArguments();
    CliConfig &config = result.config;
    if (!words.isEmpty() && words.constFirst() == u"help") {
        config.action = CliAction::Help;
        return false;
    }
    if (!words.isEmpty() && words.constFirst() == u"ttnv2") {
        config.form = CliForm::Ttnv2;
        words.removeFirst();
    }
    if (words.isEmpty()) {
        result.usageError = CliText::tr("missing command: device, application or restore-app-keys");
        result.suggestHelp = true;
        return false;
    }
    const QString word = words.takeFirst();
    config.command = commandFromWord(word);
    if (config.command == CliCommand::None) {
        result.usageError
            = CliText::tr("unknown command \"%1\": use device, application or restore-app-keys")
                  .arg(word);
        result.suggestHelp = true;
        return false;
    }
    config.positionals = words;

    const QString source = parser.value(u"source"_s);
    if (config.form == CliForm::Source && !parser.isSet(u"source"_s)) {
        result.usageError
            = CliText::tr("missing --source: this tool migrates from TTN v2, pass --source ttnv2");
        result.suggestHelp = true;
        return false;
    }
    if (parser.isSet(u"source"_s) && source != u"ttnv2") {
        result.usageError
            = CliText::tr("unsupported source \"%1\": only ttnv2 is supported").arg(source);
        return false;
    }
    const QString spellingError = checkSpellings(parser, config.form);
    if (!spellingError.isEmpty()) {
        result.usageError = spellingError;
        result.suggestHelp = true;
        return false;
    }
    return true;
}

bool readValues(const CliFlagReader &reader, CliParseResult &result)
{
    CliConfig &config = result.config;
    QString *error = &result.usageError;
    config.accessKey = reader.text(u"app-access-key"_s).trimmed();
    config.appId = reader.text(u"app-id"_s).trimmed();
    config.frequencyPlanId = reader.text(u"frequency-plan-id"_s).trimmed();
    config.handlerAddress = reader.text(u"handler-address"_s).trimmed();
    config.discoveryAddress = reader.text(u"discovery-server-address"_s).trimmed();
    config.caCertPath = reader.text(u"ca-cert"_s).trimmed();
    config.devIdPrefix = reader.text(u"dev-id-prefix"_s).trimmed();
    config.devIdMapPath = reader.text(u"dev-id-map"_s).trimmed();
    config.outputPath = reader.text(u"output"_s);
    if (reader.isSet(u"output"_s) && config.outputPath.isEmpty()) {
        result.usageError = CliText::tr("-o needs a file name");
        return false;
    }
    if (!reader.boolean(u"with-session"_s, &config.withSession, error)
        || !reader.boolean(u"change-app-key"_s, &config.changeAppKey, error)
        || !reader.boolean(u"dry-run"_s, &config.dryRun, error)
        || !reader.boolean(u"verbose"_s, &config.verbose, error)
        || !reader.boolean(u"drop-invalid-attributes"_s, &config.dropInvalidAttributes, error)
        || !reader.split(&config.split, &config.splitSizeMiB, error))
        return false;

    if (reader.isSet(u"requests-per-second"_s)) {
        const auto rate = ValueParsers::parsePositiveNumber(reader.text(u"requests-per-second"_s));
        if (!rate) {
            result.usageError = CliText::tr("invalid value for %1: use a number above 0, e.g. 5")
                                    .arg(reader.describe(u"requests-per-second"_s));
            return false;
        }
        config.requestsPerSecond = *rate;
    }
    return reader.duration(u"timeout"_s, &config.timeoutMs, error);
}

} // namespace

CliParseResult CliParser::parse(
    const QStringList &arguments, const QProcessEnvironment &environment)
{
    CliParseResult result;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    CliFlags::addOptions(parser, CliFlags::all());

    const bool parsed = parser.parse(ArgumentNormalizer::normalize(arguments));
    // --help and --version answer even next to other mistakes.
    if (parser.isSet(u"help"_s)) {
        result.config.action = CliAction::Help;
        return result;
    }
    if (parser.isSet(u"version"_s)) {
        result.config.action = CliAction::Version;
        return result;
    }
    if (!parsed) {
        result.usageError = parser.unknownOptionNames().isEmpty()
            ? parser.errorText()
            : unknownFlagError(parser.unknownOptionNames());
        result.suggestHelp = true;
        return result;
    }
    if (!readCommand(parser, result))
        return result;
    const CliFlagReader reader(parser, environment, CliFlags::all(), result.config.form);
    readValues(reader, result);
    return result;
}

#include "sourcedeletecommand.h"

#include "clierrortext.h"
#include "cliflags.h"
#include "cliparser.h"
#include "clitext.h"
#include "clivalidator.h"
#include "console.h"
#include "exitcodes.h"
#include "helptext.h"
#include "sourcedelete/sourcedeletejob.h"
#include "sourcedelete/ttssourcedeleter.h"
#include "sourcedelete/v2sourcedeleter.h"
#include "ttscommand.h"
#include "ttssourcecommand.h"
#include "util/interruptwatcher.h"
#include "util/localenumbers.h"
#include "util/redact.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>
#include <QTextStream>

using namespace Qt::StringLiterals;
using LocaleNumbers::number;
using LocaleNumbers::withGroupedN;
using Status = SourceDeleteDeviceResult::Status;

namespace {

enum class Command { None, DeleteAbp, RecreateAbp, DeleteTts };

// The arguments sorted for the two parsers that already read them: the target's flags
// (`tts import`'s) for TtsCommand, everything else for the source's parser; our own flags
// (--confirm-delete) taken out.
struct Split
{
    QStringList words; // neither flags nor their values
    QStringList source; // flags (with values) for the source's parser
    QStringList target; // flags (with values) for the target's
    QStringList own;
};

bool isTargetOnly(const QString &name)
{
    return CliFlags::find(name, CliFlags::tts()) && name.startsWith(u"tts.")
        && !CliFlags::find(name, CliFlags::ttsSource());
}

Split split(const QStringList &arguments)
{
    Split s;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--") {
            s.words << arguments.mid(i + 1);
            break;
        }
        if (!argument.startsWith(u'-') || argument == u"-") {
            s.words << argument;
            continue;
        }
        const QString nameAndValue = argument.mid(argument.startsWith(u"--"_s) ? 2 : 1);
        const qsizetype equals = nameAndValue.indexOf(u'=');
        const QString name = equals < 0 ? nameAndValue : nameAndValue.left(equals);
        QStringList flag { argument };
        const CliFlag *row = CliFlags::find(name, CliFlags::tts());
        if (!row)
            row = CliFlags::find(name, CliFlags::ttsSource());
        if (!row)
            row = CliFlags::find(name, CliFlags::sourceDelete());
        if (!row)
            row = CliFlags::find(name.startsWith(u"ttnv2.") ? name.mid(6) : name);
        if (equals < 0 && row && i + 1 < arguments.size()) {
            const QString &following = arguments.at(i + 1);
            // A bool flag takes only true/false after it; others their value.
            if (!row->isBool ? row->takesValue() : (following == u"true" || following == u"false"))
                flag << arguments.at(++i);
        }
        if (CliFlags::find(name, CliFlags::sourceDelete()))
            s.own << flag;
        else if (isTargetOnly(name))
            s.target << flag;
        else
            s.source << flag;
    }
    return s;
}

Command commandOf(const QStringList &words)
{
    if (words.size() < 2)
        return Command::None;
    if (words.at(0) == u"ttnv2" && words.at(1) == u"delete-abp-devices")
        return Command::DeleteAbp;
    if (words.at(0) == u"ttnv2" && words.at(1) == u"recreate-abp-devices")
        return Command::RecreateAbp;
    if (words.at(0) == u"tts" && words.at(1) == u"delete-source-devices")
        return Command::DeleteTts;
    return Command::None;
}

struct Settings
{
    Command command = Command::None;
    QStringList files;
    V2Connection v2;
    TtsConnection source;
    TtsConnection target;
    bool dryRun = false;
    bool verbose = false;
    bool confirmed = false;
    QString usageError;
};

Settings parse(const QStringList &arguments, const QProcessEnvironment &environment)
{
    Settings settings;
    const Split s = split(arguments);
    settings.command = commandOf(s.words);
    settings.files = s.words.mid(2);
    const QString program = arguments.value(0);
    if (settings.files.isEmpty()) {
        settings.usageError = CliText::tr("missing FILE: give the devices.json written by the "
                                          "export (several files for an export split into parts)");
        return settings;
    }
    for (const QString &own : s.own) {
        const qsizetype equals = own.indexOf(u'=');
        settings.confirmed = equals < 0 || own.mid(equals + 1) != u"false";
    }
    if (settings.command != Command::RecreateAbp) {
        // The target, as `tts status` reads it (its flags and variables only).
        const TtsCliParse target = TtsCommand::parse(
            QStringList { program, u"tts"_s, u"status"_s } + settings.files + s.target,
            environment);
        if (!target.ok()) {
            settings.usageError = target.usageError;
            return settings;
        }
        settings.target = target.config.connection;
    }
    if (settings.command == Command::DeleteTts) {
        const TtsSourceParse source = TtsSourceCommand::parse(
            QStringList { program, u"tts"_s, u"devices"_s } + s.source, environment);
        if (!source.ok()) {
            settings.usageError = source.usageError;
            return settings;
        }
        settings.source = source.settings.request.ttsSource;
        settings.dryRun = source.settings.dryRun;
        settings.verbose = source.settings.verbose;
        return settings;
    }
    // TTN v2: read as `restore-app-keys FILE` reads its flags (the v2 connection).
    const CliParseResult parsed = CliParser::parse(
        QStringList { program, u"ttnv2"_s, u"restore-app-keys"_s } + settings.files + s.source,
        environment);
    if (!parsed.ok()) {
        settings.usageError = parsed.usageError;
        return settings;
    }
    Redact::registerSecret(parsed.config.accessKey);
    const CliValidation validation = CliValidator::validate(parsed.config);
    if (!validation.ok()) {
        settings.usageError = validation.usageError;
        return settings;
    }
    settings.v2 = validation.request.connection;
    settings.dryRun = parsed.config.dryRun;
    settings.verbose = parsed.config.verbose;
    return settings;
}

QString deviceLine(const SourceDeleteDeviceResult &result)
{
    const QString who = result.sourceId == result.deviceId || result.sourceId.isEmpty()
        ? result.deviceId
        : CliText::tr("%1 (%2 at the source)").arg(result.deviceId, result.sourceId);
    if (result.reason.isEmpty())
        return u"%1 %2"_s.arg(SourceDeleteJob::statusName(result.status), who);
    return u"%1 %2: %3"_s.arg(SourceDeleteJob::statusName(result.status), who, result.reason);
}

// On a terminal: twice, the second time the application's ID typed out.
bool askTwice(const QString &sourceApp, int count)
{
    QTextStream in(stdin);
    Console::error(withGroupedN(CliText::tr("Delete those of the %n device(s) of the file that "
                                            "are active at the target from application %1 at "
                                            "the source? This cannot be undone. Type yes:",
                                    nullptr, count),
        count)
                       .arg(sourceApp));
    if (in.readLine().trimmed() != u"yes")
        return false;
    Console::error(
        CliText::tr("Type the source application's ID (%1) to delete them now:").arg(sourceApp));
    return in.readLine().trimmed() == sourceApp;
}

} // namespace

bool SourceDeleteCommand::isSourceDeleteCommand(const QStringList &arguments)
{
    return commandOf(split(arguments).words) != Command::None;
}

int SourceDeleteCommand::run(const QStringList &arguments)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &variable :
        { u"TTNV2_APP_ACCESS_KEY"_s, u"TTS_API_KEY"_s, u"TTS_APP_API_KEY"_s })
        Redact::registerSecret(environment.value(variable));
    if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        Console::writeStdout(HelpText::sourceDelete().toLocal8Bit());
        return ExitCode::Success;
    }
    const Settings settings = parse(arguments, environment);
    if (!settings.usageError.isEmpty()) {
        Console::usageError(settings.usageError, false);
        return ExitCode::UsageError;
    }
    const TtsDeviceFileContents contents = TtsDeviceFile::read(settings.files);
    if (!contents.ok()) {
        Console::usageError(contents.problemText(), false);
        return ExitCode::UsageError;
    }
    const bool tts = settings.command == Command::DeleteTts;
    SourceDeleter *deleter = tts
        ? static_cast<SourceDeleter *>(new TtsSourceDeleter(settings.source))
        : new V2SourceDeleter(settings.v2);
    SourceDeleteOptions options;
    options.action = settings.command == Command::RecreateAbp ? SourceDeleteAction::Recreate
                                                              : SourceDeleteAction::Delete;
    options.dryRun = settings.dryRun;
    options.journalPath = SourceDeleteJournal::pathBeside(settings.files.constFirst());
    if (options.action == SourceDeleteAction::Recreate && !QFile::exists(options.journalPath)) {
        Console::fatal(CliText::tr("%1 does not exist: no device was deleted from TTN v2 with "
                                   "this devices.json")
                           .arg(QDir::toNativeSeparators(options.journalPath)));
        return ExitCode::Failure;
    }
    SourceDeleteJob job(deleter, settings.target, contents.devices, options);
    if (tts && !settings.dryRun && !settings.confirmed) {
        if (!Console::stdinIsTerminal()) {
            Console::usageError(CliText::tr("tts delete-source-devices deletes devices at the "
                                            "source for good: without a terminal to ask on, "
                                            "give --confirm-delete (or try --dry-run first)"),
                false);
            return ExitCode::UsageError;
        }
        if (!askTwice(settings.source.applicationId, job.concernedCount())) {
            Console::error(CliText::tr("nothing deleted"));
            return ExitCode::Failure;
        }
    }
    if (settings.command == Command::DeleteAbp && job.concernedCount() == 0)
        Console::error(CliText::tr("%1 holds no ABP device: nothing to delete from TTN v2")
                           .arg(QDir::toNativeSeparators(settings.files.constFirst())));
    QObject::connect(&job, &SourceDeleteJob::deviceFinished,
        [](const SourceDeleteDeviceResult &result) { Console::error(deviceLine(result)); });
    if (settings.verbose)
        QObject::connect(&job, &SourceDeleteJob::requestLogged,
            [](const QString &line) { Console::error(line); });
    int interrupted = 0;
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &job, [&](int code) {
        interrupted = code;
        Console::error(CliText::tr("interrupted: stopping after the device in flight"));
        job.cancel();
    });
    int exitCode = ExitCode::Success;
    QObject::connect(&job, &SourceDeleteJob::finished, &job, [&](const SourceDeleteSummary &s) {
        if (s.dryRun)
            Console::error(
                CliText::tr("dry run: %1 would be written, %2 not ready yet; nothing was written")
                    .arg(number(s.wouldDelete + s.wouldRecreate), number(s.notReady)));
        else if (s.action == SourceDeleteAction::Recreate)
            Console::error(CliText::tr("re-created in TTN v2: %1, failed: %2")
                               .arg(number(s.recreated), number(s.failed)));
        else
            Console::error(
                CliText::tr("deleted at the source: %1, already: %2, not ready yet: %3, failed: %4")
                    .arg(number(s.deleted), number(s.already), number(s.notReady),
                        number(s.failed)));
        if (s.notReady > 0)
            Console::error(tts ? CliText::tr("the devices not active at the target yet were left "
                                             "alone: run the same command again later")
                               : CliText::tr("the devices TTS has not seen yet were left alone: "
                                             "run the same command again later"));
        if (!s.dryRun && QFile::exists(s.journalPath))
            Console::error(CliText::tr("journal: %1").arg(QDir::toNativeSeparators(s.journalPath)));
        if (interrupted)
            exitCode = interrupted;
        else if (s.fatal.isError()) {
            Console::fatal(CliErrorText::withAdvice(s.fatal.message, s.fatal.fix));
            exitCode = ExitCode::Failure;
        } else if (s.failed > 0 || s.notReady > 0)
            exitCode = ExitCode::Partial;
        QCoreApplication::exit(exitCode);
    });
    QMetaObject::invokeMethod(&job, &SourceDeleteJob::start, Qt::QueuedConnection);
    return QCoreApplication::exec();
}

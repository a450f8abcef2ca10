#include "formatterscommand.h"

#include "clitext.h"
#include "console.h"
#include "exitcodes.h"
#include "formatters/formatterfile.h"
#include "formatters/formatterrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxFPort = 223; // application ports (LoRaWAN: 224 and up are reserved)

QString describe(const FormatterResult &r)
{
    using S = FormatterResult::Status;
    switch (r.status) {
    case S::Decoded:
        return CliText::tr("decoded %1")
            .arg(QString::fromUtf8(QJsonDocument(r.data).toJson(QJsonDocument::Compact)));
    case S::Dropped:
        return CliText::tr("dropped (the Validator returned false)");
    case S::Failed:
        return CliText::tr("failed: %1").arg(r.errors.join(u"; "_s));
    case S::TimedOut:
        return CliText::tr("stopped: %1").arg(r.errors.join(u"; "_s));
    case S::NotRun:
        return CliText::tr("nothing to run (no JavaScript formatter)");
    }
    return QString();
}
} // namespace

bool FormattersCommand::isFormattersCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == u"formatters";
}

QString FormattersCommand::helpText()
{
    return CliText::tr(
        R"(ttn-lw-migrate formatters: check the payload formatters saved beside an export.

Usage:
  ttn-lw-migrate formatters try --payload HEX --fport N FILE.formatters.json

Runs one uplink through TTN v2's functions (Decoder, Converter, Validator) and through the
migrated formatter as The Things Stack runs it, each call stopped after 100 ms, and prints
both results on stdout. FILE.formatters.json is what "application ... -o FILE.json" wrote.

Exit codes:
  0  The Things Stack gives the fields TTN v2 gave (or an error where v2 dropped the message)
  3  the results differ
  2  usage error
  1  the file cannot be read
)");
}

int FormattersCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"payload"_s, QString(), u"hex"_s));
    parser.addOption(QCommandLineOption(u"fport"_s, QString(), u"n"_s));
    parser.addOption(QCommandLineOption(QStringList { u"h"_s, u"help"_s }));
    if (!parser.parse(arguments)) {
        Console::usageError(parser.errorText(), false);
        return ExitCode::UsageError;
    }
    QStringList words = parser.positionalArguments();
    words.removeFirst(); // "formatters"
    if (parser.isSet(u"help"_s) || (!words.isEmpty() && words.constFirst() == u"help")) {
        Console::writeStdout(helpText().toLocal8Bit());
        return ExitCode::Success;
    }
    if (words.size() != 2 || words.constFirst() != u"try") {
        Console::usageError(
            CliText::tr("use: formatters try --payload HEX --fport N FILE.formatters.json"), false);
        return ExitCode::UsageError;
    }
    QString hex = parser.value(u"payload"_s);
    hex.remove(QRegularExpression(u"\\s"_s));
    static const QRegularExpression hexPattern(u"^([0-9A-Fa-f]{2})*$"_s);
    if (!parser.isSet(u"payload"_s) || !hexPattern.match(hex).hasMatch()) {
        Console::usageError(
            CliText::tr("--payload needs the uplink's bytes as hex, e.g. 09C432"), false);
        return ExitCode::UsageError;
    }
    bool portOk = false;
    const int fPort = parser.value(u"fport"_s).toInt(&portOk);
    if (!portOk || fPort < 1 || fPort > kMaxFPort) {
        Console::usageError(
            CliText::tr("--fport needs the uplink's port, a number from 1 to %1").arg(kMaxFPort),
            false);
        return ExitCode::UsageError;
    }
    const FormatterFile::Loaded loaded = FormatterFile::load(words.at(1));
    if (!loaded.error.isEmpty()) {
        Console::fatal(loaded.error);
        return ExitCode::Failure;
    }
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    const FormatterComparison c = FormatterRunner().compare(loaded.plan, bytes, fPort);
    QString out;
    out += CliText::tr("payload %1, FPort %2")
               .arg(QString::fromLatin1(bytes.toHex().toUpper()))
               .arg(fPort)
        + u'\n';
    out += CliText::tr("TTN v2 (Decoder, Converter, Validator): %1").arg(describe(c.v2)) + u'\n';
    out += CliText::tr("The Things Stack (migrated formatter):  %1").arg(describe(c.tts)) + u'\n';
    for (const QString &warning : c.tts.warnings)
        out += CliText::tr("  warning from the formatter: %1").arg(warning) + u'\n';
    if (c.equivalent())
        out += (c.v2.status == FormatterResult::Status::Dropped
                       ? CliText::tr("as expected: where TTN v2 dropped the message, The Things "
                                     "Stack forwards it without decoded fields and with this error")
                       : CliText::tr("same result"))
            + u'\n';
    else
        out += CliText::tr("the results differ") + u'\n';
    Console::writeStdout(out.toLocal8Bit());
    return c.equivalent() ? ExitCode::Success : ExitCode::Partial;
}

#include "helptext.h"

#include "clitext.h"
#include "util/appinfo.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWidth = 80;
constexpr int kVariableColumn = 41;
const QString kTextIndent = u"      "_s;

// "  -o, --output FILE", "  --ttnv2.with-session[=true|false]".
QString flagSpelling(const CliFlag &flag, CliForm form)
{
    QString line = u"  "_s;
    if (!flag.shortName.isEmpty())
        line += u'-' + flag.shortName + u", "_s;
    line += CliFlags::spelled(flag, form);
    if (flag.isBool && flag.sourceScoped)
        line += u"[=true|false]"_s; // the guide writes --ttnv2.with-session=false
    else if (!flag.valueName.isEmpty())
        line += u' ' + flag.valueName;
    return line;
}

// Wrapped at word boundaries below the flag, whatever the language's word lengths.
QString wrapped(const QString &text)
{
    QString out;
    QString line = kTextIndent;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (line.size() > kTextIndent.size() && line.size() + 1 + word.size() > kWidth) {
            out += line + u'\n';
            line = kTextIndent;
        }
        if (line.size() > kTextIndent.size())
            line += u' ';
        line += word;
    }
    return out + line + u'\n';
}

} // namespace

QString HelpText::flagList(const QList<CliFlag> &table, CliFlagSection section, CliForm form)
{
    QList<const CliFlag *> flags;
    for (const CliFlag &flag : table) {
        if (flag.section == section)
            flags << &flag;
    }
    // When some flag of the section has a variable, say so of those that have none.
    const bool variables = std::any_of(
        flags.cbegin(), flags.cend(), [](const CliFlag *f) { return !f->envVar.isEmpty(); });
    QString out;
    for (const CliFlag *flag : std::as_const(flags)) {
        QString line = flagSpelling(*flag, form);
        if (variables && flag->takesValue()) {
            line = line.leftJustified(kVariableColumn - 1) + u' ';
            line += flag->envVar.isEmpty() ? CliText::tr("(no variable)") : flag->envVar;
        }
        out += line + u'\n';
        if (flag->help)
            out += wrapped(flag->helpText());
    }
    return out;
}

QString HelpText::usage()
{
    const QList<CliFlag> &flags = CliFlags::all();
    return CliText::tr("ttn-lw-migrate: export end devices from TTN v2 as The Things Stack JSON "
                       "(NDJSON).\n"
                       "\n"
                       "Usage:\n"
                       "  ttn-lw-migrate device --source ttnv2 [flags] [DEVICE-ID...]\n"
                       "  ttn-lw-migrate application --source ttnv2 [flags] APPLICATION-ID\n"
                       "  ttn-lw-migrate ttnv2 device|application [flags] [ID...]   (unprefixed "
                       "flags)\n"
                       "  ttn-lw-migrate restore-app-keys --source ttnv2 [flags] devices.json "
                       "[PART...]\n"
                       "  ttn-lw-migrate tts import|status [flags] devices.json...   (see "
                       "ttn-lw-migrate tts --help)\n"
                       "  ttn-lw-migrate ttnv2 delete-abp-devices|recreate-abp-devices [flags] "
                       "devices.json\n"
                       "Without DEVICE-IDs, the IDs are read from stdin, one per line.\n")
        + CliText::tr("From another The Things Stack deployment: ttn-lw-migrate tts "
                      "application|device|devices\n(see ttn-lw-migrate tts application --help).\n")
        + u'\n'
        + CliText::tr("Examples (from the migration guide):\n"
                      "  ttn-lw-migrate device --source ttnv2 \"v2-end-device-ID\" "
                      "--ttnv2.with-session=false > devices.json\n"
                      "  ttn-lw-migrate device --source ttnv2 --ttnv2.with-session=false < "
                      "device_ids.txt > devices.json\n"
                      "  ttn-lw-migrate application --source ttnv2 \"ttn-v2-application-ID\" "
                      "--ttnv2.with-session=false > devices.json\n")
        + u'\n'
        + CliText::tr(
            "TTN v2 flags: --ttnv2.NAME with --source ttnv2, --NAME after \"ttnv2\". Each "
            "has an\nenvironment variable; the flag wins.\n")
        + flagList(flags, CliFlagSection::Ttnv2, CliForm::Source) + u'\n'
        + CliText::tr("General flags:\n")
        + flagList(flags, CliFlagSection::General, CliForm::Source) + u'\n'
        + CliText::tr("Advanced:\n") + flagList(flags, CliFlagSection::Advanced, CliForm::Source)
        + u'\n'
        + CliText::tr("Output: one JSON object per line (NDJSON) on stdout, nothing else, in pure\n"
                      "ASCII. Messages, skipped or failed devices with their reasons, and the "
                      "summary\n(how many devices are ready for import, every device The Things "
                      "Stack's\nimport rules would refuse) go to stderr.\n")
        + u'\n'
        + CliText::tr("Exit codes:\n"
                      "  0  every requested device was exported\n"
                      "  3  finished, but some devices were skipped or failed\n"
                      "  2  usage error (nothing was sent to TTN v2)\n"
                      "  1  nothing could be exported (access key, network, unknown application, "
                      "...)\n"
                      "  130  interrupted (Ctrl-C); no output file is written\n");
}

QString HelpText::sourceDelete()
{
    QList<CliFlag> targetFlags; // the target's connection: tts import's --tts.* rows
    for (const CliFlag &flag : CliFlags::tts()) {
        if (flag.name.startsWith(u"tts.") && !flag.isBool)
            targetFlags << flag;
    }
    return CliText::tr(
               "Delete migrated devices at the source once the target shows them ready.\n"
               "\n"
               "Usage:\n"
               "  ttn-lw-migrate ttnv2 delete-abp-devices [flags] devices.json [PART...]\n"
               "      the ABP devices, from TTN v2, once The Things Stack has seen them\n"
               "  ttn-lw-migrate ttnv2 recreate-abp-devices [flags] devices.json [PART...]\n"
               "      the undo: puts them back in TTN v2 with their session and counters\n"
               "  ttn-lw-migrate tts delete-source-devices [flags] devices.json [PART...]\n"
               "      every device, at the source deployment (AS, NS, JS, then IS), once active "
               "at the\n      target; cannot be undone: asks twice on a terminal, else needs "
               "--confirm-delete\n"
               "Devices not ready yet are listed and left alone: run the command again later. "
               "Each\ndevice is journalled before each write in devices.json.source-deleted "
               "(no key in it);\na rerun skips what is done and finishes a half-done device. "
               "--dry-run writes nothing.\n")
        + u'\n'
        + CliText::tr("Flags: the source's (TTN v2's as for restore-app-keys; the tts source's "
                      "--tts.app-id,\n--tts.app-api-key, --tts.source-address) and the "
                      "target's, as for tts import:\n")
        + flagList(targetFlags, CliFlagSection::Tts, CliForm::Ttnv2)
        + flagList(CliFlags::sourceDelete(), CliFlagSection::Tts, CliForm::Ttnv2)
        + CliText::tr("  --dry-run, --verbose, --timeout DURATION   as for the export\n") + u'\n'
        + CliText::tr("Exit codes:\n"
                      "  0  every device concerned is done\n"
                      "  3  some devices are not ready yet or failed (each listed)\n"
                      "  2  usage error (nothing was sent)\n"
                      "  1  stopped: a key, a missing right, the network\n"
                      "  130  interrupted (Ctrl-C) after the device in flight\n");
}

QString HelpText::tts()
{
    return CliText::tr(
               "ttn-lw-migrate tts: import devices.json into The Things Stack, and watch "
               "the devices join.\n"
               "\n"
               "Usage:\n"
               "  ttn-lw-migrate tts import [flags] FILE...   create every device of FILE "
               "(parts of one export)\n"
               "  ttn-lw-migrate tts status [flags] FILE...   waiting / joined / active per "
               "device\n"
               "To export from another The Things Stack deployment: ttn-lw-migrate tts "
               "application --help\n"
               "To delete the devices at a The Things Stack source once active: ttn-lw-migrate "
               "tts delete-source-devices --help\n")
        + u'\n' + CliText::tr("Flags (the flag wins over its environment variable):\n")
        + flagList(CliFlags::tts(), CliFlagSection::Tts, CliForm::Ttnv2) + u'\n'
        + CliText::tr("Output: import: one line per device that is not imported (all with "
                      "--verbose)\nand a summary on stderr. status: one line per device and the "
                      "summary\n\"N joined, M waiting, K active of T\" on stdout.\n")
        + u'\n'
        + CliText::tr("Exit codes:\n"
                      "  0  every device imported or already in The Things Stack (status: all "
                      "found)\n"
                      "  3  finished, but some devices were not imported (status: some not in "
                      "TTS)\n"
                      "  2  usage error, or a FILE that holds no end device (nothing was sent)\n"
                      "  1  nothing could be done (API key, rights, unknown application, network)\n"
                      "  130  interrupted (Ctrl-C): the devices in flight were finished or rolled "
                      "back\n");
}

QString HelpText::chirpstackSource()
{
    return CliText::tr("ttn-lw-migrate chirpstack application|device: export end devices from "
                       "ChirpStack v4\nas The Things Stack JSON (NDJSON), for tts import.\n"
                       "\n"
                       "Usage:\n"
                       "  ttn-lw-migrate chirpstack application [flags] APPLICATION (UUID or "
                       "name)\n"
                       "  ttn-lw-migrate chirpstack device [flags] DEVEUI...\n"
                       "  ttn-lw-migrate chirpstack device [flags] < device_euis.txt\n"
                       "  ttn-lw-migrate application --source chirpstack [flags] APPLICATION\n"
                       "Without DEVEUIs, they are read from stdin, one per line.\n")
        + u'\n' + CliText::tr("Flags (the flag wins over its environment variable):\n")
        + flagList(CliFlags::chirpstackSource(), CliFlagSection::ChirpStackSource, CliForm::Ttnv2)
        + u'\n'
        + CliText::tr("Exit codes:\n"
                      "  0  every requested device was exported\n"
                      "  3  finished, but some devices were skipped or failed\n"
                      "  2  usage error (nothing was sent)\n"
                      "  1  nothing could be exported (API key, tenant, application, network)\n"
                      "  130  interrupted (Ctrl-C)\n");
}

QString HelpText::ttsSource()
{
    return CliText::tr("ttn-lw-migrate tts application|device|devices: export end devices from "
                       "another The Things\nStack deployment as The Things Stack JSON (NDJSON), "
                       "for tts import.\n"
                       "\n"
                       "Usage:\n"
                       "  ttn-lw-migrate tts application [flags] APPLICATION-ID\n"
                       "  ttn-lw-migrate tts device [flags] DEVICE-ID...\n"
                       "  ttn-lw-migrate tts devices [flags] < device_ids.txt\n"
                       "  ttn-lw-migrate application --source tts [flags] APPLICATION-ID\n"
                       "  ttn-lw-migrate device --source tts [flags] [DEVICE-ID...]\n"
                       "  ttn-lw-migrate tts restore-app-keys [flags] devices.json...\n"
                       "  ttn-lw-migrate restore-app-keys --source tts [flags] devices.json...\n"
                       "Without DEVICE-IDs, the IDs are read from stdin, one per line.\n"
                       "restore-app-keys puts the AppKeys of devices.json back into the source "
                       "Join Server\n(after --tts.change-app-key; needs --tts.app-id).\n")
        + u'\n' + CliText::tr("Flags (the flag wins over its environment variable):\n")
        + flagList(CliFlags::ttsSource(), CliFlagSection::TtsSource, CliForm::Ttnv2) + u'\n'
        + CliText::tr(
            "The source's flags and variables (TTS_APP_ID, TTS_APP_API_KEY,\n"
            "TTS_SOURCE_ADDRESS) are never the target's (TTS_APPLICATION_ID, TTS_API_KEY,\n"
            "TTS_ADDRESS of tts import).\n")
        + u'\n'
        + CliText::tr("Exit codes:\n"
                      "  0  every requested device was exported\n"
                      "  3  finished, but some devices were skipped or failed\n"
                      "  2  usage error (nothing was sent)\n"
                      "  1  nothing could be exported (API key, rights, network, unknown "
                      "application)\n"
                      "  130  interrupted (Ctrl-C); no output file is written\n");
}

QString HelpText::version()
{
    // The same --version text as the wizard and the emulator: version, copyright, licence.
    return AppInfo::versionText(u"ttn-lw-migrate"_s);
}

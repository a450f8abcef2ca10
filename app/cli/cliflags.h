#pragma once

#include <QList>
#include <QString>

class QCommandLineParser;

// The two spellings of the command line: the migration guide's
// `ttn-lw-migrate device --source ttnv2 … --ttnv2.with-session=false` and the newer
// `ttn-lw-migrate ttnv2 device … --with-session=false`.
enum class CliForm { Source, Ttnv2 };

// Where --help lists a flag.
enum class CliFlagSection {
    Usage, // named in the usage lines only (--source)
    Ttnv2, // "TTN v2 flags"
    General,
    Advanced,
    Tts, // the flags of `tts import|status`
    TtsSource, // the flags of `tts application|device|devices` (the tts source)
    ChirpStackSource, // the flags of `chirpstack application|device` (the chirpstack source)
};

// One flag of cli.md's tables: its spellings, its environment variable, how --help describes
// it. Source-scoped flags take the "ttnv2." prefix on the --source form; global ones never do.
struct CliFlag
{
    QString name; // unprefixed, e.g. "app-id"
    QString valueName; // for --help; empty for bool flags and switches
    QString envVar; // empty when the flag has no environment variable
    bool sourceScoped = true;
    bool isBool = false; // Go-style: alone it means true, or --flag=false
    CliFlagSection section = CliFlagSection::General;
    const char *help = nullptr; // --help's text, untranslated (QT_TRANSLATE_NOOP("Cli", …))
    QString shortName = {}; // "o" for --output

    bool takesValue() const { return isBool || !valueName.isEmpty(); }
    // --help's text in the user's language; empty when the row has none.
    QString helpText() const;
};

namespace CliFlags {
// The export commands (device, application, restore-app-keys).
const QList<CliFlag> &all();
// `tts import` and `tts status`.
const QList<CliFlag> &tts();
// The tts source: `tts application|device|devices`, `application|device --source tts`.
const QList<CliFlag> &ttsSource();
// The chirpstack source: `chirpstack application|device`, `application|device --source
// chirpstack`, with the official tool's spellings.
const QList<CliFlag> &chirpstackSource();
// The flags of the source-delete commands of their own (`ttnv2 delete-abp-devices`,
// `tts delete-source-devices`), besides the source's and the target's tables.
const QList<CliFlag> &sourceDelete();
// By unprefixed or short name, in `table`.
const CliFlag *find(const QString &name, const QList<CliFlag> &table = all());
// Accepts any spelling ("ttnv2.app-id", "app-id", "o", "output") and tells whether it is a
// Go-style bool flag that may appear without a value.
bool isBoolName(const QString &spelledName, const QList<CliFlag> &table = all());
bool takesValue(const QString &spelledName, const QList<CliFlag> &table = all());
// "--ttnv2.app-id" on the --source form, "--app-id" on the ttnv2 form.
QString spelled(const QString &name, CliForm form);
QString spelled(const CliFlag &flag, CliForm form);
QString prefixed(const QString &name); // "ttnv2.app-id"
// Declares every flag of `table` on `parser`; bool flags take a value (the normalizer turns a
// bare one into "=true"), source-scoped ones are declared under both spellings.
void addOptions(QCommandLineParser &parser, const QList<CliFlag> &table);
// Declares `table` on `parser` and parses `arguments` (normalized) the way every source command
// does; returns the usage error ("unknown flag --x for the tts source"), or empty.
QString parseSourceCommand(QCommandLineParser &parser, const QStringList &arguments,
    const QList<CliFlag> &table, const QString &source);
} // namespace CliFlags

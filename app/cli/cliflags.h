#pragma once

#include <QList>
#include <QString>

// The two spellings of the command line: the migration guide's
// `ttn-lw-migrate device --source ttnv2 … --ttnv2.with-session=false` and the newer
// `ttn-lw-migrate ttnv2 device … --with-session=false`.
enum class CliForm { Source, Ttnv2 };

// One flag of cli.md's table. Source-scoped flags take the "ttnv2." prefix on the --source
// form; global ones never do.
struct CliFlag
{
    QString name; // unprefixed, e.g. "app-id"
    QString valueName; // for --help; empty for bool flags
    QString envVar; // empty when the flag has no environment variable
    bool sourceScoped = true;
    bool isBool = false;
    bool advanced = false; // listed under "Advanced" in --help
};

namespace CliFlags {
const QList<CliFlag> &all();
const CliFlag *find(const QString &name); // by unprefixed name
// Accepts any spelling ("ttnv2.app-id", "app-id", "o", "output") and tells whether it is a
// Go-style bool flag that may appear without a value.
bool isBoolName(const QString &spelledName);
bool takesValue(const QString &spelledName);
// "--ttnv2.app-id" on the --source form, "--app-id" on the ttnv2 form.
QString spelled(const QString &name, CliForm form);
QString prefixed(const QString &name); // "ttnv2.app-id"
} // namespace CliFlags

#pragma once

#include "cliflags.h"

#include <QStringList>

// QCommandLineParser has no optional values, but the migration guide uses Go-style bool
// flags: `--ttnv2.with-session` alone means true, `--ttnv2.with-session=false` means false.
// Bool flags are therefore declared with a value, and a bare bool flag is rewritten to
// `--flag=true` before parsing. Values of other flags and everything after `--` are kept as
// they are, so an ID that looks like a flag is never rewritten.
namespace ArgumentNormalizer {
// arguments[0] is the program; `table` names the bool flags and the flags with a value.
QStringList normalize(const QStringList &arguments, const QList<CliFlag> &table = CliFlags::all());
} // namespace ArgumentNormalizer

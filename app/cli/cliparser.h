#pragma once

#include "cliconfig.h"

#include <QProcessEnvironment>
#include <QStringList>

// Turns argv + environment into a CliConfig: both command forms, Go-style bool flags,
// command aliases of the official tool, flags winning over environment variables. Only the
// syntax is checked here; CliValidator checks the values.
namespace CliParser {
CliParseResult parse(const QStringList &arguments, const QProcessEnvironment &environment);
}

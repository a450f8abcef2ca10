#pragma once

#include <QString>

// The text of `ttn-lw-migrate --help` and `--version` (both go to stdout).
namespace HelpText {
QString usage();
QString version();
} // namespace HelpText

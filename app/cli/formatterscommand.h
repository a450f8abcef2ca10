#pragma once

#include <QString>
#include <QStringList>

// `ttn-lw-migrate formatters try --payload HEX --fport N FILE.formatters.json`: runs one
// uplink through the saved formatters as TTN v2 ran them and as The Things Stack will run
// the migrated ones, side by side (formatters.md "Showing that it works").
namespace FormattersCommand {
// True when the first word after the program is "formatters".
bool isFormattersCommand(const QStringList &arguments);
QString helpText();
int run(const QStringList &arguments); // the exit code
} // namespace FormattersCommand

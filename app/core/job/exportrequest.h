#pragma once

#include "convert/conversionoptions.h"
#include "v2/v2connection.h"

#include <QStringList>

enum class ExportScope { SingleDevice, DeviceList, Application };

// Everything one export needs: the same value drives the CLI, the wizard and
// CommandLineBuilder ("Copy as command").
struct ExportRequest
{
    V2Connection connection;
    ExportScope scope = ExportScope::Application;
    QStringList deviceIds; // v2 device IDs for SingleDevice / DeviceList, de-duplicated
    ConversionOptions options;
    // false: no ExportJob::result() (the command line writes each line as it comes and never
    // repairs a device afterwards, so the job keeps no second copy of the export).
    bool keepResult = true;
};

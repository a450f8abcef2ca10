#pragma once

#include "job/exportrequest.h"

#include <QString>

// The `ttn-lw-migrate` command that does the same as an ExportRequest, in the form of the
// migration guide (`ttn-lw-migrate device|application --source ttnv2 … --ttnv2.…`). The
// access key is never part of it: it is passed as TTNV2_APP_ACCESS_KEY from the environment.
namespace CommandLineBuilder {
QString build(const ExportRequest &request, const QString &outputPath = QString());
}

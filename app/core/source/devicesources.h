#pragma once

#include "job/exportrequest.h"

class DeviceSource;

// Builds the DeviceSource an export request names (ExportRequest::source): TTN v2 from
// ExportRequest::connection, another The Things Stack deployment from ExportRequest::ttsSource;
// the chirpstack source joins here.
namespace DeviceSources {

DeviceSource *forRequest(const ExportRequest &request, QObject *parent = nullptr);

} // namespace DeviceSources

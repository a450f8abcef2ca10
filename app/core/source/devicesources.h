#pragma once

#include "job/exportrequest.h"

class DeviceSource;

// Builds the DeviceSource an export request names. Today every request reads from TTN v2
// (ExportRequest::connection); the tts and chirpstack sources join here.
namespace DeviceSources {

DeviceSource *forRequest(const ExportRequest &request, QObject *parent = nullptr);

} // namespace DeviceSources

#pragma once

#include "job/exportrequest.h"

#include <functional>

class DeviceSource;

// Builds the DeviceSource an export request names (ExportRequest::source): TTN v2 from
// ExportRequest::connection, another The Things Stack deployment from ExportRequest::ttsSource;
// the chirpstack source joins here.
namespace DeviceSources {

DeviceSource *forRequest(const ExportRequest &request, QObject *parent = nullptr);

// A source built outside ttnmig_core (ChirpStack: its gRPC library registers itself, so the
// core and the UI never link gRPC). forRequest() asks it for requests of that source.
using Factory = std::function<DeviceSource *(const ExportRequest &, QObject *)>;
void setFactory(ExportSource source, Factory factory);
// Whether forRequest() can build `source` (a registered one is only there when registered).
bool isAvailable(ExportSource source);

} // namespace DeviceSources

#include "source/devicesources.h"

#include "source/ttsdevicesource.h"
#include "source/v2devicesource.h"

DeviceSource *DeviceSources::forRequest(const ExportRequest &request, QObject *parent)
{
    switch (request.source) {
    case ExportSource::Tts:
        return new TtsDeviceSource(request.ttsSource, parent);
    case ExportSource::Ttnv2:
        break;
    }
    return new V2DeviceSource(request.connection, parent);
}

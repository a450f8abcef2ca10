#include "source/devicesources.h"

#include "source/v2devicesource.h"

DeviceSource *DeviceSources::forRequest(const ExportRequest &request, QObject *parent)
{
    return new V2DeviceSource(request.connection, parent);
}

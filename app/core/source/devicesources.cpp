#include "source/devicesources.h"

#include "source/ttsdevicesource.h"
#include "source/v2devicesource.h"

#include <QHash>

namespace {

QHash<int, DeviceSources::Factory> &factories()
{
    static QHash<int, DeviceSources::Factory> map;
    return map;
}

} // namespace

void DeviceSources::setFactory(ExportSource source, Factory factory)
{
    factories().insert(int(source), std::move(factory));
}

bool DeviceSources::isAvailable(ExportSource source)
{
    return source != ExportSource::ChirpStack || factories().contains(int(source));
}

DeviceSource *DeviceSources::forRequest(const ExportRequest &request, QObject *parent)
{
    if (const Factory factory = factories().value(int(request.source)))
        return factory(request, parent);
    switch (request.source) {
    case ExportSource::ChirpStack:
        qFatal("the chirpstack source is not registered (ChirpStackDeviceSource::registerSource)");
    case ExportSource::Tts:
        return new TtsDeviceSource(request.ttsSource, parent);
    case ExportSource::Ttnv2:
        break;
    }
    return new V2DeviceSource(request.connection, parent);
}

#pragma once

#include "chirpstack/chirpstacksettings.h"
#include "convert/conversionoptions.h"
#include "tts/ttsconnection.h"
#include "v2/v2connection.h"

#include <QStringList>

enum class ExportScope { SingleDevice, DeviceList, Application };

// The network the devices are read from (sources.md): DeviceSources::forRequest builds its
// DeviceSource.
enum class ExportSource { Ttnv2, Tts, ChirpStack };

// Everything one export needs: the same value drives the CLI, the wizard and
// CommandLineBuilder ("Copy as command").
struct ExportRequest
{
    ExportSource source = ExportSource::Ttnv2;
    V2Connection connection; // the ttnv2 source
    // The tts source: another The Things Stack deployment's Identity Server (and cluster), the
    // application to read and a key with DEVICES_READ and DEVICES_READ_KEYS.
    TtsConnection ttsSource;
    // The chirpstack source: a ChirpStack v4 server's gRPC API, the application and the
    // mapping's choices (with options.withSession as --chirpstack.export-session).
    ChirpStackSettings chirpstackSource;
    ExportScope scope = ExportScope::Application;
    QStringList deviceIds; // the source's device IDs for SingleDevice / DeviceList, de-duplicated
    ConversionOptions options;
    // false: no ExportJob::result() (the command line writes each line as it comes and never
    // repairs a device afterwards, so the job keeps no second copy of the export).
    bool keepResult = true;

    // The application the devices are read from, as the source names it (a ChirpStack
    // application's UUID or name).
    QString sourceApplicationId() const
    {
        switch (source) {
        case ExportSource::Tts:
            return ttsSource.applicationId;
        case ExportSource::ChirpStack:
            return chirpstackSource.application;
        case ExportSource::Ttnv2:
            break;
        }
        return connection.appId;
    }
};

#pragma once

#include "chirpstack/chirpstackconnection.h"

#include <QString>

// What an export from ChirpStack needs besides ExportRequest's common options: the server and
// key, the application (UUID or name), and the mapping's choices (chirpstack-source.md §c).
struct ChirpStackSettings
{
    ChirpStackConnection connection;
    QString application; // UUID, or a name (needs the tenant with a tenant key)
    QString joinEui; // --chirpstack.join-eui: for devices without one
    QString frequencyPlanId; // --chirpstack.frequency-plan-id: overrides the region's plan
    QString targetApplicationId; // the TTS application; empty: the sanitised CS name
    bool exportVariables = false;
    bool deviceIdFromName = false;
    int concurrency = 8; // devices read at once
};

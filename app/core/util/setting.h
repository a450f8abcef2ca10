#pragma once

#include <QList>

// A setting the user can change. The core names which one an error is about and never how a
// face spells it: the command line names its flag and environment variable
// ("--ttnv2.handler-address (TTNV2_HANDLER_ADDRESS)"), the wizard the label of its field
// ("Handler URL").
enum class Setting {
    V2Location, // where v2 runs: a handler address or a discovery server address
    V2HandlerAddress,
    V2DiscoveryAddress,
    V2CaFile, // the extra PEM CA for a private v2 deployment
    TtsServerAddress, // the Identity Server and cluster addresses
    TtsApplicationId,
    TtsApiKey,
    // The The Things Stack deployment a migration reads from (the tts source).
    TtsSourceAddress,
    TtsSourceApplicationId,
    TtsSourceApiKey,
    // The ChirpStack v4 server a migration reads from (the chirpstack source).
    ChirpStackApiUrl, // host:port of the gRPC API, plaintext or TLS
    ChirpStackApiKey,
    ChirpStackCaCert, // the extra PEM CA for TLS
    ChirpStackTenantId,
};

// What an error asks the user to do with a setting. The core's sentence says what is wrong
// (face-neutral); the face adds one sentence for the fix, naming the settings of
// SettingFixes::settings() its own way.
enum class SettingFix {
    None, // nothing the user can change: the core's sentence is complete
    GiveV2Location, // neither a handler nor a discovery server was given
    LeaveRetiredV2Server, // a public v2 server that was shut down in 2021
    CheckDiscoveryAddress, // the discovery server refused the connection
    GiveAnnouncingHandler, // no handler on the discovery server announces the application
    GiveRegionHandler, // the application is not on this handler (another region)
    GiveReadableCaFile, // the CA file is missing or not PEM
    GivePrivateCa, // the TLS handshake failed: maybe a private certificate authority
    CheckTtsAddress, // The Things Stack could not be reached
    CheckTtsAddressIsTts, // what answered is not The Things Stack
    CheckTtsApiKey, // not an API key, or not valid (any more)
    CheckTtsApplicationAndKey, // TTS does not say which of the two is wrong
    UseTtsKeyWithRights, // the key lacks rights on the application
    // The same for the The Things Stack deployment a migration reads from.
    CheckTtsSourceAddress,
    CheckTtsSourceAddressIsTts,
    CheckTtsSourceApiKey,
    CheckTtsSourceApplicationAndKey,
    UseTtsSourceKeyWithRights,
    // The ChirpStack source.
    CheckChirpStackAddress, // not reached, or not ChirpStack v4's API
    CheckChirpStackTls, // plaintext against TLS or the other way round, or a private CA
    CheckChirpStackApiKey, // ChirpStack's UNAUTHENTICATED: key, tenant, read-only, or unknown
    GiveChirpStackTenantId, // a tenant key cannot list tenants
    UseChirpStackTls, // plaintext to what closes it at once: a TLS reverse proxy
};

namespace SettingFixes {
// Every fix but None and the chirpstack source's, for the faces' tests.
QList<SettingFix> all();
// The chirpstack source's fixes: the command line's for now (the wizard's ChirpStack page,
// issue 18 item 7, will join them to all()).
QList<SettingFix> chirpStack();
// The settings a fix asks the user to change, in the order the sentence names them.
QList<Setting> settings(SettingFix fix);
} // namespace SettingFixes

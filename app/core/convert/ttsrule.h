#pragma once

#include <QtGlobal>

// The import rule of The Things Stack a device breaks (tts-import-rules.md), in the order the
// check applies them. A failed DeviceOutcome names its rule so every face can offer the repair
// that fits (TtsImportRules::repairFor) without reading the sentence.
enum class TtsRule : quint8 {
    None,
    FrequencyPlanUnknown, // frequency_plan_id not a plan TTS knows
    FrequencyPlanBand, // the plan's band has no regional parameters for the PHY version written
    DeviceIdFormat, // ids.device_id pattern or length
    DeviceIdReserved, // ids.device_id on TTS's blocklist (forbidden_id)
    ApplicationIdFormat, // ids.application_ids.application_id pattern or length
    NameLength,
    DescriptionLength,
    AttributeCount,
    AttributeKey, // pattern, length, or two keys written the same
    AttributeValueLength,
    LocationRange,
    Identifiers, // ids.dev_eui / ids.join_eui present, 16 hex; dev_eui not zero (OTAA)
    AppKey, // OTAA root_keys.app_key.key: 32 hex, not zero
    SessionAddress, // session.dev_addr: 8 hex, not zero
    SessionKeys, // session keys: 32 hex, not zero
    SessionKeyId, // session_key_id: present for OTAA, absent for ABP
    SessionCounters, // uint32
    SessionStartTime, // RFC 3339 ending in Z
    DuplicateDeviceId, // an earlier device of the same export has this device ID
    DuplicateEuis, // an earlier device of the same export has this JoinEUI + DevEUI
};

// What the user can do about a rule instead of losing the device.
enum class TtsRepair : quint8 {
    None,
    NewDeviceId, // give the device another v3 ID (wizard: edit the cell; CLI: --dev-id-map)
    DropAttributes, // drop the attributes TTS refuses (ConversionOptions::dropInvalidAttributes)
};

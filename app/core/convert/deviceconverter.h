#pragma once

#include "convert/conversionoptions.h"
#include "convert/deviceoutcome.h"
#include "convert/ttsimportrules.h"
#include "convert/ttslimits.h"
#include "v2/v2device.h"

// Turns one v2 device into one v3 EndDevice JSON line, exactly as conversion.md says
// (fields, values, key order, skip/fail reasons), and exports it only when The Things Stack
// would import it (TtsImportRules). Stateless after construction and const, so one converter
// may be used from several threads (the session-key-ID source must then be thread-safe too;
// the default one is). Duplicates within an export need all devices: ConversionResult.
class DeviceConverter
{
public:
    explicit DeviceConverter(ConversionOptions options);

    const ConversionOptions &options() const { return m_options; }

    // The application ID is taken from device.appId. `chosenDeviceId` non-empty: the v3 device
    // ID the user gave this device (wins over ConversionOptions::deviceIdMap and the prefix).
    DeviceOutcome convert(const V2Device &device, const QString &chosenDeviceId = QString()) const;
    // A failed parse becomes a failed outcome; otherwise the device is converted and the
    // parser's warnings are kept.
    DeviceOutcome convert(
        const V2ParsedDevice &parsed, const QString &chosenDeviceId = QString()) const;

    // The v3 device ID `device` gets without a chosen ID: the mapping file's, else derived.
    QString deviceIdFor(const V2Device &device) const;

    static DeviceOutcome failed(const QString &v2DeviceId, const QString &reason);
    static DeviceOutcome failedParse(const V2ParsedDevice &parsed);

    // The exact, translated reason for an ABP device exported without with-session.
    static QString abpWithoutSessionReason();

    static constexpr int maxAttributes = TtsLimits::maxAttributes;
    static constexpr int maxAttributeValueLength = TtsLimits::maxAttributeValueLength;
    static constexpr int maxDescriptionLength = TtsLimits::maxDescriptionLength;

private:
    QByteArray newSessionKeyId() const;

    ConversionOptions m_options;
    TtsImportRules m_rules;
    QByteArray m_startedAt; // RFC 3339, fixed for the whole export
};

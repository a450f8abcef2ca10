#pragma once

#include "convert/conversionoptions.h"
#include "convert/deviceoutcome.h"
#include "v2/v2device.h"

// Turns one v2 device into one v3 EndDevice JSON line, exactly as conversion.md says
// (fields, values, key order, skip/fail reasons). Stateless after construction and const, so
// one converter may be used from several threads (the session-key-ID source must then be
// thread-safe too; the default one is).
class DeviceConverter
{
public:
    explicit DeviceConverter(ConversionOptions options);

    const ConversionOptions &options() const { return m_options; }

    // The application ID is taken from device.appId.
    DeviceOutcome convert(const V2Device &device) const;
    // A failed parse becomes a failed outcome; otherwise the device is converted and the
    // parser's warnings are kept.
    DeviceOutcome convert(const V2ParsedDevice &parsed) const;

    static DeviceOutcome failed(const QString &v2DeviceId, const QString &reason);
    static DeviceOutcome failedParse(const V2ParsedDevice &parsed);

    // The exact, translated reason for an ABP device exported without with-session.
    static QString abpWithoutSessionReason();

    static constexpr int maxAttributes = 10;
    static constexpr int maxAttributeValueLength = 200;
    static constexpr int maxDescriptionLength = 2000;

private:
    QByteArray newSessionKeyId() const;

    ConversionOptions m_options;
    QByteArray m_startedAt; // RFC 3339, fixed for the whole export
    QString m_planProblem; // non-empty: the frequency plan is unknown, every device fails
};

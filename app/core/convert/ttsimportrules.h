#pragma once

#include "convert/ttsrule.h"
#include "convert/v3enddevice.h"

#include <QString>

// The rules The Things Stack applies when it imports a device (tts-import-rules.md), checked on
// every converted device before it counts as exported. The numbers are TtsLimits, the reserved
// IDs TtsReservedIds, the band table TtsBands; this class only applies them and says, in a
// sentence a user understands, which rule a device breaks and what to do. Sentences never hold
// a key, and name no command-line flag or wizard control: each face adds its own hint from
// repairFor().
//
// One TtsImportRules per export (it checks the frequency plan once); check() is const and
// thread-safe.
class TtsImportRules
{
public:
    struct Violation
    {
        TtsRule rule = TtsRule::None;
        QString reason; // translated; empty when rule is None
        bool ok() const { return rule == TtsRule::None; }
    };

    explicit TtsImportRules(const QString &frequencyPlanId);

    // The first rule `device` breaks, in the order of TtsRule; ok() when TTS would take it.
    // Duplicates need the whole export: ConversionResult checks those.
    Violation check(const V3EndDevice &device) const;

    // The frequency plan's verdict, the same for every device of the export.
    const Violation &planViolation() const { return m_plan; }
    static Violation checkFrequencyPlan(const QString &frequencyPlanId);
    // A device read from another The Things Stack names its own plan and PHY version.
    static Violation checkFrequencyPlan(const QString &frequencyPlanId, const QString &phyVersion);
    // Every rule of check() after the frequency plan and PHY version (IDs, texts, attributes,
    // location, keys, session): for devices whose plan and version are checked per device.
    // `source` names where the user can fix a value before exporting again ("ChirpStack",
    // "the source application"), in the sentence "…, or rename it in <source> first".
    static Violation checkFields(const V3EndDevice &device, const QString &source);

    // A v3 device ID the user chose (typed in the wizard, or given in a mapping file): pattern,
    // length, reserved. Whether another device has it is ConversionResult's question.
    static Violation checkChosenDeviceId(const QString &deviceId);

    // Whether TTS takes one attribute as it will be written; used by the drop repair.
    static bool isAcceptedAttributeKey(const QString &v3Key);
    static bool isAcceptedAttributeValue(const QString &value);

    static TtsRepair repairFor(TtsRule rule);
    // The EndDevice field the rule is about, e.g. "ids.device_id" (for logs and tests).
    static QString fieldOf(TtsRule rule);

private:
    QString m_frequencyPlanId;
    Violation m_plan;
};

#pragma once

#include "convert/ttsrule.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

// How a v2 device is activated, decided from its keys (conversion.md "Classify"). Unknown:
// the device was never read (not found, unreadable, or a stopped run), so nothing is decided.
enum class Activation { Otaa, Abp, Template, Unusable, Unknown };

// Every requested device ends in exactly one of these.
enum class OutcomeStatus { Exported, Skipped, Failed };

// The result of converting (or failing to fetch) one v2 device. Secrets live only in `json`;
// every other field is safe to show or log.
struct DeviceOutcome
{
    QString v2DeviceId;
    QString v3DeviceId; // empty when it could not be derived
    QString devEui;
    QString joinEui;
    Activation activation = Activation::Unknown;
    OutcomeStatus status = OutcomeStatus::Failed;
    QString reason; // why skipped / failed (translated, no secrets)
    TtsRule rule = TtsRule::None; // failed: the import rule of The Things Stack it breaks
    QStringList warnings; // exported, but with something to know (translated, no secrets)
    QStringList droppedAttributes; // v2 keys left out by the drop-attributes repair
    bool sessionExported = false;
    // Where the source has them (ChirpStack): the device's name and profile, and what the
    // profile maps to (versions and frequency plan, translated), for the faces to show.
    QString name;
    QString profile;
    QString mapping;
    QByteArray json; // compact v3 EndDevice JSON, no trailing newline; only when Exported

    // `outcome` ended as `status` for `reason` (a source's converter skipping or failing it).
    static DeviceOutcome ended(DeviceOutcome outcome, OutcomeStatus status, const QString &reason,
        TtsRule rule = TtsRule::None)
    {
        outcome.status = status;
        outcome.reason = reason;
        outcome.rule = rule;
        return outcome;
    }
};

// Implicitly shared Qt members and plain values only: the preview's list of 100,000 outcomes
// grows by moving bytes, not by moving each outcome's strings one by one.
Q_DECLARE_TYPEINFO(DeviceOutcome, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(DeviceOutcome)

QString activationName(Activation activation); // "OTAA", "ABP", "template", "unusable", "unknown"
QString outcomeStatusName(OutcomeStatus status); // "exported", "skipped", "failed"

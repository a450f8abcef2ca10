#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <functional>

// What the user chose for every exported device (conversion.md "Fields written").
struct ConversionOptions
{
    QString frequencyPlanId; // must be in FrequencyPlanCatalog
    bool withSession = false;
    QString devIdPrefix; // optional, "<prefix>-" is prepended to every derived v3 device ID
    // Repair: v2 dev_id -> the v3 device ID the user chose (CLI --dev-id-map). A chosen ID is
    // used as given (no prefix, no normalising) and checked like any other; the v2 ID stays in
    // `name` and in the "old-id" attribute.
    QHash<QString, QString> deviceIdMap;
    // Repair: leave out the attributes The Things Stack would refuse (invalid key, value over
    // 200 characters, past the 10th pair) instead of failing the device; they are listed in
    // the device's warnings.
    bool dropInvalidAttributes = false;
    // Session start time written as session.started_at; set once per export.
    QDateTime exportTime;
    // Source of the 16 random bytes of session.keys.session_key_id; tests inject a fixed one.
    // When empty, a cryptographically secure generator is used.
    std::function<QByteArray()> sessionKeyIdSource;
};

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <functional>

// What the user chose for every exported device (conversion.md "Fields written").
struct ConversionOptions
{
    QString frequencyPlanId; // must be in FrequencyPlanCatalog
    bool withSession = false;
    QString devIdPrefix; // optional, "<prefix>-" is prepended to every v3 device ID
    // Session start time written as session.started_at; set once per export.
    QDateTime exportTime;
    // Source of the 16 random bytes of session.keys.session_key_id; tests inject a fixed one.
    // When empty, a cryptographically secure generator is used.
    std::function<QByteArray()> sessionKeyIdSource;
};

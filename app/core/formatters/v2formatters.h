#pragma once

#include <QJsonObject>
#include <QString>

// A TTN v2 application's payload functions as the handler returns them
// (GET /applications/{app_id}, formatters.md "Reading them"): payload_format "custom",
// "cayennelpp" or empty (none), and the JavaScript source of each function (empty = absent).
struct V2Formatters
{
    QString payloadFormat;
    QString decoder;
    QString converter;
    QString validator;
    QString encoder;

    bool isCayenneLpp() const;
    bool isCustom() const; // "custom", or functions without a format (older handlers)
    bool isEmpty() const; // nothing to move
    bool hasUplinkChain() const { return !converter.isEmpty() || !validator.isEmpty(); }

    // The handler's JSON (snake_case; unknown fields ignored).
    static V2Formatters fromJson(const QJsonObject &application);
    QJsonObject toJson() const; // the same shape, empty fields left out

    bool operator==(const V2Formatters &other) const;
};

#pragma once

#include "formatters/v2formatters.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// One direction of The Things Stack's MessagePayloadFormatters: a PayloadFormatter enum name
// (FORMATTER_NONE, FORMATTER_JAVASCRIPT, FORMATTER_CAYENNELPP, …) and its parameter (the
// script for FORMATTER_JAVASCRIPT).
struct FormatterSetting
{
    QString formatter; // empty = FORMATTER_NONE
    QString parameter;

    bool isSet() const;
    bool isJavaScript() const;
    bool operator==(const FormatterSetting &other) const;
    bool operator!=(const FormatterSetting &other) const { return !(*this == other); }
};

// An application's default formatters in TTS (ApplicationLink.default_formatters).
struct TtsFormatters
{
    FormatterSetting up;
    FormatterSetting down;

    bool isEmpty() const { return !up.isSet() && !down.isSet(); }
    // {"up_formatter":…,"up_formatter_parameter":…,"down_formatter":…,…}; every field written
    // (FORMATTER_NONE for an unset direction) so a PUT with fieldMaskPaths() says all of it.
    QJsonObject toJson() const;
    static TtsFormatters fromJson(const QJsonObject &defaultFormatters);
    // The four paths of formatters.md "Where they go".
    static QStringList fieldMaskPaths();
    bool operator==(const TtsFormatters &other) const;
    bool operator!=(const TtsFormatters &other) const { return !(*this == other); }
};

// What the migration does with one source application's formatters: the conversion table's
// row, what TTS gets, and the sentences the preview and the report show. A plain value, built
// by FormatterConverter, saved beside the export (FormatterFile) and read back by the import.
struct FormatterPlan
{
    enum class Row {
        None, // the source has no formatters: nothing is set
        CayenneLpp, // FORMATTER_CAYENNELPP up and down
        Script, // v2 Decoder (+ Encoder) only: the scripts as they are
        Chain, // v2 Converter and/or Validator: one script with a generated decodeUplink
        Copied, // another TTS application's default formatters (the tts source), as they are
    };

    QString applicationId; // the source application
    V2Formatters source; // a TTN v2 source's payload functions (empty for other sources)
    Row row = Row::None;
    TtsFormatters target; // what is set on the target application (parts may be unset)
    // The script of a direction that could not be set (over the limit, does not compile, name
    // collision): saved with the plan so the user can fix and paste it.
    QString upScriptNotSet;
    QString downScriptNotSet;
    QStringList notes; // what moves and how (preview, report)
    QStringList problems; // what is not set, and why
    bool validatorBecomesErrors = false; // TTS forwards what v2's Validator dropped

    bool hasTarget() const { return !target.isEmpty(); }
    static QString rowName(Row row); // "none", "cayennelpp", "script", "chain", "copied"
    static Row rowFromName(const QString &name);
};

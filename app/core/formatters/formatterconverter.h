#pragma once

#include "formatters/formatterplan.h"
#include "formatters/v2formatters.h"

// The conversion table of formatters.md: what a source application's payload formatters
// become as The Things Stack's default formatters.
namespace FormatterConverter {

// TTS's limit for a formatter parameter (as.formatters.max-parameter-length default;
// messages.proto max_len).
constexpr int kMaxScriptLength = 40960;

FormatterPlan fromV2(const QString &applicationId, const V2Formatters &source);

// The tts source: the source application's default formatters move as they are (the same
// formatter kinds and script API on both sides).
FormatterPlan fromTts(const QString &applicationId, const TtsFormatters &source);

// The one uplink script for a v2 application with a Converter and/or Validator: the v2
// functions unchanged, then a generated decodeUplink that chains them.
QString chainScript(const V2Formatters &source);

} // namespace FormatterConverter

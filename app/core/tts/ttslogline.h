#pragma once

#include "tts/ttsrequest.h"

#include <QString>

// The --verbose line for one attempt at The Things Stack (RequestLogLine's shape), e.g.
// "POST IS /applications/app/devices → 409 pkg/identityserver:id_taken (31 ms, attempt 2):
// <message> correlation_id=…". Redacted; the correlation ID is written as a UUID, which is
// what it is and what survives every later redaction.
namespace TtsLogLine {

QString format(const TtsRequest &request, int httpStatus, const TtsError &error, qint64 elapsedMs,
    int attempt);

} // namespace TtsLogLine

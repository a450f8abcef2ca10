#pragma once

#include "tts/ttserror.h"
#include "util/erroraudience.h"

#include <QString>

// What a failed request was about, so the sentence can name it.
struct TtsErrorContext
{
    QString server; // "https://eu1.cloud.thethings.network"
    QString applicationId;
    QString deviceId; // empty for application-level requests
};

// Which deployment a request went to: the target the import writes to, or the source a
// migration reads from (sources.md). The settings a sentence names are that side's.
enum class TtsSide { Target, Source };

// One translated sentence per error of tts-import.md §5: what is wrong and what to do. The
// command line names its flags and variables (--tts.api-key / TTS_API_KEY), the wizard its
// fields ("API key"): one place makes both.
namespace TtsErrorText {
QString sentence(const TtsError &error, const TtsErrorContext &context, ErrorAudience audience,
    TtsSide side = TtsSide::Target);
// "Application “x” does not exist or this key has no access to it." (§2: TTS cannot tell.)
QString noAccess(
    const QString &applicationId, ErrorAudience audience, TtsSide side = TtsSide::Target);
// "The API key lacks the rights …" naming the rights.
QString missingRights(
    const QStringList &rights, ErrorAudience audience, TtsSide side = TtsSide::Target);
} // namespace TtsErrorText

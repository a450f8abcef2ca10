#pragma once

#include "tts/ttserror.h"
#include "util/setting.h"

#include <QString>

// What a failed request was about, so the sentence can name it.
struct TtsErrorContext
{
    QString server; // "https://eu1.cloud.thethings.network"
    QString applicationId;
    QString deviceId; // empty for application-level requests
};

// Which deployment a request went to: the target the import writes to, or the source a
// migration reads from (sources.md). The settings a fix names are that side's.
enum class TtsSide { Target, Source };

// One translated sentence per error of tts-import.md §5: what is wrong, and what to do when that
// needs no setting. It never names a flag or a field: where the user has to change a setting,
// fix() says which, and each face adds the advice naming it its own way (the command line
// its flags and variables, --tts.api-key / TTS_API_KEY; the wizard its fields, "API key").
namespace TtsErrorText {
QString sentence(const TtsError &error, const TtsErrorContext &context);
// The setting to change, on the side the request went to (the target's, or the source's:
// --tts.app-api-key on the command line).
SettingFix fix(const TtsError &error, TtsSide side = TtsSide::Target);
// "Application “x” does not exist or this key has no access to it." (§2: TTS cannot tell.)
// Its fix: SettingFix::CheckTtsApplicationAndKey.
QString noAccess(const QString &applicationId);
// "The API key lacks the rights …" naming the rights. Its fix: SettingFix::UseTtsKeyWithRights.
QString missingRights(const QStringList &rights);
} // namespace TtsErrorText

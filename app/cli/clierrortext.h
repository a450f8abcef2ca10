#pragma once

#include "util/setting.h"
#include "v2/v2error.h"

#include <QString>
#include <QStringList>

// The command line's words for the errors of the core: the core says what is wrong and which
// setting the user has to change (SettingFix); this adds what to do, naming the setting by its
// flag and environment variable. The wizard's counterpart is ui/validation/wizarderrortext.h.
namespace CliErrorText {

// The flags that set `setting`, spelled as the user types them ("--ttnv2.handler-address").
QStringList flags(Setting setting);
// One translated sentence: how to fix it on the command line. Empty for SettingFix::None.
QString advice(SettingFix fix);
// `problem` (the core's sentence) followed by the advice for `fix`.
QString withAdvice(const QString &problem, SettingFix fix);
QString sentence(const V2Error &error);

} // namespace CliErrorText

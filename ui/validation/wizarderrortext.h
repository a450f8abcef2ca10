#pragma once

#include "source/sourceerror.h"
#include "util/setting.h"
#include "v2/v2error.h"

#include <QString>
#include <QStringList>

// The wizard's words for the errors of the core: the core says what is wrong and which setting
// the user has to change (SettingFix); this adds what to do, naming the setting by the label of
// its field on the connect page (ConnectPage, v2) or the connection form (TtsConnectionForm,
// The Things Stack). A wizard user cannot pass a flag. The command line's counterpart is
// app/cli/clierrortext.h.
namespace WizardErrorText {

// The labels of the fields that set `setting`, as the form shows them without the mnemonic and
// the colon ("Handler URL"). Translators: they must match the forms' translated labels.
QStringList labels(Setting setting);
// One translated sentence: how to fix it in the wizard. Empty for SettingFix::None.
QString advice(SettingFix fix);
// `problem` (the core's sentence) followed by the advice for `fix`.
QString withAdvice(const QString &problem, SettingFix fix);
QString sentence(const V2Error &error);
QString sentence(const SourceError &error);

} // namespace WizardErrorText

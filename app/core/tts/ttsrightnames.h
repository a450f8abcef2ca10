#pragma once

#include <QString>
#include <QStringList>

// The Things Stack's application rights as the Console's API key form names them ("Create
// devices in application"), in the user's language, so a sentence that lists rights does not
// switch to enum names (RIGHT_APPLICATION_DEVICES_WRITE) or English half-way.
namespace TtsRightNames {

// A right the Console names; an unknown one as its enum name without the prefix, lower case.
QString label(const QString &right);
// The rights as one list in the locale's way ("a, b and c").
QString list(const QStringList &rights);

} // namespace TtsRightNames

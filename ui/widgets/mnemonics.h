#pragma once

#include <QList>

class QAbstractButton;

// Every button of a dialog reachable by Alt+letter, the standard ones included: Qt gives
// "&Yes" and "&No" a mnemonic but not "OK" or "Cancel" (nor their German "Abbrechen").
namespace Mnemonics {

// Gives each button without a mnemonic the first letter of its text that no other button of
// the list uses yet. A button whose every letter is taken keeps its text.
void addMissing(const QList<QAbstractButton *> &buttons);

} // namespace Mnemonics

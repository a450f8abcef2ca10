#pragma once

#include <QString>

class MigrationWizard;

// Escape, the Cancel button and the window's close button all end the wizard. When that would
// throw work away (a preview running or not saved yet, a save or an AppKey run in progress),
// the user is asked first, naming what would be lost; otherwise the wizard just closes.
namespace CloseGuard {
// What closing now would lose, as one sentence; empty when nothing.
QString loss(const MigrationWizard &wizard); // a friend of the wizard: reads its pages
// True when the wizard may close (nothing to lose, or the user said so).
bool mayClose(MigrationWizard &wizard);
} // namespace CloseGuard

#pragma once

class QCoreApplication;

// The wizard process's identity, set the same way by ttn-lw-migrate-wizard and by the
// developer tool that tours it (tools/wizard-tour), so the tool's first paint measures the
// product's own start.
namespace WizardStartup {

// Names, version and translations; with a QApplication also the desktop identity (display
// name, desktop file, window icon). Call right after constructing the application object.
void configure(QCoreApplication &app);

} // namespace WizardStartup

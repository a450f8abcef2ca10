#include "closeguard.h"

#include "migrationwizard.h"
#include "models/outcometablemodel.h"
#include "pages/exportpage.h"
#include "pages/nextstepspage.h"
#include "pages/previewpage.h"
#include "session/migrationsession.h"
#include "util/localenumbers.h"
#include "widgets/appkeypanel.h"
#include "widgets/messagebox.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CloseGuard)
};
} // namespace

QString CloseGuard::loss(const MigrationWizard &wizard)
{
    if (wizard.m_nextSteps->appKeyPanel()->isRunning()
        || (wizard.m_export->restorePanel() && wizard.m_export->restorePanel()->isRunning()))
        return Text::tr("AppKeys are being changed in TTN v2. If you close now, the run stops "
                        "after the device in progress; run it again later to finish it.");
    if (wizard.m_export->isSaving())
        return Text::tr("devices.json is being saved. If you close now, nothing is saved and an "
                        "existing file stays as it was.");
    const PreviewPage *preview = wizard.m_preview;
    if (preview->isRunning()) {
        if (preview->readTotal() > 0)
            return LocaleNumbers::withGroupedN(
                Text::tr("The preview has read %1 of %n device(s) so far. If you close now, it "
                         "is lost.",
                    nullptr, preview->readTotal()),
                preview->readTotal())
                .arg(LocaleNumbers::number(preview->readDone()));
        return Text::tr("The preview is still running. If you close now, it is lost.");
    }
    const int exported = wizard.m_session->outcomeModel()->counts().exported;
    if (preview->hasResult() && exported > 0 && wizard.m_session->savedExport().path.isEmpty())
        return Text::tr("The preview is not saved yet (devices to export: %1). If you close now, "
                        "it is lost.")
            .arg(LocaleNumbers::number(exported));
    return {};
}

bool CloseGuard::mayClose(MigrationWizard &wizard)
{
    const QString lost = loss(wizard);
    if (lost.isEmpty())
        return true;
    return MessageBox::question(&wizard, Text::tr("Close the wizard?"),
               lost + u"\n\n"_s + Text::tr("Close the wizard anyway?"),
               QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Close;
}

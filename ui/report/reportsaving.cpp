#include "report/reportsaving.h"

#include "report/migrationreport.h"
#include "session/migrationsession.h"
#include "settings/wizardsettings.h"
#include "widgets/filedialogprovider.h"
#include "widgets/inlinemessage.h"
#include "widgets/messagebox.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

// The sentences came from the next-steps page and keep its translation context
// ("NextStepsPage"), so the existing translations still apply.
void ReportSaving::askAndSave(
    QWidget *parent, const MigrationSession &session, InlineMessage *result)
{
    const QString suggested
        = QDir(WizardSettings::instance().lastFolder()).filePath(u"migration-report.md"_s);
    const QString path = FileDialogProvider::getSaveFileName(parent,
        QCoreApplication::translate("NextStepsPage", "Save report"), suggested,
        QCoreApplication::translate("NextStepsPage", "Markdown (*.md);;Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!session.report().save(path, &error)) {
        result->clear();
        MessageBox::warning(
            parent, QCoreApplication::translate("NextStepsPage", "Report not saved"), error);
        return;
    }
    result->showMessage(InlineMessage::Kind::Success,
        QCoreApplication::translate("NextStepsPage", "Report saved to %1.")
            .arg(QDir::toNativeSeparators(path)));
}

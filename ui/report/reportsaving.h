#pragma once

class InlineMessage;
class MigrationSession;
class QWidget;

// "Save report…" on the next-steps and status pages: one report for the whole migration, built
// from the session.
namespace ReportSaving {
// Asks where (migration-report.md in the last folder), saves, and says how it went in `result`
// (a failure also in a message box over `parent`).
void askAndSave(QWidget *parent, const MigrationSession &session, InlineMessage *result);
} // namespace ReportSaving

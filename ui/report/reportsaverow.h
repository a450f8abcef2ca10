#pragma once

#include <QWidget>

class InlineMessage;
class MigrationSession;
class QPushButton;

// "Save report…" with the line that says how saving went, at the foot of the next-steps and
// status pages: one report for the whole migration, built from the session (ReportSaving).
class ReportSaveRow : public QWidget
{
    Q_OBJECT
public:
    ReportSaveRow(MigrationSession *session, QWidget *parent);

    QPushButton *button() const { return m_save; }
    InlineMessage *result() const { return m_result; }

private:
    QPushButton *m_save;
    InlineMessage *m_result;
};

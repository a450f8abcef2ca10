#pragma once

#include <QWizardPage>

class MigrationSession;
class MigrationWizard;
class QLabel;

// What every page of the wizard shares: a body for its content, the migration session it reads
// earlier pages' choices from and writes its own to (never another page), and the sentence that
// says why Next is disabled, shown at the bottom right next to the button (empty = Next is
// enabled).
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardPage(MigrationSession *session, QWidget *parent = nullptr);

    bool isComplete() const override;
    // Why the user cannot go on yet; empty when they can.
    virtual QString blockingReason() const = 0;

protected:
    QWidget *body() const { return m_body; }
    MigrationSession *session() const { return m_session; }
    MigrationWizard *migrationWizard() const;
    // Call whenever something blockingReason() depends on changed; it also calls
    // shareWithSession().
    void updateCompleteness();
    // Writes what the page shows into the session (a page whose choices are read by later
    // pages overrides it), so the session always holds what the user sees.
    virtual void shareWithSession() { }

private:
    MigrationSession *m_session;
    QWidget *m_body;
    QLabel *m_reason;
};

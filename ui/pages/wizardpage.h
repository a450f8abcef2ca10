#pragma once

#include <QWizardPage>

class MigrationWizard;
class QLabel;

// What every page of the wizard shares: a body for its content, and the sentence that says why
// Next is disabled, shown at the bottom right next to the button (empty = Next is enabled).
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    // Why the user cannot go on yet; empty when they can.
    virtual QString blockingReason() const = 0;

protected:
    QWidget *body() const { return m_body; }
    MigrationWizard *migrationWizard() const;
    // Call whenever something blockingReason() depends on changed.
    void updateCompleteness();

private:
    QWidget *m_body;
    QLabel *m_reason;
};

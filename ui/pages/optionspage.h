#pragma once

#include "pages/wizardpage.h"

class InlineMessage;
class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

// Page 3: export without sessions (recommended: devices re-join) or with sessions (advanced),
// an optional prefix for the v3 device IDs, and whether attributes The Things Stack refuses are
// dropped (issue #10's repair) instead of failing their device.
class OptionsPage : public WizardPage
{
    Q_OBJECT
public:
    explicit OptionsPage(MigrationSession *session, QWidget *parent = nullptr);

    bool withSession() const;
    void setWithSession(bool withSession);
    QString devIdPrefix() const;
    bool dropInvalidAttributes() const;
    void setDropInvalidAttributes(bool drop);

    QString blockingReason() const override;
    void initializePage() override; // words follow the source
    bool validatePage() override;

protected:
    void shareWithSession() override;

private:
    void onInputChanged();

    QRadioButton *m_withoutSession;
    QRadioButton *m_withSession;
    QLabel *m_withSessionExplanation;
    InlineMessage *m_sessionWarning;
    QLineEdit *m_prefix;
    QLabel *m_prefixExample;
    QCheckBox *m_dropAttributes;
};

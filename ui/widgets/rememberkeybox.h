#pragma once

#include "settings/wizardsettings.h"

#include <QWidget>

class InlineMessage;
class QCheckBox;
class QLineEdit;

// "Remember in the system keychain" under a key field (off by default). Ticked, the key goes
// to the system keychain once it has been used successfully (commit()), and fills the field
// on the next start (load()); unticked, a remembered key is forgotten at once. The key never
// goes into the settings file: only the tick does. Failures (no keychain service) are said in
// one sentence under the box; the field keeps working as if nothing were remembered.
class RememberKeyBox : public QWidget
{
    Q_OBJECT
public:
    RememberKeyBox(
        WizardSettings::RememberedKey kind, QLineEdit *keyEdit, QWidget *parent = nullptr);

    QCheckBox *checkBox() const { return m_check; }
    InlineMessage *status() const { return m_status; }
    // The keychain entry this key belongs to (Keychain::v2Account / ttsAccount).
    void setAccount(const QString &account) { m_account = account; }
    QString account() const { return m_account; }

    // Fills the key field from the keychain when the box is ticked and the field is empty.
    void load();
    // The key was used successfully: remember it (ticked) or make sure it is not (unticked).
    void commit();
    bool isBusy() const { return m_pending > 0; }

signals:
    void loaded(); // the key field was filled from the keychain
    void idle(); // no keychain call is pending any more

private:
    void onToggled(bool remember);
    void forget();
    void done();

    WizardSettings::RememberedKey m_kind;
    QLineEdit *m_key;
    QCheckBox *m_check;
    InlineMessage *m_status;
    QString m_account;
    int m_pending = 0;
};

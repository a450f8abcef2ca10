#include "widgets/rememberkeybox.h"

#include "settings/keychain.h"
#include "util/redact.h"
#include "widgets/inlinemessage.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RememberKeyBox::RememberKeyBox(
    WizardSettings::RememberedKey kind, QLineEdit *keyEdit, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_key(keyEdit)
    , m_check(new QCheckBox(tr("Re&member in the system keychain"), this))
    , m_status(new InlineMessage(this))
{
    m_check->setToolTip(tr("Keep the key in your system keychain (GNOME Keyring, KWallet, "
                           "macOS Keychain, Windows Credential Manager), never in a file."));
    m_check->setChecked(WizardSettings::instance().rememberKey(kind));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_status);
    connect(m_check, &QCheckBox::toggled, this, &RememberKeyBox::onToggled);
}

void RememberKeyBox::load()
{
    if (!m_check->isChecked() || !m_key->text().isEmpty() || m_account.isEmpty())
        return;
    if (!Keychain::isEnabled())
        return; // --demo: its own published keys are already filled in
    ++m_pending;
    Keychain::read(m_account, this, [this](const Keychain::Result &result) {
        if (result.ok() && m_key->text().isEmpty()) {
            Redact::registerSecret(result.secret);
            m_key->setText(result.secret);
            m_status->clear();
            emit loaded();
        } else if (result.outcome != Keychain::Outcome::NotFound) {
            m_status->showMessage(InlineMessage::Kind::Warning, Keychain::problemText(result));
        }
        done();
    });
}

void RememberKeyBox::commit()
{
    if (!m_check->isChecked()) {
        if (WizardSettings::instance().rememberKey(m_kind))
            forget();
        return;
    }
    const QString key = m_key->text();
    if (key.isEmpty() || m_account.isEmpty())
        return;
    ++m_pending;
    Keychain::write(m_account, key, this, [this](const Keychain::Result &result) {
        if (result.ok())
            m_status->showMessage(
                InlineMessage::Kind::Success, tr("The key is remembered in the system keychain."));
        else
            m_status->showMessage(result.outcome == Keychain::Outcome::Disabled
                    ? InlineMessage::Kind::Info
                    : InlineMessage::Kind::Warning,
                Keychain::problemText(result));
        done();
    });
}

void RememberKeyBox::onToggled(bool remember)
{
    m_status->clear();
    WizardSettings::instance().setRememberKey(m_kind, remember);
    if (!remember)
        forget(); // unticked: no copy of the key stays behind
}

void RememberKeyBox::forget()
{
    WizardSettings::instance().setRememberKey(m_kind, false);
    if (m_account.isEmpty() || !Keychain::isEnabled())
        return;
    ++m_pending;
    Keychain::remove(m_account, this, [this](const Keychain::Result &result) {
        if (result.ok())
            m_status->showMessage(
                InlineMessage::Kind::Info, tr("The key was removed from the system keychain."));
        else if (result.outcome != Keychain::Outcome::NotFound)
            m_status->showMessage(InlineMessage::Kind::Warning, Keychain::problemText(result));
        done();
    });
}

void RememberKeyBox::done()
{
    if (--m_pending == 0)
        emit idle();
}

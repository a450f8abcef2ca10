#include "pages/wizardpage.h"

#include "migrationwizard.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WizardPage::WizardPage(MigrationSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_body(new QWidget(this))
    , m_reason(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_body, 1);
    m_reason->setObjectName(u"blockingReason"_s);
    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_reason->hide();
    layout->addWidget(m_reason);
}

bool WizardPage::isComplete() const
{
    return blockingReason().isEmpty();
}

MigrationWizard *WizardPage::migrationWizard() const
{
    return qobject_cast<MigrationWizard *>(wizard());
}

void WizardPage::updateCompleteness()
{
    shareWithSession();
    const QString reason = blockingReason();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    emit completeChanged();
}

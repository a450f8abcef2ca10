#include "widgets/checklistitem.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChecklistItem::ChecklistItem(
    const QString &key, const QString &title, const QString &explanation, QWidget *parent)
    : QFrame(parent)
    , m_key(key)
    , m_check(new QCheckBox(title, this))
    , m_explanation(new QLabel(explanation, this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(u"checklist_"_s + key);
    m_check->setObjectName(u"check_"_s + key);
    QFont bold = m_check->font();
    bold.setBold(true);
    m_check->setFont(bold);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_explanation->setOpenExternalLinks(true);
    // Indented under the check box, so it reads as that step's explanation.
    const int indent = m_check->sizeHint().height() + 4;
    m_explanation->setContentsMargins(indent, 0, 0, 0);
    m_layout->setContentsMargins(0, 4, 0, 8);
    m_layout->addWidget(m_check);
    m_layout->addWidget(m_explanation);
    connect(m_check, &QCheckBox::toggled, this, &ChecklistItem::toggled);
}

QString ChecklistItem::title() const
{
    return m_check->text().remove(u'&');
}

void ChecklistItem::setTexts(const QString &title, const QString &explanation)
{
    m_check->setText(title);
    m_explanation->setText(explanation);
}

bool ChecklistItem::isDone() const
{
    return m_check->isChecked();
}

void ChecklistItem::setDone(bool done)
{
    m_check->setChecked(done);
}

void ChecklistItem::addExtra(QLayout *layout)
{
    layout->setContentsMargins(m_explanation->contentsMargins().left(), 0, 0, 0);
    m_layout->addLayout(layout);
}

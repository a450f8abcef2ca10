#include "widgets/secretedit.h"

#include "widgets/uiicons.h"

#include <QAction>

SecretEdit::SecretEdit(const QString &showText, const QString &hideText, QWidget *parent)
    : QLineEdit(parent)
    , m_reveal(new QAction(UiIcons::reveal(), showText, this))
    , m_showText(showText)
    , m_hideText(hideText)
{
    setEchoMode(QLineEdit::Password);
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(showText);
    addAction(m_reveal, QLineEdit::TrailingPosition);
    connect(m_reveal, &QAction::toggled, this, [this](bool shown) {
        setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setToolTip(shown ? m_hideText : m_showText);
    });
}

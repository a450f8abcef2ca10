#include "widgets/inlinemessage.h"

#include "widgets/uiicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Never taller than the text: spare room on a page belongs to its tables, not here.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setObjectName(u"messageText"_s);
    m_action->setObjectName(u"messageAction"_s);
    m_action->hide();
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    connect(m_action, &QPushButton::clicked, this, &InlineMessage::actionTriggered);
    hide();
}

void InlineMessage::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    QIcon icon;
    switch (kind) {
    case Kind::None:
        break;
    case Kind::Info:
        icon = UiIcons::info();
        break;
    case Kind::Busy:
        icon = UiIcons::busy();
        break;
    case Kind::Success:
        icon = UiIcons::success();
        break;
    case Kind::Warning:
        icon = UiIcons::warning();
        break;
    case Kind::Error:
        icon = UiIcons::error();
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(size, size));
    m_icon->setVisible(!icon.isNull());
    m_text->setText(text);
    setAccessibleDescription(text);
    setVisible(kind != Kind::None && !text.isEmpty());
}

void InlineMessage::clear()
{
    showMessage(Kind::None, QString());
}

QString InlineMessage::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void InlineMessage::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

void InlineMessage::setBanner(bool banner)
{
    setFrameShape(banner ? QFrame::StyledPanel : QFrame::NoFrame);
    setAutoFillBackground(banner);
    setBackgroundRole(banner ? QPalette::AlternateBase : QPalette::Window);
    layout()->setContentsMargins(banner ? QMargins(8, 6, 8, 6) : QMargins());
}

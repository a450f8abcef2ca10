#include "widgets/devicejsonview.h"

#include "io/indentedjson.h"
#include "models/outcometablemodel.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DeviceJsonView::DeviceJsonView(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_reveal(new QCheckBox(tr("&Reveal keys"), this))
    , m_text(new QPlainTextEdit(this))
{
    m_reveal->setObjectName(u"revealKeysCheck"_s);
    m_reveal->setToolTip(tr("Show the AppKey and session keys of the selected device"));
    m_text->setObjectName(u"deviceJsonView"_s);
    m_text->setAccessibleName(tr("JSON of the selected device"));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_caption->setObjectName(u"deviceJsonCaption"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(m_reveal);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    connect(m_reveal, &QCheckBox::toggled, this, &DeviceJsonView::render);
    render();
}

void DeviceJsonView::showOutcome(const DeviceOutcome *outcome)
{
    m_hasOutcome = outcome != nullptr;
    m_outcome = outcome ? *outcome : DeviceOutcome();
    render();
}

bool DeviceJsonView::keysRevealed() const
{
    return m_reveal->isChecked();
}

void DeviceJsonView::setKeysRevealed(bool revealed)
{
    m_reveal->setChecked(revealed);
}

QString DeviceJsonView::shownText() const
{
    return m_text->toPlainText();
}

void DeviceJsonView::render()
{
    if (!m_hasOutcome) {
        m_caption->setText(tr("Select a device to see the JSON that will be written for it."));
        m_text->clear();
        return;
    }
    if (m_outcome.status != OutcomeStatus::Exported) {
        m_caption->setText(tr("%1 is not exported.").arg(m_outcome.v2DeviceId));
        m_text->setPlainText(OutcomeTableModel::statusText(m_outcome.status) + u": "_s
            + OutcomeTableModel::notesText(m_outcome));
        return;
    }
    m_caption->setText(tr("JSON for %1 (one line in devices.json):").arg(m_outcome.v3DeviceId));
    m_text->setPlainText(IndentedJson::format(m_outcome.json, !m_reveal->isChecked()));
}

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
    , m_notes(new QLabel(this))
    , m_reveal(new QCheckBox(tr("Reveal &keys"), this))
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
    m_notes->setObjectName(u"deviceNotes"_s);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_notes->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(m_reveal);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_notes);
    layout->addWidget(m_text, 1);
    layout->addStretch(0); // keeps the notes at the top while the JSON is hidden
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
    return m_text->isHidden() ? QString() : m_text->toPlainText();
}

QString DeviceJsonView::notesText() const
{
    return m_notes->isHidden() ? QString() : m_notes->text();
}

void DeviceJsonView::render()
{
    m_notes->clear();
    m_notes->hide();
    if (!m_hasOutcome) {
        m_caption->setText(tr("Select a device to see the JSON that will be written for it."));
        m_text->clear();
        m_text->show();
        return;
    }
    if (m_outcome.status != OutcomeStatus::Exported) {
        // The reason, wrapped to the pane: it is why the user looks here.
        m_caption->setText(tr("%1 is not exported.").arg(m_outcome.v2DeviceId));
        m_notes->setText(OutcomeTableModel::statusText(m_outcome.status) + u": "_s
            + OutcomeTableModel::notesText(m_outcome));
        m_notes->show();
        m_text->clear();
        m_text->hide();
        return;
    }
    m_caption->setText(tr("JSON for %1 (one line in devices.json):").arg(m_outcome.v3DeviceId));
    if (!m_outcome.warnings.isEmpty() || !m_outcome.mapping.isEmpty()) {
        QStringList lines;
        if (!m_outcome.mapping.isEmpty()) // ChirpStack: what the device profile became
            lines << m_outcome.mapping;
        for (const QString &warning : m_outcome.warnings)
            lines << u"\u2022 "_s + warning;
        m_notes->setText(lines.join(u'\n'));
        m_notes->show();
    }
    m_text->setPlainText(IndentedJson::format(m_outcome.json, !m_reveal->isChecked()));
    m_text->show();
}

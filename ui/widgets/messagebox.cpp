#include "widgets/messagebox.h"

#include "widgets/mnemonics.h"

#include <QAbstractButton>
#include <optional>

namespace {
std::optional<QMessageBox::StandardButton> &nextAnswer()
{
    static std::optional<QMessageBox::StandardButton> answer;
    return answer;
}

QString &lastAskedText()
{
    static QString text;
    return text;
}
} // namespace

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
    const QString &text, const QList<QPair<QMessageBox::StandardButton, QString>> &labels,
    QMessageBox::StandardButton defaultButton)
{
    QMessageBox::StandardButtons buttons;
    for (const auto &label : labels)
        buttons |= label.first;
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton, labels);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer() = answer;
}

QString MessageBox::lastText()
{
    return lastAskedText();
}

QMessageBox::StandardButton MessageBox::ask(QMessageBox::Icon icon, QWidget *parent,
    const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton,
    const QList<QPair<QMessageBox::StandardButton, QString>> &labels)
{
    lastAskedText() = text;
    if (auto &answer = nextAnswer()) {
        const auto button = *answer;
        answer.reset();
        return button;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (const auto &label : labels) {
        if (QAbstractButton *button = box.button(label.first))
            button->setText(label.second);
    }
    Mnemonics::addMissing(box.buttons());
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

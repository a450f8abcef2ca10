#include "widgets/mnemonics.h"

#include <QAbstractButton>
#include <QSet>

namespace {

// The letter after a single '&' ("&&" is a literal ampersand), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i; // skip the escaped ampersand
    }
    return QChar();
}

} // namespace

void Mnemonics::addMissing(const QList<QAbstractButton *> &buttons)
{
    QSet<QChar> used;
    for (const QAbstractButton *button : buttons) {
        if (const QChar letter = mnemonicOf(button->text()); !letter.isNull())
            used.insert(letter);
    }
    for (QAbstractButton *button : buttons) {
        QString text = button->text();
        if (!mnemonicOf(text).isNull())
            continue;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar letter = text.at(i).toLower();
            if (!letter.isLetterOrNumber() || used.contains(letter))
                continue;
            used.insert(letter);
            text.insert(i, u'&');
            button->setText(text);
            break;
        }
    }
}

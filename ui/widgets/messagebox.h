#pragma once

#include <QMessageBox>

// The wizard's message boxes, with a seam for tests: setNextAnswer() makes the next box return
// that button at once, without showing anything (KeePassXC's MessageBox does the same).
class MessageBox
{
public:
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
        const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);

    // A question whose buttons say what they do ("Replace", "Keep theirs"): `labels` gives
    // the text of each standard button in `buttons`.
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
        const QString &text, const QList<QPair<QMessageBox::StandardButton, QString>> &labels,
        QMessageBox::StandardButton defaultButton);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box asked, answered or not (tests check what the user was told).
    static QString lastText();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent,
        const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton,
        const QList<QPair<QMessageBox::StandardButton, QString>> &labels = {});
};

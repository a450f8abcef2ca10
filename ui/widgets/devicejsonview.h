#pragma once

#include "convert/deviceoutcome.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

// The exact JSON that will be written for one device, indented, with its keys shown as "••••"
// until the user ticks "Reveal keys". Above it, wrapped to the pane's width, what there is to
// know about the device: why it is not exported, or the warnings of an exported one.
class DeviceJsonView : public QWidget
{
    Q_OBJECT
public:
    explicit DeviceJsonView(QWidget *parent = nullptr);

    void showOutcome(const DeviceOutcome *outcome); // nullptr: nothing selected
    bool keysRevealed() const;
    void setKeysRevealed(bool revealed);
    QString shownText() const; // the JSON shown; empty for a device that is not exported
    QString notesText() const; // the wrapped notes above it

private:
    void render();

    QLabel *m_caption;
    QLabel *m_notes;
    QCheckBox *m_reveal;
    QPlainTextEdit *m_text;
    DeviceOutcome m_outcome;
    bool m_hasOutcome = false;
};

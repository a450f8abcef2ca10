#pragma once

#include "convert/deviceoutcome.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

// The exact JSON that will be written for one device, indented, with its keys shown as "••••"
// until the user ticks "Reveal keys". Devices that are not exported show why instead.
class DeviceJsonView : public QWidget
{
    Q_OBJECT
public:
    explicit DeviceJsonView(QWidget *parent = nullptr);

    void showOutcome(const DeviceOutcome *outcome); // nullptr: nothing selected
    bool keysRevealed() const;
    void setKeysRevealed(bool revealed);
    QString shownText() const;

private:
    void render();

    QLabel *m_caption;
    QCheckBox *m_reveal;
    QPlainTextEdit *m_text;
    DeviceOutcome m_outcome;
    bool m_hasOutcome = false;
};

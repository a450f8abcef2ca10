#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A sentence with an icon shown inside a page instead of a pop-up: connection results, the
// preview's fatal-error banner (with Retry), save results. Colours come from the palette only.
class InlineMessage : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { None, Info, Busy, Success, Warning, Error };

    explicit InlineMessage(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clear(); // hides the widget
    Kind kind() const { return m_kind; }
    QString text() const;

    // A button at the end of the message ("Retry"); hidden when `text` is empty.
    void setActionText(const QString &text);
    QPushButton *actionButton() const { return m_action; }
    // Framed, filled background: for banners that must stand out from the page.
    void setBanner(bool banner);

signals:
    void actionTriggered();

private:
    Kind m_kind = Kind::None;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
};

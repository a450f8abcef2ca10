#pragma once

#include <QFrame>

class QCheckBox;
class QLabel;
class QVBoxLayout;

// One step of the post-export checklist: a check box with the step's title, the explanation
// below it, and room for the step's own buttons.
class ChecklistItem : public QFrame
{
    Q_OBJECT
public:
    ChecklistItem(const QString &key, const QString &title, const QString &explanation,
        QWidget *parent = nullptr);

    QString key() const { return m_key; }
    QString title() const;
    // New words for the step (a step worded after the source the devices come from).
    void setTexts(const QString &title, const QString &explanation);
    bool isDone() const;
    void setDone(bool done);
    QCheckBox *checkBox() const { return m_check; }
    // Adds a row of extra widgets (a command line, a Copy button) under the explanation.
    void addExtra(QLayout *layout);

signals:
    void toggled(bool done);

private:
    QString m_key;
    QCheckBox *m_check;
    QLabel *m_explanation;
    QVBoxLayout *m_layout;
};

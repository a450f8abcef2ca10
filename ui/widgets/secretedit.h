#pragma once

#include <QLineEdit>

class QAction;

// A field for a secret (the v2 access key, The Things Stack API key): masked, with a reveal
// action at its end that toggles between masked and plain text and says which way it goes in
// its tooltip. The caller's words name the secret (its tr() context keeps its translations).
// Nothing here logs, stores or copies the text.
class SecretEdit : public QLineEdit
{
    Q_OBJECT
public:
    // `showText`/`hideText`: the reveal action's tooltip while masked / while shown.
    SecretEdit(const QString &showText, const QString &hideText, QWidget *parent = nullptr);

    QAction *revealAction() const { return m_reveal; }
    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }

private:
    QAction *m_reveal;
    QString m_showText;
    QString m_hideText;
};

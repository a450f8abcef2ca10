#pragma once

#include <QDialog>

class QLabel;
class QWizard;

// "About TTN Migration Wizard": the app icon next to AppInfo::aboutHtml() (version, licence,
// copyright, links that open in the browser) and a Close button.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QString text() const; // the rich text shown, for tests

    // Turns the wizard's Help button into "About…", which opens one AboutDialog per wizard,
    // window-modal and without a nested event loop (open(), not exec()).
    static void attachTo(QWizard *wizard);

private:
    QLabel *m_text;
};

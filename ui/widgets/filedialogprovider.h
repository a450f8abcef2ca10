#pragma once

#include <QString>

class QWidget;

// Every file dialog of the wizard goes through here, so a test can pre-answer the next one with
// setNextFileName() instead of a modal dialog (KeePassXC's FileDialog does the same).
class FileDialogProvider
{
public:
    static QString getSaveFileName(
        QWidget *parent, const QString &caption, const QString &path, const QString &filter);
    static QString getOpenFileName(
        QWidget *parent, const QString &caption, const QString &dir, const QString &filter);

    // "Choose a CA certificate" (PEM) starting where `current` is, else in the folder last used;
    // empty when cancelled. The connect page's CA fields (v2, ChirpStack) share it.
    static QString getCaCertificate(QWidget *parent, const QString &current);

    // The next dialog returns `fileName` without showing anything ("" = the user cancelled).
    static void setNextFileName(const QString &fileName);
    static bool hasNextFileName();
    // Where the last dialog was asked to start, answered or not (tests check it is never the
    // working folder).
    static QString lastStartPath();

private:
    static bool takeNext(QString *fileName, const QString &startPath);
};

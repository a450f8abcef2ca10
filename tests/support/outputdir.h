#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A folder holding a previous devices.json, to prove a failed or interrupted run leaves it
// byte-identical and adds no stray files (QSaveFile temporaries).
class OutputDir
{
public:
    static const QByteArray previousContent;
    OutputDir();
    QString target() const; // <dir>/devices.json, holding previousContent
    QStringList entries() const; // file names in the folder, sorted
    QByteArray targetContent() const;
    // Empty when the target is intact and nothing else is in the folder, else what is wrong.
    QString untouched() const;

private:
    QTemporaryDir m_dir;
};

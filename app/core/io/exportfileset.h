#pragma once

#include "convert/deviceoutcome.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

class ExportFile;

// Writes one export as a single devices.json, or split into numbered parts of at most
// `maxPartBytes` each, for The Things Stack Console, which refuses files of 16 MiB or more
// (tts-import-rules.md, file level). Parts are named from the chosen name: devices.json ->
// devices-001.json, devices-002.json, …; a device's line is never cut. Every part is an
// ExportFile: private to its owner, written atomically, read back and counted on commit().
// All parts stay uncommitted until the export is complete, so a cancel or a failed write
// leaves every earlier file untouched.
class ExportFileSet
{
public:
    // `maxPartBytes` 0: one file at `path`. Otherwise numbered parts (at least one, even for a
    // small export, so the names are predictable); it must be below 16 MiB.
    explicit ExportFileSet(const QString &path, qint64 maxPartBytes = 0);
    ~ExportFileSet(); // without commit(): discards every part, the targets are untouched

    // Checks the folder and opens the first file: call it before anything is fetched, so the
    // user learns early. False with errorString().
    bool open();
    bool writeLine(const QByteArray &compactJson);
    bool commit(); // every part: atomic rename + read back + count
    void cancel();

    bool isSplit() const { return m_maxPartBytes > 0; }
    QString path() const { return m_path; } // the chosen name
    QStringList paths() const; // the files this export writes, in order
    QString errorString() const { return m_error; }
    int linesWritten() const { return m_linesWritten; }
    int linesReadBack() const { return m_linesReadBack; } // valid after a successful commit()
    qint64 bytesWritten() const { return m_bytesWritten; }
    // After commit(): numbered parts of an earlier export beyond this one's last part, still
    // in the folder (an import of "devices-*.json" would pick them up).
    QStringList staleParts() const;

    // devices.json, 3 -> devices-003.json (in the same folder).
    static QString partPath(const QString &path, int number);
    // Bytes the exported devices of `outcomes` take in devices.json (one line each).
    static qint64 exportBytes(const QList<DeviceOutcome> &outcomes);
    // An export of this size is refused by the Console's file input (16 MiB or more).
    static bool exceedsConsoleLimit(qint64 bytes);
    // Whether devices.json of these outcomes would be (the wizard offers to split from it).
    static bool exceedsConsoleLimit(const QList<DeviceOutcome> &outcomes)
    {
        return exceedsConsoleLimit(exportBytes(outcomes));
    }

private:
    bool openPart();
    bool fail(const QString &error);

    QString m_path;
    qint64 m_maxPartBytes = 0;
    std::vector<std::unique_ptr<ExportFile>> m_parts;
    qint64 m_partBytes = 0; // in the current part
    qint64 m_bytesWritten = 0;
    int m_linesWritten = 0;
    int m_linesReadBack = -1;
    QString m_error;
};

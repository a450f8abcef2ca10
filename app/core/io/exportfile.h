#pragma once

#include "io/ndjsonwriter.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>
#include <optional>

// Writes devices.json atomically: everything goes to a temporary file that is readable by
// its owner only, and replaces the target only on commit(). Cancel, a crash or a kill before
// commit() leave any previous file untouched. After commit the file is read back and its
// device lines counted, so the caller can prove what is on disk.
class ExportFile
{
public:
    explicit ExportFile(const QString &path);
    ~ExportFile(); // without commit(): discards, the target is untouched

    // Fails (with a translated message) when the folder is missing or not writable; call it
    // before any request is sent to v2 so the user learns early.
    bool open();
    bool writeLine(const QByteArray &compactJson); // appends json + '\n'
    bool commit(); // atomic rename + read back + count
    void cancel();

    QString path() const;
    QString errorString() const;
    int linesWritten() const;
    int linesReadBack() const; // valid after a successful commit()

    // Checks that `path` can be written (folder exists and is writable, target not a dir),
    // without creating anything. Empty string when fine, else the translated reason.
    static QString checkWritable(const QString &path);
    // Number of non-blank lines that parse as a JSON object; -1 when the file is unreadable.
    static int countDeviceLines(const QString &path, QString *error = nullptr);
    // What identifies one saved export: 32 hex digits of a SHA-256 over the file's bytes, its
    // absolute path and the time it was written. State that describes an export, like "the
    // AppKeys of these devices were changed", is kept under it, so a fresh export starts clean
    // even when its bytes are the same (an export without sessions is, while nothing changed
    // in v2), and the same file opened again finds its state. Rewritten, copied or moved, it
    // is another export: the safe direction for such state. Empty when the file is unreadable.
    static QString fingerprint(const QString &path);

private:
    QSaveFile m_file;
    std::optional<NdjsonWriter> m_lines; // over m_file, from open() on
    QString m_error;
    int m_readBack = -1;
};

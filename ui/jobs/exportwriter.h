#pragma once

#include <QByteArrayList>
#include <QObject>
#include <QStringList>
#include <memory>

class BackgroundTask;
class ExportFileSet;
class QTimer;

// Saves the preview's device lines through ExportFileSet (one file, or numbered parts of at
// most `maxPartBytes` each for the Console's 16 MiB limit) in small slices on the GUI thread's
// event loop, so a 100,000-device file never freezes the window and Cancel is honoured
// between slices; the final commit (rename + read back + count) runs as a BackgroundTask.
// Nothing reaches a target path before that atomic commit (of every part).
class ExportWriter : public QObject
{
    Q_OBJECT
public:
    // `maxPartBytes` 0: one file at `path`; else numbered parts named from it.
    ExportWriter(const QString &path, QByteArrayList lines, qint64 maxPartBytes = 0,
        QObject *parent = nullptr);
    ~ExportWriter() override;

    void start();
    // Stops and discards the temporary file; the target stays as it was. No signal follows.
    void cancel();
    bool isRunning() const;
    // ExportFile::fingerprint() of the saved file (of the first part of a split export: it
    // changes with every export written there), after a successful finished().
    QString fingerprint() const { return m_fingerprint; }
    // After a successful finished(): the files written, in order, and numbered parts of an
    // earlier export beyond the last one, still in the folder.
    QStringList paths() const { return m_paths; }
    QStringList staleParts() const { return m_staleParts; }

signals:
    void progress(int written, int total);
    // Every line is written; the atomic rename and the read-back run now (Cancel no longer
    // applies: the file is either complete or untouched).
    void committing();
    // On success `readBack` is the number of device lines found in the saved file.
    void finished(bool ok, const QString &error, int readBack);

private:
    void writeSlice();
    void commitInBackground();
    void onCommitted(bool ok);
    void fail(const QString &error);

    QString m_path;
    QByteArrayList m_lines;
    qint64 m_maxPartBytes;
    std::unique_ptr<ExportFileSet> m_file;
    QTimer *m_timer;
    BackgroundTask *m_commit = nullptr; // while the commit runs
    int m_next = 0;
    QString m_fingerprint;
    QStringList m_paths;
    QStringList m_staleParts;
};

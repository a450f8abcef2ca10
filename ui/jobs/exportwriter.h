#pragma once

#include <QByteArrayList>
#include <QObject>
#include <memory>

class BackgroundTask;
class ExportFile;
class QTimer;

// Saves the preview's device lines through ExportFile in small slices on the GUI thread's
// event loop, so a 100,000-device file never freezes the window and Cancel is honoured
// between slices; the final commit (rename + read back + count) runs as a BackgroundTask.
// Nothing reaches the target path before that atomic commit.
class ExportWriter : public QObject
{
    Q_OBJECT
public:
    ExportWriter(const QString &path, QByteArrayList lines, QObject *parent = nullptr);
    ~ExportWriter() override;

    void start();
    // Stops and discards the temporary file; the target stays as it was. No signal follows.
    void cancel();
    bool isRunning() const;
    // ExportFile::fingerprint() of the saved file, after a successful finished().
    QString fingerprint() const { return m_fingerprint; }

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
    std::unique_ptr<ExportFile> m_file;
    QTimer *m_timer;
    BackgroundTask *m_commit = nullptr; // while the commit runs
    int m_next = 0;
    QString m_fingerprint;
};

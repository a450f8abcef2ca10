#pragma once

#include "tts/ttsdevicefile.h"

#include <QObject>

class BackgroundTask;

// Reads devices.json off the GUI thread (100,000 lines take a moment) for the import and the
// status page: every line becomes a device, a bad line one with its reason.
class DeviceFileReader : public QObject
{
    Q_OBJECT
public:
    explicit DeviceFileReader(QObject *parent = nullptr);

    // One export, in one file or in several parts; a read still running is abandoned.
    void read(const QStringList &paths);
    bool isReading() const;
    // The files as the import and status pages name them: "a.json, b.json" (native separators).
    static QString filesText(const QStringList &paths);

signals:
    void finished(const QStringList &paths, const TtsDeviceFileContents &contents);

private:
    BackgroundTask *m_task = nullptr;
};

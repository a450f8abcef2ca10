#pragma once

#include "tts/ttsdevicefile.h"
#include "tts/ttstracker.h"
#include "ttscommand.h"

#include <QObject>

// `ttn-lw-migrate tts status`: one refresh of the tracker; the table (one line per device)
// and the summary line "N joined, M waiting, K active of T" on stdout.
class TtsStatusRunner : public QObject
{
    Q_OBJECT
public:
    TtsStatusRunner(
        const TtsCliConfig &config, const QList<TtsFileDevice> &devices, QObject *parent = nullptr);
    void start();

    static QStringList tableLines(const TtsTrackerSnapshot &snapshot);
    static QString summaryLine(const TtsTrackerSnapshot &snapshot);

signals:
    void finished(int exitCode);

private:
    void onRefreshed(const TtsTrackerSnapshot &snapshot);

    TtsCliConfig m_config;
    QList<TtsFileDevice> m_devices;
    TtsTracker *m_tracker;
};

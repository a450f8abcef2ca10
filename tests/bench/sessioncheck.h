#pragma once

#include <QString>
#include <QUrl>

// Compares the frame counters a with-session export wrote against what the v2 handler
// answers for the same devices (GET per device, paced like the official tool), for up to
// `sample` devices of the file.
struct SessionCheckResult
{
    int sessionsInFile = 0;
    int checked = 0;
    int mismatches = 0;
    QString error;
};

SessionCheckResult checkSessionCounters(const QString &devicesFile, const QUrl &handlerUrl,
    const QString &appId, const QByteArray &accessKey, int sample);

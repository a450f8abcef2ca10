#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// The request pattern of the official ttn-lw-migrate for a whole application: one list call
// for the device IDs, then one GET per device, paced at 1 per 200 ms, retrying 429/503 with a
// linear back-off of 1 s × attempt (wire-formats.md A.1 "Rate limits"). The benchmark runs it
// for a bounded sample of GETs and extrapolates to the whole application, so the baseline is
// measured on the same machine and emulator as the product, not quoted.
struct OfficialPatternResult
{
    int listedDevices = 0;
    qint64 listMs = 0;
    int sampleGets = 0; // GETs that completed (2xx) in the sample
    qint64 sampleMs = 0; // wall time of the sampled GETs, pacing included
    int requests = 0; // sent, retries included
    int rateLimited = 0; // 429 answers seen
    QString error; // non-empty: the run could not be measured

    double msPerDevice() const { return sampleGets > 0 ? double(sampleMs) / sampleGets : 0; }
    // Whole application: the list call plus one paced GET per listed device.
    double extrapolatedSeconds() const { return (listMs + msPerDevice() * listedDevices) / 1000.0; }
    qint64 extrapolatedRequests() const { return 1 + qint64(listedDevices); }
};

class OfficialPattern
{
public:
    OfficialPattern(QUrl handlerUrl, QString appId, QByteArray accessKey);
    OfficialPatternResult run(int sampleSize);
    // Sends one GET with the official tool's retry rule; false (and result.error) on failure.
    bool get(QNetworkAccessManager &nam, const QString &path, QByteArray *body,
        OfficialPatternResult &result);

private:
    QUrl m_handlerUrl;
    QString m_appId;
    QByteArray m_accessKey;
};

#pragma once

#include <QString>
#include <QUrl>

// Where and how to reach The Things Stack (tts-import.md §1–§2): the Identity Server, the
// cluster (Join, Network and Application Server; the IS host when not set), the target
// application and the API key. The API key is a secret: TtsClient registers it with Redact.
struct TtsConnection
{
    QUrl identityServerUrl; // e.g. https://eu1.cloud.thethings.network (the product adds /api/v3)
    QUrl clusterUrl; // empty: the Identity Server's address
    QString applicationId;
    QString apiKey; // NNSXS.<KEY-ID>.<SECRET>: never logged
    QString caCertPath; // extra PEM CA for a private deployment (HTTPS); empty: system CAs only
    int timeoutMs = 30000; // per attempt (§6)
    int maxRetries = 4; // 502/503/504, timeouts, broken connections (§6)
    int retryBaseDelayMs = 1000; // 1, 2, 4, 8 s; tests shorten it
    int minRateLimitPauseMs = 1000; // a 429 pauses at least this long (§6); tests shorten it
    int rateLimitJitterMs = 500;
    int maxRateLimitRepeats = 50; // 429s of one request before it counts as failed

    QUrl cluster() const;
    // The cluster's host name for the device's *_server_address fields: no scheme, no path,
    // the port only when it is not the scheme's default (§1).
    QString serverAddress() const;
    // The key's ID (the middle part), safe to log; empty when the key has no such part.
    QString apiKeyId() const;
};

namespace TtsConnectionCheck {
// §2: three dot-separated parts, the first one "NNSXS".
bool apiKeyShapeOk(const QString &key);
// An http:// or https:// URL with a host and nothing after the path (a trailing /api/v3 is
// tolerated). Returns an empty string when fine, else what is wrong (translated).
QString baseUrlProblem(const QUrl &url);
// An application or device ID The Things Stack takes: V3Ids::isValidId.
bool idOk(const QString &id);
} // namespace TtsConnectionCheck

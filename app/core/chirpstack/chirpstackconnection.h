#pragma once

#include <QString>

// Where and how to reach a ChirpStack v4 API (chirpstack-source.md §a). ChirpStack itself
// speaks plaintext HTTP/2 (h2c) on its one API port; TLS is a reverse proxy's.
struct ChirpStackConnection
{
    QString apiUrl; // host:port; an http:// prefix means plaintext, https:// TLS
    QString apiKey; // an admin or tenant API key (a JWT); a secret
    bool insecure = false; // plaintext (--chirpstack.insecure)
    QString caCertPath; // extra PEM CA for TLS; empty: the system's
    QString tenantId; // with a tenant key: to find an application by name
    int deadlineMs = 15000; // per call
    int maxAttempts = 4; // UNAVAILABLE and DEADLINE_EXCEEDED are retried, reads only
    int retryBaseDelayMs = 200; // doubled per attempt
    int pageSize = 250;

    // host:port without a scheme, and whether the scheme (if any) asked for plaintext.
    QString target() const;
    bool plaintext() const;
};

#pragma once

#include <QString>
#include <QUrl>

// Where and how to reach TTN v2. Either handlerUrl is set (direct), or discoveryUrl is used to
// find the handler that announces appId.
struct V2Connection
{
    QString appId;
    QString accessKey; // secret: never logged, never stored in plain text
    QUrl handlerUrl; // e.g. http://eu.thethings.network:8084
    QUrl discoveryUrl; // e.g. http://discovery.thethingsnetwork.org:8080
    QString caCertPath; // extra PEM CA for private deployments (HTTPS)
    double requestsPerSecond = 5.0; // the handler's per-application limit
    int timeoutMs = 30000; // per attempt
    int maxAttempts = 8; // for transient faults, with back-off and jitter
    int retryBaseDelayMs = 500; // first back-off step; doubles per attempt (tests shorten it)
};

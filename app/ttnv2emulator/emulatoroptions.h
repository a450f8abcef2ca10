#pragma once

#include <QHostAddress>
#include <QString>

// The ttnv2-emulator command line, parsed and checked.
struct EmulatorOptions
{
    QHostAddress bind = QHostAddress::LocalHost;
    quint16 port = 0;
    QString dataFile;
    int generateCount = 0;
    QString appId;
    QString accessKey;
    double abpRatio = 0;
    quint32 seed = 1;
    bool demo = false;
    double rateLimit = 5;
    int latencyMs = 0;
    int failEvery = 0;
    int failStatus = 503;
    int resetEvery = 0;
    int garbageEvery = 0;
};

struct EmulatorOptionsParse
{
    EmulatorOptions options;
    QString error; // non-empty: usage error (exit 2)
    bool exitNow = false; // --help / --version were handled
};

EmulatorOptionsParse parseEmulatorOptions(const QStringList &arguments);

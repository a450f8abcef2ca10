#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

// The tts-emulator command line, parsed and checked.
struct TtsEmulatorOptions
{
    QHostAddress bind = QHostAddress::LocalHost;
    quint16 port = 0;
    QString dataFile;
    bool demo = false;
    bool demoSource = false; // the demo source application to migrate from
    QString applicationId;
    QString apiKey;
    QStringList rights { QStringLiteral("RIGHT_APPLICATION_ALL") };
    int generateCount = 0;
    int latencyMs = 0;
    int rateLimit = 0; // per minute and key; 0 = off
    int rateBurst = 0;
    int failEvery = 0;
    int failStatus = 503;
    int resetEvery = 0;
    int joinAfterMs = -1; // -1: the default (20 s with --demo, else never)
};

struct TtsEmulatorOptionsParse
{
    TtsEmulatorOptions options;
    QString error; // non-empty: usage error (exit 2)
    bool exitNow = false; // --help / --version were handled
};

TtsEmulatorOptionsParse parseTtsEmulatorOptions(const QStringList &arguments);

#pragma once

#include <QString>
#include <QUrl>

// What a TtsConnectionForm shows, as plain data: the status page starts from the import page's
// choice through the session, never by reading the other page's form.
struct TtsConnectionChoice
{
    QUrl demoAddress; // the "Local emulator (demo)" preset's address; empty without --demo
    QString presetKey;
    QString tenant;
    int regionIndex = 0;
    QString identityServer; // as typed (custom preset only)
    QString cluster;
    QString applicationId;
    QString apiKey; // kept in memory like the field itself; never written anywhere
    bool rememberKey = false;
};

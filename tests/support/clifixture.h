#pragma once

#include "v2emulator.h"

#include <QJsonObject>
#include <QProcessEnvironment>

// One v2 application with three devices whose v3 form the tests know exactly:
//   otaa-one     plain OTAA
//   otaa_joined  OTAA with a live session, description, location, attribute, 32-bit FCnt
//   abp-meter    ABP (skipped without session)
// served by an in-process V2Emulator on 127.0.0.1.
class CliFixture
{
public:
    static inline const QString appId = QStringLiteral("test-app");
    static inline const QString accessKey
        = QStringLiteral("ttn-account-v2.cli-test-key-Zq8w3LmN5pR7tV9x");
    // Every key of the fixture: none may ever appear on stderr.
    static QStringList deviceSecrets();

    CliFixture();
    V2Emulator &emulator() { return m_emulator; }
    bool listening() const { return m_listening; }

    // TTNV2_APP_ID, TTNV2_APP_ACCESS_KEY, FREQUENCY_PLAN_ID=EU_863_870_TTN and
    // TTNV2_HANDLER_ADDRESS pointing at the emulator.
    QProcessEnvironment environment() const;
    QString handlerAddress() const;

    // The expected v3 lines as JSON (volatile session values "MASKED"). An ABP session has no
    // session_key_id (The Things Stack refuses one when supports_join is false).
    static QJsonObject expectedOtaaOne(const QString &plan = QStringLiteral("EU_863_870_TTN"));
    static QJsonObject expectedOtaaJoined(bool withSession);
    static QJsonObject expectedAbpMeterWithSession();
    static QStringList expectedTopLevelKeys(const QJsonObject &expected);

private:
    V2Emulator m_emulator;
    bool m_listening = false;
};

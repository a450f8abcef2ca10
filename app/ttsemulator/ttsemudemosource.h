#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ttsemu {

// The demo source application (tts-emulator --demo-source, the wizard's --demo as a TTS
// source): a fleet as a real deployment holds it, each device split into the records of the
// four registries it lives in.
struct DemoSourceDevice
{
    QJsonObject identity;
    QJsonObject join; // empty: no record on this Join Server (ABP, external Join Server)
    QJsonObject network;
    QJsonObject application;
};

namespace DemoSource {
// 56 devices: OTAA 1.0.3 (joined, some never joined), OTAA 1.1, class B and C, ABP with
// sessions, attributes, locations, per-device formatters, and one device whose root keys are
// on an external Join Server. `serverHost` goes into the devices' server addresses.
QList<DemoSourceDevice> devices(const QString &serverHost);
QString externalJoinServer(); // the external device's join_server_address
// The application's link: default formatters that decode a sensor's temperature and humidity
// and encode a downlink, so the source's formatters have something to move.
QJsonObject applicationLink();
} // namespace DemoSource

} // namespace ttsemu

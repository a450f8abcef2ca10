#pragma once

#include <QString>
#include <QStringList>

// Which LoRaWAN Regional Parameters versions (`lorawan_phy_version`) The Things Stack has for
// each band (TTS v3.32.1 pkg/band/all.go). The Network Server refuses a device whose frequency
// plan's band lacks the version the device names (`no_band_version`): for example AS_923_2,
// AS_923_3, AS_923_4 and RU_864_870 have no PHY_V1_0_2_REV_B, the version v2 devices use.
namespace TtsBands {

// The PHY version every exported device is written with (conversion.md).
inline constexpr char exportedPhyVersion[] = "PHY_V1_0_2_REV_B";

bool isKnownBand(const QString &bandId);
// False for an unknown band too.
bool supports(const QString &bandId, const QString &phyVersion);
// The band's versions in TTS's enum order, by their canonical names; empty for an unknown band.
QStringList phyVersions(const QString &bandId);

} // namespace TtsBands

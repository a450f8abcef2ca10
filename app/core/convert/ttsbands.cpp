#include "convert/ttsbands.h"

#include <QHash>

namespace {

struct BandRow
{
    const char *bandId;
    const char *phyVersions; // canonical TTS enum names, space-separated, in enum order
};

// Facts from TTS's band table, with TTS's aliases (TS001_V1_0, RP001_V1_0_2, …) written as the
// canonical names TTS's JSON uses. One row per band; a band missing here is unknown to TTS.
constexpr BandRow bandRows[] = {
    { "AS_923",
        "PHY_V1_0_2_REV_A PHY_V1_0_2_REV_B PHY_V1_1_REV_A PHY_V1_1_REV_B PHY_V1_0_3_REV_A "
        "RP002_V1_0_0 RP002_V1_0_1 RP002_V1_0_2 RP002_V1_0_3 RP002_V1_0_4" },
    { "AS_923_2", "RP002_V1_0_1 RP002_V1_0_2 RP002_V1_0_3 RP002_V1_0_4" },
    { "AS_923_3", "RP002_V1_0_1 RP002_V1_0_2 RP002_V1_0_3 RP002_V1_0_4" },
    { "AS_923_4", "RP002_V1_0_3 RP002_V1_0_4" },
    { "AU_915_928",
        "PHY_V1_0_1 PHY_V1_0_2_REV_A PHY_V1_0_2_REV_B PHY_V1_1_REV_A PHY_V1_1_REV_B "
        "PHY_V1_0_3_REV_A RP002_V1_0_0 RP002_V1_0_1 RP002_V1_0_2 RP002_V1_0_3 RP002_V1_0_4" },
    { "CN_470_510",
        "PHY_V1_0_1 PHY_V1_0_2_REV_A PHY_V1_0_2_REV_B PHY_V1_1_REV_A PHY_V1_1_REV_B "
        "PHY_V1_0_3_REV_A" },
    { "CN_470_510_20_A", "RP002_V1_0_0 RP002_V1_0_1 RP002_V1_0_2 RP002_V1_0_3 RP002_V1_0_4" },
    { "CN_470_510_20_B", "RP002_V1_0_0 RP002_V1_0_1 RP002_V1_0_2 RP002_V1_0_3 RP002_V1_0_4" },
    { "CN_470_510_26_A", "RP002_V1_0_0 RP002_V1_0_1 RP002_V1_0_2 RP002_V1_0_3 RP002_V1_0_4" },
    { "CN_470_510_26_B", "RP002_V1_0_0 RP002_V1_0_1 RP002_V1_0_2 RP002_V1_0_3 RP002_V1_0_4" },
    { "CN_779_787",
        "PHY_V1_0 PHY_V1_0_1 PHY_V1_0_2_REV_A PHY_V1_0_2_REV_B PHY_V1_1_REV_A PHY_V1_1_REV_B "
        "PHY_V1_0_3_REV_A RP002_V1_0_0 RP002_V1_0_1 RP002_V1_0_2 RP002_V1_0_3" },
    { "EU_433",
        "PHY_V1_0 PHY_V1_0_1 PHY_V1_0_2_REV_A PHY_V1_0_2_REV_B PHY_V1_1_REV_A PHY_V1_1_REV_B "
        "PHY_V1_0_3_REV_A RP002_V1_0_0 RP002_V1_0_1 RP002_V1_0_2 RP002_V1_0_3 RP002_V1_0_4" },
    { "EU_863_870",
        "PHY_V1_0 PHY_V1_0_1 PHY_V1_0_2_REV_A PHY_V1_0_2_REV_B PHY_V1_1_REV_A PHY_V1_1_REV_B "
        "PHY_V1_0_3_REV_A RP002_V1_0_0 RP002_V1_0_1 RP002_V1_0_2 RP002_V1_0_3 RP002_V1_0_4" },
    { "IN_865_867",
        "PHY_V1_0_2_REV_B PHY_V1_1_REV_A PHY_V1_1_REV_B PHY_V1_0_3_REV_A RP002_V1_0_0 "
        "RP002_V1_0_1 RP002_V1_0_2 RP002_V1_0_3 RP002_V1_0_4" },
    { "ISM_2400",
        "PHY_V1_0 PHY_V1_0_1 PHY_V1_0_2_REV_A PHY_V1_0_2_REV_B PHY_V1_1_REV_A PHY_V1_1_REV_B "
        "PHY_V1_0_3_REV_A RP002_V1_0_0 RP002_V1_0_1 RP002_V1_0_2 RP002_V1_0_3 RP002_V1_0_4" },
    { "KR_920_923",
        "PHY_V1_0_2_REV_A PHY_V1_0_2_REV_B PHY_V1_1_REV_A PHY_V1_1_REV_B PHY_V1_0_3_REV_A "
        "RP002_V1_0_0 RP002_V1_0_1 RP002_V1_0_2 RP002_V1_0_3 RP002_V1_0_4" },
    { "MA_869_870_DRAFT",
        "PHY_V1_0 PHY_V1_0_1 PHY_V1_0_2_REV_A PHY_V1_0_2_REV_B PHY_V1_1_REV_A PHY_V1_1_REV_B "
        "PHY_V1_0_3_REV_A RP002_V1_0_0 RP002_V1_0_1 RP002_V1_0_2 RP002_V1_0_3 RP002_V1_0_4" },
    { "RU_864_870",
        "PHY_V1_1_REV_A PHY_V1_1_REV_B PHY_V1_0_3_REV_A RP002_V1_0_0 RP002_V1_0_1 RP002_V1_0_2 "
        "RP002_V1_0_3 RP002_V1_0_4" },
    { "US_902_928",
        "PHY_V1_0 PHY_V1_0_1 PHY_V1_0_2_REV_A PHY_V1_0_2_REV_B PHY_V1_1_REV_A PHY_V1_1_REV_B "
        "PHY_V1_0_3_REV_A RP002_V1_0_0 RP002_V1_0_1 RP002_V1_0_2 RP002_V1_0_3 RP002_V1_0_4" },
};

const QHash<QString, QStringList> &table()
{
    static const QHash<QString, QStringList> bands = [] {
        QHash<QString, QStringList> result;
        for (const BandRow &row : bandRows) {
            result.insert(QString::fromLatin1(row.bandId),
                QString::fromLatin1(row.phyVersions).split(u' ', Qt::SkipEmptyParts));
        }
        return result;
    }();
    return bands;
}

} // namespace

bool TtsBands::isKnownBand(const QString &bandId)
{
    return table().contains(bandId);
}

bool TtsBands::supports(const QString &bandId, const QString &phyVersion)
{
    return phyVersions(bandId).contains(phyVersion);
}

QStringList TtsBands::phyVersions(const QString &bandId)
{
    return table().value(bandId);
}

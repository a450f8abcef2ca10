#include "util/setting.h"

QList<SettingFix> SettingFixes::all()
{
    QList<SettingFix> fixes;
    for (int fix = int(SettingFix::GiveV2Location);
         fix <= int(SettingFix::UseTtsSourceKeyWithRights); ++fix)
        fixes << SettingFix(fix);
    return fixes;
}

QList<SettingFix> SettingFixes::chirpStack()
{
    QList<SettingFix> fixes;
    for (int fix = int(SettingFix::CheckChirpStackAddress);
         fix <= int(SettingFix::UseChirpStackTls); ++fix)
        fixes << SettingFix(fix);
    return fixes;
}

QList<Setting> SettingFixes::settings(SettingFix fix)
{
    switch (fix) {
    case SettingFix::None:
        return {};
    case SettingFix::GiveV2Location:
    case SettingFix::LeaveRetiredV2Server:
        return { Setting::V2Location };
    case SettingFix::CheckDiscoveryAddress:
        return { Setting::V2DiscoveryAddress };
    case SettingFix::GiveAnnouncingHandler:
    case SettingFix::GiveRegionHandler:
        return { Setting::V2HandlerAddress };
    case SettingFix::GiveReadableCaFile:
    case SettingFix::GivePrivateCa:
        return { Setting::V2CaFile };
    case SettingFix::CheckTtsAddress:
    case SettingFix::CheckTtsAddressIsTts:
        return { Setting::TtsServerAddress };
    case SettingFix::CheckTtsApiKey:
    case SettingFix::UseTtsKeyWithRights:
        return { Setting::TtsApiKey };
    case SettingFix::CheckTtsApplicationAndKey:
        return { Setting::TtsApplicationId, Setting::TtsApiKey };
    case SettingFix::CheckTtsSourceAddress:
    case SettingFix::CheckTtsSourceAddressIsTts:
        return { Setting::TtsSourceAddress };
    case SettingFix::CheckTtsSourceApiKey:
    case SettingFix::UseTtsSourceKeyWithRights:
        return { Setting::TtsSourceApiKey };
    case SettingFix::CheckTtsSourceApplicationAndKey:
        return { Setting::TtsSourceApplicationId, Setting::TtsSourceApiKey };
    case SettingFix::CheckChirpStackAddress:
        return { Setting::ChirpStackApiUrl };
    case SettingFix::CheckChirpStackTls:
        return { Setting::ChirpStackApiUrl, Setting::ChirpStackCaCert };
    case SettingFix::CheckChirpStackApiKey:
        return { Setting::ChirpStackApiKey };
    case SettingFix::GiveChirpStackTenantId:
        return { Setting::ChirpStackTenantId };
    case SettingFix::UseChirpStackTls:
        return { Setting::ChirpStackApiUrl };
    }
    return {};
}

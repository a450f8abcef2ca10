#include "ttssource/ttssourcemasks.h"

#include <QStringList>

using namespace Qt::StringLiterals;

QString TtsSourceMasks::identity()
{
    return u"name,description,attributes,version_ids,locations,serial_number,"
           u"lora_alliance_profile_ids,network_server_address,application_server_address,"
           u"join_server_address"_s;
}

QString TtsSourceMasks::join()
{
    return u"root_keys,resets_join_nonces,net_id"_s;
}

QString TtsSourceMasks::network(bool withSession)
{
    QString mask = u"lorawan_version,lorawan_phy_version,frequency_plan_id,supports_join,"
                   u"supports_class_b,supports_class_c,mac_settings,multicast"_s;
    if (withSession)
        mask += u",session,pending_session,mac_state"_s;
    return mask;
}

QString TtsSourceMasks::application(bool withSession, bool formatters)
{
    QStringList paths;
    if (formatters)
        paths << u"formatters"_s;
    paths << u"skip_payload_crypto_override"_s;
    if (withSession)
        paths << u"session"_s;
    return paths.join(u',');
}

#include "appkey/generatedkeycheck.h"

#include "appkey/appkeyjournal.h"
#include "appkey/appkeys.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

GeneratedKeyCheck::GeneratedKeyCheck(const QString &v2AppId, const QString &journalDirectory)
    : m_fingerprints(AppKeyJournal::generatedKeyFingerprints(
        journalDirectory.isEmpty() ? AppKeyJournal::defaultDirectory() : journalDirectory, v2AppId))
{
}

bool GeneratedKeyCheck::holdsGeneratedKey(const QByteArray &v3DeviceJson) const
{
    if (m_fingerprints.isEmpty() || !v3DeviceJson.contains("\"root_keys\""))
        return false;
    const QString key = QJsonDocument::fromJson(v3DeviceJson)
                            .object()
                            .value("root_keys"_L1)
                            .toObject()
                            .value("app_key"_L1)
                            .toObject()
                            .value("key"_L1)
                            .toString();
    return !key.isEmpty() && m_fingerprints.contains(AppKeys::fingerprint(key));
}

bool GeneratedKeyCheck::note(const QByteArray &v3DeviceJson)
{
    const bool generated = holdsGeneratedKey(v3DeviceJson);
    m_noted += generated;
    return generated;
}

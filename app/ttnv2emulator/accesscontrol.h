#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ttnv2emu {

// Outcome of checking the credentials of one request, before the handler looks at the
// application itself.
struct AuthCheck
{
    int httpStatus = 200; // 200 = allowed
    int grpcCode = 0;
    QString message; // never contains the key
    QString clientId; // stands for the key in the per-client rate limit (not the key)
    bool authenticated = false; // the key is known (a 403 still counts against rate limits)
    bool allowed() const { return httpStatus == 200; }
};

// The access keys the (emulated) account server knows, and the rights each grants. A real
// key belongs to one application; here one key may be added for several (e.g. the demo key
// for --demo and --generate together). Keys are kept only here, in memory.
class AccessControl
{
public:
    void addKey(const QString &appId, const QString &key, const QStringList &rights);

    // `authorization` is the Authorization header, `metadataKey` the Grpc-Metadata-Key header
    // (either may be empty). `right` is "devices" or "settings".
    AuthCheck check(const QByteArray &authorization, const QByteArray &metadataKey,
        const QString &appId, const QString &right) const;

    // The key from the two headers, as the grpc-gateway proxy extracts it ("" = none).
    static QString extractKey(const QByteArray &authorization, const QByteArray &metadataKey);

private:
    struct KeyGrant
    {
        QHash<QString, QStringList> rightsByApp;
        QString clientId;
    };
    QHash<QString, KeyGrant> m_grants;
};

} // namespace ttnv2emu

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ttsemu {

// API keys and their rights per application (tts-import.md §2). RIGHT_APPLICATION_ALL is
// expanded when rights are listed, as TTS does.
class ApiKeys
{
public:
    enum class Check { Ok, Missing, BadToken, UnknownKey, WrongSecret };

    void add(const QString &key, const QString &applicationId, const QStringList &rights);
    void clear() { m_keys.clear(); }
    // From "Authorization: Bearer …": which key it is (its ID) and whether it is valid.
    Check check(const QByteArray &authorization, QString *keyId) const;
    QStringList rights(const QString &keyId, const QString &applicationId) const; // expanded

    static QStringList allApplicationRights();
    static bool shapeOk(const QString &key);

private:
    struct Key
    {
        QString secret;
        QHash<QString, QStringList> rights;
    };
    QHash<QString, Key> m_keys;
};

// TTS's per-minute limit per API key (GCRA-like bucket): `burst` requests at once, refilled
// at `perMinute`; answers carry X-Rate-Limit-Limit/-Available/-Reset/-Retry.
class RateLimit
{
public:
    struct Decision
    {
        bool enabled = false;
        bool allowed = true;
        int limit = 0;
        int available = 0;
        int resetSeconds = 0;
        int retrySeconds = 0;
    };

    void set(int perMinute, int burst); // 0 = off
    int perMinute() const { return m_perMinute; }
    Decision take(const QString &key, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    int m_perMinute = 0;
    int m_burst = 0;
    QHash<QString, Bucket> m_buckets;
};

} // namespace ttsemu

#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

// After a change run, v2 holds AppKeys that ttn-lw-migrate generated; the devices themselves
// still have their original keys. An export made now would carry the generated keys, and
// writing it over the first devices.json would lose the only copy of the originals. This
// check recognises such device lines by key fingerprint (from the journals), so the export can
// refuse to overwrite a file with them and say where the originals are.
class GeneratedKeyCheck
{
public:
    // `journalDirectory` empty: AppKeyJournal::defaultDirectory().
    explicit GeneratedKeyCheck(const QString &v2AppId, const QString &journalDirectory = QString());

    bool isEmpty() const { return m_fingerprints.isEmpty(); } // no change was ever journaled
    // True when the v3 device line's root_keys.app_key.key is a key a change run generated.
    bool holdsGeneratedKey(const QByteArray &v3DeviceJson) const;

private:
    QSet<QString> m_fingerprints;
};

#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

// After a change run, v2 holds AppKeys that ttn-lw-migrate generated; the devices themselves
// still have their original keys. An export made now would carry the generated keys, and
// writing it over the first devices.json would lose the only copy of the originals. This
// check recognises such device lines by key fingerprint (from the journals), so the export can
// refuse to overwrite a file with them and say where the originals are. The command line and
// the wizard both note every line they are about to write here and refuse on the same count,
// each in its own words.
class GeneratedKeyCheck
{
public:
    // `journalDirectory` empty: AppKeyJournal::defaultDirectory().
    explicit GeneratedKeyCheck(const QString &v2AppId, const QString &journalDirectory = QString());

    bool isEmpty() const { return m_fingerprints.isEmpty(); } // no change was ever journaled
    // True when the v3 device line's root_keys.app_key.key is a key a change run generated.
    bool holdsGeneratedKey(const QByteArray &v3DeviceJson) const;

    // Notes a device line that is about to be written; true when it holds a generated key.
    bool note(const QByteArray &v3DeviceJson);
    // The file must not be written when this is above 0 (the lines noted so far).
    int devicesWithGeneratedKey() const { return m_noted; }

private:
    QSet<QString> m_fingerprints;
    int m_noted = 0;
};

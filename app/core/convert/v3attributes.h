#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The attributes of one exported device (conversion.md "attributes"): v2 pairs with keys made
// valid for v3 where possible (lowercase, '_' -> '-'), plus "old-id" when the device ID changed
// and there is room for it. Whether The Things Stack takes the result is TtsImportRules'
// decision; with `dropRefused` (the user's repair), the attributes it would refuse are left out
// instead and listed: an invalid key, a value over 200 characters, a key another attribute
// already has, and everything past the 10th pair. Messages name keys, never values.
struct V3Attributes
{
    QList<QPair<QString, QString>> pairs;
    QStringList warnings;
    QStringList dropped; // v2 keys left out by the repair, in v2 order

    // `oldId` is the original v2 dev_id when the v3 ID differs from it, else empty.
    static V3Attributes build(const QList<QPair<QString, QString>> &v2Attributes,
        const QString &oldId, bool dropRefused = false);
};

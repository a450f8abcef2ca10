#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The attributes of one exported device (conversion.md "attributes"): v2 pairs with keys made
// valid for v3 where possible, plus "old-id" when the device ID changed. At most 10 pairs,
// values at most 200 characters. `error` non-empty: the device fails (no secrets: attribute
// keys and counts only, never values).
struct V3Attributes
{
    QList<QPair<QString, QString>> pairs;
    QStringList warnings;
    QString error;

    // `oldId` is the original v2 dev_id when the v3 ID differs from it, else empty.
    static V3Attributes build(
        const QList<QPair<QString, QString>> &v2Attributes, const QString &oldId);
};

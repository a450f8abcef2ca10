#include "convert/v3attributes.h"

#include "convert/ttsimportrules.h"
#include "convert/ttslimits.h"
#include "convert/v3ids.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// lupdate reads the context from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeviceConverter)
};

// Keys come from v2 data and may be long or contain control characters: quote them shortened.
QString shown(const QString &key)
{
    QString result = key.left(48);
    for (QChar &c : result) {
        if (c.unicode() < 0x20)
            c = u'?';
    }
    return result.size() < key.size() ? result + u"\u2026"_s : result;
}

bool hasKey(const QList<QPair<QString, QString>> &pairs, const QString &key)
{
    for (const auto &existing : pairs) {
        if (existing.first == key)
            return true;
    }
    return false;
}

} // namespace

V3Attributes V3Attributes::build(
    const QList<QPair<QString, QString>> &v2Attributes, const QString &oldId, bool dropRefused)
{
    V3Attributes result;
    result.pairs.reserve(v2Attributes.size() + 1);
    QStringList droppedWhy;
    for (const auto &[key, value] : v2Attributes) {
        const QString v3Key = V3Ids::normaliseAttributeKey(key);
        if (dropRefused) {
            QString why;
            if (!TtsImportRules::isAcceptedAttributeKey(v3Key))
                why = Text::tr("not a valid key");
            else if (hasKey(result.pairs, v3Key))
                why = Text::tr("same key as another attribute");
            else if (!TtsImportRules::isAcceptedAttributeValue(value))
                why = Text::tr("value longer than %1 characters")
                          .arg(TtsLimits::maxAttributeValueLength);
            else if (result.pairs.size() >= TtsLimits::maxAttributes)
                why = Text::tr("more than %1 attributes").arg(TtsLimits::maxAttributes);
            if (!why.isEmpty()) {
                result.dropped.append(key);
                droppedWhy.append(u"\"%1\" (%2)"_s.arg(shown(key), why));
                continue;
            }
        }
        if (v3Key != key && TtsImportRules::isAcceptedAttributeKey(v3Key)) {
            result.warnings.append(
                Text::tr("attribute key \"%1\" written as \"%2\"").arg(shown(key), v3Key));
        }
        result.pairs.append({ v3Key, value });
    }
    if (!droppedWhy.isEmpty()) {
        result.warnings.append(Text::tr("attributes The Things Stack refuses were dropped: %1")
                                   .arg(droppedWhy.join(u", "_s)));
    }

    if (oldId.isEmpty())
        return result;
    const QString oldIdKey = u"old-id"_s;
    if (hasKey(result.pairs, oldIdKey)) {
        result.warnings.append(Text::tr("the v2 attribute \"old-id\" is kept; the original "
                                        "device ID \"%1\" is not added")
                                   .arg(oldId));
        return result;
    }
    if (result.pairs.size() >= TtsLimits::maxAttributes) {
        // Over the limit already: the device fails on its attributes, no warning needed.
        if (result.pairs.size() == TtsLimits::maxAttributes) {
            result.warnings.append(Text::tr("attribute \"old-id\" (original device ID \"%1\") not "
                                            "added: the device already has %2 attributes")
                                       .arg(oldId)
                                       .arg(TtsLimits::maxAttributes));
        }
        return result;
    }
    result.pairs.append({ oldIdKey, oldId });
    return result;
}

#include "convert/v3attributes.h"

#include "convert/deviceconverter.h"
#include "convert/v3ids.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// Keys come from v2 data and may be long or contain control characters: quote them shortened.
QString shown(const QString &key)
{
    QString result = key.left(48);
    for (QChar &c : result) {
        if (c.unicode() < 0x20)
            c = QLatin1Char('?');
    }
    return result.size() < key.size() ? result + QStringLiteral("…") : result;
}

} // namespace

V3Attributes V3Attributes::build(
    const QList<QPair<QString, QString>> &v2Attributes, const QString &oldId)
{
    V3Attributes result;
    if (v2Attributes.size() > DeviceConverter::maxAttributes) {
        result.error = QCoreApplication::translate(
            "DeviceConverter", "the device has %1 attributes; The Things Stack allows at most %2")
                           .arg(v2Attributes.size())
                           .arg(DeviceConverter::maxAttributes);
        return result;
    }
    result.pairs.reserve(v2Attributes.size() + 1);
    for (const auto &[key, value] : v2Attributes) {
        const QString v3Key = V3Ids::normaliseAttributeKey(key);
        if (!V3Ids::isValidId(v3Key)) {
            result.error = QCoreApplication::translate("DeviceConverter",
                "attribute key \"%1\" is not valid in The Things Stack "
                "(3 to 36 lowercase letters, digits and single hyphens)")
                               .arg(shown(key));
            return result;
        }
        for (const auto &existing : std::as_const(result.pairs)) {
            if (existing.first == v3Key) {
                result.error = QCoreApplication::translate(
                    "DeviceConverter", "two attribute keys both become \"%1\" in The Things Stack")
                                   .arg(v3Key);
                return result;
            }
        }
        if (V3Ids::codePointCount(value) > DeviceConverter::maxAttributeValueLength) {
            result.error = QCoreApplication::translate(
                "DeviceConverter", "the value of attribute \"%1\" is longer than %2 characters")
                               .arg(shown(key))
                               .arg(DeviceConverter::maxAttributeValueLength);
            return result;
        }
        if (v3Key != key) {
            result.warnings.append(QCoreApplication::translate(
                "DeviceConverter", "attribute key \"%1\" written as \"%2\"")
                                       .arg(shown(key), v3Key));
        }
        result.pairs.append({ v3Key, value });
    }

    if (oldId.isEmpty())
        return result;
    const QString oldIdKey = u"old-id"_s;
    for (const auto &existing : std::as_const(result.pairs)) {
        if (existing.first == oldIdKey) {
            result.warnings.append(QCoreApplication::translate("DeviceConverter",
                "the v2 attribute \"old-id\" is kept; the original "
                "device ID \"%1\" is not added")
                                       .arg(oldId));
            return result;
        }
    }
    if (result.pairs.size() >= DeviceConverter::maxAttributes) {
        result.warnings.append(QCoreApplication::translate("DeviceConverter",
            "attribute \"old-id\" (original device ID \"%1\") not "
            "added: the device already has %2 attributes")
                                   .arg(oldId)
                                   .arg(DeviceConverter::maxAttributes));
        return result;
    }
    result.pairs.append({ oldIdKey, oldId });
    return result;
}

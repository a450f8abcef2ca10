#include "convert/deviceclassifier.h"

namespace DeviceClassifier {

bool isUnsetHex(const QString &hex)
{
    for (const QChar c : hex) {
        if (c != QLatin1Char('0'))
            return false;
    }
    return true;
}

bool hasCompleteSession(const V2Device &device)
{
    return !isUnsetHex(device.devAddr) && !isUnsetHex(device.nwkSKey)
        && !isUnsetHex(device.appSKey);
}

Activation classify(const V2Device &device)
{
    if (isUnsetHex(device.devEui))
        return Activation::Template;
    if (!isUnsetHex(device.appKey))
        return Activation::Otaa;
    if (hasCompleteSession(device))
        return Activation::Abp;
    return Activation::Unusable;
}

} // namespace DeviceClassifier

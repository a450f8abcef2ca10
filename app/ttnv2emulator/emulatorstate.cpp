#include "emulatorstate.h"

using namespace Qt::StringLiterals;

namespace ttnv2emu {

QUrl EmulatorState::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    if (address == QHostAddress::LocalHostIPv6 || address == QHostAddress::AnyIPv6)
        url.setHost(u"::1"_s);
    else if (address.isNull() || address.isLoopback() || address == QHostAddress::Any
        || address == QHostAddress::AnyIPv4)
        url.setHost(u"127.0.0.1"_s);
    else
        url.setHost(address.toString());
    url.setPort(port);
    return url;
}

} // namespace ttnv2emu

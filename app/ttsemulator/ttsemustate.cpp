#include "ttsemustate.h"

using namespace Qt::StringLiterals;

namespace ttsemu {

QHash<QString, QString> &State::euis(Registry registry)
{
    switch (registry) {
    case Registry::Join:
        return jsEuis;
    case Registry::Network:
        return nsEuis;
    case Registry::Application:
        break;
    }
    return asEuis;
}

QMap<QString, QJsonObject> &State::records(Application &app, Registry registry)
{
    switch (registry) {
    case Registry::Join:
        return app.js;
    case Registry::Network:
        return app.ns;
    case Registry::Application:
        break;
    }
    return app.as;
}

QString euiKey(const QJsonObject &ids)
{
    const QString dev = ids.value(u"dev_eui"_s).toString().toUpper();
    if (dev.isEmpty())
        return QString();
    return ids.value(u"join_eui"_s).toString().toUpper() + u'/' + dev;
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace ttsemu

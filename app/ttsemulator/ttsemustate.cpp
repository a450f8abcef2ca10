#include "ttsemustate.h"

using namespace Qt::StringLiterals;

namespace ttsemu {

QHash<QString, QString> &State::euis(TtsServer server)
{
    switch (server) {
    case TtsServer::Identity:
        return isEuis;
    case TtsServer::Join:
        return jsEuis;
    case TtsServer::Network:
        return nsEuis;
    case TtsServer::Application:
        break;
    }
    return asEuis;
}

QMap<QString, QJsonObject> &State::records(Application &app, TtsServer server)
{
    Q_ASSERT(server != TtsServer::Identity);
    switch (server) {
    case TtsServer::Join:
        return app.js;
    case TtsServer::Network:
        return app.ns;
    case TtsServer::Identity:
    case TtsServer::Application:
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

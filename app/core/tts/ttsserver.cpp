#include "tts/ttsserver.h"

using namespace Qt::StringLiterals;

QString ttsServerName(TtsServer server)
{
    switch (server) {
    case TtsServer::Identity:
        return u"IS"_s;
    case TtsServer::Join:
        return u"JS"_s;
    case TtsServer::Network:
        return u"NS"_s;
    case TtsServer::Application:
        return u"AS"_s;
    }
    return QString();
}

QString ttsServerPathSegment(TtsServer server)
{
    switch (server) {
    case TtsServer::Identity:
        return QString();
    case TtsServer::Join:
        return u"js"_s;
    case TtsServer::Network:
        return u"ns"_s;
    case TtsServer::Application:
        return u"as"_s;
    }
    return QString();
}

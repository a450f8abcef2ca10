#include "formatters/v2formatterreader.h"

#include "v2/v2call.h"
#include "v2/v2client.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Formatters)
};
} // namespace

V2FormatterReader::V2FormatterReader(const V2Connection &connection, QObject *parent)
    : QObject(parent)
    , m_client(new V2Client(connection, this))
{
    if (connection.handlerUrl.isValid())
        m_client->setHandlerUrl(connection.handlerUrl);
    connect(m_client, &V2Client::requestLogged, this, &V2FormatterReader::requestLogged);
}

void V2FormatterReader::start()
{
    if (m_client->handlerUrl().isValid()) {
        getApplication();
        return;
    }
    V2Call *call = m_client->send(V2Request::findHandler());
    connect(call, &V2Call::finished, this, [this](const V2Result &result) {
        if (result.ok()) {
            getApplication();
            return;
        }
        V2FormatterRead read;
        read.error = result.error;
        finish(read);
    });
}

void V2FormatterReader::cancel()
{
    m_client->abortAll();
    V2FormatterRead read;
    read.error.kind = V2ErrorKind::Canceled;
    finish(read);
}

void V2FormatterReader::getApplication()
{
    V2Call *call = m_client->send(V2Request::getApplication());
    connect(call, &V2Call::finished, this, [this](const V2Result &result) {
        V2FormatterRead read;
        if (result.ok()) {
            const QJsonDocument doc = QJsonDocument::fromJson(result.body);
            if (doc.isObject()) {
                read.read = true;
                read.formatters = V2Formatters::fromJson(doc.object());
            } else {
                read.error.kind = V2ErrorKind::BadResponse;
                read.error.message = Text::tr("the v2 handler's answer is not a JSON object");
            }
        } else {
            read.error = result.error;
        }
        finish(read);
    });
}

void V2FormatterReader::finish(const V2FormatterRead &result)
{
    if (m_done)
        return;
    m_done = true;
    V2FormatterRead read = result;
    if (!read.read) {
        const QString appId = m_client->connection().appId;
        if (read.error.kind == V2ErrorKind::PermissionDenied) {
            read.missingRight = u"settings"_s;
            read.notRead = Text::tr("the payload formatters of application %1 were not read: "
                                    "the access key has no “settings” right (HTTP 403)")
                               .arg(appId);
        } else {
            read.notRead = Text::tr("the payload formatters of application %1 were not read: %2")
                               .arg(appId, read.error.message);
        }
    }
    emit finished(read);
}

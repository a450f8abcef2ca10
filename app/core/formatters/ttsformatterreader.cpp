#include "formatters/ttsformatterreader.h"

#include "tts/ttscall.h"
#include "tts/ttsclient.h"
#include "tts/ttserrortext.h"
#include "tts/ttsrequest.h"

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

TtsFormatterReader::TtsFormatterReader(const TtsConnection &source, QObject *parent)
    : QObject(parent)
    , m_client(new TtsClient(source, this))
{
    connect(m_client, &TtsClient::requestLogged, this, &TtsFormatterReader::requestLogged);
}

void TtsFormatterReader::start()
{
    TtsCall *call = m_client->send(
        TtsRequests::getLink(m_client->connection().applicationId, u"default_formatters"_s));
    connect(call, &TtsCall::finished, this, &TtsFormatterReader::onLink);
}

void TtsFormatterReader::cancel()
{
    m_client->abortAll();
    TtsFormatterRead read;
    read.error.kind = TtsErrorKind::Canceled;
    finish(read);
}

void TtsFormatterReader::onLink(const TtsResult &result)
{
    TtsFormatterRead read;
    // An application that was never linked has no link record: it has no formatters.
    if (!result.ok() && !result.error.isNotFound()) {
        read.error = result.error;
        finish(read);
        return;
    }
    const QJsonObject link
        = result.ok() ? QJsonDocument::fromJson(result.body).object() : QJsonObject();
    read.read = true;
    read.formatters = TtsFormatters::fromJson(link.value(u"default_formatters"_s).toObject());
    finish(read);
}

void TtsFormatterReader::finish(TtsFormatterRead read)
{
    if (m_done)
        return;
    m_done = true;
    if (!read.read && read.error.kind != TtsErrorKind::Canceled) {
        const QString appId = m_client->connection().applicationId;
        if (read.error.kind == TtsErrorKind::Http && read.error.httpStatus == 403) {
            read.missingRight = u"RIGHT_APPLICATION_SETTINGS_BASIC"_s;
            read.notRead = Text::tr("the payload formatters of application %1 were not read: "
                                    "the API key has no right to read its settings "
                                    "(RIGHT_APPLICATION_SETTINGS_BASIC)")
                               .arg(appId);
        } else {
            const TtsErrorContext context { m_client->connection().cluster().toDisplayString(),
                appId, QString() };
            read.notRead = Text::tr("the payload formatters of application %1 were not read: %2")
                               .arg(appId, TtsErrorText::sentence(read.error, context));
        }
    }
    emit finished(read);
}

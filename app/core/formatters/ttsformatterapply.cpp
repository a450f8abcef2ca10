#include "formatters/ttsformatterapply.h"

#include "tts/ttscall.h"
#include "tts/ttsclient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

TtsFormatterApply::TtsFormatterApply(const TtsConnection &connection, const FormatterPlan &plan,
    bool replace, bool dryRun, QObject *parent)
    : QObject(parent)
    , m_client(new TtsClient(connection, this))
    , m_plan(plan)
    , m_replace(replace)
    , m_dryRun(dryRun)
{
    connect(m_client, &TtsClient::requestLogged, this, &TtsFormatterApply::requestLogged);
}

QByteArray TtsFormatterApply::setLinkBody(const TtsFormatters &formatters)
{
    const QJsonObject body { { u"link"_s,
                                 QJsonObject { { u"default_formatters"_s, formatters.toJson() } } },
        { u"field_mask"_s,
            QJsonObject {
                { u"paths"_s, QJsonArray::fromStringList(TtsFormatters::fieldMaskPaths()) } } } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

bool TtsFormatterApply::isMissingRight(const TtsError &error)
{
    return error.kind == TtsErrorKind::Http && error.httpStatus == 403;
}

void TtsFormatterApply::start()
{
    if (!m_plan.hasTarget()) {
        finish({});
        return;
    }
    TtsCall *call = m_client->send(
        TtsRequests::getLink(m_client->connection().applicationId, u"default_formatters"_s));
    connect(call, &TtsCall::finished, this, &TtsFormatterApply::onLink);
}

void TtsFormatterApply::cancel()
{
    m_client->abortAll();
    TtsFormatterOutcome outcome = m_outcome;
    outcome.status = TtsFormatterOutcome::Status::Failed;
    outcome.error.kind = TtsErrorKind::Canceled;
    finish(outcome);
}

void TtsFormatterApply::onLink(const TtsResult &result)
{
    using Status = TtsFormatterOutcome::Status;
    // An application that was never linked may have no link record yet: no formatters.
    if (!result.ok() && !result.error.isNotFound()) {
        m_outcome.status = isMissingRight(result.error) ? Status::NoRight : Status::Failed;
        m_outcome.error = result.error;
        finish(m_outcome);
        return;
    }
    const QJsonObject link
        = result.ok() ? QJsonDocument::fromJson(result.body).object() : QJsonObject();
    m_outcome.existing = TtsFormatters::fromJson(link.value(u"default_formatters"_s).toObject());
    if (m_outcome.existing == m_plan.target) {
        m_outcome.status = Status::AlreadySet;
        finish(m_outcome);
        return;
    }
    if (!m_outcome.existing.isEmpty() && !m_replace) {
        m_outcome.status = Status::KeptExisting;
        finish(m_outcome);
        return;
    }
    if (m_dryRun) {
        m_outcome.status = Status::WouldSet;
        finish(m_outcome);
        return;
    }
    TtsCall *call = m_client->send(
        TtsRequests::setLink(m_client->connection().applicationId, setLinkBody(m_plan.target)));
    connect(call, &TtsCall::finished, this, [this](const TtsResult &set) {
        if (set.ok()) {
            m_outcome.status = Status::Set;
        } else {
            m_outcome.status = isMissingRight(set.error) ? Status::NoRight : Status::Failed;
            m_outcome.error = set.error;
        }
        finish(m_outcome);
    });
}

void TtsFormatterApply::finish(TtsFormatterOutcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(outcome);
}

#include "tts/ttsdeviceimport.h"

#include "tts/ttscall.h"
#include "tts/ttsclient.h"
#include "tts/ttserrortext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TtsImport)
};

QString stepName(TtsServer server)
{
    switch (server) {
    case TtsServer::Identity:
        return Text::tr("Identity Server");
    case TtsServer::Join:
        return Text::tr("Join Server");
    case TtsServer::Network:
        return Text::tr("Network Server");
    case TtsServer::Application:
        return Text::tr("Application Server");
    }
    return QString();
}

} // namespace

TtsDeviceImport::TtsDeviceImport(
    TtsClient *client, const TtsDevicePlan &plan, bool listedBefore, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_listedBefore(listedBefore)
    , m_completeOnly(plan.action == TtsPlanAction::Complete || plan.action == TtsPlanAction::Listed)
    , m_verify(plan.action == TtsPlanAction::Listed)
{
    m_outcome.deviceId = plan.device.deviceId;
    m_outcome.where = plan.device.where();
    m_outcome.withSession = plan.device.hasSession;
    const TtsConnection &c = client->connection();
    m_bodies = TtsDeviceBodies::forDevice(plan.device.device, c.applicationId, c.serverAddress());
    const QString &app = c.applicationId;
    const QString &dev = plan.device.deviceId;
    if (!m_completeOnly)
        m_steps.append(
            { TtsServer::Identity, TtsRequests::createDevice(app, dev, m_bodies.identity) });
    if (m_bodies.hasJoin())
        m_steps.append(
            { TtsServer::Join, TtsRequests::setDevice(TtsServer::Join, app, dev, m_bodies.join) });
    m_steps.append({ TtsServer::Network,
        TtsRequests::setDevice(TtsServer::Network, app, dev, m_bodies.network) });
    m_steps.append({ TtsServer::Application,
        TtsRequests::setDevice(TtsServer::Application, app, dev, m_bodies.application) });
}

void TtsDeviceImport::start()
{
    if (m_verify)
        checkNext();
    else
        runStep();
}

void TtsDeviceImport::checkNext()
{
    if (m_canceled) {
        finishWith(TtsImportStatus::NotImported, Text::tr("canceled"));
        return;
    }
    if (m_check < m_steps.size()) {
        const TtsConnection &c = m_client->connection();
        send(TtsRequests::getServerDevice(
                 m_steps.at(m_check).server, c.applicationId, m_outcome.deviceId, u"ids"_s),
            &TtsDeviceImport::onCheck);
        return;
    }
    if (m_missing.isEmpty()) {
        finishWith(TtsImportStatus::AlreadyInTts, Text::tr("already in TTS"));
        return;
    }
    if (m_dryRun) {
        finishWith(TtsImportStatus::WouldImport, Text::tr("would be completed (partly created)"));
        return;
    }
    // Steps 2–4 are upserts: running the missing ones, in their order, completes the device.
    m_steps = m_missing;
    m_outcome.completed = true;
    runStep();
}

void TtsDeviceImport::onCheck(const TtsResult &result)
{
    const Step &step = m_steps.at(m_check);
    if (!result.ok() && !result.error.isNotFound()) {
        failStep(result.error, step.server); // nothing created: nothing to roll back
        return;
    }
    if (!result.ok())
        m_missing.append(step);
    ++m_check;
    checkNext();
}

void TtsDeviceImport::cancel()
{
    m_canceled = true;
}

void TtsDeviceImport::send(
    const TtsRequest &request, void (TtsDeviceImport::*handler)(const TtsResult &))
{
    m_call = m_client->send(request);
    connect(m_call, &TtsCall::finished, this, handler);
}

QString TtsDeviceImport::sentence(const TtsError &error) const
{
    const TtsConnection &c = m_client->connection();
    return TtsErrorText::sentence(error,
        { m_client->apiBase(TtsServer::Identity).adjusted(QUrl::RemovePath).toString(),
            c.applicationId, m_outcome.deviceId });
}

void TtsDeviceImport::runStep()
{
    if (m_step >= m_steps.size()) {
        finishWith(TtsImportStatus::Imported,
            m_outcome.completed ? Text::tr("completed (was partly created)") : QString());
        return;
    }
    if (m_canceled) {
        // Stopped between two steps: leave nothing half-made behind.
        if (m_created) {
            m_failure = TtsError::transport(TtsErrorKind::Canceled, QString());
            rollBack();
        } else {
            finishWith(TtsImportStatus::NotImported, Text::tr("canceled"));
        }
        return;
    }
    const Step &step = m_steps.at(m_step);
    if (step.server == TtsServer::Identity)
        send(step.request, &TtsDeviceImport::onCreate);
    else
        send(step.request, &TtsDeviceImport::onStep);
}

void TtsDeviceImport::onCreate(const TtsResult &result)
{
    if (result.ok()) {
        m_created = true;
        ++m_step;
        runStep();
        return;
    }
    // §4: the create may have taken effect although the answer says otherwise (no answer at
    // all, or a retried create that found the ID taken by its own first attempt).
    const bool ambiguous = result.error.isTransient()
        || (result.maybeApplied
            && (result.error.is("pkg/util/store:id_taken")
                || result.error.is("pkg/identityserver:end_device_euis_taken")));
    if (ambiguous && !m_listedBefore) {
        m_createResult = result;
        send(TtsRequests::getDevice(m_client->connection().applicationId, m_outcome.deviceId),
            &TtsDeviceImport::onReadBack);
        return;
    }
    failStep(result.error, TtsServer::Identity);
}

void TtsDeviceImport::onReadBack(const TtsResult &result)
{
    if (result.ok()) {
        const QJsonObject ids
            = QJsonDocument::fromJson(result.body).object().value(u"ids"_s).toObject();
        const QString devEui = ids.value(u"dev_eui"_s).toString().toUpper();
        const QString joinEui = ids.value(u"join_eui"_s).toString().toUpper();
        if (devEui == m_bodies.ids.value(u"dev_eui"_s).toString().toUpper()
            && joinEui == m_bodies.ids.value(u"join_eui"_s).toString().toUpper()) {
            // Not in the listing before, there now with our EUIs: this run created it.
            m_created = true;
            ++m_step;
            runStep();
            return;
        }
    }
    failStep(m_createResult.error, TtsServer::Identity);
}

void TtsDeviceImport::onStep(const TtsResult &result)
{
    if (result.ok()) {
        ++m_step;
        runStep();
        return;
    }
    failStep(result.error, m_steps.at(m_step).server);
}

void TtsDeviceImport::failStep(const TtsError &error, TtsServer server)
{
    m_failure = error;
    m_failedServer = server;
    m_outcome.error = error;
    m_outcome.errorId = error.id;
    m_outcome.stopsImport = error.stopsImport();
    if (m_created) {
        rollBack();
        return;
    }
    finishWith(TtsImportStatus::Failed, Text::tr("%1 (%2)").arg(sentence(error), stepName(server)));
}

void TtsDeviceImport::rollBack()
{
    // AS, NS, JS, then IS last, as the CLI and the Console do.
    m_deletes = { TtsServer::Application, TtsServer::Network };
    if (m_bodies.hasJoin())
        m_deletes << TtsServer::Join;
    m_deletes << TtsServer::Identity;
    send(TtsRequests::deleteDevice(
             m_deletes.constFirst(), m_client->connection().applicationId, m_outcome.deviceId),
        &TtsDeviceImport::onDelete);
}

void TtsDeviceImport::onDelete(const TtsResult &result)
{
    const TtsServer server = m_deletes.takeFirst();
    const bool done = result.ok() || (server != TtsServer::Identity && result.error.isNotFound());
    const bool canceled = m_failure.kind == TtsErrorKind::Canceled;
    if (!done) {
        QStringList left { stepName(server) };
        for (TtsServer rest : std::as_const(m_deletes))
            left << stepName(rest);
        if (server == TtsServer::Identity)
            left = { stepName(TtsServer::Identity) };
        const QString why = canceled
            ? Text::tr("canceled")
            : Text::tr("%1 (%2)").arg(sentence(m_failure), stepName(m_failedServer));
        finishWith(TtsImportStatus::PartlyCreated,
            Text::tr("%1; partly created, not cleaned up on: %2; delete it in the Console")
                .arg(why, left.join(u", "_s)));
        return;
    }
    if (!m_deletes.isEmpty()) {
        send(TtsRequests::deleteDevice(
                 m_deletes.constFirst(), m_client->connection().applicationId, m_outcome.deviceId),
            &TtsDeviceImport::onDelete);
        return;
    }
    if (canceled)
        finishWith(TtsImportStatus::NotImported, Text::tr("canceled; rolled back"));
    else
        finishWith(TtsImportStatus::Failed,
            Text::tr("%1 (%2); rolled back").arg(sentence(m_failure), stepName(m_failedServer)));
}

void TtsDeviceImport::finishWith(TtsImportStatus status, const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    m_outcome.status = status;
    m_outcome.reason = reason;
    emit finished(m_outcome);
}

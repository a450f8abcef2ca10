#include "sourcedelete/ttssourcedeleter.h"

#include "source/ttsdevicesource.h"
#include "tts/ttscall.h"
#include "tts/ttsclient.h"
#include "tts/ttsdevicelister.h"
#include "tts/ttserrortext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>

using namespace Qt::StringLiterals;

namespace {
// As TTS deletes a device: the IS last, so the device stays listed until every part is gone.
constexpr std::array<TtsServer, 4> kOrder { TtsServer::Application, TtsServer::Network,
    TtsServer::Join, TtsServer::Identity };
} // namespace

TtsSourceDeleter::TtsSourceDeleter(TtsConnection source, QObject *parent)
    : SourceDeleter(parent)
    , m_client(new TtsClient(std::move(source), this))
    , m_lister(new TtsDeviceLister(m_client, u"ids"_s, this))
{
    connect(m_client, &TtsClient::requestLogged, this, &SourceDeleter::requestLogged);
}

void TtsSourceDeleter::prepare(Done done)
{
    m_lister->disconnect(this);
    connect(m_lister, &TtsDeviceLister::finished, this, [this, done](const TtsListing &listing) {
        if (!listing.ok()) {
            done(sourceError(listing.error, TtsServer::Identity, QString()));
            return;
        }
        m_idByEuis = TtsDeviceIdsByEui(listing.devices);
        done(SourceError());
    });
    m_lister->start();
}

QString TtsSourceDeleter::resolveSourceId(const SourceDeleteCandidate &candidate) const
{
    const QString joinEui
        = candidate.device.value(u"ids"_s).toObject().value(u"join_eui"_s).toString();
    return m_idByEuis.find(candidate.devEui, joinEui, candidate.sourceId);
}

SourceError TtsSourceDeleter::sourceError(
    const TtsError &e, TtsServer server, const QString &deviceId) const
{
    SourceError error = TtsDeviceSource::toSourceError(e,
        TtsErrorText::sentence(e,
            { m_client->apiBase(server).adjusted(QUrl::RemovePath).toString(),
                m_client->connection().applicationId, deviceId }));
    if (e.isNotFound())
        error.kind = SourceErrorKind::NotFound;
    // One device's refusal is that device's; the key, its rights or a server that stays away
    // would stop every other device too.
    error.fatalForRun
        = e.stopsImport() || e.isTransient() || e.isRateLimited() || e.kind != TtsErrorKind::Http;
    return error;
}

void TtsSourceDeleter::readState(const SourceDeleteCandidate &candidate, StateRead done)
{
    TtsCall *call = m_client->send(
        TtsRequests::getDevice(m_client->connection().applicationId, candidate.sourceId, u"ids"_s));
    connect(call, &TtsCall::finished, this, [this, candidate, done](const TtsResult &result) {
        if (!result.ok()) {
            done(QJsonObject(), sourceError(result.error, TtsServer::Identity, candidate.sourceId));
            return;
        }
        const QString eui = QJsonDocument::fromJson(result.body)
                                .object()
                                .value(u"ids"_s)
                                .toObject()
                                .value(u"dev_eui"_s)
                                .toString()
                                .toUpper();
        if (!candidate.devEui.isEmpty() && !eui.isEmpty() && eui != candidate.devEui) {
            SourceError error;
            error.kind = SourceErrorKind::BadRequest;
            error.message = QCoreApplication::translate("SourceDeleteJob",
                "the source holds another device under this ID (DevEUI %1, the export has %2): "
                "left alone")
                                .arg(eui, candidate.devEui);
            done(QJsonObject(), error);
            return;
        }
        done(QJsonObject(), SourceError());
    });
}

void TtsSourceDeleter::remove(const SourceDeleteCandidate &candidate, Done done)
{
    removeFrom(0, candidate.sourceId, std::move(done));
}

void TtsSourceDeleter::removeFrom(int step, const QString &deviceId, Done done)
{
    if (step >= int(kOrder.size())) {
        done(SourceError());
        return;
    }
    const TtsServer server = kOrder.at(step);
    TtsCall *call = m_client->send(
        TtsRequests::deleteDevice(server, m_client->connection().applicationId, deviceId));
    connect(call, &TtsCall::finished, this,
        [this, step, deviceId, server, done](const TtsResult &result) {
            if (result.ok() || result.error.isNotFound()) {
                removeFrom(step + 1, deviceId, done);
                return;
            }
            const SourceError error = sourceError(result.error, server, deviceId);
            done(error);
        });
}

void TtsSourceDeleter::abort()
{
    m_lister->abort();
    m_client->abortAll();
}

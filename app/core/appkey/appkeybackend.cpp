#include "appkey/appkeybackend.h"

#include "source/ttsdevicesource.h"
#include "source/v2devicesource.h"
#include "tts/ttscall.h"
#include "tts/ttsclient.h"
#include "tts/ttsdevicelister.h"
#include "tts/ttserrortext.h"
#include "v2/v2call.h"
#include "v2/v2client.h"
#include "v2/v2request.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// The job's words, whichever backend says them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AppKeyJob)
};

// What the root keys' GET asks the Join Server for (both exist in the JS's EndDevice).
const QString kRootKeysMask = u"root_keys.app_key.key,root_keys.nwk_key.key"_s;
} // namespace

AppKeyBackend::AppKeyBackend(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SourceError>();
}

AppKeyBackend::~AppKeyBackend() = default;

// --- TTN v2 ---

V2AppKeyBackend::V2AppKeyBackend(V2Connection connection, QObject *parent)
    : AppKeyBackend(parent)
    , m_connection(std::move(connection))
{
}

V2Client *V2AppKeyBackend::client()
{
    if (!m_client) {
        m_client = new V2Client(m_connection, this);
        connect(m_client, &V2Client::requestLogged, this, &AppKeyBackend::requestLogged);
    }
    return m_client;
}

void V2AppKeyBackend::open()
{
    m_call = client()->send(V2Request::findHandler());
    connect(m_call, &V2Call::finished, this, [this](const V2Result &result) {
        emit opened(V2DeviceSource::toSourceError(result.error));
    });
}

void V2AppKeyBackend::fetch(const AppKeyPlanEntry &entry)
{
    m_call = client()->send(V2Request::getDevice(entry.v2DeviceId));
    connect(m_call, &V2Call::finished, this, [this](const V2Result &result) {
        emit fetched(V2DeviceSource::toSourceError(result.error), result.body);
    });
}

AppKeyDecision V2AppKeyBackend::decide(AppKeyAction action, const AppKeyPlanEntry &entry,
    const QByteArray &body, const AppKeys::RandomSource &random) const
{
    return AppKeyStep::decide(action, entry, body, random);
}

void V2AppKeyBackend::write(const AppKeyPlanEntry &entry, const AppKeyDecision &decision)
{
    m_call = client()->send(V2Request::setDevice(entry.v2DeviceId, decision.body));
    connect(m_call, &V2Call::finished, this, [this](const V2Result &result) {
        emit written(V2DeviceSource::toSourceError(result.error));
    });
}

void V2AppKeyBackend::abortCurrent()
{
    if (m_call)
        m_call->abort();
}

void V2AppKeyBackend::abortAll()
{
    if (m_client)
        m_client->abortAll();
}

int V2AppKeyBackend::requestCount() const
{
    return m_client ? m_client->requestCount() : 0;
}

int V2AppKeyBackend::retryCount() const
{
    return m_client ? m_client->retryCount() : 0;
}

QString V2AppKeyBackend::notFoundReason() const
{
    return Text::tr("not found in TTN v2 application “%1”").arg(m_connection.appId);
}

QString V2AppKeyBackend::nothingChanged(const QString &why) const
{
    return Text::tr("nothing was changed in TTN v2: %1").arg(why);
}

// --- The Things Stack (the source Join Server) ---

TtsAppKeyBackend::TtsAppKeyBackend(TtsConnection connection, QObject *parent)
    : AppKeyBackend(parent)
    , m_connection(std::move(connection))
{
}

QStringList TtsAppKeyBackend::neededRights()
{
    return { u"RIGHT_APPLICATION_DEVICES_READ"_s, u"RIGHT_APPLICATION_DEVICES_READ_KEYS"_s,
        u"RIGHT_APPLICATION_DEVICES_WRITE"_s, u"RIGHT_APPLICATION_DEVICES_WRITE_KEYS"_s };
}

TtsClient *TtsAppKeyBackend::client()
{
    if (!m_client) {
        m_client = new TtsClient(m_connection, this);
        connect(m_client, &TtsClient::requestLogged, this, &AppKeyBackend::requestLogged);
    }
    return m_client;
}

SourceError TtsAppKeyBackend::toSourceError(const TtsError &error, const QString &deviceId) const
{
    if (!error.isError())
        return SourceError();
    const TtsErrorContext context { m_connection.identityServerUrl.toString(),
        m_connection.applicationId, deviceId };
    SourceError s = TtsDeviceSource::toSourceError(error, TtsErrorText::sentence(error, context));
    // One device's trouble (not found, refused) ends that device only; the key, its rights,
    // the server's health (after the retries) and the network end the run.
    s.fatalForRun = error.kind != TtsErrorKind::Http || error.stopsImport()
        || error.httpStatus == 401 || error.httpStatus == 403 || error.httpStatus == 429
        || error.httpStatus >= 500;
    return s;
}

void TtsAppKeyBackend::open()
{
    m_call = client()->send(TtsRequests::rights(m_connection.applicationId));
    connect(m_call, &TtsCall::finished, this, [this](const TtsResult &result) {
        if (!result.ok()) {
            emit opened(toSourceError(result.error, QString()));
            return;
        }
        const SourceError error
            = TtsDeviceSource::rightsError(result.body, m_connection.applicationId, neededRights());
        if (error.isError()) {
            emit opened(error);
            return;
        }
        listDevices();
    });
}

void TtsAppKeyBackend::listDevices()
{
    // IDs and EUIs only (no field mask): what finds a renamed device at the source.
    m_lister = new TtsDeviceLister(client(), QString(), this);
    connect(m_lister, &TtsDeviceLister::finished, this, [this](const TtsListing &listing) {
        m_lister->deleteLater();
        if (!listing.ok()) {
            emit opened(toSourceError(listing.error, QString()));
            return;
        }
        m_idByDevEui = TtsDeviceIdsByEui(listing.devices);
        emit opened(SourceError());
    });
    m_lister->start();
}

QString TtsAppKeyBackend::deviceId(const AppKeyPlanEntry &entry) const
{
    return m_idByDevEui.find(entry.devEui, QString(), entry.v2DeviceId);
}

void TtsAppKeyBackend::fetch(const AppKeyPlanEntry &entry)
{
    const QString deviceId = this->deviceId(entry);
    m_call = client()->send(TtsRequests::getServerDevice(
        TtsServer::Join, m_connection.applicationId, deviceId, kRootKeysMask));
    connect(m_call, &TtsCall::finished, this, [this, deviceId](const TtsResult &result) {
        emit fetched(toSourceError(result.error, deviceId), result.body);
    });
}

AppKeyDecision TtsAppKeyBackend::decide(AppKeyAction action, const AppKeyPlanEntry &entry,
    const QByteArray &body, const AppKeys::RandomSource &random) const
{
    AppKeyPlanEntry atSource = entry;
    atSource.v2DeviceId = deviceId(entry);
    return AppKeyStep::decideTts(action, atSource, body, random);
}

void TtsAppKeyBackend::write(const AppKeyPlanEntry &entry, const AppKeyDecision &decision)
{
    const QString deviceId = this->deviceId(entry);
    m_call = client()->send(TtsRequests::setDevice(
        TtsServer::Join, m_connection.applicationId, deviceId, decision.body));
    connect(m_call, &TtsCall::finished, this, [this, deviceId](const TtsResult &result) {
        emit written(toSourceError(result.error, deviceId));
    });
}

void TtsAppKeyBackend::abortCurrent()
{
    if (m_lister)
        m_lister->abort();
    if (m_call)
        m_call->abort();
}

void TtsAppKeyBackend::abortAll()
{
    if (m_lister)
        m_lister->abort();
    if (m_client)
        m_client->abortAll();
}

int TtsAppKeyBackend::requestCount() const
{
    return m_client ? m_client->requestCount() : 0;
}

int TtsAppKeyBackend::retryCount() const
{
    return m_client ? m_client->retryCount() : 0;
}

QString TtsAppKeyBackend::notFoundReason() const
{
    return Text::tr("not found in the source Join Server of application “%1”")
        .arg(m_connection.applicationId);
}

QString TtsAppKeyBackend::nothingChanged(const QString &why) const
{
    return Text::tr("nothing was changed at the source: %1").arg(why);
}

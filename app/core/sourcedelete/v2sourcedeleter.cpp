#include "sourcedelete/v2sourcedeleter.h"

#include "source/v2devicesource.h"
#include "util/jsonpath.h"
#include "v2/v2call.h"
#include "v2/v2client.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QString kLorawan = u"lorawan_device"_s;

QString sessionKey(const QJsonObject &line, const QString &name)
{
    return JsonPath::stringAt(line, u"session.keys."_s + name + u".key"_s).toUpper();
}

} // namespace

V2SourceDeleter::V2SourceDeleter(V2Connection connection, QObject *parent)
    : SourceDeleter(parent)
    , m_client(new V2Client(std::move(connection), this))
{
    connect(m_client, &V2Client::requestLogged, this, &SourceDeleter::requestLogged);
}

bool V2SourceDeleter::concerns(const TtsFileDevice &device) const
{
    return device.ok() && !device.supportsJoin && device.hasSession;
}

QString V2SourceDeleter::sourceIdOf(const TtsFileDevice &device) const
{
    // The export keeps the original v2 dev_id as the device's name (as AppKeyPlan reads it).
    return device.device.value(u"name"_s).toString();
}

void V2SourceDeleter::prepare(Done done)
{
    V2Call *call = m_client->send(V2Request::findHandler());
    connect(call, &V2Call::finished, this,
        [done](const V2Result &result) { done(V2DeviceSource::toSourceError(result.error)); });
}

QJsonObject V2SourceDeleter::withoutKeys(const QJsonObject &v2Device)
{
    QJsonObject device = v2Device;
    QJsonObject lorawan = device.value(kLorawan).toObject();
    for (const QString &key : { u"app_key"_s, u"nwk_s_key"_s, u"app_s_key"_s })
        lorawan.remove(key);
    device.insert(kLorawan, lorawan);
    return device;
}

QJsonObject V2SourceDeleter::withKeys(const QJsonObject &state, const QJsonObject &line)
{
    // v2's NwkSKey is the 1.0 session's one network key, exported as f_nwk_s_int_key.
    QJsonObject device = withoutKeys(state);
    QJsonObject lorawan = device.value(kLorawan).toObject();
    lorawan.insert(u"nwk_s_key"_s, sessionKey(line, u"f_nwk_s_int_key"_s));
    lorawan.insert(u"app_s_key"_s, sessionKey(line, u"app_s_key"_s));
    device.insert(kLorawan, lorawan);
    return device;
}

void V2SourceDeleter::readState(const SourceDeleteCandidate &candidate, StateRead done)
{
    V2Call *call = m_client->send(V2Request::getDevice(candidate.sourceId));
    connect(call, &V2Call::finished, this, [candidate, done](const V2Result &result) {
        if (!result.ok()) {
            done(QJsonObject(), V2DeviceSource::toSourceError(result.error));
            return;
        }
        const QJsonObject device = QJsonDocument::fromJson(result.body).object();
        const QString eui
            = device.value(kLorawan).toObject().value(u"dev_eui"_s).toString().toUpper();
        if (!candidate.devEui.isEmpty() && eui != candidate.devEui) {
            SourceError error;
            error.kind = SourceErrorKind::BadRequest;
            error.message = QCoreApplication::translate("SourceDeleteJob",
                "TTN v2 holds another device under this ID (DevEUI %1, the export has %2): "
                "left alone")
                                .arg(eui, candidate.devEui);
            done(QJsonObject(), error);
            return;
        }
        done(withoutKeys(device), SourceError());
    });
}

void V2SourceDeleter::remove(const SourceDeleteCandidate &candidate, Done done)
{
    V2Call *call = m_client->send(V2Request::deleteDevice(candidate.sourceId));
    connect(call, &V2Call::finished, this, [done](const V2Result &result) {
        // Gone already: an earlier attempt took effect (its answer was lost), or a rerun.
        done(result.error.kind == V2ErrorKind::NotFound
                ? SourceError()
                : V2DeviceSource::toSourceError(result.error));
    });
}

void V2SourceDeleter::recreate(
    const SourceDeleteCandidate &candidate, const QJsonObject &state, Done done)
{
    const QByteArray body
        = QJsonDocument(withKeys(state, candidate.device)).toJson(QJsonDocument::Compact);
    V2Call *call = m_client->send(V2Request::setDevice(candidate.sourceId, body));
    connect(call, &V2Call::finished, this,
        [done](const V2Result &result) { done(V2DeviceSource::toSourceError(result.error)); });
}

void V2SourceDeleter::abort()
{
    m_client->abortAll();
}

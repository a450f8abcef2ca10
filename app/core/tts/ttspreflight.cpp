#include "tts/ttspreflight.h"

#include "tts/ttscall.h"
#include "tts/ttsclient.h"
#include "tts/ttserrortext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TtsPreflight)
};

const QString kAll = u"RIGHT_APPLICATION_ALL"_s;
const QString kRead = u"RIGHT_APPLICATION_DEVICES_READ"_s;
const QString kWrite = u"RIGHT_APPLICATION_DEVICES_WRITE"_s;
const QString kWriteKeys = u"RIGHT_APPLICATION_DEVICES_WRITE_KEYS"_s;

QString euiPair(const QString &joinEui, const QString &devEui)
{
    return joinEui + u'/' + devEui;
}

} // namespace

int TtsPreflightResult::count(TtsPlanAction action) const
{
    int n = 0;
    for (const TtsDevicePlan &plan : plans)
        n += plan.action == action ? 1 : 0;
    return n;
}

TtsPreflight::TtsPreflight(
    TtsClient *client, QList<TtsFileDevice> devices, bool completeExisting, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_devices(std::move(devices))
    , m_completeExisting(completeExisting)
{
}

QStringList TtsPreflight::neededRights(const QList<TtsFileDevice> &devices)
{
    QStringList needed { kRead, kWrite };
    for (const TtsFileDevice &device : devices) {
        if (device.ok() && device.hasKeys) {
            needed << kWriteKeys;
            break;
        }
    }
    return needed;
}

QStringList TtsPreflight::missing(const QStringList &needed, const QStringList &granted)
{
    if (granted.contains(kAll))
        return {};
    QStringList lacking;
    for (const QString &right : needed) {
        if (!granted.contains(right))
            lacking << right;
    }
    return lacking;
}

QList<TtsDevicePlan> TtsPreflight::plan(const QList<TtsFileDevice> &devices,
    const QHash<QString, TtsListedDevice> &existing, bool completeExisting)
{
    QHash<QString, QString> idByEuis;
    for (const TtsListedDevice &listed : existing) {
        if (!listed.devEui.isEmpty())
            idByEuis.insert(euiPair(listed.joinEui, listed.devEui), listed.deviceId);
    }
    QList<TtsDevicePlan> plans;
    plans.reserve(devices.size());
    for (const TtsFileDevice &device : devices) {
        TtsDevicePlan p;
        p.device = device;
        if (!device.ok()) {
            p.action = TtsPlanAction::Invalid;
            p.reason = device.error;
            plans.append(p);
            continue;
        }
        const auto listed = existing.constFind(device.deviceId);
        if (listed != existing.constEnd()) {
            if (listed->devEui == device.devEui && listed->joinEui == device.joinEui) {
                p.action = completeExisting ? TtsPlanAction::Complete : TtsPlanAction::Listed;
                p.reason = Text::tr("already in TTS");
            } else {
                p.action = TtsPlanAction::Conflict;
                p.reason = Text::tr("ID already in use in this application by a device with "
                                    "other EUIs (JoinEUI %1, DevEUI %2)")
                               .arg(listed->joinEui.isEmpty() ? u"-"_s : listed->joinEui,
                                   listed->devEui.isEmpty() ? u"-"_s : listed->devEui);
            }
            plans.append(p);
            continue;
        }
        const QString owner = device.devEui.isEmpty()
            ? QString()
            : idByEuis.value(euiPair(device.joinEui, device.devEui));
        if (!owner.isEmpty()) {
            p.action = TtsPlanAction::Conflict;
            p.reason = Text::tr("JoinEUI/DevEUI already registered as “%1” in this application")
                           .arg(owner);
        }
        plans.append(p);
    }
    return plans;
}

void TtsPreflight::start()
{
    ++m_result.requests;
    m_call = m_client->send(TtsRequests::rights(m_client->connection().applicationId));
    connect(m_call, &TtsCall::finished, this, &TtsPreflight::onRights);
}

void TtsPreflight::abort()
{
    if (m_call)
        m_call->abort();
    if (m_lister)
        m_lister->abort();
}

void TtsPreflight::fail(const TtsError &error)
{
    m_result.error = error;
    m_result.fatal = TtsErrorText::sentence(error,
        { m_client->apiBase(TtsServer::Identity).adjusted(QUrl::RemovePath).toString(),
            m_client->connection().applicationId, {} });
    m_result.fatalFix = TtsErrorText::fix(error);
    emit finished(m_result);
}

void TtsPreflight::onRights(const TtsResult &result)
{
    if (!result.ok()) {
        fail(result.error);
        return;
    }
    const QJsonArray rights
        = QJsonDocument::fromJson(result.body).object().value(u"rights"_s).toArray();
    for (const QJsonValue &right : rights)
        m_result.rights << right.toString();
    const QString app = m_client->connection().applicationId;
    if (m_result.rights.isEmpty()) {
        // {}: the application does not exist or the key has no access; TTS does not say which.
        m_result.fatal = TtsErrorText::noAccess(app);
        m_result.fatalFix = SettingFix::CheckTtsApplicationAndKey;
        emit finished(m_result);
        return;
    }
    m_result.missingRights = missing(neededRights(m_devices), m_result.rights);
    if (!m_result.missingRights.isEmpty()) {
        m_result.fatal = TtsErrorText::missingRights(m_result.missingRights);
        m_result.fatalFix = SettingFix::UseTtsKeyWithRights;
        emit finished(m_result);
        return;
    }
    // field_mask=name: small pages, and ids (with the EUIs) and created_at come anyway.
    m_lister = new TtsDeviceLister(m_client, u"name"_s, this);
    connect(m_lister, &TtsDeviceLister::finished, this, &TtsPreflight::onListing);
    m_lister->start();
}

void TtsPreflight::onListing(const TtsListing &listing)
{
    m_result.requests += listing.requests;
    if (!listing.ok()) {
        fail(listing.error);
        return;
    }
    for (const TtsListedDevice &device : listing.devices)
        m_result.existing.insert(device.deviceId, device);
    m_result.plans = plan(m_devices, m_result.existing, m_completeExisting);
    emit finished(m_result);
}

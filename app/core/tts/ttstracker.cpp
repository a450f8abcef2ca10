#include "tts/ttstracker.h"

#include "tts/ttscall.h"
#include "tts/ttsclient.h"
#include "tts/ttserrortext.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TtsTracker)
};
} // namespace

TtsTracker::TtsTracker(
    TtsConnection connection, const QList<TtsFileDevice> &devices, QObject *parent)
    : QObject(parent)
    , m_client(new TtsClient(std::move(connection), this))
    , m_lister(new TtsDeviceLister(m_client, u"last_seen_at,activated_at"_s, this))
{
    for (const TtsFileDevice &device : devices) {
        if (device.ok())
            m_devices.append(device);
    }
    connect(m_client, &TtsClient::requestLogged, this, &TtsTracker::requestLogged);
    connect(m_lister, &TtsDeviceLister::finished, this, &TtsTracker::onListing);
    connect(&m_poll, &QTimer::timeout, this, &TtsTracker::refresh);
}

TtsJoinCounts TtsJoinCounts::of(const TtsTrackerSnapshot &snapshot)
{
    TtsJoinCounts counts;
    counts.at = snapshot.refreshedAt;
    counts.waiting = snapshot.waiting;
    counts.joined = snapshot.joined;
    counts.active = snapshot.active;
    counts.notInTts = snapshot.notInTts;
    return counts;
}

bool TtsJoinCounts::sameCounts(const TtsJoinCounts &other) const
{
    return waiting == other.waiting && joined == other.joined && active == other.active
        && notInTts == other.notInTts;
}

TtsJoinState TtsTracker::classify(
    const QDateTime &createdAt, const QDateTime &lastSeenAt, const QDateTime &activatedAt)
{
    if (activatedAt.isValid())
        return TtsJoinState::Active;
    if (lastSeenAt.isValid() && (!createdAt.isValid() || lastSeenAt >= createdAt))
        return TtsJoinState::Joined;
    return TtsJoinState::Waiting;
}

QString TtsTracker::stateName(TtsJoinState state, bool withSession)
{
    switch (state) {
    case TtsJoinState::Waiting:
        return Text::tr("waiting");
    case TtsJoinState::Joined:
        return withSession ? Text::tr("seen") : Text::tr("joined");
    case TtsJoinState::Active:
        return Text::tr("active");
    case TtsJoinState::NotInTts:
        return Text::tr("not in TTS");
    }
    return QString();
}

QStringList TtsTracker::usualCauses()
{
    return { Text::tr("the device has not been reset yet, or is still attached to TTN v2"),
        Text::tr("no gateway of this network is in range"), Text::tr("the frequency plan is wrong"),
        Text::tr("the AppKey is wrong") };
}

void TtsTracker::refresh()
{
    if (m_running)
        return;
    m_running = true;
    m_lister->start();
}

void TtsTracker::startPolling(int intervalMs)
{
    m_poll.start(std::max(intervalMs, m_minIntervalMs));
    refresh();
}

void TtsTracker::stopPolling()
{
    m_poll.stop();
}

void TtsTracker::requestSessionDetail(const QString &deviceId)
{
    TtsCall *call = m_client->send(TtsRequests::getNsDevice(m_client->connection().applicationId,
        deviceId, u"session.dev_addr,session.started_at,pending_session.dev_addr"_s));
    connect(call, &TtsCall::finished, this, [this, deviceId](const TtsResult &result) {
        TtsSessionDetail detail;
        detail.deviceId = deviceId;
        if (!result.ok()) {
            detail.error = result.error;
            detail.fatal = TtsErrorText::sentence(result.error,
                { m_client->apiBase(TtsServer::Network).adjusted(QUrl::RemovePath).toString(),
                    m_client->connection().applicationId, deviceId });
            detail.fatalFix = TtsErrorText::fix(result.error);
            emit sessionDetailReady(detail);
            return;
        }
        const QJsonObject device = QJsonDocument::fromJson(result.body).object();
        const QJsonObject session = device.value(u"session"_s).toObject();
        const QJsonObject pending = device.value(u"pending_session"_s).toObject();
        detail.session = !session.isEmpty();
        detail.pendingSession = !pending.isEmpty();
        detail.devAddr = (detail.session ? session : pending).value(u"dev_addr"_s).toString();
        detail.sessionStartedAt = TtsDeviceLister::parseTime(session.value(u"started_at"_s));
        emit sessionDetailReady(detail);
    });
}

void TtsTracker::onListing(const TtsListing &listing)
{
    m_running = false;
    TtsTrackerSnapshot snapshot;
    snapshot.requests = listing.requests;
    snapshot.refreshedAt = QDateTime::currentDateTime();
    if (!listing.ok()) {
        snapshot.error = listing.error;
        snapshot.fatal = TtsErrorText::sentence(listing.error,
            { m_client->apiBase(TtsServer::Identity).adjusted(QUrl::RemovePath).toString(),
                m_client->connection().applicationId, {} });
        snapshot.fatalFix = TtsErrorText::fix(listing.error);
        emit refreshed(snapshot);
        return;
    }
    QHash<QString, const TtsListedDevice *> byId;
    byId.reserve(listing.devices.size());
    for (const TtsListedDevice &device : listing.devices)
        byId.insert(device.deviceId, &device);
    snapshot.devices.reserve(m_devices.size());
    for (const TtsFileDevice &file : std::as_const(m_devices)) {
        TtsTrackedDevice tracked;
        tracked.deviceId = file.deviceId;
        tracked.withSession = file.hasSession;
        const TtsListedDevice *listed = byId.value(file.deviceId);
        if (!listed) {
            ++snapshot.notInTts;
        } else {
            tracked.createdAt = listed->createdAt;
            tracked.lastSeenAt = listed->lastSeenAt;
            tracked.activatedAt = listed->activatedAt;
            tracked.state = classify(listed->createdAt, listed->lastSeenAt, listed->activatedAt);
            switch (tracked.state) {
            case TtsJoinState::Waiting:
                ++snapshot.waiting;
                break;
            case TtsJoinState::Joined:
                ++snapshot.joined;
                break;
            case TtsJoinState::Active:
                ++snapshot.active;
                break;
            case TtsJoinState::NotInTts:
                break;
            }
        }
        snapshot.devices.append(tracked);
    }
    emit refreshed(snapshot);
}

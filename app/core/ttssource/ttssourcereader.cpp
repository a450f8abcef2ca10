#include "ttssource/ttssourcereader.h"

#include "http/concurrentqueue.h"
#include "http/httpsession.h"
#include "tts/ttscall.h"
#include "tts/ttsclient.h"
#include "tts/ttsdevicelister.h"
#include "tts/ttserrortext.h"
#include "ttssource/ttssourcemasks.h"
#include "util/localenumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TtsSourceReader)
};

const QString kAll = u"RIGHT_APPLICATION_ALL"_s;
const QString kRead = u"RIGHT_APPLICATION_DEVICES_READ"_s;
const QString kReadKeys = u"RIGHT_APPLICATION_DEVICES_READ_KEYS"_s;
const QString kSettingsBasic = u"RIGHT_APPLICATION_SETTINGS_BASIC"_s;

QString hostOf(const QString &address)
{
    QString host = address.trimmed().toLower();
    // host[:port] (tts-import.md §1); a bracketed IPv6 literal keeps its colons.
    if (host.startsWith(u'[')) {
        const qsizetype end = host.indexOf(u']');
        return end < 0 ? host : host.mid(1, end - 1);
    }
    const qsizetype colon = host.indexOf(u':');
    return colon < 0 ? host : host.left(colon);
}

QString upper(const QJsonObject &ids, const QString &key)
{
    return ids.value(key).toString().toUpper();
}

TtsSourceRead readFromIdentity(const QJsonObject &identity)
{
    TtsSourceRead read;
    const QJsonObject ids = identity.value(u"ids"_s).toObject();
    read.deviceId = ids.value(u"device_id"_s).toString();
    read.devEui = upper(ids, u"dev_eui"_s);
    read.joinEui = upper(ids, u"join_eui"_s);
    return read;
}

bool granted(const QStringList &rights, const QString &right)
{
    return rights.contains(kAll) || rights.contains(right);
}

} // namespace

TtsSourceReader::TtsSourceReader(TtsConnection source, TtsSourceOptions options, QObject *parent)
    : QObject(parent)
    , m_client(new TtsClient(std::move(source), this))
    , m_options(std::move(options))
    , m_queue(new ConcurrentQueue(
          m_client->session(), [this](int index) { startDevice(index); }, this))
{
    connect(m_client, &TtsClient::requestLogged, this, &TtsSourceReader::requestLogged);
    m_client->session()->setConcurrency(
        AdaptiveConcurrency::kDefaultStart, std::max(1, m_options.concurrency));
}

TtsSourceReader::~TtsSourceReader()
{
    m_client->abortAll();
}

QStringList TtsSourceReader::neededRights()
{
    return { kRead, kReadKeys };
}

QString TtsSourceReader::formatterRight()
{
    return kSettingsBasic;
}

bool TtsSourceReader::isExternalJoinServer(
    const QString &joinServerAddress, const TtsConnection &source)
{
    const QString host = hostOf(joinServerAddress);
    if (host.isEmpty())
        return false; // the device names no Join Server: this deployment's
    return host != source.cluster().host().toLower()
        && host != source.identityServerUrl.host().toLower();
}

QStringList TtsSourceReader::deviceIds() const
{
    QStringList ids;
    ids.reserve(m_devices.size());
    for (const TtsSourceRead &read : m_devices)
        ids << read.deviceId;
    return ids;
}

void TtsSourceReader::start()
{
    emit stageChanged(Text::tr("Checking the API key's rights on the source application…"));
    m_rightsCall = m_client->send(TtsRequests::rights(m_client->connection().applicationId));
    connect(m_rightsCall, &TtsCall::finished, this, &TtsSourceReader::onRights);
}

void TtsSourceReader::stop()
{
    if (m_finished || m_stopping)
        return;
    m_stopping = true;
    m_summary.stopped = true;
    if (m_rightsCall)
        m_rightsCall->abort();
    if (m_lister)
        m_lister->abort();
    if (!m_queued) {
        fail(QString());
        return;
    }
    const QString reason = Text::tr("not read: the reading was stopped");
    for (const int index : m_queue->stop()) {
        TtsSourceRead read = m_devices.at(index);
        read.state = TtsSourceReadState::Skipped;
        read.reason = reason;
        emitDevice(read);
    }
    // Devices in flight finish (as the import's Stop does): what they read is kept, and a
    // request is never cut in the middle of its answer.
    finishIfDone();
}

void TtsSourceReader::onRights(const TtsResult &result)
{
    m_summary.requests = m_client->requestCount();
    const QString app = m_client->connection().applicationId;
    if (!result.ok()) {
        fail(sentence(result.error, QString()), result.error);
        return;
    }
    const QJsonArray rights
        = QJsonDocument::fromJson(result.body).object().value(u"rights"_s).toArray();
    for (const QJsonValue &right : rights)
        m_summary.rights << right.toString();
    if (m_summary.rights.isEmpty()) {
        // TTS cannot tell a missing application from a key without access (§2).
        fail(TtsErrorText::noAccess(app));
        return;
    }
    QStringList missing;
    for (const QString &right : neededRights()) {
        if (!granted(m_summary.rights, right))
            missing << right;
    }
    if (!missing.isEmpty()) {
        fail(TtsErrorText::missingRights(missing));
        return;
    }
    m_summary.formattersRead = granted(m_summary.rights, kSettingsBasic);
    if (!m_options.deviceIds.isEmpty()) {
        QList<TtsSourceRead> devices;
        for (const QString &id : std::as_const(m_options.deviceIds)) {
            TtsSourceRead read;
            read.deviceId = id;
            devices << read;
        }
        queueDevices(devices, {});
        return;
    }
    emit stageChanged(Text::tr("Listing the devices of the source application…"));
    m_lister = new TtsDeviceLister(m_client, TtsSourceMasks::identity(), this);
    connect(m_lister, &TtsDeviceLister::finished, this, &TtsSourceReader::onListing);
    m_lister->start();
}

void TtsSourceReader::onListing(const TtsListing &listing)
{
    if (!listing.ok()) {
        fail(sentence(listing.error, QString()), listing.error);
        return;
    }
    QList<TtsSourceRead> devices;
    for (const QJsonObject &record : listing.records)
        devices << readFromIdentity(record);
    queueDevices(devices, listing.records);
}

void TtsSourceReader::queueDevices(
    const QList<TtsSourceRead> &devices, const QList<QJsonObject> &identities)
{
    m_devices = devices;
    m_identities = identities;
    m_summary.total = int(devices.size());
    m_queued = true;
    emit listed(m_summary.total);
    emit stageChanged(LocaleNumbers::withGroupedN(
        Text::tr("Reading %n device(s)…", nullptr, m_summary.total), m_summary.total));
    emit progress(0, m_summary.total);
    connect(m_queue, &ConcurrentQueue::drained, this, &TtsSourceReader::finishIfDone);
    m_queue->append(m_summary.total);
    finishIfDone(); // an empty application
}

void TtsSourceReader::startDevice(int index)
{
    Pending &pending = m_pending[index];
    pending.read = m_devices.at(index);
    pending.read.formattersRead = m_summary.formattersRead;
    if (index < m_identities.size()) {
        pending.read.record.identity = m_identities.at(index);
        readRegistries(index);
        return;
    }
    const QString app = m_client->connection().applicationId;
    TtsCall *call = m_client->send(
        TtsRequests::getDevice(app, pending.read.deviceId, TtsSourceMasks::identity()));
    connect(call, &TtsCall::finished, this,
        [this, index](const TtsResult &result) { onIdentity(index, result); });
}

void TtsSourceReader::onIdentity(int index, const TtsResult &result)
{
    auto it = m_pending.find(index);
    if (it == m_pending.end())
        return;
    if (!result.ok()) {
        it->read.state = TtsSourceReadState::Failed;
        it->read.error = result.error;
        it->read.reason = result.error.isNotFound()
            ? Text::tr("no device “%1” in the source application").arg(it->read.deviceId)
            : sentence(result.error, it->read.deviceId);
        finishDevice(index);
        return;
    }
    const QJsonObject identity = QJsonDocument::fromJson(result.body).object();
    const TtsSourceRead fromIs = readFromIdentity(identity);
    it->read.devEui = fromIs.devEui;
    it->read.joinEui = fromIs.joinEui;
    it->read.record.identity = identity;
    readRegistries(index);
}

void TtsSourceReader::readRegistries(int index)
{
    Pending &pending = m_pending[index];
    const QString joinServer
        = pending.read.record.identity.value(u"join_server_address"_s).toString();
    if (isExternalJoinServer(joinServer, m_client->connection())) {
        pending.read.state = TtsSourceReadState::Skipped;
        pending.read.reason
            = Text::tr("its root keys are on an external Join Server (%1), which this export "
                       "cannot read; claim the device on the target deployment instead (with "
                       "its owner token or the Join Server's claiming)")
                  .arg(hostOf(joinServer));
        finishDevice(index);
        return;
    }
    const QString app = m_client->connection().applicationId;
    const QString dev = pending.read.deviceId;
    const bool session = m_options.withSession;
    const QList<std::pair<TtsServer, QString>> gets {
        { TtsServer::Join, TtsSourceMasks::join() },
        { TtsServer::Network, TtsSourceMasks::network(session) },
        { TtsServer::Application, TtsSourceMasks::application(session, m_summary.formattersRead) },
    };
    pending.waiting = int(gets.size());
    for (const auto &[server, mask] : gets) {
        TtsCall *call = m_client->send(TtsRequests::getServerDevice(server, app, dev, mask));
        connect(call, &TtsCall::finished, this,
            [this, index, server = server](
                const TtsResult &result) { onRegistry(index, server, result); });
    }
}

void TtsSourceReader::onRegistry(int index, TtsServer server, const TtsResult &result)
{
    auto it = m_pending.find(index);
    if (it == m_pending.end())
        return;
    Pending &pending = *it;
    --pending.waiting;
    TtsSourceRecord &record = pending.read.record;
    if (result.ok()) {
        const QJsonObject object = QJsonDocument::fromJson(result.body).object();
        if (server == TtsServer::Join)
            record.join = object;
        else if (server == TtsServer::Network)
            record.network = object;
        else
            record.application = object;
    } else if (result.error.isNotFound() && server == TtsServer::Join) {
        pending.joinMissing = true; // ABP devices have no JS record
    } else if (result.error.isNotFound() && server == TtsServer::Application) {
        pending.applicationMissing = true; // the import creates the AS record anew
    } else if (pending.read.error.kind == TtsErrorKind::None) {
        pending.read.error = result.error;
        pending.read.reason = result.error.isNotFound()
            ? Text::tr("the device has no record in the source's Network Server")
            : sentence(result.error, pending.read.deviceId);
    }
    if (pending.waiting > 0)
        return;
    if (pending.read.error.isError()) {
        pending.read.state = TtsSourceReadState::Failed;
    } else if (pending.joinMissing && record.network.value(u"supports_join"_s).toBool()) {
        pending.read.state = TtsSourceReadState::Skipped;
        pending.read.reason
            = Text::tr("an OTAA device whose root keys are not on the source's Join Server (an "
                       "external Join Server); claim the device on the target deployment "
                       "instead");
    } else {
        pending.read.state = TtsSourceReadState::Read;
    }
    finishDevice(index);
}

void TtsSourceReader::finishDevice(int index)
{
    const Pending pending = m_pending.take(index);
    emitDevice(pending.read);
    m_queue->done(index); // the next device takes its place
}

void TtsSourceReader::emitDevice(const TtsSourceRead &read)
{
    switch (read.state) {
    case TtsSourceReadState::Read:
        ++m_summary.read;
        break;
    case TtsSourceReadState::Skipped:
        ++m_summary.skipped;
        break;
    case TtsSourceReadState::Failed:
        ++m_summary.failed;
        break;
    }
    ++m_done;
    emit deviceRead(read);
    emit progress(m_done, m_summary.total);
}

void TtsSourceReader::fail(const QString &fatal, const TtsError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_summary.fatal = fatal;
    m_summary.error = error;
    m_summary.requests = m_client->requestCount();
    emit finished(m_summary);
}

void TtsSourceReader::finishIfDone()
{
    if (m_finished || !m_queued || !m_pending.isEmpty() || !m_queue->idle())
        return;
    if (m_done < m_summary.total && !m_stopping)
        return;
    m_finished = true;
    m_summary.requests = m_client->requestCount();
    emit finished(m_summary);
}

QString TtsSourceReader::sentence(const TtsError &error, const QString &deviceId) const
{
    const TtsConnection &c = m_client->connection();
    TtsErrorContext context { c.identityServerUrl.toString(), c.applicationId, deviceId };
    return TtsErrorText::sentence(error, context);
}

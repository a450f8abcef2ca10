#include "source/ttsdevicesource.h"

#include "convert/conversionresult.h"
#include "tts/ttscall.h"
#include "tts/ttsclient.h"
#include "tts/ttsdevicelister.h"
#include "tts/ttserrortext.h"
#include "ttssource/ttssourceconverter.h"
#include "ttssource/ttssourcemasks.h"
#include "ttssource/ttssourcereader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TtsDeviceSource)
};

SourceErrorKind sourceKind(const TtsError &error)
{
    switch (error.kind) {
    case TtsErrorKind::None:
        return SourceErrorKind::None;
    case TtsErrorKind::ConnectionFailed:
        return SourceErrorKind::ConnectionFailed;
    case TtsErrorKind::Timeout:
        return SourceErrorKind::Timeout;
    case TtsErrorKind::Tls:
        return SourceErrorKind::Tls;
    case TtsErrorKind::BadResponse:
        return SourceErrorKind::BadResponse;
    case TtsErrorKind::Canceled:
        return SourceErrorKind::Canceled;
    case TtsErrorKind::Http:
        break;
    }
    if (error.isRateLimited())
        return SourceErrorKind::RateLimited;
    switch (error.httpStatus) {
    case 401:
        return SourceErrorKind::Unauthenticated;
    case 403:
        return SourceErrorKind::PermissionDenied;
    case 404:
        return SourceErrorKind::NotFound;
    case 502:
    case 503:
    case 504:
        return SourceErrorKind::Unavailable;
    default:
        return error.httpStatus >= 500 ? SourceErrorKind::ServerError : SourceErrorKind::BadRequest;
    }
}

// The rows of one read, converted by TtsSourceConverter; the result's own copy (the list is
// implicitly shared), updated row by row as devices are read after the result was made.
class TtsRows : public ConversionRows
{
public:
    TtsRows(QList<TtsSourceRead> reads, const ConversionOptions &options)
        : m_reads(std::move(reads))
        , m_newIds(options.deviceIdMap)
    {
        m_options.withSession = options.withSession;
    }

    qsizetype size() const override { return m_reads.size(); }
    DeviceOutcome convert(qsizetype row, const QString &chosenDeviceId) const override
    {
        // The source's own device IDs are kept (TTS took them already) unless the user gave
        // the device another.
        const TtsSourceRead &read = m_reads.at(row);
        return TtsSourceConverter::convert(read, m_options,
            chosenDeviceId.isEmpty() ? m_newIds.value(read.deviceId) : chosenDeviceId);
    }
    QString sourceDeviceId(qsizetype row) const override { return m_reads.at(row).deviceId; }
    void set(qsizetype row, const TtsSourceRead &read) { m_reads[row] = read; }

private:
    QList<TtsSourceRead> m_reads;
    QHash<QString, QString> m_newIds; // --dev-id-map: source device ID -> new ID
    TtsSourceConverter::Options m_options;
};

} // namespace

TtsDeviceSource::TtsDeviceSource(TtsConnection connection, QObject *parent)
    : DeviceSource(parent)
    , m_connection(std::move(connection))
    , m_client(new TtsClient(m_connection, this))
{
    connect(m_client, &TtsClient::requestLogged, this, &DeviceSource::requestLogged);
}

TtsDeviceSource::~TtsDeviceSource()
{
    m_active = false;
    dropReader();
    m_client->abortAll();
}

QString TtsDeviceSource::sourceId() const
{
    return u"tts"_s;
}

QString TtsDeviceSource::displayName() const
{
    return tr("The Things Stack");
}

QString TtsDeviceSource::applicationId() const
{
    return m_connection.applicationId;
}

DeviceSource::Capabilities TtsDeviceSource::capabilities() const
{
    Capabilities caps;
    caps.listApplications = false; // not offered yet: the application ID is entered
    caps.exportSessions = true;
    caps.readsWholeApplicationAtOnce = false; // four registries per device
    return caps;
}

int TtsDeviceSource::requestCount() const
{
    return m_client->requestCount() + m_readerRequests
        + (m_reader ? m_reader->client()->requestCount() : 0);
}

int TtsDeviceSource::retryCount() const
{
    return m_client->retryCount() + m_readerRetries
        + (m_reader ? m_reader->client()->retryCount() : 0);
}

QString TtsDeviceSource::sentence(const TtsError &error) const
{
    const TtsErrorContext context { m_connection.identityServerUrl.toString(),
        m_connection.applicationId, QString() };
    return TtsErrorText::sentence(error, context);
}

SourceError TtsDeviceSource::toSourceError(const TtsError &error, const QString &sentence)
{
    SourceError s;
    if (!error.isError())
        return s;
    s.kind = sourceKind(error);
    s.httpStatus = error.httpStatus;
    s.message = sentence;
    s.fix = TtsErrorText::fix(error, TtsSide::Source);
    s.serverMessage = error.message;
    s.transient = error.isTransient();
    s.fatalForRun = true;
    s.detail = QVariant::fromValue(error);
    return s;
}

SourceError TtsDeviceSource::toSourceError(const TtsSourceSummary &summary)
{
    if (summary.ok())
        return SourceError();
    if (summary.error.isError())
        return toSourceError(summary.error, summary.fatal);
    // The rights answer itself said no: no access at all, or rights missing (tts-import.md §2).
    SourceError s;
    s.message = summary.fatal;
    s.fatalForRun = true;
    if (summary.rights.isEmpty()) {
        s.kind = SourceErrorKind::ApplicationNotFound;
        s.fix = SettingFix::CheckTtsSourceApplicationAndKey;
    } else {
        s.kind = SourceErrorKind::PermissionDenied;
        s.fix = SettingFix::UseTtsSourceKeyWithRights;
    }
    return s;
}

// --- Connect and test ---

void TtsDeviceSource::testConnection()
{
    m_active = true;
    TtsCall *call = m_client->send(TtsRequests::rights(m_connection.applicationId));
    connect(call, &TtsCall::finished, this, [this](const TtsResult &result) {
        if (!m_active)
            return;
        m_active = false;
        ConnectionInfo info;
        info.server = m_connection.identityServerUrl;
        if (!result.ok()) {
            emit connectionTested(toSourceError(result.error, sentence(result.error)), info);
            return;
        }
        emit connectionTested(
            rightsError(result.body, m_connection.applicationId, TtsSourceReader::neededRights()),
            info);
    });
}

SourceError TtsDeviceSource::rightsError(
    const QByteArray &rightsBody, const QString &applicationId, const QStringList &needed)
{
    TtsSourceSummary summary;
    const QJsonArray rights
        = QJsonDocument::fromJson(rightsBody).object().value(u"rights"_s).toArray();
    for (const QJsonValue &right : rights)
        summary.rights << right.toString();
    QStringList missing;
    for (const QString &right : needed) {
        if (!summary.rights.contains(right) && !summary.rights.contains(u"RIGHT_APPLICATION_ALL"_s))
            missing << right;
    }
    if (summary.rights.isEmpty())
        summary.fatal = TtsErrorText::noAccess(applicationId);
    else if (!missing.isEmpty())
        summary.fatal = TtsErrorText::missingRights(missing);
    return toSourceError(summary);
}

// --- Choose ---

void TtsDeviceSource::listDevices()
{
    m_active = true;
    if (m_lister)
        m_lister->abort();
    auto *lister = new TtsDeviceLister(m_client, TtsSourceMasks::identity(), this);
    m_lister = lister;
    connect(lister, &TtsDeviceLister::finished, this, [this, lister](const TtsListing &listing) {
        lister->deleteLater();
        if (!m_active || m_lister != lister)
            return;
        m_active = false;
        if (!listing.ok()) {
            emit devicesListed({}, toSourceError(listing.error, sentence(listing.error)));
            return;
        }
        QList<DeviceEntry> entries;
        entries.reserve(listing.records.size());
        for (const QJsonObject &record : listing.records) {
            const QJsonObject ids = record.value(u"ids"_s).toObject();
            entries.append({ ids.value(u"device_id"_s).toString(),
                ids.value(u"dev_eui"_s).toString().toUpper(),
                ids.value(u"join_eui"_s).toString().toUpper(),
                record.value(u"description"_s).toString(), QString() });
        }
        emit devicesListed(entries, SourceError());
    });
    lister->start();
}

// --- Read ---

void TtsDeviceSource::readDevices(const SourceReadRequest &request)
{
    dropReader();
    m_request = request;
    m_reads.clear();
    m_read.clear();
    m_rowById.clear();
    m_active = true;
    TtsSourceOptions options;
    options.withSession = request.withSession;
    if (!request.wholeApplication)
        options.deviceIds = request.deviceIds;
    m_reader = new TtsSourceReader(m_connection, options, this);
    connect(m_reader, &TtsSourceReader::requestLogged, this, &DeviceSource::requestLogged);
    connect(m_reader, &TtsSourceReader::stageChanged, this, &DeviceSource::stageChanged);
    connect(m_reader, &TtsSourceReader::listed, this, &TtsDeviceSource::onListed);
    connect(m_reader, &TtsSourceReader::deviceRead, this, &TtsDeviceSource::onDeviceRead);
    connect(m_reader, &TtsSourceReader::progress, this, &DeviceSource::progress);
    connect(m_reader, &TtsSourceReader::finished, this, &TtsDeviceSource::onReadFinished);
    m_reader->start();
}

void TtsDeviceSource::onListed(int total)
{
    const QStringList ids = m_reader->deviceIds();
    Q_ASSERT(ids.size() == total);
    m_reads.clear();
    m_reads.reserve(total);
    m_rowById.reserve(total);
    for (const QString &id : ids) {
        TtsSourceRead placeholder;
        placeholder.deviceId = id;
        m_rowById.insert(id, int(m_reads.size()));
        m_reads.append(placeholder);
    }
    m_read = QList<bool>(m_reads.size(), false);
    emit devicesKnown(deviceCount());
}

void TtsDeviceSource::onDeviceRead(const TtsSourceRead &read)
{
    if (!m_active)
        return;
    const int row = m_rowById.value(read.deviceId, -1);
    if (row < 0 || m_read.at(row))
        return;
    m_reads[row] = read;
    m_read[row] = true;
    emit deviceRead(row);
}

void TtsDeviceSource::onReadFinished(const TtsSourceSummary &summary)
{
    if (!m_active)
        return;
    m_active = false;
    emit readFinished(toSourceError(summary));
}

void TtsDeviceSource::dropReader()
{
    if (!m_reader)
        return;
    m_readerRequests += m_reader->client()->requestCount();
    m_readerRetries += m_reader->client()->retryCount();
    m_reader->disconnect(this);
    m_reader->stop();
    m_reader->deleteLater(); // aborts what is still in flight
    m_reader = nullptr;
}

void TtsDeviceSource::stopReading()
{
    // The rows read so far are kept; the devices in flight are dropped (nothing more is
    // emitted for this read).
    m_active = false;
    dropReader();
}

void TtsDeviceSource::abort()
{
    m_active = false;
    if (m_lister)
        m_lister->abort();
    dropReader();
    m_client->abortAll();
}

// --- Convert ---

std::shared_ptr<ConversionResult> TtsDeviceSource::conversion(
    const ConversionOptions &options) const
{
    return std::make_shared<ConversionResult>(options, std::make_shared<TtsRows>(m_reads, options));
}

void TtsDeviceSource::updateConversion(ConversionResult &result, int row) const
{
    if (auto *rows = dynamic_cast<TtsRows *>(result.rows()))
        rows->set(row, m_reads.at(row));
}

DeviceOutcome TtsDeviceSource::notReadOutcome(int row, const ConversionOptions &) const
{
    const TtsSourceRead &read = m_reads.at(row);
    DeviceOutcome outcome;
    outcome.v2DeviceId = read.deviceId;
    outcome.activation = Activation::Unknown;
    outcome.status = OutcomeStatus::Skipped;
    outcome.reason = Text::tr("stopped before this device was read from The Things Stack");
    return outcome;
}

#include "chirpstack/chirpstackdevicesource.h"

#include "chirpstack/chirpstackclient.h"
#include "chirpstack/chirpstackconverter.h"
#include "chirpstack/chirpstackdisabling.h"
#include "convert/conversionresult.h"
#include "source/devicesources.h"
#include "util/localenumbers.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChirpStackDeviceSource)
};

bool isDevEui(const QString &text)
{
    static const QRegularExpression re(u"^[0-9a-fA-F]{16}$"_s);
    return re.match(text).hasMatch();
}

// The rows of one read, converted by ChirpStackConverter; the result's own copy.
class ChirpStackRows : public ConversionRows
{
public:
    ChirpStackRows(QList<ChirpStackDeviceSource::Row> rows, ChirpStackConverter::Options options,
        QHash<QString, QString> newIds)
        : m_rows(std::move(rows))
        , m_options(std::move(options))
        , m_newIds(std::move(newIds))
    {
    }

    qsizetype size() const override { return m_rows.size(); }
    DeviceOutcome convert(qsizetype row, const QString &chosenDeviceId) const override
    {
        const ChirpStackDeviceSource::Row &r = m_rows.at(row);
        if (r.state == ChirpStackDeviceSource::Row::Read)
            return ChirpStackConverter::convert(r.record, m_options,
                chosenDeviceId.isEmpty() ? m_newIds.value(r.devEui.toLower()) : chosenDeviceId);
        DeviceOutcome outcome;
        outcome.v2DeviceId = r.devEui;
        outcome.devEui = r.devEui.toUpper();
        outcome.status = r.state == ChirpStackDeviceSource::Row::Failed ? OutcomeStatus::Failed
                                                                        : OutcomeStatus::Skipped;
        outcome.reason = r.state == ChirpStackDeviceSource::Row::Pending
            ? Text::tr("stopped before this device was read from ChirpStack")
            : r.reason;
        return outcome;
    }
    QString sourceDeviceId(qsizetype row) const override { return m_rows.at(row).devEui; }
    void set(qsizetype row, const ChirpStackDeviceSource::Row &r) { m_rows[row] = r; }

private:
    QList<ChirpStackDeviceSource::Row> m_rows;
    ChirpStackConverter::Options m_options;
    QHash<QString, QString> m_newIds; // --dev-id-map: DevEUI (lowercase) -> new ID
};

} // namespace

// What the pool's tasks share with the source: the stop flag and the profile cache.
struct ChirpStackDeviceSource::Shared
{
    std::atomic<bool> stopped { false };
    QMutex mutex;
    QHash<QString, ChirpStackProfile> profiles;
};

ChirpStackDeviceSource::ChirpStackDeviceSource(ChirpStackSettings settings, QObject *parent)
    : DeviceSource(parent)
    , m_settings(std::move(settings))
    , m_client(std::make_shared<ChirpStackClient>(m_settings.connection))
    , m_shared(std::make_shared<Shared>())
{
    m_pool.setMaxThreadCount(qBound(1, m_settings.concurrency, 64));
    m_client->logLine = [this](const QString &line) {
        QMetaObject::invokeMethod(
            this, [this, line] { emit requestLogged(line); }, Qt::QueuedConnection);
    };
}

// Every operation: active until it ends, with a generation of its own (answers of an older one,
// or after Stop, are dropped).
quint64 ChirpStackDeviceSource::begin()
{
    m_active = true;
    return ++m_generation;
}

// Back on the owner's thread: unless Stop or a newer operation came since, the operation of
// `generation` ends and `emitResult` says how.
void ChirpStackDeviceSource::finishOnOwnerThread(
    quint64 generation, std::function<void()> emitResult)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, emitResult = std::move(emitResult)] {
            if (generation != m_generation || !m_active)
                return;
            m_active = false;
            emitResult();
        },
        Qt::QueuedConnection);
}

ChirpStackDeviceSource::~ChirpStackDeviceSource()
{
    m_shared->stopped = true;
    m_pool.waitForDone();
    m_client->logLine = nullptr;
}

void ChirpStackDeviceSource::registerSource()
{
    DeviceSources::setFactory(ExportSource::ChirpStack,
        [](const ExportRequest &request, QObject *parent) -> DeviceSource * {
            return new ChirpStackDeviceSource(request.chirpstackSource, parent);
        });
    // The disable step of the wizard's next steps, which links no gRPC either.
    ChirpStackDisabling::setRuns(
        [](const ChirpStackConnection &connection, const QStringList &devEuis,
            const QString &journal) {
            ChirpStackClient client(connection);
            return ChirpStackDisabler::disable(client, devEuis, journal);
        },
        [](const ChirpStackConnection &connection, const QString &journal) {
            ChirpStackClient client(connection);
            return ChirpStackDisabler::enable(client, journal);
        });
}

QString ChirpStackDeviceSource::sourceId() const
{
    return u"chirpstack"_s;
}

QString ChirpStackDeviceSource::displayName() const
{
    return tr("ChirpStack");
}

QString ChirpStackDeviceSource::applicationId() const
{
    return m_applicationUuid.isEmpty() ? m_settings.application : m_applicationUuid;
}

DeviceSource::Capabilities ChirpStackDeviceSource::capabilities() const
{
    Capabilities caps;
    caps.listApplications = true;
    caps.exportSessions = true;
    caps.readsWholeApplicationAtOnce = false;
    return caps;
}

bool ChirpStackDeviceSource::isRead(int row) const
{
    return m_rows.at(row).state != Row::Pending;
}

int ChirpStackDeviceSource::requestCount() const
{
    return m_client->requestCount();
}

int ChirpStackDeviceSource::retryCount() const
{
    return m_client->retryCount();
}

void ChirpStackDeviceSource::run(std::function<void()> task)
{
    m_pool.start(std::move(task));
}

QString ChirpStackDeviceSource::targetApplicationId() const
{
    if (!m_settings.targetApplicationId.isEmpty())
        return m_settings.targetApplicationId;
    const QString id = ChirpStackConverter::sanitisedId(m_applicationName);
    return id.isEmpty() ? u"chirpstack-application"_s : id;
}

namespace {

// The application by UUID or name, then its devices: what a test and a listing both ask.
ChirpStackError findAndList(ChirpStackClient &client, const QString &application,
    ChirpStackClient::Application *app, QList<ChirpStackClient::DeviceEntry> *devices)
{
    ChirpStackError error = client.findApplication(application, app);
    if (error.ok())
        error = client.listDevices(app->id, devices);
    return error;
}

} // namespace

// --- Connect and test ---

void ChirpStackDeviceSource::testConnection()
{
    const quint64 generation = begin();
    run([this, client = m_client, application = m_settings.application, generation] {
        ChirpStackClient::Application app;
        QList<ChirpStackClient::DeviceEntry> devices;
        const ChirpStackError error = findAndList(*client, application, &app, &devices);
        ConnectionInfo info;
        info.server = QUrl(u"grpc://"_s + client->connection().target());
        info.deviceCount = error.ok() ? int(devices.size()) : -1;
        const SourceError s = ChirpStackErrors::toSourceError(error, application);
        finishOnOwnerThread(generation, [this, s, info, app] {
            if (!s.isError()) {
                m_applicationUuid = app.id;
                m_applicationName = app.name;
            }
            emit connectionTested(s, info);
        });
    });
}

// --- Choose ---

void ChirpStackDeviceSource::listApplications()
{
    const quint64 generation = begin();
    auto client = m_client;
    run([this, client, generation] {
        QStringList tenantIds;
        ChirpStackError error;
        if (!client->connection().tenantId.isEmpty()) {
            tenantIds << client->connection().tenantId;
        } else {
            QList<ChirpStackClient::Tenant> tenants;
            error = client->listTenants(&tenants);
            for (const auto &t : std::as_const(tenants))
                tenantIds << t.id;
        }
        QList<Application> applications;
        for (const QString &tenantId : std::as_const(tenantIds)) {
            if (!error.ok())
                break;
            QList<ChirpStackClient::Application> apps;
            error = client->listApplications(tenantId, &apps);
            for (const auto &a : std::as_const(apps))
                applications.append({ a.id, a.name });
        }
        SourceError s = ChirpStackErrors::toSourceError(error);
        if (error.code == ChirpStackError::Unauthenticated
            && client->connection().tenantId.isEmpty())
            s.fix = SettingFix::GiveChirpStackTenantId;
        finishOnOwnerThread(
            generation, [this, applications, s] { emit applicationsListed(applications, s); });
    });
}

void ChirpStackDeviceSource::listDevices()
{
    const quint64 generation = begin();
    run([this, client = m_client, application = m_settings.application, generation] {
        ChirpStackClient::Application app;
        QList<ChirpStackClient::DeviceEntry> devices;
        const ChirpStackError error = findAndList(*client, application, &app, &devices);
        QList<DeviceEntry> entries;
        for (const auto &d : std::as_const(devices))
            entries.append({ d.devEui, d.devEui.toUpper(), QString(), d.description, QString() });
        const SourceError s = ChirpStackErrors::toSourceError(error, application);
        finishOnOwnerThread(generation, [this, entries, s] { emit devicesListed(entries, s); });
    });
}

// --- Read ---

void ChirpStackDeviceSource::readDevices(const SourceReadRequest &request)
{
    m_shared->stopped = true; // the tasks of an earlier read end
    m_shared = std::make_shared<Shared>();
    m_request = request;
    m_rows.clear();
    m_done = 0;
    const quint64 generation = begin();
    emit stageChanged(tr("Finding the application in ChirpStack…"));
    auto client = m_client;
    auto shared = m_shared;
    const QString application = m_settings.application;
    run([this, client, shared, application, request, generation] {
        ChirpStackClient::Application app;
        // DevEUIs are unique per server: devices asked for by DevEUI need no application.
        ChirpStackError error;
        if (request.wholeApplication || !application.isEmpty())
            error = client->findApplication(application, &app);
        QStringList euis;
        if (error.ok() && request.wholeApplication) {
            QList<ChirpStackClient::DeviceEntry> devices;
            error = client->listDevices(app.id, &devices);
            for (const auto &d : std::as_const(devices))
                euis << d.devEui.toLower();
        } else if (error.ok()) {
            euis = request.deviceIds;
        }
        const SourceError s = ChirpStackErrors::toSourceError(error, application);
        QMetaObject::invokeMethod(
            this,
            [this, generation, app, euis, s] {
                if (generation != m_generation || !m_active)
                    return;
                if (s.isError()) {
                    finishRead(s);
                    return;
                }
                m_applicationUuid = app.id;
                m_applicationName = app.name;
                for (const QString &eui : euis) {
                    Row row;
                    row.devEui = eui.toLower();
                    if (!isDevEui(eui)) {
                        row.state = Row::Failed;
                        row.reason = tr("not a DevEUI (16 hexadecimal digits): ChirpStack "
                                        "names devices by DevEUI");
                        ++m_done;
                    }
                    m_rows.append(row);
                }
                emit devicesKnown(deviceCount());
                startReads();
            },
            Qt::QueuedConnection);
    });
}

void ChirpStackDeviceSource::startReads()
{
    const int total = deviceCount();
    emit stageChanged(LocaleNumbers::withGroupedN(
        tr("Reading %n device(s) from ChirpStack…", nullptr, total), total));
    if (m_done == total) {
        finishRead(SourceError());
        return;
    }
    const quint64 generation = m_generation;
    const bool withSession = m_request.withSession;
    const bool deviceMode = !m_request.wholeApplication;
    auto client = m_client;
    auto shared = m_shared;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).state != Row::Pending)
            continue;
        const QString eui = m_rows.at(i).devEui;
        run([this, client, shared, eui, i, generation, withSession, deviceMode] {
            if (shared->stopped)
                return;
            Row row;
            row.devEui = eui;
            auto profileOf = [client, shared](const QString &id, ChirpStackProfile *profile) {
                {
                    QMutexLocker lock(&shared->mutex);
                    const auto it = shared->profiles.constFind(id);
                    if (it != shared->profiles.constEnd()) {
                        *profile = *it;
                        return ChirpStackError();
                    }
                }
                const ChirpStackError error = client->getDeviceProfile(id, profile);
                if (error.ok()) {
                    QMutexLocker lock(&shared->mutex);
                    shared->profiles.insert(id, *profile);
                }
                return error;
            };
            const ChirpStackError error
                = client->readRecord(eui, withSession, &row.record, profileOf);
            SourceError fatal;
            if (error.ok()) {
                row.state = Row::Read;
            } else if (error.code == ChirpStackError::NotFound
                || (deviceMode && error.code == ChirpStackError::Unauthenticated)) {
                // Asked for by DevEUI: not there, or (a tenant key) not there for this key.
                row.state = Row::Failed;
                row.reason = ChirpStackErrors::sentence(error, eui.toUpper());
            } else {
                fatal = ChirpStackErrors::toSourceError(error, eui.toUpper());
                row.state = Row::Failed;
                row.reason = fatal.message;
            }
            if (shared->stopped)
                return;
            QMetaObject::invokeMethod(
                this, [this, generation, i, row, fatal] { onRowRead(generation, i, row, fatal); },
                Qt::QueuedConnection);
        });
    }
}

void ChirpStackDeviceSource::onRowRead(
    quint64 generation, int row, const Row &result, const SourceError &fatal)
{
    if (generation != m_generation || !m_active)
        return;
    if (fatal.isError()) {
        finishRead(fatal);
        return;
    }
    m_rows[row] = result;
    ++m_done;
    emit deviceRead(row);
    emit progress(m_done, deviceCount());
    if (m_done == deviceCount())
        finishRead(SourceError());
}

void ChirpStackDeviceSource::finishRead(const SourceError &fatal)
{
    m_active = false;
    m_shared->stopped = true;
    ++m_generation;
    emit readFinished(fatal);
}

void ChirpStackDeviceSource::stopReading()
{
    m_active = false;
    m_shared->stopped = true;
    ++m_generation;
}

void ChirpStackDeviceSource::abort()
{
    stopReading();
}

// --- Convert ---

std::shared_ptr<ConversionResult> ChirpStackDeviceSource::conversion(
    const ConversionOptions &options) const
{
    ChirpStackConverter::Options o;
    o.applicationId = targetApplicationId();
    o.joinEui = m_settings.joinEui;
    o.frequencyPlanId = m_settings.frequencyPlanId;
    o.exportSession = options.withSession;
    o.deviceIdFromName = m_settings.deviceIdFromName;
    o.exportVariables = m_settings.exportVariables;
    o.dropInvalidAttributes = options.dropInvalidAttributes;
    o.exportTime = options.exportTime;
    o.sessionKeyIdSource = options.sessionKeyIdSource;
    return std::make_shared<ConversionResult>(
        options, std::make_shared<ChirpStackRows>(m_rows, std::move(o), options.deviceIdMap));
}

void ChirpStackDeviceSource::updateConversion(ConversionResult &result, int row) const
{
    if (auto *rows = dynamic_cast<ChirpStackRows *>(result.rows()))
        rows->set(row, m_rows.at(row));
}

DeviceOutcome ChirpStackDeviceSource::notReadOutcome(int row, const ConversionOptions &) const
{
    DeviceOutcome outcome;
    outcome.v2DeviceId = m_rows.at(row).devEui;
    outcome.devEui = outcome.v2DeviceId.toUpper();
    outcome.status = OutcomeStatus::Skipped;
    outcome.reason = tr("stopped before this device was read from ChirpStack");
    return outcome;
}

#include "chirpstack/chirpstackclient.h"

#include "chirpstack.grpc.pb.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <chrono>
#include <grpcpp/grpcpp.h>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChirpStackClient)
};

std::string str(const QString &s)
{
    return s.toStdString();
}

QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

QMap<QString, QString> qmap(const google::protobuf::Map<std::string, std::string> &map)
{
    QMap<QString, QString> out;
    for (const auto &[key, value] : map)
        out.insert(qstr(key), qstr(value));
    return out;
}

void fromProto(const api::Device &in, ChirpStackDevice *out)
{
    out->devEui = qstr(in.dev_eui());
    out->joinEui = qstr(in.join_eui());
    out->name = qstr(in.name());
    out->description = qstr(in.description());
    out->applicationId = qstr(in.application_id());
    out->deviceProfileId = qstr(in.device_profile_id());
    out->skipFcntCheck = in.skip_fcnt_check();
    out->isDisabled = in.is_disabled();
    out->variables = qmap(in.variables());
    out->tags = qmap(in.tags());
}

void fromProto(const api::DeviceProfile &in, ChirpStackProfile *out)
{
    out->id = qstr(in.id());
    out->name = qstr(in.name());
    out->region = in.region();
    out->regionConfigId = qstr(in.region_config_id());
    out->macVersion = in.mac_version();
    out->regParamsRevision = in.reg_params_revision();
    out->codecRuntime = in.payload_codec_runtime();
    out->codecScript = qstr(in.payload_codec_script());
    out->deviceStatusReqInterval = in.device_status_req_interval();
    out->supportsOtaa = in.supports_otaa();
    out->supportsClassB = in.supports_class_b();
    out->supportsClassC = in.supports_class_c();
    out->classBTimeout = in.class_b_timeout();
    out->classBPingSlotPeriodicity = in.class_b_ping_slot_periodicity();
    out->classBPingSlotDr = in.class_b_ping_slot_dr();
    out->classBPingSlotFreq = in.class_b_ping_slot_freq();
    out->classCTimeout = in.class_c_timeout();
    out->abpRx1Delay = in.abp_rx1_delay();
    out->abpRx1DrOffset = in.abp_rx1_dr_offset();
    out->abpRx2Dr = in.abp_rx2_dr();
    out->abpRx2Freq = in.abp_rx2_freq();
    out->tags = qmap(in.tags());
}

bool looksLikeTls(const grpc::Status &status)
{
    const std::string &m = status.error_message();
    return m.find("ssl") != std::string::npos || m.find("SSL") != std::string::npos
        || m.find("handshake") != std::string::npos || m.find("TLS") != std::string::npos;
}

bool isUuid(const QString &text)
{
    static const QRegularExpression re(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return re.match(text).hasMatch();
}

} // namespace

QString ChirpStackConnection::target() const
{
    QString t = apiUrl.trimmed();
    for (const QString &scheme : { u"http://"_s, u"https://"_s }) {
        if (t.startsWith(scheme, Qt::CaseInsensitive))
            t = t.mid(scheme.size());
    }
    while (t.endsWith(u'/'))
        t.chop(1);
    return t;
}

bool ChirpStackConnection::plaintext() const
{
    return insecure || apiUrl.trimmed().startsWith(u"http://"_s, Qt::CaseInsensitive);
}

struct ChirpStackClient::Impl
{
    std::shared_ptr<grpc::Channel> channel;
    std::unique_ptr<api::TenantService::Stub> tenants;
    std::unique_ptr<api::ApplicationService::Stub> applications;
    std::unique_ptr<api::DeviceService::Stub> devices;
    std::unique_ptr<api::DeviceProfileService::Stub> profiles;
    ChirpStackError setupError; // e.g. an unreadable CA file: every call answers with it
};

ChirpStackClient::ChirpStackClient(ChirpStackConnection connection)
    : m_connection(std::move(connection))
    , d(std::make_unique<Impl>())
{
    std::shared_ptr<grpc::ChannelCredentials> credentials;
    if (m_connection.plaintext()) {
        credentials = grpc::InsecureChannelCredentials();
    } else {
        grpc::SslCredentialsOptions options;
        if (!m_connection.caCertPath.isEmpty()) {
            QFile file(m_connection.caCertPath);
            if (!file.open(QIODevice::ReadOnly)) {
                d->setupError.code = ChirpStackError::Unavailable;
                d->setupError.tls = true;
                d->setupError.message
                    = Text::tr("cannot read the CA file %1").arg(m_connection.caCertPath);
            }
            options.pem_root_certs = file.readAll().toStdString();
        }
        credentials = grpc::SslCredentials(options);
    }
    grpc::ChannelArguments args;
    args.SetMaxReceiveMessageSize(64 * 1024 * 1024);
    d->channel = grpc::CreateCustomChannel(str(m_connection.target()), credentials, args);
    d->tenants = api::TenantService::NewStub(d->channel);
    d->applications = api::ApplicationService::NewStub(d->channel);
    d->devices = api::DeviceService::NewStub(d->channel);
    d->profiles = api::DeviceProfileService::NewStub(d->channel);
}

ChirpStackClient::~ChirpStackClient() = default;

namespace {

// One unary call with metadata, deadline and the retries of a read.
template <typename Request, typename Response, typename Method>
ChirpStackError unary(ChirpStackClient *client, const ChirpStackConnection &connection,
    std::atomic<int> &requests, std::atomic<int> &retries, const ChirpStackError &setupError,
    const char *name, const QString &subject, Method method, const Request &request,
    Response *response, bool retry)
{
    if (!setupError.ok())
        return setupError;
    const std::string bearer = "Bearer " + connection.apiKey.toStdString();
    const int attempts = retry ? qMax(1, connection.maxAttempts) : 1;
    ChirpStackError error;
    error.method = QString::fromLatin1(name);
    for (int attempt = 1;; ++attempt) {
        grpc::ClientContext context;
        context.AddMetadata("authorization", bearer);
        context.set_deadline(
            std::chrono::system_clock::now() + std::chrono::milliseconds(connection.deadlineMs));
        QElapsedTimer timer;
        timer.start();
        ++requests;
        const grpc::Status status = method(&context, request, response);
        error.code = int(status.error_code());
        error.message = qstr(status.error_message());
        error.tls = status.error_code() == grpc::StatusCode::UNAVAILABLE && looksLikeTls(status);
        error.closedAtOnce = connection.plaintext()
            && status.error_code() == grpc::StatusCode::UNAVAILABLE
            && status.error_message().find("Socket closed") != std::string::npos;
        if (client->logLine) {
            static const char *const names[] = { "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT",
                "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED",
                "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE",
                "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED" };
            const QString code = error.code >= 0 && error.code <= 16
                ? QString::fromLatin1(names[error.code])
                : QString::number(error.code);
            client->logLine(
                u"gRPC %1 %2 → %3 (%4 ms)"_s.arg(error.method, subject, code).arg(timer.elapsed()));
        }
        if (error.ok() || !error.isTransient() || error.tls || attempt >= attempts)
            return error;
        ++retries;
        QThread::msleep(ulong(connection.retryBaseDelayMs) << (attempt - 1));
    }
}

} // namespace

#define CS_CALL(stub, rpc, name, subject, request, response, retry)                                \
    unary(                                                                                         \
        this, m_connection, m_requests, m_retries, d->setupError, name, subject,                   \
        [this](grpc::ClientContext *c, const auto &q, auto *r) { return d->stub->rpc(c, q, r); },  \
        request, response, retry)

ChirpStackError ChirpStackClient::listTenants(QList<Tenant> *tenants)
{
    tenants->clear();
    for (quint32 offset = 0;;) {
        api::ListTenantsRequest request;
        request.set_limit(quint32(m_connection.pageSize));
        request.set_offset(offset);
        api::ListTenantsResponse response;
        const ChirpStackError error
            = CS_CALL(tenants, List, "TenantService.List", QString(), request, &response, true);
        if (!error.ok())
            return error;
        for (const auto &t : response.result())
            tenants->append({ qstr(t.id()), qstr(t.name()) });
        offset += quint32(response.result_size());
        if (response.result_size() == 0 || offset >= response.total_count())
            return {};
    }
}

ChirpStackError ChirpStackClient::listApplications(
    const QString &tenantId, QList<Application> *applications)
{
    applications->clear();
    for (quint32 offset = 0;;) {
        api::ListApplicationsRequest request;
        request.set_limit(quint32(m_connection.pageSize));
        request.set_offset(offset);
        request.set_tenant_id(str(tenantId));
        api::ListApplicationsResponse response;
        const ChirpStackError error = CS_CALL(
            applications, List, "ApplicationService.List", tenantId, request, &response, true);
        if (!error.ok())
            return error;
        for (const auto &a : response.result())
            applications->append({ qstr(a.id()), qstr(a.name()), qstr(a.description()), tenantId });
        offset += quint32(response.result_size());
        if (response.result_size() == 0 || offset >= response.total_count())
            return {};
    }
}

ChirpStackError ChirpStackClient::getApplication(const QString &id, Application *application)
{
    api::GetApplicationRequest request;
    request.set_id(str(id));
    api::GetApplicationResponse response;
    const ChirpStackError error
        = CS_CALL(applications, Get, "ApplicationService.Get", id, request, &response, true);
    if (error.ok()) {
        const api::Application &a = response.application();
        *application = { qstr(a.id()), qstr(a.name()), qstr(a.description()), qstr(a.tenant_id()) };
    }
    return error;
}

ChirpStackError ChirpStackClient::findApplication(const QString &idOrName, Application *application)
{
    if (isUuid(idOrName))
        return getApplication(idOrName, application);
    QStringList tenantIds;
    if (!m_connection.tenantId.isEmpty()) {
        tenantIds << m_connection.tenantId;
    } else {
        QList<Tenant> tenants;
        const ChirpStackError error = listTenants(&tenants);
        if (!error.ok())
            return error; // a tenant key: UNAUTHENTICATED, the face asks for the tenant ID
        for (const Tenant &t : tenants)
            tenantIds << t.id;
    }
    for (const QString &tenantId : std::as_const(tenantIds)) {
        QList<Application> applications;
        const ChirpStackError error = listApplications(tenantId, &applications);
        if (!error.ok())
            return error;
        for (const Application &a : std::as_const(applications)) {
            if (a.name == idOrName) {
                *application = a;
                return {};
            }
        }
    }
    ChirpStackError notFound;
    notFound.code = ChirpStackError::NotFound;
    notFound.method = u"ApplicationService.List"_s;
    return notFound;
}

ChirpStackError ChirpStackClient::listDevices(
    const QString &applicationId, QList<DeviceEntry> *devices)
{
    devices->clear();
    for (quint32 offset = 0;;) {
        api::ListDevicesRequest request;
        request.set_limit(quint32(m_connection.pageSize));
        request.set_offset(offset);
        request.set_application_id(str(applicationId));
        request.set_order_by(api::ORDER_DEV_EUI); // the default (name) has no tie-break
        api::ListDevicesResponse response;
        const ChirpStackError error
            = CS_CALL(devices, List, "DeviceService.List", applicationId, request, &response, true);
        if (!error.ok())
            return error;
        for (const auto &e : response.result()) {
            devices->append({ qstr(e.dev_eui()), qstr(e.name()), qstr(e.description()),
                qstr(e.device_profile_id()), qstr(e.device_profile_name()) });
        }
        offset += quint32(response.result_size());
        if (response.result_size() == 0 || offset >= response.total_count())
            return {};
    }
}

ChirpStackError ChirpStackClient::getDevice(const QString &devEui, ChirpStackDevice *device)
{
    api::GetDeviceRequest request;
    request.set_dev_eui(str(devEui.toLower()));
    api::GetDeviceResponse response;
    const ChirpStackError error
        = CS_CALL(devices, Get, "DeviceService.Get", devEui, request, &response, true);
    if (error.ok())
        fromProto(response.device(), device);
    return error;
}

ChirpStackError ChirpStackClient::getDeviceProfile(const QString &id, ChirpStackProfile *profile)
{
    api::GetDeviceProfileRequest request;
    request.set_id(str(id));
    api::GetDeviceProfileResponse response;
    const ChirpStackError error
        = CS_CALL(profiles, Get, "DeviceProfileService.Get", id, request, &response, true);
    if (error.ok())
        fromProto(response.device_profile(), profile);
    return error;
}

ChirpStackError ChirpStackClient::getKeys(const QString &devEui, ChirpStackKeys *keys)
{
    api::GetDeviceKeysRequest request;
    request.set_dev_eui(str(devEui.toLower()));
    api::GetDeviceKeysResponse response;
    const ChirpStackError error
        = CS_CALL(devices, GetKeys, "DeviceService.GetKeys", devEui, request, &response, true);
    *keys = {};
    if (error.code == ChirpStackError::NotFound)
        return {}; // no keys: a state
    if (error.ok()) {
        const api::DeviceKeys &k = response.device_keys();
        keys->present = true;
        keys->nwkKey = qstr(k.nwk_key());
        keys->appKey = qstr(k.app_key());
        keys->genAppKey = qstr(k.gen_app_key());
    }
    return error;
}

ChirpStackError ChirpStackClient::getActivation(
    const QString &devEui, ChirpStackActivation *activation)
{
    api::GetDeviceActivationRequest request;
    request.set_dev_eui(str(devEui.toLower()));
    api::GetDeviceActivationResponse response;
    const ChirpStackError error = CS_CALL(
        devices, GetActivation, "DeviceService.GetActivation", devEui, request, &response, true);
    *activation = {};
    if (error.ok() && response.has_device_activation()) {
        const api::DeviceActivation &a = response.device_activation();
        activation->present = true;
        activation->devAddr = qstr(a.dev_addr());
        activation->appSKey = qstr(a.app_s_key());
        activation->nwkSEncKey = qstr(a.nwk_s_enc_key());
        activation->sNwkSIntKey = qstr(a.s_nwk_s_int_key());
        activation->fNwkSIntKey = qstr(a.f_nwk_s_int_key());
        activation->fCntUp = a.f_cnt_up();
        activation->nFCntDown = a.n_f_cnt_down();
        activation->aFCntDown = a.a_f_cnt_down();
        activation->joinServerContext = response.has_join_server_context();
    }
    return error;
}

ChirpStackError ChirpStackClient::readRecord(const QString &devEui, bool withSession,
    ChirpStackRecord *record,
    const std::function<ChirpStackError(const QString &, ChirpStackProfile *)> &profileOf)
{
    *record = {};
    ChirpStackError error = getDevice(devEui, &record->device);
    if (!error.ok())
        return error;
    error = profileOf ? profileOf(record->device.deviceProfileId, &record->profile)
                      : getDeviceProfile(record->device.deviceProfileId, &record->profile);
    if (!error.ok())
        return error;
    if (record->profile.supportsOtaa) {
        error = getKeys(devEui, &record->keys);
        if (!error.ok())
            return error;
    }
    if (withSession || !record->profile.supportsOtaa)
        error = getActivation(devEui, &record->activation);
    return error;
}

ChirpStackError ChirpStackClient::setDisabled(
    const QString &devEui, bool disabled, bool *wasDisabled)
{
    for (int attempt = 1;; ++attempt) {
        api::GetDeviceRequest get;
        get.set_dev_eui(str(devEui.toLower()));
        api::GetDeviceResponse current;
        ChirpStackError error
            = CS_CALL(devices, Get, "DeviceService.Get", devEui, get, &current, true);
        if (!error.ok())
            return error;
        if (wasDisabled && attempt == 1)
            *wasDisabled = current.device().is_disabled();
        if (current.device().is_disabled() == disabled)
            return {}; // already so (or an earlier Update took effect, its answer lost)
        api::UpdateDeviceRequest update;
        *update.mutable_device() = current.device(); // whole, unknown fields included
        update.mutable_device()->set_is_disabled(disabled);
        api::Empty empty;
        error = CS_CALL(devices, Update, "DeviceService.Update", devEui, update, &empty, false);
        if (error.ok() || !error.isTransient() || attempt >= qMax(1, m_connection.maxAttempts))
            return error;
        ++m_retries;
        QThread::msleep(ulong(m_connection.retryBaseDelayMs) << (attempt - 1));
    }
}

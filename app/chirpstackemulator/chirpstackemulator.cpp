#include "chirpstackemulator.h"

#include "chirpstack.grpc.pb.h"

#include <QFile>
#include <QThread>
#include <grpcpp/grpcpp.h>
#include <map>
#include <mutex>
#include <set>

const char *const ChirpStackEmulator::adminKey = "cs-admin-key";
const char *const ChirpStackEmulator::tenantKey = "cs-tenant-key";
const char *const ChirpStackEmulator::readOnlyKey = "cs-readonly-key";
const char *const ChirpStackEmulator::otherTenantKey = "cs-other-tenant-key";
const char *const ChirpStackEmulator::demoTenantId = "52f14cd4-c6f1-4fbd-8f87-4025e1d49242";
const char *const ChirpStackEmulator::demoApplicationId = "a1b2c3d4-0000-4000-8000-000000000001";
const char *const ChirpStackEmulator::demoApplicationName = "demo-app";

namespace {

const char *const kOtherTenantId = "52f14cd4-c6f1-4fbd-8f87-4025e1d49243";
const char *const kOtherApplicationId = "a1b2c3d4-0000-4000-8000-000000000002";

struct Key
{
    bool admin = false;
    std::string tenantId;
    bool readOnly = false;
};

bool isHex(const std::string &s, size_t length)
{
    if (s.size() != length)
        return false;
    for (char c : s) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
    }
    return true;
}

std::string lower(std::string s)
{
    for (char &c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string hex(uint64_t value, int digits)
{
    static const char *digitsOf = "0123456789abcdef";
    std::string out(size_t(digits), '0');
    for (int i = digits - 1; i >= 0; --i, value >>= 4)
        out[size_t(i)] = digitsOf[value & 0xf];
    return out;
}

std::string key128(uint64_t seed)
{
    return hex(seed * 0x9e3779b97f4a7c15ull, 16) + hex(seed ^ 0xa5a5a5a5a5a5a5a5ull, 16);
}

const grpc::Status kUnauthenticated(grpc::StatusCode::UNAUTHENTICATED, "");

} // namespace

struct ChirpStackEmulator::State
{
    mutable std::mutex mutex;
    std::map<std::string, Key> keys;
    std::map<std::string, std::string> tenants; // id → name
    std::map<std::string, api::Application> applications;
    std::map<std::string, api::DeviceProfile> profiles;
    std::map<std::string, api::Device> devices; // by DevEUI (lowercase): the primary key
    std::map<std::string, api::DeviceKeys> deviceKeys;
    std::map<std::string, api::DeviceActivation> activations;
    Faults faults;
    int calls = 0;
    bool updateAnswerLost = false;
    std::unique_ptr<grpc::Server> server;
    std::shared_ptr<void> services; // the four service objects the server calls
    int port = 0;
    int generated = 0;
    std::string tlsCertificate; // PEM; empty: plaintext
    std::string tlsKey;

    // Counts the call, applies the faults, finds the key. Holds no lock on return.
    grpc::Status enter(grpc::ServerContext *context, Key *key)
    {
        int delay = 0;
        {
            std::lock_guard lock(mutex);
            ++calls;
            delay = faults.delayMs;
            if (faults.unavailableEvery > 0 && calls % faults.unavailableEvery == 0)
                return { grpc::StatusCode::UNAVAILABLE, "injected fault" };
            const auto header = context->client_metadata().find("authorization");
            if (header == context->client_metadata().end())
                return kUnauthenticated;
            const std::string value(header->second.data(), header->second.size());
            const std::string prefix = "Bearer ";
            if (value.compare(0, prefix.size(), prefix) != 0)
                return kUnauthenticated;
            const auto it = keys.find(value.substr(prefix.size()));
            if (it == keys.end())
                return kUnauthenticated;
            *key = it->second;
        }
        if (delay > 0)
            QThread::msleep(ulong(delay));
        return grpc::Status::OK;
    }

    // Access to an object of `tenantId` (empty: it does not exist). With lock held.
    static grpc::Status access(const Key &key, const std::string &tenantId, const std::string &id)
    {
        if (!key.admin && (tenantId.empty() || tenantId != key.tenantId))
            return kUnauthenticated;
        if (tenantId.empty())
            return { grpc::StatusCode::NOT_FOUND, "Object does not exist (id: " + id + ")" };
        return grpc::Status::OK;
    }

    std::string tenantOfDevice(const std::string &devEui) const
    {
        const auto d = devices.find(devEui);
        if (d == devices.end())
            return {};
        const auto a = applications.find(d->second.application_id());
        return a == applications.end() ? std::string() : a->second.tenant_id();
    }

    // Validates the DevEUI, checks access to its device; with lock held.
    grpc::Status deviceAccess(const Key &key, const std::string &devEui) const
    {
        if (!isHex(devEui, 16))
            return { grpc::StatusCode::INTERNAL, "Invalid EUI64" };
        return access(key, tenantOfDevice(lower(devEui)), lower(devEui));
    }

    // The Get of a record a tenant owns (an application, a device profile): the key, the
    // tenant, then a copy of the record.
    template <typename Record>
    grpc::Status getOwned(grpc::ServerContext *context,
        const std::map<std::string, Record> &records, const std::string &id, Record *out)
    {
        Key key;
        if (auto st = enter(context, &key); !st.ok())
            return st;
        std::lock_guard lock(mutex);
        const auto it = records.find(id);
        if (auto st = access(key, it == records.end() ? "" : it->second.tenant_id(), id); !st.ok())
            return st;
        *out = it->second;
        return grpc::Status::OK;
    }

    // The start of every per-device call: the key, then (under `lock`, which the caller keeps)
    // access to the device.
    grpc::Status enterDevice(grpc::ServerContext *context, const std::string &devEui,
        std::unique_lock<std::mutex> *lock, Key *key)
    {
        if (auto st = enter(context, key); !st.ok())
            return st;
        *lock = std::unique_lock(mutex);
        return deviceAccess(*key, devEui);
    }
};

namespace {

// A gRPC service of the emulator: every one serves from the same state.
template <typename Service> class Serving : public Service
{
public:
    explicit Serving(ChirpStackEmulator::State *s)
        : m(s)
    {
    }

protected:
    ChirpStackEmulator::State *m;
};

class TenantService final : public Serving<api::TenantService::Service>
{
public:
    using Serving::Serving;
    grpc::Status List(grpc::ServerContext *c, const api::ListTenantsRequest *q,
        api::ListTenantsResponse *r) override
    {
        Key key;
        if (auto st = m->enter(c, &key); !st.ok())
            return st;
        if (!key.admin)
            return kUnauthenticated;
        std::lock_guard lock(m->mutex);
        r->set_total_count(uint32_t(m->tenants.size()));
        uint32_t i = 0;
        for (const auto &[id, name] : m->tenants) {
            if (i++ < q->offset() || uint32_t(r->result_size()) >= q->limit())
                continue;
            auto *t = r->add_result();
            t->set_id(id);
            t->set_name(name);
        }
        return grpc::Status::OK;
    }
};

class ApplicationService final : public Serving<api::ApplicationService::Service>
{
public:
    using Serving::Serving;
    grpc::Status Get(grpc::ServerContext *c, const api::GetApplicationRequest *q,
        api::GetApplicationResponse *r) override
    {
        return m->getOwned(c, m->applications, q->id(), r->mutable_application());
    }
    grpc::Status List(grpc::ServerContext *c, const api::ListApplicationsRequest *q,
        api::ListApplicationsResponse *r) override
    {
        Key key;
        if (auto st = m->enter(c, &key); !st.ok())
            return st;
        if (q->tenant_id().empty())
            return { grpc::StatusCode::INVALID_ARGUMENT, "tenant_id expected" };
        if (!key.admin && key.tenantId != q->tenant_id())
            return kUnauthenticated;
        std::lock_guard lock(m->mutex);
        uint32_t total = 0;
        for (const auto &[id, a] : m->applications) {
            if (a.tenant_id() != q->tenant_id())
                continue;
            if (total++ < q->offset() || uint32_t(r->result_size()) >= q->limit())
                continue;
            auto *item = r->add_result();
            item->set_id(a.id());
            item->set_name(a.name());
            item->set_description(a.description());
        }
        r->set_total_count(total);
        return grpc::Status::OK;
    }
};

class DeviceService final : public Serving<api::DeviceService::Service>
{
public:
    using Serving::Serving;
    grpc::Status Get(
        grpc::ServerContext *c, const api::GetDeviceRequest *q, api::GetDeviceResponse *r) override
    {
        Key key;
        std::unique_lock<std::mutex> lock;
        if (auto st = m->enterDevice(c, q->dev_eui(), &lock, &key); !st.ok())
            return st;
        *r->mutable_device() = m->devices.at(lower(q->dev_eui()));
        return grpc::Status::OK;
    }
    grpc::Status Update(
        grpc::ServerContext *c, const api::UpdateDeviceRequest *q, api::Empty *) override
    {
        Key key;
        if (auto st = m->enter(c, &key); !st.ok())
            return st;
        if (key.readOnly)
            return kUnauthenticated;
        std::lock_guard lock(m->mutex);
        const api::Device &d = q->device();
        if (auto st = m->deviceAccess(key, d.dev_eui()); !st.ok())
            return st;
        if (d.application_id().empty() || d.name().empty())
            return { grpc::StatusCode::INVALID_ARGUMENT, "application_id and name expected" };
        m->devices[lower(d.dev_eui())] = d; // overwrites every field, as ChirpStack does
        if (m->faults.loseFirstUpdateAnswer && !m->updateAnswerLost) {
            m->updateAnswerLost = true;
            return { grpc::StatusCode::UNAVAILABLE, "connection reset (injected)" };
        }
        return grpc::Status::OK;
    }
    grpc::Status List(grpc::ServerContext *c, const api::ListDevicesRequest *q,
        api::ListDevicesResponse *r) override
    {
        Key key;
        if (auto st = m->enter(c, &key); !st.ok())
            return st;
        std::lock_guard lock(m->mutex);
        const auto app = m->applications.find(q->application_id());
        const std::string tenant = app == m->applications.end() ? "" : app->second.tenant_id();
        if (!key.admin && tenant != key.tenantId)
            return kUnauthenticated;
        // Ordered by DevEUI (the map's order); ORDER_NAME would need a tie-break.
        uint32_t total = 0;
        for (const auto &[eui, d] : m->devices) {
            if (d.application_id() != q->application_id())
                continue;
            if (total++ < q->offset() || uint32_t(r->result_size()) >= q->limit())
                continue;
            auto *item = r->add_result();
            item->set_dev_eui(eui);
            item->set_name(d.name());
            item->set_description(d.description());
            item->set_device_profile_id(d.device_profile_id());
            const auto p = m->profiles.find(d.device_profile_id());
            if (p != m->profiles.end())
                item->set_device_profile_name(p->second.name());
            *item->mutable_tags() = d.tags();
        }
        r->set_total_count(total);
        return grpc::Status::OK;
    }
    grpc::Status GetKeys(grpc::ServerContext *c, const api::GetDeviceKeysRequest *q,
        api::GetDeviceKeysResponse *r) override
    {
        Key key;
        std::unique_lock<std::mutex> lock;
        if (auto st = m->enterDevice(c, q->dev_eui(), &lock, &key); !st.ok())
            return st;
        const auto it = m->deviceKeys.find(lower(q->dev_eui()));
        if (it == m->deviceKeys.end())
            return { grpc::StatusCode::NOT_FOUND,
                "Object does not exist (id: " + lower(q->dev_eui()) + ")" };
        *r->mutable_device_keys() = it->second;
        return grpc::Status::OK;
    }
    grpc::Status GetActivation(grpc::ServerContext *c, const api::GetDeviceActivationRequest *q,
        api::GetDeviceActivationResponse *r) override
    {
        Key key;
        std::unique_lock<std::mutex> lock;
        if (auto st = m->enterDevice(c, q->dev_eui(), &lock, &key); !st.ok())
            return st;
        const auto it = m->activations.find(lower(q->dev_eui()));
        if (it != m->activations.end()) // no session: OK without device_activation
            *r->mutable_device_activation() = it->second;
        return grpc::Status::OK;
    }
};

class DeviceProfileService final : public Serving<api::DeviceProfileService::Service>
{
public:
    using Serving::Serving;
    grpc::Status Get(grpc::ServerContext *c, const api::GetDeviceProfileRequest *q,
        api::GetDeviceProfileResponse *r) override
    {
        return m->getOwned(c, m->profiles, q->id(), r->mutable_device_profile());
    }
};

struct Services
{
    TenantService tenants;
    ApplicationService applications;
    DeviceService devices;
    DeviceProfileService profiles;
    explicit Services(ChirpStackEmulator::State *s)
        : tenants(s)
        , applications(s)
        , devices(s)
        , profiles(s)
    {
    }
};

} // namespace

ChirpStackEmulator::ChirpStackEmulator()
    : m_state(std::make_shared<State>())
{
    m_state->keys[adminKey] = { true, {}, false };
    m_state->keys[tenantKey] = { false, demoTenantId, false };
    m_state->keys[readOnlyKey] = { false, demoTenantId, true };
    m_state->keys[otherTenantKey] = { false, kOtherTenantId, false };
}

ChirpStackEmulator::~ChirpStackEmulator()
{
    stop();
}

void ChirpStackEmulator::loadDemo()
{
    State &s = *m_state;
    std::lock_guard lock(s.mutex);
    s.tenants[demoTenantId] = "Demo tenant";
    s.tenants[kOtherTenantId] = "Other tenant";
    api::Application app;
    app.set_id(demoApplicationId);
    app.set_name(demoApplicationName);
    app.set_description("Sensors of the demo");
    app.set_tenant_id(demoTenantId);
    s.applications[app.id()] = app;
    api::Application other;
    other.set_id(kOtherApplicationId);
    other.set_name("other-app");
    other.set_tenant_id(kOtherTenantId);
    s.applications[other.id()] = other;

    auto profile = [&s](const char *id, const char *name, api::Region region, api::MacVersion mac,
                       api::RegParamsRevision rev, bool otaa) {
        api::DeviceProfile p;
        p.set_id(id);
        p.set_tenant_id(demoTenantId);
        p.set_name(name);
        p.set_region(region);
        p.set_mac_version(mac);
        p.set_reg_params_revision(rev);
        p.set_supports_otaa(otaa);
        p.set_device_status_req_interval(1);
        return &(s.profiles[id] = p);
    };
    api::DeviceProfile *eu103 = profile("d0000000-0000-4000-8000-000000000001", "EU868 1.0.3 OTAA",
        api::REGION_EU868, api::MAC_1_0_3, api::RP_A, true);
    eu103->set_payload_codec_runtime(api::CODEC_JS);
    eu103->set_payload_codec_script(
        "function decodeUplink(input) { return { data: { temperature: input.bytes[0] } }; }\n");
    api::DeviceProfile *eu104 = profile("d0000000-0000-4000-8000-000000000002",
        "EU868 1.0.4 RP002 class C", api::REGION_EU868, api::MAC_1_0_4, api::RP_RP002_1_0_3, true);
    eu104->set_supports_class_c(true);
    eu104->set_class_c_timeout(5);
    api::DeviceProfile *us11 = profile("d0000000-0000-4000-8000-000000000003", "US915 1.1 class B",
        api::REGION_US915, api::MAC_1_1_0, api::RP_B, true);
    us11->set_region_config_id("us915_1");
    us11->set_supports_class_b(true);
    us11->set_class_b_ping_slot_periodicity(3);
    us11->set_class_b_ping_slot_dr(8);
    us11->set_class_b_ping_slot_freq(923300000);
    us11->set_class_b_timeout(30);
    api::DeviceProfile *abp = profile("d0000000-0000-4000-8000-000000000004", "EU868 1.0.2 ABP",
        api::REGION_EU868, api::MAC_1_0_2, api::RP_B, false);
    abp->set_abp_rx1_delay(1);
    abp->set_abp_rx2_dr(0);
    abp->set_abp_rx2_freq(869525000);

    auto device = [&s](uint64_t n, const char *name, const api::DeviceProfile *p) {
        api::Device d;
        d.set_dev_eui(hex(0x70b3d57ed0000000ull + n, 16));
        d.set_name(name);
        d.set_application_id(demoApplicationId);
        d.set_device_profile_id(p->id());
        d.set_join_eui(p->supports_otaa() ? hex(0x70b3d57ed00000aaull, 16) : hex(0, 16));
        return &(s.devices[d.dev_eui()] = d);
    };
    auto keys = [&s](const api::Device *d, uint64_t n, bool v11) {
        api::DeviceKeys k;
        k.set_dev_eui(d->dev_eui());
        k.set_nwk_key(key128(n));
        k.set_app_key(v11 ? key128(n + 1000) : hex(0, 32));
        s.deviceKeys[d->dev_eui()] = k;
    };
    auto session = [&s](const api::Device *d, uint64_t n, uint32_t fCntUp, uint32_t nFCntDown) {
        api::DeviceActivation a;
        a.set_dev_eui(d->dev_eui());
        a.set_dev_addr(hex(0x260b0000u + n, 8));
        a.set_app_s_key(key128(n + 2000));
        a.set_nwk_s_enc_key(key128(n + 3000));
        a.set_s_nwk_s_int_key(key128(n + 3000));
        a.set_f_nwk_s_int_key(key128(n + 3000));
        a.set_f_cnt_up(fCntUp);
        a.set_n_f_cnt_down(nFCntDown);
        s.activations[d->dev_eui()] = a;
    };

    api::Device *d = device(1, "Kitchen temperature", eu103);
    (*d->mutable_tags())["room"] = "kitchen";
    (*d->mutable_variables())["api_token"] = "s3cret-variable";
    keys(d, 1, false);
    session(d, 1, 42, 3);
    d = device(2, "Hall temperature", eu103);
    d->set_join_eui(hex(0, 16)); // no JoinEUI in ChirpStack: --chirpstack.join-eui or zeros
    keys(d, 2, false);
    d = device(3, "Street light", eu104);
    keys(d, 3, false);
    d = device(4, "Water meter", us11);
    keys(d, 4, true);
    d = device(5, "Old counter (disabled)", eu103);
    d->set_is_disabled(true);
    keys(d, 5, false);
    d = device(6, "Never provisioned", eu103); // OTAA without keys
    d = device(7, "Parking sensor ABP", abp);
    d->set_skip_fcnt_check(true);
    session(d, 7, 100, 10);
    d = device(8, "ABP never activated", abp);
    d = device(9, "Tagged badly", eu103);
    (*d->mutable_tags())["x"] = "too short a key";
    keys(d, 9, false);
}

void ChirpStackEmulator::addOtaaDevices(int count)
{
    State &s = *m_state;
    std::lock_guard lock(s.mutex);
    const std::string profileId = "d0000000-0000-4000-8000-000000000001";
    for (int i = 0; i < count; ++i) {
        const uint64_t n = 0x10000 + uint64_t(s.generated++);
        api::Device d;
        d.set_dev_eui(hex(0x70b3d57ed1000000ull + n, 16));
        d.set_name("bulk " + std::to_string(n));
        d.set_application_id(demoApplicationId);
        d.set_device_profile_id(profileId);
        d.set_join_eui(hex(0x70b3d57ed00000aaull, 16));
        api::DeviceKeys k;
        k.set_dev_eui(d.dev_eui());
        k.set_nwk_key(key128(n));
        k.set_app_key(hex(0, 32));
        s.deviceKeys[d.dev_eui()] = k;
        s.devices[d.dev_eui()] = d;
    }
}

void ChirpStackEmulator::setFaults(const Faults &faults)
{
    std::lock_guard lock(m_state->mutex);
    m_state->faults = faults;
}

bool ChirpStackEmulator::useTls(const QString &certificatePath, const QString &keyPath)
{
    QFile certificate(certificatePath);
    QFile key(keyPath);
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    m_state->tlsCertificate = certificate.readAll().toStdString();
    m_state->tlsKey = key.readAll().toStdString();
    return true;
}

bool ChirpStackEmulator::start(int port, QString *error)
{
    auto services = std::make_unique<Services>(m_state.get());
    grpc::ServerBuilder builder;
    int selected = 0;
    std::shared_ptr<grpc::ServerCredentials> credentials = grpc::InsecureServerCredentials();
    if (!m_state->tlsCertificate.empty()) {
        grpc::SslServerCredentialsOptions options;
        options.pem_key_cert_pairs.push_back({ m_state->tlsKey, m_state->tlsCertificate });
        credentials = grpc::SslServerCredentials(options);
    }
    builder.AddListeningPort("127.0.0.1:" + std::to_string(port), credentials, &selected);
    builder.RegisterService(&services->tenants);
    builder.RegisterService(&services->applications);
    builder.RegisterService(&services->devices);
    builder.RegisterService(&services->profiles);
    m_state->server = builder.BuildAndStart();
    if (!m_state->server || selected == 0) {
        m_state->server.reset();
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
        return false;
    }
    m_state->port = selected;
    m_state->services = std::move(services);
    return true;
}

void ChirpStackEmulator::stop()
{
    if (m_state->server) {
        m_state->server->Shutdown();
        m_state->server->Wait();
        m_state->server.reset();
    }
    m_state->services.reset();
}

int ChirpStackEmulator::port() const
{
    return m_state->port;
}

QString ChirpStackEmulator::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_state->port);
}

int ChirpStackEmulator::callCount() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->calls;
}

bool ChirpStackEmulator::isDisabled(const QString &devEui) const
{
    std::lock_guard lock(m_state->mutex);
    const auto it = m_state->devices.find(lower(devEui.toStdString()));
    return it != m_state->devices.end() && it->second.is_disabled();
}

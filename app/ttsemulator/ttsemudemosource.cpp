#include "ttsemudemosource.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ttsemu {

namespace {

QString hex(quint64 value, int digits)
{
    return u"%1"_s.arg(value, digits, 16, QLatin1Char('0')).toUpper();
}

QJsonObject key(const QString &hexKey)
{
    return { { u"key"_s, hexKey } };
}

// A key that differs per device and per purpose, never zero.
QString deviceKey(int n, int purpose)
{
    return hex(0xA1B2C3D4ull + quint64(purpose), 8) + hex(quint64(n) * 7919u + 1u, 8)
        + hex(0x5EEDull + quint64(purpose) * 31u, 8) + hex(quint64(n) + 1u, 8);
}

enum class Kind { Otaa103, Otaa11, Abp, External };

struct Spec
{
    int n = 0;
    Kind kind = Kind::Otaa103;
    bool classB = false;
    bool classC = false;
    bool joined = true;
    bool formatter = false;
};

QString deviceIdOf(const Spec &s)
{
    switch (s.kind) {
    case Kind::Otaa11:
        return u"meter-%1"_s.arg(s.n, 3, 10, QLatin1Char('0'));
    case Kind::Abp:
        return u"abp-node-%1"_s.arg(s.n, 3, 10, QLatin1Char('0'));
    case Kind::External:
        return u"claimed-tracker-%1"_s.arg(s.n, 3, 10, QLatin1Char('0'));
    case Kind::Otaa103:
        break;
    }
    return s.classC ? u"streetlight-%1"_s.arg(s.n, 3, 10, QLatin1Char('0'))
        : s.classB  ? u"beacon-tag-%1"_s.arg(s.n, 3, 10, QLatin1Char('0'))
                    : u"soil-sensor-%1"_s.arg(s.n, 3, 10, QLatin1Char('0'));
}

DemoSourceDevice build(const Spec &s, const QString &host)
{
    const bool otaa = s.kind != Kind::Abp;
    const QString id = deviceIdOf(s);
    QJsonObject ids {
        { u"device_id"_s, id }, { u"dev_eui"_s, hex(0x70B3D57ED0050000ull + quint64(s.n), 16) },
        { u"join_eui"_s, s.kind == Kind::External ? u"0016C001FF000001"_s : u"70B3D57ED0001000"_s }
    };
    DemoSourceDevice d;

    QJsonObject is { { u"ids"_s, ids }, { u"name"_s, u"Demo device %1"_s.arg(s.n) },
        { u"network_server_address"_s, host }, { u"application_server_address"_s, host } };
    if (otaa) {
        is.insert(u"join_server_address"_s,
            s.kind == Kind::External ? DemoSource::externalJoinServer() : host);
    }
    if (s.n % 3 == 0)
        is.insert(u"description"_s, u"Field %1, row %2"_s.arg(s.n % 7 + 1).arg(s.n % 5 + 1));
    is.insert(u"attributes"_s,
        QJsonObject { { u"site"_s, s.n % 2 ? u"north-farm"_s : u"south-farm"_s },
            { u"installed"_s, u"2023-%1-01"_s.arg(s.n % 12 + 1, 2, 10, QLatin1Char('0')) } });
    if (s.n % 2 == 0) {
        is.insert(u"locations"_s,
            QJsonObject { { u"user"_s,
                QJsonObject { { u"latitude"_s, 52.37 + s.n * 0.001 },
                    { u"longitude"_s, 4.89 + s.n * 0.001 }, { u"altitude"_s, 2 + s.n % 10 },
                    { u"source"_s, u"SOURCE_REGISTRY"_s } } } });
    }
    if (s.n % 5 == 0)
        is.insert(u"serial_number"_s, u"SN-%1"_s.arg(100000 + s.n));
    if (s.n % 4 == 1) {
        is.insert(u"version_ids"_s,
            QJsonObject { { u"brand_id"_s, u"the-things-industries"_s },
                { u"model_id"_s, u"generic-node-sensor-edition"_s },
                { u"hardware_version"_s, u"1.0"_s }, { u"firmware_version"_s, u"1.0"_s },
                { u"band_id"_s, u"EU_863_870"_s } });
    }
    d.identity = is;

    const bool v11 = s.kind == Kind::Otaa11;
    QJsonObject ns { { u"ids"_s, ids }, { u"frequency_plan_id"_s, u"EU_863_870_TTN"_s },
        { u"lorawan_version"_s, v11 ? u"MAC_V1_1"_s : (otaa ? u"MAC_V1_0_3"_s : u"MAC_V1_0_2"_s) },
        { u"lorawan_phy_version"_s,
            v11 ? u"PHY_V1_1_REV_B"_s : (otaa ? u"PHY_V1_0_3_REV_A"_s : u"PHY_V1_0_2_REV_B"_s) },
        { u"supports_join"_s, otaa } };
    if (s.classB)
        ns.insert(u"supports_class_b"_s, true);
    if (s.classC)
        ns.insert(u"supports_class_c"_s, true);
    QJsonObject mac { { u"supports_32_bit_f_cnt"_s, true } };
    if (!otaa) {
        mac.insert(u"resets_f_cnt"_s, true);
    }
    if (s.classB) // TTS refuses a class B device without it
        mac.insert(u"ping_slot_periodicity"_s, QJsonObject { { u"value"_s, u"PING_EVERY_8S"_s } });
    if (s.classC)
        mac.insert(u"class_c_timeout"_s, u"120s"_s);
    if (s.n % 5 == 0)
        mac.insert(u"adr_margin"_s, 12);
    ns.insert(u"mac_settings"_s, mac);

    QJsonObject as { { u"ids"_s, ids } };
    if (s.formatter) {
        as.insert(u"formatters"_s,
            QJsonObject { { u"up_formatter"_s, u"FORMATTER_JAVASCRIPT"_s },
                { u"up_formatter_parameter"_s,
                    u"function decodeUplink(input) { return { data: { level: input.bytes[0] } }; }"_s } });
    }

    const bool session = s.joined && s.kind != Kind::External;
    if (session) {
        const QString devAddr = hex(0x260B0000u + quint32(s.n), 8);
        QJsonObject nsKeys { { u"f_nwk_s_int_key"_s, key(deviceKey(s.n, 1)) } };
        if (v11) {
            nsKeys.insert(u"s_nwk_s_int_key"_s, key(deviceKey(s.n, 2)));
            nsKeys.insert(u"nwk_s_enc_key"_s, key(deviceKey(s.n, 3)));
        }
        QJsonObject asKeys { { u"app_s_key"_s, key(deviceKey(s.n, 4)) } };
        if (otaa) {
            // 16 bytes, base64, as TTS writes bytes.
            const QByteArray keyId = QByteArray::fromHex(deviceKey(s.n, 5).toLatin1()).toBase64();
            nsKeys.insert(u"session_key_id"_s, QString::fromLatin1(keyId));
            asKeys.insert(u"session_key_id"_s, QString::fromLatin1(keyId));
        }
        ns.insert(u"session"_s,
            QJsonObject { { u"dev_addr"_s, devAddr }, { u"keys"_s, nsKeys },
                { u"last_f_cnt_up"_s, 100 + s.n }, { u"last_n_f_cnt_down"_s, s.n % 9 },
                { u"started_at"_s,
                    u"2024-06-01T08:%1:00.123456Z"_s.arg(s.n % 60, 2, 10, QLatin1Char('0')) } });
        ns.insert(u"mac_state"_s,
            QJsonObject { { u"lorawan_version"_s, ns.value(u"lorawan_version"_s) },
                { u"device_class"_s, s.classC ? u"CLASS_C"_s : u"CLASS_A"_s } });
        as.insert(u"session"_s,
            QJsonObject { { u"dev_addr"_s, devAddr }, { u"keys"_s, asKeys },
                { u"last_a_f_cnt_down"_s, s.n % 4 } });
        QJsonObject isIds = ids;
        isIds.insert(u"dev_addr"_s, devAddr);
        d.identity.insert(u"ids"_s, isIds);
    }
    d.network = ns;
    d.application = as;

    if (otaa && s.kind != Kind::External) {
        QJsonObject rootKeys { { u"app_key"_s, key(deviceKey(s.n, 6)) } };
        if (v11)
            rootKeys.insert(u"nwk_key"_s, key(deviceKey(s.n, 7)));
        d.join = QJsonObject { { u"ids"_s, ids }, { u"root_keys"_s, rootKeys },
            { u"network_server_address"_s, host }, { u"application_server_address"_s, host } };
        if (v11)
            d.join.insert(u"resets_join_nonces"_s, false);
    }
    return d;
}

} // namespace

QString DemoSource::externalJoinServer()
{
    return u"joinserver.external-claiming.example"_s;
}

QJsonObject DemoSource::applicationLink()
{
    const QString up = u"function decodeUplink(input) {\n"
                       "  var b = input.bytes;\n"
                       "  if (b.length < 3) return { errors: ['expected 3 bytes'] };\n"
                       "  return { data: { temperature: ((b[0] << 8) | b[1]) / 100,\n"
                       "                   humidity: b[2] / 2 } };\n"
                       "}\n"_s;
    const QString down = u"function encodeDownlink(input) {\n"
                         "  return { bytes: [input.data.interval & 0xff], fPort: 2 };\n"
                         "}\n"_s;
    return { { u"default_formatters"_s,
        QJsonObject { { u"up_formatter"_s, u"FORMATTER_JAVASCRIPT"_s },
            { u"up_formatter_parameter"_s, up }, { u"down_formatter"_s, u"FORMATTER_JAVASCRIPT"_s },
            { u"down_formatter_parameter"_s, down } } } };
}

QList<DemoSourceDevice> DemoSource::devices(const QString &serverHost)
{
    QList<Spec> specs;
    int n = 1;
    // 30 OTAA 1.0.3 sensors: every third with a formatter, five never joined.
    for (int i = 0; i < 30; ++i, ++n)
        specs.append({ n, Kind::Otaa103, false, false, i % 6 != 5, i % 3 == 0 });
    for (int i = 0; i < 6; ++i, ++n) // class B tags
        specs.append({ n, Kind::Otaa103, true, false, true, false });
    for (int i = 0; i < 6; ++i, ++n) // class C street lights, with formatters
        specs.append({ n, Kind::Otaa103, false, true, true, true });
    for (int i = 0; i < 8; ++i, ++n) // LoRaWAN 1.1 meters
        specs.append({ n, Kind::Otaa11, false, false, true, i % 2 == 0 });
    for (int i = 0; i < 5; ++i, ++n) // ABP nodes, always with a session
        specs.append({ n, Kind::Abp, false, false, true, false });
    specs.append({ n, Kind::External, false, false, false, false });

    QList<DemoSourceDevice> devices;
    for (const Spec &spec : std::as_const(specs))
        devices << build(spec, serverHost);
    return devices;
}

} // namespace ttsemu

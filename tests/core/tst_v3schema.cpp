#include "convert/deviceconverter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>
#include <functional>

using namespace Qt::StringLiterals;

// Every field the converter writes must exist in v3EndDevice of The Things Stack's API.
// The list of allowed paths is committed (tests/core/data/v3-end-device-fields.txt, made by
// gen-v3-end-device-fields.py from tts-api.swagger.json), so the test needs no external file.
namespace {

QSet<QString> loadAllowedPaths()
{
    QFile file(QStringLiteral(TTNMIG_SOURCE_DIR "/tests/core/data/v3-end-device-fields.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> paths;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            paths.insert(QString::fromUtf8(line.trimmed()));
    }
    return paths;
}

// Dotted paths of everything in `object`; keys under the maps attributes and locations are *.
void collectPaths(const QJsonObject &object, const QString &prefix, QSet<QString> &out)
{
    const bool isMap = prefix == u"attributes" || prefix == u"locations";
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString segment = isMap ? u"*"_s : it.key();
        const QString path = prefix.isEmpty() ? segment : prefix + u'.' + segment;
        out.insert(path);
        if (it.value().isObject())
            collectPaths(it.value().toObject(), path, out);
    }
}

V2Device everythingSet(bool otaa)
{
    V2Device d;
    d.appId = u"my_app"_s;
    d.devId = u"my_dev"_s;
    d.description = u"all fields"_s;
    d.latitude = 52.37;
    d.longitude = 4.88;
    d.altitude = 12;
    d.attributes = { { u"floor"_s, u"2"_s }, { u"Room_Name"_s, u"kitchen"_s } };
    d.appEui = u"70B3D57ED0000001"_s;
    d.devEui = u"0004A30B001C0530"_s;
    d.devAddr = u"26011234"_s;
    if (otaa)
        d.appKey = u"000102030405060708090A0B0C0D0E0F"_s;
    d.appSKey = u"101112131415161718191A1B1C1D1E1F"_s;
    d.nwkSKey = u"202122232425262728292A2B2C2D2E2F"_s;
    d.fCntUp = 7;
    d.fCntDown = 8;
    d.disableFCntCheck = true;
    d.uses32BitFCnt = true;
    return d;
}

// The same derivation as gen-v3-end-device-fields.py, for the optional cross-check.
QSet<QString> derivePaths(const QJsonObject &definitions)
{
    QSet<QString> paths;
    std::function<void(const QString &, QJsonObject, QSet<QString>)> walk;
    walk = [&](const QString &path, QJsonObject schema, QSet<QString> seen) {
        paths.insert(path);
        const QString ref = schema.value("$ref"_L1).toString();
        QString name;
        if (!ref.isEmpty()) {
            name = ref.section(u'/', -1);
            schema = definitions.value(name).toObject();
            if (seen.contains(name))
                return;
            seen.insert(name);
        }
        if (schema.value("type"_L1) == u"object"_s && schema.contains("additionalProperties"_L1))
            walk(path + u".*"_s, schema.value("additionalProperties"_L1).toObject(), seen);
        const QJsonObject properties = schema.value("properties"_L1).toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
            walk(path + u'.' + it.key(), it.value().toObject(), seen);
        if (schema.value("type"_L1) == u"array"_s && schema.contains("items"_L1))
            walk(path + u".[]"_s, schema.value("items"_L1).toObject(), seen);
    };
    const QJsonObject endDevice = definitions.value("v3EndDevice"_L1)["properties"_L1].toObject();
    for (const char *field : { "ids", "name", "description", "attributes", "locations",
             "lorawan_version", "lorawan_phy_version", "frequency_plan_id", "supports_join",
             "root_keys", "mac_settings", "session" }) {
        walk(QString::fromLatin1(field), endDevice.value(QLatin1StringView(field)).toObject(),
            QSet<QString> { u"v3EndDevice"_s });
    }
    return paths;
}

} // namespace

class TestV3Schema : public QObject
{
    Q_OBJECT

private slots:
    void everyWrittenFieldExistsInV3EndDevice_data()
    {
        QTest::addColumn<bool>("otaa");
        QTest::newRow("OTAA with session, everything set") << true;
        QTest::newRow("ABP with session, everything set") << false;
    }

    void everyWrittenFieldExistsInV3EndDevice()
    {
        QFETCH(bool, otaa);
        const QSet<QString> allowed = loadAllowedPaths();
        QVERIFY2(allowed.size() > 50, "tests/core/data/v3-end-device-fields.txt is missing");

        ConversionOptions options;
        options.frequencyPlanId = u"EU_863_870_TTN"_s;
        options.withSession = true;
        options.exportTime = QDateTime::currentDateTimeUtc();
        const DeviceOutcome outcome = DeviceConverter(options).convert(everythingSet(otaa));
        QCOMPARE(outcome.status, OutcomeStatus::Exported);
        QVERIFY(outcome.sessionExported);

        QSet<QString> written;
        collectPaths(QJsonDocument::fromJson(outcome.json).object(), QString(), written);
        QVERIFY(written.size() > 30);
        // The fully loaded device really exercises every group of fields.
        for (const QString &path : { u"attributes.*"_s, u"locations.*.altitude"_s,
                 u"mac_settings.rx1_delay"_s, u"mac_settings.supports_32_bit_f_cnt"_s,
                 u"session.keys.f_nwk_s_int_key.key"_s, u"session.started_at"_s })
            QVERIFY2(written.contains(path), qPrintable(path));
        QCOMPARE(written.contains(u"root_keys.app_key.key"_s), otaa);
        // OTAA sessions only: TTS refuses a session key ID on an ABP device.
        QCOMPARE(written.contains(u"session.keys.session_key_id"_s), otaa);
        for (const QString &path : std::as_const(written))
            QVERIFY2(allowed.contains(path), qPrintable(u"not a v3EndDevice field: "_s + path));
    }

    void committedListMatchesTheSwaggerFile()
    {
        QFile swagger(u"/work/shared/data/tts-api.swagger.json"_s);
        if (!swagger.open(QIODevice::ReadOnly))
            QSKIP("the TTS swagger file is not available on this machine");
        const QJsonObject definitions
            = QJsonDocument::fromJson(swagger.readAll()).object()["definitions"_L1].toObject();
        QVERIFY(!definitions.isEmpty());
        QCOMPARE(derivePaths(definitions), loadAllowedPaths());
    }
};

QTEST_GUILESS_MAIN(TestV3Schema)
#include "tst_v3schema.moc"

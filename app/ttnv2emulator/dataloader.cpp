#include "dataloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ttnv2emu {

namespace {

bool readApplication(const QJsonValue &value, int index, ApplicationSpec *app, QString *error)
{
    const QJsonObject json = value.toObject();
    app->appId = json.value("app_id"_L1).toString();
    if (!value.isObject() || app->appId.isEmpty()) {
        *error = u"applications[%1]: app_id missing"_s.arg(index);
        return false;
    }
    app->registered = json.value("registered"_L1).toBool(true);
    for (const char *field : { "payload_format", "decoder", "converter", "validator", "encoder" }) {
        const QString text = json.value(QLatin1String(field)).toString();
        if (!text.isEmpty())
            app->payloadFunctions.insert(QLatin1String(field), text);
    }
    const QJsonArray keys = json.value("access_keys"_L1).toArray();
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const QJsonObject keyJson = keys.at(k).toObject();
        AccessKeySpec spec;
        spec.key = keyJson.value("key"_L1).toString();
        if (spec.key.isEmpty()) {
            *error = u"applications[%1].access_keys[%2]: key missing"_s.arg(index).arg(k);
            return false;
        }
        const QJsonValue rights = keyJson.value("rights"_L1);
        if (rights.isArray()) {
            for (const QJsonValue &right : rights.toArray())
                spec.rights.append(right.toString());
        } else {
            spec.rights = QStringList { u"devices"_s, u"settings"_s };
        }
        app->accessKeys.append(spec);
    }
    const QJsonArray devices = json.value("devices"_L1).toArray();
    for (qsizetype d = 0; d < devices.size(); ++d) {
        if (!devices.at(d).isObject()) {
            *error = u"applications[%1].devices[%2]: not an object"_s.arg(index).arg(d);
            return false;
        }
        app->devices.append(devices.at(d).toObject());
    }
    return true;
}

} // namespace

bool parseEmulatorData(const QByteArray &json, EmulatorData *data, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"not a JSON object (%1 at offset %2)"_s.arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    const QJsonObject root = document.object();
    const QJsonArray applications = root.value("applications"_L1).toArray();
    for (qsizetype i = 0; i < applications.size(); ++i) {
        ApplicationSpec app;
        if (!readApplication(applications.at(i), static_cast<int>(i), &app, error))
            return false;
        data->applications.append(app);
    }
    const QJsonArray announcements = root.value("announcements"_L1).toArray();
    for (qsizetype i = 0; i < announcements.size(); ++i) {
        const QJsonObject entry = announcements.at(i).toObject();
        Announcement announcement;
        announcement.id = entry.value("id"_L1).toString();
        announcement.apiAddress = entry.value("api_address"_L1).toString();
        announcement.netAddress = entry.value("net_address"_L1).toString();
        announcement.description = entry.value("description"_L1).toString();
        for (const QJsonValue &appId : entry.value("app_ids"_L1).toArray())
            announcement.appIds.append(appId.toString());
        if (announcement.id.isEmpty()) {
            *error = u"announcements[%1]: id missing"_s.arg(i);
            return false;
        }
        data->announcements.append(announcement);
    }
    return true;
}

EmulatorData demoData()
{
    QFile file(u":/ttnv2emulator/demo-application.json"_s);
    EmulatorData data;
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !parseEmulatorData(file.readAll(), &data, &error))
        qFatal("ttnv2-emulator: the embedded demo data is broken");
    return data;
}

} // namespace ttnv2emu

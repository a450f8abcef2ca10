#include "appkey/appkeyplan.h"

#include "appkey/appkeys.h"
#include "convert/v3ids.h"
#include "util/localenumbers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
// lupdate reads the context from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AppKeyPlan)
};
} // namespace

AppKeyPlan AppKeyPlan::load(const QString &path, int expectedDeviceLines, AppKeySource source)
{
    return load(QStringList { path }, expectedDeviceLines, source);
}

AppKeyPlan AppKeyPlan::load(const QStringList &paths, int expectedDeviceLines, AppKeySource source)
{
    AppKeyPlan plan;
    plan.m_source = source;
    plan.m_paths = paths;
    if (paths.isEmpty()) {
        plan.m_error = Text::tr("no devices.json given");
        return plan;
    }
    for (plan.m_fileIndex = 0; plan.m_fileIndex < paths.size() && plan.ok(); ++plan.m_fileIndex)
        plan.readFile(paths.at(plan.m_fileIndex));
    if (!plan.ok()) {
        plan.m_devices.clear();
        return plan;
    }
    if (expectedDeviceLines >= 0 && plan.m_deviceLines != expectedDeviceLines) {
        const int lines = plan.m_deviceLines;
        if (source == AppKeySource::Tts) {
            plan.m_error = LocaleNumbers::withGroupedN(paths.size() == 1
                    ? Text::tr("%1 holds %n device(s), but the export wrote %2: nothing is "
                               "changed at the source",
                        nullptr, lines)
                    : Text::tr("%1 hold %n device(s), but the export wrote %2: nothing is "
                               "changed at the source",
                        nullptr, lines),
                lines)
                               .arg(plan.shownPaths(), LocaleNumbers::number(expectedDeviceLines));
            plan.m_devices.clear();
            return plan;
        }
        plan.m_error = LocaleNumbers::withGroupedN(paths.size() == 1
                ? Text::tr("%1 holds %n device(s), but the export wrote %2: nothing is changed "
                           "in TTN v2",
                    nullptr, lines)
                : Text::tr("%1 hold %n device(s), but the export wrote %2: nothing is changed "
                           "in TTN v2",
                    nullptr, lines),
            lines)
                           .arg(plan.shownPaths(), LocaleNumbers::number(expectedDeviceLines));
        plan.m_devices.clear();
    }
    return plan;
}

QString AppKeyPlan::shownPaths() const
{
    QStringList shown;
    for (const QString &path : m_paths)
        shown.append(QDir::toNativeSeparators(path));
    return shown.join(u", "_s);
}

bool AppKeyPlan::readFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = Text::tr("cannot read %1: %2").arg(shown, file.errorString());
        return false;
    }
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        m_error = Text::tr("cannot read %1: %2").arg(shown, file.errorString());
        return false;
    }
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < content.size() && ok()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        ++lineNumber;
        const QByteArray line = content.mid(start, end - start).trimmed();
        start = end + 1;
        if (!line.isEmpty())
            readLine(line, lineNumber);
    }
    if (!ok()) {
        m_error = shown + u": "_s + m_error;
        return false;
    }
    return true;
}

bool AppKeyPlan::readLine(const QByteArray &bytes, int lineNumber)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_error = Text::tr("line %1 is not a device (JSON object)").arg(lineNumber);
        return false;
    }
    ++m_deviceLines;
    const QJsonObject device = document.object();
    const QJsonObject ids = device.value("ids"_L1).toObject();
    const QString appId
        = ids.value("application_ids"_L1).toObject().value("application_id"_L1).toString();
    if (appId.isEmpty()) {
        m_error = Text::tr("line %1 has no ids.application_ids.application_id").arg(lineNumber);
        return false;
    }
    if (m_v3AppId.isEmpty()) {
        m_v3AppId = appId;
    } else if (appId != m_v3AppId) {
        m_error = Text::tr("line %1 belongs to application “%2”, earlier lines to “%3”")
                      .arg(lineNumber)
                      .arg(appId, m_v3AppId);
        return false;
    }
    if (!device.value("supports_join"_L1).toBool())
        return true; // ABP (session only): its v2 AppKey is not ours to change

    AppKeyPlanEntry entry;
    entry.line = lineNumber;
    const QJsonObject rootKeys = device.value("root_keys"_L1).toObject();
    entry.devEui = ids.value("dev_eui"_L1).toString().toUpper();
    entry.appKey = rootKeys.value("app_key"_L1).toObject().value("key"_L1).toString().toUpper();
    if (m_source == AppKeySource::Tts) {
        // The source's device ID, or the new one of a renamed device (found by DevEUI).
        entry.v2DeviceId = ids.value("device_id"_L1).toString();
        entry.nwkKey = rootKeys.value("nwk_key"_L1).toObject().value("key"_L1).toString().toUpper();
        if (!V3Ids::isValidId(entry.v2DeviceId)) {
            m_error = Text::tr("line %1: ids.device_id is not a device ID of The Things Stack")
                          .arg(lineNumber);
            return false;
        }
        if (!entry.nwkKey.isEmpty() && !AppKeys::isValid(entry.nwkKey)) {
            m_error = Text::tr("line %1 (%2): root_keys.nwk_key.key is not a 32-digit hex key")
                          .arg(lineNumber)
                          .arg(entry.v2DeviceId);
            return false;
        }
    } else {
        entry.v2DeviceId = device.value("name"_L1).toString();
        if (!V3Ids::isValidV2Id(entry.v2DeviceId)) {
            m_error = Text::tr("line %1: “name” is not a v2 device ID (it must hold the original "
                               "v2 dev_id, as this tool writes it)")
                          .arg(lineNumber);
            return false;
        }
    }
    if (!AppKeys::isValid(entry.appKey)) {
        m_error = Text::tr("line %1 (%2): root_keys.app_key.key is not a 32-digit hex AppKey")
                      .arg(lineNumber)
                      .arg(entry.v2DeviceId);
        return false;
    }
    const auto seen = m_lineOfDevice.constFind(entry.v2DeviceId);
    if (seen != m_lineOfDevice.constEnd()) {
        if (seen->first == m_fileIndex) {
            m_error = Text::tr("line %1: device %2 appears twice (first on line %3)")
                          .arg(lineNumber)
                          .arg(entry.v2DeviceId)
                          .arg(seen->second);
        } else {
            m_error = Text::tr("line %1: device %2 appears twice (first in %3, line %4)")
                          .arg(lineNumber)
                          .arg(entry.v2DeviceId, QDir::toNativeSeparators(m_paths.at(seen->first)))
                          .arg(seen->second);
        }
        return false;
    }
    m_lineOfDevice.insert(entry.v2DeviceId, { m_fileIndex, lineNumber });
    m_devices.append(entry);
    return true;
}

QString AppKeyPlan::applicationProblem(const QString &sourceAppId) const
{
    if (m_v3AppId.isEmpty()
        || m_v3AppId
            == (m_source == AppKeySource::Tts ? sourceAppId : V3Ids::normaliseId(sourceAppId)))
        return QString();
    return Text::tr("%1 was exported from application “%2”, not from “%3”")
        .arg(shownPaths(), m_v3AppId, sourceAppId);
}

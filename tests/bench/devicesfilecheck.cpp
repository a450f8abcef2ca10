#include "devicesfilecheck.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {
QString problemIn(const QJsonObject &device)
{
    const QJsonObject ids = device.value("ids"_L1).toObject();
    if (ids.value("device_id"_L1).toString().isEmpty())
        return u"no ids.device_id"_s;
    if (ids.value("dev_eui"_L1).toString().size() != 16)
        return u"ids.dev_eui is not 16 hex digits"_s;
    if (device.value("frequency_plan_id"_L1).toString().isEmpty())
        return u"no frequency_plan_id"_s;
    const bool otaa = device.value("supports_join"_L1).toBool();
    if (otaa
        && device.value("root_keys"_L1)
                .toObject()
                .value("app_key"_L1)
                .toObject()
                .value("key"_L1)
                .toString()
                .size()
            != 32)
        return u"OTAA device without a 32-digit root_keys.app_key.key"_s;
    if (!otaa && !device.contains("session"_L1))
        return u"ABP device without a session"_s;
    return {};
}
} // namespace

DevicesFileCheck DevicesFileCheck::read(const QString &path)
{
    DevicesFileCheck check;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        check.firstProblem = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return check;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.endsWith('\n')) {
            check.firstProblem = u"line %1 has no final newline"_s.arg(check.lines + 1);
        }
        if (line.trimmed().isEmpty())
            continue;
        ++check.lines;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QString problem = error.error != QJsonParseError::NoError ? error.errorString()
            : !document.isObject()                                ? u"not a JSON object"_s
                                                                  : problemIn(document.object());
        if (!problem.isEmpty()) {
            if (check.firstProblem.isEmpty())
                check.firstProblem = u"line %1: %2"_s.arg(check.lines).arg(problem);
            continue;
        }
        ++check.valid;
        const QJsonObject device = document.object();
        const QJsonObject session = device.value("session"_L1).toObject();
        if (!session.isEmpty()) {
            ++check.withSession;
            check.sessionCounters.insert(device.value("name"_L1).toString(),
                { session.value("last_f_cnt_up"_L1).toInteger(),
                    session.value("last_n_f_cnt_down"_L1).toInteger() });
        }
    }
    return check;
}

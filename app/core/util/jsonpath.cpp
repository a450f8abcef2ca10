#include "util/jsonpath.h"

#include <QStringList>

QJsonValue JsonPath::valueAt(const QJsonObject &object, const QString &path)
{
    const QStringList parts = path.split(u'.');
    QJsonValue value = object;
    for (const QString &part : parts) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(part);
    }
    return value;
}

QString JsonPath::stringAt(const QJsonObject &object, const QString &path)
{
    return valueAt(object, path).toString();
}

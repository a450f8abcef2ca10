#include "argumentnormalizer.h"

using namespace Qt::StringLiterals;

QStringList ArgumentNormalizer::normalize(const QStringList &arguments, const QList<CliFlag> &table)
{
    QStringList result;
    result.reserve(arguments.size());
    bool onlyPositionalsFollow = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i == 0 || onlyPositionalsFollow || !argument.startsWith(u'-') || argument == u"-") {
            result.append(argument);
            continue;
        }
        if (argument == u"--") {
            onlyPositionalsFollow = true;
            result.append(argument);
            continue;
        }
        const bool isLong = argument.startsWith(u"--"_s);
        const QString nameAndValue = argument.mid(isLong ? 2 : 1);
        const qsizetype equals = nameAndValue.indexOf(u'=');
        const QString name = equals < 0 ? nameAndValue : nameAndValue.left(equals);
        if (equals < 0 && isLong && CliFlags::isBoolName(name, table)) {
            result.append(argument + u"=true"_s);
            continue;
        }
        result.append(argument);
        // "--ttnv2.app-id my-app" / "-o devices.json": the next argument is a value, even
        // when it starts with a dash, so keep it untouched.
        if (equals < 0 && CliFlags::takesValue(name, table) && i + 1 < arguments.size())
            result.append(arguments.at(++i));
    }
    return result;
}

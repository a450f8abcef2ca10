#include "cliflagreader.h"

#include "clitext.h"
#include "valueparsers.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

CliFlagReader::CliFlagReader(const QCommandLineParser &parser,
    const QProcessEnvironment &environment, const QList<CliFlag> &table, CliForm form)
    : m_parser(parser)
    , m_environment(environment)
    , m_table(table)
    , m_form(form)
{
}

bool CliFlagReader::isSetOnCommandLine(const QString &name) const
{
    return m_parser.isSet(name);
}

bool CliFlagReader::isSet(const QString &name) const
{
    if (m_parser.isSet(name))
        return true;
    const CliFlag *flag = CliFlags::find(name, m_table);
    return flag && !flag->envVar.isEmpty() && m_environment.contains(flag->envVar);
}

QString CliFlagReader::text(const QString &name, const QString &fallback) const
{
    if (m_parser.isSet(name))
        return m_parser.value(name);
    const CliFlag *flag = CliFlags::find(name, m_table);
    if (flag && !flag->envVar.isEmpty() && m_environment.contains(flag->envVar))
        return m_environment.value(flag->envVar);
    return fallback;
}

QString CliFlagReader::describe(const QString &name) const
{
    const CliFlag *flag = CliFlags::find(name, m_table);
    if (!flag)
        return u"--"_s + name;
    if (!flag->envVar.isEmpty() && !m_parser.isSet(name))
        return flag->envVar;
    return CliFlags::spelled(*flag, m_form);
}

bool CliFlagReader::boolean(const QString &name, bool *out, QString *error) const
{
    const QString value = text(name);
    if (value.isEmpty())
        return true;
    const std::optional<bool> parsed = ValueParsers::parseBool(value);
    if (!parsed) {
        *error = CliText::tr("invalid value \"%1\" for %2: use true or false")
                     .arg(value, describe(name));
        return false;
    }
    *out = *parsed;
    return true;
}

bool CliFlagReader::duration(const QString &name, int *outMs, QString *error) const
{
    if (!isSet(name))
        return true;
    const std::optional<int> ms = ValueParsers::parseDurationMs(text(name));
    if (!ms) {
        *error = CliText::tr("invalid value for %1: use a duration such as 30s or 500ms")
                     .arg(describe(name));
        return false;
    }
    *outMs = *ms;
    return true;
}

bool CliFlagReader::wholeNumber(
    const QString &name, int min, int max, int *out, QString *error) const
{
    if (!isSet(name))
        return true;
    bool ok = false;
    const int n = text(name).trimmed().toInt(&ok);
    if (!ok || n < min || n > max) {
        *error = CliText::tr("invalid value for %1: use a whole number from %2 to %3")
                     .arg(describe(name))
                     .arg(min)
                     .arg(max);
        return false;
    }
    *out = n;
    return true;
}

bool CliFlagReader::split(bool *split, double *sizeMiB, QString *error) const
{
    if (!boolean(u"split"_s, split, error))
        return false;
    if (!isSet(u"split-size"_s))
        return true;
    const auto size = ValueParsers::parsePositiveNumber(text(u"split-size"_s));
    if (!size) {
        *error = CliText::tr("invalid value for --split-size: use a size in MiB, e.g. 10");
        return false;
    }
    *sizeMiB = *size;
    *split = true; // a part size asks for parts
    return true;
}

#include "formatters/formatterplan.h"

using namespace Qt::StringLiterals;

namespace {
const QString kNone = u"FORMATTER_NONE"_s;
const QString kJavaScript = u"FORMATTER_JAVASCRIPT"_s;

QString formatterName(const FormatterSetting &s)
{
    return s.isSet() ? s.formatter : kNone;
}
} // namespace

bool FormatterSetting::isSet() const
{
    return !formatter.isEmpty() && formatter != kNone;
}

bool FormatterSetting::isJavaScript() const
{
    return formatter == kJavaScript;
}

bool FormatterSetting::operator==(const FormatterSetting &other) const
{
    if (!isSet() && !other.isSet())
        return true;
    return formatter == other.formatter && parameter == other.parameter;
}

QJsonObject TtsFormatters::toJson() const
{
    return QJsonObject { { u"up_formatter"_s, formatterName(up) },
        { u"up_formatter_parameter"_s, up.isSet() ? up.parameter : QString() },
        { u"down_formatter"_s, formatterName(down) },
        { u"down_formatter_parameter"_s, down.isSet() ? down.parameter : QString() } };
}

TtsFormatters TtsFormatters::fromJson(const QJsonObject &o)
{
    TtsFormatters f;
    f.up.formatter = o.value(u"up_formatter"_s).toString();
    f.up.parameter = o.value(u"up_formatter_parameter"_s).toString();
    f.down.formatter = o.value(u"down_formatter"_s).toString();
    f.down.parameter = o.value(u"down_formatter_parameter"_s).toString();
    return f;
}

QStringList TtsFormatters::fieldMaskPaths()
{
    return { u"default_formatters.up_formatter"_s, u"default_formatters.up_formatter_parameter"_s,
        u"default_formatters.down_formatter"_s, u"default_formatters.down_formatter_parameter"_s };
}

bool TtsFormatters::operator==(const TtsFormatters &other) const
{
    return up == other.up && down == other.down;
}

QString FormatterPlan::rowName(Row row)
{
    switch (row) {
    case Row::None:
        return u"none"_s;
    case Row::CayenneLpp:
        return u"cayennelpp"_s;
    case Row::Script:
        return u"script"_s;
    case Row::Chain:
        return u"chain"_s;
    case Row::Copied:
        return u"copied"_s;
    }
    return u"none"_s;
}

FormatterPlan::Row FormatterPlan::rowFromName(const QString &name)
{
    for (Row row : { Row::CayenneLpp, Row::Script, Row::Chain, Row::Copied })
        if (rowName(row) == name)
            return row;
    return Row::None;
}

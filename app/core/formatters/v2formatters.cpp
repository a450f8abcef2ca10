#include "formatters/v2formatters.h"

using namespace Qt::StringLiterals;

bool V2Formatters::isCayenneLpp() const
{
    return payloadFormat.compare(u"cayennelpp"_s, Qt::CaseInsensitive) == 0;
}

bool V2Formatters::isCustom() const
{
    if (isCayenneLpp())
        return false;
    return payloadFormat.compare(u"custom"_s, Qt::CaseInsensitive) == 0 || !decoder.isEmpty()
        || !converter.isEmpty() || !validator.isEmpty() || !encoder.isEmpty();
}

bool V2Formatters::isEmpty() const
{
    return !isCayenneLpp() && decoder.isEmpty() && converter.isEmpty() && validator.isEmpty()
        && encoder.isEmpty();
}

V2Formatters V2Formatters::fromJson(const QJsonObject &o)
{
    V2Formatters f;
    f.payloadFormat = o.value(u"payload_format"_s).toString();
    f.decoder = o.value(u"decoder"_s).toString();
    f.converter = o.value(u"converter"_s).toString();
    f.validator = o.value(u"validator"_s).toString();
    f.encoder = o.value(u"encoder"_s).toString();
    return f;
}

QJsonObject V2Formatters::toJson() const
{
    QJsonObject o;
    const auto put = [&o](const QString &key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    put(u"payload_format"_s, payloadFormat);
    put(u"decoder"_s, decoder);
    put(u"converter"_s, converter);
    put(u"validator"_s, validator);
    put(u"encoder"_s, encoder);
    return o;
}

bool V2Formatters::operator==(const V2Formatters &other) const
{
    return payloadFormat == other.payloadFormat && decoder == other.decoder
        && converter == other.converter && validator == other.validator && encoder == other.encoder;
}

#pragma once

#include <QByteArray>
#include <QString>

namespace emukit::jsonpb {

// Writers that produce the bytes gogo jsonpb (OrigName, EmitDefaults=false) produces, so the
// emulator's output is byte-compatible with a real v2 handler behind grpc-gateway v1.

// A JSON string the way Go's encoding/json writes it: UTF-8 as is, `<`, `>`, `&`, U+2028 and
// U+2029 escaped as \u00XX / \u20XX, other control characters as \n, \r, \t or \u00XX.
void appendString(QByteArray &out, const QString &value);
void appendString(QByteArray &out, QLatin1String value);

// A float number as Go writes it: shortest text that reads back to the same value, no
// exponent between 1e-6 and 1e21 (so 52.37 stays "52.37").
void appendNumber(QByteArray &out, double value);

// Builds one JSON object field by field; fields with zero values are skipped by the
// *OmitEmpty helpers, the others are always written.
class ObjectWriter
{
public:
    explicit ObjectWriter(QByteArray &out);
    void string(const char *name, const QString &value);
    void stringOmitEmpty(const char *name, const QString &value);
    void hex(const char *name, const QByteArray &upperHex); // always present, "" when unset
    void numberOmitZero(const char *name, double value);
    void integerOmitZero(const char *name, qint64 value);
    void quotedInt64OmitZero(const char *name, qint64 value);
    void trueOrOmit(const char *name, bool value);
    void raw(const char *name, const QByteArray &json); // `json` is already valid JSON
    void mapEntry(const QString &key, const QString &value); // a map<string,string> entry
    void finish();

private:
    void name(const char *fieldName);
    QByteArray &m_out;
    bool m_first = true;
};

} // namespace emukit::jsonpb

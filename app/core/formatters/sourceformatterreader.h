#pragma once

#include "formatters/formatterplan.h"
#include "job/exportrequest.h"

#include <QObject>
#include <functional>

// What reading the source application's payload formatters gave, in the same shape for every
// source, so the faces word it once.
struct SourceFormatterRead
{
    bool read = false;
    bool canceled = false;
    FormatterPlan plan; // what TTS gets (formatters.md); only meaningful when read
    QString missingRight; // the right the source key lacks to read them (403)
    QString notRead; // translated: what was not read and why, for the user
};

// Reads the source application's payload formatters and converts them (formatters.md): a TTN
// v2 application's payload functions (V2FormatterReader + FormatterConverter::fromV2), another
// The Things Stack application's default formatters (TtsFormatterReader, copied as they are).
// ChirpStack has none per application: its codecs belong to device profiles and travel with
// each device, so supports() is false there. Reading never fails the export: a key without
// the right is a result, said in notRead and missingRight.
class SourceFormatterReader : public QObject
{
    Q_OBJECT
public:
    explicit SourceFormatterReader(const ExportRequest &request, QObject *parent = nullptr);

    // Whether the request's source has application formatters to read at all.
    static bool supports(ExportSource source);
    void start();
    void cancel(); // finished() follows with canceled set

signals:
    void finished(const SourceFormatterRead &read);
    void requestLogged(const QString &line); // already redacted

private:
    std::function<void()> m_start;
    std::function<void()> m_cancel;
};

#pragma once

#include "formatters/formatterplan.h"
#include "tts/ttsconnection.h"
#include "tts/ttserror.h"

#include <QObject>

class TtsClient;
struct TtsResult;

// What reading a source TTS application's default formatters gave.
struct TtsFormatterRead
{
    bool read = false;
    TtsFormatters formatters; // empty: the application has none (or was never linked)
    TtsError error; // when not read
    QString missingRight; // RIGHT_APPLICATION_SETTINGS_BASIC when the key lacks it (403)
    QString notRead; // translated: what was not read and why, for the user
};

// Reads a The Things Stack application's default payload formatters (the tts source):
// GET /as/applications/{app}/link?field_mask=default_formatters on the source deployment. A
// key without SETTINGS_BASIC gets 403, which is a result (what was not read and the missing
// right), not a failure of the export.
class TtsFormatterReader : public QObject
{
    Q_OBJECT
public:
    explicit TtsFormatterReader(const TtsConnection &source, QObject *parent = nullptr);
    void start();
    void cancel(); // finished() follows with a Canceled error

signals:
    void finished(const TtsFormatterRead &result);
    void requestLogged(const QString &line);

private:
    void onLink(const TtsResult &result);
    void finish(TtsFormatterRead read);

    TtsClient *m_client;
    bool m_done = false;
};

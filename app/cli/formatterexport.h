#pragma once

#include "tts/ttsconnection.h"
#include "v2/v2connection.h"

#include <QObject>
#include <functional>

struct FormatterPlan;

// After `application … -o devices.json` is safely on disk: reads the source application's
// payload formatters (a v2 application's payload functions, converted as formatters.md says;
// a TTS application's default formatters, as they are) and saves the plan beside the export
// (devices.formatters.json), which `tts import devices.json` picks up. Never changes the exit
// code: a key without the right to read them only means the formatters are not moved, and the
// user is told so.
class FormatterExport : public QObject
{
    Q_OBJECT
public:
    FormatterExport(const V2Connection &connection, const QString &exportPath, bool verbose,
        QObject *parent = nullptr);
    FormatterExport(const TtsConnection &source, const QString &exportPath, bool verbose,
        QObject *parent = nullptr);
    void start();
    void cancel();

signals:
    void finished();

private:
    // What a reader gave, in the same words for every source.
    void notRead(const QString &why, const QString &missingRight);
    void save(const FormatterPlan &plan);

    std::function<void()> m_start; // the source's reader
    std::function<void()> m_cancel;
    QString m_exportPath;
    QString m_appId;
};

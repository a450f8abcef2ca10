#pragma once

#include "job/exportrequest.h"

#include <QObject>

struct FormatterPlan;
class SourceFormatterReader;

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
    FormatterExport(const ExportRequest &request, const QString &exportPath, bool verbose,
        QObject *parent = nullptr);
    void start();
    void cancel();

signals:
    void finished();

private:
    // What a reader gave, in the same words for every source.
    void notRead(const QString &why, const QString &missingRight);
    void save(const FormatterPlan &plan);

    SourceFormatterReader *m_reader;
    QString m_exportPath;
};

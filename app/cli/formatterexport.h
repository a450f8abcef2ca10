#pragma once

#include "v2/v2connection.h"

#include <QObject>

class V2FormatterReader;

// After `application … -o devices.json` is safely on disk: reads the v2 application's payload
// functions, converts them (formatters.md) and saves the plan beside the export
// (devices.formatters.json), which `tts import devices.json` picks up. Never changes the exit
// code: a key without the "settings" right only means the formatters are not moved, and the
// user is told so.
class FormatterExport : public QObject
{
    Q_OBJECT
public:
    FormatterExport(const V2Connection &connection, const QString &exportPath, bool verbose,
        QObject *parent = nullptr);
    void start();
    void cancel();

signals:
    void finished();

private:
    V2FormatterReader *m_reader;
    QString m_exportPath;
    QString m_appId;
};

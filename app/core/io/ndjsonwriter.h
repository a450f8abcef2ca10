#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

// Writes one compact JSON object per line ("\n" after each) to any QIODevice: the CLI's
// stdout (Console::stdoutLines()), ExportFile's QSaveFile, or a QBuffer in tests. The only
// place that turns device JSON into NDJSON. The first failed write is remembered; later
// writes fail too, so a broken pipe or a full disk is never silently ignored.
class NdjsonWriter
{
public:
    explicit NdjsonWriter(QIODevice *device);

    bool writeLine(const QByteArray &compactJson);
    bool flush(); // for devices that buffer (QFile over stdout)

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    int linesWritten() const { return m_lines; }

private:
    bool fail(const QString &reason);

    QIODevice *m_device;
    QString m_error;
    int m_lines = 0;
};

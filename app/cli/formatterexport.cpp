#include "formatterexport.h"

#include "clitext.h"
#include "console.h"
#include "formatters/formatterfile.h"
#include "formatters/sourceformatterreader.h"

#include <QFileInfo>

FormatterExport::FormatterExport(
    const ExportRequest &request, const QString &exportPath, bool verbose, QObject *parent)
    : QObject(parent)
    , m_reader(new SourceFormatterReader(request, this))
    , m_exportPath(exportPath)
{
    if (verbose)
        connect(m_reader, &SourceFormatterReader::requestLogged, this,
            [](const QString &line) { Console::error(line); });
    connect(
        m_reader, &SourceFormatterReader::finished, this, [this](const SourceFormatterRead &read) {
            if (read.canceled)
                emit finished();
            else if (!read.read)
                notRead(read.notRead, read.missingRight);
            else
                save(read.plan);
        });
}

void FormatterExport::notRead(const QString &why, const QString &missingRight)
{
    Console::error(CliText::tr("warning: %1; the devices were exported without them").arg(why));
    if (!missingRight.isEmpty())
        Console::error(CliText::tr("to move the payload formatters, export again with an "
                                   "access key that has the “%1” right")
                           .arg(missingRight));
    const QString earlier = FormatterFile::pathBeside(m_exportPath);
    if (QFileInfo::exists(earlier))
        Console::error(CliText::tr("warning: %1 is from an earlier export, and tts import "
                                   "would set its formatters; delete it if they are not "
                                   "this application's")
                           .arg(earlier));
    emit finished();
}

void FormatterExport::save(const FormatterPlan &plan)
{
    const QString path = FormatterFile::pathBeside(m_exportPath);
    QString error;
    if (!FormatterFile::save(path, plan, &error)) {
        Console::error(CliText::tr("warning: could not write the payload formatters to %1: %2")
                           .arg(path, error));
        emit finished();
        return;
    }
    if (plan.hasTarget() || !plan.problems.isEmpty())
        Console::error(CliText::tr("wrote the payload formatters to %1 (tts import sets them on "
                                   "the target application)")
                           .arg(path));
    else // the file still says so, so that an older one is not imported by mistake
        Console::error(CliText::tr("wrote %1: no payload formatters to carry").arg(path));
    for (const QString &note : plan.notes)
        Console::error(CliText::tr("payload formatters: %1").arg(note));
    for (const QString &problem : plan.problems)
        Console::error(
            CliText::tr("warning: payload formatters: %1 (the v2 functions are saved in %2)")
                .arg(problem, path));
    emit finished();
}

void FormatterExport::start()
{
    m_reader->start();
}

void FormatterExport::cancel()
{
    m_reader->cancel();
}

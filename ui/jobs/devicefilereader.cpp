#include "jobs/devicefilereader.h"

#include "job/backgroundtask.h"

#include <QDir>
#include <QLocale>
#include <memory>

DeviceFileReader::DeviceFileReader(QObject *parent)
    : QObject(parent)
{
}

bool DeviceFileReader::isReading() const
{
    return m_task && m_task->isRunning();
}

void DeviceFileReader::read(const QStringList &paths)
{
    if (m_task) {
        m_task->disconnect(this);
        m_task->cancel();
        m_task->deleteLater(); // waits for its thread
    }
    m_task = new BackgroundTask(this);
    auto contents = std::make_shared<TtsDeviceFileContents>();
    connect(m_task, &BackgroundTask::finished, this, [this, paths, contents] {
        m_task->deleteLater();
        m_task = nullptr;
        emit finished(paths, *contents);
    });
    m_task->start(
        [paths, contents](const std::atomic_bool &) { *contents = TtsDeviceFile::read(paths); });
}

QString DeviceFileReader::filesText(const QStringList &paths)
{
    QStringList shown;
    for (const QString &path : paths)
        shown << QDir::toNativeSeparators(path);
    return QLocale().createSeparatedList(shown);
}

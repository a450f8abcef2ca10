#include "jobs/exportwriter.h"

#include "io/exportfile.h"
#include "io/exportfileset.h"
#include "job/backgroundtask.h"

#include <QElapsedTimer>
#include <QTimer>
#include <memory>
#include <utility>

namespace {
// Long enough to write many lines per slice, short enough to keep the window responsive.
constexpr int sliceBudgetMs = 12;
} // namespace

ExportWriter::ExportWriter(
    const QString &path, QByteArrayList lines, qint64 maxPartBytes, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_lines(std::move(lines))
    , m_maxPartBytes(maxPartBytes)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &ExportWriter::writeSlice);
}

ExportWriter::~ExportWriter()
{
    cancel();
}

void ExportWriter::start()
{
    m_file = std::make_unique<ExportFileSet>(m_path, m_maxPartBytes);
    m_next = 0;
    if (!m_file->open()) {
        fail(m_file->errorString());
        return;
    }
    emit progress(0, int(m_lines.size()));
    m_timer->start();
}

void ExportWriter::cancel()
{
    m_timer->stop();
    // Too late to cancel a commit: the rename is atomic, so wait for it (the task's
    // destructor does) rather than tear it apart.
    delete std::exchange(m_commit, nullptr);
    if (m_file) {
        m_file->cancel();
        m_file.reset();
    }
}

bool ExportWriter::isRunning() const
{
    return m_file != nullptr;
}

void ExportWriter::writeSlice()
{
    QElapsedTimer clock;
    clock.start();
    while (m_next < m_lines.size() && clock.elapsed() < sliceBudgetMs) {
        if (!m_file->writeLine(m_lines.at(m_next))) {
            fail(m_file->errorString());
            return;
        }
        ++m_next;
    }
    emit progress(m_next, int(m_lines.size()));
    if (m_next < m_lines.size())
        return;
    m_timer->stop();
    commitInBackground();
}

void ExportWriter::commitInBackground()
{
    emit committing();
    ExportFileSet *file = m_file.get();
    auto committed = std::make_shared<bool>(false);
    auto fingerprint = std::make_shared<QString>();
    auto stale = std::make_shared<QStringList>();
    // The files are not touched from this thread until the task has finished.
    m_commit = new BackgroundTask(this);
    connect(m_commit, &BackgroundTask::finished, this, [this, committed, fingerprint, stale] {
        m_fingerprint = *fingerprint;
        m_staleParts = *stale;
        onCommitted(*committed);
    });
    m_commit->start([file, committed, fingerprint, stale](const std::atomic_bool &) {
        *committed = file->commit();
        if (!*committed)
            return;
        *fingerprint = ExportFile::fingerprint(file->paths().constFirst());
        *stale = file->staleParts(); // looks at the folder: off the GUI thread too
    });
}

void ExportWriter::onCommitted(bool ok)
{
    // Deleted later: this runs inside the task's finished() signal.
    std::exchange(m_commit, nullptr)->deleteLater();
    if (!ok) {
        fail(m_file->errorString());
        return;
    }
    const int readBack = m_file->linesReadBack();
    m_paths = m_file->paths();
    m_file.reset();
    emit finished(true, QString(), readBack);
}

void ExportWriter::fail(const QString &error)
{
    cancel();
    emit finished(false, error, -1);
}

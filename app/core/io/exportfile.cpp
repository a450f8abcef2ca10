#include "io/exportfile.h"

#include "http/jsonreader.h"
#include "util/localenumbers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ExportFile", text);
}

// Proves that `line` is exactly one complete, valid JSON object (strict RFC 8259, UTF-8)
// without building a document: the read-back of 100,000 devices spent ~40% of the export
// in QJsonDocument::fromJson. The checks are the ones fromJson applied: the object must be
// well formed, nothing may follow it, and its bytes must be valid UTF-8.
bool isOneJsonObject(QByteArrayView line)
{
    JsonReader reader(line);
    return reader.peek() == JsonReader::Type::Object && reader.skipValue() && reader.atEnd()
        && line.isValidUtf8();
}

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

ExportFile::ExportFile(const QString &path)
    : m_file(path)
{
}

ExportFile::~ExportFile()
{
    cancel();
}

QString ExportFile::path() const
{
    return m_file.fileName();
}

QString ExportFile::errorString() const
{
    return m_error;
}

int ExportFile::linesWritten() const
{
    return m_lines ? m_lines->linesWritten() : 0;
}

int ExportFile::linesReadBack() const
{
    return m_readBack;
}

QString ExportFile::checkWritable(const QString &path)
{
    if (path.trimmed().isEmpty())
        return translated(QT_TRANSLATE_NOOP("ExportFile", "no file name given"));
    const QFileInfo target(path);
    if (target.isDir())
        return QCoreApplication::translate("ExportFile", "%1 is a folder")
            .arg(QDir::toNativeSeparators(path));
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists() || !folder.isDir()) {
        return QCoreApplication::translate("ExportFile", "the folder %1 does not exist")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    }
    // QSaveFile writes a temporary file next to the target and renames it, so the folder
    // itself must be writable (writing in place is never used: it would not be atomic).
    if (!folder.isWritable()) {
        return QCoreApplication::translate("ExportFile", "the folder %1 is not writable")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    }
    if (target.exists() && !target.isWritable()) {
        return QCoreApplication::translate("ExportFile", "%1 exists and is not writable")
            .arg(QDir::toNativeSeparators(path));
    }
    return {};
}

bool ExportFile::open()
{
    m_error = checkWritable(path());
    if (!m_error.isEmpty())
        return false;
    m_file.setDirectWriteFallback(false);
    if (!m_file.open(QIODevice::WriteOnly)) {
        m_error = m_file.errorString();
        return false;
    }
    // The temporary file is created with the old file's (or default) permissions; restrict it
    // before the first byte, because the file will hold AppKeys and session keys.
    if (!m_file.setPermissions(ownerOnly)) {
        m_error = translated(
            QT_TRANSLATE_NOOP("ExportFile", "cannot make the file private to its owner"));
        m_file.cancelWriting();
        m_file.commit(); // discards the temporary file
        return false;
    }
    m_lines.emplace(&m_file);
    m_readBack = -1;
    return true;
}

bool ExportFile::writeLine(const QByteArray &compactJson)
{
    if (!m_file.isOpen() || !m_lines) {
        if (m_error.isEmpty())
            m_error = translated(QT_TRANSLATE_NOOP("ExportFile", "the file is not open"));
        return false;
    }
    if (m_lines->writeLine(compactJson))
        return true;
    if (m_error.isEmpty())
        m_error = m_lines->errorString();
    m_file.cancelWriting(); // a file with a missing or broken line must never replace the target
    return false;
}

bool ExportFile::commit()
{
    if (!m_file.isOpen()) {
        if (m_error.isEmpty())
            m_error = translated(QT_TRANSLATE_NOOP("ExportFile", "the file is not open"));
        return false;
    }
    if (!m_error.isEmpty()) {
        cancel(); // an earlier write failed: keep the previous file
        return false;
    }
    if (!m_file.commit()) {
        m_error = m_file.errorString();
        return false;
    }
    // Prove what is on disk before anyone relies on it (e.g. before v2 AppKeys are changed).
    QString readError;
    m_readBack = countDeviceLines(path(), &readError);
    if (m_readBack < 0) {
        m_error = readError;
        return false;
    }
    if (m_readBack != linesWritten()) {
        m_error = LocaleNumbers::withGroupedN(
            QCoreApplication::translate("ExportFile",
                "read back %n device(s) from %1 after writing %2", nullptr, m_readBack),
            m_readBack)
                      .arg(QDir::toNativeSeparators(path()), LocaleNumbers::number(linesWritten()));
        return false;
    }
    return true;
}

void ExportFile::cancel()
{
    if (!m_file.isOpen())
        return;
    m_file.cancelWriting();
    m_file.commit(); // with writing canceled this only removes the temporary file
}

int ExportFile::countDeviceLines(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QCoreApplication::translate("ExportFile", "cannot read %1 back: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return -1;
    }
    // Mapped rather than read: no second copy of a file that can be tens of MB.
    QByteArray readCopy;
    QByteArrayView content;
    if (file.size() > 0) {
        if (const uchar *mapped = file.map(0, file.size()))
            content = QByteArrayView(mapped, file.size());
    }
    if (content.isEmpty()) {
        readCopy = file.readAll();
        content = readCopy;
    }
    int count = 0;
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        const QByteArrayView line = content.sliced(start, end - start).trimmed();
        start = end + 1;
        if (!line.isEmpty() && isOneJsonObject(line))
            ++count;
    }
    return count;
}

QString ExportFile::fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    const QFileInfo info(path);
    const QByteArray separator(1, '\0');
    hash.addData(separator);
    hash.addData(info.absoluteFilePath().toUtf8());
    hash.addData(separator);
    hash.addData(QByteArray::number(info.lastModified().toMSecsSinceEpoch()));
    return QString::fromLatin1(hash.result().first(16).toHex());
}

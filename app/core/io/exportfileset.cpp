#include "io/exportfileset.h"

#include "convert/ttslimits.h"
#include "io/exportfile.h"
#include "util/localenumbers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
// lupdate reads the context from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
};
} // namespace

ExportFileSet::ExportFileSet(const QString &path, qint64 maxPartBytes)
    : m_path(path)
    , m_maxPartBytes(qMax<qint64>(0, maxPartBytes))
{
}

ExportFileSet::~ExportFileSet() = default; // each ExportFile discards itself

QString ExportFileSet::partPath(const QString &path, int number)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    const QString base = suffix.isEmpty() ? info.fileName() : info.completeBaseName();
    QString name = base + u'-' + u"%1"_s.arg(number, 3, 10, QLatin1Char('0'));
    if (!suffix.isEmpty())
        name += u'.' + suffix;
    const QString folder = QFileInfo(path).path();
    return folder == u"." && !path.startsWith(u"./") ? name : QDir(folder).filePath(name);
}

qint64 ExportFileSet::exportBytes(const QList<DeviceOutcome> &outcomes)
{
    qint64 bytes = 0;
    for (const DeviceOutcome &outcome : outcomes) {
        if (outcome.status == OutcomeStatus::Exported)
            bytes += outcome.json.size() + 1;
    }
    return bytes;
}

bool ExportFileSet::exceedsConsoleLimit(qint64 bytes)
{
    return bytes >= TtsLimits::consoleMaxFileBytes;
}

QStringList ExportFileSet::paths() const
{
    QStringList result;
    for (const auto &part : m_parts)
        result.append(part->path());
    return result;
}

QStringList ExportFileSet::staleParts() const
{
    QStringList stale;
    if (!isSplit())
        return stale;
    for (int number = int(m_parts.size()) + 1;; ++number) {
        const QString candidate = partPath(m_path, number);
        if (!QFileInfo::exists(candidate))
            break;
        stale.append(candidate);
    }
    return stale;
}

bool ExportFileSet::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
    return false;
}

bool ExportFileSet::openPart()
{
    const QString target = isSplit() ? partPath(m_path, int(m_parts.size()) + 1) : m_path;
    auto file = std::make_unique<ExportFile>(target);
    if (!file->open())
        return fail(isSplit() ? QDir::toNativeSeparators(target) + u": "_s + file->errorString()
                              : file->errorString());
    m_parts.push_back(std::move(file));
    m_partBytes = 0;
    return true;
}

bool ExportFileSet::open()
{
    if (isSplit() && m_maxPartBytes >= TtsLimits::consoleMaxFileBytes) {
        return fail(Text::tr("parts must be smaller than %1 MiB (the Console's limit)")
                        .arg(TtsLimits::consoleMaxFileBytes / (1024 * 1024)));
    }
    return m_parts.empty() ? openPart() : true;
}

bool ExportFileSet::writeLine(const QByteArray &compactJson)
{
    if (!m_error.isEmpty())
        return false;
    if (m_parts.empty())
        return fail(Text::tr("the file is not open"));
    const qint64 lineBytes = compactJson.size() + 1;
    if (isSplit() && m_partBytes + lineBytes > m_maxPartBytes) {
        if (lineBytes > m_maxPartBytes)
            return fail(Text::tr("a device's line is larger than the part size"));
        if (!openPart())
            return false;
    }
    ExportFile &part = *m_parts.back();
    if (!part.writeLine(compactJson))
        return fail(part.errorString());
    m_partBytes += lineBytes;
    m_bytesWritten += lineBytes;
    ++m_linesWritten;
    return true;
}

bool ExportFileSet::commit()
{
    if (!m_error.isEmpty()) {
        cancel(); // an earlier write failed: keep the previous files
        return false;
    }
    if (m_parts.empty())
        return fail(Text::tr("the file is not open"));
    int readBack = 0;
    for (const auto &part : m_parts) {
        if (!part->commit())
            return fail(part->errorString());
        readBack += part->linesReadBack();
    }
    m_linesReadBack = readBack;
    if (m_linesReadBack != m_linesWritten) {
        return fail(LocaleNumbers::withGroupedN(
            Text::tr("read back %n device(s) from %1 after writing %2", nullptr, m_linesReadBack),
            m_linesReadBack)
                        .arg(QDir::toNativeSeparators(m_path),
                            LocaleNumbers::number(m_linesWritten)));
    }
    return true;
}

void ExportFileSet::cancel()
{
    for (const auto &part : m_parts)
        part->cancel();
}

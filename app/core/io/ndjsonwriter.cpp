#include "io/ndjsonwriter.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

NdjsonWriter::NdjsonWriter(QIODevice *device)
    : m_device(device)
{
}

bool NdjsonWriter::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
    return false;
}

bool NdjsonWriter::writeLine(const QByteArray &compactJson)
{
    if (hasError())
        return false;
    if (!m_device || !m_device->isWritable())
        return fail(
            QCoreApplication::translate("NdjsonWriter", "the output is not open for writing"));
    if (compactJson.contains('\n')) {
        // A newline inside the object would split the device over two lines.
        return fail(QCoreApplication::translate(
            "NdjsonWriter", "internal error: a device's JSON contains a line break"));
    }
    // Two writes into the device's buffer (QFileDevice and QSaveFile buffer by default)
    // instead of a copy of every line: 100,000 devices are tens of MB.
    if (m_device->write(compactJson) != compactJson.size() || !m_device->putChar('\n')) {
        return fail(QCoreApplication::translate("NdjsonWriter", "writing failed: %1")
                        .arg(m_device->errorString()));
    }
    ++m_lines;
    return true;
}

bool NdjsonWriter::flush()
{
    if (hasError())
        return false;
    if (auto *file = qobject_cast<QFileDevice *>(m_device)) {
        if (!file->flush())
            return fail(QCoreApplication::translate("NdjsonWriter", "writing failed: %1")
                            .arg(file->errorString()));
    }
    return true;
}

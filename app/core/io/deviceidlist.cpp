#include "io/deviceidlist.h"

#include "convert/v3ids.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

namespace {

DeviceIdList tooLarge()
{
    DeviceIdList result;
    result.error
        = QCoreApplication::translate("DeviceIdList", "the list of device IDs is larger than %1 MB")
              .arg(DeviceIdList::maxInputBytes / (1024 * 1024));
    return result;
}

// Shown in a warning: never more than a short, printable excerpt of what was on the line.
QString excerpt(const QString &text)
{
    QString result = text.left(40);
    for (QChar &c : result) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    return result.size() < text.size() ? result + QStringLiteral("…") : result;
}

} // namespace

DeviceIdList DeviceIdList::parse(const QByteArray &bytes)
{
    if (bytes.size() > maxInputBytes)
        return tooLarge();

    QByteArrayView input(bytes);
    if (input.startsWith("\xEF\xBB\xBF"))
        input = input.sliced(3);

    DeviceIdList result;
    QHash<QString, int> firstLine;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < input.size()) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        QByteArrayView line = input.sliced(start, end - start);
        start = end + 1;
        ++lineNumber;

        const qsizetype hash = line.indexOf('#'); // '#' cannot be part of an ID
        if (hash >= 0)
            line = line.first(hash);
        const QString id = QString::fromUtf8(line).trimmed(); // also drops the '\r' of CRLF
        if (id.isEmpty())
            continue;
        if (!V3Ids::isValidV2Id(id)) {
            result.warnings.append(QCoreApplication::translate("DeviceIdList",
                "line %1: \"%2\" is not a valid v2 device ID; "
                "ignored")
                                       .arg(lineNumber)
                                       .arg(excerpt(id)));
            continue;
        }
        const auto seen = firstLine.constFind(id);
        if (seen != firstLine.constEnd()) {
            result.warnings.append(QCoreApplication::translate("DeviceIdList",
                "line %1: device ID %2 is listed again (first on "
                "line %3); exported once")
                                       .arg(lineNumber)
                                       .arg(id)
                                       .arg(seen.value()));
            continue;
        }
        firstLine.insert(id, lineNumber);
        result.ids.append(id);
    }
    return result;
}

DeviceIdList DeviceIdList::read(QIODevice *device)
{
    if (!device || !device->isReadable()) {
        DeviceIdList result;
        result.error
            = QCoreApplication::translate("DeviceIdList", "the list of device IDs cannot be read");
        return result;
    }
    QByteArray bytes;
    while (bytes.size() <= maxInputBytes) {
        const QByteArray chunk = device->read(maxInputBytes + 1 - bytes.size());
        if (chunk.isEmpty())
            break; // end of input (or a read error, which leaves what was read)
        bytes += chunk;
    }
    if (bytes.size() > maxInputBytes)
        return tooLarge();
    return parse(bytes);
}

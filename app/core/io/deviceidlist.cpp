#include "io/deviceidlist.h"

#include "convert/v3ids.h"
#include "io/handwrittenlines.h"

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

} // namespace

DeviceIdList DeviceIdList::parse(const QByteArray &bytes)
{
    if (bytes.size() > maxInputBytes)
        return tooLarge();

    DeviceIdList result;
    QHash<QString, int> firstLine;
    for (const HandwrittenLines::Line &line : HandwrittenLines::read(bytes)) {
        const int lineNumber = line.number;
        const QString &id = line.text;
        if (!V3Ids::isValidV2Id(id)) {
            result.warnings.append(QCoreApplication::translate("DeviceIdList",
                "line %1: \"%2\" is not a valid v2 device ID; "
                "ignored")
                                       .arg(lineNumber)
                                       .arg(HandwrittenLines::excerpt(id)));
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

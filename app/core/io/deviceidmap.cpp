#include "io/deviceidmap.h"

#include "convert/ttsimportrules.h"
#include "convert/v3ids.h"
#include "io/handwrittenlines.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// lupdate reads the context from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeviceIdMap)
};

DeviceIdMap failed(int lineNumber, const QString &problem)
{
    DeviceIdMap map;
    map.error = Text::tr("line %1: %2").arg(lineNumber).arg(problem);
    return map;
}

} // namespace

DeviceIdMap DeviceIdMap::parse(const QByteArray &bytes)
{
    if (bytes.size() > maxInputBytes) {
        DeviceIdMap map;
        map.error = Text::tr("the file is larger than %1 MB").arg(maxInputBytes / (1024 * 1024));
        return map;
    }
    DeviceIdMap map;
    QHash<QString, QString> v2ByV3;
    for (const HandwrittenLines::Line &line : HandwrittenLines::read(bytes)) {
        const int lineNumber = line.number;
        const QString &text = line.text;
        const QStringList fields = text.split(u',');
        if (fields.size() != 2) {
            return failed(lineNumber,
                Text::tr("expected \"v2-device-id,v3-device-id\", found \"%1\"")
                    .arg(HandwrittenLines::excerpt(text)));
        }
        QString v2Id = fields.at(0).trimmed();
        // A ChirpStack device's source ID is its DevEUI, which users write in capitals.
        static const QRegularExpression eui(u"^[0-9A-Fa-f]{16}$"_s);
        if (eui.match(v2Id).hasMatch())
            v2Id = v2Id.toLower();
        const QString v3Id = fields.at(1).trimmed();
        if (!V3Ids::isValidV2Id(v2Id)) {
            return failed(lineNumber,
                Text::tr("\"%1\" is not a valid v2 device ID")
                    .arg(HandwrittenLines::excerpt(v2Id)));
        }
        const TtsImportRules::Violation problem = TtsImportRules::checkChosenDeviceId(v3Id);
        if (!problem.ok())
            return failed(lineNumber, problem.reason);
        if (const auto earlier = map.ids.constFind(v2Id); earlier != map.ids.constEnd()) {
            if (*earlier == v3Id)
                continue; // the same pair again: harmless
            return failed(lineNumber,
                Text::tr("%1 already gets the ID \"%2\" on line %3")
                    .arg(v2Id, *earlier)
                    .arg(map.lineOf.value(v2Id)));
        }
        if (const auto other = v2ByV3.constFind(v3Id); other != v2ByV3.constEnd()) {
            return failed(lineNumber,
                Text::tr("\"%1\" is already the new ID of %2 (line %3); device IDs must differ")
                    .arg(v3Id, *other)
                    .arg(map.lineOf.value(*other)));
        }
        map.ids.insert(v2Id, v3Id);
        map.lineOf.insert(v2Id, lineNumber);
        v2ByV3.insert(v3Id, v2Id);
    }
    return map;
}

DeviceIdMap DeviceIdMap::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        DeviceIdMap map;
        map.error = Text::tr("cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString());
        return map;
    }
    return parse(file.read(maxInputBytes + 1));
}

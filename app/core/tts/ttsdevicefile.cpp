#include "tts/ttsdevicefile.h"

#include "io/exportfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TtsDeviceFile)
};

bool hasKey(const QJsonObject &object, const char *field)
{
    return !object.value(QLatin1String(field)).toObject().value(u"key"_s).toString().isEmpty();
}

TtsFileDevice deviceFromLine(const QString &fileName, int lineNumber, const QByteArray &line)
{
    TtsFileDevice device;
    device.fileName = fileName;
    device.line = lineNumber;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        device.error = Text::tr("not valid JSON (%1 at character %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset + 1);
        return device;
    }
    if (!document.isObject()) {
        device.error = Text::tr("not a JSON object (one end device per line is expected)");
        return device;
    }
    device.device = document.object();
    const QJsonObject ids = device.device.value(u"ids"_s).toObject();
    device.deviceId = ids.value(u"device_id"_s).toString();
    device.devEui = ids.value(u"dev_eui"_s).toString().toUpper();
    device.joinEui = ids.value(u"join_eui"_s).toString().toUpper();
    device.supportsJoin = device.device.value(u"supports_join"_s).toBool();
    const QJsonObject session = device.device.value(u"session"_s).toObject();
    device.hasSession = !session.isEmpty();
    const QJsonObject sessionKeys = session.value(u"keys"_s).toObject();
    device.hasKeys = hasKey(device.device.value(u"root_keys"_s).toObject(), "app_key")
        || hasKey(sessionKeys, "f_nwk_s_int_key") || hasKey(sessionKeys, "app_s_key")
        || sessionKeys.contains(u"session_key_id"_s);
    if (device.deviceId.isEmpty())
        device.error = Text::tr("no ids.device_id");
    return device;
}

} // namespace

QString TtsFileDevice::where() const
{
    return u"%1:%2"_s.arg(fileName).arg(line);
}

QString TtsDeviceFileContents::problemText() const
{
    switch (problem) {
    case TtsDeviceFileProblem::None:
        break;
    case TtsDeviceFileProblem::Unreadable:
        return Text::tr("cannot read %1: %2").arg(problemFile, problemDetail);
    case TtsDeviceFileProblem::Empty:
        return Text::tr("%1 holds no end device: the file is empty").arg(problemFile);
    case TtsDeviceFileProblem::NoEndDevice:
        return Text::tr("%1 holds no end device: no line is a JSON object with ids.device_id, as "
                        "the export writes them")
            .arg(problemFile);
    }
    return QString();
}

TtsDeviceFileContents TtsDeviceFile::parse(const QString &fileName, const QByteArray &bytes)
{
    TtsDeviceFileContents contents;
    qsizetype start = 0;
    int lineNumber = 0;
    // A UTF-8 byte order mark is not part of the first device.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        start = 3;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        ++lineNumber;
        const QByteArray line = bytes.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        contents.devices.append(deviceFromLine(fileName, lineNumber, line));
    }
    // A file without a single device is not an export (a binary file would otherwise show as
    // "7 devices" and be sent): it is refused as a whole, before any request.
    const bool anyDevice = std::any_of(contents.devices.cbegin(), contents.devices.cend(),
        [](const TtsFileDevice &device) { return device.ok(); });
    if (!anyDevice) {
        contents.problem = contents.devices.isEmpty() ? TtsDeviceFileProblem::Empty
                                                      : TtsDeviceFileProblem::NoEndDevice;
        contents.problemFile = fileName;
        contents.devices.clear();
    }
    return contents;
}

void TtsDeviceFile::markDuplicates(QList<TtsFileDevice> *devices)
{
    QHash<QString, QString> ids;
    QHash<QString, QString> euis;
    for (TtsFileDevice &device : *devices) {
        if (!device.ok())
            continue;
        const auto id = ids.constFind(device.deviceId);
        if (id != ids.constEnd()) {
            device.error = Text::tr("the device ID appears twice (first at %1)").arg(*id);
            continue;
        }
        ids.insert(device.deviceId, device.where());
        if (device.devEui.isEmpty())
            continue;
        const QString pair = device.joinEui + u'/' + device.devEui;
        const auto eui = euis.constFind(pair);
        if (eui != euis.constEnd()) {
            device.error = Text::tr("JoinEUI/DevEUI appear twice (first at %1)").arg(*eui);
            continue;
        }
        euis.insert(pair, device.where());
    }
}

TtsDeviceFileContents TtsDeviceFile::read(const QStringList &paths)
{
    TtsDeviceFileContents all;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            all.problem = TtsDeviceFileProblem::Unreadable;
            all.problemFile = path;
            all.problemDetail = file.errorString();
            all.devices.clear();
            return all;
        }
        TtsDeviceFileContents one = parse(path, file.readAll());
        if (!one.ok())
            return one; // one part that is no export makes the whole import wrong
        all.devices.append(std::move(one.devices));
    }
    markDuplicates(&all.devices);
    return all;
}

TtsDeviceFile::Saved TtsDeviceFile::save(const QString &path, const QList<TtsFileDevice> &devices)
{
    Saved saved;
    ExportFile file(path);
    if (!file.open()) {
        saved.error = file.errorString();
        return saved;
    }
    for (const TtsFileDevice &device : devices) {
        if (device.device.isEmpty()) {
            ++saved.skipped;
            continue;
        }
        if (!file.writeLine(QJsonDocument(device.device).toJson(QJsonDocument::Compact))) {
            saved.error = file.errorString();
            return saved;
        }
        ++saved.written;
    }
    if (!file.commit())
        saved.error = file.errorString();
    return saved;
}

QString TtsDeviceFile::failedPathBeside(const QStringList &paths)
{
    if (paths.isEmpty())
        return QString();
    const QFileInfo first(paths.constFirst());
    const QString suffix = first.suffix().isEmpty() ? u"json"_s : first.suffix();
    return first.dir().filePath(first.completeBaseName() + u"-failed."_s + suffix);
}

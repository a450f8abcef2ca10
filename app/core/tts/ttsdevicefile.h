#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One line of devices.json (NDJSON, one EndDevice per line) as the import reads it. A line
// that cannot be used keeps its place with `error` set, so it is reported like any device.
struct TtsFileDevice
{
    QString fileName; // as given by the user
    int line = 0; // 1-based
    QString deviceId; // ids.device_id (may be empty when the line is broken)
    QString devEui; // upper case, empty when absent
    QString joinEui;
    bool supportsJoin = false; // OTAA
    bool hasSession = false; // imported with a session: "seen", never "joined" (§8)
    bool hasKeys = false; // AppKey or session keys: needs RIGHT_APPLICATION_DEVICES_WRITE_KEYS
    QJsonObject device; // the whole line; holds secrets, never logged
    QString error; // translated; empty when the line is usable

    bool ok() const { return error.isEmpty(); }
    QString where() const; // "devices.json:12"
};

Q_DECLARE_METATYPE(TtsFileDevice)

// Why a file given as devices.json is no export at all: nothing is sent to TTS then.
enum class TtsDeviceFileProblem {
    None,
    Unreadable, // missing, a directory, no permission
    Empty, // no byte but blanks
    NoEndDevice, // lines, but none is an end device (binary, other JSON, another file)
};

struct TtsDeviceFileContents
{
    QList<TtsFileDevice> devices; // every non-blank line, in file order (files in the order given)
    TtsDeviceFileProblem problem = TtsDeviceFileProblem::None;
    QString problemFile; // the file concerned, as given
    QString problemDetail; // Unreadable: the system's reason

    bool ok() const { return problem == TtsDeviceFileProblem::None; }
    // One sentence naming the file; it names no flag or field, so every face shows it as is.
    QString problemText() const;
};

// Reads one export given as one or several files (parts of one export). Never crashes on a
// bad line: that line becomes a device with an error. A device ID or EUI pair seen twice is
// an error on the later line (TTS would refuse the second create anyway). A file that holds no
// usable end device at all is not an export: `problem` says so and no device is returned.
namespace TtsDeviceFile {
TtsDeviceFileContents read(const QStringList &paths);
TtsDeviceFileContents parse(const QString &fileName, const QByteArray &bytes); // one file
void markDuplicates(QList<TtsFileDevice> *devices);

// Saved devices (the failed devices of an import, to fix and import again).
struct Saved
{
    int written = 0;
    int skipped = 0; // lines that were no JSON object: nothing to write back
    QString error; // translated; empty when the file was written
    bool ok() const { return error.isEmpty(); }
};
// Writes the devices, each line as it was read, as one devices.json: atomically and readable
// by its owner only (the lines hold keys), through ExportFile.
Saved save(const QString &path, const QList<TtsFileDevice> &devices);
// Where the CLI saves the failed devices: beside the first file, "devices.json" →
// "devices-failed.json".
QString failedPathBeside(const QStringList &paths);
} // namespace TtsDeviceFile

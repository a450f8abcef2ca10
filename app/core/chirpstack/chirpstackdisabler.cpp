#include "chirpstack/chirpstackdisabler.h"

#include "chirpstack/chirpstackclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

struct Journal
{
    QHash<QString, bool> wasDisabled; // by DevEUI (lowercase), from the first "before" line
    QStringList order;
    QHash<QString, bool> done;
};

Journal readJournal(const QString &path)
{
    Journal journal;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return journal;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        const QString eui = line.value(u"dev_eui"_s).toString().toLower();
        if (eui.isEmpty())
            continue;
        if (line.contains(u"was_disabled"_s) && !journal.wasDisabled.contains(eui)) {
            journal.wasDisabled.insert(eui, line.value(u"was_disabled"_s).toBool());
            journal.order << eui;
        }
        if (line.value(u"done"_s).toBool())
            journal.done.insert(eui, true);
    }
    return journal;
}

bool append(QFile &file, const QJsonObject &line)
{
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    return file.write(bytes) == bytes.size() && file.flush();
}

SourceError journalError(const QString &path, const QString &why)
{
    SourceError s;
    s.kind = SourceErrorKind::BadRequest;
    s.fatalForRun = true;
    s.message
        = QCoreApplication::translate("ChirpStackDisabler", "cannot write %1: %2").arg(path, why);
    return s;
}

enum class Sent { Done, Failed, Stop };

// One device's is_disabled. A refusal of this device is a failure of its own in `result`; one
// that every device would get (the server unreachable, the key refused) ends the run.
Sent send(ChirpStackClient &client, const QString &eui, bool disabled, bool *was,
    ChirpStackDisabler::Result &result)
{
    const ChirpStackError error = client.setDisabled(eui, disabled, was);
    if (error.ok())
        return Sent::Done;
    if (error.isTransient() || error.code == ChirpStackError::Unauthenticated) {
        result.fatal = ChirpStackErrors::toSourceError(error, eui.toUpper());
        return Sent::Stop;
    }
    result.failures << u"%1: %2"_s.arg(
        eui.toUpper(), ChirpStackErrors::sentence(error, eui.toUpper()));
    return Sent::Failed;
}

} // namespace

ChirpStackDisabler::Result ChirpStackDisabler::disable(
    ChirpStackClient &client, const QStringList &devEuis, const QString &journalPath)
{
    Result result;
    const Journal journal = readJournal(journalPath);
    QFile file(journalPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        result.fatal = journalError(journalPath, file.errorString());
        return result;
    }
    for (const QString &given : devEuis) {
        const QString eui = given.toLower();
        if (journal.done.contains(eui)) {
            ++result.unchanged;
            continue;
        }
        if (!journal.wasDisabled.contains(eui)) {
            ChirpStackDevice device;
            const ChirpStackError error = client.getDevice(eui, &device);
            if (!error.ok()) {
                result.fatal = ChirpStackErrors::toSourceError(error, eui.toUpper());
                return result;
            }
            if (!append(
                    file, { { u"dev_eui"_s, eui }, { u"was_disabled"_s, device.isDisabled } })) {
                result.fatal = journalError(journalPath, file.errorString());
                return result;
            }
        }
        bool was = false;
        const Sent sent = send(client, eui, true, &was, result);
        if (sent == Sent::Stop)
            return result;
        if (sent == Sent::Failed)
            continue;
        if (was)
            ++result.unchanged;
        else
            ++result.changed;
        if (!append(file, { { u"dev_eui"_s, eui }, { u"done"_s, true } })) {
            result.fatal = journalError(journalPath, file.errorString());
            return result;
        }
    }
    return result;
}

ChirpStackDisabler::Result ChirpStackDisabler::enable(
    ChirpStackClient &client, const QString &journalPath)
{
    Result result;
    if (!QFile::exists(journalPath)) {
        result.fatal = journalError(journalPath, u"no such file"_s);
        result.fatal.message = QCoreApplication::translate(
            "ChirpStackDisabler", "%1 does not exist: nothing was disabled with it")
                                   .arg(journalPath);
        return result;
    }
    const Journal journal = readJournal(journalPath);
    for (const QString &eui : journal.order) {
        if (journal.wasDisabled.value(eui)) {
            ++result.unchanged; // disabled before the migration: stays so
            continue;
        }
        bool was = false;
        const Sent sent = send(client, eui, false, &was, result);
        if (sent == Sent::Stop)
            return result;
        if (sent == Sent::Failed)
            continue;
        if (was)
            ++result.changed;
        else
            ++result.unchanged;
    }
    return result;
}

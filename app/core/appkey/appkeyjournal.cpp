#include "appkey/appkeyjournal.h"

#include "util/redact.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AppKeyJournal)
};

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyDir = kOwnerOnly | QFileDevice::ExeOwner;
const QString kFormat = u"ttn-lw-migrate appkey journal"_s;

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// Application IDs are v2 IDs ([0-9a-z_-]); anything else is kept out of the file name.
QString fileNamePart(const QString &text)
{
    QString safe;
    for (const QChar c : text)
        safe += (c.isLetterOrNumber() && c.unicode() < 0x80) || c == u'-' || c == u'_' ? c : u'_';
    return safe.left(40);
}

AppKeyJournalEntry::State stateFromName(const QString &name, bool *ok)
{
    *ok = true;
    if (name == u"done")
        return AppKeyJournalEntry::State::Done;
    if (name == u"already")
        return AppKeyJournalEntry::State::Already;
    if (name == u"failed")
        return AppKeyJournalEntry::State::Failed;
    *ok = name == u"pending";
    return AppKeyJournalEntry::State::Pending;
}
} // namespace

QString AppKeyJournal::defaultDirectory()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + u"/.local/share"_s;
    return base + u"/ttn-lw-migrate/journals"_s;
}

QString AppKeyJournal::actionName(AppKeyAction action)
{
    return action == AppKeyAction::Change ? u"change"_s : u"restore"_s;
}

QString AppKeyJournal::sourceName(AppKeySource source)
{
    return source == AppKeySource::Tts ? u"tts"_s : u"ttnv2"_s;
}

QString AppKeyJournal::stateName(AppKeyJournalEntry::State state)
{
    switch (state) {
    case AppKeyJournalEntry::State::Pending:
        return u"pending"_s;
    case AppKeyJournalEntry::State::Done:
        return u"done"_s;
    case AppKeyJournalEntry::State::Already:
        return u"already"_s;
    case AppKeyJournalEntry::State::Failed:
        return u"failed"_s;
    }
    return QString();
}

AppKeyJournal::AppKeyJournal(QString directory)
    : m_directory(std::move(directory))
{
}

AppKeyJournal::~AppKeyJournal() = default;

bool AppKeyJournal::begin(AppKeyAction action, const QString &appId, const QString &devicesFile,
    int planned, AppKeySource source)
{
    const QString shownDir = QDir::toNativeSeparators(m_directory);
    if (!QDir().mkpath(m_directory)) {
        m_error = Text::tr("cannot create the journal folder %1").arg(shownDir);
        return false;
    }
    QFile::setPermissions(m_directory, kOwnerOnlyDir);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString stem = u"%1-%2-%3"_s.arg(
        fileNamePart(appId), now.toString(u"yyyyMMdd'T'HHmmss'Z'"_s), actionName(action));
    for (int n = 1; n < 1000; ++n) {
        const QString name = n == 1 ? stem + u".json"_s : u"%1-%2.json"_s.arg(stem).arg(n);
        m_file.setFileName(QDir(m_directory).filePath(name));
        if (m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            break;
        if (m_file.exists())
            continue;
        m_error = Text::tr("cannot write the journal %1: %2")
                      .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    if (!m_file.isOpen() || !m_file.setPermissions(kOwnerOnly)) {
        m_error = Text::tr("cannot write the journal in %1").arg(shownDir);
        m_file.close();
        return false;
    }
    const QJsonObject header {
        { u"format"_s, kFormat },
        { u"version"_s, 1 },
        { u"action"_s, actionName(action) },
        { u"source"_s, sourceName(source) },
        { u"application_id"_s, appId },
        { u"devices_file"_s, QFileInfo(devicesFile).absoluteFilePath() },
        { u"planned"_s, planned },
        { u"started_at"_s, timeText(now) },
    };
    return writeLine(QJsonDocument(header).toJson(QJsonDocument::Compact));
}

bool AppKeyJournal::record(const AppKeyJournalEntry &entry)
{
    QJsonObject line {
        { u"dev_id"_s, entry.v2DeviceId },
        { u"state"_s, stateName(entry.state) },
        { u"time"_s,
            timeText(entry.time.isValid() ? entry.time : QDateTime::currentDateTimeUtc()) },
    };
    if (!entry.oldKeyFingerprint.isEmpty())
        line.insert(u"old_key_fingerprint"_s, entry.oldKeyFingerprint);
    if (!entry.newKeyFingerprint.isEmpty())
        line.insert(u"new_key_fingerprint"_s, entry.newKeyFingerprint);
    if (!entry.reason.isEmpty())
        line.insert(u"reason"_s, Redact::text(entry.reason));
    return writeLine(QJsonDocument(line).toJson(QJsonDocument::Compact));
}

bool AppKeyJournal::finish(bool canceled)
{
    const QJsonObject line {
        { u"finished_at"_s, timeText(QDateTime::currentDateTimeUtc()) },
        { u"canceled"_s, canceled },
    };
    const bool written = writeLine(QJsonDocument(line).toJson(QJsonDocument::Compact));
    m_file.close();
    return written;
}

bool AppKeyJournal::writeLine(const QByteArray &json)
{
    if (!m_file.isOpen()) {
        if (m_error.isEmpty())
            m_error = Text::tr("the journal is not open");
        return false;
    }
    const QByteArray line = json + '\n';
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        m_error = Text::tr("cannot write the journal %1: %2")
                      .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    return true;
}

AppKeyJournalRun AppKeyJournal::readRun(const QString &path)
{
    AppKeyJournalRun run;
    run.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return run;
    QHash<QString, AppKeyJournalEntry::State> lastState;
    bool headerSeen = false;
    while (!file.atEnd()) {
        // A line torn by a crash does not parse and is skipped.
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (line.isEmpty())
            continue;
        if (!headerSeen) {
            if (line.value("format"_L1).toString() != kFormat)
                return run; // not a journal: no application, never listed
            headerSeen = true;
            run.action = line.value("action"_L1).toString() == u"restore" ? AppKeyAction::Restore
                                                                          : AppKeyAction::Change;
            run.source = line.value("source"_L1).toString() == u"tts" ? AppKeySource::Tts
                                                                      : AppKeySource::TtnV2;
            run.appId = line.value("application_id"_L1).toString();
            run.devicesFile = line.value("devices_file"_L1).toString();
            run.planned = line.value("planned"_L1).toInt();
            run.startedAt = parseTime(line.value("started_at"_L1));
            continue;
        }
        if (line.contains("finished_at"_L1)) {
            run.finishedAt = parseTime(line.value("finished_at"_L1));
            run.canceled = line.value("canceled"_L1).toBool();
            continue;
        }
        bool known = false;
        const auto state = stateFromName(line.value("state"_L1).toString(), &known);
        const QString devId = line.value("dev_id"_L1).toString();
        if (!known || devId.isEmpty())
            continue;
        lastState.insert(devId, state);
        const QString newKey = line.value("new_key_fingerprint"_L1).toString();
        if (!newKey.isEmpty()
            && (state == AppKeyJournalEntry::State::Pending
                || state == AppKeyJournalEntry::State::Done))
            run.newKeyFingerprints.insert(newKey);
    }
    for (auto it = lastState.cbegin(); it != lastState.cend(); ++it) {
        switch (it.value()) {
        case AppKeyJournalEntry::State::Pending:
            ++run.pending;
            break;
        case AppKeyJournalEntry::State::Done:
            ++run.done;
            break;
        case AppKeyJournalEntry::State::Already:
            ++run.already;
            break;
        case AppKeyJournalEntry::State::Failed:
            ++run.failed;
            break;
        }
    }
    return run;
}

QList<AppKeyJournalRun> AppKeyJournal::readRuns(const QString &directory, const QString &appId)
{
    QList<AppKeyJournalRun> runs;
    const QDir dir(directory);
    const QStringList names = dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        AppKeyJournalRun run = readRun(dir.filePath(name));
        if (run.appId.isEmpty() || (!appId.isEmpty() && run.appId != appId))
            continue;
        runs.append(std::move(run));
    }
    std::stable_sort(
        runs.begin(), runs.end(), [](const AppKeyJournalRun &a, const AppKeyJournalRun &b) {
            return a.startedAt < b.startedAt;
        });
    return runs;
}

QList<AppKeyJournalRun> AppKeyJournal::unresolvedRuns(
    const QString &directory, const QString &appId)
{
    const QList<AppKeyJournalRun> runs = readRuns(directory, appId);
    QList<AppKeyJournalRun> open;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const AppKeyJournalRun &run = runs.at(i);
        if (run.complete())
            continue;
        const bool settledLater = std::any_of(
            runs.cbegin() + i + 1, runs.cend(), [&run](const AppKeyJournalRun &later) {
                return later.complete() && later.appId == run.appId
                    && later.devicesFile == run.devicesFile;
            });
        if (!settledLater)
            open.append(run);
    }
    return open;
}

QSet<QString> AppKeyJournal::generatedKeyFingerprints(
    const QString &directory, const QString &appId)
{
    QSet<QString> keys;
    const QList<AppKeyJournalRun> runs = readRuns(directory, appId);
    for (const AppKeyJournalRun &run : runs) {
        if (run.action == AppKeyAction::Change)
            keys.unite(run.newKeyFingerprints);
    }
    return keys;
}

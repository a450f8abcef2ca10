#include "sourcedelete/sourcedeletejob.h"

#include "tts/ttstracker.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;
using Status = SourceDeleteDeviceResult::Status;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SourceDeleteJob)
};

int rank(TtsJoinState state)
{
    switch (state) {
    case TtsJoinState::Joined:
        return 1;
    case TtsJoinState::Active:
        return 2;
    case TtsJoinState::Waiting:
    case TtsJoinState::NotInTts:
        break;
    }
    return 0;
}

// A device an earlier run started on but did not finish.
bool halfDone(const SourceDeleteJournal::Entry *entry)
{
    return entry && (entry->lastEvent == u"deleting" || entry->lastEvent == u"recreating");
}

SourceErrorKind kindOf(const TtsError &error)
{
    if (error.kind == TtsErrorKind::Timeout)
        return SourceErrorKind::Timeout;
    if (error.kind == TtsErrorKind::Tls)
        return SourceErrorKind::Tls;
    if (error.kind != TtsErrorKind::Http)
        return SourceErrorKind::ConnectionFailed;
    if (error.httpStatus == 401)
        return SourceErrorKind::Unauthenticated;
    if (error.httpStatus == 403)
        return SourceErrorKind::PermissionDenied;
    if (error.httpStatus == 404)
        return SourceErrorKind::ApplicationNotFound;
    return SourceErrorKind::ServerError;
}

} // namespace

SourceDeleteJob::SourceDeleteJob(SourceDeleter *deleter, TtsConnection target,
    const QList<TtsFileDevice> &devices, SourceDeleteOptions options, QObject *parent)
    : QObject(parent)
    , m_deleter(deleter)
    , m_target(std::move(target))
    , m_options(std::move(options))
{
    m_deleter->setParent(this);
    connect(m_deleter, &SourceDeleter::requestLogged, this, &SourceDeleteJob::requestLogged);
    for (const TtsFileDevice &device : devices) {
        if (!m_deleter->concerns(device))
            continue;
        m_devices.append(device);
        m_candidates.append(
            { device.deviceId, m_deleter->sourceIdOf(device), device.devEui, device.device });
    }
    m_summary.action = m_options.action;
    m_summary.dryRun = m_options.dryRun;
    m_summary.concerned = int(m_candidates.size());
    m_summary.journalPath = m_options.journalPath;
}

SourceDeleteJob::~SourceDeleteJob()
{
    m_deleter->abort();
}

QString SourceDeleteJob::statusName(Status status)
{
    switch (status) {
    case Status::Deleted:
        return Text::tr("deleted");
    case Status::WouldDelete:
        return Text::tr("would delete");
    case Status::NotReady:
        return Text::tr("not yet");
    case Status::Already:
        return Text::tr("already done");
    case Status::Recreated:
        return Text::tr("re-created");
    case Status::WouldRecreate:
        return Text::tr("would re-create");
    case Status::Failed:
        break;
    }
    return Text::tr("failed");
}

void SourceDeleteJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_journal = SourceDeleteJournal::read(m_options.journalPath);
    if (m_options.action == SourceDeleteAction::Recreate) {
        QHash<QString, int> byId;
        for (int i = 0; i < m_candidates.size(); ++i)
            byId.insert(m_candidates.at(i).deviceId, i);
        for (const SourceDeleteJournal::Entry &entry : std::as_const(m_journal.devices)) {
            if (entry.lastEvent == u"recreated")
                continue;
            const auto it = byId.constFind(entry.deviceId);
            if (it == byId.constEnd()) {
                SourceDeleteDeviceResult result { entry.deviceId, entry.sourceId, Status::Failed };
                result.reason = Text::tr("not in the devices.json given: its session keys are "
                                         "needed to put it back");
                finishDevice(result);
                continue;
            }
            m_queue.append(m_candidates.at(*it));
        }
        // Only the devices the journal names are this run's.
        m_summary.concerned = int(m_queue.size()) + m_summary.failed;
        beginWrites();
        return;
    }
    m_tracker = new TtsTracker(m_target, m_devices, this);
    connect(m_tracker, &TtsTracker::requestLogged, this, &SourceDeleteJob::requestLogged);
    connect(m_tracker, &TtsTracker::refreshed, this, &SourceDeleteJob::onSnapshot);
    m_tracker->refresh();
}

void SourceDeleteJob::cancel()
{
    m_cancel = true;
    if (m_tracker) {
        m_tracker->deleteLater();
        m_tracker = nullptr;
        m_summary.canceled = true;
        finishRun();
    }
}

void SourceDeleteJob::onSnapshot(const TtsTrackerSnapshot &snapshot)
{
    m_tracker->deleteLater();
    m_tracker = nullptr;
    if (!snapshot.ok()) {
        SourceError fatal;
        fatal.kind = kindOf(snapshot.error);
        fatal.httpStatus = snapshot.error.httpStatus;
        fatal.message = snapshot.fatal;
        fatal.fix = snapshot.fatalFix;
        fatal.serverMessage = snapshot.error.message;
        fatal.fatalForRun = true;
        fatal.detail = QVariant::fromValue(snapshot.error);
        stop(fatal);
        return;
    }
    QHash<QString, TtsJoinState> states;
    for (const TtsTrackedDevice &device : snapshot.devices)
        states.insert(device.deviceId, device.state);
    const int required = rank(m_deleter->requiredState());
    for (const SourceDeleteCandidate &candidate : std::as_const(m_candidates)) {
        const SourceDeleteJournal::Entry *entry = m_journal.find(candidate.deviceId);
        const TtsJoinState state = states.value(candidate.deviceId, TtsJoinState::NotInTts);
        SourceDeleteDeviceResult result { candidate.deviceId, candidate.sourceId, Status::Already,
            state };
        if (entry && entry->lastEvent == u"deleted") {
            result.reason = Text::tr("deleted by an earlier run");
            finishDevice(result);
        } else if (rank(state) >= required || halfDone(entry)) {
            m_queue.append(candidate);
        } else {
            result.status = Status::NotReady;
            result.reason = TtsTracker::stateName(state, true);
            finishDevice(result);
        }
    }
    beginWrites();
}

void SourceDeleteJob::beginWrites()
{
    if (m_queue.isEmpty()) {
        finishRun();
        return;
    }
    if (!m_options.dryRun && !m_writer.open(m_options.journalPath)) {
        SourceError fatal;
        fatal.kind = SourceErrorKind::BadRequest;
        fatal.fatalForRun = true;
        fatal.message
            = Text::tr("cannot write %1: %2").arg(m_options.journalPath, m_writer.errorString());
        stop(fatal);
        return;
    }
    m_deleter->prepare([this](const SourceError &error) {
        if (error.isError())
            stop(error);
        else
            next();
    });
}

void SourceDeleteJob::next()
{
    if (!m_running)
        return;
    if (m_cancel) {
        m_summary.canceled = true;
        finishRun();
        return;
    }
    if (m_index >= m_queue.size()) {
        finishRun();
        return;
    }
    const SourceDeleteCandidate &candidate = m_queue.at(m_index++);
    const SourceDeleteJournal::Entry *entry = m_journal.find(candidate.deviceId);
    const bool recreate = m_options.action == SourceDeleteAction::Recreate;
    if (m_options.dryRun) {
        finishDevice({ candidate.deviceId, candidate.sourceId,
            recreate ? Status::WouldRecreate : Status::WouldDelete });
        // Queued: ten thousand devices must not recurse.
        QMetaObject::invokeMethod(this, &SourceDeleteJob::next, Qt::QueuedConnection);
        return;
    }
    if (recreate)
        recreateOne(candidate, entry);
    else
        deleteOne(candidate, entry);
}

void SourceDeleteJob::deleteOne(
    const SourceDeleteCandidate &given, const SourceDeleteJournal::Entry *entry)
{
    SourceDeleteCandidate candidate = given;
    // A resumed device keeps the source ID its first run journalled.
    candidate.sourceId = halfDone(entry) && !entry->sourceId.isEmpty()
        ? entry->sourceId
        : m_deleter->resolveSourceId(given);
    auto remove = [this, candidate] {
        m_deleter->remove(candidate, written(candidate, u"deleted"_s, Status::Deleted));
    };
    if (halfDone(entry)) {
        // A killed run wrote "deleting" (and kept the state then): finish that device.
        remove();
        return;
    }
    m_deleter->readState(
        candidate, [this, candidate, remove](const QJsonObject &state, const SourceError &error) {
            if (error.kind == SourceErrorKind::NotFound) {
                finishDevice({ candidate.deviceId, candidate.sourceId, Status::Already,
                    TtsJoinState::NotInTts, Text::tr("no longer at the source") });
                next();
                return;
            }
            if (error.isError()) {
                fail(candidate, error);
                return;
            }
            if (journal(candidate, u"deleting"_s, state))
                remove();
        });
}

void SourceDeleteJob::recreateOne(
    const SourceDeleteCandidate &candidate, const SourceDeleteJournal::Entry *entry)
{
    const QJsonObject state = entry ? entry->state : QJsonObject();
    if (!journal(candidate, u"recreating"_s))
        return;
    m_deleter->recreate(candidate, state, written(candidate, u"recreated"_s, Status::Recreated));
}

// After a write at the source: the device fails with the error, or its journal line says it
// is done, and the next device follows.
SourceDeleter::Done SourceDeleteJob::written(
    const SourceDeleteCandidate &candidate, const QString &event, Status status)
{
    return [this, candidate, event, status](const SourceError &error) {
        if (error.isError()) {
            fail(candidate, error);
            return;
        }
        if (!journal(candidate, event))
            return;
        finishDevice({ candidate.deviceId, candidate.sourceId, status });
        next();
    };
}

bool SourceDeleteJob::journal(
    const SourceDeleteCandidate &candidate, const QString &event, const QJsonObject &state)
{
    if (m_writer.append(candidate.deviceId, candidate.sourceId, event, state))
        return true;
    SourceError fatal;
    fatal.kind = SourceErrorKind::BadRequest;
    fatal.fatalForRun = true;
    fatal.message
        = Text::tr("cannot write %1: %2").arg(m_options.journalPath, m_writer.errorString());
    stop(fatal);
    return false;
}

void SourceDeleteJob::fail(const SourceDeleteCandidate &candidate, const SourceError &error)
{
    if (error.fatalForRun) {
        stop(error);
        return;
    }
    SourceDeleteDeviceResult result { candidate.deviceId, candidate.sourceId, Status::Failed };
    result.reason = error.message;
    finishDevice(result);
    next();
}

void SourceDeleteJob::finishDevice(SourceDeleteDeviceResult result)
{
    switch (result.status) {
    case Status::Deleted:
        ++m_summary.deleted;
        break;
    case Status::WouldDelete:
        ++m_summary.wouldDelete;
        break;
    case Status::NotReady:
        ++m_summary.notReady;
        break;
    case Status::Already:
        ++m_summary.already;
        break;
    case Status::Recreated:
        ++m_summary.recreated;
        break;
    case Status::WouldRecreate:
        ++m_summary.wouldRecreate;
        break;
    case Status::Failed:
        ++m_summary.failed;
        break;
    }
    emit deviceFinished(result);
    emit progress(m_summary.done(), m_summary.concerned);
}

void SourceDeleteJob::stop(const SourceError &fatal)
{
    m_summary.fatal = fatal;
    finishRun();
}

void SourceDeleteJob::finishRun()
{
    if (!m_running)
        return;
    m_running = false;
    emit finished(m_summary);
}

#include "ttsstatusrunner.h"

#include "clierrortext.h"
#include "clitext.h"
#include "console.h"
#include "exitcodes.h"
#include "util/localenumbers.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : u"-"_s;
}
} // namespace

TtsStatusRunner::TtsStatusRunner(
    const TtsCliConfig &config, const QList<TtsFileDevice> &devices, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_devices(devices)
    , m_tracker(new TtsTracker(config.connection, devices, this))
{
    connect(m_tracker, &TtsTracker::refreshed, this, &TtsStatusRunner::onRefreshed);
    if (config.verbose)
        connect(m_tracker, &TtsTracker::requestLogged, this,
            [](const QString &line) { Console::error(line); });
}

void TtsStatusRunner::start()
{
    for (const TtsFileDevice &device : std::as_const(m_devices)) {
        if (!device.ok())
            Console::error(CliText::tr("skipped %1: %2").arg(device.where(), device.error));
    }
    m_tracker->refresh();
}

QStringList TtsStatusRunner::tableLines(const TtsTrackerSnapshot &snapshot)
{
    // The longest state word of the user's language sets the column ("beigetreten" is
    // longer than "joined"), so the table lines up in every translation.
    qsizetype stateWidth = CliText::tr("STATE").size();
    for (TtsJoinState state : { TtsJoinState::Waiting, TtsJoinState::Joined, TtsJoinState::Active,
             TtsJoinState::NotInTts }) {
        for (bool withSession : { false, true })
            stateWidth = std::max(stateWidth, TtsTracker::stateName(state, withSession).size());
    }
    QStringList lines;
    lines << u"%1  %2  %3  %4"_s.arg(CliText::tr("DEVICE").leftJustified(36),
        CliText::tr("STATE").leftJustified(stateWidth), CliText::tr("LAST SEEN").leftJustified(20),
        CliText::tr("ACTIVE SINCE"));
    for (const TtsTrackedDevice &d : snapshot.devices) {
        lines << u"%1  %2  %3  %4"_s.arg(d.deviceId.leftJustified(36),
            TtsTracker::stateName(d.state, d.withSession).leftJustified(stateWidth),
            timeText(d.lastSeenAt).leftJustified(20), timeText(d.activatedAt));
    }
    return lines;
}

QString TtsStatusRunner::summaryLine(const TtsTrackerSnapshot &s)
{
    // The form cli.md fixes; every device is counted once.
    return u"%1 joined, %2 waiting, %3 active of %4"_s.arg(s.joined)
        .arg(s.waiting)
        .arg(s.active)
        .arg(s.total());
}

void TtsStatusRunner::onRefreshed(const TtsTrackerSnapshot &snapshot)
{
    if (!snapshot.ok()) {
        Console::fatal(CliErrorText::withAdvice(snapshot.fatal, snapshot.fatalFix));
        emit finished(ExitCode::Failure);
        return;
    }
    QByteArray out;
    for (const QString &line : tableLines(snapshot))
        out += line.toLocal8Bit() + '\n';
    out += summaryLine(snapshot).toLocal8Bit() + '\n';
    if (!Console::writeStdout(out)) {
        emit finished(ExitCode::Failure);
        return;
    }
    if (snapshot.notInTts > 0)
        Console::error(LocaleNumbers::withGroupedN(
            CliText::tr("%n device(s) of the file are not in application %1: import them with "
                        "ttn-lw-migrate tts import",
                nullptr, snapshot.notInTts),
            snapshot.notInTts)
                           .arg(m_config.connection.applicationId));
    if (snapshot.waiting > 0)
        Console::error(CliText::tr("still waiting is normal until a device retries its join; "
                                   "usual causes: %1")
                           .arg(TtsTracker::usualCauses().join(u"; "_s)));
    emit finished(snapshot.notInTts > 0 ? ExitCode::Partial : ExitCode::Success);
}

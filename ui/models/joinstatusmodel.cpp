#include "models/joinstatusmodel.h"

#include "util/localenumbers.h"
#include "widgets/uiicons.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;
using LocaleNumbers::withGroupedN;

JoinStatusModel::JoinStatusModel(QObject *parent)
    : FlatTableModel(ColumnCount, parent)
{
}

QString JoinStatusModel::ago(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, then.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return withGroupedN(tr("%n min ago", nullptr, int(seconds / 60)), seconds / 60);
    if (seconds < 2 * 86400)
        return withGroupedN(tr("%n h ago", nullptr, int(seconds / 3600)), seconds / 3600);
    return withGroupedN(tr("%n day(s) ago", nullptr, int(seconds / 86400)), seconds / 86400);
}

QString JoinStatusModel::clockText(const QTime &time, bool withSeconds)
{
    const QLocale locale;
    if (!withSeconds)
        return locale.toString(time, QLocale::ShortFormat);
    // The long format with seconds, without its time zone ("t"), which a QTime has not.
    static const QRegularExpression zone(
        u"\\s*\\bt+\\b\\s*"_s, QRegularExpression::UseUnicodePropertiesOption);
    QString format = locale.timeFormat(QLocale::LongFormat);
    format.replace(zone, u" "_s);
    return locale.toString(time, format.trimmed());
}

QString JoinStatusModel::whenText(const QDateTime &when, bool withSeconds)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    // Today's times without the date, so the columns stay narrow.
    const QString clock = clockText(local.time(), withSeconds);
    if (local.date() == QDate::currentDate())
        return clock;
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + clock;
}

QString JoinStatusModel::countsText(const TtsJoinCounts &counts)
{
    const int inTts = counts.inTts();
    QString text
        = withGroupedN(
            tr("%1 of %n device(s) joined (%2 active), %3 waiting.", nullptr, inTts), inTts)
              .arg(LocaleNumbers::number(counts.joined + counts.active),
                  LocaleNumbers::number(counts.active), LocaleNumbers::number(counts.waiting));
    if (counts.notInTts > 0)
        text += u' '
            + withGroupedN(
                tr("%n device(s) of the file not in The Things Stack.", nullptr, counts.notInTts),
                counts.notInTts);
    return text;
}

QVariant JoinStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_snapshot.devices.size())
        return {};
    const TtsTrackedDevice &device = m_snapshot.devices.at(index.row());
    if (role == FilterRole)
        return int(device.state);
    if (role == Qt::DecorationRole && index.column() == StateColumn) {
        switch (device.state) {
        case TtsJoinState::Active:
        case TtsJoinState::Joined:
            return UiIcons::success();
        case TtsJoinState::Waiting:
            return UiIcons::busy();
        case TtsJoinState::NotInTts:
            return UiIcons::warning();
        }
    }
    const auto time = [&](const QDateTime &when) -> QVariant {
        if (role == SortRole)
            return when.isValid() ? when.toMSecsSinceEpoch() : qint64(0);
        if (!when.isValid())
            return QString();
        if (role == Qt::ToolTipRole)
            return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
        return whenText(when);
    };
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DeviceColumn:
        return device.deviceId;
    case StateColumn:
        if (role == SortRole)
            return int(device.state);
        return TtsTracker::stateName(device.state, device.withSession);
    case LastSeenColumn:
        return time(device.lastSeenAt);
    case ActiveSinceColumn:
        return time(device.activatedAt);
    case ImportedColumn:
        return time(device.createdAt);
    default:
        return {};
    }
}

QVariant JoinStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case StateColumn:
        return tr("State");
    case LastSeenColumn:
        return tr("Last seen");
    case ActiveSinceColumn:
        return tr("Active since");
    case ImportedColumn:
        return tr("In TTS since");
    default:
        return {};
    }
}

void JoinStatusModel::setSnapshot(const TtsTrackerSnapshot &snapshot)
{
    bool sameRows = snapshot.devices.size() == m_snapshot.devices.size();
    for (int i = 0; sameRows && i < snapshot.devices.size(); ++i)
        sameRows = snapshot.devices.at(i).deviceId == m_snapshot.devices.at(i).deviceId;
    if (sameRows) {
        m_snapshot = snapshot;
        if (!m_snapshot.devices.isEmpty())
            emit dataChanged(
                index(0, 0), index(int(m_snapshot.devices.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_snapshot = snapshot;
    endResetModel();
}

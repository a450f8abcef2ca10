#include "util/durationtext.h"

#include <QCoreApplication>
#include <algorithm>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)
};
} // namespace

QString DurationText::rough(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(1, (std::max<qint64>(ms, 0) + 999) / 1000);
    if (seconds < 60)
        return Text::tr("%1 s").arg(seconds);
    // Rounded to the nearest minute: an estimate is never that exact anyway.
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return Text::tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (minutes % 60 == 0)
        return Text::tr("%1 h").arg(hours);
    return Text::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
}

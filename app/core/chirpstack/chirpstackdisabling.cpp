#include "chirpstack/chirpstackdisabling.h"

using namespace Qt::StringLiterals;

namespace {

struct Runs
{
    ChirpStackDisabling::Disable disable;
    ChirpStackDisabling::Enable enable;
};

Runs &runs()
{
    static Runs registered;
    return registered;
}

} // namespace

// Here rather than beside disable() and enable(): the wizard names the journal without gRPC.
QString ChirpStackDisabler::journalPath(const QString &exportPath)
{
    const QString suffix = u".chirpstack-disabled"_s;
    return exportPath.endsWith(suffix) ? exportPath : exportPath + suffix;
}

void ChirpStackDisabling::setRuns(Disable disable, Enable enable)
{
    runs() = { std::move(disable), std::move(enable) };
}

bool ChirpStackDisabling::isAvailable()
{
    return runs().disable && runs().enable;
}

ChirpStackDisabler::Result ChirpStackDisabling::disable(
    const ChirpStackConnection &connection, const QStringList &devEuis, const QString &journalPath)
{
    Q_ASSERT(isAvailable());
    return runs().disable(connection, devEuis, journalPath);
}

ChirpStackDisabler::Result ChirpStackDisabling::enable(
    const ChirpStackConnection &connection, const QString &journalPath)
{
    Q_ASSERT(isAvailable());
    return runs().enable(connection, journalPath);
}

#include "job/fetchplan.h"

#include <QCoreApplication>
#include <QSet>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportJob)
};

QStringList withoutDuplicates(const QStringList &ids)
{
    QStringList unique;
    QSet<QString> seen;
    for (const QString &raw : ids) {
        const QString id = raw.trimmed();
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    return unique;
}
} // namespace

FetchPlan FetchPlan::forRequest(const ExportRequest &request)
{
    FetchPlan plan;
    const bool withSession = request.options.withSession;
    if (request.scope == ExportScope::Application) {
        plan.source = FetchPlan::Source::ListAll;
        plan.sessionCounterGets = withSession;
        return plan;
    }
    plan.deviceIds = withoutDuplicates(request.deviceIds);
    // With sessions every requested device needs a GET anyway, and a GET carries the keys too,
    // so the list call would only add a request.
    if (withSession || plan.deviceIds.size() <= kMaxDevicesForGets)
        plan.source = FetchPlan::Source::GetEach;
    else
        plan.source = FetchPlan::Source::ListFiltered;
    return plan;
}

QString FetchPlan::deviceNotFoundReason(const QString &appId)
{
    return Text::tr("device not found in application \u201c%1\u201d").arg(appId);
}

#include "job/fetchplan.h"

#include "source/sourcereadrequest.h"

#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportJob)
};
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
    plan.deviceIds = SourceReadRequest::devices(request.deviceIds, withSession).deviceIds;
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

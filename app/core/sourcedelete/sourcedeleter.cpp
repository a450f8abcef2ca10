#include "sourcedelete/sourcedeleter.h"

#include <QCoreApplication>

void SourceDeleter::recreate(
    const SourceDeleteCandidate &candidate, const QJsonObject &state, Done done)
{
    Q_UNUSED(candidate);
    Q_UNUSED(state);
    done(SourceError::unsupported(QCoreApplication::translate(
        "SourceDeleteJob", "a device deleted at this source cannot be put back")));
}

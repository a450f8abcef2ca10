#include "source/sourceerror.h"

SourceError SourceError::unsupported(const QString &message)
{
    SourceError error;
    error.kind = SourceErrorKind::Unsupported;
    error.message = message;
    error.fatalForRun = true;
    return error;
}

#include "v2/v2error.h"

bool V2Error::isTransient() const
{
    switch (kind) {
    case V2ErrorKind::RateLimited:
    case V2ErrorKind::Unavailable:
    case V2ErrorKind::Timeout:
        return true;
    case V2ErrorKind::ConnectionFailed:
        // Only a reset connection is worth another try; a refused connection or an unknown
        // host will not fix itself within the back-off window. The mapper marks resets with
        // httpStatus 0 and kind ConnectionFailed plus transientReset (see v2errormapper).
        return transientReset;
    default:
        return false;
    }
}

bool V2Error::isFatalForRun() const
{
    switch (kind) {
    case V2ErrorKind::Unauthenticated:
    case V2ErrorKind::PermissionDenied:
    case V2ErrorKind::ApplicationNotFound:
    case V2ErrorKind::ConnectionFailed:
    case V2ErrorKind::Tls:
    // Transient kinds only reach a caller after every retry failed: the handler is not
    // usable right now, and trying the next device would just repeat the wait.
    case V2ErrorKind::RateLimited:
    case V2ErrorKind::Unavailable:
    case V2ErrorKind::Timeout:
    case V2ErrorKind::Canceled:
        return true;
    case V2ErrorKind::None:
    case V2ErrorKind::BadRequest:
    case V2ErrorKind::NotFound:
    case V2ErrorKind::AlreadyExists:
    case V2ErrorKind::ServerError:
    case V2ErrorKind::BadResponse:
        return false;
    }
    return false;
}

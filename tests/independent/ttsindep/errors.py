"""Errors in The Things Stack's shape (pkg/errors, api/ttn/lorawan/v3/error.proto).

Over HTTP an error is {"code": <gRPC code>, "message": "error:<namespace>:<name> (<text>)",
"details": [ErrorDetails]}, with the HTTP status that belongs to the gRPC code
(pkg/errors/http.go).
"""

import re
import uuid

# gRPC code -> HTTP status, as pkg/errors/http.go maps them.
HTTP_STATUS = {0: 200, 1: 499, 2: 500, 3: 400, 4: 504, 5: 404, 6: 409, 7: 403, 8: 429,
               9: 400, 10: 409, 11: 400, 12: 501, 13: 500, 14: 503, 15: 500, 16: 401}

INVALID_ARGUMENT, NOT_FOUND, ALREADY_EXISTS, PERMISSION_DENIED = 3, 5, 6, 7
RESOURCE_EXHAUSTED, UNAVAILABLE, UNAUTHENTICATED = 8, 14, 16


class TtsError(Exception):
    def __init__(self, namespace, name, code, message_format, attributes=None, cause=None):
        self.namespace = namespace
        self.name = name
        self.code = code
        self.message_format = message_format
        self.attributes = dict(attributes or {})
        self.cause = cause
        super().__init__(self.message())

    @property
    def full_name(self):
        return "%s:%s" % (self.namespace, self.name)

    def text(self):
        def sub(m):
            v = self.attributes.get(m.group(1))
            return str(v) if v is not None else m.group(0)
        return re.sub(r"\{\s*([a-z0-9_]+)\s*\}", sub, self.message_format)

    def message(self):
        return "error:%s (%s)" % (self.full_name, self.text())

    @property
    def http_status(self):
        return HTTP_STATUS.get(self.code, 500)

    def details(self, correlation_id=None):
        d = {
            "@type": "type.googleapis.com/ttn.lorawan.v3.ErrorDetails",
            "namespace": self.namespace,
            "name": self.name,
            "message_format": self.message_format,
            "correlation_id": correlation_id or uuid.uuid4().hex,
            "code": self.code,
        }
        if self.attributes:
            d["attributes"] = self.attributes
        if self.cause is not None:
            c = self.cause.details(d["correlation_id"])
            c.pop("@type", None)
            d["cause"] = c
        return d

    def body(self):
        return {"code": self.code, "message": self.message(), "details": [self.details()]}

    def innermost(self):
        e = self
        while e.cause is not None:
            e = e.cause
        return e


# -- definitions used by the emulator and the checker --------------------------------------

def validation(field, reason, cause=None, name="EndDeviceValidationError"):
    return TtsError("pkg/errors", "validation", INVALID_ARGUMENT, "invalid `{field}`: {reason}",
                    {"field": field, "reason": reason, "name": name}, cause)


def validation_chain(path, reason, top="end_device"):
    """The nested validation error TTS returns for a problem at path inside the request."""
    parts = ([top] if top else []) + path.split(".")
    err = validation(parts[-1], reason)
    for p in reversed(parts[:-1]):
        err = validation(p, "embedded message failed validation", err)
    return err


def field_mask_paths(forbidden):
    return TtsError("pkg/rpcmiddleware/validator", "field_mask_paths", INVALID_ARGUMENT,
                    "forbidden path(s) in field mask", {"forbidden_paths": forbidden})


def non_zero_path(path):
    return TtsError("pkg/rpcmiddleware/validator", "non_zero_path", INVALID_ARGUMENT,
                    "path `{path}` is not zero", {"path": path})


def forbidden_id(device_id):
    return TtsError("pkg/identityserver/blocklist", "forbidden_id", INVALID_ARGUMENT,
                    "the ID `{id}` can not be registered", {"id": device_id})


def id_taken():
    cause = TtsError("pkg/util/store", "already_exists", ALREADY_EXISTS, "already exists")
    return TtsError("pkg/util/store", "id_taken", ALREADY_EXISTS,
                    "ID already taken, choose a different one and try again", cause=cause)


def euis_taken(namespace, join_eui, dev_eui, device_id, application_id):
    return TtsError(namespace, "end_device_euis_taken", ALREADY_EXISTS,
                    "an end device with JoinEUI `{join_eui}` and DevEUI `{dev_eui}` is already "
                    "registered as `{device_id}` in application `{application_id}`",
                    {"join_eui": join_eui, "dev_eui": dev_eui, "device_id": device_id,
                     "application_id": application_id})


def is_device_not_found(device_id, application_id):
    return TtsError("pkg/identityserver/store", "end_device_not_found", NOT_FOUND,
                    "end device with id `{device_id}` not found in application with id `{application_id}`",
                    {"device_id": device_id, "application_id": application_id})


def device_not_found(server, uid=None):
    if server == "as":
        return TtsError("pkg/applicationserver", "device_not_found", NOT_FOUND,
                        "device `{device_uid}` not found", {"device_uid": uid or ""})
    ns = {"js": "pkg/joinserver", "ns": "pkg/networkserver"}[server]
    return TtsError(ns, "device_not_found", NOT_FOUND, "device not found")


def field_value(server, field, cause=None):
    ns = {"js": "pkg/joinserver", "ns": "pkg/networkserver", "as": "pkg/applicationserver"}[server]
    return TtsError(ns, "field_value", INVALID_ARGUMENT, "invalid value of field `{field}`",
                    {"field": field}, cause)


def field_is_zero(name):
    return TtsError("pkg/networkserver", "field_is_zero", INVALID_ARGUMENT, "field `{name}` is zero",
                    {"name": name})


def field_not_zero(name):
    return TtsError("pkg/networkserver", "field_not_zero", INVALID_ARGUMENT, "field `{name}` is not zero",
                    {"name": name})


def no_join_eui():
    return TtsError("pkg/joinserver", "no_join_eui", INVALID_ARGUMENT, "no JoinEUI specified")


def no_dev_eui():
    return TtsError("pkg/joinserver", "no_dev_eui", INVALID_ARGUMENT, "no DevEUI specified")


def fp_not_found(fp_id):
    return TtsError("pkg/frequencyplans", "not_found", NOT_FOUND, "frequency plan `{id}` not found",
                    {"id": fp_id})


def no_band_version(version, band_id):
    return TtsError("pkg/networkserver/internal", "no_band_version", INVALID_ARGUMENT,
                    "specified version `{ver}` of band `{id}` does not exist", {"ver": version, "id": band_id})


def field_mask_invalid(server, cause=None):
    ns = {"js": "pkg/joinserver", "ns": "pkg/networkserver", "as": "pkg/applicationserver"}[server]
    return TtsError(ns, "field_mask", INVALID_ARGUMENT, "invalid field mask", cause=cause)


def invalid_token():
    return TtsError("pkg/auth", "token", INVALID_ARGUMENT, "invalid token")


def unsupported_authorization():
    return TtsError("pkg/identityserver", "unsupported_authorization", UNAUTHENTICATED,
                    "unsupported authorization method")


def api_key_not_found():
    return TtsError("pkg/identityserver", "api_key_not_found", UNAUTHENTICATED, "API key not found")


def invalid_authorization():
    return TtsError("pkg/identityserver", "invalid_authorization", UNAUTHENTICATED, "invalid authorization")


def no_application_rights(uid):
    return TtsError("pkg/auth/rights", "no_application_rights", PERMISSION_DENIED,
                    "no rights for application `{uid}`", {"uid": uid})


def insufficient_application_rights(uid, missing):
    return TtsError("pkg/auth/rights", "insufficient_application_rights", PERMISSION_DENIED,
                    "insufficient rights for application `{uid}`", {"uid": uid, "missing": missing})


def rate_limited(key, rate):
    return TtsError("pkg/ratelimit", "rate_limit_exceeded", RESOURCE_EXHAUSTED, "rate limit exceeded",
                    {"key": key, "rate": rate})


def bad_request_body(text):
    """What the HTTP gateway answers for a body it cannot decode: no TTS error details."""
    return {"code": INVALID_ARGUMENT, "message": text}

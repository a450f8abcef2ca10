"""Writes decoded devices back as JSON the way TTS's HTTP API does: snake_case names, zero
scalars left out, EUIs/keys/DevAddr as upper-case hex, other bytes as base64, enums that are
marked "marshal as string" by name and the others by number, 64-bit integers as strings,
wrappers as bare values, times as RFC 3339 UTC (pkg/jsonpb/ttn.go, jsonplugin)."""

import base64

from .decode import Timestamp
from .schema import schema, END_DEVICE


def encode_message(value, message=END_DEVICE):
    s = schema()
    msg = s.messages[message]
    if msg["wrapper"]:
        inner = msg["fields"][0]
        return _value(inner, value.get("value"))
    out = {}
    for field in msg["fields"]:
        name = field["name"]
        if name not in value:
            continue
        v = value[name]
        if field.get("map_key"):
            out[name] = {str(k): _value(field, x) for k, x in v.items()}
        elif field.get("repeated"):
            out[name] = [_value(field, x) for x in v]
        else:
            if _zero_scalar(field, v):
                continue
            out[name] = _value(field, v)
    return out


def _zero_scalar(field, v):
    kind = field["type"]["kind"]
    if kind in ("string",):
        return v == ""
    if kind == "bool":
        return v is False
    if kind in ("int32", "uint32", "int64", "uint64", "float", "double", "enum"):
        return v == 0
    return v is None


def _value(field, v):
    t = field["type"]
    kind = t["kind"]
    if v is None:
        return None
    if kind == "bytes":
        if field.get("hex_bytes"):
            return v.hex().upper()
        return base64.b64encode(v).decode("ascii")
    if kind == "enum":
        e = schema().enums[t["name"]]
        if e["as_string"]:
            return schema().enum_name(t["name"], v)
        return v
    if kind in ("int64", "uint64", "wrapped_int64", "wrapped_uint64"):
        return str(v)
    if kind == "timestamp":
        return v.rfc3339() if isinstance(v, Timestamp) else v
    if kind == "duration":
        return format_duration(v)
    if kind == "message":
        return encode_message(v, t["name"])
    if kind == "wrapped_bytes":
        return base64.b64encode(v).decode("ascii")
    return v


def format_duration(nanos):
    sign = "-" if nanos < 0 else ""
    nanos = abs(nanos)
    secs, frac = divmod(nanos, 10**9)
    if frac:
        return "%s%d.%ss" % (sign, secs, ("%09d" % frac).rstrip("0"))
    return "%s%ds" % (sign, secs)

"""Reads one end device from JSON the way The Things Stack's JSON reader does.

TTS reads device JSON with code generated from its .proto files (protoc-gen-go-json,
`jsonplugin`), on top of json-iterator. What that reader accepts, re-expressed here:

* field names: the proto name or its lowerCamelCase JSON name; any other key is skipped
  silently (so its data is lost, which we report);
* strings must be JSON strings (null reads as ""), bools must be true/false (not null);
* integers and floats: a JSON number, or a decimal string; a JSON number that does not fit
  the type is not an error for the reader but silently becomes another value (we report it);
* enums: a number, the value's name, or one of the extra spellings the generated code lists
  (aliases, the name without its prefix);
* bytes marked with a types.UnmarshalNBytes function: a string of exactly 2N hex digits or
  the unpadded base64 of N bytes (std or URL alphabet, padding ignored); "" is unset;
  other bytes: base64;
* TTS's own wrapper messages (BoolValue, RxDelayValue, ...): only the bare inner value;
  google.protobuf wrappers: the bare value or {"value": x};
* timestamps: "YYYY-MM-DDThh:mm:ss[.fraction]Z" exactly (UTC, upper-case Z);
* durations: Go duration syntax ("0s", "1.5h", "300ms").

decode_end_device() returns (device, notes): the device as nested dicts of proto field
names, and notes about data the reader would silently drop or change. A DecodeError is a
value TTS refuses outright: the import of the whole file stops there.
"""

import base64
import binascii
import datetime
import re

from .schema import schema, END_DEVICE

UINT32 = 2**32
INT32 = 2**31
UINT64 = 2**64
INT64 = 2**63


class DecodeError(Exception):
    def __init__(self, path, message):
        super().__init__("%s: %s" % (path or "(device)", message))
        self.path = path
        self.message = message


class Obj(list):
    """A JSON object as the list of its (key, value) pairs, to keep duplicates visible."""


def object_pairs(pairs):
    return Obj(pairs)


class Timestamp:
    """A protobuf Timestamp: whole seconds since the epoch and nanoseconds."""

    __slots__ = ("seconds", "nanos")

    def __init__(self, seconds, nanos):
        self.seconds = seconds
        self.nanos = nanos

    def __eq__(self, other):
        return isinstance(other, Timestamp) and (self.seconds, self.nanos) == (other.seconds, other.nanos)

    def __hash__(self):
        return hash((self.seconds, self.nanos))

    def is_zero(self):
        return False  # a set timestamp is a non-nil message

    def rfc3339(self):
        dt = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc) + \
            datetime.timedelta(seconds=self.seconds)
        base = dt.strftime("%Y-%m-%dT%H:%M:%S")
        if self.nanos:
            frac = ("%09d" % self.nanos).rstrip("0")
            base += "." + frac
        return base + "Z"

    def __repr__(self):
        return "Timestamp(%s)" % self.rfc3339()

    @staticmethod
    def now():
        t = datetime.datetime.now(datetime.timezone.utc)
        epoch = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
        delta = t - epoch
        return Timestamp(delta.days * 86400 + delta.seconds, delta.microseconds * 1000)


_TS = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?Z$")


def parse_timestamp(text):
    """Go's time.Parse with the layout TTS uses; None if Go would refuse it."""
    m = _TS.match(text)
    if not m:
        return None
    y, mo, d, h, mi, s = (int(g) for g in m.groups()[:6])
    frac = m.group(7) or ""
    try:
        dt = datetime.datetime(y, mo, d, h, mi, s, tzinfo=datetime.timezone.utc)
    except ValueError:
        return None
    epoch = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
    delta = dt - epoch
    nanos = int((frac + "000000000")[:9]) if frac else 0
    return Timestamp(delta.days * 86400 + delta.seconds, nanos)


_DUR_UNITS = {"ns": 1, "us": 10**3, "\u00b5s": 10**3, "\u03bcs": 10**3, "ms": 10**6,
              "s": 10**9, "m": 60 * 10**9, "h": 3600 * 10**9}
_DUR_PART = re.compile(r"(\d*)(?:\.(\d*))?(ns|us|\u00b5s|\u03bcs|ms|s|m|h)")


def parse_duration(text):
    """Go's time.ParseDuration, in nanoseconds; None if Go would refuse it."""
    s = text
    neg = False
    if s[:1] in ("+", "-"):
        neg = s[0] == "-"
        s = s[1:]
    if s == "0":
        return 0
    if not s:
        return None
    total = 0
    pos = 0
    while pos < len(s):
        m = _DUR_PART.match(s, pos)
        if not m or (m.group(1) == "" and not m.group(2)):
            return None
        whole = int(m.group(1) or "0")
        frac = m.group(2) or ""
        unit = _DUR_UNITS[m.group(3)]
        total += whole * unit
        if frac:
            total += int(frac) * unit // (10 ** len(frac))
        pos = m.end()
    if total >= 2**63:
        return None
    return -total if neg else total


def _is_int_number(v):
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v):
    return (isinstance(v, (int, float))) and not isinstance(v, bool)


class _Reader:
    def __init__(self):
        self.s = schema()
        self.notes = []  # (path, text): data TTS would silently drop or change

    def note(self, path, text):
        self.notes.append((path, text))

    # -- scalars -------------------------------------------------------------------------

    def read_string(self, path, v):
        if v is None:
            return ""
        if not isinstance(v, str):
            raise DecodeError(path, "expected a JSON string, got %s" % _kind(v))
        if _has_lone_surrogate(v):
            self.note(path, "contains an unpaired UTF-16 surrogate escape: TTS replaces it with U+FFFD")
        return v

    def read_bool(self, path, v):
        if isinstance(v, bool):
            return v
        raise DecodeError(path, "expected true or false, got %s" % _kind(v))

    def read_integer(self, path, v, kind):
        lo, hi = {"int32": (-INT32, INT32), "uint32": (0, UINT32), "int64": (-INT64, INT64),
                  "uint64": (0, UINT64), "sint32": (-INT32, INT32), "sint64": (-INT64, INT64),
                  "fixed32": (0, UINT32), "fixed64": (0, UINT64), "sfixed32": (-INT32, INT32),
                  "sfixed64": (-INT64, INT64)}[kind]
        if isinstance(v, str):
            if not re.fullmatch(r"[+-]?\d+" if lo < 0 else r"\+?\d+", v) or not lo <= int(v) < hi:
                raise DecodeError(path, "the string %r is not a %s" % (v, kind))
            return int(v)
        if _is_number(v):
            if isinstance(v, float) or not lo <= v < hi:
                # json-iterator reads such a number without an error the caller sees:
                # the stored value is not the one in the file.
                self.note(path, "%r is not a %s: TTS would silently store a different number" % (v, kind))
                if isinstance(v, float):
                    v = int(v) if lo <= v < hi else 0
                else:
                    v = v % hi if lo == 0 else 0
            return v
        raise DecodeError(path, "expected a number for %s, got %s" % (kind, _kind(v)))

    def read_float(self, path, v, kind):
        if isinstance(v, str):
            try:
                return float(v)
            except ValueError:
                raise DecodeError(path, "the string %r is not a %s" % (v, kind))
        if _is_number(v):
            return float(v)
        raise DecodeError(path, "expected a number for %s, got %s" % (kind, _kind(v)))

    def read_enum(self, path, v, enum):
        if _is_number(v):
            if isinstance(v, float) or not -INT32 <= v < INT32:
                self.note(path, "%r is not an enum number: TTS would silently store another value" % (v,))
                return 0
            return v
        if isinstance(v, str):
            n = self.s.enum_number(enum, v)
            if n is None:
                raise DecodeError(path, "unknown value %r for enum %s" % (v, enum.rsplit(".", 1)[-1]))
            return n
        raise DecodeError(path, "expected an enum name or number, got %s" % _kind(v))

    def read_hex_bytes(self, path, v, n):
        s = self.read_string(path, v)
        trimmed = s.rstrip("=")
        if trimmed == "":
            return None
        if len(trimmed.encode("utf-8")) == 2 * n:
            try:
                return binascii.unhexlify(trimmed)
            except (binascii.Error, ValueError):
                raise DecodeError(path, "%r is not %d bytes of hex" % (s, n))
        if len(trimmed.encode("utf-8")) == (n * 8 + 5) // 6:
            try:
                return _b64(trimmed)
            except (binascii.Error, ValueError):
                raise DecodeError(path, "%r is not %d bytes of base64" % (s, n))
        raise DecodeError(path, "%r has the wrong length for %d bytes (hex: %d digits)" % (s, n, 2 * n))

    def read_bytes(self, path, v):
        s = self.read_string(path, v)
        try:
            return _b64(s.rstrip("="))
        except (binascii.Error, ValueError):
            raise DecodeError(path, "%r is not base64" % s)

    def read_timestamp(self, path, v):
        if v is None:
            return None
        if not isinstance(v, str):
            raise DecodeError(path, "expected an RFC 3339 time string, got %s" % _kind(v))
        ts = parse_timestamp(v)
        if ts is None:
            raise DecodeError(path, "%r is not a UTC RFC 3339 time ending in Z" % v)
        return ts

    def read_duration(self, path, v):
        if v is None:
            return None
        if not isinstance(v, str):
            raise DecodeError(path, "expected a duration string such as \"0s\", got %s" % _kind(v))
        d = parse_duration(v)
        if d is None:
            raise DecodeError(path, "%r is not a duration" % v)
        return d

    # -- by field type -------------------------------------------------------------------

    def read_value(self, path, field, v, element=False):
        t = field["type"]
        kind = t["kind"]
        if kind == "string":
            return self.read_string(path, v)
        if kind == "bool":
            return self.read_bool(path, v)
        if kind in ("int32", "uint32", "int64", "uint64", "sint32", "sint64",
                    "fixed32", "fixed64", "sfixed32", "sfixed64"):
            return self.read_integer(path, v, kind)
        if kind in ("float", "double"):
            return self.read_float(path, v, kind)
        if kind == "enum":
            return self.read_enum(path, v, t["name"])
        if kind == "bytes":
            if field.get("hex_bytes"):
                return self.read_hex_bytes(path, v, field["hex_bytes"])
            return self.read_bytes(path, v)
        if kind == "timestamp":
            return self.read_timestamp(path, v)
        if kind == "duration":
            return self.read_duration(path, v)
        if kind.startswith("wrapped_"):
            return self.read_google_wrapper(path, v, kind[len("wrapped_"):])
        if kind in ("struct", "struct_value", "any"):
            return _plain(v)
        if kind == "field_mask":
            return read_field_mask(path, v)
        if kind == "empty":
            if v is None:
                return None
            if not isinstance(v, Obj) or len(v):
                raise DecodeError(path, "expected {}")
            return {}
        if kind == "message":
            return self.read_message(path, t["name"], v)
        raise DecodeError(path, "field type %s is not modelled" % kind)

    def read_google_wrapper(self, path, v, inner):
        if v is None:
            return None
        if isinstance(v, Obj):
            if len(v) != 1 or v[0][0] != "value":
                raise DecodeError(path, "a wrapped value object must be {\"value\": ...}")
            v = v[0][1]
        pseudo = {"type": {"kind": inner}}
        return self.read_value(path, pseudo, v)

    def read_message(self, path, name, v):
        if v is None:
            return None
        msg = self.s.messages[name]
        if msg["wrapper"]:
            inner = msg["fields"][0]
            return {"value": self.read_value(path, inner, v)}
        if not isinstance(v, Obj):
            raise DecodeError(path, "expected a JSON object, got %s" % _kind(v))
        out = {}
        seen = {}
        for key, value in v:
            field = self.s.field_for_key(name, key)
            sub = (path + "." if path else "") + key
            if field is None:
                self.note(sub, "unknown field: TTS skips it, its value is lost")
                continue
            fname = field["name"]
            sub = (path + "." if path else "") + fname
            if fname in seen:
                self.note(sub, "field given twice (as %r and %r): TTS keeps the last" % (seen[fname], key))
            seen[fname] = key
            if field.get("map_key"):
                out[fname] = self.read_map(sub, field, value)
            elif field.get("repeated"):
                out[fname] = self.read_list(sub, field, value)
            else:
                out[fname] = self.read_value(sub, field, value)
            if out[fname] is None:
                del out[fname]
            oneof = field.get("oneof")
            if oneof and fname in out:
                for other in msg["fields"]:
                    if other.get("oneof") == oneof and other["name"] != fname and other["name"] in out:
                        self.note(sub, "a second member of oneof %s: TTS keeps the last" % oneof)
                        del out[other["name"]]
        return out

    def read_list(self, path, field, v):
        if v is None:
            return None
        if not isinstance(v, list) or isinstance(v, Obj):
            raise DecodeError(path, "expected a JSON array, got %s" % _kind(v))
        return [self.read_value("%s[%d]" % (path, i), field, item) for i, item in enumerate(v)]

    def read_map(self, path, field, v):
        if v is None:
            return None
        if not isinstance(v, Obj):
            raise DecodeError(path, "expected a JSON object, got %s" % _kind(v))
        out = {}
        for key, value in v:
            if field["map_key"] != "string":
                try:
                    key = int(key)
                except ValueError:
                    raise DecodeError(path, "map key %r is not a number" % key)
            elif _has_lone_surrogate(key):
                self.note(path, "map key contains an unpaired surrogate escape")
            if key in out:
                self.note("%s[%s]" % (path, key), "key given twice: TTS keeps the last")
            val = self.read_value("%s[%s]" % (path, key), field, value)
            out[key] = val if val is not None else ({} if field["type"]["kind"] == "message" else val)
        return out


def read_field_mask(path, v):
    if isinstance(v, str):
        return [p for p in v.split(",")] if v else []
    if isinstance(v, Obj):
        if len(v) == 0:
            return []
        if v[0][0] != "paths" or len(v) != 1:
            raise DecodeError(path, "a field mask object must be {\"paths\": [...]}")
        paths = v[0][1]
        if not isinstance(paths, list) or isinstance(paths, Obj) or \
                not all(isinstance(p, str) for p in paths):
            raise DecodeError(path, "field mask paths must be an array of strings")
        return list(paths)
    if v is None:
        return []
    raise DecodeError(path, "invalid field mask")


def decode_end_device(obj):
    """(device, notes) for one parsed JSON value; raises DecodeError like TTS would."""
    r = _Reader()
    if not isinstance(obj, Obj):
        raise DecodeError("", "a device must be a JSON object, got %s" % _kind(obj))
    dev = r.read_message("", END_DEVICE, obj)
    return dev, r.notes


def decode_message(obj, message, path=""):
    r = _Reader()
    return r.read_message(path, message, obj), r.notes


def _b64(s):
    s = s.replace("-", "+").replace("_", "/")
    if not re.fullmatch(r"[A-Za-z0-9+/]*", s) or len(s) % 4 == 1:
        raise binascii.Error("invalid base64")
    return base64.b64decode(s + "=" * (-len(s) % 4), validate=True)


def _has_lone_surrogate(s):
    return any(0xD800 <= ord(c) <= 0xDFFF for c in s)


def _kind(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "a bool"
    if isinstance(v, Obj):
        return "an object"
    if isinstance(v, list):
        return "an array"
    if isinstance(v, str):
        return "a string"
    return "a number"


def _plain(v):
    if isinstance(v, Obj):
        return {k: _plain(x) for k, x in v}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return v

"""The end-device message model of The Things Stack, read from data/ttnpb_schema.json.

The data file is extracted from TTS's .proto files by gen_data.py: every message reachable
from ttnpb.EndDevice with its fields, types, validation rules and the JSON options that
change how a field is read (hex byte strings, wrapper messages, enum aliases).
"""

import functools
import json
import os

DATA_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")
END_DEVICE = "ttn.lorawan.v3.EndDevice"


def _load(name):
    with open(os.path.join(DATA_DIR, name), encoding="ascii") as f:
        return json.load(f)


def json_name(proto_name):
    """The lowerCamelCase name protoc derives for a field (the reader accepts both spellings)."""
    out = []
    upper = False
    for ch in proto_name:
        if ch == "_":
            upper = True
            continue
        out.append(ch.upper() if upper else ch)
        upper = False
    return "".join(out)


class Schema:
    """Messages and enums by full name, with lookup by JSON key."""

    def __init__(self):
        raw = _load("ttnpb_schema.json")
        self.messages = raw["messages"]
        self.enums = raw["enums"]
        self.source = raw.get("source", {})
        self._keys = {}
        for name, msg in self.messages.items():
            table = {}
            for field in msg["fields"]:
                table[field["name"]] = field
                table[json_name(field["name"])] = field
            self._keys[name] = table

    def field_for_key(self, message, key):
        return self._keys[message].get(key)

    def field(self, message, name):
        for f in self.messages[message]["fields"]:
            if f["name"] == name:
                return f
        return None

    def enum_number(self, enum, text):
        """The number TTS's JSON reader gives a string enum value, or None if it refuses it."""
        e = self.enums[enum]
        if text in e["values"]:
            return e["values"][text]
        if text in e["extra"]:
            return e["extra"][text]
        try:
            n = int(text, 10)
        except ValueError:
            return None
        return n if -2**31 <= n < 2**31 else None

    def enum_defined(self, enum, number):
        return number in self.enums[enum]["values"].values()

    def enum_name(self, enum, number):
        for name, n in self.enums[enum]["values"].items():
            if n == number:
                return name
        return str(number)


_SCHEMA = None


def schema():
    global _SCHEMA
    if _SCHEMA is None:
        _SCHEMA = Schema()
    return _SCHEMA


class FieldMasks:
    """Allowed field-mask paths per registry RPC (pkg/ttnpb/field_mask_validation.go)."""

    def __init__(self):
        raw = _load("fieldmasks.json")
        self.allowed = {k: set(v) for k, v in raw["rpc_allowed_paths"].items()}
        self.all_paths = sorted(raw["end_device_paths_nested"])
        self.top_level = raw["end_device_paths_top_level"]
        self.ns_implications = raw["ns_set_implications"]


_MASKS = None


def masks():
    global _MASKS
    if _MASKS is None:
        _MASKS = FieldMasks()
    return _MASKS


@functools.lru_cache(maxsize=None)
def reserved_ids():
    words = set()
    with open(os.path.join(DATA_DIR, "reserved_ids.txt"), encoding="ascii") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                words.add(line)
    return frozenset(words)


@functools.lru_cache(maxsize=None)
def frequency_plans():
    return _load("frequency_plans.json")["plans"]


@functools.lru_cache(maxsize=None)
def bands():
    return _load("bands.json")["bands"]

"""Field-mask paths over decoded devices (nested dicts of proto field names).

A path names fields from the top, dot-separated; a oneof adds its own name as a component
("mac_settings.adr.mode.dynamic.margin"), as in TTS's generated path lists. A path is "zero"
the way TTS's generated FieldIsZero sees it: a message, map, list, bytes, timestamp or
wrapper is zero only when absent (nil); a scalar when it has its zero value.
"""

from .schema import schema, masks, END_DEVICE

_MISSING = object()


def _split(path):
    return path.split(".") if path else []


def resolve(message, path):
    """[(message, field, oneof_name_or_None)] along path, or None if the path is not in the model."""
    s = schema()
    out = []
    parts = _split(path)
    i = 0
    msg = message
    while i < len(parts):
        if msg is None:
            return None
        name = parts[i]
        oneofs = s.messages[msg]["oneofs"]
        oneof = None
        if name in oneofs:
            if i + 1 >= len(parts):
                return out + [(msg, None, name)]
            oneof = name
            i += 1
            name = parts[i]
        field = s.field(msg, name)
        if field is None or (oneof and field.get("oneof") != oneof):
            return None
        out.append((msg, field, oneof))
        t = field["type"]
        msg = t["name"] if t["kind"] == "message" and not field.get("map_key") and \
            not field.get("repeated") else None
        i += 1
    return out


def get(dev, path, message=END_DEVICE):
    """The value at path, or _MISSING."""
    node = dev
    s = schema()
    msg = message
    parts = _split(path)
    i = 0
    while i < len(parts):
        if not isinstance(node, dict) or msg is None:
            return _MISSING
        name = parts[i]
        if name in s.messages[msg]["oneofs"]:
            oneof = name
            if i + 1 == len(parts):
                members = [f["name"] for f in s.messages[msg]["fields"] if f.get("oneof") == oneof]
                present = {m: node[m] for m in members if m in node}
                return present if present else _MISSING
            i += 1
            name = parts[i]
        if name not in node:
            return _MISSING
        field = s.field(msg, name)
        node = node[name]
        t = field["type"] if field else {"kind": "?"}
        msg = t.get("name") if t["kind"] == "message" and not field.get("map_key") and \
            not field.get("repeated") else None
        i += 1
    return node


def is_zero(dev, path, message=END_DEVICE):
    v = get(dev, path, message)
    if v is _MISSING or v is None:
        return True
    chain = resolve(message, path)
    if chain and chain[-1][1] is not None:
        field = chain[-1][1]
        kind = field["type"]["kind"]
        if field.get("map_key") or field.get("repeated"):
            return False
        if kind in ("string",):
            return v == ""
        if kind in ("bool",):
            return v is False
        if kind in ("int32", "uint32", "int64", "uint64", "float", "double", "enum", "sint32",
                    "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64"):
            return v == 0
        return False  # bytes (non-nil), messages, timestamps, durations, wrappers: present
    return False


def is_present(dev, path, message=END_DEVICE):
    v = get(dev, path, message)
    return v is not _MISSING and v is not None


def without_wrapper_values(paths):
    """Drops "x.value" where x has no other sub-path (TTS's FieldsWithoutWrappers)."""
    children = {}
    for p in paths:
        prefix = p
        while "." in prefix:
            prefix = prefix.rsplit(".", 1)[0]
            children[prefix] = children.get(prefix, 0) + 1
    out = []
    for p in paths:
        if p.endswith(".value") and children.get(p[:-len(".value")]) == 1:
            continue
        out.append(p)
    return out


def bottom_level(paths):
    """Keeps the paths that have no child path in the list (TTS's BottomLevelFields)."""
    seen = {}
    for p in paths:
        parent = p.rsplit(".", 1)[0] if "." in p else p
        seen.pop(parent, None)
        seen[p] = True
    return sorted(seen)


_NESTED_NO_WRAPPERS = None


def _nested_no_wrappers():
    global _NESTED_NO_WRAPPERS
    if _NESTED_NO_WRAPPERS is None:
        _NESTED_NO_WRAPPERS = frozenset(without_wrapper_values(masks().all_paths))
    return _NESTED_NO_WRAPPERS


def present_paths(value, message=END_DEVICE, prefix=""):
    """Every path that is set (not zero) in a decoded message, parents included."""
    s = schema()
    msg = s.messages[message]
    out = []
    for name, v in value.items():
        field = s.field(message, name)
        if field is None:
            continue
        oneof = field.get("oneof")
        path = prefix + (oneof + "." if oneof else "") + name
        if oneof:
            out.append(prefix + oneof)
        kind = field["type"]["kind"]
        if field.get("map_key") or field.get("repeated"):
            out.append(path)
        elif kind == "message":
            out.append(path)
            if isinstance(v, dict) and not s.messages[field["type"]["name"]]["wrapper"]:
                out += present_paths(v, field["type"]["name"], path + ".")
            elif isinstance(v, dict):
                out.append(path + ".value")
        elif not is_zero(value, name, message):
            out.append(path)
    return out


def converter_mask(dev):
    """The field mask TTS's JSON import gives a decoded device: its non-zero bottom-level
    paths, without ids.dev_addr (pkg/devicetemplates/ttsjson.go)."""
    known = _nested_no_wrappers()
    nonzero = sorted(set(p for p in present_paths(dev) if p in known))
    return [p for p in bottom_level(nonzero) if p != "ids.dev_addr"]


def has_any(paths, *search):
    """TTS's HasAnyField: a requested path covers itself and everything below it."""
    requested = paths if isinstance(paths, (set, frozenset)) else set(paths)
    for s in search:
        while True:
            if s in requested:
                return True
            i = s.rfind(".")
            if i < 0:
                break
            s = s[:i]
    return False


def allowed_fields(paths, allowed):
    """TTS's AllowedFields: the requested paths that are allowed as they are."""
    return [p for p in paths if p in allowed]


def set_path(dst, src, path, message=END_DEVICE):
    """Copies the value at path from src into dst (absent in src clears it in dst):
    the effect of a Set with that path in its field mask."""
    s = schema()
    parts = _split(path)
    msg = message
    d, sv = dst, src
    i = 0
    while True:
        name = parts[i]
        if name in s.messages[msg]["oneofs"]:
            oneof = name
            members = [f["name"] for f in s.messages[msg]["fields"] if f.get("oneof") == oneof]
            if i + 1 == len(parts):
                for m in members:
                    d.pop(m, None)
                    if isinstance(sv, dict) and m in sv:
                        d[m] = _copy(sv[m])
                return
            i += 1
            name = parts[i]
            for m in members:
                if m != name:
                    d.pop(m, None)
        last = i + 1 == len(parts)
        field = s.field(msg, name)
        if last:
            if isinstance(sv, dict) and name in sv:
                d[name] = _copy(sv[name])
            else:
                d.pop(name, None)
            return
        nxt = sv.get(name) if isinstance(sv, dict) else None
        if nxt is None and name not in d:
            # Setting a zero sub-field of an absent message leaves it absent.
            return
        if name not in d or d[name] is None:
            d[name] = {}
        d = d[name]
        sv = nxt
        msg = field["type"]["name"]
        i += 1


def _copy(v):
    if isinstance(v, dict):
        return {k: _copy(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_copy(x) for x in v]
    return v


def filter_paths(dev, paths, message=END_DEVICE):
    """A new device holding only the given paths of dev (TTS's FilterGetEndDevice)."""
    out = {}
    for p in paths:
        if is_present(dev, p, message):
            set_path(out, dev, p, message)
    return out


def copy(v):
    return _copy(v)

"""The field rules TTS declares in its .proto files ((validate.rules) options), applied the
way its generated ValidateFields(paths...) does: all fields, or only the named paths.

Each problem is returned as (path, reason). TTS stops at the first one and answers
`pkg/errors:validation` with that field and reason.
"""

import re

from .schema import schema, END_DEVICE

_PATTERNS = {}


def go_regexp(pattern):
    """Compiles an RE2 pattern for Python: RE2's `$` (without flags) only matches at the very
    end of the text, Python's also before a final newline, so `$` becomes `\\Z`."""
    rx = _PATTERNS.get(pattern)
    if rx is None:
        out = []
        in_class = False
        i = 0
        while i < len(pattern):
            c = pattern[i]
            if c == "\\" and i + 1 < len(pattern):
                out.append(pattern[i:i + 2])
                i += 2
                continue
            if c == "[" and not in_class:
                in_class = True
            elif c == "]" and in_class:
                in_class = False
            elif c == "$" and not in_class:
                c = r"\Z"
            out.append(c)
            i += 1
        rx = re.compile("".join(out))
        _PATTERNS[pattern] = rx
    return rx


def _group(paths):
    """{first component: [rest, ...]} like the generated _processPaths."""
    out = {}
    for p in paths:
        head, _, rest = p.partition(".")
        subs = out.setdefault(head, [])
        if rest:
            subs.append(rest)
        else:
            out[head] = None  # the whole field
    return {k: (v if v else []) for k, v in out.items()}


def validate(message, value, paths=None, prefix=""):
    s = schema()
    problems = []
    if value is None:
        return problems
    msg = s.messages[message]
    fields = {f["name"]: f for f in msg["fields"]}
    if not paths:
        groups = {f["name"]: [] for f in msg["fields"] if not f.get("oneof")}
        for oneof in msg["oneofs"]:
            groups[oneof] = []
    else:
        groups = _group(paths)
    for name, subs in sorted(groups.items()):
        if name in msg["oneofs"]:
            members = [f for f in msg["fields"] if f.get("oneof") == name]
            present = [f for f in members if f["name"] in value]
            if msg["oneofs"][name]["required"] and not present:
                problems.append((prefix + name, "value is required"))
            for f in present:
                problems += _field(f, value[f["name"]], prefix + f["name"], [])
            continue
        f = fields.get(name)
        if f is None:
            continue
        if f.get("oneof") and name not in value:
            continue
        problems += _field(f, value.get(name), prefix + name, subs)
    return problems


def _field(field, v, path, subs):
    rules = field.get("rules", {})
    kind = field["type"]["kind"]
    out = []
    if field.get("map_key"):
        r = rules.get("map", {})
        items = v or {}
        if "max_pairs" in r and len(items) > r["max_pairs"]:
            out.append((path, "value must contain no more than %d pair(s)" % r["max_pairs"]))
        if "min_pairs" in r and len(items) < r["min_pairs"]:
            out.append((path, "value must contain at least %d pair(s)" % r["min_pairs"]))
        for key in sorted(items, key=str):
            if "keys" in r:
                out += _scalar(r["keys"], key, "%s[%s]" % (path, key), "string")
            val = items[key]
            if "values" in r:
                out += _scalar(r["values"], val, "%s[%s]" % (path, key), kind, field)
            if kind == "message" and val is not None:
                out += validate(field["type"]["name"], val, None, "%s[%s]." % (path, key))
        return out
    if field.get("repeated"):
        r = rules.get("repeated", {})
        items = v or []
        if "max_items" in r and len(items) > r["max_items"]:
            out.append((path, "value must contain no more than %d item(s)" % r["max_items"]))
        if "min_items" in r and len(items) < r["min_items"]:
            out.append((path, "value must contain at least %d item(s)" % r["min_items"]))
        for i, item in enumerate(items):
            if "items" in r:
                out += _scalar(r["items"], item, "%s[%d]" % (path, i), kind, field)
            if kind == "message" and item is not None:
                out += validate(field["type"]["name"], item, subs, "%s[%d]." % (path, i))
        return out
    if kind == "message":
        if rules.get("message", {}).get("required") and v is None:
            return [(path, "value is required")]
        if v is None:
            return []
        sub = field["type"]["name"]
        if schema().messages[sub]["wrapper"]:
            inner = schema().messages[sub]["fields"][0]
            return _scalar(inner.get("rules", {}), v.get("value"), path + ".value", inner["type"]["kind"],
                           inner)
        return validate(sub, v, subs, path + ".")
    if kind == "timestamp":
        if rules.get("timestamp", {}).get("required") and v is None:
            return [(path, "value is required")]
        return []
    if kind.startswith("wrapped_"):
        if v is None:
            return []
        return _scalar(rules, v, path, kind[len("wrapped_"):])
    return _scalar(rules, v, path, kind, field)


def _scalar(rules, v, path, kind, field=None):
    out = []
    for rkind, r in rules.items():
        if rkind == "string":
            sv = v if isinstance(v, str) else ""
            if r.get("ignore_empty") and sv == "":
                continue
            n = len(sv)
            if "max_len" in r and n > r["max_len"]:
                out.append((path, "value length must be at most %d runes" % r["max_len"]))
            if "min_len" in r and n < r["min_len"]:
                out.append((path, "value length must be at least %d runes" % r["min_len"]))
            if "len" in r and n != r["len"]:
                out.append((path, "value length must be %d runes" % r["len"]))
            if "pattern" in r and not go_regexp(r["pattern"]).search(sv):
                out.append((path, "value does not match regex pattern %r" % r["pattern"]))
            if "in" in r and sv not in r["in"]:
                out.append((path, "value must be in list %s" % r["in"]))
            if r.get("uri_ref") and any(c.isspace() for c in sv):
                out.append((path, "value must be a valid URI"))
        elif rkind == "bytes":
            bv = v if isinstance(v, (bytes, bytearray)) else b""
            if r.get("ignore_empty") and len(bv) == 0:
                continue
            if "len" in r and len(bv) != r["len"]:
                out.append((path, "value length must be %d bytes" % r["len"]))
            if "max_len" in r and len(bv) > r["max_len"]:
                out.append((path, "value length must be at most %d bytes" % r["max_len"]))
            if "min_len" in r and len(bv) < r["min_len"]:
                out.append((path, "value length must be at least %d bytes" % r["min_len"]))
        elif rkind in ("double", "float", "int32", "int64", "uint32", "uint64"):
            nv = v if isinstance(v, (int, float)) and not isinstance(v, bool) else 0
            if "gte" in r and not nv >= r["gte"]:
                out.append((path, "value must be greater than or equal to %s" % r["gte"]))
            if "lte" in r and not nv <= r["lte"]:
                out.append((path, "value must be less than or equal to %s" % r["lte"]))
            if "gt" in r and not nv > r["gt"]:
                out.append((path, "value must be greater than %s" % r["gt"]))
            if "lt" in r and not nv < r["lt"]:
                out.append((path, "value must be less than %s" % r["lt"]))
            if "in" in r and nv not in _as_list(r["in"]):
                out.append((path, "value must be in list %s" % r["in"]))
            if "not_in" in r and nv in _as_list(r["not_in"]):
                out.append((path, "value must not be in list %s" % r["not_in"]))
        elif rkind == "enum":
            nv = v if isinstance(v, int) else 0
            enum = field["type"]["name"] if field else None
            if r.get("defined_only") and enum and not schema().enum_defined(enum, nv):
                out.append((path, "value must be one of the defined enum values"))
            if "in" in r and nv not in _as_list(r["in"]):
                out.append((path, "value must be in list %s" % r["in"]))
            if "not_in" in r and nv in _as_list(r["not_in"]):
                out.append((path, "value must not be in list %s" % r["not_in"]))
    return out


def _as_list(x):
    return x if isinstance(x, list) else [x]


def validate_end_device(dev, paths=None):
    return validate(END_DEVICE, dev, paths)

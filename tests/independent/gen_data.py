#!/usr/bin/env python3
"""Regenerates tests/independent/data/ from The Things Stack's source.

Developer tool, not run by the tests: the tests use the committed data files. Run it when
moving to another TTS version:

    python3 tests/independent/gen_data.py \
        --tts /work/.mirror/TheThingsNetwork+lorawan-stack/repo \
        --fp  /work/.mirror/TheThingsNetwork+lorawan-frequency-plans/repo

Both arguments are bare git repositories (read with `git show HEAD:<path>`). Only facts are
extracted (field names and types, validation limits, enum names, allowed field-mask paths,
reserved words, band versions, plan IDs); no code is copied. What comes from where is listed
in README.md next to this file.
"""

import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")


def git_show(repo, path):
    return subprocess.run(["git", "-C", repo, "show", "HEAD:" + path], check=True,
                          capture_output=True, text=True).stdout


def git_ls(repo, folder):
    out = subprocess.run(["git", "-C", repo, "ls-tree", "--name-only", "HEAD", folder + "/"],
                         check=True, capture_output=True, text=True).stdout
    return out.split()


def git_rev(repo):
    return subprocess.run(["git", "-C", repo, "rev-parse", "HEAD"], check=True,
                          capture_output=True, text=True).stdout.strip()


# ---------------------------------------------------------------------------------------
# A small reader for the subset of the proto3 language the TTS API files use.

TOKEN = re.compile(r'''
    (?P<ws>\s+)
  | (?P<lcomment>//[^\n]*)
  | (?P<bcomment>/\*.*?\*/)
  | (?P<str>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
  | (?P<num>-?(?:0x[0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+))
  | (?P<ident>[A-Za-z_][A-Za-z0-9_.]*)
  | (?P<punct>[{}\[\]()<>=;:,.\-])
''', re.S | re.X)


def tokenize(text):
    pos = 0
    out = []
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise ValueError("cannot tokenize at %r" % text[pos:pos + 40])
        pos = m.end()
        kind = m.lastgroup
        if kind in ("ws", "lcomment", "bcomment"):
            continue
        out.append((kind, m.group()))
    return out


def unquote(s):
    # Proto string literals in these files use only simple escapes (\\ and \").
    body = s[1:-1]
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


class Parser:
    def __init__(self, tokens):
        self.t = tokens
        self.i = 0

    def peek(self, k=0):
        return self.t[self.i + k] if self.i + k < len(self.t) else (None, None)

    def next(self):
        tok = self.t[self.i]
        self.i += 1
        return tok

    def expect(self, value):
        kind, v = self.next()
        if v != value:
            raise ValueError("expected %r, got %r" % (value, v))

    def skip_statement(self):
        depth = 0
        while True:
            _, v = self.next()
            if v == "{":
                depth += 1
            elif v == "}":
                depth -= 1
                if depth == 0:
                    if self.peek()[1] == ";":
                        self.next()
                    return
            elif v == ";" and depth == 0:
                return

    def option_name(self):
        # "(validate.rules).string.max_len" -> ["(validate.rules)", "string", "max_len"];
        # a plain name such as allow_alias -> ["allow_alias"]
        parts = []
        if self.peek()[1] == "(":
            self.next()
            name = ""
            while self.peek()[1] != ")":
                name += self.next()[1]
            self.next()
            parts.append("(" + name + ")")
        elif self.peek()[0] == "ident":
            parts.extend(self.next()[1].split("."))
        while self.peek()[1] == ".":
            self.next()
            parts.extend(p for p in self.next()[1].split(".") if p)
        return parts

    def value(self):
        kind, v = self.peek()
        if v == "{":
            return self.text_message()
        if v == "[":
            self.next()
            items = []
            while self.peek()[1] != "]":
                items.append(self.value())
                if self.peek()[1] == ",":
                    self.next()
            self.next()
            return items
        self.next()
        if kind == "str":
            s = unquote(v)
            while self.peek()[0] == "str":  # adjacent literals concatenate
                s += unquote(self.next()[1])
            return s
        if kind == "num":
            return float(v) if any(c in v for c in ".eE") and not v.startswith("0x") else int(v, 0)
        if v == "-":
            n = self.next()[1]
            return -(float(n) if "." in n else int(n, 0))
        if v in ("true", "false"):
            return v == "true"
        return v  # an enum constant such as STRING

    def text_message(self):
        self.expect("{")
        out = {}
        while self.peek()[1] != "}":
            _, key = self.next()
            if self.peek()[1] == ":":
                self.next()
            val = self.value()
            if key in out:  # repeated key in text format
                if not isinstance(out[key], list) or not isinstance(val, list):
                    out[key] = [out[key]] if not isinstance(out[key], list) else out[key]
                    out[key].append(val)
            else:
                out[key] = val
            if self.peek()[1] in (",", ";"):
                self.next()
        self.next()
        return out

    def options_list(self):
        # [ name = value, name = value ]
        opts = []
        self.expect("[")
        while self.peek()[1] != "]":
            name = self.option_name()
            self.expect("=")
            opts.append((name, self.value()))
            if self.peek()[1] == ",":
                self.next()
        self.next()
        return opts

    def parse_file(self):
        pkg = ""
        messages, enums = {}, {}
        while self.i < len(self.t):
            kind, v = self.peek()
            if v == "package":
                self.next()
                pkg = self.next()[1]
                self.expect(";")
            elif v == "message":
                self.parse_message(pkg, messages, enums)
            elif v == "enum":
                self.parse_enum(pkg, enums)
            else:
                self.skip_statement()
        return messages, enums

    def parse_enum(self, scope, enums):
        self.expect("enum")
        name = self.next()[1]
        full = scope + "." + name
        enum = {"values": [], "options": {}}
        self.expect("{")
        while self.peek()[1] != "}":
            kind, v = self.peek()
            if v == "option":
                self.next()
                oname = self.option_name()
                self.expect("=")
                enum["options"][".".join(oname)] = self.value()
                self.expect(";")
            elif v == "reserved":
                self.skip_statement()
            else:
                vname = self.next()[1]
                self.expect("=")
                num = self.value()
                aliases = []
                if self.peek()[1] == "[":
                    for oname, oval in self.options_list():
                        if oname and oname[0] == "(thethings.json.enum_value)":
                            aliases = oval.get("aliases", []) if isinstance(oval, dict) else []
                self.expect(";")
                enum["values"].append({"name": vname, "number": num, "aliases": aliases})
        self.next()
        if self.peek()[1] == ";":
            self.next()
        enums[full] = enum

    def parse_field(self, scope, message, oneof=None):
        label = None
        kind, v = self.peek()
        if v in ("repeated", "optional"):
            label = v
            self.next()
        if self.peek()[1] == "map":
            self.next()
            self.expect("<")
            ktype = self.next()[1]
            self.expect(",")
            vtype = self.next()[1]
            self.expect(">")
            ftype = {"map": [ktype, vtype]}
        else:
            ftype = self.next()[1]
        fname = self.next()[1]
        self.expect("=")
        number = self.value()
        opts = self.options_list() if self.peek()[1] == "[" else []
        self.expect(";")
        field = {"name": fname, "number": number, "type": ftype, "scope": scope}
        if label == "repeated":
            field["repeated"] = True
        if oneof:
            field["oneof"] = oneof
        rules = {}
        for oname, oval in opts:
            if oname[0] == "(validate.rules)":
                merge_rule(rules, oname[1:], oval)
            elif oname[0] == "(thethings.json.field)" and isinstance(oval, dict):
                fn = oval.get("unmarshaler_func", "")
                m = re.search(r"types\.Unmarshal(\d+)Bytes$", fn)
                if m:
                    field["hex_bytes"] = int(m.group(1))
                elif fn:
                    field["custom_unmarshaler"] = fn.rsplit("/", 1)[-1]
        if rules:
            field["rules"] = rules
        message["fields"].append(field)

    def parse_message(self, scope, messages, enums):
        self.expect("message")
        name = self.next()[1]
        full = scope + "." + name
        msg = {"fields": [], "options": {}, "oneofs": {}}
        self.expect("{")
        while self.peek()[1] != "}":
            kind, v = self.peek()
            if v == "option":
                self.next()
                oname = self.option_name()
                self.expect("=")
                msg["options"][".".join(oname)] = self.value()
                self.expect(";")
            elif v in ("reserved", "extensions"):
                self.skip_statement()
            elif v == "message":
                self.parse_message(full, messages, enums)
            elif v == "enum":
                self.parse_enum(full, enums)
            elif v == "oneof":
                self.next()
                oname = self.next()[1]
                self.expect("{")
                required = False
                while self.peek()[1] != "}":
                    if self.peek()[1] == "option":
                        self.next()
                        on = self.option_name()
                        self.expect("=")
                        val = self.value()
                        self.expect(";")
                        if on == ["(validate.required)"] and val is True:
                            required = True
                    else:
                        self.parse_field(full, msg, oneof=oname)
                self.next()
                msg["oneofs"][oname] = {"required": required}
            else:
                self.parse_field(full, msg)
        self.next()
        if self.peek()[1] == ";":
            self.next()
        messages[full] = msg


def merge_rule(rules, path, value):
    # (validate.rules).string.max_len = 36  -> {"string": {"max_len": 36}}
    node = rules
    for p in path[:-1]:
        node = node.setdefault(p, {})
    if path:
        last = path[-1]
        if isinstance(value, dict) and isinstance(node.get(last), dict):
            node[last].update(value)
        else:
            node[last] = value
    elif isinstance(value, dict):
        rules.update(value)


def resolve_type(name, scope, messages, enums):
    """Resolves a type name as protoc does: innermost scope first."""
    scalars = {"double", "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64",
               "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string", "bytes"}
    if name in scalars:
        return name
    if name.startswith("."):
        return name[1:]
    parts = scope.split(".")
    while parts:
        cand = ".".join(parts) + "." + name
        if cand in messages or cand in enums:
            return cand
        parts.pop()
    if name in messages or name in enums:
        return name
    return name  # google.protobuf.* and other external types keep their full name


WELL_KNOWN = {
    "google.protobuf.Timestamp": "timestamp", "google.protobuf.Duration": "duration",
    "google.protobuf.BoolValue": "wrapped_bool", "google.protobuf.StringValue": "wrapped_string",
    "google.protobuf.BytesValue": "wrapped_bytes", "google.protobuf.FloatValue": "wrapped_float",
    "google.protobuf.DoubleValue": "wrapped_double", "google.protobuf.Int32Value": "wrapped_int32",
    "google.protobuf.Int64Value": "wrapped_int64", "google.protobuf.UInt32Value": "wrapped_uint32",
    "google.protobuf.UInt64Value": "wrapped_uint64", "google.protobuf.Struct": "struct",
    "google.protobuf.Value": "struct_value", "google.protobuf.Any": "any",
    "google.protobuf.FieldMask": "field_mask", "google.protobuf.Empty": "empty",
}


def build_schema(tts):
    messages, enums = {}, {}
    for path in git_ls(tts, "api/ttn/lorawan/v3"):
        if path.endswith(".proto"):
            m, e = Parser(tokenize(git_show(tts, path))).parse_file()
            messages.update(m)
            enums.update(e)

    # Extra string→number enum values the JSON reader accepts, as generated into *_json.pb.go.
    custom = {}
    for path in git_ls(tts, "pkg/ttnpb"):
        if not path.endswith("_json.pb.go"):
            continue
        text = git_show(tts, path)
        for m in re.finditer(r"var (\w+)_customvalue = map\[string\]int32\{(.*?)\n\}", text, re.S):
            custom[m.group(1)] = {k: int(v) for k, v in re.findall(r'"([^"]+)":\s*(-?\d+)', m.group(2))}

    # Close over what EndDevice (and the requests that carry it) can reach.
    roots = ["ttn.lorawan.v3.EndDevice"]
    seen_m, seen_e = set(), set()
    todo = list(roots)
    out_messages, out_enums = {}, {}
    while todo:
        full = todo.pop()
        if full in seen_m:
            continue
        seen_m.add(full)
        msg = messages[full]
        fields = []
        for f in msg["fields"]:
            entry = {k: v for k, v in f.items() if k not in ("scope", "type")}
            t = f["type"]
            if isinstance(t, dict):
                kt, vt = t["map"]
                vt = resolve_type(vt, f["scope"], messages, enums)
                entry["map_key"] = kt
                entry["type"] = classify(vt, messages, enums)
                target = vt
            else:
                rt = resolve_type(t, f["scope"], messages, enums)
                entry["type"] = classify(rt, messages, enums)
                target = rt
            if target in messages and target not in seen_m:
                todo.append(target)
            if target in enums:
                seen_e.add(target)
            fields.append(entry)
        opts = msg["options"]
        wrapper = isinstance(opts.get("(thethings.json.message)"), dict) and \
            opts["(thethings.json.message)"].get("wrapper", False)
        out_messages[full] = {"fields": fields, "oneofs": msg["oneofs"], "wrapper": bool(wrapper)}
    for full in sorted(seen_e):
        e = enums[full]
        short = full.rsplit(".", 1)[-1]
        # Nested enums are named Parent_Child in Go.
        go_name = "_".join(full.split(".")[3:]) if full.count(".") > 3 else short
        opts = e["options"].get("(thethings.json.enum)", {}) or {}
        values = {}
        for v in e["values"]:
            values.setdefault(v["name"], v["number"])
        extra = dict(custom.get(go_name, {}))
        out_enums[full] = {
            "values": values,
            "extra": extra,
            "as_string": bool(opts.get("marshal_as_string")),
            "as_number": bool(opts.get("marshal_as_number")),
        }
    return {"messages": dict(sorted(out_messages.items())), "enums": out_enums}


def classify(t, messages, enums):
    if t in WELL_KNOWN:
        return {"kind": WELL_KNOWN[t]}
    if t in messages:
        return {"kind": "message", "name": t}
    if t in enums:
        return {"kind": "enum", "name": t}
    if "." in t:
        return {"kind": "external", "name": t}
    return {"kind": t}


# ---------------------------------------------------------------------------------------

def go_string_list(text):
    return re.findall(r'"([^"\n]*)"', text)


def go_block(text, start):
    """Returns the text between the brace at or after start and its match."""
    i = text.index("{", start)
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return text[i + 1:j]
    raise ValueError("unbalanced")


def build_fieldmasks(tts):
    text = git_show(tts, "pkg/ttnpb/field_mask_validation.go")
    variables = {}
    for name in ("isEndDeviceReadFieldPaths", "isEndDeviceWriteFieldPaths", "nsEndDeviceReadFieldPaths"):
        m = re.search(r"var %s = (?:\[\]|\[\.\.\.\])string" % name, text)
        variables[name] = go_string_list(go_block(text, m.end()))
    rpcs = {}
    for rpc in ("EndDeviceRegistry/Get", "EndDeviceRegistry/List", "EndDeviceRegistry/Update",
                "JsEndDeviceRegistry/Get", "JsEndDeviceRegistry/Set",
                "NsEndDeviceRegistry/Get", "NsEndDeviceRegistry/Set",
                "AsEndDeviceRegistry/Get", "AsEndDeviceRegistry/Set"):
        key = '"/ttn.lorawan.v3.%s": {' % rpc
        start = text.index(key)
        block = go_block(text, start + len(key) - 1)
        m = re.search(r"Allowed:\s*(\w+)(\[:\])?,", block)
        if m:
            allowed = variables[m.group(1)]
        else:
            allowed = go_string_list(go_block(block, block.index("Allowed:")))
        rpcs[rpc] = sorted(set(allowed))
    paths_text = git_show(tts, "pkg/ttnpb/end_device.pb.paths.fm.go")
    m = re.search(r"var EndDeviceFieldPathsNested = \[\]string", paths_text)
    nested = go_string_list(go_block(paths_text, m.end()))
    m = re.search(r"var EndDeviceFieldPathsTopLevel = \[\]string", paths_text)
    top = go_string_list(go_block(paths_text, m.end()))

    ns = git_show(tts, "pkg/networkserver/grpc_deviceregistry.go")
    implications = {}
    for name in ("ifZeroThenZeroFields", "ifZeroThenNotZeroFields",
                 "ifNotZeroThenZeroFields", "ifNotZeroThenNotZeroFields"):
        m = re.search(r"\b%s = map\[string\]\[\]string" % name, ns)
        body = go_block(ns, m.end())
        table = {}
        for km in re.finditer(r'"([\w.]+)":\s*\{', body):
            table[km.group(1)] = go_string_list(go_block(body, km.end() - 1))
        implications[name] = table
    return {"rpc_allowed_paths": rpcs, "end_device_paths_nested": nested,
            "end_device_paths_top_level": top, "ns_set_implications": implications}


def build_reserved(tts):
    text = git_show(tts, "pkg/identityserver/blocklist/builtin.go")
    m = re.search(r"var builtin = New\(", text)
    end = text.index(")", m.end())
    return sorted(set(go_string_list(text[m.end():end])))


def build_bands(tts):
    text = git_show(tts, "pkg/band/all.go")
    consts = {}
    for path in git_ls(tts, "pkg/band"):
        if path.endswith(".go") and not path.endswith("_test.go"):
            for name, value in re.findall(r'^\s*(\w+)\s*=\s*"(\w+)"\s*$', git_show(tts, path), re.M):
                consts[name] = value
    m = re.search(r"All = map\[string\]map\[ttnpb\.PHYVersion\]Band", text)
    body = go_block(text, m.end())
    bands = {}
    for bm in re.finditer(r"\n\t\t(\w+): \{", body):
        inner = go_block(body, bm.end() - 1)
        versions = re.findall(r"ttnpb\.PHYVersion_(\w+):", inner)
        bands[consts[bm.group(1)]] = versions
    return bands


def build_frequency_plans(fp):
    text = git_show(fp, "frequency-plans.yml")
    plans = {}
    current = None
    for line in text.splitlines():
        m = re.match(r"^- id:\s*(\S+)", line)
        if m:
            current = m.group(1)
            plans[current] = None
            continue
        m = re.match(r"^\s+band-id:\s*(\S+)", line)
        if m and current:
            plans[current] = m.group(1)
    missing = [k for k, v in plans.items() if not v]
    if missing:
        raise SystemExit("plans without band-id: %s" % missing)
    return plans


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tts", required=True, help="bare git repository of lorawan-stack")
    ap.add_argument("--fp", required=True, help="bare git repository of lorawan-frequency-plans")
    args = ap.parse_args()
    os.makedirs(DATA, exist_ok=True)

    def dump(name, obj):
        with open(os.path.join(DATA, name), "w", encoding="ascii") as f:
            json.dump(obj, f, indent=1, sort_keys=False)
            f.write("\n")

    source = {"lorawan-stack": git_rev(args.tts), "lorawan-frequency-plans": git_rev(args.fp)}
    schema = build_schema(args.tts)
    schema["source"] = source
    dump("ttnpb_schema.json", schema)
    masks = build_fieldmasks(args.tts)
    masks["source"] = source
    dump("fieldmasks.json", masks)
    dump("bands.json", {"source": source, "bands": build_bands(args.tts)})
    dump("frequency_plans.json", {"source": source, "plans": build_frequency_plans(args.fp)})
    reserved = build_reserved(args.tts)
    with open(os.path.join(DATA, "reserved_ids.txt"), "w", encoding="ascii") as f:
        f.write("# Device IDs the Identity Server refuses (pkg/identityserver/blocklist), lorawan-stack %s\n"
                % source["lorawan-stack"])
        for word in reserved:
            f.write(word + "\n")
    print("wrote %d messages, %d enums, %d reserved IDs to %s" %
          (len(schema["messages"]), len(schema["enums"]), len(reserved), DATA))


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes v3-end-device-fields.txt: every JSON field path of The Things Stack's v3EndDevice
that this product could write, derived from the TTS OpenAPI (swagger) file.

Usage: tests/core/data/gen-v3-end-device-fields.py [tts-api.swagger.json]

Paths are dotted; map values (attributes, locations) appear as `attributes.*` and
`locations.*.<field>`. Every intermediate object path is listed too, because wrapper messages
(BoolValue, RxDelayValue, …) are written as bare values at the object's own path.
Only the top-level fields below are expanded (the rest of EndDevice is server state we never
write); within them the tree is walked fully, with cycle protection.
"""

import json
import os
import sys

DEFAULT_INPUT = "/work/shared/data/tts-api.swagger.json"
OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "v3-end-device-fields.txt")
TOP_LEVEL = ["ids", "name", "description", "attributes", "locations", "lorawan_version",
             "lorawan_phy_version", "frequency_plan_id", "supports_join", "root_keys",
             "mac_settings", "session"]


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_INPUT
    with open(source, encoding="utf-8") as f:
        definitions = json.load(f)["definitions"]

    def resolve(schema):
        ref = schema.get("$ref")
        if ref:
            name = ref.split("/")[-1]
            return name, definitions[name]
        return None, schema

    paths = set()

    def walk(path, schema, seen):
        paths.add(path)
        name, schema = resolve(schema)
        if name in seen:
            return
        seen = seen | {name} if name else seen
        if schema.get("type") == "object" and "additionalProperties" in schema:
            walk(path + ".*", schema["additionalProperties"], seen)
        for field, sub in schema.get("properties", {}).items():
            walk(path + "." + field, sub, seen)
        if schema.get("type") == "array" and "items" in schema:
            walk(path + ".[]", schema["items"], seen)

    end_device = definitions["v3EndDevice"]["properties"]
    for field in TOP_LEVEL:
        walk(field, end_device[field], frozenset({"v3EndDevice"}))

    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(p + "\n" for p in sorted(paths)))
    print("wrote %d paths to %s" % (len(paths), OUTPUT))


if __name__ == "__main__":
    main()

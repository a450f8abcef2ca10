#!/usr/bin/env python3
"""Generates TTN v2 applications this project has never seen, for `ttnv2-emulator --data`.

    never_seen_apps.py --seed N --out DIR [--devices COUNT] [--hostile]

Writes DIR/v2-data.json (the emulator's data file: one application with its access key and
devices in the v2 handler's JSON shape) and DIR/manifest.json (application ID, access key,
and every v2 device ID with the kind of device it was generated as). The same seed always
gives the same files.

What the devices mix (all within what a v2 handler stores; IDs follow the v2 ID rule
`^[0-9a-z](?:[_-]?[0-9a-z]){1,35}$`, which the v2 emulator enforces, so upper case appears
in attribute keys and texts, not in IDs):
  * kinds: OTAA not joined, OTAA joined (with a session and frame counters), ABP, register-on-
    join templates (no DevEUI), unusable devices (no AppKey, incomplete session);
  * IDs with `_`, of 2 and 36 characters, words TTS reserves (`test`, `demo`, `device`, ...,
    also ones that only become reserved once `_` turns into `-`, such as `api_key`), and
    pairs that become the same v3 ID (`temp_1` and `temp-1`);
  * descriptions in UTF-8: accents, CJK, emoji above U+FFFF, quotes, backslashes, tabs and
    newlines; up to 2000 characters of 2- and 4-byte UTF-8; in large applications, the
    first non-ASCII text far down the export (beyond the 1024 bytes the Console sniffs);
  * 0 to 12 attributes, keys with upper case, `_`, `.`, one or 37+ characters; values up to
    and beyond 200 characters;
  * locations at the edges: +-90, +-180, tiny, negative and int32-extreme altitudes;
  * 32-bit frame counters up to 4294967295, frame counter reset (disable_f_cnt_check) and
    32-bit counter flags, all activation constraints.
--hostile adds text the Console's encoding sniffer obeys (`<meta charset=...>` in a
description near the top of the export).
"""

import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
V2_ID = re.compile(r"[0-9a-z](?:[_-]?[0-9a-z]){1,35}")

ACCENTS = ["K\u00fchlraum S\u00fcd", "Caf\u00e9 cr\u00e8me", "\u0141\u00f3d\u017a p\u00f3\u0142noc",
           "S\u00e3o Jo\u00e3o", "\u00c5rhus \u00d8st", "Stra\u00dfe 7"]
CJK = ["\u6e29\u5ea6\u4f20\u611f\u5668", "\u5009\u5eab\u306e\u30bb\u30f3\u30b5\u30fc",
       "\uc628\ub3c4 \uc13c\uc11c"]
EMOJI = ["\U0001F9CA", "\U0001F321\ufe0f", "\U0001F4E1", "\U0001F40C", "\u2603", "\U0001F1F3\U0001F1F1"]
ASCII_WORDS = ["cold store", "north gate", "pump 3", "meter", "boiler room", "roof", "dock 12"]
RESERVED_V2_VALID = ["test", "demo", "device", "devices", "data", "lora", "gateway", "app", "api", "admin",
                     "about", "help", "root", "status", "support", "system", "user", "users", "www"]
BECOME_RESERVED = ["api_key", "api_keys"]  # `api-key`, `api-keys` are reserved, the v2 forms are not


def hexs(rng, n):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(2 * n))


def nonzero_hex(rng, n):
    while True:
        h = hexs(rng, n)
        if set(h) != {"0"}:
            return h


class Generator:
    def __init__(self, seed, count, hostile):
        self.rng = random.Random(seed)
        self.seed = seed
        self.count = count
        self.hostile = hostile
        self.ids = set()
        self.dev_euis = set()

    def app_id(self):
        r = self.rng
        return r.choice(["fleet_%d" % self.seed, "never-seen-%d" % self.seed, "site_%d_meters" % self.seed])

    # -- IDs -------------------------------------------------------------------------------

    def new_id(self, base):
        if not V2_ID.fullmatch(base):
            raise ValueError("not a v2 ID: %r" % base)
        candidate = base
        n = 1
        while candidate in self.ids:
            n += 1
            candidate = "%s%d" % (base, n)
        self.ids.add(candidate)
        return candidate

    def plain_id(self, i):
        r = self.rng
        word = r.choice(["sensor", "node", "meter", "tracker", "probe", "valve", "door"])
        sep = r.choice(["_", "-", "", "_"])
        return self.new_id("%s%s%d" % (word, sep, i))

    def edge_ids(self):
        """IDs that stress the v2 -> v3 rules, each at most once per application."""
        r = self.rng
        out = []
        out.append(self.new_id(r.choice(["a1", "x9", "b2"])))                           # 2 characters
        out.append(self.new_id(("m" + "".join(r.choice("abcdefghij0123456789") for _ in range(35)))[:36]))
        long_us = "d_" + "_".join("x%d" % k for k in range(11))                        # 36 with `_`
        out.append(self.new_id(long_us[:36].rstrip("_")))
        for w in r.sample(RESERVED_V2_VALID, 3):
            if w not in self.ids:
                out.append(self.new_id(w))
        out.append(self.new_id(r.choice(BECOME_RESERVED)))
        if self.rng.random() < 0.8:  # two v2 IDs that meet as one v3 ID
            stem = "temp%d" % r.randrange(10, 99)
            out.append(self.new_id(stem[:4] + "_" + stem[4:]))
            out.append(self.new_id(stem[:4] + "-" + stem[4:]))
        return out

    # -- texts -----------------------------------------------------------------------------

    def description(self, ascii_only):
        r = self.rng
        roll = r.random()
        if roll < 0.25:
            return ""
        words = [r.choice(ASCII_WORDS)]
        if not ascii_only:
            kind = r.random()
            if kind < 0.3:
                words.append(r.choice(ACCENTS))
            elif kind < 0.5:
                words.append(r.choice(CJK))
            elif kind < 0.7:
                words.append(r.choice(EMOJI))
            elif kind < 0.8:
                words.append(r.choice(ACCENTS) + " " + r.choice(EMOJI) + " " + r.choice(CJK))
            elif kind < 0.85:
                return ("\u00e9" if r.random() < 0.5 else "\U0001F600") * 2000   # the longest TTS takes
        extra = r.random()
        if extra < 0.1:
            words.append('say "hi" \\ back\tslash')
        elif extra < 0.15:
            words.append("line one\nline two")
        return " ".join(words)

    def attributes(self, ascii_only):
        r = self.rng
        n = r.choice([0, 0, 0, 1, 1, 2, 3, 4, 5, 10])
        keys = ["building", "floor", "room", "owner", "serial", "batch", "firmware", "zone", "contract", "line",
                "vendor", "hw", "note"]
        out = {}
        for i in range(n):
            k = keys[i % len(keys)]
            if r.random() < 0.15:
                k += "_id"                      # becomes `-id` in v3
            values = ["B2", "-1", "3.14", "", "a" * 200, "ok", "Z"]
            out[k] = r.choice(values if ascii_only else values + ["\u00e4\u00f6\u00fc", "\U0001F9CA"])
        odd = r.random()  # at most one thing TTS refuses or the product must rewrite
        if odd < 0.04:
            out["Room_Number"] = "12"
        elif odd < 0.06:
            out["fw.version"] = "1.2"
        elif odd < 0.07:
            out["x"] = "short key"
        elif odd < 0.08:
            out["k" * 37] = "long key"
        elif odd < 0.09:
            out["note"] = "v" * 201
        elif odd < 0.11:
            want = r.choice([11, 12])  # more pairs than TTS takes
            extra = 1
            while len(out) < want:
                out["extra%02d" % extra] = "x"
                extra += 1
        return out

    def location(self, device):
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            return
        edges = [(90.0, 180.0), (-90.0, -180.0), (0.0, 4.88), (52.37, 0.0), (1e-7, -1e-7),
                 (51.92245, 4.47917), (-33.8688, 151.2093), (35.6762, 139.6503)]
        lat, lon = r.choice(edges) if r.random() < 0.5 else (round(r.uniform(-90, 90), 6),
                                                               round(r.uniform(-180, 180), 6))
        device["latitude"] = lat
        device["longitude"] = lon
        device["altitude"] = r.choice([0, 3, -12, 8848, 2147483647, -2147483648, 120])

    # -- devices ---------------------------------------------------------------------------

    def dev_eui(self):
        r = self.rng
        while True:
            e = r.choice(["FFFFFFFFFFFFFFFF", "0000000000000001", "0004A30B" + hexs(r, 4), hexs(r, 8)])
            if e not in self.dev_euis:
                self.dev_euis.add(e)
                return e

    def device(self, app_id, dev_id, app_eui, kind, ascii_only):
        r = self.rng
        lw = {"app_id": app_id, "dev_id": dev_id, "app_eui": app_eui, "dev_eui": self.dev_eui(),
              "dev_addr": "", "app_key": "", "app_s_key": "", "nwk_s_key": "",
              "activation_constraints": r.choice(["local", "local", "local,otaa", "abp", "local,abp"])}
        if kind in ("otaa", "otaa-joined", "template"):
            lw["app_key"] = nonzero_hex(r, 16)
        if kind == "template":
            self.dev_euis.discard(lw["dev_eui"])
            lw["dev_eui"] = ""
        if kind in ("otaa-joined", "abp"):
            lw["dev_addr"] = nonzero_hex(r, 4)
            lw["nwk_s_key"] = nonzero_hex(r, 16)
            lw["app_s_key"] = nonzero_hex(r, 16)
        if kind == "unusable":
            part = r.choice(["dev_addr", "nwk_s_key", "app_s_key", "both"])
            if part in ("dev_addr", "both"):
                lw["dev_addr"] = nonzero_hex(r, 4)
            if part in ("nwk_s_key", "both"):
                lw["nwk_s_key"] = nonzero_hex(r, 16)
            if part == "app_s_key":
                lw["app_s_key"] = nonzero_hex(r, 16)
        if r.random() < 0.3:
            lw["uses32_bit_f_cnt"] = True
        if r.random() < 0.2:
            lw["disable_f_cnt_check"] = True
        if lw["dev_addr"]:
            big = lw.get("uses32_bit_f_cnt")
            lw["f_cnt_up"] = r.choice([0, 1, 4711, 65535, 65536, 4294967295] if big else [0, 1, 17, 65535])
            lw["f_cnt_down"] = r.choice([0, 3, 65536, 4294967295] if big else [0, 2, 300])
            if lw["f_cnt_up"] == 0:
                del lw["f_cnt_up"]
            if lw["f_cnt_down"] == 0:
                del lw["f_cnt_down"]
            lw["last_seen"] = str(1596787200000000000 + r.randrange(10**15))
        dev = {"app_id": app_id, "dev_id": dev_id, "lorawan_device": lw}
        d = self.description(ascii_only)
        if d:
            dev["description"] = d
        attrs = self.attributes(ascii_only)
        if attrs:
            dev["attributes"] = attrs
        self.location(dev)
        return dev

    def application(self):
        r = self.rng
        app_id = self.app_id()
        app_euis = [nonzero_hex(r, 8) for _ in range(r.choice([1, 1, 2, 3]))]
        kinds = ["otaa"] * 40 + ["otaa-joined"] * 25 + ["abp"] * 18 + ["template"] * 5 + ["unusable"] * 6
        ids = self.edge_ids()
        while len(ids) < self.count:
            ids.append(self.plain_id(len(ids)))
        ids = ids[:max(self.count, len(ids))]
        # The export follows the v2 order (by ID); keep the first ~1 KiB of it ASCII in large
        # applications so that non-ASCII text first appears far down the file.
        ordered = sorted(ids)
        ascii_head = set(ordered[:max(8, len(ordered) // 3)]) if len(ordered) > 60 else set()
        devices, manifest = [], []
        for dev_id in ids:
            kind = r.choice(kinds)
            dev = self.device(app_id, dev_id, r.choice(app_euis), kind, dev_id in ascii_head)
            devices.append(dev)
            manifest.append({"dev_id": dev_id, "kind": kind})
        if self.hostile:
            # On every device that can be exported (OTAA and ABP), so whichever line comes first
            # in the file carries it into the first 1024 bytes the Console sniffs.
            kind_of = {m["dev_id"]: m["kind"] for m in manifest}
            for dev in devices:
                if kind_of[dev["dev_id"]].startswith(("otaa", "abp")):
                    dev["description"] = "<meta charset=iso-2022-kr> imported from a web form"
        key = "ttn-account-v2.never-seen-%d-%s" % (self.seed, hexs(r, 6).lower())
        data = {"applications": [{"app_id": app_id, "registered": True,
                                  "access_keys": [{"key": key, "rights": ["devices", "settings"]}],
                                  "devices": devices}]}
        return data, {"app_id": app_id, "access_key": key, "seed": self.seed, "devices": manifest}


def main(argv=None):
    ap = argparse.ArgumentParser(prog="never_seen_apps.py", description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--devices", type=int, help="number of devices (default: 40 to 300, from the seed)")
    ap.add_argument("--hostile", action="store_true", help="add text the Console's encoding sniffer obeys")
    args = ap.parse_args(argv)
    count = args.devices or random.Random(args.seed * 7919).choice([40, 60, 120, 300])
    data, manifest = Generator(args.seed, count, args.hostile).application()
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "v2-data.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")
    kinds = {}
    for d in manifest["devices"]:
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    print("never_seen_apps: seed %d: application %s with %d devices %s" %
          (args.seed, manifest["app_id"], len(manifest["devices"]), json.dumps(kinds, sort_keys=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

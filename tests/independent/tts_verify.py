#!/usr/bin/env python3
"""Verifies an import into the emulated The Things Stack against the export it came from.

    tts_verify.py --application-id APP (--dump state.json | --url http://127.0.0.1:PORT)
                  [--server-host HOST] [--same-as earlier-state.json] devices.json [devices-002.json ...]

For every device of the file(s): the Identity Server has it (IDs, name, description,
attributes, locations, the Network/Application Server addresses, and the Join Server address
for a device that joins); the Join Server has its AppKey (devices that join only); the
Network Server has its frequency plan, LoRaWAN versions, supports_join, MAC settings and,
for a device exported with a session, that session (DevAddr, network key, session key ID,
frame counters; TTS stamps its own started_at); the Application Server has its record and,
with a session, the DevAddr, AppSKey and session key ID. Every value must equal the file's.
No registry may hold a record that is not a complete device of the file (no leftovers).
With --same-as, the Identity Server records must be the very same as in the earlier state
(same created_at): a re-run must not delete and re-create devices.

Prints one line per problem (`FILE:LINE DEVICE_ID: problem`) and exits 1, or one summary
line and exits 0.
"""

import argparse
import json
import os
import sys
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from ttsindep import paths as P  # noqa: E402
from ttsindep.checker import iter_values  # noqa: E402
from ttsindep.decode import DecodeError, decode_message, object_pairs  # noqa: E402
from ttsindep.schema import END_DEVICE  # noqa: E402
from ttsindep.validate import go_regexp  # noqa: E402

ADDRESS = go_regexp(r"^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\-]*[a-zA-Z0-9])\.)*"
                    r"(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\-]*[A-Za-z0-9])(?::[0-9]{1,5})?$")


def load_state(args):
    if args.url:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: no proxy
        with opener.open(args.url.rstrip("/") + "/__dump", timeout=30) as r:
            raw = r.read().decode("utf-8")
    else:
        with open(args.dump, encoding="utf-8") as f:
            raw = f.read()
    return parse_state(raw)


def parse_state(raw):
    data = json.loads(raw, object_pairs_hook=object_pairs)
    state = {}
    for app, registries in dict(data)["applications"]:
        for server, records in registries:
            for rec in records:
                dev, _ = decode_message(rec, END_DEVICE)
                state.setdefault(app, {}).setdefault(server, {})[dev["ids"]["device_id"]] = dev
    return state


def load_devices(files):
    out = []
    problems = []
    for name in files:
        with open(name, "rb") as f:
            text = f.read().decode("utf-8", errors="replace").lstrip("\ufeff")
        for line, value, error in iter_values(text):
            label = os.path.basename(name)
            if error:
                problems.append("%s:%d -: %s" % (label, line, error))
                continue
            try:
                dev, _ = decode_message(value, END_DEVICE)
            except DecodeError as e:
                problems.append("%s:%d -: the file's device cannot be read: %s" % (label, line, e))
                continue
            out.append((label, line, dev))
    return out, problems


def _zero(v):
    if v is None or v is False or v == "":
        return True
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return v == 0
    return isinstance(v, (dict, list, bytes)) and len(v) == 0


def same(a, b):
    """Equality with proto3's view of zero: an absent scalar equals its zero value."""
    return (_zero(a) and _zero(b)) or a == b


def show(v):
    if isinstance(v, (bytes, bytearray)):
        return v.hex().upper()
    if isinstance(v, dict):
        return json.dumps({k: show(x) for k, x in v.items()}, default=str, sort_keys=True)
    return repr(v)


class Verifier:
    def __init__(self, app, state, server_host=None):
        self.app = app
        self.state = state
        self.reg = state.get(app, {})
        self.server_host = server_host
        self.problems = []

    def problem(self, where, text):
        self.problems.append("%s %s" % (where, text))

    def expect(self, where, registry, record, file_dev, path, label=None):
        want = P.get(file_dev, path)
        got = P.get(record, path)
        want = None if want is P._MISSING else want
        got = None if got is P._MISSING else got
        if not same(want, got):
            self.problem(where, "%s: %s is %s, the file has %s" % (registry, label or path, show(got), show(want)))

    def device(self, where, dev):
        ids = dev.get("ids", {})
        did = ids.get("device_id", "")
        joins = bool(dev.get("supports_join"))
        sess = dev.get("session")
        is_rec = self.reg.get("is", {}).get(did)
        if is_rec is None:
            self.problem(where, "IS: no end device %r in application %r" % (did, self.app))
        else:
            for p in ("ids.dev_eui", "ids.join_eui", "name", "description", "attributes", "version_ids"):
                self.expect(where, "IS", is_rec, dev, p)
            self.locations(where, is_rec, dev)
            wanted = ["network_server_address", "application_server_address"] + (["join_server_address"] if joins else [])
            for field in wanted:
                value = is_rec.get(field, "")
                if dev.get(field):
                    self.expect(where, "IS", is_rec, dev, field)
                elif not value:
                    self.problem(where, "IS: no %s (the Console then shows the device without that server's part)"
                                 % field)
                elif not ADDRESS.search(value):
                    self.problem(where, "IS: %s %r is not host[:port]" % (field, value))
                elif self.server_host and value.rsplit(":", 1)[0] != self.server_host:
                    self.problem(where, "IS: %s %r is not on host %r" % (field, value, self.server_host))
        js_rec = self.reg.get("js", {}).get(did)
        if joins:
            if js_rec is None:
                self.problem(where, "JS: no record (a device that joins needs its AppKey on the Join Server)")
            else:
                for p in ("ids.dev_eui", "ids.join_eui", "root_keys.app_key.key", "root_keys.nwk_key.key"):
                    self.expect(where, "JS", js_rec, dev, p)
                for field in ("network_server_address", "application_server_address"):
                    if is_rec is not None and js_rec.get(field) and js_rec.get(field) != is_rec.get(field):
                        self.problem(where, "JS: %s %r differs from the IS's %r" % (field, js_rec[field],
                                                                                      is_rec.get(field)))
        elif js_rec is not None:
            self.problem(where, "JS: a record exists for a device that does not join")
        ns_rec = self.reg.get("ns", {}).get(did)
        if ns_rec is None:
            self.problem(where, "NS: no record")
        else:
            for p in ("ids.dev_eui", "ids.join_eui", "frequency_plan_id", "lorawan_version", "lorawan_phy_version",
                      "supports_join", "multicast", "supports_class_b", "supports_class_c"):
                self.expect(where, "NS", ns_rec, dev, p)
            for name in sorted((dev.get("mac_settings") or {})):
                self.expect(where, "NS", ns_rec, dev, "mac_settings." + name)
            self.session(where, "NS", ns_rec, dev, ["dev_addr", "keys.f_nwk_s_int_key.key", "keys.session_key_id",
                                                   "last_f_cnt_up", "last_n_f_cnt_down"])
            if sess is not None and ns_rec.get("session") is not None and "started_at" not in ns_rec["session"]:
                self.problem(where, "NS: the session has no started_at")
        as_rec = self.reg.get("as", {}).get(did)
        if as_rec is None:
            self.problem(where, "AS: no record (the Application Server needs one for the device's traffic)")
        else:
            for p in ("ids.dev_eui", "ids.join_eui"):
                self.expect(where, "AS", as_rec, dev, p)
            self.session(where, "AS", as_rec, dev, ["dev_addr", "keys.app_s_key.key", "keys.session_key_id"])

    def locations(self, where, rec, dev):
        want = dev.get("locations") or {}
        got = rec.get("locations") or {}
        if sorted(want) != sorted(got):
            self.problem(where, "IS: locations %s, the file has %s" % (sorted(got), sorted(want)))
            return
        for key in want:
            for f in ("latitude", "longitude", "altitude", "accuracy", "source"):
                if not same(want[key].get(f), got[key].get(f)):
                    self.problem(where, "IS: locations[%s].%s is %r, the file has %r"
                                 % (key, f, got[key].get(f), want[key].get(f)))

    def session(self, where, registry, rec, dev, fields):
        sess = dev.get("session")
        got = rec.get("session")
        if sess is None:
            if got is not None:
                self.problem(where, "%s: has a session, the file has none" % registry)
            return
        if got is None:
            self.problem(where, "%s: no session, the file has one" % registry)
            return
        for f in fields:
            self.expect(where, registry, rec, dev, "session." + f)

    def leftovers(self, file_ids):
        for app, registries in sorted(self.state.items()):
            for server in ("is", "js", "ns", "as"):
                for did in sorted(registries.get(server, {})):
                    if app != self.app:
                        self.problem("-:0 %s:" % did, "%s: leftover record in application %r (not the target)"
                                     % (server.upper(), app))
                    elif did not in file_ids:
                        self.problem("-:0 %s:" % did, "%s: leftover record of a device that is not in the file"
                                     % server.upper())

    def same_as(self, earlier):
        before = earlier.get(self.app, {}).get("is", {})
        for did, rec in sorted(self.reg.get("is", {}).items()):
            old = before.get(did)
            if old is not None and old.get("created_at") != rec.get("created_at"):
                self.problem("-:0 %s:" % did, "IS: re-created by the re-run (created_at %s, before %s)"
                             % (rec.get("created_at"), old.get("created_at")))


def main(argv=None):
    ap = argparse.ArgumentParser(prog="tts_verify.py", description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--application-id", required=True)
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--dump", help="a state file written by tts_emulator.py")
    src.add_argument("--url", help="a running tts_emulator.py (its /__dump)")
    ap.add_argument("--server-host", help="the host every server address must name")
    ap.add_argument("--same-as", help="an earlier state: IS records must not have been re-created")
    args = ap.parse_args(argv)

    state = load_state(args)
    devices, problems = load_devices(args.files)
    v = Verifier(args.application_id, state, args.server_host)
    v.problems += problems
    seen = set()
    for label, line, dev in devices:
        did = dev.get("ids", {}).get("device_id", "")
        where = "%s:%d %s:" % (label, line, did or "-")
        if did in seen:
            v.problem(where, "the file has this device ID twice")
            continue
        seen.add(did)
        v.device(where, dev)
    v.leftovers(seen)
    if args.same_as:
        with open(args.same_as, encoding="utf-8") as f:
            v.same_as(parse_state(f.read()))
    for p in v.problems:
        print(p)
    if v.problems:
        print("tts_verify: %d problem(s) with %d device(s) of the file" % (len(v.problems), len(devices)),
              file=sys.stderr)
        return 1
    print("tts_verify: all %d device(s) complete in IS, JS, NS and AS; no leftovers" % len(devices))
    return 0


if __name__ == "__main__":
    sys.exit(main())

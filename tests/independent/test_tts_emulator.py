#!/usr/bin/env python3
"""Tests of tts_emulator.py (over real HTTP on loopback) and tts_verify.py: the emulator
refuses what TTS refuses, with TTS's error names and HTTP statuses; a correct import
(by the reference importer in ttsindep/refimport.py) passes the verifier, and each kind of
incomplete import or leftover makes it fail.

    python3 tests/independent/test_tts_emulator.py
"""

import copy
import io
import json
import os
import sys
import tempfile
import threading
import unittest
from contextlib import redirect_stdout, redirect_stderr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tts_emulator  # noqa: E402
import tts_verify  # noqa: E402
from test_ttsjson_check import OTAA, OTAA_SESSION, ABP, dumps, edit  # noqa: E402
from ttsindep.decode import decode_end_device, object_pairs  # noqa: E402
from ttsindep.refimport import Client, import_device  # noqa: E402
from ttsindep.registry import Emulator  # noqa: E402

KEY = "NNSXS.FULLKEY.SECRET"
READ_ONLY = "NNSXS.ROKEY.SECRET"
NO_KEYS = "NNSXS.NOKEYS.SECRET"
APP = "app-one"


def decoded(dev):
    return decode_end_device(json.loads(dumps(dev), object_pairs_hook=object_pairs))[0]


class EmulatorTest(unittest.TestCase):
    def setUp(self):
        keys = {KEY: {APP: ["RIGHT_APPLICATION_ALL"], "app-two": ["RIGHT_APPLICATION_ALL"]},
                READ_ONLY: {APP: ["RIGHT_APPLICATION_DEVICES_READ"]},
                NO_KEYS: {APP: ["RIGHT_APPLICATION_DEVICES_READ", "RIGHT_APPLICATION_DEVICES_WRITE"]}}
        self.emu = Emulator({APP: {}, "app-two": {}}, keys)
        self.server = tts_emulator.Server(("127.0.0.1", 0), self.emu)
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()
        self.base = "http://127.0.0.1:%d" % self.server.server_address[1]
        self.client = Client(self.base, KEY)
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.server.shutdown()
        self.server.server_close()
        self.dir.cleanup()

    def call(self, method, path, body=None, key=KEY):
        return Client(self.base, key).call(method, path, body)[:2]

    def error_name(self, out):
        d = out.get("details") or [{}]
        return "%s:%s" % (d[0].get("namespace"), d[0].get("name"))

    def create(self, dev, **kw):
        return import_device(self.client, APP, decoded(dev), "127.0.0.1", **kw)

    def verify(self, devices, *extra):
        path = os.path.join(self.dir.name, "devices.json")
        with open(path, "w") as f:
            for d in devices:
                f.write(dumps(d) + "\n")
        state = os.path.join(self.dir.name, "state.json")
        with open(state, "w") as f:
            json.dump(self.emu.dump(), f)
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            rc = tts_verify.main(["--application-id", APP, "--dump", state, path] + list(extra))
        return rc, out.getvalue()

    def snapshot(self):
        path = os.path.join(self.dir.name, "before.json")
        with open(path, "w") as f:
            json.dump(self.emu.dump(), f)
        return path

    # -- authentication and rights -----------------------------------------------------------

    def test_rights(self):
        status, out = self.call("GET", "/applications/%s/rights" % APP)
        self.assertEqual(status, 200)
        self.assertIn("RIGHT_APPLICATION_DEVICES_WRITE_KEYS", out["rights"])
        status, out = self.call("GET", "/applications/%s/rights" % APP, key=READ_ONLY)
        self.assertEqual(out, {"rights": ["RIGHT_APPLICATION_DEVICES_READ"]})
        status, out = self.call("GET", "/applications/no-such-app/rights")
        self.assertEqual((status, out), (200, {}))

    def test_bad_keys(self):
        cases = [("NNSXS.FULLKEY.WRONG", 401, "pkg/identityserver:invalid_authorization"),
                 ("NNSXS.UNKNOWN.SECRET", 401, "pkg/identityserver:api_key_not_found"),
                 ("not-a-key", 400, "pkg/auth:token")]
        for key, status, name in cases:
            with self.subTest(key=key):
                s, out = self.call("GET", "/applications/%s/devices" % APP, key=key)
                self.assertEqual((s, self.error_name(out)), (status, name))

    def test_missing_right(self):
        s, out = self.call("POST", "/applications/%s/devices" % APP,
                           {"end_device": {"ids": {"device_id": "dev-one"}}}, key=READ_ONLY)
        self.assertEqual((s, self.error_name(out)), (403, "pkg/auth/rights:insufficient_application_rights"))
        self.assertEqual(out["details"][0]["attributes"]["missing"], ["RIGHT_APPLICATION_DEVICES_WRITE"])

    def test_keys_need_write_keys(self):
        self.assertIsNone(self.create(edit(OTAA, "root_keys", None, delete=True)))
        body = {"end_device": {"ids": {"device_id": "otaa-one", "dev_eui": "0004A30B001C0530",
                                       "join_eui": "70B3D57ED0000001"},
                               "root_keys": {"app_key": {"key": "1" * 32}}},
                "field_mask": {"paths": ["root_keys.app_key.key"]}}
        s, out = self.call("PUT", "/js/applications/%s/devices/otaa-one" % APP, body, key=NO_KEYS)
        self.assertEqual((s, self.error_name(out)), (403, "pkg/auth/rights:insufficient_application_rights"))

    def test_no_authorization_header(self):
        req = tts_emulator.urllib.request.Request(self.base + "/api/v3/applications/%s/devices" % APP)
        try:
            opener = tts_emulator.urllib.request.build_opener(tts_emulator.urllib.request.ProxyHandler({}))
            opener.open(req)
            self.fail("expected 403")
        except tts_emulator.urllib.error.HTTPError as e:
            self.assertEqual(e.code, 403)

    # -- Identity Server ---------------------------------------------------------------------

    def test_list_pages(self):
        for i in range(5):
            dev = edit(edit(OTAA, "ids.device_id", "dev-%d" % (4 - i)), "ids.dev_eui", "00000000000000A%d" % i)
            self.assertIsNone(self.create(dev))
        client = Client(self.base, KEY)
        s, out, headers = client.call("GET", "/applications/%s/devices?field_mask=name&limit=2&page=2" % APP)
        self.assertEqual(s, 200)
        self.assertEqual(headers.get("X-Total-Count"), "5")
        self.assertEqual([d["ids"]["device_id"] for d in out["end_devices"]], ["dev-2", "dev-3"])
        self.assertTrue(all(set(d) == {"ids", "name", "created_at", "updated_at"} for d in out["end_devices"]))
        s, out, _ = client.call("GET", "/applications/%s/devices?limit=2&page=4" % APP)
        self.assertEqual(out, {})
        s, out, _ = client.call("GET", "/applications/%s/devices?limit=1001" % APP)
        self.assertEqual((s, self.error_name(out)), (400, "pkg/errors:validation"))
        s, out, _ = client.call("GET", "/applications/%s/devices?field_mask=root_keys" % APP)
        self.assertEqual((s, self.error_name(out)), (400, "pkg/rpcmiddleware/validator:field_mask_paths"))

    def test_id_and_euis_taken(self):
        self.assertIsNone(self.create(OTAA))
        s, out = self.call("POST", "/applications/%s/devices" % APP,
                           {"end_device": {"ids": {"device_id": "otaa-one"}}})
        self.assertEqual((s, self.error_name(out)), (409, "pkg/util/store:id_taken"))
        s, out = self.call("POST", "/applications/app-two/devices",
                           {"end_device": {"ids": {"device_id": "other", "dev_eui": "0004A30B001C0530",
                                                   "join_eui": "70B3D57ED0000001"}}})
        self.assertEqual((s, self.error_name(out)), (409, "pkg/identityserver:end_device_euis_taken"))
        self.assertEqual(out["details"][0]["attributes"]["device_id"], "otaa-one")

    def test_reserved_and_invalid_ids(self):
        for did, name in (("test", "pkg/identityserver/blocklist:forbidden_id"),
                          ("demo", "pkg/identityserver/blocklist:forbidden_id"),
                          ("Dev_1", "pkg/errors:validation")):
            with self.subTest(did=did):
                s, out = self.call("POST", "/applications/%s/devices" % APP, {"end_device": {"ids": {"device_id": did}}})
                self.assertEqual((s, self.error_name(out)), (400, name))

    def test_undecodable_body(self):
        s, out = self.call("POST", "/applications/%s/devices" % APP,
                           {"end_device": {"ids": {"device_id": "dev-x", "dev_eui": "XYZ"}}})
        self.assertEqual(s, 400)
        self.assertNotIn("details", out)

    # -- Join, Network and Application Server ------------------------------------------------

    def set(self, server, dev, paths, device_id=None):
        did = device_id or dev["ids"]["device_id"]
        return self.call("PUT", "/%s/applications/%s/devices/%s" % (server, APP, did),
                         {"end_device": dev, "field_mask": {"paths": paths}})

    def test_js_refusals(self):
        s, out = self.set("js", {"ids": {"device_id": "d-one", "dev_eui": "0004A30B001C0530"}},
                          ["root_keys.app_key.key"])
        self.assertEqual((s, self.error_name(out)), (400, "pkg/joinserver:no_join_eui"))
        s, out = self.set("js", {"ids": {"device_id": "d-one", "join_eui": "70B3D57ED0000001",
                                         "dev_eui": "0000000000000000"}}, [])
        self.assertEqual((s, self.error_name(out)), (400, "pkg/joinserver:no_dev_eui"))
        s, out = self.set("js", {"ids": {"device_id": "d-one", "join_eui": "70B3D57ED0000001",
                                         "dev_eui": "0004A30B001C0530"},
                                 "root_keys": {"app_key": {"key": "0" * 32}}}, ["root_keys.app_key.key"])
        self.assertEqual((s, self.error_name(out)), (400, "pkg/joinserver:field_value"))

    def test_ns_refusals(self):
        base = {"ids": {"device_id": "d-one", "join_eui": "70B3D57ED0000001", "dev_eui": "0004A30B001C0530"},
                "frequency_plan_id": "EU_863_870_TTN", "lorawan_version": "MAC_V1_0_2",
                "lorawan_phy_version": "PHY_V1_0_2_REV_B"}
        versions = ["frequency_plan_id", "lorawan_version", "lorawan_phy_version"]
        abp = dict(base, supports_join=False, session=copy.deepcopy(ABP["session"]))
        abp_paths = versions + ["supports_join", "session.dev_addr", "session.keys.f_nwk_s_int_key.key"]
        cases = [
            ("a root key", dict(base, root_keys={"app_key": {"key": "1" * 32}}), ["root_keys.app_key.key"],
             "pkg/rpcmiddleware/validator:field_mask_paths"),
            ("a parent path", dict(base, session={"keys": {"app_s_key": {"key": "1" * 32}}}), ["session"],
             "pkg/rpcmiddleware/validator:non_zero_path"),
            ("ABP with a session key ID",
             edit(abp, "session.keys.session_key_id", "AAECAwQFBgcICQoLDA0ODw=="),
             abp_paths + ["session.keys.session_key_id"], "pkg/networkserver:field_value"),
            ("ABP without a session", dict(base, supports_join=False), versions + ["supports_join"],
             "pkg/networkserver:field_value"),
            ("OTAA session without a session key ID", dict(abp, supports_join=True),
             abp_paths, "pkg/networkserver:field_value"),
            ("an unknown plan", dict(base, frequency_plan_id="XX_1"), versions, "pkg/frequencyplans:not_found"),
            ("a band without 1.0.2 rev B", dict(base, frequency_plan_id="AS_923_2"), versions,
             "pkg/networkserver/internal:no_band_version"),
            ("an empty plan", dict(base, frequency_plan_id=""), versions, "pkg/networkserver:field_value"),
        ]
        for what, dev, paths, name in cases:
            with self.subTest(what=what):
                s, out = self.set("ns", dev, paths)
                self.assertEqual(self.error_name(out), name, out)
                self.assertIn(s, (400, 404))
        s, out = self.set("ns", dict(abp), abp_paths)
        self.assertEqual(s, 200, out)
        s, out = self.set("ns", dict(abp, supports_join=True, session=None), ["supports_join"])
        self.assertEqual((s, self.error_name(out)), (400, "pkg/networkserver:field_value"))

    def test_as_refusals_and_empty_mask(self):
        dev = {"ids": {"device_id": "d-one", "join_eui": "70B3D57ED0000001", "dev_eui": "0004A30B001C0530"},
               "session": {"dev_addr": "26011234", "keys": {"app_s_key": {"key": "0" * 32}}}}
        s, out = self.set("as", dev, ["session.dev_addr", "session.keys.app_s_key.key"])
        self.assertEqual((s, self.error_name(out)), (400, "pkg/applicationserver:field_value"))
        s, out = self.set("as", {"ids": dev["ids"]}, [])
        self.assertEqual(s, 200)
        self.assertIn("d-one", [d["ids"]["device_id"] for d in self.emu.dump()["applications"][APP]["as"]])

    def test_registry_euis_and_delete(self):
        ids = {"device_id": "d-one", "join_eui": "70B3D57ED0000001", "dev_eui": "0004A30B001C0530"}
        self.assertEqual(self.set("as", {"ids": ids}, [])[0], 200)
        s, out = self.set("as", {"ids": dict(ids, device_id="d-two")}, [])
        self.assertEqual((s, self.error_name(out)), (409, "pkg/internal/registry:end_device_euis_taken"))
        self.assertEqual(self.call("DELETE", "/as/applications/%s/devices/d-one" % APP)[0], 200)
        self.assertEqual(self.set("as", {"ids": dict(ids, device_id="d-two")}, [])[0], 200)
        s, out = self.call("DELETE", "/ns/applications/%s/devices/nothing" % APP)
        self.assertEqual((s, self.error_name(out)), (404, "pkg/networkserver:device_not_found"))
        s, out = self.call("DELETE", "/applications/%s/devices/nothing" % APP)
        self.assertEqual((s, self.error_name(out)), (404, "pkg/identityserver/store:end_device_not_found"))

    def test_ns_stamps_started_at(self):
        self.assertIsNone(self.create(OTAA_SESSION))
        rec = self.emu.dump()["applications"][APP]["ns"][0]
        self.assertNotEqual(rec["session"]["started_at"], OTAA_SESSION["session"]["started_at"])
        self.assertEqual(rec["session"]["keys"]["nwk_s_enc_key"], rec["session"]["keys"]["f_nwk_s_int_key"])

    def test_log_has_no_secrets(self):
        self.create(OTAA)
        self.assertNotIn("SECRET", json.dumps(self.emu.dump()["requests"]))

    def test_throttle_every(self):
        server = tts_emulator.Server(("127.0.0.1", 0), self.emu, throttle_every=2)
        t = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
        t.start()
        try:
            client = Client("http://127.0.0.1:%d" % server.server_address[1], KEY)
            first = client.call("GET", "/applications/%s/rights" % APP)
            second = client.call("GET", "/applications/%s/rights" % APP)
            self.assertEqual(first[0], 200)
            self.assertEqual(second[0], 429)
            self.assertEqual(second[2].get("X-Rate-Limit-Retry"), "1")
        finally:
            server.shutdown()
            server.server_close()

    # -- the verifier ----------------------------------------------------------------------

    def three(self):
        otaa2 = edit(edit(OTAA_SESSION, "ids.device_id", "otaa-two"), "ids.dev_eui", "0004A30B001C0532")
        return [OTAA, otaa2, ABP]

    def test_complete_import_verifies(self):
        for d in self.three():
            self.assertIsNone(self.create(d))
        rc, out = self.verify(self.three())
        self.assertEqual(rc, 0, out)

    def test_rerun_is_idempotent(self):
        for d in self.three():
            self.assertIsNone(self.create(d))
        before = self.snapshot()
        for d in self.three():
            self.assertIsNone(self.create(d))
        rc, out = self.verify(self.three(), "--same-as", before)
        self.assertEqual(rc, 0, out)

    def test_recreated_device_is_caught(self):
        for d in self.three():
            self.assertIsNone(self.create(d))
        before = self.snapshot()
        self.call("DELETE", "/applications/%s/devices/abp-one" % APP)
        import time
        time.sleep(0.01)
        self.assertIsNone(self.create(ABP))
        rc, out = self.verify(self.three(), "--same-as", before)
        self.assertEqual(rc, 1)
        self.assertIn("re-created", out)

    def test_incomplete_imports_are_caught(self):
        cases = [("js", "JS: no record"), ("ns", "NS: no record"), ("as", "AS: no record")]
        for skip, needle in cases:
            with self.subTest(skip=skip):
                self.emu.is_devices.clear()
                for reg in self.emu.records.values():
                    reg.clear()
                for index in self.emu.euis.values():
                    index.clear()
                self.assertIsNone(self.create(OTAA, skip=(skip,)))
                rc, out = self.verify([OTAA])
                self.assertEqual(rc, 1)
                self.assertIn(needle, out)

    def test_missing_device_is_caught(self):
        self.assertIsNone(self.create(OTAA))
        rc, out = self.verify([OTAA, ABP])
        self.assertEqual(rc, 1)
        self.assertIn("abp-one: IS: no end device", out)

    def test_wrong_values_are_caught(self):
        self.assertIsNone(self.create(edit(OTAA_SESSION, "root_keys.app_key.key", "9" * 32)))
        rc, out = self.verify([OTAA_SESSION])
        self.assertEqual(rc, 1)
        self.assertIn("root_keys.app_key.key", out)
        self.emu.is_devices.clear()
        for reg in self.emu.records.values():
            reg.clear()
        for index in self.emu.euis.values():
            index.clear()
        self.assertIsNone(self.create(edit(ABP, "session.last_f_cnt_up", 13)))
        rc, out = self.verify([ABP])
        self.assertEqual(rc, 1)
        self.assertIn("session.last_f_cnt_up", out)

    def test_leftovers_are_caught(self):
        self.assertIsNone(self.create(OTAA))
        self.assertIsNone(self.create(ABP))
        rc, out = self.verify([OTAA])
        self.assertEqual(rc, 1)
        self.assertIn("abp-one:", out)
        self.assertIn("leftover", out)

    def test_abp_with_session_key_id_cannot_import(self):
        bad = edit(ABP, "session.keys.session_key_id", "AAECAwQFBgcICQoLDA0ODw==")
        err = self.create(bad)
        self.assertEqual(self.error_name(err), "pkg/networkserver:field_value")
        rc, out = self.verify([bad])
        self.assertEqual(rc, 1)
        self.assertIn("IS: no end device", out)  # rolled back


if __name__ == "__main__":
    unittest.main()

#!/usr/bin/env python3
"""never_seen_apps.py: the same seed gives the same files, and what it generates is data a
v2 handler could hold (valid v2 IDs, unique DevEUIs, hex of the right length) with the
edge cases the export checks rely on.

    python3 tests/independent/test_never_seen_apps.py
"""

import json
import os
import re
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import never_seen_apps  # noqa: E402

V2_ID = re.compile(r"[0-9a-z](?:[_-]?[0-9a-z]){1,35}")


def generate(seed, *extra):
    d = tempfile.mkdtemp(prefix="nsa-test-")
    never_seen_apps.main(["--seed", str(seed), "--out", d] + list(extra))
    with open(os.path.join(d, "v2-data.json"), "rb") as f:
        data = f.read()
    with open(os.path.join(d, "manifest.json"), "rb") as f:
        manifest = f.read()
    return data, manifest


class GeneratorTest(unittest.TestCase):
    def test_deterministic(self):
        self.assertEqual(generate(11), generate(11))
        self.assertNotEqual(generate(11)[0], generate(12)[0])

    def test_v2_shape_and_edges(self):
        data, manifest = generate(1)
        app = json.loads(data)["applications"][0]
        devices = app["devices"]
        self.assertEqual(len(devices), len(json.loads(manifest)["devices"]))
        ids = [d["dev_id"] for d in devices]
        self.assertEqual(len(ids), len(set(ids)))
        self.assertTrue(all(V2_ID.fullmatch(i) for i in ids), [i for i in ids if not V2_ID.fullmatch(i)])
        euis = [d["lorawan_device"]["dev_eui"] for d in devices if d["lorawan_device"]["dev_eui"]]
        self.assertEqual(len(euis), len(set(euis)))
        for d in devices:
            lw = d["lorawan_device"]
            for field, n in (("app_eui", 16), ("dev_eui", 16), ("dev_addr", 8), ("app_key", 32),
                             ("app_s_key", 32), ("nwk_s_key", 32)):
                self.assertIn(len(lw[field]), (0, n), (d["dev_id"], field))
        kinds = {d["kind"] for d in json.loads(manifest)["devices"]}
        self.assertEqual(kinds, {"otaa", "otaa-joined", "abp", "template", "unusable"})
        # the edges the checks rely on
        self.assertTrue(any(len(i) == 2 for i in ids))
        self.assertTrue(any(len(i) == 36 for i in ids))
        self.assertTrue(any("_" in i for i in ids))
        self.assertTrue({"api_key", "api_keys"} & set(ids))
        texts = " ".join(d.get("description", "") for d in devices)
        self.assertTrue(any(ord(c) > 0xFFFF for c in texts))
        self.assertTrue(any(0x4E00 <= ord(c) <= 0x9FFF for c in texts))
        self.assertTrue(any(d["lorawan_device"].get("f_cnt_up") == 4294967295 for d in devices))
        self.assertTrue(any(len(d.get("attributes", {})) > 10 for d in devices))
        # the first third (by ID) is ASCII, so that non-ASCII text comes far down the export
        head = sorted(devices, key=lambda d: d["dev_id"])[:len(devices) // 3]
        self.assertTrue(all(json.dumps(d, ensure_ascii=False).isascii() for d in head))

    def test_hostile(self):
        data, _ = generate(7, "--hostile")
        self.assertIn(b"<meta charset=iso-2022-kr>", data)


if __name__ == "__main__":
    unittest.main()

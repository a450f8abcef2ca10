#!/usr/bin/env python3
"""Proves that ttsjson_check.py finds each kind of problem: every test writes a crafted file
with one bad line (or one bad file property) and expects exactly that finding, and two
good baselines must pass clean, so a rule that fires on everything fails too.

    python3 tests/independent/test_ttsjson_check.py      (or: ttsjson_check.py --self-test)
"""

import copy
import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from ttsindep.checker import check_files  # noqa: E402

OTAA = {
    "ids": {"device_id": "otaa-one", "application_ids": {"application_id": "app-one"},
            "dev_eui": "0004A30B001C0530", "join_eui": "70B3D57ED0000001"},
    "name": "otaa_one", "description": "cold store", "attributes": {"old-id": "otaa_one"},
    "locations": {"user": {"latitude": 52.37, "longitude": 4.88, "altitude": 3, "source": "SOURCE_REGISTRY"}},
    "lorawan_version": "MAC_V1_0_2", "lorawan_phy_version": "PHY_V1_0_2_REV_B",
    "frequency_plan_id": "EU_863_870_TTN", "supports_join": True,
    "root_keys": {"app_key": {"key": "0123456789ABCDEF0123456789ABCDEF"}},
    "mac_settings": {"supports_32_bit_f_cnt": True, "status_time_periodicity": "0s", "status_count_periodicity": 0},
}
OTAA_SESSION = dict(copy.deepcopy(OTAA), session={
    "dev_addr": "26011234",
    "keys": {"session_key_id": "AAECAwQFBgcICQoLDA0ODw==", "f_nwk_s_int_key": {"key": "11111111111111111111111111111111"},
             "app_s_key": {"key": "22222222222222222222222222222222"}},
    "last_f_cnt_up": 4294967295, "last_n_f_cnt_down": 3, "started_at": "2024-05-01T10:00:00.123Z"})
ABP = {
    "ids": {"device_id": "abp-one", "application_ids": {"application_id": "app-one"},
            "dev_eui": "0004A30B001C0531", "join_eui": "70B3D57ED0000001"},
    "name": "abp-one", "lorawan_version": "MAC_V1_0_2", "lorawan_phy_version": "PHY_V1_0_2_REV_B",
    "frequency_plan_id": "EU_863_870_TTN",
    "mac_settings": {"rx1_delay": 1, "resets_f_cnt": True, "status_time_periodicity": "0s",
                     "status_count_periodicity": 0},
    "session": {"dev_addr": "26011235",
                "keys": {"f_nwk_s_int_key": {"key": "33333333333333333333333333333333"},
                         "app_s_key": {"key": "44444444444444444444444444444444"}},
                "last_f_cnt_up": 12, "last_n_f_cnt_down": 3, "started_at": "2024-05-01T10:00:00Z"},
}


def dumps(dev):
    return json.dumps(dev, separators=(",", ":"), ensure_ascii=True)


def edit(base, path, value, delete=False):
    dev = copy.deepcopy(base)
    node = dev
    parts = path.split(".")
    for p in parts[:-1]:
        node = node.setdefault(p, {})
    if delete:
        node.pop(parts[-1], None)
    else:
        node[parts[-1]] = value
    return dev


class CheckerTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, name, content):
        path = os.path.join(self.dir.name, name)
        with open(path, "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode("utf-8"))
        return path

    def findings(self, *lines, name="devices.json", raw=None):
        text = raw if raw is not None else "".join((ln if isinstance(ln, str) else dumps(ln)) + "\n" for ln in lines)
        path = self.write(name, text)
        found, _ = check_files([path])
        return [str(f) for f in found]

    def expect(self, needle, *lines, raw=None, count=None):
        found = self.findings(*lines, raw=raw)
        hits = [f for f in found if needle in f]
        self.assertTrue(hits, "expected a finding with %r, got %s" % (needle, found))
        if count is not None:
            self.assertEqual(len(found), count, found)
        return found

    # -- baselines -------------------------------------------------------------------------

    def test_good_export_has_no_findings(self):
        otaa2 = edit(edit(OTAA_SESSION, "ids.device_id", "otaa-two"), "ids.dev_eui", "0004A30B001C0532")
        self.assertEqual(self.findings(OTAA, otaa2, ABP), [])

    def test_accepted_spellings_have_no_findings(self):
        dev = copy.deepcopy(OTAA)
        dev["ids"]["dev_eui"] = "0004a30b001c0530"               # lower-case hex
        dev["root_keys"]["app_key"]["key"] = "ASNFZ4mrze8BI0VniavN7w=="  # base64 of 16 bytes
        dev["lorawanVersion"] = dev.pop("lorawan_version")      # camelCase name
        dev["lorawan_phy_version"] = "1.0.2-b"                   # alias
        dev["mac_settings"]["status_count_periodicity"] = {"value": 0}  # google wrapper object form
        dev["description"] = "\u00e4" * 2000                     # 2000 characters, 4000 bytes
        self.assertEqual(self.findings(dev), [])

    # -- file level ------------------------------------------------------------------------

    def test_utf8_bom(self):
        self.expect("byte order mark", raw="\ufeff" + dumps(OTAA) + "\n")

    def test_utf16_bom(self):
        self.expect("UTF-16 byte order mark", raw=b"\xff\xfe" + dumps(OTAA).encode("utf-16-le"))

    def test_non_ascii_after_ascii_head(self):
        far = edit(edit(edit(ABP, "description", "K\u00fchlraum S\u00fcd \U0001F9CA"), "ids.device_id", "abp-far"),
                   "ids.dev_eui", "0004A30B001C05FE")
        raw = "".join(dumps(d) + "\n" for d in (OTAA, ABP)) + json.dumps(far, ensure_ascii=False) + "\n"
        found = self.expect("windows-1252", raw=raw, count=1)
        self.assertTrue(found[0].startswith("devices.json:3 abp-far:"), found)

    def test_non_ascii_in_head_is_utf8(self):
        dev = edit(OTAA, "description", "K\u00fchlraum")
        self.assertEqual(self.findings(raw=json.dumps(dev, ensure_ascii=False) + "\n"), [])

    def test_invalid_utf8(self):
        head = json.dumps(edit(OTAA, "description", "\u00e4" + "x" * 1100), ensure_ascii=False).encode("utf-8")
        bad = dumps(edit(ABP, "description", "@")).replace("@", "\xff").encode("latin-1")
        self.expect("invalid UTF-8", raw=head + b"\n" + bad + b"\n")

    def test_meta_charset_replacement(self):
        self.expect("U+FFFD", edit(OTAA, "description", "<meta charset=iso-2022-kr>"))

    def big_export(self, size):
        # 2000 four-byte characters per description: few, large lines keep the test fast.
        line = json.dumps(edit(OTAA, "description", "\U0001F600" * 2000), ensure_ascii=False) + "\n"
        n = size // len(line.encode("utf-8")) + 1
        return "".join(line.replace("otaa-one", "d%07d" % i).replace("0004A30B001C0530", "%016X" % (i + 1))
                       for i in range(n))

    def test_too_large(self):
        found = self.findings(raw=self.big_export(16 * 1024 * 1024))
        self.assertTrue(any("16 MiB" in f for f in found), found[:3])

    def test_large_warns(self):
        found = self.findings(raw=self.big_export(10 * 1024 * 1024))
        self.assertEqual(len(found), 1, found[:3])
        self.assertIn("10 MiB", found[0])

    def test_parts_with_gap(self):
        a = self.write("devices-001.json", dumps(OTAA) + "\n")
        b = self.write("devices-003.json", dumps(ABP) + "\n")
        found, _ = check_files([a, b])
        self.assertTrue(any("without gaps" in str(f) for f in found), [str(f) for f in found])

    def test_array_form(self):
        self.expect("JSON array", raw=json.dumps([OTAA]) + "\n")

    # -- decoding (TTS stops the whole import) -----------------------------------------------

    def test_invalid_json(self):
        self.expect("not valid JSON", OTAA, '{"ids":{"device_id":"broken"', ABP)

    def test_nan(self):
        self.expect("not valid JSON", '{"ids":{"device_id":"x-nan"},"locations":{"user":{"latitude":NaN}}}')

    def test_not_an_object(self):
        self.expect("must be a JSON object", '"otaa-one"')

    def test_string_for_bool(self):
        self.expect("expected true or false", edit(OTAA, "supports_join", "true"))

    def test_null_for_bool(self):
        self.expect("expected true or false", edit(OTAA, "supports_join", None))

    def test_number_for_string(self):
        self.expect("expected a JSON string", edit(OTAA, "name", 12))

    def test_unknown_enum(self):
        self.expect("unknown value 'MAC_V1_0_9'", edit(OTAA, "lorawan_version", "MAC_V1_0_9"))

    def test_hex_wrong_length(self):
        self.expect("wrong length", edit(OTAA, "ids.dev_eui", "0004A30B001C053"))

    def test_hex_invalid(self):
        self.expect("not 8 bytes of hex", edit(OTAA, "ids.dev_eui", "0004A30B001C05ZZ"))

    def test_old_wrapper_object(self):
        self.expect("expected an enum name or number", edit(ABP, "mac_settings.rx1_delay", {"value": 1}))

    def test_bool_wrapper_object(self):
        self.expect("expected true or false", edit(OTAA, "mac_settings.supports_32_bit_f_cnt", {"value": True}))

    def test_time_with_offset(self):
        self.expect("UTC RFC 3339", edit(ABP, "session.started_at", "2024-05-01T10:00:00+00:00"))

    def test_time_invalid_date(self):
        self.expect("UTC RFC 3339", edit(ABP, "session.started_at", "2024-02-30T10:00:00Z"))

    def test_duration_invalid(self):
        self.expect("is not a duration", edit(OTAA, "mac_settings.status_time_periodicity", "5 seconds"))

    def test_counter_string_not_uint32(self):
        self.expect("not a uint32", edit(ABP, "session.last_f_cnt_up", "-1"))

    # -- silently dropped or changed ---------------------------------------------------------

    def test_unknown_field(self):
        self.expect("unknown field", edit(OTAA, "app_key", "0123"))

    def test_duplicate_key(self):
        self.expect("given twice", dumps(OTAA)[:-1] + ',"name":"second"}')

    def test_counter_overflow(self):
        self.expect("not a uint32", edit(ABP, "session.last_f_cnt_up", 4294967296))

    def test_counter_negative(self):
        self.expect("not a uint32", edit(ABP, "session.last_n_f_cnt_down", -1))

    def test_counter_fraction(self):
        self.expect("not a uint32", edit(ABP, "session.last_f_cnt_up", 1.5))

    def test_altitude_overflow(self):
        self.expect("not a int32", edit(OTAA, "locations.user.altitude", 2**31))

    def test_lone_surrogate(self):
        self.expect("surrogate", '{"ids":{"device_id":"sur-one","application_ids":{"application_id":"app-one"},'
                    '"dev_eui":"0004A30B001C0539","join_eui":"70B3D57ED0000001"},"name":"\\ud83d",'
                    '"lorawan_version":"MAC_V1_0_2","lorawan_phy_version":"PHY_V1_0_2_REV_B",'
                    '"frequency_plan_id":"EU_863_870_TTN","supports_join":true,'
                    '"root_keys":{"app_key":{"key":"0123456789ABCDEF0123456789ABCDEF"}}}')

    def test_root_key_on_abp(self):
        self.expect("Join Server is never asked", edit(ABP, "root_keys", {"app_key": {"key": "5" * 32}}))

    def test_field_no_registry_stores(self):
        self.expect("stored by no registry", edit(OTAA, "power_state", "POWER_BATTERY"))

    # -- proto field rules -------------------------------------------------------------------

    def test_device_id_underscore(self):
        self.expect("invalid ids.device_id", edit(OTAA, "ids.device_id", "otaa_one"))

    def test_device_id_upper_case(self):
        self.expect("invalid ids.device_id", edit(OTAA, "ids.device_id", "Otaa-one"))

    def test_device_id_too_short(self):
        self.expect("invalid ids.device_id", edit(OTAA, "ids.device_id", "ab"))

    def test_device_id_too_long(self):
        self.expect("at most 36", edit(OTAA, "ids.device_id", "a" * 37))

    def test_device_id_trailing_newline(self):
        self.expect("invalid ids.device_id", edit(OTAA, "ids.device_id", "otaa-one\n"))

    def test_application_id(self):
        self.expect("invalid ids.application_ids.application_id",
                    edit(OTAA, "ids.application_ids.application_id", "App_One"))

    def test_name_too_long(self):
        self.expect("invalid name", edit(OTAA, "name", "n" * 51))

    def test_description_too_long(self):
        self.expect("invalid description", edit(OTAA, "description", "\u00e4" * 2001))

    def test_too_many_attributes(self):
        self.expect("no more than 10", edit(OTAA, "attributes", {"key-%02d" % i: "v" for i in range(11)}))

    def test_attribute_key(self):
        self.expect("invalid attributes", edit(OTAA, "attributes", {"Room_Number": "3"}))

    def test_attribute_value(self):
        self.expect("at most 200", edit(OTAA, "attributes", {"note": "v" * 201}))

    def test_latitude(self):
        self.expect("invalid locations", edit(OTAA, "locations.user.latitude", 90.0001))

    def test_longitude(self):
        self.expect("invalid locations", edit(OTAA, "locations.user.longitude", -180.5))

    def test_location_source_undefined(self):
        self.expect("defined enum values", edit(OTAA, "locations.user.source", 2))

    def test_location_key(self):
        self.expect("invalid locations", edit(OTAA, "locations", {"u": {"latitude": 1, "longitude": 1}}))

    def test_mac_version_undefined_number(self):
        self.expect("defined enum values", edit(OTAA, "lorawan_version", 99))

    def test_server_address(self):
        self.expect("invalid network_server_address",
                    edit(OTAA, "network_server_address", "https://eu1.cloud.thethings.network"))

    # -- Identity Server -------------------------------------------------------------------

    def test_reserved_ids(self):
        for word in ("test", "demo", "device", "devices", "lora"):
            with self.subTest(word=word):
                self.expect("forbidden_id", edit(OTAA, "ids.device_id", word))

    # -- Join Server -------------------------------------------------------------------------

    def test_otaa_without_join_eui(self):
        self.expect("no_join_eui", edit(OTAA, "ids.join_eui", None, delete=True))

    def test_otaa_zero_dev_eui(self):
        self.expect("no_dev_eui", edit(OTAA, "ids.dev_eui", "0000000000000000"))

    def test_zero_app_key(self):
        self.expect("root_keys.app_key.key", edit(OTAA, "root_keys.app_key.key", "0" * 32))

    # -- Network Server ----------------------------------------------------------------------

    def test_abp_with_session_key_id(self):
        self.expect("supports_join", edit(ABP, "session.keys.session_key_id", "AAECAwQFBgcICQoLDA0ODw=="))

    def test_otaa_session_without_session_key_id(self):
        dev = copy.deepcopy(OTAA_SESSION)
        del dev["session"]["keys"]["session_key_id"]
        self.expect("session.keys.session_key_id", dev)

    def test_otaa_zero_join_eui_is_accepted(self):
        # TTS checks only that a JoinEUI is present (FieldIsZero is a nil check); all zeros is valid.
        self.assertEqual(self.findings(edit(OTAA, "ids.join_eui", "0000000000000000")), [])

    def test_unknown_frequency_plan(self):
        self.expect("frequencyplans:not_found", edit(OTAA, "frequency_plan_id", "EU_863_870_XXX"))

    def test_band_without_phy_version(self):
        self.expect("no_band_version", edit(OTAA, "frequency_plan_id", "AS_923_2"))

    def test_abp_1_0_4_without_dev_eui(self):
        dev = edit(edit(ABP, "lorawan_version", "MAC_V1_0_4"), "ids.dev_eui", None, delete=True)
        self.expect("ids.dev_eui", dev)

    def test_session_zero_dev_addr(self):
        self.expect("session.dev_addr", edit(ABP, "session.dev_addr", "00000000"))

    def test_session_zero_nwk_key(self):
        self.expect("f_nwk_s_int_key", edit(ABP, "session.keys.f_nwk_s_int_key.key", "0" * 32))

    def test_session_without_keys(self):
        self.expect("session.keys", edit(ABP, "session.keys", None, delete=True))

    # -- Application Server ------------------------------------------------------------------

    def test_zero_app_s_key(self):
        self.expect("app_s_key", edit(ABP, "session.keys.app_s_key.key", "0" * 32))

    # -- accepted by TTS, but the device would not work --------------------------------------

    def test_otaa_without_app_key(self):
        self.expect("can never join", edit(OTAA, "root_keys", None, delete=True))

    def test_session_without_app_s_key(self):
        self.expect("cannot decrypt", edit(ABP, "session.keys.app_s_key", None, delete=True))

    def test_abp_without_session(self):
        self.expect("no session", edit(ABP, "session", None, delete=True))

    def test_missing_frequency_plan(self):
        self.expect("no frequency_plan_id", edit(OTAA, "frequency_plan_id", None, delete=True))

    # -- across the file ---------------------------------------------------------------------

    def test_duplicate_device_id(self):
        self.expect("id_taken", OTAA, edit(OTAA, "ids.dev_eui", "0004A30B001C05AA"))

    def test_duplicate_euis(self):
        self.expect("end_device_euis_taken", OTAA, edit(OTAA, "ids.device_id", "otaa-copy"))

    def test_duplicate_euis_across_parts(self):
        a = self.write("devices-001.json", dumps(OTAA) + "\n")
        b = self.write("devices-002.json", dumps(edit(OTAA, "ids.device_id", "otaa-copy")) + "\n")
        found, _ = check_files([a, b])
        self.assertTrue(any("end_device_euis_taken" in str(f) and "devices-002.json:1" in str(f) for f in found),
                        [str(f) for f in found])


if __name__ == "__main__":
    unittest.main()

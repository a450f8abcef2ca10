"""What each TTS registry checks when a device is created (IS) or set (JS, NS, AS).

Re-expressed from lorawan-stack v3.32.1:
  IS  pkg/identityserver/end_device_registry.go (createEndDevice), blocklist/, bunstore/end_device_store.go
  JS  pkg/joinserver/grpc_deviceregistry.go (Set), pkg/joinserver/redis/registry.go
  NS  pkg/networkserver/grpc_deviceregistry.go (Set: the zero/non-zero implication tables, the
      session checks), pkg/networkserver/internal/utils.go (plan and band), redis/registry.go
  AS  pkg/applicationserver/grpc_deviceregistry.go (Set), redis/registry.go
  all pkg/rpcmiddleware/validator/validator.go (allowed paths, non-zero paths under a parent),
      pkg/ttnpb/end_device_validators.go (which fields a Set validates)

Each check function yields TtsError values in the order TTS meets them; the emulator answers
with the first, the file checker reports them all. Devices are decoded dicts (decode.py),
masks are lists of field-mask paths.
"""

from . import errors as E
from . import paths as P
from .schema import masks, reserved_ids, frequency_plans, bands, schema
from .validate import validate_end_device

# LoRaWAN MAC versions in specification order (the enum numbers are not in that order):
# pkg/specification/macspec compares them by this order.
MAC_ORDER = ["MAC_V1_0", "MAC_V1_0_1", "MAC_V1_0_2", "MAC_V1_0_3", "MAC_V1_0_4", "MAC_V1_1"]

RPC = {"is": "EndDeviceRegistry/Update", "js": "JsEndDeviceRegistry/Set",
       "ns": "NsEndDeviceRegistry/Set", "as": "AsEndDeviceRegistry/Set"}

_RESERVED = None


def reserved():
    global _RESERVED
    if _RESERVED is None:
        _RESERVED = reserved_ids()
    return _RESERVED


def mac_rank(number):
    name = schema().enum_name("ttn.lorawan.v3.MACVersion", number)
    return MAC_ORDER.index(name) if name in MAC_ORDER else -1


def hexu(b):
    return b.hex().upper() if b else ""


def _zero_bytes(b):
    return b is None or len(b) == 0 or not any(b)


# -- what the JSON import and the CLI send where ------------------------------------------

def split_paths(dev, mask):
    """Which of a device's paths go to which registry, as `ttn-lw-cli end-devices create`
    splits them (cmd/ttn-lw-cli/commands/end_devices_split.go): ids and the timestamps are
    implicit; the JS gets its paths only for devices that join. Returns (split, lost)."""
    m = masks()
    explicit = [p for p in mask if not (p == "ids" or p.startswith("ids.") or p in ("created_at", "updated_at"))]
    split = {
        "is": P.allowed_fields(explicit, m.allowed[RPC["is"]]),
        "ns": P.allowed_fields(explicit, m.allowed[RPC["ns"]]),
        "as": P.allowed_fields(explicit, m.allowed[RPC["as"]]),
        "js": P.allowed_fields(explicit, m.allowed[RPC["js"]]) if dev.get("supports_join") else [],
    }
    used = set().union(*split.values())
    lost = [p for p in explicit if p not in used]
    return split, lost


# -- the request validator every registry RPC passes first ---------------------------------

def middleware(server, dev, mask):
    """Allowed paths and non-zero sub-paths (validator.go), then the proto rules of the
    masked fields plus the device's IDs (end_device_validators.go)."""
    if mask:
        allowed = masks().allowed[RPC[server]]
        forbidden = [p for p in mask if p not in allowed]
        if forbidden:
            yield E.field_mask_paths(forbidden)
            return
        for p in mask:
            for sub in _not_allowed_below(server, p):
                if not P.is_zero(dev, sub):
                    yield E.non_zero_path(sub)
                    return
        problems = validate_end_device(dev, list(mask) + ["ids.application_ids", "ids.device_id"])
    else:
        problems = validate_end_device(dev)
    for path, reason in problems:
        yield E.validation_chain(path, reason)
        return


_BELOW = {}


def _not_allowed_below(server, path):
    """The paths under path that the server's Set does not allow (they must stay zero)."""
    key = (server, path)
    if key not in _BELOW:
        allowed = masks().allowed[RPC[server]]
        prefix = path + "."
        _BELOW[key] = [p for p in masks().all_paths if p.startswith(prefix) and p not in allowed]
    return _BELOW[key]


def middleware_create(dev):
    """CreateEndDeviceRequest is validated as a whole (no field mask)."""
    for path, reason in validate_end_device(dev):
        yield E.validation_chain(path, reason)
        return


# -- Identity Server ---------------------------------------------------------------------

# What the IS keeps of a created device (bunstore EndDevice model).
IS_STORED = ["ids.application_ids.application_id", "ids.device_id", "ids.dev_eui", "ids.join_eui",
             "name", "description", "attributes", "version_ids", "network_server_address",
             "application_server_address", "join_server_address", "claim_authentication_code",
             "serial_number", "service_profile_id", "lora_alliance_profile_ids", "activated_at",
             "last_seen_at", "locations", "picture"]


def is_create(dev, app_addresses=None):
    """The checks of EndDeviceRegistry.Create that do not depend on other devices."""
    for path, reason in validate_end_device(dev):
        yield E.validation_chain(path, reason)
        return
    device_id = dev.get("ids", {}).get("device_id", "")
    if device_id in reserved():
        yield E.forbidden_id(device_id)
        return
    for field, name in (("network_server_address", "network"), ("application_server_address", "application"),
                        ("join_server_address", "join")):
        expected = (app_addresses or {}).get(field, "")
        given = dev.get(field, "")
        if expected and given and _host(expected) != _host(given):
            yield E.TtsError("pkg/identityserver", "%s_server_address_mismatch" % name, E.INVALID_ARGUMENT,
                             "%s server address `{address}` does not match `{expected}`" % name,
                             {"address": given, "expected": expected})
            return


def _host(address):
    if "://" in address:
        address = address.split("://", 1)[1].split("/", 1)[0]
    if address.startswith("["):
        return address[1:].split("]", 1)[0]
    return address.rsplit(":", 1)[0] if address.count(":") == 1 else address


# -- Join Server -------------------------------------------------------------------------

def js_set(dev, mask, stored=None):
    ids = dev.get("ids") or {}
    if "join_eui" not in ids:
        yield E.no_join_eui()
        return
    if _zero_bytes(ids.get("dev_eui")):
        yield E.no_dev_eui()
        return
    if P.has_any(mask, "root_keys.app_key.key"):
        key = P.get(dev, "root_keys.app_key.key")
        if not isinstance(key, bytes) or _zero_bytes(key):
            yield E.field_value("js", "root_keys.app_key.key")
            return
    if stored is not None:
        if P.has_any(mask, "ids.dev_addr"):
            yield E.field_mask_invalid("js")
    elif not _zero_bytes(ids.get("dev_addr")):
        yield E.field_value("js", "ids.dev_addr")


def js_rights(mask):
    need = ["RIGHT_APPLICATION_DEVICES_WRITE"]
    if P.has_any(mask, "root_keys.app_key.key", "root_keys.nwk_key.key", "root_keys.root_key_id"):
        need.append("RIGHT_APPLICATION_DEVICES_WRITE_KEYS")
    return need


# -- Network Server ----------------------------------------------------------------------

NS_KEY_PATHS = [
    "pending_mac_state.queued_join_accept.keys.app_s_key.encrypted_key",
    "pending_mac_state.queued_join_accept.keys.app_s_key.kek_label",
    "pending_mac_state.queued_join_accept.keys.app_s_key.key",
    "pending_mac_state.queued_join_accept.keys.f_nwk_s_int_key.key",
    "pending_mac_state.queued_join_accept.keys.nwk_s_enc_key.key",
    "pending_mac_state.queued_join_accept.keys.s_nwk_s_int_key.key",
    "pending_mac_state.queued_join_accept.keys.session_key_id",
    "pending_session.keys.f_nwk_s_int_key.key", "pending_session.keys.nwk_s_enc_key.key",
    "pending_session.keys.s_nwk_s_int_key.key", "pending_session.keys.session_key_id",
    "session.keys.f_nwk_s_int_key.key", "session.keys.nwk_s_enc_key.key",
    "session.keys.s_nwk_s_int_key.key", "session.keys.session_key_id",
]

# Paths whose change makes the NS look up the plan and its band (abridged to those a
# migrated device can carry; the NS list also names many mac_state paths).
NS_BAND_TRIGGERS = ["frequency_plan_id", "lorawan_phy_version", "supports_class_b",
                    "mac_settings.factory_preset_frequencies", "mac_settings.rx2_data_rate_index.value",
                    "mac_settings.use_adr.value", "mac_settings.ping_slot_frequency.value",
                    "mac_settings.uplink_dwell_time.value", "mac_settings.downlink_dwell_time.value"]


class _SetState:
    """The request device, its mask (plus the ID paths the NS adds) and the stored device."""

    def __init__(self, dev, mask, stored):
        self.dev = dev
        self.mask = set(mask)
        self.stored = stored
        ids = dev.get("ids") or {}
        self.extra = {"ids.application_ids", "ids.device_id"}
        for k in ("join_eui", "dev_eui", "dev_addr"):
            if k in ids:
                self.extra.add("ids." + k)

    def has_set(self, *paths):
        return P.has_any(self.mask, *paths) or P.has_any(self.extra, *paths)

    def source(self, path):
        """The device that holds path's value for the check: the request if it sets the
        path, else the stored device, else None (not known yet)."""
        if self.has_set(path):
            return self.dev
        return self.stored

    def zero(self, path):
        src = self.source(path)
        return True if src is None else P.is_zero(src, path)


def ns_set(dev, mask, stored=None, plans=None, band_versions=None):
    plans = plans if plans is not None else frequency_plans()
    band_versions = band_versions if band_versions is not None else bands()
    st = _SetState(dev, mask, stored)
    s = schema()

    if st.has_set("frequency_plan_id") and not dev.get("frequency_plan_id"):
        yield E.field_value("ns", "frequency_plan_id")
        return
    for path, enum in (("lorawan_phy_version", "ttn.lorawan.v3.PHYVersion"),
                       ("lorawan_version", "ttn.lorawan.v3.MACVersion")):
        if st.has_set(path):
            n = dev.get(path, 0)
            numbers = set(s.enums[enum]["values"].values())
            if not 1 <= n <= max(numbers):
                yield E.field_value("ns", path)
                return

    ids = dev.get("ids") or {}
    if st.has_set("ids.dev_addr"):
        sess = dev.get("session") if st.has_set("session.dev_addr") else (stored or {}).get("session")
        if ids.get("dev_addr") is None:
            ok = sess is None
        else:
            ok = sess is not None and sess.get("dev_addr") == ids.get("dev_addr")
        if not ok:
            yield E.field_value("ns", "session.dev_addr")
            return

    imp = masks().ns_implications
    # zero(left) -> zero(right...)
    for left, right in imp["ifZeroThenZeroFields"].items():
        if st.has_set(left) and P.is_zero(dev, left):
            for r in right:
                if not st.zero(r):
                    yield E.field_value("ns", r, E.field_not_zero(r))
                    return
        for r in right:
            if st.has_set(r) and not P.is_zero(dev, r) and st.zero(left):
                yield E.field_value("ns", left, E.field_is_zero(left))
                return
    # zero(left) -> not zero(right...)
    for left, right in imp["ifZeroThenNotZeroFields"].items():
        if st.has_set(left) and P.is_zero(dev, left):
            for r in right:
                if st.zero(r):
                    yield E.field_value("ns", r, E.field_is_zero(r))
                    return
        for r in right:
            if st.has_set(r) and P.is_zero(dev, r) and st.zero(left):
                yield E.field_value("ns", left, E.field_is_zero(left))
                return
    # not zero(left) -> zero(right...)
    for left, right in imp["ifNotZeroThenZeroFields"].items():
        if st.has_set(left) and not P.is_zero(dev, left):
            for r in right:
                if not st.zero(r):
                    yield E.field_value("ns", r, E.field_not_zero(r))
                    return
        for r in right:
            if st.has_set(r) and not P.is_zero(dev, r) and not st.zero(left):
                yield E.field_value("ns", left, E.field_not_zero(left))
                return
    # not zero(left) -> not zero(right...)
    for left, right in imp["ifNotZeroThenNotZeroFields"].items():
        if st.has_set(left) and not P.is_zero(dev, left):
            for r in right:
                if st.zero(r):
                    yield E.field_value("ns", r, E.field_is_zero(r))
                    return
        for r in right:
            if st.has_set(r) and P.is_zero(dev, r) and not st.zero(left):
                yield E.field_value("ns", left, E.field_not_zero(left))
                return

    # An ABP device needs a DevEUI from LoRaWAN 1.0.4 on, unless it is multicast.
    if st.has_set("supports_join", "ids.dev_eui", "lorawan_version", "multicast") and st.zero("supports_join"):
        src_eui = st.source("ids.dev_eui")
        if src_eui is None or P.is_zero(src_eui, "ids.dev_eui") or _zero_bytes(P.get(src_eui, "ids.dev_eui")):
            src_ver = st.source("lorawan_version")
            version = (src_ver or {}).get("lorawan_version", 0)
            if version == 0:
                yield E.field_value("ns", "lorawan_version")
                return
            if mac_rank(version) >= MAC_ORDER.index("MAC_V1_0_4") and \
                    not (st.source("multicast") or {}).get("multicast"):
                yield E.field_value("ns", "ids.dev_eui")
                return
    # Class B needs a ping slot periodicity.
    if st.has_set("supports_class_b", "mac_settings.ping_slot_periodicity.value"):
        if (st.source("supports_class_b") or {}).get("supports_class_b") and \
                st.zero("mac_settings.ping_slot_periodicity"):
            yield E.field_value("ns", "mac_settings.ping_slot_periodicity.value")
            return

    # The frequency plan must be known and its band must have the PHY version.
    if st.has_set(*NS_BAND_TRIGGERS):
        fp_src, phy_src = st.source("frequency_plan_id"), st.source("lorawan_phy_version")
        if fp_src is not None or phy_src is not None:
            fp = (fp_src or {}).get("frequency_plan_id", "")
            phy = (phy_src or {}).get("lorawan_phy_version", 0)
            if fp not in plans:
                yield E.fp_not_found(fp)
                return
            band_id = plans[fp]
            names = [n for n, v in s.enums["ttn.lorawan.v3.PHYVersion"]["values"].items() if v == phy]
            if not set(names) & set(band_versions.get(band_id, [])):
                yield E.no_band_version(names[0] if names else str(phy), band_id)
                return

    # A session that is set must have a DevAddr and keys that are not zero.
    sess = dev.get("session")
    if sess is not None:
        keys = sess.get("keys") or {}
        checks = [("session.dev_addr", _zero_bytes(sess.get("dev_addr"))),
                  ("session.keys.f_nwk_s_int_key.key", _zero_bytes((keys.get("f_nwk_s_int_key") or {}).get("key"))),
                  ("session.keys.nwk_s_enc_key.key",
                   keys.get("nwk_s_enc_key") is not None and _zero_bytes(keys["nwk_s_enc_key"].get("key"))),
                  ("session.keys.s_nwk_s_int_key.key",
                   keys.get("s_nwk_s_int_key") is not None and _zero_bytes(keys["s_nwk_s_int_key"].get("key")))]
        for path, bad in checks:
            if st.has_set(path) and bad:
                yield E.field_value("ns", path)
                return

    # The session as a whole (only when the request touches it).
    session_paths = ["lorawan_version", "multicast", "supports_join", "session.dev_addr",
                     "session.keys.f_nwk_s_int_key.key", "session.keys.nwk_s_enc_key.key",
                     "session.keys.s_nwk_s_int_key.key", "session.keys.session_key_id",
                     "session.last_f_cnt_up", "session.last_n_f_cnt_down", "session.last_conf_f_cnt_down",
                     "session.started_at", "mac_state"]
    if st.has_set(*session_paths):
        def holder(path):
            return st.source(path)
        has_session = any((holder(p) or {}).get("session") is not None
                          for p in session_paths if p.startswith("session.") and holder(p) is not None)
        has_mac_state = (holder("mac_state") or {}).get("mac_state") is not None if holder("mac_state") else False
        multicast = (holder("multicast") or {}).get("multicast", False)
        if has_session or has_mac_state or multicast:
            if not has_session:
                yield E.field_value("ns", "session")
                return
            h = holder("session.dev_addr")
            if h is None or h.get("session") is None:
                yield E.field_value("ns", "session.dev_addr")
                return
            h = holder("session.keys.f_nwk_s_int_key.key")
            if h is None or _zero_bytes(P.get(h, "session.keys.f_nwk_s_int_key.key") or None):
                yield E.field_value("ns", "session.keys.f_nwk_s_int_key.key")
                return
            version = (holder("lorawan_version") or {}).get("lorawan_version", 0)
            if mac_rank(version) >= MAC_ORDER.index("MAC_V1_1"):
                for k in ("nwk_s_enc_key", "s_nwk_s_int_key"):
                    h = holder("session.keys.%s.key" % k)
                    if h is None or _zero_bytes(P.get(h, "session.keys.%s.key" % k) or None):
                        yield E.field_value("ns", "session.keys.%s.key" % k)
                        return
            if (holder("supports_join") or {}).get("supports_join"):
                h = holder("session.keys.session_key_id")
                if h is None or h.get("session") is None:
                    yield E.field_value("ns", "session.keys.session_key_id")
                    return

    if stored is not None:
        if st.has_set("multicast") and dev.get("multicast", False) != stored.get("multicast", False):
            yield E.field_value("ns", "multicast")
            return
        if st.has_set("supports_join") and dev.get("supports_join", False) != stored.get("supports_join", False):
            yield E.field_value("ns", "supports_join")
            return


def ns_rights(mask):
    need = ["RIGHT_APPLICATION_DEVICES_WRITE"]
    if P.has_any(mask, *NS_KEY_PATHS):
        need.append("RIGHT_APPLICATION_DEVICES_WRITE_KEYS")
    return need


# -- Application Server ------------------------------------------------------------------

def as_set(dev, mask, stored=None):
    if P.has_any(mask, "session.dev_addr") and _zero_bytes(P.get(dev, "session.dev_addr") or None):
        yield E.field_value("as", "session.dev_addr")
        return
    if P.has_any(mask, "session.keys.app_s_key.key") and \
            _zero_bytes(P.get(dev, "session.keys.app_s_key.key") or None):
        yield E.field_value("as", "session.keys.app_s_key.key")
        return
    ids = dev.get("ids") or {}
    if stored is not None:
        if P.has_any(mask, "ids.dev_addr"):
            yield E.field_mask_invalid("as")
    elif ids.get("dev_addr") is not None:
        if not P.has_any(mask, "session.dev_addr") or P.get(dev, "session.dev_addr") != ids.get("dev_addr"):
            yield E.field_value("as", "ids.dev_addr")


def as_rights(mask):
    need = ["RIGHT_APPLICATION_DEVICES_WRITE"]
    if P.has_any(mask, "session.keys.app_s_key.key", "session.keys.session_key_id"):
        need.append("RIGHT_APPLICATION_DEVICES_WRITE_KEYS")
    return need


# -- storing a Set -----------------------------------------------------------------------

def apply_set(stored, dev, mask, server):
    """The record a Set leaves: the masked paths copied from the request (an absent value
    clears the field), the IDs on create, and what the registry adds itself."""
    new = P.copy(stored) if stored is not None else {}
    for p in mask:
        P.set_path(new, dev, p)
    ids = dev.get("ids") or {}
    nid = new.setdefault("ids", {})
    nid["device_id"] = ids.get("device_id", "")
    nid["application_ids"] = {"application_id": (ids.get("application_ids") or {}).get("application_id", "")}
    if stored is None:
        for k in ("join_eui", "dev_eui"):
            if ids.get(k) is not None and not (server == "as" and k == "dev_eui" and _zero_bytes(ids[k])):
                nid[k] = ids[k]
    if server == "ns" and P.has_any(mask, "session.dev_addr") and new.get("session"):
        nid["dev_addr"] = new["session"].get("dev_addr")
    if server == "as" and stored is not None and P.has_any(mask, "session.dev_addr") and new.get("session"):
        nid["dev_addr"] = new["session"].get("dev_addr")
    if server == "ns" and new.get("session") is not None:
        sess = new["session"]
        keys = sess.setdefault("keys", {})
        version = new.get("lorawan_version", 0)
        if P.has_any(mask, "session.keys.f_nwk_s_int_key.key") and mac_rank(version) < MAC_ORDER.index("MAC_V1_1"):
            # LoRaWAN 1.0.x: one network session key serves all three roles.
            if keys.get("f_nwk_s_int_key") is not None:
                keys["nwk_s_enc_key"] = P.copy(keys["f_nwk_s_int_key"])
                keys["s_nwk_s_int_key"] = P.copy(keys["f_nwk_s_int_key"])
        old = (stored or {}).get("session") or {}
        if "started_at" not in old or (P.has_any(mask, "session.started_at") and "started_at" not in sess):
            # The NS stamps a new session with its own clock.
            from .decode import Timestamp
            sess["started_at"] = Timestamp.now()
    return new

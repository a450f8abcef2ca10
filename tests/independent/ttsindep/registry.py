"""The state and the operations of the emulated The Things Stack: API keys and rights, the
Identity Server's end-device registry and the Join, Network and Application Server
registries. Each operation returns (HTTP status, JSON body, extra headers); the HTTP layer
is in tts_emulator.py.

Behaviour re-expressed from lorawan-stack v3.32.1 (see rules.py for the device checks):
  auth      pkg/auth/auth.go (token format), pkg/identityserver/entity_access.go (API keys),
            pkg/auth/rights/require.go, pkg/ttnpb/rights.go (implied rights)
  IS        pkg/identityserver/end_device_registry.go, application_access.go (rights),
            store/pagination.go, bunstore/end_device_store.go
  JS/NS/AS  pkg/{joinserver,networkserver,applicationserver}/grpc_deviceregistry.go and their
            redis registries (one record per device, a unique index of JoinEUI+DevEUI)
"""

import threading

from . import errors as E
from . import paths as P
from . import rules
from .decode import DecodeError, Timestamp, decode_message, read_field_mask
from .encode import encode_message
from .schema import masks
from .validate import go_regexp

# In enum order (api/ttn/lorawan/v3/rights.proto), as TTS lists them.
APPLICATION_RIGHTS = [
    "RIGHT_APPLICATION_INFO", "RIGHT_APPLICATION_SETTINGS_BASIC", "RIGHT_APPLICATION_SETTINGS_API_KEYS",
    "RIGHT_APPLICATION_SETTINGS_COLLABORATORS", "RIGHT_APPLICATION_DELETE", "RIGHT_APPLICATION_DEVICES_READ",
    "RIGHT_APPLICATION_DEVICES_WRITE", "RIGHT_APPLICATION_DEVICES_READ_KEYS", "RIGHT_APPLICATION_DEVICES_WRITE_KEYS",
    "RIGHT_APPLICATION_TRAFFIC_READ", "RIGHT_APPLICATION_TRAFFIC_UP_WRITE", "RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE",
    "RIGHT_APPLICATION_LINK", "RIGHT_APPLICATION_ALL", "RIGHT_APPLICATION_SETTINGS_PACKAGES",
]
IMPLIED = {
    "RIGHT_APPLICATION_ALL": APPLICATION_RIGHTS,
    "RIGHT_APPLICATION_LINK": ["RIGHT_APPLICATION_INFO", "RIGHT_APPLICATION_TRAFFIC_READ",
                               "RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE"],
}
TOKEN_TYPES = {"NNSXS": "api key", "MFRGG": "access token", "OJSWM": "refresh token",
               "MF2XI": "authorization code", "ONZW4": "session token"}
LIST_ORDERS = ["", "device_id", "-device_id", "join_eui", "-join_eui", "dev_eui", "-dev_eui", "name", "-name",
               "description", "-description", "created_at", "-created_at", "last_seen_at", "-last_seen_at"]
APP_ID = go_regexp("^[a-z0-9](?:[-]?[a-z0-9]){2,}$")


class Emulator:
    def __init__(self, applications, api_keys, default_limit=100):
        """applications: {app_id: {"network_server_address": ..., ...}};
        api_keys: {"NNSXS.<id>.<secret>": {app_id: [rights]}}."""
        self.lock = threading.RLock()
        self.applications = {a: dict(v or {}) for a, v in applications.items()}
        self.keys = {}
        for key, rights in api_keys.items():
            _, kid, secret = key.split(".")
            self.keys[kid] = (secret, {a: set(r) for a, r in rights.items()})
        self.default_limit = default_limit
        self.is_devices = {}                     # (app, device_id) -> record
        self.records = {"js": {}, "ns": {}, "as": {}}
        self.euis = {"is": {}, "js": {}, "ns": {}, "as": {}}  # (join_eui, dev_eui) -> (app, device_id)
        self.log = []

    # -- authentication and rights -------------------------------------------------------

    def auth(self, header):
        """An auth context: (kind, value). Errors surface at the first rights check, as in TTS."""
        if not header:
            return ("none", None)
        kind, _, value = header.strip().partition(" ")
        if kind.lower() != "bearer":
            return ("error", E.unsupported_authorization())
        parts = value.strip().split(".")
        if len(parts) != 3 or parts[0] not in TOKEN_TYPES:
            return ("error", E.invalid_token())
        if parts[0] != "NNSXS":
            return ("error", E.TtsError("pkg/identityserver", "token_not_found", E.UNAUTHENTICATED, "token not found"))
        entry = self.keys.get(parts[1])
        if entry is None:
            return ("error", E.api_key_not_found())
        if entry[0] != parts[2]:
            return ("error", E.invalid_authorization())
        return ("key", entry[1])

    def rights(self, auth, app):
        kind, value = auth
        if kind == "error":
            raise value
        if kind == "none" or app not in self.applications:
            return set()
        out = set()
        for r in value.get(app, ()):
            out.add(r)
            out.update(IMPLIED.get(r, ()))
        return out

    def require(self, auth, app, needed):
        have = self.rights(auth, app)
        if not have:
            raise E.no_application_rights(app)
        missing = [r for r in needed if r not in have]
        if missing:
            raise E.insufficient_application_rights(app, missing)

    def app_rights(self, auth, app):
        have = self.rights(auth, app)
        return 200, ({"rights": sorted(have, key=APPLICATION_RIGHTS.index)} if have else {}), {}

    def get_application(self, auth, app, mask):
        self.require(auth, app, ["RIGHT_APPLICATION_INFO"])
        out = {"ids": {"application_id": app}}
        for f in ("network_server_address", "application_server_address", "join_server_address"):
            if f in mask and self.applications[app].get(f):
                out[f] = self.applications[app][f]
        return 200, out, {}

    # -- Identity Server -----------------------------------------------------------------

    def _decode_body(self, body, key):
        """The request message's end_device and field_mask, as the gateway decodes them."""
        if body is None:
            return None, None, E.bad_request_body("request body is empty or not JSON")
        from .decode import Obj
        if not isinstance(body, Obj):
            return None, None, E.bad_request_body("request body must be a JSON object")
        dev_json, mask_json = None, None
        for k, v in body:
            if k in ("end_device", "endDevice"):
                dev_json = v
            elif k in ("field_mask", "fieldMask"):
                mask_json = v
        try:
            dev, _ = decode_message(dev_json if dev_json is not None else Obj(), "ttn.lorawan.v3.EndDevice",
                                    "end_device")
            mask = read_field_mask("field_mask", mask_json)
        except DecodeError as e:
            return None, None, E.bad_request_body("proto: (line 1): %s" % e)
        return dev or {}, mask, None

    @staticmethod
    def _bind(dev, app, device_id):
        ids = dev.setdefault("ids", {})
        ids["application_ids"] = {"application_id": app}
        if device_id is not None:
            ids["device_id"] = device_id

    def is_create(self, auth, app, body):
        dev, _, bad = self._decode_body(body, "end_device")
        if bad:
            return 400, bad, {}
        self._bind(dev, app, None)
        with self.lock:
            for err in rules.middleware_create(dev):
                raise err
            self.require(auth, app, ["RIGHT_APPLICATION_DEVICES_WRITE"])
            for err in rules.is_create(dev, self.applications.get(app)):
                raise err
            ids = dev["ids"]
            key = (app, ids["device_id"])
            if key in self.is_devices:
                raise E.id_taken()
            pair = self._pair(ids)
            if pair and pair in self.euis["is"]:
                other = self.euis["is"][pair]
                raise E.euis_taken("pkg/identityserver", rules.hexu(pair[0]), rules.hexu(pair[1]), other[1], other[0])
            record = P.filter_paths(dev, rules.IS_STORED)
            record.setdefault("ids", {})["application_ids"] = {"application_id": app}
            record["ids"]["device_id"] = ids["device_id"]
            now = Timestamp.now()
            record["created_at"] = now
            record["updated_at"] = now
            self.is_devices[key] = record
            if pair:
                self.euis["is"][pair] = key
            return 200, encode_message(record), {}

    def is_get(self, auth, app, device_id, mask):
        with self.lock:
            self._check_read_mask("EndDeviceRegistry/Get", mask)
            self.require(auth, app, ["RIGHT_APPLICATION_DEVICES_READ"])
            record = self.is_devices.get((app, device_id))
            if record is None:
                raise E.is_device_not_found(device_id, app)
            return 200, encode_message(self._is_view(record, mask)), {}

    @staticmethod
    def _is_view(record, mask):
        out = P.filter_paths(record, [p for p in mask if p not in ("ids", "created_at", "updated_at")])
        out["ids"] = P.copy(record["ids"])
        out["created_at"] = record["created_at"]
        out["updated_at"] = record["updated_at"]
        return out

    @staticmethod
    def _check_read_mask(rpc, mask):
        allowed = masks().allowed[rpc]
        forbidden = [p for p in mask if p not in allowed]
        if forbidden:
            raise E.field_mask_paths(forbidden)

    def is_list(self, auth, app, mask, limit, page, order):
        with self.lock:
            self._check_read_mask("EndDeviceRegistry/List", mask)
            if order not in LIST_ORDERS:
                raise E.validation_chain("order", "value must be in list %s" % LIST_ORDERS, top="")
            if limit > 1000:
                raise E.validation_chain("limit", "value must be less than or equal to 1000", top="")
            self.require(auth, app, ["RIGHT_APPLICATION_DEVICES_READ"])
            devices = [r for (a, _), r in self.is_devices.items() if a == app]
            field = order.lstrip("-") or "device_id"
            devices.sort(key=lambda r: _order_key(r, field), reverse=order.startswith("-"))
            total = len(devices)
            limit = limit or self.default_limit
            page = page or 1
            chunk = devices[(page - 1) * limit: page * limit]
            body = {"end_devices": [encode_message(self._is_view(r, mask)) for r in chunk]} if chunk else {}
            return 200, body, {"X-Total-Count": str(total)}

    def is_update(self, auth, app, device_id, body):
        dev, mask, bad = self._decode_body(body, "end_device")
        if bad:
            return 400, bad, {}
        self._bind(dev, app, device_id)
        with self.lock:
            for err in rules.middleware("is", dev, mask):
                raise err
            self.require(auth, app, ["RIGHT_APPLICATION_DEVICES_WRITE"])
            record = self.is_devices.get((app, device_id))
            if record is None:
                raise E.is_device_not_found(device_id, app)
            for p in mask:
                P.set_path(record, dev, p)
            record["updated_at"] = Timestamp.now()
            return 200, encode_message(self._is_view(record, mask)), {}

    def is_delete(self, auth, app, device_id):
        with self.lock:
            self.require(auth, app, ["RIGHT_APPLICATION_DEVICES_WRITE"])
            record = self.is_devices.pop((app, device_id), None)
            if record is None:
                raise E.is_device_not_found(device_id, app)
            pair = self._pair(record["ids"])
            if pair and self.euis["is"].get(pair) == (app, device_id):
                del self.euis["is"][pair]
            return 200, {}, {}

    # -- Join, Network and Application Server --------------------------------------------

    def reg_set(self, server, auth, app, device_id, body):
        dev, mask, bad = self._decode_body(body, "end_device")
        if bad:
            return 400, bad, {}
        self._bind(dev, app, device_id)
        with self.lock:
            for err in rules.middleware(server, dev, mask):
                raise err
            key = (app, dev["ids"]["device_id"])
            stored = self.records[server].get(key)
            if server == "js":
                for err in rules.js_set(dev, mask, stored):
                    raise err
                self.require(auth, app, rules.js_rights(mask))
            elif server == "as":
                for err in rules.as_set(dev, mask, stored):
                    raise err
                self.require(auth, app, rules.as_rights(mask))
            else:
                self.require(auth, app, rules.ns_rights(mask))
                for err in rules.ns_set(dev, mask, stored):
                    raise err
            if stored is None:
                pair = self._pair(dev["ids"])
                if pair and pair in self.euis[server]:
                    other = self.euis[server][pair]
                    raise E.euis_taken("pkg/internal/registry", rules.hexu(pair[0]), rules.hexu(pair[1]),
                                       other[1], other[0])
            record = rules.apply_set(stored, dev, mask, server)
            self.records[server][key] = record
            if stored is None:
                pair = self._pair(record["ids"])
                if pair:
                    self.euis[server][pair] = key
            view = P.filter_paths(record, mask)
            view["ids"] = P.copy(record["ids"])
            return 200, encode_message(view), {}

    def reg_get(self, server, auth, app, device_id, mask):
        rpc = {"js": "JsEndDeviceRegistry/Get", "ns": "NsEndDeviceRegistry/Get", "as": "AsEndDeviceRegistry/Get"}
        with self.lock:
            self._check_read_mask(rpc[server], mask)
            need = ["RIGHT_APPLICATION_DEVICES_READ"]
            if any(p.endswith(".key") or p.endswith("_key") or p in ("root_keys", "session", "session.keys")
                   for p in mask):
                need.append("RIGHT_APPLICATION_DEVICES_READ_KEYS")
            self.require(auth, app, need)
            record = self.records[server].get((app, device_id))
            if record is None:
                raise E.device_not_found(server, "%s.%s" % (app, device_id))
            view = P.filter_paths(record, mask)
            view["ids"] = P.copy(record["ids"])
            return 200, encode_message(view), {}

    def reg_delete(self, server, auth, app, device_id):
        with self.lock:
            self.require(auth, app, ["RIGHT_APPLICATION_DEVICES_WRITE"])
            record = self.records[server].pop((app, device_id), None)
            if record is None:
                raise E.device_not_found(server, "%s.%s" % (app, device_id))
            pair = self._pair(record["ids"])
            if pair and self.euis[server].get(pair) == (app, device_id):
                del self.euis[server][pair]
            return 200, {}, {}

    # -- inspection ----------------------------------------------------------------------

    def dump(self):
        with self.lock:
            apps = {}
            for (app, _), record in sorted(self.is_devices.items()):
                apps.setdefault(app, {"is": [], "js": [], "ns": [], "as": []})["is"].append(encode_message(record))
            for server in ("js", "ns", "as"):
                for (app, _), record in sorted(self.records[server].items()):
                    apps.setdefault(app, {"is": [], "js": [], "ns": [], "as": []})[server].append(
                        encode_message(record))
            return {"applications": apps, "requests": list(self.log)}

    @staticmethod
    def _pair(ids):
        j, d = ids.get("join_eui"), ids.get("dev_eui")
        if j is None or d is None:
            return None
        return (bytes(j), bytes(d))


def _order_key(record, field):
    if field in ("created_at", "last_seen_at"):
        t = record.get(field)
        return (t.seconds, t.nanos) if t else (0, 0)
    if field in ("join_eui", "dev_eui", "device_id"):
        v = record["ids"].get(field)
        return v.hex() if isinstance(v, bytes) else (v or "")
    return record.get(field, "")

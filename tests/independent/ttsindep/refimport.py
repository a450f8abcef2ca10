"""A minimal reference importer, used only by the self-tests of the emulator and the
verifier: it creates each device of an export the way `ttn-lw-cli end-devices create` does
(IS create, then JS/NS/AS Set with the paths each owns, rolled back on failure), so the
tests can show that a correct import passes tts_verify.py and a broken one does not.
It is not the product's importer and is not used to check the product."""

import json
import urllib.error
import urllib.request

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: no proxy

from . import paths as P
from . import rules
from .encode import encode_message


class Client:
    def __init__(self, base, api_key):
        self.base = base.rstrip("/") + "/api/v3"
        self.api_key = api_key

    def call(self, method, path, body=None):
        data = json.dumps(body).encode("utf-8") if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method)
        req.add_header("Authorization", "Bearer " + self.api_key)
        req.add_header("Content-Type", "application/json")
        try:
            with _OPENER.open(req, timeout=30) as r:
                return r.status, json.loads(r.read() or b"{}"), dict(r.headers)
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"{}"), dict(e.headers)


def import_device(client, app, dev, address, skip=()):
    """Creates one decoded device; returns None or the first error body. `skip` names
    steps to leave out ("js", "ns", "as"), to produce incomplete imports on purpose."""
    dev = P.copy(dev)
    ids = dev.setdefault("ids", {})
    ids["application_ids"] = {"application_id": app}
    ids.pop("dev_addr", None)
    did = ids["device_id"]
    joins = bool(dev.get("supports_join"))
    dev["network_server_address"] = address
    dev["application_server_address"] = address
    if joins:
        dev["join_server_address"] = address
    mask = P.converter_mask(dev)
    split, _ = rules.split_paths(dev, mask)
    body = encode_message(dev)
    is_body = {k: v for k, v in body.items() if k == "ids" or k in split["is"] or
               any(p.startswith(k + ".") for p in split["is"])}
    status, out, _ = client.call("POST", "/applications/%s/devices" % app, {"end_device": is_body})
    created = status == 200
    if status == 409 and out.get("details", [{}])[0].get("name") == "id_taken":
        pass  # already there (a re-run): the Set calls below are upserts
    elif not created:
        return out
    ns_mask = split["ns"] + ([] if "supports_join" in split["ns"] else ["supports_join"])
    steps = [("js", split["js"]), ("ns", ns_mask), ("as", split["as"])]
    for server, server_mask in steps:
        if server in skip or (server == "js" and not joins):
            continue
        status, out, _ = client.call("PUT", "/%s/applications/%s/devices/%s" % (server, app, did),
                                     {"end_device": body, "field_mask": {"paths": server_mask}})
        if status != 200:
            if not created:
                return out  # never delete what this run did not create
            for undo in ("as", "ns", "js"):
                client.call("DELETE", "/%s/applications/%s/devices/%s" % (undo, app, did))
            client.call("DELETE", "/applications/%s/devices/%s" % (app, did))
            return out
    return None

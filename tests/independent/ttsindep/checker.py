"""Checks an export (devices.json, or its numbered parts) the way The Things Stack would
treat it on import. See ttsjson_check.py for the command line."""

import json
import os
import re

from . import errors as E
from . import fileenc
from . import paths as P
from . import rules
from .decode import DecodeError, decode_end_device, object_pairs, Obj
from .schema import frequency_plans, bands, schema

SERVER_NAMES = {"is": "Identity Server (Create)", "js": "Join Server (Set)", "ns": "Network Server (Set)",
                "as": "Application Server (Set)"}

# Plain-language notes for the refusals a migration most often meets.
HINTS = {
    ("pkg/networkserver", "field_value", "supports_join"):
        "a field that belongs to devices that join (such as session.keys.session_key_id) is set on a device "
        "with supports_join false",
    ("pkg/networkserver", "field_value", "session.keys.session_key_id"):
        "a device that joins and comes with a session needs session.keys.session_key_id; one that does not "
        "join must not have it",
    ("pkg/networkserver", "field_value", "ids.join_eui"): "a device that joins needs a JoinEUI that is not zero",
    ("pkg/networkserver", "field_value", "ids.dev_eui"): "the device needs a DevEUI that is not zero",
    ("pkg/networkserver", "field_value", "session.dev_addr"): "the session needs a DevAddr that is not zero",
    ("pkg/networkserver", "field_value", "session.keys.f_nwk_s_int_key.key"):
        "the session needs a network session key that is not zero",
    ("pkg/joinserver", "field_value", "root_keys.app_key.key"): "the AppKey must not be zero",
    ("pkg/applicationserver", "field_value", "session.keys.app_s_key.key"): "the AppSKey must not be zero",
}


class Finding:
    def __init__(self, file, line, device_id, text):
        self.file = file
        self.line = line
        self.device_id = device_id or "-"
        self.text = text

    def __str__(self):
        return "%s:%d %s: %s" % (self.file, self.line, self.device_id, self.text)


def describe(server, err):
    inner = err.innermost()
    text = "%s refuses it: %s" % (SERVER_NAMES[server], err.message())
    if err.cause is not None and err.name == "validation":
        text = "%s refuses it: invalid %s: %s" % (SERVER_NAMES[server], _validation_path(err), inner.attributes.get("reason"))
    elif err.cause is not None:
        text += " [cause %s]" % inner.message()
    hint = HINTS.get((err.namespace, err.name, err.attributes.get("field")))
    if hint:
        text += " (%s)" % hint
    return text


def _validation_path(err):
    parts = []
    e = err
    while e is not None:
        parts.append(str(e.attributes.get("field")))
        e = e.cause
    if parts and parts[0] == "end_device":
        parts = parts[1:]
    return ".".join(parts)


def iter_values(text):
    """Yields (line, value or None, error) for each top-level JSON value of a stream, the way
    TTS's decoder walks it; after a syntax error it resumes at the next line."""
    dec = json.JSONDecoder(object_pairs_hook=object_pairs, parse_constant=_no_constant)
    pos = 0
    n = len(text)
    line = 1
    while True:
        while pos < n and text[pos] in " \t\r\n":
            if text[pos] == "\n":
                line += 1
            pos += 1
        if pos >= n:
            return
        start_line = line
        try:
            value, end = dec.raw_decode(text, pos)
        except (ValueError, RecursionError) as e:
            msg = getattr(e, "msg", str(e))
            yield start_line, None, "not valid JSON (%s): TTS stops the whole import here" % msg
            nl = text.find("\n", pos)
            if nl < 0:
                return
            line += 1
            pos = nl + 1
            continue
        line += text.count("\n", pos, end)
        pos = end
        yield start_line, value, None


def _no_constant(name):
    raise ValueError("%s is not JSON" % name)


def check_device(dev, app_id=None):
    """[(server or '', text)] for one decoded device, without looking at other devices."""
    out = []
    ids = dev.setdefault("ids", {})
    if app_id:
        ids["application_ids"] = {"application_id": app_id}
    elif not (ids.get("application_ids") or {}).get("application_id"):
        # The Console and the CLI put the target application there before creating.
        ids["application_ids"] = {"application_id": "target-application"}

    mask = P.converter_mask(dev)
    split, lost = rules.split_paths(dev, mask)
    for p in lost:
        if p.startswith("root_keys.") and not dev.get("supports_join"):
            out.append(("", "%s is set on a device with supports_join false: the Join Server is never asked, "
                            "the key is dropped" % p))
        else:
            out.append(("", "%s is stored by no registry (IS, JS, NS or AS): the import drops it" % p))

    # The IS gets the identifiers and its own fields; each registry validates what it gets.
    is_dev = P.filter_paths(dev, split["is"])
    is_dev["ids"] = P.copy(ids)
    is_dev["ids"].pop("dev_addr", None)
    invalid = set()  # the same proto rule broken is reported once, by the first registry
    for err in rules.is_create(is_dev):
        out.append(("is", describe("is", err)))
        if err.name == "validation":
            invalid.add(_validation_path(err))
    for server, check in (("js", rules.js_set), ("ns", rules.ns_set), ("as", rules.as_set)):
        if server == "js" and not dev.get("supports_join"):
            continue
        for err in rules.middleware(server, dev, split[server]) if split[server] else []:
            if err.name != "validation" or _validation_path(err) not in invalid:
                out.append((server, describe(server, err)))
            break
        else:
            for err in check(dev, split[server]):
                out.append((server, describe(server, err)))

    # A device TTS accepts but that would not work after the migration.
    s = schema()
    if dev.get("supports_join"):
        if P.is_zero(dev, "root_keys.app_key.key") and P.is_zero(dev, "root_keys.nwk_key.key"):
            out.append(("", "a device that joins has no root_keys.app_key.key: it can never join TTS"))
    elif dev.get("session") is None:
        out.append(("", "a device that does not join has no session: it cannot send anything TTS accepts"))
    sess = dev.get("session")
    if sess is not None and P.is_zero(dev, "session.keys.app_s_key.key"):
        out.append(("", "the session has no session.keys.app_s_key.key: the Application Server cannot decrypt "
                        "its uplinks"))
    for field in ("frequency_plan_id", "lorawan_version", "lorawan_phy_version"):
        if P.is_zero(dev, field):
            out.append(("", "no %s: the Network Server cannot serve the device (the Console import asks for it)"
                        % field))
    if sess is not None and "started_at" in sess and sess["started_at"].seconds > _now_seconds() + 300:
        out.append(("", "session.started_at %s is in the future" % sess["started_at"].rfc3339()))
    return out


def _now_seconds():
    import time
    return int(time.time())


def check_files(files, app_id=None):
    """All findings for the given files, checked together."""
    findings = []
    ids_seen = {}
    euis_seen = {}
    devices = 0
    _check_part_names(files, findings)
    for name in files:
        with open(name, "rb") as f:
            data = f.read()
        label = os.path.basename(name) if len(set(os.path.basename(x) for x in files)) == len(files) else name
        line_ids = {}
        file_notes = fileenc.file_findings(data)
        enc, _ = fileenc.sniff(data)
        text = data.decode("utf-8", errors="replace")
        if enc == "utf-8-bom":
            text = text[1:]  # keep checking the devices; the BOM itself is already reported
        for line, value, error in iter_values(text):
            if error:
                findings.append(Finding(label, line, None, error))
                continue
            values = [value]
            if isinstance(value, list) and not isinstance(value, Obj):
                findings.append(Finding(label, line, None, "a JSON array of devices: TTS reads it only since "
                                        "v3.23.2; write one object per line"))
                values = value
            for v in values:
                devices += 1
                device_id = None
                if isinstance(v, Obj):
                    for k, x in v:
                        if k == "ids" and isinstance(x, Obj):
                            for k2, x2 in x:
                                if k2 in ("device_id", "deviceId") and isinstance(x2, str):
                                    device_id = x2
                line_ids[line] = device_id
                try:
                    dev, notes = decode_end_device(v)
                except DecodeError as e:
                    findings.append(Finding(label, line, device_id,
                                            "TTS cannot read %s: %s (the whole import stops)" %
                                            (e.path or "the device", e.message)))
                    continue
                for path, note in notes:
                    findings.append(Finding(label, line, device_id, "%s: %s" % (path, note)))
                for _, text_ in check_device(dev, app_id):
                    findings.append(Finding(label, line, device_id, text_))
                ids = dev.get("ids", {})
                did = ids.get("device_id", "")
                if did:
                    if did in ids_seen:
                        findings.append(Finding(label, line, did, "device ID already used at %s:%d: the Identity "
                                                "Server refuses the second create (pkg/util/store:id_taken)"
                                                % ids_seen[did]))
                    else:
                        ids_seen[did] = (label, line)
                if ids.get("join_eui") is not None and ids.get("dev_eui") is not None:
                    pair = (ids["join_eui"], ids["dev_eui"])
                    if pair in euis_seen:
                        findings.append(Finding(label, line, did, "JoinEUI %s and DevEUI %s already used by %s at "
                                                "%s:%d: the second create is refused "
                                                "(pkg/identityserver:end_device_euis_taken)"
                                                % (rules.hexu(pair[0]), rules.hexu(pair[1]),
                                                   euis_seen[pair][2], euis_seen[pair][0], euis_seen[pair][1])))
                    else:
                        euis_seen[pair] = (label, line, did)
        for line, note in file_notes:
            findings.append(Finding(label, line, line_ids.get(line), note))
    findings.sort(key=lambda f: (files.index(f.file) if f.file in files else 0, f.line))
    return findings, devices


def _check_part_names(files, findings):
    parts = {}
    for name in files:
        m = re.match(r"^(.*)-(\d{3,})\.json$", os.path.basename(name))
        if m:
            parts.setdefault(m.group(1), []).append(int(m.group(2)))
    for base, numbers in parts.items():
        numbers.sort()
        if numbers != list(range(1, len(numbers) + 1)):
            findings.append(Finding(base, 0, None, "parts are not numbered 1..%d without gaps: %s"
                                    % (len(numbers), numbers)))

"""Process plumbing shared by the CTest drivers: start the project's ttnv2-emulator and this
folder's tts_emulator.py on loopback, run the project's ttn-lw-migrate, and check the CLI's
claim that every device ends exported, skipped or failed with a reason."""

import json
import os
import re
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO_KEY = "ttn-account-v2.demo-access-key-for-the-local-emulator"
# Loopback only: never through a proxy from the environment.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class Process:
    """A child process that printed one "listening" line with its address."""

    def __init__(self, argv, pattern, timeout=30):
        self.argv = argv
        self.proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + timeout
        self.line = ""
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            if re.search(pattern, line):
                self.line = line.strip()
                break
        if not self.line:
            self.stop()
            raise RuntimeError("%s did not start: %s" % (argv[0], self.proc.stderr.read()[-2000:]))
        self.match = re.search(pattern, self.line)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream:
                stream.close()


def start_v2(bin_dir, data_file=None):
    argv = [os.path.join(bin_dir, "ttnv2-emulator"), "--rate-limit", "0"]
    argv += ["--data", data_file] if data_file else ["--demo"]
    p = Process(argv, r"handler=(http://127\.0\.0\.1:\d+)")
    p.handler = p.match.group(1)
    return p


def start_tts(applications, api_key, state_file=None):
    argv = [sys.executable, os.path.join(HERE, "tts_emulator.py"), "--api-key", api_key]
    for a in applications:
        argv += ["--application", a]
    if state_file:
        argv += ["--state-file", state_file]
    p = Process(argv, r"listening (http://127\.0\.0\.1:(\d+))")
    p.url = p.match.group(1)
    p.port = int(p.match.group(2))
    return p


def dump(url, path):
    with OPENER.open(url + "/__dump", timeout=60) as r:
        data = r.read()
    with open(path, "wb") as f:
        f.write(data)
    return json.loads(data)


# Settings a developer's shell may carry that would change what the CLI does.
CLI_ENVIRONMENT = ("TTNV2_APP_ID", "TTNV2_APP_ACCESS_KEY", "FREQUENCY_PLAN_ID", "TTNV2_WITH_SESSION",
                   "TTNV2_HANDLER_ADDRESS", "TTNV2_DISCOVERY_SERVER_ADDRESS", "TTNV2_CA_CERT", "TTS_ADDRESS",
                   "TTS_CLUSTER_ADDRESS", "TTS_APPLICATION_ID", "TTS_API_KEY")


def run(argv, env=None, timeout=300):
    merged = {k: v for k, v in os.environ.items() if k not in CLI_ENVIRONMENT}
    merged.update(env or {})
    r = subprocess.run(argv, env=merged, capture_output=True, text=True, timeout=timeout)
    return r.returncode, r.stdout, r.stderr


def export(bin_dir, handler, key, app_id, with_session, out_file, plan="EU_863_870_TTN"):
    env = {"TTNV2_HANDLER_ADDRESS": handler, "TTNV2_APP_ACCESS_KEY": key}
    argv = [os.path.join(bin_dir, "ttn-lw-migrate"), "application", "--source", "ttnv2", app_id,
            "--ttnv2.frequency-plan-id", plan, "--ttnv2.with-session=%s" % ("true" if with_session else "false"),
            "--ttnv2.requests-per-second", "1000", "-o", out_file]
    return run(argv, env)


def exported_names(path):
    """For each device line of an export: the v2 ID it claims to come from (name, else the
    old-id attribute, else the device ID)."""
    out = []
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                dev = json.loads(line)
            except ValueError:
                out.append((n, None))
                continue
            ids = dev.get("ids") or {}
            out.append((n, dev.get("name") or (dev.get("attributes") or {}).get("old-id") or ids.get("device_id")))
    return out


def claim_problems(v2_ids, export_file, stderr, rc):
    """The CLI says every device ends exported, skipped (reason) or failed (reason): check it."""
    problems = []
    reported = {}
    for line in stderr.splitlines():
        m = re.match(r"^(skipped|failed) (\S+): (.*)$", line)
        if m:
            if not m.group(3).strip():
                problems.append("%s %s has no reason" % (m.group(1), m.group(2)))
            reported.setdefault(m.group(2), []).append(m.group(1))
    exported = {}
    for n, name in exported_names(export_file):
        if name is None:
            problems.append("line %d of the export is not JSON" % n)
        else:
            exported.setdefault(name, []).append(n)
    for dev_id in v2_ids:
        where = []
        if dev_id in exported:
            where.append("exported (line %s)" % ",".join(map(str, exported[dev_id])))
        if dev_id in reported:
            where += reported[dev_id]
        if not where:
            problems.append("%s: neither in the export nor reported as skipped or failed" % dev_id)
        elif len(where) > 1:
            problems.append("%s: more than one outcome: %s" % (dev_id, ", ".join(where)))
    for name in sorted(set(exported) - set(v2_ids)):
        problems.append("%s: exported, but the v2 application has no such device" % name)
    # Counts are grouped as the locale writes them (1,000 or 1.000).
    count = r"(\d[\d,.\u00a0\u202f]*)"
    m = re.search(r"summary: %s exported, %s skipped, %s failed of %s requested" % ((count,) * 4), stderr)
    if not m:
        problems.append("no summary line on stderr")
    else:
        e, s, f, total = (int(re.sub(r"\D", "", x)) for x in m.groups())
        n_exported = sum(len(v) for v in exported.values())
        if e != n_exported:
            problems.append("summary says %d exported, the file has %d devices" % (e, n_exported))
        if total != len(v2_ids) or e + s + f != total:
            problems.append("summary counts %d+%d+%d of %d, the application has %d devices" % (e, s, f, total,
                                                                                             len(v2_ids)))
        want_rc = 0 if s + f == 0 else 3
        if rc != want_rc:
            problems.append("exit code %d, expected %d" % (rc, want_rc))
    return problems


def demo_device_ids(bin_dir):
    """The demo application's device IDs, read from the running emulator's handler API."""
    p = start_v2(bin_dir)
    try:
        req = urllib.request.Request(p.handler + "/applications/demo-application/devices")
        req.add_header("Authorization", "Key " + DEMO_KEY)
        with OPENER.open(req, timeout=30) as r:
            devices = json.loads(r.read()).get("devices", [])
        return [d["dev_id"] for d in devices]
    finally:
        p.stop()


def reasons(failures):
    """The distinct kinds of failure with their counts: the device-specific parts (file:line,
    IDs, hex values, numbers) replaced, so a report shows why at a glance."""
    counts = {}
    for f in failures:
        text = f.split(": ", 1)[1] if ": " in f else f
        text = re.sub(r"^ttsjson_check: ", "", text)
        text = re.sub(r"^[\w.-]+\.json:\d+ \S+: ", "", text)
        text = re.sub(r"'[^']*'|`[^`]*`|\"[^\"]*\"", "…", text)
        text = re.sub(r"[\w.-]+\.json:\d+", "…", text)
        text = re.sub(r"\b[0-9A-F]{8,}\b|\b0x[0-9A-F]{2}\b", "…", text)
        text = re.sub(r"\b\d+\b", "N", text)
        counts[text] = counts.get(text, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])


def report(name, failures, shown=60):
    if not failures:
        return
    print("%s: %d failure(s), by reason:" % (name, len(failures)))
    for text, n in reasons(failures):
        print("  %5d x %s" % (n, text))
    print("details (first %d):" % min(shown, len(failures)))
    for f in failures[:shown]:
        print("FAIL " + f)
    if len(failures) > shown:
        print("FAIL ... and %d more (run by hand with --keep DIR to see all)" % (len(failures) - shown))


def secrets_in(export_file, extra=()):
    """The secrets of an export (AppKeys, session keys, session key IDs) and any extra ones,
    to look for in logs."""
    found = set(s for s in extra if s)
    if not os.path.exists(export_file):
        return found
    with open(export_file, encoding="utf-8", errors="replace") as f:
        for line in f:
            try:
                dev = json.loads(line)
            except ValueError:
                continue
            keys = [((dev.get("root_keys") or {}).get(k) or {}).get("key") for k in ("app_key", "nwk_key")]
            sess = (dev.get("session") or {}).get("keys") or {}
            keys += [(sess.get(k) or {}).get("key") for k in ("f_nwk_s_int_key", "s_nwk_s_int_key",
                                                              "nwk_s_enc_key", "app_s_key")]
            keys.append(sess.get("session_key_id"))
            found.update(k for k in keys if k)
    return found


def leaked(secrets, text):
    low = text.lower()
    return sorted(s for s in secrets if s.lower() in low)

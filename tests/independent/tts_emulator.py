#!/usr/bin/env python3
"""An emulator of the part of The Things Stack's HTTP API (/api/v3) a device import uses,
written from TTS's source (lorawan-stack v3.32.1), not from this project's code.

    tts_emulator.py --application my-app --api-key NNSXS.KEYID.SECRET [--port 0]
                    [--api-key NNSXS.RO.SECRET=RIGHT_APPLICATION_DEVICES_READ,...]
                    [--state-file state.json] [--throttle-every N] [--verbose]

It listens on 127.0.0.1 and prints one line, `tts-emulator listening http://127.0.0.1:PORT
applications=...`. A key given without rights gets RIGHT_APPLICATION_ALL on every
application. GET /__dump answers the whole state (every registry's records, keys in clear,
and the request log); --state-file writes the same on SIGINT/SIGTERM.

Routes (all under /api/v3, JSON in and out, errors in TTS's shape and HTTP statuses):
  GET    applications/{app}/rights                 the key's rights on {app}, or {}
  GET    applications/{app}                        the application (field_mask query)
  POST   applications/{app}/devices                IS create
  GET    applications/{app}/devices                IS list (field_mask, limit, page, order; X-Total-Count)
  GET    applications/{app}/devices/{dev}         IS get (field_mask)
  PUT    applications/{app}/devices/{dev}         IS update (field mask in the body)
  DELETE applications/{app}/devices/{dev}         IS delete
  PUT    {js|ns|as}/applications/{app}/devices/{dev}  Set (field mask in the body); POST too
  GET    {js|ns|as}/applications/{app}/devices/{dev}  Get (field_mask)
  DELETE {js|ns|as}/applications/{app}/devices/{dev}  Delete
"""

import argparse
import json
import os
import re
import signal
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from ttsindep import errors as E  # noqa: E402
from ttsindep.decode import object_pairs  # noqa: E402
from ttsindep.registry import Emulator, APPLICATION_RIGHTS  # noqa: E402

ROUTES = [
    ("GET", r"applications/([^/]+)/rights", "rights"),
    ("GET", r"applications/([^/]+)", "application"),
    ("POST", r"applications/([^/]+)/devices", "is_create"),
    ("GET", r"applications/([^/]+)/devices", "is_list"),
    ("GET", r"applications/([^/]+)/devices/([^/]+)", "is_get"),
    ("PUT", r"applications/([^/]+)/devices/([^/]+)", "is_update"),
    ("DELETE", r"applications/([^/]+)/devices/([^/]+)", "is_delete"),
    ("PUT", r"(js|ns|as)/applications/([^/]+)/devices/([^/]+)", "reg_set"),
    ("POST", r"(js|ns|as)/applications/([^/]+)/devices/([^/]+)", "reg_set"),
    ("POST", r"(js|ns|as)/applications/([^/]+)/devices", "reg_set_body_id"),
    ("GET", r"(js|ns|as)/applications/([^/]+)/devices/([^/]+)", "reg_get"),
    ("DELETE", r"(js|ns|as)/applications/([^/]+)/devices/([^/]+)", "reg_delete"),
]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "tts-emulator"

    def log_message(self, fmt, *args):
        if self.server.verbose:
            sys.stderr.write("tts-emulator: " + (fmt % args) + "\n")

    def do_GET(self):
        self.handle_api("GET")

    def do_POST(self):
        self.handle_api("POST")

    def do_PUT(self):
        self.handle_api("PUT")

    def do_DELETE(self):
        self.handle_api("DELETE")

    def send_json(self, status, body, headers=None):
        data = json.dumps(body, separators=(",", ":")).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if not raw.strip():
            return None
        try:
            return json.loads(raw.decode("utf-8"), object_pairs_hook=object_pairs)
        except (ValueError, UnicodeDecodeError):
            return None

    def handle_api(self, method):
        emu = self.server.emulator
        url = urllib.parse.urlsplit(self.path)
        body = self.read_body()  # read it whatever the method: keep-alive needs the stream in step
        if url.path == "/__dump" and method == "GET":
            self.send_json(200, emu.dump())
            return
        status, out, headers, error = 404, {"code": 5, "message": "Not Found"}, {}, None
        path = url.path
        if path.startswith("/api/v3/"):
            rest = path[len("/api/v3/"):].rstrip("/")
            query = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            for m, pattern, name in ROUTES:
                match = re.fullmatch(pattern, rest)
                if not match:
                    continue
                if m != method:
                    status, out = 405, {"code": 12, "message": "Method Not Allowed"}
                    continue
                args = [urllib.parse.unquote(g) for g in match.groups()]
                try:
                    throttle = self.server.throttle()
                    if throttle:
                        raise throttle
                    status, out, headers = self.dispatch(emu, name, args, body, query)
                except E.TtsError as err:
                    status, out, error = err.http_status, err.body(), err.full_name
                    if err.name == "rate_limit_exceeded":
                        headers = {"X-Rate-Limit-Limit": "60", "X-Rate-Limit-Available": "0",
                                   "X-Rate-Limit-Reset": "1", "X-Rate-Limit-Retry": "1"}
                except ValueError as bad:
                    status, out = 400, E.bad_request_body(str(bad))
                break
        with emu.lock:
            emu.log.append({"method": method, "path": url.path, "status": status, "error": error})
        self.send_json(status, out, headers)

    def dispatch(self, emu, name, args, body, query):
        auth = emu.auth(self.headers.get("Authorization"))
        mask = _mask(query)
        if name == "rights":
            return emu.app_rights(auth, args[0])
        if name == "application":
            return emu.get_application(auth, args[0], mask)
        if name == "is_create":
            return emu.is_create(auth, args[0], body)
        if name == "is_list":
            return emu.is_list(auth, args[0], mask, _uint(query, "limit"), _uint(query, "page"),
                               (query.get("order") or [""])[0])
        if name == "is_get":
            return emu.is_get(auth, args[0], args[1], mask)
        if name == "is_update":
            return emu.is_update(auth, args[0], args[1], body)
        if name == "is_delete":
            return emu.is_delete(auth, args[0], args[1])
        if name == "reg_set":
            return emu.reg_set(args[0], auth, args[1], args[2], body)
        if name == "reg_set_body_id":
            return emu.reg_set(args[0], auth, args[1], None, body)
        if name == "reg_get":
            return emu.reg_get(args[0], auth, args[1], args[2], mask)
        if name == "reg_delete":
            return emu.reg_delete(args[0], auth, args[1], args[2])
        raise ValueError("no route")


def _mask(query):
    paths = []
    for key in ("field_mask", "field_mask.paths"):
        for v in query.get(key, []):
            paths += [p for p in v.split(",") if p]
    return paths


def _uint(query, key):
    v = (query.get(key) or ["0"])[0] or "0"
    if not re.fullmatch(r"\d+", v) or int(v) >= 2**32:
        raise ValueError("invalid value for %s: %r" % (key, v))
    return int(v)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, emulator, verbose=False, throttle_every=0):
        super().__init__(address, Handler)
        self.emulator = emulator
        self.verbose = verbose
        self.throttle_every = throttle_every
        self.count = 0
        self.count_lock = threading.Lock()

    def throttle(self):
        if not self.throttle_every:
            return None
        with self.count_lock:
            self.count += 1
            if self.count % self.throttle_every == 0:
                return E.rate_limited("http:request", 60)
        return None


def parse_keys(values, applications):
    keys = {}
    for v in values:
        key, _, rights = v.partition("=")
        parts = key.split(".")
        if len(parts) != 3 or not all(parts):
            raise SystemExit("tts-emulator: --api-key must look like NNSXS.<id>.<secret>[=RIGHT,...]")
        granted = [r for r in rights.split(",") if r] or ["RIGHT_APPLICATION_ALL"]
        for r in granted:
            if r not in APPLICATION_RIGHTS:
                raise SystemExit("tts-emulator: unknown right %r" % r)
        keys[key] = {a: granted for a in applications}
    return keys


def main(argv=None):
    ap = argparse.ArgumentParser(prog="tts_emulator.py", description=__doc__.split("\n")[0])
    ap.add_argument("--application", action="append", default=[], help="an application ID (repeat)")
    ap.add_argument("--api-key", action="append", default=[], help="NNSXS.<id>.<secret>[=RIGHT,...] (repeat)")
    ap.add_argument("--app-address", action="append", default=[],
                    help="APP=HOST: the application's registered NS/AS/JS address (the IS then refuses others)")
    ap.add_argument("--bind", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--state-file", help="write the state (as GET /__dump) here on SIGINT/SIGTERM")
    ap.add_argument("--throttle-every", type=int, default=0, help="answer every Nth request with 429")
    ap.add_argument("--default-limit", type=int, default=100, help="IS list page size without limit")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.bind not in ("127.0.0.1", "::1", "localhost"):
        ap.error("--bind accepts loopback addresses only")
    if not args.application:
        ap.error("give at least one --application")
    applications = {a: {} for a in args.application}
    for spec in args.app_address:
        app, _, host = spec.partition("=")
        applications.setdefault(app, {}).update(
            {f: host for f in ("network_server_address", "application_server_address", "join_server_address")})
    emulator = Emulator(applications, parse_keys(args.api_key, applications), args.default_limit)
    server = Server((args.bind, args.port), emulator, args.verbose, args.throttle_every)

    def stop(*_):
        if args.state_file:
            tmp = args.state_file + ".tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(emulator.dump(), f, indent=1)
            os.replace(tmp, args.state_file)
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    host, port = server.server_address[:2]
    print("tts-emulator listening http://%s:%d applications=%s" % (host, port, ",".join(args.application)),
          flush=True)
    server.serve_forever()
    server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

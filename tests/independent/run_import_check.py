#!/usr/bin/env python3
"""CTest driver `independent_import_check` (issue #11).

For each application (never_seen_apps.py seeds, plus the demo) and each export (without and
with sessions): export it with the project's CLI from the project's ttnv2-emulator, start
this folder's tts_emulator.py (written from TTS's source), run

    ttn-lw-migrate tts import devices.json --tts.address http://127.0.0.1:PORT
                   --tts.application-id APP --tts.api-key NNSXS....

and require, with tts_verify.py, that every device of the file is complete in the IS, JS,
NS and AS with the file's values and that no registry holds anything else; then run the
same import again and require the same, with no device re-created.

    run_import_check.py --bin-dir build/bin [--seeds 7,5] [--no-demo] [--keep DIR]
"""

import argparse
import io
import json
import os
import sys
import tempfile
from contextlib import redirect_stdout, redirect_stderr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from ttsindep import drive  # noqa: E402
import never_seen_apps  # noqa: E402
import tts_verify  # noqa: E402

DEFAULT_SEEDS = "7,5"
TARGET_APP = "migrated-app"
API_KEY = "NNSXS.INDEPENDENTIMPORTCHECK.S3CRETS3CRETS3CRETS3CRETS3CRET"


def verify(export, state, same_as=None):
    argv = ["--application-id", TARGET_APP, "--dump", state, "--server-host", "127.0.0.1", export]
    if same_as:
        argv += ["--same-as", same_as]
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        rc = tts_verify.main(argv)
    return rc, out.getvalue().splitlines()


def reference_import(tts, export):
    """The same step done by ttsindep/refimport.py instead of the product (--importer reference):
    shows what a correct importer leaves for the same export."""
    from ttsindep.checker import iter_values
    from ttsindep.decode import DecodeError, decode_end_device
    from ttsindep.refimport import Client, import_device
    client = Client(tts.url, API_KEY)
    errors = []
    with open(export, encoding="utf-8", errors="replace") as f:
        for line, value, error in iter_values(f.read()):
            if error:
                errors.append("line %d: %s" % (line, error))
                continue
            try:
                dev, _ = decode_end_device(value)
            except DecodeError as e:
                errors.append("line %d: %s" % (line, e))
                continue
            out = import_device(client, TARGET_APP, dev, "127.0.0.1:%d" % tts.port)
            if out is not None:
                errors.append("failed %s: %s" % (dev.get("ids", {}).get("device_id"), out.get("message")))
    return (3 if errors else 0), "", "\n".join(errors)


def import_once(bin_dir, tts, export, importer="product"):
    if importer == "reference":
        return reference_import(tts, export)
    argv = [os.path.join(bin_dir, "ttn-lw-migrate"), "tts", "import", export, "--tts.address", tts.url,
            "--tts.application-id", TARGET_APP, "--tts.api-key", API_KEY]
    return drive.run(argv)


def check_app(bin_dir, work, label, data_file, app_id, key, importer="product"):
    failures = []
    v2 = drive.start_v2(bin_dir, data_file)
    try:
        exports = []
        for with_session in (False, True):
            name = "%s-%s.json" % (label.replace(" ", "-"), "session" if with_session else "nosession")
            out = os.path.join(work, name)
            rc, _, err = drive.export(bin_dir, v2.handler, key, app_id, with_session, out)
            if rc not in (0, 3) or not os.path.exists(out):
                failures.append("%s: the export did not run (exit %d): %s" % (name, rc, err.strip()[-300:]))
                continue
            exports.append(out)
    finally:
        v2.stop()
    for export in exports:
        variant = "%s (%s)" % (label, os.path.basename(export))
        tts = drive.start_tts([TARGET_APP], API_KEY)
        try:
            states = []
            for attempt in (1, 2):
                rc, _, err = import_once(bin_dir, tts, export, importer)
                with open("%s.import-%d.stderr" % (export, attempt), "w", encoding="utf-8") as f:
                    f.write(err)
                for s in drive.leaked(drive.secrets_in(export, [API_KEY.split(".")[2]]), err):
                    failures.append("%s, import %d: a secret appears on stderr (%s...)" % (variant, attempt, s[:4]))
                if rc != 0:
                    lines = [ln for ln in err.strip().splitlines() if ln.strip()]
                    failures.append("%s, import %d: the import exited %d: %s"
                                    % (variant, attempt, rc, " | ".join(lines[-3:])[:400]))
                state = "%s.state-%d.json" % (export, attempt)
                drive.dump(tts.url, state)
                states.append(state)
                vrc, lines = verify(export, state, states[0] if attempt == 2 else None)
                for ln in lines:
                    if not ln.startswith("tts_verify:"):
                        failures.append("%s, after import %d: %s" % (variant, attempt, ln))
                print("%s, import %d: exit %d, tts_verify %s" % (variant, attempt, rc, "ok" if vrc == 0 else
                                                                  "found %d problem(s)" % (len(lines))))
        finally:
            tts.stop()
    return failures


def main(argv=None):
    ap = argparse.ArgumentParser(prog="run_import_check.py", description=__doc__.split("\n")[0])
    ap.add_argument("--bin-dir", required=True)
    ap.add_argument("--seeds", default=DEFAULT_SEEDS)
    ap.add_argument("--no-demo", action="store_true")
    ap.add_argument("--keep", help="keep the applications, exports, states and logs in this directory")
    ap.add_argument("--importer", choices=("product", "reference"), default="product",
                    help="who imports: the product's `tts import` (the test) or, to compare by hand, the "
                         "reference importer of ttsindep/refimport.py")
    args = ap.parse_args(argv)
    work_ctx = None
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
        work = args.keep
    else:
        work_ctx = tempfile.TemporaryDirectory(prefix="independent-import-")
        work = work_ctx.name
    failures = []
    try:
        if not args.no_demo:
            failures += check_app(args.bin_dir, work, "demo", None, "demo-application", drive.DEMO_KEY,
                                  args.importer)
        for seed in [int(s) for s in args.seeds.split(",") if s]:
            out = os.path.join(work, "seed-%d" % seed)
            never_seen_apps.main(["--seed", str(seed), "--out", out])
            with open(os.path.join(out, "manifest.json"), encoding="utf-8") as f:
                manifest = json.load(f)
            failures += check_app(args.bin_dir, work, "seed %d" % seed, os.path.join(out, "v2-data.json"),
                                  manifest["app_id"], manifest["access_key"], args.importer)
    finally:
        if work_ctx:
            work_ctx.cleanup()
    if failures:
        drive.report("independent_import_check", failures)
        return 1
    print("independent_import_check: every device complete in IS, JS, NS and AS, no leftovers, re-run idempotent")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Checks a The Things Stack JSON export the way The Things Stack would treat it on import.

    ttsjson_check.py devices.json
    ttsjson_check.py devices-001.json devices-002.json ...      # the parts of one export
    ttsjson_check.py --application-id my-v3-app devices.json    # as imported into that app
    ttsjson_check.py --self-test                                # prove each rule bites

Prints one line per finding, `FILE:LINE DEVICE_ID: rule`, and exits 1; prints one summary
line and exits 0 when there is nothing to report. Exit 2 on usage errors. The rules and the
TTS source files they come from are listed in README.md next to this script.
"""

import argparse
import os
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from ttsindep.checker import check_files  # noqa: E402


def main(argv=None):
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the output quietly
    ap = argparse.ArgumentParser(prog="ttsjson_check.py", description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", help="the export, or all its numbered parts")
    ap.add_argument("--application-id", help="the target application (replaces the file's, as the importers do)")
    ap.add_argument("--self-test", action="store_true", help="run the checker's own tests on crafted bad lines")
    args = ap.parse_args(argv)
    if args.self_test:
        import unittest
        here = os.path.dirname(os.path.abspath(__file__))
        suite = unittest.defaultTestLoader.discover(here, pattern="test_ttsjson_check.py")
        result = unittest.TextTestRunner(verbosity=1).run(suite)
        return 0 if result.wasSuccessful() else 1
    if not args.files:
        ap.error("give the export file(s) to check")
    for f in args.files:
        if not os.path.isfile(f):
            ap.error("%s: no such file" % f)
    findings, devices = check_files(args.files, args.application_id)
    for f in findings:
        print(f)
    if findings:
        print("ttsjson_check: %d finding(s) in %d device(s) of %d file(s)" % (len(findings), devices, len(args.files)),
              file=sys.stderr)
        return 1
    print("ttsjson_check: no findings in %d device(s) of %d file(s)" % (devices, len(args.files)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#include "helptext.h"

#include "util/appinfo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString HelpText::usage()
{
    return QCoreApplication::translate(
        "Cli", R"(ttn-lw-migrate: export end devices from TTN v2 as The Things Stack JSON (NDJSON).

Usage:
  ttn-lw-migrate device --source ttnv2 [flags] [DEVICE-ID...]
  ttn-lw-migrate application --source ttnv2 [flags] APPLICATION-ID
  ttn-lw-migrate ttnv2 device|application [flags] [ID...]   (unprefixed flags)
  ttn-lw-migrate restore-app-keys --source ttnv2 [flags] devices.json [PART...]
  ttn-lw-migrate tts import|status [flags] devices.json...   (see ttn-lw-migrate tts --help)
Without DEVICE-IDs, the IDs are read from stdin, one per line.

Examples (from the migration guide):
  ttn-lw-migrate device --source ttnv2 "v2-end-device-ID" --ttnv2.with-session=false > devices.json
  ttn-lw-migrate device --source ttnv2 --ttnv2.with-session=false < device_ids.txt > devices.json
  ttn-lw-migrate application --source ttnv2 "ttn-v2-application-ID" --ttnv2.with-session=false > devices.json

TTN v2 flags: --ttnv2.NAME with --source ttnv2, --NAME after "ttnv2". Each has an
environment variable; the flag wins.
  --ttnv2.app-id ID                      TTNV2_APP_ID
      v2 application ID (for "application", the argument wins)
  --ttnv2.app-access-key KEY             TTNV2_APP_ACCESS_KEY
      access key with the "devices" right; never printed. Prefer the variable:
      it stays out of your shell history
  --ttnv2.frequency-plan-id ID           FREQUENCY_PLAN_ID
      frequency plan of the exported devices, required, e.g. EU_863_870_TTN
  --ttnv2.with-session[=true|false]      TTNV2_WITH_SESSION
      also export the active session (default false: devices re-join)
  --ttnv2.handler-address URL            TTNV2_HANDLER_ADDRESS
      the handler's HTTP API, e.g. http://eu.thethings.network:8084
  --ttnv2.discovery-server-address URL   TTNV2_DISCOVERY_SERVER_ADDRESS
      a discovery server's HTTP API; it finds the application's handler
  --ttnv2.ca-cert FILE                   TTNV2_CA_CERT
      extra CA certificate (PEM) for HTTPS to private deployments
  One of the two addresses is required: the public TTN v2 network is shut
  down, so there is no default.
  --ttnv2.change-app-key[=true|false]    (no variable)
      needs -o FILE: once FILE is written and read back, give each exported
      OTAA device a new random AppKey in TTN v2, so it cannot join there
      again. Undo with: restore-app-keys FILE (puts the keys from FILE back;
      name every part of a split export)

General flags:
  --dev-id-prefix PREFIX   prefix "PREFIX-" for every exported device ID
  --dev-id-map FILE        new device IDs, one "v2-id,v3-id" per line, for
                           devices The Things Stack would refuse (reserved ID
                           such as "test", invalid, or the same ID twice); the
                           v2 ID stays in "name" and the "old-id" attribute
  --drop-invalid-attributes
                           leave out attributes The Things Stack refuses
                           (invalid key, value over 200 characters, more than
                           10) instead of failing the device; listed per device
  --split                  with -o FILE: numbered parts (devices-001.json, ...)
                           of at most 10 MiB each; the Console refuses files
                           of 16 MiB or more
  --split-size MIB         size of each part, at least 1 and below 16 (implies
                           --split)
  --dry-run                write nothing to TTN v2 (exporting never does; the
                           export still goes to stdout or FILE); with
                           change-app-key or restore-app-keys: list what
                           would change
  --verbose                each request (method, path, status, time) and each
                           device's decision on stderr
  -o, --output FILE        write the export to FILE atomically (mode 0600) instead of stdout
  -h, --help               show this help
  --version                show the version

Advanced:
  --ttnv2.requests-per-second N   pace requests (default 5, the v2 limit)
  --ttnv2.timeout DURATION        timeout per request attempt (default 30s)

Output: one JSON object per line (NDJSON) on stdout, nothing else, in pure
ASCII. Messages, skipped or failed devices with their reasons, and the summary
(how many devices are ready for import, every device The Things Stack's
import rules would refuse) go to stderr.

Exit codes:
  0  every requested device was exported
  3  finished, but some devices were skipped or failed
  2  usage error (nothing was sent to TTN v2)
  1  nothing could be exported (access key, network, unknown application, ...)
  130  interrupted (Ctrl-C); no output file is written
)");
}

QString HelpText::version()
{
    // The same --version text as the wizard and the emulator: version, copyright, licence.
    return AppInfo::versionText(u"ttn-lw-migrate"_s);
}

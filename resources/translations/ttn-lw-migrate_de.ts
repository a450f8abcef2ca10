<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Programmsymbol</translation>
    </message>
    <message>
        <source>Abo&amp;ut…</source>
        <translation>Übe&amp;r…</translation>
    </message>
</context>
<context>
    <name>AppInfo</name>
    <message>
        <source>Licensed under the %1 licence.</source>
        <translation>Lizenziert unter der %1-Lizenz.</translation>
    </message>
    <message>
        <source>Copyright © 2026 The ttn-lw-migrate-wizard developers</source>
        <translation>Copyright © 2026 Die Entwickler von ttn-lw-migrate-wizard</translation>
    </message>
    <message>
        <source>TTN Migration Wizard</source>
        <translation>TTN-Migrationsassistent</translation>
    </message>
    <message>
        <source>Moves LoRaWAN end devices from The Things Network v2 to The Things Stack, safely and visibly.</source>
        <translation>Zieht LoRaWAN-Endgeräte von The Things Network v2 zu The Things Stack um – sicher und nachvollziehbar.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
</context>
<context>
    <name>AppKeyJob</name>
    <message>
        <source>nothing was changed in TTN v2: %1</source>
        <translation>in TTN v2 wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>devices.json holds an AppKey that ttn-lw-migrate generated earlier, not the device&apos;s original: use the devices.json saved before the AppKeys were changed</source>
        <translation>devices.json enthält einen AppKey, den ttn-lw-migrate früher erzeugt hat, nicht den ursprünglichen des Endgeräts: Verwenden Sie die devices.json, die vor dem Ändern der AppKeys gespeichert wurde</translation>
    </message>
    <message>
        <source>not found in TTN v2 application “%1”</source>
        <translation>nicht in der TTN-v2-Anwendung „%1“ gefunden</translation>
    </message>
    <message>
        <source>stopped before changing %1: %2</source>
        <translation>vor dem Ändern von %1 angehalten: %2</translation>
    </message>
    <message>
        <source>TTN v2 answered with something that is not a device</source>
        <translation>TTN v2 hat mit etwas geantwortet, das kein Endgerät ist</translation>
    </message>
    <message>
        <source>TTN v2 answered with another device (%1)</source>
        <translation>TTN v2 hat mit einem anderen Endgerät geantwortet (%1)</translation>
    </message>
    <message>
        <source>its DevEUI in TTN v2 (%1) is not the one in devices.json (%2): left unchanged</source>
        <translation>seine DevEUI in TTN v2 (%1) ist nicht die aus devices.json (%2): unverändert gelassen</translation>
    </message>
    <message>
        <source>it has no AppKey in TTN v2, so it cannot join there</source>
        <translation>es hat in TTN v2 keinen AppKey und kann dort daher keinen Join durchführen</translation>
    </message>
    <message>
        <source>its AppKey in TTN v2 was already changed</source>
        <translation>sein AppKey in TTN v2 wurde bereits geändert</translation>
    </message>
    <message>
        <source>no new random AppKey could be made</source>
        <translation>es konnte kein neuer zufälliger AppKey erzeugt werden</translation>
    </message>
    <message>
        <source>it already has its original AppKey in TTN v2</source>
        <translation>es hat in TTN v2 bereits seinen ursprünglichen AppKey</translation>
    </message>
</context>
<context>
    <name>AppKeyJournal</name>
    <message>
        <source>cannot create the journal folder %1</source>
        <translation>der Journal-Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation>das Journal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write the journal in %1</source>
        <translation>das Journal in %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the journal is not open</source>
        <translation>das Journal ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>AppKeyPanel</name>
    <message>
        <source>Change AppKeys in TTN v2 now…</source>
        <translation>AppKeys in TTN v2 jetzt ändern…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Give every exported OTAA device a new random AppKey in TTN v2, so it cannot join there again. The original keys stay in devices.json.</source>
        <translation>Jedem exportierten OTAA-Endgerät in TTN v2 einen neuen zufälligen AppKey geben, damit es dort keinen Join mehr durchführen kann. Die ursprünglichen Schlüssel bleiben in devices.json.</translation>
    </message>
    <message>
        <source>Put the original AppKeys from devices.json back into TTN v2 (to roll the migration back).</source>
        <translation>Die ursprünglichen AppKeys aus devices.json wieder in TTN v2 einsetzen (um die Migration rückgängig zu machen).</translation>
    </message>
    <message>
        <source>AppKey results</source>
        <translation>AppKey-Ergebnisse</translation>
    </message>
    <message>
        <source>An earlier AppKey run for this application did not finish (%1, %2 of %3 devices done, from %4). Run it again with the same devices.json to finish it, or restore to undo it.</source>
        <translation>Ein früherer AppKey-Durchlauf für diese Anwendung wurde nicht abgeschlossen (%1, %2 von %3 Endgeräten erledigt, aus %4). Führen Sie ihn mit derselben devices.json erneut aus, um ihn abzuschließen, oder stellen Sie wieder her, um ihn rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>devices.json holds no OTAA device: there is no AppKey to change.</source>
        <translation>devices.json enthält kein OTAA-Endgerät: Es gibt keinen AppKey zu ändern.</translation>
    </message>
    <message>
        <source>Change AppKeys in TTN v2</source>
        <translation>AppKeys in TTN v2 ändern</translation>
    </message>
    <message numerus="yes">
        <source>Change the AppKey of %n device(s) in TTN v2?</source>
        <translation>
            <numerusform>Den AppKey von %n Endgerät in TTN v2 ändern?</numerusform>
            <numerusform>Den AppKey von %n Endgeräten in TTN v2 ändern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each device gets a new random AppKey in TTN v2, so it can no longer join there. Nothing else changes. The original keys stay in %1; “Restore…” puts them back.</source>
        <translation>Jedes Endgerät erhält in TTN v2 einen neuen zufälligen AppKey und kann dort keinen Join mehr durchführen. Sonst ändert sich nichts. Die ursprünglichen Schlüssel bleiben in %1; „Wiederherstellen…“ setzt sie wieder ein.</translation>
    </message>
    <message>
        <source>Restore AppKeys in TTN v2</source>
        <translation>AppKeys in TTN v2 wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Restore the original AppKey of %n device(s) in TTN v2?</source>
        <translation>
            <numerusform>Den ursprünglichen AppKey von %n Endgerät in TTN v2 wiederherstellen?</numerusform>
            <numerusform>Den ursprünglichen AppKey von %n Endgeräten in TTN v2 wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The keys come from %1. Devices that can join TTN v2 again may leave The Things Stack.</source>
        <translation>Die Schlüssel stammen aus %1. Endgeräte, die wieder TTN v2 beitreten können, verlassen womöglich The Things Stack.</translation>
    </message>
    <message>
        <source>Changing AppKeys in TTN v2…</source>
        <translation>AppKeys in TTN v2 werden geändert…</translation>
    </message>
    <message>
        <source>Restoring AppKeys in TTN v2…</source>
        <translation>AppKeys in TTN v2 werden wiederhergestellt…</translation>
    </message>
    <message>
        <source>%1: new AppKey (fingerprint %2 → %3)</source>
        <translation>%1: neuer AppKey (Fingerabdruck %2 → %3)</translation>
    </message>
    <message>
        <source>%1: original AppKey back (fingerprint %2 → %3)</source>
        <translation>%1: ursprünglicher AppKey wieder gesetzt (Fingerabdruck %2 → %3)</translation>
    </message>
    <message>
        <source>%1: unchanged, %2</source>
        <translation>%1: unverändert, %2</translation>
    </message>
    <message>
        <source>%1: failed, %2</source>
        <translation>%1: fehlgeschlagen, %2</translation>
    </message>
    <message>
        <source>%1 changed, %2 already changed, %3 failed.</source>
        <translation>%1 geändert, %2 bereits geändert, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 restored, %2 already original, %3 failed.</source>
        <translation>%1 wiederhergestellt, %2 bereits ursprünglich, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Not every device was done.</source>
        <translation>Nicht alle Endgeräte wurden bearbeitet.</translation>
    </message>
    <message>
        <source>Run it again to finish: devices already done are skipped.</source>
        <translation>Führen Sie den Vorgang erneut aus, um ihn abzuschließen: Bereits bearbeitete Endgeräte werden übersprungen.</translation>
    </message>
    <message>
        <source>Every exported OTAA device has a new AppKey in TTN v2. %1</source>
        <translation>Jedes exportierte OTAA-Endgerät hat in TTN v2 einen neuen AppKey. %1</translation>
    </message>
    <message>
        <source>Every device has its original AppKey in TTN v2 again. %1</source>
        <translation>Jedes Endgerät hat in TTN v2 wieder seinen ursprünglichen AppKey. %1</translation>
    </message>
</context>
<context>
    <name>AppKeyPlan</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 devices, but %3 were exported: nothing is changed in TTN v2</source>
        <translation>%1 enthält %2 Endgeräte, exportiert wurden aber %3: In TTN v2 wird nichts geändert</translation>
    </message>
    <message>
        <source>line %1 is not a device (JSON object)</source>
        <translation>Zeile %1 ist kein Endgerät (JSON-Objekt)</translation>
    </message>
    <message>
        <source>line %1 has no ids.application_ids.application_id</source>
        <translation>Zeile %1 hat keine ids.application_ids.application_id</translation>
    </message>
    <message>
        <source>line %1 belongs to application “%2”, earlier lines to “%3”</source>
        <translation>Zeile %1 gehört zur Anwendung „%2“, frühere Zeilen zu „%3“</translation>
    </message>
    <message>
        <source>line %1: “name” is not a v2 device ID (it must hold the original v2 dev_id, as this tool writes it)</source>
        <translation>Zeile %1: „name“ ist keine v2-Endgeräte-ID (es muss die ursprüngliche v2-dev_id enthalten, wie dieses Werkzeug sie schreibt)</translation>
    </message>
    <message>
        <source>line %1 (%2): root_keys.app_key.key is not a 32-digit hex AppKey</source>
        <translation>Zeile %1 (%2): root_keys.app_key.key ist kein AppKey aus 32 Hex-Ziffern</translation>
    </message>
    <message>
        <source>line %1: device %2 appears twice (first on line %3)</source>
        <translation>Zeile %1: Endgerät %2 kommt doppelt vor (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>%1 was exported from application “%2”, not from “%3”</source>
        <translation>%1 wurde aus der Anwendung „%2“ exportiert, nicht aus „%3“</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>see ttn-lw-migrate --help</source>
        <translation>siehe ttn-lw-migrate --help</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>ttn-lw-migrate: export end devices from TTN v2 as The Things Stack JSON (NDJSON).

Usage:
  ttn-lw-migrate device --source ttnv2 [flags] [DEVICE-ID...]
  ttn-lw-migrate application --source ttnv2 [flags] APPLICATION-ID
  ttn-lw-migrate ttnv2 device|application [flags] [ID...]   (unprefixed flags)
Without DEVICE-IDs, the IDs are read from stdin, one per line.

Examples (from the migration guide):
  ttn-lw-migrate device --source ttnv2 &quot;v2-end-device-ID&quot; --ttnv2.with-session=false &gt; devices.json
  ttn-lw-migrate device --source ttnv2 --ttnv2.with-session=false &lt; device_ids.txt &gt; devices.json
  ttn-lw-migrate application --source ttnv2 &quot;ttn-v2-application-ID&quot; --ttnv2.with-session=false &gt; devices.json

TTN v2 flags: --ttnv2.NAME with --source ttnv2, --NAME after &quot;ttnv2&quot;. Each has an
environment variable; the flag wins.
  --ttnv2.app-id ID                      TTNV2_APP_ID
      v2 application ID (for &quot;application&quot;, the argument wins)
  --ttnv2.app-access-key KEY             TTNV2_APP_ACCESS_KEY
      access key with the &quot;devices&quot; right; never printed. Prefer the variable:
      it stays out of your shell history
  --ttnv2.frequency-plan-id ID           FREQUENCY_PLAN_ID
      frequency plan of the exported devices, required, e.g. EU_863_870_TTN
  --ttnv2.with-session[=true|false]      TTNV2_WITH_SESSION
      also export the active session (default false: devices re-join)
  --ttnv2.handler-address URL            TTNV2_HANDLER_ADDRESS
      the handler&apos;s HTTP API, e.g. http://eu.thethings.network:8084
  --ttnv2.discovery-server-address URL   TTNV2_DISCOVERY_SERVER_ADDRESS
      a discovery server&apos;s HTTP API; it finds the application&apos;s handler
  --ttnv2.ca-cert FILE                   TTNV2_CA_CERT
      extra CA certificate (PEM) for HTTPS to private deployments
  One of the two addresses is required: the public TTN v2 network is shut
  down, so there is no default.

General flags:
  --dev-id-prefix PREFIX   prefix &quot;PREFIX-&quot; for every exported device ID
  --dry-run                write nothing to TTN v2 (exporting never does; the
                           export still goes to stdout)
  --verbose                each request (method, path, status, time) and each
                           device&apos;s decision on stderr
  -o, --output FILE        write the export to FILE atomically (mode 0600) instead of stdout
  -h, --help               show this help
  --version                show the version

Advanced:
  --ttnv2.requests-per-second N   pace requests (default 5, the v2 limit)
  --ttnv2.timeout DURATION        timeout per request attempt (default 30s)

Output: one JSON object per line (NDJSON) on stdout, nothing else. Messages,
skipped or failed devices with their reasons, and the summary go to stderr.

Exit codes:
  0  every requested device was exported
  3  finished, but some devices were skipped or failed
  2  usage error (nothing was sent to TTN v2)
  1  nothing could be exported (access key, network, unknown application, ...)
  130  interrupted (Ctrl-C); no output file is written
</source>
        <translation type="vanished">ttn-lw-migrate: exportiert Endgeräte aus TTN v2 als JSON für The Things Stack (NDJSON).

Aufruf:
  ttn-lw-migrate device --source ttnv2 [Optionen] [DEVICE-ID...]
  ttn-lw-migrate application --source ttnv2 [Optionen] APPLICATION-ID
  ttn-lw-migrate ttnv2 device|application [Optionen] [ID...]   (Optionen ohne Präfix)
Ohne DEVICE-IDs werden die IDs von stdin gelesen, eine pro Zeile.

Beispiele (aus der Migrationsanleitung):
  ttn-lw-migrate device --source ttnv2 &quot;v2-end-device-ID&quot; --ttnv2.with-session=false &gt; devices.json
  ttn-lw-migrate device --source ttnv2 --ttnv2.with-session=false &lt; device_ids.txt &gt; devices.json
  ttn-lw-migrate application --source ttnv2 &quot;ttn-v2-application-ID&quot; --ttnv2.with-session=false &gt; devices.json

TTN-v2-Optionen: --ttnv2.NAME mit --source ttnv2, --NAME nach &quot;ttnv2&quot;. Zu jeder gibt es
eine Umgebungsvariable; die Option hat Vorrang.
  --ttnv2.app-id ID                      TTNV2_APP_ID
      v2-Anwendungs-ID (bei &quot;application&quot; hat das Argument Vorrang)
  --ttnv2.app-access-key KEY             TTNV2_APP_ACCESS_KEY
      Zugriffsschlüssel mit dem Recht &quot;devices&quot;; wird nie ausgegeben. Besser die
      Variable verwenden: Sie bleibt aus dem Shell-Verlauf
  --ttnv2.frequency-plan-id ID           FREQUENCY_PLAN_ID
      Frequenzplan der exportierten Endgeräte, Pflicht, z. B. EU_863_870_TTN
  --ttnv2.with-session[=true|false]      TTNV2_WITH_SESSION
      auch die aktive Sitzung exportieren (Standard false: neuer Join der Endgeräte)
  --ttnv2.handler-address URL            TTNV2_HANDLER_ADDRESS
      die HTTP-API des Handlers, z. B. http://eu.thethings.network:8084
  --ttnv2.discovery-server-address URL   TTNV2_DISCOVERY_SERVER_ADDRESS
      die HTTP-API eines Discovery-Servers; er findet den Handler der Anwendung
  --ttnv2.ca-cert FILE                   TTNV2_CA_CERT
      zusätzliches CA-Zertifikat (PEM) für HTTPS zu privaten Installationen
  Eine der beiden Adressen ist Pflicht: Das öffentliche TTN-v2-Netz ist
  abgeschaltet, daher gibt es keinen Standardwert.

Allgemeine Optionen:
  --dev-id-prefix PREFIX   Präfix &quot;PREFIX-&quot; für jede exportierte Endgeräte-ID
  --dry-run                nichts in TTN v2 schreiben (der Export tut das nie; er
                           geht trotzdem auf stdout)
  --verbose                jede Anfrage (Methode, Pfad, Status, Dauer) und jede
                           Entscheidung pro Endgerät auf stderr
  -o, --output FILE        den Export atomar in FILE schreiben (Rechte 0600) statt auf stdout
  -h, --help               diese Hilfe anzeigen
  --version                die Version anzeigen

Für Fortgeschrittene:
  --ttnv2.requests-per-second N   Anfragen takten (Standard 5, das v2-Limit)
  --ttnv2.timeout DURATION        Zeitlimit pro Anfrageversuch (Standard 30s)

Ausgabe: ein JSON-Objekt pro Zeile (NDJSON) auf stdout, sonst nichts. Meldungen,
übersprungene oder fehlgeschlagene Endgeräte mit Grund und die Zusammenfassung
gehen auf stderr.

Exit-Codes:
  0  alle angeforderten Endgeräte wurden exportiert
  3  fertig, aber einige Endgeräte wurden übersprungen oder sind fehlgeschlagen
  2  Aufruffehler (nichts wurde an TTN v2 gesendet)
  1  nichts konnte exportiert werden (Zugriffsschlüssel, Netzwerk, unbekannte Anwendung, ...)
  130  unterbrochen (Strg+C); keine Ausgabedatei wird geschrieben
</translation>
    </message>
    <message>
        <source>empty device ID argument</source>
        <translation>leeres Argument für die Endgeräte-ID</translation>
    </message>
    <message>
        <source>device ID %1 is given more than once; exporting it once</source>
        <translation>Endgeräte-ID %1 ist mehrfach angegeben; sie wird einmal exportiert</translation>
    </message>
    <message>
        <source>no device IDs on stdin: expected one v2 device ID per line</source>
        <translation>keine Endgeräte-IDs auf stdin: erwartet wird eine v2-Endgeräte-ID pro Zeile</translation>
    </message>
    <message>
        <source>no device IDs: pass them as arguments, or one per line on stdin (ttn-lw-migrate device --source ttnv2 --ttnv2.with-session=false &lt; device_ids.txt)</source>
        <translation>keine Endgeräte-IDs: geben Sie sie als Argumente an oder eine pro Zeile auf stdin (ttn-lw-migrate device --source ttnv2 --ttnv2.with-session=false &lt; device_ids.txt)</translation>
    </message>
    <message>
        <source>cannot read device IDs from stdin: %1</source>
        <translation>Endgeräte-IDs können nicht von stdin gelesen werden: %1</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; for %2: use true or false</source>
        <translation>ungültiger Wert &quot;%1&quot; für %2: true oder false verwenden</translation>
    </message>
    <message>
        <source>unknown flag %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>unknown flag --%1 (with --source ttnv2 it is spelled %2)</source>
        <translation>unbekannte Option --%1 (mit --source ttnv2 lautet sie %2)</translation>
    </message>
    <message>
        <source>missing command: device or application</source>
        <translation type="vanished">Befehl fehlt: device oder application</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: use device or application</source>
        <translation type="vanished">unbekannter Befehl &quot;%1&quot;: device oder application verwenden</translation>
    </message>
    <message>
        <source>missing --source: this tool migrates from TTN v2, pass --source ttnv2</source>
        <translation>--source fehlt: Dieses Werkzeug migriert von TTN v2, geben Sie --source ttnv2 an</translation>
    </message>
    <message>
        <source>unsupported source &quot;%1&quot;: only ttnv2 is supported</source>
        <translation>nicht unterstützte Quelle &quot;%1&quot;: nur ttnv2 wird unterstützt</translation>
    </message>
    <message>
        <source>-o needs a file name</source>
        <translation>-o braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>invalid value for %1: use a number above 0, e.g. 5</source>
        <translation>ungültiger Wert für %1: eine Zahl über 0 verwenden, z. B. 5</translation>
    </message>
    <message>
        <source>invalid value for %1: use a duration such as 30s or 500ms</source>
        <translation>ungültiger Wert für %1: eine Dauer wie 30s oder 500ms verwenden</translation>
    </message>
    <message>
        <source>%1 or set %2</source>
        <translation>%1 oder setzen Sie %2</translation>
    </message>
    <message>
        <source>missing frequency plan: pass %1 or set FREQUENCY_PLAN_ID (e.g. EU_863_870_TTN)</source>
        <translation>Frequenzplan fehlt: geben Sie %1 an oder setzen Sie FREQUENCY_PLAN_ID (z. B. EU_863_870_TTN)</translation>
    </message>
    <message>
        <source>unknown frequency plan &quot;%1&quot;</source>
        <translation>unbekannter Frequenzplan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown frequency plan &quot;%1&quot;; did you mean %2?</source>
        <translation>unbekannter Frequenzplan &quot;%1&quot;; meinten Sie %2?</translation>
    </message>
    <message>
        <source>missing access key: set TTNV2_APP_ACCESS_KEY (or pass %1) to a v2 application access key with the &quot;devices&quot; right</source>
        <translation>Zugriffsschlüssel fehlt: setzen Sie TTNV2_APP_ACCESS_KEY (oder geben Sie %1 an) auf einen Zugriffsschlüssel der v2-Anwendung mit dem Recht &quot;devices&quot;</translation>
    </message>
    <message>
        <source>one application at a time: got %1 application IDs</source>
        <translation>nur eine Anwendung auf einmal: %1 Anwendungs-IDs angegeben</translation>
    </message>
    <message>
        <source>missing application ID: pass it as an argument (ttn-lw-migrate application --source ttnv2 &quot;my-app&quot;) or set TTNV2_APP_ID</source>
        <translation>Anwendungs-ID fehlt: geben Sie sie als Argument an (ttn-lw-migrate application --source ttnv2 &quot;my-app&quot;) oder setzen Sie TTNV2_APP_ID</translation>
    </message>
    <message>
        <source>missing application ID: pass %1</source>
        <translation>Anwendungs-ID fehlt: geben Sie %1 an</translation>
    </message>
    <message>
        <source>invalid handler address &quot;%1&quot;: use a URL such as http://eu.thethings.network:8084</source>
        <translation>ungültige Handler-Adresse &quot;%1&quot;: eine URL wie http://eu.thethings.network:8084 verwenden</translation>
    </message>
    <message>
        <source>invalid discovery server address &quot;%1&quot;: use a URL such as http://discovery.example.com:8080</source>
        <translation>ungültige Discovery-Server-Adresse &quot;%1&quot;: eine URL wie http://discovery.example.com:8080 verwenden</translation>
    </message>
    <message>
        <source>missing v2 address: pass %1 URL (the handler&apos;s HTTP API, e.g. http://eu.thethings.network:8084) or %2 URL, or set TTNV2_HANDLER_ADDRESS or TTNV2_DISCOVERY_SERVER_ADDRESS</source>
        <translation>v2-Adresse fehlt: geben Sie %1 URL (die HTTP-API des Handlers, z. B. http://eu.thethings.network:8084) oder %2 URL an, oder setzen Sie TTNV2_HANDLER_ADDRESS oder TTNV2_DISCOVERY_SERVER_ADDRESS</translation>
    </message>
    <message>
        <source>cannot read the CA certificate &quot;%1&quot;</source>
        <translation>das CA-Zertifikat &quot;%1&quot; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1, with session</source>
        <translation>%1, mit Sitzung</translation>
    </message>
    <message>
        <source>%1, without session</source>
        <translation>%1, ohne Sitzung</translation>
    </message>
    <message>
        <source>exported %1 (%2)</source>
        <translation>exportiert %1 (%2)</translation>
    </message>
    <message>
        <source>exported %1 as %2 (%3)</source>
        <translation>exportiert %1 als %2 (%3)</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>übersprungen %1: %2</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>fehlgeschlagen %1: %2</translation>
    </message>
    <message>
        <source>warning %1: %2</source>
        <translation>Warnung %1: %2</translation>
    </message>
    <message>
        <source>1 request to TTN v2</source>
        <translation>1 Anfrage an TTN v2</translation>
    </message>
    <message>
        <source>%1 requests to TTN v2</source>
        <translation>%1 Anfragen an TTN v2</translation>
    </message>
    <message>
        <source>summary: %1 exported, %2 skipped, %3 failed of %4 requested (%5, %6 s)</source>
        <translation>Zusammenfassung: %1 exportiert, %2 übersprungen, %3 fehlgeschlagen von %4 angeforderten (%5, %6 s)</translation>
    </message>
    <message>
        <source>retried 1 request after transient faults</source>
        <translation>1 Anfrage nach vorübergehenden Fehlern wiederholt</translation>
    </message>
    <message>
        <source>retried %1 requests after transient faults</source>
        <translation>%1 Anfragen nach vorübergehenden Fehlern wiederholt</translation>
    </message>
    <message>
        <source>%1 holds no OTAA device: no AppKey to change in TTN v2</source>
        <translation>%1 enthält kein OTAA-Endgerät: kein AppKey in TTN v2 zu ändern</translation>
    </message>
    <message numerus="yes">
        <source>dry run: checking the AppKey of %n OTAA device(s) in TTN v2, writing nothing</source>
        <translation>
            <numerusform>Probelauf: AppKey von %n OTAA-Endgerät in TTN v2 wird geprüft, nichts wird geschrieben</numerusform>
            <numerusform>Probelauf: AppKeys von %n OTAA-Endgeräten in TTN v2 werden geprüft, nichts wird geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changing the AppKey of %n OTAA device(s) in TTN v2; the original keys stay in %1</source>
        <translation>
            <numerusform>AppKey von %n OTAA-Endgerät in TTN v2 wird geändert; die ursprünglichen Schlüssel bleiben in %1</numerusform>
            <numerusform>AppKeys von %n OTAA-Endgeräten in TTN v2 werden geändert; die ursprünglichen Schlüssel bleiben in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restoring the original AppKey of %n OTAA device(s) in TTN v2 from %1</source>
        <translation>
            <numerusform>ursprünglicher AppKey von %n OTAA-Endgerät in TTN v2 wird aus %1 wiederhergestellt</numerusform>
            <numerusform>ursprüngliche AppKeys von %n OTAA-Endgeräten in TTN v2 werden aus %1 wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>note: an earlier AppKey %1 of %2 devices from %3 (%4) did not finish; running it again with the same devices.json resumes it (journal %5)</source>
        <translation>Hinweis: ein früherer AppKey-Vorgang (%1) für %2 Endgeräte aus %3 (%4) wurde nicht abgeschlossen; ein erneuter Aufruf mit derselben devices.json setzt ihn fort (Journal %5)</translation>
    </message>
    <message>
        <source>interrupted: stopping after the request in flight</source>
        <translation>unterbrochen: wird nach der laufenden Anfrage beendet</translation>
    </message>
    <message>
        <source>changed AppKey of %1 (fingerprint %2 → %3)</source>
        <translation>AppKey von %1 geändert (Fingerabdruck %2 → %3)</translation>
    </message>
    <message>
        <source>restored AppKey of %1 (fingerprint %2 → %3)</source>
        <translation>AppKey von %1 wiederhergestellt (Fingerabdruck %2 → %3)</translation>
    </message>
    <message>
        <source>would change AppKey of %1 (fingerprint %2)</source>
        <translation>AppKey von %1 würde geändert (Fingerabdruck %2)</translation>
    </message>
    <message>
        <source>would restore AppKey of %1 (fingerprint %2 → %3)</source>
        <translation>AppKey von %1 würde wiederhergestellt (Fingerabdruck %2 → %3)</translation>
    </message>
    <message>
        <source>unchanged %1: %2</source>
        <translation>unverändert %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>dry run: %n AppKey(s) would be changed, nothing was written to TTN v2</source>
        <translation>
            <numerusform>Probelauf: %n AppKey würde geändert, in TTN v2 wurde nichts geschrieben</numerusform>
            <numerusform>Probelauf: %n AppKeys würden geändert, in TTN v2 wurde nichts geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dry run: %n AppKey(s) would be restored, nothing was written to TTN v2</source>
        <translation>
            <numerusform>Probelauf: %n AppKey würde wiederhergestellt, in TTN v2 wurde nichts geschrieben</numerusform>
            <numerusform>Probelauf: %n AppKeys würden wiederhergestellt, in TTN v2 wurde nichts geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>AppKeys in TTN v2: %1 changed, %2 already changed, %3 failed</source>
        <translation>AppKeys in TTN v2: %1 geändert, %2 bereits geändert, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>AppKeys in TTN v2: %1 restored, %2 already original, %3 failed</source>
        <translation>AppKeys in TTN v2: %1 wiederhergestellt, %2 bereits ursprünglich, %3 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) not processed: run the same command again to finish</source>
        <translation>
            <numerusform>%n Endgerät nicht bearbeitet: Führen Sie denselben Befehl erneut aus, um abzuschließen</numerusform>
            <numerusform>%n Endgeräte nicht bearbeitet: Führen Sie denselben Befehl erneut aus, um abzuschließen</numerusform>
        </translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>TTN v2 said: %1</source>
        <translation>TTN v2 meldet: %1</translation>
    </message>
    <message>
        <source>missing command: device, application or restore-app-keys</source>
        <translation>Befehl fehlt: device, application oder restore-app-keys</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: use device, application or restore-app-keys</source>
        <translation>unbekannter Befehl &quot;%1&quot;: device, application oder restore-app-keys verwenden</translation>
    </message>
    <message>
        <source>restore-app-keys needs exactly one devices.json (the file of the export whose AppKeys were changed)</source>
        <translation>restore-app-keys braucht genau eine devices.json (die Datei des Exports, dessen AppKeys geändert wurden)</translation>
    </message>
    <message>
        <source>restore-app-keys writes no file: leave out -o</source>
        <translation>restore-app-keys schreibt keine Datei: -o weglassen</translation>
    </message>
    <message>
        <source>restore-app-keys cannot be combined with %1</source>
        <translation>restore-app-keys kann nicht mit %1 kombiniert werden</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;</source>
        <translation>&quot;%1&quot; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 needs -o FILE: AppKeys are changed only after the export is written to a file and read back</source>
        <translation>%1 braucht -o FILE: AppKeys werden erst geändert, wenn der Export in eine Datei geschrieben und zurückgelesen ist</translation>
    </message>
    <message>
        <source>ttn-lw-migrate: export end devices from TTN v2 as The Things Stack JSON (NDJSON).

Usage:
  ttn-lw-migrate device --source ttnv2 [flags] [DEVICE-ID...]
  ttn-lw-migrate application --source ttnv2 [flags] APPLICATION-ID
  ttn-lw-migrate ttnv2 device|application [flags] [ID...]   (unprefixed flags)
  ttn-lw-migrate restore-app-keys --source ttnv2 [flags] devices.json
Without DEVICE-IDs, the IDs are read from stdin, one per line.

Examples (from the migration guide):
  ttn-lw-migrate device --source ttnv2 &quot;v2-end-device-ID&quot; --ttnv2.with-session=false &gt; devices.json
  ttn-lw-migrate device --source ttnv2 --ttnv2.with-session=false &lt; device_ids.txt &gt; devices.json
  ttn-lw-migrate application --source ttnv2 &quot;ttn-v2-application-ID&quot; --ttnv2.with-session=false &gt; devices.json

TTN v2 flags: --ttnv2.NAME with --source ttnv2, --NAME after &quot;ttnv2&quot;. Each has an
environment variable; the flag wins.
  --ttnv2.app-id ID                      TTNV2_APP_ID
      v2 application ID (for &quot;application&quot;, the argument wins)
  --ttnv2.app-access-key KEY             TTNV2_APP_ACCESS_KEY
      access key with the &quot;devices&quot; right; never printed. Prefer the variable:
      it stays out of your shell history
  --ttnv2.frequency-plan-id ID           FREQUENCY_PLAN_ID
      frequency plan of the exported devices, required, e.g. EU_863_870_TTN
  --ttnv2.with-session[=true|false]      TTNV2_WITH_SESSION
      also export the active session (default false: devices re-join)
  --ttnv2.handler-address URL            TTNV2_HANDLER_ADDRESS
      the handler&apos;s HTTP API, e.g. http://eu.thethings.network:8084
  --ttnv2.discovery-server-address URL   TTNV2_DISCOVERY_SERVER_ADDRESS
      a discovery server&apos;s HTTP API; it finds the application&apos;s handler
  --ttnv2.ca-cert FILE                   TTNV2_CA_CERT
      extra CA certificate (PEM) for HTTPS to private deployments
  One of the two addresses is required: the public TTN v2 network is shut
  down, so there is no default.
  --ttnv2.change-app-key[=true|false]    (no variable)
      needs -o FILE: once FILE is written and read back, give each exported
      OTAA device a new random AppKey in TTN v2, so it cannot join there
      again. Undo with: restore-app-keys FILE (puts the keys from FILE back)

General flags:
  --dev-id-prefix PREFIX   prefix &quot;PREFIX-&quot; for every exported device ID
  --dry-run                write nothing to TTN v2 (exporting never does; the
                           export still goes to stdout or FILE); with
                           change-app-key or restore-app-keys: list what
                           would change
  --verbose                each request (method, path, status, time) and each
                           device&apos;s decision on stderr
  -o, --output FILE        write the export to FILE atomically (mode 0600) instead of stdout
  -h, --help               show this help
  --version                show the version

Advanced:
  --ttnv2.requests-per-second N   pace requests (default 5, the v2 limit)
  --ttnv2.timeout DURATION        timeout per request attempt (default 30s)

Output: one JSON object per line (NDJSON) on stdout, nothing else. Messages,
skipped or failed devices with their reasons, and the summary go to stderr.

Exit codes:
  0  every requested device was exported
  3  finished, but some devices were skipped or failed
  2  usage error (nothing was sent to TTN v2)
  1  nothing could be exported (access key, network, unknown application, ...)
  130  interrupted (Ctrl-C); no output file is written
</source>
        <translation>ttn-lw-migrate: exportiert Endgeräte aus TTN v2 als JSON für The Things Stack (NDJSON).

Aufruf:
  ttn-lw-migrate device --source ttnv2 [Optionen] [DEVICE-ID...]
  ttn-lw-migrate application --source ttnv2 [Optionen] APPLICATION-ID
  ttn-lw-migrate ttnv2 device|application [Optionen] [ID...]   (Optionen ohne Präfix)
  ttn-lw-migrate restore-app-keys --source ttnv2 [Optionen] devices.json
Ohne DEVICE-IDs werden die IDs von stdin gelesen, eine pro Zeile.

Beispiele (aus der Migrationsanleitung):
  ttn-lw-migrate device --source ttnv2 &quot;v2-end-device-ID&quot; --ttnv2.with-session=false &gt; devices.json
  ttn-lw-migrate device --source ttnv2 --ttnv2.with-session=false &lt; device_ids.txt &gt; devices.json
  ttn-lw-migrate application --source ttnv2 &quot;ttn-v2-application-ID&quot; --ttnv2.with-session=false &gt; devices.json

TTN-v2-Optionen: --ttnv2.NAME mit --source ttnv2, --NAME nach &quot;ttnv2&quot;. Zu jeder gibt es
eine Umgebungsvariable; die Option hat Vorrang.
  --ttnv2.app-id ID                      TTNV2_APP_ID
      v2-Anwendungs-ID (bei &quot;application&quot; hat das Argument Vorrang)
  --ttnv2.app-access-key KEY             TTNV2_APP_ACCESS_KEY
      Zugriffsschlüssel mit dem Recht &quot;devices&quot;; wird nie ausgegeben. Besser die
      Variable verwenden: Sie bleibt aus dem Shell-Verlauf
  --ttnv2.frequency-plan-id ID           FREQUENCY_PLAN_ID
      Frequenzplan der exportierten Endgeräte, Pflicht, z. B. EU_863_870_TTN
  --ttnv2.with-session[=true|false]      TTNV2_WITH_SESSION
      auch die aktive Sitzung exportieren (Standard false: neuer Join der Endgeräte)
  --ttnv2.handler-address URL            TTNV2_HANDLER_ADDRESS
      die HTTP-API des Handlers, z. B. http://eu.thethings.network:8084
  --ttnv2.discovery-server-address URL   TTNV2_DISCOVERY_SERVER_ADDRESS
      die HTTP-API eines Discovery-Servers; er findet den Handler der Anwendung
  --ttnv2.ca-cert FILE                   TTNV2_CA_CERT
      zusätzliches CA-Zertifikat (PEM) für HTTPS zu privaten Installationen
  Eine der beiden Adressen ist Pflicht: Das öffentliche TTN-v2-Netz ist
  abgeschaltet, daher gibt es keinen Standardwert.
  --ttnv2.change-app-key[=true|false]    (keine Variable)
      braucht -o FILE: Sobald FILE geschrieben und zurückgelesen ist, erhält
      jedes exportierte OTAA-Endgerät in TTN v2 einen neuen zufälligen AppKey
      und kann dort keinen Join mehr durchführen. Rückgängig machen mit:
      restore-app-keys FILE (setzt die Schlüssel aus FILE wieder ein)

Allgemeine Optionen:
  --dev-id-prefix PREFIX   Präfix &quot;PREFIX-&quot; für jede exportierte Endgeräte-ID
  --dry-run                nichts in TTN v2 schreiben (der Export tut das nie; er
                           geht trotzdem auf stdout oder in FILE); mit
                           change-app-key oder restore-app-keys: auflisten,
                           was sich ändern würde
  --verbose                jede Anfrage (Methode, Pfad, Status, Dauer) und jede
                           Entscheidung pro Endgerät auf stderr
  -o, --output FILE        den Export atomar in FILE schreiben (Rechte 0600) statt auf stdout
  -h, --help               diese Hilfe anzeigen
  --version                die Version anzeigen

Für Fortgeschrittene:
  --ttnv2.requests-per-second N   Anfragen takten (Standard 5, das v2-Limit)
  --ttnv2.timeout DURATION        Zeitlimit pro Anfrageversuch (Standard 30s)

Ausgabe: ein JSON-Objekt pro Zeile (NDJSON) auf stdout, sonst nichts. Meldungen,
übersprungene oder fehlgeschlagene Endgeräte mit Grund und die Zusammenfassung
gehen auf stderr.

Exit-Codes:
  0  alle angeforderten Endgeräte wurden exportiert
  3  fertig, aber einige Endgeräte wurden übersprungen oder sind fehlgeschlagen
  2  Aufruffehler (nichts wurde an TTN v2 gesendet)
  1  nichts konnte exportiert werden (Zugriffsschlüssel, Netzwerk, unbekannte Anwendung, ...)
  130  unterbrochen (Strg+C); keine Ausgabedatei wird geschrieben
</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect to TTN v2</source>
        <translation>Mit TTN v2 verbinden</translation>
    </message>
    <message>
        <source>Which application to migrate, and where its TTN v2 handler runs. Nothing is changed in v2: the export only reads.</source>
        <translation>Welche Anwendung umziehen soll und wo ihr TTN-v2-Handler läuft. In v2 wird nichts geändert: Der Export liest nur.</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>e.g. my-sensors</source>
        <translation>z. B. my-sensors</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Show the access key</source>
        <translation>Zugriffsschlüssel anzeigen</translation>
    </message>
    <message>
        <source>Hide the access key</source>
        <translation>Zugriffsschlüssel verbergen</translation>
    </message>
    <message>
        <source>Needs the “devices” right. It is used for this session only and never saved.</source>
        <translation>Benötigt das Recht „devices“. Er wird nur für diese Sitzung verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>Where TTN v2 runs</source>
        <translation>Wo TTN v2 läuft</translation>
    </message>
    <message>
        <source>v2 address</source>
        <translation>v2-Adresse</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Optional: PEM file for a private HTTPS deployment</source>
        <translation>Optional: PEM-Datei für eine private HTTPS-Installation</translation>
    </message>
    <message>
        <source>&amp;Application ID:</source>
        <translation>&amp;Anwendungs-ID:</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>Zugriffs&amp;schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Where v2 runs:</source>
        <translation>&amp;Wo v2 läuft:</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>C&amp;A-Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Frequency plan:</source>
        <translation>&amp;Frequenzplan:</translation>
    </message>
    <message>
        <source>TTN v2 EU handler (historical)</source>
        <translation>TTN-v2-Handler EU (historisch)</translation>
    </message>
    <message>
        <source>TTN v2 US West handler (historical)</source>
        <translation>TTN-v2-Handler US West (historisch)</translation>
    </message>
    <message>
        <source>TTN v2 Asia SE handler (historical)</source>
        <translation>TTN-v2-Handler Asien SO (historisch)</translation>
    </message>
    <message>
        <source>TTN v2 Brazil handler (historical)</source>
        <translation>TTN-v2-Handler Brasilien (historisch)</translation>
    </message>
    <message>
        <source>TTN v2 discovery server (historical)</source>
        <translation>TTN-v2-Discovery-Server (historisch)</translation>
    </message>
    <message>
        <source>Custom handler…</source>
        <translation>Eigener Handler…</translation>
    </message>
    <message>
        <source>Custom discovery server…</source>
        <translation>Eigener Discovery-Server…</translation>
    </message>
    <message>
        <source>Local emulator (demo)</source>
        <translation>Lokaler Emulator (Demo)</translation>
    </message>
    <message>
        <source>&amp;Discovery server URL:</source>
        <translation>&amp;Discovery-Server-URL:</translation>
    </message>
    <message>
        <source>&amp;Handler URL:</source>
        <translation>&amp;Handler-URL:</translation>
    </message>
    <message>
        <source>Choose the frequency plan your devices use in The Things Stack.</source>
        <translation>Wählen Sie den Frequenzplan, den Ihre Endgeräte in The Things Stack verwenden.</translation>
    </message>
    <message>
        <source>Choose a CA certificate</source>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Asking the discovery server for the handler…</source>
        <translation>Discovery-Server wird nach dem Handler gefragt…</translation>
    </message>
    <message>
        <source>Asking the handler for the application…</source>
        <translation>Handler wird nach der Anwendung gefragt…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the handler at %1. Application “%2” has %n device(s).</source>
        <translation>
            <numerusform>Mit dem Handler unter %1 verbunden. Die Anwendung „%2“ hat %n Endgerät.</numerusform>
            <numerusform>Mit dem Handler unter %1 verbunden. Die Anwendung „%2“ hat %n Endgeräte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the handler at %1; the key can read application “%2”.</source>
        <translation>Mit dem Handler unter %1 verbunden; der Schlüssel kann die Anwendung „%2“ lesen.</translation>
    </message>
    <message>
        <source>The access key was not accepted. Copy the whole key of this application from the TTN v2 Console and try again.</source>
        <translation>Der Zugriffsschlüssel wurde nicht akzeptiert. Kopieren Sie den vollständigen Schlüssel dieser Anwendung aus der TTN-v2-Console und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The access key works but lacks the “devices” right. Use a key that has it.</source>
        <translation>Der Zugriffsschlüssel funktioniert, hat aber nicht das Recht „devices“. Verwenden Sie einen Schlüssel mit diesem Recht.</translation>
    </message>
    <message>
        <source>Application “%1” is not registered to this handler. Check the application ID, or choose the handler (or discovery server) of your application.</source>
        <translation>Die Anwendung „%1“ ist bei diesem Handler nicht registriert. Prüfen Sie die Anwendungs-ID oder wählen Sie den Handler (oder Discovery-Server) Ihrer Anwendung.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the address and your network connection.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The handler is limiting requests right now. Wait a minute and test again.</source>
        <translation>Der Handler begrenzt gerade die Anfragen. Warten Sie eine Minute und testen Sie erneut.</translation>
    </message>
    <message>
        <source>The handler answered with an error (HTTP %1). Try again later.</source>
        <translation>Der Handler hat mit einem Fehler geantwortet (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Something answered at %1, but not like a TTN v2 handler. Check that the address points to the handler&apos;s HTTP API (usually port 8084).</source>
        <translation>Unter %1 hat etwas geantwortet, aber nicht wie ein TTN-v2-Handler. Prüfen Sie, ob die Adresse auf die HTTP-API des Handlers zeigt (meist Port 8084).</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ConversionSteps</name>
    <message>
        <source>the handler listed this device more than once; only the first is exported</source>
        <translation>der Handler hat dieses Endgerät mehrfach aufgeführt; nur das erste wird exportiert</translation>
    </message>
    <message>
        <source>same DevEUI and AppEUI as device %1, which is exported instead</source>
        <translation>dieselbe DevEUI und AppEUI wie Endgerät %1, das stattdessen exportiert wird</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Could not start the demo v2 emulator on 127.0.0.1.</source>
        <translation>Der v2-Demo-Emulator konnte auf 127.0.0.1 nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>DeviceConverter</name>
    <message>
        <source>unknown frequency plan &quot;%1&quot;</source>
        <translation>unbekannter Frequenzplan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ABP device: cannot be migrated without its session (use with-session, or migrate it with the Console)</source>
        <translation>ABP-Endgerät: kann nicht ohne seine Sitzung umgezogen werden (with-session verwenden oder es mit der Console umziehen)</translation>
    </message>
    <message>
        <source>the device could not be read</source>
        <translation>das Endgerät konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>application ID &quot;%1&quot; is not a valid ID in The Things Stack</source>
        <translation>die Anwendungs-ID &quot;%1&quot; ist in The Things Stack keine gültige ID</translation>
    </message>
    <message>
        <source>the description is longer than %1 characters</source>
        <translation>die Beschreibung ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the device has %1 attributes; The Things Stack allows at most %2</source>
        <translation>das Endgerät hat %1 Attribute; The Things Stack erlaubt höchstens %2</translation>
    </message>
    <message>
        <source>attribute key &quot;%1&quot; is not valid in The Things Stack (3 to 36 lowercase letters, digits and single hyphens)</source>
        <translation>der Attributschlüssel &quot;%1&quot; ist in The Things Stack ungültig (3 bis 36 Kleinbuchstaben, Ziffern und einzelne Bindestriche)</translation>
    </message>
    <message>
        <source>two attribute keys both become &quot;%1&quot; in The Things Stack</source>
        <translation>zwei Attributschlüssel werden in The Things Stack beide zu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the value of attribute &quot;%1&quot; is longer than %2 characters</source>
        <translation>der Wert des Attributs &quot;%1&quot; ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>attribute key &quot;%1&quot; written as &quot;%2&quot;</source>
        <translation>Attributschlüssel &quot;%1&quot; als &quot;%2&quot; geschrieben</translation>
    </message>
    <message>
        <source>the v2 attribute &quot;old-id&quot; is kept; the original device ID &quot;%1&quot; is not added</source>
        <translation>das v2-Attribut &quot;old-id&quot; bleibt erhalten; die ursprüngliche Endgeräte-ID &quot;%1&quot; wird nicht hinzugefügt</translation>
    </message>
    <message>
        <source>attribute &quot;old-id&quot; (original device ID &quot;%1&quot;) not added: the device already has %2 attributes</source>
        <translation>Attribut &quot;old-id&quot; (ursprüngliche Endgeräte-ID &quot;%1&quot;) nicht hinzugefügt: das Endgerät hat bereits %2 Attribute</translation>
    </message>
    <message>
        <source>register-on-join template (no DevEUI): The Things Stack cannot import a device without DevEUI</source>
        <translation type="vanished">Register-on-Join-Vorlage (keine DevEUI): The Things Stack kann kein Endgerät ohne DevEUI importieren</translation>
    </message>
    <message>
        <source>no AppKey and no complete session (DevAddr, NwkSKey, AppSKey): nothing that could be migrated</source>
        <translation type="vanished">kein AppKey und keine vollständige Sitzung (DevAddr, NwkSKey, AppSKey): nichts, was umgezogen werden könnte</translation>
    </message>
    <message>
        <source>the device has no application ID</source>
        <translation type="vanished">das Endgerät hat keine Anwendungs-ID</translation>
    </message>
    <message>
        <source>the location is out of range</source>
        <translation type="vanished">der Standort liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>no session in v2 (the device has not joined): exported without session, it must re-join</source>
        <translation type="vanished">keine Sitzung in v2 (das Endgerät hat noch keinen Join durchgeführt): ohne Sitzung exportiert, es muss einen neuen Join durchführen</translation>
    </message>
</context>
<context>
    <name>DeviceIdInputReader</name>
    <message>
        <source>empty device ID argument</source>
        <translation type="vanished">leeres Argument für die Endgeräte-ID</translation>
    </message>
    <message>
        <source>device ID %1 is given more than once; exporting it once</source>
        <translation type="vanished">Endgeräte-ID %1 ist mehrfach angegeben; sie wird einmal exportiert</translation>
    </message>
    <message>
        <source>no device IDs on stdin: expected one v2 device ID per line</source>
        <translation type="vanished">keine Endgeräte-IDs auf stdin: erwartet wird eine v2-Endgeräte-ID pro Zeile</translation>
    </message>
    <message>
        <source>no device IDs: pass them as arguments, or one per line on stdin (ttn-lw-migrate device --source ttnv2 --ttnv2.with-session=false &lt; device_ids.txt)</source>
        <translation type="vanished">keine Endgeräte-IDs: geben Sie sie als Argumente an oder eine pro Zeile auf stdin (ttn-lw-migrate device --source ttnv2 --ttnv2.with-session=false &lt; device_ids.txt)</translation>
    </message>
    <message>
        <source>cannot read device IDs from stdin: %1</source>
        <translation type="vanished">Endgeräte-IDs können nicht von stdin gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>DeviceIdList</name>
    <message>
        <source>the list of device IDs is larger than %1 MB</source>
        <translation>die Liste der Endgeräte-IDs ist größer als %1 MB</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a valid v2 device ID; ignored</source>
        <translation>Zeile %1: &quot;%2&quot; ist keine gültige v2-Endgeräte-ID; ignoriert</translation>
    </message>
    <message>
        <source>line %1: device ID %2 is listed again (first on line %3); exported once</source>
        <translation>Zeile %1: Endgeräte-ID %2 ist erneut aufgeführt (zuerst in Zeile %3); wird einmal exportiert</translation>
    </message>
    <message>
        <source>the list of device IDs cannot be read</source>
        <translation>die Liste der Endgeräte-IDs kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>DeviceJsonView</name>
    <message>
        <source>&amp;Reveal keys</source>
        <translation>Schlüssel an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the AppKey and session keys of the selected device</source>
        <translation>AppKey und Sitzungsschlüssel des ausgewählten Endgeräts anzeigen</translation>
    </message>
    <message>
        <source>JSON of the selected device</source>
        <translation>JSON des ausgewählten Endgeräts</translation>
    </message>
    <message>
        <source>Select a device to see the JSON that will be written for it.</source>
        <translation>Wählen Sie ein Endgerät, um das JSON zu sehen, das dafür geschrieben wird.</translation>
    </message>
    <message>
        <source>%1 is not exported.</source>
        <translation>%1 wird nicht exportiert.</translation>
    </message>
    <message>
        <source>JSON for %1 (one line in devices.json):</source>
        <translation>JSON für %1 (eine Zeile in devices.json):</translation>
    </message>
</context>
<context>
    <name>DeviceSelectionModel</name>
    <message>
        <source>Device ID</source>
        <translation>Endgeräte-ID</translation>
    </message>
    <message>
        <source>DevEUI</source>
        <translation>DevEUI</translation>
    </message>
    <message>
        <source>JoinEUI</source>
        <translation>JoinEUI</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>&amp;One device</source>
        <translation>&amp;Ein Endgerät</translation>
    </message>
    <message>
        <source>A &amp;list of devices</source>
        <translation>Eine &amp;Liste von Endgeräten</translation>
    </message>
    <message>
        <source>The &amp;whole application</source>
        <translation>Die &amp;ganze Anwendung</translation>
    </message>
    <message>
        <source>Choose devices</source>
        <translation>Endgeräte auswählen</translation>
    </message>
    <message>
        <source>Export one device, a list of devices, or every device of the application.</source>
        <translation>Exportieren Sie ein Endgerät, eine Liste von Endgeräten oder alle Endgeräte der Anwendung.</translation>
    </message>
    <message>
        <source>v2 device ID</source>
        <translation>v2-Endgeräte-ID</translation>
    </message>
    <message>
        <source>e.g. my-sensor-01</source>
        <translation>z. B. my-sensor-01</translation>
    </message>
    <message>
        <source>v2 &amp;device ID:</source>
        <translation>v2-&amp;Endgeräte-ID:</translation>
    </message>
    <message>
        <source>Device &amp;IDs, one per line (blank lines and # comments are ignored):</source>
        <translation>Endgeräte-&amp;IDs, eine pro Zeile (Leerzeilen und #-Kommentare werden ignoriert):</translation>
    </message>
    <message>
        <source>Device IDs</source>
        <translation>Endgeräte-IDs</translation>
    </message>
    <message>
        <source>L&amp;oad device_ids.txt…</source>
        <translation>device_ids.txt &amp;laden…</translation>
    </message>
    <message>
        <source>Every device of the application is exported. To leave some out, list the devices and uncheck them.</source>
        <translation>Alle Endgeräte der Anwendung werden exportiert. Um einige auszulassen, listen Sie die Endgeräte auf und entfernen Sie ihre Häkchen.</translation>
    </message>
    <message>
        <source>&amp;List devices</source>
        <translation>Endgeräte auf&amp;listen</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Endgeräte filtern</translation>
    </message>
    <message>
        <source>Filter by ID, EUI or activation</source>
        <translation>Nach ID, EUI oder Aktivierung filtern</translation>
    </message>
    <message>
        <source>Devices of the application</source>
        <translation>Endgeräte der Anwendung</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Liste wird gelesen…</translation>
    </message>
    <message>
        <source>Paste or load at least one device ID.</source>
        <translation>Fügen Sie mindestens eine Endgeräte-ID ein oder laden Sie eine.</translation>
    </message>
    <message>
        <source>Wait until the devices are listed.</source>
        <translation>Warten Sie, bis die Endgeräte aufgelistet sind.</translation>
    </message>
    <message>
        <source>Check at least one device.</source>
        <translation>Wählen Sie mindestens ein Endgerät aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n device ID(s).</source>
        <translation>
            <numerusform>%n Endgeräte-ID.</numerusform>
            <numerusform>%n Endgeräte-IDs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load device IDs</source>
        <translation>Endgeräte-IDs laden</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Listing canceled.</source>
        <translation>Auflisten abgebrochen.</translation>
    </message>
    <message>
        <source>Listing devices…</source>
        <translation>Endgeräte werden aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in the application.</source>
        <translation>
            <numerusform>%n Endgerät in der Anwendung.</numerusform>
            <numerusform>%n Endgeräte in der Anwendung.</numerusform>
        </translation>
    </message>
    <message>
        <source>No devices listed yet.</source>
        <translation>Noch keine Endgeräte aufgelistet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) selected.</source>
        <translation>
            <numerusform>%1 von %n Endgerät ausgewählt.</numerusform>
            <numerusform>%1 von %n Endgeräten ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmulatorOptions</name>
    <message>
        <source>--%1 needs a whole number of at least %2</source>
        <translation>--%1 braucht eine ganze Zahl von mindestens %2</translation>
    </message>
    <message>
        <source>--%1 needs a number between 0 and %2</source>
        <translation>--%1 braucht eine Zahl zwischen 0 und %2</translation>
    </message>
    <message>
        <source>A local TTN v2 handler and discovery server for tests and demos.
Prints one line to stdout when listening:
ttnv2-emulator listening handler=URL discovery=URL app=IDS</source>
        <translation>Ein lokaler TTN-v2-Handler und Discovery-Server für Tests und Demos.
Gibt eine Zeile auf stdout aus, sobald er lauscht:
ttnv2-emulator listening handler=URL discovery=URL app=IDS</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>Allow a non-loopback --bind address.</source>
        <translation>Eine --bind-Adresse erlauben, die keine Loopback-Adresse ist.</translation>
    </message>
    <message>
        <source>TCP port, 0 = any free port (default 0).</source>
        <translation>TCP-Port, 0 = ein beliebiger freier Port (Standard 0).</translation>
    </message>
    <message>
        <source>Load applications and devices from a JSON file.</source>
        <translation>Anwendungen und Endgeräte aus einer JSON-Datei laden.</translation>
    </message>
    <message>
        <source>Generate N deterministic devices.</source>
        <translation>N deterministische Endgeräte erzeugen.</translation>
    </message>
    <message>
        <source>Application ID for --generate (default generated-app).</source>
        <translation>Anwendungs-ID für --generate (Standard generated-app).</translation>
    </message>
    <message>
        <source>Access key for --generate (default: the published demo key).</source>
        <translation>Zugriffsschlüssel für --generate (Standard: der veröffentlichte Demo-Schlüssel).</translation>
    </message>
    <message>
        <source>Share of ABP devices for --generate, 0..1 (default 0).</source>
        <translation>Anteil der ABP-Endgeräte für --generate, 0..1 (Standard 0).</translation>
    </message>
    <message>
        <source>Random seed for --generate (default 1).</source>
        <translation>Zufalls-Seed für --generate (Standard 1).</translation>
    </message>
    <message>
        <source>Serve the demo application (demo-application).</source>
        <translation>Die Demo-Anwendung bereitstellen (demo-application).</translation>
    </message>
    <message>
        <source>Requests per second per application and key, 0 = off (default 5).</source>
        <translation>Anfragen pro Sekunde je Anwendung und Schlüssel, 0 = aus (Standard 5).</translation>
    </message>
    <message>
        <source>Delay added to every answer (default 0).</source>
        <translation>Verzögerung, die jeder Antwort hinzugefügt wird (Standard 0).</translation>
    </message>
    <message>
        <source>Answer every N-th request with --fail-status.</source>
        <translation>Jede N-te Anfrage mit --fail-status beantworten.</translation>
    </message>
    <message>
        <source>HTTP status for --fail-every (default 503).</source>
        <translation>HTTP-Status für --fail-every (Standard 503).</translation>
    </message>
    <message>
        <source>Cut every N-th connection halfway through the body.</source>
        <translation>Jede N-te Verbindung mitten im Body trennen.</translation>
    </message>
    <message>
        <source>Answer every N-th request with truncated JSON.</source>
        <translation>Jede N-te Anfrage mit abgeschnittenem JSON beantworten.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--bind needs an IP address</source>
        <translation>--bind braucht eine IP-Adresse</translation>
    </message>
    <message>
        <source>refusing to listen on %1: it is not a loopback address (add --allow-remote if you really mean it)</source>
        <translation>Lauschen auf %1 abgelehnt: keine Loopback-Adresse (fügen Sie --allow-remote hinzu, wenn Sie das wirklich wollen)</translation>
    </message>
    <message>
        <source>--port must be between 0 and 65535</source>
        <translation>--port muss zwischen 0 und 65535 liegen</translation>
    </message>
    <message>
        <source>--fail-status must be an HTTP status code</source>
        <translation>--fail-status muss ein HTTP-Statuscode sein</translation>
    </message>
    <message>
        <source>--app-id, --access-key, --abp-ratio and --seed need --generate</source>
        <translation>--app-id, --access-key, --abp-ratio und --seed brauchen --generate</translation>
    </message>
    <message>
        <source>nothing to serve: use --demo, --data FILE or --generate N</source>
        <translation>nichts bereitzustellen: --demo, --data FILE oder --generate N verwenden</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>der Ordner %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>%1 exists and is not writable</source>
        <translation>%1 existiert und ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>read back %1 devices from %2, but %3 were written</source>
        <translation>%1 Endgeräte aus %2 zurückgelesen, aber %3 wurden geschrieben</translation>
    </message>
    <message>
        <source>cannot read %1 back: %2</source>
        <translation>%1 kann nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation type="vanished">kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>cannot make the file private to its owner</source>
        <translation type="vanished">die Datei kann nicht auf ihren Besitzer beschränkt werden</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation type="vanished">die Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <source>internal error: a device&apos;s JSON contains a line break</source>
        <translation type="vanished">interner Fehler: das JSON eines Endgeräts enthält einen Zeilenumbruch</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>device not found in application “%1”</source>
        <translation>Endgerät in der Anwendung „%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>Finding the handler of application “%1”…</source>
        <translation>Handler der Anwendung „%1“ wird gesucht…</translation>
    </message>
    <message>
        <source>Reading the device list of application “%1”…</source>
        <translation>Endgeräteliste der Anwendung „%1“ wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the frame counters of %n device(s)…</source>
        <translation>
            <numerusform>Frame-Zähler von %n Endgerät werden gelesen…</numerusform>
            <numerusform>Frame-Zähler von %n Endgeräten werden gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n device(s)…</source>
        <translation>
            <numerusform>%n Endgerät wird gelesen…</numerusform>
            <numerusform>%n Endgeräte werden gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converting %n device(s)…</source>
        <translation>
            <numerusform>%n Endgerät wird umgewandelt…</numerusform>
            <numerusform>%n Endgeräte werden umgewandelt…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>&amp;Save devices.json…</source>
        <translation>devices.json &amp;speichern…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save the devices in The Things Stack&apos;s JSON format, ready to import.</source>
        <translation>Speichern Sie die Endgeräte im JSON-Format von The Things Stack, bereit zum Import.</translation>
    </message>
    <message>
        <source>The file is readable only by you (permissions 0600) because it contains each device&apos;s root keys: anyone with the AppKey can impersonate the device. Keep it private and delete it after the import.</source>
        <translation>Die Datei ist nur für Sie lesbar (Rechte 0600), weil sie die Root-Schlüssel jedes Endgeräts enthält: Wer den AppKey hat, kann sich als das Endgerät ausgeben. Halten Sie sie privat und löschen Sie sie nach dem Import.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) from the preview will be saved, one JSON object per line. Skipped and failed devices are not in the file.</source>
        <translation>
            <numerusform>%n Endgerät aus der Vorschau wird gespeichert, ein JSON-Objekt pro Zeile. Übersprungene und fehlgeschlagene Endgeräte sind nicht in der Datei.</numerusform>
            <numerusform>%n Endgeräte aus der Vorschau werden gespeichert, ein JSON-Objekt pro Zeile. Übersprungene und fehlgeschlagene Endgeräte sind nicht in der Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the file is saved.</source>
        <translation>Warten Sie, bis die Datei gespeichert ist.</translation>
    </message>
    <message>
        <source>Save devices.json to continue.</source>
        <translation>Speichern Sie devices.json, um fortzufahren.</translation>
    </message>
    <message>
        <source>Save devices.json</source>
        <translation>devices.json speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Speichern nach %1…</translation>
    </message>
    <message>
        <source>Saving canceled. Nothing was written; an existing file is unchanged.</source>
        <translation>Speichern abgebrochen. Es wurde nichts geschrieben; eine vorhandene Datei ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. Read back %n device(s) from %1.</source>
        <translation>
            <numerusform>Gespeichert. %n Endgerät aus %1 zurückgelesen.</numerusform>
            <numerusform>Gespeichert. %n Endgeräte aus %1 zurückgelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Reading the saved file back…</source>
        <translation>Gespeicherte Datei wird zurückgelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n device(s) would get an AppKey that this tool generated in TTN v2, not the key the device itself has. Restore the original keys first (“Restore…” on the last page, with the devices.json saved before the change), then preview again.</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Endgerät würde einen AppKey bekommen, den dieses Programm in TTN v2 erzeugt hat, nicht den Schlüssel, den das Endgerät selbst hat. Stellen Sie zuerst die ursprünglichen Schlüssel wieder her („Wiederherstellen…“ auf der letzten Seite, mit der devices.json von vor der Änderung) und erstellen Sie dann die Vorschau erneut.</numerusform>
            <numerusform>Nicht gespeichert: %n Endgeräte würden einen AppKey bekommen, den dieses Programm in TTN v2 erzeugt hat, nicht den Schlüssel, den das Endgerät selbst hat. Stellen Sie zuerst die ursprünglichen Schlüssel wieder her („Wiederherstellen…“ auf der letzten Seite, mit der devices.json von vor der Änderung) und erstellen Sie dann die Vorschau erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>dry run: nothing is written to TTN v2</source>
        <translation>Probelauf: In TTN v2 wird nichts geschrieben</translation>
    </message>
    <message>
        <source>discovery server %1</source>
        <translation>Discovery-Server %1</translation>
    </message>
    <message>
        <source>handler %1</source>
        <translation>Handler %1</translation>
    </message>
    <message>
        <source>application %1 via %2; frequency plan %3; %4</source>
        <translation>Anwendung %1 über %2; Frequenzplan %3; %4</translation>
    </message>
    <message>
        <source>with session</source>
        <translation>mit Sitzung</translation>
    </message>
    <message>
        <source>without session</source>
        <translation>ohne Sitzung</translation>
    </message>
    <message>
        <source>interrupted: stopping</source>
        <translation>unterbrochen: wird beendet</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 devices after writing %3: check the disk and run again</source>
        <translation>%1 enthält nach dem Schreiben von %3 nur %2 Endgeräte: Prüfen Sie den Datenträger und starten Sie erneut</translation>
    </message>
    <message>
        <source>wrote %1 devices to %2</source>
        <translation>%1 Endgeräte nach %2 geschrieben</translation>
    </message>
    <message>
        <source>interrupted: %1 was not written</source>
        <translation>unterbrochen: %1 wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>interrupted: the output is incomplete</source>
        <translation>unterbrochen: die Ausgabe ist unvollständig</translation>
    </message>
    <message>
        <source>could not write to stdout</source>
        <translation>Schreiben auf stdout fehlgeschlagen</translation>
    </message>
    <message>
        <source>TTN v2 said: %1</source>
        <translation>TTN v2 meldet: %1</translation>
    </message>
    <message>
        <source>the export was canceled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>warning: %1 has an AppKey in TTN v2 that ttn-lw-migrate generated; the device still has its original key, which is in the devices.json saved before the change</source>
        <translation>Warnung: %1 hat in TTN v2 einen AppKey, den ttn-lw-migrate erzeugt hat; das Endgerät hat noch seinen ursprünglichen Schlüssel, der in der vor der Änderung gespeicherten devices.json steht</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not written: %n device(s) would get an AppKey that ttn-lw-migrate generated, not the original; restore the keys first (restore-app-keys with the earlier devices.json)</source>
        <translation>
            <numerusform>%1 wurde nicht geschrieben: %n Endgerät würde einen von ttn-lw-migrate erzeugten AppKey statt des ursprünglichen erhalten; stellen Sie zuerst die Schlüssel wieder her (restore-app-keys mit der früheren devices.json)</numerusform>
            <numerusform>%1 wurde nicht geschrieben: %n Endgeräte würden einen von ttn-lw-migrate erzeugten AppKey statt des ursprünglichen erhalten; stellen Sie zuerst die Schlüssel wieder her (restore-app-keys mit der früheren devices.json)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrequencyPlanModel</name>
    <message>
        <source>Frequency plan</source>
        <translation>Frequenzplan</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>FrequencyPlanPicker</name>
    <message>
        <source>Search plans, e.g. EU, US_902, AS923…</source>
        <translation>Pläne suchen, z. B. EU, US_902, AS923…</translation>
    </message>
    <message>
        <source>Search frequency plans</source>
        <translation>Frequenzpläne suchen</translation>
    </message>
    <message>
        <source>Frequency plans</source>
        <translation>Frequenzpläne</translation>
    </message>
    <message>
        <source>Selected: %1 (%2)</source>
        <translation>Ausgewählt: %1 (%2)</translation>
    </message>
    <message>
        <source>No frequency plan selected.</source>
        <translation>Kein Frequenzplan ausgewählt.</translation>
    </message>
</context>
<context>
    <name>HandlerDiscovery</name>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>“services” is not a list</source>
        <translation>„services“ ist keine Liste</translation>
    </message>
    <message>
        <source>handler “%1” announces no usable api_address</source>
        <translation>Handler „%1“ meldet keine verwendbare api_address</translation>
    </message>
</context>
<context>
    <name>InputRules</name>
    <message>
        <source>Enter the application ID of your TTN v2 application.</source>
        <translation>Geben Sie die Anwendungs-ID Ihrer TTN-v2-Anwendung ein.</translation>
    </message>
    <message>
        <source>Application IDs are lowercase: write it as “%1”.</source>
        <translation>Anwendungs-IDs bestehen aus Kleinbuchstaben: Schreiben Sie „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a TTN v2 application ID: use 2 to 36 lowercase letters and digits, with single - or _ between them.</source>
        <translation>„%1“ ist keine TTN-v2-Anwendungs-ID: Verwenden Sie 2 bis 36 Kleinbuchstaben und Ziffern, getrennt durch einzelne - oder _.</translation>
    </message>
    <message>
        <source>Enter an access key of the application with the “devices” right.</source>
        <translation>Geben Sie einen Zugriffsschlüssel der Anwendung mit dem Recht „devices“ ein.</translation>
    </message>
    <message>
        <source>The access key contains a space: paste it again without spaces.</source>
        <translation>Der Zugriffsschlüssel enthält ein Leerzeichen: Fügen Sie ihn ohne Leerzeichen erneut ein.</translation>
    </message>
    <message>
        <source>discovery server address</source>
        <translation>Discovery-Server-Adresse</translation>
    </message>
    <message>
        <source>handler address</source>
        <translation>Handler-Adresse</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Geben Sie die %1 ein.</translation>
    </message>
    <message>
        <source>The %1 must start with http:// or https://, for example http://eu.thethings.network:8084.</source>
        <translation>Die %1 muss mit http:// oder https:// beginnen, zum Beispiel http://eu.thethings.network:8084.</translation>
    </message>
    <message>
        <source>The %1 has no host name.</source>
        <translation>Die %1 enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The prefix is too long: device IDs may have at most 36 characters.</source>
        <translation>Das Präfix ist zu lang: Endgeräte-IDs dürfen höchstens 36 Zeichen haben.</translation>
    </message>
    <message>
        <source>The prefix may contain lowercase letters, digits and single dashes, and must start and end with a letter or digit.</source>
        <translation>Das Präfix darf Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen und enden.</translation>
    </message>
    <message>
        <source>Enter the ID of the v2 end device.</source>
        <translation>Geben Sie die ID des v2-Endgeräts ein.</translation>
    </message>
    <message>
        <source>A device ID has no spaces; to export several devices choose “A list of devices”.</source>
        <translation>Eine Endgeräte-ID enthält keine Leerzeichen; um mehrere Endgeräte zu exportieren, wählen Sie „Eine Liste von Endgeräten“.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a member name</source>
        <translation>Name eines Elements erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>&apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid escape in a string</source>
        <translation>ungültige Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>ungültiges Literal</translation>
    </message>
    <message>
        <source>unexpected end of data</source>
        <translation>unerwartetes Ende der Daten</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
</context>
<context>
    <name>MigrationReport</name>
    <message>
        <source>TTN v2 → The Things Stack migration report</source>
        <translation>Migrationsbericht TTN v2 → The Things Stack</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Anwendung: %1</translation>
    </message>
    <message>
        <source>TTN v2 address: %1</source>
        <translation>TTN-v2-Adresse: %1</translation>
    </message>
    <message>
        <source>Frequency plan: %1</source>
        <translation>Frequenzplan: %1</translation>
    </message>
    <message>
        <source>Exported with sessions (advanced)</source>
        <translation>Mit Sitzungen exportiert (fortgeschritten)</translation>
    </message>
    <message>
        <source>Exported without sessions: devices re-join The Things Stack</source>
        <translation>Ohne Sitzungen exportiert: Endgeräte führen in The Things Stack einen neuen Join durch</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Saved to: %1</source>
        <translation>Gespeichert unter: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n device(s) read back)</source>
        <translation>
            <numerusform>(%n Endgerät zurückgelesen)</numerusform>
            <numerusform>(%n Endgeräte zurückgelesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) requested: </source>
        <translation>
            <numerusform>%n Endgerät angefordert: </numerusform>
            <numerusform>%n Endgeräte angefordert: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exported, %2 skipped, %3 failed.</source>
        <translation>%1 exportiert, %2 übersprungen, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Endgerät</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Exported with warnings</source>
        <translation>Mit Warnungen exportiert</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>MigrationWizard</name>
    <message>
        <source>Migrate devices from TTN v2 to The Things Stack</source>
        <translation>Endgeräte von TTN v2 zu The Things Stack umziehen</translation>
    </message>
    <message>
        <source>Migrate devices from TTN v2 to The Things Stack (demo)</source>
        <translation>Endgeräte von TTN v2 zu The Things Stack umziehen (Demo)</translation>
    </message>
</context>
<context>
    <name>NdjsonWriter</name>
    <message>
        <source>the output is not open for writing</source>
        <translation>die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>internal error: a device&apos;s JSON contains a line break</source>
        <translation>interner Fehler: das JSON eines Endgeräts enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>NextStepsPage</name>
    <message>
        <source>Change AppKeys in TTN v2 now…</source>
        <translation type="vanished">AppKeys in TTN v2 jetzt ändern…</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>devices.json is saved. Finish the migration with these steps; tick each one when it is done.</source>
        <translation>devices.json ist gespeichert. Schließen Sie die Migration mit diesen Schritten ab und haken Sie jeden ab, wenn er erledigt ist.</translation>
    </message>
    <message>
        <source>Change the AppKey of the exported devices in TTN v2</source>
        <translation>Den AppKey der exportierten Endgeräte in TTN v2 ändern</translation>
    </message>
    <message>
        <source>Otherwise a device may join TTN v2 again instead of The Things Stack. In the TTN v2 Console: Applications → your application → Devices → a device → Settings → generate a new App Key → Save. The original keys are safe in devices.json.</source>
        <translation>Sonst kann ein Endgerät wieder TTN v2 statt The Things Stack beitreten. In der TTN-v2-Console: Applications → Ihre Anwendung → Devices → ein Endgerät → Settings → neuen App Key erzeugen → Save. Die ursprünglichen Schlüssel sind in devices.json sicher aufbewahrt.</translation>
    </message>
    <message>
        <source>Coming in a later version</source>
        <translation type="vanished">Kommt in einer späteren Version</translation>
    </message>
    <message>
        <source>Import the devices into The Things Stack</source>
        <translation>Die Endgeräte in The Things Stack importieren</translation>
    </message>
    <message>
        <source>In The Things Stack Console: Applications → your application → End devices → Import end devices → The Things Stack JSON → choose devices.json. Or with the command line interface:</source>
        <translation>In der Console von The Things Stack: Applications → Ihre Anwendung → End devices → Import end devices → The Things Stack JSON → devices.json auswählen. Oder über die Kommandozeile:</translation>
    </message>
    <message>
        <source>Import command</source>
        <translation>Importbefehl</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Let the devices join The Things Stack</source>
        <translation>Die Endgeräte The Things Stack beitreten lassen</translation>
    </message>
    <message>
        <source>Each OTAA device joins The Things Stack at its next join attempt. To speed it up, send a downlink that makes it re-join, or power-cycle it. ABP devices that the preview reported as skipped must be added in The Things Stack Console.</source>
        <translation>Jedes OTAA-Endgerät tritt The Things Stack bei seinem nächsten Join-Versuch bei. Um das zu beschleunigen, senden Sie einen Downlink, der einen neuen Join auslöst, oder schalten Sie es aus und wieder ein. ABP-Endgeräte, die die Vorschau als übersprungen gemeldet hat, müssen in der Console von The Things Stack angelegt werden.</translation>
    </message>
    <message>
        <source>Migrate your gateways</source>
        <translation>Ihre Gateways umziehen</translation>
    </message>
    <message>
        <source>When the devices work on The Things Stack, register your gateways there and point them to The Things Stack&apos;s server address.</source>
        <translation>Wenn die Endgeräte in The Things Stack funktionieren, registrieren Sie Ihre Gateways dort und stellen Sie sie auf die Serveradresse von The Things Stack um.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text files (*.txt)</source>
        <translation>Markdown (*.md);;Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Export &amp;without sessions (recommended)</source>
        <translation>Export &amp;ohne Sitzungen (empfohlen)</translation>
    </message>
    <message>
        <source>Export with &amp;sessions (Advanced)</source>
        <translation>Export mit &amp;Sitzungen (fortgeschritten)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>How the devices move to The Things Stack.</source>
        <translation>Wie die Endgeräte zu The Things Stack umziehen.</translation>
    </message>
    <message>
        <source>A device must never be active on both networks: once it is imported with its session, stop it in TTN v2 (change its AppKey or delete it) before it sends again.</source>
        <translation>Ein Endgerät darf nie in beiden Netzen aktiv sein: Sobald es mit seiner Sitzung importiert ist, stoppen Sie es in TTN v2 (AppKey ändern oder löschen), bevor es wieder sendet.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Devices re-join The Things Stack and get a new DevAddr and the 5 s RX1 delay; ABP devices cannot re-join, so they are reported, not exported.</source>
        <translation>Endgeräte führen in The Things Stack einen neuen Join durch und erhalten eine neue DevAddr und die RX1-Verzögerung von 5 s; ABP-Endgeräte können keinen Join durchführen und werden daher gemeldet, nicht exportiert.</translation>
    </message>
    <message>
        <source>Devices keep their DevAddr, session keys and frame counters and need no join, but keep v2&apos;s 1 s RX1 delay; for ABP devices and for devices that cannot re-join.</source>
        <translation>Endgeräte behalten DevAddr, Sitzungsschlüssel und Frame-Zähler und brauchen keinen Join, behalten aber die RX1-Verzögerung von 1 s aus v2; für ABP-Endgeräte und Endgeräte, die keinen neuen Join durchführen können.</translation>
    </message>
    <message>
        <source>Device ID prefix</source>
        <translation>Präfix für Endgeräte-IDs</translation>
    </message>
    <message>
        <source>Optional, e.g. v2</source>
        <translation>Optional, z. B. v2</translation>
    </message>
    <message>
        <source>Device IDs</source>
        <translation>Endgeräte-IDs</translation>
    </message>
    <message>
        <source>Device ID &amp;prefix:</source>
        <translation>&amp;Präfix für Endgeräte-IDs:</translation>
    </message>
    <message>
        <source>The v2 device “%1” becomes “%2” in The Things Stack; its old ID is kept in the attribute old-id.</source>
        <translation>Das v2-Endgerät „%1“ wird in The Things Stack zu „%2“; seine alte ID bleibt im Attribut old-id erhalten.</translation>
    </message>
</context>
<context>
    <name>OutcomeReport</name>
    <message>
        <source>skipped %1: %2</source>
        <translation type="vanished">übersprungen %1: %2</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation type="vanished">fehlgeschlagen %1: %2</translation>
    </message>
    <message>
        <source>warning %1: %2</source>
        <translation type="vanished">Warnung %1: %2</translation>
    </message>
    <message>
        <source>1 request to TTN v2</source>
        <translation type="vanished">1 Anfrage an TTN v2</translation>
    </message>
    <message>
        <source>%1 requests to TTN v2</source>
        <translation type="vanished">%1 Anfragen an TTN v2</translation>
    </message>
    <message>
        <source>summary: %1 exported, %2 skipped, %3 failed of %4 requested (%5, %6 s)</source>
        <translation type="vanished">Zusammenfassung: %1 exportiert, %2 übersprungen, %3 fehlgeschlagen von %4 angeforderten (%5, %6 s)</translation>
    </message>
    <message>
        <source>retried 1 request after transient faults</source>
        <translation type="vanished">1 Anfrage nach vorübergehenden Fehlern wiederholt</translation>
    </message>
    <message>
        <source>retried %1 requests after transient faults</source>
        <translation type="vanished">%1 Anfragen nach vorübergehenden Fehlern wiederholt</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>OTAA</source>
        <translation>OTAA</translation>
    </message>
    <message>
        <source>ABP</source>
        <translation>ABP</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation>Unbrauchbar</translation>
    </message>
    <message>
        <source>%1 with session</source>
        <translation>%1 mit Sitzung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>v2 device ID</source>
        <translation>v2-Endgeräte-ID</translation>
    </message>
    <message>
        <source>v3 device ID</source>
        <translation>v3-Endgeräte-ID</translation>
    </message>
    <message>
        <source>DevEUI</source>
        <translation>DevEUI</translation>
    </message>
    <message>
        <source>JoinEUI</source>
        <translation>JoinEUI</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Copy as &amp;command</source>
        <translation>Als &amp;Befehl kopieren</translation>
    </message>
    <message>
        <source>Preview (dry run)</source>
        <translation>Vorschau (Probelauf)</translation>
    </message>
    <message>
        <source>What the export will contain. Nothing is written, neither to a file nor to TTN v2.</source>
        <translation>Was der Export enthalten wird. Es wird nichts geschrieben, weder in eine Datei noch in TTN v2.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Show devices with status</source>
        <translation>Endgeräte mit Status anzeigen</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Alle Endgeräte</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Endgeräte filtern</translation>
    </message>
    <message>
        <source>Filter by ID, EUI or note</source>
        <translation>Nach ID, EUI oder Hinweis filtern</translation>
    </message>
    <message>
        <source>Preview of every device</source>
        <translation>Vorschau aller Endgeräte</translation>
    </message>
    <message>
        <source>The equivalent ttn-lw-migrate command line, without the access key</source>
        <translation>Die entsprechende ttn-lw-migrate-Befehlszeile, ohne den Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>The preview was canceled.</source>
        <translation>Die Vorschau wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>No devices.</source>
        <translation>Keine Endgeräte.</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>bisher</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): </source>
        <translation>
            <numerusform>%n Endgerät: </numerusform>
            <numerusform>%n Endgeräte: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be exported, %2 skipped, %3 failed</source>
        <translation>%1 werden exportiert, %2 übersprungen, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Copied. Set TTNV2_APP_ACCESS_KEY in the environment before running it.</source>
        <translation>Kopiert. Setzen Sie TTNV2_APP_ACCESS_KEY in der Umgebung, bevor Sie den Befehl ausführen.</translation>
    </message>
    <message>
        <source>Wait until the preview is complete.</source>
        <translation>Warten Sie, bis die Vorschau fertig ist.</translation>
    </message>
    <message>
        <source>The preview failed: fix the problem above, then Retry.</source>
        <translation>Die Vorschau ist fehlgeschlagen: Beheben Sie das Problem oben und klicken Sie dann auf Wiederholen.</translation>
    </message>
    <message>
        <source>Run the preview again with Retry.</source>
        <translation>Starten Sie die Vorschau mit Wiederholen erneut.</translation>
    </message>
    <message>
        <source>No device can be exported with these choices: go Back and change them.</source>
        <translation>Mit dieser Auswahl kann kein Endgerät exportiert werden: Gehen Sie Zurück und ändern Sie sie.</translation>
    </message>
    <message>
        <source>OTAA with session</source>
        <translation>OTAA mit Sitzung</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>invalid value &quot;%1&quot; for %2: use true or false</source>
        <translation type="vanished">ungültiger Wert &quot;%1&quot; für %2: true oder false verwenden</translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>V2DeviceParser</name>
    <message>
        <source>field &quot;%1&quot; is not a string</source>
        <translation>Feld &quot;%1&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not %2 hexadecimal digits</source>
        <translation>Feld &quot;%1&quot; besteht nicht aus %2 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; was lowercase hex; written in uppercase</source>
        <translation>Feld &quot;%1&quot; war Hex in Kleinbuchstaben; in Großbuchstaben geschrieben</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not true or false</source>
        <translation>Feld &quot;%1&quot; ist nicht true oder false</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a number</source>
        <translation>Feld &quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a whole number in the allowed range</source>
        <translation>Feld &quot;%1&quot; ist keine ganze Zahl im erlaubten Bereich</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; is not a string</source>
        <translation>Attribut &quot;%1&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is too long</source>
        <translation>Feld &quot;%1&quot; ist zu lang</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is out of range</source>
        <translation>Feld &quot;%1&quot; liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not an object</source>
        <translation>Feld &quot;%1&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>the response from v2 is not valid JSON (%1)</source>
        <translation>die Antwort von v2 ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>the response from v2 is not valid JSON</source>
        <translation>die Antwort von v2 ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the device or application ID is too long</source>
        <translation type="vanished">die Endgeräte- oder Anwendungs-ID ist zu lang</translation>
    </message>
    <message>
        <source>the device has no &quot;dev_id&quot;</source>
        <translation type="vanished">das Endgerät hat keine &quot;dev_id&quot;</translation>
    </message>
    <message>
        <source>an attribute is too long</source>
        <translation type="vanished">ein Attribut ist zu lang</translation>
    </message>
    <message>
        <source>field &quot;attributes&quot; has too many entries</source>
        <translation type="vanished">Feld &quot;attributes&quot; hat zu viele Einträge</translation>
    </message>
    <message>
        <source>field &quot;attributes&quot; is not an object of strings</source>
        <translation type="vanished">Feld &quot;attributes&quot; ist kein Objekt aus Zeichenketten</translation>
    </message>
    <message>
        <source>the response from v2 is not a JSON object</source>
        <translation type="vanished">die Antwort von v2 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the response from v2 has data after the device</source>
        <translation type="vanished">die Antwort von v2 enthält Daten nach dem Endgerät</translation>
    </message>
    <message>
        <source>the device list from v2 is not a JSON object</source>
        <translation type="vanished">die Endgeräteliste von v2 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the field &quot;devices&quot; in the device list from v2 is not a list</source>
        <translation type="vanished">das Feld &quot;devices&quot; in der Endgeräteliste von v2 ist keine Liste</translation>
    </message>
    <message>
        <source>a device in the list is not a JSON object</source>
        <translation type="vanished">ein Endgerät in der Liste ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the device list from v2 has data after its end</source>
        <translation type="vanished">die Endgeräteliste von v2 enthält Daten nach ihrem Ende</translation>
    </message>
</context>
<context>
    <name>V2Error</name>
    <message>
        <source>Could not find the server %1. Check the spelling of the address and your network connection.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie die Schreibweise der Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed unexpectedly, even after several attempts. Check your network connection and try again later.</source>
        <translation>Die Verbindung zu %1 wurde unerwartet geschlossen, auch nach mehreren Versuchen. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>No v2 server address is set. Give the handler&apos;s address with --ttnv2.handler-address or a discovery server with --ttnv2.discovery-server-address.</source>
        <translation>Es ist keine v2-Serveradresse gesetzt. Geben Sie die Adresse des Handlers mit --ttnv2.handler-address oder einen Discovery-Server mit --ttnv2.discovery-server-address an.</translation>
    </message>
    <message>
        <source>Could not connect to the discovery server %1: the connection was refused. Check the address and port (--ttnv2.discovery-server-address).</source>
        <translation>Keine Verbindung zum Discovery-Server %1: Die Verbindung wurde abgelehnt. Prüfen Sie Adresse und Port (--ttnv2.discovery-server-address).</translation>
    </message>
    <message>
        <source>Could not connect to the v2 handler %1: the connection was refused. Check the address and port (the handler&apos;s HTTP API usually listens on port 8084).</source>
        <translation>Keine Verbindung zum v2-Handler %1: Die Verbindung wurde abgelehnt. Prüfen Sie Adresse und Port (die HTTP-API des Handlers lauscht meist auf Port 8084).</translation>
    </message>
    <message>
        <source>No v2 handler on the discovery server %1 announces application “%2”. Check the application ID, or give the handler&apos;s address with --ttnv2.handler-address.</source>
        <translation>Kein v2-Handler am Discovery-Server %1 meldet die Anwendung „%2“. Prüfen Sie die Anwendungs-ID oder geben Sie die Adresse des Handlers mit --ttnv2.handler-address an.</translation>
    </message>
    <message>
        <source>Application “%1” is not registered on the v2 handler %2 (wrong handler or region). Check the application ID, or give the handler of the application&apos;s region with --ttnv2.handler-address.</source>
        <translation>Die Anwendung „%1“ ist beim v2-Handler %2 nicht registriert (falscher Handler oder falsche Region). Prüfen Sie die Anwendungs-ID oder geben Sie den Handler der Region der Anwendung mit --ttnv2.handler-address an.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2, which is not plausible for a v2 handler. Check that the address points to a TTN v2 handler&apos;s HTTP API.</source>
        <translation>Die Antwort von %1 war größer als %2, was für einen v2-Handler nicht plausibel ist. Prüfen Sie, ob die Adresse auf die HTTP-API eines TTN-v2-Handlers zeigt.</translation>
    </message>
    <message>
        <source>The server %1 redirected the request to another address. Give the final address instead.</source>
        <translation>Der Server %1 hat die Anfrage an eine andere Adresse umgeleitet. Geben Sie stattdessen die endgültige Adresse an.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read (%2). Check that the address points to a TTN v2 %3.</source>
        <translation>Die Antwort von %1 konnte nicht gelesen werden (%2). Prüfen Sie, ob die Adresse auf die %3 von TTN v2 zeigt.</translation>
    </message>
    <message>
        <source>discovery server&apos;s HTTP API</source>
        <translation>HTTP-API des Discovery-Servers</translation>
    </message>
    <message>
        <source>handler&apos;s HTTP API</source>
        <translation>HTTP-API des Handlers</translation>
    </message>
    <message>
        <source>The v2 handler %1 rejected the request as invalid (HTTP 400). Check the application ID “%2”, the device IDs and that an access key is set.</source>
        <translation>Der v2-Handler %1 hat die Anfrage als ungültig abgelehnt (HTTP 400). Prüfen Sie die Anwendungs-ID „%2“, die Endgeräte-IDs und ob ein Zugriffsschlüssel gesetzt ist.</translation>
    </message>
    <message>
        <source>The v2 handler %1 did not accept the access key (HTTP 401). Check that the key belongs to application “%2” and was copied completely.</source>
        <translation>Der v2-Handler %1 hat den Zugriffsschlüssel nicht akzeptiert (HTTP 401). Prüfen Sie, ob der Schlüssel zur Anwendung „%2“ gehört und vollständig kopiert wurde.</translation>
    </message>
    <message>
        <source>Device “%1” does not exist in application “%2” (HTTP 404). Check the device ID.</source>
        <translation>Das Endgerät „%1“ existiert in der Anwendung „%2“ nicht (HTTP 404). Prüfen Sie die Endgeräte-ID.</translation>
    </message>
    <message>
        <source>The v2 handler reports a conflict for device “%1” (HTTP 409): another device already uses the same AppEUI and DevEUI.</source>
        <translation>Der v2-Handler meldet einen Konflikt für das Endgerät „%1“ (HTTP 409): Ein anderes Endgerät verwendet bereits dieselbe AppEUI und DevEUI.</translation>
    </message>
    <message>
        <source>The v2 handler %1 kept refusing requests because of its rate limit (HTTP 429), even after waiting. Wait a few minutes and try again.</source>
        <translation>Der v2-Handler %1 hat Anfragen wegen seiner Ratenbegrenzung (HTTP 429) auch nach Wartezeiten weiter abgelehnt. Warten Sie einige Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The v2 server %1 reported an internal error (HTTP %2). Try again later; if it persists, its operator has to check the server.</source>
        <translation>Der v2-Server %1 hat einen internen Fehler gemeldet (HTTP %2). Versuchen Sie es später erneut; besteht der Fehler weiter, muss der Betreiber den Server prüfen.</translation>
    </message>
    <message>
        <source>The v2 server %1 is unavailable (HTTP %2), even after several attempts. Try again later.</source>
        <translation>Der v2-Server %1 ist nicht verfügbar (HTTP %2), auch nach mehreren Versuchen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The v2 server %1 did not answer in time, even after several attempts. Check the address and your network connection, then try again.</source>
        <translation>Der v2-Server %1 hat auch nach mehreren Versuchen nicht rechtzeitig geantwortet. Prüfen Sie die Adresse und Ihre Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The CA certificate given with --ttnv2.ca-cert could not be used (%1). Give a readable PEM file.</source>
        <translation>Das mit --ttnv2.ca-cert angegebene CA-Zertifikat konnte nicht verwendet werden (%1). Geben Sie eine lesbare PEM-Datei an.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). If the server uses a private certificate authority, give its certificate with --ttnv2.ca-cert.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2). Verwendet der Server eine private Zertifizierungsstelle, geben Sie deren Zertifikat mit --ttnv2.ca-cert an.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The access key has no “devices” right for application “%1” (HTTP 403). Use a key with the “devices” right.</source>
        <translation>Der Zugriffsschlüssel hat für die Anwendung „%1“ nicht das Recht „devices“ (HTTP 403). Verwenden Sie einen Schlüssel mit dem Recht „devices“.</translation>
    </message>
</context>
<context>
    <name>V3Ids</name>
    <message>
        <source>device ID &quot;%1&quot; becomes &quot;%2&quot; in The Things Stack, which is longer than %3 characters</source>
        <translation>die Endgeräte-ID &quot;%1&quot; wird in The Things Stack zu &quot;%2&quot; und ist damit länger als %3 Zeichen</translation>
    </message>
    <message>
        <source>device ID &quot;%1&quot; becomes &quot;%2&quot; in The Things Stack, which is not a valid ID (at least 3 lowercase letters or digits, single hyphens between them)</source>
        <translation>die Endgeräte-ID &quot;%1&quot; wird in The Things Stack zu &quot;%2&quot;, was keine gültige ID ist (mindestens 3 Kleinbuchstaben oder Ziffern, dazwischen einzelne Bindestriche)</translation>
    </message>
    <message>
        <source>device ID prefix &quot;%1&quot; must consist of lowercase letters, digits and single hyphens, at most %2 characters</source>
        <translation>das Präfix &quot;%1&quot; für Endgeräte-IDs darf nur aus Kleinbuchstaben, Ziffern und einzelnen Bindestrichen bestehen, höchstens %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TTN v2 Migration Wizard</source>
        <translation type="vanished">TTN-v2-Migrationsassistent</translation>
    </message>
    <message>
        <source>Moves LoRaWAN end devices from TTN v2 to The Things Stack, step by step.</source>
        <translation>Zieht LoRaWAN-Endgeräte Schritt für Schritt von TTN v2 zu The Things Stack um.</translation>
    </message>
    <message>
        <source>Start with the bundled TTN v2 emulator and sample devices on 127.0.0.1; nothing leaves this computer.</source>
        <translation>Mit dem mitgelieferten TTN-v2-Emulator und Beispiel-Endgeräten auf 127.0.0.1 starten; nichts verlässt diesen Computer.</translation>
    </message>
</context>
<context>
    <name>ttnv2-emulator</name>
    <message>
        <source>Try &apos;ttnv2-emulator --help&apos;.</source>
        <translation>Siehe &apos;ttnv2-emulator --help&apos;.</translation>
    </message>
    <message>
        <source>demo application %1, access key %2</source>
        <translation>Demo-Anwendung %1, Zugriffsschlüssel %2</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2</source>
        <translation>Lauschen auf %1 Port %2 nicht möglich</translation>
    </message>
    <message>
        <source>stopped after %1 requests</source>
        <translation>nach %1 Anfragen beendet</translation>
    </message>
</context>
</TS>

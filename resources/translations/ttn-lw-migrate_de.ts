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
    <message>
        <source>not found in the source Join Server of application “%1”</source>
        <translation>nicht im Join Server der Quelle der Anwendung „%1“ gefunden</translation>
    </message>
    <message>
        <source>nothing was changed at the source: %1</source>
        <translation>in der Quelle wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>the source Join Server answered with something that is not a device</source>
        <translation>der Join Server der Quelle hat mit etwas geantwortet, das kein Endgerät ist</translation>
    </message>
    <message>
        <source>the source Join Server answered with another device (%1)</source>
        <translation>der Join Server der Quelle hat mit einem anderen Endgerät geantwortet (%1)</translation>
    </message>
    <message>
        <source>its DevEUI in the source Join Server (%1) is not the one in devices.json (%2): left unchanged</source>
        <translation>seine DevEUI im Join Server der Quelle (%1) ist nicht die aus devices.json (%2): unverändert gelassen</translation>
    </message>
    <message>
        <source>it has no AppKey in the source Join Server, so it cannot join there</source>
        <translation>es hat im Join Server der Quelle keinen AppKey und kann dort daher keinen Join durchführen</translation>
    </message>
    <message>
        <source>its AppKey in the source Join Server was already changed</source>
        <translation>sein AppKey im Join Server der Quelle wurde bereits geändert</translation>
    </message>
    <message>
        <source>it already has its original AppKey in the source Join Server</source>
        <translation>es hat im Join Server der Quelle bereits seinen ursprünglichen AppKey</translation>
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
        <translation type="vanished">AppKeys in TTN v2 jetzt ändern…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="vanished">Wiederherstellen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Abbrechen</translation>
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
        <translation type="vanished">Ein früherer AppKey-Durchlauf für diese Anwendung wurde nicht abgeschlossen (%1, %2 von %3 Endgeräten erledigt, aus %4). Führen Sie ihn mit derselben devices.json erneut aus, um ihn abzuschließen, oder stellen Sie wieder her, um ihn rückgängig zu machen.</translation>
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
    <message>
        <source>C&amp;hange AppKeys in TTN v2 now…</source>
        <translation>AppKeys in TTN v2 jetzt ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Wiederhers&amp;tellen…</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>%1 … %2 (%3 parts)</source>
        <translation>%1 … %2 (%3 Teile)</translation>
    </message>
    <message numerus="yes">
        <source>An earlier AppKey run for this application did not finish (%1, %2 of %n device(s) done, from %3). Run it again with the same devices.json to finish it, or restore to undo it.</source>
        <translation>
            <numerusform>Ein früherer AppKey-Durchlauf für diese Anwendung wurde nicht abgeschlossen (%1, %2 von %n Endgerät bearbeitet, aus %3). Führen Sie ihn mit derselben devices.json erneut aus, um ihn abzuschließen, oder stellen Sie die Schlüssel wieder her, um ihn rückgängig zu machen.</numerusform>
            <numerusform>Ein früherer AppKey-Durchlauf für diese Anwendung wurde nicht abgeschlossen (%1, %2 von %n Endgeräten bearbeitet, aus %3). Führen Sie ihn mit derselben devices.json erneut aus, um ihn abzuschließen, oder stellen Sie die Schlüssel wieder her, um ihn rückgängig zu machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hange AppKeys in the source Join Server now…</source>
        <translation>AppKeys im Join Server der Quelle jetzt ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Give every exported OTAA device a new random AppKey in the source Join Server, so it cannot join the source network again. The original keys stay in devices.json.</source>
        <translation>Jedem exportierten OTAA-Endgerät im Join Server der Quelle einen neuen zufälligen AppKey geben, damit es dem Netz der Quelle nicht erneut beitreten kann. Die ursprünglichen Schlüssel bleiben in devices.json.</translation>
    </message>
    <message>
        <source>Put the original AppKeys from devices.json back into the source Join Server (to roll the migration back).</source>
        <translation>Die ursprünglichen AppKeys aus devices.json wieder in den Join Server der Quelle einsetzen (um die Migration rückgängig zu machen).</translation>
    </message>
    <message>
        <source>Change AppKeys in the source Join Server</source>
        <translation>AppKeys im Join Server der Quelle ändern</translation>
    </message>
    <message>
        <source>Restore AppKeys in the source Join Server</source>
        <translation>AppKeys im Join Server der Quelle wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Change the AppKey of %n device(s) in the source Join Server?</source>
        <translation>
            <numerusform>Den AppKey von %n Endgerät im Join Server der Quelle ändern?</numerusform>
            <numerusform>Den AppKey von %n Endgeräten im Join Server der Quelle ändern?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore the original AppKey of %n device(s) in the source Join Server?</source>
        <translation>
            <numerusform>Den ursprünglichen AppKey von %n Endgerät im Join Server der Quelle wiederherstellen?</numerusform>
            <numerusform>Den ursprünglichen AppKey von %n Endgeräten im Join Server der Quelle wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each device gets a new random AppKey (LoRaWAN 1.1: also a new NwkKey) in the source Join Server, so it can no longer join the source network. Nothing else changes. The original keys stay in %1; “Restore…” puts them back.</source>
        <translation>Jedes Endgerät erhält im Join Server der Quelle einen neuen zufälligen AppKey (LoRaWAN 1.1: auch einen neuen NwkKey) und kann dem Netz der Quelle nicht mehr beitreten. Sonst ändert sich nichts. Die ursprünglichen Schlüssel bleiben in %1; „Wiederherstellen…“ setzt sie wieder ein.</translation>
    </message>
    <message>
        <source>The keys come from %1. Devices that can join the source network again may leave the target.</source>
        <translation>Die Schlüssel stammen aus %1. Endgeräte, die dem Netz der Quelle wieder beitreten können, verlassen womöglich das Ziel.</translation>
    </message>
    <message>
        <source>Changing AppKeys in the source Join Server…</source>
        <translation>AppKeys im Join Server der Quelle werden geändert…</translation>
    </message>
    <message>
        <source>Restoring AppKeys in the source Join Server…</source>
        <translation>AppKeys im Join Server der Quelle werden wiederhergestellt…</translation>
    </message>
    <message>
        <source>Every exported OTAA device has a new AppKey in the source Join Server. %1</source>
        <translation>Jedes exportierte OTAA-Endgerät hat im Join Server der Quelle einen neuen AppKey. %1</translation>
    </message>
    <message>
        <source>Every device has its original AppKey in the source Join Server again. %1</source>
        <translation>Jedes Endgerät hat im Join Server der Quelle wieder seinen ursprünglichen AppKey. %1</translation>
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
        <translation type="vanished">%1 enthält %2 Endgeräte, exportiert wurden aber %3: In TTN v2 wird nichts geändert</translation>
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
    <message>
        <source>no devices.json given</source>
        <translation>keine devices.json angegeben</translation>
    </message>
    <message>
        <source>%1 hold %2 devices, but %3 were exported: nothing is changed in TTN v2</source>
        <translation type="vanished">%1 enthalten %2 Endgeräte, exportiert wurden aber %3: In TTN v2 wird nichts geändert</translation>
    </message>
    <message>
        <source>line %1: device %2 appears twice (first in %3, line %4)</source>
        <translation>Zeile %1: Endgerät %2 kommt doppelt vor (zuerst in %3, Zeile %4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n device(s), but the export wrote %2: nothing is changed in TTN v2</source>
        <translation>
            <numerusform>%1 enthält %n Endgerät, der Export hat aber %2 geschrieben: In TTN v2 wird nichts geändert</numerusform>
            <numerusform>%1 enthält %n Endgeräte, der Export hat aber %2 geschrieben: In TTN v2 wird nichts geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 hold %n device(s), but the export wrote %2: nothing is changed in TTN v2</source>
        <translation>
            <numerusform>%1 enthalten %n Endgerät, der Export hat aber %2 geschrieben: In TTN v2 wird nichts geändert</numerusform>
            <numerusform>%1 enthalten %n Endgeräte, der Export hat aber %2 geschrieben: In TTN v2 wird nichts geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n device(s), but the export wrote %2: nothing is changed at the source</source>
        <translation>
            <numerusform>%1 enthält %n Endgerät, der Export hat aber %2 geschrieben: In der Quelle wird nichts geändert</numerusform>
            <numerusform>%1 enthält %n Endgeräte, der Export hat aber %2 geschrieben: In der Quelle wird nichts geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 hold %n device(s), but the export wrote %2: nothing is changed at the source</source>
        <translation>
            <numerusform>%1 enthalten %n Endgerät, der Export hat aber %2 geschrieben: In der Quelle wird nichts geändert</numerusform>
            <numerusform>%1 enthalten %n Endgeräte, der Export hat aber %2 geschrieben: In der Quelle wird nichts geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: ids.device_id is not a device ID of The Things Stack</source>
        <translation>Zeile %1: ids.device_id ist keine Endgeräte-ID von The Things Stack</translation>
    </message>
    <message>
        <source>line %1 (%2): root_keys.nwk_key.key is not a 32-digit hex key</source>
        <translation>Zeile %1 (%2): root_keys.nwk_key.key ist kein Schlüssel aus 32 Hex-Ziffern</translation>
    </message>
</context>
<context>
    <name>ChirpStackClient</name>
    <message>
        <source>cannot read the CA file %1</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ChirpStackConnectionForm</name>
    <message>
        <source>Show the API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>API-Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Use &amp;TLS (ChirpStack behind an HTTPS reverse proxy)</source>
        <translation>&amp;TLS verwenden (ChirpStack hinter einem HTTPS-Reverse-Proxy)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Auswä&amp;hlen…</translation>
    </message>
    <message>
        <source>&amp;List applications</source>
        <translation>Anwendungen auf&amp;listen</translation>
    </message>
    <message>
        <source>One frequency &amp;plan for every device (else each device profile&apos;s region&apos;s)</source>
        <translation>Ein Frequenz&amp;plan für alle Endgeräte (sonst je nach Region des Geräteprofils)</translation>
    </message>
    <message>
        <source>ChirpStack server</source>
        <translation>ChirpStack-Server</translation>
    </message>
    <message>
        <source>host:port, e.g. chirpstack.example.com:8080</source>
        <translation>host:port, z. B. chirpstack.example.com:8080</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>An API key (token) from ChirpStack&apos;s web interface</source>
        <translation>Ein API-Schlüssel (Token) aus der Weboberfläche von ChirpStack</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Optional: PEM file of a private certificate authority</source>
        <translation>Optional: PEM-Datei einer privaten Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Optional: with a tenant key, to find the application by name</source>
        <translation>Optional: mit einem Mandantenschlüssel, um die Anwendung nach Namen zu finden</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>The application&apos;s UUID or name</source>
        <translation>UUID oder Name der Anwendung</translation>
    </message>
    <message>
        <source>ChirpStack ser&amp;ver:</source>
        <translation>ChirpStack-Ser&amp;ver:</translation>
    </message>
    <message>
        <source>API ke&amp;y:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>CA c&amp;ertificate:</source>
        <translation>CA-Z&amp;ertifikat:</translation>
    </message>
    <message>
        <source>Tenant I&amp;D:</source>
        <translation>Mandanten-I&amp;D:</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <source>Enter the host and port of ChirpStack&apos;s API in “%1”.</source>
        <translation>Geben Sie unter „%1“ Host und Port der API von ChirpStack ein.</translation>
    </message>
    <message>
        <source>“%1” is host:port, e.g. chirpstack.example.com:8080.</source>
        <translation>„%1“ hat die Form host:port, z. B. chirpstack.example.com:8080.</translation>
    </message>
    <message>
        <source>Enter an API key of ChirpStack.</source>
        <translation>Geben Sie einen API-Schlüssel von ChirpStack ein.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s UUID or name, or list the applications.</source>
        <translation>Geben Sie UUID oder Name der Anwendung ein oder listen Sie die Anwendungen auf.</translation>
    </message>
    <message>
        <source>Choose the frequency plan for every device, or untick “%1”.</source>
        <translation>Wählen Sie den Frequenzplan für alle Endgeräte oder entfernen Sie das Häkchen bei „%1“.</translation>
    </message>
    <message>
        <source>Enter the server and the API key first.</source>
        <translation>Geben Sie zuerst den Server und den API-Schlüssel ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) the key can see.</source>
        <translation>
            <numerusform>%n Anwendung, die der Schlüssel sehen kann.</numerusform>
            <numerusform>%n Anwendungen, die der Schlüssel sehen kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing applications…</source>
        <translation>Anwendungen werden aufgelistet…</translation>
    </message>
</context>
<context>
    <name>ChirpStackConverter</name>
    <message>
        <source>the payload codec reads input.variables, which only ChirpStack passes: check the formatter in The Things Stack</source>
        <translation>der Payload-Codec liest input.variables, die nur ChirpStack übergibt: Prüfen Sie den Formatter in The Things Stack</translation>
    </message>
    <message>
        <source>the payload codec uses Buffer, which only ChirpStack&apos;s JavaScript engine has: check the formatter in The Things Stack</source>
        <translation>der Payload-Codec verwendet Buffer, das nur die JavaScript-Engine von ChirpStack kennt: Prüfen Sie den Formatter in The Things Stack</translation>
    </message>
    <message>
        <source>the payload codec is larger than 16 KB: The Things Stack may refuse it as a per-device formatter</source>
        <translation>der Payload-Codec ist größer als 16 KB: The Things Stack lehnt ihn als Formatter pro Endgerät möglicherweise ab</translation>
    </message>
    <message>
        <source>the device profile&apos;s LoRaWAN version or regional parameters revision is not one ChirpStack defines</source>
        <translation>die LoRaWAN-Version oder die Revision der regionalen Parameter des Geräteprofils ist keine, die ChirpStack definiert</translation>
    </message>
    <message>
        <source>regional parameters RP002-1.0.5 have no equivalent in The Things Stack</source>
        <translation>die regionalen Parameter RP002-1.0.5 haben keine Entsprechung in The Things Stack</translation>
    </message>
    <message>
        <source>regional parameters RP002-1.0.5 have no equivalent in The Things Stack: exported as RP002-1.0.4</source>
        <translation>die regionalen Parameter RP002-1.0.5 haben keine Entsprechung in The Things Stack: als RP002-1.0.4 exportiert</translation>
    </message>
    <message>
        <source>LoRaWAN 1.0.3 with revision B does not exist in The Things Stack: exported as 1.0.3 revision A</source>
        <translation>LoRaWAN 1.0.3 mit Revision B gibt es in The Things Stack nicht: als 1.0.3 Revision A exportiert</translation>
    </message>
    <message>
        <source>LoRaWAN 1.0.4 with regional parameters revision %1 is not a real pair: set the device profile&apos;s revision to the RP002 version the device implements</source>
        <translation>LoRaWAN 1.0.4 mit der Revision %1 der regionalen Parameter ist keine gültige Kombination: Setzen Sie die Revision des Geräteprofils auf die RP002-Version, die das Endgerät implementiert</translation>
    </message>
    <message>
        <source>OTAA device without keys in ChirpStack: it could not join The Things Stack; set its keys in ChirpStack first</source>
        <translation>OTAA-Endgerät ohne Schlüssel in ChirpStack: Es könnte The Things Stack nicht beitreten; setzen Sie zuerst seine Schlüssel in ChirpStack</translation>
    </message>
    <message>
        <source>ABP device without a session in ChirpStack (never activated): nothing to migrate</source>
        <translation>ABP-Endgerät ohne Sitzung in ChirpStack (nie aktiviert): nichts zu migrieren</translation>
    </message>
    <message>
        <source>the AppSKey is kept by a join server, not by ChirpStack: the session cannot be exported</source>
        <translation>der AppSKey wird von einem Join Server verwaltet, nicht von ChirpStack: Die Sitzung kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>ChirpStack&apos;s region CN779 has no frequency plan in The Things Stack</source>
        <translation>für die ChirpStack-Region CN779 gibt es keinen Frequenzplan in The Things Stack</translation>
    </message>
    <message>
        <source>name shortened to %1 characters (The Things Stack&apos;s limit)</source>
        <translation>Name auf %1 Zeichen gekürzt (die Grenze von The Things Stack)</translation>
    </message>
    <message numerus="yes">
        <source>%n device variable(s) not exported (they may hold secrets)</source>
        <translation>
            <numerusform>%n Endgerätevariable nicht exportiert (sie kann Geheimnisse enthalten)</numerusform>
            <numerusform>%n Endgerätevariablen nicht exportiert (sie können Geheimnisse enthalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>the GenAppKey (multicast key generation) has no field in The Things Stack: not exported</source>
        <translation>der GenAppKey (Schlüsselerzeugung für Multicast) hat kein Feld in The Things Stack: nicht exportiert</translation>
    </message>
    <message>
        <source>the device profile&apos;s class B ping slot periodicity is not 0-7</source>
        <translation>die Periodizität der Class-B-Ping-Slots im Geräteprofil liegt nicht zwischen 0 und 7</translation>
    </message>
    <message>
        <source>exported with its session (DevAddr %1): it keeps working only where the device&apos;s uplinks for that DevAddr arrive</source>
        <translation>mit seiner Sitzung exportiert (DevAddr %1): Es funktioniert nur dort weiter, wo die Uplinks des Endgeräts für diese DevAddr ankommen</translation>
    </message>
    <message>
        <source>the session&apos;s AppSKey is kept by a join server: exported without session, the device must re-join</source>
        <translation>der AppSKey der Sitzung wird von einem Join Server verwaltet: ohne Sitzung exportiert, das Endgerät muss einen neuen Join durchführen</translation>
    </message>
    <message>
        <source>disabled in ChirpStack: The Things Stack will serve it</source>
        <translation>in ChirpStack deaktiviert: The Things Stack wird es bedienen</translation>
    </message>
    <message>
        <source>ChirpStack</source>
        <translation>ChirpStack</translation>
    </message>
    <message>
        <source>Device profile “%1”: %2, %3, frequency plan %4</source>
        <translation>Geräteprofil „%1“: %2, %3, Frequenzplan %4</translation>
    </message>
</context>
<context>
    <name>ChirpStackDeviceSource</name>
    <message>
        <source>stopped before this device was read from ChirpStack</source>
        <translation>angehalten, bevor dieses Endgerät aus ChirpStack gelesen wurde</translation>
    </message>
    <message>
        <source>ChirpStack</source>
        <translation>ChirpStack</translation>
    </message>
    <message>
        <source>Finding the application in ChirpStack…</source>
        <translation>Anwendung wird in ChirpStack gesucht…</translation>
    </message>
    <message>
        <source>not a DevEUI (16 hexadecimal digits): ChirpStack names devices by DevEUI</source>
        <translation>keine DevEUI (16 Hexadezimalziffern): ChirpStack benennt Endgeräte nach ihrer DevEUI</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n device(s) from ChirpStack…</source>
        <translation>
            <numerusform>%n Endgerät wird aus ChirpStack gelesen…</numerusform>
            <numerusform>%n Endgeräte werden aus ChirpStack gelesen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChirpStackDisablePanel</name>
    <message>
        <source>&amp;Disable in ChirpStack…</source>
        <translation>In ChirpStack &amp;deaktivieren…</translation>
    </message>
    <message>
        <source>&amp;Enable again…</source>
        <translation>Wieder &amp;aktivieren…</translation>
    </message>
    <message>
        <source>Puts every device back as it was before: a device that was disabled already stays disabled.</source>
        <translation>Versetzt jedes Endgerät in seinen vorherigen Zustand zurück: Ein Endgerät, das schon vorher deaktiviert war, bleibt deaktiviert.</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n device(s) in ChirpStack? They stop being served by ChirpStack, so they can join The Things Stack. Their earlier state is written to %1; “Enable again” undoes it.</source>
        <translation>
            <numerusform>%n Endgerät in ChirpStack deaktivieren? Es wird dann nicht mehr von ChirpStack bedient und kann so The Things Stack beitreten. Sein vorheriger Zustand wird in %1 geschrieben; „Wieder aktivieren“ macht dies rückgängig.</numerusform>
            <numerusform>%n Endgeräte in ChirpStack deaktivieren? Sie werden dann nicht mehr von ChirpStack bedient und können so The Things Stack beitreten. Ihr vorheriger Zustand wird in %1 geschrieben; „Wieder aktivieren“ macht dies rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable the devices again in ChirpStack, as they were before they were disabled? A device must never be active on both networks: do this only if the devices are not in The Things Stack.</source>
        <translation>Die Endgeräte in ChirpStack wieder aktivieren, so wie sie vor dem Deaktivieren waren? Ein Endgerät darf nie in beiden Netzen aktiv sein: Tun Sie dies nur, wenn die Endgeräte nicht in The Things Stack sind.</translation>
    </message>
    <message>
        <source>Disable in ChirpStack</source>
        <translation>In ChirpStack deaktivieren</translation>
    </message>
    <message>
        <source>Enable again in ChirpStack</source>
        <translation>In ChirpStack wieder aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Disabling %n device(s) in ChirpStack…</source>
        <translation>
            <numerusform>%n Endgerät wird in ChirpStack deaktiviert…</numerusform>
            <numerusform>%n Endgeräte werden in ChirpStack deaktiviert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabling the devices again in ChirpStack…</source>
        <translation>Endgeräte werden in ChirpStack wieder aktiviert…</translation>
    </message>
    <message numerus="yes">
        <source>Disabled in ChirpStack: %1 (%n of them disabled before). Journal: %2</source>
        <translation>
            <numerusform>In ChirpStack deaktiviert: %1 (davon war %n schon vorher deaktiviert). Journal: %2</numerusform>
            <numerusform>In ChirpStack deaktiviert: %1 (davon waren %n schon vorher deaktiviert). Journal: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled again in ChirpStack: %1 (%n disabled before stay disabled).</source>
        <translation>
            <numerusform>In ChirpStack wieder aktiviert: %1 (%n schon vorher deaktiviertes Endgerät bleibt deaktiviert).</numerusform>
            <numerusform>In ChirpStack wieder aktiviert: %1 (%n schon vorher deaktivierte Endgeräte bleiben deaktiviert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) failed: %1</source>
        <translation>
            <numerusform>%n Endgerät fehlgeschlagen: %1</numerusform>
            <numerusform>%n Endgeräte fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChirpStackDisabler</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist: nothing was disabled with it</source>
        <translation>%1 existiert nicht: damit wurde nichts deaktiviert</translation>
    </message>
</context>
<context>
    <name>ChirpStackErrors</name>
    <message>
        <source>ChirpStack refused to list its tenants: only an admin key may, and finding an application by name needs them.</source>
        <translation>ChirpStack hat das Auflisten seiner Mandanten verweigert: Das darf nur ein Admin-Schlüssel, und die Suche einer Anwendung nach Namen benötigt sie.</translation>
    </message>
    <message>
        <source>ChirpStack refused the request. It gives this same answer when the API key is wrong or was deleted, belongs to another tenant, is read-only (for a change), or when the device or application does not exist and the key is a tenant key.</source>
        <translation>ChirpStack hat die Anfrage abgelehnt. Diese Antwort kommt auch, wenn der API-Schlüssel falsch ist oder gelöscht wurde, zu einem anderen Mandanten gehört, nur Leserechte hat (bei einer Änderung) oder wenn das Endgerät oder die Anwendung nicht existiert und der Schlüssel ein Mandantenschlüssel ist.</translation>
    </message>
    <message>
        <source>ChirpStack says the API key may not do this.</source>
        <translation>Laut ChirpStack darf der API-Schlüssel das nicht.</translation>
    </message>
    <message>
        <source>ChirpStack does not know this object.</source>
        <translation>ChirpStack kennt dieses Objekt nicht.</translation>
    </message>
    <message>
        <source>ChirpStack does not know %1.</source>
        <translation>ChirpStack kennt %1 nicht.</translation>
    </message>
    <message>
        <source>ChirpStack refused the request as invalid (a malformed ID or EUI?).</source>
        <translation>ChirpStack hat die Anfrage als ungültig abgelehnt (eine fehlerhafte ID oder EUI?).</translation>
    </message>
    <message>
        <source>ChirpStack failed on the request (a malformed EUI gives this too).</source>
        <translation>ChirpStack ist bei der Anfrage fehlgeschlagen (auch eine fehlerhafte EUI führt dazu).</translation>
    </message>
    <message>
        <source>ChirpStack did not answer in time.</source>
        <translation>ChirpStack hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The TLS connection to ChirpStack failed.</source>
        <translation>Die TLS-Verbindung zu ChirpStack ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>ChirpStack could not be reached.</source>
        <translation>ChirpStack ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>What answered does not offer ChirpStack v4&apos;s API.</source>
        <translation>Der antwortende Dienst bietet nicht die API von ChirpStack v4.</translation>
    </message>
    <message>
        <source>The request to ChirpStack was canceled.</source>
        <translation>Die Anfrage an ChirpStack wurde abgebrochen.</translation>
    </message>
    <message>
        <source>ChirpStack answered with an error (gRPC status %1).</source>
        <translation>ChirpStack hat mit einem Fehler geantwortet (gRPC-Status %1).</translation>
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
        <translation type="vanished">1 Anfrage an TTN v2</translation>
    </message>
    <message>
        <source>%1 requests to TTN v2</source>
        <translation type="vanished">%1 Anfragen an TTN v2</translation>
    </message>
    <message>
        <source>summary: %1 exported, %2 skipped, %3 failed of %4 requested (%5, %6 s)</source>
        <translation>Zusammenfassung: %1 exportiert, %2 übersprungen, %3 fehlgeschlagen von %4 angeforderten (%5, %6 s)</translation>
    </message>
    <message>
        <source>retried 1 request after transient faults</source>
        <translation type="vanished">1 Anfrage nach vorübergehenden Fehlern wiederholt</translation>
    </message>
    <message>
        <source>retried %1 requests after transient faults</source>
        <translation type="vanished">%1 Anfragen nach vorübergehenden Fehlern wiederholt</translation>
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
        <translation type="vanished">Hinweis: ein früherer AppKey-Vorgang (%1) für %2 Endgeräte aus %3 (%4) wurde nicht abgeschlossen; ein erneuter Aufruf mit derselben devices.json setzt ihn fort (Journal %5)</translation>
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
        <translation type="vanished">restore-app-keys braucht genau eine devices.json (die Datei des Exports, dessen AppKeys geändert wurden)</translation>
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
        <translation type="vanished">ttn-lw-migrate: exportiert Endgeräte aus TTN v2 als JSON für The Things Stack (NDJSON).

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
    <message>
        <source>invalid value for --split-size: use a size in MiB, e.g. 10</source>
        <translation>ungültiger Wert für --split-size: eine Größe in MiB verwenden, z. B. 10</translation>
    </message>
    <message>
        <source>restore-app-keys needs the devices.json of the export whose AppKeys were changed (every part, for a split export)</source>
        <translation>restore-app-keys braucht die devices.json des Exports, dessen AppKeys geändert wurden (bei einem aufgeteilten Export jeden Teil)</translation>
    </message>
    <message>
        <source>--split needs -o FILE: the parts are named from it (devices.json -&gt; devices-001.json, devices-002.json, ...)</source>
        <translation>--split braucht -o FILE: Die Teile werden danach benannt (devices.json -&gt; devices-001.json, devices-002.json, ...)</translation>
    </message>
    <message>
        <source>invalid value for --split-size: use a size in MiB of at least 1 and below %1 (The Things Stack Console refuses files of %1 MiB or more)</source>
        <translation>ungültiger Wert für --split-size: eine Größe in MiB von mindestens 1 und unter %1 verwenden (die Console von The Things Stack lehnt Dateien ab %1 MiB ab)</translation>
    </message>
    <message>
        <source>--dev-id-map %1: %2</source>
        <translation>--dev-id-map %1: %2</translation>
    </message>
    <message>
        <source>ttn-lw-migrate: export end devices from TTN v2 as The Things Stack JSON (NDJSON).

Usage:
  ttn-lw-migrate device --source ttnv2 [flags] [DEVICE-ID...]
  ttn-lw-migrate application --source ttnv2 [flags] APPLICATION-ID
  ttn-lw-migrate ttnv2 device|application [flags] [ID...]   (unprefixed flags)
  ttn-lw-migrate restore-app-keys --source ttnv2 [flags] devices.json [PART...]
  ttn-lw-migrate tts import|status [flags] devices.json...   (see ttn-lw-migrate tts --help)
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
      again. Undo with: restore-app-keys FILE (puts the keys from FILE back;
      name every part of a split export)

General flags:
  --dev-id-prefix PREFIX   prefix &quot;PREFIX-&quot; for every exported device ID
  --dev-id-map FILE        new device IDs, one &quot;v2-id,v3-id&quot; per line, for
                           devices The Things Stack would refuse (reserved ID
                           such as &quot;test&quot;, invalid, or the same ID twice); the
                           v2 ID stays in &quot;name&quot; and the &quot;old-id&quot; attribute
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
                           device&apos;s decision on stderr
  -o, --output FILE        write the export to FILE atomically (mode 0600) instead of stdout
  -h, --help               show this help
  --version                show the version

Advanced:
  --ttnv2.requests-per-second N   pace requests (default 5, the v2 limit)
  --ttnv2.timeout DURATION        timeout per request attempt (default 30s)

Output: one JSON object per line (NDJSON) on stdout, nothing else, in pure
ASCII. Messages, skipped or failed devices with their reasons, and the summary
(how many devices are ready for import, every device The Things Stack&apos;s
import rules would refuse) go to stderr.

Exit codes:
  0  every requested device was exported
  3  finished, but some devices were skipped or failed
  2  usage error (nothing was sent to TTN v2)
  1  nothing could be exported (access key, network, unknown application, ...)
  130  interrupted (Ctrl-C); no output file is written
</source>
        <translation type="vanished">ttn-lw-migrate: exportiert Endgeräte aus TTN v2 als The Things Stack JSON (NDJSON).

Aufruf:
  ttn-lw-migrate device --source ttnv2 [Optionen] [DEVICE-ID...]
  ttn-lw-migrate application --source ttnv2 [Optionen] APPLICATION-ID
  ttn-lw-migrate ttnv2 device|application [Optionen] [ID...]   (Optionen ohne Präfix)
  ttn-lw-migrate restore-app-keys --source ttnv2 [Optionen] devices.json [PART...]
  ttn-lw-migrate tts import|status [Optionen] devices.json...   (siehe ttn-lw-migrate tts --help)
Ohne DEVICE-IDs werden die IDs von stdin gelesen, eine pro Zeile.

Beispiele (aus der Migrationsanleitung):
  ttn-lw-migrate device --source ttnv2 &quot;v2-end-device-ID&quot; --ttnv2.with-session=false &gt; devices.json
  ttn-lw-migrate device --source ttnv2 --ttnv2.with-session=false &lt; device_ids.txt &gt; devices.json
  ttn-lw-migrate application --source ttnv2 &quot;ttn-v2-application-ID&quot; --ttnv2.with-session=false &gt; devices.json

TTN-v2-Optionen: --ttnv2.NAME mit --source ttnv2, --NAME nach &quot;ttnv2&quot;. Zu jeder
gibt es eine Umgebungsvariable; die Option hat Vorrang.
  --ttnv2.app-id ID                      TTNV2_APP_ID
      v2-Anwendungs-ID (bei &quot;application&quot; hat das Argument Vorrang)
  --ttnv2.app-access-key KEY             TTNV2_APP_ACCESS_KEY
      Zugriffsschlüssel mit dem Recht &quot;devices&quot;; wird nie ausgegeben. Besser die
      Variable verwenden: Sie landet nicht in Ihrer Shell-History
  --ttnv2.frequency-plan-id ID           FREQUENCY_PLAN_ID
      Frequenzplan der exportierten Endgeräte, erforderlich, z. B. EU_863_870_TTN
  --ttnv2.with-session[=true|false]      TTNV2_WITH_SESSION
      auch die aktive Sitzung exportieren (Standard false: Endgeräte führen
      einen neuen Join durch)
  --ttnv2.handler-address URL            TTNV2_HANDLER_ADDRESS
      die HTTP-API des Handlers, z. B. http://eu.thethings.network:8084
  --ttnv2.discovery-server-address URL   TTNV2_DISCOVERY_SERVER_ADDRESS
      die HTTP-API eines Discovery-Servers; er findet den Handler der Anwendung
  --ttnv2.ca-cert FILE                   TTNV2_CA_CERT
      zusätzliches CA-Zertifikat (PEM) für HTTPS zu privaten Installationen
  Eine der beiden Adressen ist erforderlich: Das öffentliche TTN-v2-Netz ist
  abgeschaltet, daher gibt es keinen Standardwert.
  --ttnv2.change-app-key[=true|false]    (keine Variable)
      braucht -o FILE: Sobald FILE geschrieben und zurückgelesen ist, erhält
      jedes exportierte OTAA-Endgerät in TTN v2 einen neuen zufälligen AppKey,
      damit es dort keinen Join mehr durchführen kann. Rückgängig mit:
      restore-app-keys FILE (setzt die Schlüssel aus FILE wieder ein; bei
      einem aufgeteilten Export jeden Teil angeben)

Allgemeine Optionen:
  --dev-id-prefix PREFIX   Präfix &quot;PREFIX-&quot; für jede exportierte Endgeräte-ID
  --dev-id-map FILE        neue Endgeräte-IDs, eine Zeile &quot;v2-id,v3-id&quot; je
                           Endgerät, für Endgeräte, die The Things Stack
                           ablehnen würde (reservierte ID wie &quot;test&quot;, ungültig
                           oder dieselbe ID doppelt); die v2-ID bleibt in
                           &quot;name&quot; und im Attribut &quot;old-id&quot; erhalten
  --drop-invalid-attributes
                           Attribute weglassen, die The Things Stack ablehnt
                           (ungültiger Schlüssel, Wert über 200 Zeichen, mehr
                           als 10), statt das Endgerät scheitern zu lassen; je
                           Endgerät aufgeführt
  --split                  mit -o FILE: nummerierte Teile (devices-001.json, ...)
                           von jeweils höchstens 10 MiB; die Console lehnt
                           Dateien ab 16 MiB ab
  --split-size MIB         Größe jedes Teils, mindestens 1 und unter 16
                           (schließt --split ein)
  --dry-run                nichts in TTN v2 schreiben (der Export tut das nie;
                           der Export geht trotzdem nach stdout oder FILE); mit
                           change-app-key oder restore-app-keys: auflisten,
                           was sich ändern würde
  --verbose                jede Anfrage (Methode, Pfad, Status, Zeit) und die
                           Entscheidung zu jedem Endgerät auf stderr
  -o, --output FILE        den Export atomar nach FILE schreiben (Modus 0600) statt nach stdout
  -h, --help               diese Hilfe anzeigen
  --version                die Version anzeigen

Erweitert:
  --ttnv2.requests-per-second N   Anfragen takten (Standard 5, das v2-Limit)
  --ttnv2.timeout DURATION        Timeout pro Anfrageversuch (Standard 30s)

Ausgabe: ein JSON-Objekt pro Zeile (NDJSON) auf stdout, sonst nichts, in reinem
ASCII. Meldungen, übersprungene oder fehlgeschlagene Endgeräte mit ihren
Gründen und die Zusammenfassung (wie viele Endgeräte zum Import bereit sind,
jedes Endgerät, das nach den Importregeln von The Things Stack abgelehnt würde)
gehen nach stderr.

Exit-Codes:
  0  jedes angeforderte Endgerät wurde exportiert
  3  abgeschlossen, aber einige Endgeräte wurden übersprungen oder sind fehlgeschlagen
  2  Aufruffehler (nichts wurde an TTN v2 gesendet)
  1  nichts konnte exportiert werden (Zugriffsschlüssel, Netzwerk, unbekannte Anwendung, ...)
  130  unterbrochen (Strg+C); es wird keine Ausgabedatei geschrieben
</translation>
    </message>
    <message>
        <source>%1 (--dev-id-map FILE)</source>
        <translation>%1 (--dev-id-map FILE)</translation>
    </message>
    <message>
        <source>%1 (--drop-invalid-attributes)</source>
        <translation>%1 (--drop-invalid-attributes)</translation>
    </message>
    <message numerus="yes">
        <source>ready for import into The Things Stack: %n device(s)</source>
        <translation>
            <numerusform>bereit zum Import in The Things Stack: %n Endgerät</numerusform>
            <numerusform>bereit zum Import in The Things Stack: %n Endgeräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused by The Things Stack&apos;s import rules, not exported: %n device(s)</source>
        <translation>
            <numerusform>von den Importregeln von The Things Stack abgelehnt, nicht exportiert: %n Endgerät</numerusform>
            <numerusform>von den Importregeln von The Things Stack abgelehnt, nicht exportiert: %n Endgeräte</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; for --%2: use true or false</source>
        <translation type="vanished">ungültiger Wert &quot;%1&quot; für --%2: true oder false verwenden</translation>
    </message>
    <message>
        <source>invalid %1 &quot;%2&quot;: %3</source>
        <translation>ungültiger Wert &quot;%2&quot; für %1: %3</translation>
    </message>
    <message>
        <source>missing --tts.address (or TTS_ADDRESS): the Identity Server&apos;s URL, e.g. https://eu1.cloud.thethings.network</source>
        <translation>--tts.address fehlt (oder TTS_ADDRESS): die URL des Identity Servers, z. B. https://eu1.cloud.thethings.network</translation>
    </message>
    <message>
        <source>missing --tts.application-id (or TTS_APPLICATION_ID): the target application in The Things Stack</source>
        <translation>--tts.application-id fehlt (oder TTS_APPLICATION_ID): die Zielanwendung in The Things Stack</translation>
    </message>
    <message>
        <source>invalid %1 &quot;%2&quot;: an application ID has 3 to 36 lower-case letters, digits and single dashes</source>
        <translation>ungültiger Wert &quot;%2&quot; für %1: Eine Anwendungs-ID besteht aus 3 bis 36 Kleinbuchstaben, Ziffern und einzelnen Bindestrichen</translation>
    </message>
    <message>
        <source>missing --tts.api-key (or TTS_API_KEY): an API key of the application (NNSXS.…)</source>
        <translation>--tts.api-key fehlt (oder TTS_API_KEY): ein API-Schlüssel der Anwendung (NNSXS.…)</translation>
    </message>
    <message>
        <source>invalid %1: that is not an API key (it looks like NNSXS.&lt;ID&gt;.&lt;SECRET&gt;)</source>
        <translation>ungültiger Wert für %1: Das ist kein API-Schlüssel (er hat die Form NNSXS.&lt;ID&gt;.&lt;SECRET&gt;)</translation>
    </message>
    <message>
        <source>invalid value for --concurrency: use a whole number from 1 to %1</source>
        <translation type="vanished">ungültiger Wert für --concurrency: eine ganze Zahl von 1 bis %1 verwenden</translation>
    </message>
    <message>
        <source>invalid value for --timeout: use a duration such as 30s or 500ms</source>
        <translation type="vanished">ungültiger Wert für --timeout: eine Dauer wie 30s oder 500ms verwenden</translation>
    </message>
    <message>
        <source>unknown flag %1 for the tts commands</source>
        <translation>unbekannte Option %1 für die tts-Befehle</translation>
    </message>
    <message>
        <source>missing command after tts: import or status</source>
        <translation>Befehl nach tts fehlt: import oder status</translation>
    </message>
    <message>
        <source>unknown command &quot;tts %1&quot;: use tts import or tts status</source>
        <translation>unbekannter Befehl &quot;tts %1&quot;: tts import oder tts status verwenden</translation>
    </message>
    <message>
        <source>missing FILE: give the devices.json written by the export (several files for an export split into parts)</source>
        <translation>FILE fehlt: geben Sie die beim Export geschriebene devices.json an (mehrere Dateien bei einem in Teile aufgeteilten Export)</translation>
    </message>
    <message>
        <source>ttn-lw-migrate tts: import devices.json into The Things Stack, and watch the devices join.

Usage:
  ttn-lw-migrate tts import [flags] FILE...   create every device of FILE (parts of one export)
  ttn-lw-migrate tts status [flags] FILE...   waiting / joined / active per device

Flags (each has an environment variable; the flag wins):
  --tts.address URL              TTS_ADDRESS
      the Identity Server, e.g. https://eu1.cloud.thethings.network (http:// for
      local test servers); /api/v3 is added. Also the cluster unless:
  --tts.cluster-address URL      TTS_CLUSTER_ADDRESS
      the Join/Network/Application Server cluster when it differs (TTN: IS on
      eu1, cluster eu1, nam1 or au1)
  --tts.application-id ID        TTS_APPLICATION_ID
      the target application; it replaces the application ID in FILE
  --tts.api-key KEY              TTS_API_KEY
      an API key (NNSXS.…) with the rights devices read, devices write (and
      write keys when FILE has keys); never printed. Prefer the variable
  --concurrency N                at most N devices in flight (default 16); the import
                                 starts with 4 and adapts to the server&apos;s rate limit
  --dry-run                      import: pre-flight and conflicts only, write nothing
  --verbose                      each request (method, server, path, status, time)
                                 and each device on stderr, secrets redacted
  --timeout DURATION             per request attempt (default 30s)

Output: import: one line per device that is not imported (all with --verbose)
and a summary on stderr. status: one line per device and the summary
&quot;N joined, M waiting, K active of T&quot; on stdout.

Exit codes:
  0  every device imported or already in The Things Stack (status: all found)
  3  finished, but some devices were not imported (status: some not in TTS)
  2  usage error (nothing was sent)
  1  nothing could be done (API key, rights, unknown application, network)
  130  interrupted (Ctrl-C): the devices in flight were finished or rolled back
</source>
        <translation type="vanished">ttn-lw-migrate tts: devices.json in The Things Stack importieren und den Join verfolgen.

Aufruf:
  ttn-lw-migrate tts import [Optionen] FILE...   jedes Endgerät aus FILE anlegen (Teile eines Exports)
  ttn-lw-migrate tts status [Optionen] FILE...   wartend / beigetreten / aktiv je Endgerät

Optionen (zu jeder gibt es eine Umgebungsvariable; die Option hat Vorrang):
  --tts.address URL              TTS_ADDRESS
      der Identity Server, z. B. https://eu1.cloud.thethings.network (http:// für
      lokale Testserver); /api/v3 wird angehängt. Auch der Cluster, außer mit:
  --tts.cluster-address URL      TTS_CLUSTER_ADDRESS
      der Cluster aus Join/Network/Application Server, falls er abweicht (TTN:
      IS auf eu1, Cluster eu1, nam1 oder au1)
  --tts.application-id ID        TTS_APPLICATION_ID
      die Zielanwendung; sie ersetzt die Anwendungs-ID in FILE
  --tts.api-key KEY              TTS_API_KEY
      ein API-Schlüssel (NNSXS.…) mit den Rechten devices read, devices write
      (und write keys, wenn FILE Schlüssel enthält); wird nie ausgegeben. Besser
      die Variable verwenden
  --concurrency N                höchstens N Endgeräte gleichzeitig (Standard 16); der Import
                                 beginnt mit 4 und passt sich dem Ratenlimit des Servers an
  --dry-run                      import: nur Vorabprüfung und Konflikte, nichts schreiben
  --verbose                      jede Anfrage (Methode, Server, Pfad, Status, Zeit)
                                 und jedes Endgerät auf stderr, Geheimnisse geschwärzt
  --timeout DURATION             pro Anfrageversuch (Standard 30s)

Ausgabe: import: eine Zeile je Endgerät, das nicht importiert wird (alle mit
--verbose), und eine Zusammenfassung auf stderr. status: eine Zeile je Endgerät
und die Zusammenfassung &quot;N joined, M waiting, K active of T&quot; auf stdout.

Exit-Codes:
  0  jedes Endgerät importiert oder bereits in The Things Stack (status: alle gefunden)
  3  abgeschlossen, aber einige Endgeräte wurden nicht importiert (status: einige nicht in TTS)
  2  Aufruffehler (nichts wurde gesendet)
  1  nichts konnte getan werden (API-Schlüssel, Rechte, unbekannte Anwendung, Netzwerk)
  130  unterbrochen (Strg+C): die laufenden Endgeräte wurden abgeschlossen oder zurückgerollt
</translation>
    </message>
    <message>
        <source>see ttn-lw-migrate tts --help</source>
        <translation>siehe ttn-lw-migrate tts --help</translation>
    </message>
    <message>
        <source>importing %1 into application %2 of %3 (API key %4)%5</source>
        <translation>%1 wird in die Anwendung %2 auf %3 importiert (API-Schlüssel %4)%5</translation>
    </message>
    <message>
        <source>, dry run</source>
        <translation>, Probelauf</translation>
    </message>
    <message>
        <source>interrupted: finishing or rolling back the devices in flight…</source>
        <translation>unterbrochen: die laufenden Endgeräte werden abgeschlossen oder zurückgerollt…</translation>
    </message>
    <message>
        <source>dry run: %1 would be imported, %2 already in TTS, %3 would fail of %4 (%5 requests, nothing written)</source>
        <translation type="vanished">Probelauf: %1 würden importiert, %2 bereits in TTS, %3 würden fehlschlagen, von %4 (%5 Anfragen, nichts geschrieben)</translation>
    </message>
    <message>
        <source>%1 imported, %2 already in TTS, %3 failed, %4 not imported of %5 in %6 s (%7 requests)</source>
        <translation type="vanished">%1 importiert, %2 bereits in TTS, %3 fehlgeschlagen, %4 nicht importiert von %5 in %6 s (%7 Anfragen)</translation>
    </message>
    <message>
        <source>; %1 partly created: delete them in the Console</source>
        <translation>; %1 teilweise angelegt: Löschen Sie sie in der Console</translation>
    </message>
    <message>
        <source>; throttled %1 times</source>
        <translation type="vanished">; %1-mal gedrosselt</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>ENDGERÄT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>ZULETZT GESEHEN</translation>
    </message>
    <message>
        <source>ACTIVE SINCE</source>
        <translation>AKTIV SEIT</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of the file are not in application %1: import them with ttn-lw-migrate tts import</source>
        <translation>
            <numerusform>%n Endgerät der Datei ist nicht in der Anwendung %1: Importieren Sie es mit ttn-lw-migrate tts import</numerusform>
            <numerusform>%n Endgeräte der Datei sind nicht in der Anwendung %1: Importieren Sie sie mit ttn-lw-migrate tts import</numerusform>
        </translation>
    </message>
    <message>
        <source>still waiting is normal until a device retries its join; usual causes: %1</source>
        <translation>dass Endgeräte noch warten, ist normal, bis sie ihren Join erneut versuchen; übliche Ursachen: %1</translation>
    </message>
    <message numerus="yes">
        <source>note: an earlier AppKey %1 of %n device(s) from %2 (%3) did not finish; running it again with the same devices.json resumes it (journal %4)</source>
        <translation>
            <numerusform>Hinweis: ein früherer AppKey-Durchlauf (%1) für %n Endgerät aus %2 (%3) wurde nicht abgeschlossen; ein erneuter Aufruf mit derselben devices.json setzt ihn fort (Journal %4)</numerusform>
            <numerusform>Hinweis: ein früherer AppKey-Durchlauf (%1) für %n Endgeräte aus %2 (%3) wurde nicht abgeschlossen; ein erneuter Aufruf mit derselben devices.json setzt ihn fort (Journal %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid value for %1: use a whole number from %2 to %3</source>
        <translation>ungültiger Wert für %1: eine ganze Zahl von %2 bis %3 verwenden</translation>
    </message>
    <message>
        <source>v2 application ID (for &quot;application&quot;, the argument wins)</source>
        <translation>v2-Anwendungs-ID (bei &quot;application&quot; hat das Argument Vorrang)</translation>
    </message>
    <message>
        <source>access key with the &quot;devices&quot; right; never printed. Prefer the variable: it stays out of your shell history</source>
        <translation>Zugriffsschlüssel mit dem Recht &quot;devices&quot;; wird nie ausgegeben. Besser die Variable verwenden: Sie bleibt aus Ihrem Shell-Verlauf heraus</translation>
    </message>
    <message>
        <source>frequency plan of the exported devices, required, e.g. EU_863_870_TTN</source>
        <translation>Frequenzplan der exportierten Endgeräte, erforderlich, z. B. EU_863_870_TTN</translation>
    </message>
    <message>
        <source>also export the active session (default false: devices re-join)</source>
        <translation>auch die aktive Sitzung exportieren (Standard false: Endgeräte führen einen neuen Join durch)</translation>
    </message>
    <message>
        <source>the handler&apos;s HTTP API, e.g. http://eu.thethings.network:8084</source>
        <translation>die HTTP-API des Handlers, z. B. http://eu.thethings.network:8084</translation>
    </message>
    <message>
        <source>a discovery server&apos;s HTTP API; it finds the application&apos;s handler. One of the two addresses is required: the public TTN v2 network is shut down, so there is no default</source>
        <translation>die HTTP-API eines Discovery-Servers; er findet den Handler der Anwendung. Eine der beiden Adressen ist erforderlich: Das öffentliche TTN-v2-Netz ist abgeschaltet, daher gibt es keinen Standard</translation>
    </message>
    <message>
        <source>extra CA certificate (PEM) for HTTPS to private deployments</source>
        <translation>zusätzliches CA-Zertifikat (PEM) für HTTPS zu privaten Installationen</translation>
    </message>
    <message>
        <source>needs -o FILE: once FILE is written and read back, give each exported OTAA device a new random AppKey in TTN v2, so it cannot join there again. Undo with: restore-app-keys FILE (puts the keys from FILE back; name every part of a split export)</source>
        <translation>braucht -o FILE: Sobald FILE geschrieben und zurückgelesen ist, erhält jedes exportierte OTAA-Endgerät in TTN v2 einen neuen zufälligen AppKey, sodass es dort keinen Join mehr durchführen kann. Rückgängig mit: restore-app-keys FILE (setzt die Schlüssel aus FILE wieder ein; bei einem aufgeteilten Export jeden Teil angeben)</translation>
    </message>
    <message>
        <source>pace requests (default 5, the v2 limit)</source>
        <translation>Anfragen drosseln (Standard 5, das v2-Limit)</translation>
    </message>
    <message>
        <source>timeout per request attempt (default 30s)</source>
        <translation>Zeitlimit je Anfrageversuch (Standard 30s)</translation>
    </message>
    <message>
        <source>prefix &quot;PREFIX-&quot; for every exported device ID</source>
        <translation>Präfix &quot;PREFIX-&quot; für jede exportierte Endgeräte-ID</translation>
    </message>
    <message>
        <source>new device IDs, one &quot;v2-id,v3-id&quot; per line, for devices The Things Stack would refuse (reserved ID such as &quot;test&quot;, invalid, or the same ID twice); the v2 ID stays in &quot;name&quot; and the &quot;old-id&quot; attribute</source>
        <translation>neue Endgeräte-IDs, eine Zeile &quot;v2-id,v3-id&quot; je Endgerät, für Endgeräte, die The Things Stack ablehnen würde (reservierte ID wie &quot;test&quot;, ungültig oder dieselbe ID doppelt); die v2-ID bleibt in &quot;name&quot; und im Attribut &quot;old-id&quot;</translation>
    </message>
    <message>
        <source>leave out attributes The Things Stack refuses (invalid key, value over 200 characters, more than 10) instead of failing the device; listed per device</source>
        <translation>Attribute weglassen, die The Things Stack ablehnt (ungültiger Schlüssel, Wert über 200 Zeichen, mehr als 10), statt das Endgerät scheitern zu lassen; je Endgerät aufgeführt</translation>
    </message>
    <message>
        <source>with -o FILE: numbered parts (devices-001.json, ...) of at most 10 MiB each; the Console refuses files of 16 MiB or more</source>
        <translation>mit -o FILE: nummerierte Teile (devices-001.json, ...) von höchstens 10 MiB; die Console lehnt Dateien ab 16 MiB ab</translation>
    </message>
    <message>
        <source>size of each part, at least 1 and below 16 (implies --split)</source>
        <translation>Größe jedes Teils, mindestens 1 und unter 16 (impliziert --split)</translation>
    </message>
    <message>
        <source>write nothing to TTN v2 (exporting never does; the export still goes to stdout or FILE); with change-app-key or restore-app-keys: list what would change</source>
        <translation>nichts in TTN v2 schreiben (der Export tut das nie; der Export geht trotzdem auf stdout oder in FILE); mit change-app-key oder restore-app-keys: auflisten, was sich ändern würde</translation>
    </message>
    <message>
        <source>each request (method, path, status, time) and each device&apos;s decision on stderr</source>
        <translation>jede Anfrage (Methode, Pfad, Status, Zeit) und die Entscheidung zu jedem Endgerät auf stderr</translation>
    </message>
    <message>
        <source>write the export to FILE atomically (mode 0600) instead of stdout</source>
        <translation>den Export atomar in FILE (Modus 0600) statt auf stdout schreiben</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>die Version anzeigen</translation>
    </message>
    <message>
        <source>the Identity Server, e.g. https://eu1.cloud.thethings.network (http:// for local test servers); /api/v3 is added. Also the cluster unless --tts.cluster-address is given</source>
        <translation>der Identity Server, z. B. https://eu1.cloud.thethings.network (http:// für lokale Testserver); /api/v3 wird angehängt. Auch der Cluster, sofern --tts.cluster-address nicht angegeben ist</translation>
    </message>
    <message>
        <source>the Join/Network/Application Server cluster when it differs (TTN: IS on eu1, cluster eu1, nam1 or au1)</source>
        <translation>der Cluster aus Join, Network und Application Server, wenn er abweicht (TTN: IS auf eu1, Cluster eu1, nam1 oder au1)</translation>
    </message>
    <message>
        <source>the target application; it replaces the application ID in FILE</source>
        <translation>die Zielanwendung; sie ersetzt die Anwendungs-ID in FILE</translation>
    </message>
    <message>
        <source>an API key (NNSXS.…) with the rights devices read, devices write (and write keys when FILE has keys); never printed. Prefer the variable</source>
        <translation>ein API-Schlüssel (NNSXS.…) mit den Rechten devices read, devices write (und write keys, wenn FILE Schlüssel enthält); wird nie ausgegeben. Besser die Variable verwenden</translation>
    </message>
    <message>
        <source>at most N devices in flight (default 16); the import starts with 4 and adapts to the server&apos;s rate limit</source>
        <translation>höchstens N Endgeräte gleichzeitig in Bearbeitung (Standard 16); der Import beginnt mit 4 und passt sich dem Rate-Limit des Servers an</translation>
    </message>
    <message>
        <source>import: replace other default payload formatters the application already has with those saved beside FILE (FILE.formatters.json); without it they stay</source>
        <translation>import: andere Standard-Payload-Formatter, die die Anwendung bereits hat, durch die neben FILE gespeicherten ersetzen (FILE.formatters.json); ohne diese Option bleiben sie</translation>
    </message>
    <message>
        <source>import: pre-flight and conflicts only, write nothing</source>
        <translation>import: nur Vorabprüfung und Konflikte, nichts schreiben</translation>
    </message>
    <message>
        <source>each request (method, server, path, status, time) and each device on stderr, secrets redacted</source>
        <translation>jede Anfrage (Methode, Server, Pfad, Status, Zeit) und jedes Endgerät auf stderr, Geheimnisse unkenntlich gemacht</translation>
    </message>
    <message>
        <source>per request attempt (default 30s)</source>
        <translation>je Anfrageversuch (Standard 30s)</translation>
    </message>
    <message>
        <source>invalid value for --dev-id-prefix: use letters, digits and single - or _ between them, at most %1 characters (device IDs have at most %2)</source>
        <translation>ungültiger Wert für --dev-id-prefix: Buchstaben, Ziffern und einzelne - oder _ dazwischen verwenden, höchstens %1 Zeichen (Endgeräte-IDs haben höchstens %2)</translation>
    </message>
    <message>
        <source>warning: %1; the devices were exported without them</source>
        <translation>Warnung: %1; die Endgeräte wurden ohne sie exportiert</translation>
    </message>
    <message>
        <source>to move the payload formatters, export again with an access key that has the “%1” right</source>
        <translation>um die Payload-Formatter zu übernehmen, exportieren Sie erneut mit einem Zugriffsschlüssel, der das Recht „%1“ hat</translation>
    </message>
    <message>
        <source>warning: %1 is from an earlier export, and tts import would set its formatters; delete it if they are not this application&apos;s</source>
        <translation>Warnung: %1 stammt von einem früheren Export, und tts import würde dessen Formatter setzen; löschen Sie die Datei, wenn sie nicht zu dieser Anwendung gehören</translation>
    </message>
    <message>
        <source>warning: could not write the payload formatters to %1: %2</source>
        <translation>Warnung: die Payload-Formatter konnten nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>wrote the payload formatters to %1 (tts import sets them on the target application)</source>
        <translation>Payload-Formatter nach %1 geschrieben (tts import setzt sie in der Zielanwendung)</translation>
    </message>
    <message>
        <source>wrote %1: no payload formatters to carry</source>
        <translation>%1 geschrieben: keine Payload-Formatter zu übernehmen</translation>
    </message>
    <message>
        <source>payload formatters: %1</source>
        <translation>Payload-Formatter: %1</translation>
    </message>
    <message>
        <source>warning: payload formatters: %1 (the v2 functions are saved in %2)</source>
        <translation>Warnung: Payload-Formatter: %1 (die v2-Funktionen sind in %2 gespeichert)</translation>
    </message>
    <message>
        <source>decoded %1</source>
        <translation>dekodiert %1</translation>
    </message>
    <message>
        <source>dropped (the Validator returned false)</source>
        <translation>verworfen (der Validator hat false zurückgegeben)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <source>nothing to run (no JavaScript formatter)</source>
        <translation>nichts auszuführen (kein JavaScript-Formatter)</translation>
    </message>
    <message>
        <source>ttn-lw-migrate formatters: check the payload formatters saved beside an export.

Usage:
  ttn-lw-migrate formatters try --payload HEX --fport N FILE.formatters.json

Runs one uplink through TTN v2&apos;s functions (Decoder, Converter, Validator) and through the
migrated formatter as The Things Stack runs it, each call stopped after 100 ms, and prints
both results on stdout. FILE.formatters.json is what &quot;application ... -o FILE.json&quot; wrote.

Exit codes:
  0  The Things Stack gives the fields TTN v2 gave (or an error where v2 dropped the message)
  3  the results differ
  2  usage error
  1  the file cannot be read
</source>
        <translation>ttn-lw-migrate formatters: die neben einem Export gespeicherten Payload-Formatter prüfen.

Aufruf:
  ttn-lw-migrate formatters try --payload HEX --fport N FILE.formatters.json

Führt einen Uplink durch die Funktionen von TTN v2 (Decoder, Converter, Validator) und durch den
migrierten Formatter, wie The Things Stack ihn ausführt, bricht jeden Aufruf nach 100 ms ab und
gibt beide Ergebnisse auf stdout aus. &quot;application ... -o FILE.json&quot; schreibt FILE.formatters.json.

Exit-Codes:
  0  The Things Stack liefert die Felder von TTN v2 (oder einen Fehler, wo v2 die Nachricht verwarf)
  3  die Ergebnisse unterscheiden sich
  2  Aufruffehler
  1  die Datei kann nicht gelesen werden
</translation>
    </message>
    <message>
        <source>use: formatters try --payload HEX --fport N FILE.formatters.json</source>
        <translation>Aufruf: formatters try --payload HEX --fport N FILE.formatters.json</translation>
    </message>
    <message>
        <source>--payload needs the uplink&apos;s bytes as hex, e.g. 09C432</source>
        <translation>--payload braucht die Bytes des Uplinks als Hex, z. B. 09C432</translation>
    </message>
    <message>
        <source>--fport needs the uplink&apos;s port, a number from 1 to %1</source>
        <translation>--fport braucht den Port des Uplinks, eine Zahl von 1 bis %1</translation>
    </message>
    <message>
        <source>payload %1, FPort %2</source>
        <translation>Payload %1, FPort %2</translation>
    </message>
    <message>
        <source>TTN v2 (Decoder, Converter, Validator): %1</source>
        <translation>TTN v2 (Decoder, Converter, Validator):  %1</translation>
    </message>
    <message>
        <source>The Things Stack (migrated formatter):  %1</source>
        <translation>The Things Stack (migrierter Formatter): %1</translation>
    </message>
    <message>
        <source>  warning from the formatter: %1</source>
        <translation>  Warnung des Formatters: %1</translation>
    </message>
    <message>
        <source>as expected: where TTN v2 dropped the message, The Things Stack forwards it without decoded fields and with this error</source>
        <translation>wie erwartet: Wo TTN v2 die Nachricht verworfen hat, leitet The Things Stack sie ohne dekodierte Felder und mit diesem Fehler weiter</translation>
    </message>
    <message>
        <source>same result</source>
        <translation>gleiches Ergebnis</translation>
    </message>
    <message>
        <source>the results differ</source>
        <translation>die Ergebnisse unterscheiden sich</translation>
    </message>
    <message>
        <source>(no variable)</source>
        <translation>(keine Variable)</translation>
    </message>
    <message>
        <source>ttn-lw-migrate: export end devices from TTN v2 as The Things Stack JSON (NDJSON).

Usage:
  ttn-lw-migrate device --source ttnv2 [flags] [DEVICE-ID...]
  ttn-lw-migrate application --source ttnv2 [flags] APPLICATION-ID
  ttn-lw-migrate ttnv2 device|application [flags] [ID...]   (unprefixed flags)
  ttn-lw-migrate restore-app-keys --source ttnv2 [flags] devices.json [PART...]
  ttn-lw-migrate tts import|status [flags] devices.json...   (see ttn-lw-migrate tts --help)
Without DEVICE-IDs, the IDs are read from stdin, one per line.
</source>
        <translation type="vanished">ttn-lw-migrate: Endgeräte aus TTN v2 als JSON für The Things Stack (NDJSON) exportieren.

Aufruf:
  ttn-lw-migrate device --source ttnv2 [Optionen] [DEVICE-ID...]
  ttn-lw-migrate application --source ttnv2 [Optionen] APPLICATION-ID
  ttn-lw-migrate ttnv2 device|application [Optionen] [ID...]   (Optionen ohne Präfix)
  ttn-lw-migrate restore-app-keys --source ttnv2 [Optionen] devices.json [PART...]
  ttn-lw-migrate tts import|status [Optionen] devices.json...   (siehe ttn-lw-migrate tts --help)
Ohne DEVICE-IDs werden die IDs von stdin gelesen, eine pro Zeile.
</translation>
    </message>
    <message>
        <source>Examples (from the migration guide):
  ttn-lw-migrate device --source ttnv2 &quot;v2-end-device-ID&quot; --ttnv2.with-session=false &gt; devices.json
  ttn-lw-migrate device --source ttnv2 --ttnv2.with-session=false &lt; device_ids.txt &gt; devices.json
  ttn-lw-migrate application --source ttnv2 &quot;ttn-v2-application-ID&quot; --ttnv2.with-session=false &gt; devices.json
</source>
        <translation>Beispiele (aus dem Migrationsleitfaden):
  ttn-lw-migrate device --source ttnv2 &quot;v2-end-device-ID&quot; --ttnv2.with-session=false &gt; devices.json
  ttn-lw-migrate device --source ttnv2 --ttnv2.with-session=false &lt; device_ids.txt &gt; devices.json
  ttn-lw-migrate application --source ttnv2 &quot;ttn-v2-application-ID&quot; --ttnv2.with-session=false &gt; devices.json
</translation>
    </message>
    <message>
        <source>TTN v2 flags: --ttnv2.NAME with --source ttnv2, --NAME after &quot;ttnv2&quot;. Each has an
environment variable; the flag wins.
</source>
        <translation>TTN-v2-Optionen: --ttnv2.NAME mit --source ttnv2, --NAME nach &quot;ttnv2&quot;. Zu jeder gibt es eine
Umgebungsvariable; die Option hat Vorrang.
</translation>
    </message>
    <message>
        <source>General flags:
</source>
        <translation>Allgemeine Optionen:
</translation>
    </message>
    <message>
        <source>Advanced:
</source>
        <translation>Erweitert:
</translation>
    </message>
    <message>
        <source>Output: one JSON object per line (NDJSON) on stdout, nothing else, in pure
ASCII. Messages, skipped or failed devices with their reasons, and the summary
(how many devices are ready for import, every device The Things Stack&apos;s
import rules would refuse) go to stderr.
</source>
        <translation>Ausgabe: ein JSON-Objekt pro Zeile (NDJSON) auf stdout, sonst nichts, in reinem
ASCII. Meldungen, übersprungene oder fehlgeschlagene Endgeräte mit ihren Gründen und die
Zusammenfassung (wie viele Endgeräte bereit für den Import sind, jedes Endgerät, das die
Importregeln von The Things Stack ablehnen würden) gehen an stderr.
</translation>
    </message>
    <message>
        <source>Exit codes:
  0  every requested device was exported
  3  finished, but some devices were skipped or failed
  2  usage error (nothing was sent to TTN v2)
  1  nothing could be exported (access key, network, unknown application, ...)
  130  interrupted (Ctrl-C); no output file is written
</source>
        <translation>Exit-Codes:
  0  jedes angeforderte Endgerät wurde exportiert
  3  fertig, aber einige Endgeräte wurden übersprungen oder sind fehlgeschlagen
  2  Aufruffehler (an TTN v2 wurde nichts gesendet)
  1  nichts konnte exportiert werden (Zugriffsschlüssel, Netzwerk, unbekannte Anwendung, ...)
  130  unterbrochen (Strg+C); es wird keine Ausgabedatei geschrieben
</translation>
    </message>
    <message>
        <source>ttn-lw-migrate tts: import devices.json into The Things Stack, and watch the devices join.

Usage:
  ttn-lw-migrate tts import [flags] FILE...   create every device of FILE (parts of one export)
  ttn-lw-migrate tts status [flags] FILE...   waiting / joined / active per device
</source>
        <translation type="vanished">ttn-lw-migrate tts: devices.json in The Things Stack importieren, Joins der Endgeräte verfolgen.

Aufruf:
  ttn-lw-migrate tts import [Optionen] FILE...   alle Endgeräte in FILE anlegen (Exportteile)
  ttn-lw-migrate tts status [Optionen] FILE...   wartend / beigetreten / aktiv je Endgerät
</translation>
    </message>
    <message>
        <source>Flags (the flag wins over its environment variable):
</source>
        <translation>Optionen (die Option hat Vorrang vor ihrer Umgebungsvariable):
</translation>
    </message>
    <message>
        <source>Output: import: one line per device that is not imported (all with --verbose)
and a summary on stderr. status: one line per device and the summary
&quot;N joined, M waiting, K active of T&quot; on stdout.
</source>
        <translation>Ausgabe: import: eine Zeile je Endgerät, das nicht importiert wird (alle mit --verbose),
und eine Zusammenfassung auf stderr. status: eine Zeile je Endgerät und die Zusammenfassung
&quot;N joined, M waiting, K active of T&quot; auf stdout.
</translation>
    </message>
    <message>
        <source>Exit codes:
  0  every device imported or already in The Things Stack (status: all found)
  3  finished, but some devices were not imported (status: some not in TTS)
  2  usage error, or a FILE that holds no end device (nothing was sent)
  1  nothing could be done (API key, rights, unknown application, network)
  130  interrupted (Ctrl-C): the devices in flight were finished or rolled back
</source>
        <translation>Exit-Codes:
  0  jedes Endgerät importiert oder bereits in The Things Stack (status: alle gefunden)
  3  fertig, aber einige Endgeräte wurden nicht importiert (status: einige nicht in TTS)
  2  Aufruffehler oder eine FILE, die kein Endgerät enthält (es wurde nichts gesendet)
  1  nichts konnte getan werden (API-Schlüssel, Rechte, unbekannte Anwendung, Netzwerk)
  130  unterbrochen (Strg+C): die laufenden Endgeräte wurden abgeschlossen oder zurückgerollt
</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to TTN v2</source>
        <translation>
            <numerusform>%n Anfrage an TTN v2</numerusform>
            <numerusform>%n Anfragen an TTN v2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retried %n request(s) after transient faults</source>
        <translation>
            <numerusform>%n Anfrage nach vorübergehenden Fehlern wiederholt</numerusform>
            <numerusform>%n Anfragen nach vorübergehenden Fehlern wiederholt</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: payload formatters not set: %1</source>
        <translation>Warnung: Payload-Formatter nicht gesetzt: %1</translation>
    </message>
    <message>
        <source>payload formatters from %1</source>
        <translation>Payload-Formatter aus %1</translation>
    </message>
    <message>
        <source>payload formatters: %1 has none to set</source>
        <translation>Payload-Formatter: %1 enthält keine, die zu setzen wären</translation>
    </message>
    <message>
        <source>payload formatters: set the default formatters of application %1 from %2</source>
        <translation>Payload-Formatter: Standard-Formatter der Anwendung %1 aus %2 gesetzt</translation>
    </message>
    <message>
        <source>dry run: would set the default payload formatters of application %1 from %2</source>
        <translation>Probelauf: würde die Standard-Payload-Formatter der Anwendung %1 aus %2 setzen</translation>
    </message>
    <message>
        <source>payload formatters: application %1 already has those of %2</source>
        <translation>Payload-Formatter: Anwendung %1 hat bereits die aus %2</translation>
    </message>
    <message>
        <source>warning: application %1 already has other default payload formatters; they were left alone (--tts.replace-formatters replaces them with those of %2)</source>
        <translation>Warnung: Anwendung %1 hat bereits andere Standard-Payload-Formatter; sie wurden nicht verändert (--tts.replace-formatters ersetzt sie durch die aus %2)</translation>
    </message>
    <message>
        <source>the API key lacks the right RIGHT_APPLICATION_SETTINGS_BASIC on application %1</source>
        <translation>dem API-Schlüssel fehlt das Recht RIGHT_APPLICATION_SETTINGS_BASIC für die Anwendung %1</translation>
    </message>
    <message>
        <source>warning: the payload formatters would be left alone (%1)</source>
        <translation>Warnung: die Payload-Formatter würden nicht verändert (%1)</translation>
    </message>
    <message>
        <source>warning: the payload formatters were left alone (%1); the devices were imported</source>
        <translation>Warnung: die Payload-Formatter wurden nicht verändert (%1); die Endgeräte wurden importiert</translation>
    </message>
    <message>
        <source>Uplink</source>
        <translation>Uplink</translation>
    </message>
    <message>
        <source>Downlink</source>
        <translation>Downlink</translation>
    </message>
    <message>
        <source>to set them by hand: Console → Applications → %1 → Payload formatters → %2 → Custom Javascript formatter, paste %3 and save</source>
        <translation>zum Setzen von Hand: Console → Applications → %1 → Payload formatters → %2 → Custom Javascript formatter, %3 einfügen und speichern</translation>
    </message>
    <message>
        <source>to set them by hand: Console → Applications → %1 → Payload formatters → %2 → CayenneLPP, and save</source>
        <translation>zum Setzen von Hand: Console → Applications → %1 → Payload formatters → %2 → CayenneLPP, dann speichern</translation>
    </message>
    <message numerus="yes">
        <source>dry run: %1 would be imported, %2 already in TTS, %3 would fail of %4 (%n request(s), nothing written)</source>
        <translation>
            <numerusform>Probelauf: %1 würden importiert, %2 bereits in TTS, %3 würden fehlschlagen von %4 (%n Anfrage, nichts geschrieben)</numerusform>
            <numerusform>Probelauf: %1 würden importiert, %2 bereits in TTS, %3 würden fehlschlagen von %4 (%n Anfragen, nichts geschrieben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 imported, %2 already in TTS, %3 failed, %4 not imported of %5 in %6 s (%n request(s))</source>
        <translation>
            <numerusform>%1 importiert, %2 bereits in TTS, %3 fehlgeschlagen, %4 nicht importiert von %5 in %6 s (%n Anfrage)</numerusform>
            <numerusform>%1 importiert, %2 bereits in TTS, %3 fehlgeschlagen, %4 nicht importiert von %5 in %6 s (%n Anfragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>; completed %1 that an earlier run left partly created</source>
        <translation>; %1 vervollständigt, die ein früherer Durchlauf teilweise angelegt hatte</translation>
    </message>
    <message numerus="yes">
        <source>; throttled %n time(s)</source>
        <translation>
            <numerusform>; %n-mal gedrosselt</numerusform>
            <numerusform>; %n-mal gedrosselt</numerusform>
        </translation>
    </message>
    <message>
        <source>the application to read from (for &quot;application&quot;, the argument wins)</source>
        <translation>die Anwendung, aus der gelesen wird (bei &quot;application&quot; hat das Argument Vorrang)</translation>
    </message>
    <message>
        <source>an API key (NNSXS.…) of that application with the rights devices read and read keys (settings basic for the formatters); never printed. Prefer the variable</source>
        <translation>ein API-Schlüssel (NNSXS.…) dieser Anwendung mit den Rechten devices read und read keys (settings basic für die Formatter); wird nie ausgegeben. Besser die Variable verwenden</translation>
    </message>
    <message>
        <source>the source deployment&apos;s HTTP API, e.g. https://eu1.cloud.thethings.network (http:// for local test servers); /api/v3 is added</source>
        <translation>die HTTP-API der Quellinstallation, z. B. https://eu1.cloud.thethings.network (http:// für lokale Testserver); /api/v3 wird angehängt</translation>
    </message>
    <message>
        <source>the official tool&apos;s gRPC address; its host is used as https://HOST (when --tts.source-address is not given)</source>
        <translation>die gRPC-Adresse des offiziellen Werkzeugs; ihr Host wird als https://HOST verwendet (wenn --tts.source-address nicht angegeben ist)</translation>
    </message>
    <message>
        <source>export without the session (the default): OTAA devices re-join the target; ABP devices are not exported</source>
        <translation>ohne Sitzung exportieren (Standard): OTAA-Endgeräte führen im Ziel einen neuen Join durch; ABP-Endgeräte werden nicht exportiert</translation>
    </message>
    <message>
        <source>keep the sessions (keys and frame counters); they keep working only where the device&apos;s uplinks for its DevAddr arrive (the same network)</source>
        <translation>die Sitzungen behalten (Schlüssel und Frame-Zähler); sie funktionieren nur dort weiter, wo die Uplinks des Endgeräts für seine DevAddr ankommen (im selben Netz)</translation>
    </message>
    <message>
        <source>write nothing to the source (exporting never does; the export still goes to stdout or FILE)</source>
        <translation type="vanished">nichts in die Quelle schreiben (der Export tut das nie; der Export geht trotzdem auf stdout oder in FILE)</translation>
    </message>
    <message>
        <source>each request (method, server, path, status, time) and each device&apos;s decision on stderr, secrets redacted</source>
        <translation>jede Anfrage (Methode, Server, Pfad, Status, Zeit) und die Entscheidung zu jedem Endgerät auf stderr, Geheimnisse unkenntlich gemacht</translation>
    </message>
    <message>
        <source>From another The Things Stack deployment: ttn-lw-migrate tts application|device|devices
(see ttn-lw-migrate tts application --help).
</source>
        <translation>Aus einer anderen Installation von The Things Stack: ttn-lw-migrate tts application|device|devices
(siehe ttn-lw-migrate tts application --help).
</translation>
    </message>
    <message>
        <source>ttn-lw-migrate tts: import devices.json into The Things Stack, and watch the devices join.

Usage:
  ttn-lw-migrate tts import [flags] FILE...   create every device of FILE (parts of one export)
  ttn-lw-migrate tts status [flags] FILE...   waiting / joined / active per device
To export from another The Things Stack deployment: ttn-lw-migrate tts application --help
</source>
        <translation type="vanished">ttn-lw-migrate tts: devices.json in The Things Stack importieren und den Join der Endgeräte verfolgen.

Aufruf:
  ttn-lw-migrate tts import [Optionen] FILE...   jedes Endgerät aus FILE anlegen (Teile eines Exports)
  ttn-lw-migrate tts status [Optionen] FILE...   wartend / beigetreten / aktiv je Endgerät
Zum Export aus einer anderen Installation von The Things Stack: ttn-lw-migrate tts application --help
</translation>
    </message>
    <message>
        <source>ttn-lw-migrate tts application|device|devices: export end devices from another The Things
Stack deployment as The Things Stack JSON (NDJSON), for tts import.

Usage:
  ttn-lw-migrate tts application [flags] APPLICATION-ID
  ttn-lw-migrate tts device [flags] DEVICE-ID...
  ttn-lw-migrate tts devices [flags] &lt; device_ids.txt
  ttn-lw-migrate application --source tts [flags] APPLICATION-ID
  ttn-lw-migrate device --source tts [flags] [DEVICE-ID...]
Without DEVICE-IDs, the IDs are read from stdin, one per line.
</source>
        <translation type="vanished">ttn-lw-migrate tts application|device|devices: Endgeräte aus einer anderen Installation von
The Things Stack als JSON für The Things Stack (NDJSON) exportieren, für tts import.

Aufruf:
  ttn-lw-migrate tts application [Optionen] APPLICATION-ID
  ttn-lw-migrate tts device [Optionen] DEVICE-ID...
  ttn-lw-migrate tts devices [Optionen] &lt; device_ids.txt
  ttn-lw-migrate application --source tts [Optionen] APPLICATION-ID
  ttn-lw-migrate device --source tts [Optionen] [DEVICE-ID...]
Ohne DEVICE-IDs werden die IDs von stdin gelesen, eine pro Zeile.
</translation>
    </message>
    <message>
        <source>The source&apos;s flags and variables (TTS_APP_ID, TTS_APP_API_KEY,
TTS_SOURCE_ADDRESS) are never the target&apos;s (TTS_APPLICATION_ID, TTS_API_KEY,
TTS_ADDRESS of tts import).
</source>
        <translation>Die Optionen und Variablen der Quelle (TTS_APP_ID, TTS_APP_API_KEY,
TTS_SOURCE_ADDRESS) sind nie die des Ziels (TTS_APPLICATION_ID, TTS_API_KEY,
TTS_ADDRESS von tts import).
</translation>
    </message>
    <message>
        <source>Exit codes:
  0  every requested device was exported
  3  finished, but some devices were skipped or failed
  2  usage error (nothing was sent)
  1  nothing could be exported (API key, rights, network, unknown application)
  130  interrupted (Ctrl-C); no output file is written
</source>
        <translation>Exit-Codes:
  0  jedes angeforderte Endgerät wurde exportiert
  3  abgeschlossen, aber einige Endgeräte wurden übersprungen oder sind fehlgeschlagen
  2  Aufruffehler (nichts wurde gesendet)
  1  nichts konnte exportiert werden (API-Schlüssel, Rechte, Netzwerk, unbekannte Anwendung)
  130  unterbrochen (Strg+C); es wird keine Ausgabedatei geschrieben
</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to The Things Stack</source>
        <translation>
            <numerusform>%n Anfrage an The Things Stack</numerusform>
            <numerusform>%n Anfragen an The Things Stack</numerusform>
        </translation>
    </message>
    <message>
        <source>missing --tts.source-address (or TTS_SOURCE_ADDRESS): the source deployment&apos;s address, e.g. https://eu1.cloud.thethings.network (or --tts.default-grpc-address HOST:PORT)</source>
        <translation>--tts.source-address fehlt (oder TTS_SOURCE_ADDRESS): die Adresse der Quellinstallation, z. B. https://eu1.cloud.thethings.network (oder --tts.default-grpc-address HOST:PORT)</translation>
    </message>
    <message>
        <source>invalid %1 &quot;%2&quot;: use HOST:PORT, e.g. eu1.cloud.thethings.network:8884</source>
        <translation>ungültiger Wert &quot;%2&quot; für %1: HOST:PORT verwenden, z. B. eu1.cloud.thethings.network:8884</translation>
    </message>
    <message>
        <source>application ID</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>missing --tts.app-id (or TTS_APP_ID): the application the devices are in</source>
        <translation>--tts.app-id fehlt (oder TTS_APP_ID): die Anwendung, in der sich die Endgeräte befinden</translation>
    </message>
    <message>
        <source>missing application ID: pass it as an argument (ttn-lw-migrate tts application &quot;my-app&quot;) or set TTS_APP_ID</source>
        <translation>Anwendungs-ID fehlt: geben Sie sie als Argument an (ttn-lw-migrate tts application &quot;my-app&quot;) oder setzen Sie TTS_APP_ID</translation>
    </message>
    <message>
        <source>missing --tts.app-api-key (or TTS_APP_API_KEY): an API key of the source application (NNSXS.…) with the rights devices read and read keys</source>
        <translation>--tts.app-api-key fehlt (oder TTS_APP_API_KEY): ein API-Schlüssel der Quellanwendung (NNSXS.…) mit den Rechten devices read und read keys</translation>
    </message>
    <message>
        <source>--tts.with-session and --tts.no-session contradict each other: give one of them</source>
        <translation>--tts.with-session und --tts.no-session widersprechen sich: geben Sie nur eine davon an</translation>
    </message>
    <message>
        <source>unknown flag %1 for the tts source</source>
        <translation type="vanished">unbekannte Option %1 für die Quelle tts</translation>
    </message>
    <message>
        <source>missing command: tts application, tts device or tts devices</source>
        <translation>Befehl fehlt: tts application, tts device oder tts devices</translation>
    </message>
    <message>
        <source>unsupported source &quot;%1&quot; here: use --source tts or --source ttnv2</source>
        <translation>nicht unterstützte Quelle &quot;%1&quot; an dieser Stelle: --source tts oder --source ttnv2 verwenden</translation>
    </message>
    <message>
        <source>--tts.delete-source-device is not done at export time: a device deleted at the source before it works at the target is lost to both. Export, import, and delete the devices at the source once tts status shows them active</source>
        <translation type="vanished">--tts.delete-source-device wird beim Export nicht ausgeführt: Ein Endgerät, das in der Quelle gelöscht wird, bevor es im Ziel funktioniert, ist für beide verloren. Exportieren und importieren Sie die Endgeräte und löschen Sie sie in der Quelle erst, wenn tts status sie als aktiv anzeigt</translation>
    </message>
    <message>
        <source>see ttn-lw-migrate tts application --help</source>
        <translation>siehe ttn-lw-migrate tts application --help</translation>
    </message>
    <message>
        <source>warning: --tts.with-session keeps the sessions: a device keeps working only if the target receives its uplinks for its DevAddr (the same network; Packet Broker routes by DevAddr to the network that owns it). Migrating to another network, export without session and let the devices re-join</source>
        <translation>Warnung: --tts.with-session behält die Sitzungen: Ein Endgerät funktioniert nur weiter, wenn das Ziel seine Uplinks für seine DevAddr empfängt (dasselbe Netz; Packet Broker leitet anhand der DevAddr an das Netz weiter, dem sie gehört). Bei einer Migration in ein anderes Netz exportieren Sie ohne Sitzung und lassen die Endgeräte einen neuen Join durchführen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s)</source>
        <translation>
            <numerusform>%1 von %n Endgerät</numerusform>
            <numerusform>%1 von %n Endgeräten</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message numerus="yes">
        <source>The Things Stack is limiting requests, retrying in %n s</source>
        <translation>
            <numerusform>The Things Stack begrenzt die Anfragen, neuer Versuch in %n s</numerusform>
            <numerusform>The Things Stack begrenzt die Anfragen, neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>progress: %1</source>
        <translation>Fortschritt: %1</translation>
    </message>
    <message numerus="yes">
        <source>interrupted: %n device(s) not imported; run the same command again to import them</source>
        <translation>
            <numerusform>abgebrochen: %n Endgerät nicht importiert; führen Sie denselben Befehl erneut aus, um es zu importieren</numerusform>
            <numerusform>abgebrochen: %n Endgeräte nicht importiert; führen Sie denselben Befehl erneut aus, um sie zu importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the failed devices were not saved: %1</source>
        <translation>Warnung: Die fehlgeschlagenen Endgeräte wurden nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>saved the %n device(s) not in TTS to %1: fix them and run ttn-lw-migrate tts import %1</source>
        <translation>
            <numerusform>das %n Endgerät, das nicht in TTS ist, wurde in %1 gespeichert: korrigieren Sie es und führen Sie ttn-lw-migrate tts import %1 aus</numerusform>
            <numerusform>die %n Endgeräte, die nicht in TTS sind, wurden in %1 gespeichert: korrigieren Sie sie und führen Sie ttn-lw-migrate tts import %1 aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them failed for a passing reason (TTS busy or unreachable, the key): importing again may be enough</source>
        <translation>
            <numerusform>%n davon ist aus einem vorübergehenden Grund fehlgeschlagen (TTS ausgelastet oder nicht erreichbar, der Schlüssel): erneutes Importieren kann genügen</numerusform>
            <numerusform>%n davon sind aus einem vorübergehenden Grund fehlgeschlagen (TTS ausgelastet oder nicht erreichbar, der Schlüssel): erneutes Importieren kann genügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that are not JSON could not be saved; fix them in the input</source>
        <translation>
            <numerusform>%n Zeile, die kein JSON ist, konnte nicht gespeichert werden; korrigieren Sie sie in der Eingabe</numerusform>
            <numerusform>%n Zeilen, die kein JSON sind, konnten nicht gespeichert werden; korrigieren Sie sie in der Eingabe</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown flag %1 for the chirpstack source</source>
        <translation type="vanished">unbekannte Option %1 für die Quelle chirpstack</translation>
    </message>
    <message>
        <source>missing command: chirpstack application or chirpstack device</source>
        <translation>fehlender Befehl: chirpstack application oder chirpstack device</translation>
    </message>
    <message>
        <source>missing --chirpstack.api-url (or CHIRPSTACK_API_URL): ChirpStack&apos;s API as HOST:PORT, e.g. localhost:8080</source>
        <translation>--chirpstack.api-url (oder CHIRPSTACK_API_URL) fehlt: die API von ChirpStack als HOST:PORT, z. B. localhost:8080</translation>
    </message>
    <message>
        <source>missing --chirpstack.api-key (or CHIRPSTACK_API_KEY): an API key made in ChirpStack&apos;s web interface (admin, or of the tenant)</source>
        <translation>--chirpstack.api-key (oder CHIRPSTACK_API_KEY) fehlt: ein API-Schlüssel, erstellt in der Weboberfläche von ChirpStack (Admin oder des Mandanten)</translation>
    </message>
    <message>
        <source>cannot read %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>invalid %1 &quot;%2&quot;: a JoinEUI has 16 hexadecimal digits</source>
        <translation>ungültiger Wert für %1 &quot;%2&quot;: Eine JoinEUI hat 16 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>unknown frequency plan %1 &quot;%2&quot;</source>
        <translation>unbekannter Frequenzplan %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>enable-devices needs the export whose devices were disabled: ttn-lw-migrate chirpstack enable-devices devices.json</source>
        <translation>enable-devices benötigt den Export, dessen Endgeräte deaktiviert wurden: ttn-lw-migrate chirpstack enable-devices devices.json</translation>
    </message>
    <message>
        <source>missing application: pass its UUID or name (ttn-lw-migrate chirpstack application &quot;my-app&quot;)</source>
        <translation>fehlende Anwendung: Geben Sie ihre UUID oder ihren Namen an (ttn-lw-migrate chirpstack application &quot;my-app&quot;)</translation>
    </message>
    <message>
        <source>one application at a time: got %1</source>
        <translation>nur eine Anwendung auf einmal: erhalten %1</translation>
    </message>
    <message>
        <source>--chirpstack.disable-devices needs -o FILE: devices are disabled only once their export is safely written</source>
        <translation>--chirpstack.disable-devices benötigt -o FILE: Endgeräte werden erst deaktiviert, wenn ihr Export sicher geschrieben ist</translation>
    </message>
    <message>
        <source>failed to enable %1</source>
        <translation>%1 konnte nicht aktiviert werden</translation>
    </message>
    <message>
        <source>enabled in ChirpStack: %1; left disabled as they were before the migration: %2</source>
        <translation>in ChirpStack aktiviert: %1; deaktiviert gelassen, wie vor der Migration: %2</translation>
    </message>
    <message>
        <source>warning: --chirpstack.export-session keeps the sessions: a device keeps working only if The Things Stack receives its uplinks for its DevAddr. Otherwise let OTAA devices re-join</source>
        <translation>Warnung: --chirpstack.export-session behält die Sitzungen: Ein Endgerät funktioniert nur weiter, wenn The Things Stack seine Uplinks für seine DevAddr empfängt. Lassen Sie OTAA-Endgeräte sonst einen neuen Join durchführen</translation>
    </message>
    <message>
        <source>ChirpStack&apos;s gRPC API (the web interface&apos;s port, default 8080); http://HOST:PORT for plaintext</source>
        <translation>gRPC-API von ChirpStack (der Port der Weboberfläche, Standard 8080); http://HOST:PORT für unverschlüsselte Verbindungen</translation>
    </message>
    <message>
        <source>an admin or tenant API key (also CHIRPSTACK_API_TOKEN); never printed. Prefer the variable</source>
        <translation>ein Admin- oder Mandanten-API-Schlüssel (auch CHIRPSTACK_API_TOKEN); wird nie ausgegeben. Bevorzugen Sie die Variable</translation>
    </message>
    <message>
        <source>plaintext gRPC (ChirpStack itself has no TLS; TLS is a reverse proxy&apos;s)</source>
        <translation>unverschlüsseltes gRPC (ChirpStack selbst hat kein TLS; TLS stellt ein Reverse-Proxy bereit)</translation>
    </message>
    <message>
        <source>a PEM CA certificate for TLS (the system&apos;s by default)</source>
        <translation>ein PEM-CA-Zertifikat für TLS (standardmäßig die des Systems)</translation>
    </message>
    <message>
        <source>the tenant (the UUID in the web interface&apos;s address); needed with a tenant key to find an application by name</source>
        <translation>der Mandant (die UUID in der Adresse der Weboberfläche); mit einem Mandantenschlüssel nötig, um eine Anwendung nach Namen zu finden</translation>
    </message>
    <message>
        <source>the JoinEUI of devices that have none in ChirpStack (a device&apos;s own wins)</source>
        <translation>die JoinEUI für Endgeräte, die in ChirpStack keine haben (die eigene des Endgeräts hat Vorrang)</translation>
    </message>
    <message>
        <source>The Things Stack&apos;s frequency plan for every device (default: from the device profile&apos;s region, e.g. EU_863_870 for EU868)</source>
        <translation>der Frequenzplan von The Things Stack für alle Endgeräte (Standard: aus der Region des Geräteprofils, z. B. EU_863_870 für EU868)</translation>
    </message>
    <message>
        <source>keep the sessions (keys and frame counters): ABP devices need it; they keep working only where their uplinks for the DevAddr arrive</source>
        <translation>die Sitzungen behalten (Schlüssel und Frame-Zähler): ABP-Endgeräte benötigen das; sie funktionieren nur dort weiter, wo ihre Uplinks für die DevAddr ankommen</translation>
    </message>
    <message>
        <source>after the export is safely written (needs -o FILE), disable its devices in ChirpStack, journalled beside FILE; undo with chirpstack enable-devices FILE</source>
        <translation>nachdem der Export sicher geschrieben ist (benötigt -o FILE), seine Endgeräte in ChirpStack deaktivieren, protokolliert neben FILE; rückgängig mit chirpstack enable-devices FILE</translation>
    </message>
    <message>
        <source>export device variables as var-… attributes (they may hold secrets; off by default)</source>
        <translation>Endgerätevariablen als var-…-Attribute exportieren (sie können Geheimnisse enthalten; standardmäßig aus)</translation>
    </message>
    <message>
        <source>device IDs from the sanitised names instead of eui-&lt;deveui&gt; (names are not unique in ChirpStack)</source>
        <translation>Endgeräte-IDs aus den bereinigten Namen statt eui-&lt;deveui&gt; (Namen sind in ChirpStack nicht eindeutig)</translation>
    </message>
    <message>
        <source>per call (default 15s); UNAVAILABLE is retried</source>
        <translation>pro Aufruf (Standard 15s); UNAVAILABLE wird wiederholt</translation>
    </message>
    <message>
        <source>each call (method, subject, status, time) and each device&apos;s decision on stderr, secrets redacted</source>
        <translation>jeder Aufruf (Methode, Gegenstand, Status, Zeit) und die Entscheidung zu jedem Endgerät auf stderr, Geheimnisse geschwärzt</translation>
    </message>
    <message>
        <source>ttn-lw-migrate chirpstack application|device: export end devices from ChirpStack v4
as The Things Stack JSON (NDJSON), for tts import.

Usage:
  ttn-lw-migrate chirpstack application [flags] APPLICATION (UUID or name)
  ttn-lw-migrate chirpstack device [flags] DEVEUI...
  ttn-lw-migrate chirpstack device [flags] &lt; device_euis.txt
  ttn-lw-migrate application --source chirpstack [flags] APPLICATION
Without DEVEUIs, they are read from stdin, one per line.
</source>
        <translation>ttn-lw-migrate chirpstack application|device: exportiert Endgeräte aus ChirpStack v4
als The Things Stack JSON (NDJSON) für tts import.

Aufruf:
  ttn-lw-migrate chirpstack application [Optionen] APPLICATION (UUID oder Name)
  ttn-lw-migrate chirpstack device [Optionen] DEVEUI...
  ttn-lw-migrate chirpstack device [Optionen] &lt; device_euis.txt
  ttn-lw-migrate application --source chirpstack [Optionen] APPLICATION
Ohne DEVEUIs werden sie von stdin gelesen, eine pro Zeile.
</translation>
    </message>
    <message>
        <source>Exit codes:
  0  every requested device was exported
  3  finished, but some devices were skipped or failed
  2  usage error (nothing was sent)
  1  nothing could be exported (API key, tenant, application, network)
  130  interrupted (Ctrl-C)
</source>
        <translation>Exit-Codes:
  0  alle angeforderten Endgeräte wurden exportiert
  3  fertig, aber einige Endgeräte wurden übersprungen oder sind fehlgeschlagen
  2  Aufruffehler (nichts wurde gesendet)
  1  nichts konnte exportiert werden (API-Schlüssel, Mandant, Anwendung, Netzwerk)
  130  unterbrochen (Strg+C)
</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to ChirpStack</source>
        <translation>
            <numerusform>%n Aufruf an ChirpStack</numerusform>
            <numerusform>%n Aufrufe an ChirpStack</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown flag %1 for the %2 source</source>
        <translation>unbekannte Option %1 für die Quelle %2</translation>
    </message>
    <message>
        <source>%1 holds no OTAA device: no AppKey to change in the source Join Server</source>
        <translation>%1 enthält kein OTAA-Endgerät: kein AppKey im Join Server der Quelle zu ändern</translation>
    </message>
    <message numerus="yes">
        <source>dry run: checking the AppKey of %n OTAA device(s) in the source Join Server, writing nothing</source>
        <translation>
            <numerusform>Probelauf: AppKey von %n OTAA-Endgerät im Join Server der Quelle wird geprüft, nichts wird geschrieben</numerusform>
            <numerusform>Probelauf: AppKeys von %n OTAA-Endgeräten im Join Server der Quelle werden geprüft, nichts wird geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changing the AppKey of %n OTAA device(s) in the source Join Server; the original keys stay in %1</source>
        <translation>
            <numerusform>AppKey von %n OTAA-Endgerät im Join Server der Quelle wird geändert; die ursprünglichen Schlüssel bleiben in %1</numerusform>
            <numerusform>AppKeys von %n OTAA-Endgeräten im Join Server der Quelle werden geändert; die ursprünglichen Schlüssel bleiben in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restoring the original AppKey of %n OTAA device(s) in the source Join Server from %1</source>
        <translation>
            <numerusform>ursprünglicher AppKey von %n OTAA-Endgerät im Join Server der Quelle wird aus %1 wiederhergestellt</numerusform>
            <numerusform>ursprüngliche AppKeys von %n OTAA-Endgeräten im Join Server der Quelle werden aus %1 wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dry run: %n AppKey(s) would be changed, nothing was written to the source Join Server</source>
        <translation>
            <numerusform>Probelauf: %n AppKey würde geändert, in den Join Server der Quelle wurde nichts geschrieben</numerusform>
            <numerusform>Probelauf: %n AppKeys würden geändert, in den Join Server der Quelle wurde nichts geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dry run: %n AppKey(s) would be restored, nothing was written to the source Join Server</source>
        <translation>
            <numerusform>Probelauf: %n AppKey würde wiederhergestellt, in den Join Server der Quelle wurde nichts geschrieben</numerusform>
            <numerusform>Probelauf: %n AppKeys würden wiederhergestellt, in den Join Server der Quelle wurde nichts geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>AppKeys in the source Join Server: %1 changed, %2 already changed, %3 failed</source>
        <translation>AppKeys im Join Server der Quelle: %1 geändert, %2 bereits geändert, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>AppKeys in the source Join Server: %1 restored, %2 already original, %3 failed</source>
        <translation>AppKeys im Join Server der Quelle: %1 wiederhergestellt, %2 bereits ursprünglich, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>The Things Stack said: %1</source>
        <translation>The Things Stack meldet: %1</translation>
    </message>
    <message>
        <source>tts delete-source-devices without a terminal: confirms the deletion, which cannot be undone (on a terminal the command asks twice instead)</source>
        <translation>tts delete-source-devices ohne Terminal: bestätigt das Löschen, das nicht rückgängig gemacht werden kann (auf einem Terminal fragt der Befehl stattdessen zweimal nach)</translation>
    </message>
    <message>
        <source>needs -o FILE: once FILE is written and read back, give each exported OTAA device a new random AppKey (LoRaWAN 1.1: also NwkKey) in the source Join Server, so it cannot join there again; the key needs the rights devices write and write keys too. Undo with: tts restore-app-keys FILE</source>
        <translation>braucht -o FILE: Sobald FILE geschrieben und zurückgelesen ist, erhält jedes exportierte OTAA-Endgerät im Join Server der Quelle einen neuen zufälligen AppKey (LoRaWAN 1.1: auch NwkKey), sodass es dort keinen Join mehr durchführen kann; der Schlüssel braucht dafür auch die Rechte devices write und write keys. Rückgängig mit: tts restore-app-keys FILE</translation>
    </message>
    <message>
        <source>give devices new IDs: one &quot;source-id,new-id&quot; pair per line (the source&apos;s own IDs are kept otherwise)</source>
        <translation>Endgeräten neue IDs geben: ein Paar &quot;source-id,new-id&quot; pro Zeile (sonst bleiben die eigenen IDs der Quelle erhalten)</translation>
    </message>
    <message>
        <source>write nothing to the source (exporting never does; the export still goes to stdout or FILE); with tts.change-app-key or restore-app-keys: list what would change</source>
        <translation>nichts in die Quelle schreiben (der Export tut das nie; der Export geht trotzdem auf stdout oder in FILE); mit tts.change-app-key oder restore-app-keys: auflisten, was sich ändern würde</translation>
    </message>
    <message>
        <source>give devices IDs of your own: one &quot;DevEUI,device-id&quot; pair per line (others get eui-&lt;deveui&gt;, or their name with --chirpstack.device-id-from-name)</source>
        <translation>Endgeräten eigene IDs geben: ein Paar &quot;DevEUI,device-id&quot; pro Zeile (andere erhalten eui-&lt;deveui&gt; oder mit --chirpstack.device-id-from-name ihren Namen)</translation>
    </message>
    <message>
        <source>ttn-lw-migrate: export end devices from TTN v2 as The Things Stack JSON (NDJSON).

Usage:
  ttn-lw-migrate device --source ttnv2 [flags] [DEVICE-ID...]
  ttn-lw-migrate application --source ttnv2 [flags] APPLICATION-ID
  ttn-lw-migrate ttnv2 device|application [flags] [ID...]   (unprefixed flags)
  ttn-lw-migrate restore-app-keys --source ttnv2 [flags] devices.json [PART...]
  ttn-lw-migrate tts import|status [flags] devices.json...   (see ttn-lw-migrate tts --help)
  ttn-lw-migrate ttnv2 delete-abp-devices|recreate-abp-devices [flags] devices.json
Without DEVICE-IDs, the IDs are read from stdin, one per line.
</source>
        <translation>ttn-lw-migrate: Endgeräte aus TTN v2 als JSON für The Things Stack (NDJSON) exportieren.

Aufruf:
  ttn-lw-migrate device --source ttnv2 [Optionen] [DEVICE-ID...]
  ttn-lw-migrate application --source ttnv2 [Optionen] APPLICATION-ID
  ttn-lw-migrate ttnv2 device|application [Optionen] [ID...]   (Optionen ohne Präfix)
  ttn-lw-migrate restore-app-keys --source ttnv2 [Optionen] devices.json [PART...]
  ttn-lw-migrate tts import|status [Optionen] devices.json...   (siehe ttn-lw-migrate tts --help)
  ttn-lw-migrate ttnv2 delete-abp-devices|recreate-abp-devices [Optionen] devices.json
Ohne DEVICE-IDs werden die IDs von stdin gelesen, eine pro Zeile.
</translation>
    </message>
    <message>
        <source>Delete migrated devices at the source once the target shows them ready.

Usage:
  ttn-lw-migrate ttnv2 delete-abp-devices [flags] devices.json [PART...]
      the ABP devices, from TTN v2, once The Things Stack has seen them
  ttn-lw-migrate ttnv2 recreate-abp-devices [flags] devices.json [PART...]
      the undo: puts them back in TTN v2 with their session and counters
  ttn-lw-migrate tts delete-source-devices [flags] devices.json [PART...]
      every device, at the source deployment (AS, NS, JS, then IS), once active at the
      target; cannot be undone: asks twice on a terminal, else needs --confirm-delete
Devices not ready yet are listed and left alone: run the command again later. Each
device is journalled before each write in devices.json.source-deleted (no key in it);
a rerun skips what is done and finishes a half-done device. --dry-run writes nothing.
</source>
        <translation>Migrierte Endgeräte in der Quelle löschen, sobald das Ziel sie als bereit anzeigt.

Aufruf:
  ttn-lw-migrate ttnv2 delete-abp-devices [Optionen] devices.json [PART...]
      die ABP-Endgeräte, aus TTN v2, sobald The Things Stack sie gesehen hat
  ttn-lw-migrate ttnv2 recreate-abp-devices [Optionen] devices.json [PART...]
      das Rückgängigmachen: legt sie mit Sitzung und Frame-Zählern wieder in TTN v2 an
  ttn-lw-migrate tts delete-source-devices [Optionen] devices.json [PART...]
      jedes Endgerät, in der Quellinstallation (AS, NS, JS, dann IS), sobald es im Ziel
      aktiv ist; nicht rückgängig zu machen: fragt auf einem Terminal zweimal nach,
      sonst ist --confirm-delete nötig
Noch nicht bereite Endgeräte werden aufgelistet und nicht angetastet: Führen Sie den
Befehl später erneut aus. Jedes Endgerät wird vor jedem Schreibvorgang im Journal
devices.json.source-deleted festgehalten (ohne Schlüssel); ein erneuter Aufruf überspringt
Erledigtes und schließt ein halb bearbeitetes Endgerät ab. --dry-run schreibt nichts.
</translation>
    </message>
    <message>
        <source>Flags: the source&apos;s (TTN v2&apos;s as for restore-app-keys; the tts source&apos;s --tts.app-id,
--tts.app-api-key, --tts.source-address) and the target&apos;s, as for tts import:
</source>
        <translation>Optionen: die der Quelle (für TTN v2 wie bei restore-app-keys; für die Quelle tts --tts.app-id,
--tts.app-api-key, --tts.source-address) und die des Ziels, wie bei tts import:
</translation>
    </message>
    <message>
        <source>  --dry-run, --verbose, --timeout DURATION   as for the export
</source>
        <translation>  --dry-run, --verbose, --timeout DURATION   wie beim Export
</translation>
    </message>
    <message>
        <source>Exit codes:
  0  every device concerned is done
  3  some devices are not ready yet or failed (each listed)
  2  usage error (nothing was sent)
  1  stopped: a key, a missing right, the network
  130  interrupted (Ctrl-C) after the device in flight
</source>
        <translation>Exit-Codes:
  0  jedes betroffene Endgerät ist erledigt
  3  einige Endgeräte sind noch nicht bereit oder fehlgeschlagen (jeweils aufgelistet)
  2  Aufruffehler (nichts wurde gesendet)
  1  angehalten: ein Schlüssel, ein fehlendes Recht, das Netzwerk
  130  unterbrochen (Strg+C) nach dem laufenden Endgerät
</translation>
    </message>
    <message>
        <source>ttn-lw-migrate tts: import devices.json into The Things Stack, and watch the devices join.

Usage:
  ttn-lw-migrate tts import [flags] FILE...   create every device of FILE (parts of one export)
  ttn-lw-migrate tts status [flags] FILE...   waiting / joined / active per device
To export from another The Things Stack deployment: ttn-lw-migrate tts application --help
To delete the devices at a The Things Stack source once active: ttn-lw-migrate tts delete-source-devices --help
</source>
        <translation>ttn-lw-migrate tts: devices.json in The Things Stack importieren und den Join der Endgeräte verfolgen.

Aufruf:
  ttn-lw-migrate tts import [Optionen] FILE...   jedes Endgerät aus FILE anlegen (Teile eines Exports)
  ttn-lw-migrate tts status [Optionen] FILE...   wartend / beigetreten / aktiv je Endgerät
Zum Export aus einer anderen Installation von The Things Stack: ttn-lw-migrate tts application --help
Zum Löschen der Endgeräte in einer Quelle mit The Things Stack, sobald sie aktiv sind: ttn-lw-migrate tts delete-source-devices --help
</translation>
    </message>
    <message>
        <source>ttn-lw-migrate tts application|device|devices: export end devices from another The Things
Stack deployment as The Things Stack JSON (NDJSON), for tts import.

Usage:
  ttn-lw-migrate tts application [flags] APPLICATION-ID
  ttn-lw-migrate tts device [flags] DEVICE-ID...
  ttn-lw-migrate tts devices [flags] &lt; device_ids.txt
  ttn-lw-migrate application --source tts [flags] APPLICATION-ID
  ttn-lw-migrate device --source tts [flags] [DEVICE-ID...]
  ttn-lw-migrate tts restore-app-keys [flags] devices.json...
  ttn-lw-migrate restore-app-keys --source tts [flags] devices.json...
Without DEVICE-IDs, the IDs are read from stdin, one per line.
restore-app-keys puts the AppKeys of devices.json back into the source Join Server
(after --tts.change-app-key; needs --tts.app-id).
</source>
        <translation>ttn-lw-migrate tts application|device|devices: Endgeräte aus einer anderen Installation von
The Things Stack als JSON für The Things Stack (NDJSON) exportieren, für tts import.

Aufruf:
  ttn-lw-migrate tts application [Optionen] APPLICATION-ID
  ttn-lw-migrate tts device [Optionen] DEVICE-ID...
  ttn-lw-migrate tts devices [Optionen] &lt; device_ids.txt
  ttn-lw-migrate application --source tts [Optionen] APPLICATION-ID
  ttn-lw-migrate device --source tts [Optionen] [DEVICE-ID...]
  ttn-lw-migrate tts restore-app-keys [Optionen] devices.json...
  ttn-lw-migrate restore-app-keys --source tts [Optionen] devices.json...
Ohne DEVICE-IDs werden die IDs von stdin gelesen, eine pro Zeile.
restore-app-keys setzt die AppKeys aus devices.json wieder in den Join Server der Quelle ein
(nach --tts.change-app-key; braucht --tts.app-id).
</translation>
    </message>
    <message>
        <source>%1 (%2 at the source)</source>
        <translation>%1 (%2 in der Quelle)</translation>
    </message>
    <message numerus="yes">
        <source>Delete those of the %n device(s) of the file that are active at the target from application %1 at the source? This cannot be undone. Type yes:</source>
        <translation>
            <numerusform>Das %n Endgerät der Datei, sofern es im Ziel aktiv ist, aus der Anwendung %1 in der Quelle löschen? Dies kann nicht rückgängig gemacht werden. Geben Sie yes ein:</numerusform>
            <numerusform>Diejenigen der %n Endgeräte der Datei, die im Ziel aktiv sind, aus der Anwendung %1 in der Quelle löschen? Dies kann nicht rückgängig gemacht werden. Geben Sie yes ein:</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the source application&apos;s ID (%1) to delete them now:</source>
        <translation>Geben Sie die ID der Quellanwendung (%1) ein, um sie jetzt zu löschen:</translation>
    </message>
    <message>
        <source>%1 does not exist: no device was deleted from TTN v2 with this devices.json</source>
        <translation>%1 existiert nicht: Mit dieser devices.json wurde kein Endgerät aus TTN v2 gelöscht</translation>
    </message>
    <message>
        <source>tts delete-source-devices deletes devices at the source for good: without a terminal to ask on, give --confirm-delete (or try --dry-run first)</source>
        <translation>tts delete-source-devices löscht Endgeräte in der Quelle endgültig: Ohne Terminal für die Rückfrage geben Sie --confirm-delete an (oder versuchen Sie zuerst --dry-run)</translation>
    </message>
    <message>
        <source>nothing deleted</source>
        <translation>nichts gelöscht</translation>
    </message>
    <message>
        <source>%1 holds no ABP device: nothing to delete from TTN v2</source>
        <translation>%1 enthält kein ABP-Endgerät: nichts aus TTN v2 zu löschen</translation>
    </message>
    <message>
        <source>interrupted: stopping after the device in flight</source>
        <translation>unterbrochen: wird nach dem laufenden Endgerät beendet</translation>
    </message>
    <message>
        <source>dry run: %1 would be written, %2 not ready yet; nothing was written</source>
        <translation>Probelauf: %1 würden geschrieben, %2 noch nicht bereit; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>re-created in TTN v2: %1, failed: %2</source>
        <translation>in TTN v2 neu angelegt: %1, fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>deleted at the source: %1, already: %2, not ready yet: %3, failed: %4</source>
        <translation>in der Quelle gelöscht: %1, bereits: %2, noch nicht bereit: %3, fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>the devices not active at the target yet were left alone: run the same command again later</source>
        <translation>die noch nicht im Ziel aktiven Endgeräte wurden nicht angetastet: Führen Sie denselben Befehl später erneut aus</translation>
    </message>
    <message>
        <source>the devices TTS has not seen yet were left alone: run the same command again later</source>
        <translation>die Endgeräte, die TTS noch nicht gesehen hat, wurden nicht angetastet: Führen Sie denselben Befehl später erneut aus</translation>
    </message>
    <message>
        <source>--tts.delete-source-device is not done at export time: a device deleted at the source before it works at the target is lost to both. Export, import, and delete the devices at the source once tts status shows them active: ttn-lw-migrate tts delete-source-devices devices.json</source>
        <translation>--tts.delete-source-device wird beim Export nicht ausgeführt: Ein Endgerät, das in der Quelle gelöscht wird, bevor es im Ziel funktioniert, ist für beide verloren. Exportieren und importieren Sie die Endgeräte und löschen Sie sie in der Quelle erst, wenn tts status sie als aktiv anzeigt: ttn-lw-migrate tts delete-source-devices devices.json</translation>
    </message>
    <message>
        <source>tts restore-app-keys needs the devices.json of the export whose AppKeys were changed (every part of a split export)</source>
        <translation>tts restore-app-keys braucht die devices.json des Exports, dessen AppKeys geändert wurden (bei einem aufgeteilten Export jeden Teil)</translation>
    </message>
    <message>
        <source>restore-app-keys cannot be combined with --tts.change-app-key</source>
        <translation>restore-app-keys kann nicht mit --tts.change-app-key kombiniert werden</translation>
    </message>
    <message>
        <source>--tts.change-app-key needs -o FILE: the AppKeys are changed only after the export is written to FILE and read back, never after an export to stdout</source>
        <translation>--tts.change-app-key braucht -o FILE: Die AppKeys werden erst geändert, wenn der Export in FILE geschrieben und zurückgelesen ist, nie nach einem Export auf stdout</translation>
    </message>
</context>
<context>
    <name>CliErrorText</name>
    <message>
        <source>Give the handler&apos;s address with %1 or a discovery server with %2.</source>
        <translation>Geben Sie die Adresse des Handlers mit %1 oder einen Discovery-Server mit %2 an.</translation>
    </message>
    <message>
        <source>Give the private v2 deployment that holds your devices with %1 or %2.</source>
        <translation>Geben Sie die private v2-Installation, die Ihre Endgeräte enthält, mit %1 oder %2 an.</translation>
    </message>
    <message>
        <source>Check the address and port (%1).</source>
        <translation>Prüfen Sie Adresse und Port (%1).</translation>
    </message>
    <message>
        <source>Check the application ID, or give the handler&apos;s address with %1.</source>
        <translation>Prüfen Sie die Anwendungs-ID oder geben Sie die Adresse des Handlers mit %1 an.</translation>
    </message>
    <message>
        <source>Check the application ID, or give the handler of the application&apos;s region with %1.</source>
        <translation>Prüfen Sie die Anwendungs-ID oder geben Sie den Handler der Region der Anwendung mit %1 an.</translation>
    </message>
    <message>
        <source>Give a readable PEM file with %1.</source>
        <translation>Geben Sie mit %1 eine lesbare PEM-Datei an.</translation>
    </message>
    <message>
        <source>If the server uses a private certificate authority, give its certificate with %1.</source>
        <translation>Verwendet der Server eine private Zertifizierungsstelle, geben Sie deren Zertifikat mit %1 an.</translation>
    </message>
    <message>
        <source>Check the address in %1.</source>
        <translation>Prüfen Sie die Adresse in %1.</translation>
    </message>
    <message>
        <source>Check that %1 point to The Things Stack.</source>
        <translation>Prüfen Sie, ob %1 auf The Things Stack zeigen.</translation>
    </message>
    <message>
        <source>Check %1.</source>
        <translation>Prüfen Sie %1.</translation>
    </message>
    <message>
        <source>Check %1 and %2.</source>
        <translation>Prüfen Sie %1 und %2.</translation>
    </message>
    <message>
        <source>Give the key these rights in the Console, or use another key in %1.</source>
        <translation>Erteilen Sie dem Schlüssel diese Rechte in der Console oder verwenden Sie in %1 einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>Check the source address in %1.</source>
        <translation>Prüfen Sie die Quelladresse in %1.</translation>
    </message>
    <message>
        <source>Check that %1 points to The Things Stack.</source>
        <translation>Prüfen Sie, ob %1 auf The Things Stack zeigt.</translation>
    </message>
    <message>
        <source>Check the host and port of ChirpStack&apos;s API in %1.</source>
        <translation>Prüfen Sie Host und Port der API von ChirpStack in %1.</translation>
    </message>
    <message>
        <source>ChirpStack itself speaks plaintext: add %1 (or give %2 as http://HOST:PORT); behind a TLS proxy with a private certificate authority, give its certificate with %3.</source>
        <translation>ChirpStack selbst spricht unverschlüsselt: Fügen Sie %1 hinzu (oder geben Sie %2 als http://HOST:PORT an); hinter einem TLS-Proxy mit privater Zertifizierungsstelle geben Sie deren Zertifikat mit %3 an.</translation>
    </message>
    <message>
        <source>Check the key in %1 (an admin key, or a key of the tenant that holds the application), and the application ID or DevEUI.</source>
        <translation>Prüfen Sie den Schlüssel in %1 (ein Admin-Schlüssel oder ein Schlüssel des Mandanten, dem die Anwendung gehört) sowie die Anwendungs-ID oder DevEUI.</translation>
    </message>
    <message>
        <source>With a tenant key, give the tenant&apos;s ID with %1 (the UUID in the web interface&apos;s address).</source>
        <translation>Geben Sie bei einem Mandantenschlüssel die ID des Mandanten mit %1 an (die UUID in der Adresse der Weboberfläche).</translation>
    </message>
    <message>
        <source>The server closed the connection at once, as a TLS reverse proxy does with plaintext: leave out %1 and give %2 as HOST:PORT, without http://.</source>
        <translation>Der Server hat die Verbindung sofort geschlossen, wie es ein TLS-Reverse-Proxy bei unverschlüsselten Verbindungen tut: Lassen Sie %1 weg und geben Sie %2 als HOST:PORT an, ohne http://.</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>AppKeys are being changed in TTN v2. If you close now, the run stops after the device in progress; run it again later to finish it.</source>
        <translation>In TTN v2 werden gerade AppKeys geändert. Wenn Sie jetzt schließen, endet der Durchlauf nach dem gerade bearbeiteten Endgerät; führen Sie ihn später erneut aus, um ihn abzuschließen.</translation>
    </message>
    <message>
        <source>devices.json is being saved. If you close now, nothing is saved and an existing file stays as it was.</source>
        <translation>devices.json wird gerade gespeichert. Wenn Sie jetzt schließen, wird nichts gespeichert und eine vorhandene Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>The preview has read %L1 of %L2 devices so far. If you close now, it is lost.</source>
        <translation type="vanished">Die Vorschau hat bisher %L1 von %L2 Endgeräten gelesen. Wenn Sie jetzt schließen, geht sie verloren.</translation>
    </message>
    <message>
        <source>The preview is still running. If you close now, it is lost.</source>
        <translation>Die Vorschau läuft noch. Wenn Sie jetzt schließen, geht sie verloren.</translation>
    </message>
    <message>
        <source>The preview is not saved yet (devices to export: %L1). If you close now, it is lost.</source>
        <translation type="vanished">Die Vorschau ist noch nicht gespeichert (zu exportierende Endgeräte: %L1). Wenn Sie jetzt schließen, geht sie verloren.</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>Assistenten schließen?</translation>
    </message>
    <message>
        <source>Close the wizard anyway?</source>
        <translation>Assistenten trotzdem schließen?</translation>
    </message>
    <message numerus="yes">
        <source>The preview has read %1 of %n device(s) so far. If you close now, it is lost.</source>
        <translation>
            <numerusform>Die Vorschau hat bisher %1 von %n Endgerät gelesen. Wenn Sie jetzt schließen, geht sie verloren.</numerusform>
            <numerusform>Die Vorschau hat bisher %1 von %n Endgeräten gelesen. Wenn Sie jetzt schließen, geht sie verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview is not saved yet (devices to export: %1). If you close now, it is lost.</source>
        <translation>Die Vorschau ist noch nicht gespeichert (zu exportierende Endgeräte: %1). Wenn Sie jetzt schließen, geht sie verloren.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="vanished">&amp;Durchsuchen…</translation>
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
        <translation type="vanished">Benötigt das Recht „devices“. Er wird nur für diese Sitzung verwendet und nie gespeichert.</translation>
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
        <translation>Wo v2 &amp;läuft:</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation type="vanished">C&amp;A-Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Frequency plan:</source>
        <translation>&amp;Frequenzplan:</translation>
    </message>
    <message>
        <source>TTN v2 EU handler (historical)</source>
        <translation type="vanished">TTN-v2-Handler EU (historisch)</translation>
    </message>
    <message>
        <source>TTN v2 US West handler (historical)</source>
        <translation type="vanished">TTN-v2-Handler US West (historisch)</translation>
    </message>
    <message>
        <source>TTN v2 Asia SE handler (historical)</source>
        <translation type="vanished">TTN-v2-Handler Asien SO (historisch)</translation>
    </message>
    <message>
        <source>TTN v2 Brazil handler (historical)</source>
        <translation type="vanished">TTN-v2-Handler Brasilien (historisch)</translation>
    </message>
    <message>
        <source>TTN v2 discovery server (historical)</source>
        <translation type="vanished">TTN-v2-Discovery-Server (historisch)</translation>
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
        <translation type="vanished">Der Zugriffsschlüssel wurde nicht akzeptiert. Kopieren Sie den vollständigen Schlüssel dieser Anwendung aus der TTN-v2-Console und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The access key works but lacks the “devices” right. Use a key that has it.</source>
        <translation type="vanished">Der Zugriffsschlüssel funktioniert, hat aber nicht das Recht „devices“. Verwenden Sie einen Schlüssel mit diesem Recht.</translation>
    </message>
    <message>
        <source>Application “%1” is not registered to this handler. Check the application ID, or choose the handler (or discovery server) of your application.</source>
        <translation type="vanished">Die Anwendung „%1“ ist bei diesem Handler nicht registriert. Prüfen Sie die Anwendungs-ID oder wählen Sie den Handler (oder Discovery-Server) Ihrer Anwendung.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the address and your network connection.</source>
        <translation type="vanished">%1 ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The handler is limiting requests right now. Wait a minute and test again.</source>
        <translation type="vanished">Der Handler begrenzt gerade die Anfragen. Warten Sie eine Minute und testen Sie erneut.</translation>
    </message>
    <message>
        <source>The handler answered with an error (HTTP %1). Try again later.</source>
        <translation type="vanished">Der Handler hat mit einem Fehler geantwortet (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Something answered at %1, but not like a TTN v2 handler. Check that the address points to the handler&apos;s HTTP API (usually port 8084).</source>
        <translation type="vanished">Unter %1 hat etwas geantwortet, aber nicht wie ein TTN-v2-Handler. Prüfen Sie, ob die Adresse auf die HTTP-API des Handlers zeigt (meist Port 8084).</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Needs the “devices” right. It is used for this session only and never saved, unless you ask for the system keychain.</source>
        <translation>Benötigt das Recht „devices“. Er wird nur in dieser Programmsitzung verwendet und nie gespeichert, es sei denn, Sie wählen den System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>The connection test was canceled.</source>
        <translation>Der Verbindungstest wurde abgebrochen.</translation>
    </message>
    <message>
        <source>CA c&amp;ertificate:</source>
        <translation>CA-Z&amp;ertifikat:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>TTN v2 EU handler (shut down in 2021)</source>
        <translation>TTN-v2-Handler EU (2021 abgeschaltet)</translation>
    </message>
    <message>
        <source>TTN v2 US West handler (shut down in 2021)</source>
        <translation>TTN-v2-Handler US West (2021 abgeschaltet)</translation>
    </message>
    <message>
        <source>TTN v2 Asia SE handler (shut down in 2021)</source>
        <translation>TTN-v2-Handler Asien SO (2021 abgeschaltet)</translation>
    </message>
    <message>
        <source>TTN v2 Brazil handler (shut down in 2021)</source>
        <translation>TTN-v2-Handler Brasilien (2021 abgeschaltet)</translation>
    </message>
    <message>
        <source>TTN v2 discovery server (shut down in 2021)</source>
        <translation>TTN-v2-Discovery-Server (2021 abgeschaltet)</translation>
    </message>
    <message>
        <source>TTN v&amp;2 (private cluster)</source>
        <translation>TTN v&amp;2 (privater Cluster)</translation>
    </message>
    <message>
        <source>The Th&amp;ings Stack</source>
        <translation>The Th&amp;ings Stack</translation>
    </message>
    <message>
        <source>ChirpStack v4 (coming)</source>
        <translation type="vanished">ChirpStack v4 (in Vorbereitung)</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>ChirpStack v4 as a source comes in a later version.</source>
        <translation type="vanished">ChirpStack v4 als Quelle folgt in einer späteren Version.</translation>
    </message>
    <message>
        <source>The key needs the rights to read the application&apos;s devices and their keys. Nothing is changed in that deployment: the export only reads.</source>
        <translation>Der Schlüssel benötigt die Rechte, die Endgeräte der Anwendung und ihre Schlüssel zu lesen. In dieser Installation wird nichts geändert: Der Export liest nur.</translation>
    </message>
    <message>
        <source>Where are your devices now?</source>
        <translation>Wo sind Ihre Endgeräte jetzt?</translation>
    </message>
    <message>
        <source>Connect to The Things Stack</source>
        <translation>Mit The Things Stack verbinden</translation>
    </message>
    <message>
        <source>The deployment your devices are on now, the application to migrate and an API key that can read it.</source>
        <translation>Die Installation, auf der Ihre Endgeräte jetzt sind, die umzuziehende Anwendung und ein API-Schlüssel, der sie lesen kann.</translation>
    </message>
    <message>
        <source>Another The Things Stack deployment: The Things Network, The Things Stack Cloud or a self-hosted one. Each device keeps its own frequency plan.</source>
        <translation>Eine andere Installation von The Things Stack: The Things Network, The Things Stack Cloud oder eine selbst gehostete. Jedes Endgerät behält seinen eigenen Frequenzplan.</translation>
    </message>
    <message>
        <source>A private TTN v2 cluster (the public TTN v2 network closed in December 2021).</source>
        <translation>Ein privater TTN-v2-Cluster (das öffentliche TTN-v2-Netz wurde im Dezember 2021 abgeschaltet).</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>Neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking The Things Stack for the application…</source>
        <translation>The Things Stack wird nach der Anwendung gefragt…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. Application “%2” has %n device(s).</source>
        <translation>
            <numerusform>Mit %1 verbunden. Die Anwendung „%2“ hat %n Endgerät.</numerusform>
            <numerusform>Mit %1 verbunden. Die Anwendung „%2“ hat %n Endgeräte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1; the key can read application “%2”.</source>
        <translation>Mit %1 verbunden; der Schlüssel kann die Anwendung „%2“ lesen.</translation>
    </message>
    <message>
        <source>ChirpStack v&amp;4</source>
        <translation>ChirpStack v&amp;4</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>Ver&amp;bindung testen</translation>
    </message>
    <message>
        <source>An admin key, or a key of the tenant that holds the application. The export only reads; the next steps offer to disable the migrated devices in ChirpStack.</source>
        <translation>Ein Admin-Schlüssel oder ein Schlüssel des Mandanten, dem die Anwendung gehört. Der Export liest nur; die nächsten Schritte bieten an, die migrierten Endgeräte in ChirpStack zu deaktivieren.</translation>
    </message>
    <message>
        <source>Connect to ChirpStack</source>
        <translation>Mit ChirpStack verbinden</translation>
    </message>
    <message>
        <source>The ChirpStack v4 server your devices are on now, an API key and the application to migrate.</source>
        <translation>Der ChirpStack-v4-Server, auf dem Ihre Endgeräte jetzt sind, ein API-Schlüssel und die umzuziehende Anwendung.</translation>
    </message>
    <message>
        <source>A ChirpStack v4 server (open source, self-hosted): its device profiles give each device its LoRaWAN version and frequency plan.</source>
        <translation>Ein ChirpStack-v4-Server (Open Source, selbst gehostet): Seine Geräteprofile geben jedem Endgerät LoRaWAN-Version und Frequenzplan vor.</translation>
    </message>
    <message>
        <source>Asking ChirpStack for the application…</source>
        <translation>ChirpStack wird nach der Anwendung gefragt…</translation>
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
    <name>ConversionResult</name>
    <message>
        <source>device %1 of this export already has the device ID &quot;%2&quot; (The Things Stack would refuse the second); give one of them another ID</source>
        <translation>Endgerät %1 dieses Exports hat bereits die Endgeräte-ID &quot;%2&quot; (The Things Stack würde das zweite ablehnen); geben Sie einem von beiden eine andere ID</translation>
    </message>
    <message>
        <source>same DevEUI and JoinEUI (%1, %2) as device %3 of this export: The Things Stack registers a pair only once</source>
        <translation>dieselbe DevEUI und JoinEUI (%1, %2) wie Endgerät %3 dieses Exports: The Things Stack registriert ein Paar nur einmal</translation>
    </message>
    <message>
        <source>device %1 of this export already has the device ID &quot;%2&quot;</source>
        <translation>Endgerät %1 dieses Exports hat bereits die Endgeräte-ID &quot;%2&quot;</translation>
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
        <translation type="vanished">dieselbe DevEUI und AppEUI wie Endgerät %1, das stattdessen exportiert wird</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Could not start the demo v2 emulator on 127.0.0.1.</source>
        <translation type="vanished">Der v2-Demo-Emulator konnte auf 127.0.0.1 nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The demo needs the %1, which is not installed at %2.</source>
        <translation>Die Demo braucht den %1, der unter %2 nicht installiert ist.</translation>
    </message>
    <message>
        <source>Could not start the demo&apos;s %1 %2: %3</source>
        <translation>Die Demo konnte den %1 (%2) nicht starten: %3</translation>
    </message>
    <message>
        <source>The demo&apos;s %1 did not start listening on 127.0.0.1.</source>
        <translation>Der für die Demo gestartete %1 lauscht nicht auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>The demo&apos;s %1 did not start listening on 127.0.0.1: %2</source>
        <translation>Der für die Demo gestartete %1 lauscht nicht auf 127.0.0.1: %2</translation>
    </message>
    <message>
        <source>TTN v2 emulator</source>
        <translation>TTN-v2-Emulator</translation>
    </message>
    <message>
        <source>The Things Stack emulator</source>
        <translation>Emulator für The Things Stack</translation>
    </message>
    <message>
        <source>ChirpStack emulator</source>
        <translation>ChirpStack-Emulator</translation>
    </message>
</context>
<context>
    <name>DeviceConverter</name>
    <message>
        <source>unknown frequency plan &quot;%1&quot;</source>
        <translation type="vanished">unbekannter Frequenzplan &quot;%1&quot;</translation>
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
        <translation type="vanished">die Anwendungs-ID &quot;%1&quot; ist in The Things Stack keine gültige ID</translation>
    </message>
    <message>
        <source>the description is longer than %1 characters</source>
        <translation type="vanished">die Beschreibung ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the device has %1 attributes; The Things Stack allows at most %2</source>
        <translation type="vanished">das Endgerät hat %1 Attribute; The Things Stack erlaubt höchstens %2</translation>
    </message>
    <message>
        <source>attribute key &quot;%1&quot; is not valid in The Things Stack (3 to 36 lowercase letters, digits and single hyphens)</source>
        <translation type="vanished">der Attributschlüssel &quot;%1&quot; ist in The Things Stack ungültig (3 bis 36 Kleinbuchstaben, Ziffern und einzelne Bindestriche)</translation>
    </message>
    <message>
        <source>two attribute keys both become &quot;%1&quot; in The Things Stack</source>
        <translation type="vanished">zwei Attributschlüssel werden in The Things Stack beide zu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the value of attribute &quot;%1&quot; is longer than %2 characters</source>
        <translation type="vanished">der Wert des Attributs &quot;%1&quot; ist länger als %2 Zeichen</translation>
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
        <translation>Register-on-Join-Vorlage (keine DevEUI): The Things Stack kann kein Endgerät ohne DevEUI importieren</translation>
    </message>
    <message>
        <source>no AppKey and no complete session (DevAddr, NwkSKey, AppSKey): nothing that could be migrated</source>
        <translation>kein AppKey und keine vollständige Sitzung (DevAddr, NwkSKey, AppSKey): nichts, was umgezogen werden könnte</translation>
    </message>
    <message>
        <source>the device has no application ID</source>
        <translation>das Endgerät hat keine Anwendungs-ID</translation>
    </message>
    <message>
        <source>the location is out of range</source>
        <translation type="vanished">der Standort liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>no session in v2 (the device has not joined): exported without session, it must re-join</source>
        <translation>keine Sitzung in v2 (das Endgerät hat noch keinen Join durchgeführt): ohne Sitzung exportiert, es muss einen neuen Join durchführen</translation>
    </message>
    <message>
        <source>not a valid key</source>
        <translation>kein gültiger Schlüssel</translation>
    </message>
    <message>
        <source>same key as another attribute</source>
        <translation>gleicher Schlüssel wie ein anderes Attribut</translation>
    </message>
    <message>
        <source>value longer than %1 characters</source>
        <translation>Wert länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>more than %1 attributes</source>
        <translation>mehr als %1 Attribute</translation>
    </message>
    <message>
        <source>attributes The Things Stack refuses were dropped: %1</source>
        <translation>Attribute, die The Things Stack ablehnt, wurden verworfen: %1</translation>
    </message>
</context>
<context>
    <name>DeviceIdDelegate</name>
    <message>
        <source>New v3 device ID</source>
        <translation>Neue v3-Endgeräte-ID</translation>
    </message>
    <message>
        <source>Not possible: %1.</source>
        <translation>Nicht möglich: %1.</translation>
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
    <name>DeviceIdMap</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>expected &quot;v2-device-id,v3-device-id&quot;, found &quot;%1&quot;</source>
        <translation>erwartet &quot;v2-device-id,v3-device-id&quot;, gefunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid v2 device ID</source>
        <translation>&quot;%1&quot; ist keine gültige v2-Endgeräte-ID</translation>
    </message>
    <message>
        <source>%1 already gets the ID &quot;%2&quot; on line %3</source>
        <translation>%1 erhält bereits in Zeile %3 die ID &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the new ID of %2 (line %3); device IDs must differ</source>
        <translation>&quot;%1&quot; ist bereits die neue ID von %2 (Zeile %3); Endgeräte-IDs müssen sich unterscheiden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DeviceJsonView</name>
    <message>
        <source>&amp;Reveal keys</source>
        <translation type="vanished">Schlüssel an&amp;zeigen</translation>
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
    <message>
        <source>Reveal &amp;keys</source>
        <translation>Sch&amp;lüssel anzeigen</translation>
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
        <translation type="vanished">DevEUI</translation>
    </message>
    <message>
        <source>JoinEUI</source>
        <translation type="vanished">JoinEUI</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="vanished">Aktivierung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Device profile</source>
        <translation>Geräteprofil</translation>
    </message>
</context>
<context>
    <name>DeviceSource</name>
    <message>
        <source>%1 cannot list applications with this key; enter the application ID.</source>
        <translation>%1 kann mit diesem Schlüssel keine Anwendungen auflisten; geben Sie die Anwendungs-ID ein.</translation>
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
        <translation type="vanished">Eine &amp;Liste von Endgeräten</translation>
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
        <translation>v2-E&amp;ndgeräte-ID:</translation>
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
        <translation type="vanished">device_ids.txt &amp;laden…</translation>
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
        <translation type="vanished">&amp;Keine auswählen</translation>
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
    <message>
        <source>A list of de&amp;vices</source>
        <translation>Eine Liste &amp;von Endgeräten</translation>
    </message>
    <message>
        <source>&amp;Load device_ids.txt…</source>
        <translation>device_ids.txt la&amp;den…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>Fil&amp;ter:</translation>
    </message>
    <message>
        <source>Check non&amp;e</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>&amp;Device ID:</source>
        <translation>E&amp;ndgeräte-ID:</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Endgeräte-ID</translation>
    </message>
    <message>
        <source>Enter the device&apos;s DevEUI.</source>
        <translation>Geben Sie die DevEUI des Endgeräts ein.</translation>
    </message>
    <message>
        <source>Enter the device&apos;s ID.</source>
        <translation>Geben Sie die ID des Endgeräts ein.</translation>
    </message>
    <message>
        <source>&amp;DevEUI:</source>
        <translation>&amp;DevEUI:</translation>
    </message>
    <message>
        <source>DevEUI</source>
        <translation>DevEUI</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>EmulatorOptions</name>
    <message>
        <source>--%1 needs a whole number of at least %2</source>
        <translation type="vanished">--%1 braucht eine ganze Zahl von mindestens %2</translation>
    </message>
    <message>
        <source>--%1 needs a number between 0 and %2</source>
        <translation type="vanished">--%1 braucht eine Zahl zwischen 0 und %2</translation>
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
    <name>EmulatorProgram</name>
    <message>
        <source>--%1 needs a whole number of at least %2</source>
        <translation>--%1 braucht eine ganze Zahl von mindestens %2</translation>
    </message>
    <message>
        <source>--%1 needs a number between 0 and %2</source>
        <translation>--%1 braucht eine Zahl zwischen 0 und %2</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation>kann nicht auf %1 lauschen</translation>
    </message>
    <message>
        <source>stopped after %1 requests</source>
        <translation>nach %1 Anfragen beendet</translation>
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
        <translation type="vanished">%1 Endgeräte aus %2 zurückgelesen, aber %3 wurden geschrieben</translation>
    </message>
    <message>
        <source>cannot read %1 back: %2</source>
        <translation>%1 kann nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>cannot make the file private to its owner</source>
        <translation>die Datei kann nicht auf ihren Besitzer beschränkt werden</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>die Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <source>internal error: a device&apos;s JSON contains a line break</source>
        <translation type="vanished">interner Fehler: das JSON eines Endgeräts enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>parts must be smaller than %1 MiB (the Console&apos;s limit)</source>
        <translation>Teile müssen kleiner als %1 MiB sein (das Limit der Console)</translation>
    </message>
    <message>
        <source>a device&apos;s line is larger than the part size</source>
        <translation>die Zeile eines Endgeräts ist größer als die Teilgröße</translation>
    </message>
    <message numerus="yes">
        <source>read back %n device(s) from %1 after writing %2</source>
        <translation>
            <numerusform>%n Endgerät aus %1 zurückgelesen, nachdem %2 geschrieben wurden</numerusform>
            <numerusform>%n Endgeräte aus %1 zurückgelesen, nachdem %2 geschrieben wurden</numerusform>
        </translation>
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
    <message>
        <source>stopped before the frame counters of its session were read from TTN v2</source>
        <translation>angehalten, bevor die Frame-Zähler seiner Sitzung aus TTN v2 gelesen wurden</translation>
    </message>
    <message>
        <source>stopped before this device was read from TTN v2</source>
        <translation>angehalten, bevor dieses Endgerät aus TTN v2 gelesen wurde</translation>
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
        <translation type="vanished">Abbre&amp;chen</translation>
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
        <translation type="vanished">
            <numerusform>Nicht gespeichert: %n Endgerät würde einen AppKey bekommen, den dieses Programm in TTN v2 erzeugt hat, nicht den Schlüssel, den das Endgerät selbst hat. Stellen Sie zuerst die ursprünglichen Schlüssel wieder her („Wiederherstellen…“ auf der letzten Seite, mit der devices.json von vor der Änderung) und erstellen Sie dann die Vorschau erneut.</numerusform>
            <numerusform>Nicht gespeichert: %n Endgeräte würden einen AppKey bekommen, den dieses Programm in TTN v2 erzeugt hat, nicht den Schlüssel, den das Endgerät selbst hat. Stellen Sie zuerst die ursprünglichen Schlüssel wieder her („Wiederherstellen…“ auf der letzten Seite, mit der devices.json von vor der Änderung) und erstellen Sie dann die Vorschau erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Split into numbered &amp;parts of at most %L1 MiB (devices-001.json, …)</source>
        <translation>In nummerierte &amp;Teile von höchstens %L1 MiB aufteilen (devices-001.json, …)</translation>
    </message>
    <message>
        <source>Split into numbered &amp;parts of at most %L1 bytes (devices-001.json, …)</source>
        <translation>In nummerierte &amp;Teile von höchstens %L1 Byte aufteilen (devices-001.json, …)</translation>
    </message>
    <message>
        <source>The export is %L1 MiB: The Things Stack Console refuses files of %2 MiB or more, so it is saved in numbered parts. Import every part.</source>
        <translation>Der Export ist %L1 MiB groß: Die Console von The Things Stack lehnt Dateien ab %2 MiB ab, deshalb wird er in nummerierten Teilen gespeichert. Importieren Sie jeden Teil.</translation>
    </message>
    <message>
        <source>The export is %L1 MiB: The Things Stack Console refuses files of %2 MiB or more. Split it into parts, or import it with the command line interface.</source>
        <translation>Der Export ist %L1 MiB groß: Die Console von The Things Stack lehnt Dateien ab %2 MiB ab. Teilen Sie ihn auf, oder importieren Sie ihn über die Kommandozeile.</translation>
    </message>
    <message numerus="yes">
        <source>Saved in %1 parts. Read back %n device(s) from %2 in %3.</source>
        <translation>
            <numerusform>In %1 Teilen gespeichert. %n Endgerät aus %2 in %3 zurückgelesen.</numerusform>
            <numerusform>In %1 Teilen gespeichert. %n Endgeräte aus %2 in %3 zurückgelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parts of an earlier export are still in that folder and are not part of this one: %1. Delete them, so they are not imported with it.</source>
        <translation>In diesem Ordner liegen noch Teile eines früheren Exports, die nicht zu diesem gehören: %1. Löschen Sie sie, damit sie nicht mit importiert werden.</translation>
    </message>
    <message>
        <source>%1 is from an earlier export, and the import would set its formatters: delete it if they are not this application&apos;s.</source>
        <translation>%1 stammt von einem früheren Export, und der Import würde dessen Formatter setzen: Löschen Sie die Datei, wenn sie nicht zu dieser Anwendung gehören.</translation>
    </message>
    <message>
        <source>The payload formatters could not be saved to %1: %2. The devices are saved.</source>
        <translation>Die Payload-Formatter konnten nicht unter %1 gespeichert werden: %2. Die Endgeräte sind gespeichert.</translation>
    </message>
    <message>
        <source>Payload formatters saved to %1. Some are not set on import: %2. The v2 functions are saved there, to fix and paste in the Console.</source>
        <translation>Payload-Formatter unter %1 gespeichert. Einige werden beim Import nicht gesetzt: %2. Die v2-Funktionen sind dort gespeichert, um sie zu korrigieren und in die Console einzufügen.</translation>
    </message>
    <message>
        <source>Payload formatters saved to %1: the import sets them on the target application.</source>
        <translation>Payload-Formatter unter %1 gespeichert: Der Import setzt sie in der Zielanwendung.</translation>
    </message>
    <message>
        <source>Saved %1: the application has no payload formatters to carry.</source>
        <translation>%1 gespeichert: Die Anwendung hat keine Payload-Formatter zu übernehmen.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n device(s) would get an AppKey that this tool generated in TTN v2, not the key the device itself has (marked in the preview).</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Endgerät bekäme einen AppKey, den dieses Werkzeug in TTN v2 erzeugt hat, nicht den Schlüssel, den das Endgerät selbst hat (in der Vorschau markiert).</numerusform>
            <numerusform>Nicht gespeichert: %n Endgeräte bekämen einen AppKey, den dieses Werkzeug in TTN v2 erzeugt hat, nicht den Schlüssel, den das Endgerät selbst hat (in der Vorschau markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the original keys first (ttn-lw-migrate restore-app-keys with the devices.json saved before the change), then preview again.</source>
        <translation>Stellen Sie zuerst die ursprünglichen Schlüssel wieder her (ttn-lw-migrate restore-app-keys mit der vor der Änderung gespeicherten devices.json) und erstellen Sie die Vorschau dann erneut.</translation>
    </message>
    <message>
        <source>The original AppKeys are back in TTN v2. Go back to the preview and run it again: the export then has each device&apos;s own key.</source>
        <translation>Die ursprünglichen AppKeys sind wieder in TTN v2. Gehen Sie zurück zur Vorschau und führen Sie sie erneut aus: Der Export enthält dann den eigenen Schlüssel jedes Endgeräts.</translation>
    </message>
    <message>
        <source>Restore the original keys from %1 with Restore… below, then go back and preview again.</source>
        <translation>Stellen Sie die ursprünglichen Schlüssel aus %1 mit „Wiederherstellen…“ unten wieder her, gehen Sie dann zurück und erstellen Sie die Vorschau erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n device(s) would get an AppKey that this tool generated in the source Join Server, not the key the device itself has (marked in the preview).</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Endgerät bekäme einen AppKey, den dieses Werkzeug im Join Server der Quelle erzeugt hat, nicht den Schlüssel, den das Endgerät selbst hat (in der Vorschau markiert).</numerusform>
            <numerusform>Nicht gespeichert: %n Endgeräte bekämen einen AppKey, den dieses Werkzeug im Join Server der Quelle erzeugt hat, nicht den Schlüssel, den das Endgerät selbst hat (in der Vorschau markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>The original AppKeys are back in the source Join Server. Go back to the preview and run it again: the export then has each device&apos;s own key.</source>
        <translation>Die ursprünglichen AppKeys sind wieder im Join Server der Quelle. Gehen Sie zurück zur Vorschau und führen Sie sie erneut aus: Der Export enthält dann den eigenen Schlüssel jedes Endgeräts.</translation>
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
        <translation type="vanished">%1 enthält nach dem Schreiben von %3 nur %2 Endgeräte: Prüfen Sie den Datenträger und starten Sie erneut</translation>
    </message>
    <message>
        <source>wrote %1 devices to %2</source>
        <translation type="vanished">%1 Endgeräte nach %2 geschrieben</translation>
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
    <message numerus="yes">
        <source>wrote %1 devices to %n file(s) of at most %2 MiB: %3</source>
        <translation type="vanished">
            <numerusform>%1 Endgeräte in %n Datei mit höchstens %2 MiB geschrieben: %3</numerusform>
            <numerusform>%1 Endgeräte in %n Dateien mit je höchstens %2 MiB geschrieben: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1 is left from an earlier export and is not part of this one; delete it before importing</source>
        <translation>Warnung: %1 stammt von einem früheren Export und gehört nicht zu diesem; löschen Sie die Datei vor dem Import</translation>
    </message>
    <message>
        <source>warning: %1 is %2 MiB; The Things Stack Console refuses files of 16 MiB or more: export again with --split -o FILE for parts the Console takes, or import it with ttn-lw-cli</source>
        <translation>Warnung: %1 ist %2 MiB groß; die Console von The Things Stack lehnt Dateien ab 16 MiB ab: Exportieren Sie erneut mit --split -o FILE, um Teile zu erhalten, die die Console annimmt, oder importieren Sie mit ttn-lw-cli</translation>
    </message>
    <message>
        <source>warning: --dev-id-map names %1, which is not a device of this export</source>
        <translation>Warnung: --dev-id-map nennt %1, das kein Endgerät dieses Exports ist</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>der Export</translation>
    </message>
    <message>
        <source>failed %1: not written, its AppKey in TTN v2 was generated by ttn-lw-migrate and the device still has its original key; restore the keys first (restore-app-keys with the devices.json saved before the change)</source>
        <translation>fehlgeschlagen %1: nicht geschrieben, sein AppKey in TTN v2 wurde von ttn-lw-migrate erzeugt und das Endgerät hat noch seinen ursprünglichen Schlüssel; stellen Sie zuerst die Schlüssel wieder her (restore-app-keys mit der vor der Änderung gespeicherten devices.json)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n device(s) after writing %2: check the disk and run again</source>
        <translation>
            <numerusform>%1 enthält %n Endgerät, nachdem %2 geschrieben wurden: Prüfen Sie den Datenträger und führen Sie den Befehl erneut aus</numerusform>
            <numerusform>%1 enthält %n Endgeräte, nachdem %2 geschrieben wurden: Prüfen Sie den Datenträger und führen Sie den Befehl erneut aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 to %n file(s) of at most %2 MiB: %3</source>
        <translation>
            <numerusform>%1 in %n Datei von höchstens %2 MiB geschrieben: %3</numerusform>
            <numerusform>%1 in %n Dateien von je höchstens %2 MiB geschrieben: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Endgerät</numerusform>
            <numerusform>%n Endgeräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n device(s) to %1</source>
        <translation>
            <numerusform>%n Endgerät nach %1 geschrieben</numerusform>
            <numerusform>%n Endgeräte nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>dry run: nothing is written to the source</source>
        <translation>Probelauf: In die Quelle wird nichts geschrieben</translation>
    </message>
    <message>
        <source>application %1 of The Things Stack at %2; %3</source>
        <translation>Anwendung %1 von The Things Stack unter %2; %3</translation>
    </message>
    <message>
        <source>The Things Stack said: %1</source>
        <translation>The Things Stack meldet: %1</translation>
    </message>
    <message>
        <source>devices by DevEUI from ChirpStack at %1; %2</source>
        <translation>Endgeräte nach DevEUI aus ChirpStack unter %1; %2</translation>
    </message>
    <message>
        <source>application %1 of ChirpStack at %2; %3</source>
        <translation>Anwendung %1 von ChirpStack unter %2; %3</translation>
    </message>
    <message>
        <source>ChirpStack said: %1</source>
        <translation>ChirpStack meldete: %1</translation>
    </message>
    <message>
        <source>dry run: nothing was disabled in ChirpStack</source>
        <translation>Probelauf: In ChirpStack wurde nichts deaktiviert</translation>
    </message>
    <message>
        <source>failed to disable %1</source>
        <translation>%1 konnte nicht deaktiviert werden</translation>
    </message>
    <message>
        <source>the export is written, but not every device was disabled in ChirpStack: %1</source>
        <translation>der Export ist geschrieben, aber nicht alle Endgeräte wurden in ChirpStack deaktiviert: %1</translation>
    </message>
    <message>
        <source>disabled in ChirpStack: %1 (%2 already disabled); undo with ttn-lw-migrate chirpstack enable-devices %3</source>
        <translation>in ChirpStack deaktiviert: %1 (%2 bereits deaktiviert); rückgängig mit ttn-lw-migrate chirpstack enable-devices %3</translation>
    </message>
    <message>
        <source>failed %1: not written, its AppKey in the source Join Server was generated by ttn-lw-migrate and the device still has its original key; restore the keys first (tts restore-app-keys with the devices.json saved before the change)</source>
        <translation>fehlgeschlagen %1: nicht geschrieben, sein AppKey im Join Server der Quelle wurde von ttn-lw-migrate erzeugt und das Endgerät hat noch seinen ursprünglichen Schlüssel; stellen Sie zuerst die Schlüssel wieder her (tts restore-app-keys mit der vor der Änderung gespeicherten devices.json)</translation>
    </message>
    <message>
        <source>warning: %1 has an AppKey in the source Join Server that ttn-lw-migrate generated; the device still has its original key, which is in the devices.json saved before the change</source>
        <translation>Warnung: %1 hat im Join Server der Quelle einen AppKey, den ttn-lw-migrate erzeugt hat; das Endgerät hat noch seinen ursprünglichen Schlüssel, der in der vor der Änderung gespeicherten devices.json steht</translation>
    </message>
</context>
<context>
    <name>FormatterText</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Cayenne LPP</source>
        <translation>Cayenne LPP</translation>
    </message>
    <message>
        <source>a JavaScript formatter</source>
        <translation>ein JavaScript-Formatter</translation>
    </message>
    <message>
        <source>Nothing is set on the target application.</source>
        <translation>In der Zielanwendung wird nichts gesetzt.</translation>
    </message>
    <message>
        <source>Nothing is set on the target application: see why below.</source>
        <translation>In der Zielanwendung wird nichts gesetzt: Den Grund finden Sie unten.</translation>
    </message>
    <message>
        <source>The target application gets Cayenne LPP up and down.</source>
        <translation>Die Zielanwendung erhält Cayenne LPP für Uplink und Downlink.</translation>
    </message>
    <message>
        <source>The target application gets one generated uplink script (the v2 functions chained) and, down, %1.</source>
        <translation>Die Zielanwendung erhält ein erzeugtes Uplink-Skript (die verketteten v2-Funktionen); Downlink: %1.</translation>
    </message>
    <message>
        <source>The target application gets, up, %1 and, down, %2 (the v2 scripts as they are).</source>
        <translation>Die Zielanwendung erhält die v2-Skripte unverändert – Uplink: %1, Downlink: %2.</translation>
    </message>
    <message>
        <source>Not set: %1 (the script is saved beside the export)</source>
        <translation>Nicht gesetzt: %1 (das Skript ist neben dem Export gespeichert)</translation>
    </message>
    <message>
        <source>Payload formatters: %1. The devices are exported without them.</source>
        <translation>Payload-Formatter: %1. Die Endgeräte werden ohne sie exportiert.</translation>
    </message>
    <message>
        <source>To move the payload formatters, use an access key with the “%1” right.</source>
        <translation>Um die Payload-Formatter zu übernehmen, verwenden Sie einen Zugriffsschlüssel mit dem Recht „%1“.</translation>
    </message>
    <message>
        <source>Payload formatters: %1 has none to set.</source>
        <translation>Payload-Formatter: %1 enthält keine, die zu setzen wären.</translation>
    </message>
    <message>
        <source>Payload formatters: set as the default formatters of application %1 (from %2).</source>
        <translation>Payload-Formatter: als Standard-Formatter der Anwendung %1 gesetzt (aus %2).</translation>
    </message>
    <message>
        <source>Payload formatters: the import would set them as the default formatters of application %1.</source>
        <translation>Payload-Formatter: Der Import würde sie als Standard-Formatter der Anwendung %1 setzen.</translation>
    </message>
    <message>
        <source>Payload formatters: application %1 already has these.</source>
        <translation>Payload-Formatter: Anwendung %1 hat diese bereits.</translation>
    </message>
    <message>
        <source>Payload formatters: application %1 keeps the default formatters it had; those of %2 were not set.</source>
        <translation>Payload-Formatter: Anwendung %1 behält ihre bisherigen Standard-Formatter; die aus %2 wurden nicht gesetzt.</translation>
    </message>
    <message>
        <source>The payload formatters were left alone: the API key lacks the right RIGHT_APPLICATION_SETTINGS_BASIC. The devices were imported.</source>
        <translation>Die Payload-Formatter wurden nicht verändert: Dem API-Schlüssel fehlt das Recht RIGHT_APPLICATION_SETTINGS_BASIC. Die Endgeräte wurden importiert.</translation>
    </message>
    <message>
        <source>The payload formatters were left alone (%1). The devices were imported.</source>
        <translation>Die Payload-Formatter wurden nicht verändert (%1). Die Endgeräte wurden importiert.</translation>
    </message>
    <message>
        <source>Uplink</source>
        <translation>Uplink</translation>
    </message>
    <message>
        <source>Downlink</source>
        <translation>Downlink</translation>
    </message>
    <message>
        <source>To set it by hand: Console → Applications → %1 → Payload formatters → %2 → Custom Javascript formatter, paste the contents of %3 and save.</source>
        <translation>Zum Setzen von Hand: Console → Applications → %1 → Payload formatters → %2 → Custom Javascript formatter, den Inhalt von %3 einfügen und speichern.</translation>
    </message>
    <message>
        <source>To set it by hand: Console → Applications → %1 → Payload formatters → %2 → CayenneLPP, and save.</source>
        <translation>Zum Setzen von Hand: Console → Applications → %1 → Payload formatters → %2 → CayenneLPP, dann speichern.</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Dekodiert</translation>
    </message>
    <message>
        <source>Dropped: the Validator returned false</source>
        <translation>Verworfen: Der Validator hat false zurückgegeben</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stopped at the time limit: %1</source>
        <translation>Beim Zeitlimit abgebrochen: %1</translation>
    </message>
    <message>
        <source>Nothing to run (no JavaScript formatter)</source>
        <translation>Nichts auszuführen (kein JavaScript-Formatter)</translation>
    </message>
    <message>
        <source>The target application gets, up, %1 and, down, %2 (the source application&apos;s default formatters as they are).</source>
        <translation>Die Zielanwendung erhält für Uplinks %1 und für Downlinks %2 (die Standard-Formatter der Quellanwendung unverändert).</translation>
    </message>
</context>
<context>
    <name>Formatters</name>
    <message>
        <source>%1 is %2 characters long; The Things Stack takes at most %3</source>
        <translation>%1 ist %2 Zeichen lang; The Things Stack nimmt höchstens %3</translation>
    </message>
    <message>
        <source>%1 does not compile: %2</source>
        <translation>%1 lässt sich nicht kompilieren: %2</translation>
    </message>
    <message>
        <source>%1 already defines %2, which The Things Stack would call instead of the v2 functions</source>
        <translation>%1 definiert bereits %2, die The Things Stack anstelle der v2-Funktionen aufrufen würde</translation>
    </message>
    <message>
        <source>the v2 %1 and %2 both define %3; in one script the second would replace the first</source>
        <translation>die v2-Funktionen %1 und %2 definieren beide %3; in einem Skript würde die zweite Definition die erste ersetzen</translation>
    </message>
    <message>
        <source>uplink: the v2 application has a Converter or Validator but no Decoder, so TTN v2 decoded nothing; nothing is set</source>
        <translation>Uplink: Die v2-Anwendung hat einen Converter oder Validator, aber keinen Decoder, daher hat TTN v2 nichts dekodiert; es wird nichts gesetzt</translation>
    </message>
    <message>
        <source>uplink: one JavaScript formatter with the v2 %1 unchanged and a generated decodeUplink that calls them in v2&apos;s order</source>
        <translation>Uplink: ein JavaScript-Formatter mit den unveränderten v2-Funktionen %1 und einer erzeugten decodeUplink, die sie in der Reihenfolge von v2 aufruft</translation>
    </message>
    <message>
        <source>uplink: a message the v2 Validator rejects was dropped by TTN v2; The Things Stack forwards it without decoded fields, with an error naming the v2 Validator</source>
        <translation>Uplink: Eine Nachricht, die der v2-Validator ablehnt, wurde von TTN v2 verworfen; The Things Stack leitet sie ohne dekodierte Felder weiter, mit einem Fehler, der den v2-Validator nennt</translation>
    </message>
    <message>
        <source>uplink: the v2 Decoder as a JavaScript formatter, unchanged (The Things Stack calls Decoder when there is no decodeUplink)</source>
        <translation>Uplink: der v2-Decoder unverändert als JavaScript-Formatter (The Things Stack ruft Decoder auf, wenn es kein decodeUplink gibt)</translation>
    </message>
    <message>
        <source>the v2 functions already define decodeUplink, the name of the generated function</source>
        <translation>die v2-Funktionen definieren bereits decodeUplink, den Namen der erzeugten Funktion</translation>
    </message>
    <message>
        <source>the uplink script</source>
        <translation>das Uplink-Skript</translation>
    </message>
    <message>
        <source>uplink not set: %1</source>
        <translation>Uplink nicht gesetzt: %1</translation>
    </message>
    <message>
        <source>the v2 Encoder</source>
        <translation>der v2-Encoder</translation>
    </message>
    <message>
        <source>downlink not set: %1</source>
        <translation>Downlink nicht gesetzt: %1</translation>
    </message>
    <message>
        <source>downlink: the v2 Encoder as a JavaScript formatter, unchanged (The Things Stack calls Encoder when there is no encodeDownlink)</source>
        <translation>Downlink: der v2-Encoder unverändert als JavaScript-Formatter (The Things Stack ruft Encoder auf, wenn es kein encodeDownlink gibt)</translation>
    </message>
    <message>
        <source>the TTN v2 application has no payload formatters: nothing is set</source>
        <translation>die TTN-v2-Anwendung hat keine Payload-Formatter: es wird nichts gesetzt</translation>
    </message>
    <message>
        <source>uplink and downlink: Cayenne LPP, as in TTN v2</source>
        <translation>Uplink und Downlink: Cayenne LPP, wie in TTN v2</translation>
    </message>
    <message>
        <source>not a payload formatter file of this version of ttn-lw-migrate</source>
        <translation>keine Payload-Formatter-Datei dieser Version von ttn-lw-migrate</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a payload formatter file</source>
        <translation>%1 ist zu groß für eine Payload-Formatter-Datei</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the script did not finish loading within %1 ms</source>
        <translation>das Skript wurde nicht innerhalb von %1 ms fertig geladen</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>%1 was stopped after %2 ms</source>
        <translation>%1 wurde nach %2 ms abgebrochen</translation>
    </message>
    <message>
        <source>the %1 script defines no function %1</source>
        <translation>das %1-Skript definiert keine Funktion %1</translation>
    </message>
    <message>
        <source>Validator does not return a boolean</source>
        <translation>Validator gibt keinen booleschen Wert zurück</translation>
    </message>
    <message>
        <source>%1 does not return an object</source>
        <translation>%1 gibt kein Objekt zurück</translation>
    </message>
    <message>
        <source>the script</source>
        <translation>das Skript</translation>
    </message>
    <message>
        <source>decodeUplink does not return an object</source>
        <translation>decodeUplink gibt kein Objekt zurück</translation>
    </message>
    <message>
        <source>decodeUplink returns data that is not an object</source>
        <translation>decodeUplink gibt Daten zurück, die kein Objekt sind</translation>
    </message>
    <message>
        <source>the script defines neither decodeUplink nor Decoder</source>
        <translation>das Skript definiert weder decodeUplink noch Decoder</translation>
    </message>
    <message>
        <source>Decoder does not return an object</source>
        <translation>Decoder gibt kein Objekt zurück</translation>
    </message>
    <message>
        <source>the v2 handler&apos;s answer is not a JSON object</source>
        <translation>die Antwort des v2-Handlers ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the payload formatters of application %1 were not read: the access key has no “settings” right (HTTP 403)</source>
        <translation>die Payload-Formatter der Anwendung %1 wurden nicht gelesen: Der Zugriffsschlüssel hat nicht das Recht „settings“ (HTTP 403)</translation>
    </message>
    <message>
        <source>the payload formatters of application %1 were not read: %2</source>
        <translation>die Payload-Formatter der Anwendung %1 wurden nicht gelesen: %2</translation>
    </message>
    <message>
        <source>the source application has no default payload formatters: nothing is set</source>
        <translation>die Quellanwendung hat keine Standard-Payload-Formatter: Es wird nichts gesetzt</translation>
    </message>
    <message>
        <source>uplink and downlink: the source application&apos;s default formatters, as they are</source>
        <translation>Uplink und Downlink: die Standard-Formatter der Quellanwendung, unverändert</translation>
    </message>
    <message>
        <source>the payload formatters of application %1 were not read: the API key has no right to read its settings (RIGHT_APPLICATION_SETTINGS_BASIC)</source>
        <translation>die Payload-Formatter der Anwendung %1 wurden nicht gelesen: Der API-Schlüssel hat kein Recht, ihre Einstellungen zu lesen (RIGHT_APPLICATION_SETTINGS_BASIC)</translation>
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
    <message>
        <source>%1 (not for v2 devices)</source>
        <translation>%1 (nicht für v2-Endgeräte)</translation>
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
    <message>
        <source>No frequency plan selected: %1</source>
        <translation>Kein Frequenzplan ausgewählt: %1</translation>
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
    <name>ImportPage</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Import into The Things Stack</source>
        <translation>In The Things Stack importieren</translation>
    </message>
    <message>
        <source>Creates every device of devices.json in your application. Check first: it shows the key&apos;s rights and any conflict before anything is written.</source>
        <translation>Legt jedes Endgerät aus devices.json in Ihrer Anwendung an. Prüfen Sie zuerst: Dabei werden die Rechte des Schlüssels und alle Konflikte angezeigt, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Check the API key&apos;s rights and find devices that are already there or in conflict. Nothing is written.</source>
        <translation>Die Rechte des API-Schlüssels prüfen und Endgeräte finden, die bereits vorhanden sind oder in Konflikt stehen. Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Start no further device; the devices in flight are finished or rolled back, so none is left half-created.</source>
        <translation>Kein weiteres Endgerät beginnen; die gerade bearbeiteten Endgeräte werden abgeschlossen oder rückgängig gemacht, sodass keines halb angelegt bleibt.</translation>
    </message>
    <message>
        <source>Import the devices that failed or were not imported again.</source>
        <translation type="vanished">Die fehlgeschlagenen oder nicht importierten Endgeräte erneut importieren.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Show devices</source>
        <translation>Endgeräte anzeigen</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Alle Endgeräte</translation>
    </message>
    <message>
        <source>In The Things Stack</source>
        <translation>In The Things Stack</translation>
    </message>
    <message>
        <source>Failed or not imported</source>
        <translation>Fehlgeschlagen oder nicht importiert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Endgeräte suchen</translation>
    </message>
    <message>
        <source>Device ID or reason</source>
        <translation>Endgeräte-ID oder Grund</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importergebnisse</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>Anz&amp;eigen:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Suc&amp;hen:</translation>
    </message>
    <message>
        <source>No devices.json yet: save one on the Export page, or start the wizard with --import FILE.</source>
        <translation>Noch keine devices.json: Speichern Sie eine auf der Seite „Export“ oder starten Sie den Assistenten mit --import FILE.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message numerus="yes">
        <source>File: %1, %Ln device(s).</source>
        <translation type="vanished">
            <numerusform>Datei: %1, %Ln Endgerät.</numerusform>
            <numerusform>Datei: %1, %Ln Endgeräte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files: %1 (one export in %2 parts), %Ln device(s).</source>
        <translation type="vanished">
            <numerusform>Dateien: %1 (ein Export in %2 Teilen), %Ln Endgerät.</numerusform>
            <numerusform>Dateien: %1 (ein Export in %2 Teilen), %Ln Endgeräte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) cannot be imported (see the table).</source>
        <translation type="vanished">
            <numerusform>%Ln Zeile kann nicht importiert werden (siehe Tabelle).</numerusform>
            <numerusform>%Ln Zeilen können nicht importiert werden (siehe Tabelle).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no device.</source>
        <translation type="vanished">%1 enthält kein Endgerät.</translation>
    </message>
    <message>
        <source>The import is running: wait for it to finish, or stop it.</source>
        <translation>Der Import läuft: Warten Sie, bis er fertig ist, oder halten Sie ihn an.</translation>
    </message>
    <message>
        <source>There is no devices.json to import.</source>
        <translation>Es gibt keine devices.json zum Importieren.</translation>
    </message>
    <message>
        <source>Reading devices.json…</source>
        <translation>devices.json wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing was written. The API key has the rights the import needs (%1). %2 will be imported, %3 are already in The Things Stack, %4 will fail.</source>
        <translation>Es wurde nichts geschrieben. Der API-Schlüssel hat die Rechte, die der Import braucht (%1). %2 importierbar, %3 bereits in The Things Stack, %4 nicht importierbar.</translation>
    </message>
    <message>
        <source>Every device of the file is in The Things Stack: %1 imported now, %2 already there.</source>
        <translation>Jedes Endgerät der Datei ist in The Things Stack: %1 jetzt importiert, %2 bereits vorhanden.</translation>
    </message>
    <message>
        <source>%1 imported, %2 already in The Things Stack, %3 failed or not imported.</source>
        <translation>%1 importiert, %2 bereits in The Things Stack, %3 fehlgeschlagen oder nicht importiert.</translation>
    </message>
    <message>
        <source>Stopped; the devices in flight were finished or rolled back.</source>
        <translation>Angehalten; die gerade bearbeiteten Endgeräte wurden abgeschlossen oder rückgängig gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) are partly created: Retry failed completes them, or delete them in the Console.</source>
        <translation type="vanished">
            <numerusform>%Ln Endgerät ist teilweise angelegt: „Fehlgeschlagene wiederholen“ stellt es fertig, oder löschen Sie es in der Console.</numerusform>
            <numerusform>%Ln Endgeräte sind teilweise angelegt: „Fehlgeschlagene wiederholen“ stellt sie fertig, oder löschen Sie sie in der Console.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed imports the rest.</source>
        <translation type="vanished">„Fehlgeschlagene wiederholen“ importiert den Rest.</translation>
    </message>
    <message>
        <source>Stopping: finishing or rolling back the devices in flight…</source>
        <translation>Wird angehalten: Die gerade bearbeiteten Endgeräte werden abgeschlossen oder rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Import anhalten?</translation>
    </message>
    <message>
        <source>The import into The Things Stack is still running. Stop it and close the wizard?</source>
        <translation>Der Import in The Things Stack läuft noch. Anhalten und den Assistenten schließen?</translation>
    </message>
    <message>
        <source>The devices in flight are finished or rolled back first, so none is left half-created. Running the import again later finishes it.</source>
        <translation>Die gerade bearbeiteten Endgeräte werden vorher abgeschlossen oder rückgängig gemacht, sodass keines halb angelegt bleibt. Wenn Sie den Import später erneut ausführen, wird er abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s): %1 imported, %2 already in The Things Stack, %3 failed or not imported, %4 pending.</source>
        <translation type="vanished">
            <numerusform>%Ln Endgerät: %1 importiert, %2 bereits in The Things Stack, %3 fehlgeschlagen oder nicht importiert, %4 ausstehend.</numerusform>
            <numerusform>%Ln Endgeräte: %1 importiert, %2 bereits in The Things Stack, %3 fehlgeschlagen oder nicht importiert, %4 ausstehend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open de&amp;vices.json…</source>
        <translation>de&amp;vices.json öffnen…</translation>
    </message>
    <message>
        <source>Open a devices.json written by the export.</source>
        <translation>Eine beim Export geschriebene devices.json öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>File: %1, %n device(s).</source>
        <translation>
            <numerusform>Datei: %1, %n Endgerät.</numerusform>
            <numerusform>Datei: %1, %n Endgeräte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files: %1 (one export in %2 parts), %n device(s).</source>
        <translation>
            <numerusform>Dateien: %1 (ein Export in %2 Teilen), %n Endgerät.</numerusform>
            <numerusform>Dateien: %1 (ein Export in %2 Teilen), %n Endgeräte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported (see the table).</source>
        <translation>
            <numerusform>%n Zeile kann nicht importiert werden (siehe Tabelle).</numerusform>
            <numerusform>%n Zeilen können nicht importiert werden (siehe Tabelle).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose devices.json</source>
        <translation>devices.json auswählen</translation>
    </message>
    <message>
        <source>Exports (*.json);;All files (*)</source>
        <translation>Exporte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) left partly created by an earlier import were completed.</source>
        <translation>
            <numerusform>%n Endgerät, das ein früherer Import teilweise angelegt hatte, wurde vervollständigt.</numerusform>
            <numerusform>%n Endgeräte, die ein früherer Import teilweise angelegt hatte, wurden vervollständigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) are partly created: Retry failed completes them, or delete them in the Console.</source>
        <translation>
            <numerusform>%n Endgerät ist teilweise angelegt: „Fehlgeschlagene wiederholen“ vervollständigt es, oder löschen Sie es in der Console.</numerusform>
            <numerusform>%n Endgeräte sind teilweise angelegt: „Fehlgeschlagene wiederholen“ vervollständigt sie, oder löschen Sie sie in der Console.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 imported, %2 already in The Things Stack, %3 failed or not imported, %4 pending.</source>
        <translation>
            <numerusform>%n Endgerät: %1 importiert, %2 bereits in The Things Stack, %3 fehlgeschlagen oder nicht importiert, %4 ausstehend.</numerusform>
            <numerusform>%n Endgeräte: %1 importiert, %2 bereits in The Things Stack, %3 fehlgeschlagen oder nicht importiert, %4 ausstehend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the payload formatters are set.</source>
        <translation>Warten Sie, bis die Payload-Formatter gesetzt sind.</translation>
    </message>
    <message>
        <source>The payload formatters were not set: %1</source>
        <translation>Die Payload-Formatter wurden nicht gesetzt: %1</translation>
    </message>
    <message>
        <source>Checking the application&apos;s payload formatters…</source>
        <translation>Payload-Formatter der Anwendung werden geprüft…</translation>
    </message>
    <message>
        <source>Setting the application&apos;s payload formatters…</source>
        <translation>Payload-Formatter der Anwendung werden gesetzt…</translation>
    </message>
    <message>
        <source>Payload formatters: application %1 already has other default formatters; Import asks before replacing them.</source>
        <translation>Payload-Formatter: Anwendung %1 hat bereits andere Standard-Formatter; „Importieren“ fragt nach, bevor sie ersetzt werden.</translation>
    </message>
    <message>
        <source>Payload formatters: the API key lacks the right RIGHT_APPLICATION_SETTINGS_BASIC, so Import will import the devices and leave the formatters alone.</source>
        <translation>Payload-Formatter: Dem API-Schlüssel fehlt das Recht RIGHT_APPLICATION_SETTINGS_BASIC, daher werden beim Import nur die Endgeräte importiert und die Formatter nicht verändert.</translation>
    </message>
    <message>
        <source>Payload formatters: could not be checked (%1).</source>
        <translation>Payload-Formatter: konnten nicht geprüft werden (%1).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Cayenne LPP</source>
        <translation>Cayenne LPP</translation>
    </message>
    <message>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <source>Replace the payload formatters?</source>
        <translation>Payload-Formatter ersetzen?</translation>
    </message>
    <message>
        <source>Application %1 in The Things Stack already has other default payload formatters (uplink: %2, downlink: %3).</source>
        <translation>Anwendung %1 in The Things Stack hat bereits andere Standard-Payload-Formatter (Uplink: %2, Downlink: %3).</translation>
    </message>
    <message>
        <source>Replace them with those migrated from TTN v2 (uplink: %1, downlink: %2)? Keep them if they were set on purpose: the migrated scripts stay in %3.</source>
        <translation>Durch die aus TTN v2 migrierten ersetzen (Uplink: %1, Downlink: %2)? Behalten Sie sie, wenn sie absichtlich gesetzt wurden: Die migrierten Skripte bleiben in %3.</translation>
    </message>
    <message>
        <source>&amp;Replace them</source>
        <translation>Erse&amp;tzen</translation>
    </message>
    <message>
        <source>&amp;Keep the existing ones</source>
        <translation>Vorhandene &amp;behalten</translation>
    </message>
    <message>
        <source>Save failed devices as &amp;JSON…</source>
        <translation>Fehlgeschlagene als &amp;JSON speichern…</translation>
    </message>
    <message>
        <source>Import again the devices that failed for a reason a retry can fix (The Things Stack busy or unreachable, stopped). A device whose ID or EUIs are taken, or a line The Things Stack refuses, needs the file fixed: save the failed devices.</source>
        <translation>Importiert die Endgeräte erneut, die aus einem Grund fehlgeschlagen sind, den ein neuer Versuch beheben kann (The Things Stack ausgelastet oder nicht erreichbar, abgebrochen). Ein Endgerät, dessen ID oder EUIs vergeben sind, oder eine Zeile, die The Things Stack ablehnt, muss in der Datei korrigiert werden: Speichern Sie die fehlgeschlagenen Endgeräte.</translation>
    </message>
    <message>
        <source>Save the devices that are not in The Things Stack as a devices.json, to fix them and import that file.</source>
        <translation>Speichert die Endgeräte, die nicht in The Things Stack sind, als devices.json, um sie zu korrigieren und diese Datei zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>Retry failed imports the %n device(s) a retry can fix.</source>
        <translation>
            <numerusform>„Fehlgeschlagene wiederholen“ importiert das %n Endgerät, das ein neuer Versuch beheben kann.</numerusform>
            <numerusform>„Fehlgeschlagene wiederholen“ importiert die %n Endgeräte, die ein neuer Versuch beheben kann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need the file fixed (an ID or EUIs taken, a line The Things Stack refuses): Save failed devices as JSON… writes them to a file.</source>
        <translation>
            <numerusform>%n Endgerät muss in der Datei korrigiert werden (ID oder EUIs vergeben, eine Zeile, die The Things Stack ablehnt): „Fehlgeschlagene als JSON speichern…“ schreibt es in eine Datei.</numerusform>
            <numerusform>%n Endgeräte müssen in der Datei korrigiert werden (ID oder EUIs vergeben, eine Zeile, die The Things Stack ablehnt): „Fehlgeschlagene als JSON speichern…“ schreibt sie in eine Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Things Stack is limiting requests, retrying in %n s.</source>
        <translation>
            <numerusform>The Things Stack begrenzt die Anfragen, neuer Versuch in %n s.</numerusform>
            <numerusform>The Things Stack begrenzt die Anfragen, neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Elapsed: %1, about %2 left</source>
        <translation>Vergangen: %1, noch etwa %2</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>Vergangen: %1</translation>
    </message>
    <message>
        <source>Save failed devices</source>
        <translation>Fehlgeschlagene Endgeräte speichern</translation>
    </message>
    <message>
        <source>The failed devices were not saved: %1</source>
        <translation>Die fehlgeschlagenen Endgeräte wurden nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n device(s) to %1: fix them, then open that file here and import it.</source>
        <translation>
            <numerusform>%n Endgerät in %1 gespeichert: Korrigieren Sie es, öffnen Sie dann diese Datei hier und importieren Sie sie.</numerusform>
            <numerusform>%n Endgeräte in %1 gespeichert: Korrigieren Sie sie, öffnen Sie dann diese Datei hier und importieren Sie sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that are not JSON could not be saved.</source>
        <translation>
            <numerusform>%n Zeile, die kein JSON ist, konnte nicht gespeichert werden.</numerusform>
            <numerusform>%n Zeilen, die kein JSON sind, konnten nicht gespeichert werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>will fail</source>
        <translation>wird fehlschlagen</translation>
    </message>
    <message>
        <source>(no ID)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Endgerät</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
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
        <translation type="vanished">Das Präfix darf Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen und enden.</translation>
    </message>
    <message>
        <source>Enter the ID of the v2 end device.</source>
        <translation>Geben Sie die ID des v2-Endgeräts ein.</translation>
    </message>
    <message>
        <source>A device ID has no spaces; to export several devices choose “A list of devices”.</source>
        <translation>Eine Endgeräte-ID enthält keine Leerzeichen; um mehrere Endgeräte zu exportieren, wählen Sie „Eine Liste von Endgeräten“.</translation>
    </message>
    <message>
        <source>The prefix may contain letters, digits and single dashes or underscores, and must start and end with a letter or digit.</source>
        <translation>Das Präfix darf Buchstaben, Ziffern und einzelne Binde- oder Unterstriche enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen und enden.</translation>
    </message>
</context>
<context>
    <name>JoinChart</name>
    <message>
        <source>Devices joining over time</source>
        <translation>Beitritt der Endgeräte im Zeitverlauf</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Joined, not active yet</source>
        <translation>Beigetreten, noch nicht aktiv</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>No answer from The Things Stack yet.</source>
        <translation>Noch keine Antwort von The Things Stack.</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <translation>Um %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n refresh(es) since %1.</source>
        <translation>
            <numerusform>%n Aktualisierung seit %1.</numerusform>
            <numerusform>%n Aktualisierungen seit %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinStatusModel</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation type="vanished">
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Endgerät</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Active since</source>
        <translation>Aktiv seit</translation>
    </message>
    <message>
        <source>In TTS since</source>
        <translation>In TTS seit</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) joined (%2 active), %3 waiting.</source>
        <translation>
            <numerusform>%1 von %n Endgerät beigetreten (%2 aktiv), %3 wartend.</numerusform>
            <numerusform>%1 von %n Endgeräten beigetreten (%2 aktiv), %3 wartend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of the file not in The Things Stack.</source>
        <translation>
            <numerusform>%n Endgerät der Datei nicht in The Things Stack.</numerusform>
            <numerusform>%n Endgeräte der Datei nicht in The Things Stack.</numerusform>
        </translation>
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
    <name>Keychain</name>
    <message>
        <source>The demo never uses the system keychain.</source>
        <translation>Die Demo verwendet nie den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>No system keychain service is running (such as GNOME Keyring or KWallet), so the key is not remembered. Enter it again next time.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst des Systems (etwa GNOME Keyring oder KWallet), daher wird der Schlüssel nicht gespeichert. Geben Sie ihn beim nächsten Mal erneut ein.</translation>
    </message>
    <message>
        <source>The system keychain refused the request.</source>
        <translation>Der Schlüsselbund des Systems hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The system keychain refused the request: %1</source>
        <translation>Der Schlüsselbund des Systems hat die Anfrage abgelehnt: %1</translation>
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
    <message>
        <source>Import into The Things Stack</source>
        <translation>Import in The Things Stack</translation>
    </message>
    <message>
        <source>%1 imported, %2 already there, %3 not in The Things Stack.</source>
        <translation>%1 importiert, %2 bereits vorhanden, %3 nicht in The Things Stack.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Status in The Things Stack</source>
        <translation>Status in The Things Stack</translation>
    </message>
    <message>
        <source>%1 joined, %2 active, %3 waiting, %4 not in The Things Stack, of %5 (refreshed %6).</source>
        <translation type="vanished">%1 beigetreten, %2 aktiv, %3 wartend, %4 nicht in The Things Stack, von %5 (Stand: %6).</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Saved in %1 parts:</source>
        <translation>In %1 Teilen gespeichert:</translation>
    </message>
    <message numerus="yes">
        <source>Ready for import into The Things Stack: %n device(s).</source>
        <translation>
            <numerusform>Bereit für den Import in The Things Stack: %n Endgerät.</numerusform>
            <numerusform>Bereit für den Import in The Things Stack: %n Endgeräte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused by The Things Stack&apos;s import rules: %n device(s), listed below with the reason.</source>
        <translation>
            <numerusform>Von den Importregeln von The Things Stack abgelehnt: %n Endgerät, unten mit dem Grund aufgeführt.</numerusform>
            <numerusform>Von den Importregeln von The Things Stack abgelehnt: %n Endgeräte, unten mit dem Grund aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payload formatters</source>
        <translation>Payload-Formatter</translation>
    </message>
    <message>
        <source>Difference from TTN v2: a message the v2 Validator rejected was dropped; The Things Stack forwards it without decoded fields and with an error.</source>
        <translation>Unterschied zu TTN v2: Eine Nachricht, die der v2-Validator abgelehnt hat, wurde verworfen; The Things Stack leitet sie ohne dekodierte Felder und mit einem Fehler weiter.</translation>
    </message>
    <message>
        <source>Saved beside the export: %1</source>
        <translation>Neben dem Export gespeichert: %1</translation>
    </message>
    <message>
        <source>Refreshed %1.</source>
        <translation>Aktualisiert: %1.</translation>
    </message>
    <message>
        <source>Devices joining over time</source>
        <translation>Beitritt der Endgeräte im Zeitverlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n refresh(es) from %1 to %2; a row for each change in the counts.</source>
        <translation>
            <numerusform>%n Aktualisierung von %1 bis %2; eine Zeile für jede Änderung der Zahlen.</numerusform>
            <numerusform>%n Aktualisierungen von %1 bis %2; eine Zeile für jede Änderung der Zahlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>%1 → The Things Stack migration report</source>
        <translation>Migrationsbericht %1 → The Things Stack</translation>
    </message>
    <message>
        <source>%1 address: %2</source>
        <translation>Adresse von %1: %2</translation>
    </message>
    <message>
        <source>Frequency plan: each device&apos;s own</source>
        <translation>Frequenzplan: der eigene jedes Endgeräts</translation>
    </message>
</context>
<context>
    <name>MigrationSession</name>
    <message>
        <source>ChirpStack</source>
        <translation>ChirpStack</translation>
    </message>
    <message>
        <source>The Things Stack</source>
        <translation>The Things Stack</translation>
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
        <translation type="vanished">&amp;Bericht speichern…</translation>
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
    <message>
        <source>&amp;Import into The Things Stack now…</source>
        <translation>Jetzt in The Things Stack &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Watch the devices join…</source>
        <translation>Beitritt der Endgeräte &amp;verfolgen…</translation>
    </message>
    <message>
        <source>Change the AppKey of the exported devices in the source Join Server</source>
        <translation>Den AppKey der exportierten Endgeräte im Join Server der Quelle ändern</translation>
    </message>
    <message>
        <source>Otherwise a device may join the source network again instead of the target. In the source&apos;s Console: Applications → your application → End devices → a device → Settings → Join settings → a new AppKey → Save. The original keys are safe in devices.json.</source>
        <translation>Sonst kann ein Endgerät wieder dem Netz der Quelle statt dem Ziel beitreten. In der Console der Quelle: Applications → Ihre Anwendung → End devices → ein Endgerät → Settings → Join settings → neuer AppKey → Save. Die ursprünglichen Schlüssel sind in devices.json sicher aufbewahrt.</translation>
    </message>
    <message>
        <source>Delete the ABP devices from TTN v2</source>
        <translation>Die ABP-Endgeräte aus TTN v2 löschen</translation>
    </message>
    <message>
        <source>The migration guide: ABP devices must be completely deleted from V2, once The Things Stack has seen them; otherwise both networks answer them. Their session and counters are kept in a journal beside devices.json for the undo.</source>
        <translation>Laut Migrationsleitfaden müssen ABP-Endgeräte vollständig aus V2 gelöscht werden, sobald The Things Stack sie gesehen hat; sonst antworten ihnen beide Netze. Ihre Sitzung und Frame-Zähler werden zum Rückgängigmachen in einem Journal neben devices.json aufbewahrt.</translation>
    </message>
    <message>
        <source>Delete the devices at the source</source>
        <translation>Die Endgeräte in der Quelle löschen</translation>
    </message>
    <message>
        <source>Once a device is active in the target, delete it in the source deployment so it is not served twice. This cannot be undone.</source>
        <translation>Sobald ein Endgerät im Ziel aktiv ist, löschen Sie es in der Quellinstallation, damit es nicht doppelt bedient wird. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Disable the exported devices in ChirpStack</source>
        <translation>Die exportierten Endgeräte in ChirpStack deaktivieren</translation>
    </message>
    <message>
        <source>Otherwise a device may join ChirpStack again instead of The Things Stack.</source>
        <translation>Sonst kann ein Endgerät wieder ChirpStack statt The Things Stack beitreten.</translation>
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
    <message>
        <source>&amp;Drop attributes The Things Stack refuses</source>
        <translation>Von The Things Stack abgelehnte Attribute &amp;verwerfen</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>The Things Stack refuses a device with more than 10 attributes, a key it does not accept or a value over 200 characters. Ticked, such a device is exported without those attributes and its notes list the dropped keys; unticked, it fails.</source>
        <translation>The Things Stack lehnt ein Endgerät mit mehr als 10 Attributen, mit einem Schlüssel, den es nicht annimmt, oder mit einem Wert über 200 Zeichen ab. Angehakt wird ein solches Endgerät ohne diese Attribute exportiert, und seine Hinweise nennen die verworfenen Schlüssel; sonst schlägt es fehl.</translation>
    </message>
    <message>
        <source>Devices keep the IDs they have in the source application.</source>
        <translation>Endgeräte behalten die IDs, die sie in der Quellanwendung haben.</translation>
    </message>
    <message>
        <source>Devices keep their DevAddr, session keys and frame counters and need no join; for ABP devices and for devices that cannot re-join.</source>
        <translation>Endgeräte behalten DevAddr, Sitzungsschlüssel und Frame-Zähler und brauchen keinen Join; für ABP-Endgeräte und Endgeräte, die keinen neuen Join durchführen können.</translation>
    </message>
    <message>
        <source>A session keeps working only where the device&apos;s uplinks for its DevAddr arrive: a DevAddr of the source&apos;s network will not work on another network (Packet Broker routes by DevAddr to the network that owns it). Stop the device in the source deployment before it sends again.</source>
        <translation>Eine Sitzung funktioniert nur dort weiter, wo die Uplinks des Endgeräts für seine DevAddr ankommen: Eine DevAddr aus dem Netz der Quelle funktioniert in einem anderen Netz nicht (Packet Broker leitet nach DevAddr an das Netz weiter, dem sie gehört). Stoppen Sie das Endgerät in der Quellinstallation, bevor es wieder sendet.</translation>
    </message>
    <message>
        <source>Devices get the ID “eui-” and their DevEUI in The Things Stack, e.g. eui-70b3d57ed0000001.</source>
        <translation>Endgeräte erhalten in The Things Stack die ID „eui-“ gefolgt von ihrer DevEUI, z. B. eui-70b3d57ed0000001.</translation>
    </message>
</context>
<context>
    <name>OutcomeBrowser</name>
    <message>
        <source>Show devices with status</source>
        <translation>Endgeräte mit Status anzeigen</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Alle Endgeräte</translation>
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
        <source>Sho&amp;w:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>Fil&amp;ter:</translation>
    </message>
    <message>
        <source>%L1 of %L2 shown</source>
        <translation>%L1 von %L2 angezeigt</translation>
    </message>
    <message>
        <source>Preview of every device</source>
        <translation>Vorschau aller Endgeräte</translation>
    </message>
</context>
<context>
    <name>OutcomeCounts</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>No devices.</source>
        <translation>Keine Endgeräte.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) so far: %1 will be exported, %2 skipped, %3 failed.</source>
        <translation type="vanished">
            <numerusform>Bisher %n Endgerät: %1 zum Export, %2 übersprungen, %3 fehlgeschlagen.</numerusform>
            <numerusform>Bisher %n Endgeräte: %1 zum Export, %2 übersprungen, %3 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 will be exported, %2 skipped, %3 failed.</source>
        <translation type="vanished">
            <numerusform>%n Endgerät: %1 zum Export, %2 übersprungen, %3 fehlgeschlagen.</numerusform>
            <numerusform>%n Endgeräte: %1 zum Export, %2 übersprungen, %3 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) so far: %1 ready for import, %2 skipped, %3 failed.</source>
        <translation>
            <numerusform>%n Endgerät bisher: %1 bereit für den Import, %2 übersprungen, %3 fehlgeschlagen.</numerusform>
            <numerusform>%n Endgeräte bisher: %1 bereit für den Import, %2 übersprungen, %3 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 ready for import, %2 skipped, %3 failed.</source>
        <translation>
            <numerusform>%n Endgerät: %1 bereit für den Import, %2 übersprungen, %3 fehlgeschlagen.</numerusform>
            <numerusform>%n Endgeräte: %1 bereit für den Import, %2 übersprungen, %3 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by The Things Stack&apos;s import rules (see their notes).</source>
        <translation>
            <numerusform>%n von den Importregeln von The Things Stack abgelehnt (siehe seine Hinweise).</numerusform>
            <numerusform>%n von den Importregeln von The Things Stack abgelehnt (siehe ihre Hinweise).</numerusform>
        </translation>
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
    <message>
        <source>(double-click its v3 ID to give it another one)</source>
        <translation type="vanished">(doppelklicken Sie auf seine v3-ID, um ihm eine andere zu geben)</translation>
    </message>
    <message>
        <source>(or tick “Drop attributes The Things Stack refuses” on the Options page)</source>
        <translation>(oder haken Sie „Von The Things Stack abgelehnte Attribute verwerfen“ auf der Seite Optionen an)</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Double-click or press F2 to give it another v3 ID.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Doppelklicken oder F2 drücken, um ihm eine andere v3-ID zu geben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>this preview cannot be changed</source>
        <translation>diese Vorschau kann nicht geändert werden</translation>
    </message>
    <message>
        <source>(once the preview is complete, double-click its v3 ID to give it another one)</source>
        <translation>(sobald die Vorschau vollständig ist, doppelklicken Sie auf seine v3-ID, um ihm eine andere zu geben)</translation>
    </message>
    <message>
        <source>its AppKey in TTN v2 was generated by the AppKey change, not the device&apos;s own: restore the original keys before saving (Export page)</source>
        <translation>sein AppKey in TTN v2 wurde von der AppKey-Änderung erzeugt, nicht der eigene des Endgeräts: Stellen Sie vor dem Speichern die ursprünglichen Schlüssel wieder her (Seite „Export“)</translation>
    </message>
    <message>
        <source>Source device ID</source>
        <translation>Endgeräte-ID der Quelle</translation>
    </message>
    <message>
        <source>New device ID</source>
        <translation>Neue Endgeräte-ID</translation>
    </message>
    <message>
        <source>its AppKey in the source Join Server was generated by the AppKey change, not the device&apos;s own: restore the original keys before saving (Export page)</source>
        <translation>sein AppKey im Join Server der Quelle wurde von der AppKey-Änderung erzeugt, nicht der eigene des Endgeräts: Stellen Sie vor dem Speichern die ursprünglichen Schlüssel wieder her (Seite „Export“)</translation>
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
        <translation>Wieder&amp;holen</translation>
    </message>
    <message>
        <source>Show devices with status</source>
        <translation type="vanished">Endgeräte mit Status anzeigen</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="vanished">Alle Endgeräte</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="vanished">Exportiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="vanished">Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="vanished">Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation type="vanished">Endgeräte filtern</translation>
    </message>
    <message>
        <source>Filter by ID, EUI or note</source>
        <translation type="vanished">Nach ID, EUI oder Hinweis filtern</translation>
    </message>
    <message>
        <source>Preview of every device</source>
        <translation type="vanished">Vorschau aller Endgeräte</translation>
    </message>
    <message>
        <source>The equivalent ttn-lw-migrate command line, without the access key</source>
        <translation>Die entsprechende ttn-lw-migrate-Befehlszeile, ohne den Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="vanished">&amp;Anzeigen:</translation>
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
        <translation type="vanished">Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>No devices.</source>
        <translation type="vanished">Keine Endgeräte.</translation>
    </message>
    <message>
        <source>so far</source>
        <translation type="vanished">bisher</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): </source>
        <translation type="vanished">
            <numerusform>%n Endgerät: </numerusform>
            <numerusform>%n Endgeräte: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be exported, %2 skipped, %3 failed</source>
        <translation type="vanished">%1 werden exportiert, %2 übersprungen, %3 fehlgeschlagen</translation>
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
        <translation type="vanished">OTAA mit Sitzung</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Sto&amp;pp</translation>
    </message>
    <message>
        <source>Stop reading from TTN v2 and keep the devices read so far</source>
        <translation>Das Lesen aus TTN v2 beenden und die bisher gelesenen Endgeräte behalten</translation>
    </message>
    <message>
        <source>Start &amp;reading</source>
        <translation>Lesen &amp;starten</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>With sessions, this preview reads each device with its own request to TTN v2: %L1 requests at most 5 per second, about %2. Devices appear below as they are read, and Stop keeps what was read so far. Or go Back and export without sessions (one request for the whole application).</source>
        <translation>Mit Sitzungen liest diese Vorschau jedes Endgerät mit einer eigenen Anfrage an TTN v2: %L1 Anfragen mit höchstens 5 pro Sekunde, etwa %2. Die Endgeräte erscheinen unten, sobald sie gelesen sind, und Stopp behält das bisher Gelesene. Oder gehen Sie Zurück und exportieren Sie ohne Sitzungen (eine Anfrage für die ganze Anwendung).</translation>
    </message>
    <message>
        <source>%L1 of %L2 read</source>
        <translation>%L1 von %L2 gelesen</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>Stopped after reading %L1 of %L2 devices. The others are listed as skipped and are not exported; Retry reads them all again.</source>
        <translation type="vanished">Angehalten, nachdem %L1 von %L2 Endgeräten gelesen wurden. Die übrigen werden als übersprungen aufgeführt und nicht exportiert; Wiederholen liest alle erneut.</translation>
    </message>
    <message>
        <source>It reads the %L1 device IDs from device_ids.txt: save them there, one per line.</source>
        <translation>Der Befehl liest die %L1 Endgeräte-IDs aus device_ids.txt: Speichern Sie sie dort, eine pro Zeile.</translation>
    </message>
    <message>
        <source>Start reading, or go Back and change the options.</source>
        <translation>Starten Sie das Lesen oder gehen Sie Zurück und ändern Sie die Optionen.</translation>
    </message>
    <message>
        <source>Wait until the preview is complete, or Stop it.</source>
        <translation>Warten Sie, bis die Vorschau fertig ist, oder klicken Sie auf Stopp.</translation>
    </message>
    <message numerus="yes">
        <source>This preview starts fresh: the %n new v3 ID(s) given in the previous one are not kept. Give them again once it is complete.</source>
        <translation>
            <numerusform>Diese Vorschau beginnt neu: Die %n neue v3-ID aus der vorigen wird nicht übernommen. Vergeben Sie sie erneut, sobald die Vorschau vollständig ist.</numerusform>
            <numerusform>Diese Vorschau beginnt neu: Die %n neuen v3-IDs aus der vorigen werden nicht übernommen. Vergeben Sie sie erneut, sobald die Vorschau vollständig ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: the device gets back the ID made from its v2 ID. Press Enter to use it, Escape to keep the current one.</source>
        <translation>Leer: Das Endgerät bekommt wieder die aus seiner v2-ID gebildete ID. Enter übernimmt sie, Escape behält die aktuelle.</translation>
    </message>
    <message>
        <source>“%1” is free. Press Enter to give it to the device, Escape to keep the current ID.</source>
        <translation>„%1“ ist frei. Enter gibt sie dem Endgerät, Escape behält die aktuelle ID.</translation>
    </message>
    <message>
        <source>%1 is ready for import as “%2”.</source>
        <translation>%1 ist bereit für den Import als „%2“.</translation>
    </message>
    <message>
        <source>%1 now fails: %2.</source>
        <translation>%1 schlägt jetzt fehl: %2.</translation>
    </message>
    <message>
        <source>It writes numbered parts (devices-001.json, …), as the next page does for an export this large.</source>
        <translation>Er schreibt nummerierte Teile (devices-001.json, …), wie die nächste Seite es für einen so großen Export tut.</translation>
    </message>
    <message numerus="yes">
        <source>The %n new v3 ID(s) given here are not part of the command: it reads them from dev-id-map.csv, which you write with one “v2-id,v3-id” line per device (%1).</source>
        <translation>
            <numerusform>Die %n hier vergebene neue v3-ID ist nicht Teil des Befehls: Er liest sie aus dev-id-map.csv, die Sie mit einer Zeile „v2-id,v3-id“ pro Endgerät schreiben (%1).</numerusform>
            <numerusform>Die %n hier vergebenen neuen v3-IDs sind nicht Teil des Befehls: Er liest sie aus dev-id-map.csv, die Sie mit einer Zeile „v2-id,v3-id“ pro Endgerät schreiben (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after reading %1 of %n device(s). The others are listed as skipped and are not exported; Retry reads them all again.</source>
        <translation>
            <numerusform>Angehalten nach dem Lesen von %1 von %n Endgerät. Die übrigen werden als übersprungen aufgeführt und nicht exportiert; Wiederholen liest sie alle erneut.</numerusform>
            <numerusform>Angehalten nach dem Lesen von %1 von %n Endgeräten. Die übrigen werden als übersprungen aufgeführt und nicht exportiert; Wiederholen liest sie alle erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run an uplink through TTN v2&apos;s functions and the migrated formatter, side by side</source>
        <translation>Einen Uplink nebeneinander durch die Funktionen von TTN v2 und den migrierten Formatter laufen lassen</translation>
    </message>
    <message>
        <source>Reading the application&apos;s payload formatters…</source>
        <translation>Payload-Formatter der Anwendung werden gelesen…</translation>
    </message>
    <message>
        <source>Try a &amp;payload…</source>
        <translation>Payload t&amp;esten…</translation>
    </message>
    <message>
        <source>Payload formatters: %1.</source>
        <translation>Payload-Formatter: %1.</translation>
    </message>
    <message>
        <source>Wait until the payload formatters are read.</source>
        <translation>Warten Sie, bis die Payload-Formatter gelesen sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) have an AppKey in TTN v2 that the AppKey change generated, not the device&apos;s own (see their notes). The export refuses them: restore the original keys on the Export page, then preview again.</source>
        <translation>
            <numerusform>%n Endgerät hat in TTN v2 einen AppKey, den die AppKey-Änderung erzeugt hat, nicht den eigenen (siehe Hinweise). Der Export lehnt es ab: Stellen Sie die ursprünglichen Schlüssel auf der Seite „Export“ wieder her und erstellen Sie die Vorschau dann erneut.</numerusform>
            <numerusform>%n Endgeräte haben in TTN v2 einen AppKey, den die AppKey-Änderung erzeugt hat, nicht den eigenen (siehe Hinweise). Der Export lehnt sie ab: Stellen Sie die ursprünglichen Schlüssel auf der Seite „Export“ wieder her und erstellen Sie die Vorschau dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the export will contain. Nothing is written, neither to a file nor to the deployment the devices are on now.</source>
        <translation>Was der Export enthalten wird. Es wird nichts geschrieben, weder in eine Datei noch in die Installation, auf der die Endgeräte jetzt sind.</translation>
    </message>
    <message>
        <source>Stop reading from The Things Stack and keep the devices read so far</source>
        <translation>Das Lesen aus The Things Stack beenden und die bisher gelesenen Endgeräte behalten</translation>
    </message>
    <message>
        <source>Copied. Set TTS_APP_API_KEY in the environment before running it.</source>
        <translation>Kopiert. Setzen Sie TTS_APP_API_KEY in der Umgebung, bevor Sie den Befehl ausführen.</translation>
    </message>
    <message>
        <source>Stop reading from ChirpStack and keep the devices read so far</source>
        <translation>Das Lesen aus ChirpStack beenden und die bisher gelesenen Endgeräte behalten</translation>
    </message>
    <message>
        <source>Copied. Set CHIRPSTACK_API_KEY in the environment before running it.</source>
        <translation>Kopiert. Setzen Sie CHIRPSTACK_API_KEY in der Umgebung, bevor Sie den Befehl ausführen.</translation>
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
    <name>RememberKeyBox</name>
    <message>
        <source>Re&amp;member in the system keychain</source>
        <translation>Im Schlüsselbund des Systems mer&amp;ken</translation>
    </message>
    <message>
        <source>Keep the key in your system keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), never in a file.</source>
        <translation>Den Schlüssel im Schlüsselbund Ihres Systems aufbewahren (GNOME Keyring, KWallet, macOS-Schlüsselbund, Windows-Anmeldeinformationsverwaltung), nie in einer Datei.</translation>
    </message>
    <message>
        <source>The key is remembered in the system keychain.</source>
        <translation>Der Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The key was removed from the system keychain.</source>
        <translation>Der Schlüssel wurde aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
</context>
<context>
    <name>ReportSaveRow</name>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
</context>
<context>
    <name>SourceDeleteJob</name>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>would delete</source>
        <translation>würde gelöscht</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>bereits erledigt</translation>
    </message>
    <message>
        <source>re-created</source>
        <translation>neu angelegt</translation>
    </message>
    <message>
        <source>would re-create</source>
        <translation>würde neu angelegt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not in the devices.json given: its session keys are needed to put it back</source>
        <translation>nicht in der angegebenen devices.json: Seine Sitzungsschlüssel werden zum erneuten Anlegen benötigt</translation>
    </message>
    <message>
        <source>deleted by an earlier run</source>
        <translation>von einem früheren Durchlauf gelöscht</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no longer at the source</source>
        <translation>nicht mehr in der Quelle</translation>
    </message>
    <message>
        <source>a device deleted at this source cannot be put back</source>
        <translation>ein in dieser Quelle gelöschtes Endgerät kann nicht wieder angelegt werden</translation>
    </message>
    <message>
        <source>the source holds another device under this ID (DevEUI %1, the export has %2): left alone</source>
        <translation>die Quelle enthält unter dieser ID ein anderes Endgerät (DevEUI %1, der Export hat %2): nicht angetastet</translation>
    </message>
    <message>
        <source>TTN v2 holds another device under this ID (DevEUI %1, the export has %2): left alone</source>
        <translation>TTN v2 enthält unter dieser ID ein anderes Endgerät (DevEUI %1, der Export hat %2): nicht angetastet</translation>
    </message>
</context>
<context>
    <name>SourceDeletePanel</name>
    <message>
        <source>Check which qualify now</source>
        <translation>Prüfen, welche jetzt infrage kommen</translation>
    </message>
    <message>
        <source>&amp;Delete ABP devices from TTN v2…</source>
        <translation>ABP-Endgeräte aus TTN v2 &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Delete at the source…</source>
        <translation>In der Quelle &amp;löschen…</translation>
    </message>
    <message>
        <source>Re-create in TTN v2…</source>
        <translation>In TTN v2 neu anlegen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Deletion results</source>
        <translation>Löschergebnisse</translation>
    </message>
    <message>
        <source>Import the devices into The Things Stack first: a device is deleted at the source only once The Things Stack shows it %1.</source>
        <translation>Importieren Sie die Endgeräte zuerst in The Things Stack: Ein Endgerät wird in der Quelle erst gelöscht, wenn The Things Stack es als %1 anzeigt.</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>gesehen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>TTN v2</source>
        <translation>TTN v2</translation>
    </message>
    <message>
        <source>the source application “%1”</source>
        <translation>der Quellanwendung „%1“</translation>
    </message>
    <message>
        <source>Reading the saved devices.json…</source>
        <translation>Gespeicherte devices.json wird gelesen…</translation>
    </message>
    <message>
        <source>Checking what The Things Stack shows…</source>
        <translation>Es wird geprüft, was The Things Stack anzeigt…</translation>
    </message>
    <message>
        <source>Re-creating the devices in TTN v2…</source>
        <translation>Endgeräte werden in TTN v2 neu angelegt…</translation>
    </message>
    <message>
        <source>Deleting at %1…</source>
        <translation>Löschen in %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete ABP devices from TTN v2</source>
        <translation>ABP-Endgeräte aus TTN v2 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n ABP device(s) that The Things Stack has seen from TTN v2?</source>
        <translation>
            <numerusform>%n ABP-Endgerät, das The Things Stack gesehen hat, aus TTN v2 löschen?</numerusform>
            <numerusform>%n ABP-Endgeräte, die The Things Stack gesehen hat, aus TTN v2 löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The migration guide: ABP devices must be completely deleted from V2. Their session and counters are kept in a journal beside devices.json; “Re-create in TTN v2…” puts them back.</source>
        <translation>Laut Migrationsleitfaden müssen ABP-Endgeräte vollständig aus V2 gelöscht werden. Ihre Sitzung und Frame-Zähler werden in einem Journal neben devices.json aufbewahrt; „In TTN v2 neu anlegen…“ legt sie wieder an.</translation>
    </message>
    <message>
        <source>Delete at the source</source>
        <translation>In der Quelle löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n device(s) that are active in The Things Stack from %1?</source>
        <translation>
            <numerusform>%n Endgerät, das in The Things Stack aktiv ist, aus %1 löschen?</numerusform>
            <numerusform>%n Endgeräte, die in The Things Stack aktiv sind, aus %1 löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Really delete %n device(s) from %1 for good?</source>
        <translation>
            <numerusform>%n Endgerät wirklich endgültig aus %1 löschen?</numerusform>
            <numerusform>%n Endgeräte wirklich endgültig aus %1 löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) qualify now</source>
        <translation>
            <numerusform>%n Endgerät kommt jetzt infrage</numerusform>
            <numerusform>%n Endgeräte kommen jetzt infrage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet</source>
        <translation>
            <numerusform>%n noch nicht</numerusform>
            <numerusform>%n noch nicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already done.</source>
        <translation>
            <numerusform>%n bereits erledigt.</numerusform>
            <numerusform>%n bereits erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 re-created, %2 failed.</source>
        <translation>%1 neu angelegt, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 deleted, %2 already done, %3 not yet, %4 failed.</source>
        <translation>%1 gelöscht, %2 bereits erledigt, %3 noch nicht, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Run it again later: devices already done are skipped, the others are deleted once they qualify.</source>
        <translation>Führen Sie den Vorgang später erneut aus: Bereits erledigte Endgeräte werden übersprungen, die anderen werden gelöscht, sobald sie infrage kommen.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Connection &amp;settings</source>
        <translation>Verbindungs&amp;einstellungen</translation>
    </message>
    <message>
        <source>Wat&amp;ch devices</source>
        <translation>Endgeräte &amp;verfolgen</translation>
    </message>
    <message>
        <source>R&amp;efresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation type="vanished">&amp;Bericht speichern…</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation>Migrationsstatus</translation>
    </message>
    <message>
        <source>Which devices have joined The Things Stack. Each OTAA device joins at its next join attempt; the page refreshes every minute while it is open.</source>
        <translation>Welche Endgeräte The Things Stack beigetreten sind. Jedes OTAA-Endgerät tritt bei seinem nächsten Join-Versuch bei; die Seite wird jede Minute aktualisiert, solange sie geöffnet ist.</translation>
    </message>
    <message>
        <source>Devices joined</source>
        <translation>Beigetretene Endgeräte</translation>
    </message>
    <message>
        <source>%p% joined</source>
        <translation>%p% beigetreten</translation>
    </message>
    <message>
        <source>Show devices</source>
        <translation>Endgeräte anzeigen</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Alle Endgeräte</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Joined or seen</source>
        <translation>Beigetreten oder gesehen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not in The Things Stack</source>
        <translation>Nicht in The Things Stack</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Endgeräte suchen</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Endgeräte-ID</translation>
    </message>
    <message>
        <source>Device states</source>
        <translation>Zustände der Endgeräte</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Suc&amp;hen:</translation>
    </message>
    <message>
        <source>There is no devices.json to watch: save one on the Export page, or start the wizard with --status FILE.</source>
        <translation>Es gibt keine devices.json zum Verfolgen: Speichern Sie eine auf der Seite Export oder starten Sie den Assistenten mit --status FILE.</translation>
    </message>
    <message>
        <source>Asking The Things Stack…</source>
        <translation>The Things Stack wird abgefragt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s): %1 joined, %2 active, %3 waiting, %4 not in The Things Stack.</source>
        <translation type="vanished">
            <numerusform>%Ln Endgerät: %1 beigetreten, %2 aktiv, %3 wartend, %4 nicht in The Things Stack.</numerusform>
            <numerusform>%Ln Endgeräte: %1 beigetreten, %2 aktiv, %3 wartend, %4 nicht in The Things Stack.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still waiting is normal until a device tries to join again (it may take hours). Usual causes:</source>
        <translation>Dass Endgeräte noch warten, ist normal, bis sie erneut einen Join versuchen (das kann Stunden dauern). Häufige Ursachen:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) of the file are not in application “%1”: import them first.</source>
        <translation type="vanished">
            <numerusform>%Ln Endgerät der Datei ist nicht in der Anwendung „%1“: Importieren Sie es zuerst.</numerusform>
            <numerusform>%Ln Endgeräte der Datei sind nicht in der Anwendung „%1“: Importieren Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in this application.</source>
        <translation>%1 ist nicht in dieser Anwendung.</translation>
    </message>
    <message>
        <source>%1: asking the Network Server…</source>
        <translation>%1: Network Server wird abgefragt…</translation>
    </message>
    <message>
        <source>%1 uses its session in The Things Stack (DevAddr %2).</source>
        <translation>%1 verwendet seine Sitzung in The Things Stack (DevAddr %2).</translation>
    </message>
    <message>
        <source>%1: the join-accept was sent (DevAddr %2); waiting for the device&apos;s first uplink.</source>
        <translation>%1: Das Join-Accept wurde gesendet (DevAddr %2); es wird auf den ersten Uplink des Endgeräts gewartet.</translation>
    </message>
    <message>
        <source>%1 has no session in The Things Stack yet: it has not joined.</source>
        <translation>%1 hat noch keine Sitzung in The Things Stack: Es hat noch keinen Join durchgeführt.</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Waiting for the first answer…</source>
        <translation>Warten auf die erste Antwort…</translation>
    </message>
    <message>
        <source>Refreshed at %1; every minute while this page is open.</source>
        <translation>Aktualisiert um %1; jede Minute, solange diese Seite geöffnet ist.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importiert %1.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="vanished">Bericht speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text files (*.txt)</source>
        <translation type="vanished">Markdown (*.md);;Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="vanished">Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="vanished">Bericht unter %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 joined, %2 active, %3 waiting, %4 not in The Things Stack.</source>
        <translation type="vanished">
            <numerusform>%n Endgerät: %1 beigetreten, %2 aktiv, %3 wartend, %4 nicht in The Things Stack.</numerusform>
            <numerusform>%n Endgeräte: %1 beigetreten, %2 aktiv, %3 wartend, %4 nicht in The Things Stack.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of the file are not in application “%1”: import them first.</source>
        <translation>
            <numerusform>%n Endgerät der Datei ist nicht in der Anwendung „%1“: Importieren Sie es zuerst.</numerusform>
            <numerusform>%n Endgeräte der Datei sind nicht in der Anwendung „%1“: Importieren Sie sie zuerst.</numerusform>
        </translation>
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
    <name>TryPayloadDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Try a payload</source>
        <translation>Payload testen</translation>
    </message>
    <message>
        <source>e.g. 09 C4 32</source>
        <translation>z. B. 09 C4 32</translation>
    </message>
    <message>
        <source>TTN v2 result</source>
        <translation>Ergebnis von TTN v2</translation>
    </message>
    <message>
        <source>The Things Stack result</source>
        <translation>Ergebnis von The Things Stack</translation>
    </message>
    <message>
        <source>Runs one uplink through TTN v2&apos;s payload functions and through the migrated formatter as The Things Stack runs it. Each call is stopped after %L1 ms. Nothing is sent anywhere.</source>
        <translation>Führt einen Uplink durch die Payload-Funktionen von TTN v2 und durch den migrierten Formatter, wie The Things Stack ihn ausführt. Jeder Aufruf wird nach %L1 ms abgebrochen. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Payload (hex):</source>
        <translation>&amp;Payload (Hex):</translation>
    </message>
    <message>
        <source>&amp;FPort:</source>
        <translation>&amp;FPort:</translation>
    </message>
    <message>
        <source>TTN v2 (Decoder → Converter → Validator)</source>
        <translation>TTN v2 (Decoder → Converter → Validator)</translation>
    </message>
    <message>
        <source>The Things Stack (migrated formatter)</source>
        <translation>The Things Stack (migrierter Formatter)</translation>
    </message>
    <message>
        <source>Two hex digits per byte: one digit is missing.</source>
        <translation>Zwei Hex-Ziffern pro Byte: Eine Ziffer fehlt.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Warning from the formatter: %1</source>
        <translation>Warnung des Formatters: %1</translation>
    </message>
    <message>
        <source>The results differ.</source>
        <translation>Die Ergebnisse unterscheiden sich.</translation>
    </message>
    <message>
        <source>As expected: where TTN v2 dropped the message, The Things Stack forwards it without decoded fields and with this error.</source>
        <translation>Wie erwartet: Wo TTN v2 die Nachricht verworfen hat, leitet The Things Stack sie ohne dekodierte Felder und mit diesem Fehler weiter.</translation>
    </message>
    <message>
        <source>Same result: The Things Stack gives the fields TTN v2 gave.</source>
        <translation>Gleiches Ergebnis: The Things Stack liefert die Felder, die TTN v2 geliefert hat.</translation>
    </message>
    <message>
        <source>The Things Stack (the source application&apos;s formatter)</source>
        <translation>The Things Stack (Formatter der Quellanwendung)</translation>
    </message>
    <message>
        <source>Runs one uplink through the source application&apos;s uplink formatter, copied as it is, as The Things Stack runs it. Each call is stopped after %L1 ms. Nothing is sent anywhere.</source>
        <translation>Führt einen Uplink durch den unverändert kopierten Uplink-Formatter der Quellanwendung, wie The Things Stack ihn ausführt. Jeder Aufruf wird nach %L1 ms abgebrochen. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Decoded: these are the fields the target application gives, as the source application did.</source>
        <translation>Dekodiert: Dies sind die Felder, die die Zielanwendung liefert, wie zuvor die Quellanwendung.</translation>
    </message>
    <message>
        <source>Not decoded: the source application gives the same answer.</source>
        <translation>Nicht dekodiert: Die Quellanwendung gibt dieselbe Antwort.</translation>
    </message>
</context>
<context>
    <name>TtsConnection</name>
    <message>
        <source>not a URL with a host name</source>
        <translation>keine URL mit einem Hostnamen</translation>
    </message>
    <message>
        <source>use http:// or https://</source>
        <translation>verwenden Sie http:// oder https://</translation>
    </message>
    <message>
        <source>give the server&apos;s address without a path (the product adds /api/v3)</source>
        <translation>die Adresse des Servers ohne Pfad angeben (das Programm hängt /api/v3 an)</translation>
    </message>
    <message>
        <source>give the server&apos;s address without a query, fragment or user</source>
        <translation>die Adresse des Servers ohne Query, Fragment oder Benutzer angeben</translation>
    </message>
</context>
<context>
    <name>TtsConnectionForm</name>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Tenant:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>Where The Things Stack runs</source>
        <translation>Wo The Things Stack läuft</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>e.g. my-company</source>
        <translation>z. B. my-company</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Identity Server address</source>
        <translation>Identity-Server-Adresse</translation>
    </message>
    <message>
        <source>Cluster address</source>
        <translation>Cluster-Adresse</translation>
    </message>
    <message>
        <source>Empty: the same as the Identity Server</source>
        <translation>Leer: wie der Identity Server</translation>
    </message>
    <message>
        <source>Application ID in The Things Stack</source>
        <translation>Anwendungs-ID in The Things Stack</translation>
    </message>
    <message>
        <source>e.g. my-sensors</source>
        <translation>z. B. my-sensors</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>API-Schlüssel verbergen</translation>
    </message>
    <message>
        <source>&amp;Where The Things Stack runs:</source>
        <translation>W&amp;o The Things Stack läuft:</translation>
    </message>
    <message>
        <source>I&amp;dentity Server:</source>
        <translation>I&amp;dentity Server:</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster:</translation>
    </message>
    <message>
        <source>&amp;Application ID:</source>
        <translation>A&amp;nwendungs-ID:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>The Things Network, Europe (eu1)</source>
        <translation>The Things Network, Europa (eu1)</translation>
    </message>
    <message>
        <source>The Things Network, North America (nam1)</source>
        <translation>The Things Network, Nordamerika (nam1)</translation>
    </message>
    <message>
        <source>The Things Network, Australia (au1)</source>
        <translation>The Things Network, Australien (au1)</translation>
    </message>
    <message>
        <source>The Things Stack Cloud (your tenant)</source>
        <translation>The Things Stack Cloud (Ihr Tenant)</translation>
    </message>
    <message>
        <source>Custom (self-hosted)…</source>
        <translation>Eigener Server (selbst gehostet)…</translation>
    </message>
    <message>
        <source>Enter your The Things Stack Cloud tenant.</source>
        <translation>Geben Sie Ihren Tenant von The Things Stack Cloud ein.</translation>
    </message>
    <message>
        <source>Enter the Identity Server address of The Things Stack.</source>
        <translation>Geben Sie die Adresse des Identity Servers von The Things Stack ein.</translation>
    </message>
    <message>
        <source>Identity Server: %1.</source>
        <translation>Identity Server: %1.</translation>
    </message>
    <message>
        <source>Cluster: %1.</source>
        <translation>Cluster: %1.</translation>
    </message>
    <message>
        <source>Enter the ID of the application in The Things Stack.</source>
        <translation>Geben Sie die ID der Anwendung in The Things Stack ein.</translation>
    </message>
    <message>
        <source>Application ID: 3 to 36 lower-case letters, digits and single dashes.</source>
        <translation>Anwendungs-ID: 3 bis 36 Kleinbuchstaben, Ziffern und einzelne Bindestriche.</translation>
    </message>
    <message>
        <source>Enter an API key of the application (NNSXS.…).</source>
        <translation>Geben Sie einen API-Schlüssel der Anwendung ein (NNSXS.…).</translation>
    </message>
    <message>
        <source>API key: that is not an API key (it looks like NNSXS.&lt;ID&gt;.&lt;SECRET&gt;).</source>
        <translation>API-Schlüssel: Das ist kein API-Schlüssel (er hat die Form NNSXS.&lt;ID&gt;.&lt;SECRET&gt;).</translation>
    </message>
    <message>
        <source>Local emulator (demo)</source>
        <translation>Lokaler Emulator (Demo)</translation>
    </message>
    <message>
        <source>%1, application “%2”</source>
        <translation>%1, Anwendung „%2“</translation>
    </message>
</context>
<context>
    <name>TtsDeviceFile</name>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>kein gültiges JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>not a JSON object (one end device per line is expected)</source>
        <translation>kein JSON-Objekt (erwartet wird ein Endgerät pro Zeile)</translation>
    </message>
    <message>
        <source>no ids.device_id</source>
        <translation>keine ids.device_id</translation>
    </message>
    <message>
        <source>the device ID appears twice (first at %1)</source>
        <translation>die Endgeräte-ID kommt doppelt vor (zuerst in %1)</translation>
    </message>
    <message>
        <source>JoinEUI/DevEUI appear twice (first at %1)</source>
        <translation>JoinEUI/DevEUI kommen doppelt vor (zuerst in %1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no end device: the file is empty</source>
        <translation>%1 enthält kein Endgerät: Die Datei ist leer</translation>
    </message>
    <message>
        <source>%1 holds no end device: no line is a JSON object with ids.device_id, as the export writes them</source>
        <translation>%1 enthält kein Endgerät: Keine Zeile ist ein JSON-Objekt mit ids.device_id, wie der Export sie schreibt</translation>
    </message>
</context>
<context>
    <name>TtsDeviceSource</name>
    <message>
        <source>The Things Stack</source>
        <translation>The Things Stack</translation>
    </message>
    <message>
        <source>stopped before this device was read from The Things Stack</source>
        <translation>abgebrochen, bevor dieses Endgerät aus The Things Stack gelesen wurde</translation>
    </message>
</context>
<context>
    <name>TtsEmulatorOptions</name>
    <message>
        <source>A local The Things Stack (/api/v3 device registries) for tests and demos.</source>
        <translation>Ein lokales The Things Stack (Endgeräte-Registries unter /api/v3) für Tests und Demos.</translation>
    </message>
    <message>
        <source>Application demo-application with the published demo API key.</source>
        <translation>Anwendung demo-application mit dem veröffentlichten Demo-API-Schlüssel.</translation>
    </message>
    <message>
        <source>Applications, API keys and devices from a JSON file.</source>
        <translation>Anwendungen, API-Schlüssel und Endgeräte aus einer JSON-Datei.</translation>
    </message>
    <message>
        <source>Application for --api-key and --generate.</source>
        <translation>Anwendung für --api-key und --generate.</translation>
    </message>
    <message>
        <source>An API key (NNSXS.ID.SECRET) on --application-id.</source>
        <translation>Ein API-Schlüssel (NNSXS.ID.SECRET) für --application-id.</translation>
    </message>
    <message>
        <source>Comma-separated rights of --api-key (default RIGHT_APPLICATION_ALL).</source>
        <translation>Kommagetrennte Rechte von --api-key (Standard RIGHT_APPLICATION_ALL).</translation>
    </message>
    <message>
        <source>Register N devices in --application-id (tracking benchmarks).</source>
        <translation>N Endgeräte in --application-id registrieren (Benchmarks für die Statusverfolgung).</translation>
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
        <source>Port (default: any free port).</source>
        <translation>Port (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Delay every answer.</source>
        <translation>Jede Antwort verzögern.</translation>
    </message>
    <message>
        <source>Requests per minute and API key (0 = off).</source>
        <translation>Anfragen pro Minute und API-Schlüssel (0 = aus).</translation>
    </message>
    <message>
        <source>Bucket size of the rate limit (default: the rate).</source>
        <translation>Bucket-Größe der Ratenbegrenzung (Standard: die Rate).</translation>
    </message>
    <message>
        <source>Answer every Nth request with --fail-status.</source>
        <translation>Jede N-te Anfrage mit --fail-status beantworten.</translation>
    </message>
    <message>
        <source>HTTP status of --fail-every (default 503).</source>
        <translation>HTTP-Status für --fail-every (Standard 503).</translation>
    </message>
    <message>
        <source>Close the connection mid-answer every Nth request.</source>
        <translation>Bei jeder N-ten Anfrage die Verbindung mitten in der Antwort schließen.</translation>
    </message>
    <message>
        <source>OTAA devices are seen this long after creation, active twice as long after.</source>
        <translation>OTAA-Endgeräte gelten so lange nach dem Anlegen als gesehen und nach der doppelten Zeit als aktiv.</translation>
    </message>
    <message>
        <source>--port must be at most 65535</source>
        <translation>--port darf höchstens 65535 sein</translation>
    </message>
    <message>
        <source>--bind needs an IP address</source>
        <translation>--bind braucht eine IP-Adresse</translation>
    </message>
    <message>
        <source>--bind accepts loopback addresses only (add --allow-remote if you really mean it)</source>
        <translation>--bind akzeptiert nur Loopback-Adressen (fügen Sie --allow-remote hinzu, wenn Sie das wirklich wollen)</translation>
    </message>
    <message>
        <source>--api-key and --generate need --application-id</source>
        <translation>--api-key und --generate brauchen --application-id</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>Application demo-source-fleet (56 mixed devices to migrate from) with its published demo API key.</source>
        <translation>Anwendung demo-source-fleet (56 gemischte Endgeräte, von denen migriert wird) mit ihrem veröffentlichten Demo-API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>TtsError</name>
    <message>
        <source>the “API key” field</source>
        <translation type="vanished">das Feld „API-Schlüssel“</translation>
    </message>
    <message>
        <source>the “Server address” fields</source>
        <translation type="vanished">den Feldern „Serveradresse“</translation>
    </message>
    <message>
        <source>the “Application ID” field</source>
        <translation type="vanished">das Feld „Anwendungs-ID“</translation>
    </message>
    <message>
        <source>The Things Stack at %1 did not answer in time, even after several attempts. Try again later.</source>
        <translation>The Things Stack unter %1 hat auch nach mehreren Versuchen nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The connection to %1 broke, even after several attempts (%2). Try again later.</source>
        <translation>Die Verbindung zu %1 ist auch nach mehreren Versuchen abgebrochen (%2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2). Check the address in %3.</source>
        <translation type="vanished">Keine Verbindung zu %1 möglich (%2). Prüfen Sie die Adresse in %3.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read (%2). Check that %3 point to The Things Stack.</source>
        <translation type="vanished">Die Antwort von %1 konnte nicht gelesen werden (%2). Prüfen Sie, ob die Adressen in %3 auf The Things Stack zeigen.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The API key is not valid (or expired). Check %1.</source>
        <translation type="vanished">Der API-Schlüssel ist ungültig (oder abgelaufen). Prüfen Sie %1.</translation>
    </message>
    <message>
        <source>That is not an API key. Check %1.</source>
        <translation type="vanished">Das ist kein API-Schlüssel. Prüfen Sie %1.</translation>
    </message>
    <message>
        <source>ID already in use in this application.</source>
        <translation>Die ID wird in dieser Anwendung bereits verwendet.</translation>
    </message>
    <message>
        <source>JoinEUI/DevEUI already registered as “%1” in application “%2”.</source>
        <translation>JoinEUI/DevEUI ist bereits als „%1“ in der Anwendung „%2“ registriert.</translation>
    </message>
    <message>
        <source>JoinEUI/DevEUI already registered as “%1” in application “%2”: a leftover of an incompletely deleted device.</source>
        <translation>JoinEUI/DevEUI ist bereits als „%1“ in der Anwendung „%2“ registriert: ein Überrest eines unvollständig gelöschten Endgeräts.</translation>
    </message>
    <message>
        <source>TTS reserves the ID “%1”; rename the device.</source>
        <translation>TTS reserviert die ID „%1“; benennen Sie das Endgerät um.</translation>
    </message>
    <message>
        <source>TTS refused the value of “%1” (%2).</source>
        <translation>TTS hat den Wert von „%1“ abgelehnt (%2).</translation>
    </message>
    <message>
        <source>Internal error: the product sent a field TTS does not take there (%1). Please report it.</source>
        <translation>Interner Fehler: Das Programm hat ein Feld gesendet, das TTS an dieser Stelle nicht annimmt (%1). Bitte melden Sie den Fehler.</translation>
    </message>
    <message>
        <source>TTS refused the field “%1”%2.</source>
        <translation>TTS hat das Feld „%1“ abgelehnt%2.</translation>
    </message>
    <message>
        <source>: it must not be empty or zero</source>
        <translation>: Es darf nicht leer oder null sein</translation>
    </message>
    <message>
        <source>: it must be absent</source>
        <translation>: Es darf nicht gesetzt sein</translation>
    </message>
    <message>
        <source>An OTAA device needs a JoinEUI and a DevEUI.</source>
        <translation>Ein OTAA-Endgerät braucht eine JoinEUI und eine DevEUI.</translation>
    </message>
    <message>
        <source>This server has no frequency plan “%1”.</source>
        <translation>Dieser Server hat keinen Frequenzplan „%1“.</translation>
    </message>
    <message>
        <source>The frequency plan&apos;s band does not support this LoRaWAN PHY version (%1).</source>
        <translation>Das Band des Frequenzplans unterstützt diese LoRaWAN-PHY-Version nicht (%1).</translation>
    </message>
    <message>
        <source>This application belongs to the cluster “%1”; use that host as the cluster address.</source>
        <translation>Diese Anwendung gehört zum Cluster „%1“; verwenden Sie diesen Host als Cluster-Adresse.</translation>
    </message>
    <message>
        <source>Device “%1” is not in The Things Stack.</source>
        <translation>Das Endgerät „%1“ ist nicht in The Things Stack vorhanden.</translation>
    </message>
    <message>
        <source>Application “%1” does not exist or this key has no access to it. Check %2 and %3.</source>
        <translation type="vanished">Die Anwendung „%1“ existiert nicht oder dieser Schlüssel hat keinen Zugriff darauf. Prüfen Sie %2 und %3.</translation>
    </message>
    <message>
        <source>The API key lacks the rights %1 on this application. Give the key these rights in the Console, or use another key in %2.</source>
        <translation type="vanished">Dem API-Schlüssel fehlen für diese Anwendung die Rechte %1. Erteilen Sie dem Schlüssel diese Rechte in der Console oder tragen Sie in %2 einen anderen Schlüssel ein.</translation>
    </message>
    <message>
        <source>The Things Stack kept throttling the requests (HTTP 429). Try again later.</source>
        <translation>The Things Stack hat die Anfragen wiederholt gedrosselt (HTTP 429). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>TTS unavailable (HTTP %1 from %2), even after several attempts. Try again later.</source>
        <translation>TTS ist auch nach mehreren Versuchen nicht verfügbar (HTTP %1 von %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The Things Stack refused the request (HTTP %1: %2).</source>
        <translation>The Things Stack hat die Anfrage abgelehnt (HTTP %1: %2).</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>the source&apos;s “API key” field</source>
        <translation type="vanished">das Feld „API-Schlüssel“ der Quelle</translation>
    </message>
    <message>
        <source>the source&apos;s “Server address” field</source>
        <translation type="vanished">dem Feld „Serveradresse“ der Quelle</translation>
    </message>
    <message>
        <source>the source&apos;s “Application ID” field</source>
        <translation type="vanished">das Feld „Anwendungs-ID“ der Quelle</translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2).</source>
        <translation>Keine Verbindung zu %1 möglich (%2).</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read (%2).</source>
        <translation>Die Antwort von %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The API key is not valid (or expired).</source>
        <translation>Der API-Schlüssel ist ungültig (oder abgelaufen).</translation>
    </message>
    <message>
        <source>That is not an API key.</source>
        <translation>Das ist kein API-Schlüssel.</translation>
    </message>
    <message>
        <source>Application “%1” does not exist or this key has no access to it.</source>
        <translation>Die Anwendung „%1“ existiert nicht oder dieser Schlüssel hat keinen Zugriff darauf.</translation>
    </message>
    <message>
        <source>The API key lacks the rights %1 on this application.</source>
        <translation>Dem API-Schlüssel fehlen für diese Anwendung die Rechte %1.</translation>
    </message>
</context>
<context>
    <name>TtsImport</name>
    <message>
        <source>Identity Server</source>
        <translation>Identity Server</translation>
    </message>
    <message>
        <source>Join Server</source>
        <translation>Join Server</translation>
    </message>
    <message>
        <source>Network Server</source>
        <translation>Network Server</translation>
    </message>
    <message>
        <source>Application Server</source>
        <translation>Application Server</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1; partly created, not cleaned up on: %2; delete it in the Console</source>
        <translation>%1; teilweise angelegt, nicht entfernt aus: %2; löschen Sie es in der Console</translation>
    </message>
    <message>
        <source>canceled; rolled back</source>
        <translation>abgebrochen; rückgängig gemacht</translation>
    </message>
    <message>
        <source>%1 (%2); rolled back</source>
        <translation>%1 (%2); rückgängig gemacht</translation>
    </message>
    <message>
        <source>Checking the API key&apos;s rights and the application&apos;s devices…</source>
        <translation>Rechte des API-Schlüssels und Endgeräte der Anwendung werden geprüft…</translation>
    </message>
    <message>
        <source>would be completed</source>
        <translation>würde vervollständigt</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n device(s)…</source>
        <translation>
            <numerusform>%n Endgerät wird importiert…</numerusform>
            <numerusform>%n Endgeräte werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>not attempted: the import stopped (%1)</source>
        <translation>nicht versucht: Import beendet (%1)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>already in TTS</source>
        <translation>bereits in TTS</translation>
    </message>
    <message>
        <source>would be imported</source>
        <translation>würde importiert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>partly created</source>
        <translation>teilweise angelegt</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>would be completed (partly created)</source>
        <translation>würde vervollständigt (teilweise angelegt)</translation>
    </message>
    <message>
        <source>completed (was partly created)</source>
        <translation>vervollständigt (war teilweise angelegt)</translation>
    </message>
</context>
<context>
    <name>TtsImportRules</name>
    <message>
        <source>%1; give the device another ID</source>
        <translation>%1; geben Sie dem Endgerät eine andere ID</translation>
    </message>
    <message>
        <source>device ID &quot;%1&quot; becomes &quot;%2&quot; in The Things Stack, which is longer than %3 characters; give the device another ID</source>
        <translation>Endgeräte-ID &quot;%1&quot; wird in The Things Stack zu &quot;%2&quot; und ist damit länger als %3 Zeichen; geben Sie dem Endgerät eine andere ID</translation>
    </message>
    <message>
        <source>device ID &quot;%1&quot; is longer than %2 characters; give the device another ID</source>
        <translation>Endgeräte-ID &quot;%1&quot; ist länger als %2 Zeichen; geben Sie dem Endgerät eine andere ID</translation>
    </message>
    <message>
        <source>device ID &quot;%1&quot; becomes &quot;%2&quot; in The Things Stack, which is not a valid ID (at least 3 lowercase letters or digits, single hyphens between them); give the device another ID</source>
        <translation>Endgeräte-ID &quot;%1&quot; wird in The Things Stack zu &quot;%2&quot;, was keine gültige ID ist (mindestens 3 Kleinbuchstaben oder Ziffern, dazwischen einzelne Bindestriche); geben Sie dem Endgerät eine andere ID</translation>
    </message>
    <message>
        <source>device ID &quot;%1&quot; is not a valid ID in The Things Stack (at least 3 lowercase letters or digits, single hyphens between them); give the device another ID</source>
        <translation>Endgeräte-ID &quot;%1&quot; ist in The Things Stack keine gültige ID (mindestens 3 Kleinbuchstaben oder Ziffern, dazwischen einzelne Bindestriche); geben Sie dem Endgerät eine andere ID</translation>
    </message>
    <message>
        <source>The Things Stack reserves the device ID &quot;%1&quot; (it refuses to register it); give the device another ID</source>
        <translation>The Things Stack reserviert die Endgeräte-ID &quot;%1&quot; (und lehnt ihre Registrierung ab); geben Sie dem Endgerät eine andere ID</translation>
    </message>
    <message>
        <source>the device has %1 attributes; The Things Stack allows at most %2: drop the attributes it refuses, or remove some in TTN v2 first</source>
        <translation type="vanished">das Endgerät hat %1 Attribute; The Things Stack erlaubt höchstens %2: Lassen Sie die abgelehnten Attribute weg oder entfernen Sie zuerst einige in TTN v2</translation>
    </message>
    <message>
        <source>attribute key &quot;%1&quot; is not valid in The Things Stack (3 to 36 lowercase letters, digits and single hyphens): drop the attributes it refuses, or rename it in TTN v2 first</source>
        <translation type="vanished">Attributschlüssel &quot;%1&quot; ist in The Things Stack nicht gültig (3 bis 36 Kleinbuchstaben, Ziffern und einzelne Bindestriche): Lassen Sie die abgelehnten Attribute weg oder benennen Sie ihn zuerst in TTN v2 um</translation>
    </message>
    <message>
        <source>two attribute keys both become &quot;%1&quot; in The Things Stack: drop the attributes it refuses, or rename one in TTN v2 first</source>
        <translation type="vanished">zwei Attributschlüssel werden in The Things Stack beide zu &quot;%1&quot;: Lassen Sie die abgelehnten Attribute weg oder benennen Sie zuerst einen davon in TTN v2 um</translation>
    </message>
    <message>
        <source>the value of attribute &quot;%1&quot; is longer than %2 characters: drop the attributes The Things Stack refuses, or shorten it in TTN v2 first</source>
        <translation type="vanished">der Wert des Attributs &quot;%1&quot; ist länger als %2 Zeichen: Lassen Sie die von The Things Stack abgelehnten Attribute weg oder kürzen Sie ihn zuerst in TTN v2</translation>
    </message>
    <message>
        <source>the location is out of range (latitude -90 to 90, longitude -180 to 180); correct it in TTN v2 first</source>
        <translation type="vanished">der Standort liegt außerhalb des gültigen Bereichs (Breitengrad -90 bis 90, Längengrad -180 bis 180); korrigieren Sie ihn zuerst in TTN v2</translation>
    </message>
    <message>
        <source>an OTAA device needs a DevEUI that is not zero and a JoinEUI, both 16 hexadecimal digits</source>
        <translation>ein OTAA-Endgerät braucht eine DevEUI, die nicht null ist, und eine JoinEUI, beide aus 16 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>an OTAA device needs an AppKey of 32 hexadecimal digits that is not zero</source>
        <translation>ein OTAA-Endgerät braucht einen AppKey aus 32 Hexadezimalziffern, der nicht null ist</translation>
    </message>
    <message>
        <source>an ABP device needs its session (DevAddr and session keys)</source>
        <translation>ein ABP-Endgerät braucht seine Sitzung (DevAddr und Sitzungsschlüssel)</translation>
    </message>
    <message>
        <source>the session needs a DevAddr of 8 hexadecimal digits that is not zero</source>
        <translation>die Sitzung braucht eine DevAddr aus 8 Hexadezimalziffern, die nicht null ist</translation>
    </message>
    <message>
        <source>the session needs a NwkSKey and an AppSKey of 32 hexadecimal digits that are not zero</source>
        <translation>die Sitzung braucht einen NwkSKey und einen AppSKey aus je 32 Hexadezimalziffern, die nicht null sind</translation>
    </message>
    <message>
        <source>internal error: the session key ID must be written for OTAA sessions only</source>
        <translation>interner Fehler: Die Sitzungsschlüssel-ID darf nur für OTAA-Sitzungen geschrieben werden</translation>
    </message>
    <message>
        <source>the session&apos;s frame counters are out of range (0 to 4294967295)</source>
        <translation>die Frame-Zähler der Sitzung liegen außerhalb des gültigen Bereichs (0 bis 4294967295)</translation>
    </message>
    <message>
        <source>internal error: the session start time is not an RFC 3339 UTC time</source>
        <translation>interner Fehler: Die Startzeit der Sitzung ist keine UTC-Zeit nach RFC 3339</translation>
    </message>
    <message>
        <source>unknown frequency plan &quot;%1&quot;</source>
        <translation>unbekannter Frequenzplan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>frequency plan &quot;%1&quot; uses band %2, for which The Things Stack has no regional parameters %3 (the version v2 devices use): The Things Stack would refuse every device; choose another frequency plan</source>
        <translation>Frequenzplan &quot;%1&quot; verwendet das Band %2, für das The Things Stack keine Regional Parameters %3 hat (die Version, die v2-Endgeräte verwenden): The Things Stack würde jedes Endgerät ablehnen; wählen Sie einen anderen Frequenzplan</translation>
    </message>
    <message>
        <source>internal error: unexpected PHY version &quot;%1&quot;</source>
        <translation>interner Fehler: unerwartete PHY-Version &quot;%1&quot;</translation>
    </message>
    <message>
        <source>application ID &quot;%1&quot; is not a valid ID in The Things Stack</source>
        <translation>Anwendungs-ID &quot;%1&quot; ist in The Things Stack keine gültige ID</translation>
    </message>
    <message>
        <source>the name is longer than %1 characters</source>
        <translation>der Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the description is longer than %1 characters; shorten it in TTN v2 first</source>
        <translation type="vanished">die Beschreibung ist länger als %1 Zeichen; kürzen Sie sie zuerst in TTN v2</translation>
    </message>
    <message>
        <source>the device ID is empty</source>
        <translation>die Endgeräte-ID ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid device ID: use at least 3 lowercase letters or digits, with single hyphens between them</source>
        <translation>&quot;%1&quot; ist keine gültige Endgeräte-ID: Verwenden Sie mindestens 3 Kleinbuchstaben oder Ziffern, dazwischen einzelne Bindestriche</translation>
    </message>
    <message>
        <source>The Things Stack reserves the device ID &quot;%1&quot;</source>
        <translation>The Things Stack reserviert die Endgeräte-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>frequency plan &quot;%1&quot; uses band %2, for which The Things Stack has no regional parameters %3</source>
        <translation>Frequenzplan &quot;%1&quot; verwendet das Band %2, für das The Things Stack keine Regional Parameters %3 hat</translation>
    </message>
    <message>
        <source>the device has %1 attributes; The Things Stack allows at most %2: drop the attributes it refuses, or remove some in %3 first</source>
        <translation>das Endgerät hat %1 Attribute; The Things Stack erlaubt höchstens %2: Lassen Sie die abgelehnten Attribute weg oder entfernen Sie zuerst einige in %3</translation>
    </message>
    <message>
        <source>attribute key &quot;%1&quot; is not valid in The Things Stack (3 to 36 lowercase letters, digits and single hyphens): drop the attributes it refuses, or rename it in %2 first</source>
        <translation>Attributschlüssel &quot;%1&quot; ist in The Things Stack nicht gültig (3 bis 36 Kleinbuchstaben, Ziffern und einzelne Bindestriche): Lassen Sie die abgelehnten Attribute weg oder benennen Sie ihn zuerst in %2 um</translation>
    </message>
    <message>
        <source>two attribute keys both become &quot;%1&quot; in The Things Stack: drop the attributes it refuses, or rename one in %2 first</source>
        <translation>zwei Attributschlüssel werden in The Things Stack beide zu &quot;%1&quot;: Lassen Sie die abgelehnten Attribute weg oder benennen Sie zuerst einen davon in %2 um</translation>
    </message>
    <message>
        <source>the value of attribute &quot;%1&quot; is longer than %2 characters: drop the attributes The Things Stack refuses, or shorten it in %3 first</source>
        <translation>der Wert des Attributs &quot;%1&quot; ist länger als %2 Zeichen: Lassen Sie die von The Things Stack abgelehnten Attribute weg oder kürzen Sie ihn zuerst in %3</translation>
    </message>
    <message>
        <source>the location is out of range (latitude -90 to 90, longitude -180 to 180); correct it in %1 first</source>
        <translation>der Standort liegt außerhalb des gültigen Bereichs (Breitengrad -90 bis 90, Längengrad -180 bis 180); korrigieren Sie ihn zuerst in %1</translation>
    </message>
    <message>
        <source>TTN v2</source>
        <translation>TTN v2</translation>
    </message>
    <message>
        <source>the description is longer than %1 characters; shorten it in %2 first</source>
        <translation>die Beschreibung ist länger als %1 Zeichen; kürzen Sie sie zuerst in %2</translation>
    </message>
</context>
<context>
    <name>TtsPreflight</name>
    <message>
        <source>already in TTS</source>
        <translation>bereits in TTS</translation>
    </message>
    <message>
        <source>ID already in use in this application by a device with other EUIs (JoinEUI %1, DevEUI %2)</source>
        <translation>ID in dieser Anwendung bereits von einem Endgerät mit anderen EUIs belegt (JoinEUI %1, DevEUI %2)</translation>
    </message>
    <message>
        <source>JoinEUI/DevEUI already registered as “%1” in this application</source>
        <translation>JoinEUI/DevEUI in dieser Anwendung bereits als „%1“ registriert</translation>
    </message>
</context>
<context>
    <name>TtsRightNames</name>
    <message>
        <source>all application rights</source>
        <translation>alle Anwendungsrechte</translation>
    </message>
    <message>
        <source>view application information</source>
        <translation>Anwendungsinformationen anzeigen</translation>
    </message>
    <message>
        <source>edit basic application settings</source>
        <translation>Grundlegende Anwendungseinstellungen bearbeiten</translation>
    </message>
    <message>
        <source>view devices in application</source>
        <translation>Endgeräte der Anwendung anzeigen</translation>
    </message>
    <message>
        <source>create devices in application</source>
        <translation>Endgeräte in der Anwendung anlegen</translation>
    </message>
    <message>
        <source>view device keys in application</source>
        <translation>Endgeräteschlüssel der Anwendung anzeigen</translation>
    </message>
    <message>
        <source>edit device keys in application</source>
        <translation>Endgeräteschlüssel der Anwendung bearbeiten</translation>
    </message>
    <message>
        <source>read application traffic</source>
        <translation>Anwendungsdatenverkehr lesen</translation>
    </message>
</context>
<context>
    <name>TtsSourceConverter</name>
    <message>
        <source>ABP device without a session at the source: nothing to migrate</source>
        <translation>ABP-Endgerät ohne Sitzung in der Quelle: nichts zu migrieren</translation>
    </message>
    <message>
        <source>the source&apos;s Join Server keeps the root keys encrypted (with a KEK label): they cannot be exported</source>
        <translation>der Join Server der Quelle speichert die Root-Schlüssel verschlüsselt (mit einem KEK-Label): Sie können nicht exportiert werden</translation>
    </message>
    <message>
        <source>the source keeps the session keys encrypted (with a KEK label): export it without session</source>
        <translation>die Quelle speichert die Sitzungsschlüssel verschlüsselt (mit einem KEK-Label): Exportieren Sie das Endgerät ohne Sitzung</translation>
    </message>
    <message>
        <source>exported with its session (DevAddr %1): it keeps working only if the target receives the device&apos;s uplinks for that DevAddr (the same network; Packet Broker routes by DevAddr to the network that owns it); otherwise let the device re-join</source>
        <translation>mit seiner Sitzung exportiert (DevAddr %1): Es funktioniert nur weiter, wenn das Ziel die Uplinks des Endgeräts für diese DevAddr empfängt (dasselbe Netz; Packet Broker leitet anhand der DevAddr an das Netz weiter, dem sie gehört); andernfalls lassen Sie das Endgerät einen neuen Join durchführen</translation>
    </message>
    <message>
        <source>no session at the source (the device has not joined): exported without session, it must re-join</source>
        <translation>keine Sitzung in der Quelle (das Endgerät hat noch keinen Join durchgeführt): ohne Sitzung exportiert, es muss einen neuen Join durchführen</translation>
    </message>
    <message>
        <source>per-device payload formatters not read: the API key lacks RIGHT_APPLICATION_SETTINGS_BASIC</source>
        <translation>Payload-Formatter je Endgerät nicht gelesen: dem API-Schlüssel fehlt RIGHT_APPLICATION_SETTINGS_BASIC</translation>
    </message>
    <message>
        <source>a class B device needs a ping slot periodicity, which The Things Stack requires; set it at the source first</source>
        <translation>ein Endgerät der Klasse B braucht eine Ping-Slot-Periodizität, die The Things Stack verlangt; legen Sie sie zuerst in der Quelle fest</translation>
    </message>
    <message>
        <source>the source application</source>
        <translation>der Quellanwendung</translation>
    </message>
</context>
<context>
    <name>TtsSourceReader</name>
    <message>
        <source>Checking the API key&apos;s rights on the source application…</source>
        <translation>Rechte des API-Schlüssels für die Quellanwendung werden geprüft…</translation>
    </message>
    <message>
        <source>not read: the reading was stopped</source>
        <translation>nicht gelesen: das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>Listing the devices of the source application…</source>
        <translation>Endgeräte der Quellanwendung werden aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n device(s)…</source>
        <translation>
            <numerusform>%n Endgerät wird gelesen…</numerusform>
            <numerusform>%n Endgeräte werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>no device “%1” in the source application</source>
        <translation>kein Endgerät „%1“ in der Quellanwendung</translation>
    </message>
    <message>
        <source>its root keys are on an external Join Server (%1), which this export cannot read; claim the device on the target deployment instead (with its owner token or the Join Server&apos;s claiming)</source>
        <translation>seine Root-Schlüssel liegen auf einem externen Join Server (%1), den dieser Export nicht lesen kann; übernehmen Sie das Endgerät stattdessen per Claiming in der Zielinstallation (mit seinem Owner-Token oder dem Claiming des Join Servers)</translation>
    </message>
    <message>
        <source>the device has no record in the source&apos;s Network Server</source>
        <translation>das Endgerät hat keinen Eintrag im Network Server der Quelle</translation>
    </message>
    <message>
        <source>an OTAA device whose root keys are not on the source&apos;s Join Server (an external Join Server); claim the device on the target deployment instead</source>
        <translation>ein OTAA-Endgerät, dessen Root-Schlüssel nicht auf dem Join Server der Quelle liegen (ein externer Join Server); übernehmen Sie das Endgerät stattdessen per Claiming in der Zielinstallation</translation>
    </message>
</context>
<context>
    <name>TtsTracker</name>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>gesehen</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>beigetreten</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>not in TTS</source>
        <translation>nicht in TTS</translation>
    </message>
    <message>
        <source>the device has not been reset yet, or is still attached to TTN v2</source>
        <translation>das Endgerät wurde noch nicht zurückgesetzt oder ist noch mit TTN v2 verbunden</translation>
    </message>
    <message>
        <source>no gateway of this network is in range</source>
        <translation>kein Gateway dieses Netzes ist in Reichweite</translation>
    </message>
    <message>
        <source>the frequency plan is wrong</source>
        <translation>der Frequenzplan ist falsch</translation>
    </message>
    <message>
        <source>the AppKey is wrong</source>
        <translation>der AppKey ist falsch</translation>
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
        <translation>die Endgeräte- oder Anwendungs-ID ist zu lang</translation>
    </message>
    <message>
        <source>the device has no &quot;dev_id&quot;</source>
        <translation>das Endgerät hat keine &quot;dev_id&quot;</translation>
    </message>
    <message>
        <source>an attribute is too long</source>
        <translation>ein Attribut ist zu lang</translation>
    </message>
    <message>
        <source>field &quot;attributes&quot; has too many entries</source>
        <translation>Feld &quot;attributes&quot; hat zu viele Einträge</translation>
    </message>
    <message>
        <source>field &quot;attributes&quot; is not an object of strings</source>
        <translation>Feld &quot;attributes&quot; ist kein Objekt aus Zeichenketten</translation>
    </message>
    <message>
        <source>the response from v2 is not a JSON object</source>
        <translation>die Antwort von v2 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the response from v2 has data after the device</source>
        <translation>die Antwort von v2 enthält Daten nach dem Endgerät</translation>
    </message>
    <message>
        <source>the device list from v2 is not a JSON object</source>
        <translation>die Endgeräteliste von v2 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the field &quot;devices&quot; in the device list from v2 is not a list</source>
        <translation>das Feld &quot;devices&quot; in der Endgeräteliste von v2 ist keine Liste</translation>
    </message>
    <message>
        <source>a device in the list is not a JSON object</source>
        <translation>ein Endgerät in der Liste ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the device list from v2 has data after its end</source>
        <translation>die Endgeräteliste von v2 enthält Daten nach ihrem Ende</translation>
    </message>
</context>
<context>
    <name>V2DeviceSource</name>
    <message>
        <source>TTN v2</source>
        <translation>TTN v2</translation>
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
        <translation type="vanished">Es ist keine v2-Serveradresse gesetzt. Geben Sie die Adresse des Handlers mit --ttnv2.handler-address oder einen Discovery-Server mit --ttnv2.discovery-server-address an.</translation>
    </message>
    <message>
        <source>Could not connect to the discovery server %1: the connection was refused. Check the address and port (--ttnv2.discovery-server-address).</source>
        <translation type="vanished">Keine Verbindung zum Discovery-Server %1: Die Verbindung wurde abgelehnt. Prüfen Sie Adresse und Port (--ttnv2.discovery-server-address).</translation>
    </message>
    <message>
        <source>Could not connect to the v2 handler %1: the connection was refused. Check the address and port (the handler&apos;s HTTP API usually listens on port 8084).</source>
        <translation>Keine Verbindung zum v2-Handler %1: Die Verbindung wurde abgelehnt. Prüfen Sie Adresse und Port (die HTTP-API des Handlers lauscht meist auf Port 8084).</translation>
    </message>
    <message>
        <source>No v2 handler on the discovery server %1 announces application “%2”. Check the application ID, or give the handler&apos;s address with --ttnv2.handler-address.</source>
        <translation type="vanished">Kein v2-Handler am Discovery-Server %1 meldet die Anwendung „%2“. Prüfen Sie die Anwendungs-ID oder geben Sie die Adresse des Handlers mit --ttnv2.handler-address an.</translation>
    </message>
    <message>
        <source>Application “%1” is not registered on the v2 handler %2 (wrong handler or region). Check the application ID, or give the handler of the application&apos;s region with --ttnv2.handler-address.</source>
        <translation type="vanished">Die Anwendung „%1“ ist beim v2-Handler %2 nicht registriert (falscher Handler oder falsche Region). Prüfen Sie die Anwendungs-ID oder geben Sie den Handler der Region der Anwendung mit --ttnv2.handler-address an.</translation>
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
        <translation type="vanished">Das mit --ttnv2.ca-cert angegebene CA-Zertifikat konnte nicht verwendet werden (%1). Geben Sie eine lesbare PEM-Datei an.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). If the server uses a private certificate authority, give its certificate with --ttnv2.ca-cert.</source>
        <translation type="vanished">Die sichere Verbindung zu %1 ist fehlgeschlagen (%2). Verwendet der Server eine private Zertifizierungsstelle, geben Sie deren Zertifikat mit --ttnv2.ca-cert an.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The access key has no “devices” right for application “%1” (HTTP 403). Use a key with the “devices” right.</source>
        <translation>Der Zugriffsschlüssel hat für die Anwendung „%1“ nicht das Recht „devices“ (HTTP 403). Verwenden Sie einen Schlüssel mit dem Recht „devices“.</translation>
    </message>
    <message>
        <source>No v2 server address is set. Choose where v2 runs under “Where v2 runs” and enter the address.</source>
        <translation type="vanished">Es ist keine v2-Serveradresse gesetzt. Wählen Sie unter „Wo v2 läuft“ den Server aus und geben Sie die Adresse ein.</translation>
    </message>
    <message>
        <source>Could not connect to the discovery server %1: the connection was refused. Check the address and port in “Discovery server URL”.</source>
        <translation type="vanished">Keine Verbindung zum Discovery-Server %1: Die Verbindung wurde abgelehnt. Prüfen Sie Adresse und Port unter „Discovery-Server-URL“.</translation>
    </message>
    <message>
        <source>No v2 handler on the discovery server %1 announces application “%2”. Check the application ID, or choose the application&apos;s handler under “Where v2 runs”.</source>
        <translation type="vanished">Kein v2-Handler am Discovery-Server %1 meldet die Anwendung „%2“. Prüfen Sie die Anwendungs-ID oder wählen Sie unter „Wo v2 läuft“ den Handler der Anwendung.</translation>
    </message>
    <message>
        <source>Application “%1” is not registered on the v2 handler %2 (wrong handler or region). Check the application ID, or choose the handler of the application&apos;s region under “Where v2 runs”.</source>
        <translation type="vanished">Die Anwendung „%1“ ist beim v2-Handler %2 nicht registriert (falscher Handler oder falsche Region). Prüfen Sie die Anwendungs-ID oder wählen Sie unter „Wo v2 läuft“ den Handler der Region der Anwendung.</translation>
    </message>
    <message>
        <source>The file in “CA certificate” could not be used (%1). Choose a readable PEM file.</source>
        <translation type="vanished">Die Datei unter „CA-Zertifikat“ konnte nicht verwendet werden (%1). Wählen Sie eine lesbare PEM-Datei.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). If the server uses a private certificate authority, choose its certificate in “CA certificate”.</source>
        <translation type="vanished">Die sichere Verbindung zu %1 ist fehlgeschlagen (%2). Verwendet der Server eine private Zertifizierungsstelle, wählen Sie deren Zertifikat unter „CA-Zertifikat“.</translation>
    </message>
    <message>
        <source>The public TTN v2 server %1 was shut down in December 2021 and no longer answers. Under “Where v2 runs”, choose the handler or discovery server of the private v2 deployment that holds your devices.</source>
        <translation type="vanished">Der öffentliche TTN-v2-Server %1 wurde im Dezember 2021 abgeschaltet und antwortet nicht mehr. Wählen Sie unter „Wo v2 läuft“ den Handler oder Discovery-Server der privaten v2-Installation, die Ihre Endgeräte enthält.</translation>
    </message>
    <message>
        <source>The public TTN v2 server %1 was shut down in December 2021 and no longer answers. Give the private v2 deployment that holds your devices with --ttnv2.handler-address or --ttnv2.discovery-server-address.</source>
        <translation type="vanished">Der öffentliche TTN-v2-Server %1 wurde im Dezember 2021 abgeschaltet und antwortet nicht mehr. Geben Sie die private v2-Installation, die Ihre Endgeräte enthält, mit --ttnv2.handler-address oder --ttnv2.discovery-server-address an.</translation>
    </message>
    <message>
        <source>TTN v2 limits how fast it answers (HTTP 429): trying again in %1.</source>
        <translation>TTN v2 begrenzt, wie schnell es antwortet (HTTP 429): neuer Versuch in %1.</translation>
    </message>
    <message>
        <source>The v2 server is unavailable for the moment (HTTP %1): trying again in %2.</source>
        <translation>Der v2-Server ist vorübergehend nicht verfügbar (HTTP %1): neuer Versuch in %2.</translation>
    </message>
    <message>
        <source>The v2 server did not answer in time: trying again in %1.</source>
        <translation>Der v2-Server hat nicht rechtzeitig geantwortet: neuer Versuch in %1.</translation>
    </message>
    <message>
        <source>The connection to the v2 server broke off: trying again in %1.</source>
        <translation>Die Verbindung zum v2-Server ist abgebrochen: neuer Versuch in %1.</translation>
    </message>
    <message>
        <source>No v2 server address is set.</source>
        <translation>Es ist keine v2-Serveradresse gesetzt.</translation>
    </message>
    <message>
        <source>Could not connect to the discovery server %1: the connection was refused.</source>
        <translation>Keine Verbindung zum Discovery-Server %1: Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>No v2 handler on the discovery server %1 announces application “%2”.</source>
        <translation>Kein v2-Handler am Discovery-Server %1 meldet die Anwendung „%2“.</translation>
    </message>
    <message>
        <source>Application “%1” is not registered on the v2 handler %2 (wrong handler or region).</source>
        <translation>Die Anwendung „%1“ ist beim v2-Handler %2 nicht registriert (falscher Handler oder falsche Region).</translation>
    </message>
    <message>
        <source>The CA certificate file could not be used (%1).</source>
        <translation>Die CA-Zertifikatsdatei konnte nicht verwendet werden (%1).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The public TTN v2 server %1 was shut down in December 2021 and no longer answers.</source>
        <translation>Der öffentliche TTN-v2-Server %1 wurde im Dezember 2021 abgeschaltet und antwortet nicht mehr.</translation>
    </message>
</context>
<context>
    <name>V3Ids</name>
    <message>
        <source>device ID &quot;%1&quot; becomes &quot;%2&quot; in The Things Stack, which is longer than %3 characters</source>
        <translation type="vanished">die Endgeräte-ID &quot;%1&quot; wird in The Things Stack zu &quot;%2&quot; und ist damit länger als %3 Zeichen</translation>
    </message>
    <message>
        <source>device ID &quot;%1&quot; becomes &quot;%2&quot; in The Things Stack, which is not a valid ID (at least 3 lowercase letters or digits, single hyphens between them)</source>
        <translation type="vanished">die Endgeräte-ID &quot;%1&quot; wird in The Things Stack zu &quot;%2&quot;, was keine gültige ID ist (mindestens 3 Kleinbuchstaben oder Ziffern, dazwischen einzelne Bindestriche)</translation>
    </message>
    <message>
        <source>device ID prefix &quot;%1&quot; must consist of lowercase letters, digits and single hyphens, at most %2 characters</source>
        <translation type="vanished">das Präfix &quot;%1&quot; für Endgeräte-IDs darf nur aus Kleinbuchstaben, Ziffern und einzelnen Bindestrichen bestehen, höchstens %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>WizardErrorText</name>
    <message>
        <source>Where v2 runs</source>
        <translation>Wo v2 läuft</translation>
    </message>
    <message>
        <source>Handler URL</source>
        <translation>Handler-URL</translation>
    </message>
    <message>
        <source>Discovery server URL</source>
        <translation>Discovery-Server-URL</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Where The Things Stack runs</source>
        <translation>Wo The Things Stack läuft</translation>
    </message>
    <message>
        <source>Identity Server</source>
        <translation>Identity Server</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Choose where v2 runs under “%1” and enter the address.</source>
        <translation>Wählen Sie unter „%1“ den Server aus und geben Sie die Adresse ein.</translation>
    </message>
    <message>
        <source>Under “%1”, choose the handler or discovery server of the private v2 deployment that holds your devices.</source>
        <translation>Wählen Sie unter „%1“ den Handler oder Discovery-Server der privaten v2-Installation, die Ihre Endgeräte enthält.</translation>
    </message>
    <message>
        <source>Check the address and port in “%1”.</source>
        <translation>Prüfen Sie Adresse und Port unter „%1“.</translation>
    </message>
    <message>
        <source>Check the application ID, or choose the application&apos;s handler under “%1”.</source>
        <translation>Prüfen Sie die Anwendungs-ID oder wählen Sie unter „%1“ den Handler der Anwendung.</translation>
    </message>
    <message>
        <source>Check the application ID, or choose the handler of the application&apos;s region under “%1”.</source>
        <translation>Prüfen Sie die Anwendungs-ID oder wählen Sie unter „%1“ den Handler der Region der Anwendung.</translation>
    </message>
    <message>
        <source>Choose a readable PEM file in “%1”.</source>
        <translation>Wählen Sie unter „%1“ eine lesbare PEM-Datei.</translation>
    </message>
    <message>
        <source>If the server uses a private certificate authority, choose its certificate in “%1”.</source>
        <translation>Verwendet der Server eine private Zertifizierungsstelle, wählen Sie deren Zertifikat unter „%1“.</translation>
    </message>
    <message>
        <source>Check the choice in “%1” and the “%2” and “%3” fields.</source>
        <translation>Prüfen Sie die Auswahl unter „%1“ und die Felder „%2“ und „%3“.</translation>
    </message>
    <message>
        <source>Check that the “%1” and “%2” fields point to The Things Stack.</source>
        <translation>Prüfen Sie, ob die Felder „%1“ und „%2“ auf The Things Stack zeigen.</translation>
    </message>
    <message>
        <source>Check the “%1” field.</source>
        <translation>Prüfen Sie das Feld „%1“.</translation>
    </message>
    <message>
        <source>Check the “%1” field and the “%2” field.</source>
        <translation>Prüfen Sie das Feld „%1“ und das Feld „%2“.</translation>
    </message>
    <message>
        <source>Give the key these rights in the Console, or use another key in the “%1” field.</source>
        <translation>Erteilen Sie dem Schlüssel diese Rechte in der Console oder tragen Sie im Feld „%1“ einen anderen Schlüssel ein.</translation>
    </message>
    <message>
        <source>ChirpStack server</source>
        <translation>ChirpStack-Server</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Check the host and port of ChirpStack&apos;s API in “%1”.</source>
        <translation>Prüfen Sie Host und Port der API von ChirpStack unter „%1“.</translation>
    </message>
    <message>
        <source>ChirpStack itself speaks plaintext: turn TLS off, or choose the certificate of a private certificate authority in “%1”.</source>
        <translation type="vanished">ChirpStack selbst spricht unverschlüsselt: Schalten Sie TLS aus oder wählen Sie unter „%1“ das Zertifikat einer privaten Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Check the “%1” field (an admin key, or a key of the tenant that holds the application), and the application or DevEUI.</source>
        <translation>Prüfen Sie das Feld „%1“ (ein Admin-Schlüssel oder ein Schlüssel des Mandanten, dem die Anwendung gehört) sowie die Anwendung oder DevEUI.</translation>
    </message>
    <message>
        <source>With a tenant key, enter the tenant&apos;s ID in “%1”.</source>
        <translation>Geben Sie bei einem Mandantenschlüssel die ID des Mandanten unter „%1“ ein.</translation>
    </message>
    <message>
        <source>ChirpStack itself speaks plaintext: check the address in “%1” and turn TLS off, or choose the certificate of a private certificate authority in “%2”.</source>
        <translation>ChirpStack selbst spricht unverschlüsselt: Prüfen Sie die Adresse unter „%1“ und schalten Sie TLS aus oder wählen Sie unter „%2“ das Zertifikat einer privaten Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>The server closed the connection at once, as a TLS reverse proxy does with plaintext: turn TLS on, and check the port in “%1”.</source>
        <translation>Der Server hat die Verbindung sofort geschlossen, wie es ein TLS-Reverse-Proxy bei unverschlüsselten Verbindungen tut: Schalten Sie TLS ein und prüfen Sie den Port unter „%1“.</translation>
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
        <translation type="vanished">Mit dem mitgelieferten TTN-v2-Emulator und Beispiel-Endgeräten auf 127.0.0.1 starten; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Start with the bundled TTN v2 and The Things Stack emulators and sample devices on 127.0.0.1; nothing leaves this computer, and your settings are not changed.</source>
        <translation>Mit den mitgelieferten Emulatoren für TTN v2 und The Things Stack und Beispiel-Endgeräten auf 127.0.0.1 starten; nichts verlässt diesen Computer, und Ihre Einstellungen werden nicht geändert.</translation>
    </message>
    <message>
        <source>Open the import into The Things Stack for &lt;file&gt;, a devices.json exported earlier (e.g. by ttn-lw-migrate); repeat it for each part of a split export.</source>
        <translation>Den Import in The Things Stack für &lt;file&gt; öffnen, eine früher exportierte devices.json (z. B. von ttn-lw-migrate); für jeden Teil eines aufgeteilten Exports wiederholen.</translation>
    </message>
    <message>
        <source>Open the migration status of the devices in &lt;file&gt; (a devices.json).</source>
        <translation>Den Migrationsstatus der Endgeräte in &lt;file&gt; (einer devices.json) öffnen.</translation>
    </message>
    <message>
        <source>Use either --import or --status, not both.</source>
        <translation>Verwenden Sie entweder --import oder --status, nicht beides.</translation>
    </message>
</context>
<context>
    <name>ttnv2-emulator</name>
    <message>
        <source>Try &apos;ttnv2-emulator --help&apos;.</source>
        <translation type="vanished">Siehe &apos;ttnv2-emulator --help&apos;.</translation>
    </message>
    <message>
        <source>demo application %1, access key %2</source>
        <translation>Demo-Anwendung %1, Zugriffsschlüssel %2</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2</source>
        <translation type="vanished">Lauschen auf %1 Port %2 nicht möglich</translation>
    </message>
    <message>
        <source>stopped after %1 requests</source>
        <translation type="vanished">nach %1 Anfragen beendet</translation>
    </message>
</context>
<context>
    <name>tts-emulator</name>
    <message>
        <source>demo application %1, API key %2</source>
        <translation>Demo-Anwendung %1, API-Schlüssel %2</translation>
    </message>
    <message>
        <source>demo source application %1, API key %2</source>
        <translation>Demo-Quellanwendung %1, API-Schlüssel %2</translation>
    </message>
</context>
</TS>

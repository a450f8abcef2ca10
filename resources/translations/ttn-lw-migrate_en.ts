<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppKeyPanel</name>
    <message numerus="yes">
        <source>Change the AppKey of %n device(s) in TTN v2?</source>
        <translation>
            <numerusform>Change the AppKey of %n device in TTN v2?</numerusform>
            <numerusform>Change the AppKey of %n devices in TTN v2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore the original AppKey of %n device(s) in TTN v2?</source>
        <translation>
            <numerusform>Restore the original AppKey of %n device in TTN v2?</numerusform>
            <numerusform>Restore the original AppKey of %n devices in TTN v2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An earlier AppKey run for this application did not finish (%1, %2 of %n device(s) done, from %3). Run it again with the same devices.json to finish it, or restore to undo it.</source>
        <translation>
            <numerusform>An earlier AppKey run for this application did not finish (%1, %2 of %n device done, from %3). Run it again with the same devices.json to finish it, or restore to undo it.</numerusform>
            <numerusform>An earlier AppKey run for this application did not finish (%1, %2 of %n devices done, from %3). Run it again with the same devices.json to finish it, or restore to undo it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the AppKey of %n device(s) in the source Join Server?</source>
        <translation>
            <numerusform>Change the AppKey of %n device in the source Join Server?</numerusform>
            <numerusform>Change the AppKey of %n devices in the source Join Server?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore the original AppKey of %n device(s) in the source Join Server?</source>
        <translation>
            <numerusform>Restore the original AppKey of %n device in the source Join Server?</numerusform>
            <numerusform>Restore the original AppKey of %n devices in the source Join Server?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeyPlan</name>
    <message numerus="yes">
        <source>%1 holds %n device(s), but the export wrote %2: nothing is changed in TTN v2</source>
        <translation>
            <numerusform>%1 holds %n device, but the export wrote %2: nothing is changed in TTN v2</numerusform>
            <numerusform>%1 holds %n devices, but the export wrote %2: nothing is changed in TTN v2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 hold %n device(s), but the export wrote %2: nothing is changed in TTN v2</source>
        <translation>
            <numerusform>%1 hold %n device, but the export wrote %2: nothing is changed in TTN v2</numerusform>
            <numerusform>%1 hold %n devices, but the export wrote %2: nothing is changed in TTN v2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n device(s), but the export wrote %2: nothing is changed at the source</source>
        <translation>
            <numerusform>%1 holds %n device, but the export wrote %2: nothing is changed at the source</numerusform>
            <numerusform>%1 holds %n devices, but the export wrote %2: nothing is changed at the source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 hold %n device(s), but the export wrote %2: nothing is changed at the source</source>
        <translation>
            <numerusform>%1 hold %n device, but the export wrote %2: nothing is changed at the source</numerusform>
            <numerusform>%1 hold %n devices, but the export wrote %2: nothing is changed at the source</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChirpStackConnectionForm</name>
    <message numerus="yes">
        <source>%n application(s) the key can see.</source>
        <translation>
            <numerusform>%n application the key can see.</numerusform>
            <numerusform>%n applications the key can see.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChirpStackConverter</name>
    <message numerus="yes">
        <source>%n device variable(s) not exported (they may hold secrets)</source>
        <translation>
            <numerusform>%n device variable not exported (it may hold secrets)</numerusform>
            <numerusform>%n device variables not exported (they may hold secrets)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChirpStackDeviceSource</name>
    <message numerus="yes">
        <source>Reading %n device(s) from ChirpStack…</source>
        <translation>
            <numerusform>Reading %n device from ChirpStack…</numerusform>
            <numerusform>Reading %n devices from ChirpStack…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChirpStackDisablePanel</name>
    <message numerus="yes">
        <source>Disable %n device(s) in ChirpStack? They stop being served by ChirpStack, so they can join The Things Stack. Their earlier state is written to %1; “Enable again” undoes it.</source>
        <translation>
            <numerusform>Disable %n device in ChirpStack? It stops being served by ChirpStack, so it can join The Things Stack. Its earlier state is written to %1; “Enable again” undoes it.</numerusform>
            <numerusform>Disable %n devices in ChirpStack? They stop being served by ChirpStack, so they can join The Things Stack. Their earlier state is written to %1; “Enable again” undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabling %n device(s) in ChirpStack…</source>
        <translation>
            <numerusform>Disabling %n device in ChirpStack…</numerusform>
            <numerusform>Disabling %n devices in ChirpStack…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled in ChirpStack: %1 (%n of them disabled before). Journal: %2</source>
        <translation>
            <numerusform>Disabled in ChirpStack: %1 (%n of them disabled before). Journal: %2</numerusform>
            <numerusform>Disabled in ChirpStack: %1 (%n of them disabled before). Journal: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled again in ChirpStack: %1 (%n disabled before stay disabled).</source>
        <translation>
            <numerusform>Enabled again in ChirpStack: %1 (%n disabled before stays disabled).</numerusform>
            <numerusform>Enabled again in ChirpStack: %1 (%n disabled before stay disabled).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) failed: %1</source>
        <translation>
            <numerusform>%n device failed: %1</numerusform>
            <numerusform>%n devices failed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>dry run: checking the AppKey of %n OTAA device(s) in TTN v2, writing nothing</source>
        <translation>
            <numerusform>dry run: checking the AppKey of %n OTAA device in TTN v2, writing nothing</numerusform>
            <numerusform>dry run: checking the AppKey of %n OTAA devices in TTN v2, writing nothing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changing the AppKey of %n OTAA device(s) in TTN v2; the original keys stay in %1</source>
        <translation>
            <numerusform>changing the AppKey of %n OTAA device in TTN v2; the original keys stay in %1</numerusform>
            <numerusform>changing the AppKey of %n OTAA devices in TTN v2; the original keys stay in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restoring the original AppKey of %n OTAA device(s) in TTN v2 from %1</source>
        <translation>
            <numerusform>restoring the original AppKey of %n OTAA device in TTN v2 from %1</numerusform>
            <numerusform>restoring the original AppKey of %n OTAA devices in TTN v2 from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dry run: %n AppKey(s) would be changed, nothing was written to TTN v2</source>
        <translation>
            <numerusform>dry run: %n AppKey would be changed, nothing was written to TTN v2</numerusform>
            <numerusform>dry run: %n AppKeys would be changed, nothing was written to TTN v2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dry run: %n AppKey(s) would be restored, nothing was written to TTN v2</source>
        <translation>
            <numerusform>dry run: %n AppKey would be restored, nothing was written to TTN v2</numerusform>
            <numerusform>dry run: %n AppKeys would be restored, nothing was written to TTN v2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) not processed: run the same command again to finish</source>
        <translation>
            <numerusform>%n device not processed: run the same command again to finish</numerusform>
            <numerusform>%n devices not processed: run the same command again to finish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ready for import into The Things Stack: %n device(s)</source>
        <translation>
            <numerusform>ready for import into The Things Stack: %n device</numerusform>
            <numerusform>ready for import into The Things Stack: %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused by The Things Stack&apos;s import rules, not exported: %n device(s)</source>
        <translation>
            <numerusform>refused by The Things Stack&apos;s import rules, not exported: %n device</numerusform>
            <numerusform>refused by The Things Stack&apos;s import rules, not exported: %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of the file are not in application %1: import them with ttn-lw-migrate tts import</source>
        <translation>
            <numerusform>%n device of the file is not in application %1: import it with ttn-lw-migrate tts import</numerusform>
            <numerusform>%n devices of the file are not in application %1: import them with ttn-lw-migrate tts import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: an earlier AppKey %1 of %n device(s) from %2 (%3) did not finish; running it again with the same devices.json resumes it (journal %4)</source>
        <translation>
            <numerusform>note: an earlier AppKey %1 of %n device from %2 (%3) did not finish; running it again with the same devices.json resumes it (journal %4)</numerusform>
            <numerusform>note: an earlier AppKey %1 of %n devices from %2 (%3) did not finish; running it again with the same devices.json resumes it (journal %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to TTN v2</source>
        <translation>
            <numerusform>%n request to TTN v2</numerusform>
            <numerusform>%n requests to TTN v2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retried %n request(s) after transient faults</source>
        <translation>
            <numerusform>retried %n request after transient faults</numerusform>
            <numerusform>retried %n requests after transient faults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dry run: %1 would be imported, %2 already in TTS, %3 would fail of %4 (%n request(s), nothing written)</source>
        <translation>
            <numerusform>dry run: %1 would be imported, %2 already in TTS, %3 would fail of %4 (%n request, nothing written)</numerusform>
            <numerusform>dry run: %1 would be imported, %2 already in TTS, %3 would fail of %4 (%n requests, nothing written)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 imported, %2 already in TTS, %3 failed, %4 not imported of %5 in %6 s (%n request(s))</source>
        <translation>
            <numerusform>%1 imported, %2 already in TTS, %3 failed, %4 not imported of %5 in %6 s (%n request)</numerusform>
            <numerusform>%1 imported, %2 already in TTS, %3 failed, %4 not imported of %5 in %6 s (%n requests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; throttled %n time(s)</source>
        <translation>
            <numerusform>; throttled %n time</numerusform>
            <numerusform>; throttled %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to The Things Stack</source>
        <translation>
            <numerusform>%n request to The Things Stack</numerusform>
            <numerusform>%n requests to The Things Stack</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s)</source>
        <translation>
            <numerusform>%1 of %n device</numerusform>
            <numerusform>%1 of %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Things Stack is limiting requests, retrying in %n s</source>
        <translation>
            <numerusform>The Things Stack is limiting requests, retrying in %n s</numerusform>
            <numerusform>The Things Stack is limiting requests, retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>interrupted: %n device(s) not imported; run the same command again to import them</source>
        <translation>
            <numerusform>interrupted: %n device not imported; run the same command again to import them</numerusform>
            <numerusform>interrupted: %n devices not imported; run the same command again to import them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>saved the %n device(s) not in TTS to %1: fix them and run ttn-lw-migrate tts import %1</source>
        <translation>
            <numerusform>saved the %n device not in TTS to %1: fix it and run ttn-lw-migrate tts import %1</numerusform>
            <numerusform>saved the %n devices not in TTS to %1: fix them and run ttn-lw-migrate tts import %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them failed for a passing reason (TTS busy or unreachable, the key): importing again may be enough</source>
        <translation>
            <numerusform>%n of them failed for a passing reason (TTS busy or unreachable, the key): importing again may be enough</numerusform>
            <numerusform>%n of them failed for a passing reason (TTS busy or unreachable, the key): importing again may be enough</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that are not JSON could not be saved; fix them in the input</source>
        <translation>
            <numerusform>%n line that is not JSON could not be saved; fix it in the input</numerusform>
            <numerusform>%n lines that are not JSON could not be saved; fix them in the input</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to ChirpStack</source>
        <translation>
            <numerusform>%n call to ChirpStack</numerusform>
            <numerusform>%n calls to ChirpStack</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dry run: checking the AppKey of %n OTAA device(s) in the source Join Server, writing nothing</source>
        <translation>
            <numerusform>dry run: checking the AppKey of %n OTAA device in the source Join Server, writing nothing</numerusform>
            <numerusform>dry run: checking the AppKey of %n OTAA devices in the source Join Server, writing nothing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changing the AppKey of %n OTAA device(s) in the source Join Server; the original keys stay in %1</source>
        <translation>
            <numerusform>changing the AppKey of %n OTAA device in the source Join Server; the original keys stay in %1</numerusform>
            <numerusform>changing the AppKey of %n OTAA devices in the source Join Server; the original keys stay in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restoring the original AppKey of %n OTAA device(s) in the source Join Server from %1</source>
        <translation>
            <numerusform>restoring the original AppKey of %n OTAA device in the source Join Server from %1</numerusform>
            <numerusform>restoring the original AppKey of %n OTAA devices in the source Join Server from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dry run: %n AppKey(s) would be changed, nothing was written to the source Join Server</source>
        <translation>
            <numerusform>dry run: %n AppKey would be changed, nothing was written to the source Join Server</numerusform>
            <numerusform>dry run: %n AppKeys would be changed, nothing was written to the source Join Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dry run: %n AppKey(s) would be restored, nothing was written to the source Join Server</source>
        <translation>
            <numerusform>dry run: %n AppKey would be restored, nothing was written to the source Join Server</numerusform>
            <numerusform>dry run: %n AppKeys would be restored, nothing was written to the source Join Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete those of the %n device(s) of the file that are active at the target from application %1 at the source? This cannot be undone. Type yes:</source>
        <translation>
            <numerusform>Delete the %n device of the file from application %1 at the source if it is active at the target? This cannot be undone. Type yes:</numerusform>
            <numerusform>Delete those of the %n devices of the file that are active at the target from application %1 at the source? This cannot be undone. Type yes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message numerus="yes">
        <source>The preview has read %1 of %n device(s) so far. If you close now, it is lost.</source>
        <translation>
            <numerusform>The preview has read %1 of %n device so far. If you close now, it is lost.</numerusform>
            <numerusform>The preview has read %1 of %n devices so far. If you close now, it is lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message numerus="yes">
        <source>Connected to the handler at %1. Application “%2” has %n device(s).</source>
        <translation>
            <numerusform>Connected to the handler at %1. Application “%2” has %n device.</numerusform>
            <numerusform>Connected to the handler at %1. Application “%2” has %n devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Trying again in %n second…</numerusform>
            <numerusform>Trying again in %n seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. Application “%2” has %n device(s).</source>
        <translation>
            <numerusform>Connected to %1. Application “%2” has %n device.</numerusform>
            <numerusform>Connected to %1. Application “%2” has %n devices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message numerus="yes">
        <source>%n device ID(s).</source>
        <translation>
            <numerusform>%n device ID.</numerusform>
            <numerusform>%n device IDs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in the application.</source>
        <translation>
            <numerusform>%n device in the application.</numerusform>
            <numerusform>%n devices in the application.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) selected.</source>
        <translation>
            <numerusform>%1 of %n device selected.</numerusform>
            <numerusform>%1 of %n devices selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message numerus="yes">
        <source>read back %n device(s) from %1 after writing %2</source>
        <translation>
            <numerusform>read back %n device from %1 after writing %2</numerusform>
            <numerusform>read back %n devices from %1 after writing %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message numerus="yes">
        <source>Reading the frame counters of %n device(s)…</source>
        <translation>
            <numerusform>Reading the frame counters of %n device…</numerusform>
            <numerusform>Reading the frame counters of %n devices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n device(s)…</source>
        <translation>
            <numerusform>Reading %n device…</numerusform>
            <numerusform>Reading %n devices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converting %n device(s)…</source>
        <translation>
            <numerusform>Converting %n device…</numerusform>
            <numerusform>Converting %n devices…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message numerus="yes">
        <source>%n device(s) from the preview will be saved, one JSON object per line. Skipped and failed devices are not in the file.</source>
        <translation>
            <numerusform>%n device from the preview will be saved, one JSON object per line. Skipped and failed devices are not in the file.</numerusform>
            <numerusform>%n devices from the preview will be saved, one JSON object per line. Skipped and failed devices are not in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. Read back %n device(s) from %1.</source>
        <translation>
            <numerusform>Saved. Read back %n device from %1.</numerusform>
            <numerusform>Saved. Read back %n devices from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n device(s) would get an AppKey that this tool generated in TTN v2, not the key the device itself has. Restore the original keys first (“Restore…” on the last page, with the devices.json saved before the change), then preview again.</source>
        <translation type="vanished">
            <numerusform>Not saved: %n device would get an AppKey that this tool generated in TTN v2, not the key the device itself has. Restore the original keys first (“Restore…” on the last page, with the devices.json saved before the change), then preview again.</numerusform>
            <numerusform>Not saved: %n devices would get an AppKey that this tool generated in TTN v2, not the key the device itself has. Restore the original keys first (“Restore…” on the last page, with the devices.json saved before the change), then preview again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved in %1 parts. Read back %n device(s) from %2 in %3.</source>
        <translation>
            <numerusform>Saved in %1 parts. Read back %n device from %2 in %3.</numerusform>
            <numerusform>Saved in %1 parts. Read back %n devices from %2 in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n device(s) would get an AppKey that this tool generated in TTN v2, not the key the device itself has (marked in the preview).</source>
        <translation>
            <numerusform>Not saved: %n device would get an AppKey that this tool generated in TTN v2, not the key the device itself has (marked in the preview).</numerusform>
            <numerusform>Not saved: %n devices would get an AppKey that this tool generated in TTN v2, not the key the device itself has (marked in the preview).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n device(s) would get an AppKey that this tool generated in the source Join Server, not the key the device itself has (marked in the preview).</source>
        <translation>
            <numerusform>Not saved: %n device would get an AppKey that this tool generated in the source Join Server, not the key the device itself has (marked in the preview).</numerusform>
            <numerusform>Not saved: %n devices would get an AppKey that this tool generated in the source Join Server, not the key the device itself has (marked in the preview).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message numerus="yes">
        <source>%1 was not written: %n device(s) would get an AppKey that ttn-lw-migrate generated, not the original; restore the keys first (restore-app-keys with the earlier devices.json)</source>
        <translation>
            <numerusform>%1 was not written: %n device would get an AppKey that ttn-lw-migrate generated, not the original; restore the keys first (restore-app-keys with the earlier devices.json)</numerusform>
            <numerusform>%1 was not written: %n devices would get an AppKey that ttn-lw-migrate generated, not the original; restore the keys first (restore-app-keys with the earlier devices.json)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 devices to %n file(s) of at most %2 MiB: %3</source>
        <translation type="vanished">
            <numerusform>wrote %1 devices to %n file of at most %2 MiB: %3</numerusform>
            <numerusform>wrote %1 devices to %n files of at most %2 MiB: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n device(s) after writing %2: check the disk and run again</source>
        <translation>
            <numerusform>%1 holds %n device after writing %2: check the disk and run again</numerusform>
            <numerusform>%1 holds %n devices after writing %2: check the disk and run again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 to %n file(s) of at most %2 MiB: %3</source>
        <translation>
            <numerusform>wrote %1 to %n file of at most %2 MiB: %3</numerusform>
            <numerusform>wrote %1 to %n files of at most %2 MiB: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n device(s) to %1</source>
        <translation>
            <numerusform>wrote %n device to %1</numerusform>
            <numerusform>wrote %n devices to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message numerus="yes">
        <source>File: %1, %Ln device(s).</source>
        <translation type="vanished">
            <numerusform>File: %1, %Ln device.</numerusform>
            <numerusform>File: %1, %Ln devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files: %1 (one export in %2 parts), %Ln device(s).</source>
        <translation type="vanished">
            <numerusform>Files: %1 (one export in %2 parts), %Ln device.</numerusform>
            <numerusform>Files: %1 (one export in %2 parts), %Ln devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) cannot be imported (see the table).</source>
        <translation type="vanished">
            <numerusform>%Ln line cannot be imported (see the table).</numerusform>
            <numerusform>%Ln lines cannot be imported (see the table).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) are partly created: Retry failed completes them, or delete them in the Console.</source>
        <translation type="vanished">
            <numerusform>%Ln device is partly created: Retry failed completes it, or delete it in the Console.</numerusform>
            <numerusform>%Ln devices are partly created: Retry failed completes them, or delete them in the Console.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s): %1 imported, %2 already in The Things Stack, %3 failed or not imported, %4 pending.</source>
        <translation type="vanished">
            <numerusform>%Ln device: %1 imported, %2 already in The Things Stack, %3 failed or not imported, %4 pending.</numerusform>
            <numerusform>%Ln devices: %1 imported, %2 already in The Things Stack, %3 failed or not imported, %4 pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>File: %1, %n device(s).</source>
        <translation>
            <numerusform>File: %1, %n device.</numerusform>
            <numerusform>File: %1, %n devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files: %1 (one export in %2 parts), %n device(s).</source>
        <translation>
            <numerusform>Files: %1 (one export in %2 parts), %n device.</numerusform>
            <numerusform>Files: %1 (one export in %2 parts), %n devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported (see the table).</source>
        <translation>
            <numerusform>%n line cannot be imported (see the table).</numerusform>
            <numerusform>%n lines cannot be imported (see the table).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) left partly created by an earlier import were completed.</source>
        <translation>
            <numerusform>%n device left partly created by an earlier import was completed.</numerusform>
            <numerusform>%n devices left partly created by an earlier import were completed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) are partly created: Retry failed completes them, or delete them in the Console.</source>
        <translation>
            <numerusform>%n device is partly created: Retry failed completes it, or delete it in the Console.</numerusform>
            <numerusform>%n devices are partly created: Retry failed completes them, or delete them in the Console.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 imported, %2 already in The Things Stack, %3 failed or not imported, %4 pending.</source>
        <translation>
            <numerusform>%n device: %1 imported, %2 already in The Things Stack, %3 failed or not imported, %4 pending.</numerusform>
            <numerusform>%n devices: %1 imported, %2 already in The Things Stack, %3 failed or not imported, %4 pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry failed imports the %n device(s) a retry can fix.</source>
        <translation>
            <numerusform>Retry failed imports the %n device a retry can fix.</numerusform>
            <numerusform>Retry failed imports the %n devices a retry can fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need the file fixed (an ID or EUIs taken, a line The Things Stack refuses): Save failed devices as JSON… writes them to a file.</source>
        <translation>
            <numerusform>%n device needs the file fixed (an ID or EUIs taken, a line The Things Stack refuses): Save failed devices as JSON… writes it to a file.</numerusform>
            <numerusform>%n devices need the file fixed (an ID or EUIs taken, a line The Things Stack refuses): Save failed devices as JSON… writes them to a file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Things Stack is limiting requests, retrying in %n s.</source>
        <translation>
            <numerusform>The Things Stack is limiting requests, retrying in %n s.</numerusform>
            <numerusform>The Things Stack is limiting requests, retrying in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n device(s) to %1: fix them, then open that file here and import it.</source>
        <translation>
            <numerusform>Saved %n device to %1: fix it, then open that file here and import it.</numerusform>
            <numerusform>Saved %n devices to %1: fix them, then open that file here and import it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that are not JSON could not be saved.</source>
        <translation>
            <numerusform>%n line that is not JSON could not be saved.</numerusform>
            <numerusform>%n lines that are not JSON could not be saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinChart</name>
    <message numerus="yes">
        <source>%n refresh(es) since %1.</source>
        <translation>
            <numerusform>%n refresh since %1.</numerusform>
            <numerusform>%n refreshes since %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinStatusModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation type="vanished">
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) joined (%2 active), %3 waiting.</source>
        <translation>
            <numerusform>%1 of %n device joined (%2 active), %3 waiting.</numerusform>
            <numerusform>%1 of %n devices joined (%2 active), %3 waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of the file not in The Things Stack.</source>
        <translation>
            <numerusform>%n device of the file not in The Things Stack.</numerusform>
            <numerusform>%n devices of the file not in The Things Stack.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationReport</name>
    <message numerus="yes">
        <source>(%n device(s) read back)</source>
        <translation>
            <numerusform>(%n device read back)</numerusform>
            <numerusform>(%n devices read back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) requested: </source>
        <translation>
            <numerusform>%n device requested: </numerusform>
            <numerusform>%n devices requested: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready for import into The Things Stack: %n device(s).</source>
        <translation>
            <numerusform>Ready for import into The Things Stack: %n device.</numerusform>
            <numerusform>Ready for import into The Things Stack: %n devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused by The Things Stack&apos;s import rules: %n device(s), listed below with the reason.</source>
        <translation>
            <numerusform>Refused by The Things Stack&apos;s import rules: %n device, listed below with the reason.</numerusform>
            <numerusform>Refused by The Things Stack&apos;s import rules: %n devices, listed below with the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refresh(es) from %1 to %2; a row for each change in the counts.</source>
        <translation>
            <numerusform>%n refresh from %1 to %2; a row for each change in the counts.</numerusform>
            <numerusform>%n refreshes from %1 to %2; a row for each change in the counts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeCounts</name>
    <message numerus="yes">
        <source>%n device(s) so far: %1 will be exported, %2 skipped, %3 failed.</source>
        <translation type="vanished">
            <numerusform>%n device so far: %1 will be exported, %2 skipped, %3 failed.</numerusform>
            <numerusform>%n devices so far: %1 will be exported, %2 skipped, %3 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 will be exported, %2 skipped, %3 failed.</source>
        <translation type="vanished">
            <numerusform>%n device: %1 will be exported, %2 skipped, %3 failed.</numerusform>
            <numerusform>%n devices: %1 will be exported, %2 skipped, %3 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) so far: %1 ready for import, %2 skipped, %3 failed.</source>
        <translation>
            <numerusform>%n device so far: %1 ready for import, %2 skipped, %3 failed.</numerusform>
            <numerusform>%n devices so far: %1 ready for import, %2 skipped, %3 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 ready for import, %2 skipped, %3 failed.</source>
        <translation>
            <numerusform>%n device: %1 ready for import, %2 skipped, %3 failed.</numerusform>
            <numerusform>%n devices: %1 ready for import, %2 skipped, %3 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by The Things Stack&apos;s import rules (see their notes).</source>
        <translation>
            <numerusform>%n refused by The Things Stack&apos;s import rules (see its notes).</numerusform>
            <numerusform>%n refused by The Things Stack&apos;s import rules (see their notes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n device(s): </source>
        <translation type="vanished">
            <numerusform>%n device: </numerusform>
            <numerusform>%n devices: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This preview starts fresh: the %n new v3 ID(s) given in the previous one are not kept. Give them again once it is complete.</source>
        <translation>
            <numerusform>This preview starts fresh: the %n new v3 ID given in the previous one is not kept. Give it again once it is complete.</numerusform>
            <numerusform>This preview starts fresh: the %n new v3 IDs given in the previous one are not kept. Give them again once it is complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n new v3 ID(s) given here are not part of the command: it reads them from dev-id-map.csv, which you write with one “v2-id,v3-id” line per device (%1).</source>
        <translation>
            <numerusform>The %n new v3 ID given here is not part of the command: it reads it from dev-id-map.csv, which you write with one “v2-id,v3-id” line per device (%1).</numerusform>
            <numerusform>The %n new v3 IDs given here are not part of the command: it reads them from dev-id-map.csv, which you write with one “v2-id,v3-id” line per device (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after reading %1 of %n device(s). The others are listed as skipped and are not exported; Retry reads them all again.</source>
        <translation>
            <numerusform>Stopped after reading %1 of %n device. The others are listed as skipped and are not exported; Retry reads them all again.</numerusform>
            <numerusform>Stopped after reading %1 of %n devices. The others are listed as skipped and are not exported; Retry reads them all again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) have an AppKey in TTN v2 that the AppKey change generated, not the device&apos;s own (see their notes). The export refuses them: restore the original keys on the Export page, then preview again.</source>
        <translation>
            <numerusform>%n device has an AppKey in TTN v2 that the AppKey change generated, not the device&apos;s own (see its notes). The export refuses it: restore the original keys on the Export page, then preview again.</numerusform>
            <numerusform>%n devices have an AppKey in TTN v2 that the AppKey change generated, not the device&apos;s own (see their notes). The export refuses them: restore the original keys on the Export page, then preview again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceDeletePanel</name>
    <message numerus="yes">
        <source>Delete %n ABP device(s) that The Things Stack has seen from TTN v2?</source>
        <translation>
            <numerusform>Delete %n ABP device that The Things Stack has seen from TTN v2?</numerusform>
            <numerusform>Delete %n ABP devices that The Things Stack has seen from TTN v2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n device(s) that are active in The Things Stack from %1?</source>
        <translation>
            <numerusform>Delete %n device that is active in The Things Stack from %1?</numerusform>
            <numerusform>Delete %n devices that are active in The Things Stack from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Really delete %n device(s) from %1 for good?</source>
        <translation>
            <numerusform>Really delete %n device from %1 for good?</numerusform>
            <numerusform>Really delete %n devices from %1 for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) qualify now</source>
        <translation>
            <numerusform>%n device qualifies now</numerusform>
            <numerusform>%n devices qualify now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet</source>
        <translation>
            <numerusform>%n not yet</numerusform>
            <numerusform>%n not yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already done.</source>
        <translation>
            <numerusform>%n already done.</numerusform>
            <numerusform>%n already done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message numerus="yes">
        <source>%Ln device(s): %1 joined, %2 active, %3 waiting, %4 not in The Things Stack.</source>
        <translation type="vanished">
            <numerusform>%Ln device: %1 joined, %2 active, %3 waiting, %4 not in The Things Stack.</numerusform>
            <numerusform>%Ln devices: %1 joined, %2 active, %3 waiting, %4 not in The Things Stack.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) of the file are not in application “%1”: import them first.</source>
        <translation type="vanished">
            <numerusform>%Ln device of the file is not in application “%1”: import it first.</numerusform>
            <numerusform>%Ln devices of the file are not in application “%1”: import them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 joined, %2 active, %3 waiting, %4 not in The Things Stack.</source>
        <translation type="vanished">
            <numerusform>%n device: %1 joined, %2 active, %3 waiting, %4 not in The Things Stack.</numerusform>
            <numerusform>%n devices: %1 joined, %2 active, %3 waiting, %4 not in The Things Stack.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of the file are not in application “%1”: import them first.</source>
        <translation>
            <numerusform>%n device of the file is not in application “%1”: import it first.</numerusform>
            <numerusform>%n devices of the file are not in application “%1”: import them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TtsImport</name>
    <message numerus="yes">
        <source>Importing %n device(s)…</source>
        <translation>
            <numerusform>Importing %n device…</numerusform>
            <numerusform>Importing %n devices…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TtsSourceReader</name>
    <message numerus="yes">
        <source>Reading %n device(s)…</source>
        <translation>
            <numerusform>Reading %n device…</numerusform>
            <numerusform>Reading %n devices…</numerusform>
        </translation>
    </message>
</context>
</TS>

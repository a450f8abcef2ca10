<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConnectPage</name>
    <message numerus="yes">
        <source>Connected to the handler at %1. Application “%2” has %n device(s).</source>
        <translation>
            <numerusform>Connected to the handler at %1. Application “%2” has %n device.</numerusform>
            <numerusform>Connected to the handler at %1. Application “%2” has %n devices.</numerusform>
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
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n device(s): </source>
        <translation>
            <numerusform>%n device: </numerusform>
            <numerusform>%n devices: </numerusform>
        </translation>
    </message>
</context>
</TS>

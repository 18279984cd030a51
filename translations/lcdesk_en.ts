<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>SyncPlan</name>
    <message numerus="yes">
        <location filename="../core/sync/SyncPlan.cpp" line="255" />
        <source>; %n blocked</source>
        <translation>
            <numerusform>; %n blocked</numerusform>
            <numerusform>; %n blocked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ApiRequest</name>
    <message numerus="yes">
        <location filename="../core/api/ApiRequest.cpp" line="296" />
        <source>Rate limited by LimaCharlie, which asks to wait %n s before the next request; try again later.</source>
        <translation>
            <numerusform>Rate limited by LimaCharlie, which asks to wait %n s before the next request; try again later.</numerusform>
            <numerusform>Rate limited by LimaCharlie, which asks to wait %n s before the next request; try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/api/ApiRequest.cpp" line="440" />
        <source>Rate limited by LimaCharlie; retrying stopped after %n tries.</source>
        <translation>
            <numerusform>Rate limited by LimaCharlie; retrying stopped after %n try.</numerusform>
            <numerusform>Rate limited by LimaCharlie; retrying stopped after %n tries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/api/ApiRequest.cpp" line="442" />
        <source>Rate limited by LimaCharlie (quota %1 per %2 s); retrying stopped after %n tries.</source>
        <translation>
            <numerusform>Rate limited by LimaCharlie (quota %1 per %2 s); retrying stopped after %n try.</numerusform>
            <numerusform>Rate limited by LimaCharlie (quota %1 per %2 s); retrying stopped after %n tries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/api/ApiRequest.cpp" line="455" />
        <source>LimaCharlie answered %1 with a server error (HTTP %2) after %n tries; try again later.</source>
        <translation>
            <numerusform>LimaCharlie answered %1 with a server error (HTTP %2) after %n try; try again later.</numerusform>
            <numerusform>LimaCharlie answered %1 with a server error (HTTP %2) after %n tries; try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::BatchResultsDialog</name>
    <message numerus="yes">
        <location filename="../ui/sensors/BatchResultsDialog.cpp" line="79" />
        <source>%1 of %n sensor(s) done…</source>
        <translation>
            <numerusform>%1 of %n sensor done…</numerusform>
            <numerusform>%1 of %n sensors done…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sensors/BatchResultsDialog.cpp" line="81" />
        <source>Done for all %n sensor(s).</source>
        <translation>
            <numerusform>Done for all %n sensor.</numerusform>
            <numerusform>Done for all %n sensors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sensors/BatchResultsDialog.cpp" line="84" />
        <source>Done: %1 succeeded, %n failed.</source>
        <translation>
            <numerusform>Done: %1 succeeded, %n failed.</numerusform>
            <numerusform>Done: %1 succeeded, %n failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::CliCommands</name>
    <message numerus="yes">
        <location filename="../app/CliCommands.cpp" line="280" />
        <source>%n sensor(s)</source>
        <translation>
            <numerusform>%n sensor</numerusform>
            <numerusform>%n sensors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::CliContext</name>
    <message numerus="yes">
        <location filename="../app/CliContext.cpp" line="46" />
        <source>rate limited by LimaCharlie; retrying in %n s</source>
        <translation>
            <numerusform>rate limited by LimaCharlie; retrying in %n s</numerusform>
            <numerusform>rate limited by LimaCharlie; retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliContext.cpp" line="49" />
        <source>rate limited by LimaCharlie (quota %1 per %2 s); retrying in %n s</source>
        <translation>
            <numerusform>rate limited by LimaCharlie (quota %1 per %2 s); retrying in %n s</numerusform>
            <numerusform>rate limited by LimaCharlie (quota %1 per %2 s); retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::CliSpotCheck</name>
    <message numerus="yes">
        <location filename="../app/CliSpotCheck.cpp" line="465" />
        <source>the platform and tag filters left no sensor to check (%n sensor(s) in the organisation)</source>
        <translation>
            <numerusform>the platform and tag filters left no sensor to check (%n sensor in the organisation)</numerusform>
            <numerusform>the platform and tag filters left no sensor to check (%n sensors in the organisation)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::CliStream</name>
    <message numerus="yes">
        <location filename="../app/CliStream.cpp" line="146" />
        <source>the server dropped %n record(s) so far (the reader was too slow)</source>
        <translation>
            <numerusform>the server dropped %n record so far (the reader was too slow)</numerusform>
            <numerusform>the server dropped %n records so far (the reader was too slow)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliStream.cpp" line="165" />
        <source>timed out after %n s with %1 of %2 records.</source>
        <translation>
            <numerusform>timed out after %n s with %1 of %2 records.</numerusform>
            <numerusform>timed out after %n s with %1 of %2 records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliStream.cpp" line="198" />
        <source>%n record(s) printed</source>
        <translation>
            <numerusform>%n record printed</numerusform>
            <numerusform>%n records printed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ConnectionIndicator</name>
    <message numerus="yes">
        <location filename="../ui/auth/ConnectionIndicator.cpp" line="124" />
        <source>Key %1 (%2)
%n permission(s) in this organisation:
%3</source>
        <translation>
            <numerusform>Key %1 (%2)
%n permission in this organisation:
%3</numerusform>
            <numerusform>Key %1 (%2)
%n permissions in this organisation:
%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ConsolePage</name>
    <message numerus="yes">
        <location filename="../ui/console/ConsolePage.cpp" line="234" />
        <source>%1: %n request(s) still waiting for replies. Close the console anyway?</source>
        <translation>
            <numerusform>%1: %n request still waiting for replies. Close the console anyway?</numerusform>
            <numerusform>%1: %n requests still waiting for replies. Close the console anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ConsoleTab</name>
    <message numerus="yes">
        <location filename="../ui/console/ConsoleTab.cpp" line="199" />
        <location filename="../ui/console/ConsoleTab.cpp" line="830" />
        <source>%n sensor(s)</source>
        <translation>
            <numerusform>%n sensor</numerusform>
            <numerusform>%n sensors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/console/ConsoleTab.cpp" line="285" />
        <source>%n sensor(s): </source>
        <translation>
            <numerusform>%n sensor: </numerusform>
            <numerusform>%n sensors: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/console/ConsoleTab.cpp" line="287" />
        <location filename="../ui/console/ConsoleTab.cpp" line="561" />
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/console/ConsoleTab.cpp" line="577" />
        <location filename="../ui/console/ConsoleTab.cpp" line="585" />
        <source>&amp;Send to %n sensor(s)</source>
        <translation>
            <numerusform>&amp;Send to %n sensor</numerusform>
            <numerusform>&amp;Send to %n sensors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/console/ConsoleTab.cpp" line="836" />
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 of %n done</numerusform>
            <numerusform>%1 of %n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/console/ConsoleTab.cpp" line="837" />
        <source>%n reply(s) so far</source>
        <translation>
            <numerusform>%n reply so far</numerusform>
            <numerusform>%n replies so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/console/ConsoleTab.cpp" line="839" />
        <source>All %n done</source>
        <translation>
            <numerusform>All %n done</numerusform>
            <numerusform>All %n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/console/ConsoleTab.cpp" line="841" />
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::EventDetailPane</name>
    <message numerus="yes">
        <location filename="../ui/live/EventDetailPane.cpp" line="42" />
        <source>

[… %n more character(s) not shown here; Copy Value and Copy Line copy everything]</source>
        <translation>
            <numerusform>

[… %n more character not shown here; Copy Value and Copy Line copy everything]</numerusform>
            <numerusform>

[… %n more characters not shown here; Copy Value and Copy Line copy everything]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/EventDetailPane.cpp" line="52" />
        <source>

[… %n more byte(s) not shown here; Copy Line copies the whole line]</source>
        <translation>
            <numerusform>

[… %n more byte not shown here; Copy Line copies the whole line]</numerusform>
            <numerusform>

[… %n more bytes not shown here; Copy Line copies the whole line]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::EventJsonTree</name>
    <message numerus="yes">
        <location filename="../ui/live/EventJsonTree.cpp" line="117" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::FirehoseListener</name>
    <message numerus="yes">
        <location filename="../core/stream/FirehoseListener.cpp" line="554" />
        <source>Live: %n connection(s) on %1</source>
        <translation>
            <numerusform>Live: %n connection on %1</numerusform>
            <numerusform>Live: %n connections on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/stream/FirehoseListener.cpp" line="684" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::JsonTreeWidget</name>
    <message numerus="yes">
        <location filename="../ui/widgets/JsonTreeWidget.cpp" line="66" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::LiveEventView</name>
    <message numerus="yes">
        <location filename="../ui/live/LiveEventView.cpp" line="580" />
        <source>Played %1: %n event(s)</source>
        <translation>
            <numerusform>Played %1: %n event</numerusform>
            <numerusform>Played %1: %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/LiveEventView.cpp" line="887" />
        <source>&amp;Resume (%n waiting)</source>
        <translation>
            <numerusform>&amp;Resume (%n waiting)</numerusform>
            <numerusform>&amp;Resume (%n waiting)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/LiveEventView.cpp" line="921" />
        <source>Recorded %n line(s) to %1</source>
        <translation>
            <numerusform>Recorded %n line to %1</numerusform>
            <numerusform>Recorded %n lines to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/LiveEventView.cpp" line="955" />
        <source>Recording to %1 — %Ln line(s)</source>
        <translation>
            <numerusform>Recording to %1 — %Ln line</numerusform>
            <numerusform>Recording to %1 — %Ln lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::LiveExportJob</name>
    <message numerus="yes">
        <location filename="../ui/live/LiveExportJob.cpp" line="223" />
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/LiveExportJob.cpp" line="226" />
        <source>%n event(s) left the ring buffer before they could be exported.</source>
        <translation>
            <numerusform>%n event left the ring buffer before they could be exported.</numerusform>
            <numerusform>%n events left the ring buffer before they could be exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::LoginFlow</name>
    <message numerus="yes">
        <location filename="../ui/auth/LoginFlow.cpp" line="139" />
        <source>%n environment(s) of %1 were not imported: %2</source>
        <translation>
            <numerusform>%n environment of %1 were not imported: %2</numerusform>
            <numerusform>%n environments of %1 were not imported: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auth/LoginFlow.cpp" line="147" />
        <source>Imported %n environment(s) from %1 into the keychain.</source>
        <translation>
            <numerusform>Imported %n environment from %1 into the keychain.</numerusform>
            <numerusform>Imported %n environments from %1 into the keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="515" />
        <source>Rate limited by LimaCharlie; retrying in %n s.</source>
        <translation>
            <numerusform>Rate limited by LimaCharlie; retrying in %n s.</numerusform>
            <numerusform>Rate limited by LimaCharlie; retrying in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="517" />
        <source>Rate limited by LimaCharlie (quota %1 per %2 s); retrying in %n s.</source>
        <translation>
            <numerusform>Rate limited by LimaCharlie (quota %1 per %2 s); retrying in %n s.</numerusform>
            <numerusform>Rate limited by LimaCharlie (quota %1 per %2 s); retrying in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ProcessTreeDialog</name>
    <message numerus="yes">
        <location filename="../ui/console/ProcessTreeDialog.cpp" line="130" />
        <source>%n ancestor(s)</source>
        <translation>
            <numerusform>%n ancestor</numerusform>
            <numerusform>%n ancestors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/console/ProcessTreeDialog.cpp" line="131" />
        <source>%n descendant(s)</source>
        <translation>
            <numerusform>%n descendant</numerusform>
            <numerusform>%n descendants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::RateChart</name>
    <message numerus="yes">
        <location filename="../ui/live/RateChart.cpp" line="118" />
        <source>%n event(s) in the last second</source>
        <translation>
            <numerusform>%n event in the last second</numerusform>
            <numerusform>%n events in the last second</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::RecordingSource</name>
    <message numerus="yes">
        <location filename="../core/stream/RecordingSource.cpp" line="246" />
        <source>The recording %1 ends with an incomplete record (%n byte(s)); it was not counted.</source>
        <translation>
            <numerusform>The recording %1 ends with an incomplete record (%n byte); it was not counted.</numerusform>
            <numerusform>The recording %1 ends with an incomplete record (%n bytes); it was not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ResponseView</name>
    <message numerus="yes">
        <location filename="../ui/console/ResponseView.cpp" line="320" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/console/ResponseView.cpp" line="321" />
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::SensorActions</name>
    <message numerus="yes">
        <location filename="../ui/sensors/SensorActions.cpp" line="150" />
        <source>Tag %n sensor(s) with %1</source>
        <translation>
            <numerusform>Tag %n sensor with %1</numerusform>
            <numerusform>Tag %n sensors with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sensors/SensorActions.cpp" line="169" />
        <source>Remove %1 from %n sensor(s)</source>
        <translation>
            <numerusform>Remove %1 from %n sensor</numerusform>
            <numerusform>Remove %1 from %n sensors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sensors/SensorActions.cpp" line="193" />
        <source>Send "%1" to %n sensor(s)</source>
        <translation>
            <numerusform>Send "%1" to %n sensor</numerusform>
            <numerusform>Send "%1" to %n sensors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sensors/SensorActions.cpp" line="228" />
        <source>Isolate %n sensor(s) from the network?</source>
        <translation>
            <numerusform>Isolate %n sensor from the network?</numerusform>
            <numerusform>Isolate %n sensors from the network?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sensors/SensorActions.cpp" line="229" />
        <source>Let %n sensor(s) rejoin the network?</source>
        <translation>
            <numerusform>Let %n sensor rejoin the network?</numerusform>
            <numerusform>Let %n sensors rejoin the network?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sensors/SensorActions.cpp" line="235" />
        <source>&amp;Isolate %n sensor(s)</source>
        <translation>
            <numerusform>&amp;Isolate %n sensor</numerusform>
            <numerusform>&amp;Isolate %n sensors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sensors/SensorActions.cpp" line="236" />
        <source>&amp;Rejoin %n sensor(s)</source>
        <translation>
            <numerusform>&amp;Rejoin %n sensor</numerusform>
            <numerusform>&amp;Rejoin %n sensors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sensors/SensorActions.cpp" line="246" />
        <source>Isolate %n sensor(s)</source>
        <translation>
            <numerusform>Isolate %n sensor</numerusform>
            <numerusform>Isolate %n sensors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sensors/SensorActions.cpp" line="247" />
        <source>Rejoin %n sensor(s)</source>
        <translation>
            <numerusform>Rejoin %n sensor</numerusform>
            <numerusform>Rejoin %n sensors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::SensorListView</name>
    <message numerus="yes">
        <location filename="../ui/sensors/SensorListView.cpp" line="287" />
        <source>%n sensor(s)</source>
        <translation>
            <numerusform>%n sensor</numerusform>
            <numerusform>%n sensors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sensors/SensorListView.cpp" line="290" />
        <source>%1 of %n sensor(s) shown</source>
        <translation>
            <numerusform>%1 of %n sensor shown</numerusform>
            <numerusform>%1 of %n sensors shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sensors/SensorListView.cpp" line="320" />
        <source>Loading sensors: page %1, %n sensor(s) so far</source>
        <translation>
            <numerusform>Loading sensors: page %1, %n sensor so far</numerusform>
            <numerusform>Loading sensors: page %1, %n sensors so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::SensorRequest</name>
    <message numerus="yes">
        <location filename="../core/investigate/SensorRequest.cpp" line="72" />
        <source>Waiting for the stream to connect (%n s left)</source>
        <translation>
            <numerusform>Waiting for the stream to connect (%n s left)</numerusform>
            <numerusform>Waiting for the stream to connect (%n s left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/investigate/SensorRequest.cpp" line="76" />
        <source>Waiting for the receipt (%n s left)</source>
        <translation>
            <numerusform>Waiting for the receipt (%n s left)</numerusform>
            <numerusform>Waiting for the receipt (%n s left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/investigate/SensorRequest.cpp" line="79" />
        <source>Waiting for the reply (%n s left)</source>
        <translation>
            <numerusform>Waiting for the reply (%n s left)</numerusform>
            <numerusform>Waiting for the reply (%n s left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/investigate/SensorRequest.cpp" line="80" />
        <source>%n reply(s) so far (%1 s left)</source>
        <translation>
            <numerusform>%n reply so far (%1 s left)</numerusform>
            <numerusform>%n replies so far (%1 s left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/investigate/SensorRequest.cpp" line="83" />
        <source>Completed: %n reply(s)</source>
        <translation>
            <numerusform>Completed: %n reply</numerusform>
            <numerusform>Completed: %n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/investigate/SensorRequest.cpp" line="133" />
        <source>No reply within %n s</source>
        <translation>
            <numerusform>No reply within %n s</numerusform>
            <numerusform>No reply within %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/investigate/SensorRequest.cpp" line="134" />
        <source>Stopped waiting after %n s (the sensor had not said it was done)</source>
        <translation>
            <numerusform>Stopped waiting after %n s (the sensor had not said it was done)</numerusform>
            <numerusform>Stopped waiting after %n s (the sensor had not said it was done)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/investigate/SensorRequest.cpp" line="137" />
        <source>The stream did not connect within %n s; the task was not sent</source>
        <translation>
            <numerusform>The stream did not connect within %n s; the task was not sent</numerusform>
            <numerusform>The stream did not connect within %n s; the task was not sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::SensorSelection</name>
    <message numerus="yes">
        <location filename="../ui/sensors/SensorSelection.cpp" line="39" />
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ShellSession</name>
    <message numerus="yes">
        <location filename="../app/ShellSession.cpp" line="355" />
        <source>Stream: %1; %n request(s) waiting</source>
        <translation>
            <numerusform>Stream: %1; %n request waiting</numerusform>
            <numerusform>Stream: %1; %n requests waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ShellSession.cpp" line="468" />
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n row of %1</numerusform>
            <numerusform>%n rows of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::SpotCheckDialog</name>
    <message numerus="yes">
        <location filename="../ui/spotcheck/SpotCheckDialog.cpp" line="197" />
        <location filename="../ui/spotcheck/SpotCheckDialog.cpp" line="372" />
        <source>The sensor list is still loading (%n sensor(s) so far); the check starts when it is complete.</source>
        <translation>
            <numerusform>The sensor list is still loading (%n sensor so far); the check starts when it is complete.</numerusform>
            <numerusform>The sensor list is still loading (%n sensors so far); the check starts when it is complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/spotcheck/SpotCheckDialog.cpp" line="331" />
        <source>%n indicator(s) ready; nothing was sent.</source>
        <translation>
            <numerusform>%n indicator ready; nothing was sent.</numerusform>
            <numerusform>%n indicators ready; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/spotcheck/SpotCheckDialog.cpp" line="380" />
        <source>%n indicator(s) in use.</source>
        <translation>
            <numerusform>%n indicator in use.</numerusform>
            <numerusform>%n indicators in use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/spotcheck/SpotCheckDialog.cpp" line="540" />
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/spotcheck/SpotCheckDialog.cpp" line="547" />
        <source>%n checked</source>
        <translation>
            <numerusform>%n checked</numerusform>
            <numerusform>%n checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/spotcheck/SpotCheckDialog.cpp" line="548" />
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/spotcheck/SpotCheckDialog.cpp" line="551" />
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/spotcheck/SpotCheckDialog.cpp" line="554" />
        <source>%n never online</source>
        <translation>
            <numerusform>%n never online</numerusform>
            <numerusform>%n never online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/spotcheck/SpotCheckDialog.cpp" line="558" />
        <source>%n not checked (stopped)</source>
        <translation>
            <numerusform>%n not checked (stopped)</numerusform>
            <numerusform>%n not checked (stopped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/spotcheck/SpotCheckDialog.cpp" line="676" />
        <source>Wrote %n hit(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n hit to %1.</numerusform>
            <numerusform>Wrote %n hits to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::SpoutStream</name>
    <message numerus="yes">
        <location filename="../core/stream/SpoutStream.cpp" line="110" />
        <source>the stream host did not answer within %n s</source>
        <translation>
            <numerusform>the stream host did not answer within %n s</numerusform>
            <numerusform>the stream host did not answer within %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/stream/SpoutStream.cpp" line="116" />
        <source>no data for %n s (not even a keep-alive)</source>
        <translation>
            <numerusform>no data for %n s (not even a keep-alive)</numerusform>
            <numerusform>no data for %n s (not even a keep-alive)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/stream/SpoutStream.cpp" line="528" />
        <source>The stream ended inside a record; %n byte(s) of it were dropped.</source>
        <translation>
            <numerusform>The stream ended inside a record; %n byte of it were dropped.</numerusform>
            <numerusform>The stream ended inside a record; %n bytes of it were dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::SyncApplyDialog</name>
    <message numerus="yes">
        <location filename="../ui/sync/SyncApplyDialog.cpp" line="39" />
        <source>%n to add</source>
        <translation>
            <numerusform>%n to add</numerusform>
            <numerusform>%n to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncApplyDialog.cpp" line="41" />
        <source>%n to change</source>
        <translation>
            <numerusform>%n to change</numerusform>
            <numerusform>%n to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncApplyDialog.cpp" line="43" />
        <source>%n to move</source>
        <translation>
            <numerusform>%n to move</numerusform>
            <numerusform>%n to move</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncApplyDialog.cpp" line="45" />
        <source>%n to remove</source>
        <translation>
            <numerusform>%n to remove</numerusform>
            <numerusform>%n to remove</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncApplyDialog.cpp" line="54" />
        <source>&lt;p&gt;Blocked entries are left out (%n): the key may not make them.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Blocked entries are left out (%n): the key may not make them.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Blocked entries are left out (%n): the key may not make them.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::SyncPlanModel</name>
    <message numerus="yes">
        <location filename="../ui/sync/SyncPlanModel.cpp" line="370" />
        <source>%n to add</source>
        <translation>
            <numerusform>%n to add</numerusform>
            <numerusform>%n to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncPlanModel.cpp" line="372" />
        <source>%n to change</source>
        <translation>
            <numerusform>%n to change</numerusform>
            <numerusform>%n to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncPlanModel.cpp" line="374" />
        <source>%n to move</source>
        <translation>
            <numerusform>%n to move</numerusform>
            <numerusform>%n to move</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncPlanModel.cpp" line="376" />
        <source>%n to remove</source>
        <translation>
            <numerusform>%n to remove</numerusform>
            <numerusform>%n to remove</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncPlanModel.cpp" line="378" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncPlanModel.cpp" line="380" />
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncPlanModel.cpp" line="390" />
        <source>%n applied</source>
        <translation>
            <numerusform>%n applied</numerusform>
            <numerusform>%n applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncPlanModel.cpp" line="392" />
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncPlanModel.cpp" line="397" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncPlanModel.cpp" line="457" />
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::SyncView</name>
    <message numerus="yes">
        <location filename="../ui/sync/SyncView.cpp" line="651" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncView.cpp" line="652" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncView.cpp" line="659" />
        <source>The config has %n error(s); nothing was read from the organisation or sent to it. Fix them and run the dry run again (F5).</source>
        <translation>
            <numerusform>The config has %n error; nothing was read from the organisation or sent to it. Fix them and run the dry run again (F5).</numerusform>
            <numerusform>The config has %n errors; nothing was read from the organisation or sent to it. Fix them and run the dry run again (F5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncView.cpp" line="673" />
        <source>The config reads well (%n item(s)). Open an organisation (or the demo) to compare it with.</source>
        <translation>
            <numerusform>The config reads well (%n item). Open an organisation (or the demo) to compare it with.</numerusform>
            <numerusform>The config reads well (%n items). Open an organisation (or the demo) to compare it with.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncView.cpp" line="849" />
        <source>all %n change(s)</source>
        <translation>
            <numerusform>all %n change</numerusform>
            <numerusform>all %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncView.cpp" line="851" />
        <source>the %n checked change(s)</source>
        <translation>
            <numerusform>the %n checked change</numerusform>
            <numerusform>the %n checked changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncView.cpp" line="866" />
        <source>the %n selected change(s)</source>
        <translation>
            <numerusform>the %n selected change</numerusform>
            <numerusform>the %n selected changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncView.cpp" line="891" />
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>Applying %n change…</numerusform>
            <numerusform>Applying %n changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncView.cpp" line="936" />
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncView.cpp" line="937" />
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncView.cpp" line="938" />
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncView.cpp" line="939" />
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncView.cpp" line="949" />
        <source>%n failed: </source>
        <translation>
            <numerusform>%n failed: </numerusform>
            <numerusform>%n failed: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncView.cpp" line="952" />
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncView.cpp" line="956" />
        <source>%n not sent (cancelled).</source>
        <translation>
            <numerusform>%n not sent (cancelled).</numerusform>
            <numerusform>%n not sent (cancelled).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/SyncView.cpp" line="1083" />
        <source>%n file(s).</source>
        <translation>
            <numerusform>%n file.</numerusform>
            <numerusform>%n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::TagDialog</name>
    <message numerus="yes">
        <location filename="../ui/sensors/TagDialog.cpp" line="29" />
        <source>Add tags to %n sensor(s): %1</source>
        <translation>
            <numerusform>Add tags to %n sensor: %1</numerusform>
            <numerusform>Add tags to %n sensors: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::TaskDialog</name>
    <message numerus="yes">
        <location filename="../ui/sensors/TaskDialog.cpp" line="28" />
        <source>Send a command to %n sensor(s): %1</source>
        <translation>
            <numerusform>Send a command to %n sensor: %1</numerusform>
            <numerusform>Send a command to %n sensors: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::UntagDialog</name>
    <message numerus="yes">
        <location filename="../ui/sensors/UntagDialog.cpp" line="28" />
        <source>Remove tags from %n sensor(s): %1</source>
        <translation>
            <numerusform>Remove tags from %n sensor: %1</numerusform>
            <numerusform>Remove tags from %n sensors: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sensors/UntagDialog.cpp" line="35" />
        <source>%1 (%n sensor(s))</source>
        <translation>
            <numerusform>%1 (%n sensor)</numerusform>
            <numerusform>%1 (%n sensors)</numerusform>
        </translation>
    </message>
</context>
</TS>
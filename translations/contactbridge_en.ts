<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FailureModel</name>
    <message numerus="yes">
        <location filename="../src/gui/failuremodel.cpp" line="+159"/>
        <source>%1 (%n failure(s))</source>
        <translation>
            <numerusform>%1 (%n failure)</numerusform>
            <numerusform>%1 (%n failures)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailuresPage</name>
    <message numerus="yes">
        <location filename="../src/gui/failurespage.cpp" line="+165"/>
        <source>%n failure(s) listed</source>
        <translation>
            <numerusform>%n failure listed</numerusform>
            <numerusform>%n failures listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) with an open failure</source>
        <translation>
            <numerusform>%n contact with an open failure</numerusform>
            <numerusform>%n contacts with an open failure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>Retrying %n contact(s). The list updates when the run ends.</source>
        <translation>
            <numerusform>Retrying %n contact. The list updates when the run ends.</numerusform>
            <numerusform>Retrying %n contacts. The list updates when the run ends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Why should %n failure(s) be ignored? The reason is kept with them.</source>
        <translation>
            <numerusform>Why should %n failure be ignored? The reason is kept with it.</numerusform>
            <numerusform>Why should %n failures be ignored? The reason is kept with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n failure(s) ignored.</source>
        <translation>
            <numerusform>%n failure ignored.</numerusform>
            <numerusform>%n failures ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n failure(s) exported to %1.</source>
        <translation>
            <numerusform>%n failure exported to %1.</numerusform>
            <numerusform>%n failures exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupRulesModel</name>
    <message numerus="yes">
        <location filename="../src/gui/grouprulesmodel.cpp" line="+92"/>
        <source>Contacts tagged “%1” join “%2”: %n of the loaded contacts.</source>
        <translation>
            <numerusform>Contacts tagged “%1” join “%2”: %n of the loaded contacts.</numerusform>
            <numerusform>Contacts tagged “%1” join “%2”: %n of the loaded contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message numerus="yes">
        <location filename="../src/gui/historycharts.cpp" line="+236"/>
        <source>%n run(s), one bar each</source>
        <translation>
            <numerusform>%n run, one bar each</numerusform>
            <numerusform>%n runs, one bar each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), summed per hour</source>
        <translation>
            <numerusform>%n run, summed per hour</numerusform>
            <numerusform>%n runs, summed per hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), summed per day</source>
        <translation>
            <numerusform>%n run, summed per day</numerusform>
            <numerusform>%n runs, summed per day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), summed per week</source>
        <translation>
            <numerusform>%n run, summed per week</numerusform>
            <numerusform>%n runs, summed per week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s), summed per month</source>
        <translation>
            <numerusform>%n run, summed per month</numerusform>
            <numerusform>%n runs, summed per month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <location line="+3"/>
        <location line="+6"/>
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n run)</numerusform>
            <numerusform>%1 (%n runs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Week of %1 (%n run(s))</source>
        <translation>
            <numerusform>Week of %1 (%n run)</numerusform>
            <numerusform>Week of %1 (%n runs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/historychartsplots.cpp" line="+262"/>
        <source>%1, %2: %n request(s)</source>
        <translation>
            <numerusform>%1, %2: %n request</numerusform>
            <numerusform>%1, %2: %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <location filename="../src/gui/historypage.cpp" line="+244"/>
        <source>Run #%1, %2 (%3): %4. %n item(s) recorded.</source>
        <translation>
            <numerusform>Run #%1, %2 (%3): %4. %n item recorded.</numerusform>
            <numerusform>Run #%1, %2 (%3): %4. %n items recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>%n run(s) shown</source>
        <translation>
            <numerusform>%n run shown</numerusform>
            <numerusform>%n runs shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="+336"/>
        <source>GoHighLevel: %1 (%Ln contacts)</source>
        <translation>
            <numerusform>GoHighLevel: %1 (%Ln contact)</numerusform>
            <numerusform>GoHighLevel: %1 (%Ln contacts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message numerus="yes">
        <location filename="../src/gui/mappingeditorparts.cpp" line="+144"/>
        <source>Counted over %n loaded contact(s) in the synced set. “Would leave” counts contacts without the tag, removed from the group if they are members.</source>
        <translation>
            <numerusform>Counted over %n loaded contact in the synced set. “Would leave” counts contacts without the tag, removed from the group if they are members.</numerusform>
            <numerusform>Counted over %n loaded contacts in the synced set. “Would leave” counts contacts without the tag, removed from the group if they are members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n pair(s) proposed: check the ones to apply.</source>
        <translation>
            <numerusform>%n pair proposed: check the ones to apply.</numerusform>
            <numerusform>%n pairs proposed: check the ones to apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Apply %n auto-map proposal(s)</source>
        <translation>
            <numerusform>Apply %n auto-map proposal</numerusform>
            <numerusform>Apply %n auto-map proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n proposal(s) applied.</source>
        <translation>
            <numerusform>%n proposal applied.</numerusform>
            <numerusform>%n proposals applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <location filename="../src/gui/mappingpage.cpp" line="+86"/>
        <source>%n field rule(s), %1 notes and tasks digest(s), %2 tag to group rule(s).</source>
        <translation>
            <numerusform>%n field rule, %1 notes and tasks digest(s), %2 tag to group rule(s).</numerusform>
            <numerusform>%n field rules, %1 notes and tasks digest(s), %2 tag to group rule(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingTableModel</name>
    <message numerus="yes">
        <location filename="../src/gui/mappingtablemodel.cpp" line="+116"/>
        <source>latest %n note(s), at most %1 characters</source>
        <translation>
            <numerusform>latest %n note, at most %1 characters</numerusform>
            <numerusform>latest %n notes, at most %1 characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message numerus="yes">
        <location filename="../src/gui/profileeditor.cpp" line="+227"/>
        <source>%1 %2 It is older than %n day(s): rotate it.</source>
        <translation>
            <numerusform>%1 %2 It is older than %n day: rotate it.</numerusform>
            <numerusform>%1 %2 It is older than %n days: rotate it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
        <source>Connected to location &quot;%1&quot;: %n contact(s); contacts can be changed.</source>
        <translation>
            <numerusform>Connected to location &quot;%1&quot;: %n contact; contacts can be changed.</numerusform>
            <numerusform>Connected to location &quot;%1&quot;: %n contacts; contacts can be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Connected to location &quot;%1&quot;: %n contact(s); read only. %2</source>
        <translation>
            <numerusform>Connected to location &quot;%1&quot;: %n contact; read only. %2</numerusform>
            <numerusform>Connected to location &quot;%1&quot;: %n contacts; read only. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/profileeditorrealtime.cpp" line="+18"/>
        <source>While ContactBridge runs, it then checks GoHighLevel every minute instead of following the schedule. A check that finds no changed contact costs %n GoHighLevel request(s) and nothing in MailerLite: about %1 requests an hour.</source>
        <translation>
            <numerusform>While ContactBridge runs, it then checks GoHighLevel every minute instead of following the schedule. A check that finds no changed contact costs %n GoHighLevel request and nothing in MailerLite: about %1 requests an hour.</numerusform>
            <numerusform>While ContactBridge runs, it then checks GoHighLevel every minute instead of following the schedule. A check that finds no changed contact costs %n GoHighLevel requests and nothing in MailerLite: about %1 requests an hour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RealtimeService</name>
    <message numerus="yes">
        <location filename="../src/gui/realtimeservice.cpp" line="+165"/>
        <source>Webhooks: %n received</source>
        <translation>
            <numerusform>Webhooks: %n received</numerusform>
            <numerusform>Webhooks: %n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n refused</source>
        <translation>
            <numerusform>, %n refused</numerusform>
            <numerusform>, %n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n delivery(ies) accepted</source>
        <translation>
            <numerusform>%n delivery accepted</numerusform>
            <numerusform>%n deliveries accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) applied</source>
        <translation>
            <numerusform>%n event applied</numerusform>
            <numerusform>%n events applied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/rotatekeydialog.cpp" line="+94"/>
        <source>The new token works (location %1, %n contact(s)).</source>
        <translation>
            <numerusform>The new token works (location %1, %n contact).</numerusform>
            <numerusform>The new token works (location %1, %n contacts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session::LinkIndex</name>
    <message numerus="yes">
        <location filename="../src/core/session/linkindexreasons.cpp" line="+26"/>
        <source>%n contact(s) are linked to the same MailerLite subscriber %1.</source>
        <translation>
            <numerusform>%n contact is linked to MailerLite subscriber %1.</numerusform>
            <numerusform>%n contacts are linked to the same MailerLite subscriber %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n contact(s) share the email &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n contact has the email &quot;%1&quot;.</numerusform>
            <numerusform>%n contacts share the email &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync::ExecutorBreaker</name>
    <message numerus="yes">
        <location filename="../src/core/sync/executorbreaker.cpp" line="+28"/>
        <source>MailerLite unavailable: %1 consecutive requests failed with server errors or connection failures; stopped writing, %n item(s) left for the next run.</source>
        <translation>
            <numerusform>MailerLite unavailable: %1 consecutive requests failed with server errors or connection failures; stopped writing, %n item left for the next run.</numerusform>
            <numerusform>MailerLite unavailable: %1 consecutive requests failed with server errors or connection failures; stopped writing, %n items left for the next run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync::SyncEngine</name>
    <message numerus="yes">
        <location filename="../src/core/sync/syncengineretry.cpp" line="+33"/>
        <source>Looking up %n retried contact(s) in MailerLite.</source>
        <translation>
            <numerusform>Looking up %n retried contact in MailerLite.</numerusform>
            <numerusform>Looking up %n retried contacts in MailerLite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransformChainEditor</name>
    <message numerus="yes">
        <location filename="../src/gui/transformchaineditor.cpp" line="+322"/>
        <source>%n of %1 sample contact(s) would be rejected by MailerLite for %2:</source>
        <translation>
            <numerusform>%n of %1 sample contacts would be rejected by MailerLite for %2:</numerusform>
            <numerusform>%n of %1 sample contacts would be rejected by MailerLite for %2:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <location filename="../src/gui/trayicon.cpp" line="+78"/>
        <source>ContactBridge: the last sync of %1 finished; %n item(s) failed</source>
        <translation>
            <numerusform>ContactBridge: the last sync of %1 finished; %n item failed</numerusform>
            <numerusform>ContactBridge: the last sync of %1 finished; %n items failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s) of %1 failed. Open &quot;Failed items&quot; to see why and retry.</source>
        <translation>
            <numerusform>%n item of %1 failed. Open &quot;Failed items&quot; to see why and retry.</numerusform>
            <numerusform>%n items of %1 failed. Open &quot;Failed items&quot; to see why and retry.</numerusform>
        </translation>
    </message>
</context>
</TS>

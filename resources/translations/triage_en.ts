<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../ui/widgets/conversation_view.py" line="108" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/conversation_view.py" line="108" />
        <source>Escalated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="23" />
        <source>Conversations on every channel, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="29" />
        <source>Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="29" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="29" />
        <source>Last activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="29" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="30" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="40" />
        <source>Unknown customer</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/customer_panel.py" line="52" />
        <source>%n other conversation(s)</source>
        <translation><numerusform>%n other conversation</numerusform><numerusform>%n other conversations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/customer_panel.py" line="53" />
        <source>%n still open</source>
        <translation><numerusform>%n still open</numerusform><numerusform>%n still open</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="54" />
        <source>channels: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="57" />
        <source>last outcome: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="56" />
        <source>Escalate ticket #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="59" />
        <source>Needs a team lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="59" />
        <source>Legal or regulator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="60" />
        <source>Press or public exposure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="60" />
        <source>Safety</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="61" />
        <source>Compensation above my limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="61" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="64" />
        <source>Why, in a sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="65" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="66" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="67" />
        <source>Escalate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="20" />
        <source>Needs action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="21" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="22" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="23" />
        <source>Waiting on customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="24" />
        <source>Escalated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="25" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="26" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="30" />
        <source>All channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="32" />
        <source>All languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="33" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="34" />
        <source>Dutch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="35" />
        <source>Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="37" />
        <source>Search messages and authors  ( / )</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="41" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="41" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="42" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/filter_bar.py" line="75" />
        <source>%n ticket(s)</source>
        <translation><numerusform>%n ticket</numerusform><numerusform>%n tickets</numerusform></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Waiting on customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>Solved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Workaround</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>Escalated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>No action needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Spam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>Delivery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>Technician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>Product defect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>Outage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Praise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>safety risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>legal threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>media threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65" />
        <source>churn threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66" />
        <source>accusation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67" />
        <source>anger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68" />
        <location filename="../../ui/labels.py" line="156" />
        <source>repeat contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73" />
        <source>Dutch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78" />
        <source>negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80" />
        <source>positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81" />
        <source>neutral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87" />
        <source>%n min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89" />
        <source>%h h %m min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90" />
        <source>%n days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104" />
        <source>overdue %d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121" />
        <source>safety issue: at least 90</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122" />
        <source>reply time exceeded: at least 60</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123" />
        <source>public threat by a high-reach author: at least 75</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129" />
        <source>escalation cue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133" />
        <source>waiting %1/%2 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136" />
        <source>waiting %1/%2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138" />
        <source>negative tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138" />
        <source>no positive tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140" />
        <source>, worsening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142" />
        <source>%1 followers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144" />
        <source>, %1 interactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146" />
        <source>customer value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146" />
        <source>unknown customer value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="151" />
        <source>contact %1 this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153" />
        <source>switched channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155" />
        <source>reopened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="172" />
        <source>Ticket %1 is claimed by %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175" />
        <source>Ticket %1 changed since you opened it. The fresh state is shown; please check it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178" />
        <source>Not found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180" />
        <source>This file's format is not recognised: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="182" />
        <source>Not possible: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186" />
        <source>Could not read or write a file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187" />
        <source>Unexpected error: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/windows/main_window.py" line="53" />
        <source>Webcare Triage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="127" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="128" />
        <source>&amp;Import messages…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="129" />
        <source>&amp;Quarantined rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="131" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="133" />
        <source>&amp;Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="134" />
        <source>&amp;Claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="135" />
        <source>Re&amp;lease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="136" />
        <source>Add &amp;note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="137" />
        <source>&amp;Escalate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="138" />
        <source>&amp;Resolve…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="140" />
        <source>Correct &amp;sentiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="141" />
        <source>Negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="142" />
        <source>Neutral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="143" />
        <source>Positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="146" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="147" />
        <source>Next ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="148" />
        <source>Previous ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="149" />
        <source>Open conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="150" />
        <source>Only &amp;mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="151" />
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="152" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="154" />
        <source>Interface &amp;language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="158" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="159" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="195" />
        <source>Signed in as %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/main_window.py" line="212" />
        <source>%n row(s) quarantined</source>
        <translation><numerusform>%n row quarantined</numerusform><numerusform>%n rows quarantined</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="263" />
        <source>Done: %1 on #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="336" />
        <source>Import messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="337" />
        <source>Messages (*.jsonl *.ndjson *.json *.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="342" />
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="346" />
        <source>%1: %2 added, %3 already known, %4 quarantined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="367" />
        <source>The interface language changes the next time the app starts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../../ui/widgets/conversation_view.py" line="48" />
        <source>us</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="40" />
        <source>Note on ticket #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="43" />
        <source>What happened, what you promised, what comes next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="45" />
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="23" />
        <source>Quarantined rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="25" />
        <source>These rows could not be imported. Everything else in their files was imported. Fix the file and import it again: rows already imported are skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="33" />
        <source>File or source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="33" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="33" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="33" />
        <source>Content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="34" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="41" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="74" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="74" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="74" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="74" />
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="75" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="75" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="75" />
        <source>Sentiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="75" />
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="76" />
        <source>Reply due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="76" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="76" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="81" />
        <source>Resolve ticket #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="86" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="96" />
        <source>Reason codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="99" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="100" />
        <source>Voucher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="101" />
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="102" />
        <source>Credit on invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="111" />
        <source>Compensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="112" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="115" />
        <source>What was done (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="117" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="121" />
        <source>Messages in this conversation: %1 · waiting since: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="126" />
        <source>Resolve</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="11" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="13" />
        <source>Next / previous ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="14" />
        <source>Read the conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="15" />
        <source>Claim the ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="16" />
        <source>Release your claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="17" />
        <source>Add a note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="18" />
        <source>Escalate with a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="19" />
        <source>Resolve with an outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="20" />
        <source>Correct sentiment: negative / neutral / positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="21" />
        <source>Only my tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="22" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="23" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="24" />
        <source>Import messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="28" />
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="28" />
        <source>Does</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="48" />
        <source>Claim (C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="49" />
        <source>Release (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="50" />
        <source>Note (N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="51" />
        <source>Escalate (E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="52" />
        <source>Resolve (R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="90" />
        <source>Select a ticket in the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="106" />
        <source>claimed by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="108" />
        <source>waiting %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="110" />
        <source>reply due: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="113" />
        <source>escalated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="31" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
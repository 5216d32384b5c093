<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDialogs</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="31" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AmbassadorsDialog</name>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="178" />
        <source>Ambassadors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="184" />
        <source>Customers with the highest referral value and enthusiasm. Detractors, anti-promoters and leavers are left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="192" />
        <source>Show the top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="203" />
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="204" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="205" />
        <source>CRM id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="206" />
        <source>Referral value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="207" />
        <source>Loyalty score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="208" />
        <source>NPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="209" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="210" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="221" />
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/crm_dialogs.py" line="245" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="255" />
        <source>Export ambassadors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="257" />
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../ui/widgets/conversation_view.py" line="109" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/conversation_view.py" line="109" />
        <source>Escalated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CrmImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="59" />
        <source>Import CRM data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="64" />
        <source>Customers first: orders, surveys and referrals refer to their customer_id. Rows that cannot be used are quarantined with the reason; the rest is imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="74" />
        <source>Customers (customers.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="75" />
        <source>Orders (orders.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="76" />
        <source>Surveys (surveys.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="77" />
        <source>Referrals (referrals.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="82" />
        <source>not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="83" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="91" />
        <source>Column names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="97" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="97" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="97" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="102" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="111" />
        <source>Choose a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="111" />
        <source>CSV (*.csv *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="131" />
        <source>Choose at least one file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="134" />
        <source>No such file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="137" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="144" />
        <source>Customers: %1 new, %2 updated, %3 linked by e-mail or handle. Orders: %4. Surveys: %5. Referrals: %6. Quarantined: %7.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerCharts</name>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="181" />
        <source>No sentiment to show: this customer has no inbound messages with a measured tone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="187" />
        <source>No effort to show: no resolved tickets behind an effort estimate and no CES answers yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="208" />
        <source>Sentiment of each message (0 negative – 100 positive)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="216" />
        <source>Mean of the last %1 messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="222" />
        <source>Tone of inbound messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="231" />
        <source>Estimated per ticket: CES = 7 − 6·OEI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="238" />
        <source>CES survey answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="245" />
        <source>CES (7 = easy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="246" />
        <source>Effort per resolution</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="30" />
        <source>Customer view (U)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="38" />
        <source>Conversations on every channel, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="45" />
        <source>Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="46" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="47" />
        <source>Last activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="48" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="49" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="62" />
        <source>Unknown customer</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/customer_panel.py" line="74" />
        <source>%n other conversation(s)</source>
        <translation><numerusform>%n other conversation</numerusform><numerusform>%n other conversations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/customer_panel.py" line="75" />
        <source>%n still open</source>
        <translation><numerusform>%n still open</numerusform><numerusform>%n still open</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="76" />
        <source>channels: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="79" />
        <source>last outcome: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="359" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="403" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="412" />
        <source>Record NPS/CES…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="414" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="435" />
        <location filename="../../ui/windows/customer_window.py" line="527" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="436" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="437" />
        <location filename="../../ui/windows/customer_window.py" line="484" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="438" />
        <location filename="../../ui/windows/customer_window.py" line="470" />
        <location filename="../../ui/windows/customer_window.py" line="483" />
        <source>Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="439" />
        <source>Tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="440" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="451" />
        <location filename="../../ui/windows/customer_window.py" line="467" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="451" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="451" />
        <source>Margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="451" />
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="468" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="469" />
        <location filename="../../ui/windows/customer_window.py" line="561" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="471" />
        <source>Recorded by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="482" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="485" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="486" />
        <source>Reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="487" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="488" />
        <source>Switches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="489" />
        <source>Hand-offs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="490" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="501" />
        <source>Messages from the customer before it was resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="502" />
        <source>Times the customer had to switch channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="503" />
        <source>Times the ticket was handed to someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="516" />
        <source>Every merge of this customer with another, and what it moved. Undoing a merge puts back exactly what it moved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="528" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="529" />
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="530" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="531" />
        <source>Moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="532" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="548" />
        <source>Identities that may belong to the same person. Confirming merges the two customers (it can be undone on the Merges tab).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="559" />
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="560" />
        <source>Suggested customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="562" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="563" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="607" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="608" />
        <source>Orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="609" />
        <source>Surveys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="610" />
        <source>Resolutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="611" />
        <source>Merges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="612" />
        <source>Suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="613" />
        <source>Charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="645" />
        <source>Customer not shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="683" />
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="685" />
        <source>Customer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="689" />
        <source>Loyalty group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="709" />
        <source>CRM id: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="710" />
        <source>our id: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="714" />
        <source>%1 tickets, %2 open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="720" />
        <source>%1 referrals, %2 converted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="727" />
        <source>Identities: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="729" />
        <source>No identities on any channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="761" />
        <source>%1 orders · amount %2 · margin %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="766" />
        <source>No orders from the CRM.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="811" />
        <source>an agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="811" />
        <source>the CRM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="853" />
        <source>customer %1 merged into this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="855" />
        <source>this customer merged into %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="861" />
        <source>undone %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="865" />
        <source>Undo merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="883" />
        <source>Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="883" />
        <source>Reject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="939" />
        <source>Merge %1 undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="946" />
        <source>Suggestion confirmed: the customers are merged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="951" />
        <source>Suggestion rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="972" />
        <source>%1 %2 recorded for ticket #%3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomersController</name>
    <message>
        <location filename="../../ui/windows/customers_controller.py" line="60" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="57" />
        <source>Escalate ticket #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="61" />
        <source>Needs a team lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="62" />
        <source>Legal or regulator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="63" />
        <source>Press or public exposure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="64" />
        <source>Safety</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="65" />
        <source>Compensation above my limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="66" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="70" />
        <source>Why, in a sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="71" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="72" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="73" />
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
        <location filename="../../ui/widgets/filter_bar.py" line="43" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="44" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="45" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/filter_bar.py" line="79" />
        <source>%n ticket(s)</source>
        <translation><numerusform>%n ticket</numerusform><numerusform>%n tickets</numerusform></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <location filename="../../ui/labels.py" line="349" />
        <location filename="../../ui/widgets/loyalty_view.py" line="154" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>Waiting on customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Solved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Workaround</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>Escalated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>No action needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>Spam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Delivery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Technician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Product defect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>Outage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <source>Information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Praise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>safety risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>legal threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71" />
        <source>media threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72" />
        <source>churn threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73" />
        <source>accusation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74" />
        <source>anger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75" />
        <location filename="../../ui/labels.py" line="207" />
        <source>repeat contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <source>complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82" />
        <source>angrier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83" />
        <source>faster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>longer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85" />
        <source>more people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90" />
        <source>Dutch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97" />
        <source>negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99" />
        <source>positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100" />
        <source>neutral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106" />
        <source>%n min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109" />
        <source>%h h %m min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113" />
        <source>%n days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127" />
        <source>overdue %d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144" />
        <source>safety issue: at least 90</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145" />
        <source>reply time exceeded: at least 60</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146" />
        <source>public threat by a high-reach author: at least 75</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160" />
        <source>heating thread (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="161" />
        <source>escalation cue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166" />
        <source>waiting %1/%2 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="172" />
        <source>waiting %1/%2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178" />
        <source>negative tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180" />
        <source>no positive tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183" />
        <source>, worsening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="185" />
        <source>%1 followers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189" />
        <source>, %1 interactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="194" />
        <source>customer value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="196" />
        <source>unknown customer value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202" />
        <source>contact %1 this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204" />
        <source>switched channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="206" />
        <source>reopened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="225" />
        <source>Ticket %1 is claimed by %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="230" />
        <source>Ticket %1 changed since you opened it. The fresh state is shown; please check it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="236" />
        <source>Not found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="238" />
        <source>This file's format is not recognised: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="242" />
        <source>Not possible: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="246" />
        <source>Could not read or write a file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="247" />
        <source>Unexpected error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="256" />
        <source>Ambassador</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="257" />
        <source>Passive loyal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="258" />
        <source>Shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="259" />
        <source>Leaver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="265" />
        <source>superpromoter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="266" />
        <source>anti-promoter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267" />
        <source>hostage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="268" />
        <source>warns others publicly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="269" />
        <source>recovered complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="270" />
        <source>easy to help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="271" />
        <source>high effort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="285" />
        <source>1 earlier contact since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="288" />
        <source>%1 earlier contacts since %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="399" />
        <source>Failed once: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="402" />
        <source>Failing, %1 times in a row: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="293" />
        <source>first contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="296" />
        <source>also open: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="305" />
        <source>last outcome: %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="308" />
        <source>NPS %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="310" />
        <source>effort %1/7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="314" />
        <source>Story so far: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="316" />
        <source>Last note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="327" />
        <source>RSS/Atom feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="328" />
        <source>Mastodon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="329" />
        <source>Bluesky</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="330" />
        <source>E-mail (IMAP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="331" />
        <source>Drop folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="337" />
        <source>Mentions of our account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="338" />
        <source>A hashtag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="339" />
        <source>Search for the brand keywords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="340" />
        <source>Replies to an account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="346" />
        <source>Healthy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="347" />
        <source>Attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="348" />
        <source>Broken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="350" />
        <source>Off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="356" />
        <source>the server refused the credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="357" />
        <source>the server asked us to slow down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="358" />
        <source>the server did not answer in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="359" />
        <source>the server could not be reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="360" />
        <source>the server answered with an error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="361" />
        <source>the answer could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="362" />
        <source>the answer was too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="363" />
        <source>the server sent us to another site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="364" />
        <source>the source's settings are incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="373" />
        <source>Working; %1 new in the last poll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="377" />
        <source>Waiting for its first poll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="379" />
        <source>Switched off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="381" />
        <source>Needs a token or password before it can poll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="384" />
        <source>Silent for %1; usually about %2 an hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="389" />
        <source>Rate limited by the server; paused until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="395" />
        <source>Refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="104" />
        <source>Enthusiastic, shares and influences: a promoter others listen to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="107" />
        <source>Unhappy in public, and people react to what they post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="110" />
        <source>Stays (passive loyal) while dissatisfied or a detractor: may leave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="113" />
        <source>A leaver who speaks out: anti-promoter or an escalation in 90 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="116" />
        <source>A complaint was solved in the last 12 months (no loyalty bonus).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="119" />
        <source>Dealing with us is easy for this customer (CES 5 or more).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="120" />
        <source>Dealing with us is hard for this customer (CES 3 or less).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="128" />
        <source>Promoter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="129" />
        <source>Passive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="130" />
        <source>Detractor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="137" />
        <source>from a survey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="138" />
        <source>estimated from tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="145" />
        <location filename="../../ui/windows/customer_window.py" line="102" />
        <source>orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="146" />
        <source>contacts (no orders)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="147" />
        <source>no behaviour yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="153" />
        <source>Champions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="155" />
        <source>Potential loyalist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="156" />
        <source>Loyal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="157" />
        <source>Needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="158" />
        <source>At risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="159" />
        <source>Hibernating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="160" />
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="161" />
        <source>no orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="167" />
        <source>Champion (high CLV, high referral value)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="168" />
        <source>Affluent (high CLV, low referral value)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="169" />
        <source>Advocate (low CLV, high referral value)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="170" />
        <source>Miser (low CLV, low referral value)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="178" />
        <source>Leaver because the RFM segment is %5 (lost or hibernating).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="181" />
        <source>Leaver because Loy %1 &lt; %3 and Sat %2 &lt; %4: neither loyal nor satisfied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="184" />
        <source>Ambassador because Loy %1 ≥ %3, Sat %2 ≥ %6 and not a detractor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="187" />
        <source>Passive loyal because Loy %1 ≥ %3 but Sat %2 &lt; %6 or a detractor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="190" />
        <source>Passive loyal because Loy %1 ≥ %3; satisfaction is unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="193" />
        <source>Shopper because Loy %1 &lt; %3 while Sat %2 ≥ %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="196" />
        <source>Shopper because Loy %1 &lt; %3; satisfaction is unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="88" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="89" />
        <source>Our reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="90" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="91" />
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="92" />
        <source>Survey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="93" />
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="94" />
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="100" />
        <source>identities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="101" />
        <source>tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="103" />
        <source>surveys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="104" />
        <source>referrals made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="105" />
        <source>referrals received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="106" />
        <source>link suggestions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoyaltyView</name>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="232" />
        <source>Loyalty, and what it is made of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="236" />
        <source>Show the inputs of every figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="243" />
        <location filename="../../ui/widgets/loyalty_view.py" line="338" />
        <source>Recovered complaints are recorded but earn no loyalty bonus.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="256" />
        <source>Loyalty group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="257" />
        <source>Loyalty score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="258" />
        <source>NPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="259" />
        <source>Effort (CES 1–7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="260" />
        <source>RFM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="261" />
        <source>Lifetime value (CLV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="262" />
        <source>Referral value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="263" />
        <source>Value quadrant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="264" />
        <source>Satisfaction (Sat)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="265" />
        <source>Loyalty axis (Loy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="266" />
        <source>Influence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="267" />
        <source>Advocacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="321" />
        <source>No loyalty figures yet: they are computed within a minute of a change, and every night.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="328" />
        <source>Computed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="341" />
        <source>(%1 recovered in the last 12 months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="360" />
        <source>100 × (%1·Loy %2 + %3·Sat %4 + %5·advocacy %6 + %7·(1 − effort %8)), over the terms that are known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="375" />
        <source>%1 of 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="380" />
        <source>No NPS answer yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="383" />
        <source>Latest answer %1 of 10 on %2; its age weight is %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="398" />
        <source>Survey: CES %1 from %2 answer(s) in 12 months, the latest on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="407" />
        <source>Estimate: CES %1, the age-weighted 7 − 6·OEI of the last %2 ticket(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="413" />
        <source>Per resolved ticket, CES = 7 − 6·OEI (not used: a survey counts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="418" />
        <source>  %1: OEI %2 → CES %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="425" />
        <source>  and %1 more on the Charts tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="428" />
        <source>age weight %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="430" />
        <source>No CES answer and no resolved ticket to estimate from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="446" />
        <source>%1 orders in 24 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="448" />
        <source>%1 contacts in 24 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="451" />
        <source>recency %1 days (last %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="455" />
        <source>margin %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="456" />
        <source>quintiles 1–5 (5 best), basis: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="465" />
        <location filename="../../ui/widgets/loyalty_view.py" line="493" />
        <source>%1 · percentile %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="472" />
        <source>m %1 margin a year · r %2 retention · i %3 discount · %4 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="480" />
        <source>r from the RFM segment: %1 of %2 customers retained (default %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="486" />
        <source>active %1 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="500" />
        <source>%1 converted of %2 referral(s) in 24 months · acquisition cost %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="505" />
        <source>converted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="505" />
        <source>not converted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="509" />
        <source>  %1: customer %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="514" />
        <source>value %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="522" />
        <source>value percentile %1 = the higher of CLV percentile %2 and referral percentile %3; medians: CLV %4, referral value %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="548" />
        <source>weighted mean of NPS/10 %1 (weight %2), (CES − 1)/6 %3 (weight %4) and sentiment/100 over 90 days %5 (weight %6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="560" />
        <source>no term known: satisfaction unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="561" />
        <location filename="../../ui/widgets/loyalty_view.py" line="581" />
        <source>%1 of 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="570" />
        <source>from R %1, F %2, M %3 (quintiles) and tenure %4 years; share of wallet %5; basis: %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="586" />
        <source>%1 followers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="589" />
        <source>interaction rate %1 % (median %2 %) · %3 posts and %4 interactions in 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="604" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="604" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="608" />
        <source>enthusiastic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="609" />
        <source>shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="610" />
        <source>influences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="614" />
        <source>none of enthusiastic, shares, influences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="617" />
        <source>enthusiastic %1 · shares %2 · influences %3 · %4 positive public mention(s) in 12 months · escalation in 90 days %5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/windows/main_window.py" line="63" />
        <source>Webcare Triage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="170" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="171" />
        <source>&amp;Import messages…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="172" />
        <source>Import &amp;CRM data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="173" />
        <source>&amp;Quarantined rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="175" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="177" />
        <source>&amp;Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="178" />
        <source>&amp;Claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="179" />
        <source>Re&amp;lease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="180" />
        <source>Add &amp;note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="181" />
        <source>&amp;Escalate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="182" />
        <source>&amp;Resolve…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="183" />
        <source>Open c&amp;ustomer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="185" />
        <source>Correct &amp;sentiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="187" />
        <source>Negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="188" />
        <source>Neutral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="189" />
        <source>Positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="194" />
        <source>Is a complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="195" />
        <source>Not a complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="199" />
        <source>Priority too low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="200" />
        <source>Priority too high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="204" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="205" />
        <source>Next ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="206" />
        <source>Previous ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="207" />
        <source>Open conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="208" />
        <source>Only &amp;mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="209" />
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="210" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="212" />
        <source>Interface &amp;language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="216" />
        <source>T&amp;ools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="217" />
        <source>&amp;Sources…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="218" />
        <source>&amp;Ambassadors…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="219" />
        <source>Link s&amp;uggestions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="220" />
        <source>&amp;Learned model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="222" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="223" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="261" />
        <source>Signed in as %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="288" />
        <source>%1: %2 new at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="302" />
        <source>Re-scored %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="305" />
        <source>Re-scoring failed at %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/main_window.py" line="309" />
        <source>%n source(s) need attention</source>
        <translation><numerusform>%n source needs attention</numerusform><numerusform>%n sources need attention</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/main_window.py" line="317" />
        <source>%n row(s) quarantined</source>
        <translation><numerusform>%n row quarantined</numerusform><numerusform>%n rows quarantined</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="376" />
        <source>Claimed #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="377" />
        <source>Released #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="378" />
        <source>Note added to #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="379" />
        <source>Escalated #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="380" />
        <source>Resolved #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="381" />
        <source>Sentiment of #%1 corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="382" />
        <source>Noted whether #%1 is a complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="383" />
        <source>Priority feedback on #%1 noted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="486" />
        <source>Import messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="488" />
        <source>Messages (*.jsonl *.ndjson *.json *.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="494" />
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="498" />
        <source>%1: %2 added, %3 already known, %4 quarantined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="530" />
        <source>Training on the team's labels…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="534" />
        <source>Trained and compared with the shipped model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="541" />
        <source>Rolled back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="558" />
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
    <name>ModelDialog</name>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="44" />
        <source>Learned model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="53" />
        <source>Trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="54" />
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="55" />
        <source>Negative F1 (learned / shipped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="56" />
        <source>Complaint F1 (learned / shipped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="57" />
        <source>Used for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="58" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="59" />
        <source>Rolled back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="67" />
        <source>Train now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="68" />
        <source>Roll back to the previous model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="88" />
        <source>In use: the shipped model. %1 labelled messages so far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="91" />
        <source>In use: the team's model from %2 where it measured better (%3), the shipped model elsewhere. %1 labelled messages so far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="107" />
        <source>nothing (not better)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="108" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="121" />
        <source>tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="121" />
        <source>complaints</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="41" />
        <source>Note on ticket #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="44" />
        <source>What happened, what you promised, what comes next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="46" />
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="24" />
        <source>Quarantined rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="28" />
        <source>These rows could not be imported. Everything else in their files was imported. Fix the file and import it again: rows already imported are skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="40" />
        <source>File or source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="41" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="42" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="43" />
        <source>Content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="44" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="53" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="88" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="89" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="90" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="91" />
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="92" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="93" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="94" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="95" />
        <source>Sentiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="96" />
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="97" />
        <source>Reply due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="98" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="99" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="87" />
        <source>Resolve ticket #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="92" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="102" />
        <source>Reason codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="105" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="106" />
        <source>Voucher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="107" />
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="108" />
        <source>Credit on invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="117" />
        <source>Compensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="118" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="121" />
        <source>What was done (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="123" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="128" />
        <source>Messages in this conversation: %1 · waiting since: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="137" />
        <source>Resolve</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="18" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="20" />
        <source>Next / previous ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="21" />
        <source>Read the conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="22" />
        <source>Claim the ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="23" />
        <source>Release your claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="24" />
        <source>Add a note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="25" />
        <source>Escalate with a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="26" />
        <source>Resolve with an outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="27" />
        <source>Open the customer: every channel, loyalty, history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="28" />
        <source>Correct sentiment: negative / neutral / positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="29" />
        <source>Is / is not a complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="30" />
        <source>Priority too low / too high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="31" />
        <source>Only my tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="32" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="33" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="34" />
        <source>Import messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35" />
        <source>Sources and their health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="39" />
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="39" />
        <source>Does</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="53" />
        <source>Edit source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="53" />
        <source>Add source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="70" />
        <source>e.g. acme, @acme_nl, #acmestoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="73" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="80" />
        <source>Poll on schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="86" />
        <source>Kept in the system keyring, never in the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="90" />
        <source>No system keyring is available, so a secret cannot be saved. Install and unlock one (GNOME Keyring or KWallet), or set the environment variable %1 before starting the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="98" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="99" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="103" />
        <source>What to follow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="104" />
        <source>Hashtag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="105" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="106" />
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="107" />
        <source>Mail folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="108" />
        <source>Channel name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="112" />
        <source>Brand keywords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="113" />
        <source>Every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="114" />
        <source>Items per poll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="115" />
        <source>Token or password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="155" />
        <source>(kept; type to replace)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="175" />
        <source>Feed address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="176" />
        <source>Instance address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="177" />
        <source>Service address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="178" />
        <source>Mail server (host:port)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="179" />
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="194" />
        <source>A source needs a name and a target.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourcesController</name>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="106" />
        <source>Saved %1. It is polled on its schedule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="118" />
        <source>Testing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="123" />
        <source>Test of %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="161" />
        <source>Remove source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="163" />
        <source>Remove %1? Messages it brought in stay in the queue; its secret is deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="54" />
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="61" />
        <source>Feeds, accounts, mailboxes and folders the queue is filled from. A source that fails, is refused or goes quiet turns amber or red.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="72" />
        <source>Health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="73" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="74" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="75" />
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="76" />
        <source>Last success</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="77" />
        <source>New (24 h)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="78" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="112" />
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="113" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="114" />
        <source>&amp;Test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="115" />
        <source>Fetch a few items and show them without importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="116" />
        <source>&amp;Poll now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="117" />
        <location filename="../../ui/dialogs/sources_dialog.py" line="232" />
        <source>&amp;Disable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="118" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="161" />
        <source>Polling…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/sources_dialog.py" line="181" />
        <source>%n source(s) need attention.</source>
        <translation><numerusform>%n source needs attention.</numerusform><numerusform>%n sources need attention.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="190" />
        <source>%1 answered, with nothing new to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="194" />
        <source>Would be quarantined: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="198" />
        <source>Test of %1: nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="210" />
        <source>Last poll: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="211" />
        <source>every %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="214" />
        <source>keywords: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="216" />
        <source>next try: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="232" />
        <source>&amp;Enable</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="275" />
        <source>Link suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="281" />
        <source>These accounts may belong to a known customer. Nothing is linked until you confirm; a confirmed link is a merge that can be undone in the customer window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="290" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="290" />
        <source>Could be</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="290" />
        <source>Likeness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="290" />
        <source>Because</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="300" />
        <source>Same person: link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="303" />
        <source>Not the same</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/crm_dialogs.py" line="333" />
        <source>%n suggestion(s) to decide</source>
        <translation><numerusform>%n suggestion to decide</numerusform><numerusform>%n suggestions to decide</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="335" />
        <source>Nothing to decide.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="262" />
        <source>Record NPS or CES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="266" />
        <source>Record the score the customer gave you for a resolved ticket. NPS: how likely they are to recommend us, 0–10. CES: how easy it was, 1–7.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="286" />
        <source>NPS (0–10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="287" />
        <source>CES (1–7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="290" />
        <source>Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="291" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="292" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="305" />
        <source>This customer has no resolved ticket yet: ask for a score after solving one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="50" />
        <source>Claim (C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="51" />
        <source>Release (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="52" />
        <source>Note (N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="53" />
        <source>Escalate (E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="54" />
        <source>Resolve (R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="102" />
        <source>Select a ticket in the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="120" />
        <source>claimed by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="123" />
        <source>waiting %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="126" />
        <source>reply due: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="129" />
        <source>escalated</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
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
        <location filename="../../ui/dialogs/crm_dialogs.py" line="156" />
        <source>Ambassadors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="162" />
        <source>Customers with the highest referral value and enthusiasm. Detractors, anti-promoters and leavers are left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="170" />
        <source>Show the top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="181" />
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="182" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="183" />
        <source>CRM id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="184" />
        <source>Referral value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="185" />
        <source>Loyalty score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="186" />
        <source>NPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="187" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="188" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="199" />
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/crm_dialogs.py" line="223" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="233" />
        <source>Export ambassadors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="235" />
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
        <location filename="../../ui/dialogs/crm_dialogs.py" line="37" />
        <source>Import CRM data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="42" />
        <source>Customers first: orders, surveys and referrals refer to their customer_id. Rows that cannot be used are quarantined with the reason; the rest is imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="52" />
        <source>Customers (customers.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="53" />
        <source>Orders (orders.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="54" />
        <source>Surveys (surveys.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="55" />
        <source>Referrals (referrals.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="60" />
        <source>not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="61" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="69" />
        <source>Column names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="75" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="75" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="75" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="80" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="89" />
        <source>Choose a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="89" />
        <source>CSV (*.csv *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="109" />
        <source>Choose at least one file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="112" />
        <source>No such file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="115" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="122" />
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
    <name>DashboardWindow</name>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="306" />
        <source>Dashboards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="326" />
        <source>Charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="327" />
        <source>Live board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="364" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="365" />
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="366" />
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="367" />
        <source>Last year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="368" />
        <source>Custom…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="384" />
        <source>By hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="385" />
        <source>By day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="386" />
        <source>By week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="395" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="397" />
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="399" />
        <source>Export PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="403" />
        <source>Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="406" />
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="407" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="442" />
        <location filename="../../ui/windows/dashboard_window.py" line="661" />
        <location filename="../../ui/windows/dashboard_window.py" line="665" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="465" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="466" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="467" />
        <source>Claimed now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="468" />
        <source>Customer waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="469" />
        <source>Past first-response target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="470" />
        <source>Handled today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="471" />
        <source>Avg. handle time today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="483" />
        <source>Refreshes every 30 seconds while this window is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="566" />
        <location filename="../../ui/windows/dashboard_window.py" line="579" />
        <source>All channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="584" />
        <source>%1 channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="610" />
        <location filename="../../ui/windows/dashboard_window.py" line="1057" />
        <source>agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="611" />
        <location filename="../../ui/windows/dashboard_window.py" line="1058" />
        <source>team lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="612" />
        <location filename="../../ui/windows/dashboard_window.py" line="1059" />
        <source>trainer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="613" />
        <location filename="../../ui/windows/dashboard_window.py" line="1060" />
        <source>administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="617" />
        <source>Dashboards and reports are for team leads and administrators. You are signed in as %1 (%2): ask a team lead or an administrator for access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="637" />
        <source>Not available with your role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="730" />
        <source>%1 · database %2 ms · drawn in %3 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="754" />
        <source>(UTC days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="757" />
        <source>by hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="758" />
        <source>by day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="759" />
        <source>by week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="761" />
        <source>all channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="799" />
        <source>Inbound messages per channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="802" />
        <location filename="../../ui/windows/dashboard_window.py" line="843" />
        <source>No inbound messages in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="840" />
        <source>Tone of inbound messages (mean, 0 negative – 100 positive)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="847" />
        <source>Mean sentiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="853" />
        <source>SLA compliance of the tickets opened (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="856" />
        <source>First response: replied (or closed) within the ticket's target minutes after it opened. Resolution: resolved by its resolution due time. A ticket still within its target at the end of the period does not count yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="868" />
        <source>No ticket in this period has reached a target yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="873" />
        <source>First response on time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="875" />
        <source>Resolved on time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="880" />
        <source>First response time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="881" />
        <source>Resolution time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="896" />
        <source>No ticket opened in this period has one yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="900" />
        <source>minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="902" />
        <source>hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="904" />
        <source>days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="912" />
        <source>Median</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="914" />
        <source>90th percentile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="920" />
        <source>Tickets count in the bucket in which they opened. Exact median and 90th percentile. Tickets still waiting for this are not in it yet, so the most recent buckets look quicker than they will turn out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="929" />
        <source>0–1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="930" />
        <source>1–4 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="931" />
        <source>4–24 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="932" />
        <source>1–3 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="933" />
        <source>3+ days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="938" />
        <source>Open tickets by age at the end of the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="940" />
        <source>No open tickets at the end of the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="942" />
        <source>Open tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="963" />
        <source>NPS with its 95% margin, and mean CES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="967" />
        <source>No NPS or CES answers in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="970" />
        <location filename="../../ui/windows/dashboard_window.py" line="991" />
        <source>NPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="974" />
        <source>CES (7 = easy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="987" />
        <source>95% margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="994" />
        <source>Mean CES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="999" />
        <source>No loyalty profile yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1003" />
        <source>Loyalty groups of the customers who wrote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1006" />
        <source>No customers wrote in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1026" />
        <source>%1 inbound messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1027" />
        <source>%1 tickets opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1031" />
        <source>first response on time %1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1035" />
        <source>resolved on time %1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1039" />
        <source>NPS %1 ± %2 (n = %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1045" />
        <source>CES %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1046" />
        <source>%1 open at the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1048" />
        <source>%1 customers wrote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1087" />
        <source>%1 customers waiting on a ticket nobody holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1090" />
        <source>sources needing attention: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1093" />
        <source>updated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1118" />
        <source>Export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1118" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1123" />
        <source>Export PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1123" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1133" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1153" />
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1156" />
        <source>Could not write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1201" />
        <source>Webcare Triage dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1206" />
        <source>page %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DurationSpinBox</name>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="80" />
        <source>min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="81" />
        <source>h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="82" />
        <source>d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="88" />
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="90" />
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="91" />
        <source>%1 h %2 min</source>
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
    <name>EscalationReview</name>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="57" />
        <source>Escalations to review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="64" />
        <source>Raised by an agent or by a rule. Approve to take it on, reassign it to someone, or return it to the agent with a note. Double-click opens the ticket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="74" />
        <source>Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="75" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="76" />
        <source>Raised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="77" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="78" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="79" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="80" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="81" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="94" />
        <source>&amp;Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="95" />
        <source>Re&amp;assign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="96" />
        <source>&amp;Return with a note…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/review_dialogs.py" line="135" />
        <source>%n escalation(s) waiting</source>
        <translation><numerusform>%n escalation waiting</numerusform><numerusform>%n escalations waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="137" />
        <source>Nothing waiting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="165" />
        <source>Reassign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="166" />
        <source>Give ticket #%1 to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="180" />
        <source>Return to the agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="181" />
        <source>Why this is not one for a team lead (the agent reads this):</source>
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
        <location filename="../../ui/labels.py" line="35" />
        <location filename="../../ui/labels.py" line="354" />
        <location filename="../../ui/widgets/loyalty_view.py" line="154" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Waiting on customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Solved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>Workaround</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>Escalated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>No action needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>Spam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Delivery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Technician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Product defect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>Outage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Praise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>safety risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71" />
        <source>legal threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72" />
        <source>media threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73" />
        <source>churn threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74" />
        <source>accusation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75" />
        <source>anger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <location filename="../../ui/labels.py" line="212" />
        <source>repeat contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77" />
        <source>complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83" />
        <source>angrier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>faster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85" />
        <source>longer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86" />
        <source>more people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91" />
        <source>Dutch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98" />
        <source>negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100" />
        <source>positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101" />
        <source>neutral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107" />
        <source>%n min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110" />
        <source>%h h %m min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114" />
        <source>%n days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128" />
        <source>overdue %d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145" />
        <source>safety issue: at least 90</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146" />
        <source>reply time exceeded: at least 60</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147" />
        <source>public threat by a high-reach author: at least 75</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="161" />
        <source>heating thread (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="162" />
        <source>escalation cue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="169" />
        <source>waiting %1/%2 business h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="171" />
        <source>waiting %1/%2 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176" />
        <source>waiting %1/%2 business min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178" />
        <source>waiting %1/%2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183" />
        <source>negative tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="185" />
        <source>no positive tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188" />
        <source>, worsening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190" />
        <source>%1 followers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="194" />
        <source>, %1 interactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199" />
        <source>customer value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201" />
        <source>unknown customer value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="207" />
        <source>contact %1 this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="209" />
        <source>switched channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="211" />
        <source>reopened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="230" />
        <source>Ticket %1 is claimed by %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="235" />
        <source>Ticket %1 changed since you opened it. The fresh state is shown; please check it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="241" />
        <source>Not found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="243" />
        <source>This file's format is not recognised: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="247" />
        <source>Not possible: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="251" />
        <source>Could not read or write a file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="252" />
        <source>Unexpected error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="261" />
        <source>Ambassador</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="262" />
        <source>Passive loyal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="263" />
        <source>Shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="264" />
        <source>Leaver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="270" />
        <source>superpromoter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="271" />
        <source>anti-promoter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="272" />
        <source>hostage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="273" />
        <source>warns others publicly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="274" />
        <source>recovered complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="275" />
        <source>easy to help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="276" />
        <source>high effort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="290" />
        <source>1 earlier contact since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="293" />
        <source>%1 earlier contacts since %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="404" />
        <source>Failed once: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="407" />
        <source>Failing, %1 times in a row: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="298" />
        <source>first contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="301" />
        <source>also open: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="310" />
        <source>last outcome: %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="313" />
        <source>NPS %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="315" />
        <source>effort %1/7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="319" />
        <source>Story so far: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="321" />
        <source>Last note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="332" />
        <source>RSS/Atom feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="333" />
        <source>Mastodon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="334" />
        <source>Bluesky</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="335" />
        <source>E-mail (IMAP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="336" />
        <source>Drop folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="342" />
        <source>Mentions of our account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="343" />
        <source>A hashtag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="344" />
        <source>Search for the brand keywords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="345" />
        <source>Replies to an account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="351" />
        <source>Healthy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="352" />
        <source>Attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="353" />
        <source>Broken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="355" />
        <source>Off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="361" />
        <source>the server refused the credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="362" />
        <source>the server asked us to slow down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="363" />
        <source>the server did not answer in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="364" />
        <source>the server could not be reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="365" />
        <source>the server answered with an error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="366" />
        <source>the answer could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="367" />
        <source>the answer was too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="368" />
        <source>the server sent us to another site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="369" />
        <source>the source's settings are incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="378" />
        <source>Working; %1 new in the last poll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="382" />
        <source>Waiting for its first poll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="384" />
        <source>Switched off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="386" />
        <source>Needs a token or password before it can poll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="389" />
        <source>Silent for %1; usually about %2 an hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="394" />
        <source>Rate limited by the server; paused until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="400" />
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
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="29" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="30" />
        <source>Team lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="31" />
        <source>Trainer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="32" />
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="38" />
        <source>by an agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="39" />
        <source>rule: legal, media or safety</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="40" />
        <source>rule: SLA breached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="41" />
        <source>rule: high-reach author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="42" />
        <source>rule: thread getting worse</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadController</name>
    <message>
        <location filename="../../ui/windows/lead_controller.py" line="102" />
        <source>%1 is now: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LiveStatusLabel</name>
    <message>
        <location filename="../../ui/live_updates.py" line="89" />
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="89" />
        <source>Connecting to the database for live updates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="91" />
        <source>Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="92" />
        <source>Changes made at other desks show here as they happen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="95" />
        <source>Connection lost — reconnecting (checking every second)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="97" />
        <source>The live connection to the database dropped. Meanwhile changes are checked every second, and the app reconnects by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="102" />
        <source>Connection lost — reconnecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="104" />
        <source>The database cannot be reached. The app keeps trying by itself; until then the queue may be out of date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="109" />
        <source>Not following other desks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="110" />
        <source>Changes made at other desks show after a refresh (F5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="114" />
        <source>Last update: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="116" />
        <source>No updates yet</source>
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
        <location filename="../../ui/windows/main_window.py" line="67" />
        <source>Webcare Triage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="182" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="183" />
        <source>&amp;Import messages…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="184" />
        <source>Import &amp;CRM data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="185" />
        <source>&amp;Quarantined rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="187" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="189" />
        <source>&amp;Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="190" />
        <source>&amp;Claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="192" />
        <source>Claim the ne&amp;xt ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="194" />
        <source>Re&amp;lease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="195" />
        <source>Add &amp;note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="196" />
        <source>&amp;Escalate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="197" />
        <source>&amp;Resolve…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="198" />
        <source>Open c&amp;ustomer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="200" />
        <source>Correct &amp;sentiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="202" />
        <source>Negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="203" />
        <source>Neutral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="204" />
        <source>Positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="209" />
        <source>Is a complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="210" />
        <source>Not a complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="214" />
        <source>Priority too low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="215" />
        <source>Priority too high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="219" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="220" />
        <source>Next ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="221" />
        <source>Previous ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="222" />
        <source>Open conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="223" />
        <source>Only &amp;mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="224" />
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="225" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="227" />
        <source>Interface &amp;language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="231" />
        <source>T&amp;ools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="232" />
        <source>&amp;Sources…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="233" />
        <source>&amp;Ambassadors…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="234" />
        <source>Link s&amp;uggestions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="235" />
        <source>&amp;Learned model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="237" />
        <source>Te&amp;am</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="239" />
        <source>&amp;Escalations to review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="242" />
        <source>&amp;Dashboards…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="245" />
        <source>&amp;SLA policy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="246" />
        <source>Case &amp;replay…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="248" />
        <source>&amp;People and roles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="252" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="253" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="291" />
        <source>Signed in as %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="331" />
        <source>%1: %2 new at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="347" />
        <source>Re-scored %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="350" />
        <source>Re-scoring failed at %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/main_window.py" line="354" />
        <source>%n source(s) need attention</source>
        <translation><numerusform>%n source needs attention</numerusform><numerusform>%n sources need attention</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/main_window.py" line="362" />
        <source>%n row(s) quarantined</source>
        <translation><numerusform>%n row quarantined</numerusform><numerusform>%n rows quarantined</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="421" />
        <location filename="../../ui/windows/main_window.py" line="462" />
        <source>Claimed #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="422" />
        <source>Released #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="423" />
        <source>Note added to #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="424" />
        <source>Escalated #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="425" />
        <source>Resolved #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="426" />
        <source>Sentiment of #%1 corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="427" />
        <source>Noted whether #%1 is a complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="428" />
        <source>Priority feedback on #%1 noted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="457" />
        <source>Nothing to claim: every waiting ticket is held by someone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="551" />
        <source>Import messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="553" />
        <source>Messages (*.jsonl *.ndjson *.json *.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="559" />
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="563" />
        <source>%1: %2 added, %3 already known, %4 quarantined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="595" />
        <source>Training on the team's labels…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="599" />
        <source>Trained and compared with the shipped model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="606" />
        <source>Rolled back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="643" />
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
        <location filename="../../ui/dialogs/model_dialog.py" line="68" />
        <source>Train now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="69" />
        <source>Roll back to the previous model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="89" />
        <source>In use: the shipped model. %1 labelled messages so far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="92" />
        <source>In use: the team's model from %2 where it measured better (%3), the shipped model elsewhere. %1 labelled messages so far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="109" />
        <source>nothing (not better)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="110" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="123" />
        <source>tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="123" />
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
    <name>Notifier</name>
    <message>
        <location filename="../../ui/notifier.py" line="45" />
        <source>Webcare Triage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="76" />
        <source>New top-priority ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="77" />
        <source>#%1 on %2 from %3 (priority %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="84" />
        <source>Reply due soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="85" />
        <source>#%1 on %2: reply due in %3 min</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/notifier.py" line="92" />
        <source>%n new top-priority ticket(s)</source>
        <translation><numerusform>%n new top-priority ticket</numerusform><numerusform>%n new top-priority tickets</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/notifier.py" line="94" />
        <source>%n reply(ies) due within 10 minutes</source>
        <translation><numerusform>%n reply due within 10 minutes</numerusform><numerusform>%n replies due within 10 minutes</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="95" />
        <source>Needs attention</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="195" />
        <source>People and roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="201" />
        <source>Agents work the queue; team leads also review escalations, SLA policies, dashboards and the learned model; trainers see anonymised cases only; administrators manage people and sources.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="209" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="209" />
        <source>Shown as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="209" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="218" />
        <source>Only an administrator can change roles.</source>
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
        <location filename="../../ui/models/queue_table_model.py" line="183" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="184" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="185" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="186" />
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="187" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="188" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="189" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="190" />
        <source>Sentiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="191" />
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="192" />
        <source>Reply due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="193" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="194" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="150" />
        <location filename="../../ui/windows/replay_window.py" line="526" />
        <source>Case replay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="191" />
        <source>Resolved cases, anonymised: names, handles, addresses, numbers and links are replaced by pseudonyms. Pick a case to replay it step by step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="201" />
        <source>Search the summaries, channel or outcome…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="205" />
        <source>&amp;Replay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="215" />
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="216" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="217" />
        <location filename="../../ui/windows/replay_window.py" line="800" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="218" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="219" />
        <location filename="../../ui/windows/replay_window.py" line="1036" />
        <source>Steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="220" />
        <source>First message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="250" />
        <source>Loading cases…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="280" />
        <source>Resolved cases: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="282" />
        <source>No resolved cases match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="298" />
        <source>◀ Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="299" />
        <source>Back to the list of cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="306" />
        <source>Show real names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="308" />
        <source>Only for people who may read customers' messages; trainers never see this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="313" />
        <source>Export &amp;JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="315" />
        <source>Export &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="347" />
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="348" />
        <source>Scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="349" />
        <location filename="../../ui/windows/replay_window.py" line="1027" />
        <source>Pseudonyms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="364" />
        <source>◀ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="365" />
        <source>One step back (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="367" />
        <source>Forward ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="368" />
        <source>One step forward (Alt+Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="370" />
        <location filename="../../ui/windows/replay_window.py" line="647" />
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="371" />
        <source>Play or pause (Ctrl+Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="376" />
        <source>1× (the case in a minute)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="377" />
        <source>4×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="378" />
        <source>16×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="379" />
        <source>One step per second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="383" />
        <source>Real time between the steps, compressed so that the case plays in a minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="401" />
        <source>At this moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="408" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="409" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="410" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="411" />
        <source>Made of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="412" />
        <location filename="../../ui/windows/replay_window.py" line="799" />
        <source>Escalated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="413" />
        <source>Sentiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="433" />
        <source>A note on this step, for the training…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="437" />
        <source>&amp;Add annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="446" />
        <source>Score how the case was handled: 1 (poor) to 5 (excellent).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="457" />
        <source>1 (poor) to 5 (excellent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="464" />
        <source>What went well, what could be better…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="467" />
        <source>&amp;Save scorecard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="479" />
        <source>What each pseudonym stands for. The originals are not shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="520" />
        <source>Loading case #%1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="533" />
        <source>Case #%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="538" />
        <source>anonymised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="540" />
        <source>Case replay: #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="557" />
        <source>Not anonymised: real names are shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="577" />
        <source>%1 steps from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="611" />
        <source>Step %1 of %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="641" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="759" />
        <location filename="../../ui/windows/replay_window.py" line="1044" />
        <source>not scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="761" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="761" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="787" />
        <source>Changed by this step: shown in blue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="794" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="795" />
        <source>Our reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="796" />
        <source>Claimed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="797" />
        <source>Released</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="798" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="801" />
        <source>Reopened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="802" />
        <source>Priority scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="803" />
        <source>Sentiment corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="804" />
        <source>Complaint corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="805" />
        <source>Priority corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="806" />
        <source>Survey recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="813" />
        <source>Claimed by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="815" />
        <source>Released by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="818" />
        <source>Priority now %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="823" />
        <source>Reopened by a new message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="825" />
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="835" />
        <source>Priority should be higher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="836" />
        <source>Priority should be lower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="841" />
        <source>Sentiment corrected to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="844" />
        <source>Marked as a complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="846" />
        <source>Marked as no complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="864" />
        <source>escalation cues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="865" />
        <source>waiting time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="866" />
        <source>tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="867" />
        <source>reach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="868" />
        <source>customer value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="869" />
        <source>repeat contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="877" />
        <source>Empathy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="878" />
        <source>Accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="879" />
        <source>Speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="880" />
        <source>Ownership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="881" />
        <source>Tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="886" />
        <source>a customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="887" />
        <source>one of us (an agent or our account)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="888" />
        <source>a customer's handle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="889" />
        <source>an e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="890" />
        <source>a phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="891" />
        <source>a street address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="892" />
        <source>a postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="893" />
        <source>a bank account (IBAN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="894" />
        <source>an order, customer or account number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="895" />
        <source>a personal link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="977" />
        <location filename="../../ui/windows/replay_window.py" line="984" />
        <source>Export case pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="977" />
        <source>JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="984" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="995" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="1019" />
        <source>Opened %1 · resolved %2 · %3 steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="1046" />
        <source>escalated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="1059" />
        <source>Scorecards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="1088" />
        <source>The PDF could not be written</source>
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
        <source>Claim the next ticket nobody holds, and open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="24" />
        <source>Release your claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="25" />
        <source>Add a note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="26" />
        <source>Escalate with a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="27" />
        <source>Resolve with an outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="28" />
        <source>Open the customer: every channel, loyalty, history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="29" />
        <source>Correct sentiment: negative / neutral / positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="30" />
        <source>Is / is not a complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="31" />
        <source>Priority too low / too high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="32" />
        <source>Only my tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="33" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="34" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35" />
        <source>Import messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="36" />
        <source>Sources and their health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="40" />
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="40" />
        <source>Does</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlaPolicyDialog</name>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="199" />
        <source>SLA policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="205" />
        <source>How soon the team answers and resolves, per kind of channel and priority band. Time counts in business hours only; while we wait on the customer, the resolution clock stands still.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="215" />
        <source>You can look at the policy but not change it: that is up to a team lead or an administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="228" />
        <source>Warn before a target is missed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="232" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="233" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="257" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="260" />
        <source>&amp;Defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="263" />
        <source>Fill in the standard targets, around the clock (nothing is saved yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="266" />
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="464" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="279" />
        <source>Public posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="280" />
        <source>Private messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="281" />
        <source>E-mail and web forms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="286" />
        <source>P1 critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="287" />
        <source>P2 high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="288" />
        <source>P3 medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="289" />
        <source>P4 low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="294" />
        <source>Monday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="295" />
        <source>Tuesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="296" />
        <source>Wednesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="297" />
        <source>Thursday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="298" />
        <source>Friday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="299" />
        <source>Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="300" />
        <source>Sunday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="304" />
        <source>Targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="314" />
        <source>First reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="314" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="324" />
        <source>First reply: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="325" />
        <source>Resolved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="336" />
        <source>Business hours and holidays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="338" />
        <source>Open around the clock (24/7, no holidays)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="357" />
        <source>Time zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="367" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="367" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="367" />
        <source>Opens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="367" />
        <source>Closes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="374" />
        <source>00:00 means midnight at the end of the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="375" />
        <source>%1 closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="376" />
        <source>%1 opens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="377" />
        <source>%1 closes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="386" />
        <source>Holidays (closed all day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="396" />
        <source>Holiday date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="397" />
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="398" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="424" />
        <source>split: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="441" />
        <source>Set by %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="444" />
        <source>Standard targets: nobody has changed them yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="464" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="465" />
        <source>A ticket takes the target of its band.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="467" />
        <source>Every minute of every day counts towards the targets, weekends and holidays included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="471" />
        <source>A more urgent band should not have a longer target. Type 45 min, 4 h or 1 h 30 min.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="476" />
        <source>Untick the box to set opening hours, a time zone and holidays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="528" />
        <source>%1, %2: resolving cannot take less time than the first reply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="542" />
        <source>%1: the closing time must come after the opening time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="549" />
        <source>Open at least one day a week, or tick 24/7.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="551" />
        <source>Unknown time zone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="579" />
        <source>Saving…</source>
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
        <location filename="../../ui/windows/sources_controller.py" line="108" />
        <source>Saved %1. It is polled on its schedule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="120" />
        <source>Testing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="125" />
        <source>Test of %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="163" />
        <source>Remove source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="165" />
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
        <location filename="../../ui/dialogs/sources_dialog.py" line="62" />
        <source>Feeds, accounts, mailboxes and folders the queue is filled from. A source that fails, is refused or goes quiet turns amber or red.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="73" />
        <source>Health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="74" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="75" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="76" />
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="77" />
        <source>Last success</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="78" />
        <source>New (24 h)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="79" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="113" />
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="114" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="115" />
        <source>&amp;Test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="116" />
        <source>Fetch a few items and show them without importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="117" />
        <source>&amp;Poll now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="118" />
        <location filename="../../ui/dialogs/sources_dialog.py" line="233" />
        <source>&amp;Disable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="119" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="162" />
        <source>Polling…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/sources_dialog.py" line="182" />
        <source>%n source(s) need attention.</source>
        <translation><numerusform>%n source needs attention.</numerusform><numerusform>%n sources need attention.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="191" />
        <source>%1 answered, with nothing new to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="195" />
        <source>Would be quarantined: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="199" />
        <source>Test of %1: nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="211" />
        <source>Last poll: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="212" />
        <source>every %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="215" />
        <source>keywords: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="217" />
        <source>next try: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="233" />
        <source>&amp;Enable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="238" />
        <source>Only an administrator can change sources.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="253" />
        <source>Link suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="259" />
        <source>These accounts may belong to a known customer. Nothing is linked until you confirm; a confirmed link is a merge that can be undone in the customer window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="268" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="268" />
        <source>Could be</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="268" />
        <source>Likeness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="268" />
        <source>Because</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="278" />
        <source>Same person: link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="281" />
        <source>Not the same</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/crm_dialogs.py" line="311" />
        <source>%n suggestion(s) to decide</source>
        <translation><numerusform>%n suggestion to decide</numerusform><numerusform>%n suggestions to decide</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="313" />
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
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionDialogs</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="31" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>AmbassadorsDialog</name>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="178" />
        <source>Ambassadors</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="184" />
        <source>Customers with the highest referral value and enthusiasm. Detractors, anti-promoters and leavers are left out.</source>
        <translation>Klanten met de hoogste verwijswaarde en het meeste enthousiasme. Criticasters, anti-promotors en vertrekkers staan er niet in.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="192" />
        <source>Show the top</source>
        <translation>Toon de top</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="203" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="204" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="205" />
        <source>CRM id</source>
        <translation>CRM-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="206" />
        <source>Referral value</source>
        <translation>Verwijswaarde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="207" />
        <source>Loyalty score</source>
        <translation>Loyaliteitsscore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="208" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="209" />
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="210" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="221" />
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/crm_dialogs.py" line="245" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n klant</numerusform><numerusform>%n klanten</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="255" />
        <source>Export ambassadors</source>
        <translation>Ambassadeurs exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="257" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../ui/widgets/conversation_view.py" line="109" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conversation_view.py" line="109" />
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
</context>
<context>
    <name>CrmImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="59" />
        <source>Import CRM data</source>
        <translation>CRM-gegevens importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="64" />
        <source>Customers first: orders, surveys and referrals refer to their customer_id. Rows that cannot be used are quarantined with the reason; the rest is imported.</source>
        <translation>Eerst de klanten: bestellingen, enquêtes en doorverwijzingen verwijzen naar hun customer_id. Regels die niet bruikbaar zijn gaan met de reden in quarantaine; de rest wordt geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="74" />
        <source>Customers (customers.csv)</source>
        <translation>Klanten (customers.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="75" />
        <source>Orders (orders.csv)</source>
        <translation>Bestellingen (orders.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="76" />
        <source>Surveys (surveys.csv)</source>
        <translation>Enquêtes (surveys.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="77" />
        <source>Referrals (referrals.csv)</source>
        <translation>Doorverwijzingen (referrals.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="82" />
        <source>not imported</source>
        <translation>niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="83" />
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="91" />
        <source>Column names</source>
        <translation>Kolomnamen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="97" />
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="97" />
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="97" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="102" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="111" />
        <source>Choose a CSV file</source>
        <translation>Kies een CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="111" />
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="131" />
        <source>Choose at least one file.</source>
        <translation>Kies minstens één bestand.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="134" />
        <source>No such file: %1</source>
        <translation>Bestand bestaat niet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="137" />
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="144" />
        <source>Customers: %1 new, %2 updated, %3 linked by e-mail or handle. Orders: %4. Surveys: %5. Referrals: %6. Quarantined: %7.</source>
        <translation>Klanten: %1 nieuw, %2 bijgewerkt, %3 gekoppeld op e-mailadres of account. Bestellingen: %4. Enquêtes: %5. Doorverwijzingen: %6. In quarantaine: %7.</translation>
    </message>
</context>
<context>
    <name>CustomerCharts</name>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="181" />
        <source>No sentiment to show: this customer has no inbound messages with a measured tone.</source>
        <translation>Geen sentiment te tonen: deze klant heeft geen binnenkomende berichten met een gemeten toon.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="187" />
        <source>No effort to show: no resolved tickets behind an effort estimate and no CES answers yet.</source>
        <translation>Geen moeite te tonen: nog geen afgehandelde tickets achter een schatting en geen CES-antwoorden.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="208" />
        <source>Sentiment of each message (0 negative – 100 positive)</source>
        <translation>Sentiment per bericht (0 negatief – 100 positief)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="216" />
        <source>Mean of the last %1 messages</source>
        <translation>Gemiddelde van de laatste %1 berichten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="222" />
        <source>Tone of inbound messages</source>
        <translation>Toon van binnenkomende berichten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="231" />
        <source>Estimated per ticket: CES = 7 − 6·OEI</source>
        <translation>Geschat per ticket: CES = 7 − 6·OEI</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="238" />
        <source>CES survey answers</source>
        <translation>CES-antwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="245" />
        <source>CES (7 = easy)</source>
        <translation>CES (7 = makkelijk)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_charts.py" line="246" />
        <source>Effort per resolution</source>
        <translation>Moeite per afhandeling</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="30" />
        <source>Customer view (U)</source>
        <translation>Klantbeeld (U)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="38" />
        <source>Conversations on every channel, newest first</source>
        <translation>Gesprekken op alle kanalen, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="45" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="46" />
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="47" />
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="48" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="49" />
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="62" />
        <source>Unknown customer</source>
        <translation>Onbekende klant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/customer_panel.py" line="74" />
        <source>%n other conversation(s)</source>
        <translation><numerusform>%n ander gesprek</numerusform><numerusform>%n andere gesprekken</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/customer_panel.py" line="75" />
        <source>%n still open</source>
        <translation><numerusform>%n nog open</numerusform><numerusform>%n nog open</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="76" />
        <source>channels: %1</source>
        <translation>kanalen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="79" />
        <source>last outcome: %1</source>
        <translation>laatste uitkomst: %1</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="359" />
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="403" />
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="412" />
        <source>Record NPS/CES…</source>
        <translation>NPS/CES vastleggen…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="414" />
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="435" />
        <location filename="../../ui/windows/customer_window.py" line="527" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="436" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="437" />
        <location filename="../../ui/windows/customer_window.py" line="484" />
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="438" />
        <location filename="../../ui/windows/customer_window.py" line="470" />
        <location filename="../../ui/windows/customer_window.py" line="483" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="439" />
        <source>Tone</source>
        <translation>Toon</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="440" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="451" />
        <location filename="../../ui/windows/customer_window.py" line="467" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="451" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="451" />
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="451" />
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="468" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="469" />
        <location filename="../../ui/windows/customer_window.py" line="561" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="471" />
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="482" />
        <source>Resolved</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="485" />
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="486" />
        <source>Reasons</source>
        <translation>Redenen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="487" />
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="488" />
        <source>Switches</source>
        <translation>Wissels</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="489" />
        <source>Hand-offs</source>
        <translation>Overdrachten</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="490" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="501" />
        <source>Messages from the customer before it was resolved</source>
        <translation>Berichten van de klant voordat het was afgehandeld</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="502" />
        <source>Times the customer had to switch channel</source>
        <translation>Hoe vaak de klant van kanaal moest wisselen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="503" />
        <source>Times the ticket was handed to someone else</source>
        <translation>Hoe vaak het ticket aan een ander werd overgedragen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="516" />
        <source>Every merge of this customer with another, and what it moved. Undoing a merge puts back exactly what it moved.</source>
        <translation>Elke samenvoeging van deze klant met een andere, en wat daarbij verhuisde. Ongedaan maken zet precies terug wat verhuisde.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="528" />
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="529" />
        <source>Merge</source>
        <translation>Samenvoeging</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="530" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="531" />
        <source>Moved</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="532" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="548" />
        <source>Identities that may belong to the same person. Confirming merges the two customers (it can be undone on the Merges tab).</source>
        <translation>Identiteiten die bij dezelfde persoon kunnen horen. Bevestigen voegt de twee klanten samen (terug te draaien op het tabblad Samenvoegingen).</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="559" />
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="560" />
        <source>Suggested customer</source>
        <translation>Voorgestelde klant</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="562" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="563" />
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="607" />
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="608" />
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="609" />
        <source>Surveys</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="610" />
        <source>Resolutions</source>
        <translation>Afhandelingen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="611" />
        <source>Merges</source>
        <translation>Samenvoegingen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="612" />
        <source>Suggestions</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="613" />
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="645" />
        <source>Customer not shown</source>
        <translation>Klant niet getoond</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="683" />
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="685" />
        <source>Customer: %1</source>
        <translation>Klant: %1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="689" />
        <source>Loyalty group</source>
        <translation>Loyaliteitsgroep</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="709" />
        <source>CRM id: %1</source>
        <translation>CRM-id: %1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="710" />
        <source>our id: %1</source>
        <translation>ons id: %1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="714" />
        <source>%1 tickets, %2 open</source>
        <translation>%1 tickets, %2 open</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="720" />
        <source>%1 referrals, %2 converted</source>
        <translation>%1 doorverwijzingen, %2 omgezet</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="727" />
        <source>Identities: %1</source>
        <translation>Identiteiten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="729" />
        <source>No identities on any channel</source>
        <translation>Geen identiteiten op enig kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="761" />
        <source>%1 orders · amount %2 · margin %3</source>
        <translation>%1 bestellingen · bedrag %2 · marge %3</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="766" />
        <source>No orders from the CRM.</source>
        <translation>Geen bestellingen uit het CRM.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="811" />
        <source>an agent</source>
        <translation>een medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="811" />
        <source>the CRM</source>
        <translation>het CRM</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="853" />
        <source>customer %1 merged into this one</source>
        <translation>klant %1 samengevoegd met deze</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="855" />
        <source>this customer merged into %1</source>
        <translation>deze klant samengevoegd met %1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="861" />
        <source>undone %1</source>
        <translation>ongedaan %1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="865" />
        <source>Undo merge</source>
        <translation>Samenvoeging ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="883" />
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="883" />
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="939" />
        <source>Merge %1 undone.</source>
        <translation>Samenvoeging %1 ongedaan gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="946" />
        <source>Suggestion confirmed: the customers are merged.</source>
        <translation>Voorstel bevestigd: de klanten zijn samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="951" />
        <source>Suggestion rejected.</source>
        <translation>Voorstel afgewezen.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="972" />
        <source>%1 %2 recorded for ticket #%3.</source>
        <translation>%1 %2 vastgelegd bij ticket #%3.</translation>
    </message>
</context>
<context>
    <name>CustomersController</name>
    <message>
        <location filename="../../ui/windows/customers_controller.py" line="60" />
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="57" />
        <source>Escalate ticket #%1</source>
        <translation>Ticket #%1 escaleren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="61" />
        <source>Needs a team lead</source>
        <translation>Teamleider nodig</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="62" />
        <source>Legal or regulator</source>
        <translation>Juridisch of toezichthouder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="63" />
        <source>Press or public exposure</source>
        <translation>Pers of publieke aandacht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="64" />
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="65" />
        <source>Compensation above my limit</source>
        <translation>Compensatie boven mijn mandaat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="66" />
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="70" />
        <source>Why, in a sentence</source>
        <translation>Waarom, in één zin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="71" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="72" />
        <source>Details</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="73" />
        <source>Escalate</source>
        <translation>Escaleren</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="20" />
        <source>Needs action</source>
        <translation>Actie nodig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="21" />
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="22" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="23" />
        <source>Waiting on customer</source>
        <translation>Wacht op klant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="24" />
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="25" />
        <source>Resolved</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="26" />
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="30" />
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="32" />
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="33" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="34" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="35" />
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="37" />
        <source>Search messages and authors  ( / )</source>
        <translation>Zoek in berichten en afzenders  ( / )</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="43" />
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="44" />
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="45" />
        <source>Language</source>
        <translation>Taal</translation>
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
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>Waiting on customer</source>
        <translation>Wacht op klant</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Resolved</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Solved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Workaround</source>
        <translation>Tijdelijke oplossing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>No action needed</source>
        <translation>Geen actie nodig</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Billing</source>
        <translation>Facturatie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Technician</source>
        <translation>Monteur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Product defect</source>
        <translation>Productdefect</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>Outage</source>
        <translation>Storing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Praise</source>
        <translation>Compliment</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>safety risk</source>
        <translation>veiligheidsrisico</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>legal threat</source>
        <translation>juridische dreiging</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71" />
        <source>media threat</source>
        <translation>dreigt met media</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72" />
        <source>churn threat</source>
        <translation>dreigt op te zeggen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73" />
        <source>accusation</source>
        <translation>beschuldiging</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74" />
        <source>anger</source>
        <translation>boosheid</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75" />
        <location filename="../../ui/labels.py" line="207" />
        <source>repeat contact</source>
        <translation>herhaald contact</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <source>complaint</source>
        <translation>klacht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82" />
        <source>angrier</source>
        <translation>bozer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83" />
        <source>faster</source>
        <translation>sneller</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>longer</source>
        <translation>langer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85" />
        <source>more people</source>
        <translation>meer mensen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97" />
        <source>negative</source>
        <translation>negatief</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99" />
        <source>positive</source>
        <translation>positief</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100" />
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106" />
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109" />
        <source>%h h %m min</source>
        <translation>%h u %m min</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113" />
        <source>%n days</source>
        <translation>%n dagen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127" />
        <source>overdue %d</source>
        <translation>%d te laat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144" />
        <source>safety issue: at least 90</source>
        <translation>veiligheidsrisico: minstens 90</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145" />
        <source>reply time exceeded: at least 60</source>
        <translation>antwoordtermijn verstreken: minstens 60</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146" />
        <source>public threat by a high-reach author: at least 75</source>
        <translation>publieke dreiging door invloedrijke afzender: minstens 75</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160" />
        <source>heating thread (%1)</source>
        <translation>gesprek loopt op (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="161" />
        <source>escalation cue</source>
        <translation>escalatiesignaal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166" />
        <source>waiting %1/%2 h</source>
        <translation>wacht %1/%2 u</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="172" />
        <source>waiting %1/%2 min</source>
        <translation>wacht %1/%2 min</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178" />
        <source>negative tone</source>
        <translation>negatieve toon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180" />
        <source>no positive tone</source>
        <translation>geen positieve toon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183" />
        <source>, worsening</source>
        <translation>, verslechterend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="185" />
        <source>%1 followers</source>
        <translation>%1 volgers</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189" />
        <source>, %1 interactions</source>
        <translation>, %1 interacties</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="194" />
        <source>customer value</source>
        <translation>klantwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="196" />
        <source>unknown customer value</source>
        <translation>klantwaarde onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202" />
        <source>contact %1 this week</source>
        <translation>contact %1 deze week</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204" />
        <source>switched channel</source>
        <translation>ander kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="206" />
        <source>reopened</source>
        <translation>heropend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="225" />
        <source>Ticket %1 is claimed by %2.</source>
        <translation>Ticket %1 is geclaimd door %2.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="230" />
        <source>Ticket %1 changed since you opened it. The fresh state is shown; please check it and try again.</source>
        <translation>Ticket %1 is gewijzigd sinds je het opende. De actuele stand staat nu in beeld; controleer die en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="236" />
        <source>Not found: %1</source>
        <translation>Niet gevonden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="238" />
        <source>This file's format is not recognised: %1</source>
        <translation>Het formaat van dit bestand is onbekend: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="242" />
        <source>Not possible: %1</source>
        <translation>Niet mogelijk: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="246" />
        <source>Could not read or write a file: %1</source>
        <translation>Bestand kon niet gelezen of geschreven worden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="247" />
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="256" />
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="257" />
        <source>Passive loyal</source>
        <translation>Passief loyaal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="258" />
        <source>Shopper</source>
        <translation>Prijsshopper</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="259" />
        <source>Leaver</source>
        <translation>Vertrekker</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="265" />
        <source>superpromoter</source>
        <translation>superpromotor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="266" />
        <source>anti-promoter</source>
        <translation>anti-promotor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267" />
        <source>hostage</source>
        <translation>gegijzeld</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="268" />
        <source>warns others publicly</source>
        <translation>waarschuwt anderen publiek</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="269" />
        <source>recovered complaint</source>
        <translation>herstelde klacht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="270" />
        <source>easy to help</source>
        <translation>makkelijk geholpen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="271" />
        <source>high effort</source>
        <translation>veel moeite</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="285" />
        <source>1 earlier contact since %1</source>
        <translation>1 eerder contact sinds %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="288" />
        <source>%1 earlier contacts since %2</source>
        <translation>%1 eerdere contacten sinds %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="399" />
        <source>Failed once: %1</source>
        <translation>Eén keer mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="402" />
        <source>Failing, %1 times in a row: %2</source>
        <translation>Faalt, %1 keer achter elkaar: %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="293" />
        <source>first contact</source>
        <translation>eerste contact</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="296" />
        <source>also open: %1</source>
        <translation>ook open: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="305" />
        <source>last outcome: %1 on %2</source>
        <translation>laatste uitkomst: %1 op %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="308" />
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="310" />
        <source>effort %1/7</source>
        <translation>moeite %1/7</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="314" />
        <source>Story so far: %1</source>
        <translation>Het verhaal tot nu toe: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="316" />
        <source>Last note: %1</source>
        <translation>Laatste notitie: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="327" />
        <source>RSS/Atom feed</source>
        <translation>RSS/Atom-feed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="328" />
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="329" />
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="330" />
        <source>E-mail (IMAP)</source>
        <translation>E-mail (IMAP)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="331" />
        <source>Drop folder</source>
        <translation>Importmap</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="337" />
        <source>Mentions of our account</source>
        <translation>Vermeldingen van ons account</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="338" />
        <source>A hashtag</source>
        <translation>Een hashtag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="339" />
        <source>Search for the brand keywords</source>
        <translation>Zoeken op de merkwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="340" />
        <source>Replies to an account</source>
        <translation>Reacties aan een account</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="346" />
        <source>Healthy</source>
        <translation>Gezond</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="347" />
        <source>Attention</source>
        <translation>Aandacht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="348" />
        <source>Broken</source>
        <translation>Kapot</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="350" />
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="356" />
        <source>the server refused the credentials</source>
        <translation>de server weigerde de inloggegevens</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="357" />
        <source>the server asked us to slow down</source>
        <translation>de server vroeg ons het rustiger aan te doen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="358" />
        <source>the server did not answer in time</source>
        <translation>de server antwoordde niet op tijd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="359" />
        <source>the server could not be reached</source>
        <translation>de server was niet bereikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="360" />
        <source>the server answered with an error</source>
        <translation>de server antwoordde met een fout</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="361" />
        <source>the answer could not be read</source>
        <translation>het antwoord was onleesbaar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="362" />
        <source>the answer was too large</source>
        <translation>het antwoord was te groot</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="363" />
        <source>the server sent us to another site</source>
        <translation>de server stuurde ons naar een andere site</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="364" />
        <source>the source's settings are incomplete</source>
        <translation>de instellingen van de bron zijn onvolledig</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="373" />
        <source>Working; %1 new in the last poll</source>
        <translation>Werkt; %1 nieuw bij de laatste ophaalronde</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="377" />
        <source>Waiting for its first poll</source>
        <translation>Wacht op de eerste ophaalronde</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="379" />
        <source>Switched off</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="381" />
        <source>Needs a token or password before it can poll</source>
        <translation>Heeft een token of wachtwoord nodig om op te halen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="384" />
        <source>Silent for %1; usually about %2 an hour</source>
        <translation>Al %1 stil; normaal ongeveer %2 per uur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="389" />
        <source>Rate limited by the server; paused until %1</source>
        <translation>Afgeremd door de server; gepauzeerd tot %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="395" />
        <source>Refused: %1</source>
        <translation>Geweigerd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="104" />
        <source>Enthusiastic, shares and influences: a promoter others listen to.</source>
        <translation>Enthousiast, deelt en beïnvloedt: een promotor naar wie anderen luisteren.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="107" />
        <source>Unhappy in public, and people react to what they post.</source>
        <translation>In het openbaar ontevreden, en mensen reageren op wat ze plaatsen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="110" />
        <source>Stays (passive loyal) while dissatisfied or a detractor: may leave.</source>
        <translation>Blijft (passief loyaal) terwijl ontevreden of criticaster: kan vertrekken.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="113" />
        <source>A leaver who speaks out: anti-promoter or an escalation in 90 days.</source>
        <translation>Een vertrekker die van zich laat horen: anti-promotor of een escalatie in 90 dagen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="116" />
        <source>A complaint was solved in the last 12 months (no loyalty bonus).</source>
        <translation>Een klacht is in de afgelopen 12 maanden opgelost (geen loyaliteitsbonus).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="119" />
        <source>Dealing with us is easy for this customer (CES 5 or more).</source>
        <translation>Zaken doen met ons is makkelijk voor deze klant (CES 5 of meer).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="120" />
        <source>Dealing with us is hard for this customer (CES 3 or less).</source>
        <translation>Zaken doen met ons is moeilijk voor deze klant (CES 3 of minder).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="128" />
        <source>Promoter</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="129" />
        <source>Passive</source>
        <translation>Passief</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="130" />
        <source>Detractor</source>
        <translation>Criticaster</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="137" />
        <source>from a survey</source>
        <translation>uit een enquête</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="138" />
        <source>estimated from tickets</source>
        <translation>geschat uit tickets</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="145" />
        <location filename="../../ui/windows/customer_window.py" line="102" />
        <source>orders</source>
        <translation>bestellingen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="146" />
        <source>contacts (no orders)</source>
        <translation>contacten (geen bestellingen)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="147" />
        <source>no behaviour yet</source>
        <translation>nog geen gedrag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="153" />
        <source>Champions</source>
        <translation>Kampioenen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="155" />
        <source>Potential loyalist</source>
        <translation>Mogelijk loyaal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="156" />
        <source>Loyal</source>
        <translation>Loyaal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="157" />
        <source>Needs attention</source>
        <translation>Heeft aandacht nodig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="158" />
        <source>At risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="159" />
        <source>Hibernating</source>
        <translation>Slapend</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="160" />
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="161" />
        <source>no orders</source>
        <translation>geen bestellingen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="167" />
        <source>Champion (high CLV, high referral value)</source>
        <translation>Kampioen (hoge CLV, hoge verwijswaarde)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="168" />
        <source>Affluent (high CLV, low referral value)</source>
        <translation>Welgesteld (hoge CLV, lage verwijswaarde)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="169" />
        <source>Advocate (low CLV, high referral value)</source>
        <translation>Pleitbezorger (lage CLV, hoge verwijswaarde)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="170" />
        <source>Miser (low CLV, low referral value)</source>
        <translation>Zuinig (lage CLV, lage verwijswaarde)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="178" />
        <source>Leaver because the RFM segment is %5 (lost or hibernating).</source>
        <translation>Vertrekker omdat het RFM-segment %5 is (verloren of slapend).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="181" />
        <source>Leaver because Loy %1 &lt; %3 and Sat %2 &lt; %4: neither loyal nor satisfied.</source>
        <translation>Vertrekker omdat Loy %1 &lt; %3 en Sat %2 &lt; %4: niet loyaal en niet tevreden.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="184" />
        <source>Ambassador because Loy %1 ≥ %3, Sat %2 ≥ %6 and not a detractor.</source>
        <translation>Ambassadeur omdat Loy %1 ≥ %3, Sat %2 ≥ %6 en geen criticaster.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="187" />
        <source>Passive loyal because Loy %1 ≥ %3 but Sat %2 &lt; %6 or a detractor.</source>
        <translation>Passief loyaal omdat Loy %1 ≥ %3 maar Sat %2 &lt; %6 of een criticaster.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="190" />
        <source>Passive loyal because Loy %1 ≥ %3; satisfaction is unknown.</source>
        <translation>Passief loyaal omdat Loy %1 ≥ %3; tevredenheid is onbekend.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="193" />
        <source>Shopper because Loy %1 &lt; %3 while Sat %2 ≥ %4.</source>
        <translation>Shopper omdat Loy %1 &lt; %3 terwijl Sat %2 ≥ %4.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="196" />
        <source>Shopper because Loy %1 &lt; %3; satisfaction is unknown.</source>
        <translation>Shopper omdat Loy %1 &lt; %3; tevredenheid is onbekend.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="88" />
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="89" />
        <source>Our reply</source>
        <translation>Ons antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="90" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="91" />
        <source>Resolution</source>
        <translation>Afhandeling</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="92" />
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="93" />
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="94" />
        <source>Merge</source>
        <translation>Samenvoeging</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="100" />
        <source>identities</source>
        <translation>identiteiten</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="101" />
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="103" />
        <source>surveys</source>
        <translation>enquêtes</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="104" />
        <source>referrals made</source>
        <translation>gedane doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="105" />
        <source>referrals received</source>
        <translation>ontvangen doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="106" />
        <source>link suggestions</source>
        <translation>koppelvoorstellen</translation>
    </message>
</context>
<context>
    <name>LoyaltyView</name>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="232" />
        <source>Loyalty, and what it is made of</source>
        <translation>Loyaliteit, en waar die uit bestaat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="236" />
        <source>Show the inputs of every figure</source>
        <translation>Toon de invoer van elk cijfer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="243" />
        <location filename="../../ui/widgets/loyalty_view.py" line="338" />
        <source>Recovered complaints are recorded but earn no loyalty bonus.</source>
        <translation>Herstelde klachten worden vastgelegd maar leveren geen loyaliteitsbonus op.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="256" />
        <source>Loyalty group</source>
        <translation>Loyaliteitsgroep</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="257" />
        <source>Loyalty score</source>
        <translation>Loyaliteitsscore</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="258" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="259" />
        <source>Effort (CES 1–7)</source>
        <translation>Moeite (CES 1–7)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="260" />
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="261" />
        <source>Lifetime value (CLV)</source>
        <translation>Klantwaarde (CLV)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="262" />
        <source>Referral value</source>
        <translation>Verwijswaarde</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="263" />
        <source>Value quadrant</source>
        <translation>Waardekwadrant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="264" />
        <source>Satisfaction (Sat)</source>
        <translation>Tevredenheid (Sat)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="265" />
        <source>Loyalty axis (Loy)</source>
        <translation>Loyaliteitsas (Loy)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="266" />
        <source>Influence</source>
        <translation>Invloed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="267" />
        <source>Advocacy</source>
        <translation>Pleitbezorging</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="321" />
        <source>No loyalty figures yet: they are computed within a minute of a change, and every night.</source>
        <translation>Nog geen loyaliteitscijfers: ze worden binnen een minuut na een wijziging berekend, en elke nacht.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="328" />
        <source>Computed %1</source>
        <translation>Berekend %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="341" />
        <source>(%1 recovered in the last 12 months)</source>
        <translation>(%1 hersteld in de afgelopen 12 maanden)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="360" />
        <source>100 × (%1·Loy %2 + %3·Sat %4 + %5·advocacy %6 + %7·(1 − effort %8)), over the terms that are known</source>
        <translation>100 × (%1·Loy %2 + %3·Sat %4 + %5·pleitbezorging %6 + %7·(1 − moeite %8)), over de bekende termen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="375" />
        <source>%1 of 100</source>
        <translation>%1 van 100</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="380" />
        <source>No NPS answer yet</source>
        <translation>Nog geen NPS-antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="383" />
        <source>Latest answer %1 of 10 on %2; its age weight is %3</source>
        <translation>Laatste antwoord %1 van 10 op %2; leeftijdsgewicht %3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="398" />
        <source>Survey: CES %1 from %2 answer(s) in 12 months, the latest on %3</source>
        <translation>Enquête: CES %1 uit %2 antwoord(en) in 12 maanden, het laatste op %3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="407" />
        <source>Estimate: CES %1, the age-weighted 7 − 6·OEI of the last %2 ticket(s)</source>
        <translation>Schatting: CES %1, het naar leeftijd gewogen 7 − 6·OEI van de laatste %2 ticket(s)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="413" />
        <source>Per resolved ticket, CES = 7 − 6·OEI (not used: a survey counts)</source>
        <translation>Per afgehandeld ticket, CES = 7 − 6·OEI (niet gebruikt: een enquête telt)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="418" />
        <source>  %1: OEI %2 → CES %3</source>
        <translation>  %1: OEI %2 → CES %3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="425" />
        <source>  and %1 more on the Charts tab</source>
        <translation>  en nog %1 op het tabblad Grafieken</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="428" />
        <source>age weight %1</source>
        <translation>leeftijdsgewicht %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="430" />
        <source>No CES answer and no resolved ticket to estimate from</source>
        <translation>Geen CES-antwoord en geen afgehandeld ticket om uit te schatten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="446" />
        <source>%1 orders in 24 months</source>
        <translation>%1 bestellingen in 24 maanden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="448" />
        <source>%1 contacts in 24 months</source>
        <translation>%1 contacten in 24 maanden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="451" />
        <source>recency %1 days (last %2)</source>
        <translation>recentheid %1 dagen (laatste %2)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="455" />
        <source>margin %1</source>
        <translation>marge %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="456" />
        <source>quintiles 1–5 (5 best), basis: %1</source>
        <translation>kwintielen 1–5 (5 best), basis: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="465" />
        <location filename="../../ui/widgets/loyalty_view.py" line="493" />
        <source>%1 · percentile %2</source>
        <translation>%1 · percentiel %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="472" />
        <source>m %1 margin a year · r %2 retention · i %3 discount · %4 years</source>
        <translation>m %1 marge per jaar · r %2 retentie · i %3 disconto · %4 jaar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="480" />
        <source>r from the RFM segment: %1 of %2 customers retained (default %3)</source>
        <translation>r uit het RFM-segment: %1 van %2 klanten behouden (standaard %3)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="486" />
        <source>active %1 years</source>
        <translation>%1 jaar actief</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="500" />
        <source>%1 converted of %2 referral(s) in 24 months · acquisition cost %3</source>
        <translation>%1 van %2 doorverwijzing(en) in 24 maanden omgezet · acquisitiekosten %3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="505" />
        <source>converted</source>
        <translation>omgezet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="505" />
        <source>not converted</source>
        <translation>niet omgezet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="509" />
        <source>  %1: customer %2</source>
        <translation>  %1: klant %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="514" />
        <source>value %1</source>
        <translation>waarde %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="522" />
        <source>value percentile %1 = the higher of CLV percentile %2 and referral percentile %3; medians: CLV %4, referral value %5</source>
        <translation>waardepercentiel %1 = het hoogste van CLV-percentiel %2 en verwijspercentiel %3; medianen: CLV %4, verwijswaarde %5</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="548" />
        <source>weighted mean of NPS/10 %1 (weight %2), (CES − 1)/6 %3 (weight %4) and sentiment/100 over 90 days %5 (weight %6)</source>
        <translation>gewogen gemiddelde van NPS/10 %1 (gewicht %2), (CES − 1)/6 %3 (gewicht %4) en sentiment/100 over 90 dagen %5 (gewicht %6)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="560" />
        <source>no term known: satisfaction unknown</source>
        <translation>geen term bekend: tevredenheid onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="561" />
        <location filename="../../ui/widgets/loyalty_view.py" line="581" />
        <source>%1 of 1</source>
        <translation>%1 van 1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="570" />
        <source>from R %1, F %2, M %3 (quintiles) and tenure %4 years; share of wallet %5; basis: %6</source>
        <translation>uit R %1, F %2, M %3 (kwintielen) en klantduur %4 jaar; share of wallet %5; basis: %6</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="586" />
        <source>%1 followers</source>
        <translation>%1 volgers</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="589" />
        <source>interaction rate %1 % (median %2 %) · %3 posts and %4 interactions in 90 days</source>
        <translation>interactiegraad %1 % (mediaan %2 %) · %3 berichten en %4 interacties in 90 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="604" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="604" />
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="608" />
        <source>enthusiastic</source>
        <translation>enthousiast</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="609" />
        <source>shares</source>
        <translation>deelt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="610" />
        <source>influences</source>
        <translation>beïnvloedt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="614" />
        <source>none of enthusiastic, shares, influences</source>
        <translation>niet enthousiast, deelt niet, beïnvloedt niet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loyalty_view.py" line="617" />
        <source>enthusiastic %1 · shares %2 · influences %3 · %4 positive public mention(s) in 12 months · escalation in 90 days %5</source>
        <translation>enthousiast %1 · deelt %2 · beïnvloedt %3 · %4 positieve openbare vermelding(en) in 12 maanden · escalatie in 90 dagen %5</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/windows/main_window.py" line="63" />
        <source>Webcare Triage</source>
        <translation>Webcare Triage</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="170" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="171" />
        <source>&amp;Import messages…</source>
        <translation>Berichten &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="172" />
        <source>Import &amp;CRM data…</source>
        <translation>&amp;CRM-gegevens importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="173" />
        <source>&amp;Quarantined rows…</source>
        <translation>Regels in &amp;quarantaine…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="175" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="177" />
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="178" />
        <source>&amp;Claim</source>
        <translation>&amp;Claimen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="179" />
        <source>Re&amp;lease</source>
        <translation>&amp;Vrijgeven</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="180" />
        <source>Add &amp;note…</source>
        <translation>&amp;Notitie toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="181" />
        <source>&amp;Escalate…</source>
        <translation>&amp;Escaleren…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="182" />
        <source>&amp;Resolve…</source>
        <translation>&amp;Afhandelen…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="183" />
        <source>Open c&amp;ustomer</source>
        <translation>&amp;Klant openen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="185" />
        <source>Correct &amp;sentiment</source>
        <translation>&amp;Sentiment corrigeren</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="187" />
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="188" />
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="189" />
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="194" />
        <source>Is a complaint</source>
        <translation>Is een klacht</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="195" />
        <source>Not a complaint</source>
        <translation>Geen klacht</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="199" />
        <source>Priority too low</source>
        <translation>Prioriteit te laag</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="200" />
        <source>Priority too high</source>
        <translation>Prioriteit te hoog</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="204" />
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="205" />
        <source>Next ticket</source>
        <translation>Volgende ticket</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="206" />
        <source>Previous ticket</source>
        <translation>Vorige ticket</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="207" />
        <source>Open conversation</source>
        <translation>Gesprek openen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="208" />
        <source>Only &amp;mine</source>
        <translation>Alleen &amp;mijn tickets</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="209" />
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="210" />
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="212" />
        <source>Interface &amp;language</source>
        <translation>&amp;Taal van de interface</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="216" />
        <source>T&amp;ools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="217" />
        <source>&amp;Sources…</source>
        <translation>&amp;Bronnen…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="218" />
        <source>&amp;Ambassadors…</source>
        <translation>&amp;Ambassadeurs…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="219" />
        <source>Link s&amp;uggestions…</source>
        <translation>&amp;Koppelvoorstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="220" />
        <source>&amp;Learned model…</source>
        <translation>&amp;Geleerd model…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="222" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="223" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="261" />
        <source>Signed in as %1 · %2</source>
        <translation>Ingelogd als %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="288" />
        <source>%1: %2 new at %3</source>
        <translation>%1: %2 nieuw om %3</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="302" />
        <source>Re-scored %1</source>
        <translation>Herberekend %1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="305" />
        <source>Re-scoring failed at %1</source>
        <translation>Herberekenen mislukt om %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/main_window.py" line="309" />
        <source>%n source(s) need attention</source>
        <translation><numerusform>%n bron vraagt aandacht</numerusform><numerusform>%n bronnen vragen aandacht</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/main_window.py" line="317" />
        <source>%n row(s) quarantined</source>
        <translation><numerusform>%n regel in quarantaine</numerusform><numerusform>%n regels in quarantaine</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="376" />
        <source>Claimed #%1</source>
        <translation>#%1 geclaimd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="377" />
        <source>Released #%1</source>
        <translation>#%1 vrijgegeven</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="378" />
        <source>Note added to #%1</source>
        <translation>Notitie toegevoegd aan #%1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="379" />
        <source>Escalated #%1</source>
        <translation>#%1 geëscaleerd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="380" />
        <source>Resolved #%1</source>
        <translation>#%1 afgehandeld</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="381" />
        <source>Sentiment of #%1 corrected</source>
        <translation>Sentiment van #%1 gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="382" />
        <source>Noted whether #%1 is a complaint</source>
        <translation>Genoteerd of #%1 een klacht is</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="383" />
        <source>Priority feedback on #%1 noted</source>
        <translation>Feedback op prioriteit van #%1 genoteerd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="486" />
        <source>Import messages</source>
        <translation>Berichten importeren</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="488" />
        <source>Messages (*.jsonl *.ndjson *.json *.csv);;All files (*)</source>
        <translation>Berichten (*.jsonl *.ndjson *.json *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="494" />
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="498" />
        <source>%1: %2 added, %3 already known, %4 quarantined</source>
        <translation>%1: %2 toegevoegd, %3 al bekend, %4 in quarantaine</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="530" />
        <source>Training on the team's labels…</source>
        <translation>Trainen op de labels van het team…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="534" />
        <source>Trained and compared with the shipped model.</source>
        <translation>Getraind en vergeleken met het standaardmodel.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="541" />
        <source>Rolled back.</source>
        <translation>Teruggedraaid.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="558" />
        <source>The interface language changes the next time the app starts.</source>
        <translation>De taal van de interface verandert bij de volgende start.</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../../ui/widgets/conversation_view.py" line="48" />
        <source>us</source>
        <translation>wij</translation>
    </message>
</context>
<context>
    <name>ModelDialog</name>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="44" />
        <source>Learned model</source>
        <translation>Geleerd model</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="53" />
        <source>Trained</source>
        <translation>Getraind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="54" />
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="55" />
        <source>Negative F1 (learned / shipped)</source>
        <translation>Negatief F1 (geleerd / standaard)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="56" />
        <source>Complaint F1 (learned / shipped)</source>
        <translation>Klacht F1 (geleerd / standaard)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="57" />
        <source>Used for</source>
        <translation>Gebruikt voor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="58" />
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="59" />
        <source>Rolled back</source>
        <translation>Teruggedraaid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="67" />
        <source>Train now</source>
        <translation>Nu trainen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="68" />
        <source>Roll back to the previous model</source>
        <translation>Terug naar het vorige model</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="88" />
        <source>In use: the shipped model. %1 labelled messages so far.</source>
        <translation>In gebruik: het standaardmodel. %1 gelabelde berichten tot nu toe.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="91" />
        <source>In use: the team's model from %2 where it measured better (%3), the shipped model elsewhere. %1 labelled messages so far.</source>
        <translation>In gebruik: het teammodel van %2 waar het beter scoorde (%3), elders het standaardmodel. %1 gelabelde berichten tot nu toe.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="107" />
        <source>nothing (not better)</source>
        <translation>niets (niet beter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="108" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="121" />
        <source>tone</source>
        <translation>toon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="121" />
        <source>complaints</source>
        <translation>klachten</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="41" />
        <source>Note on ticket #%1</source>
        <translation>Notitie bij ticket #%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="44" />
        <source>What happened, what you promised, what comes next</source>
        <translation>Wat er gebeurde, wat je hebt toegezegd, wat er nu komt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="46" />
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="24" />
        <source>Quarantined rows</source>
        <translation>Regels in quarantaine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="28" />
        <source>These rows could not be imported. Everything else in their files was imported. Fix the file and import it again: rows already imported are skipped.</source>
        <translation>Deze regels konden niet worden geïmporteerd. De rest van hun bestanden wel. Herstel het bestand en importeer het opnieuw: regels die al zijn geïmporteerd worden overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="40" />
        <source>File or source</source>
        <translation>Bestand of bron</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="41" />
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="42" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="43" />
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="44" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quarantine_dialog.py" line="53" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="88" />
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="89" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="90" />
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="91" />
        <source>Author</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="92" />
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="93" />
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="94" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="95" />
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="96" />
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="97" />
        <source>Reply due</source>
        <translation>Antwoord uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="98" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="99" />
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="87" />
        <source>Resolve ticket #%1</source>
        <translation>Ticket #%1 afhandelen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="92" />
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="102" />
        <source>Reason codes</source>
        <translation>Redencodes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="105" />
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="106" />
        <source>Voucher</source>
        <translation>Tegoedbon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="107" />
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="108" />
        <source>Credit on invoice</source>
        <translation>Creditering op factuur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="117" />
        <source>Compensation</source>
        <translation>Compensatie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="118" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="121" />
        <source>What was done (optional)</source>
        <translation>Wat er is gedaan (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="123" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="128" />
        <source>Messages in this conversation: %1 · waiting since: %2</source>
        <translation>Berichten in dit gesprek: %1 · wacht sinds: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="137" />
        <source>Resolve</source>
        <translation>Afhandelen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="18" />
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="20" />
        <source>Next / previous ticket</source>
        <translation>Volgende / vorige ticket</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="21" />
        <source>Read the conversation</source>
        <translation>Het gesprek lezen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="22" />
        <source>Claim the ticket</source>
        <translation>Ticket claimen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="23" />
        <source>Release your claim</source>
        <translation>Je claim vrijgeven</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="24" />
        <source>Add a note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="25" />
        <source>Escalate with a reason</source>
        <translation>Escaleren met een reden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="26" />
        <source>Resolve with an outcome</source>
        <translation>Afhandelen met een uitkomst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="27" />
        <source>Open the customer: every channel, loyalty, history</source>
        <translation>Open de klant: alle kanalen, loyaliteit, geschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="28" />
        <source>Correct sentiment: negative / neutral / positive</source>
        <translation>Sentiment corrigeren: negatief / neutraal / positief</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="29" />
        <source>Is / is not a complaint</source>
        <translation>Wel / geen klacht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="30" />
        <source>Priority too low / too high</source>
        <translation>Prioriteit te laag / te hoog</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="31" />
        <source>Only my tickets</source>
        <translation>Alleen mijn tickets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="32" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="33" />
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="34" />
        <source>Import messages</source>
        <translation>Berichten importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35" />
        <source>Sources and their health</source>
        <translation>Bronnen en hoe het met ze gaat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="39" />
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="39" />
        <source>Does</source>
        <translation>Doet</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="53" />
        <source>Edit source</source>
        <translation>Bron bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="53" />
        <source>Add source</source>
        <translation>Bron toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="70" />
        <source>e.g. acme, @acme_nl, #acmestoring</source>
        <translation>bijv. acme, @acme_nl, #acmestoring</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="73" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="80" />
        <source>Poll on schedule</source>
        <translation>Volgens schema ophalen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="86" />
        <source>Kept in the system keyring, never in the database.</source>
        <translation>Bewaard in de sleutelbos van het systeem, nooit in de database.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="90" />
        <source>No system keyring is available, so a secret cannot be saved. Install and unlock one (GNOME Keyring or KWallet), or set the environment variable %1 before starting the app.</source>
        <translation>Er is geen sleutelbos van het systeem beschikbaar, dus een geheim kan niet worden bewaard. Installeer en ontgrendel er een (GNOME Keyring of KWallet), of zet de omgevingsvariabele %1 voordat de app start.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="98" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="99" />
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="103" />
        <source>What to follow</source>
        <translation>Wat volgen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="104" />
        <source>Hashtag</source>
        <translation>Hashtag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="105" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="106" />
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="107" />
        <source>Mail folder</source>
        <translation>Mailmap</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="108" />
        <source>Channel name</source>
        <translation>Kanaalnaam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="112" />
        <source>Brand keywords</source>
        <translation>Merkwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="113" />
        <source>Every</source>
        <translation>Elke</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="114" />
        <source>Items per poll</source>
        <translation>Berichten per ophaalronde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="115" />
        <source>Token or password</source>
        <translation>Token of wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="155" />
        <source>(kept; type to replace)</source>
        <translation>(bewaard; typ om te vervangen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="175" />
        <source>Feed address</source>
        <translation>Feedadres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="176" />
        <source>Instance address</source>
        <translation>Adres van de server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="177" />
        <source>Service address</source>
        <translation>Adres van de dienst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="178" />
        <source>Mail server (host:port)</source>
        <translation>Mailserver (host:poort)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="179" />
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/source_form.py" line="194" />
        <source>A source needs a name and a target.</source>
        <translation>Een bron heeft een naam en een doel nodig.</translation>
    </message>
</context>
<context>
    <name>SourcesController</name>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="106" />
        <source>Saved %1. It is polled on its schedule.</source>
        <translation>%1 opgeslagen. Hij wordt volgens schema opgehaald.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="118" />
        <source>Testing %1…</source>
        <translation>%1 testen…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="123" />
        <source>Test of %1 failed: %2</source>
        <translation>Test van %1 mislukt: %2</translation>
    </message>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="161" />
        <source>Remove source</source>
        <translation>Bron verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="163" />
        <source>Remove %1? Messages it brought in stay in the queue; its secret is deleted.</source>
        <translation>%1 verwijderen? Berichten die hij binnenbracht blijven in de wachtrij; het geheim wordt gewist.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="54" />
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="61" />
        <source>Feeds, accounts, mailboxes and folders the queue is filled from. A source that fails, is refused or goes quiet turns amber or red.</source>
        <translation>Feeds, accounts, mailboxen en mappen waaruit de wachtrij gevuld wordt. Een bron die faalt, geweigerd wordt of stilvalt, kleurt oranje of rood.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="72" />
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="73" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="74" />
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="75" />
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="76" />
        <source>Last success</source>
        <translation>Laatst gelukt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="77" />
        <source>New (24 h)</source>
        <translation>Nieuw (24 u)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="78" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="112" />
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="113" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="114" />
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="115" />
        <source>Fetch a few items and show them without importing</source>
        <translation>Haal een paar berichten op en toon ze zonder te importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="116" />
        <source>&amp;Poll now</source>
        <translation>Nu &amp;ophalen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="117" />
        <location filename="../../ui/dialogs/sources_dialog.py" line="232" />
        <source>&amp;Disable</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="118" />
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="161" />
        <source>Polling…</source>
        <translation>Bezig met ophalen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/sources_dialog.py" line="181" />
        <source>%n source(s) need attention.</source>
        <translation><numerusform>%n bron vraagt aandacht.</numerusform><numerusform>%n bronnen vragen aandacht.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="190" />
        <source>%1 answered, with nothing new to show.</source>
        <translation>%1 antwoordde, zonder iets nieuws.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="194" />
        <source>Would be quarantined: %1</source>
        <translation>Zou in quarantaine gaan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="198" />
        <source>Test of %1: nothing was imported.</source>
        <translation>Test van %1: er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="210" />
        <source>Last poll: %1</source>
        <translation>Laatste ophaalronde: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="211" />
        <source>every %1</source>
        <translation>elke %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="214" />
        <source>keywords: %1</source>
        <translation>woorden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="216" />
        <source>next try: %1</source>
        <translation>volgende poging: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="232" />
        <source>&amp;Enable</source>
        <translation>&amp;Inschakelen</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="275" />
        <source>Link suggestions</source>
        <translation>Koppelvoorstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="281" />
        <source>These accounts may belong to a known customer. Nothing is linked until you confirm; a confirmed link is a merge that can be undone in the customer window.</source>
        <translation>Deze accounts horen misschien bij een bekende klant. Er wordt niets gekoppeld tot u bevestigt; een bevestigde koppeling is een samenvoeging die in het klantvenster ongedaan kan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="290" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="290" />
        <source>Could be</source>
        <translation>Mogelijk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="290" />
        <source>Likeness</source>
        <translation>Gelijkenis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="290" />
        <source>Because</source>
        <translation>Omdat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="300" />
        <source>Same person: link</source>
        <translation>Zelfde persoon: koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="303" />
        <source>Not the same</source>
        <translation>Niet dezelfde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/crm_dialogs.py" line="333" />
        <source>%n suggestion(s) to decide</source>
        <translation><numerusform>%n voorstel te beslissen</numerusform><numerusform>%n voorstellen te beslissen</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="335" />
        <source>Nothing to decide.</source>
        <translation>Niets te beslissen.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="262" />
        <source>Record NPS or CES</source>
        <translation>NPS of CES vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="266" />
        <source>Record the score the customer gave you for a resolved ticket. NPS: how likely they are to recommend us, 0–10. CES: how easy it was, 1–7.</source>
        <translation>Leg de score vast die de klant je gaf voor een afgehandeld ticket. NPS: hoe waarschijnlijk het is dat ze ons aanraden, 0–10. CES: hoe makkelijk het ging, 1–7.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="286" />
        <source>NPS (0–10)</source>
        <translation>NPS (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="287" />
        <source>CES (1–7)</source>
        <translation>CES (1–7)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="290" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="291" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="292" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/windows/customer_window.py" line="305" />
        <source>This customer has no resolved ticket yet: ask for a score after solving one.</source>
        <translation>Deze klant heeft nog geen afgehandeld ticket: vraag om een score nadat je er een hebt opgelost.</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="50" />
        <source>Claim (C)</source>
        <translation>Claimen (C)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="51" />
        <source>Release (Esc)</source>
        <translation>Vrijgeven (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="52" />
        <source>Note (N)</source>
        <translation>Notitie (N)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="53" />
        <source>Escalate (E)</source>
        <translation>Escaleren (E)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="54" />
        <source>Resolve (R)</source>
        <translation>Afhandelen (R)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="102" />
        <source>Select a ticket in the queue</source>
        <translation>Kies een ticket in de wachtrij</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="120" />
        <source>claimed by %1</source>
        <translation>geclaimd door %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="123" />
        <source>waiting %1</source>
        <translation>wacht %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="126" />
        <source>reply due: %1</source>
        <translation>antwoord uiterlijk: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="129" />
        <source>escalated</source>
        <translation>geëscaleerd</translation>
    </message>
</context>
</TS>
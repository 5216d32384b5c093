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
        <location filename="../../ui/dialogs/crm_dialogs.py" line="156" />
        <source>Ambassadors</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="162" />
        <source>Customers with the highest referral value and enthusiasm. Detractors, anti-promoters and leavers are left out.</source>
        <translation>Klanten met de hoogste verwijswaarde en het meeste enthousiasme. Criticasters, anti-promotors en vertrekkers staan er niet in.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="170" />
        <source>Show the top</source>
        <translation>Toon de top</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="181" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="182" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="183" />
        <source>CRM id</source>
        <translation>CRM-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="184" />
        <source>Referral value</source>
        <translation>Verwijswaarde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="185" />
        <source>Loyalty score</source>
        <translation>Loyaliteitsscore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="186" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="187" />
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="188" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="199" />
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/crm_dialogs.py" line="223" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n klant</numerusform><numerusform>%n klanten</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="233" />
        <source>Export ambassadors</source>
        <translation>Ambassadeurs exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="235" />
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
        <location filename="../../ui/dialogs/crm_dialogs.py" line="37" />
        <source>Import CRM data</source>
        <translation>CRM-gegevens importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="42" />
        <source>Customers first: orders, surveys and referrals refer to their customer_id. Rows that cannot be used are quarantined with the reason; the rest is imported.</source>
        <translation>Eerst de klanten: bestellingen, enquêtes en doorverwijzingen verwijzen naar hun customer_id. Regels die niet bruikbaar zijn gaan met de reden in quarantaine; de rest wordt geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="52" />
        <source>Customers (customers.csv)</source>
        <translation>Klanten (customers.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="53" />
        <source>Orders (orders.csv)</source>
        <translation>Bestellingen (orders.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="54" />
        <source>Surveys (surveys.csv)</source>
        <translation>Enquêtes (surveys.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="55" />
        <source>Referrals (referrals.csv)</source>
        <translation>Doorverwijzingen (referrals.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="60" />
        <source>not imported</source>
        <translation>niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="61" />
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="69" />
        <source>Column names</source>
        <translation>Kolomnamen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="75" />
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="75" />
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="75" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="80" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="89" />
        <source>Choose a CSV file</source>
        <translation>Kies een CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="89" />
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="109" />
        <source>Choose at least one file.</source>
        <translation>Kies minstens één bestand.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="112" />
        <source>No such file: %1</source>
        <translation>Bestand bestaat niet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="115" />
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="122" />
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
    <name>DashboardWindow</name>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="306" />
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="326" />
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="327" />
        <source>Live board</source>
        <translation>Live-bord</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="364" />
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="365" />
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="366" />
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="367" />
        <source>Last year</source>
        <translation>Afgelopen jaar</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="368" />
        <source>Custom…</source>
        <translation>Zelf kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="384" />
        <source>By hour</source>
        <translation>Per uur</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="385" />
        <source>By day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="386" />
        <source>By week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="395" />
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="397" />
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="399" />
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="403" />
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="406" />
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="407" />
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="442" />
        <location filename="../../ui/windows/dashboard_window.py" line="661" />
        <location filename="../../ui/windows/dashboard_window.py" line="665" />
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="465" />
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="466" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="467" />
        <source>Claimed now</source>
        <translation>Nu geclaimd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="468" />
        <source>Customer waiting</source>
        <translation>Klant wacht</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="469" />
        <source>Past first-response target</source>
        <translation>Over eerste-reactienorm</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="470" />
        <source>Handled today</source>
        <translation>Vandaag afgehandeld</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="471" />
        <source>Avg. handle time today</source>
        <translation>Gem. behandeltijd vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="483" />
        <source>Refreshes every 30 seconds while this window is open.</source>
        <translation>Wordt elke 30 seconden vernieuwd zolang dit venster open is.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="566" />
        <location filename="../../ui/windows/dashboard_window.py" line="579" />
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="584" />
        <source>%1 channels</source>
        <translation>%1 kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="610" />
        <location filename="../../ui/windows/dashboard_window.py" line="1057" />
        <source>agent</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="611" />
        <location filename="../../ui/windows/dashboard_window.py" line="1058" />
        <source>team lead</source>
        <translation>teamleider</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="612" />
        <location filename="../../ui/windows/dashboard_window.py" line="1059" />
        <source>trainer</source>
        <translation>trainer</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="613" />
        <location filename="../../ui/windows/dashboard_window.py" line="1060" />
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="617" />
        <source>Dashboards and reports are for team leads and administrators. You are signed in as %1 (%2): ask a team lead or an administrator for access.</source>
        <translation>Dashboards en rapporten zijn voor teamleiders en beheerders. Je bent aangemeld als %1 (%2): vraag een teamleider of beheerder om toegang.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="637" />
        <source>Not available with your role.</source>
        <translation>Niet beschikbaar met jouw rol.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="730" />
        <source>%1 · database %2 ms · drawn in %3 ms</source>
        <translation>%1 · database %2 ms · getekend in %3 ms</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="754" />
        <source>(UTC days)</source>
        <translation>(UTC-dagen)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="757" />
        <source>by hour</source>
        <translation>per uur</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="758" />
        <source>by day</source>
        <translation>per dag</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="759" />
        <source>by week</source>
        <translation>per week</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="761" />
        <source>all channels</source>
        <translation>alle kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="799" />
        <source>Inbound messages per channel</source>
        <translation>Binnenkomende berichten per kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="802" />
        <location filename="../../ui/windows/dashboard_window.py" line="843" />
        <source>No inbound messages in this period.</source>
        <translation>Geen binnenkomende berichten in deze periode.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="840" />
        <source>Tone of inbound messages (mean, 0 negative – 100 positive)</source>
        <translation>Toon van binnenkomende berichten (gemiddeld, 0 negatief – 100 positief)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="847" />
        <source>Mean sentiment</source>
        <translation>Gemiddeld sentiment</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="853" />
        <source>SLA compliance of the tickets opened (%)</source>
        <translation>SLA-naleving van de geopende tickets (%)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="856" />
        <source>First response: replied (or closed) within the ticket's target minutes after it opened. Resolution: resolved by its resolution due time. A ticket still within its target at the end of the period does not count yet.</source>
        <translation>Eerste reactie: beantwoord (of gesloten) binnen de normminuten van het ticket na opening. Afhandeling: afgehandeld vóór de afhandeltermijn. Een ticket dat aan het eind van de periode nog binnen zijn norm zit, telt nog niet mee.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="868" />
        <source>No ticket in this period has reached a target yet.</source>
        <translation>Nog geen ticket in deze periode heeft een norm bereikt.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="873" />
        <source>First response on time</source>
        <translation>Eerste reactie op tijd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="875" />
        <source>Resolved on time</source>
        <translation>Op tijd afgehandeld</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="880" />
        <source>First response time</source>
        <translation>Eerste reactietijd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="881" />
        <source>Resolution time</source>
        <translation>Afhandeltijd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="896" />
        <source>No ticket opened in this period has one yet.</source>
        <translation>Nog geen ticket uit deze periode heeft er een.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="900" />
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="902" />
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="904" />
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="912" />
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="914" />
        <source>90th percentile</source>
        <translation>90e percentiel</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="920" />
        <source>Tickets count in the bucket in which they opened. Exact median and 90th percentile. Tickets still waiting for this are not in it yet, so the most recent buckets look quicker than they will turn out.</source>
        <translation>Tickets tellen mee in het tijdvak waarin ze geopend zijn. Exacte mediaan en 90e percentiel. Tickets die hier nog op wachten tellen nog niet mee, dus de meest recente tijdvakken lijken sneller dan ze zullen uitvallen.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="929" />
        <source>0–1 h</source>
        <translation>0–1 u</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="930" />
        <source>1–4 h</source>
        <translation>1–4 u</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="931" />
        <source>4–24 h</source>
        <translation>4–24 u</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="932" />
        <source>1–3 days</source>
        <translation>1–3 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="933" />
        <source>3+ days</source>
        <translation>3+ dagen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="938" />
        <source>Open tickets by age at the end of the period</source>
        <translation>Open tickets naar leeftijd aan het eind van de periode</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="940" />
        <source>No open tickets at the end of the period.</source>
        <translation>Geen open tickets aan het eind van de periode.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="942" />
        <source>Open tickets</source>
        <translation>Open tickets</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="963" />
        <source>NPS with its 95% margin, and mean CES</source>
        <translation>NPS met de 95%-foutmarge, en gemiddelde CES</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="967" />
        <source>No NPS or CES answers in this period.</source>
        <translation>Geen NPS- of CES-antwoorden in deze periode.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="970" />
        <location filename="../../ui/windows/dashboard_window.py" line="991" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="974" />
        <source>CES (7 = easy)</source>
        <translation>CES (7 = makkelijk)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="987" />
        <source>95% margin</source>
        <translation>95%-marge</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="994" />
        <source>Mean CES</source>
        <translation>Gemiddelde CES</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="999" />
        <source>No loyalty profile yet</source>
        <translation>Nog geen loyaliteitsprofiel</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1003" />
        <source>Loyalty groups of the customers who wrote</source>
        <translation>Loyaliteitsgroepen van de klanten die schreven</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1006" />
        <source>No customers wrote in this period.</source>
        <translation>Geen klanten schreven in deze periode.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1026" />
        <source>%1 inbound messages</source>
        <translation>%1 binnenkomende berichten</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1027" />
        <source>%1 tickets opened</source>
        <translation>%1 tickets geopend</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1031" />
        <source>first response on time %1%</source>
        <translation>eerste reactie op tijd %1%</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1035" />
        <source>resolved on time %1%</source>
        <translation>op tijd afgehandeld %1%</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1039" />
        <source>NPS %1 ± %2 (n = %3)</source>
        <translation>NPS %1 ± %2 (n = %3)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1045" />
        <source>CES %1</source>
        <translation>CES %1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1046" />
        <source>%1 open at the end</source>
        <translation>%1 open aan het eind</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1048" />
        <source>%1 customers wrote</source>
        <translation>%1 klanten schreven</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1087" />
        <source>%1 customers waiting on a ticket nobody holds</source>
        <translation>%1 klanten wachten op een ticket dat niemand heeft</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1090" />
        <source>sources needing attention: %1 of %2</source>
        <translation>bronnen die aandacht vragen: %1 van %2</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1093" />
        <source>updated %1</source>
        <translation>bijgewerkt %1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1118" />
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1118" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1123" />
        <source>Export PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1123" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1133" />
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1153" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1156" />
        <source>Could not write %1</source>
        <translation>Kon %1 niet schrijven</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1201" />
        <source>Webcare Triage dashboard</source>
        <translation>Webcare Triage-dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/windows/dashboard_window.py" line="1206" />
        <source>page %1 of %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>DurationSpinBox</name>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="80" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="81" />
        <source>h</source>
        <translation>u</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="82" />
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="88" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="90" />
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="91" />
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
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
    <name>EscalationReview</name>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="57" />
        <source>Escalations to review</source>
        <translation>Escalaties om te beoordelen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="64" />
        <source>Raised by an agent or by a rule. Approve to take it on, reassign it to someone, or return it to the agent with a note. Double-click opens the ticket.</source>
        <translation>Gemeld door een medewerker of door een regel. Keur goed om het op te pakken, wijs het aan iemand anders toe, of geef het met een notitie terug aan de medewerker. Dubbelklikken opent het ticket.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="74" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="75" />
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="76" />
        <source>Raised</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="77" />
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="78" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="79" />
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="80" />
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="81" />
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="94" />
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="95" />
        <source>Re&amp;assign…</source>
        <translation>&amp;Toewijzen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="96" />
        <source>&amp;Return with a note…</source>
        <translation>&amp;Teruggeven met een notitie…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/review_dialogs.py" line="135" />
        <source>%n escalation(s) waiting</source>
        <translation><numerusform>%n escalatie wacht</numerusform><numerusform>%n escalaties wachten</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="137" />
        <source>Nothing waiting.</source>
        <translation>Er wacht niets.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="165" />
        <source>Reassign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="166" />
        <source>Give ticket #%1 to:</source>
        <translation>Ticket #%1 geven aan:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="180" />
        <source>Return to the agent</source>
        <translation>Teruggeven aan de medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="181" />
        <source>Why this is not one for a team lead (the agent reads this):</source>
        <translation>Waarom dit niet voor een teamleider is (de medewerker leest dit):</translation>
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
        <location filename="../../ui/labels.py" line="35" />
        <location filename="../../ui/labels.py" line="354" />
        <location filename="../../ui/widgets/loyalty_view.py" line="154" />
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Waiting on customer</source>
        <translation>Wacht op klant</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>Resolved</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Solved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>Workaround</source>
        <translation>Tijdelijke oplossing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>No action needed</source>
        <translation>Geen actie nodig</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Billing</source>
        <translation>Facturatie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Technician</source>
        <translation>Monteur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Product defect</source>
        <translation>Productdefect</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>Outage</source>
        <translation>Storing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Praise</source>
        <translation>Compliment</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>safety risk</source>
        <translation>veiligheidsrisico</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71" />
        <source>legal threat</source>
        <translation>juridische dreiging</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72" />
        <source>media threat</source>
        <translation>dreigt met media</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73" />
        <source>churn threat</source>
        <translation>dreigt op te zeggen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74" />
        <source>accusation</source>
        <translation>beschuldiging</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75" />
        <source>anger</source>
        <translation>boosheid</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <location filename="../../ui/labels.py" line="212" />
        <source>repeat contact</source>
        <translation>herhaald contact</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77" />
        <source>complaint</source>
        <translation>klacht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83" />
        <source>angrier</source>
        <translation>bozer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>faster</source>
        <translation>sneller</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85" />
        <source>longer</source>
        <translation>langer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86" />
        <source>more people</source>
        <translation>meer mensen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98" />
        <source>negative</source>
        <translation>negatief</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100" />
        <source>positive</source>
        <translation>positief</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101" />
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107" />
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110" />
        <source>%h h %m min</source>
        <translation>%h u %m min</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114" />
        <source>%n days</source>
        <translation>%n dagen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128" />
        <source>overdue %d</source>
        <translation>%d te laat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145" />
        <source>safety issue: at least 90</source>
        <translation>veiligheidsrisico: minstens 90</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146" />
        <source>reply time exceeded: at least 60</source>
        <translation>antwoordtermijn verstreken: minstens 60</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147" />
        <source>public threat by a high-reach author: at least 75</source>
        <translation>publieke dreiging door invloedrijke afzender: minstens 75</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="161" />
        <source>heating thread (%1)</source>
        <translation>gesprek loopt op (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="162" />
        <source>escalation cue</source>
        <translation>escalatiesignaal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="169" />
        <source>waiting %1/%2 business h</source>
        <translation>wacht %1/%2 werk-u</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="171" />
        <source>waiting %1/%2 h</source>
        <translation>wacht %1/%2 u</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176" />
        <source>waiting %1/%2 business min</source>
        <translation>wacht %1/%2 werkmin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178" />
        <source>waiting %1/%2 min</source>
        <translation>wacht %1/%2 min</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183" />
        <source>negative tone</source>
        <translation>negatieve toon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="185" />
        <source>no positive tone</source>
        <translation>geen positieve toon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188" />
        <source>, worsening</source>
        <translation>, verslechterend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190" />
        <source>%1 followers</source>
        <translation>%1 volgers</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="194" />
        <source>, %1 interactions</source>
        <translation>, %1 interacties</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199" />
        <source>customer value</source>
        <translation>klantwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201" />
        <source>unknown customer value</source>
        <translation>klantwaarde onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="207" />
        <source>contact %1 this week</source>
        <translation>contact %1 deze week</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="209" />
        <source>switched channel</source>
        <translation>ander kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="211" />
        <source>reopened</source>
        <translation>heropend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="230" />
        <source>Ticket %1 is claimed by %2.</source>
        <translation>Ticket %1 is geclaimd door %2.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="235" />
        <source>Ticket %1 changed since you opened it. The fresh state is shown; please check it and try again.</source>
        <translation>Ticket %1 is gewijzigd sinds je het opende. De actuele stand staat nu in beeld; controleer die en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="241" />
        <source>Not found: %1</source>
        <translation>Niet gevonden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="243" />
        <source>This file's format is not recognised: %1</source>
        <translation>Het formaat van dit bestand is onbekend: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="247" />
        <source>Not possible: %1</source>
        <translation>Niet mogelijk: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="251" />
        <source>Could not read or write a file: %1</source>
        <translation>Bestand kon niet gelezen of geschreven worden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="252" />
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="261" />
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="262" />
        <source>Passive loyal</source>
        <translation>Passief loyaal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="263" />
        <source>Shopper</source>
        <translation>Prijsshopper</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="264" />
        <source>Leaver</source>
        <translation>Vertrekker</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="270" />
        <source>superpromoter</source>
        <translation>superpromotor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="271" />
        <source>anti-promoter</source>
        <translation>anti-promotor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="272" />
        <source>hostage</source>
        <translation>gegijzeld</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="273" />
        <source>warns others publicly</source>
        <translation>waarschuwt anderen publiek</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="274" />
        <source>recovered complaint</source>
        <translation>herstelde klacht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="275" />
        <source>easy to help</source>
        <translation>makkelijk geholpen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="276" />
        <source>high effort</source>
        <translation>veel moeite</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="290" />
        <source>1 earlier contact since %1</source>
        <translation>1 eerder contact sinds %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="293" />
        <source>%1 earlier contacts since %2</source>
        <translation>%1 eerdere contacten sinds %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="404" />
        <source>Failed once: %1</source>
        <translation>Eén keer mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="407" />
        <source>Failing, %1 times in a row: %2</source>
        <translation>Faalt, %1 keer achter elkaar: %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="298" />
        <source>first contact</source>
        <translation>eerste contact</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="301" />
        <source>also open: %1</source>
        <translation>ook open: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="310" />
        <source>last outcome: %1 on %2</source>
        <translation>laatste uitkomst: %1 op %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="313" />
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="315" />
        <source>effort %1/7</source>
        <translation>moeite %1/7</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="319" />
        <source>Story so far: %1</source>
        <translation>Het verhaal tot nu toe: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="321" />
        <source>Last note: %1</source>
        <translation>Laatste notitie: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="332" />
        <source>RSS/Atom feed</source>
        <translation>RSS/Atom-feed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="333" />
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="334" />
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="335" />
        <source>E-mail (IMAP)</source>
        <translation>E-mail (IMAP)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="336" />
        <source>Drop folder</source>
        <translation>Importmap</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="342" />
        <source>Mentions of our account</source>
        <translation>Vermeldingen van ons account</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="343" />
        <source>A hashtag</source>
        <translation>Een hashtag</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="344" />
        <source>Search for the brand keywords</source>
        <translation>Zoeken op de merkwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="345" />
        <source>Replies to an account</source>
        <translation>Reacties aan een account</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="351" />
        <source>Healthy</source>
        <translation>Gezond</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="352" />
        <source>Attention</source>
        <translation>Aandacht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="353" />
        <source>Broken</source>
        <translation>Kapot</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="355" />
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="361" />
        <source>the server refused the credentials</source>
        <translation>de server weigerde de inloggegevens</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="362" />
        <source>the server asked us to slow down</source>
        <translation>de server vroeg ons het rustiger aan te doen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="363" />
        <source>the server did not answer in time</source>
        <translation>de server antwoordde niet op tijd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="364" />
        <source>the server could not be reached</source>
        <translation>de server was niet bereikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="365" />
        <source>the server answered with an error</source>
        <translation>de server antwoordde met een fout</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="366" />
        <source>the answer could not be read</source>
        <translation>het antwoord was onleesbaar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="367" />
        <source>the answer was too large</source>
        <translation>het antwoord was te groot</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="368" />
        <source>the server sent us to another site</source>
        <translation>de server stuurde ons naar een andere site</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="369" />
        <source>the source's settings are incomplete</source>
        <translation>de instellingen van de bron zijn onvolledig</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="378" />
        <source>Working; %1 new in the last poll</source>
        <translation>Werkt; %1 nieuw bij de laatste ophaalronde</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="382" />
        <source>Waiting for its first poll</source>
        <translation>Wacht op de eerste ophaalronde</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="384" />
        <source>Switched off</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="386" />
        <source>Needs a token or password before it can poll</source>
        <translation>Heeft een token of wachtwoord nodig om op te halen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="389" />
        <source>Silent for %1; usually about %2 an hour</source>
        <translation>Al %1 stil; normaal ongeveer %2 per uur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="394" />
        <source>Rate limited by the server; paused until %1</source>
        <translation>Afgeremd door de server; gepauzeerd tot %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="400" />
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
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="29" />
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="30" />
        <source>Team lead</source>
        <translation>Teamleider</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="31" />
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="32" />
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="38" />
        <source>by an agent</source>
        <translation>door een medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="39" />
        <source>rule: legal, media or safety</source>
        <translation>regel: juridisch, media of veiligheid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="40" />
        <source>rule: SLA breached</source>
        <translation>regel: SLA overschreden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="41" />
        <source>rule: high-reach author</source>
        <translation>regel: afzender met groot bereik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="42" />
        <source>rule: thread getting worse</source>
        <translation>regel: gesprek verslechtert</translation>
    </message>
</context>
<context>
    <name>LeadController</name>
    <message>
        <location filename="../../ui/windows/lead_controller.py" line="102" />
        <source>%1 is now: %2</source>
        <translation>%1 is nu: %2</translation>
    </message>
</context>
<context>
    <name>LiveStatusLabel</name>
    <message>
        <location filename="../../ui/live_updates.py" line="89" />
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="89" />
        <source>Connecting to the database for live updates…</source>
        <translation>Verbinden met de database voor live bijwerken…</translation>
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="91" />
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="92" />
        <source>Changes made at other desks show here as they happen.</source>
        <translation>Wijzigingen van andere medewerkers verschijnen hier zodra ze gebeuren.</translation>
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="95" />
        <source>Connection lost — reconnecting (checking every second)</source>
        <translation>Verbinding verbroken — opnieuw verbinden (elke seconde gecontroleerd)</translation>
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="97" />
        <source>The live connection to the database dropped. Meanwhile changes are checked every second, and the app reconnects by itself.</source>
        <translation>De live verbinding met de database is verbroken. Intussen worden wijzigingen elke seconde gecontroleerd en maakt de app zelf opnieuw verbinding.</translation>
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="102" />
        <source>Connection lost — reconnecting…</source>
        <translation>Verbinding verbroken — opnieuw verbinden…</translation>
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="104" />
        <source>The database cannot be reached. The app keeps trying by itself; until then the queue may be out of date.</source>
        <translation>De database is niet bereikbaar. De app blijft het zelf proberen; tot dan is de wachtrij mogelijk niet actueel.</translation>
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="109" />
        <source>Not following other desks</source>
        <translation>Volgt andere medewerkers niet</translation>
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="110" />
        <source>Changes made at other desks show after a refresh (F5).</source>
        <translation>Wijzigingen van andere medewerkers verschijnen na vernieuwen (F5).</translation>
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="114" />
        <source>Last update: %1</source>
        <translation>Laatste update: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live_updates.py" line="116" />
        <source>No updates yet</source>
        <translation>Nog geen updates</translation>
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
        <location filename="../../ui/windows/main_window.py" line="67" />
        <source>Webcare Triage</source>
        <translation>Webcare Triage</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="182" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="183" />
        <source>&amp;Import messages…</source>
        <translation>Berichten &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="184" />
        <source>Import &amp;CRM data…</source>
        <translation>&amp;CRM-gegevens importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="185" />
        <source>&amp;Quarantined rows…</source>
        <translation>Regels in &amp;quarantaine…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="187" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="189" />
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="190" />
        <source>&amp;Claim</source>
        <translation>&amp;Claimen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="192" />
        <source>Claim the ne&amp;xt ticket</source>
        <translation>V&amp;olgende ticket claimen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="194" />
        <source>Re&amp;lease</source>
        <translation>&amp;Vrijgeven</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="195" />
        <source>Add &amp;note…</source>
        <translation>&amp;Notitie toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="196" />
        <source>&amp;Escalate…</source>
        <translation>&amp;Escaleren…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="197" />
        <source>&amp;Resolve…</source>
        <translation>&amp;Afhandelen…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="198" />
        <source>Open c&amp;ustomer</source>
        <translation>&amp;Klant openen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="200" />
        <source>Correct &amp;sentiment</source>
        <translation>&amp;Sentiment corrigeren</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="202" />
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="203" />
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="204" />
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="209" />
        <source>Is a complaint</source>
        <translation>Is een klacht</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="210" />
        <source>Not a complaint</source>
        <translation>Geen klacht</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="214" />
        <source>Priority too low</source>
        <translation>Prioriteit te laag</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="215" />
        <source>Priority too high</source>
        <translation>Prioriteit te hoog</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="219" />
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="220" />
        <source>Next ticket</source>
        <translation>Volgende ticket</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="221" />
        <source>Previous ticket</source>
        <translation>Vorige ticket</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="222" />
        <source>Open conversation</source>
        <translation>Gesprek openen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="223" />
        <source>Only &amp;mine</source>
        <translation>Alleen &amp;mijn tickets</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="224" />
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="225" />
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="227" />
        <source>Interface &amp;language</source>
        <translation>&amp;Taal van de interface</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="231" />
        <source>T&amp;ools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="232" />
        <source>&amp;Sources…</source>
        <translation>&amp;Bronnen…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="233" />
        <source>&amp;Ambassadors…</source>
        <translation>&amp;Ambassadeurs…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="234" />
        <source>Link s&amp;uggestions…</source>
        <translation>&amp;Koppelvoorstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="235" />
        <source>&amp;Learned model…</source>
        <translation>&amp;Geleerd model…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="237" />
        <source>Te&amp;am</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="239" />
        <source>&amp;Escalations to review…</source>
        <translation>&amp;Escalaties beoordelen…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="242" />
        <source>&amp;Dashboards…</source>
        <translation>&amp;Dashboards…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="245" />
        <source>&amp;SLA policy…</source>
        <translation>&amp;SLA-beleid…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="246" />
        <source>Case &amp;replay…</source>
        <translation>Casus &amp;naspelen…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="248" />
        <source>&amp;People and roles…</source>
        <translation>&amp;Mensen en rollen…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="252" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="253" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="291" />
        <source>Signed in as %1 · %2</source>
        <translation>Ingelogd als %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="331" />
        <source>%1: %2 new at %3</source>
        <translation>%1: %2 nieuw om %3</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="347" />
        <source>Re-scored %1</source>
        <translation>Herberekend %1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="350" />
        <source>Re-scoring failed at %1</source>
        <translation>Herberekenen mislukt om %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/main_window.py" line="354" />
        <source>%n source(s) need attention</source>
        <translation><numerusform>%n bron vraagt aandacht</numerusform><numerusform>%n bronnen vragen aandacht</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/main_window.py" line="362" />
        <source>%n row(s) quarantined</source>
        <translation><numerusform>%n regel in quarantaine</numerusform><numerusform>%n regels in quarantaine</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="421" />
        <location filename="../../ui/windows/main_window.py" line="462" />
        <source>Claimed #%1</source>
        <translation>#%1 geclaimd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="422" />
        <source>Released #%1</source>
        <translation>#%1 vrijgegeven</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="423" />
        <source>Note added to #%1</source>
        <translation>Notitie toegevoegd aan #%1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="424" />
        <source>Escalated #%1</source>
        <translation>#%1 geëscaleerd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="425" />
        <source>Resolved #%1</source>
        <translation>#%1 afgehandeld</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="426" />
        <source>Sentiment of #%1 corrected</source>
        <translation>Sentiment van #%1 gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="427" />
        <source>Noted whether #%1 is a complaint</source>
        <translation>Genoteerd of #%1 een klacht is</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="428" />
        <source>Priority feedback on #%1 noted</source>
        <translation>Feedback op prioriteit van #%1 genoteerd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="457" />
        <source>Nothing to claim: every waiting ticket is held by someone</source>
        <translation>Niets te claimen: elk wachtend ticket is al van iemand</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="551" />
        <source>Import messages</source>
        <translation>Berichten importeren</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="553" />
        <source>Messages (*.jsonl *.ndjson *.json *.csv);;All files (*)</source>
        <translation>Berichten (*.jsonl *.ndjson *.json *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="559" />
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="563" />
        <source>%1: %2 added, %3 already known, %4 quarantined</source>
        <translation>%1: %2 toegevoegd, %3 al bekend, %4 in quarantaine</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="595" />
        <source>Training on the team's labels…</source>
        <translation>Trainen op de labels van het team…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="599" />
        <source>Trained and compared with the shipped model.</source>
        <translation>Getraind en vergeleken met het standaardmodel.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="606" />
        <source>Rolled back.</source>
        <translation>Teruggedraaid.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="643" />
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
        <location filename="../../ui/dialogs/model_dialog.py" line="68" />
        <source>Train now</source>
        <translation>Nu trainen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="69" />
        <source>Roll back to the previous model</source>
        <translation>Terug naar het vorige model</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="89" />
        <source>In use: the shipped model. %1 labelled messages so far.</source>
        <translation>In gebruik: het standaardmodel. %1 gelabelde berichten tot nu toe.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="92" />
        <source>In use: the team's model from %2 where it measured better (%3), the shipped model elsewhere. %1 labelled messages so far.</source>
        <translation>In gebruik: het teammodel van %2 waar het beter scoorde (%3), elders het standaardmodel. %1 gelabelde berichten tot nu toe.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="109" />
        <source>nothing (not better)</source>
        <translation>niets (niet beter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="110" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="123" />
        <source>tone</source>
        <translation>toon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/model_dialog.py" line="123" />
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
    <name>Notifier</name>
    <message>
        <location filename="../../ui/notifier.py" line="45" />
        <source>Webcare Triage</source>
        <translation>Webcare Triage</translation>
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="76" />
        <source>New top-priority ticket</source>
        <translation>Nieuw ticket met topprioriteit</translation>
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="77" />
        <source>#%1 on %2 from %3 (priority %4)</source>
        <translation>#%1 via %2 van %3 (prioriteit %4)</translation>
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="84" />
        <source>Reply due soon</source>
        <translation>Antwoord bijna te laat</translation>
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="85" />
        <source>#%1 on %2: reply due in %3 min</source>
        <translation>#%1 via %2: antwoord uiterlijk over %3 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/notifier.py" line="92" />
        <source>%n new top-priority ticket(s)</source>
        <translation><numerusform>%n nieuw ticket met topprioriteit</numerusform><numerusform>%n nieuwe tickets met topprioriteit</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/notifier.py" line="94" />
        <source>%n reply(ies) due within 10 minutes</source>
        <translation><numerusform>%n antwoord binnen 10 minuten nodig</numerusform><numerusform>%n antwoorden binnen 10 minuten nodig</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/notifier.py" line="95" />
        <source>Needs attention</source>
        <translation>Heeft aandacht nodig</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="195" />
        <source>People and roles</source>
        <translation>Mensen en rollen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="201" />
        <source>Agents work the queue; team leads also review escalations, SLA policies, dashboards and the learned model; trainers see anonymised cases only; administrators manage people and sources.</source>
        <translation>Medewerkers werken de wachtrij af; teamleiders beoordelen ook escalaties, SLA-beleid, dashboards en het geleerde model; trainers zien alleen geanonimiseerde casussen; beheerders beheren mensen en bronnen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="209" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="209" />
        <source>Shown as</source>
        <translation>Weergegeven als</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="209" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="218" />
        <source>Only an administrator can change roles.</source>
        <translation>Alleen een beheerder kan rollen wijzigen.</translation>
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
        <location filename="../../ui/models/queue_table_model.py" line="183" />
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="184" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="185" />
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="186" />
        <source>Author</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="187" />
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="188" />
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="189" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="190" />
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="191" />
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="192" />
        <source>Reply due</source>
        <translation>Antwoord uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="193" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="194" />
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="150" />
        <location filename="../../ui/windows/replay_window.py" line="526" />
        <source>Case replay</source>
        <translation>Casus terugkijken</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="191" />
        <source>Resolved cases, anonymised: names, handles, addresses, numbers and links are replaced by pseudonyms. Pick a case to replay it step by step.</source>
        <translation>Afgehandelde casussen, geanonimiseerd: namen, accounts, adressen, nummers en links zijn vervangen door pseudoniemen. Kies een casus om hem stap voor stap terug te kijken.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="201" />
        <source>Search the summaries, channel or outcome…</source>
        <translation>Zoek in de samenvattingen, het kanaal of de uitkomst…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="205" />
        <source>&amp;Replay</source>
        <translation>&amp;Terugkijken</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="215" />
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="216" />
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="217" />
        <location filename="../../ui/windows/replay_window.py" line="800" />
        <source>Resolved</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="218" />
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="219" />
        <location filename="../../ui/windows/replay_window.py" line="1036" />
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="220" />
        <source>First message</source>
        <translation>Eerste bericht</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="250" />
        <source>Loading cases…</source>
        <translation>Casussen laden…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="280" />
        <source>Resolved cases: %1</source>
        <translation>Afgehandelde casussen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="282" />
        <source>No resolved cases match.</source>
        <translation>Geen afgehandelde casussen gevonden.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="298" />
        <source>◀ Cases</source>
        <translation>◀ Casussen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="299" />
        <source>Back to the list of cases</source>
        <translation>Terug naar de lijst met casussen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="306" />
        <source>Show real names</source>
        <translation>Echte namen tonen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="308" />
        <source>Only for people who may read customers' messages; trainers never see this</source>
        <translation>Alleen voor wie berichten van klanten mag lezen; trainers zien dit nooit</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="313" />
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="315" />
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="347" />
        <source>Annotations</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="348" />
        <source>Scorecard</source>
        <translation>Scorekaart</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="349" />
        <location filename="../../ui/windows/replay_window.py" line="1027" />
        <source>Pseudonyms</source>
        <translation>Pseudoniemen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="364" />
        <source>◀ Back</source>
        <translation>◀ Terug</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="365" />
        <source>One step back (Alt+Left)</source>
        <translation>Eén stap terug (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="367" />
        <source>Forward ▶</source>
        <translation>Verder ▶</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="368" />
        <source>One step forward (Alt+Right)</source>
        <translation>Eén stap verder (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="370" />
        <location filename="../../ui/windows/replay_window.py" line="647" />
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="371" />
        <source>Play or pause (Ctrl+Space)</source>
        <translation>Afspelen of pauzeren (Ctrl+Spatie)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="376" />
        <source>1× (the case in a minute)</source>
        <translation>1× (de casus in een minuut)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="377" />
        <source>4×</source>
        <translation>4×</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="378" />
        <source>16×</source>
        <translation>16×</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="379" />
        <source>One step per second</source>
        <translation>Eén stap per seconde</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="383" />
        <source>Real time between the steps, compressed so that the case plays in a minute</source>
        <translation>De echte tijd tussen de stappen, zo ingekort dat de casus in een minuut afspeelt</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="401" />
        <source>At this moment</source>
        <translation>Op dit moment</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="408" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="409" />
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="410" />
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="411" />
        <source>Made of</source>
        <translation>Opgebouwd uit</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="412" />
        <location filename="../../ui/windows/replay_window.py" line="799" />
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="413" />
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="433" />
        <source>A note on this step, for the training…</source>
        <translation>Een aantekening bij deze stap, voor de training…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="437" />
        <source>&amp;Add annotation</source>
        <translation>Aantekening &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="446" />
        <source>Score how the case was handled: 1 (poor) to 5 (excellent).</source>
        <translation>Beoordeel hoe de casus is behandeld: 1 (slecht) tot 5 (uitstekend).</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="457" />
        <source>1 (poor) to 5 (excellent)</source>
        <translation>1 (slecht) tot 5 (uitstekend)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="464" />
        <source>What went well, what could be better…</source>
        <translation>Wat ging goed, wat kan beter…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="467" />
        <source>&amp;Save scorecard</source>
        <translation>Scorekaart &amp;opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="479" />
        <source>What each pseudonym stands for. The originals are not shown.</source>
        <translation>Waar elk pseudoniem voor staat. De oorspronkelijke gegevens worden niet getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="520" />
        <source>Loading case #%1…</source>
        <translation>Casus #%1 laden…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="533" />
        <source>Case #%1 · %2</source>
        <translation>Casus #%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="538" />
        <source>anonymised</source>
        <translation>geanonimiseerd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="540" />
        <source>Case replay: #%1</source>
        <translation>Casus terugkijken: #%1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="557" />
        <source>Not anonymised: real names are shown.</source>
        <translation>Niet geanonimiseerd: echte namen worden getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="577" />
        <source>%1 steps from %2 to %3</source>
        <translation>%1 stappen van %2 tot %3</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="611" />
        <source>Step %1 of %2 · %3</source>
        <translation>Stap %1 van %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="641" />
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="759" />
        <location filename="../../ui/windows/replay_window.py" line="1044" />
        <source>not scored</source>
        <translation>nog niet gescoord</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="761" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="761" />
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="787" />
        <source>Changed by this step: shown in blue.</source>
        <translation>Wat deze stap veranderde, staat in blauw.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="794" />
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="795" />
        <source>Our reply</source>
        <translation>Ons antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="796" />
        <source>Claimed</source>
        <translation>Geclaimd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="797" />
        <source>Released</source>
        <translation>Vrijgegeven</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="798" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="801" />
        <source>Reopened</source>
        <translation>Heropend</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="802" />
        <source>Priority scored</source>
        <translation>Prioriteit berekend</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="803" />
        <source>Sentiment corrected</source>
        <translation>Sentiment gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="804" />
        <source>Complaint corrected</source>
        <translation>Klacht gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="805" />
        <source>Priority corrected</source>
        <translation>Prioriteit gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="806" />
        <source>Survey recorded</source>
        <translation>Enquête vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="813" />
        <source>Claimed by %1</source>
        <translation>Geclaimd door %1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="815" />
        <source>Released by %1</source>
        <translation>Vrijgegeven door %1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="818" />
        <source>Priority now %1 (%2)</source>
        <translation>Prioriteit nu %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="823" />
        <source>Reopened by a new message</source>
        <translation>Heropend door een nieuw bericht</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="825" />
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="835" />
        <source>Priority should be higher</source>
        <translation>Prioriteit hoort hoger</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="836" />
        <source>Priority should be lower</source>
        <translation>Prioriteit hoort lager</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="841" />
        <source>Sentiment corrected to %1</source>
        <translation>Sentiment gecorrigeerd naar %1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="844" />
        <source>Marked as a complaint</source>
        <translation>Gemarkeerd als klacht</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="846" />
        <source>Marked as no complaint</source>
        <translation>Gemarkeerd als geen klacht</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="864" />
        <source>escalation cues</source>
        <translation>escalatiesignalen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="865" />
        <source>waiting time</source>
        <translation>wachttijd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="866" />
        <source>tone</source>
        <translation>toon</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="867" />
        <source>reach</source>
        <translation>bereik</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="868" />
        <source>customer value</source>
        <translation>klantwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="869" />
        <source>repeat contact</source>
        <translation>herhaald contact</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="877" />
        <source>Empathy</source>
        <translation>Empathie</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="878" />
        <source>Accuracy</source>
        <translation>Juistheid</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="879" />
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="880" />
        <source>Ownership</source>
        <translation>Eigenaarschap</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="881" />
        <source>Tone</source>
        <translation>Toon</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="886" />
        <source>a customer</source>
        <translation>een klant</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="887" />
        <source>one of us (an agent or our account)</source>
        <translation>een van ons (een medewerker of ons account)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="888" />
        <source>a customer's handle</source>
        <translation>het account van een klant</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="889" />
        <source>an e-mail address</source>
        <translation>een e-mailadres</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="890" />
        <source>a phone number</source>
        <translation>een telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="891" />
        <source>a street address</source>
        <translation>een adres</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="892" />
        <source>a postcode</source>
        <translation>een postcode</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="893" />
        <source>a bank account (IBAN)</source>
        <translation>een bankrekening (IBAN)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="894" />
        <source>an order, customer or account number</source>
        <translation>een bestel-, klant- of accountnummer</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="895" />
        <source>a personal link</source>
        <translation>een persoonlijke link</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="977" />
        <location filename="../../ui/windows/replay_window.py" line="984" />
        <source>Export case pack</source>
        <translation>Casuspakket exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="977" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="984" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="995" />
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="1019" />
        <source>Opened %1 · resolved %2 · %3 steps</source>
        <translation>Geopend %1 · afgehandeld %2 · %3 stappen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="1046" />
        <source>escalated</source>
        <translation>geëscaleerd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="1059" />
        <source>Scorecards</source>
        <translation>Scorekaarten</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replay_window.py" line="1088" />
        <source>The PDF could not be written</source>
        <translation>De PDF kon niet worden geschreven</translation>
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
        <source>Claim the next ticket nobody holds, and open it</source>
        <translation>Het volgende ticket dat niemand heeft claimen en openen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="24" />
        <source>Release your claim</source>
        <translation>Je claim vrijgeven</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="25" />
        <source>Add a note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="26" />
        <source>Escalate with a reason</source>
        <translation>Escaleren met een reden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="27" />
        <source>Resolve with an outcome</source>
        <translation>Afhandelen met een uitkomst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="28" />
        <source>Open the customer: every channel, loyalty, history</source>
        <translation>Open de klant: alle kanalen, loyaliteit, geschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="29" />
        <source>Correct sentiment: negative / neutral / positive</source>
        <translation>Sentiment corrigeren: negatief / neutraal / positief</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="30" />
        <source>Is / is not a complaint</source>
        <translation>Wel / geen klacht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="31" />
        <source>Priority too low / too high</source>
        <translation>Prioriteit te laag / te hoog</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="32" />
        <source>Only my tickets</source>
        <translation>Alleen mijn tickets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="33" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="34" />
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35" />
        <source>Import messages</source>
        <translation>Berichten importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="36" />
        <source>Sources and their health</source>
        <translation>Bronnen en hoe het met ze gaat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="40" />
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="40" />
        <source>Does</source>
        <translation>Doet</translation>
    </message>
</context>
<context>
    <name>SlaPolicyDialog</name>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="199" />
        <source>SLA policy</source>
        <translation>SLA-beleid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="205" />
        <source>How soon the team answers and resolves, per kind of channel and priority band. Time counts in business hours only; while we wait on the customer, the resolution clock stands still.</source>
        <translation>Hoe snel het team reageert en afhandelt, per soort kanaal en prioriteitsklasse. Alleen tijd binnen openingstijden telt; zolang we op de klant wachten, staat de afhandelklok stil.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="215" />
        <source>You can look at the policy but not change it: that is up to a team lead or an administrator.</source>
        <translation>Je kunt het beleid bekijken maar niet wijzigen: dat doet een teamleider of een beheerder.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="228" />
        <source>Warn before a target is missed:</source>
        <translation>Waarschuwen voordat een termijn verloopt:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="232" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="233" />
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="257" />
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="260" />
        <source>&amp;Defaults</source>
        <translation>&amp;Standaard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="263" />
        <source>Fill in the standard targets, around the clock (nothing is saved yet)</source>
        <translation>Vul de standaardtermijnen in, dag en nacht (er wordt nog niets opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="266" />
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="464" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="279" />
        <source>Public posts</source>
        <translation>Openbare berichten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="280" />
        <source>Private messages</source>
        <translation>Privéberichten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="281" />
        <source>E-mail and web forms</source>
        <translation>E-mail en webformulieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="286" />
        <source>P1 critical</source>
        <translation>P1 kritiek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="287" />
        <source>P2 high</source>
        <translation>P2 hoog</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="288" />
        <source>P3 medium</source>
        <translation>P3 normaal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="289" />
        <source>P4 low</source>
        <translation>P4 laag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="294" />
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="295" />
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="296" />
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="297" />
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="298" />
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="299" />
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="300" />
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="304" />
        <source>Targets</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="314" />
        <source>First reply</source>
        <translation>Eerste reactie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="314" />
        <source>Resolved</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="324" />
        <source>First reply: %1</source>
        <translation>Eerste reactie: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="325" />
        <source>Resolved: %1</source>
        <translation>Afgehandeld: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="336" />
        <source>Business hours and holidays</source>
        <translation>Openingstijden en feestdagen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="338" />
        <source>Open around the clock (24/7, no holidays)</source>
        <translation>Dag en nacht open (24/7, geen feestdagen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="357" />
        <source>Time zone:</source>
        <translation>Tijdzone:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="367" />
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="367" />
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="367" />
        <source>Opens</source>
        <translation>Opent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="367" />
        <source>Closes</source>
        <translation>Sluit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="374" />
        <source>00:00 means midnight at the end of the day</source>
        <translation>00:00 betekent middernacht aan het eind van de dag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="375" />
        <source>%1 closed</source>
        <translation>%1 gesloten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="376" />
        <source>%1 opens</source>
        <translation>%1 opent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="377" />
        <source>%1 closes</source>
        <translation>%1 sluit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="386" />
        <source>Holidays (closed all day)</source>
        <translation>Feestdagen (hele dag gesloten)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="396" />
        <source>Holiday date</source>
        <translation>Datum feestdag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="397" />
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="398" />
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="424" />
        <source>split: %1</source>
        <translation>gesplitst: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="441" />
        <source>Set by %1 on %2</source>
        <translation>Ingesteld door %1 op %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="444" />
        <source>Standard targets: nobody has changed them yet</source>
        <translation>Standaardtermijnen: nog door niemand gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="464" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="465" />
        <source>A ticket takes the target of its band.</source>
        <translation>Een ticket krijgt de termijn van zijn prioriteitsklasse.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="467" />
        <source>Every minute of every day counts towards the targets, weekends and holidays included.</source>
        <translation>Elke minuut van elke dag telt mee voor de termijnen, ook in het weekend en op feestdagen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="471" />
        <source>A more urgent band should not have a longer target. Type 45 min, 4 h or 1 h 30 min.</source>
        <translation>Een urgentere klasse hoort geen langere termijn te hebben. Typ 45 min, 4 u of 1 u 30 min.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="476" />
        <source>Untick the box to set opening hours, a time zone and holidays.</source>
        <translation>Vink het vakje uit om openingstijden, een tijdzone en feestdagen in te stellen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="528" />
        <source>%1, %2: resolving cannot take less time than the first reply.</source>
        <translation>%1, %2: afhandelen kan niet sneller dan de eerste reactie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="542" />
        <source>%1: the closing time must come after the opening time.</source>
        <translation>%1: de sluitingstijd moet na de openingstijd liggen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="549" />
        <source>Open at least one day a week, or tick 24/7.</source>
        <translation>Open minstens één dag per week, of vink 24/7 aan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="551" />
        <source>Unknown time zone: %1</source>
        <translation>Onbekende tijdzone: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sla_policy_dialog.py" line="579" />
        <source>Saving…</source>
        <translation>Opslaan…</translation>
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
        <location filename="../../ui/windows/sources_controller.py" line="108" />
        <source>Saved %1. It is polled on its schedule.</source>
        <translation>%1 opgeslagen. Hij wordt volgens schema opgehaald.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="120" />
        <source>Testing %1…</source>
        <translation>%1 testen…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="125" />
        <source>Test of %1 failed: %2</source>
        <translation>Test van %1 mislukt: %2</translation>
    </message>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="163" />
        <source>Remove source</source>
        <translation>Bron verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/sources_controller.py" line="165" />
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
        <location filename="../../ui/dialogs/sources_dialog.py" line="62" />
        <source>Feeds, accounts, mailboxes and folders the queue is filled from. A source that fails, is refused or goes quiet turns amber or red.</source>
        <translation>Feeds, accounts, mailboxen en mappen waaruit de wachtrij gevuld wordt. Een bron die faalt, geweigerd wordt of stilvalt, kleurt oranje of rood.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="73" />
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="74" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="75" />
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="76" />
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="77" />
        <source>Last success</source>
        <translation>Laatst gelukt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="78" />
        <source>New (24 h)</source>
        <translation>Nieuw (24 u)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="79" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="113" />
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="114" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="115" />
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="116" />
        <source>Fetch a few items and show them without importing</source>
        <translation>Haal een paar berichten op en toon ze zonder te importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="117" />
        <source>&amp;Poll now</source>
        <translation>Nu &amp;ophalen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="118" />
        <location filename="../../ui/dialogs/sources_dialog.py" line="233" />
        <source>&amp;Disable</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="119" />
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="162" />
        <source>Polling…</source>
        <translation>Bezig met ophalen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/sources_dialog.py" line="182" />
        <source>%n source(s) need attention.</source>
        <translation><numerusform>%n bron vraagt aandacht.</numerusform><numerusform>%n bronnen vragen aandacht.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="191" />
        <source>%1 answered, with nothing new to show.</source>
        <translation>%1 antwoordde, zonder iets nieuws.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="195" />
        <source>Would be quarantined: %1</source>
        <translation>Zou in quarantaine gaan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="199" />
        <source>Test of %1: nothing was imported.</source>
        <translation>Test van %1: er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="211" />
        <source>Last poll: %1</source>
        <translation>Laatste ophaalronde: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="212" />
        <source>every %1</source>
        <translation>elke %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="215" />
        <source>keywords: %1</source>
        <translation>woorden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="217" />
        <source>next try: %1</source>
        <translation>volgende poging: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="233" />
        <source>&amp;Enable</source>
        <translation>&amp;Inschakelen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sources_dialog.py" line="238" />
        <source>Only an administrator can change sources.</source>
        <translation>Alleen een beheerder kan bronnen wijzigen.</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="253" />
        <source>Link suggestions</source>
        <translation>Koppelvoorstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="259" />
        <source>These accounts may belong to a known customer. Nothing is linked until you confirm; a confirmed link is a merge that can be undone in the customer window.</source>
        <translation>Deze accounts horen misschien bij een bekende klant. Er wordt niets gekoppeld tot u bevestigt; een bevestigde koppeling is een samenvoeging die in het klantvenster ongedaan kan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="268" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="268" />
        <source>Could be</source>
        <translation>Mogelijk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="268" />
        <source>Likeness</source>
        <translation>Gelijkenis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="268" />
        <source>Because</source>
        <translation>Omdat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="278" />
        <source>Same person: link</source>
        <translation>Zelfde persoon: koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="281" />
        <source>Not the same</source>
        <translation>Niet dezelfde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/crm_dialogs.py" line="311" />
        <source>%n suggestion(s) to decide</source>
        <translation><numerusform>%n voorstel te beslissen</numerusform><numerusform>%n voorstellen te beslissen</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crm_dialogs.py" line="313" />
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
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
    <name>CustomerPanel</name>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="23" />
        <source>Conversations on every channel, newest first</source>
        <translation>Gesprekken op alle kanalen, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="30" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="31" />
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="32" />
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="33" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="34" />
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="45" />
        <source>Unknown customer</source>
        <translation>Onbekende klant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/customer_panel.py" line="57" />
        <source>%n other conversation(s)</source>
        <translation><numerusform>%n ander gesprek</numerusform><numerusform>%n andere gesprekken</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/customer_panel.py" line="58" />
        <source>%n still open</source>
        <translation><numerusform>%n nog open</numerusform><numerusform>%n nog open</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="59" />
        <source>channels: %1</source>
        <translation>kanalen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_panel.py" line="62" />
        <source>last outcome: %1</source>
        <translation>laatste uitkomst: %1</translation>
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
        <location filename="../../ui/labels.py" line="32" />
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>Waiting on customer</source>
        <translation>Wacht op klant</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>Resolved</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>Solved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>Workaround</source>
        <translation>Tijdelijke oplossing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>No action needed</source>
        <translation>Geen actie nodig</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Billing</source>
        <translation>Facturatie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Technician</source>
        <translation>Monteur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Product defect</source>
        <translation>Productdefect</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Outage</source>
        <translation>Storing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>Praise</source>
        <translation>Compliment</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67" />
        <source>safety risk</source>
        <translation>veiligheidsrisico</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68" />
        <source>legal threat</source>
        <translation>juridische dreiging</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>media threat</source>
        <translation>dreigt met media</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>churn threat</source>
        <translation>dreigt op te zeggen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71" />
        <source>accusation</source>
        <translation>beschuldiging</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72" />
        <source>anger</source>
        <translation>boosheid</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73" />
        <location filename="../../ui/labels.py" line="205" />
        <source>repeat contact</source>
        <translation>herhaald contact</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74" />
        <source>complaint</source>
        <translation>klacht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80" />
        <source>angrier</source>
        <translation>bozer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81" />
        <source>faster</source>
        <translation>sneller</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82" />
        <source>longer</source>
        <translation>langer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83" />
        <source>more people</source>
        <translation>meer mensen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95" />
        <source>negative</source>
        <translation>negatief</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97" />
        <source>positive</source>
        <translation>positief</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98" />
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104" />
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107" />
        <source>%h h %m min</source>
        <translation>%h u %m min</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111" />
        <source>%n days</source>
        <translation>%n dagen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125" />
        <source>overdue %d</source>
        <translation>%d te laat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142" />
        <source>safety issue: at least 90</source>
        <translation>veiligheidsrisico: minstens 90</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143" />
        <source>reply time exceeded: at least 60</source>
        <translation>antwoordtermijn verstreken: minstens 60</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144" />
        <source>public threat by a high-reach author: at least 75</source>
        <translation>publieke dreiging door invloedrijke afzender: minstens 75</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158" />
        <source>heating thread (%1)</source>
        <translation>gesprek loopt op (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159" />
        <source>escalation cue</source>
        <translation>escalatiesignaal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="164" />
        <source>waiting %1/%2 h</source>
        <translation>wacht %1/%2 u</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="170" />
        <source>waiting %1/%2 min</source>
        <translation>wacht %1/%2 min</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176" />
        <source>negative tone</source>
        <translation>negatieve toon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178" />
        <source>no positive tone</source>
        <translation>geen positieve toon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181" />
        <source>, worsening</source>
        <translation>, verslechterend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183" />
        <source>%1 followers</source>
        <translation>%1 volgers</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187" />
        <source>, %1 interactions</source>
        <translation>, %1 interacties</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="192" />
        <source>customer value</source>
        <translation>klantwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="194" />
        <source>unknown customer value</source>
        <translation>klantwaarde onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="200" />
        <source>contact %1 this week</source>
        <translation>contact %1 deze week</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202" />
        <source>switched channel</source>
        <translation>ander kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204" />
        <source>reopened</source>
        <translation>heropend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="223" />
        <source>Ticket %1 is claimed by %2.</source>
        <translation>Ticket %1 is geclaimd door %2.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="228" />
        <source>Ticket %1 changed since you opened it. The fresh state is shown; please check it and try again.</source>
        <translation>Ticket %1 is gewijzigd sinds je het opende. De actuele stand staat nu in beeld; controleer die en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="234" />
        <source>Not found: %1</source>
        <translation>Niet gevonden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="236" />
        <source>This file's format is not recognised: %1</source>
        <translation>Het formaat van dit bestand is onbekend: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="240" />
        <source>Not possible: %1</source>
        <translation>Niet mogelijk: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="244" />
        <source>Could not read or write a file: %1</source>
        <translation>Bestand kon niet gelezen of geschreven worden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="245" />
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/windows/main_window.py" line="60" />
        <source>Webcare Triage</source>
        <translation>Webcare Triage</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="154" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="155" />
        <source>&amp;Import messages…</source>
        <translation>Berichten &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="156" />
        <source>&amp;Quarantined rows…</source>
        <translation>Regels in &amp;quarantaine…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="158" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="160" />
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="161" />
        <source>&amp;Claim</source>
        <translation>&amp;Claimen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="162" />
        <source>Re&amp;lease</source>
        <translation>&amp;Vrijgeven</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="163" />
        <source>Add &amp;note…</source>
        <translation>&amp;Notitie toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="164" />
        <source>&amp;Escalate…</source>
        <translation>&amp;Escaleren…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="165" />
        <source>&amp;Resolve…</source>
        <translation>&amp;Afhandelen…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="167" />
        <source>Correct &amp;sentiment</source>
        <translation>&amp;Sentiment corrigeren</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="169" />
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="170" />
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="171" />
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="176" />
        <source>Is a complaint</source>
        <translation>Is een klacht</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="177" />
        <source>Not a complaint</source>
        <translation>Geen klacht</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="181" />
        <source>Priority too low</source>
        <translation>Prioriteit te laag</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="182" />
        <source>Priority too high</source>
        <translation>Prioriteit te hoog</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="186" />
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="187" />
        <source>Next ticket</source>
        <translation>Volgende ticket</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="188" />
        <source>Previous ticket</source>
        <translation>Vorige ticket</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="189" />
        <source>Open conversation</source>
        <translation>Gesprek openen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="190" />
        <source>Only &amp;mine</source>
        <translation>Alleen &amp;mijn tickets</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="191" />
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="192" />
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="194" />
        <source>Interface &amp;language</source>
        <translation>&amp;Taal van de interface</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="198" />
        <source>T&amp;ools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="199" />
        <source>&amp;Learned model…</source>
        <translation>&amp;Geleerd model…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="201" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="202" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="238" />
        <source>Signed in as %1 · %2</source>
        <translation>Ingelogd als %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="257" />
        <source>Re-scored %1</source>
        <translation>Herberekend %1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="260" />
        <source>Re-scoring failed at %1</source>
        <translation>Herberekenen mislukt om %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/main_window.py" line="264" />
        <source>%n row(s) quarantined</source>
        <translation><numerusform>%n regel in quarantaine</numerusform><numerusform>%n regels in quarantaine</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="323" />
        <source>Claimed #%1</source>
        <translation>#%1 geclaimd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="324" />
        <source>Released #%1</source>
        <translation>#%1 vrijgegeven</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="325" />
        <source>Note added to #%1</source>
        <translation>Notitie toegevoegd aan #%1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="326" />
        <source>Escalated #%1</source>
        <translation>#%1 geëscaleerd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="327" />
        <source>Resolved #%1</source>
        <translation>#%1 afgehandeld</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="328" />
        <source>Sentiment of #%1 corrected</source>
        <translation>Sentiment van #%1 gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="329" />
        <source>Noted whether #%1 is a complaint</source>
        <translation>Genoteerd of #%1 een klacht is</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="330" />
        <source>Priority feedback on #%1 noted</source>
        <translation>Feedback op prioriteit van #%1 genoteerd</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="428" />
        <source>Import messages</source>
        <translation>Berichten importeren</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="430" />
        <source>Messages (*.jsonl *.ndjson *.json *.csv);;All files (*)</source>
        <translation>Berichten (*.jsonl *.ndjson *.json *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="436" />
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="440" />
        <source>%1: %2 added, %3 already known, %4 quarantined</source>
        <translation>%1: %2 toegevoegd, %3 al bekend, %4 in quarantaine</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="472" />
        <source>Training on the team's labels…</source>
        <translation>Trainen op de labels van het team…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="476" />
        <source>Trained and compared with the shipped model.</source>
        <translation>Getraind en vergeleken met het standaardmodel.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="483" />
        <source>Rolled back.</source>
        <translation>Teruggedraaid.</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.py" line="500" />
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
        <location filename="../../ui/models/queue_table_model.py" line="80" />
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="81" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="82" />
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="83" />
        <source>Author</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="84" />
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="85" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="86" />
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="87" />
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="88" />
        <source>Reply due</source>
        <translation>Antwoord uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="89" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_table_model.py" line="90" />
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
        <source>Correct sentiment: negative / neutral / positive</source>
        <translation>Sentiment corrigeren: negatief / neutraal / positief</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="28" />
        <source>Is / is not a complaint</source>
        <translation>Wel / geen klacht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="29" />
        <source>Priority too low / too high</source>
        <translation>Prioriteit te laag / te hoog</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="30" />
        <source>Only my tickets</source>
        <translation>Alleen mijn tickets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="31" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="32" />
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="33" />
        <source>Import messages</source>
        <translation>Berichten importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="37" />
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="37" />
        <source>Does</source>
        <translation>Doet</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="48" />
        <source>Claim (C)</source>
        <translation>Claimen (C)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="49" />
        <source>Release (Esc)</source>
        <translation>Vrijgeven (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="50" />
        <source>Note (N)</source>
        <translation>Notitie (N)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="51" />
        <source>Escalate (E)</source>
        <translation>Escaleren (E)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="52" />
        <source>Resolve (R)</source>
        <translation>Afhandelen (R)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="100" />
        <source>Select a ticket in the queue</source>
        <translation>Kies een ticket in de wachtrij</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="116" />
        <source>claimed by %1</source>
        <translation>geclaimd door %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="119" />
        <source>waiting %1</source>
        <translation>wacht %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="122" />
        <source>reply due: %1</source>
        <translation>antwoord uiterlijk: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ticket_panel.py" line="125" />
        <source>escalated</source>
        <translation>geëscaleerd</translation>
    </message>
</context>
</TS>
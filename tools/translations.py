"""Fill the Qt Linguist files: Dutch for every string, English plural forms for %n strings.

Run through `make translations` (lupdate → this → lrelease). The Dutch wording lives here so a
reviewer can read it in one place.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"

PLURALS_EN: dict[str, tuple[str, str]] = {
    "%n other conversation(s)": ("%n other conversation", "%n other conversations"),
    "%n row(s) quarantined": ("%n row quarantined", "%n rows quarantined"),
    "%n still open": ("%n still open", "%n still open"),
    "%n ticket(s)": ("%n ticket", "%n tickets"),
}
PLURALS_NL: dict[str, tuple[str, str]] = {
    "%n other conversation(s)": ("%n ander gesprek", "%n andere gesprekken"),
    "%n row(s) quarantined": ("%n regel in quarantaine", "%n regels in quarantaine"),
    "%n still open": ("%n nog open", "%n nog open"),
    "%n ticket(s)": ("%n ticket", "%n tickets"),
}

NL: dict[str, str] = {
    "%1 followers": "%1 volgers",
    "%1: %2 added, %3 already known, %4 quarantined": "%1: %2 toegevoegd, %3 al bekend, %4 in quarantaine",
    "%h h %m min": "%h u %m min",
    "%n days": "%n dagen",
    "%n min": "%n min",
    "&Claim": "&Claimen",
    "&Escalate…": "&Escaleren…",
    "&File": "&Bestand",
    "&Help": "&Help",
    "&Import messages…": "Berichten &importeren…",
    "&Keyboard shortcuts": "&Sneltoetsen",
    "&Quarantined rows…": "Regels in &quarantaine…",
    "&Quit": "&Afsluiten",
    "&Refresh": "&Vernieuwen",
    "&Resolve…": "&Afhandelen…",
    "&Search": "&Zoeken",
    "&Ticket": "&Ticket",
    "&View": "Bee&ld",
    ", %1 interactions": ", %1 interacties",
    ", worsening": ", verslechterend",
    "Account": "Account",
    "Add &note…": "&Notitie toevoegen…",
    "Add a note": "Notitie toevoegen",
    "Add note": "Notitie toevoegen",
    "All": "Alles",
    "All channels": "Alle kanalen",
    "All languages": "Alle talen",
    "Amount": "Bedrag",
    "Assignee": "Behandelaar",
    "Author": "Afzender",
    "Billing": "Facturatie",
    "Cancel": "Annuleren",
    "Channel": "Kanaal",
    "Claim (C)": "Claimen (C)",
    "Claim the ticket": "Ticket claimen",
    "Close": "Sluiten",
    "Compensation": "Compensatie",
    "Compensation above my limit": "Compensatie boven mijn mandaat",
    "Content": "Inhoud",
    "Conversations on every channel, newest first": "Gesprekken op alle kanalen, nieuwste eerst",
    "Correct &sentiment": "&Sentiment corrigeren",
    "Correct sentiment: negative / neutral / positive": "Sentiment corrigeren: negatief / neutraal / positief",
    "Could not read or write a file: %1": "Bestand kon niet gelezen of geschreven worden: %1",
    "Credit on invoice": "Creditering op factuur",
    "Delivery": "Levering",
    "Details": "Toelichting",
    "Does": "Doet",
    "Claimed #%1": "#%1 geclaimd",
    "Released #%1": "#%1 vrijgegeven",
    "Note added to #%1": "Notitie toegevoegd aan #%1",
    "Escalated #%1": "#%1 geëscaleerd",
    "Resolved #%1": "#%1 afgehandeld",
    "Sentiment of #%1 corrected": "Sentiment van #%1 gecorrigeerd",
    "Noted whether #%1 is a complaint": "Genoteerd of #%1 een klacht is",
    "Priority feedback on #%1 noted": "Feedback op prioriteit van #%1 genoteerd",
    "Is a complaint": "Is een klacht",
    "Not a complaint": "Geen klacht",
    "Priority too low": "Prioriteit te laag",
    "Priority too high": "Prioriteit te hoog",
    "Is / is not a complaint": "Wel / geen klacht",
    "Priority too low / too high": "Prioriteit te laag / te hoog",
    "Dutch": "Nederlands",
    "English": "Engels",
    "Escalate": "Escaleren",
    "Escalate (E)": "Escaleren (E)",
    "Escalate ticket #%1": "Ticket #%1 escaleren",
    "Escalate with a reason": "Escaleren met een reden",
    "Escalated": "Geëscaleerd",
    "File or source": "Bestand of bron",
    "Import messages": "Berichten importeren",
    "Importing %1…": "%1 importeren…",
    "Information": "Informatie",
    "Interface &language": "&Taal van de interface",
    "Key": "Toets",
    "Keyboard shortcuts": "Sneltoetsen",
    "Language": "Taal",
    "Last activity": "Laatste activiteit",
    "Legal or regulator": "Juridisch of toezichthouder",
    "Line": "Regel",
    "Message": "Bericht",
    "Messages (*.jsonl *.ndjson *.json *.csv);;All files (*)": "Berichten (*.jsonl *.ndjson *.json *.csv);;Alle bestanden (*)",
    "Messages in this conversation: %1 · waiting since: %2": "Berichten in dit gesprek: %1 · wacht sinds: %2",
    "Mine": "Van mij",
    "Needs a team lead": "Teamleider nodig",
    "Needs action": "Actie nodig",
    "Negative": "Negatief",
    "Neutral": "Neutraal",
    "New": "Nieuw",
    "Next / previous ticket": "Volgende / vorige ticket",
    "Next ticket": "Volgende ticket",
    "No action needed": "Geen actie nodig",
    "None": "Geen",
    "Not found: %1": "Niet gevonden: %1",
    "Not possible: %1": "Niet mogelijk: %1",
    "Note": "Notitie",
    "Note (N)": "Notitie (N)",
    "Note on ticket #%1": "Notitie bij ticket #%1",
    "Only &mine": "Alleen &mijn tickets",
    "Only my tickets": "Alleen mijn tickets",
    "Open": "Open",
    "Open conversation": "Gesprek openen",
    "Other": "Overig",
    "Outage": "Storing",
    "Outcome": "Uitkomst",
    "Positive": "Positief",
    "Praise": "Compliment",
    "Press or public exposure": "Pers of publieke aandacht",
    "Previous ticket": "Vorige ticket",
    "Priority": "Prioriteit",
    "Product defect": "Productdefect",
    "Quarantined rows": "Regels in quarantaine",
    "Re&lease": "&Vrijgeven",
    "Read the conversation": "Het gesprek lezen",
    "Reason": "Reden",
    "Reason codes": "Redencodes",
    "Refresh": "Vernieuwen",
    "Refund": "Terugbetaling",
    "Release (Esc)": "Vrijgeven (Esc)",
    "Release your claim": "Je claim vrijgeven",
    "Reply due": "Antwoord uiterlijk",
    "Learned model": "Geleerd model",
    "&Learned model…": "&Geleerd model…",
    "T&ools": "E&xtra",
    "Trained": "Getraind",
    "Labels": "Labels",
    "Negative F1 (learned / shipped)": "Negatief F1 (geleerd / standaard)",
    "Complaint F1 (learned / shipped)": "Klacht F1 (geleerd / standaard)",
    "Used for": "Gebruikt voor",
    "Active": "Actief",
    "Rolled back": "Teruggedraaid",
    "Train now": "Nu trainen",
    "Roll back to the previous model": "Terug naar het vorige model",
    "In use: the shipped model. %1 labelled messages so far.": "In gebruik: het standaardmodel. %1 gelabelde berichten tot nu toe.",
    "In use: the team's model from %2 where it measured better (%3), the shipped model elsewhere. %1 labelled messages so far.": "In gebruik: het teammodel van %2 waar het beter scoorde (%3), elders het standaardmodel. %1 gelabelde berichten tot nu toe.",
    "nothing (not better)": "niets (niet beter)",
    "yes": "ja",
    "tone": "toon",
    "complaints": "klachten",
    "Training on the team's labels…": "Trainen op de labels van het team…",
    "Trained and compared with the shipped model.": "Getraind en vergeleken met het standaardmodel.",
    "Rolled back.": "Teruggedraaid.",
    "Re-scored %1": "Herberekend %1",
    "Re-scoring failed at %1": "Herberekenen mislukt om %1",
    "Resolve": "Afhandelen",
    "Resolve (R)": "Afhandelen (R)",
    "Resolve ticket #%1": "Ticket #%1 afhandelen",
    "Resolve with an outcome": "Afhandelen met een uitkomst",
    "Resolved": "Afgehandeld",
    "Safety": "Veiligheid",
    "Search": "Zoeken",
    "Search messages and authors  ( / )": "Zoek in berichten en afzenders  ( / )",
    "Select a ticket in the queue": "Kies een ticket in de wachtrij",
    "Sentiment": "Sentiment",
    "Show": "Toon",
    "Signed in as %1 · %2": "Ingelogd als %1 · %2",
    "Solved": "Opgelost",
    "Spam": "Spam",
    "Staff": "Medewerker",
    "Status": "Status",
    "Technician": "Monteur",
    "The interface language changes the next time the app starts.": "De taal van de interface verandert bij de volgende start.",
    "These rows could not be imported. Everything else in their files was imported. Fix the "
    "file and import it again: rows already imported are skipped.": "Deze regels konden niet worden geïmporteerd. De rest van hun bestanden wel. Herstel het "
    "bestand en importeer het opnieuw: regels die al zijn geïmporteerd worden overgeslagen.",
    "This file's format is not recognised: %1": "Het formaat van dit bestand is onbekend: %1",
    "Ticket": "Ticket",
    "Ticket %1 changed since you opened it. The fresh state is shown; please check it and try "
    "again.": "Ticket %1 is gewijzigd sinds je het opende. De actuele stand staat nu in beeld; "
    "controleer die en probeer het opnieuw.",
    "Ticket %1 is claimed by %2.": "Ticket %1 is geclaimd door %2.",
    "Unexpected error: %1": "Onverwachte fout: %1",
    "Unknown customer": "Onbekende klant",
    "Voucher": "Tegoedbon",
    "Waiting": "Wacht",
    "Waiting on customer": "Wacht op klant",
    "Webcare Triage": "Webcare Triage",
    "What happened, what you promised, what comes next": "Wat er gebeurde, wat je hebt toegezegd, wat er nu komt",
    "What was done (optional)": "Wat er is gedaan (optioneel)",
    "When": "Wanneer",
    "Why": "Waarom",
    "Why, in a sentence": "Waarom, in één zin",
    "Workaround": "Tijdelijke oplossing",
    "accusation": "beschuldiging",
    "anger": "boosheid",
    "channels: %1": "kanalen: %1",
    "churn threat": "dreigt op te zeggen",
    "complaint": "klacht",
    "heating thread (%1)": "gesprek loopt op (%1)",
    "angrier": "bozer",
    "faster": "sneller",
    "longer": "langer",
    "more people": "meer mensen",
    "claimed by %1": "geclaimd door %1",
    "contact %1 this week": "contact %1 deze week",
    "customer value": "klantwaarde",
    "escalated": "geëscaleerd",
    "escalation cue": "escalatiesignaal",
    "last outcome: %1": "laatste uitkomst: %1",
    "legal threat": "juridische dreiging",
    "media threat": "dreigt met media",
    "negative": "negatief",
    "negative tone": "negatieve toon",
    "neutral": "neutraal",
    "no positive tone": "geen positieve toon",
    "overdue %d": "%d te laat",
    "positive": "positief",
    "public threat by a high-reach author: at least 75": "publieke dreiging door invloedrijke afzender: minstens 75",
    "reopened": "heropend",
    "repeat contact": "herhaald contact",
    "reply due: %1": "antwoord uiterlijk: %1",
    "reply time exceeded: at least 60": "antwoordtermijn verstreken: minstens 60",
    "safety issue: at least 90": "veiligheidsrisico: minstens 90",
    "safety risk": "veiligheidsrisico",
    "switched channel": "ander kanaal",
    "unknown customer value": "klantwaarde onbekend",
    "us": "wij",
    "waiting %1": "wacht %1",
    "waiting %1/%2 h": "wacht %1/%2 u",
    "waiting %1/%2 min": "wacht %1/%2 min",
}


def fill(ts: Path, singular: dict[str, str], plurals: dict[str, tuple[str, str]]) -> list[str]:
    """Write translations into a .ts file; returns the sources that have none."""
    tree = ET.parse(ts)
    missing: list[str] = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = plurals.get(source)
            if forms is None:
                missing.append(source)
                translation.set("type", "unfinished")
                continue
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        elif source in singular:
            translation.text = singular[source]
        else:
            missing.append(source)
            translation.set("type", "unfinished")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    missing = fill(TS_DIR / "triage_nl.ts", NL, PLURALS_NL)
    # English needs no wording, only plural forms; every other string stays as in the code.
    fill(TS_DIR / "triage_en.ts", {}, PLURALS_EN)
    if missing:
        print("no Dutch translation for:", *missing, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

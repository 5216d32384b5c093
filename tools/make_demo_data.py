"""Write the demo mentions the app seeds on first start: resources/demo/mentions.jsonl.

Run from the repo root with ``python tools/make_demo_data.py``. The output is deterministic
(fixed seed), so re-running only changes the file when this script changes.

"Stroomnet", its products and every person below are fictional, and every text was written
for this file. Addresses and customer numbers are made up and e-mail addresses use example
domains. The one real number, 0800-9009 (the Dutch gas and power emergency line), is there on
purpose: it is the right advice in the safety replies.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

SEED = 20261123
END = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # "now" in the demo
START = END - timedelta(days=3)
OUT = Path(__file__).resolve().parents[1] / "resources" / "demo" / "mentions.jsonl"

PUBLIC = ("x", "mastodon", "bluesky", "facebook", "instagram", "trustpilot")
PRIVATE = ("email", "x_dm")
INSTANCES = ("mastodon.social", "mastodon.nl", "toot.community", "mstdn.social")
FB_PAGE = "104729386650112"
TWITTER_EPOCH_MS = 1288834974657
BASE32_SORTABLE = "234567abcdefghijklmnopqrstuvwxyz"
SHORTCODE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


@dataclass(frozen=True, slots=True)
class Person:
    slug: str
    name: str
    followers: int | None = None  # None: drawn from the usual 10-2,000 range
    email: str = ""


@dataclass(frozen=True, slots=True)
class Msg:
    who: Person
    lang: str
    text: str
    to: int = -1  # index of the parent in the thread; -1 means the message just before
    after: float | None = None  # minutes after the parent; None draws a plausible gap
    likes: int | None = None  # interactions; None draws a small number on public channels


@dataclass(frozen=True, slots=True)
class Thread:
    channel: str
    msgs: tuple[Msg, ...]
    at: float | None = None  # hours before END of the first message; None draws a time


def say(
    who: Person,
    lang: str,
    text: str,
    *,
    to: int = -1,
    after: float | None = None,
    likes: int | None = None,
) -> Msg:
    return Msg(who, lang, text, to, after, likes)


def thread(channel: str, *msgs: Msg, at: float | None = None) -> Thread:
    return Thread(channel, msgs, at)


def post(
    channel: str,
    who: Person,
    lang: str,
    text: str,
    *,
    at: float | None = None,
    likes: int | None = None,
) -> Thread:
    return Thread(channel, (Msg(who, lang, text, likes=likes),), at)


# --- People who appear more than once -------------------------------------------------------

BRAND = Person("StroomnetHelp", "Stroomnet Klantenservice", 14_850, "klantenservice@stroomnet.nl")

# The influential complainer: a tech journalist with a podcast.
BRAM = Person("bramhoekstra", "Bram Hoekstra | Bitbreuk", 85_400)

# Repeat contacts: the same person on several channels within a few days.
MARLOES = Person("marloesj", "Marloes Jansen", 412, "marloes.jansen@example.nl")
TOM = Person("tompeeters_gent", "Tom Peeters", 238, "tom.peeters@example.be")
RACHEL = Person("rachel_okafor", "Rachel Okafor", 1_140, "rachel.okafor@example.com")
PIETER = Person("pdegraaf", "Pieter de Graaf", 96, "p.degraaf@example.nl")
SOPHIE = Person("sophielaurent", "Sophie Laurent", 733, "sophie.laurent@example.be")


# --- The outage in Amsterdam-West, with the journalist in the middle of it ------------------

OUTAGE = [
    thread(
        "x",
        say(
            BRAM,
            "nl",
            "Dus @StroomnetHelp ligt er in Amsterdam-West wéér uit. Sinds 05:40 geen "
            "internet, geen tv, geen vaste lijn. Tweede keer deze maand. En jullie storingspagina "
            "zegt doodleuk 'geen storingen bekend'. Ik betaal €67 per maand hiervoor. Schandalig.",
            likes=1240,
        ),
        say(
            Person("evadebruijn", "Eva de Bruijn"),
            "nl",
            "Hier ook, Bos en Lommer. Modem knippert rood. Thuiswerkdag kan ik wel vergeten",
            to=0,
            after=6,
            likes=41,
        ),
        say(
            Person("jess_in_ams", "Jess 🌷"),
            "en",
            "Same in Osdorp. Been on hold for 40 minutes and nobody picks up 🙃",
            to=0,
            after=14,
            likes=27,
        ),
        say(
            BRAND,
            "nl",
            "Hoi Bram, excuses. We zien inmiddels een storing in Amsterdam-West door "
            "een kabelbreuk bij graafwerkzaamheden. Monteurs zijn onderweg, we verwachten herstel "
            "rond 11:00. De storingspagina wordt nu bijgewerkt. ^Daan",
            to=0,
            after=22,
            likes=35,
        ),
        say(
            BRAM,
            "nl",
            "'Rond 11:00.' Vorige keer was het ook 'rond 11:00' en toen werd het half "
            "zes 's avonds. Ik krijg hier tientallen DM's met hetzelfde verhaal. Dit gaat "
            "donderdag gewoon de podcast in. Tip voor de pers: vraag Stroomnet eens hoe vaak dit "
            "dit jaar al gebeurd is.",
            after=9,
            likes=655,
        ),
        say(
            Person("radarfan1978", "Henk W."),
            "nl",
            "Tag Radar er ook even bij. Bij ons in "
            "Slotervaart precies hetzelfde vorige maand, kregen we €3 'compensatie' 🤡",
            after=11,
            likes=58,
        ),
        say(
            BRAND,
            "nl",
            "Snap heel goed dat je er klaar mee bent, Bram. Ik stuur je een DM met de "
            "storingshistorie van jouw postcodegebied en hoe de vergoeding werkt, zodat je de "
            "feiten zwart op wit hebt. ^Daan",
            to=4,
            after=25,
            likes=12,
        ),
        say(
            BRAM,
            "nl",
            "DM gezien. €4,12 vergoeding voor een dag zonder internet. Echt, jongens. "
            "Mensen die thuis werken verliezen hier een dagloon mee. Ik stap over zodra mijn "
            "contract het toelaat, en ik ben echt niet de enige.",
            after=19,
            likes=480,
        ),
        say(
            Person("koen_020", "Koen"),
            "en",
            "€4.12 lmao. switching to another provider is the only language they understand",
            after=7,
            likes=96,
        ),
        at=4.2,
    ),
    post(
        "x",
        BRAND,
        "nl",
        "Storing Amsterdam-West (1055-1069): door een kabelbreuk bij "
        "graafwerkzaamheden is er geen internet en tv. Monteurs zijn ter plaatse, verwacht "
        "herstel rond 11:00. Actuele status: stroomnet.nl/storingen",
        at=3.75,
        likes=88,
    ),
    thread(
        "x_dm",
        say(
            BRAND,
            "nl",
            "Hoi Bram, zoals beloofd. Jouw postcodegebied had dit jaar drie "
            "storingen langer dan twee uur: 14 maart (3u10), 2 november (9u40) en vandaag. Bij een "
            "storing van meer dan 4 uur krijg je automatisch een vergoeding naar rato van je "
            "abonnement, voor vandaag is dat €4,12. Ik snap dat dat schraal voelt. Ik heb gevraagd "
            "of we voor jouw straat iets extra's kunnen doen, daar hoor je vandaag nog over. "
            "^Daan",
        ),
        say(
            BRAM,
            "nl",
            "Dank voor de cijfers. Drie keer in een jaar is precies mijn punt. Ik "
            "praat er donderdag over in de podcast, jullie mogen reageren als je wilt.",
            after=20,
        ),
        say(
            BRAND,
            "nl",
            "Dank voor het aanbod om te reageren, ik geef het door aan onze "
            "woordvoerder. Zij neemt vandaag contact met je op. ^Daan",
            after=14,
        ),
        at=3.25,
    ),
    post(
        "x",
        Person("mvdlinden", "Mark van der Linden"),
        "nl",
        "@StroomnetHelp internet plat in West, klopt dat? Zie niks op jullie site",
        at=3.9,
    ),
    post(
        "x",
        Person("fleurtjuh", "Fleur ✨"),
        "en",
        "is @stroomnet down again?? nothing loads and the box is blinking red",
        at=3.4,
    ),
    post(
        "facebook",
        Person("yara.elidrissi", "Yara El Idrissi"),
        "nl",
        "Geen internet in "
        "Geuzenveld sinds vanochtend vroeg. Wanneer is dit opgelost?? Ik moet om 9 uur online "
        "een tentamen maken!!",
        at=2.9,
    ),
    post(
        "instagram",
        Person("dewi.draws", "Dewi"),
        "nl",
        "Leuke filmpjes posten kunnen jullie "
        "wel, maar mijn internet ligt er al de hele ochtend uit 🙄",
        at=2.3,
    ),
    post(
        "bluesky",
        BRAM,
        "nl",
        "Update voor wie het vroeg: storing bij Stroomnet in "
        "Amsterdam-West nog altijd niet opgelost, klantenservice onbereikbaar, 'vergoeding' van "
        "€4,12. Donderdag in Bitbreuk: waarom providers bij storingen zo slecht communiceren. "
        "Stuur me je ervaringen.",
        at=1.6,
        likes=412,
    ),
    post(
        "mastodon",
        BRAND,
        "en",
        "Update on the outage in Amsterdam-West: the damaged cable has "
        "been spliced and neighbourhoods are coming back online step by step. We expect full "
        "recovery by 11:30 CET. Thanks for your patience.",
        at=0.6,
        likes=9,
    ),
    post(
        "x",
        BRAND,
        "nl",
        "Update storing Amsterdam-West: de kabel is gelast en de wijken komen "
        "stap voor stap weer online. Verwacht volledig herstel: 11:30. Wie langer dan 4 uur "
        "zonder zat, krijgt automatisch een vergoeding.",
        at=0.55,
        likes=61,
    ),
]


# --- Repeat contacts across channels --------------------------------------------------------

REPEATS = [
    # Marloes: a technician who never shows up.
    thread(
        "x",
        say(
            MARLOES,
            "nl",
            "@StroomnetHelp vandaag tussen 8 en 12 zou er een monteur komen voor "
            "mijn glasvezel. Het is nu half drie. Niemand gekomen, niemand gebeld. Vrije dag "
            "opgenomen hiervoor 🙄",
        ),
        say(
            BRAND,
            "nl",
            "Hoi Marloes, wat vervelend dat je voor niets thuis bent gebleven. Wil je "
            "je klantnummer en postcode in een DM sturen? Dan kijk ik wat er misging met de "
            "afspraak. ^Lotte",
        ),
        say(MARLOES, "nl", "DM gestuurd."),
        say(
            BRAND,
            "nl",
            "Dank! Nieuwe afspraak staat voor morgen tussen 13:00 en 17:00. Je krijgt "
            "een sms zodra de monteur onderweg is. ^Lotte",
        ),
        at=68.0,
    ),
    thread(
        "mastodon",
        say(
            MARLOES,
            "nl",
            "Nog steeds geen monteur. Tweede afspraak bij @StroomnetHelp, weer een "
            "middag thuis gezeten, weer niemand. Geen sms, geen telefoontje, niks. Hoe moeilijk "
            "kan het zijn??",
        ),
        say(
            BRAND,
            "nl",
            "Hoi Marloes, dit had echt niet mogen gebeuren, excuses. Ik heb het met "
            "prioriteit doorgezet naar de planning, zij bellen je vandaag nog. ^Sanne",
        ),
        at=41.0,
    ),
    thread(
        "email",
        say(
            MARLOES,
            "nl",
            "Geachte heer/mevrouw,\n\nDit is de derde keer dat ik contact opneem "
            "over hetzelfde probleem. Vrijdag en zaterdag zou er een monteur komen om mijn "
            "glasvezelaansluiting te activeren. Beide keren ben ik thuisgebleven en beide keren is "
            "er niemand gekomen. Op Mastodon werd beloofd dat de planning mij zaterdag zou bellen. "
            "Dat is niet gebeurd.\n\nIk wil een vaste afspraak met een schriftelijke bevestiging, "
            "en een vergoeding voor twee verloren vrije dagen. Als dit niet binnen een week is "
            "opgelost, zeg ik mijn abonnement op en dien ik een klacht in bij de "
            "Geschillencommissie.\n\nMet vriendelijke groet,\nMarloes Jansen\n"
            "Klantnummer 40718853",
        ),
        say(
            BRAND,
            "nl",
            "Beste mevrouw Jansen,\n\nHartelijk dank voor uw e-mail, en mijn "
            "oprechte excuses. Twee gemiste afspraken is onacceptabel. Ik heb een vaste afspraak "
            "voor u ingepland op woensdag 25 november tussen 08:00 en 10:00; de monteur heeft "
            "deze bevestigd. Daarnaast ontvangt u een vergoeding van €50, die wij verrekenen met "
            "uw volgende factuur.\n\nMet vriendelijke groet,\nLotte Smit\n"
            "Klantenservice Stroomnet",
        ),
        say(
            MARLOES,
            "nl",
            "Dank voor de bevestiging. We zien woensdag wel of er echt iemand komt.\n\nMarloes",
        ),
        at=22.0,
    ),
    post(
        "facebook",
        MARLOES,
        "nl",
        "Vierde keer dat ik jullie moet benaderen. Gisteren een "
        "bevestiging voor woensdag gekregen, vanochtend een sms dat de afspraak 'geannuleerd' "
        "is?!? WAT IS DIT. Ik ben er zo klaar mee.",
        at=2.5,
    ),
    # Tom: a Kookpunt kettle that doesn't switch off, and a return that never happens.
    thread(
        "x_dm",
        say(
            TOM,
            "nl",
            "Hallo, mijn Kookpunt waterkoker slaat niet meer af als het water kookt. "
            "Hij blijft gewoon doorgaan tot ik de stekker eruit trek. Is dat normaal? Gekocht in "
            "september.",
        ),
        say(
            BRAND,
            "nl",
            "Dag Tom, nee, dat is niet normaal. Gebruik hem voorlopig niet meer "
            "a.u.b. Ik maak een retour aan, je krijgt een verzendlabel per mail. ^Mehmet",
        ),
        say(TOM, "nl", "Ok, merci"),
        at=69.0,
    ),
    thread(
        "facebook",
        say(
            TOM,
            "nl",
            "Label voor de retour van mijn Kookpunt nog altijd niet ontvangen, een dag "
            "later. Ondertussen koken we water op het vuur zoals in 1950 😑",
        ),
        say(
            BRAND,
            "nl",
            "Dag Tom, sorry voor het wachten. Het label is opnieuw verstuurd naar het "
            "adres dat bij ons bekend is (t***@example.be). Kijk je ook even in je spam? ^Sanne",
        ),
        say(TOM, "nl", "Niets in spam. Ook niet in promoties. Amai."),
        at=45.0,
    ),
    thread(
        "x",
        say(
            TOM,
            "nl",
            "@StroomnetHelp derde keer dat ik contact opneem voor hetzelfde. "
            "Waterkoker die niet afslaat = gevaarlijk. Geen label, geen vervanging, niemand die "
            "terugbelt. Moet er eerst brand komen?",
            likes=23,
        ),
        say(
            BRAND,
            "nl",
            "Tom, je hebt gelijk dat dit veel te lang duurt. Ik heb zelf een koerier "
            "ingepland: die haalt de Kookpunt morgenochtend op en brengt meteen een nieuwe mee. "
            "Je hoeft niets te printen. ^Mehmet",
        ),
        say(TOM, "nl", "Dat is eindelijk een antwoord. We zien morgen."),
        at=19.0,
    ),
    post(
        "x",
        TOM,
        "nl",
        "Koerier stond om 8u aan de deur met een nieuwe Kookpunt. Zo kan het dus "
        "ook. Merci @StroomnetHelp, en Mehmet in het bijzonder 👍",
        at=1.8,
        likes=14,
    ),
    # Rachel: a refund after moving out.
    thread(
        "email",
        say(
            RACHEL,
            "en",
            "Hi,\n\nI moved out of my flat on Bilderdijkstraat on 31 October and "
            "received my final statement on 2 November. It says you owe me €212.40. Your website "
            "says refunds are paid within 10 working days, but nothing has arrived yet. Could you "
            "tell me when I can expect it?\n\nThanks,\nRachel Okafor\nCustomer no. 38820114",
        ),
        say(
            BRAND,
            "en",
            "Dear Ms Okafor,\n\nThank you for your e-mail. I have asked our finance "
            "team to check the status of your refund and will get back to you within two working "
            "days.\n\nKind regards,\nPriya\nStroomnet Customer Service",
        ),
        at=71.0,
    ),
    thread(
        "x",
        say(
            RACHEL,
            "en",
            "@StroomnetHelp still no refund. Final bill says you owe me €212.40, "
            "'we'll get back to you' on Friday, nothing since. That's not a small amount for me.",
        ),
        say(
            BRAND,
            "en",
            "Hi Rachel, sorry about this. I can see the refund was blocked because "
            "the IBAN on file has a typo. Could you DM me the correct one? I'll push it through "
            "manually. ^Priya",
        ),
        say(RACHEL, "en", "Sent. Funny how nobody mentioned the typo in the e-mail reply."),
        at=47.0,
    ),
    thread(
        "bluesky",
        say(
            RACHEL,
            "en",
            "For the third time: @stroomnet where is my refund? I've sent my IBAN "
            "twice now. Starting to think this is how they make money. Small claims court next if "
            "it isn't in my account by Friday.",
            likes=38,
        ),
        say(
            BRAND,
            "en",
            "Hi Rachel, I checked again: the payment of €212.40 was released this "
            "morning and should be in your account by Tuesday at the latest. Sorry it took three "
            "contacts, that's not how it should go. ^Priya",
        ),
        at=23.0,
    ),
    post(
        "x",
        RACHEL,
        "en",
        "Refund finally landed. Took 3 weeks and 4 messages. Thanks Priya for "
        "actually sorting it, but the process is broken @StroomnetHelp",
        at=0.8,
    ),
    # Pieter: a direct debit taken twice, then again.
    thread(
        "facebook",
        say(
            PIETER,
            "nl",
            "Jullie hebben deze maand twee keer het termijnbedrag afgeschreven. "
            "€143 + €143. Graag terugboeken.",
        ),
        say(
            BRAND,
            "nl",
            "Hoi Pieter, dat zoeken we voor je uit. Wil je je klantnummer in een "
            "privébericht sturen? ^Lotte",
        ),
        at=62.0,
    ),
    thread(
        "email",
        say(
            PIETER,
            "nl",
            "Goedenavond,\n\nVia Facebook heb ik mijn klantnummer al gestuurd, maar "
            "ik hoor niets. Nogmaals: op 16 november is er twee keer €143,00 afgeschreven van mijn "
            "rekening. Ik wil het dubbele bedrag terug.\n\nKlantnummer 51204377\n\n"
            "Pieter de Graaf",
        ),
        say(
            BRAND,
            "nl",
            "Beste heer De Graaf,\n\nDe dubbele afschrijving is bevestigd. Het bedrag "
            "van €143,00 wordt binnen 5 werkdagen teruggestort. Excuses voor het ongemak.\n\n"
            "Met vriendelijke groet,\nSanne\nKlantenservice Stroomnet",
        ),
        at=38.0,
    ),
    thread(
        "x",
        say(
            PIETER,
            "nl",
            "@StroomnetHelp en WEER twee keer afgeschreven!! Vanochtend opnieuw €143 "
            "extra. Jullie staan nu €286 bij mij in het krijt. Oplichters. Afschrijving "
            "gestorneerd en ik ga naar de Consumentenbond.",
            likes=17,
        ),
        say(
            BRAND,
            "nl",
            "Pieter, dit is echt niet goed en ik snap je boosheid. Ik heb het met "
            "spoed bij onze financiële afdeling neergelegd; je krijgt vandaag nog per mail "
            "bevestiging dat beide bedragen teruggaan. ^Daan",
        ),
        at=3.5,
    ),
    # Sophie: a Stroombox that drops wifi every evening.
    thread(
        "bluesky",
        say(
            SOPHIE,
            "en",
            "my Stroombox drops wifi every evening around 9pm. restarting fixes it "
            "for about an hour. anyone else? @stroomnet",
        ),
        say(
            BRAND,
            "en",
            "Hi Sophie! Could you check whether your Stroombox is on firmware 4.2.1 "
            "(Settings > System)? If not, a restart from the app installs it. Let us know! "
            "^Priya",
        ),
        say(SOPHIE, "en", "It's on 4.2.1 already. Still drops."),
        at=60.0,
    ),
    thread(
        "mastodon",
        say(
            SOPHIE,
            "en",
            "Stroombox wifi died again tonight in the middle of a video call with "
            "my family. Third evening in a row. @StroomnetHelp your firmware advice didn't help.",
        ),
        say(
            BRAND,
            "en",
            "Sorry to hear that, Sophie. We'd like to swap your Stroombox for a new "
            "one, free of charge. I've put in the request; you'll get a confirmation e-mail with "
            "the delivery date. ^Daan",
        ),
        at=35.0,
    ),
    post(
        "x",
        SOPHIE,
        "en",
        "AGAIN! wifi gone at 21:05 tonight. The 'confirmation e-mail' for the "
        "swap never arrived. @StroomnetHelp I'm cancelling my contract if this isn't fixed this "
        "week.",
        at=11.0,
        likes=8,
    ),
]


# --- Conversations with the brand ------------------------------------------------------------

CONVERSATIONS = [
    thread(
        "x",
        say(
            Person("liekevd", "Lieke"),
            "nl",
            "@StroomnetHelp is er een storing in Rotterdam-Zuid? "
            "Al sinds 7 uur geen internet, lampje op de Stroombox knippert oranje",
        ),
        say(
            BRAND,
            "nl",
            "Hoi Lieke! We zien op dit moment geen storing in jouw wijk. Wil je de "
            "Stroombox 30 seconden van de stroom halen en opnieuw opstarten? Blijft hij oranje, "
            "stuur dan je postcode en huisnummer via DM 🙂 ^Sanne",
        ),
        say(
            Person("liekevd", "Lieke"),
            "nl",
            "Herstart gedaan, nu knippert hij groen en dan weer oranje…",
        ),
        say(
            BRAND,
            "nl",
            "Dan zit het waarschijnlijk in de aansluiting. Ik zie in je DM postcode "
            "3074, daar meldt ons systeem nu toch een lijnprobleem. Er komt vandaag tussen 12 en "
            "16 een monteur. ^Sanne",
        ),
        say(
            Person("liekevd", "Lieke"),
            "nl",
            "Werkt weer!! Monteur was er binnen een uur. Dank jullie wel 🙏",
            after=190,
        ),
        at=49.0,
    ),
    thread(
        "x",
        say(
            Person("dan_hughes_nl", "Daniel Hughes"),
            "en",
            "@StroomnetHelp why did my monthly "
            "payment go from €118 to €159?? No email, no warning. Nothing changed in my usage.",
        ),
        say(
            BRAND,
            "en",
            "Hi Daniel, the monthly amount is recalculated after the annual "
            "statement. Yours came out €480 short (it was a cold winter), so that's spread over "
            "the next 12 months. The breakdown is under My Stroomnet > Invoices. ^Priya",
        ),
        say(
            Person("dan_hughes_nl", "Daniel Hughes"),
            "en",
            "ok that actually makes sense. would've been nice to get a heads-up though",
        ),
        say(
            BRAND,
            "en",
            "Fair point. You should have had an e-mail about it on 2 November, I'll "
            "check why that didn't reach you. ^Priya",
        ),
    ),
    thread(
        "instagram",
        say(
            Person("noor.bakt", "Noor | bakt & brouwt"),
            "nl",
            "Hoe krijg ik die Kookpunt in de app?? Hij blijft hangen op 'zoeken naar apparaat' 😩",
        ),
        say(
            BRAND,
            "nl",
            "Hoi Noor! Staat bluetooth aan op je telefoon en is de Kookpunt leeg? "
            "Houd de knop 5 seconden ingedrukt tot het lampje blauw knippert en zoek dan "
            "opnieuw 😊",
        ),
        say(
            Person("noor.bakt", "Noor | bakt & brouwt"),
            "nl",
            "lampje knippert blauw maar app vind hem nog steeds niet",
        ),
        say(
            BRAND,
            "nl",
            "Check even of de app op versie 3.8 staat, in oudere versies zat een bug "
            "met Android 15. Na de update zou het moeten lukken!",
        ),
        say(
            Person("noor.bakt", "Noor | bakt & brouwt"),
            "nl",
            "GELUKT 🙌🙌 dank jullie! Nu kan ik vanuit bed water koken, de toekomst is hier",
        ),
    ),
    thread(
        "facebook",
        say(
            Person("gerda.hofman", "Gerda Hofman", 64),
            "nl",
            "Goedemiddag, wij gaan 15 december "
            "verhuizen naar Zwolle. Hoe geef ik de verhuizing door en kan ik mijn internet "
            "meenemen?",
        ),
        say(
            BRAND,
            "nl",
            "Goedemiddag Gerda, wat leuk, een nieuw huis! Je geeft je verhuizing door "
            "via Mijn Stroomnet > Verhuizen, het liefst minstens 4 weken van tevoren. Internet "
            "neem je mee als we op je nieuwe adres glasvezel of kabel hebben; dat zie je meteen "
            "na het invullen van de postcode. ^Lotte",
        ),
        say(
            Person("gerda.hofman", "Gerda Hofman", 64),
            "nl",
            "Dank u. En moet ik de meterstanden zelf doorgeven?",
        ),
        say(
            BRAND,
            "nl",
            "Ja graag, op de dag van de sleuteloverdracht, van allebei de adressen. "
            "Een foto van de meters is handig als bewijs. ^Lotte",
        ),
    ),
    thread(
        "x",
        say(
            Person("freek_h", "Freek Hendriks"),
            "nl",
            "@StroomnetHelp er komt BRANDLUCHT uit "
            "mijn meterkast sinds jullie monteur gisteren de nieuwe slimme meter heeft geplaatst. "
            "Wat moet ik doen???",
            likes=19,
        ),
        say(
            BRAND,
            "nl",
            "Freek, zet als het veilig kan de hoofdschakelaar uit en ga niet zelf in "
            "de meterkast aan de slag. Zie je rook of vuur: ga naar buiten en bel 112. Bel daarna "
            "het storingsnummer van de netbeheerder, 0800-9009. Wij bellen je binnen 10 minuten. "
            "^Mehmet",
            after=3,
        ),
        say(
            Person("freek_h", "Freek Hendriks"),
            "nl",
            "Hoofdschakelaar staat uit. Netbeheerder komt eraan.",
            after=6,
        ),
        say(
            Person("freek_h", "Freek Hendriks"),
            "nl",
            "Netbeheerder is geweest: losse draad bij "
            "de nieuwe meter, helemaal zwartgeblakerd. Had echt fout kunnen gaan met twee kinderen "
            "in huis. Ik wil hierover een gesprek met iemand die er verantwoordelijk voor is.",
            after=140,
            likes=44,
        ),
        say(
            BRAND,
            "nl",
            "Heel goed dat je meteen hebt gehandeld, en fijn dat iedereen ok is. Ik "
            "heb dit als veiligheidsincident gemeld; onze teamleider belt je morgenochtend. "
            "^Mehmet",
        ),
    ),
    thread(
        "x",
        say(
            Person("chloe_writes", "Chloe Bennett", 1_860),
            "en",
            "My Stroomnet Kookpunt kettle "
            "caught fire this morning. Actual flames from the base while it was on. Scorched the "
            "counter. @StroomnetHelp this is sold as a SMART kettle??",
            likes=96,
        ),
        say(
            BRAND,
            "en",
            "Chloe, that's really alarming, we're so sorry. Is everyone OK? Please "
            "unplug it and don't use it again. We've sent you a DM to collect it today, and this "
            "goes straight to our product safety team. ^Priya",
            after=8,
        ),
        say(
            Person("chloe_writes", "Chloe Bennett", 1_860),
            "en",
            "We're fine, just shaken. But I "
            "want to know if there's a recall. Other people have these in their kitchens with kids "
            "around.",
        ),
        say(
            BRAND,
            "en",
            "Completely understand. The safety team is investigating and we'll tell "
            "you the outcome personally. If other customers need to take action, we'll publish it "
            "on our website and contact them directly. ^Priya",
        ),
        say(
            Person("chloe_writes", "Chloe Bennett", 1_860),
            "en",
            "'If'. A kettle set my kitchen "
            "on fire. I'm giving you until tomorrow, then I'm going to the press. Everyone should "
            "see this.",
            likes=140,
        ),
        at=26.0,
    ),
    thread(
        "facebook",
        say(
            Person("wimbosch", "Wim Bosch", 31),
            "nl",
            "Ruik gaslucht in het portiek. Moet ik dat bij jullie melden of bij wie?",
        ),
        say(
            BRAND,
            "nl",
            "Wim, bel bij gaslucht direct het landelijke storingsnummer 0800-9009, "
            "ook als je twijfelt. Zet geen lichtschakelaars aan of uit, zet ramen en deuren open "
            "en ga naar buiten. ^Sanne",
            after=4,
        ),
        say(
            Person("wimbosch", "Wim Bosch", 31),
            "nl",
            "Gebeld, ze komen eraan. Dank voor de snelle reactie",
            after=9,
        ),
    ),
    thread(
        "x_dm",
        say(
            Person("ola_k", "Ola Kowalska"),
            "en",
            "Hi, when I plugged in the power adapter of my "
            "new Stroombox there were sparks coming out near the pins and a popping sound. I "
            "unplugged it immediately. Is it safe to try again?",
        ),
        say(
            BRAND,
            "en",
            "Hi Ola, please don't use that adapter again, sparks can mean it's "
            "damaged. We'll courier a new one to you tomorrow, free of charge. Could you send a "
            "photo of the adapter and the label on the bottom? ^Priya",
        ),
        say(
            Person("ola_k", "Ola Kowalska"),
            "en",
            "here you go. the plastic is a bit black near the pins",
        ),
        say(
            BRAND,
            "en",
            "Thanks, that confirms it. The new adapter is on its way (track & trace "
            "by e-mail). Please keep the old one, we'll collect it for inspection. ^Priya",
        ),
        say(Person("ola_k", "Ola Kowalska"), "en", "Great, thank you for the fast help!"),
    ),
    thread(
        "mastodon",
        say(
            Person("jorisnl", "Joris 🐧"),
            "nl",
            "@StroomnetHelp ondersteunen jullie inmiddels "
            "IPv6 op glasvezel? En kan de Stroombox in bridge mode? Wil m'n eigen router "
            "gebruiken.",
        ),
        say(
            BRAND,
            "nl",
            "Hoi Joris! IPv6 (dual stack, een /48) staat sinds september standaard "
            "aan op glasvezel. Bridge mode vind je in de Stroombox onder Geavanceerd > Modus. Let "
            "op: tv via de box werkt dan niet meer. ^Daan",
        ),
        say(
            Person("jorisnl", "Joris 🐧"),
            "nl",
            "Top, precies wat ik wilde horen. Eindelijk een provider die gewoon een /48 geeft 👍",
        ),
    ),
    thread(
        "instagram",
        say(
            Person("maya.studies", "Maya"),
            "en",
            "do you guys have a student discount?? moving to Leuven in january",
        ),
        say(
            BRAND,
            "en",
            "Hi Maya! Yes: students in Belgium get €5 off per month on internet with "
            "a valid student card. You can sign up via stroomnet.be/student 🎓",
        ),
        say(Person("maya.studies", "Maya"), "en", "amazing thanks!!"),
    ),
    thread(
        "x",
        say(
            Person("renevisser", "René Visser"),
            "nl",
            "Na zes jaar klant: ik zeg mijn abonnement "
            "op. Drie storingen in twee maanden en een uur wachttijd bij de klantenservice. Ik "
            "stap over naar Ziggo. @StroomnetHelp bedankt voor niks.",
        ),
        say(
            BRAND,
            "nl",
            "Hoi René, jammer om te lezen, en zeker na zes jaar. Mag ik je bellen om "
            "te kijken wat er met je verbinding speelt? Misschien kunnen we het nog goedmaken. "
            "^Lotte",
        ),
        say(
            Person("renevisser", "René Visser"),
            "nl",
            "Te laat. Had je na de eerste storing moeten doen.",
        ),
    ),
    thread(
        "bluesky",
        say(
            Person("amir_codes", "Amir"),
            "en",
            "your app logs me out every single time I close "
            "it. 2FA every time. it's 2026 @stroomnet, please",
        ),
        say(
            BRAND,
            "en",
            "Hi Amir, that's a known bug in version 3.7.2 on iOS, fixed in 3.8, "
            "which is rolling out today. Sorry for the hassle! ^Daan",
        ),
        say(Person("amir_codes", "Amir"), "en", "updated, stays logged in now. thx"),
    ),
    thread(
        "facebook",
        say(
            Person("anita.vdberg", "Anita van den Berg", 180),
            "nl",
            "BELACHELIJK!!! ANDERHALF UUR "
            "IN DE WACHTRIJ GEHANGEN EN TOEN WERD DE VERBINDING VERBROKEN. WAAROM NEEMT ER NIEMAND "
            "OP???",
            likes=12,
        ),
        say(
            BRAND,
            "nl",
            "Hoi Anita, wat vervelend, anderhalf uur wachten is veel te lang. Het is "
            "op dit moment erg druk door de storing in Amsterdam. Waarmee kan ik je helpen? Je "
            "mag het ook in een privébericht sturen. ^Sanne",
        ),
        say(
            Person("anita.vdberg", "Anita van den Berg", 180),
            "nl",
            "Mijn factuur klopt niet. PB gestuurd.",
        ),
        say(
            BRAND,
            "nl",
            "Gezien! Ik zoek het uit en laat je vandaag nog weten wat er misging. ^Sanne",
        ),
        at=0.7,
    ),
    thread(
        "x",
        say(
            Person("inge_vr", "Inge"),
            "nl",
            "Wil toch even zeggen: top geholpen door Sanne van "
            "@StroomnetHelp! Verhuizing in 10 minuten geregeld en internet lag er op dag 1 in het "
            "nieuwe huis. Zo hoort het ✨",
            likes=22,
        ),
        say(
            BRAND,
            "nl",
            "Wat leuk om te lezen! Ik geef het door aan Sanne, ze gaat stralen 😊 "
            "Veel woonplezier! ^Lotte",
        ),
    ),
    thread(
        "x_dm",
        say(
            Person("lies_claes", "Lies Claes"),
            "nl",
            "Dag, wij verhuizen van Gent naar Antwerpen "
            "op 1 januari. Kan ik het contract zomaar meenemen of wordt dat een nieuw contract?",
        ),
        say(
            BRAND,
            "nl",
            "Dag Lies! Je kan je contract gewoon meenemen, de voorwaarden blijven "
            "hetzelfde. Geef de verhuis door via Mijn Stroomnet of stuur me hier het nieuwe adres, "
            "dan zet ik het in gang. ^Mehmet",
        ),
        say(
            Person("lies_claes", "Lies Claes"),
            "nl",
            "Kerkstraat 41, 2060 Antwerpen. Sleuteloverdracht is 30 december.",
        ),
        say(
            BRAND,
            "nl",
            "Genoteerd! Binnen 2 werkdagen krijg je een bevestiging per mail met de "
            "installatiedatum. ^Mehmet",
        ),
        say(Person("lies_claes", "Lies Claes"), "nl", "Super, merci!"),
    ),
    thread(
        "instagram",
        say(
            Person("sander.mulder", "Sander Mulder"),
            "nl",
            "Jullie hebben mijn contract verlengd "
            "zonder dat ik dat wilde en nu moet ik €180 opzegkosten betalen?? Dat mag helemaal "
            "niet. Mijn advocaat heeft de brief al klaarliggen.",
        ),
        say(
            BRAND,
            "nl",
            "Hoi Sander, je hebt gelijk: een stilzwijgend verlengd contract is "
            "maandelijks opzegbaar, zonder opzegkosten. Als die toch in rekening zijn gebracht, "
            "klopt dat niet. Stuur je je klantnummer via DM? Dan corrigeren we het meteen. ^Daan",
        ),
        say(Person("sander.mulder", "Sander Mulder"), "nl", "DM gestuurd. Benieuwd."),
    ),
    thread(
        "x",
        say(
            Person("gregmoss", "Greg Moss"),
            "en",
            "@StroomnetHelp you told me on Friday an "
            "engineer was booked. Now your colleague says there's no appointment in the system at "
            "all. So someone is lying. Which one is it?",
        ),
        say(
            BRAND,
            "en",
            "Hi Greg, I'm sorry, that's confusing and frustrating. The appointment "
            "was made, but the planning system cancelled it because of a wrong house number. I've "
            "corrected your address and rebooked it for Tuesday 08:00-12:00. ^Priya",
        ),
        say(
            Person("gregmoss", "Greg Moss"),
            "en",
            "Unbelievable. OK, Tuesday. If nobody turns up I'm done.",
        ),
        at=27.0,
    ),
    thread(
        "mastodon",
        say(
            Person("saskia_h", "Saskia Hoekman"),
            "en",
            "Anyone else with @StroomnetHelp in Haarlem having no internet? Or just me",
        ),
        say(
            BRAND,
            "en",
            "Hi Saskia, there's a fault in Haarlem-Noord since 14:10; engineers are "
            "on site and we expect it fixed within two hours. ^Daan",
        ),
        say(Person("saskia_h", "Saskia Hoekman"), "en", "thanks for the quick update, appreciated"),
        at=20.0,
    ),
    thread(
        "facebook",
        say(
            Person("hannah.lee.nl", "Hannah Lee"),
            "en",
            "Is there any way to get support in "
            "English? The phone menu is Dutch only and I got lost after option 3 😅",
        ),
        say(
            BRAND,
            "en",
            "Hi Hannah! Of course. Press 9 in the phone menu for English, or message "
            "us here or on X any time, English is fine. What can we help with? ^Priya",
        ),
        say(
            Person("hannah.lee.nl", "Hannah Lee"),
            "en",
            "Oh nice, didn't know about 9. I just need to change my IBAN for the direct debit",
        ),
        say(
            BRAND,
            "en",
            "Easy one: My Stroomnet > Profile > Payment details. It applies from the "
            "next debit. ^Priya",
        ),
        say(
            Person("hannah.lee.nl", "Hannah Lee"),
            "en",
            "Done. Thanks a lot, really friendly service!",
        ),
    ),
    thread(
        "x",
        say(
            Person("yvonnek", "Yvonne Kok"),
            "nl",
            "Eh @StroomnetHelp er kwam net een steekvlam "
            "uit de onderkant van mijn Kookpunt waterkoker?? Stekker eruit getrokken, keuken "
            "stinkt naar verbrand plastic. Is dit bekend??",
            likes=31,
        ),
        say(
            BRAND,
            "nl",
            "Yvonne, wat schrikken! Gebruik hem niet meer en laat de stekker eruit. "
            "Is iedereen ok? We halen hem morgen op voor onderzoek en je krijgt je geld terug of "
            "een ander apparaat, wat je wilt. Ik stuur je een DM. ^Mehmet",
            after=6,
        ),
        say(
            Person("yvonnek", "Yvonne Kok"),
            "nl",
            "Alles ok, alleen geschrokken. Maar dit is al "
            "de tweede die ik hierover lees hè. Terugroepen die dingen!",
            likes=27,
        ),
        at=14.0,
    ),
    thread(
        "bluesky",
        say(
            Person("kimvanes", "Kim van Es"),
            "nl",
            "Stroomnet beloofde me bij het afsluiten "
            "€0,24 per kWh, vast voor 3 jaar. Op de jaarafrekening staat nu €0,31. Oplichters zijn "
            "het. @stroomnet",
        ),
        say(
            BRAND,
            "nl",
            "Hoi Kim, dat moet kloppen met je contract en we zoeken het uit. Het "
            "lijkt erop dat je in april per ongeluk naar een variabel tarief bent gezet. Stuur je "
            "je klantnummer via DM? Dan zetten we het terug en verrekenen we het verschil. ^Lotte",
        ),
        say(Person("kimvanes", "Kim van Es"), "nl", "Per ongeluk. Tuurlijk. Klantnummer gestuurd."),
        say(
            BRAND,
            "nl",
            "Dank je. Het vaste tarief is hersteld en het verschil van €146,80 "
            "verrekenen we op je volgende factuur. Nogmaals sorry. ^Lotte",
        ),
        say(Person("kimvanes", "Kim van Es"), "nl", "Ok. Netjes opgelost, dat moet ik toegeven."),
    ),
    thread(
        "facebook",
        say(
            Person("familie.dijkstra", "Bert Dijkstra", 52),
            "nl",
            "Wij krijgen in maart "
            "zonnepanelen. Hoe werkt dat bij jullie met terugleverkosten? Lees er zoveel "
            "verschillende dingen over",
        ),
        say(
            BRAND,
            "nl",
            "Hoi Bert, goede vraag! Je betaalt bij ons terugleverkosten per kWh die "
            "je teruglevert, het actuele tarief staat op stroomnet.nl/tarieven. Tip: geef de "
            "installatiedatum door, dan passen we je termijnbedrag aan. ^Sanne",
        ),
        say(Person("familie.dijkstra", "Bert Dijkstra", 52), "nl", "Dank je, ga ik doen"),
    ),
    thread(
        "x",
        say(
            Person("nadia_b", "Nadia Benali"),
            "nl",
            "@StroomnetHelp hoe laat zijn jullie vandaag bereikbaar? Zondag toch?",
        ),
        say(
            BRAND,
            "nl",
            "Hoi Nadia! Via X, Facebook en de chat zijn we elke dag van 8:00 tot "
            "22:00 bereikbaar, telefonisch op zondag van 10:00 tot 16:00. Waarmee kunnen we "
            "helpen? ^Sanne",
        ),
        say(Person("nadia_b", "Nadia Benali"), "nl", "Ah top, dan bel ik straks even"),
        at=23.5,
    ),
    thread(
        "facebook",
        say(
            Person("kevin.smits", "Kevin Smits", 410),
            "nl",
            "Wat is dit voor rare tekst in de "
            "omschrijving van mijn factuur in de app?? Er staat letterlijk: <b>help</b> "
            "<script>alert(1)</script> Is mijn account gehackt??",
        ),
        say(
            BRAND,
            "nl",
            "Hoi Kevin, geen zorgen, je account is niet gehackt. Iemand heeft die "
            "tekst bij het aanmaken van je contract in het opmerkingenveld gezet en de app toont "
            "hem gewoon als tekst. Ik haal hem voor je weg. ^Daan",
        ),
        say(
            Person("kevin.smits", "Kevin Smits", 410),
            "nl",
            "Haha ok, gelukkig. Wel een beetje raar dat dat erin kan",
        ),
    ),
    thread(
        "instagram",
        say(
            Person("lotte.fit", "Lotte | fit & food", 1_930),
            "nl",
            "😡😡😡📶❌❌ nog steeds niks hier",
        ),
        say(BRAND, "nl", "Oei! Waar woon je ongeveer? Dan check ik of er een storing is 🙏"),
        say(Person("lotte.fit", "Lotte | fit & food", 1_930), "nl", "Amsterdam West natuurlijk 🙃"),
        at=2.2,
    ),
    thread(
        "x",
        say(
            Person("jvdmeer", "Jasper van der Meer"),
            "nl",
            "@StroomnetHelp ik heb mijn "
            "meterstanden 3x doorgegeven via de app en elke keer 'er ging iets mis'. Kan dit ook "
            "gewoon via jullie?",
        ),
        say(
            BRAND,
            "nl",
            "Hoi Jasper, dat kan zeker. Stuur de standen met datum in een DM, dan "
            "zet ik ze erin. De fout in de app is bekend en wordt deze week opgelost. ^Lotte",
        ),
        say(Person("jvdmeer", "Jasper van der Meer"), "nl", "gestuurd, thx"),
    ),
    thread(
        "instagram",
        say(
            Person("britt.home", "Britt | interieur"),
            "nl",
            "Komt de Kookpunt ook in het wit? Past beter in mijn keuken 🤍",
        ),
        say(
            BRAND,
            "nl",
            "Hoi Britt! Vanaf januari komt hij in het wit, 'Kookpunt Sneeuw' 🤍 "
            "Volg ons voor de lancering!",
        ),
    ),
    thread(
        "x",
        say(
            Person("olivier_dh", "Olivier De Hert"),
            "nl",
            "@StroomnetHelp digitale meter "
            "geplaatst door Fluvius, moet ik bij jullie nog iets doen of gaat dat automatisch?",
        ),
        say(
            BRAND,
            "nl",
            "Dag Olivier, dat gaat automatisch: Fluvius geeft de meterdata aan ons "
            "door. Je hoeft niets te doen. ^Mehmet",
        ),
    ),
    thread(
        "x",
        say(
            Person("tomasz_w", "Tomasz W."),
            "en",
            "@StroomnetHelp any ETA for Amsterdam West? "
            "Your status page still says everything's fine. I have a client call at 10",
        ),
        say(
            BRAND,
            "en",
            "Hi Tomasz, sorry, the status page was behind. Engineers are splicing "
            "the cable now and we expect service back around 11:00. ^Daan",
        ),
        say(
            Person("tomasz_w", "Tomasz W."),
            "en",
            "11:00, great. Off to the library then. Thanks for actually answering at least",
        ),
        at=2.6,
    ),
    thread(
        "x_dm",
        say(
            Person("jonas_h", "Jonas Hartmann"),
            "en",
            "hi, I'm locked out of My Stroomnet. "
            "Password reset mail never arrives and now it says account blocked after 5 attempts",
        ),
        say(
            BRAND,
            "en",
            "Hi Jonas, the block lifts automatically after 30 minutes. Reset mails "
            "go to the address we have on file, which ends in @example.de. Is that still the "
            "right one? ^Priya",
        ),
        say(
            Person("jonas_h", "Jonas Hartmann"),
            "en",
            "ahh no, that's my old work address. can you change it to jonas.hartmann@example.com?",
        ),
        say(
            BRAND,
            "en",
            "Done! A reset mail should reach the new address within a few minutes. ^Priya",
        ),
    ),
    thread(
        "instagram",
        say(
            Person("anna.k.berlin", "Anna K."),
            "en",
            "Do you ship the Kookpunt to Germany? My sister in Aachen wants one 😄",
        ),
        say(
            BRAND,
            "en",
            "Hi Anna! For now we only deliver in the Netherlands and Belgium, sorry "
            "😊 Germany is on our list for next year!",
        ),
        say(
            Person("anna.k.berlin", "Anna K."),
            "en",
            "aw ok, she'll have to pick it up in Maastricht then 😂",
        ),
    ),
    thread(
        "facebook",
        say(
            Person("liam.oconnor", "Liam O'Connor", 140),
            "en",
            "Hi, my installation is on "
            "Thursday but the welcome pack with the Stroombox hasn't arrived yet. Should I be "
            "worried?",
        ),
        say(
            BRAND,
            "en",
            "Hi Liam, no worries! The box ships 3 working days before the "
            "installation, so it should be with you by Wednesday. You'll get a track & trace "
            "e-mail as soon as it's on its way. ^Priya",
        ),
        say(
            Person("liam.oconnor", "Liam O'Connor", 140),
            "en",
            "Perfect, thanks for the quick reply",
        ),
    ),
    thread(
        "bluesky",
        say(
            Person("dev_marieke", "Marieke (she/her)"),
            "en",
            "@stroomnet last night's Stroombox "
            "firmware update broke my mesh setup, the satellites won't reconnect. Any way to roll "
            "back?",
        ),
        say(
            BRAND,
            "en",
            "Hi Marieke, we've had a few reports about this with third-party mesh "
            "systems and a fix is in testing. Meanwhile, switching off 'Smart Connect' under "
            "Wifi > Advanced gets them to reconnect. Sorry! ^Daan",
        ),
        say(
            Person("dev_marieke", "Marieke (she/her)"),
            "en",
            "turning off smart connect did it. all good, cheers",
        ),
    ),
    thread(
        "x",
        say(
            Person("ryan_mcd", "Ryan McDonald"),
            "en",
            "there's a gas smell near our meter "
            "cupboard since your guy swapped the meter on Friday @StroomnetHelp what do I do",
        ),
        say(
            BRAND,
            "en",
            "Ryan, please call the national gas emergency number 0800-9009 right "
            "now, even if you're not sure. Don't touch light switches, open the windows and wait "
            "outside. ^Mehmet",
            after=3,
        ),
        say(
            Person("ryan_mcd", "Ryan McDonald"),
            "en",
            "called them, they're on their way. thanks",
            after=8,
        ),
    ),
]


# --- E-mail threads and single e-mails -----------------------------------------------------

LONG_EMAIL = (
    "Geachte heer, mevrouw,\n\n"
    "Ik schrijf u namens mijn moeder, mevrouw A.M. Verbeek-de Wit (klantnummer 30991245), die "
    "sinds 1 september in een verpleeghuis in Amersfoort woont. Ik heb een volmacht en zij heeft "
    "mij gevraagd dit voor haar te regelen.\n\n"
    "Op 18 augustus heb ik telefonisch de energie en het internet op haar oude adres in Soest "
    "opgezegd per 31 augustus. De medewerker bevestigde dat en zou een e-mail sturen. Die e-mail "
    "is nooit gekomen. Op 3 oktober kreeg zij toch een voorschotnota van € 164,00, en op "
    "3 november opnieuw. Het huis is inmiddels verkocht en de nieuwe eigenaar heeft een contract "
    "bij een andere leverancier.\n\n"
    "Ik heb sindsdien vier keer gebeld (12 september, 6 oktober, 21 oktober en 9 november) en "
    "twee keer het contactformulier ingevuld. Op 21 oktober heb ik op verzoek van uw "
    "medewerker ook een kopie van de volmacht en van de verkoopakte gemaild. Elke keer hoorde "
    "ik dat het was 'doorgezet' naar de afdeling beëindigingen en dat ik binnen vijf "
    "werkdagen bericht zou krijgen. Ik heb nooit iets gehoord. Inmiddels is er ook een "
    "aanmaning gekomen met € 15,00 administratiekosten, gericht aan mijn moeder, die daar erg "
    "van is geschrokken. Zij is 87 en begrijpt niet waarom zij moet betalen voor een huis waar "
    "zij niet meer woont.\n\n"
    "Ik verzoek u daarom:\n"
    "1. het contract te beëindigen per 31 augustus, zoals afgesproken;\n"
    "2. de voorschotten van oktober en november (samen € 328,00) en de administratiekosten terug "
    "te storten;\n"
    "3. de eindafrekening op te maken met de meterstanden van 31 augustus (bijlage);\n"
    "4. alle verdere post over dit adres aan mij te richten, niet aan mijn moeder.\n\n"
    "Ik verwacht binnen tien werkdagen een schriftelijke bevestiging. Krijg ik die niet, dan leg "
    "ik de zaak voor aan De Geschillencommissie en meld ik het bij de Consumentenbond. Ik had "
    "liever gehad dat het zover niet hoefde te komen; mijn moeder is dertig jaar klant geweest.\n\n"
    "Met vriendelijke groet,\n\n"
    "Johanna Verbeek\n"
    "Bijlagen: volmacht.pdf, meterstanden-31-08.jpg"
)

JOHANNA = Person("johanna.verbeek", "Johanna Verbeek", email="johanna.verbeek@example.nl")
FRANK = Person("frankw", "Frank Wouters", email="frank.wouters@example.be")

EMAILS = [
    thread(
        "email",
        say(JOHANNA, "nl", LONG_EMAIL),
        say(
            BRAND,
            "nl",
            "Beste mevrouw Verbeek,\n\nDank u wel voor uw duidelijke brief, en het "
            "spijt mij oprecht dat u en uw moeder dit zo lang hebben moeten najagen. Ik heb het "
            "contract alsnog beëindigd per 31 augustus. De voorschotten van oktober en november en "
            "de administratiekosten, samen € 343,00, worden deze week teruggestort. De "
            "eindafrekening volgt binnen twee weken, op basis van de meterstanden die u heeft "
            "meegestuurd. Verdere post over dit adres sturen wij naar u.\n\nMijn excuses aan uw "
            "moeder.\n\nMet vriendelijke groet,\nLotte Smit\nKlantenservice Stroomnet",
            after=260,
        ),
        at=44.0,
    ),
    thread(
        "email",
        say(
            Person("jeroen.smit", "Jeroen Smit", email="jeroensmit82@example.nl"),
            "nl",
            "Beste "
            "klantenservice,\n\nIk heb een vraag over de factuur van november. Er staat een regel "
            "'netbeheerkosten' van €38,50 op. Wat is dat en waarom betaal ik dat aan jullie?\n\n"
            "Groet,\nJeroen Smit",
        ),
        say(
            BRAND,
            "nl",
            "Beste Jeroen,\n\nNetbeheerkosten zijn de kosten van je regionale "
            "netbeheerder voor het transport van stroom en gas naar je huis. Wij innen die namens "
            "hen; het bedrag stelt de netbeheerder vast, niet Stroomnet. Iedereen in jouw regio "
            "betaalt hetzelfde, bij welke leverancier ook.\n\nMet vriendelijke groet,\nSanne\n"
            "Klantenservice Stroomnet",
        ),
        say(
            Person("jeroen.smit", "Jeroen Smit", email="jeroensmit82@example.nl"),
            "nl",
            "Helder, dank je wel voor de uitleg!",
        ),
    ),
    thread(
        "email",
        say(
            Person("marco.rossi", "Marco Rossi", email="marco.rossi@example.com"),
            "en",
            "Hello,"
            "\n\nI'm moving from Utrecht to Brussels in February. Can I keep my Stroomnet contract "
            "or do I need to cancel? And is there a cancellation fee?\n\nBest regards,\n"
            "Marco Rossi",
        ),
        say(
            BRAND,
            "en",
            "Dear Marco,\n\nBelgium is served by a separate Stroomnet company, so "
            "your Dutch contract ends when you move abroad, without a cancellation fee. Please "
            "send us your moving date and the final meter readings on the day you hand over the "
            "keys. If you'd like to become a customer in Brussels, our Belgian colleagues are "
            "happy to help at stroomnet.be.\n\nKind regards,\nPriya\nStroomnet Customer Service",
        ),
        say(
            Person("marco.rossi", "Marco Rossi", email="marco.rossi@example.com"),
            "en",
            "Great, thanks. I'll send the details once I have the keys.",
        ),
    ),
    thread(
        "email",
        say(
            Person("h.yilmaz", "Hakan Yilmaz", email="h.yilmaz@example.nl"),
            "nl",
            "Goedendag,"
            "\n\nIk heb op 2 november mijn internetabonnement opgezegd maar nog geen bevestiging "
            "gehad. Kunt u bevestigen dat het per 1 december stopt?\n\nMvg\nH. Yilmaz",
        ),
        say(
            BRAND,
            "nl",
            "Beste heer Yilmaz,\n\nIk bevestig dat uw internetabonnement op "
            "1 december 2026 stopt. U ontvangt binnen een week een retourlabel voor de Stroombox."
            "\n\nMet vriendelijke groet,\nMehmet\nKlantenservice Stroomnet",
        ),
    ),
    thread(
        "email",
        say(
            Person("obrien", "Siobhan O'Brien", email="siobhan.obrien@example.com"),
            "en",
            "Hi,\n\n"
            "Your contact form keeps rejecting my surname because of 'invalid characters'. So let "
            "me try it here: O'Brien'; DROP TABLE mentions; -- (kidding. mostly.)\n\nCould you "
            "please correct my name on the account? It currently says 'Siobhan OBrien' on every "
            "invoice.\n\nThanks,\nSiobhan",
        ),
        say(
            BRAND,
            "en",
            "Hi Siobhan,\n\nHa, point taken, and sorry about the form. I've "
            "corrected your name to O'Brien; it will show on the next invoice. I've also passed "
            "the form issue to our web team.\n\nKind regards,\nDaan\nStroomnet Customer Service",
        ),
        say(
            Person("obrien", "Siobhan O'Brien", email="siobhan.obrien@example.com"),
            "en",
            "Thank you Daan, much appreciated!",
        ),
    ),
    thread(
        "email",
        say(
            Person("l.vermeulen", "Linda Vermeulen", email="linda.vermeulen@example.nl"),
            "nl",
            "Hallo,\n\nDe monteur die vorige week de glasvezel heeft aangelegd heeft in mijn gang "
            "een gat in de vloer achtergelaten en de plinten eraf getrokken. Ik heb foto's "
            "gemaakt. Wie gaat dit herstellen? Ik ben hier niet blij mee.\n\nLinda Vermeulen",
        ),
        say(
            BRAND,
            "nl",
            "Beste Linda,\n\nDat is niet hoe we het willen achterlaten, excuses. Kun "
            "je de foto's meesturen als antwoord op deze mail? Dan plannen we een hersteller in "
            "die de schade op onze kosten repareert.\n\nMet vriendelijke groet,\nSanne\n"
            "Klantenservice Stroomnet",
        ),
        say(
            Person("l.vermeulen", "Linda Vermeulen", email="linda.vermeulen@example.nl"),
            "nl",
            "Foto's in de bijlage. Ik ben doordeweeks na 16:00 thuis.",
        ),
        say(
            BRAND,
            "nl",
            "Dank je! De hersteller komt donderdag 26 november tussen 16:00 en 18:00."
            "\n\nGroet,\nSanne",
        ),
    ),
    thread(
        "email",
        say(
            Person("acm.klacht", "Ruud Brouwer", email="ruud.brouwer@example.nl"),
            "nl",
            "Geachte Stroomnet,\n\nEen verkoper van u stond gisteren bij mijn buurvrouw van 84 aan "
            "de deur en heeft haar een energiecontract laten tekenen op een tablet. Zij wist niet "
            "eens dat ze van leverancier wisselde. Ik verzoek u dat contract direct te ontbinden. "
            "Ik heb hier ook melding van gemaakt bij de ACM via ConsuWijzer.\n\nR. Brouwer",
        ),
        say(
            BRAND,
            "nl",
            "Geachte heer Brouwer,\n\nDank voor uw melding. Dit nemen we zeer "
            "serieus. Het contract is ontbonden zonder kosten en uw buurvrouw blijft bij haar "
            "oude leverancier. We onderzoeken het gedrag van deze verkoper.\n\nMet vriendelijke "
            "groet,\nLotte Smit\nKlantenservice Stroomnet",
        ),
    ),
    post(
        "email",
        Person("w.dekker", "Wendy Dekker", email="wendy.dekker@example.nl"),
        "nl",
        "Hoi,\n\nKunnen jullie mij een kopie van de factuur van oktober sturen? Ik kan hem niet "
        "vinden in Mijn Stroomnet, alleen die van september en november.\n\nAlvast bedankt,\n"
        "Wendy",
    ),
    post(
        "email",
        Person("fam.jacobs", "Fam. Jacobs", email="fam.jacobs@example.be"),
        "nl",
        "Goeiedag,\n\nWat zijn jullie openingsuren tijdens de feestdagen? Wij willen tussen "
        "kerst en nieuwjaar onze verhuis doorgeven.\n\nMet vriendelijke groeten,\nAn Jacobs",
    ),
    post(
        "email",
        Person("t.nguyen", "Thao Nguyen", email="thao.nguyen@example.com"),
        "en",
        "Hello,\n\nCould you confirm my change of address has been registered? I moved last "
        "week, from Utrecht to Amersfoort, and filled in the form online but did not get any "
        "confirmation.\n\nThank you,\nThao Nguyen",
    ),
    post(
        "email",
        Person("b.meijer", "Bas Meijer", email="basmeijer@example.nl"),
        "nl",
        "Ik wil graag mijn e-mailadres wijzigen maar in de app krijg ik steeds een foutmelding. "
        "Nieuw adres is basmeijer@example.nl, oude is b.meijer1971@example.nl.\n\nBas",
    ),
    post(
        "email",
        Person("eva.kramer", "Eva Kramer", email="eva.kramer@example.com"),
        "en",
        "Hi there,\n\nI work from home three days a week. Is it possible to get separate "
        "invoices for the internet part so I can claim it with my employer? VAT shown "
        "separately would be great.\n\nRegards,\nEva",
    ),
    thread(
        "email",
        say(
            FRANK,
            "en",
            "Dear Stroomnet,\n\nMy Kookpunt kettle is 14 months old and the lid "
            "hinge has broken. Is this covered by warranty? I still have the receipt.\n\nBest,"
            "\nFrank",
        ),
        say(
            BRAND,
            "en",
            "Dear Frank,\n\nThe Kookpunt has a two-year warranty, so a broken hinge "
            "is covered. Please reply with a photo of the receipt and we'll send you a new lid "
            "free of charge.\n\nKind regards,\nMehmet\nStroomnet Customer Service",
        ),
        say(FRANK, "en", "Photo attached. Thanks for the quick answer!\n\nFrank"),
    ),
    thread(
        "email",
        say(
            Person("p.haynes", "Peter Haynes", email="p.haynes@example.com"),
            "en",
            "Hello,\n\n"
            "I own a rental flat in Rotterdam. My tenant moves out on 30 November and the new "
            "tenant arrives on 15 December. Who pays for the energy in between, and do I need to "
            "do anything?\n\nRegards,\nPeter Haynes",
        ),
        say(
            BRAND,
            "en",
            "Dear Mr Haynes,\n\nBetween tenants the energy is billed to the owner, "
            "unless you ask us to close the connection. You can register the vacancy at "
            "stroomnet.nl/verhuur with the meter readings of 30 November; the new tenant then "
            "starts their own contract on 15 December.\n\nKind regards,\nSanne\n"
            "Stroomnet Customer Service",
        ),
    ),
    post(
        "email",
        Person("m.peters", "Monique Peters", email="monique.peters@example.nl"),
        "nl",
        "Goedemorgen,\n\nIk heb al drie keer gebeld over mijn eindafrekening en nu nog steeds "
        "niks ontvangen. Dit is de laatste keer dat ik het netjes vraag. Anders ga ik naar het "
        "Juridisch Loket.\n\nMonique Peters",
        at=1.2,
    ),
    post(
        "email",
        Person("seo.growth", "Alex | GrowthRank", email="alex@growthrank.example"),
        "en",
        "Dear Sir/Madam,\n\nI noticed stroomnet.nl is not ranking on page 1 of Google for "
        "'energy contract'. Our SEO team can fix this in 30 days, guaranteed. Reply YES for a "
        "free audit.\n\nBest regards,\nAlex",
    ),
    post(
        "email",
        Person("mailbox", "Mailbox Beheer", email="beheer@mailbox-update.example"),
        "nl",
        "Beste gebruiker,\n\nUw mailbox is 98% vol. Klik binnen 24 uur op de onderstaande "
        "link om uw opslag gratis te verhogen, anders worden nieuwe berichten geweigerd.\n\n"
        "Mailbox Beheer",
    ),
]


# --- Public complaints and threats nobody has answered yet ----------------------------------

ESCALATIONS = [
    post(
        "x",
        Person("tvanloon", "Theo van Loon"),
        "nl",
        "Ik stap naar de Geschillencommissie. "
        "Vier maanden verkeerde voorschotten en niemand die het oplost. @StroomnetHelp",
    ),
    post(
        "x",
        Person("petra_schouten", "Petra Schouten"),
        "nl",
        "Net een melding gedaan bij de "
        "ACM over @stroomnet. Deur-aan-deur verkopers die mijn moeder van 82 een contract "
        "aansmeren. Schaamteloos.",
        likes=64,
    ),
    post(
        "facebook",
        Person("john.vos", "John Vos", 240),
        "nl",
        "Ik ga hiermee naar Radar. Zes "
        "weken wachten op een monteur voor glasvezel en ondertussen betaal ik gewoon door.",
    ),
    post(
        "instagram",
        Person("miranda.vlog", "Miranda 🎥", 4_100),
        "nl",
        "Kassa moet hier eens "
        "een uitzending aan wijden 😤 de klantenservice van @stroomnet is een lachertje",
        likes=73,
    ),
    post(
        "x",
        Person("floris_m", "Floris"),
        "nl",
        "Consumentenbond gemaild. Jullie 'tijdelijke' "
        "actieprijs is na 3 maanden ineens verdubbeld en dat stond nergens. @StroomnetHelp",
    ),
    post(
        "bluesky",
        Person("jeroenpost", "Jeroen Post"),
        "nl",
        "woedend. WOEDEND. monteur heeft "
        "dwars door een waterleiding geboord. stroomnet zegt 'dat is de onderaannemer'. mijn "
        "advocaat gaat dit regelen",
    ),
    post(
        "mastodon",
        Person("annelies", "Annelies"),
        "nl",
        "Formulier bij De Geschillencommissie "
        "ingevuld. Had niet gehoeven als @StroomnetHelp gewoon had teruggebeld, zoals drie keer "
        "beloofd.",
    ),
    post(
        "x",
        Person("dennis_k", "Dennis Koster"),
        "nl",
        "Brandlucht bij de Stroombox, stekker "
        "eruit getrokken. Ding was gloeiend heet. Moet ik me zorgen maken? @StroomnetHelp",
        at=12.5,
    ),
    post(
        "facebook",
        Person("sandra.ploeg", "Sandra Ploeg", 95),
        "nl",
        "Wij stappen over naar "
        "Odido, klaar met dit gedoe. Drie keer 'we bellen u terug' en nooit gebeld.",
    ),
    post(
        "x",
        Person("bartjuh_", "Bart"),
        "nl",
        "WAAROM IS MIJN INTERNET ELKE AVOND OM 8 UUR ZO "
        "TRAAG DAT NETFLIX NIET EENS LAADT. 1 GBIT ZEGGEN JULLIE. @StroomnetHelp",
    ),
    post(
        "x",
        Person("marieke_ds", "Marieke de Smet"),
        "nl",
        "Schandalig hoe @stroomnet met "
        "ouderen omgaat. Mijn vader (79) kreeg een aanmaning met €35 incassokosten voor een "
        "factuur die nooit is aangekomen.",
        likes=88,
    ),
    post(
        "instagram",
        Person("wouter.kookt", "Wouter kookt", 2_600),
        "nl",
        "Tip voor de pers: "
        "vraag @stroomnet maar eens hoeveel klachten ze hebben over de Kookpunt. Die van mij is "
        "aan de onderkant gesmolten. Foto in mijn stories.",
        likes=150,
    ),
    post(
        "bluesky",
        Person("hanne_wuyts", "Hanne Wuyts"),
        "nl",
        "De Ombudsdienst voor Energie "
        "gaat dit verhaal ook horen. Dubbele facturatie sinds augustus, nul reactie. @stroomnet",
    ),
    post(
        "x",
        Person("ikbenlaura", "Laura"),
        "nl",
        "belachelijk dit. 2 weken geen tv en de "
        "helpdesk zegt 'zet hem even uit en aan'. JA DAT HEB IK GEDAAN!!!",
    ),
    post(
        "facebook",
        Person("harm.westra", "Harm Westra", 44),
        "nl",
        "Jullie zijn oplichters. "
        "Punt. Borg van de Stroombox nooit terugbetaald terwijl ik het ding netjes heb "
        "teruggestuurd.",
    ),
    post(
        "x",
        Person("nick_oldenburg", "Nick Oldenburg"),
        "en",
        "Cancelling my contract today. "
        "Fourth outage since September. @StroomnetHelp enjoy the 1 star.",
    ),
    post(
        "x",
        Person("mgarcia_nl", "Miguel García"),
        "en",
        "Filing a complaint with the ombudsman. "
        "You charged me a termination fee on a contract that had already ended. @StroomnetHelp",
    ),
    post(
        "bluesky",
        Person("lena_k", "Lena K."),
        "en",
        "If @stroomnet doesn't refund the €320 "
        "they took I'm taking them to small claims court. I have all the emails. Patience over.",
    ),
    post(
        "mastodon",
        Person("stevenr", "Steven R."),
        "en",
        "Legal action is on the table now. "
        "Three months of 'we're looking into it' for a meter that was read wrong. @StroomnetHelp",
    ),
    post(
        "x",
        Person("katie_dee", "Katie D"),
        "en",
        "YOU ARE SCAMMERS. charging me for a modem i "
        "RETURNED IN AUGUST with tracking proof!!! @StroomnetHelp",
    ),
    post(
        "facebook",
        Person("tom.baker.nl", "Tom Baker", 310),
        "en",
        "I'm going to the press "
        "with this. Your engineer left live wires sticking out of my wall and nobody has come "
        "back in 5 days. There are kids in this house.",
    ),
    post(
        "instagram",
        Person("ellie.in.utrecht", "Ellie"),
        "en",
        "your kettle literally sparked "
        "when i switched it on. SPARKS. from a kettle 🔥 not touching it again",
    ),
    post(
        "x",
        Person("ben_w", "Ben Whitfield"),
        "en",
        "switching to another provider. 3 hours on hold is not customer service @StroomnetHelp",
    ),
    post(
        "x",
        Person("rj_thomas", "RJ Thomas"),
        "en",
        "WORST. PROVIDER. EVER. no internet for 2 "
        "days and the app says 'all systems operational' !!!",
    ),
    post(
        "x",
        Person("zuilen_dave", "Dave"),
        "en",
        "For the third time I'm asking: when is fibre "
        "coming to Zuilen?? Three tweets, zero answers. @StroomnetHelp",
    ),
    post(
        "x",
        Person("anoukvb", "Anouk"),
        "nl",
        "Gaslucht in de keuken sinds de werkzaamheden "
        "aan de meter gisteren?? Ramen open en buiten gaan staan. @StroomnetHelp wie moet ik "
        "bellen",
    ),
]


# --- Praise from future ambassadors ---------------------------------------------------------

PRAISE = [
    post(
        "x",
        Person("ruben_a", "Ruben"),
        "nl",
        "Complimenten aan Mehmet van @StroomnetHelp: in "
        "één telefoontje mijn verhuizing én nieuw contract geregeld. Geen wachttijd, geen "
        "gedoe 👏",
    ),
    post(
        "facebook",
        Person("carla.huisman", "Carla Huisman", 130),
        "nl",
        "Ik raad jullie aan bij "
        "iedereen! Al drie jaar klant, nooit een storing gehad en de app is echt duidelijk.",
    ),
    post(
        "instagram",
        Person("thee.en.taart", "Thee & Taart"),
        "nl",
        "De Kookpunt is echt het "
        "beste cadeau dat ik mezelf dit jaar heb gegeven ☕️ thee klaar als ik de trap af kom",
    ),
    post(
        "x",
        Person("mo_elamrani", "Mo"),
        "nl",
        "Goed geholpen door Lotte via de chat, factuur "
        "binnen 5 minuten gecorrigeerd. Hulde @StroomnetHelp",
    ),
    post(
        "mastodon",
        Person("gertjan", "Gert-Jan"),
        "nl",
        "Mag ook weleens gezegd: mijn glasvezel "
        "van Stroomnet heeft in twee jaar precies nul keer gehaperd. Saai. Dat is een "
        "compliment.",
    ),
    post(
        "facebook",
        Person("joke.timmer", "Joke Timmer", 77),
        "nl",
        "Na mijn klacht van vorige "
        "week netjes gebeld door een teamleider, excuses en een vergoeding. Zo los je dat op. "
        "Bedankt!",
    ),
    post(
        "bluesky",
        Person("sven_vd", "Sven"),
        "nl",
        "monteur van stroomnet vanochtend: op tijd, "
        "schoenen uit, alles uitgelegd, kabels netjes weggewerkt. 10/10",
    ),
    post(
        "x",
        Person("ilse_t", "Ilse"),
        "nl",
        "@StroomnetHelp Sanne, jij bent een held. Mijn "
        "moeder kan weer beeldbellen met de kleinkinderen 💛",
    ),
    post("instagram", Person("femke.rijdt", "Femke"), "nl", "beste service ooit. echt waar. 🙏🙏"),
    post(
        "facebook",
        Person("dirk.maes", "Dirk Maes", 210),
        "nl",
        "Merci aan de mensen van "
        "Stroomnet, op zondag nog iemand aan de lijn gekregen die mijn probleem met de digitale "
        "meter oploste. Chapeau!",
        at=15.0,
    ),
    post(
        "x",
        Person("wilma_h", "Wilma"),
        "nl",
        "Eerlijk is eerlijk: vorige maand zat ik hier te "
        "mopperen over @stroomnet, maar ze hebben alles rechtgezet en ik heb er zelfs een "
        "maand gratis internet bij gekregen. Ik blijf!",
    ),
    post(
        "mastodon",
        Person("roos_b", "Roos"),
        "nl",
        "Overgestapt naar Stroomnet en echt "
        "verbaasd hoe soepel het ging. Oude contract opgezegd door hen, glasvezel binnen een "
        "week.",
    ),
    post(
        "x",
        Person("hans_de_wit", "Hans de Wit"),
        "nl",
        "ik raad jullie aan bij iedereen, net mijn zus overgehaald 😄 @StroomnetHelp",
    ),
    post(
        "x",
        Person("sarah_in_nl", "Sarah"),
        "en",
        "Honestly the best provider I've had in 8 "
        "years of living in NL. English support that actually helps. @StroomnetHelp",
    ),
    post(
        "bluesky",
        Person("jamie_r", "Jamie R"),
        "en",
        "shoutout to Priya at @stroomnet who "
        "sorted out my broken direct debit in one message. rare W for customer service",
    ),
    post(
        "instagram",
        Person("lucy.cooks", "Lucy"),
        "en",
        "obsessed with my Kookpunt 😍 I set it from the app before I even get out of bed",
    ),
    post(
        "mastodon",
        Person("pkerr", "Patrick Kerr"),
        "en",
        "Switched to Stroomnet last month. "
        "Install was smooth, engineer on time, router config sane. Recommended.",
    ),
    post(
        "x",
        Person("alexmorgan", "Alex Morgan"),
        "en",
        "after my rant last week @StroomnetHelp "
        "called me back, fixed the billing and credited me €40. fair play.",
    ),
    post(
        "facebook",
        Person("priscilla.a", "Priscilla Adjei", 150),
        "en",
        "Thank you Daan for "
        "staying on the phone with me until my internet worked again. Much appreciated!",
    ),
    post(
        "x",
        Person("markus_b", "Markus"),
        "en",
        "Shoutout to @StroomnetHelp for answering at 11pm on a Saturday. didn't expect that",
        at=20.0,
    ),
    thread(
        "mastodon",
        say(
            Person("wvanderlaan", "Wouter vd Laan"),
            "en",
            "Thanks @StroomnetHelp for sorting my "
            "fibre activation on a Sunday. Didn't expect a reply before Monday, let alone a fix.",
        ),
        say(BRAND, "en", "Glad it's working, Wouter! Enjoy the speed 🚀 ^Daan"),
        at=18.0,
    ),
]


# --- Neutral questions ----------------------------------------------------------------------

QUESTIONS = [
    post(
        "x",
        Person("daphne_w", "Daphne"),
        "nl",
        "Vraagje @StroomnetHelp: kan ik het termijnbedrag zelf aanpassen in de app?",
    ),
    post(
        "instagram",
        Person("smarthome.sem", "Sem | smart home"),
        "nl",
        "Werkt de Kookpunt ook met Google Home?",
    ),
    post(
        "x_dm",
        Person("ricardo_p", "Ricardo"),
        "nl",
        "Hoi, wanneer wordt de eindafrekening verstuurd na een verhuizing? Ben 1 november verhuisd",
    ),
    post(
        "facebook",
        Person("peter.van.dam", "Peter van Dam", 58),
        "nl",
        "Is er een storing in Eindhoven? Of ligt het aan mij",
    ),
    post(
        "mastodon",
        Person("niels", "Niels"),
        "nl",
        "Weet iemand of je bij Stroomnet een vast "
        "IP-adres kunt krijgen zonder zakelijk abonnement?",
    ),
    post(
        "x",
        Person("martijn_r", "Martijn"),
        "nl",
        "@stroomnet klopt het dat de prijzen per 1 januari omhoog gaan? Las iets in de krant",
    ),
    post(
        "facebook",
        Person("ria.kuipers", "Ria Kuipers", 23),
        "nl",
        "Kan ik ook met iDEAL betalen in plaats van automatische incasso?",
    ),
    post(
        "instagram",
        Person("joep.klust", "Joep"),
        "nl",
        "Waar vind ik de handleiding van de Stroombox? Doos al weggegooid 🙈",
    ),
    post(
        "x_dm",
        Person("shanti_m", "Shanti"),
        "nl",
        "Kan ik het contract op naam van mijn partner zetten? Wij gaan samenwonen",
    ),
    post(
        "bluesky",
        Person("thijs_e", "Thijs"),
        "nl",
        "Heeft Stroomnet een dynamisch energiecontract? Ik overweeg een thuisbatterij",
    ),
    post(
        "x",
        Person("ellen_b", "Ellen"),
        "nl",
        "hoe lang duurt het gemiddeld voordat glasvezel "
        "wordt aangesloten na aanmelding? @StroomnetHelp",
    ),
    post(
        "facebook",
        Person("henk.de.boer", "Henk de Boer", 12),
        "nl",
        "hoe geef ik een verhuizing door? kan dat online of moet ik bellen",
    ),
    post(
        "x",
        Person("lisa_tw", "Lisa"),
        "nl",
        "@StroomnetHelp verhuizing doorgeven voor 1 februari, kan dat nu al of is dat te vroeg?",
    ),
    post(
        "x",
        Person("george_p", "George P."),
        "en",
        "@StroomnetHelp what are your phone opening hours?",
    ),
    post(
        "facebook",
        Person("ana.silva", "Ana Silva", 300),
        "en",
        "Can I pause my internet subscription while I'm abroad for 3 months?",
    ),
    post("instagram", Person("minimal.maud", "Maud"), "en", "does the kookpunt come in black?"),
    post(
        "x_dm",
        Person("raj_v", "Raj"),
        "en",
        "Hi, how do I get a copy of my contract? I need it for a residence permit application.",
    ),
    post(
        "mastodon",
        Person("netnerd", "netnerd"),
        "en",
        "Does the Stroombox support WPA3? Can't find it in the settings @StroomnetHelp",
    ),
    post(
        "bluesky",
        Person("emma_writes", "Emma"),
        "en",
        "how does moving house work with "
        "@stroomnet? first time moving in NL and I have no idea what to do with the meter",
    ),
    post(
        "x",
        Person("tobias_k", "Tobias"),
        "en",
        "is there a way to see my invoices in English? @StroomnetHelp",
    ),
    post(
        "x",
        Person("kees_mol", "Kees Mol"),
        "nl",
        "Welk nummer moet ik bellen voor een storing van mijn stroom? Jullie of de netbeheerder?",
    ),
]


# --- Spam and off-topic noise ---------------------------------------------------------------

NOISE = [
    post(
        "x",
        Person("cryptoking_88", "Crypto King 👑", 120),
        "en",
        "🚀🚀 Turned €250 into €9,800 "
        "in 2 weeks with this AI trading bot!! DM me 'PROFIT' 💰 #bitcoin #stroom #energie",
    ),
    post(
        "x",
        Person("f4f_daily", "Follow Back 100%", 1_900),
        "en",
        "follow for follow? 🔁 #f4f #stroomnet #followback",
    ),
    post(
        "x",
        Person("kuipganger", "Rotterdammer"),
        "nl",
        "Wat een stroom supporters naar De Kuip vandaag, hele Maasboulevard staat vast 😂⚽",
    ),
    post(
        "x",
        Person("ajaxdaan", "Daan ❌❌❌"),
        "nl",
        "Ajax speelde alsof er geen stroom op stond. Tweede helft helemaal leeg.",
    ),
    post(
        "instagram",
        Person("free.followers.now", "Free Followers"),
        "en",
        "Nice page! 🔥 Check my profile for free followers 💯",
    ),
    post(
        "facebook",
        Person("stroomnet.actie", "Stroomnet Actie 2026", 14),
        "nl",
        "🎁 Stroomnet "
        "geeft 500 klanten €250 energietegoed! Klik hier en vul je gegevens in: "
        "stroomnet-actie.example 🎁",
    ),
    post(
        "mastodon",
        Person("wandelaar", "Wandelaar"),
        "nl",
        "Ochtendwandeling langs de stroom bij Gorssel, mist overal 🌫️ prachtig",
    ),
    post(
        "bluesky",
        Person("beatsbyjo", "jo"),
        "en",
        "hot take: 'stroomnet' would be a great name for a techno label",
    ),
    post(
        "x",
        Person("passive_inc0me", "Money Mindset"),
        "en",
        "💸 Passive income from home. No experience needed. Link in bio 👉",
    ),
    post("instagram", Person("glowskin.collabs", "Glow Skin"), "en", "😍😍😍 collab? DM us 📩"),
    post(
        "x",
        Person("sleepy_sanne", "sanne"),
        "nl",
        "mijn fiets heeft meer stroom dan mijn motivatie vandaag 😴",
    ),
    post(
        "facebook",
        Person("marjan.deventer", "Marjan", 33),
        "nl",
        "Heeft iemand nog een kinderfiets te koop in de buurt van Deventer?",
    ),
    post(
        "x",
        Person("moonboy_strm", "STRM to the moon"),
        "en",
        "Stroomnet stock to the moon 🌕 $STRM #notfinancialadvice",
    ),
    post(
        "x",
        Person("psvfan040", "Eindhovenaar"),
        "nl",
        "hoe laat begint PSV vanavond? de stroom aan info hier is nul",
    ),
    post(
        "x_dm",
        Person("brandcollab_agency", "Collab Agency"),
        "en",
        "Hey! We love your brand 😍 "
        "We'd like to offer you a paid partnership, check our rates at collabs.example",
    ),
    post(
        "bluesky",
        Person("podcast_deelstroom", "Deelstroom podcast"),
        "nl",
        "nieuwe aflevering staat online 🎧 link in bio #stroom #podcast",
    ),
]


# --- Trustpilot reviews ---------------------------------------------------------------------

REVIEWS = [
    thread(
        "trustpilot",
        say(
            Person("jvermeulen", "J. Vermeulen"),
            "nl",
            "Eén ster, en dat is nog te veel. Drie "
            "maanden lang verkeerde voorschotten, vier keer gebeld en elke keer een andere "
            "medewerker die iets anders beloofde. Uiteindelijk is het opgelost maar ik heb er "
            "uren in gestoken. Ik zeg mijn abonnement op zodra het kan.",
        ),
        say(
            BRAND,
            "nl",
            "Beste J. Vermeulen, dank voor uw eerlijke review. Het spijt ons dat u "
            "zo vaak heeft moeten bellen. We nemen graag contact met u op om te horen wat we "
            "beter kunnen doen. Team Stroomnet",
        ),
    ),
    post(
        "trustpilot",
        Person("annemiek_v", "Annemiek"),
        "nl",
        "Vijf sterren. De monteur was op "
        "tijd, vriendelijk en heeft alles netjes achtergelaten. Internet is supersnel en de "
        "overstap ging zonder gedoe. Ik raad Stroomnet aan bij iedereen die glasvezel wil.",
    ),
    thread(
        "trustpilot",
        say(
            Person("d_clarke", "David Clarke"),
            "en",
            "Two stars. The internet itself is fast and "
            "stable, I can't complain about that. But getting anything done with customer service "
            "is painful: the phone menu is Dutch only, the chat disconnects, and e-mails take a "
            "week. Fine product, poor service.",
        ),
        say(
            BRAND,
            "en",
            "Hi David, thank you for the review. Tip: press 9 in the phone menu for "
            "English support. We're also working on the chat, and we're sorry about the slow "
            "e-mail replies. Team Stroomnet",
        ),
    ),
    post(
        "trustpilot",
        Person("pvanrijn", "P. van Rijn"),
        "nl",
        "Vier sterren. Prima leverancier, "
        "eerlijke prijs. Eén ster eraf omdat de app soms traag is en de jaarafrekening pas na "
        "drie keer vragen kwam. Verder geen klachten.",
    ),
    post(
        "trustpilot",
        Person("claire_m", "Claire M."),
        "en",
        "Five stars. I've had three "
        "providers since moving to the Netherlands and this is the first one where I actually "
        "got help in English without any fuss. The technician explained everything and the "
        "connection has been perfect.",
    ),
    thread(
        "trustpilot",
        say(
            Person("ronald_k", "Ronald K."),
            "nl",
            "1 ster. Mijn Kookpunt waterkoker begon na twee "
            "maanden te roken tijdens het koken. Gelukkig stond ik ernaast. Retour aangevraagd, "
            "na twee weken nog niets gehoord. Voor een 'slim' apparaat van €89 vind ik dit echt "
            "onacceptabel. Gevaarlijk ook.",
        ),
        say(
            BRAND,
            "nl",
            "Beste Ronald, dit is ernstig en we willen het direct oppakken. Gebruik "
            "de Kookpunt niet meer. Wilt u uw ordernummer naar klantenservice@stroomnet.nl sturen "
            "o.v.v. 'Kookpunt veiligheid'? Dan halen we hem op en krijgt u uw geld terug. "
            "Team Stroomnet",
        ),
    ),
    post(
        "trustpilot",
        Person("marleen_dh", "Marleen de Haan"),
        "nl",
        "Drie sterren. De "
        "overstap zelf ging goed, maar het welkomstpakket kwam pas na de installatiedatum, dus "
        "de monteur moest terugkomen. Nu alles werkt ben ik tevreden, maar het begin was "
        "rommelig.",
    ),
    post(
        "trustpilot",
        Person("s_patel", "S. Patel"),
        "en",
        "One star. Billed twice for the same "
        "month, and it took four contacts to get it back. Nobody calls back when they say they "
        "will. Switching to another provider when my contract ends in March.",
    ),
    post(
        "trustpilot",
        Person("gvandenbroeck", "Gert Van den Broeck"),
        "nl",
        "Twee sterren. "
        "Technisch in orde, maar de facturen zijn onleesbaar en bij vragen word je van het "
        "kastje naar de muur gestuurd. Voor Belgische klanten is de service duidelijk een "
        "bijzaak.",
    ),
    post(
        "trustpilot",
        Person("tina_w", "Tina W."),
        "en",
        "Four stars. Really happy with the "
        "Stroombox, the wifi reaches the whole house and the app is easy. Would be five if the "
        "first bill hadn't been wrong.",
    ),
    post(
        "trustpilot",
        Person("hdejong", "H. de Jong"),
        "nl",
        "Vijf sterren! Ik had een probleem "
        "met mijn slimme meter en werd dezelfde dag nog teruggebeld. Top geholpen door een "
        "medewerker die Sanne heette. Zo hoort klantenservice te zijn.",
    ),
    post(
        "trustpilot",
        Person("oliver_g", "Oliver G."),
        "en",
        "Three stars. Prices are OK and the "
        "connection is decent. Customer service is hit and miss: one agent was brilliant, the "
        "next had no idea what had been agreed before. They need better notes.",
    ),
    thread(
        "trustpilot",
        say(
            Person("ldesmet", "L. De Smet"),
            "nl",
            "Eén ster. Al zes weken wacht ik op de "
            "aansluiting van mijn glasvezel in Gent. Elke week een nieuwe datum. Als dit zo "
            "doorgaat stap ik naar de Ombudsdienst. Amai, wat een organisatie.",
        ),
        say(
            BRAND,
            "nl",
            "Dag L. De Smet, zes weken is veel te lang, excuses. Stuur je je "
            "klantnummer naar klantenservice@stroomnet.nl? Dan kijken we meteen waar het vastzit. "
            "Team Stroomnet",
        ),
    ),
    post(
        "trustpilot",
        Person("nina_r", "Nina R."),
        "en",
        "Five stars. Moving house with "
        "Stroomnet was the easiest part of the whole move. Told them the date once, internet "
        "worked in the new place on day one. Recommended.",
    ),
    post(
        "trustpilot",
        Person("wvdberg", "W. van den Berg"),
        "nl",
        "Vier sterren. Goede prijs en "
        "de Kookpunt die ik erbij kreeg is handig. Alleen de wachttijd aan de telefoon kan "
        "korter, ik hing er twintig minuten in.",
    ),
    post(
        "trustpilot",
        Person("m_hoogland", "Maarten Hoogland"),
        "nl",
        "Twee sterren. Twee "
        "storingen in een maand, en de vergoeding is een grap. Als het werkt is het prima, maar "
        "communicatie bij storingen is slecht: de storingspagina liep uren achter.",
    ),
    post(
        "trustpilot",
        Person("k_obi", "K. Obi"),
        "en",
        "One star. Sold to me at my door with a "
        "'fixed price' that turned out to be variable. Felt like a scam. Took two months to get "
        "out of the contract.",
    ),
    thread(
        "trustpilot",
        say(
            Person("m_harris", "Michael Harris"),
            "en",
            "Two stars. Signed up for fibre in "
            "August and the installation date moved four times. Once the engineer finally came it "
            "was quick and the speed is great, but the waiting and the lack of updates were "
            "frustrating. Nobody told me anything unless I chased it.",
        ),
        say(
            BRAND,
            "en",
            "Hi Michael, thank you for sharing this. You're right that you shouldn't "
            "have to chase us for updates; we're changing how we keep customers informed about "
            "installations. Enjoy the connection! Team Stroomnet",
        ),
    ),
    post(
        "trustpilot",
        Person("grace_e", "Grace E."),
        "en",
        "Five stars. Priya on the live chat "
        "helped me move the contract from my late father's name to mine. She was kind, patient "
        "and it was done in one conversation. Thank you.",
    ),
    post(
        "trustpilot",
        Person("review_pro_2026", "Happy Customer"),
        "en",
        "Excellent company!!! "
        "Very good service best price best internet. Recommend 100% five star!!! Visit "
        "cheap-followers.example for more",
    ),
    post(
        "trustpilot",
        Person("tevreden_klant_x", "Tevreden Klant"),
        "nl",
        "Vijf sterren. Zeer goed bedrijf, snelle service, goede prijs. Aanrader aanrader aanrader.",
    ),
]


ALL_THREADS: list[Thread] = [
    *OUTAGE,
    *REPEATS,
    *CONVERSATIONS,
    *EMAILS,
    *ESCALATIONS,
    *PRAISE,
    *QUESTIONS,
    *NOISE,
    *REVIEWS,
]


# --- Generation ----------------------------------------------------------------------------


@dataclass(slots=True)
class Row:
    seq: int  # generation order, the tie-breaker when two rows share a second
    channel: str
    msg: Msg
    at: datetime
    parent: Row | None
    root: Row | None  # first message of the thread, for URLs of replies
    native: str = ""  # the platform's own id, set in chronological order
    code: str = ""  # Instagram shortcode of a thread's first post


def handle(person: Person, channel: str) -> str:
    if channel == "email":
        return (person.email or f"{person.slug.replace('_', '.')}@example.nl").lower()
    if person is BRAND:
        return "@StroomnetHelp"
    if channel in ("facebook", "instagram", "trustpilot"):
        return f"@{person.slug}"
    slug = person.slug.replace(".", "_")
    if channel == "mastodon":
        # A stable instance per person, so the same account keeps the same address.
        return f"@{slug}@{INSTANCES[sum(map(ord, slug)) % len(INSTANCES)]}"
    if channel == "bluesky":
        return f"@{slug.replace('_', '-')}.bsky.social"
    return f"@{slug}"


def draw_followers(rng: random.Random) -> int:
    if rng.random() < 0.04:
        return rng.randint(2_000, 6_500)  # the odd local micro-influencer
    return int(min(2_000, max(10, rng.lognormvariate(5.3, 1.0))))


def draw_root_time(rng: random.Random) -> datetime:
    while True:
        # Denser in the last 24 hours, the way a Monday-morning queue looks.
        hours = rng.uniform(0.2, 24) if rng.random() < 0.55 else rng.uniform(24, 71.8)
        at = END - timedelta(hours=hours)
        local_hour = (at.hour + 1) % 24  # CET; the window is in November
        if 1 <= local_hour < 7 and rng.random() > 0.2:
            continue  # few people post at night
        return at


def draw_gap(rng: random.Random, channel: str, brand: bool) -> float:
    if channel == "email":
        return rng.uniform(50, 420) if brand else rng.uniform(25, 600)
    return rng.uniform(4, 70) if brand else rng.uniform(2, 160)


def draw_interactions(rng: random.Random, brand: bool) -> int:
    if brand:
        return rng.randint(0, 6)
    return min(60, int(rng.paretovariate(1.4)) - 1)


def build_rows(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    for item in ALL_THREADS:
        offsets: list[float] = []  # minutes after the first message
        for i, msg in enumerate(item.msgs):
            if i == 0:
                offsets.append(0.0)
                continue
            parent = i - 1 if msg.to == -1 else msg.to
            gap = msg.after
            if gap is None:
                gap = draw_gap(rng, item.channel, msg.who is BRAND)
            offsets.append(offsets[parent] + gap)
        start = draw_root_time(rng) if item.at is None else END - timedelta(hours=item.at)
        start += timedelta(seconds=rng.randint(0, 59))
        # Pull a thread back if its tail would run past "now".
        latest = END - timedelta(minutes=1)
        overflow = start + timedelta(minutes=offsets[-1]) - latest
        if overflow > timedelta(0):
            start -= overflow
        if start < START:
            raise ValueError(f"thread starting {item.msgs[0].text[:40]!r} does not fit the window")
        thread_rows: list[Row] = []
        for i, msg in enumerate(item.msgs):
            parent_row = None
            if i > 0:
                parent_row = thread_rows[i - 1 if msg.to == -1 else msg.to]
            at = (start + timedelta(minutes=offsets[i])).replace(microsecond=0)
            root = thread_rows[0] if thread_rows else None
            row = Row(len(rows), item.channel, msg, at, parent_row, root)
            thread_rows.append(row)
            rows.append(row)
    rows.sort(key=lambda r: (r.at, r.seq))
    return rows


def sortable_base32(value: int, width: int) -> str:
    chars = []
    for _ in range(width):
        chars.append(BASE32_SORTABLE[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def assign_ids(rows: list[Row], rng: random.Random) -> dict[int, str]:
    """Give every row its platform id in time order, so ids grow the way real ones do."""
    ids: dict[int, str] = {}
    instagram_next = 17_912_000_000_000_000
    for row in rows:
        ms = int(row.at.timestamp() * 1000)
        match row.channel:
            case "x" | "x_dm":
                row.native = str(((ms - TWITTER_EPOCH_MS) << 22) | rng.getrandbits(22))
                ids[row.seq] = ("x-" if row.channel == "x" else "dm-") + row.native
            case "mastodon":
                row.native = str((ms << 16) | rng.getrandbits(16))
                ids[row.seq] = f"masto-{row.native}"
            case "bluesky":
                row.native = sortable_base32(((ms * 1000) << 10) | rng.getrandbits(10), 13)
                ids[row.seq] = f"bsky-{row.native}"
            case "facebook":
                row.native = str(rng.randint(10**14, 10**15 - 1))
                root = row.root.native if row.root else ""
                ids[row.seq] = f"fb-{FB_PAGE}_{root + '_' if root else ''}{row.native}"
            case "instagram":
                instagram_next += rng.randint(10**9, 9 * 10**10)
                row.native = str(instagram_next)
                if row.root is None:
                    row.code = "".join(rng.choice(SHORTCODE_CHARS) for _ in range(11))
                ids[row.seq] = f"ig-{row.native}"
            case "trustpilot":
                row.native = f"{int(row.at.timestamp()):08x}{rng.getrandbits(64):016x}"
                ids[row.seq] = f"tp-{row.native}"
            case "email":
                ids[row.seq] = f"<{rng.getrandbits(64):016x}@mail.example>"
            case _:
                raise ValueError(f"unknown channel {row.channel}")
    return ids


def url_for(row: Row, author: str) -> str:
    root = row.root
    match row.channel:
        case "x":
            return f"https://x.com/{author.lstrip('@')}/status/{row.native}"
        case "mastodon":
            user, _, instance = author.lstrip("@").partition("@")
            return f"https://{instance or 'mastodon.nl'}/@{user}/{row.native}"
        case "bluesky":
            name = author.lstrip("@")
            profile = name if "." in name else f"{name.lower()}.bsky.social"
            return f"https://bsky.app/profile/{profile}/post/{row.native}"
        case "facebook":
            if root is None:
                return f"https://www.facebook.com/stroomnet/posts/{row.native}"
            return f"https://www.facebook.com/stroomnet/posts/{root.native}?comment_id={row.native}"
        case "instagram":
            if root is None:
                return f"https://www.instagram.com/p/{row.code}/"
            return f"https://www.instagram.com/p/{root.code}/c/{row.native}/"
        case "trustpilot":
            return f"https://www.trustpilot.com/reviews/{(root or row).native}"
        case _:
            return ""  # e-mail and direct messages have no public address


def build_records(rng: random.Random) -> list[dict[str, object]]:
    followers_by_slug: dict[str, int] = {}
    rows = build_rows(rng)
    ids = assign_ids(rows, rng)
    records: list[dict[str, object]] = []
    for row in rows:
        msg, channel = row.msg, row.channel
        brand = msg.who is BRAND
        author = handle(msg.who, channel)
        if channel in ("email", "trustpilot"):
            followers = 0  # no follower count on these channels
        elif msg.who.followers is not None:
            followers = msg.who.followers
        else:
            followers = followers_by_slug.setdefault(msg.who.slug, draw_followers(rng))
        url = url_for(row, author)
        if channel in PUBLIC and rng.random() < 0.04:
            url = ""  # some sources don't give a link
        if channel == "email":
            created = row.at.isoformat()  # "+00:00", so both UTC spellings are exercised
        else:
            created = row.at.strftime("%Y-%m-%dT%H:%M:%SZ")
        record: dict[str, object] = {
            "channel": channel,
            "external_id": ids[row.seq],
            "author": author,
            "author_name": msg.who.name,
            "followers": followers,
            "text": msg.text,
            "created_at": created,
            "url": url,
            "in_reply_to": ids[row.parent.seq] if row.parent else "",
        }
        # Optional keys are left out on part of the rows so the importer's defaults get used.
        if rng.random() < 0.5:
            record["lang"] = msg.lang
        if brand:
            record["direction"] = "out"
        elif rng.random() < 0.6:
            record["direction"] = "in"
        if channel in PUBLIC and (msg.likes is not None or rng.random() < 0.85):
            likes = msg.likes if msg.likes is not None else draw_interactions(rng, brand)
            record["interactions"] = likes
        records.append(record)
    return records


def verify(records: list[dict[str, object]]) -> None:
    """Refuse to write a file the importer would quarantine any line of."""
    seen: set[tuple[object, object]] = set()
    previous = ""
    for line, rec in enumerate(records, start=1):
        key = (rec["channel"], rec["external_id"])
        if key in seen:
            raise ValueError(f"line {line}: duplicate id {key}")
        parent = rec["in_reply_to"]
        if parent and (rec["channel"], parent) not in seen:
            raise ValueError(f"line {line}: parent {parent} missing or later")
        seen.add(key)
        created = str(rec["created_at"])
        stamp = datetime.fromisoformat(created.replace("Z", "+00:00"))
        if not START <= stamp <= END:
            raise ValueError(f"line {line}: {created} outside the demo window")
        if stamp.isoformat() < previous:
            raise ValueError(f"line {line}: not sorted by created_at")
        previous = stamp.isoformat()
        if not str(rec["text"]).strip():
            raise ValueError(f"line {line}: empty text")


def main() -> None:
    rng = random.Random(SEED)
    records = build_records(rng)
    verify(records)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    channels = Counter(str(r["channel"]) for r in records)
    print(f"wrote {len(records)} mentions to {OUT}")
    print("  " + ", ".join(f"{name}={count}" for name, count in sorted(channels.items())))


if __name__ == "__main__":
    main()

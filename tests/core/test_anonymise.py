"""The anonymiser: seeded personal data in Dutch and English texts never survives, the same
person is the same pseudonym throughout a case, and the legend names kinds, never originals."""

from __future__ import annotations

import re

import pytest

from triage.privacy import Anonymiser, Person, iban_valid
from triage.privacy.anonymise import letters

CUSTOMER_NL = Person(
    name="Johan van den Berg",
    handles=("@jvdberg",),
    emails=("johan.vdberg@gmail.com",),
    numbers=("K10042", "ORD-2024-55812"),
)
CUSTOMER_EN = Person(name="Rachel Okafor", handles=("rachel.okafor@example.com",))
BRAND = Person(name="Stroomnet Klantenservice", handles=("@StroomnetHelp",), staff=True, brand=True)
AGENT = Person(name="Sanne", handles=("sanne",), staff=True)

NL_TEXTS = (
    "Hoi @StroomnetHelp, ik ben Johan van den Berg (@jvdberg). Mijn factuur klopt niet!",
    "Ik woon op de Dorpsstraat 12a, 1234 AB Utrecht. Mijn zoon woont op Bilderdijkstraat 5-3, "
    "1053KN Amsterdam, en mijn moeder aan de Laan van Meerdervoort 50.",
    "Bel me op 06-12345678, 06 1234 5678, +31 6 87654321, 0031 20 1234567 of 020-7654321.",
    "Mail naar johan.vdberg@gmail.com of j.berg1970@hotmail.com. IBAN: NL91 ABNA 0417 1643 00, "
    "van mijn vrouw NL91ABNA0417164300 en mijn oude rekening NL02 RABO 0123 4567 89.",
    "Klantnummer K10042, bestelling ORD-2024-55812, bestelnummer 77881234 en factuur 2024-99812. "
    "Contractnummer: 5566778. Ordernummer #123456.",
    "Mijn vrouw Anneke van den Berg en buurman Piet Jansen hebben ook geklaagd. Ik heb met "
    "Jolanda Smeets gebeld en daarna met mevrouw De Vries.",
    "Zie https://x.com/jvdberg/status/1901234567890 en https://www.facebook.com/johan.vandenberg "
    "en mijn site https://johanvandenberg.nl/over-mij. Jullie eigen pagina "
    "https://www.stroomnet.nl/storingen helpt niet.",
    "Met vriendelijke groet,\nJohan van den Berg\nDorpsstraat 12a\n1234 AB Utrecht",
)
NL_REPLY = "Hoi Johan, sorry voor het gedoe! We storten het terug op NL91ABNA0417164300. ^Daan"

EN_TEXTS = (
    "Hi,\n\nI moved out of my flat at 12 Baker Street, London NW1 6XE on 31 October and "
    "received my final statement. It says you owe me €212.40.",
    "Please pay it to GB82 WEST 1234 5698 7654 32 or DE89370400440532013000. Call me on "
    "+44 20 7946 0958 or (555) 123-4567, or e-mail rachel.okafor@example.com.",
    "My invoice number is 88776655 and my account 12345678. My neighbour Jane Doe at "
    "221B Baker Street had the same. See https://www.linkedin.com/in/rachel-okafor-123 .",
    "Thanks,\nRachel Okafor\nCustomer no. 38820114",
)

SEEDED_NL = (
    "Johan",
    "van den Berg",
    "jvdberg",
    "Dorpsstraat",
    "12a",
    "1234 AB",
    "Bilderdijkstraat",
    "5-3",
    "1053KN",
    "Meerdervoort",
    "06-12345678",
    "1234 5678",
    "87654321",
    "1234567",
    "7654321",
    "johan.vdberg@gmail.com",
    "j.berg1970@hotmail.com",
    "NL91",
    "ABNA",
    "0417",
    "164300",
    "RABO",
    "0123 4567 89",
    "K10042",
    "ORD-2024-55812",
    "77881234",
    "2024-99812",
    "5566778",
    "123456",
    "Anneke",
    "Piet",
    "Jansen",
    "Jolanda",
    "Smeets",
    "Vries",
    "1901234567890",
    "johan.vandenberg",
    "johanvandenberg",
    "Daan",
)
SEEDED_EN = (
    "Rachel",
    "Okafor",
    "12 Baker Street",
    "Baker Street",
    "NW1 6XE",
    "GB82",
    "WEST 1234",
    "5698 7654",
    "DE89370400440532013000",
    "7946 0958",
    "123-4567",
    "rachel.okafor",
    "88776655",
    "12345678",
    "Jane",
    "Doe",
    "221B",
    "rachel-okafor",
    "38820114",
)


def _leaks(texts: list[str], seeded: tuple[str, ...]) -> list[tuple[str, str]]:
    found = []
    for text in texts:
        for s in seeded:
            if s.lower() in text.lower():
                found.append((s, text))
    return found


def test_dutch_texts_leak_nothing_seeded() -> None:
    anon = Anonymiser("nl", [CUSTOMER_NL, BRAND, AGENT])
    out = [anon.anonymise_text(t) for t in NL_TEXTS]
    out.append(anon.anonymise_text(NL_REPLY, outbound=True))
    assert _leaks(out, SEEDED_NL) == []
    joined = "\n".join(out)
    # What should stay stays: the brand's own help page, places, amounts and words.
    assert "https://www.stroomnet.nl/storingen" in joined
    assert "Utrecht" in joined and "factuur klopt niet" in joined
    for placeholder in ("[adres]", "[postcode]", "06-XXXXXXXX", "[IBAN]", "[nummer]", "[link]"):
        assert placeholder in joined, placeholder


def test_english_texts_leak_nothing_seeded() -> None:
    anon = Anonymiser("en", [CUSTOMER_EN, BRAND])
    out = [anon.anonymise_text(t) for t in EN_TEXTS]
    assert _leaks(out, SEEDED_EN) == []
    joined = "\n".join(out)
    assert "Customer A" in joined and "[address]" in joined and "[number]" in joined
    assert "€212.40" in joined  # an amount is no account number
    assert "Klant" not in joined  # English pseudonyms in an English case


def test_the_same_person_is_the_same_pseudonym_everywhere_in_the_case() -> None:
    anon = Anonymiser("nl", [CUSTOMER_NL, BRAND, AGENT])
    author = anon.person("Johan van den Berg", "@jvdberg")
    assert author == "Klant A"
    first = anon.anonymise_text("Ik ben Johan van den Berg.")
    again = anon.anonymise_text("Groetjes, Johan")
    reply = anon.anonymise_text("Hoi Johan, we bellen je.", outbound=True)
    handle = anon.anonymise_text("@jvdberg schreef dit")
    mail = anon.anonymise_text("mail: johan.vdberg@gmail.com")
    assert "Klant A" in first and "Klant A" in again and "Klant A" in reply
    assert handle.startswith("@klant1") and "klant1@example.invalid" in mail
    assert anon.handle("@JvdBerg") == "@klant1"  # handles ignore case
    assert anon.anonymise_name("Johan van den Berg") == "Klant A"
    # Someone else is someone else, and stays so.
    other = anon.anonymise_text("Piet Jansen belde ook; Piet Jansen is boos.")
    assert other.count("Klant B") == 2
    # Ours: the brand, its handle and the agents.
    assert anon.person("Stroomnet Klantenservice", "@StroomnetHelp", staff=True) == "Medewerker A"
    assert anon.handle("@StroomnetHelp") == "Medewerker A"
    assert anon.actor("sanne") == "Medewerker B" == anon.actor("Sanne")
    assert anon.actor("system") == "system"


def test_a_name_first_written_in_full_later_is_caught_in_earlier_short_mentions() -> None:
    anon = Anonymiser("nl")
    texts = ["Daarna belde Marloes.", "Ik heb met Marloes Bakker gesproken."]
    for t in texts:
        anon.learn(t)
    out = [anon.anonymise_text(t) for t in texts]
    assert "Marloes" not in " ".join(out) and "Bakker" not in " ".join(out)
    assert out[0] == "Daarna belde Klant A." and "Klant A" in out[1]


def test_legend_names_kinds_never_originals() -> None:
    anon = Anonymiser("nl", [CUSTOMER_NL, BRAND, AGENT])
    for t in NL_TEXTS:
        anon.anonymise_text(t)
    anon.actor("sanne")
    legend = anon.legend()
    assert legend["Klant A"] == "customer" and legend["Medewerker A"] == "staff"
    assert legend["[IBAN]"] == "iban" and legend["06-XXXXXXXX"] == "phone"
    assert set(legend.values()) <= {
        "customer",
        "staff",
        "handle",
        "email",
        "phone",
        "address",
        "postcode",
        "iban",
        "number",
        "link",
    }
    flat = " ".join([*legend, *legend.values()]).lower()
    for s in SEEDED_NL:
        assert s.lower() not in flat, s


def test_a_mixed_language_case_keeps_its_one_language() -> None:
    anon = Anonymiser("nl", [CUSTOMER_EN])
    en = anon.anonymise_text("Thanks,\nRachel Okafor")
    nl = anon.anonymise_text("Hoi Rachel, ik woon op Dorpsstraat 3.")
    assert "Klant A" in en and "Klant A" in nl and "[adres]" in nl


@pytest.mark.parametrize(
    "text",
    [
        "Bel 06-12345678",
        "Bel 06 12 34 56 78",
        "Bel 0612345678",
        "Bel +31612345678",
        "Bel +31 (0)6 1234 5678",
        "Bel 0031-6-12345678",
        "Bel 010 123 4567",
        "Call +1 (555) 123-4567",
        "Call +44 7700 900123",
    ],
)
def test_phone_numbers(text: str) -> None:
    out = Anonymiser("nl").anonymise_text(text)
    assert out.endswith("06-XXXXXXXX"), out
    assert not re.search(r"\d{3}", out.replace("06-XXXXXXXX", ""))


@pytest.mark.parametrize(
    "text",
    [
        "Storing sinds 12-11-2026 om 10:15, al 3 dagen.",
        "Ik betaal €1.234,56 per jaar, 150 kWh per maand.",
        "Hij kost 2026 euro en weegt 1500kg.",
        "Ik heb 45 minuten gewacht, ticket 123.",
        "Zie https://www.stroomnet.nl/help/verhuizen voor de stappen.",
        "Mail info@stroomnet.nl of klantenservice@stroomnet.nl.",
    ],
)
def test_ordinary_text_stays(text: str) -> None:
    assert Anonymiser("nl").anonymise_text(text) == text


def test_iban_check_and_shapes() -> None:
    assert iban_valid("NL91ABNA0417164300")
    assert iban_valid("GB82 WEST 1234 5698 7654 32")
    assert not iban_valid("NL91ABNA0417164301")
    anon = Anonymiser("nl")
    # A mistyped Dutch IBAN is still someone's account; a random code is not an IBAN.
    assert anon.anonymise_text("NL91 ABNA 0417 1643 01") == "[IBAN]"
    assert anon.anonymise_text("code AB12 CDEF GHIJ KLMN") == "code AB12 CDEF GHIJ KLMN"


def test_postcodes_and_addresses() -> None:
    anon = Anonymiser("nl")
    assert anon.anonymise_text("1234 AB en 1234AB en 1234ab") == (
        "[postcode] en [postcode] en [postcode]"
    )
    assert anon.anonymise_text("Kerkstraat 1 bis en Prinsengracht 263-1") == ("[adres] en [adres]")
    assert Anonymiser("en").anonymise_text("Flat 3, 10 Downing Street, SW1A 2AA") == (
        "[address], [postcode]"
    )


def test_handles_and_links() -> None:
    anon = Anonymiser("nl", [BRAND])
    out = anon.anonymise_text(
        "@piet_k en @hanne-wuyts.bsky.social en @kees@mastodon.social vinden @stroomnet traag: "
        "https://bsky.app/profile/hanne-wuyts.bsky.social/post/3n2qcitdn42od"
    )
    assert out == "@klant1 en @klant2 en @klant3 vinden Medewerker A traag: [link]"


def test_pseudonyms_in_a_trainers_note_stay_as_they_are() -> None:
    note = "Klant A (@klant1, klant1@example.invalid) werd goed geholpen door Medewerker B."
    assert Anonymiser("nl").anonymise_text(note) == note


def test_letters() -> None:
    assert [letters(n) for n in (1, 2, 26, 27, 28, 52, 53)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "AZ",
        "BA",
    ]

"""Link suggestions: evidence in messages and look-alike names and handles, ranked, never merged."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

import pytest

from triage.ingest.crm import CrmCustomer
from triage.ingest.matching import (
    Candidate,
    CandidateIndex,
    ContactPoints,
    Identity,
    LinkSuggestion,
    candidate_from_crm,
    extract_contact_points,
    fold,
    handle_key,
)

JOSE = Candidate(
    1,
    display_names=("Jose Perez",),
    handles=(("instagram", "@jperez"),),
    emails=("jose@example.nl",),
    phones=("+31612345678",),
    order_ids=("ORD-10023",),
)
JAN = Candidate(
    2,
    display_names=("Jan Jansen",),
    handles=(("instagram", "@jan.jansen"),),
    emails=("jan.jansen@example.nl",),
    order_ids=("10024", "10025"),
)
MARIE = Candidate(3, display_names=("Marie de Vries",), emails=("marie@example.nl",))
JAN_PIETER = Candidate(4, display_names=("Jan Pieter Jansen",), emails=("info@jansen.nl",))
FIEN = Candidate(5, display_names=("Fien de Wit",), phones=("020-1234567",))


@pytest.fixture
def index() -> CandidateIndex:
    return CandidateIndex([JOSE, JAN, MARIE, JAN_PIETER, FIEN])


def _ids(suggestions: Sequence[LinkSuggestion]) -> list[int]:
    return [s.customer_id for s in suggestions]


# -- contact points -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "orders"),
    [
        ("Mijn bestelling met nummer 10023 is nog steeds niet binnen!", ("10023",)),
        ("Waar blijft order #10024?", ("10024",)),
        ("ordernummer: 10024 en 10025", ("10024", "10025")),
        ("Bestelnummer 4455667 klopt niet", ("4455667",)),
        ("Factuur 2024001 is te hoog", ("2024001",)),
        ("My invoice no. 99887766 is wrong", ("99887766",)),
        ("bestellingen 10023, 10024 & 10025", ("10023", "10024", "10025")),
    ],
)
def test_order_numbers_after_order_words(text: str, orders: tuple[str, ...]) -> None:
    assert extract_contact_points(text).order_numbers == orders


@pytest.mark.parametrize(
    "text",
    [
        "Ik wacht al 12345 minuten",  # no order word
        "Postcode 12345, huisnummer 10",
        "factuur van 12345,00 euro",  # an amount, not a number of an order
        "order 12 van 45678",  # the word is too far from the number, across another number
        "Mijn bestelling is niet binnen, al sinds 2023 mee bezig en 102030 keer gebeld",
        "Order 123",  # too short
        "order 12345678901234",  # too long
    ],
)
def test_random_numbers_are_not_order_numbers(text: str) -> None:
    assert extract_contact_points(text).order_numbers == ()


def test_emails_and_phones_in_text_are_normalised() -> None:
    text = "Mail Jan.Jansen@Example.NL of bel 06-12345678 / +31 (0)20 123 4567, op 01-02-2024."
    points = extract_contact_points(text)
    assert points == ContactPoints(
        emails=("jan.jansen@example.nl",),
        phones=("+31612345678", "+31201234567"),
        order_numbers=(),
    )


def test_a_bare_number_is_not_a_phone() -> None:
    assert extract_contact_points("klantnummer 612345678, ref 31612345678").phones == ()


def test_order_patterns_are_configurable() -> None:
    patterns = [r"\bref(?:erentie)?\s*(?P<order>[A-Z]{2}-\d{4})\b"]
    points = extract_contact_points("Referentie AB-1234, order 10023", order_patterns=patterns)
    assert points.order_numbers == ("AB-1234",)  # the defaults are replaced, not added to
    index = CandidateIndex([Candidate(9, order_ids=("ab-1234",))], order_patterns=patterns)
    (hit,) = index.suggest(Identity("x", "@someone"), ["ref AB-1234 graag"])
    assert hit.customer_id == 9


# -- suggestions ----------------------------------------------------------------------------------


def test_order_number_in_dutch_text_links(index: CandidateIndex) -> None:
    texts = ["Hallo, mijn bestelling 10023 is nog steeds niet geleverd!!"]
    (best, *_) = index.suggest(Identity("x", "@boos_123", "Boze Klant"), texts)
    assert best.customer_id == 1  # "ORD-10023" is quoted as its number
    assert best.reasons == ("mentions order ORD-10023 of this customer",)
    assert best.evidence == ("Hallo, mijn bestelling 10023 is nog steeds niet geleverd!!",)
    assert best.score >= 80
    assert best.as_json() == [
        {"key": "order_in_text", "points": 80, "args": {"value": "ORD-10023"}}
    ]


def test_email_in_text_links(index: CandidateIndex) -> None:
    texts = ["Stuur het maar naar MARIE@example.nl aub"]
    (best, *_) = index.suggest(Identity("instagram", "@mdv_1990"), texts)
    assert best.customer_id == 3
    assert best.reasons == ("mentions the e-mail address marie@example.nl of this customer",)
    assert "MARIE@example.nl" in best.evidence[0]


def test_phone_in_text_links(index: CandidateIndex) -> None:
    (best,) = index.suggest(Identity("x", "@fw"), ["Bel me terug op 020 123 4567"])
    assert best.customer_id == 5 and "+31201234567" in best.reasons[0]


def test_fuzzy_name_with_diacritics(index: CandidateIndex) -> None:
    (best, *_) = index.suggest(Identity("x", "@pp", "José Pérez"))
    assert best.customer_id == 1
    assert "'José Pérez' is like 'Jose Perez'" in best.reasons[0]


def test_name_in_another_order_and_handle_with_digits(index: CandidateIndex) -> None:
    suggestions = index.suggest(Identity("x", "@JanJansen_88", "Jansen, Jan"))
    assert _ids(suggestions)[0] == 2  # name and handle both agree
    best = suggestions[0]
    assert len(best.reasons) == 2 and "handle '@JanJansen_88'" in best.reasons[1]
    assert 4 in _ids(suggestions)  # same first and last name, but weaker: no handle


def test_same_first_and_last_name_across_channels(index: CandidateIndex) -> None:
    suggestions = index.suggest(Identity("facebook", "100004567", "Jan Jansen"))
    pieter = next(s for s in suggestions if s.customer_id == 4)
    assert pieter.reasons == ("same first and last name as 'Jan Pieter Jansen'",)


def test_unrelated_names_are_not_suggested(index: CandidateIndex) -> None:
    assert index.suggest(Identity("x", "@kbakker", "Kees Bakker"), ["Mijn pakket is kapot"]) == []
    assert index.suggest(Identity("x", "@jan", "Jan")) == []  # one first name says too little
    # The address in the text counts; the shared mailbox name "info" never does as a handle.
    (hit,) = index.suggest(Identity("x", "@info_nl", "Info"), ["mail info@jansen.nl"])
    assert hit.customer_id == 4 and [s.key for s in hit.signals] == ["email_in_text"]


def test_ranking_strong_evidence_first(index: CandidateIndex) -> None:
    # Looks like Jan by name and handle, but quotes José's order and e-mail address.
    texts = ["Order 10023 klopt niet", "mail me: jose@example.nl"]
    suggestions = index.suggest(Identity("x", "@jan_jansen", "Jan Jansen"), texts)
    assert _ids(suggestions)[:3] == [1, 2, 4]
    scores = [s.score for s in suggestions]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 100 for s in scores)
    jose = suggestions[0]
    assert jose.score > 95 and len(jose.reasons) == 2  # two independent pieces of evidence


def test_limit_and_exclude(index: CandidateIndex) -> None:
    identity = Identity("x", "@jan_jansen", "Jan Jansen")
    assert _ids(index.suggest(identity, limit=1)) == [2]
    assert 2 not in _ids(index.suggest(identity, exclude=[2]))


def test_repeated_mentions_count_once(index: CandidateIndex) -> None:
    texts = ["bestelling 10024", "nog steeds bestelling 10024", "bestelling 10025"]
    (best,) = index.suggest(Identity("x", "@x123"), texts)
    assert best.customer_id == 2 and len(best.reasons) == 2  # 10024 once, 10025 once


def test_candidate_from_crm() -> None:
    row = CrmCustomer("K7", "Zoë Öztürk", ("zoe@example.nl",), (), (("x", "@zoe_oz"),), 2)
    index = CandidateIndex([candidate_from_crm(row, 70, order_ids=["55501"])])
    (best,) = index.suggest(Identity("instagram", "@zoe.oz", "Zoe Ozturk"), ["factuur 55501"])
    assert best.customer_id == 70 and len(best.reasons) == 3


def test_folding_rules() -> None:
    assert fold("  José  Pérez-Ruiz ") == "jose perez ruiz"
    assert handle_key("@Jan.Jansen_88") == "janjansen"
    assert handle_key("@jan_jansen@mastodon.social") == "janjansen"
    assert handle_key("jan-jansen.bsky.social") == "janjansen"


# -- scale ----------------------------------------------------------------------------------------

FIRST = ["Jan", "Piet", "Kees", "Marie", "Anna", "Sophie", "Lucas", "Daan", "Emma", "Julia"]
LAST = ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer"]


def _crowd(size: int) -> list[Candidate]:
    rng = random.Random(7)
    syllables = [c + v for c in "bdfghjklmnprstvwz" for v in "aeiou"]
    crowd = []
    for i in range(size):
        word = "".join(rng.choice(syllables) for _ in range(3))
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {word.capitalize()}"
        crowd.append(
            Candidate(
                i + 1,
                display_names=(name,),
                handles=(("instagram", f"@{word}{rng.randint(1, 99)}"),),
                emails=(f"{word}{i}@mail.example",),
                phones=(f"+316{10_000_000 + i}",),
                order_ids=(str(1_000_000 + i),),
            )
        )
    return crowd


def test_one_identity_against_100k_candidates() -> None:
    crowd = _crowd(100_000)
    index = CandidateIndex(crowd)
    assert len(index) == 100_000
    target = crowd[54_321]
    word = re.sub(r"\d+$", "", target.handles[0][1].lstrip("@"))

    by_order = index.suggest(Identity("x", "@anon"), ["waar is mijn bestelling 1054321"])
    assert _ids(by_order) == [target.customer_id]

    by_name = index.suggest(Identity("x", f"@{word}_nl", target.display_names[0]))
    assert _ids(by_name)[0] == target.customer_id

    by_mail = index.suggest(Identity("x", "@anon"), [f"mail: {target.emails[0]}"])
    assert _ids(by_mail) == [target.customer_id]

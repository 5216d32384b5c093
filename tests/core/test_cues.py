"""Escalation-cue detector: lexical cues in English and Dutch, shouting, points, repeat level."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from triage.analysis.cues import CUE_POINTS, cue_points, detect_cues, repeat_level
from triage.domain.enums import CueClass
from triage.domain.models import CueHit

S, L, M, C = CueClass.SAFETY, CueClass.LEGAL, CueClass.MEDIA, CueClass.CHURN
A, X, R = CueClass.ACCUSATION, CueClass.ANGER, CueClass.REPEAT


def evidence(text: str, lang: str, cue: CueClass) -> str | None:
    return next((h.evidence for h in detect_cues(text, lang) if h.cue is cue), None)


POSITIVES: list[tuple[str, str, CueClass, str]] = [
    # SAFETY
    ("My charger caught fire last night", "en", S, "caught fire"),
    ("There is smoke coming out of the router", "en", S, "smoke"),
    ("the heater gives off a burning smell", "en", S, "burning smell"),
    ("The socket sparked when I plugged it in", "en", S, "sparked"),
    ("the battery exploded in my hand", "en", S, "exploded"),
    ("I got an electric shock from the kettle", "en", S, "electric shock"),
    ("Smells of gas since your engineer left", "en", S, "Smells of gas"),
    ("My son was injured by the broken gate", "en", S, "injured"),
    ("My daughter ended up in Hospital", "en", S, "Hospital"),
    ("We all got sick after the meal", "en", S, "got sick"),
    ("I think it is food poisoning", "en", S, "food poisoning"),
    ("severe allergic reaction, nuts were not listed", "en", S, "allergic reaction"),
    ("this cable is DANGEROUS", "en", S, "DANGEROUS"),
    ("Er is brand in de meterkast", "nl", S, "brand in"),
    ("De wasmachine stond in brand", "nl", S, "in brand"),
    ("Er kwam rook uit de oven, het rookte echt", "nl", S, "rookte"),
    ("overal brandlucht in huis", "nl", S, "brandlucht"),
    ("De powerbank is ontploft", "und", S, "ontploft"),
    ("Ik ruik een gaslucht sinds de monteur weg is", "nl", S, "gaslucht"),
    ("Mijn zoon is gewond geraakt door de deur", "nl", S, "gewond"),
    ("We liggen nu in het ziekenhuis", "nl", S, "ziekenhuis"),
    ("Hele gezin ziek geworden van de maaltijd", "nl", S, "ziek geworden"),
    ("Dit is levensgevaarlijk!", "nl", S, "levensgevaarlijk"),
    ("De stekker is onveilig", "nl", S, "onveilig"),
    # LEGAL
    ("I've spoken to my lawyer about this", "en", L, "lawyer"),
    ("I will sue you for every penny", "en", L, "will sue"),
    ("see you in small claims court", "en", L, "small claims"),
    ("Complaint is going to the Ombudsman", "en", L, "Ombudsman"),
    ("reporting you to Ofcom today", "en", L, "Ofcom"),
    ("I'll just do a chargeback with my bank", "en", L, "chargeback"),
    ("Mijn advocaat neemt contact op", "nl", L, "advocaat"),
    ("onze advocaten kijken ernaar", "nl", L, "advocaten"),
    ("Ik neem juridische stappen", "nl", L, "juridische"),
    ("Ik stel jullie aansprakelijk", "nl", L, "aansprakelijk"),
    ("Dit gaat naar de Geschillencommissie", "nl", L, "Geschillencommissie"),
    ("Ik meld dit bij de ACM", "nl", L, "ACM"),
    ("Ik doe aangifte van oplichting", "nl", L, "Ik doe aangifte"),
    # MEDIA
    ("I'm going to the press with this", "en", M, "to the press"),
    ("A journalist friend is interested", "en", M, "journalist"),
    ("This should go viral", "en", M, "viral"),
    ("Everyone should know how you treat customers", "en", M, "Everyone should know"),
    ("Sending this to BBC Watchdog", "en", M, "BBC"),
    ("Ik stap naar Radar", "nl", M, "naar Radar"),
    ("Dit is een zaak voor Tros Radar", "nl", M, "Tros Radar"),
    ("Ik ga naar het AD", "nl", M, "naar het AD"),
    ("Iedereen moet dit weten", "nl", M, "Iedereen moet dit weten"),
    ("Ik ga dit delen op Facebook", "nl", M, "Ik ga dit delen"),
    # CHURN
    ("Please cancel my contract", "en", C, "cancel my contract"),
    ("I want to cancel, this is enough", "en", C, "want to cancel"),
    ("Cancelling my subscription today", "en", C, "Cancelling my subscription"),
    ("canceling my account now", "en", C, "canceling my account"),
    ("I'm switching to Vodafone", "en", C, "switching to"),
    ("time to switch to another provider", "en", C, "switch to"),
    ("Never again!", "en", C, "Never again"),
    ("I'm done with you", "en", C, "done with you"),
    ("I will take my business elsewhere", "en", C, "take my business elsewhere"),
    ("Ik wil opzeggen", "nl", C, "opzeggen"),
    ("Hierbij mijn opzegging", "nl", C, "opzegging"),
    ("Ik zeg mijn abonnement op", "nl", C, "zeg mijn abonnement op"),
    ("Ik stap over naar Ziggo", "nl", C, "stap over"),
    ("Ik ga overstappen", "nl", C, "Ik ga overstappen"),
    ("Morgen overstappen naar Ziggo", "nl", C, "overstappen naar"),
    ("Nooit meer bestel ik hier", "nl", C, "Nooit meer"),
    ("Ik ben er klaar mee", "nl", C, "klaar mee"),
    ("Contract beëindigen graag", "nl", C, "Contract beëindigen"),
    # ACCUSATION
    ("This is a total scam", "en", A, "scam"),
    ("You are SCAMMERS", "en", A, "SCAMMERS"),
    ("that's fraud, plain and simple", "en", A, "fraud"),
    ("you are lying to me", "en", A, "lying"),
    ("what a rip-off", "en", A, "rip-off"),
    ("Absolutely disgraceful service", "en", A, "disgraceful"),
    ("you did this on purpose", "en", A, "on purpose"),
    ("Oplichters zijn jullie", "nl", A, "Oplichters"),
    ("Dit is gewoon fraude", "nl", A, "fraude"),
    ("Jullie liegen gewoon", "nl", A, "liegen"),
    ("Schandalig hoe jullie klanten behandelen", "nl", A, "Schandalig"),
    ("Dit is afzetterij", "nl", A, "afzetterij"),
    ("Zakkenvullers!", "nl", A, "Zakkenvullers"),
    ("Ripoff😡😡", "en", A, "Ripoff"),
    ("😡furious", "en", X, "furious"),
    # ANGER (lexical)
    ("I am absolutely furious", "en", X, "furious"),
    ("Sick of waiting", "en", X, "Sick of"),
    ("This is unacceptable", "en", X, "unacceptable"),
    ("worst service ever", "en", X, "worst"),
    ("wtf is going on", "en", X, "wtf"),
    ("what the f*ck happened", "en", X, "f*ck"),
    ("fucking useless", "en", X, "fucking"),
    ("Ik ben woedend", "nl", X, "woedend"),
    ("Belachelijk dit", "nl", X, "Belachelijk"),
    ("Wat een waardeloze service", "nl", X, "waardeloze"),
    ("Kut bedrijf", "nl", X, "Kut"),
    ("Schandalig gewoon", "nl", X, "Schandalig"),
    ("shit service hier", "nl", X, "shit"),
    # ANGER (non-lexical)
    ("WHY IS MY PARCEL STILL NOT HERE", "en", X, "WHY IS MY PARCEL STILL NOT HERE"),
    ("Where is my parcel?!", "en", X, "?!"),
    ("Nobody picks up the phone!!!", "en", X, "!!!"),
    ("Hallo?!? Iemand daar", "nl", X, "?!?"),
    # REPEAT
    ("still no refund", "en", R, "still"),
    ("Broken again", "en", R, "again"),
    ("yet again the app crashed", "en", R, "yet again"),
    ("This is the third time I write", "en", R, "third time"),
    ("for the 4th time now", "en", R, "4th time"),
    ("I have called 5 times", "en", R, "called 5 times"),
    ("3 times already", "en", R, "3 times already"),
    ("Been waiting for 3 weeks", "en", R, "Been waiting for 3 weeks"),
    ("still waiting for an answer", "en", R, "still waiting"),
    ("no response yet", "en", R, "no response yet"),
    ("nobody answers the phone", "en", R, "nobody answers"),
    ("I keep getting the same error", "en", R, "keep getting"),
    ("Nog steeds geen internet", "nl", R, "Nog steeds"),
    ("Alweer een storing", "nl", R, "Alweer"),
    ("weer geen bezorging", "nl", R, "weer geen"),
    ("voor de derde keer", "nl", R, "derde keer"),
    ("voor de 5e keer", "nl", R, "5e keer"),
    ("3 keer gebeld en niks", "nl", R, "3 keer gebeld"),
    ("ik wacht al twee weken", "nl", R, "wacht al"),
    ("storing sinds 3 dagen", "nl", R, "sinds 3 dagen"),
    ("Nog geen reactie ontvangen", "nl", R, "Nog geen reactie"),
    ("GEEN ÉÉN REACTIE 😡", "nl", R, "GEEN ÉÉN REACTIE"),
]


@pytest.mark.parametrize(("text", "lang", "cue", "expected"), POSITIVES)
def test_positive_cue_and_evidence_as_written(
    text: str, lang: str, cue: CueClass, expected: str
) -> None:
    assert evidence(text, lang, cue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, great service!",
        "Ik heb een vraag over mijn factuur",
        "Can you tell me when my order ships?",
        "Bedankt voor de snelle hulp",
        "Het weer is mooi vandaag",
        "",
    ],
)
@pytest.mark.parametrize("lang", ["en", "nl", "und"])
def test_neutral_text_has_no_cues(text: str, lang: str) -> None:
    assert detect_cues(text, lang) == ()


@pytest.mark.parametrize(
    ("text", "lang", "cue"),
    [
        ("Just got a brand new phone", "en", S),
        ("Just got a brand new phone", "und", S),
        ("Which brand in your shop is best", "und", S),
        ("Fired up for the new release", "en", S),
        ("I love the stillness of the morning", "en", R),
        ("Thanks again for the help", "en", R),
        ("Dat kan geen kwaad", "nl", X),
        ("Ik sta bij de kassa", "nl", M),
        ("Ik ben me bewust van de kosten", "nl", A),
        ("My newspaper was not delivered", "en", M),
        ("Any news on my order?", "en", M),
        ("I want to cancel my order", "en", C),
        ("Really?? Is that so", "en", X),
        ("Great job!", "en", X),
        ("I saw your ad on TV", "en", M),
        ("This is the 1st time I contact you", "en", R),
        ("voor de 1e keer een vraag", "nl", R),
        ("Amazon Fire TV stick not working", "en", S),
        ("My ice cream melted", "en", S),
        ("The fraud team called me", "en", A),
        ("De overstap naar jullie ging zonder gedoe", "nl", C),
        ("Vijf sterren, de overstap was zo geregeld", "nl", C),
    ],
)
def test_lookalikes_do_not_trigger(text: str, lang: str, cue: CueClass) -> None:
    assert evidence(text, lang, cue) is None


@pytest.mark.parametrize(
    ("lang", "found"),
    [("nl", True), ("nl-NL", True), ("NL", True), ("nl_BE", True), ("en", False), ("de", False)],
)
def test_bare_dutch_brand_counts_only_in_dutch_text(lang: str, found: bool) -> None:
    assert (evidence("Er is brand in het gebouw", lang, S) is not None) is found


@pytest.mark.parametrize("lang", ["", "und", "de", "fr-FR"])
def test_unknown_language_checks_both(lang: str) -> None:
    cues = {h.cue for h in detect_cues("Ik zeg mijn abonnement op, I'll call my lawyer", lang)}
    assert cues == {L, C}


def test_hits_are_unique_first_matches_in_class_order() -> None:
    text = "still broken, again!! furious. I smell smoke. Scam. Lawyer next. Going to the press"
    hits = detect_cues(text, "en")
    assert [h.cue for h in hits] == [S, L, M, A, X, R]
    assert evidence(text, "en", R) == "still"  # the first of two repeat cues
    assert evidence(text, "en", X) == "furious"  # words win over "!!"


@pytest.mark.parametrize(
    ("text", "shouting"),
    [
        ("@ACMEHELPDESK @BIGTELCO #FAIL #NOPE where is my order", False),
        ("see HTTPS://EXAMPLE.COM/ABCDEFGHIJ and WWW.EXAMPLE.ORG please", False),
        ("@acme_help WHY IS MY ORDER LATE https://t.co/abcdefghijkl", True),
        ("I Am Writing About My Order Again", False),
        ("NO", False),  # too few letters to call it shouting
        ("ALL CAPS BUT short and mostly lower case words here", False),
    ],
)
def test_caps_ratio_ignores_handles_tags_and_links(text: str, shouting: bool) -> None:
    hit = evidence(text, "en", X)
    assert (hit is not None) is shouting
    if hit is not None:
        assert hit == "WHY IS MY ORDER LATE"


def test_caps_evidence_is_a_bounded_span_of_the_text() -> None:
    text = "THIS IS THE THIRD EMAIL ABOUT THE SAME BROKEN FRIDGE AND NOBODY CARES AT ALL"
    hit = evidence(text, "und", X)
    assert hit is not None
    assert text.startswith(hit)
    assert 20 <= len(hit) <= 60


def test_punctuation_run_evidence_comes_before_later_caps() -> None:
    assert evidence("where?!! THIS IS NOT OKAY AT ALL", "en", X) == "?!!"


@pytest.mark.parametrize(
    ("cues", "points"),
    [
        ((), 0.0),
        ((R,), 0.0),
        ((X,), 0.3),
        ((X, X, X), 0.3),
        ((A, X), 0.7),
        ((L, C), 1.0),
        ((S,), 1.0),
        ((S, L, M, C, A, X, R), 1.0),
        ((M, A), 1.0),
        ((C, X), 0.8),
    ],
)
def test_cue_points_counts_each_class_once_and_caps_at_one(
    cues: tuple[CueClass, ...], points: float
) -> None:
    assert cue_points(CueHit(c, "x") for c in cues) == pytest.approx(points)


def test_cue_points_table() -> None:
    assert CUE_POINTS == {
        S: 1.0,
        L: 0.6,
        M: 0.6,
        C: 0.5,
        A: 0.4,
        X: 0.3,
        R: 0.0,
        CueClass.COMPLAINT: 0.2,
    }


@pytest.mark.parametrize(
    ("text", "lang", "level"),
    [
        ("Thanks for the quick reply", "en", 0),
        ("still no refund", "en", 2),
        ("broken again", "en", 2),
        ("nog steeds geen internet", "nl", 2),
        ("alweer een storing", "nl", 2),
        ("this is the third time I ask", "en", 3),
        ("for the 10th time", "en", 10),
        ("for the 21st time", "en", 21),
        ("I called 5 times", "en", 5),
        ("I called you three times", "en", 3),
        ("called twice", "en", 2),
        ("voor de derde keer", "nl", 3),
        ("voor de vierde keer", "nl", 4),
        ("3 keer gebeld", "nl", 3),
        ("al 4 keer gemaild", "nl", 4),
        ("Been waiting 6 days", "en", 2),  # a wait, not a contact count
        ("storing sinds 5 dagen", "nl", 2),
    ],
)
def test_repeat_level(text: str, lang: str, level: int) -> None:
    assert repeat_level(detect_cues(text, lang)) == level


def test_repeat_level_ignores_other_classes() -> None:
    assert repeat_level([CueHit(A, "third time scammers")]) == 0
    assert repeat_level([CueHit(X, "ugh"), CueHit(R, "4th time")]) == 4


_PIECES = [
    "still ",
    "brand in ",
    "FIRE ",
    "SCAM",
    "!!",
    "?!",
    "@Handle ",
    "#TAG ",
    "https://x.co/AB ",
    "3 keer gebeld ",
    "third time ",
    "één ",
    "İ",
    "ß",
    "😡",
    " ",
    "\u0301",
    "'",
]


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.one_of(st.text(max_size=12), st.sampled_from(_PIECES)), max_size=25).map(
        "".join
    ),
    lang=st.sampled_from(["en", "nl", "und", ""]),
)
def test_never_raises_and_evidence_is_a_substring(text: str, lang: str) -> None:
    hits = detect_cues(text, lang)
    classes = [h.cue for h in hits]
    assert classes == [c for c in CueClass if c in classes]  # unique, in class order
    for hit in hits:
        assert hit.evidence
        assert hit.evidence in text
    assert 0.0 <= cue_points(hits) <= 1.0
    assert repeat_level(hits) >= 0

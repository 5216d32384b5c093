"""The shipped tone model: negation, emoji, complaint phrasing and sarcasm in English and Dutch.

Behaviour, not figures: the figures on the evaluation files are measured outside the test suite.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from triage.analysis.signals import Signals, shipped_model
from triage.analysis.tone import FEATURE_NAMES, ShippedSignals, lexicon_features

MODEL = ShippedSignals()


def sig(text: str, lang: str) -> Signals:
    return MODEL.signals(text, lang)


@pytest.mark.parametrize(
    ("plain", "negated", "lang"),
    [
        ("good", "not good", "en"),
        ("The help was good", "The help was not good", "en"),
        ("I am happy with the service", "I am never happy with the service", "en"),
        ("goed", "niet goed", "nl"),
        ("Het was goed", "Het was niet goed", "nl"),
        ("Ik ben blij met jullie service", "Ik ben niet blij met jullie service", "nl"),
    ],
)
def test_negation_flips_tone(plain: str, negated: str, lang: str) -> None:
    before, after = sig(plain, lang), sig(negated, lang)
    assert after.positive < before.positive
    assert after.negative > before.negative
    assert before.label == "pos"
    assert after.label != "pos"


@pytest.mark.parametrize(
    ("text", "emoji", "lang"),
    [
        ("My flight is delayed", " 😡", "en"),
        ("Still waiting for my parcel", " 🤬🤬", "en"),
        ("The app crashed again", " :(", "en"),
        ("Pakket is nog niet bezorgd", " 😤", "nl"),
        ("Weer een storing", " 👎", "nl"),
    ],
)
def test_angry_emoji_raise_negative(text: str, emoji: str, lang: str) -> None:
    assert sig(text + emoji, lang).negative > sig(text, lang).negative


def test_emoji_alone_carry_their_tone() -> None:
    angry, happy = sig("😡", "en"), sig("🙂", "en")
    assert angry.negative > happy.negative
    assert happy.positive > angry.positive


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I want a refund for my order, it never arrived", "en"),
        ("@acme my bill is wrong again, why do I have to call customer service every month?", "en"),
        ("Been on hold for 2 hours and still no answer. Where is my refund?", "en"),
        ("Mijn pakket is nog steeds niet geleverd, ik wil mijn geld terug", "nl"),
        ("Waarom krijg ik geen reactie van de klantenservice?", "nl"),
        ("Mijn internet ligt er al drie dagen uit!", "nl"),
        ("De monteur is nog steeds niet geweest, dit is de derde keer dat ik bel", "nl"),
        ("Wanneer krijg ik mijn terugbetaling? Ik wacht al weken", "nl"),
    ],
)
def test_complaints(text: str, lang: str) -> None:
    s = sig(text, lang)
    assert s.is_complaint
    assert s.label == "neg"
    assert s.complaint > sig("Thanks for the quick help!", "en").complaint


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("thanks for the quick help!", "en"),
        ("Thank you so much, the crew was lovely", "en"),
        ("Bedankt voor de snelle hulp!", "nl"),
        ("Top geregeld, dank jullie wel!", "nl"),
    ],
)
def test_gratitude_is_no_complaint(text: str, lang: str) -> None:
    s = sig(text, lang)
    assert not s.is_complaint
    assert s.label == "pos"


@pytest.mark.parametrize(
    ("sarcastic", "sincere", "lang"),
    [
        ("Great job losing my bag again 🙄", "Great job, the crew was lovely", "en"),
        ("Thanks a lot for nothing", "Thanks a lot for the help", "en"),
        ("Top geregeld weer, pakket kwijt. Lekker dan.", "Top geregeld, dank jullie wel!", "nl"),
    ],
)
def test_sarcasm_reads_as_negative(sarcastic: str, sincere: str, lang: str) -> None:
    mocked, meant = sig(sarcastic, lang), sig(sincere, lang)
    assert mocked.label == "neg"
    assert meant.label == "pos"
    assert mocked.negative > meant.negative
    assert mocked.positive < meant.positive


@pytest.mark.parametrize(("text", "lang"), [("", "en"), ("", "nl"), ("   \n", "en"), ("\t", "xx")])
def test_empty_text_is_neutral(text: str, lang: str) -> None:
    s = sig(text, lang)
    assert s.label == "neu"
    assert not s.is_complaint
    assert s.sentiment_100 == 50.0


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Can you change my address please?", "en"),
        ("Kunnen jullie mijn adres wijzigen?", "nl"),
        ("...", "en"),
    ],
)
def test_plain_requests_are_neither_negative_nor_complaints(text: str, lang: str) -> None:
    s = sig(text, lang)
    assert s.label == "neu"
    assert not s.is_complaint


TEXTS = [
    ("My flight is delayed 😡", "en"),
    ("thanks for the quick help!", "en"),
    ("Mijn pakket is kwijt", "nl"),
    ("", "en"),
    ("Great job losing my bag again 🙄", "en"),
    ("Lekker dan. Top geregeld weer", "nl-BE"),
    ("Bonjour, mon colis n'est pas arrivé", "fr"),
    ("word " * 500, "en"),
]


def test_signals_many_equals_signals() -> None:
    texts = [t for t, _ in TEXTS]
    langs = [lang for _, lang in TEXTS]
    assert MODEL.signals_many(texts, langs) == [MODEL.signals(t, lang) for t, lang in TEXTS]
    assert MODEL.signals_many([], []) == []


def test_signals_many_needs_a_language_per_text() -> None:
    with pytest.raises(ValueError):
        MODEL.signals_many(["a", "b"], ["en"])


def _in_unit_range(s: Signals) -> bool:
    return all(0.0 <= v <= 1.0 for v in (s.negative, s.positive, s.complaint))


@pytest.mark.parametrize(("text", "lang"), TEXTS)
def test_values_in_unit_range(text: str, lang: str) -> None:
    assert _in_unit_range(sig(text, lang))


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300), lang=st.sampled_from(["en", "nl", "de", ""]))
def test_any_text_gives_valid_signals(text: str, lang: str) -> None:
    s = sig(text, lang)
    assert _in_unit_range(s)
    assert s.label in ("neg", "neu", "pos")
    features = lexicon_features(text, lang)
    assert len(features) == len(FEATURE_NAMES)
    assert all(math.isfinite(f) and f >= 0.0 for f in features)


@pytest.mark.parametrize(("text", "lang"), TEXTS)
def test_lexicon_features_match_feature_names(text: str, lang: str) -> None:
    features = lexicon_features(text, lang)
    assert len(features) == len(FEATURE_NAMES)
    assert all(isinstance(f, float) for f in features)


def test_feature_names_are_unique() -> None:
    assert len(set(FEATURE_NAMES)) == len(FEATURE_NAMES)


def test_shipped_model_is_this_model() -> None:
    model = shipped_model()
    assert isinstance(model, ShippedSignals)
    assert model.name == "shipped"

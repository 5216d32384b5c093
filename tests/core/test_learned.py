"""The learned model: heads learned from a team's labels, fallbacks, storage, determinism.

The labelled sets are generated here from a few templates (English and Dutch); the held-out
sentences use words the model never saw in training for the things talked about.
"""

from __future__ import annotations

import io
import itertools
import json
import sys
import types
from collections.abc import Sequence
from datetime import UTC, datetime

import numpy as np
import pytest
from sklearn.feature_extraction.text import HashingVectorizer  # type: ignore[import-untyped]

from triage.analysis import learned
from triage.analysis.learned import LearnedModel, train
from triage.analysis.signals import Example, SentimentLabel, Signals

TRAIN_THINGS = {
    "en": ["parcel", "invoice", "router", "app", "delivery", "bill", "modem", "account"],
    "nl": ["pakket", "factuur", "router", "app", "levering", "rekening", "modem", "account"],
}
HELD_OUT_THINGS = {"en": ["subscription", "meter"], "nl": ["abonnement", "meter"]}

TEMPLATES: dict[str, dict[SentimentLabel, list[str]]] = {
    "en": {
        "neg": [
            "The {} is terrible, I am so angry",
            "Worst {} ever, absolutely awful service",
            "I hate this {}, it is useless and broken",
        ],
        "pos": [
            "The {} is great, thank you so much",
            "Love the new {}, excellent service",
            "Thanks, the {} works perfectly now, brilliant",
        ],
        "neu": [
            "Where can I find the {} number",
            "What time does the {} team open on Monday",
            "Is the {} page available in Dutch",
        ],
    },
    "nl": {
        "neg": [
            "De {} is waardeloos, ik ben zo boos",
            "Slechtste {} ooit, echt belachelijke service",
            "Ik haat deze {}, het is kapot en nutteloos",
        ],
        "pos": [
            "De {} is geweldig, heel erg bedankt",
            "Super blij met de nieuwe {}, top service",
            "Bedankt, de {} werkt nu perfect, fantastisch",
        ],
        "neu": [
            "Waar vind ik het nummer van de {}",
            "Hoe laat gaat het {} team maandag open",
            "Is de {} pagina ook in het Engels",
        ],
    },
}
COMPLAINTS = {
    "en": (
        [
            "My {} still has not arrived after two weeks, I want a refund",
            "You charged me twice for the {} and nobody answers my emails",
            "Third time I report the {} problem and it is still not fixed",
        ],
        [
            "Could you tell me how to change the {} settings",
            "Just wanted to say the {} looks nice",
            "Is there a student discount on the {}",
        ],
    ),
    "nl": (
        [
            "Mijn {} is na twee weken nog steeds niet geleverd, ik wil mijn geld terug",
            "Jullie hebben de {} dubbel afgeschreven en niemand reageert op mijn mail",
            "Derde keer dat ik het probleem met de {} meld en het is nog steeds niet opgelost",
        ],
        [
            "Kunnen jullie uitleggen hoe ik de {} instellingen wijzig",
            "Ik wilde even zeggen dat de {} er mooi uitziet",
            "Is er studentenkorting op de {}",
        ],
    ),
}


def sentiment_examples(things: dict[str, list[str]]) -> list[Example]:
    return [
        Example(template.format(thing), lang, sentiment=label)
        for lang, by_label in TEMPLATES.items()
        for label, templates in by_label.items()
        for template, thing in itertools.product(templates, things[lang])
    ]


def complaint_examples(things: dict[str, list[str]]) -> list[Example]:
    return [
        Example(template.format(thing), lang, complaint=is_complaint)
        for lang, (yes, no) in COMPLAINTS.items()
        for is_complaint, templates in ((True, yes), (False, no))
        for template, thing in itertools.product(templates, things[lang])
    ]


class FakeBase:
    """A stand-in base model: a message is negative when it has an exclamation mark."""

    name = "fake"

    def signals(self, text: str, lang: str) -> Signals:
        negative = 0.8 if "!" in text else 0.1 + 0.01 * (len(text) % 10)
        complaint = 0.7 if "?" not in text else 0.2
        label: SentimentLabel = "neg" if negative > 0.5 else "neu"
        return Signals(negative, 0.3, complaint, label, complaint > 0.5)

    def signals_many(self, texts: Sequence[str], langs: Sequence[str]) -> list[Signals]:
        return [self.signals(t, lang) for t, lang in zip(texts, langs, strict=True)]


TRAINING = sentiment_examples(TRAIN_THINGS) + complaint_examples(TRAIN_THINGS)
HELD_OUT_SENTIMENT = sentiment_examples(HELD_OUT_THINGS)
HELD_OUT_COMPLAINTS = complaint_examples(HELD_OUT_THINGS)
PROBES = [e.text for e in HELD_OUT_SENTIMENT + HELD_OUT_COMPLAINTS] + ["", "👍👍", "!!!"]
PROBE_LANGS = [e.lang for e in HELD_OUT_SENTIMENT + HELD_OUT_COMPLAINTS] + ["en", "nl", ""]


@pytest.fixture(scope="module")
def model() -> LearnedModel:
    return train(TRAINING, seed=0)


@pytest.fixture(scope="module")
def model_on_base() -> LearnedModel:
    return train(TRAINING, base=FakeBase(), seed=0)


def test_both_heads_learned_with_validation_figures(model: LearnedModel) -> None:
    assert model.name == "learned"
    assert model.heads == ("sentiment", "complaint")
    assert model.n_labels == len(TRAINING)
    assert model.trained_at.utcoffset() is not None
    assert set(model.metrics) == {"sentiment", "complaint"}
    for figures in model.metrics.values():
        assert {"precision", "recall", "f1", "auc"} <= set(figures)
        assert all(0.0 <= figures[k] <= 1.0 for k in ("precision", "recall", "f1", "auc"))
    assert model.base_metrics == {}


def test_separates_negative_from_positive_on_held_out_sentences(model: LearnedModel) -> None:
    examples = HELD_OUT_SENTIMENT
    signals = model.signals_many([e.text for e in examples], [e.lang for e in examples])
    neg = [s for e, s in zip(examples, signals, strict=True) if e.sentiment == "neg"]
    pos = [s for e, s in zip(examples, signals, strict=True) if e.sentiment == "pos"]
    assert min(s.negative for s in neg) > max(s.negative for s in pos)
    assert min(s.positive for s in pos) > max(s.positive for s in neg)
    assert all(s.label == "neg" for s in neg)
    assert all(s.label == "pos" for s in pos)
    assert all(s.sentiment_100 < 50 < t.sentiment_100 for s, t in zip(neg, pos, strict=True))


def test_complaint_head_learns(model: LearnedModel) -> None:
    examples = HELD_OUT_COMPLAINTS
    signals = model.signals_many([e.text for e in examples], [e.lang for e in examples])
    yes = [s for e, s in zip(examples, signals, strict=True) if e.complaint]
    no = [s for e, s in zip(examples, signals, strict=True) if not e.complaint]
    assert min(s.complaint for s in yes) > max(s.complaint for s in no)
    assert all(s.is_complaint for s in yes)
    assert not any(s.is_complaint for s in no)


def test_missing_head_falls_back_to_the_base_or_to_neutral() -> None:
    base = FakeBase()
    sentiment_only = sentiment_examples(TRAIN_THINGS)
    on_base = train(sentiment_only, base=base)
    alone = train(sentiment_only)
    assert on_base.heads == alone.heads == ("sentiment",)
    for text, lang in zip(PROBES, PROBE_LANGS, strict=True):
        expected = base.signals(text, lang)
        got = on_base.signals(text, lang)
        assert (got.complaint, got.is_complaint) == (expected.complaint, expected.is_complaint)
        got = alone.signals(text, lang)
        assert (got.complaint, got.is_complaint) == (0.0, False)

    # negatives and 19 positives are not enough: no sentiment head, the base's sentiment answers
    too_few = [e for e in sentiment_only if e.sentiment == "neg"]
    too_few += [e for e in sentiment_only if e.sentiment == "pos"][: learned.MIN_PER_CLASS - 1]
    too_few += complaint_examples(TRAIN_THINGS)
    on_base = train(too_few, base=base)
    alone = train(too_few)
    assert on_base.heads == alone.heads == ("complaint",)
    for text, lang in zip(PROBES, PROBE_LANGS, strict=True):
        expected = base.signals(text, lang)
        got = on_base.signals(text, lang)
        assert (got.negative, got.positive, got.label) == (
            expected.negative,
            expected.positive,
            expected.label,
        )
        got = alone.signals(text, lang)
        assert (got.negative, got.positive, got.label) == (0.0, 0.0, "neu")


def test_sentiment_head_learns_the_classes_that_have_enough_labels() -> None:
    examples = [e for e in sentiment_examples(TRAIN_THINGS) if e.sentiment != "neu"]
    examples += [e for e in sentiment_examples(TRAIN_THINGS) if e.sentiment == "neu"][:5]
    model = train(examples)
    assert model.heads == ("sentiment",)
    signals = model.signals_many(PROBES, PROBE_LANGS)
    assert {s.label for s in signals} <= {"neg", "pos"}


def test_no_labels_gives_the_base_or_neutral() -> None:
    base = FakeBase()
    unlabelled = [Example("hello", "en"), Example("hallo", "nl")]
    on_base = train(unlabelled, base=base)
    assert on_base.heads == ()
    assert on_base.n_labels == 0
    assert on_base.signals_many(PROBES, PROBE_LANGS) == base.signals_many(PROBES, PROBE_LANGS)
    restored = LearnedModel.from_bytes(on_base.to_bytes())  # it reads nothing from the base
    assert restored.signals("hello", "en") == Signals(0.0, 0.0, 0.0, "neu", False)


def test_base_scores_are_features_and_base_figures_are_kept(
    model_on_base: LearnedModel,
) -> None:
    assert model_on_base.base_features == "scores"
    assert model_on_base.base is not None
    assert set(model_on_base.base_metrics) == {"sentiment", "complaint"}
    assert 0.0 <= model_on_base.base_metrics["sentiment"]["auc"] <= 1.0


@pytest.mark.parametrize("fixture", ["model", "model_on_base"])
def test_round_trip_gives_identical_signals(fixture: str, request: pytest.FixtureRequest) -> None:
    original: LearnedModel = request.getfixturevalue(fixture)
    data = original.to_bytes()
    base = original.base
    restored = LearnedModel.from_bytes(data, base=base)
    assert restored.signals_many(PROBES, PROBE_LANGS) == original.signals_many(PROBES, PROBE_LANGS)
    assert restored.heads == original.heads
    assert restored.metrics == original.metrics
    assert restored.base_metrics == original.base_metrics
    assert restored.n_labels == original.n_labels
    assert restored.trained_at == original.trained_at
    assert restored.to_bytes() == data
    assert len(data) < 5_000_000


def test_base_is_required_when_the_model_reads_it(model_on_base: LearnedModel) -> None:
    data = model_on_base.to_bytes()
    with pytest.raises(ValueError, match="base"):
        LearnedModel.from_bytes(data)

    class OtherBase(FakeBase):
        name = "other"

    with pytest.raises(ValueError, match="'fake'"):
        LearnedModel.from_bytes(data, base=OtherBase())


def test_unknown_format_version_is_refused(
    model: LearnedModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(learned, "FORMAT_VERSION", learned.FORMAT_VERSION + 1)
    future = model.to_bytes()
    monkeypatch.undo()
    with pytest.raises(ValueError, match=f"format {learned.FORMAT_VERSION + 1} is not supported"):
        LearnedModel.from_bytes(future)
    for junk in (b"", b"not a model", model.to_bytes()[:100]):
        with pytest.raises(ValueError):
            LearnedModel.from_bytes(junk)


@pytest.mark.parametrize("fixture", ["model", "model_on_base"])
def test_batch_equals_one_by_one_and_values_are_in_range(
    fixture: str, request: pytest.FixtureRequest
) -> None:
    m: LearnedModel = request.getfixturevalue(fixture)
    batch = m.signals_many(PROBES, PROBE_LANGS)
    assert batch == [m.signals(t, lang) for t, lang in zip(PROBES, PROBE_LANGS, strict=True)]
    for s in batch:
        assert all(0.0 <= v <= 1.0 for v in (s.negative, s.positive, s.complaint))
        assert s.label in ("neg", "neu", "pos")
    assert m.signals_many([], []) == []
    with pytest.raises(ValueError):
        m.signals_many(["one"], [])


def test_training_is_deterministic_for_a_seed(model: LearnedModel) -> None:
    at = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    first = train(TRAINING, base=FakeBase(), seed=3, now=at)
    again = train(TRAINING, base=FakeBase(), seed=3, now=at)
    assert again.to_bytes() == first.to_bytes()
    assert first.trained_at == at
    assert train(TRAINING, seed=0).signals_many(PROBES, PROBE_LANGS) == model.signals_many(
        PROBES, PROBE_LANGS
    )


def test_the_shipped_model_lends_its_lexicon_features(monkeypatch: pytest.MonkeyPatch) -> None:
    """On top of the shipped model the learned one reads tone.lexicon_features (here a fake
    tone module), not the three scores, and refuses a shipped model whose features changed."""
    tone = types.ModuleType("triage.analysis.tone")

    class ShippedSignals(FakeBase):
        name = "shipped"

    def lexicon_features(text: str, lang: str) -> tuple[float, ...]:
        low = text.lower()
        return (float("!" in text), float(len(low.split())), float("niet" in low or "not" in low))

    tone.ShippedSignals = ShippedSignals  # type: ignore[attr-defined]
    tone.FEATURE_NAMES = ("bang", "words", "negators")  # type: ignore[attr-defined]
    tone.lexicon_features = lexicon_features  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "triage.analysis.tone", tone)

    shipped = ShippedSignals()
    model = train(TRAINING, base=shipped)
    assert model.base_features == "lexicon"
    restored = LearnedModel.from_bytes(model.to_bytes(), base=shipped)
    assert restored.signals_many(PROBES, PROBE_LANGS) == model.signals_many(PROBES, PROBE_LANGS)
    with pytest.raises(ValueError, match="'shipped'"):
        LearnedModel.from_bytes(model.to_bytes(), base=FakeBase())

    tone.FEATURE_NAMES = ("bang", "words", "negators", "new")  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="train the model again"):
        LearnedModel.from_bytes(model.to_bytes(), base=shipped)


# --- format 2: NB-SVM heads over binary n-grams, NumPy character hashing, format 1 still read ---


def test_character_ngrams_are_binary_within_words_and_stable() -> None:
    grams = learned._char_grams(["Ab ab", "ba", ""], 2**10, (2, 2)).toarray()
    assert grams.shape == (3, 2**10)
    assert set(np.unique(grams)) <= {0.0, 1.0}  # "ab" twice still counts once
    assert [int(row.sum()) for row in grams] == [3, 3, 0]  # " a", "ab", "b " / " b", "ba", "a "
    assert not np.array_equal(grams[0], grams[1])  # order matters: "ab" is not "ba"
    trigrams = learned._char_grams(["ab ab"], 2**10, (3, 3))
    assert trigrams.nnz == 2  # " ab", "ab ": nothing spans the two words
    again = learned._char_grams(["Ab ab", "ba", ""], 2**10, (2, 2)).toarray()
    assert np.array_equal(grams, again)
    with pytest.raises(ValueError, match="power of two"):
        learned._char_grams(["x"], 1000, (2, 2))


def test_heads_are_nb_svm_one_vs_rest_for_three_classes(model: LearnedModel) -> None:
    sentiment, complaint = model._sentiment, model._complaint
    assert sentiment is not None and complaint is not None
    assert sentiment.classes == ("neg", "neu", "pos") and sentiment.one_vs_rest
    assert sentiment.weights.shape[1] == 3 and sentiment.norms is not None
    assert complaint.classes == ("0", "1") and complaint.weights.shape[1] == 1
    assert model._featurizer.scheme == learned.NB_SCHEME
    two = train([e for e in sentiment_examples(TRAIN_THINGS) if e.sentiment != "neu"])
    assert two._sentiment is not None and two._sentiment.weights.shape[1] == 1
    signals = two.signals_many(PROBES, PROBE_LANGS)
    assert all(abs(s.negative + s.positive - 1.0) < 1e-5 for s in signals)


def _format_1_blob(n_features: int, column: int, weight: float) -> bytes:
    """A model as format 1 stored it: l2-normalised term frequencies, a complaint head."""
    meta = {
        "format": 1,
        "trained_at": "2026-01-02T03:04:05+00:00",
        "n_labels": 40,
        "metrics": {"complaint": {"f1": 0.5}},
        "base_metrics": {},
        "features": {"n_features": n_features, "word_ngrams": [1, 2], "char_ngrams": [2, 5]},
        "dense": None,
        "heads": {"complaint": {"classes": ["0", "1"], "threshold": 0.6}},
    }
    buffer = io.BytesIO()
    np.savez_compressed(
        buffer,
        complaint_rows=np.array([column], dtype=np.int32),
        complaint_values=np.array([[weight]], dtype=np.float32),
        complaint_intercept=np.array([-0.5], dtype=np.float32),
        meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
    )
    return b"WCTL" + buffer.getvalue()


def test_format_1_models_still_load_score_and_save_as_they_were() -> None:
    n = 2**10
    refund = int(
        HashingVectorizer(n_features=n, token_pattern=r"\S+", lowercase=False)
        .transform(["refund"])
        .indices[0]
    )
    data = _format_1_blob(n, refund, 4.0)
    old = LearnedModel.from_bytes(data, base=FakeBase())
    assert old.heads == ("complaint",) and old._featurizer.scheme == learned.TF_SCHEME
    yes, no = old.signals_many(["I want a refund", "Where is the shop"], ["en", "en"])
    assert yes.is_complaint and not no.is_complaint
    assert no.complaint == pytest.approx(1 / (1 + np.exp(0.5)))  # the intercept alone
    assert no.negative == FakeBase().signals("Where is the shop", "en").negative  # the base's
    assert old.to_bytes() == data


def test_with_the_shipped_base_a_missing_head_reads_each_text_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from triage.analysis.signals import shipped_model

    shipped = shipped_model()
    expected = shipped.signals_many(PROBES, PROBE_LANGS)
    model = train(sentiment_examples(TRAIN_THINGS), base=shipped)
    assert model.heads == ("sentiment",) and model.base_features == "lexicon"

    def no_second_pass(texts: Sequence[str], langs: Sequence[str]) -> list[Signals]:
        raise AssertionError("the shipped model was run again")

    monkeypatch.setattr(shipped, "signals_many", no_second_pass)
    got = model.signals_many(PROBES, PROBE_LANGS)
    assert [(s.complaint, s.is_complaint) for s in got] == [
        (s.complaint, s.is_complaint) for s in expected
    ]
    monkeypatch.undo()

    # a model that combines the shipped features otherwise (a subclass) is simply called
    class Changed(type(shipped)):  # type: ignore[misc]
        def signals(self, text: str, lang: str) -> Signals:
            s = super().signals(text, lang)
            return Signals(s.negative, s.positive, s.complaint / 2, s.label, False)

    changed = Changed()
    restored = LearnedModel.from_bytes(model.to_bytes(), base=changed)
    got = restored.signals_many(PROBES, PROBE_LANGS)
    want = changed.signals_many(PROBES, PROBE_LANGS)
    assert [(s.complaint, s.is_complaint) for s in got] == [
        (s.complaint, s.is_complaint) for s in want
    ]

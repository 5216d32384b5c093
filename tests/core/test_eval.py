"""`python -m triage eval`: reading labelled files, the metrics, the result form, the CLI.

Metric conventions under test (documented in triage/analysis/evaluation.py): a ratio with nothing
to count is 0.0 (no positives → recall and F1 0.0); AUC is None (JSON null) when a class is
absent; macro-F1 averages over the classes that occur in the truth or the predictions.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import subprocess
import sys
import types
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from triage import cli
from triage.analysis import evaluation
from triage.analysis.evaluation import (
    EvalDataError,
    EvalSet,
    drop_overlap,
    evaluate,
    macro_f1,
    precision_recall_f1,
    read_eval_csv,
    roc_auc,
)
from triage.analysis.signals import Example, SentimentLabel, SignalModel, Signals
from triage.services import Triage

ROOT = Path(__file__).resolve().parents[2]
METRIC_KEYS = {"precision", "recall", "f1", "auc"}

HEADER = "id,text,lang,sentiment,complaint,reason\n"
DATA = HEADER + (
    'a1,"The carer never turned up again, this is unacceptable",en,neg,1,visits\n'
    "a2,Thank you so much for the lovely visit today,en,pos,0,\n"
    "a3,What time does the office open on Saturday?,en,neu,0,\n"
    "a4,De thuiszorg kwam weer niet opdagen,nl,neg,1,\n"
    "a5,Fijn geholpen door de wijkverpleging,nl,pos,,\n"
    "a6,,en,neg,1,\n"
    'a7,"Mijn rekening klopt niet,\ngraag uitzoeken",nl,neu,1,billing\n'
)

# text → (negative, label, complaint, is_complaint), chosen so every figure is hand-computable
FAKE: dict[str, tuple[float, SentimentLabel, float, bool]] = {
    "The carer never turned up again, this is unacceptable": (0.9, "neg", 0.8, True),
    "Thank you so much for the lovely visit today": (0.1, "pos", 0.1, False),
    "What time does the office open on Saturday?": (0.3, "neu", 0.3, False),
    "De thuiszorg kwam weer niet opdagen": (0.3, "neu", 0.6, True),
    "Fijn geholpen door de wijkverpleging": (0.2, "pos", 0.9, True),
    "Mijn rekening klopt niet,\ngraag uitzoeken": (0.6, "neg", 0.3, False),
}

# Hand-computed for FAKE on DATA (a6 has no text and is skipped; a5 has no complaint label).
# negative: truth a1,a4; decided a1,a7 → P 1/2, R 1/2, F1 1/2. AUC: a1 (0.9) beats all four
#   others; a4 (0.3) beats 0.1 and 0.2, ties 0.3, loses to 0.6 → (4 + 2.5) / 8.
# complaint: truth a1,a4,a7; decided a1,a4 → P 1, R 2/3, F1 0.8. AUC: a1 and a4 beat a2, a3;
#   a7 (0.3) beats 0.1 and ties 0.3 → (2 + 2 + 1.5) / 6.
# macro-F1: neg 1/2 (a1 | a7 extra, a4 missed), neu 1/2 (a3 | a4 extra, a7 missed), pos 1.
EXPECTED = {
    "model": "fake",
    "n": 6,
    "texts_per_s": 3.0,
    "negative": {"precision": 0.5, "recall": 0.5, "f1": 0.5, "auc": 0.8125},
    "complaint": {"precision": 1.0, "recall": 0.6667, "f1": 0.8, "auc": 0.9167},
    "macro_f1": 0.6667,
}


class FakeModel:
    def __init__(self, name: str = "fake") -> None:
        self.name = name
        self.calls: list[tuple[list[str], list[str]]] = []

    def signals(self, text: str, lang: str) -> Signals:
        negative, label, complaint, is_complaint = FAKE.get(text, (0.0, "neu", 0.0, False))
        return Signals(negative, 0.0, complaint, label, is_complaint)

    def signals_many(self, texts: Sequence[str], langs: Sequence[str]) -> list[Signals]:
        self.calls.append((list(texts), list(langs)))
        return [self.signals(t, lang) for t, lang in zip(texts, langs, strict=True)]


def _clock(*times: float) -> Callable[[], float]:
    return iter(times).__next__


@pytest.fixture
def data_csv(tmp_path: Path) -> Path:
    path = tmp_path / "data.csv"
    path.write_text(DATA, encoding="utf-8", newline="")
    return path


# --- metrics ------------------------------------------------------------------------------------


def test_precision_recall_f1_by_hand() -> None:
    truth = [True, True, True, False, False, False]
    decision = [True, True, False, True, False, False]  # tp 2, fp 1, fn 1
    assert precision_recall_f1(truth, decision) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    decision = [True, False, False, False, False, False]  # tp 1, fp 0, fn 2
    assert precision_recall_f1(truth, decision) == pytest.approx((1.0, 1 / 3, 0.5))


def test_degenerate_binary_cases_are_zero_not_errors() -> None:
    # No positives at all: recall has nothing to count → 0.0, so F1 0.0.
    assert precision_recall_f1([False, False], [True, False]) == (0.0, 0.0, 0.0)
    assert precision_recall_f1([False, False], [False, False]) == (0.0, 0.0, 0.0)
    # Positives but nothing decided: precision 0.0.
    assert precision_recall_f1([True, False], [False, False]) == (0.0, 0.0, 0.0)
    assert precision_recall_f1([], []) == (0.0, 0.0, 0.0)
    with pytest.raises(ValueError):
        precision_recall_f1([True], [])


def test_auc_is_the_mann_whitney_statistic_with_ties_half() -> None:
    truth = [True, True, False, False, False]
    # 0.9 beats all three negatives (3); 0.5 ties two and beats 0.1 (0.5 + 0.5 + 1) → 5/6
    assert roc_auc(truth, [0.9, 0.5, 0.5, 0.1, 0.5]) == pytest.approx(5 / 6)
    assert roc_auc(truth, [0.9, 0.8, 0.3, 0.2, 0.1]) == 1.0
    assert roc_auc(truth, [0.1, 0.2, 0.3, 0.8, 0.9]) == 0.0
    assert roc_auc(truth, [0.4] * 5) == 0.5
    assert roc_auc([False, True], [0.7, 0.7]) == 0.5


def test_auc_is_undefined_without_both_classes() -> None:
    assert roc_auc([False, False], [0.1, 0.9]) is None
    assert roc_auc([True, True], [0.1, 0.9]) is None
    assert roc_auc([], []) is None


def test_auc_matches_counting_every_pair() -> None:
    rng = random.Random(3)
    for _ in range(50):
        n = rng.randint(2, 30)
        truth = [rng.random() < 0.4 for _ in range(n)]
        score = [rng.choice([0.0, 0.25, 0.5, 0.75, 1.0]) for _ in range(n)]  # many ties
        pos = [s for s, t in zip(score, truth, strict=True) if t]
        neg = [s for s, t in zip(score, truth, strict=True) if not t]
        if not pos or not neg:
            assert roc_auc(truth, score) is None
            continue
        wins = sum(1.0 if p > q else 0.5 if p == q else 0.0 for p, q in itertools.product(pos, neg))
        assert roc_auc(truth, score) == pytest.approx(wins / (len(pos) * len(neg)))


def test_macro_f1_by_hand() -> None:
    truth = ["neg", "neg", "neu", "pos", "pos", "pos"]
    predicted = ["neg", "neu", "neu", "pos", "pos", "neg"]
    # neg: tp 1 fp 1 fn 1 → 1/2; neu: tp 1 fp 1 fn 0 → 2/3; pos: tp 2 fp 0 fn 1 → 4/5
    assert macro_f1(truth, predicted) == pytest.approx((1 / 2 + 2 / 3 + 4 / 5) / 3)
    # A two-class file is not penalised for the class it lacks, unless the model predicts it.
    assert macro_f1(["neg", "pos"], ["neg", "pos"]) == 1.0
    assert macro_f1(["neg", "pos"], ["neu", "pos"]) == pytest.approx(1 / 3)
    assert macro_f1([], []) == 0.0


def test_metrics_agree_with_scikit_learn() -> None:
    metrics = pytest.importorskip("sklearn.metrics")
    rng = random.Random(5)
    labels = ["neg", "neu", "pos"]
    truth = [rng.choice(labels) for _ in range(200)]
    predicted = [t if rng.random() < 0.6 else rng.choice(labels) for t in truth]
    assert macro_f1(truth, predicted) == pytest.approx(
        metrics.f1_score(truth, predicted, average="macro")
    )
    binary = [t == "neg" for t in truth]
    score = [round(rng.random(), 1) for _ in truth]
    assert roc_auc(binary, score) == pytest.approx(metrics.roc_auc_score(binary, score))


# --- reading ------------------------------------------------------------------------------------


def test_reading_skips_and_counts_empty_text(data_csv: Path) -> None:
    rows = read_eval_csv(data_csv)
    assert rows.skipped == 1
    assert rows.ids == ("a1", "a2", "a3", "a4", "a5", "a7")
    assert rows.examples[3] == Example("De thuiszorg kwam weer niet opdagen", "nl", "neg", True)
    assert rows.examples[4].complaint is None
    assert rows.examples[5].text == "Mijn rekening klopt niet,\ngraag uitzoeken"
    assert rows.has_sentiment and rows.has_complaint


def test_reading_tolerates_a_bom_short_rows_odd_labels_and_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text(
        "\ufefftext,sentiment,complaint\n"
        "Waiting since Monday for a callback,NEG,maybe\n"
        "   \n"
        "Only text here\n"
        "Lovely staff,great,0\n",
        encoding="utf-8",
    )
    rows = read_eval_csv(path)
    assert rows.skipped == 1
    assert rows.ids == ("", "", "")
    assert [(e.lang, e.sentiment, e.complaint) for e in rows.examples] == [
        ("", "neg", None),
        ("", None, None),
        ("", None, False),
    ]


def test_unreadable_files_raise_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError, match="no such file"):
        read_eval_csv(tmp_path / "missing.csv")
    no_text = tmp_path / "no_text.csv"
    no_text.write_text("id,body\n1,hello\n", encoding="utf-8")
    with pytest.raises(EvalDataError, match="no 'text' column"):
        read_eval_csv(no_text)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("text\ncafé crème\n".encode("latin-1"))
    with pytest.raises(EvalDataError, match="not UTF-8"):
        read_eval_csv(latin)


# --- evaluate -----------------------------------------------------------------------------------


def test_evaluate_gives_the_exact_result(data_csv: Path) -> None:
    rows = read_eval_csv(data_csv)
    model = FakeModel()
    result = evaluate(model, rows.examples, clock=_clock(10.0, 12.0))
    assert result == EXPECTED
    assert list(result) == list(EXPECTED)  # key order is part of the printed form
    # The languages from the file reach the model as hints; one batch after the warm-up.
    assert model.calls[-1][1] == ["en", "en", "en", "nl", "nl", "nl"]
    assert len(model.calls) == 2


def test_batches_do_not_change_the_result(data_csv: Path) -> None:
    rows = read_eval_csv(data_csv)
    model = FakeModel()
    result = evaluate(model, rows.examples, batch=4, clock=_clock(0.0, 1.5))
    assert [len(texts) for texts, _ in model.calls[1:]] == [4, 2]
    assert {**result, "texts_per_s": 3.0} == EXPECTED
    assert result["texts_per_s"] == 4.0


def test_only_the_labels_a_file_carries_are_reported(data_csv: Path) -> None:
    rows = read_eval_csv(data_csv)
    sentiment_only = [Example(e.text, e.lang, e.sentiment, None) for e in rows.examples]
    complaint_only = [Example(e.text, e.lang, None, e.complaint) for e in rows.examples]
    unlabelled = [Example(e.text, e.lang) for e in rows.examples]
    assert set(evaluate(FakeModel(), sentiment_only)) == {
        "model",
        "n",
        "texts_per_s",
        "negative",
        "macro_f1",
    }
    assert set(evaluate(FakeModel(), complaint_only)) == {"model", "n", "texts_per_s", "complaint"}
    assert set(evaluate(FakeModel(), unlabelled)) == {"model", "n", "texts_per_s"}
    empty = evaluate(FakeModel(), [], clock=_clock(1.0, 1.0))
    assert empty == {"model": "fake", "n": 0, "texts_per_s": 0.0}


def test_a_class_missing_from_the_measured_rows_gives_null_auc() -> None:
    texts = list(FAKE)[:3]
    examples = [Example(t, "en", "pos", False) for t in texts]  # no negatives, no complaints
    result = evaluate(FakeModel(), examples)
    assert result["negative"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "auc": None}
    assert result["complaint"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "auc": None}
    assert json.loads(json.dumps(result))["negative"]["auc"] is None


# --- training without overlap -------------------------------------------------------------------


def test_overlap_with_the_measured_rows_is_dropped_by_id_and_by_text() -> None:
    test = EvalSet(("a1", "", "a3"), tuple(Example(t, "en") for t in ("one", "two", "three")))
    train = EvalSet(
        ("a1", "b2", "", "", "b5"),
        tuple(Example(t, "en", "neg") for t in ("new text", "two", "four", "five", "six")),
    )
    kept, dropped = drop_overlap(train, test)
    assert dropped == 2  # a1 by id, b2 by its text; empty ids never match each other
    assert kept.ids == ("", "", "b5")
    assert [e.text for e in kept.examples] == ["four", "five", "six"]


@pytest.fixture
def fake_learning(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """`learned.train` and `shipped_model` replaced by fakes; what train() received is recorded."""
    seen: dict[str, object] = {}
    shipped = FakeModel("shipped-fake")

    def train(
        examples: Sequence[Example], base: SignalModel | None = None, seed: int = 0
    ) -> FakeModel:
        seen["examples"] = list(examples)
        seen["base"] = base
        return FakeModel("learned-fake")

    module = types.ModuleType("triage.analysis.learned")
    module.train = train  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "triage.analysis.learned", module)
    monkeypatch.setattr(evaluation, "shipped_model", lambda: shipped)
    seen["shipped"] = shipped
    return seen


def test_training_leaves_out_rows_of_the_measured_file(
    data_csv: Path, tmp_path: Path, fake_learning: dict[str, object]
) -> None:
    train_csv = tmp_path / "train.csv"
    train_csv.write_text(
        HEADER + "a1,Nobody answered the phone all week,en,neg,1,\n"  # same id as the data
        "t2,Thank you so much for the lovely visit today,en,pos,0,\n"  # same text as a2
        "t3,Het eten was koud en te laat,nl,neg,1,\n"
        "t4,Just checking in about next week,en,,,\n"  # no labels: not learned from
        "t5,,en,neg,,\n",  # empty text: skipped
        encoding="utf-8",
    )
    result = evaluation.evaluate_files(data_csv, train_csv)
    assert result["model"] == "learned-fake"
    assert result["trained_on"] == 1
    assert result["train_overlap_dropped"] == 2
    assert result["skipped"] == 1
    assert {k: result[k] for k in ("negative", "complaint", "macro_f1")} == {
        k: EXPECTED[k] for k in ("negative", "complaint", "macro_f1")
    }
    assert fake_learning["examples"] == [Example("Het eten was koud en te laat", "nl", "neg", True)]
    assert fake_learning["base"] is fake_learning["shipped"]


def test_training_on_nothing_but_overlap_is_a_clear_error(
    data_csv: Path, fake_learning: dict[str, object]
) -> None:
    with pytest.raises(EvalDataError, match="no labelled rows to train on after dropping 6"):
        evaluation.evaluate_files(data_csv, data_csv)


# --- the CLI ------------------------------------------------------------------------------------


def test_eval_never_opens_the_database(
    data_csv: Path,
    fake_learning: dict[str, object],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def no_database(*args: object, **kwargs: object) -> None:
        raise AssertionError("eval opened the database")

    monkeypatch.setattr(Triage, "open", no_database)
    assert cli.run(["--db", "sqlite:////nonexistent/x.db", "eval", "--data", str(data_csv)]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].startswith("model shipped-fake: 6 rows")
    assert "1 empty rows skipped" in table
    assert "negative" in table and "complaint" in table and "macro-F1" in table
    assert "0.8125" in table and "0.9167" in table

    assert cli.run(["eval", "--data", str(data_csv), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["model"] == "shipped-fake"


def test_eval_exits_2_on_a_missing_file_or_no_text_column(
    data_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.csv"
    assert cli.run(["eval", "--data", str(missing), "--json"]) == 2
    assert f"no such file: {missing}" in capsys.readouterr().err
    assert cli.run(["eval", "--data", str(data_csv), "--train", str(missing)]) == 2
    assert f"no such file: {missing}" in capsys.readouterr().err
    no_text = tmp_path / "no_text.csv"
    no_text.write_text("id,body\n1,hello\n", encoding="utf-8")
    assert cli.run(["eval", "--data", str(no_text)]) == 2
    captured = capsys.readouterr()
    assert "no 'text' column" in captured.err
    assert captured.out == ""


def test_eval_json_from_the_command_line(data_csv: Path, tmp_path: Path) -> None:
    """The real shipped model in a real process: one JSON object in the documented form."""
    env = {**os.environ, "TRIAGE_DATA_DIR": str(tmp_path / "data"), "PYTHONIOENCODING": "utf-8"}
    env.pop("TRIAGE_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "triage", "eval", "--data", str(data_csv), "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert set(result) == {
        "model",
        "n",
        "texts_per_s",
        "negative",
        "complaint",
        "macro_f1",
        "skipped",
    }
    assert isinstance(result["model"], str) and result["model"]
    assert (result["n"], result["skipped"]) == (6, 1)
    assert result["texts_per_s"] > 0
    for key in ("negative", "complaint"):
        assert set(result[key]) == METRIC_KEYS
        assert all(0.0 <= result[key][m] <= 1.0 for m in METRIC_KEYS)
    assert 0.0 <= result["macro_f1"] <= 1.0
    assert not (tmp_path / "data").exists()  # no database, not even the local file

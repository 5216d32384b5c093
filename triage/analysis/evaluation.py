"""How well a signal model recognises negative messages and complaints, measured on labelled CSV.

Files follow the shared evaluation schema `id,text,lang,sentiment,complaint,reason`: `sentiment`
is neg/neu/pos or empty, `complaint` is 1/0 or empty. Only `text` is required. The metrics are
written out here (standard library only) so their conventions are explicit:

* precision, recall and F1 of a yes/no decision; a ratio with nothing to count (no predicted or
  no actual positives) is 0.0, so a set without positives scores F1 0.0;
* ROC AUC as the Mann–Whitney statistic: the share of (positive, negative) pairs the score orders
  correctly, ties counting half; None (JSON null) when either class is absent, since it is
  undefined then;
* macro-F1: the mean one-vs-rest F1 over the sentiment classes that occur in the truth or in the
  predictions (scikit-learn's default), so a two-class file is not penalised for a class it
  lacks unless the model predicts it.

The result of `evaluate` / `evaluate_files` is a stable form other tools read:
`{"model", "n", "texts_per_s", "negative"?, "complaint"?, "macro_f1"?, "trained_on"?,
"train_overlap_dropped"?, "skipped"?}` with `negative` and `complaint` each
`{"precision", "recall", "f1", "auc"}`, all figures rounded to 4 decimals.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from triage.analysis.language import SUPPORTED, LanguageDetector
from triage.analysis.signals import Example, SentimentLabel, SignalModel, Signals, shipped_model

SENTIMENTS: tuple[SentimentLabel, ...] = ("neg", "neu", "pos")
DIGITS = 4
BATCH = 1000


class EvalDataError(ValueError):
    """A file that cannot be evaluated at all: missing, unreadable, not UTF-8, no text column."""


@dataclass(frozen=True, slots=True)
class EvalSet:
    """Rows of an evaluation file, in file order. `ids[i]` belongs to `examples[i]` ("" when the
    file has no id for the row); `skipped` counts rows left out because their text was empty."""

    ids: tuple[str, ...]
    examples: tuple[Example, ...]
    skipped: int = 0

    def __len__(self) -> int:
        return len(self.examples)

    @property
    def has_sentiment(self) -> bool:
        return any(e.sentiment is not None for e in self.examples)

    @property
    def has_complaint(self) -> bool:
        return any(e.complaint is not None for e in self.examples)

    def where(self, keep: Callable[[str, Example], bool]) -> EvalSet:
        rows = [(i, e) for i, e in zip(self.ids, self.examples, strict=True) if keep(i, e)]
        return EvalSet(tuple(i for i, _ in rows), tuple(e for _, e in rows), self.skipped)

    def labelled(self) -> EvalSet:
        """Only the rows that carry at least one label."""
        return self.where(lambda _i, e: e.sentiment is not None or e.complaint is not None)


# --- reading ------------------------------------------------------------------------------------


def _sentiment(value: str) -> SentimentLabel | None:
    v = value.strip().lower()
    if v == "neg":
        return "neg"
    if v == "neu":
        return "neu"
    if v == "pos":
        return "pos"
    return None


def _complaint(value: str) -> bool | None:
    v = value.strip().lower()
    if v in ("1", "true"):
        return True
    if v in ("0", "false"):
        return False
    return None


def read_eval_csv(path: Path) -> EvalSet:
    """Reads an evaluation file (UTF-8, a BOM is tolerated). Rows with empty text are skipped and
    counted; a label that is empty or not in the schema reads as absent."""
    ids: list[str] = []
    examples: list[Example] = []
    skipped = 0
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if "text" not in (reader.fieldnames or []):
                raise EvalDataError(f"{path}: no 'text' column")
            for row in reader:
                text = row.get("text") or ""
                if not text.strip():
                    skipped += 1
                    continue
                ids.append((row.get("id") or "").strip())
                examples.append(
                    Example(
                        text=text,
                        lang=(row.get("lang") or "").strip().lower(),
                        sentiment=_sentiment(row.get("sentiment") or ""),
                        complaint=_complaint(row.get("complaint") or ""),
                    )
                )
    except FileNotFoundError as exc:
        raise EvalDataError(f"no such file: {path}") from exc
    except UnicodeDecodeError as exc:
        raise EvalDataError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except (OSError, csv.Error) as exc:
        raise EvalDataError(f"{path}: cannot read: {exc}") from exc
    return EvalSet(tuple(ids), tuple(examples), skipped)


# --- metrics ------------------------------------------------------------------------------------


def precision_recall_f1(
    truth: Sequence[bool], decision: Sequence[bool]
) -> tuple[float, float, float]:
    """Of a yes/no decision against the truth; 0.0 wherever a ratio has nothing to count."""
    if len(truth) != len(decision):
        raise ValueError("truth and decision differ in length")
    tp = sum(1 for t, d in zip(truth, decision, strict=True) if t and d)
    fp = sum(1 for t, d in zip(truth, decision, strict=True) if d and not t)
    fn = sum(1 for t, d in zip(truth, decision, strict=True) if t and not d)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def roc_auc(truth: Sequence[bool], score: Sequence[float]) -> float | None:
    """Mann–Whitney U / (positives × negatives): the chance a random positive scores above a random
    negative, ties counting half. None when there are no positives or no negatives."""
    if len(truth) != len(score):
        raise ValueError("truth and score differ in length")
    n_pos = sum(1 for t in truth if t)
    n_neg = len(truth) - n_pos
    if n_pos == 0 or n_neg == 0:
        return None
    order = sorted(range(len(score)), key=lambda i: score[i])
    rank_sum = 0.0  # of the positives, 1-based ranks, tied scores sharing their average rank
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and score[order[end + 1]] == score[order[start]]:
            end += 1
        average_rank = (start + end) / 2 + 1
        rank_sum += average_rank * sum(1 for i in order[start : end + 1] if truth[i])
        start = end + 1
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def macro_f1(truth: Sequence[str], predicted: Sequence[str]) -> float:
    """Mean one-vs-rest F1 over the classes seen in the truth or the predictions; 0.0 if none."""
    if len(truth) != len(predicted):
        raise ValueError("truth and predicted differ in length")
    classes = sorted(set(truth) | set(predicted))
    if not classes:
        return 0.0
    f1s = [
        precision_recall_f1([t == c for t in truth], [p == c for p in predicted])[2]
        for c in classes
    ]
    return sum(f1s) / len(f1s)


def binary_report(
    truth: Sequence[bool], decision: Sequence[bool], score: Sequence[float]
) -> dict[str, float | None]:
    precision, recall, f1 = precision_recall_f1(truth, decision)
    auc = roc_auc(truth, score)
    return {
        "precision": round(precision, DIGITS),
        "recall": round(recall, DIGITS),
        "f1": round(f1, DIGITS),
        "auc": None if auc is None else round(auc, DIGITS),
    }


# --- scoring ------------------------------------------------------------------------------------


def score(
    model: SignalModel,
    examples: Sequence[Example],
    batch: int = BATCH,
    *,
    detector: LanguageDetector | None = None,
) -> list[Signals]:
    """Language detection (the row's `lang` as hint, as the app does) and the model, in batches."""
    detector = detector or LanguageDetector()
    out: list[Signals] = []
    for start in range(0, len(examples), max(1, batch)):
        chunk = examples[start : start + max(1, batch)]
        langs = [detector.detect(e.text, e.lang) for e in chunk]
        signals = model.signals_many([e.text for e in chunk], langs)
        if len(signals) != len(chunk):
            raise ValueError(f"{model.name}: {len(signals)} signals for {len(chunk)} texts")
        out.extend(signals)
    return out


def evaluate(
    model: SignalModel,
    examples: Sequence[Example],
    batch: int = BATCH,
    *,
    detector: LanguageDetector | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> dict[str, Any]:
    """Scores every example and measures each label the examples carry (see the module doc).

    `n` is the number of rows scored; each metric uses the rows that carry its label. The model
    and the detector are warmed up first; `texts_per_s` times language detection plus scoring.
    """
    detector = detector or LanguageDetector()
    model.signals_many(["warm up", "even opwarmen"], ["en", "nl"])
    if any(e.lang not in SUPPORTED for e in examples):
        detector.warm_up()
    started = clock()
    signals = score(model, examples, batch, detector=detector)
    elapsed = clock() - started
    result: dict[str, Any] = {
        "model": model.name,
        "n": len(examples),
        "texts_per_s": round(len(examples) / elapsed, DIGITS) if elapsed > 0 else 0.0,
    }
    sentiment = [
        (e.sentiment, s) for e, s in zip(examples, signals, strict=True) if e.sentiment is not None
    ]
    if sentiment:
        result["negative"] = binary_report(
            [t == "neg" for t, _ in sentiment],
            [s.label == "neg" for _, s in sentiment],
            [s.negative for _, s in sentiment],
        )
    complaint = [
        (e.complaint, s) for e, s in zip(examples, signals, strict=True) if e.complaint is not None
    ]
    if complaint:
        result["complaint"] = binary_report(
            [t for t, _ in complaint],
            [s.is_complaint for _, s in complaint],
            [s.complaint for _, s in complaint],
        )
    if sentiment:
        result["macro_f1"] = round(
            macro_f1([t for t, _ in sentiment], [s.label for _, s in sentiment]), DIGITS
        )
    return result


# --- training -----------------------------------------------------------------------------------


def drop_overlap(train: EvalSet, test: EvalSet) -> tuple[EvalSet, int]:
    """The training rows whose id (when it has one) and exact text both stay out of the test set,
    and how many were dropped: a model is never measured on rows it learned from."""
    test_ids = {i for i in test.ids if i}
    test_texts = {e.text for e in test.examples}
    kept = train.where(lambda i, e: not (i and i in test_ids) and e.text not in test_texts)
    return kept, len(train) - len(kept)


def train_model(
    train: EvalSet, base: SignalModel | None = None, *, detector: LanguageDetector | None = None
) -> SignalModel:
    """A learned model from the labelled rows of `train` (languages detected as when scoring),
    on top of `base` (default: the shipped model)."""
    from triage.analysis.learned import train as learn

    detector = detector or LanguageDetector()
    examples = [replace(e, lang=detector.detect(e.text, e.lang)) for e in train.labelled().examples]
    if not examples:
        raise EvalDataError("no labelled rows to train on")
    return learn(examples, base=base if base is not None else shipped_model())


def evaluate_files(data: Path, train: Path | None = None, batch: int = BATCH) -> dict[str, Any]:
    """What `python -m triage eval` prints: the shipped model measured on `data`, or, with `train`,
    a model learned from `train` (minus rows overlapping `data`) measured on `data`.

    Adds to `evaluate`'s form: `skipped` (rows of `data` with empty text) and, with training,
    `trained_on` (labelled rows learned from) and `train_overlap_dropped`."""
    test = read_eval_csv(data)
    detector = LanguageDetector()
    extra: dict[str, Any] = {}
    if train is None:
        model = shipped_model()
    else:
        kept, dropped = drop_overlap(read_eval_csv(train), test)
        if not kept.labelled():
            raise EvalDataError(
                f"{train}: no labelled rows to train on"
                + (f" after dropping {dropped} that also occur in {data}" if dropped else "")
            )
        model = train_model(kept, detector=detector)
        extra = {"trained_on": len(kept.labelled()), "train_overlap_dropped": dropped}
    result = evaluate(model, test.examples, batch, detector=detector)
    return {**result, **extra, "skipped": test.skipped}

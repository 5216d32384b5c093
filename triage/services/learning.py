"""Learning from the team: labels → a learned model, measured against the shipped one on a slice
of the team's own history it never saw, used only where it is better, and rolled back on request.
The model is stored in the team's database and never leaves it."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from triage.analysis.combined import HEADS, CombinedModel
from triage.analysis.evaluation import binary_report
from triage.analysis.signals import Example, SentimentLabel, SignalModel, Signals
from triage.domain.errors import InvalidAction
from triage.domain.models import ModelView
from triage.store.tables import LabelRow, ModelRow

MIN_LABELS = 60  # fewer cannot be split into a training set and a fair test
MIN_HOLDOUT = 10  # per head: below this a head's comparison is noise
HOLDOUT_EVERY = 5  # one label in five is kept aside to compare the models
RETRAIN_AFTER = 25  # new labels since the last model before a scheduled retrain
SENTIMENTS: dict[str, SentimentLabel] = {"neg": "neg", "neu": "neu", "pos": "pos"}


def view(row: ModelRow) -> ModelView:
    return ModelView(
        id=row.id,
        name=row.name,
        trained_at=row.trained_at,
        n_labels=row.n_labels,
        metrics=dict(row.metrics),
        heads=tuple(row.heads),
        active=row.active,
        retired_at=row.retired_at,
        retired_by=row.retired_by,
    )


def label_examples(session: Session) -> list[Example]:
    """One example per labelled message; a later label overrides an earlier one of its kind."""
    merged: dict[object, dict[str, Any]] = {}
    rows = session.execute(
        select(LabelRow.mention_id, LabelRow.text, LabelRow.lang, LabelRow.kind, LabelRow.value)
        .where(LabelRow.kind.in_(("sentiment", "complaint")))
        .order_by(LabelRow.id)
    )
    for mention_id, text, lang, kind, value in rows:
        if not text.strip():
            continue
        entry = merged.setdefault(mention_id or text, {"text": text, "lang": lang})
        if kind == "sentiment" and value in SENTIMENTS:
            entry["sentiment"] = SENTIMENTS[value]
        elif kind == "complaint" and value in ("0", "1"):
            entry["complaint"] = value == "1"
    return [
        Example(e["text"], e["lang"], e.get("sentiment"), e.get("complaint"))
        for e in merged.values()
    ]


def held_out(example: Example) -> bool:
    digest = hashlib.sha256(example.text.encode("utf-8")).digest()
    return digest[0] % HOLDOUT_EVERY == 0


def compare(
    learned: SignalModel, shipped: SignalModel, examples: Sequence[Example]
) -> dict[str, dict[str, Any]]:
    """Both models on the same held-out labels, per head."""
    texts = [e.text for e in examples]
    langs = [e.lang for e in examples]
    out: dict[str, dict[str, Any]] = {}
    for name, model in (("learned", learned), ("shipped", shipped)):
        signals = model.signals_many(texts, langs)
        for head, report in _reports(examples, signals).items():
            out.setdefault(head, {})[name] = report
    return out


def _reports(examples: Sequence[Example], signals: Sequence[Signals]) -> dict[str, Any]:
    reports: dict[str, Any] = {}
    tone = [(e.sentiment, s) for e, s in zip(examples, signals, strict=True) if e.sentiment]
    if len(tone) >= MIN_HOLDOUT:
        reports["sentiment"] = binary_report(
            [t == "neg" for t, _ in tone],
            [s.label == "neg" for _, s in tone],
            [s.negative for _, s in tone],
        ) | {"n": len(tone)}
    complaint = [
        (e.complaint, s) for e, s in zip(examples, signals, strict=True) if e.complaint is not None
    ]
    if len(complaint) >= MIN_HOLDOUT:
        reports["complaint"] = binary_report(
            [bool(t) for t, _ in complaint],
            [s.is_complaint for _, s in complaint],
            [s.complaint for _, s in complaint],
        ) | {"n": len(complaint)}
    return reports


def better_heads(metrics: dict[str, dict[str, Any]]) -> list[str]:
    """Where the learned model's F1 beats the shipped model's on the held-out labels."""
    heads = []
    for head in HEADS:
        pair = metrics.get(head, {})
        if (
            "learned" in pair
            and "shipped" in pair
            and pair["learned"]["f1"] > pair["shipped"]["f1"]
        ):
            heads.append(head)
    return heads


@dataclass(frozen=True)
class Candidate:
    """A trained model with its comparison, not yet stored."""

    blob: bytes
    n_labels: int
    metrics: dict[str, dict[str, Any]]
    heads: list[str]


def train_candidate(examples: Sequence[Example], shipped: SignalModel) -> Candidate:
    """Train and compare, outside any transaction: it takes seconds, and SQLite must not hold a
    read snapshot that long before writing (another writer would make the write fail)."""
    from triage.analysis.learned import train

    if len(examples) < MIN_LABELS:
        raise InvalidAction(
            f"{len(examples)} labelled messages; at least {MIN_LABELS} are needed to learn from"
        )
    training = [e for e in examples if not held_out(e)]
    test = [e for e in examples if held_out(e)]
    candidate = train(training, base=shipped)
    metrics = compare(candidate, shipped, test)
    heads = better_heads(metrics)
    final = train(examples, base=shipped) if heads else candidate  # all labels once it earns it
    return Candidate(final.to_bytes(), len(examples), metrics, heads)


def store(session: Session, candidate: Candidate, now: datetime) -> ModelView:
    """Keep the model; it becomes the active one only where it beat the shipped model."""
    if candidate.heads:
        session.execute(update(ModelRow).where(ModelRow.active.is_(True)).values(active=False))
    row = ModelRow(
        name="learned",
        trained_at=now,
        n_labels=candidate.n_labels,
        metrics=candidate.metrics,
        heads=candidate.heads,
        active=bool(candidate.heads),
        retired_by="",
        blob=candidate.blob,
    )
    session.add(row)
    session.flush()
    return view(row)


def labels_since_last_model(session: Session) -> int:
    last = session.scalar(select(func.max(ModelRow.trained_at)))
    query = select(func.count(LabelRow.id)).where(LabelRow.kind.in_(("sentiment", "complaint")))
    if last is not None:
        query = query.where(LabelRow.at > last)
    return int(session.scalar(query) or 0)


def active_row(session: Session) -> ModelRow | None:
    return session.scalar(
        select(ModelRow).where(ModelRow.active.is_(True)).order_by(ModelRow.id.desc()).limit(1)
    )


def load_active(session: Session, shipped: SignalModel) -> SignalModel:
    row = active_row(session)
    if row is None:
        return shipped
    from triage.analysis.learned import LearnedModel

    learned = LearnedModel.from_bytes(row.blob, base=shipped)
    return CombinedModel(shipped, learned, row.heads)


def roll_back(session: Session, who: str, now: datetime) -> ModelView | None:
    """Retire the active model; the previous one that earned its place takes over, or none."""
    current = active_row(session)
    if current is None:
        raise InvalidAction("the shipped model is already in use")
    current.active = False
    current.retired_at = now
    current.retired_by = who
    earlier = session.scalars(
        select(ModelRow)
        .where(ModelRow.id < current.id, ModelRow.retired_at.is_(None))
        .order_by(ModelRow.id.desc())
    )
    previous = next((r for r in earlier if r.heads), None)
    if previous is None:
        return None
    previous.active = True
    return view(previous)


def models(session: Session) -> list[ModelView]:
    return [view(r) for r in session.scalars(select(ModelRow).order_by(ModelRow.id.desc()))]

"""Analysis in a worker process: the same results as in-process, only for the shipped analyzer."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from triage.analysis import parallel
from triage.analysis.analyzer import MessageAnalyzer
from triage.analysis.parallel import Batch, analyse_batches
from triage.clock import FixedClock
from triage.domain.models import Analysis, ImportReport, Signals
from triage.ingest.importer import Importer
from triage.services import Triage
from triage.store.tables import MentionRow

TEXTS: list[tuple[str, str]] = [
    ("My kettle caught fire last night!", "en"),
    ("I will sue you, my lawyer is ready", "en"),
    ("Calling the BBC about this scandal", "en"),
    ("Cancelling my subscription, never again", "en"),
    ("You are scamming your customers", "en"),
    ("THIS IS RIDICULOUS, third time I call", "en"),
    ("Thanks for the quick help, great service", "en"),
    ("Where can I find my invoice?", "en"),
    ("No internet since this morning", "en"),
    ("The technician never showed up", "en"),
    ("Er kwam rook uit de meterkast", "nl"),
    ("Mijn advocaat neemt contact op", "nl"),
    ("Ik ga dit aan de Telegraaf vertellen", "nl"),
    ("Ik zeg mijn abonnement op", "nl"),
    ("Jullie zijn gewoon oplichters", "nl"),
    ("Voor de derde keer: geen monteur!!", "nl"),
    ("Bedankt voor de snelle hulp!", "nl"),
    ("Waar vind ik mijn factuur?", "nl"),
    ("Storing in Utrecht, geen internet", "nl"),
    ("ok", ""),
]


def _pairs() -> list[tuple[str, str]]:
    """60 (text, hint) pairs: each text with its own hint, no hint, and the other language's."""
    other = {"en": "nl", "nl": "en", "": "en"}
    return [
        *TEXTS,
        *((text, "") for text, _ in TEXTS),
        *((text, other[lang]) for text, lang in TEXTS),
    ]


def _batches(pairs: list[tuple[str, str]], sizes: list[int]) -> list[Batch]:
    out: list[Batch] = []
    start = 0
    for size in sizes:
        out.append(pairs[start : start + size])
        start += size
    assert start == len(pairs)
    return out


@pytest.fixture
def pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Spies on worker pools: each pool started records its number of workers."""
    made: list[int] = []

    class SpyPool(ProcessPoolExecutor):
        def __init__(self, max_workers: int, *args: Any, **kwargs: Any) -> None:
            made.append(max_workers)
            super().__init__(max_workers, *args, **kwargs)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", SpyPool)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10)
    return made


def test_worker_process_gives_the_same_analyses(
    analyzer: MessageAnalyzer, pools: list[int]
) -> None:
    pairs = _pairs()
    assert len(pairs) == 60
    batches = _batches(pairs, [7, 0, 20, 1, 32])  # uneven, one empty (all-outbound) batch
    expected = [[analyzer.analyze(text, hint) for text, hint in b] for b in batches]

    got = list(analyse_batches(analyzer, batches, workers=1))

    assert pools == [1]  # really went through one worker process
    assert got == expected
    assert [len(b) for b in got] == [7, 0, 20, 1, 32]
    flat = [a for b in got for a in b]
    assert all(isinstance(a, Analysis) for a in flat)
    # the comparison covers what matters: both languages, cues and non-neutral sentiment
    assert {a.lang for a in flat} == {"en", "nl"}
    assert {h.cue.value for a in flat for h in a.cues} >= {"safety", "legal", "churn"}
    assert any(a.polarity > 0 for a in flat) and any(a.polarity < 0 for a in flat)


class ConstantModel:
    name = "constant"

    def signals(self, text: str, lang: str) -> Signals:
        return Signals(0.0, 0.25, 0.0, "pos", False)

    def signals_many(self, texts: Sequence[str], langs: Sequence[str]) -> list[Signals]:
        return [self.signals(t, lang) for t, lang in zip(texts, langs, strict=True)]


class TaggingAnalyzer(MessageAnalyzer):
    def analyze_many(self, batch: Sequence[tuple[str, str]]) -> list[Analysis]:
        return [Analysis(lang="xx") for _ in batch]


InProcessCase = tuple[Callable[[MessageAnalyzer], MessageAnalyzer], int, int]
IN_PROCESS: dict[str, InProcessCase] = {
    # analyzer, workers, messages
    "subclass": (lambda _: TaggingAnalyzer(), 1, 60),
    "custom model": (lambda _: MessageAnalyzer(model=ConstantModel()), 1, 60),
    "no workers": (lambda shipped: shipped, 0, 60),
    "small import": (lambda shipped: shipped, 1, 9),
}


@pytest.mark.parametrize("case", IN_PROCESS.values(), ids=IN_PROCESS.keys())
def test_stays_in_process(analyzer: MessageAnalyzer, pools: list[int], case: InProcessCase) -> None:
    make, workers, count = case
    chosen = make(analyzer)
    batches = _batches(_pairs()[:count], [count // 2, count - count // 2])
    got = list(analyse_batches(chosen, batches, workers=workers))
    assert pools == []  # a custom analyzer cannot be rebuilt in another process
    assert got == [[chosen.analyze(text, hint) for text, hint in b] for b in batches]
    flat = [a for b in got for a in b]
    assert len(flat) == count
    if isinstance(chosen, TaggingAnalyzer):
        assert {a.lang for a in flat} == {"xx"}
    elif not chosen.is_default:
        assert {a.polarity for a in flat} == {0.25}


def _conversations(now: datetime) -> list[dict[str, object]]:
    """80 messages: public and private threads, brand replies, follow-ups and repeat authors."""
    rows: list[dict[str, object]] = []
    start = now - timedelta(hours=7)
    for i in range(43):
        text, lang = TEXTS[i % len(TEXTS)]
        channel = ("x", "x_dm", "facebook", "email")[i % 4]
        author = f"@user{i % 22}"  # some customers write more than once
        at = start + timedelta(minutes=8 * i)
        root = f"t{i}"
        rows.append(
            {
                "channel": channel,
                "external_id": root,
                "text": text,
                "lang": lang if i % 5 else "",
                "author": author,
                "followers": (i * 7919) % 50_000,
                "interactions": i % 9,
                "created_at": at.isoformat(),
            }
        )
        if i % 3 == 0:
            rows.append(
                {
                    "channel": channel,
                    "external_id": f"{root}-r",
                    "text": "Sorry to hear that, we are looking into it",
                    "author": "@brand",
                    "direction": "out",
                    "in_reply_to": root,
                    "created_at": (at + timedelta(minutes=20)).isoformat(),
                }
            )
        if i % 2 == 0:
            follow, _ = TEXTS[(i * 7 + 3) % len(TEXTS)]
            rows.append(
                {
                    "channel": channel,
                    "external_id": f"{root}-f",
                    "text": follow,
                    "author": author,
                    "in_reply_to": f"{root}-r" if i % 3 == 0 else root,
                    "created_at": (at + timedelta(minutes=50)).isoformat(),
                }
            )
    rows.reverse()  # replies before their parents in the file: the importer orders them
    return rows


def _queue(app: Triage) -> list[tuple[object, ...]]:
    return [
        (i.id, i.priority, i.reasons, i.components, i.status, i.lang, i.sentiment)
        for i in app.top(100)
    ]


def _stored(app: Triage) -> list[tuple[object, ...]]:
    with app.sessions() as s:
        rows = s.execute(
            select(
                MentionRow.external_id,
                MentionRow.ticket_id,
                MentionRow.lang,
                MentionRow.sentiment,
                MentionRow.cues,
            ).order_by(MentionRow.id)
        )
        return [tuple(r) for r in rows]


def test_import_through_a_worker_equals_import_in_process(
    analyzer: MessageAnalyzer,
    pools: list[int],
    clock: FixedClock,
    db_url: str,
    template_db: Path,
    tmp_path: Path,
    write_jsonl,  # type: ignore[no-untyped-def]
) -> None:
    rows = _conversations(clock.now())
    assert len(rows) == 80
    path = write_jsonl("threads.jsonl", *rows)
    other = tmp_path / "in-process.db"
    shutil.copyfile(template_db, other)

    results: list[tuple[ImportReport, list[tuple[object, ...]], list[tuple[object, ...]]]] = []
    for url, workers in ((db_url, 1), (f"sqlite:///{other}", 0)):
        app = Triage.open(url, clock=FixedClock(clock.now()), analyzer=analyzer)
        try:
            importer = Importer(app.sessions, analyzer, app.clock, batch_size=16, workers=workers)
            report = importer.import_file(path)
            results.append((report, _queue(app), _stored(app)))
        finally:
            app.close()
        assert pools == [1]  # the first import used the worker, the second did not

    (par_report, par_queue, par_stored), (seq_report, seq_queue, seq_stored) = results
    assert par_report.as_json() == seq_report.as_json()
    assert (par_report.added, par_report.quarantined) == (80, 0)
    assert par_report.tickets_touched == seq_report.tickets_touched
    assert par_stored == seq_stored
    assert par_queue == seq_queue
    assert len(par_queue) > 10
    assert len({p[1] for p in par_queue}) > 5  # a real spread of priorities, not all equal
    assert len({s[1] for s in par_stored}) < 80  # threads: messages share tickets

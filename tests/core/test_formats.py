"""Parsers: every bad row becomes a quarantine entry with a line and reason; good rows survive."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from triage.domain.enums import Direction
from triage.domain.errors import UnknownFormat
from triage.domain.models import QuarantineEntry, RawMention
from triage.ingest.formats import (
    detect_format,
    parse_eval_csv,
    parse_jsonl,
    parse_time,
    parse_twcs_csv,
)

NOW = datetime(2026, 11, 23, tzinfo=UTC)


def _split(
    items: list[RawMention | QuarantineEntry],
) -> tuple[list[RawMention], list[QuarantineEntry]]:
    good = [i for i in items if isinstance(i, RawMention)]
    bad = [i for i in items if isinstance(i, QuarantineEntry)]
    return good, bad


def test_jsonl_reads_all_fields() -> None:
    line = (
        b'{"channel": "Mastodon", "external_id": 42, "author": "@a", "author_name": "A",'
        b' "followers": "1200", "text": "hallo", "created_at": "2026-11-22T10:00:00+01:00",'
        b' "url": "https://m.example/1", "in_reply_to": "41", "lang": "NL", "direction": "out"}'
    )
    (m,) = parse_jsonl(line)
    assert isinstance(m, RawMention)
    assert m.channel == "mastodon" and m.external_id == "42" and m.followers == 1200
    assert m.created_at == datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    assert m.lang == "nl" and m.direction is Direction.OUTBOUND and m.in_reply_to == "41"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"external_id": "1", "text": "x", "created_at": "2026-11-22T10:00:00Z"', "invalid JSON"),
        (b'["not", "an", "object"]', "one JSON object"),
        (
            b'{"external_id": "1", "text": "   ", "created_at": "2026-11-22T10:00:00Z"}',
            "empty text",
        ),
        (b'{"external_id": "1", "created_at": "2026-11-22T10:00:00Z"}', "missing text"),
        (b'{"text": "hi", "created_at": "2026-11-22T10:00:00Z"}', "missing external_id"),
        (b'{"external_id": "1", "text": "hi", "created_at": "yesterday"}', "ISO 8601"),
        (b'{"external_id": "1", "text": "a\\u0000b", "created_at": "2026-11-22T10:00:00Z"}', "NUL"),
        (
            b'{"external_id": "1", "text": "hi \xff\xfe", "created_at": "2026-11-22T10:00:00Z"}',
            "UTF-8",
        ),
        (
            b'{"external_id": "1", "text": "hi", "created_at": "2026-11-22T10:00:00Z",'
            b' "followers": "many"}',
            "whole numbers",
        ),
        (
            b'{"external_id": "1", "text": "hi", "created_at": "2026-11-22T10:00:00Z",'
            b' "direction": "sideways"}',
            "direction",
        ),
    ],
)
def test_jsonl_bad_rows_are_quarantined_with_reason(raw: bytes, reason: str) -> None:
    good_line = b'{"external_id": "ok", "text": "fine", "created_at": "2026-11-22T10:00:00Z"}'
    good, bad = _split(list(parse_jsonl(good_line + b"\n" + raw + b"\n" + good_line)))
    assert len(good) == 2
    assert len(bad) == 1 and bad[0].line == 2 and reason in bad[0].reason


def test_jsonl_absurd_sizes_are_refused() -> None:
    text = "a" * 25_000
    raw = f'{{"external_id": "1", "text": "{text}", "created_at": "2026-11-22T10:00:00Z"}}'
    (entry,) = parse_jsonl(raw.encode())
    assert isinstance(entry, QuarantineEntry) and "too long" in entry.reason


def test_eval_csv_keeps_labels_and_quarantines_broken_quoting() -> None:
    data = (
        b"id,text,lang,sentiment,complaint,reason\n"
        b'1,"my order is late, again",en,neg,1,delivery\n'
        b'2,"broken "quote" here,en,neu,,\n'
        b'3,"fine",en,pos,0,\n'
        b"4,,en,neu,,\n"
        b'5,"nul\x00byte",en,neu,,\n'
    )
    good, bad = _split(list(parse_eval_csv(data, NOW)))
    assert [m.external_id for m in good] == ["1", "3"]
    assert good[0].labels == {"sentiment": "neg", "complaint": "1", "reason": "delivery"}
    assert good[0].text == "my order is late, again"
    reasons = {e.line: e.reason for e in bad}
    # line numbers are the file's own lines (the header is line 1)
    assert sorted(reasons) == [3, 5, 6]
    assert "CSV" in reasons[3] and "empty" in reasons[5] and "NUL" in reasons[6]


def test_eval_csv_bad_encoding_row_is_quarantined() -> None:
    data = b"id,text\n1,good\n2,bad \xff bytes\n3,also good\n"
    good, bad = _split(list(parse_eval_csv(data, NOW)))
    assert [m.external_id for m in good] == ["1", "3"]
    assert bad[0].line == 3 and "UTF-8" in bad[0].reason


def test_twcs_threads_and_directions() -> None:
    data = (
        b",tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
        b"0,1,sprintcare,False,Tue Oct 31 22:10:47 +0000 2017,@115712 I understand.,2,3.0\n"
        b"1,3,115712,True,Tue Oct 31 22:08:00 +0000 2017,@sprintcare help me,1,\n"
    )
    good, bad = _split(list(parse_twcs_csv(data)))
    assert not bad
    reply, question = good
    assert reply.direction is Direction.OUTBOUND and reply.in_reply_to == "3"
    assert reply.author == "@sprintcare"
    assert question.direction is Direction.INBOUND and question.in_reply_to == ""
    assert reply.created_at == datetime(2017, 10, 31, 22, 10, 47, tzinfo=UTC)


def test_detect_format(tmp_path: Path) -> None:
    assert detect_format(Path("a.jsonl"), b"{}") == "jsonl"
    assert detect_format(Path("a.csv"), b"id,text,lang\n") == "eval"
    assert (
        detect_format(
            Path("t.csv"),
            b",tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n",
        )
        == "twcs"
    )
    with pytest.raises(UnknownFormat):
        detect_format(Path("x.csv"), b"foo,bar\n")


def test_parse_time_forms() -> None:
    assert parse_time("2026-11-23T10:00:00Z") == datetime(2026, 11, 23, 10, tzinfo=UTC)
    assert parse_time("2026-11-23 10:00") == datetime(2026, 11, 23, 10, tzinfo=UTC)
    with pytest.raises(ValueError):
        parse_time("not a time")


@given(st.binary(max_size=2000))
def test_jsonl_never_raises_and_accounts_for_every_line(data: bytes) -> None:
    items = list(parse_jsonl(data))
    nonblank = [ln for ln in data.split(b"\n") if ln.strip()]
    assert len(items) == len(nonblank)


@given(st.lists(st.text(max_size=80), max_size=20))
def test_eval_csv_round_trips_any_text(texts: list[str]) -> None:
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["id", "text"])
    for i, t in enumerate(texts):
        w.writerow([str(i), t])
    good, bad = _split(list(parse_eval_csv(buf.getvalue().encode("utf-8"), NOW)))
    ok = {str(i): t for i, t in enumerate(texts) if t.strip() and "\x00" not in t}
    assert {m.external_id: m.text for m in good} == ok
    assert len(bad) == len(texts) - len(ok)

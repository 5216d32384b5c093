"""The drop folder: files in, messages out, files filed in done/ or failed/ with a report."""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from triage.clock import FixedClock
from triage.domain.models import QuarantineEntry, RawMention
from triage.sources.base import ErrorKind, FetchResult, SourceError, SourceKind, SourceSpec
from triage.sources.folder import FolderFetcher

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture
def drop(tmp_path: Path) -> Path:
    folder = tmp_path / "drop"
    folder.mkdir()
    return folder


@pytest.fixture
def fetcher() -> FolderFetcher:
    # Settled at once: the settle time has its own test, and no test sleeps.
    return FolderFetcher(settle_seconds=0, clock=FixedClock(NOW))


def spec(folder: Path, **settings: Any) -> SourceSpec:
    return SourceSpec("drop", SourceKind.FOLDER, str(folder), settings=settings)


def jsonl(*rows: dict[str, Any]) -> str:
    base = {"channel": "x", "author": "@klant", "created_at": "2026-11-23T09:00:00Z"}
    return "".join(json.dumps({**base, **row}, ensure_ascii=False) + "\n" for row in rows)


def write(folder: Path, name: str, text: str, age: float = 10.0) -> Path:
    """A file whose last change was `age` seconds ago (oldest first is by modification time)."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def ids(result: FetchResult) -> list[str]:
    return [i.external_id for i in result.items if isinstance(i, RawMention)]


def report(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def commit(result: FetchResult) -> None:
    """What the poll service does once the items and cursor are stored."""
    assert result.after_commit is not None
    result.after_commit()


def test_csv_file(drop: Path, fetcher: FolderFetcher) -> None:
    write(drop, "export.csv", "id,text,lang\nc1,De zorg was goed,nl\nc2,Niemand belde terug,nl\n")
    result = fetcher.fetch(spec(drop), "", 100)
    assert ids(result) == ["c1", "c2"]
    assert [i.channel for i in result.items if isinstance(i, RawMention)] == ["import"] * 2
    assert (drop / "export.csv").exists()  # nothing moves before the items are stored
    commit(result)
    assert not (drop / "export.csv").exists()
    assert (drop / "done" / "export.csv").exists()
    rep = report(drop / "done" / "export.csv.report.json")
    assert rep == {
        "file": "export.csv",
        "moved_to": "done/export.csv",
        "status": "done",
        "format": "eval",
        "error": "",
        "added": 2,
        "quarantined": [],
        "processed_at": NOW.isoformat(),
    }


def test_jsonl_file_with_a_bad_row(drop: Path, fetcher: FolderFetcher) -> None:
    text = jsonl({"external_id": "j1", "text": "Waar blijft mijn hulp?"})
    text += "{not json\n"
    text += jsonl({"external_id": "j3", "text": "Dank voor de snelle hulp", "channel": "fb"})
    write(drop, "posts.jsonl", text)
    result = fetcher.fetch(spec(drop), "", 100)
    assert ids(result) == ["j1", "j3"]
    [bad] = [i for i in result.items if isinstance(i, QuarantineEntry)]
    assert bad.line == 2
    assert bad.reason.startswith("posts.jsonl: invalid JSON")  # which file, in the quarantine
    commit(result)
    rep = report(drop / "done" / "posts.jsonl.report.json")
    assert rep["status"] == "done"
    assert rep["added"] == 2
    assert rep["quarantined"] == [
        {"line": 2, "reason": "invalid JSON: Expecting property name enclosed in double quotes "
         "at column 2"}
    ]  # fmt: skip


def test_json_array_file(drop: Path, fetcher: FolderFetcher) -> None:
    rows = [
        {"external_id": "a1", "text": "Eerste", "created_at": "2026-11-23T09:00:00Z"},
        {"external_id": "a2", "text": "Tweede", "created_at": "2026-11-23T09:01:00Z"},
    ]
    write(drop, "export.json", json.dumps(rows, indent=2))
    assert ids(fetcher.fetch(spec(drop), "", 100)) == ["a1", "a2"]


def test_twcs_file(drop: Path, fetcher: FolderFetcher) -> None:
    write(
        drop,
        "twcs.csv",
        "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
        "1,klant,True,Tue Oct 31 22:10:47 +0000 2017,@zorg waar blijft de hulp?,2,\n",
    )
    result = fetcher.fetch(spec(drop), "", 100)
    assert ids(result) == ["1"]
    assert result.items[0].channel == "x"  # type: ignore[union-attr]


def test_channel_setting(drop: Path, fetcher: FolderFetcher) -> None:
    text = jsonl({"external_id": "j1", "text": "Geen kanaal", "channel": ""})
    text += jsonl({"external_id": "j2", "text": "Eigen kanaal", "channel": "fb"})
    write(drop, "a.jsonl", text, age=20)
    write(drop, "b.csv", "id,text\nc1,Via het formulier\n", age=10)
    result = fetcher.fetch(spec(drop, channel="Webform"), "", 100)
    channels = {i.external_id: i.channel for i in result.items if isinstance(i, RawMention)}
    # The setting fills in rows without a channel; a row's own channel wins.
    assert channels == {"j1": "webform", "j2": "fb", "c1": "webform"}


def test_a_broken_file_goes_to_failed_with_a_report(drop: Path, fetcher: FolderFetcher) -> None:
    write(drop, "broken.csv", "what,is,this\n1,2,3\n")
    result = fetcher.fetch(spec(drop), "", 100)
    [entry] = result.items
    assert isinstance(entry, QuarantineEntry)
    assert entry.reason.startswith("broken.csv: cannot tell the format")
    commit(result)
    assert (drop / "failed" / "broken.csv").exists()
    rep = report(drop / "failed" / "broken.csv.report.json")
    assert rep["status"] == "failed"
    assert rep["error"].startswith("cannot tell the format of broken.csv")
    assert rep["added"] == 0


def test_a_file_whose_every_row_is_bad_goes_to_failed(drop: Path, fetcher: FolderFetcher) -> None:
    write(drop, "bad.jsonl", "{oops\n[1, 2]\n")
    result = fetcher.fetch(spec(drop), "", 100)
    assert [i.line for i in result.items] == [1, 2]
    assert all(isinstance(i, QuarantineEntry) for i in result.items)
    commit(result)
    rep = report(drop / "failed" / "bad.jsonl.report.json")
    assert rep["status"] == "failed"
    assert [q["line"] for q in rep["quarantined"]] == [1, 2]


def test_an_empty_file_goes_to_failed(drop: Path, fetcher: FolderFetcher) -> None:
    write(drop, "empty.csv", "")
    result = fetcher.fetch(spec(drop), "", 100)
    assert [i.reason for i in result.items] == ["empty.csv: empty file"]  # type: ignore[union-attr]
    commit(result)
    assert (drop / "failed" / "empty.csv").exists()


def test_a_file_still_being_written_is_skipped(drop: Path) -> None:
    clock = FixedClock(NOW)
    write(drop, "fresh.csv", "id,text\nc1,Half geschreven\n", age=0)
    waiting = FolderFetcher(settle_seconds=2, clock=clock)
    result = waiting.fetch(spec(drop), "", 100)
    assert result.items == []
    assert result.after_commit is None
    assert result.more is False
    # Three seconds later, without sleeping: the file stopped changing, so it is read.
    later = FolderFetcher(settle_seconds=2, clock=clock, wall_time=lambda: time.time() + 3)
    assert ids(later.fetch(spec(drop), "", 100)) == ["c1"]
    # The source's own setting wins over the fetcher's default.
    assert ids(waiting.fetch(spec(drop, settle_seconds=0), "", 100)) == ["c1"]


def test_done_name_clash_gets_a_suffix(drop: Path, fetcher: FolderFetcher) -> None:
    for n in range(3):
        write(drop, "daily.csv", f"id,text\nd{n},Dag {n}\n")
        result = fetcher.fetch(spec(drop), "", 100)
        assert ids(result) == [f"d{n}"]
        commit(result)
    done = drop / "done"
    assert sorted(p.name for p in done.iterdir()) == [
        "daily-1.csv",
        "daily-1.csv.report.json",
        "daily-2.csv",
        "daily-2.csv.report.json",
        "daily.csv",
        "daily.csv.report.json",
    ]
    assert report(done / "daily-2.csv.report.json")["moved_to"] == "done/daily-2.csv"
    assert "d2" in (done / "daily-2.csv").read_text()


def test_oldest_first_one_file_at_a_time_with_more(drop: Path, fetcher: FolderFetcher) -> None:
    write(drop, "b.csv", "id,text\nb1,Nieuwer\n", age=10)
    write(drop, "a.csv", "id,text\na1,Ouder\n", age=20)
    first = fetcher.fetch(spec(drop), "", 1)
    assert ids(first) == ["a1"]
    assert first.more is True
    commit(first)
    second = fetcher.fetch(spec(drop), first.cursor, 1)
    assert ids(second) == ["b1"]
    assert second.more is False
    commit(second)
    third = fetcher.fetch(spec(drop), second.cursor, 1)
    assert third.items == []
    assert third.after_commit is None


def test_files_are_never_split_and_limit_gathers_several(
    drop: Path, fetcher: FolderFetcher
) -> None:
    write(drop, "a.csv", "id,text\na1,x\na2,y\na3,z\n", age=30)
    write(drop, "b.csv", "id,text\nb1,x\n", age=20)
    write(drop, "c.csv", "id,text\nc1,x\n", age=10)
    small = fetcher.fetch(spec(drop), "", 2)
    assert ids(small) == ["a1", "a2", "a3"]  # a whole file, even past the limit
    big = fetcher.fetch(spec(drop), "", 4)
    assert ids(big) == ["a1", "a2", "a3", "b1"]
    assert big.more is True
    commit(big)
    assert sorted(p.name for p in (drop / "done").glob("*.csv")) == ["a.csv", "b.csv"]


def test_a_crash_between_commit_and_move_only_files_the_file(
    drop: Path, fetcher: FolderFetcher
) -> None:
    write(drop, "a.csv", "id,text\na1,x\n", age=20)
    stored = fetcher.fetch(spec(drop), "", 1)
    # The items and cursor were stored, then the app stopped before after_commit ran.
    write(drop, "b.csv", "id,text\nb1,y\n", age=10)
    after_restart = fetcher.fetch(spec(drop), stored.cursor, 10)
    assert ids(after_restart) == ["b1"]  # a.csv is not read again ...
    assert (drop / "done" / "a.csv").exists()  # ... but filed away, with its report
    assert report(drop / "done" / "a.csv.report.json")["added"] == 1


def test_a_file_replaced_under_the_same_name_is_read_again(
    drop: Path, fetcher: FolderFetcher
) -> None:
    write(drop, "a.csv", "id,text\na1,x\n", age=20)
    stored = fetcher.fetch(spec(drop), "", 1)
    write(drop, "a.csv", "id,text\na1,x\na2,nieuw\n", age=5)  # a new export, same name
    again = fetcher.fetch(spec(drop), stored.cursor, 10)
    assert ids(again) == ["a1", "a2"]
    commit(stored)  # the old page's move must not file the new, unread file
    assert (drop / "a.csv").exists()


def test_only_import_files_directly_in_the_folder(drop: Path, fetcher: FolderFetcher) -> None:
    write(drop, "notes.txt", "id,text\nn1,x\n")
    write(drop, ".hidden.csv", "id,text\nh1,x\n")
    write(drop, "old.csv.report.json", "{}")
    (drop / "done").mkdir()
    write(drop / "done", "done.csv", "id,text\nd1,x\n")
    (drop / "sub.csv").mkdir()
    result = fetcher.fetch(spec(drop), "", 100)
    assert result.items == []


def test_file_size_cap(drop: Path, fetcher: FolderFetcher) -> None:
    write(drop, "huge.csv", "id,text\n" + "h,x\n" * 1000)
    result = fetcher.fetch(spec(drop, max_file_bytes=1000), "", 100)
    [entry] = result.items
    assert isinstance(entry, QuarantineEntry)
    assert "file too large" in entry.reason
    commit(result)
    assert (drop / "failed" / "huge.csv").exists()


def test_a_failed_move_is_reported_on_the_next_poll(
    drop: Path, fetcher: FolderFetcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(drop, "a.csv", "id,text\na1,x\n")
    stored = fetcher.fetch(spec(drop), "", 10)

    def refuse(self: Path, target: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "rename", refuse)
    with pytest.raises(PermissionError):
        commit(stored)  # the poll service turns this into a note
    with pytest.raises(SourceError) as caught:
        fetcher.fetch(spec(drop), stored.cursor, 10)  # and never re-reads the file in a loop
    assert caught.value.kind is ErrorKind.CONFIG
    assert "a.csv was imported but cannot be moved" in caught.value.message


@pytest.mark.parametrize(
    ("target", "words"),
    [("", "needs a folder"), ("/no/such/folder", "does not exist")],
)
def test_folder_problems(target: str, words: str, fetcher: FolderFetcher) -> None:
    with pytest.raises(SourceError) as caught:
        fetcher.fetch(SourceSpec("drop", SourceKind.FOLDER, target), "", 10)
    assert caught.value.kind is ErrorKind.CONFIG
    assert words in caught.value.message


def test_a_file_is_not_a_folder(tmp_path: Path, fetcher: FolderFetcher) -> None:
    path = write(tmp_path, "x.csv", "id,text\n")
    with pytest.raises(SourceError) as caught:
        fetcher.fetch(spec(path), "", 10)
    assert "is not a folder" in caught.value.message

"""Polling end to end: real fetchers against loopback servers, storing into a real database."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy import func, select

from triage.domain.sources import HealthLevel, HealthReason
from triage.scheduler.service import SOURCE_PREFIX, SchedulerService
from triage.services import Triage
from triage.services.sources import NewSource, SourceInvalid, SourceService
from triage.sources import secrets
from triage.sources.base import SourceKind
from triage.sources.http import HttpClient
from triage.sources.registry import fetcher_for
from triage.store.tables import MentionRow, QuarantineRow, SourceRow

from .conftest import MASTODON_TOKEN, MastodonServer, ReplayServer, Reply
from .file_keyring import FileKeyring

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[FileKeyring]:
    before = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Triage]:
    core = Triage.open(f"sqlite:///{tmp_path / 'desk.db'}")
    fast = HttpClient(connect_timeout=1.0, read_timeout=1.0, total_timeout=5.0)
    core.sources = SourceService(
        core.sessions, core.importer, core.clock, lambda kind: fetcher_for(kind, fast)
    )
    yield core
    core.close()


def rss_feed(n: int, start: int = 0) -> str:
    items = "".join(
        f"<item><guid>review-{i}</guid><title>Review {i}</title>"
        f"<description>Bezorging {i} was te laat en de klantenservice reageert niet.</description>"
        f"<pubDate>Mon, 23 Nov 2026 08:{i % 60:02d}:00 GMT</pubDate></item>"
        for i in range(start, start + n)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Reviews</title><link>https://reviews.example</link>{items}</channel></rss>"
    )


def mentions(app: Triage) -> list[tuple[str, str]]:
    with app.sessions() as s:
        return [tuple(r) for r in s.execute(select(MentionRow.channel, MentionRow.external_id))]


# -- storing --------------------------------------------------------------------------------


def test_poll_stores_items_once_and_keeps_the_cursor(
    app: Triage, server: ReplayServer, file_keyring: FileKeyring
) -> None:
    mastodon = MastodonServer(server)
    app.sources.add(
        NewSource(
            "Mentions", SourceKind.MASTODON, mastodon.url, 60, settings={"mode": "notifications"}
        ),
        MASTODON_TOKEN,
    )
    first = app.sources.poll("Mentions")
    assert first.status == "ok", first.error
    assert first.added > 0
    stored = mentions(app)
    assert len(stored) == len(set(stored)) == first.added
    with app.sessions() as s:
        row = s.scalar(select(SourceRow).where(SourceRow.name == "Mentions"))
        assert row is not None and row.cursor and row.last_success_at is not None
        source_ids = set(s.scalars(select(MentionRow.source_id)))
    assert source_ids == {row.id}
    again = app.sources.poll("Mentions", force=True)
    assert again.status == "ok" and again.added == 0
    assert mentions(app) == stored
    # Something new arrives: only that is added.
    newest = max(mastodon.notifications, key=lambda n: int(n["id"]))
    extra = {**newest, "id": str(int(newest["id"]) + 1000)}
    extra["status"] = {**newest["status"], "id": str(int(newest["status"]["id"]) + 1000)}
    mastodon.notifications.append(extra)
    third = app.sources.poll("Mentions", force=True)
    assert third.added == 1
    assert len(mentions(app)) == len(stored) + 1


def test_a_broken_feed_is_quarantined_with_its_reason_and_keeps_the_cursor(
    app: Triage, server: ReplayServer
) -> None:
    server.route("/feed.xml", Reply(200, rss_feed(3), {"Content-Type": "application/rss+xml"}))
    app.sources.add(NewSource("Reviews", SourceKind.RSS, f"{server.url}/feed.xml", 60))
    assert app.sources.poll("Reviews").added == 3
    with app.sessions() as s:
        cursor = s.scalar(select(SourceRow.cursor))
    server.route("/feed.xml", Reply(200, "<rss><channel><titl", {}))
    broken = app.sources.poll("Reviews", force=True)
    assert broken.status == "malformed"
    assert broken.error
    with app.sessions() as s:
        assert s.scalar(select(SourceRow.cursor)) == cursor  # nothing lost on the next good poll
        reasons = list(s.scalars(select(QuarantineRow.reason)))
    assert any(r.startswith("malformed") for r in reasons)
    view = app.sources.get("Reviews")
    assert view.health.level is HealthLevel.AMBER
    assert view.health.reason is HealthReason.FAILING
    # The same failure again is one quarantine entry, not one per retry.
    app.sources.poll("Reviews", force=True)
    with app.sessions() as s:
        assert s.scalar(select(func.count(QuarantineRow.id))) == len(reasons)
    server.route("/feed.xml", Reply(200, rss_feed(4), {"Content-Type": "application/rss+xml"}))
    healed = app.sources.poll("Reviews", force=True)
    assert (healed.status, healed.added) == ("ok", 1)
    assert app.sources.get("Reviews").health.level is HealthLevel.OK


# -- back-off and rate limits -----------------------------------------------------------------


def test_failures_back_off_and_retry_after_is_honoured(app: Triage, server: ReplayServer) -> None:
    server.route("/feed.xml", Reply(500, "oops"))
    app.sources.add(NewSource("Reviews", SourceKind.RSS, f"{server.url}/feed.xml", 60))
    for n in range(1, 4):
        out = app.sources.poll("Reviews", force=True)
        assert out.status == "http"
        view = app.sources.get("Reviews")
        assert view.error_streak == n
        assert view.paused_until is not None
        wait = (view.paused_until - app.clock.now()).total_seconds()
        assert 60 * 2 ** (n - 1) - 5 <= wait <= 60 * 2 ** (n - 1) + 5  # doubles each time
    assert app.sources.get("Reviews").health.level is HealthLevel.RED
    assert app.sources.poll("Reviews").status == "skipped"  # paused: the schedule waits
    server.route("/feed.xml", Reply(429, "slow down", {"Retry-After": "120"}))
    limited = app.sources.poll("Reviews", force=True)
    assert limited.status == "rate_limited"
    view = app.sources.get("Reviews")
    left = (view.paused_until - app.clock.now()).total_seconds() if view.paused_until else 0
    assert 110 <= left <= 125
    assert view.health.reason is HealthReason.RATE_LIMITED


# -- secrets -------------------------------------------------------------------------------


def test_a_token_appears_nowhere_but_the_keyring(
    app: Triage,
    server: ReplayServer,
    file_keyring: FileKeyring,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    token = "tok-Zq81-very-secret-3141"
    seen: list[str] = []

    def echo(request: Any) -> Reply:
        seen.append(request.headers.get("authorization", ""))
        # A hostile or clumsy server echoing the token back in its error text.
        return Reply(401, {"error": f"token {token} is not valid"})

    server.route("/api/v1/notifications", echo)
    caplog.set_level(logging.DEBUG)
    app.sources.add(
        NewSource(
            "Mentions", SourceKind.MASTODON, server.url, 60, settings={"mode": "notifications"}
        ),
        token,
    )
    out = app.sources.poll("Mentions", force=True)
    assert out.status == "auth"
    assert seen == [f"Bearer {token}"]  # it did reach the server
    assert token in file_keyring.path.read_text()  # and it is kept in the keyring
    assert token not in out.error
    view = app.sources.get("Mentions")
    assert view.has_secret
    assert view.health.level is HealthLevel.RED and view.health.reason is HealthReason.AUTH
    assert token not in repr(view)
    app.close()
    for path in tmp_path.glob("desk.db*"):
        assert token.encode() not in path.read_bytes(), path
    assert token not in caplog.text
    cli = subprocess.run(
        [
            sys.executable,
            "-m",
            "triage",
            "--db",
            f"sqlite:///{tmp_path / 'desk.db'}",
            "sources",
            "list",
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    assert "Mentions" in cli.stdout and token not in cli.stdout + cli.stderr


def test_without_a_keyring_a_secret_is_refused_clearly_and_the_environment_works(
    app: Triage, server: ReplayServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        assert not secrets.keyring_available()
        with pytest.raises(secrets.SecretUnavailable) as refused:
            app.sources.add(
                NewSource("Mail", SourceKind.IMAP, "imap.example.org", 300), "hunter2-pass"
            )
        assert "TRIAGE_SECRET_MAIL" in str(refused.value)
        assert "hunter2" not in str(refused.value)
        with app.sessions() as s:
            assert s.scalar(select(func.count(SourceRow.id))) == 0  # nothing half-made
        mastodon = MastodonServer(server)
        app.sources.add(
            NewSource(
                "Brand mentions",
                SourceKind.MASTODON,
                mastodon.url,
                60,
                settings={"mode": "notifications"},
            )
        )
        assert app.sources.poll("Brand mentions", force=True).status == "config"  # no token
        monkeypatch.setenv("TRIAGE_SECRET_BRAND_MENTIONS", MASTODON_TOKEN)
        ok = app.sources.poll("Brand mentions", force=True)
        assert ok.status == "ok" and ok.added > 0
    finally:
        keyring.set_keyring(before)


# -- crash safety -----------------------------------------------------------------------------


def test_killed_mid_poll_then_restarted_imports_every_item_exactly_once(
    server: ReplayServer, tmp_path: Path
) -> None:
    total = 240
    body = rss_feed(total)
    server.route("/feed.xml", Reply(200, body, {"Content-Type": "application/rss+xml"}, delay=0.4))
    db = f"sqlite:///{tmp_path / 'desk.db'}"

    def cli(*args: str, **kw: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "triage", "--db", db, *args],
            capture_output=True,
            text=True,
            cwd=REPO,
            **kw,
        )

    added = cli(
        "sources",
        "add",
        "rss",
        f"{server.url}/feed.xml",
        "--name",
        "Reviews",
        "--items-per-poll",
        "20",
        "--json",
    )
    assert added.returncode == 0, added.stderr
    # Twelve pages of 20, each behind a 0.4 s answer: kill it while it is part-way.
    proc = subprocess.Popen(
        [sys.executable, "-m", "triage", "--db", db, "sources", "poll", "--once", "--json"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    app = Triage.open(db)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(mentions(app)) < 40:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        part = mentions(app)
        assert 0 < len(part) < total  # really killed mid-poll
        for _ in range(20):
            out = cli("sources", "poll", "--once", "--json")
            assert out.returncode == 0, out.stderr
            if len(mentions(app)) == total:
                break
        stored = mentions(app)
        assert len(stored) == len(set(stored)) == total
        assert {e for _, e in stored} == {f"review-{i}" for i in range(total)}
        again = cli("sources", "poll", "--once", "--json")
        assert '"added": 0' in again.stdout
        assert len(mentions(app)) == total
    finally:
        app.close()


# -- the CLI's stable forms ---------------------------------------------------------------------


def test_cli_add_list_and_poll_once_print_the_stable_json(
    server: ReplayServer, tmp_path: Path
) -> None:
    import json

    server.route("/feed.xml", Reply(200, rss_feed(5), {"Content-Type": "application/rss+xml"}))
    db = f"sqlite:///{tmp_path / 'desk.db'}"
    base = [sys.executable, "-m", "triage", "--db", db, "sources"]

    def run(*args: str) -> Any:
        done = subprocess.run([*base, *args], capture_output=True, text=True, cwd=REPO)
        assert done.returncode in (0, 3), done.stderr
        return json.loads(done.stdout)

    run(
        "add",
        "rss",
        f"{server.url}/feed.xml",
        "--name",
        "Reviews",
        "--interval",
        "120",
        "--keywords",
        "bezorging",
        "--json",
    )
    run("add", "rss", "http://127.0.0.1:9/down.xml", "--name", "Down", "--json")
    listed = run("list", "--json")["sources"]
    assert [s["name"] for s in listed] == ["Down", "Reviews"]
    reviews = listed[1]
    assert (reviews["type"], reviews["interval"], reviews["keywords"]) == (
        "rss",
        120,
        ["bezorging"],
    )
    assert reviews["health"] == "new"
    polled = run("poll", "--once", "--json")
    by_name = {s["name"]: s for s in polled["sources"]}
    assert set(by_name) == {"Down", "Reviews"}
    for entry in polled["sources"]:
        assert {"name", "added", "status", "error"} <= set(entry)
    assert (by_name["Reviews"]["added"], by_name["Reviews"]["status"]) == (5, "ok")
    assert by_name["Down"]["status"] == "network" and by_name["Down"]["error"]
    bad = subprocess.run(
        [*base, "add", "rss", "not a url", "--name", "X"], capture_output=True, text=True, cwd=REPO
    )
    assert bad.returncode != 0 and "web address" in bad.stderr


def test_invalid_sources_are_refused_with_a_reason(app: Triage) -> None:
    with pytest.raises(SourceInvalid, match="at least 30 seconds"):
        app.sources.add(NewSource("Fast", SourceKind.RSS, "https://example.org/f.xml", 5))
    with pytest.raises(SourceInvalid, match="web address"):
        app.sources.add(NewSource("Bad", SourceKind.MASTODON, "mastodon.social", 60))
    app.sources.add(NewSource("Ok", SourceKind.RSS, "https://example.org/f.xml", 60))
    with pytest.raises(SourceInvalid, match="already"):
        app.sources.add(NewSource("Ok", SourceKind.RSS, "https://example.org/g.xml", 60))


# -- the scheduler ------------------------------------------------------------------------------


def test_the_scheduler_runs_one_job_per_enabled_source(app: Triage) -> None:
    app.sources.add(NewSource("A", SourceKind.RSS, "https://example.org/a.xml", 60))
    app.sources.add(NewSource("B", SourceKind.RSS, "https://example.org/b.xml", 600))
    sched = SchedulerService(app)
    sched.sync_sources()
    jobs = {j.id: j for j in sched._scheduler.get_jobs() if j.id.startswith(SOURCE_PREFIX)}
    assert len(jobs) == 2
    for job in jobs.values():
        assert job.coalesce is True and job.max_instances == 1
        assert job.trigger.jitter and job.trigger.jitter > 0
    intervals = sorted(j.trigger.interval for j in jobs.values())
    assert intervals == [timedelta(seconds=60), timedelta(seconds=600)]
    app.sources.update("B", {"enabled": False})
    sched.sync_sources()
    left = [j.id for j in sched._scheduler.get_jobs() if j.id.startswith(SOURCE_PREFIX)]
    assert len(left) == 1


def test_removing_a_source_keeps_its_messages_and_deletes_its_secret(
    app: Triage, server: ReplayServer, file_keyring: FileKeyring
) -> None:
    server.route("/feed.xml", Reply(200, rss_feed(2), {"Content-Type": "application/rss+xml"}))
    app.sources.add(NewSource("Reviews", SourceKind.RSS, f"{server.url}/feed.xml", 60), "s3cr3t")
    app.sources.poll("Reviews")
    app.sources.remove("Reviews")
    assert len(mentions(app)) == 2
    assert "s3cr3t" not in file_keyring.path.read_text()
    assert app.sources.all() == []


def test_health_reports_silence_against_the_usual_volume(app: Triage, server: ReplayServer) -> None:
    from triage.clock import FixedClock

    clock = FixedClock(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))
    app.sources.clock = clock
    app.importer.clock = clock
    n = 0

    def feed(_r: Any) -> Reply:
        return Reply(200, rss_feed(n), {"Content-Type": "application/rss+xml"})

    server.route("/feed.xml", feed)
    app.sources.add(NewSource("Busy", SourceKind.RSS, f"{server.url}/feed.xml", 60))
    for _ in range(12):  # an hour of steady traffic: 5 new every 5 minutes
        n += 5
        assert app.sources.poll("Busy", force=True).status == "ok"
        clock.advance(timedelta(minutes=5))
    assert app.sources.get("Busy").health.level is HealthLevel.OK
    for _ in range(6):  # then half an hour of nothing
        app.sources.poll("Busy", force=True)
        clock.advance(timedelta(minutes=5))
    view = app.sources.get("Busy")
    assert view.health.reason is HealthReason.SILENT
    assert view.health.level in (HealthLevel.AMBER, HealthLevel.RED)
    assert view.health.detail["usual_per_hour"] > 30

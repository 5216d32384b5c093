"""Polling a live source into PostgreSQL (tests/pg.py): a real RSS fetcher against a loopback
server, stored once, the cursor kept across a broken feed, the poll history recorded."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select

from triage.services import Triage
from triage.services.sources import NewSource, SourceService
from triage.sources.base import SourceKind
from triage.sources.http import HttpClient
from triage.sources.registry import fetcher_for
from triage.store.tables import MentionRow, QuarantineRow, SourcePollRow, SourceRow

from .conftest import ReplayServer, Reply
from .test_poll_service import rss_feed


@pytest.fixture
def app(pg_url: Callable[[], str]) -> Iterator[Triage]:
    core = Triage.open(pg_url())
    fast = HttpClient(connect_timeout=1.0, read_timeout=1.0, total_timeout=5.0)
    core.sources = SourceService(
        core.sessions, core.importer, core.clock, lambda kind: fetcher_for(kind, fast)
    )
    yield core
    core.close()


def test_an_rss_source_polls_into_postgres(app: Triage, server: ReplayServer) -> None:
    assert app.engine.dialect.name == "postgresql"
    feed = {"Content-Type": "application/rss+xml"}
    server.route("/feed.xml", Reply(200, rss_feed(3), feed))
    app.sources.add(
        NewSource("Reviews", SourceKind.RSS, f"{server.url}/feed.xml", 60, keywords=("bezorging",))
    )
    assert app.sources.poll("Reviews").added == 3
    assert app.sources.poll("Reviews", force=True).added == 0  # stored once
    with app.sessions() as s:
        cursor = s.scalar(select(SourceRow.cursor))
    server.route("/feed.xml", Reply(200, "<rss><channel><titl", {}))
    assert app.sources.poll("Reviews", force=True).status == "malformed"
    server.route("/feed.xml", Reply(200, rss_feed(2, start=3), feed))
    assert app.sources.poll("Reviews", force=True).added == 2

    with app.sessions() as s:
        row = s.scalar(select(SourceRow))
        ids = sorted(s.scalars(select(MentionRow.external_id)))
        polls = s.scalars(select(SourcePollRow.status).order_by(SourcePollRow.id)).all()
        reasons = s.scalars(select(QuarantineRow.reason)).all()
    assert row is not None and row.keywords == ["bezorging"] and row.error_streak == 0
    assert cursor and row.last_success_at is not None
    assert len(ids) == 5 and len(set(ids)) == 5
    assert list(polls) == ["ok", "ok", "malformed", "ok"]
    assert any(r.startswith("malformed") for r in reasons)

"""Bluesky over real HTTP: sessions, searches and notifications, cursor walks, XRPC errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from triage.domain.models import QuarantineEntry, RawMention
from triage.sources.base import ErrorKind, FetchResult, SourceError, SourceKind, SourceSpec
from triage.sources.bluesky import BlueskyFetcher
from triage.sources.http import HttpClient

from .conftest import BLUESKY_HANDLE, BLUESKY_PASSWORD, BlueskyServer, Reply

SEARCH = "/xrpc/app.bsky.feed.searchPosts"
LOGIN = "/xrpc/com.atproto.server.createSession"
SASKIA = "at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/"


def _spec(
    bluesky: BlueskyServer,
    secret: str = BLUESKY_PASSWORD,
    keywords: tuple[str, ...] = ("thuiszorg",),
    **settings: Any,
) -> SourceSpec:
    settings.setdefault("handle", BLUESKY_HANDLE)
    return SourceSpec(
        "Bluesky", SourceKind.BLUESKY, bluesky.url, settings, keywords=keywords, secret=secret
    )


def _texts(result: FetchResult) -> list[str]:
    return [i.text if isinstance(i, RawMention) else "Q" for i in result.items]


def _error(call: Any) -> SourceError:
    with pytest.raises(SourceError) as caught:
        call()
    return caught.value


@pytest.fixture
def fetcher(client: HttpClient) -> BlueskyFetcher:
    return BlueskyFetcher(client)


def test_search_posts_become_messages(bluesky: BlueskyServer, fetcher: BlueskyFetcher) -> None:
    result = fetcher.fetch(_spec(bluesky), "", 50)
    mentions = [i for i in result.items if isinstance(i, RawMention)]
    assert [m.created_at.hour for m in mentions] == [7, 8, 9, 10, 11]  # oldest first
    assert mentions[0] == RawMention(
        channel="bluesky",
        external_id=SASKIA + "3lbq2gx5yzk2a",
        text="Drie uur in de wacht gestaan bij de thuiszorg en toen werd de lijn verbroken. "
        "Echt schandalig.",
        created_at=datetime(2026, 11, 22, 7, 58, 31, 204000, tzinfo=UTC),
        author="@saskia.bsky.social",
        author_name="Saskia Bakker",
        url="https://bsky.app/profile/saskia.bsky.social/post/3lbq2gx5yzk2a",
        lang="nl",
        interactions=29,
    )
    assert mentions[3].lang == "en"  # from "en-GB"
    assert mentions[4].in_reply_to == (
        "at://did:plc:6fktaamhhxdqb2ypum33kbkj/app.bsky.feed.post/3lbpzzc2sfk2x"
    )
    (bad,) = [i for i in result.items if isinstance(i, QuarantineEntry)]
    assert bad.reason == "unreadable Bluesky post: missing text" and "3lbq2lzfexk2i" in bad.raw
    assert not result.more
    login = bluesky.replay.requests_to(LOGIN)
    assert len(login) == 1
    assert json.loads(login[0].body) == {
        "identifier": BLUESKY_HANDLE,
        "password": BLUESKY_PASSWORD,
    }
    search = bluesky.replay.requests_to(SEARCH)[-1]
    assert (search.arg("q"), search.arg("sort")) == ("thuiszorg", "latest")
    assert search.headers["authorization"] == f"Bearer {bluesky.issued[0]}"


def test_walk_resumes_without_gaps_or_repeats(bluesky: BlueskyServer, client: HttpClient) -> None:
    fetcher = BlueskyFetcher(client, page_size=3)
    cursor = fetcher.fetch(_spec(bluesky), "", 50).cursor  # first poll: the newest page only
    start = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    for n in range(1, 6):
        bluesky.add_post(f"thuiszorg nieuw {n}", start + timedelta(minutes=n), f"3lbr{n}aaaaaa2a")
    delivered: list[str] = []
    mores: list[bool] = []
    for _ in range(6):
        result = fetcher.fetch(_spec(bluesky), cursor, 2)
        assert len(result.items) <= 2
        delivered += _texts(result)
        mores.append(result.more)
        cursor = result.cursor
        if not result.more:
            break
    assert mores == [True, True, False]
    assert delivered == [f"thuiszorg nieuw {n}" for n in (4, 5, 2, 3, 1)]
    assert fetcher.fetch(_spec(bluesky), cursor, 2).items == []
    state = json.loads(cursor)["queries"]["search:thuiszorg"]
    assert state == {"mark": "2026-11-22T12:05:00+00:00"}


def test_first_poll_takes_only_the_newest_page(bluesky: BlueskyServer, client: HttpClient) -> None:
    result = BlueskyFetcher(client).fetch(_spec(bluesky), "", 2)
    assert _texts(result)[-1].startswith("@thuiszorgoost.nl jullie hebben")
    assert len(result.items) == 2 and not result.more
    again = BlueskyFetcher(client).fetch(_spec(bluesky), result.cursor, 2)  # a new process
    assert again.items == []


def test_expired_token_logs_in_again_once(bluesky: BlueskyServer, fetcher: BlueskyFetcher) -> None:
    bluesky.uses_before_expiry = 1
    first = fetcher.fetch(_spec(bluesky), "", 50)
    fetcher.fetch(_spec(bluesky), first.cursor, 50)
    assert len(bluesky.replay.requests_to(LOGIN)) == 2
    statuses = [r.headers["authorization"][-9:] for r in bluesky.replay.requests_to(SEARCH)]
    assert statuses == ["session-1", "session-1", "session-2"]


def test_wrong_app_password_is_an_auth_error(
    bluesky: BlueskyServer, fetcher: BlueskyFetcher
) -> None:
    secret = "zzzz-yyyy-xxxx-wwww"
    err = _error(lambda: fetcher.fetch(_spec(bluesky, secret), "", 50))
    assert err.kind is ErrorKind.AUTH
    assert "@thuiszorgoost.nl" in str(err) and "app password" in str(err)
    assert secret not in str(err) and secret not in repr(err)
    assert not bluesky.replay.requests_to(SEARCH)


def test_notifications_keep_mentions_replies_and_quotes(
    bluesky: BlueskyServer, fetcher: BlueskyFetcher
) -> None:
    result = fetcher.fetch(_spec(bluesky, mode="notifications", keywords=()), "", 50)
    mentions = [i for i in result.items if isinstance(i, RawMention)]
    assert [m.external_id.rsplit("/", 1)[1] for m in mentions] == [
        "3lbq2gx5yzk2a",  # quote
        "3lbq2kqwv5s2g",  # mention
        "3lbq2n4dbmc2k",  # reply
    ]
    assert len(result.items) == 3  # the like and the follow are not messages
    assert {m.interactions for m in mentions} == {0}
    assert mentions[2].author == "@saskia.bsky.social"
    request = bluesky.replay.requests_to("/xrpc/app.bsky.notification.listNotifications")[-1]
    assert sorted(request.query["reasons"]) == ["mention", "quote", "reply"]


def test_rate_limits(bluesky: BlueskyServer, fetcher: BlueskyFetcher) -> None:
    bluesky.remaining = 0
    result = fetcher.fetch(_spec(bluesky), "", 50)
    assert result.retry_after == pytest.approx(120, abs=3)
    bluesky.rate_limited = True
    err = _error(lambda: fetcher.fetch(_spec(bluesky), result.cursor, 50))
    assert err.kind is ErrorKind.RATE_LIMITED
    assert err.retry_after == pytest.approx(30, abs=3)


def test_public_search_needs_no_session(bluesky: BlueskyServer, fetcher: BlueskyFetcher) -> None:
    bluesky.public = True
    result = fetcher.fetch(_spec(bluesky, secret="", handle=""), "", 50)
    assert len(result.items) == 6
    assert not bluesky.replay.requests_to(LOGIN)
    assert "authorization" not in bluesky.replay.requests_to(SEARCH)[-1].headers


@pytest.mark.parametrize(
    ("secret", "keywords", "settings", "words"),
    [
        (BLUESKY_PASSWORD, (), {}, "no keywords"),
        ("", (), {"mode": "notifications"}, "needs a handle and app password"),
        (BLUESKY_PASSWORD, ("x",), {"handle": ""}, "no handle"),
        (BLUESKY_PASSWORD, ("x",), {"mode": "firehose"}, "Unknown Bluesky mode"),
    ],
)
def test_settings_that_cannot_work(
    bluesky: BlueskyServer,
    fetcher: BlueskyFetcher,
    secret: str,
    keywords: tuple[str, ...],
    settings: dict[str, str],
    words: str,
) -> None:
    err = _error(lambda: fetcher.fetch(_spec(bluesky, secret, keywords, **settings), "", 5))
    assert err.kind is ErrorKind.CONFIG and words in str(err)


def test_xrpc_errors_and_bad_json(bluesky: BlueskyServer, fetcher: BlueskyFetcher) -> None:
    bluesky.replay.route(
        SEARCH, Reply(400, {"error": "InvalidRequest", "message": "Error: limit must be <= 100"})
    )
    err = _error(lambda: fetcher.fetch(_spec(bluesky), "", 5))
    assert err.kind is ErrorKind.HTTP
    assert str(err).endswith(
        "(HTTP 400 Bad Request). The server said: “Error: limit must be <= 100”"
    )
    bluesky.replay.route(SEARCH, Reply(200, b'{"posts": [', {"Content-Type": "application/json"}))
    assert _error(lambda: fetcher.fetch(_spec(bluesky), "", 5)).kind is ErrorKind.MALFORMED
    bluesky.replay.route(SEARCH, Reply(200, {"feed": []}))
    assert _error(lambda: fetcher.fetch(_spec(bluesky), "", 5)).kind is ErrorKind.MALFORMED

"""Mastodon over real HTTP: statuses as messages, Link-header paging, no repeats, clear errors."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from typing import Any

import pytest

from triage.domain.enums import Direction
from triage.domain.models import QuarantineEntry, RawMention
from triage.sources.base import ErrorKind, FetchResult, SourceError, SourceKind, SourceSpec
from triage.sources.http import HttpClient
from triage.sources.mastodon import MastodonFetcher

from .conftest import MASTODON_TOKEN, MastodonServer, Reply

NOTIFICATIONS = "/api/v1/notifications"


def _spec(mastodon: MastodonServer, secret: str = MASTODON_TOKEN, **kw: Any) -> SourceSpec:
    return SourceSpec("Mastodon", SourceKind.MASTODON, mastodon.url, secret=secret, **kw)


def _ids(result: FetchResult) -> list[str]:
    return [i.external_id if isinstance(i, RawMention) else f"Q{i.line}" for i in result.items]


def _error(call: Any) -> SourceError:
    with pytest.raises(SourceError) as caught:
        call()
    return caught.value


@pytest.fixture
def fetcher(client: HttpClient) -> MastodonFetcher:
    return MastodonFetcher(client)


def _old_cursor(newest: str = "34975800") -> str:
    return json.dumps({"v": 1, "newest": {"notifications": newest}})


def test_mentions_become_messages(mastodon: MastodonServer, fetcher: MastodonFetcher) -> None:
    result = fetcher.fetch(_spec(mastodon), "", 20)
    mentions = {i.external_id: i for i in result.items if isinstance(i, RawMention)}
    assert list(mentions) == [  # oldest first; the re-notified status only once
        "113520456789012345",
        "113520611112223334",
        "113520845500000002",
        "113520999000000003",
    ]
    piet = mentions["113520456789012345"]
    assert piet == RawMention(
        channel="mastodon",
        external_id="113520456789012345",
        text="@zorgteam Al drie weken wacht ik op een terugbelafspraak over de thuiszorg van "
        "mijn moeder. Niemand neemt op! Dit is echt onacceptabel.",
        created_at=datetime(2026, 11, 22, 8, 14, 3, 512000, tzinfo=UTC),
        author="@pietj@mastodon.social",
        author_name="Piet Jansen 🚲",
        followers=1840,
        url="https://mastodon.social/@pietj/113520456789012345",
        lang="nl",
        interactions=46,
    )
    dm = mentions["113520611112223334"]
    assert dm.channel == "mastodon_dm"  # private: the app treats it as a direct message
    assert dm.text == (
        "@zorgteam Hoi, mijn vader krijgt sinds maandag geen medicatie meer aangereikt.\n"
        "Kunnen jullie mij bellen? Mijn nummer staat in het dossier & het is dringend."
    )
    john = mentions["113520845500000002"]
    assert (john.lang, john.in_reply_to) == ("en", "113519990000000000")
    warned = mentions["113520999000000003"]
    assert warned.text.startswith("factuur\n@zorgteam Waarom") and warned.lang == ""
    (bad,) = [i for i in result.items if isinstance(i, QuarantineEntry)]
    assert bad.reason == "unreadable Mastodon status: missing created_at"
    assert "113520700000000001" in bad.raw
    assert json.loads(result.cursor)["newest"] == {"notifications": "34975874"}
    assert not result.more
    request = mastodon.replay.requests_to(NOTIFICATIONS)[-1]
    assert request.query["types[]"] == ["mention"]
    assert request.headers["authorization"] == f"Bearer {MASTODON_TOKEN}"


def test_polls_page_forward_without_repeats(
    mastodon: MastodonServer, fetcher: MastodonFetcher
) -> None:
    cursor, delivered, mores = _old_cursor(), [], []
    for _ in range(5):
        result = fetcher.fetch(_spec(mastodon), cursor, 2)
        assert len(result.items) <= 2
        delivered += _ids(result)
        mores.append(result.more)
        cursor = result.cursor
        if not result.more:
            break
    assert mores == [True, True, False]
    assert delivered == [
        "113520456789012345",
        "113520611112223334",
        "Q2",  # its place on its page
        "113520845500000002",
        "113520999000000003",
    ]
    # the paging id is the notification's (from the Link header), not the status's
    assert json.loads(cursor)["newest"] == {"notifications": "34975874"}
    min_ids = [r.arg("min_id") for r in mastodon.replay.requests_to(NOTIFICATIONS)]
    assert min_ids == ["34975800", "34975864", "34975870", "34975874"]


def test_one_poll_follows_several_pages(mastodon: MastodonServer, client: HttpClient) -> None:
    fetcher = MastodonFetcher(client, page_size=2)
    result = fetcher.fetch(_spec(mastodon), _old_cursor(), 50)
    assert len(_ids(result)) == len(set(_ids(result))) == 5
    assert not result.more
    assert [r.arg("limit") for r in mastodon.replay.requests_to(NOTIFICATIONS)] == ["2"] * 4


def test_next_poll_returns_only_newer(mastodon: MastodonServer, fetcher: MastodonFetcher) -> None:
    first = fetcher.fetch(_spec(mastodon), "", 20)
    assert fetcher.fetch(_spec(mastodon), first.cursor, 20).items == []
    fresh = copy.deepcopy(mastodon.notifications[-1])
    fresh["id"], fresh["status"]["id"] = "34975880", "113521999000000099"
    fresh["status"]["content"] = "<p>Nog steeds niemand gebeld.</p>"
    mastodon.notifications.append(fresh)
    third = fetcher.fetch(_spec(mastodon), first.cursor, 20)
    assert _ids(third) == ["113521999000000099"]
    assert third.items[0].text == "Nog steeds niemand gebeld."  # type: ignore[union-attr]


def test_hashtag_timeline_is_public(mastodon: MastodonServer, fetcher: MastodonFetcher) -> None:
    spec = _spec(mastodon, secret="", settings={"mode": "hashtag", "hashtag": "#thuiszorg"})
    result = fetcher.fetch(spec, "", 20)
    assert _ids(result) == [
        "113521100000000010",
        "113521200000000020",
        "113521300000000030",
        "Q1",  # an image without words
    ]
    assert result.items[0].text == "Weer geen thuiszorg vandaag. #wachtlijst #thuiszorg"  # type: ignore[union-attr]
    request = mastodon.replay.requests_to("/api/v1/timelines/tag/thuiszorg")[-1]
    assert "authorization" not in request.headers
    keyed = _spec(mastodon, secret="", settings={"mode": "hashtag"}, keywords=("thuiszorg",))
    assert json.loads(fetcher.fetch(keyed, "", 20).cursor)["newest"] == {
        "tag:thuiszorg": "113521400000000040"
    }


def test_search_needs_a_token_and_uses_keywords(
    mastodon: MastodonServer, fetcher: MastodonFetcher
) -> None:
    settings = {"mode": "search"}
    err = _error(lambda: fetcher.fetch(_spec(mastodon, "", settings=settings), "", 20))
    assert err.kind is ErrorKind.CONFIG and "access token" in str(err)
    spec = _spec(mastodon, settings=settings, keywords=("thuiszorg",))
    result = fetcher.fetch(spec, "", 20)
    assert _ids(result) == ["113520456789012345"]
    request = mastodon.replay.requests_to("/api/v2/search")[-1]
    assert (request.arg("q"), request.arg("type")) == ("thuiszorg", "statuses")
    assert json.loads(result.cursor)["newest"] == {"search:thuiszorg": "113520456789012345"}


def test_account_mode_looks_up_the_account(
    mastodon: MastodonServer, fetcher: MastodonFetcher
) -> None:
    settings = {"mode": "account", "account": "@zorgteam", "direction": "out"}
    result = fetcher.fetch(_spec(mastodon, "", settings=settings), "", 20)
    mentions = [i for i in result.items if isinstance(i, RawMention)]
    assert [m.in_reply_to for m in mentions] == ["", "113520456789012345", "113520845500000002"]
    assert {m.direction for m in mentions} == {Direction.OUTBOUND}
    assert mentions[0].author == "@zorgteam" and mentions[0].followers == 5211
    request = mastodon.replay.requests_to("/api/v1/accounts/109302104213486921/statuses")[-1]
    assert request.arg("exclude_replies") == "false"
    fetcher.fetch(_spec(mastodon, "", settings=settings), result.cursor, 20)
    assert len(mastodon.replay.requests_to("/api/v1/accounts/lookup")) == 1  # cached
    unknown = {"mode": "account", "account": "nobody"}
    err = _error(lambda: fetcher.fetch(_spec(mastodon, "", settings=unknown), "", 20))
    assert err.kind is ErrorKind.CONFIG and "@nobody" in str(err)


def test_refused_token_is_an_auth_error(mastodon: MastodonServer, fetcher: MastodonFetcher) -> None:
    secret = "wrong-token-0123456789abcdef"
    err = _error(lambda: fetcher.fetch(_spec(mastodon, secret), "", 20))
    assert err.kind is ErrorKind.AUTH
    assert str(err) == (
        f"The server at 127.0.0.1:{mastodon.replay.port} refused the access token (HTTP 401). "
        "The server said: “The access token is invalid”"
    )
    assert secret not in repr(err)


def test_rate_limits(mastodon: MastodonServer, fetcher: MastodonFetcher) -> None:
    mastodon.remaining = 0
    result = fetcher.fetch(_spec(mastodon), "", 20)
    assert result.items and result.retry_after is not None and result.retry_after > 3600
    mastodon.replay.route(
        NOTIFICATIONS,
        Reply(429, {"error": "Too many requests"}, {"Retry-After": "300"}),
    )
    err = _error(lambda: fetcher.fetch(_spec(mastodon), result.cursor, 20))
    assert err.kind is ErrorKind.RATE_LIMITED and err.retry_after == 300


@pytest.mark.parametrize(
    "body", [b"<html>Bad gateway</html>", b'{"error": "nope"}', b'[{"id": "1"'], ids=str
)
def test_unreadable_replies_are_malformed(
    mastodon: MastodonServer, fetcher: MastodonFetcher, body: bytes
) -> None:
    mastodon.replay.route(NOTIFICATIONS, Reply(200, body, {"Content-Type": "application/json"}))
    assert _error(lambda: fetcher.fetch(_spec(mastodon), "", 20)).kind is ErrorKind.MALFORMED


def test_odd_entries_are_quarantined_not_fatal(
    mastodon: MastodonServer, fetcher: MastodonFetcher
) -> None:
    good = mastodon.notifications[-1]
    page = ["just a string", {"id": "5", "type": "mention"}, good]
    mastodon.replay.route(NOTIFICATIONS, Reply(200, page))
    result = fetcher.fetch(_spec(mastodon), "", 20)
    assert [type(i).__name__ for i in result.items] == [
        "RawMention",
        "QuarantineEntry",
        "QuarantineEntry",
    ]
    reasons = [i.reason for i in result.items if isinstance(i, QuarantineEntry)]
    assert reasons == ["mention without a status", "not a Mastodon status"]


def test_unknown_mode_is_a_config_error(mastodon: MastodonServer, fetcher: MastodonFetcher) -> None:
    err = _error(lambda: fetcher.fetch(_spec(mastodon, settings={"mode": "firehose"}), "", 5))
    assert err.kind is ErrorKind.CONFIG and "firehose" in str(err)

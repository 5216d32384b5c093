"""RSS and Atom feeds served over real HTTP: plain text, no repeats, limits, damage, 304s."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from triage.clock import FixedClock
from triage.domain.models import QuarantineEntry, RawMention
from triage.sources.base import ErrorKind, FetchResult, SourceError, SourceKind, SourceSpec
from triage.sources.http import HttpClient
from triage.sources.rss import RssFetcher
from triage.sources.webparse import html_to_text

from .conftest import NOW, ReplayServer, Reply, Request, fixture_bytes

RSS = "application/rss+xml"


def _spec(server: ReplayServer, path: str = "/feed", **kw: object) -> SourceSpec:
    return SourceSpec("Zorgforum", SourceKind.RSS, f"{server.url}{path}", **kw)  # type: ignore[arg-type]


def _serve(server: ReplayServer, name: str, content_type: str = RSS, path: str = "/feed") -> None:
    server.route(path, Reply(200, fixture_bytes(name), {"Content-Type": content_type}))


def _mentions(result: FetchResult) -> list[RawMention]:
    return [i for i in result.items if isinstance(i, RawMention)]


def _quarantined(result: FetchResult) -> list[QuarantineEntry]:
    return [i for i in result.items if isinstance(i, QuarantineEntry)]


@pytest.fixture
def fetcher(client: HttpClient) -> RssFetcher:
    return RssFetcher(client, clock=FixedClock(NOW))


def test_rss2_entries_become_mentions(server: ReplayServer, fetcher: RssFetcher) -> None:
    _serve(server, "feed_rss2.xml")
    result = fetcher.fetch(_spec(server), "", 50)
    got = _mentions(result)
    assert [m.external_id for m in got] == [
        "zorgforum-4801",
        "zorgforum-4807",
        "zorgforum-4810",
        "zorgforum-4812",
    ]  # oldest first
    newest = got[-1]
    assert newest.channel == "rss"
    assert newest.text == (
        "Thuiszorg Oost komt afspraken niet na\nAl twee keer stond er niemand voor de deur "
        "terwijl de afspraak bevestigd was. Mijn vader (87) wacht dan de hele ochtend."
    )
    assert newest.author == "M. de Boer"
    assert newest.url == "https://zorgforum.example/ervaringen/4812"
    assert newest.created_at == datetime(2026, 11, 22, 10, 40, tzinfo=UTC)
    assert newest.lang == "nl"
    assert "&amp;" not in "".join(m.text for m in got)
    # the empty entry is quarantined, not dropped silently
    (bad,) = _quarantined(result)
    assert bad.reason == "feed entry has no title or text" and "4799" in bad.raw
    assert not result.more and result.note == ""


def test_repolling_emits_only_new_entries(server: ReplayServer, fetcher: RssFetcher) -> None:
    body = fixture_bytes("feed_rss2.xml")
    server.route("/feed", lambda _r: Reply(200, body, {"Content-Type": RSS}))
    first = fetcher.fetch(_spec(server), "", 50)
    again = fetcher.fetch(_spec(server), first.cursor, 50)
    assert again.items == []  # the empty entry is not quarantined twice either
    new_item = (
        b"<item><title>Nieuw: geen zorg vandaag</title><guid>zorgforum-4820</guid>"
        b"<pubDate>Sun, 22 Nov 2026 13:00:00 +0100</pubDate><description>Niemand kwam."
        b"</description></item>"
    )
    body = body.replace(b"<item>", new_item + b"<item>", 1)
    third = fetcher.fetch(_spec(server), again.cursor, 50)
    assert [m.external_id for m in _mentions(third)] == ["zorgforum-4820"]


def test_atom_entries_with_summary_or_content(server: ReplayServer, fetcher: RssFetcher) -> None:
    _serve(server, "feed_atom.xml", "application/atom+xml")
    got = _mentions(fetcher.fetch(_spec(server), "", 10))
    by_id = {m.external_id: m for m in got}
    late = by_id["tag:reviews.example,2026:review-99121"]
    assert late.text == (
        "Carer arrived late three days in a row\n"
        "My mother waits for hours. Nobody calls to say the carer is late."
    )
    assert late.author == "Sarah K." and late.lang == "en"
    assert late.created_at == datetime(2026, 11, 22, 11, 15, tzinfo=UTC)  # published wins
    night = by_id["tag:reviews.example,2026:review-99118"]
    assert night.text == "Brilliant night team\nThe night team were kind and professional."
    assert night.created_at == datetime(2026, 11, 21, 22, 5, tzinfo=UTC)  # updated


def test_html_and_scripts_never_survive(server: ReplayServer, fetcher: RssFetcher) -> None:
    _serve(server, "feed_html_summary.xml")
    got = _mentions(fetcher.fetch(_spec(server), "", 10))
    texts = {m.url: m.text for m in got}
    assert texts["https://klachten.example/k/301"] == (
        "Klacht over bereikbaarheid & wachttijd\n"
        "De telefoon wordt nooit opgenomen & mails blijven onbeantwoord.\n"
        "Graag een reactie.\nGroet, Fatima"
    )
    assert texts["https://klachten.example/k/302"] == "Bedankt team\nTop service én snel – dank!"
    joined = "\n".join(texts.values())
    for forbidden in ("<", ">", "alert", "steal", "cookie", "color", "&nbsp;", "&amp;"):
        assert forbidden not in joined
    # no guid: the link is the id
    assert {m.external_id for m in got} == set(texts)


def test_latin1_feed_is_decoded(server: ReplayServer, fetcher: RssFetcher) -> None:
    _serve(server, "feed_latin1.xml", "text/xml")  # text/xml without charset: still right
    result = fetcher.fetch(_spec(server), "", 10)
    (mention,) = result.items
    assert isinstance(mention, RawMention)
    assert mention.text == (
        "Reünie met de coördinator\n"
        "Naïef gedacht dat het één telefoontje zou zijn. Prijs: £ 12,50 ± btw."
    )


def test_damaged_feed_keeps_what_it_can(server: ReplayServer, fetcher: RssFetcher) -> None:
    _serve(server, "feed_broken.xml")
    first = fetcher.fetch(_spec(server), "", 10)
    # buurt-54 has no date, so it takes the clock's (later) time
    assert [m.external_id for m in _mentions(first)] == ["buurt-55", "buurt-54"]
    assert _mentions(first)[1].text == "Kapotte lift in de flat\nAl een week geen lift"
    damage, empty = _quarantined(first)
    assert damage.reason == (
        "The feed's XML is broken (mismatched tag at line 18); the readable entries were kept."
    )
    assert "<rss" in damage.raw
    assert empty.reason == "feed entry has no title or text"
    again = fetcher.fetch(_spec(server), first.cursor, 10)
    assert again.items == []  # the same damage is reported once


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (fixture_bytes("not_a_feed.html"), "it is not an RSS or Atom feed"),
        (
            b'<?xml version="1.0"?><rss><channel><title>x</titl></channel></rss>',
            "its XML is broken (mismatched tag at line 1).",
        ),
    ],
)
def test_unreadable_feeds_fail_as_malformed(
    server: ReplayServer, fetcher: RssFetcher, body: bytes, why: str
) -> None:
    server.route("/feed", Reply(200, body, {"Content-Type": "text/html"}))
    with pytest.raises(SourceError) as caught:
        fetcher.fetch(_spec(server), "", 10)
    assert caught.value.kind is ErrorKind.MALFORMED
    where = f"127.0.0.1:{server.port}"
    assert str(caught.value).startswith(f"The feed at {where} cannot be read: {why}")


def test_etag_and_304(server: ReplayServer, fetcher: RssFetcher) -> None:
    body = fixture_bytes("feed_rss2.xml")

    def feed(request: Request) -> Reply:
        if request.headers.get("if-none-match") == '"v7"':
            return Reply(304, b"", {"ETag": '"v7"'})
        headers = {"Content-Type": RSS, "ETag": '"v7"', "Last-Modified": "Sun, 22 Nov 2026"}
        return Reply(200, body, headers)

    server.route("/feed", feed)
    first = fetcher.fetch(_spec(server), "", 50)
    assert json.loads(first.cursor)["etag"] == '"v7"'
    second = fetcher.fetch(_spec(server), first.cursor, 50)
    assert second.items == [] and second.note == "not modified"
    assert second.cursor == first.cursor
    assert server.requests[-1].headers["if-modified-since"] == "Sun, 22 Nov 2026"


def test_limit_holds_entries_back_for_the_next_poll(server: ReplayServer) -> None:
    def feed(request: Request) -> Reply:
        if request.headers.get("if-none-match") == '"same"':
            return Reply(304, b"", {"ETag": '"same"'})
        return Reply(200, fixture_bytes("feed_rss2.xml"), {"Content-Type": RSS, "ETag": '"same"'})

    server.route("/feed", feed)
    fetcher = RssFetcher(HttpClient(), clock=FixedClock(NOW))
    cursor, seen, rounds = "", [], []
    while True:
        result = fetcher.fetch(_spec(server), cursor, 2)
        assert len(result.items) <= 2
        seen += [i.external_id for i in _mentions(result)]
        rounds.append(result.more)
        cursor = result.cursor
        if not result.more:
            break
    assert rounds == [True, True, False]
    assert sorted(seen) == sorted(set(seen)) and len(seen) == 4
    # while entries were pending the poll was unconditional; afterwards a 304 again
    assert fetcher.fetch(_spec(server), cursor, 2).note == "not modified"


def test_keywords_filter_entries(server: ReplayServer, fetcher: RssFetcher) -> None:
    _serve(server, "feed_rss2.xml")
    spec = _spec(server, keywords=("THUISZORG", "wijkverpleging"), settings={"channel": "forum"})
    got = _mentions(fetcher.fetch(spec, "", 50))
    assert [m.external_id for m in got] == ["zorgforum-4807", "zorgforum-4810", "zorgforum-4812"]
    assert {m.channel for m in got} == {"forum"}


def test_entries_without_a_date_use_the_clock(server: ReplayServer, fetcher: RssFetcher) -> None:
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        b"<item><title>Geen datum</title><link>https://x.example/1</link></item>"
        b"<item><title>Geen id of link</title></item></channel></rss>"
    )
    server.route("/feed", Reply(200, feed, {"Content-Type": RSS}))
    got = _mentions(fetcher.fetch(_spec(server), "", 10))
    assert [m.created_at for m in got] == [NOW, NOW]
    assert got[0].external_id == "https://x.example/1"
    assert got[1].external_id.startswith("sha256:")


def test_a_corrupt_cursor_starts_afresh(server: ReplayServer, fetcher: RssFetcher) -> None:
    _serve(server, "feed_latin1.xml")
    assert len(fetcher.fetch(_spec(server), "{not json", 10).items) == 1


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=200))
def test_escaped_text_comes_back_as_itself(text: str) -> None:
    from html import escape

    expected = "\n".join(" ".join(line.split()) for line in text.split("\n") if line.split())
    assert html_to_text(escape(text)) == expected

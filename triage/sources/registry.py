"""One fetcher per source kind. The mail and folder fetchers are imported only when asked for,
so the web sources never load what they do not use."""

from __future__ import annotations

from triage.sources.base import Fetcher, SourceKind
from triage.sources.bluesky import BlueskyFetcher
from triage.sources.http import HttpClient
from triage.sources.mastodon import MastodonFetcher
from triage.sources.rss import RssFetcher


def fetcher_for(kind: SourceKind, client: HttpClient | None = None) -> Fetcher:
    """A new fetcher for `kind`; the web fetchers share `client` when one is given."""
    if kind is SourceKind.RSS:
        return RssFetcher(client)
    if kind is SourceKind.MASTODON:
        return MastodonFetcher(client)
    if kind is SourceKind.BLUESKY:
        return BlueskyFetcher(client)
    if kind is SourceKind.IMAP:
        from triage.sources.imap import ImapFetcher

        return ImapFetcher()
    if kind is SourceKind.FOLDER:
        from triage.sources.folder import FolderFetcher

        return FolderFetcher()
    raise ValueError(f"no fetcher for source kind {kind!r}")

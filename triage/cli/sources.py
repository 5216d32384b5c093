"""`sources …`: add, list, test, poll and remove live sources from the command line."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from typing import Any

from triage.domain.models import QuarantineEntry
from triage.domain.sources import SourceView
from triage.services import Triage
from triage.services.sources import NewSource
from triage.sources.base import SourceError, SourceKind
from triage.sources.secrets import SecretUnavailable


def add_parser(sub: Any) -> None:
    p = sub.add_parser("sources", help="live sources: feeds, Mastodon, Bluesky, mail, folders")
    ss = p.add_subparsers(dest="sources_command", required=True)

    add = ss.add_parser("add", help="add a source")
    add.add_argument("type", choices=[k.value for k in SourceKind])
    add.add_argument("target", help="feed URL, instance URL, AT service URL, mail host or folder")
    add.add_argument("--name", required=True)
    add.add_argument("--interval", type=int, default=300, help="seconds between polls")
    add.add_argument("--keywords", nargs="*", default=[], help="brand keywords")
    add.add_argument("--items-per-poll", type=int, default=200)
    add.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a setting, e.g. mode=hashtag, hashtag=acme, username=care@acme.nl, channel=reviews",
    )
    add.add_argument(
        "--secret-stdin",
        action="store_true",
        help="read the token or password from standard input (kept in the keyring)",
    )
    add.add_argument("--disabled", action="store_true")
    add.add_argument("--json", action="store_true")

    ls = ss.add_parser("list", help="every source with its health")
    ls.add_argument("--json", action="store_true")

    poll = ss.add_parser("poll", help="poll sources: once, or on their schedule until stopped")
    poll.add_argument("names", nargs="*", help="only these sources (default: every enabled one)")
    poll.add_argument("--once", action="store_true", help="poll each enabled source once, exit")
    poll.add_argument("--json", action="store_true")

    test = ss.add_parser("test", help="fetch a few items without importing them")
    test.add_argument("name")
    test.add_argument("--limit", type=int, default=5)
    test.add_argument("--json", action="store_true")

    for verb, text in (("remove", "remove a source"), ("enable", "poll it"), ("disable", "stop")):
        v = ss.add_parser(verb, help=text)
        v.add_argument("name")


def _settings(pairs: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise SystemExit(f"error: --set wants KEY=VALUE, got '{pair}'")
        out[key.strip()] = value.strip()
    return out


def _keywords(values: list[str]) -> tuple[str, ...]:
    return tuple(k.strip() for v in values for k in v.split(",") if k.strip())


def view_json(v: SourceView) -> dict[str, Any]:
    def iso(x: Any) -> str | None:
        return x.isoformat() if x is not None else None

    return {
        "id": v.id,
        "name": v.name,
        "type": v.kind,
        "target": v.target,
        "enabled": v.enabled,
        "interval": v.interval_s,
        "items_per_poll": v.items_per_poll,
        "keywords": list(v.keywords),
        "settings": v.settings,
        "has_secret": v.has_secret,
        "health": v.health.level.value,
        "health_reason": v.health.reason.value,
        "health_detail": v.health.detail,
        "last_poll_at": iso(v.last_poll_at),
        "last_success_at": iso(v.last_success_at),
        "last_error": v.last_error,
        "error_streak": v.error_streak,
        "paused_until": iso(v.paused_until),
        "added_24h": v.added_24h,
    }


def _print(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False, default=str), flush=True)


def run(app: Triage, args: argparse.Namespace) -> int:
    cmd = args.sources_command
    svc = app.sources
    if cmd == "add":
        secret = sys.stdin.readline().rstrip("\r\n") if args.secret_stdin else ""
        try:
            view = svc.add(
                NewSource(
                    name=args.name,
                    kind=SourceKind(args.type),
                    target=args.target,
                    interval_s=args.interval,
                    keywords=_keywords(args.keywords),
                    settings=_settings(args.set),
                    items_per_poll=args.items_per_poll,
                    enabled=not args.disabled,
                ),
                secret,
            )
        except SecretUnavailable as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        _print(view_json(view)) if args.json else print(f"added source {view.name}")
        return 0
    if cmd == "list":
        views = svc.all()
        if args.json:
            _print({"sources": [view_json(v) for v in views]})
        else:
            for v in views:
                last = f"  {v.last_error}" if v.last_error else ""
                print(f"{v.health.level.value:<6} {v.name:<24} {v.kind:<9} {v.target}{last}")
        return 0
    if cmd == "poll":
        return _poll(app, args)
    if cmd == "test":
        try:
            items = svc.preview(args.name, args.limit)
        except SourceError as failed:
            if args.json:
                _print({"status": failed.kind.value, "error": failed.message})
            else:
                print(f"error ({failed.kind.value}): {failed.message}", file=sys.stderr)
            return 1
        rows = [
            {"line": i.line, "reason": i.reason}
            if isinstance(i, QuarantineEntry)
            else {
                "external_id": i.external_id,
                "author": i.author,
                "created_at": i.created_at.isoformat(),
                "text": i.text,
            }
            for i in items
        ]
        if args.json:
            _print({"status": "ok", "items": rows})
        else:
            for r in rows:
                print(r)
        return 0
    if cmd == "remove":
        svc.remove(args.name)
    elif cmd in ("enable", "disable"):
        svc.update(args.name, {"enabled": cmd == "enable"})
    print("ok")
    return 0


def _poll(app: Triage, args: argparse.Namespace) -> int:
    svc = app.sources
    if args.once:
        names = args.names or [v.name for v in svc.all() if v.enabled]
        outcomes = [svc.poll(name, force=True) for name in names]
        if args.json:
            _print({"sources": [o.as_json() for o in outcomes]})
        else:
            for o in outcomes:
                print(f"{o.status:<12} {o.name:<24} +{o.added} {o.error}")
        return 0 if all(o.status == "ok" for o in outcomes) else 3
    # Until stopped: the same scheduler the desktop app runs, printing each poll as it ends.
    from triage.scheduler.service import SOURCE_PREFIX, SchedulerService

    scheduler = SchedulerService(app)
    stop = threading.Event()

    def report(run: Any) -> None:
        if str(run.job).startswith(SOURCE_PREFIX) and run.result is not None:
            _print({"sources": [run.result.as_json()]})

    scheduler.add_listener(report)
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    scheduler.start()
    try:
        while not stop.wait(30):
            scheduler.sync_sources()  # sources added elsewhere join without a restart
    finally:
        scheduler.shutdown()
    return 0

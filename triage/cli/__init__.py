"""Headless commands: `python -m triage --db URL <command>`. Output forms here are contracts."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from triage.analysis.evaluation import EvalDataError, evaluate_files
from triage.cli import audit as audit_cli
from triage.cli import customers as customers_cli
from triage.cli import people as people_cli
from triage.cli import replay as replay_cli
from triage.cli import sources as sources_cli
from triage.cli import team as team_cli
from triage.cli import transfer as transfer_cli
from triage.config import local_user
from triage.domain.enums import REASON_CODES, Outcome
from triage.domain.errors import TriageError
from triage.domain.explain import render_reasons
from triage.domain.models import Resolution
from triage.ingest.formats import FORMATS
from triage.services import QueueQuery, StatusFilter, Triage


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m triage", description="Webcare Triage, headless.")
    p.add_argument("--db", help="database URL (default: TRIAGE_DATABASE_URL or the local file)")
    p.add_argument(
        "--as",
        dest="as_user",
        default=None,
        metavar="NAME",
        help="act as this person (default: the local profile); their role decides what is allowed",
    )
    sub = p.add_subparsers(dest="command", required=True)

    imp = sub.add_parser("import", help="import a file of messages (JSON Lines or CSV)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--format", default="auto", choices=("auto", *FORMATS))

    q = sub.add_parser("queue", help="the queue, highest priority first")
    q.add_argument("--top", type=int, default=20)
    q.add_argument("--status", default="active", choices=[s.value for s in StatusFilter])
    q.add_argument("--json", action="store_true")

    cn = sub.add_parser("claim-next", help="claim the highest-priority unclaimed tickets")
    cn.add_argument("--agent", default=None)
    cn.add_argument("--count", type=int, default=1)
    cn.add_argument("--json", action="store_true")

    for name, helptext in (("claim", "claim one ticket"), ("release", "release a claim")):
        c = sub.add_parser(name, help=helptext)
        c.add_argument("ticket_id", type=int)
        c.add_argument("--agent", default=None)

    n = sub.add_parser("note", help="add a note to a ticket")
    n.add_argument("ticket_id", type=int)
    n.add_argument("text")
    n.add_argument("--agent", default=None)

    e = sub.add_parser("escalate", help="escalate a ticket with a reason")
    e.add_argument("ticket_id", type=int)
    e.add_argument("--reason", required=True)
    e.add_argument("--agent", default=None)

    r = sub.add_parser("resolve", help="resolve a ticket with a logged outcome")
    r.add_argument("ticket_id", type=int)
    r.add_argument("--outcome", required=True, choices=[o.value for o in Outcome])
    r.add_argument(
        "--reason",
        action="append",
        default=[],
        help=f"reason code, repeatable or comma-separated ({', '.join(REASON_CODES)})",
    )
    r.add_argument("--compensation", default="")
    r.add_argument("--amount", type=float, default=0.0)
    r.add_argument("--note", default="")
    r.add_argument("--agent", default=None)

    s = sub.add_parser("show", help="one ticket with its thread and timeline")
    s.add_argument("ticket_id", type=int)
    s.add_argument("--json", action="store_true")

    qu = sub.add_parser("quarantine", help="rows that could not be imported")
    qu.add_argument("--json", action="store_true")

    sub.add_parser("rescore", help="re-score open tickets now")
    sub.add_parser("seed-demo", help="load the bundled demo data")

    ev = sub.add_parser(
        "eval", help="measure the tone model on a labelled CSV file (needs no database)"
    )
    ev.add_argument("--data", type=Path, required=True, help="CSV: id,text,lang,sentiment,...")
    ev.add_argument(
        "--train",
        type=Path,
        default=None,
        help="learn from this CSV first, leaving out rows that also occur in --data",
    )
    ev.add_argument("--json", action="store_true")

    sources_cli.add_parser(sub)
    customers_cli.add_parsers(sub)
    audit_cli.add_parsers(sub)
    people_cli.add_parsers(sub)
    replay_cli.add_parsers(sub)
    team_cli.add_parsers(sub)
    transfer_cli.add_parser(sub)
    return p


def _print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=None, default=str))


def run(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "eval":
        return _eval(args)
    if args.command == "migrate":  # two databases of its own: never opens the default desk
        return transfer_cli.run(args)
    if args.command == "team":  # the database's own permissions decide, not a sign-in
        return team_cli.run(args)
    try:
        app = Triage.open(args.db)
    except TriageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        app.sign_in(args.as_user or local_user())
        return _dispatch(app, args)
    except TriageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        app.close()


def _eval(args: argparse.Namespace) -> int:
    for path in (args.data, args.train):
        if path is not None and not path.is_file():
            print(f"error: no such file: {path}", file=sys.stderr)
            return 2
    try:
        result = evaluate_files(args.data, args.train)
    except EvalDataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        _print_json(result)
        return 0

    def fig(value: object) -> str:
        return "-" if value is None else f"{value:.4f}"

    head = f"model {result['model']}: {result['n']} rows, {result['texts_per_s']:,.0f} texts/s"
    if "trained_on" in result:
        head += (
            f", trained on {result['trained_on']}"
            f" ({result['train_overlap_dropped']} overlapping rows dropped)"
        )
    if result.get("skipped"):
        head += f", {result['skipped']} empty rows skipped"
    print(head)
    print(f"{'':<10} {'precision':>9} {'recall':>9} {'f1':>9} {'auc':>9}")
    for key in ("negative", "complaint"):
        if key in result:
            m = result[key]
            print(
                f"{key:<10} {fig(m['precision']):>9} {fig(m['recall']):>9} "
                f"{fig(m['f1']):>9} {fig(m['auc']):>9}"
            )
    if "macro_f1" in result:
        print(f"macro-F1 (neg/neu/pos) {fig(result['macro_f1'])}")
    return 0


def _dispatch(app: Triage, args: argparse.Namespace) -> int:
    # Acting as the signed-in person by default: in team mode that is the database login.
    agent = getattr(args, "agent", None) or (app.user.name if app.user else local_user())
    cmd = args.command
    if cmd == "sources":
        return sources_cli.run(app, args)
    if cmd == "replay":
        return replay_cli.run(app, args)
    if cmd == "people":
        return people_cli.run(app, args)
    if cmd in ("import-crm", "customers", "ambassadors", "loyalty"):
        return customers_cli.run(app, args)
    if cmd in ("audit", "gdpr"):
        return audit_cli.run(app, args)
    if cmd == "import":
        if not args.file.is_file():
            print(f"error: no such file: {args.file}", file=sys.stderr)
            return 2
        report = app.import_file(args.file, args.format)
        _print_json(report.as_json())
        return 0
    if cmd == "queue":
        items = app.top(max(0, args.top), QueueQuery(status=StatusFilter(args.status)))
        if args.json:
            _print_json([i.as_json() for i in items])
        else:
            for i in items:
                print(
                    f"#{i.id:<6} {i.band.value} {i.priority:>3}  {i.channel:<10} "
                    f"{i.author[:18]:<18} {i.text[:70]}"
                )
                print("          " + " · ".join(render_reasons(i.explanation)))
        return 0
    if cmd == "claim-next":
        ids = app.claim_next(agent, max(1, args.count))
        _print_json(ids) if args.json else print(" ".join(map(str, ids)))
        return 0
    if cmd == "claim":
        app.claim(args.ticket_id, agent)
    elif cmd == "release":
        app.release(args.ticket_id, agent)
    elif cmd == "note":
        app.note(args.ticket_id, agent, args.text)
    elif cmd == "escalate":
        app.escalate(args.ticket_id, agent, args.reason)
    elif cmd == "resolve":
        codes = tuple(c.strip() for r in args.reason for c in r.split(",") if c.strip())
        item = app.resolve(
            args.ticket_id,
            agent,
            Resolution(Outcome(args.outcome), codes, args.compensation, args.amount, args.note),
        )
        _print_json({"id": item.id, "status": item.status.value})
        return 0
    elif cmd == "show":
        d = app.ticket(args.ticket_id)
        _print_json(
            {
                **d.item.as_json(),
                "messages": [
                    {
                        "direction": m.direction.value,
                        "channel": m.channel,
                        "author": m.author,
                        "created_at": m.created_at.isoformat(),
                        "text": m.text,
                    }
                    for m in d.messages
                ],
                "events": [
                    {
                        "kind": e.kind.value,
                        "actor": e.actor,
                        "at": e.at.isoformat(),
                        "payload": e.payload,
                    }
                    for e in d.events
                ],
            }
        )
        return 0
    elif cmd == "quarantine":
        rows = app.quarantine()
        _print_json(
            [{"id": r.id, "origin": r.origin, "line": r.line, "reason": r.reason} for r in rows]
        )
        return 0
    elif cmd == "rescore":
        _print_json({"rescored": app.rescore_open(full=True)})
        return 0
    elif cmd == "seed-demo":
        _print_json(app.seed_demo().as_json())
        return 0
    print("ok")
    return 0


def main() -> int:
    return run()

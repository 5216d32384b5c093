"""`import-crm`, `customers …`, `ambassadors`, `loyalty recompute`: stable JSON forms."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from triage.config import local_user
from triage.domain.customers import CustomerProfile
from triage.services import Triage


def add_parsers(sub: Any) -> None:
    crm = sub.add_parser("import-crm", help="import CRM exports: customers, orders, surveys")
    for kind in ("customers", "orders", "surveys", "referrals"):
        crm.add_argument(f"--{kind}", type=Path, default=None, metavar="FILE")
    crm.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=HEADER",
        help="read a canonical column from another header, e.g. customer_id=Klantnummer",
    )
    crm.add_argument("--as", dest="actor", default=None)
    crm.add_argument("--json", action="store_true")

    c = sub.add_parser("customers", help="one customer across channels")
    cs = c.add_subparsers(dest="customers_command", required=True)
    show = cs.add_parser("show", help="identities, tickets, orders, surveys and loyalty")
    show.add_argument("ref", help="our customer id or the CRM customer_id")
    show.add_argument("--json", action="store_true")
    merge = cs.add_parser("merge", help="merge customer B into customer A (undoable)")
    merge.add_argument("ref_a")
    merge.add_argument("ref_b")
    merge.add_argument("--reason", default="")
    merge.add_argument("--as", dest="actor", default=None)
    merge.add_argument("--json", action="store_true")
    un = cs.add_parser("unmerge", help="undo a merge exactly")
    un.add_argument("merge_id", type=int)
    un.add_argument("--as", dest="actor", default=None)
    un.add_argument("--json", action="store_true")
    sg = cs.add_parser("suggestions", help="possible links an agent should confirm or reject")
    sg.add_argument("--refresh", action="store_true", help="look for new suggestions first")
    sg.add_argument("--json", action="store_true")
    for verb in ("confirm", "reject"):
        v = cs.add_parser(verb, help=f"{verb} a link suggestion")
        v.add_argument("suggestion_id", type=int)
        v.add_argument("--as", dest="actor", default=None)
        v.add_argument("--json", action="store_true")
    sv = cs.add_parser("survey", help="record an NPS or CES answer on a resolved ticket")
    sv.add_argument("ticket_id", type=int)
    sv.add_argument("--kind", choices=("nps", "ces"), required=True)
    sv.add_argument("--score", type=int, required=True)
    sv.add_argument("--as", dest="actor", default=None)

    amb = sub.add_parser("ambassadors", help="customers to invite to the referral programme")
    amb.add_argument("--top", type=int, default=20)
    amb.add_argument("--json", action="store_true")
    amb.add_argument("--csv", type=Path, default=None, help="also write the list as CSV")

    lo = sub.add_parser("loyalty", help="loyalty profiles")
    ls = lo.add_subparsers(dest="loyalty_command", required=True)
    rc = ls.add_parser("recompute", help="recompute every customer's loyalty profile now")
    rc.add_argument("--json", action="store_true")


def _print(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False, default=str))


def _mapping(pairs: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        column, sep, header = pair.partition("=")
        if not sep:
            raise SystemExit(f"error: --map wants COLUMN=HEADER, got '{pair}'")
        out[column.strip()] = header.strip()
    return out


def profile_json(p: CustomerProfile) -> dict[str, Any]:
    loyalty = p.loyalty
    return {
        "id": p.view.id,
        "customer_id": p.crm_id,
        "name": p.view.display_name,
        "identities": [
            {"channel": i.channel, "handle": i.handle, "name": i.display_name}
            for i in p.view.identities
        ],
        "tickets": [
            {
                "id": t.id,
                "channel": t.channel,
                "status": t.status.value,
                "priority": t.priority,
                "opened_at": t.opened_at.isoformat(),
                "outcome": t.outcome.value if t.outcome else None,
                "snippet": t.snippet,
            }
            for t in p.view.tickets
        ],
        "orders": [
            {
                "order_id": o.order_ref,
                "date": o.at.date().isoformat(),
                "amount": o.amount,
                "margin": o.margin,
            }
            for o in p.orders
        ],
        "surveys": [
            {
                "kind": v.kind,
                "score": v.score,
                "date": v.at.isoformat(),
                "ticket_id": v.ticket_id,
                "origin": v.origin,
            }
            for v in p.surveys
        ],
        "resolutions": [
            {
                "ticket_id": r.ticket_id,
                "outcome": r.outcome.value,
                "reasons": list(r.reason_codes),
                "resolved_at": r.resolved_at.isoformat(),
            }
            for r in p.resolutions
        ],
        "merges": [
            {
                "merge_id": m.id,
                "kept": m.kept_id,
                "merged": m.merged_id,
                "undone": m.undone_at is not None,
                "reason": m.reason,
            }
            for m in p.merges
        ],
        "loyalty": {
            "segment": loyalty.get("segment", p.segment or None),
            "nps_class": loyalty.get("nps_class"),
            "ces": loyalty.get("ces", {}).get("value"),
            "rfm": loyalty.get("rfm"),
            "clv": loyalty.get("clv", {}).get("value"),
            "referral_value": loyalty.get("crv", {}).get("value"),
            "flags": loyalty.get("flags", list(p.flags)),
            "score": loyalty.get("score"),
            "inputs": loyalty,
        },
    }


def run(app: Triage, args: argparse.Namespace) -> int:
    actor = getattr(args, "actor", None) or args.as_user or local_user()
    desk = app.customers
    if args.command == "import-crm":
        files = {
            k: getattr(args, k)
            for k in ("customers", "orders", "surveys", "referrals")
            if getattr(args, k) is not None
        }
        if not files:
            print(
                "error: give at least one of --customers/--orders/--surveys/--referrals",
                file=sys.stderr,
            )
            return 2
        for path in files.values():
            if not path.is_file():
                print(f"error: no such file: {path}", file=sys.stderr)
                return 2
        report = desk.import_crm(files, actor, _mapping(args.map))
        app.recompute_loyalty()
        if args.json:
            _print(report.as_json())
        else:
            print(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
        return 0
    if args.command == "ambassadors":
        ranked = desk.ambassadors(max(1, args.top))
        rows: list[dict[str, Any]] = [
            {
                "rank": n,
                "id": a.customer_id,
                "customer_id": a.crm_id,
                "name": a.name,
                "referral_value": a.referral_value,
                "loyalty_score": a.score,
                "nps": a.nps,
                "segment": a.segment,
                "flags": list(a.flags),
                "reasons": list(a.reasons),
            }
            for n, a in enumerate(ranked, start=1)
        ]
        if args.csv is not None:
            from triage.services.exports import ambassadors_csv

            args.csv.write_text(ambassadors_csv(ranked), encoding="utf-8")
        if args.json:
            _print(rows)
        else:
            for n, a in enumerate(ranked, start=1):
                print(f"{n:>3}. {a.name:<30} {a.referral_value:>10.2f}  {'; '.join(a.reasons)}")
        return 0
    if args.command == "loyalty":
        counts = app.recompute_loyalty()
        _print(counts) if args.json else print(f"recomputed {counts['customers']} profiles")
        return 0
    return _customers(app, args, actor)


def _customers(app: Triage, args: argparse.Namespace, actor: str) -> int:
    desk = app.customers
    cmd = args.customers_command
    if cmd == "show":
        p = desk.profile(args.ref)
        if args.json:
            _print(profile_json(p))
        else:
            print(json.dumps(profile_json(p), indent=2, ensure_ascii=False, default=str))
        return 0
    if cmd == "merge":
        kept, merge_id = desk.merge(args.ref_a, args.ref_b, actor, args.reason)
        app.recompute_loyalty()
        _print({"customer": kept, "merge_id": merge_id})
        return 0
    if cmd == "unmerge":
        kept, merged = desk.unmerge(args.merge_id, actor)
        app.recompute_loyalty()
        _print({"merge_id": args.merge_id, "customers": [kept, merged]})
        return 0
    if cmd == "suggestions":
        if args.refresh:
            desk.refresh_suggestions()
        _print(
            [
                {
                    "id": s.id,
                    "identity": f"{s.identity_channel}:{s.identity_handle}",
                    "identity_customer": s.identity_customer_id,
                    "customer": s.customer_id,
                    "customer_name": s.customer_name,
                    "score": s.score,
                    "reasons": list(s.reasons),
                }
                for s in desk.suggestions()
            ]
        )
        return 0
    if cmd == "confirm":
        kept, merge_id = desk.confirm_suggestion(args.suggestion_id, actor)
        app.recompute_loyalty()
        _print({"customer": kept, "merge_id": merge_id})
        return 0
    if cmd == "reject":
        desk.reject_suggestion(args.suggestion_id, actor)
        _print({"rejected": args.suggestion_id})
        return 0
    if cmd == "survey":
        desk.record_survey(args.ticket_id, args.kind, args.score, actor)
        app.recompute_loyalty()
        print("ok")
        return 0
    return 2

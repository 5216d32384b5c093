"""`audit verify|seal` and `gdpr export|erase`: stable forms.

* ``audit verify [--json]``: exit 0 when the chain holds (``{"ok": true, "events": n, "sealed": …,
  "unsealed": …, "first_broken": null, "last_sealed_id": …, "last_hash": …}``), exit 3 when it
  does not (``"ok": false`` and ``"first_broken": {"id", "reason", "code"}``). Verifying reads
  only: events not sealed yet at the end are counted in ``unsealed``, not a break.
* ``audit seal [--json]``: seal such events now; prints ``{"sealed": n}``.
* ``gdpr export REF [--json] [--out FILE]``: everything held about the customer, as JSON.
* ``gdpr erase REF --yes [--vacuum]``: refuses (exit 2) without ``--yes``; prints the counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from triage.services import Triage

EXIT_BROKEN = 3
EXIT_REFUSED = 2


def add_parsers(sub: Any) -> None:
    a = sub.add_parser("audit", help="the tamper-evident audit trail of every case event")
    acmd = a.add_subparsers(dest="audit_command", required=True)
    v = acmd.add_parser("verify", help="recompute the chain; exit 3 and the first broken link")
    v.add_argument("--json", action="store_true")
    s = acmd.add_parser("seal", help="seal events written without sealing (by hand, old versions)")
    s.add_argument("--json", action="store_true")

    g = sub.add_parser("gdpr", help="a customer's personal data: export or erase")
    gcmd = g.add_subparsers(dest="gdpr_command", required=True)
    ex = gcmd.add_parser("export", help="everything held about a customer, as JSON")
    ex.add_argument("ref", help="our customer id or the CRM customer_id")
    ex.add_argument("--json", action="store_true", help="one line instead of indented")
    ex.add_argument("--out", type=Path, default=None, help="write to this file instead")
    er = gcmd.add_parser("erase", help="erase a customer's personal data (cannot be undone)")
    er.add_argument("ref", help="our customer id or the CRM customer_id")
    er.add_argument("--yes", action="store_true", help="really erase")
    er.add_argument(
        "--vacuum", action="store_true", help="also rebuild a SQLite file (drops freed pages)"
    )
    er.add_argument("--json", action="store_true")


def _print(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False, default=str))


def run(app: Triage, args: argparse.Namespace) -> int:
    if args.command == "audit":
        if args.audit_command == "seal":
            _print({"sealed": app.audit_seal()})
            return 0
        report = app.audit_verify()
        if args.json:
            _print(report.as_json())
        elif report.first_broken is not None:
            print(f"BROKEN: {report.first_broken.reason}")
        else:
            tail = f", {report.unsealed} not sealed yet" if report.unsealed else ""
            print(f"ok: {report.sealed} events sealed and verified{tail}")
            if report.last_hash:
                print(f"last hash (event {report.last_sealed_id}): {report.last_hash}")
        return 0 if report.ok else EXIT_BROKEN
    if args.gdpr_command == "export":
        data = app.gdpr_export(args.ref)
        text = json.dumps(data, ensure_ascii=False, default=str, indent=None if args.json else 2)
        if args.out is not None:
            args.out.write_text(text + "\n", encoding="utf-8")
            _print({"written": str(args.out), "counts": data["counts"]})
        else:
            print(text)
        return 0
    if not args.yes:
        print(
            f"error: erasing customer {args.ref} cannot be undone; add --yes to erase",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    _print(app.gdpr_erase(args.ref, vacuum=args.vacuum))
    return 0

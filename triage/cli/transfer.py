"""`migrate --from SQLITE_URL --to POSTGRES_URL [--json]`: move a desk into a team database.

Stable form. ``--json`` prints one object::

    {"ok": bool, "resumed": bool, "seconds": float,
     "tables": {name: {"source_rows": n, "target_rows": n, "copied": n,
                       "checksum_source": hex, "checksum_target": hex, "match": bool}}}

Exit 0 when every table matches; 1 when a table differs (named on stderr) or the copy stopped
part-way (run the same command again to continue); 2 when refused before copying (not a SQLite
desk, not a PostgreSQL target, a target holding other data, a schema newer than this app);
130 after Ctrl-C (run it again to continue).
Without ``--json`` it prints a line per table as rows arrive, then the verdict. Needs no ``--db``;
addresses are shown without their passwords.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from triage.store.transfer import (
    BATCH,
    TableResult,
    TransferFailed,
    TransferRefused,
    TransferReport,
    check_addresses,
    shown,
    transfer,
)

EXIT_MISMATCH = 1
EXIT_REFUSED = 2
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report it


def add_parser(sub: Any) -> None:
    m = sub.add_parser(
        "migrate",
        help="move this desk (its SQLite file) into a team PostgreSQL database, verified",
        description="Copy every table of a desk into a PostgreSQL database, in batches, then "
        "compare row counts and checksums. Re-run the same command to continue after an "
        "interruption. Needs no --db.",
    )
    m.add_argument("--from", dest="source", required=True, metavar="SQLITE_URL")
    m.add_argument("--to", dest="target", required=True, metavar="POSTGRES_URL")
    m.add_argument("--batch", type=int, default=BATCH, help=f"rows per transaction ({BATCH})")
    m.add_argument("--json", action="store_true", help="print one JSON object at the end")


def _error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def _progress(table: str, done: int, total: int) -> None:
    print(f"  {table:<18} {done:>12,} / {total:,} rows", flush=True)


def _checked(t: TableResult) -> None:
    verdict = "match" if t.match else "DIFFER"
    print(f"  checked {t.name:<18} {t.target_rows:>12,} rows: {verdict}", flush=True)


def run(args: argparse.Namespace) -> int:
    if args.batch < 1:
        _error("--batch must be at least 1")
        return EXIT_REFUSED
    try:
        source, target = check_addresses(args.source, args.target)
        if not args.json:
            print(f"from {shown(source)}\nto   {shown(target)}", flush=True)
        report = transfer(
            args.source,
            args.target,
            batch=args.batch,
            progress=None if args.json else _progress,
            checked=None if args.json else _checked,
        )
    except TransferRefused as exc:
        _error(str(exc))
        return EXIT_REFUSED
    except TransferFailed as exc:
        _error(str(exc))
        return EXIT_MISMATCH
    except KeyboardInterrupt:
        _error("interrupted; what was copied stays: run the same command again to continue")
        return EXIT_INTERRUPTED
    _print(report, args.json)
    return 0 if report.ok else EXIT_MISMATCH


def _print(report: TransferReport, as_json: bool) -> None:
    if report.backup:
        print(f"note: the desk was upgraded first; its copy is {report.backup}", file=sys.stderr)
    if report.skipped:
        print(
            "note: not copied, the team database has no such table: " + ", ".join(report.skipped),
            file=sys.stderr,
        )
    if as_json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    if report.mismatched:
        _error(
            "source and target differ in: "
            + ", ".join(
                f"{name} ({t.source_rows:,} rows on the desk, {t.target_rows:,} in the target"
                + (")" if t.source_rows != t.target_rows else ", checksums differ)")
                for name, t in report.tables.items()
                if not t.match
            )
        )
    if as_json:
        return
    rows = report.rows
    rate = f", {rows / report.seconds:,.0f} rows/s" if report.seconds > 0 else ""
    copied = sum(t.copied for t in report.tables.values())
    how = "continued an earlier transfer: " if report.resumed else ""
    verdict = "counts and checksums match" if report.ok else "MISMATCH"
    print(
        f"{how}{copied:,} rows copied; {len(report.tables)} tables, {rows:,} rows checked: "
        f"{verdict} ({report.seconds:.1f} s{rate})"
    )

"""`replay …`: resolved cases replayed step by step, for trainers. Stable JSON forms:

* `replay export TICKET_ID [--anonymise] --json` prints `Replay.as_json()`;
* `replay cases [--search TEXT] [--limit N] --json` prints the case picker's rows.

Without `--anonymise` the replay shows the raw case, which needs the right to read customers'
messages: a trainer is refused and gets it anonymised only.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from triage.domain.replay import Replay
from triage.services import Triage


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("replay", help="replay a case step by step (trainers: anonymised)")
    rs = p.add_subparsers(dest="replay_command", required=True)
    ex = rs.add_parser("export", help="one case: its steps, the state after each, annotations")
    ex.add_argument("ticket_id", type=int)
    ex.add_argument(
        "--anonymise",
        "--anonymize",
        dest="anonymise",
        action="store_true",
        help="replace names, handles, addresses, numbers and links by pseudonyms",
    )
    ex.add_argument("--json", action="store_true")
    cs = rs.add_parser("cases", help="resolved cases to replay, with anonymised summaries")
    cs.add_argument("--search", default="", help="in the anonymised summary, channel or outcome")
    cs.add_argument("--limit", type=int, default=50)
    cs.add_argument("--json", action="store_true")


def _print(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False, default=str))


def _text(replay: Replay) -> str:
    head = f"case #{replay.ticket_id} · {replay.channel}"
    if replay.outcome:
        head += f" · {replay.outcome}"
    if replay.anonymised:
        head += " · anonymised"
    lines = [head]
    for s in replay.steps:
        st = s.state
        band = f"{st.band} {st.priority}" if st.band else "-"
        lines.append(
            f"{s.index:>3} {s.at.isoformat(timespec='minutes')} {s.kind:<10} {s.actor[:24]:<24}"
            f" {st.status:<8} {band:<7} {st.assignee or '-'}{' escalated' if st.escalated else ''}"
        )
        for line in s.text.splitlines():
            lines.append("      " + line)
        for a in s.annotations:
            lines.append(f"      ✎ {a.author}: {a.text}")
    return "\n".join(lines)


def run(app: Triage, args: argparse.Namespace) -> int:
    if args.replay_command == "export":
        replay = app.replay(args.ticket_id, anonymise=args.anonymise)
        if args.json:
            _print(replay.as_json())
        else:
            print(_text(replay))
        return 0
    rows = app.cases_for_replay(max(1, args.limit), args.search)
    if args.json:
        _print(
            [
                {
                    "ticket_id": r.ticket_id,
                    "channel": r.channel,
                    "resolved_at": r.resolved_at.isoformat() if r.resolved_at else None,
                    "outcome": r.outcome,
                    "steps": r.steps,
                    "summary": r.summary,
                }
                for r in rows
            ]
        )
    else:
        for r in rows:
            outcome = r.outcome or "-"
            print(f"#{r.ticket_id:<6} {r.channel:<10} {outcome:<10} {r.steps:>3}  {r.summary}")
    return 0

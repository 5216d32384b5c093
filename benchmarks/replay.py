"""Rendering one step of a case replay, on a case of about 200 steps.

Builds a database through the app's own imports and actions: one long conversation (customer
messages and our replies, imported in batches so scores ride along), with claims, releases,
notes and an escalation in between, then resolved. Opens `ReplayWindow` offscreen as a trainer
(the replay anonymised), and times `show_step` from the start to the end one step at a time,
back again, and in random jumps (the slider). Each render includes the conversation update,
the state panel, the timeline, the slider and the step's annotations, and is painted.

Prints one JSON line: steps, step_render_ms_p50, p95 (all renders), forward_p95, jump_p95,
build_ms (the core building the anonymised replay).
Usage: QT_QPA_PLATFORM=offscreen python benchmarks/replay.py [--messages 110]
"""

from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

# benchmarks/queue.py is named like the standard library's `queue`, which threads and pools
# import: run as a script, this folder comes first on sys.path; look here for nothing.
if _sys.path and _Path(_sys.path[0] or ".").resolve() == _Path(__file__).resolve().parent:
    del _sys.path[0]

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
# Run as a script, this folder comes first on the path, where queue.py would shadow the standard
# library's queue module (multiprocessing needs it): the repository root takes its place.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from benchmarks.corpus import EN, NL, THINGS_EN, THINGS_NL, write_jsonl
from triage.clock import FixedClock
from triage.domain.enums import Outcome, Role
from triage.domain.models import Resolution
from triage.services import Triage
from triage.store.tables import TicketRow
from ui.tasks import TaskRunner
from ui.windows.replay_window import ReplayWindow

START = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
REPLIES = [
    "Vervelend! Stuur je ons een DM met je klantnummer? Dan kijken we mee. ^Daan",
    "Sorry to hear that, Marco. Could you send us a DM with your customer number? ^Priya",
    "We hebben het doorgezet naar de afdeling facturatie, Marco. ^Sanne",
    "Thanks for letting us know, a technician is on the way to Dorpsstraat 12a. ^Lotte",
]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def spin(ms: int = 0) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def build(tmp: Path, n_messages: int, seed: int = 7) -> tuple[Triage, int]:
    rng = random.Random(seed)
    clock = FixedClock(START)
    core = Triage.open(f"sqlite:///{tmp / 'bench.db'}", clock=clock)
    core.sign_in("admin")
    for name, role in (("sanne", Role.AGENT), ("daan", Role.AGENT), ("fatima", Role.TRAINER)):
        core.set_role(name, role)
    at = START
    parent = ""
    ticket = 0
    agents = ("sanne", "daan")
    for i in range(n_messages):
        inbound = i % 2 == 0
        dutch = rng.random() < 0.6
        template = rng.choice(NL if dutch else EN)
        text = template.format(thing=rng.choice(THINGS_NL if dutch else THINGS_EN), n=i % 9 + 2)
        if inbound and i % 10 == 0:
            text += " Bel me op 06-12345678 of mail marco.rossi@example.com. Marco Rossi"
        ext = f"long-{i}"
        row: dict[str, object] = {
            "channel": "x",
            "external_id": ext,
            "author": "@marco_rossi" if inbound else "@StroomnetHelp",
            "author_name": "Marco Rossi" if inbound else "Stroomnet Klantenservice",
            "followers": 900,
            "text": text if inbound else REPLIES[i % len(REPLIES)],
            "created_at": at.isoformat(),
            "in_reply_to": parent,
            "direction": "in" if inbound else "out",
        }
        parent = ext
        clock.set(at + timedelta(seconds=30))
        write_jsonl(tmp / f"m{i}.jsonl", [row])
        report = core.import_file(tmp / f"m{i}.jsonl")
        assert report.added == 1, report.errors[:3]
        if not ticket:
            with core.sessions() as s:
                ticket = int(s.scalars(select(TicketRow.id)).one())
        if inbound and i % 4 == 0:
            agent = agents[(i // 4) % 2]
            clock.set(at + timedelta(minutes=2))
            core.claim(ticket, agent)
            clock.set(at + timedelta(minutes=3))
            core.note(ticket, agent, f"Marco Rossi belde weer ({i}), zie Dorpsstraat 12a.")
            clock.set(at + timedelta(minutes=4))
            core.release(ticket, agent)
        if i == n_messages // 2:
            clock.set(at + timedelta(minutes=5))
            core.escalate(ticket, "sanne", "Klant dreigt met de media")
        at += timedelta(minutes=rng.randint(10, 240))
    clock.set(at + timedelta(minutes=30))
    core.resolve(ticket, "sanne", Resolution(Outcome.SOLVED, ("billing",), note="Opgelost."))
    return core, ticket


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=110)
    parser.add_argument("--jumps", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp())
    core, ticket = build(tmp, args.messages)
    core.sign_in("fatima")
    t0 = time.perf_counter()
    replay = core.replay(ticket, anonymise=True)
    build_ms = (time.perf_counter() - t0) * 1000.0
    tasks = TaskRunner()
    window = ReplayWindow(core, tasks, "fatima")
    window.resize(1240, 780)
    window.show()
    while not window.cases:
        spin(20)
    window.show_replay(replay)
    spin(50)
    n = len(replay.steps)

    def timed(index: int) -> float:
        t = time.perf_counter()
        window.show_step(index)
        window.repaint()  # the render counts until it is painted
        return (time.perf_counter() - t) * 1000.0

    forward = [timed(i) for i in range(1, n)]
    backward = [timed(i) for i in range(n - 2, -1, -1)]
    rng = random.Random(3)
    jumps = [timed(rng.randrange(n)) for _ in range(args.jumps)]
    every = forward + backward + jumps
    print(
        json.dumps(
            {
                "steps": n,
                "step_render_ms_p50": round(statistics.median(every), 2),
                "p95": round(_percentile(every, 0.95), 2),
                "forward_p95": round(_percentile(forward, 0.95), 2),
                "backward_p95": round(_percentile(backward, 0.95), 2),
                "jump_p95": round(_percentile(jumps, 0.95), 2),
                "max": round(max(every), 2),
                "build_ms": round(build_ms, 1),
            }
        )
    )
    tasks.wait()
    core.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Opening the customer window for a customer with 1,000 messages across channels.

Builds a database through the app's own imports (a generated JSON Lines file via
`Triage.import_file`, and a small CRM), with several hundred other customers around, then
measures offscreen the time from constructing `CustomerWindow` to the profile on screen
(loaded in the worker, rendered and painted), the median of --runs opens.

Prints one JSON line: messages, open_ms, load_ms, render_ms (medians), first_open_ms (the
first, cold open: imports and style caches), customers.
Usage: QT_QPA_PLATFORM=offscreen python benchmarks/customer_window.py [--messages 1000]
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

from benchmarks.corpus import EN, NL, THINGS_EN, THINGS_NL, write_jsonl
from triage.clock import FixedClock
from triage.domain.enums import Outcome
from triage.domain.models import Resolution
from triage.services import Triage
from ui.tasks import TaskRunner
from ui.windows.customer_window import CustomerWindow

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
BIG = {"x": "@bigklant", "facebook": "@bigklant", "instagram": "@bigklant"}
BIG_EMAIL = "big.klant@example.nl"
REPLIES = [
    "Sorry to hear that! Could you send us a DM with your customer number?",
    "Vervelend! Stuur je ons een DM met je klantnummer? Dan kijken we mee.",
    "Thanks for letting us know, a technician is on the way.",
    "We hebben het doorgezet naar de afdeling facturatie.",
]


def _text(rng: random.Random) -> str:
    dutch = rng.random() < 0.5
    template = rng.choice(NL if dutch else EN)
    return template.format(thing=rng.choice(THINGS_NL if dutch else THINGS_EN), n=rng.randint(2, 9))


def generate(n_messages: int, n_others: int, seed: int = 11) -> list[dict[str, object]]:
    """The big customer's threads (inbound and our replies) on four channels, plus others."""
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    start = NOW - timedelta(days=700)
    span = (NOW - timedelta(hours=1) - start).total_seconds()
    channels = [*BIG, "email"]
    made = 0
    thread = 0
    while made < n_messages:
        channel = channels[thread % len(channels)]
        author = BIG_EMAIL if channel == "email" else BIG[channel]
        at = start + timedelta(seconds=span * made / n_messages)
        parent = ""
        for k in range(min(rng.randint(2, 5), n_messages - made)):
            ext = f"big-{thread}-{k}"
            inbound = k % 2 == 0
            rows.append(
                {
                    "channel": channel,
                    "external_id": ext,
                    "author": author if inbound else "@brand",
                    "author_name": "Big Klant" if inbound else "Brand Care",
                    "followers": 2400,
                    "text": _text(rng) if inbound else rng.choice(REPLIES),
                    "created_at": (at + timedelta(minutes=20 * k)).isoformat(),
                    "in_reply_to": parent,
                    "direction": "in" if inbound else "out",
                }
            )
            parent = ext
            made += 1
        thread += 1
    for i in range(n_others):
        for k in range(rng.randint(1, 3)):
            rows.append(
                {
                    "channel": rng.choice(["x", "facebook", "instagram", "mastodon", "email"]),
                    "external_id": f"o{i}-{k}",
                    "author": f"@other{i}",
                    "author_name": f"Other {i}",
                    "followers": rng.randint(0, 5000),
                    "text": _text(rng),
                    "created_at": (
                        NOW - timedelta(minutes=rng.randint(30, 60 * 24 * 400))
                    ).isoformat(),
                }
            )
    return rows


def build(tmp: Path, n_messages: int, n_others: int) -> tuple[Triage, int]:
    core = Triage.open(f"sqlite:///{tmp / 'bench.db'}", clock=FixedClock(NOW))
    path = tmp / "messages.jsonl"
    write_jsonl(path, generate(n_messages, n_others))
    report = core.import_file(path)
    assert not report.quarantined, report.errors[:3]
    handles = ";".join(f"{c}:{h}" for c, h in BIG.items())
    (tmp / "customers.csv").write_text(
        "customer_id,name,email,phone,handles\n"
        f'BIG1,Big Klant,{BIG_EMAIL},,"{handles}"\n'
        + "".join(f"K{i},Other {i},,,x:@other{i}\n" for i in range(0, n_others, 3)),
        encoding="utf-8",
    )
    rng = random.Random(5)
    orders = ["customer_id,order_id,date,amount,margin"]
    for i in range(40):
        day = (NOW - timedelta(days=15 * i + 3)).date().isoformat()
        orders.append(f"BIG1,B{i},{day},{rng.uniform(20, 300):.2f},{rng.uniform(5, 60):.2f}")
    for i in range(0, n_others, 3):
        day = (NOW - timedelta(days=rng.randint(1, 700))).date().isoformat()
        orders.append(f"K{i},O{i},{day},{rng.uniform(20, 300):.2f},{rng.uniform(5, 60):.2f}")
    (tmp / "orders.csv").write_text("\n".join(orders) + "\n", encoding="utf-8")
    surveys = ["customer_id,date,kind,score,ticket_id"]
    for i in range(12):
        day = (NOW - timedelta(days=50 * i + 7)).date().isoformat()
        surveys.append(f"BIG1,{day},{'nps' if i % 2 else 'ces'},{rng.randint(2, 7)},")
    (tmp / "surveys.csv").write_text("\n".join(surveys) + "\n", encoding="utf-8")
    core.customers.import_crm(
        {k: tmp / f"{k}.csv" for k in ("customers", "orders", "surveys")}, "bench"
    )
    cid = core.customers.find("BIG1")
    profile = core.customers.profile(cid)
    clock = core.clock
    assert isinstance(clock, FixedClock)
    older = sorted(profile.view.tickets, key=lambda t: t.last_activity_at)
    for t in older[: len(older) // 2]:  # the older half resolved, each when it went quiet
        clock.set(t.last_activity_at + timedelta(hours=rng.randint(1, 48)))
        core.resolve(t.id, "bench", Resolution(Outcome.SOLVED, ("information",)))
    clock.set(NOW)
    core.recompute_loyalty()
    core.customers.refresh_suggestions()
    return core, cid


def open_once(core: Triage, tasks: TaskRunner, cid: int) -> dict[str, float]:
    loop = QEventLoop()
    t0 = time.perf_counter()
    window = CustomerWindow(core, tasks, "bench", cid)
    window.loaded.connect(loop.quit)
    window.show()
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    if window.profile is None:
        raise RuntimeError("the profile did not arrive within 30 s")
    p0 = time.perf_counter()
    window.repaint()  # paint the whole window now, as the screen would
    paint_ms = (time.perf_counter() - p0) * 1000.0
    open_ms = (time.perf_counter() - t0) * 1000.0
    out = {
        "open_ms": open_ms,
        "load_ms": window.timings["load_ms"],
        "render_ms": window.timings["render_ms"] + paint_ms,
        "rows": float(window.timeline_model.rowCount()),
    }
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--others", type=int, default=400)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    styles = ROOT / "resources" / "styles"
    style = (styles / "app.qss").read_text(encoding="utf-8")
    if "#customerHeader" not in style:  # customer.qss not appended to app.qss yet
        style += "\n" + (styles / "customer.qss").read_text(encoding="utf-8")
    app.setStyleSheet(style)  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as tmp:
        core, cid = build(Path(tmp), args.messages, args.others)
        customers = core.stats()["customers"]
        tasks = TaskRunner()
        first = open_once(core, tasks, cid)
        runs = [open_once(core, tasks, cid) for _ in range(args.runs)]
        tasks.wait()
        core.close()
    median = {k: round(statistics.median(r[k] for r in runs), 1) for k in runs[0]}
    print(
        json.dumps(
            {
                "messages": args.messages,
                "open_ms": median["open_ms"],
                "load_ms": median["load_ms"],
                "render_ms": median["render_ms"],
                "first_open_ms": round(first["open_ms"], 1),
                "timeline_rows": int(median["rows"]),
                "customers": customers,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

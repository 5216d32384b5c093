"""Polling throughput and memory: a Mastodon hashtag timeline on loopback, caught up from scratch.

A separate process serves N statuses the way Mastodon pages them (min_id, limit 40, Link
headers); this process polls the source until it has every item, with analysis and storage,
exactly as the scheduler would. Prints one JSON line:
  {"items": N, "seconds": …, "items_per_s": …, "peak_rss_mb": …, "pages": …}
Usage: python benchmarks/poll.py --n 100000
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
import multiprocessing
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

# Run as a script, this folder comes first on the path, where queue.py would shadow the standard
# library's queue module (multiprocessing needs it): the repository root takes its place.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import messages

START = datetime(2026, 11, 1, tzinfo=UTC)


def serve(n: int, port_out: Any) -> None:
    texts = [str(m["text"]) for m in messages(2000, seed=11)]

    def status(i: int) -> dict[str, Any]:
        text = texts[i % len(texts)]
        return {
            "id": str(i),
            "created_at": (START + timedelta(seconds=i)).isoformat().replace("+00:00", "Z"),
            "in_reply_to_id": None,
            "visibility": "public",
            "language": "nl" if i % 2 else "en",
            "uri": f"https://social.example/users/u{i % 5000}/statuses/{i}",
            "url": f"https://social.example/@u{i % 5000}/{i}",
            "replies_count": i % 3,
            "reblogs_count": i % 5,
            "favourites_count": i % 7,
            "content": f'<p>{text} <a href="https://social.example/tags/stroomnet">#stroomnet</a></p>',
            "account": {
                "id": str(i % 5000),
                "username": f"u{i % 5000}",
                "acct": f"u{i % 5000}@social.example",
                "display_name": f"User {i % 5000}",
                "followers_count": (i * 37) % 4000,
            },
        }

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            q = parse_qs(parts.query)
            limit = min(int(q.get("limit", ["20"])[0]), 40)
            min_id = int(q.get("min_id", ["0"])[0] or 0)
            # When the source was added the timeline held one status; then N more arrived.
            ids = list(range(min(n, min_id + limit), min_id, -1)) if min_id else [1]
            body = json.dumps([status(i) for i in ids]).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            if ids:
                base = f"http://127.0.0.1:{self.server.server_address[1]}{parts.path}"
                self.send_header(
                    "Link",
                    f'<{base}?max_id={ids[-1]}>; rel="next", <{base}?min_id={ids[0]}>; rel="prev"',
                )
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port_out.put(server.server_address[1])
    server.serve_forever()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--per-poll", type=int, default=1000)
    args = parser.parse_args()

    from triage.services import Triage
    from triage.services.sources import NewSource
    from triage.sources.base import SourceKind

    ctx = multiprocessing.get_context("spawn")
    ports: Any = ctx.Queue()
    proc = ctx.Process(target=serve, args=(args.n + 1, ports), daemon=True)
    proc.start()
    port = ports.get(timeout=30)
    with tempfile.TemporaryDirectory() as tmp:
        app = Triage.open(f"sqlite:///{tmp}/poll.db")
        app.sources.add(
            NewSource(
                "Hashtag",
                SourceKind.MASTODON,
                f"http://127.0.0.1:{port}",
                60,
                settings={"mode": "hashtag", "hashtag": "stroomnet"},
                items_per_poll=args.per_poll,
            )
        )
        app.sources.poll("Hashtag", force=True)  # the newest status only: the starting point
        pages = 0
        added = 0
        started = time.perf_counter()
        while added < args.n:
            out = app.sources.poll("Hashtag", force=True)
            if out.status != "ok":
                raise SystemExit(f"poll failed: {out.status} {out.error}")
            if out.added == 0:
                break
            added += out.added
            pages += out.pages
        seconds = time.perf_counter() - started
        app.close()
    proc.terminate()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(
        json.dumps(
            {
                "items": added,
                "seconds": round(seconds, 2),
                "items_per_s": round(added / seconds) if seconds else None,
                "peak_rss_mb": round(peak, 1),
                "pages": pages,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Ingest throughput: the whole import pipeline against language detection + tone alone.

Prints one JSON line: pipeline_per_s, ceiling_per_s, ratio (and the parts).
Usage: python benchmarks/ingest.py --n 20000
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
import sys
import tempfile
import time
from pathlib import Path

# Run as a script, this folder comes first on the path, where queue.py would shadow the standard
# library's queue module (multiprocessing needs it): the repository root takes its place.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import messages, write_jsonl
from triage.analysis.analyzer import MessageAnalyzer
from triage.services import Triage


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="analysis worker processes (default: the app's choice; 0 = none)",
    )
    args = parser.parse_args()
    rows = messages(args.n)
    texts = [str(r["text"]) for r in rows]
    analyzer = MessageAnalyzer()
    analyzer.analyze("warm up the lexicons", "")
    analyzer.analyze("even opwarmen", "")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.jsonl"
        write_jsonl(path, rows)
        app = Triage.open(f"sqlite:///{Path(tmp) / 'bench.db'}", analyzer=analyzer)
        if args.workers is not None:
            app.importer.workers = args.workers

        # Ceiling first and last, averaged, so warm-up and drift do not favour either side.
        def ceiling() -> float:
            t0 = time.perf_counter()
            for text in texts:
                lang = analyzer.detector.detect(text)
                analyzer.model.signals(text, lang)
            return time.perf_counter() - t0

        c1 = ceiling()
        t0 = time.perf_counter()
        report = app.import_file(path)
        pipeline = time.perf_counter() - t0
        c2 = ceiling()
        stats = app.stats()
        app.close()
    ceiling_s = (c1 + c2) / 2
    result = {
        "n": args.n,
        "workers": app.importer.workers,
        "added": report.added,
        "pipeline_per_s": round(args.n / pipeline),
        "ceiling_per_s": round(args.n / ceiling_s),
        "ratio": round(ceiling_s / pipeline, 3),
        "tickets": stats["tickets"],
        "events": stats["events"],
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

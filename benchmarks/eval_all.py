"""The shipped model, and a model learned from half of each file, on every dev evaluation file.

Prints one JSON line per file and mode, in `python -m triage eval --json` form plus `file`, `mode`:
  shipped       the shipped model on the whole file;
  shipped_half  the shipped model on the measuring half (the rows learned_half is measured on);
  learned_half  learned from the other half (minus rows whose id or text also occurs in the
                measuring half) on top of the shipped model, measured on the measuring half.
The halves follow a hash of each row's id (of its text when it has none), so every run splits
alike. A file without labels gets only the shipped line (throughput); a file that cannot be read
gets an `error` line. Nothing is written anywhere.

Usage: python benchmarks/eval_all.py [--eval-dir DIR] [--only NAME ...]
"""

from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

# benchmarks/queue.py is named like the standard library's `queue`, which threads and pools
# import: run as a script, this folder comes first on sys.path; look here for nothing.
if _sys.path and _Path(_sys.path[0] or ".").resolve() == _Path(__file__).resolve().parent:
    del _sys.path[0]

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from triage.analysis.evaluation import EvalSet
    from triage.analysis.language import LanguageDetector

EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"


def in_train_half(row_id: str, text: str) -> bool:
    key = row_id or text
    return hashlib.sha256(key.encode("utf-8")).digest()[0] % 2 == 0


def split(rows: EvalSet) -> tuple[EvalSet, EvalSet]:
    """(learning half, measuring half)."""
    return (
        rows.where(lambda i, e: in_train_half(i, e.text)),
        rows.where(lambda i, e: not in_train_half(i, e.text)),
    )


def emit(name: str, mode: str, result: dict[str, Any]) -> None:
    print(json.dumps({"file": name, "mode": mode, **result}, ensure_ascii=False), flush=True)


def run_file(path: Path, detector: LanguageDetector) -> None:
    from triage.analysis.evaluation import (
        EvalDataError,
        drop_overlap,
        evaluate,
        read_eval_csv,
        train_model,
    )
    from triage.analysis.signals import shipped_model

    try:
        rows = read_eval_csv(path)
    except EvalDataError as exc:
        emit(path.name, "shipped", {"error": str(exc)})
        return
    shipped = shipped_model()
    emit(
        path.name,
        "shipped",
        {**evaluate(shipped, rows.examples, detector=detector), "skipped": rows.skipped},
    )
    if not (rows.has_sentiment or rows.has_complaint):
        return
    learn, measure = split(rows)
    learn, dropped = drop_overlap(learn, measure)
    emit(path.name, "shipped_half", evaluate(shipped, measure.examples, detector=detector))
    model = train_model(learn, base=shipped, detector=detector)
    result = evaluate(model, measure.examples, detector=detector)
    emit(
        path.name,
        "learned_half",
        {**result, "trained_on": len(learn.labelled()), "train_overlap_dropped": dropped},
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument("--only", nargs="*", default=None, help="file names to run (default: all)")
    args = parser.parse_args()
    # Nothing written into the repository, not even __pycache__: triage is imported after this.
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from triage.analysis.language import LanguageDetector

    if not args.eval_dir.is_dir():
        print(f"error: no evaluation folder: {args.eval_dir}", file=sys.stderr)
        return 2
    files = sorted(args.eval_dir.glob("*.csv"))
    if args.only:
        files = [f for f in files if f.name in args.only or f.stem in args.only]
    detector = LanguageDetector()
    for path in files:
        run_file(path, detector)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

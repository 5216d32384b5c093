"""benchmarks/queue.py end to end on a small desk, offscreen: it runs, and its figures are there
and make sense, so the benchmark that watches a year's volume cannot rot unnoticed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TICKETS = 2000


def test_the_queue_benchmark_runs_and_reports_every_figure(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRIAGE_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "queue.py"), "--tickets", str(TICKETS)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])

    assert figures["tickets"] == TICKETS
    assert 2.0 * TICKETS < figures["mentions"] < 4.0 * TICKETS  # about three a ticket
    assert 200 < figures["db_bytes_per_mention"] < 5000
    assert figures["generate_s"] > 0
    # About a tenth waits on us; the re-score takes the waiting ones among them.
    assert 0.05 * TICKETS < figures["rows"] < 0.2 * TICKETS
    assert 0 < figures["waiting"] <= figures["rows"]
    runs = figures["rescored"]  # the periodic runs read only the tickets due
    assert len(runs) == len(figures["rescore_runs_ms"]) == 5
    assert all(0 <= n <= figures["waiting"] for n in runs)
    assert 0 < figures["rescore_full_ms"] < figures["rescore_full_100k_ms"]  # every waiting one
    assert figures["checkpoint_pages"] >= 0 and figures["checkpoint_ms"] >= 0
    for key in ("first_paint_ms", "build_ms", "count_ms", "page_ms", "rescore_ms"):
        assert 0 < figures[key] < 60_000, key
    assert figures["rescore_100k_ms"] > figures["rescore_ms"]  # scaled up from ~200 tickets

    sorts = figures["sort_by_column"]
    assert len(sorts) == 22  # every sortable column, both directions
    assert figures["sort_ms"] == max(sorts.values()) > 0
    filters = figures["filters"]
    assert {"status_all", "channel_email", "lang_en", "mine", "search"} <= set(filters)
    assert figures["filter_ms"] == max(filters.values()) > 0

    assert figures["scroll_moves"] > 40
    assert 0 < figures["gui_block_p99_ms"] <= figures["max_gui_block_ms"] < 60_000
    assert 0 < figures["gui_block_beside_rescore_ms"] < 60_000
    assert 0 < figures["tickets_opened"] <= 25  # the moves opened tickets, the last one shown
    assert 0 < figures["gui_block_moving_p99_ms"] <= figures["max_gui_block_moving_ms"] < 60_000
    assert 0 < figures["rescore_in_app_ms"] < 60_000
    assert set(figures["history_ms"]) >= {"all_by_priority", "all_search"}
    assert 50 < figures["rss_mb"] <= figures["hwm_mb"] < 4000

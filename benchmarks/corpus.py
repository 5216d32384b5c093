"""Tweet-length English and Dutch messages for benchmarks, generated (no real data)."""

from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

# benchmarks/queue.py is named like the standard library's `queue`, which threads and pools
# import: run as a script, this folder comes first on sys.path; look here for nothing.
if _sys.path and _Path(_sys.path[0] or ".").resolve() == _Path(__file__).resolve().parent:
    del _sys.path[0]

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

EN = [
    "my {thing} is still not working after {n} days, this is ridiculous",
    "thanks @brand, the {thing} arrived early and works great",
    "why do I have to call {n} times about the same {thing}? cancelling my contract",
    "is there an outage? my {thing} keeps dropping every few minutes",
    "third time asking: where is my refund for the broken {thing}",
    "the engineer was on time and friendly, very happy with the new {thing}",
    "your {thing} started smoking in my kitchen, this is dangerous",
    "how do I change the address on my account before I move?",
    "billed twice again this month for the {thing}, fix it please",
    "great service today, sorted my {thing} in five minutes",
]
NL = [
    "mijn {thing} doet het na {n} dagen nog steeds niet, belachelijk",
    "bedankt @brand, de {thing} kwam eerder dan verwacht en werkt top",
    "waarom moet ik {n} keer bellen over dezelfde {thing}? ik zeg op",
    "is er een storing? mijn {thing} valt steeds weg",
    "voor de derde keer: waar blijft mijn terugbetaling voor de kapotte {thing}",
    "de monteur was op tijd en vriendelijk, heel blij met de nieuwe {thing}",
    "jullie {thing} begon te roken in de keuken, dit is gevaarlijk",
    "hoe geef ik mijn verhuizing door voordat ik verhuis?",
    "weer dubbel gefactureerd deze maand voor de {thing}, los het op aub",
    "top service vandaag, mijn {thing} was in vijf minuten geregeld",
]
THINGS_EN = ["modem", "router", "kettle", "internet", "tv box", "smart meter", "invoice"]
THINGS_NL = ["modem", "router", "waterkoker", "internet", "tv-box", "slimme meter", "factuur"]
CHANNELS = ["x", "mastodon", "bluesky", "facebook", "instagram", "email", "x_dm"]


def messages(n: int, seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    start = datetime(2026, 11, 20, tzinfo=UTC)
    out: list[dict[str, object]] = []
    for i in range(n):
        dutch = rng.random() < 0.5
        template = rng.choice(NL if dutch else EN)
        text = template.format(
            thing=rng.choice(THINGS_NL if dutch else THINGS_EN), n=rng.randint(2, 9)
        )
        if rng.random() < 0.3:
            text = f"@brand {text} #fail https://example.com/{i}"
        out.append(
            {
                "channel": rng.choice(CHANNELS),
                "external_id": f"b{i}",
                "author": f"@user{rng.randint(0, n // 3 + 1)}",
                "author_name": f"User {i % 997}",
                "followers": int(rng.paretovariate(1.2) * 50),
                "text": text,
                "created_at": (start + timedelta(seconds=i * 7)).isoformat(),
            }
        )
    return out


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )

"""Write the demo CRM exports (customers, orders, surveys, referrals) for the demo messages.

Most demo authors become CRM customers with an e-mail address and their handle; a few get a
second handle on another channel so the customer view joins them. Orders, survey answers and
referrals are drawn from a fixed seed, shaped so every loyalty group occurs. Run:
`python tools/make_demo_crm.py` (rewrites resources/demo/*.csv).
"""

from __future__ import annotations

import csv
import json
import random
import unicodedata
from datetime import date, timedelta
from pathlib import Path

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo"
TODAY = date(2026, 11, 20)  # the demo's own "now"; seeding shifts messages, not CRM dates
AT_CHANNELS = {"x", "instagram", "tiktok", "mastodon", "bluesky", "threads"}


def slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return ".".join(p for p in "".join(c if c.isalnum() else " " for c in plain).lower().split())


def main() -> None:
    rng = random.Random(20261123)
    authors: dict[tuple[str, str], str] = {}
    for line in (DEMO / "mentions.jsonl").read_text(encoding="utf-8").splitlines():
        m = json.loads(line)
        if m.get("direction", "in") != "in" or not m.get("author"):
            continue
        channel = m["channel"].removesuffix("_dm")
        authors.setdefault((channel, m["author"].lower()), m.get("author_name") or m["author"])
    # Spam and bot accounts are not in a CRM.
    spam = ("free", "crypto", "glow", "promo", "deal", "bot")
    people = sorted(
        (k, v) for k, v in authors.items() if not any(w in (k[1] + v).lower() for w in spam)
    )
    rng.shuffle(people)
    chosen = people[: int(len(people) * 0.7)]
    customers, orders, surveys, referrals = [], [], [], []
    ids: list[str] = []
    for n, ((channel, handle), name) in enumerate(chosen, start=1):
        cid = f"K{10000 + n}"
        ids.append(cid)
        clean = name.split("|")[0].strip() or handle.lstrip("@")
        if channel == "email":
            email, handles = handle, ""
        else:
            email = f"{slug(clean) or 'klant'}{n}@example.nl"
            h = handle if channel not in AT_CHANNELS else "@" + handle.lstrip("@")
            handles = f"{channel}:{h}"
        phone = f"06-{rng.randint(10000000, 99999999)}" if rng.random() < 0.5 else ""
        customers.append([cid, clean, email, phone, handles])
        # Buying behaviour: a few loyal big spenders, many occasional, some gone quiet.
        kind = rng.random()
        count = 12 if kind < 0.15 else 5 if kind < 0.5 else 1 if kind < 0.85 else 0
        last = TODAY - timedelta(days=rng.randint(3, 60) if kind < 0.5 else rng.randint(200, 600))
        for k in range(count):
            day = last - timedelta(days=k * rng.randint(20, 45))
            amount = round(rng.uniform(15, 140) * (2.5 if kind < 0.15 else 1), 2)
            orders.append(
                [
                    cid,
                    f"B{200000 + len(orders)}",
                    day.isoformat(),
                    f"{amount:.2f}",
                    f"{amount * 0.3:.2f}",
                ]
            )
        if rng.random() < 0.55:
            score = rng.choice([10, 9, 9, 8, 7, 6, 3, 1] if kind < 0.5 else [2, 4, 5, 6, 7, 8])
            surveys.append(
                [cid, (TODAY - timedelta(days=rng.randint(5, 200))).isoformat(), "nps", score, ""]
            )
        if rng.random() < 0.3:
            surveys.append(
                [
                    cid,
                    (TODAY - timedelta(days=rng.randint(5, 120))).isoformat(),
                    "ces",
                    rng.randint(2, 7),
                    "",
                ]
            )
    for cid in ids[: len(ids) // 6]:
        for _ in range(rng.choice([1, 1, 2, 3])):
            friend = rng.choice([*ids, f"N{rng.randint(100, 999)}"])
            if friend != cid:
                referrals.append(
                    [
                        cid,
                        friend,
                        (TODAY - timedelta(days=rng.randint(10, 500))).isoformat(),
                        rng.choice(["1", "1", "0"]),
                    ]
                )
    seen: set[tuple[str, str]] = set()
    referrals = [r for r in referrals if (r[0], r[1]) not in seen and not seen.add((r[0], r[1]))]
    for name, head, rows in (
        ("customers.csv", ["customer_id", "name", "email", "phone", "handles"], customers),
        ("orders.csv", ["customer_id", "order_id", "date", "amount", "margin"], orders),
        ("surveys.csv", ["customer_id", "date", "kind", "score", "ticket_id"], surveys),
        ("referrals.csv", ["referrer_id", "referred_id", "date", "converted"], referrals),
    ):
        with (DEMO / name).open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(head)
            w.writerows(rows)
        print(f"{name}: {len(rows)} rows")


if __name__ == "__main__":
    main()

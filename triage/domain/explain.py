"""English wording of stored priority reasons (the CLI's form; the UI translates the same keys)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

CUE_WORDS = {
    "safety": "safety risk",
    "legal": "legal threat",
    "media": "media threat",
    "churn": "churn threat",
    "accusation": "accusation",
    "anger": "anger",
    "repeat": "repeat contact",
    "complaint": "complaint",
}
HEAT_WORDS = {
    "angrier": "angrier",
    "faster": "faster",
    "longer": "longer",
    "more_people": "more people",
}
FLOOR_WORDS = {
    "safety": "safety issue: at least 90",
    "breach": "response SLA breached: at least 60",
    "public_threat": "public legal/media threat by a high-reach author: at least 75",
}


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def compact(n: int) -> str:
    """85000 -> '85k', 1200000 -> '1.2M'."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f}M".replace(".0M", "M")
    if n >= 10_000:
        return f"{n // 1000}k"
    if n >= 1000:
        return f"{n / 1000:.1f}k".replace(".0k", "k")
    return str(n)


def duration(minutes: int) -> str:
    if minutes >= 120:
        return f"{minutes / 60:.1f} h".replace(".0 h", " h")
    return f"{minutes} min"


def _as_int(value: object) -> int:
    return int(value) if isinstance(value, int | float) else 0


def waited_of(args: Mapping[str, object]) -> int:
    """The minutes of a waiting reason: as given, or (stored form, shown without the
    service's live clock) from when the wait began to now, around the clock."""
    if "waited" in args or "since" not in args:
        return _as_int(args.get("waited"))
    try:
        since = datetime.fromisoformat(str(args["since"]))
    except ValueError:
        return 0
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return max(0, round((datetime.now(UTC) - since).total_seconds() / 60.0))


def render_reason(key: str, args: Mapping[str, object]) -> str:
    if key == "cues":
        classes = args.get("classes")
        listed = classes if isinstance(classes, list | tuple) else []
        words = [CUE_WORDS.get(str(c), str(c)) for c in listed if c != "repeat"]
        heat = args.get("heat")
        if isinstance(heat, list | tuple) and heat:
            why = ", ".join(HEAT_WORDS.get(str(h), str(h)) for h in heat)
            words.append(f"heating thread ({why})")
        return " + ".join(words) if words else "escalation cue"
    if key == "waiting":
        waited, target = waited_of(args), _as_int(args.get("target"))
        unit = "business " if args.get("business") else ""
        if target >= 120:
            return f"waiting {waited / 60:.1f}/{target / 60:.0f} {unit}h"
        return f"waiting {waited}/{target} {unit}min"
    if key == "tone":
        base = "negative tone" if _as_int(args.get("sentiment")) < 45 else "no positive tone"
        return base + (", worsening" if args.get("dropped") else "")
    if key == "reach":
        text = f"{compact(_as_int(args.get('followers')))} followers"
        interactions = _as_int(args.get("interactions"))
        if interactions:
            text += f", {compact(interactions)} interaction" + ("s" if interactions != 1 else "")
        return text if args.get("public", True) else text + " (private)"
    if key == "value":
        return "customer value" if args.get("known") else "unknown customer value"
    if key == "repeat":
        parts = []
        contacts = _as_int(args.get("contacts"))
        if contacts > 1:
            parts.append(f"{ordinal(contacts)} contact this week")
        if args.get("switched"):
            parts.append("channel switch")
        if _as_int(args.get("reopened")):
            parts.append("reopened")
        return ", ".join(parts) or "repeat contact"
    if key == "floor":
        return FLOOR_WORDS.get(str(args.get("floor")), "floor")
    return key


def render_reasons(explanation: Sequence[Mapping[str, object]]) -> list[str]:
    out = []
    for part in explanation:
        args = part.get("args")
        text = render_reason(str(part.get("key")), args if isinstance(args, Mapping) else {})
        out.append(text if part.get("key") == "floor" else f"{text} (+{part.get('points')})")
    return out

"""Translated words for the core's enums and stored reasons (the core cannot translate)."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from triage.domain.customers import Story
from triage.domain.enums import Outcome, TicketStatus
from triage.domain.errors import (
    ClaimedByOther,
    InvalidAction,
    NotFound,
    StaleTicket,
    TriageError,
    UnknownFormat,
)
from triage.domain.explain import compact, waited_of
from triage.domain.sources import HealthLevel, HealthReason, SourceView

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def plain_tooltip(text: str) -> str:
    """Tooltips guess rich text on their own; customers' text is escaped so it stays text."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def status_label(status: TicketStatus) -> str:
    return {
        TicketStatus.NEW: translate("Labels", "New"),
        TicketStatus.OPEN: translate("Labels", "Open"),
        TicketStatus.PENDING: translate("Labels", "Waiting on customer"),
        TicketStatus.RESOLVED: translate("Labels", "Resolved"),
    }[status]


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.SOLVED: translate("Labels", "Solved"),
        Outcome.WORKAROUND: translate("Labels", "Workaround"),
        Outcome.ESCALATED: translate("Labels", "Escalated"),
        Outcome.NO_ACTION: translate("Labels", "No action needed"),
        Outcome.SPAM: translate("Labels", "Spam"),
    }[outcome]


def reason_code_label(code: str) -> str:
    return {
        "delivery": translate("Labels", "Delivery"),
        "billing": translate("Labels", "Billing"),
        "technician": translate("Labels", "Technician"),
        "product_defect": translate("Labels", "Product defect"),
        "account": translate("Labels", "Account"),
        "outage": translate("Labels", "Outage"),
        "staff": translate("Labels", "Staff"),
        "refund": translate("Labels", "Refund"),
        "information": translate("Labels", "Information"),
        "praise": translate("Labels", "Praise"),
        "other": translate("Labels", "Other"),
    }.get(code, code)


def cue_label(cue: str) -> str:
    return {
        "safety": translate("Labels", "safety risk"),
        "legal": translate("Labels", "legal threat"),
        "media": translate("Labels", "media threat"),
        "churn": translate("Labels", "churn threat"),
        "accusation": translate("Labels", "accusation"),
        "anger": translate("Labels", "anger"),
        "repeat": translate("Labels", "repeat contact"),
        "complaint": translate("Labels", "complaint"),
    }.get(cue, cue)


def heat_label(part: str) -> str:
    return {
        "angrier": translate("Labels", "angrier"),
        "faster": translate("Labels", "faster"),
        "longer": translate("Labels", "longer"),
        "more_people": translate("Labels", "more people"),
    }.get(part, part)


def language_label(code: str) -> str:
    return {"en": translate("Labels", "English"), "nl": translate("Labels", "Dutch")}.get(
        code, code or "–"
    )


def sentiment_label(value: float) -> str:
    if value < 40:
        return translate("Labels", "negative")
    if value > 60:
        return translate("Labels", "positive")
    return translate("Labels", "neutral")


def duration_label(minutes: float) -> str:
    m = int(abs(minutes))
    if m < 60:
        return translate("Labels", "%n min").replace("%n", str(m))
    if m < 48 * 60:
        return (
            translate("Labels", "%h h %m min")
            .replace("%h", str(m // 60))
            .replace("%m", str(m % 60))
        )
    return translate("Labels", "%n days").replace("%n", str(m // (24 * 60)))


def waiting_label(since: datetime | None, now: datetime) -> str:
    if since is None:
        return "–"
    return duration_label((now - since).total_seconds() / 60)


def sla_left_label(due: datetime | None, now: datetime) -> str:
    if due is None:
        return "–"
    left = (due - now) / timedelta(minutes=1)
    if left < 0:
        return translate("Labels", "overdue %d").replace("%d", duration_label(-left))
    return duration_label(left)


def _num(value: object) -> int:
    return int(value) if isinstance(value, int | float) else 0


def reason_text(part: Mapping[str, object]) -> str:
    """One stored reason, in the interface language, with its points."""
    key = str(part.get("key"))
    raw = part.get("args")
    args: Mapping[str, object] = raw if isinstance(raw, Mapping) else {}
    points = _num(part.get("points"))
    if key == "floor":
        floor = str(args.get("floor"))
        return {
            "safety": translate("Labels", "safety issue: at least 90"),
            "breach": translate("Labels", "reply time exceeded: at least 60"),
            "public_threat": translate(
                "Labels", "public threat by a high-reach author: at least 75"
            ),
        }.get(floor, floor)
    if key == "cues":
        classes = args.get("classes")
        names = (
            [cue_label(str(c)) for c in classes if c != "repeat"]
            if isinstance(classes, list)
            else []
        )
        heat = args.get("heat")
        if isinstance(heat, list) and heat:
            why = ", ".join(heat_label(str(h)) for h in heat)
            names.append(translate("Labels", "heating thread (%1)").replace("%1", why))
        text = " + ".join(names) or translate("Labels", "escalation cue")
    elif key == "waiting":
        waited, target = waited_of(args), _num(args.get("target"))
        business = bool(args.get("business"))  # counted in opening hours only
        # Literal strings in each call, so lupdate finds every one of them.
        if target >= 120:
            pattern = (
                translate("Labels", "waiting %1/%2 business h")
                if business
                else translate("Labels", "waiting %1/%2 h")
            )
            text = pattern.replace("%1", f"{waited / 60:.1f}").replace("%2", f"{target / 60:.0f}")
        else:
            pattern = (
                translate("Labels", "waiting %1/%2 business min")
                if business
                else translate("Labels", "waiting %1/%2 min")
            )
            text = pattern.replace("%1", str(waited)).replace("%2", str(target))
    elif key == "tone":
        text = (
            translate("Labels", "negative tone")
            if _num(args.get("sentiment")) < 45
            else translate("Labels", "no positive tone")
        )
        if args.get("dropped"):
            text += translate("Labels", ", worsening")
    elif key == "reach":
        text = translate("Labels", "%1 followers").replace(
            "%1", compact(_num(args.get("followers")))
        )
        if _num(args.get("interactions")):
            text += translate("Labels", ", %1 interactions").replace(
                "%1", compact(_num(args.get("interactions")))
            )
    elif key == "value":
        text = (
            translate("Labels", "customer value")
            if args.get("known")
            else translate("Labels", "unknown customer value")
        )
    elif key == "repeat":
        bits = []
        contacts = _num(args.get("contacts"))
        if contacts > 1:
            bits.append(translate("Labels", "contact %1 this week").replace("%1", str(contacts)))
        if args.get("switched"):
            bits.append(translate("Labels", "switched channel"))
        if _num(args.get("reopened")):
            bits.append(translate("Labels", "reopened"))
        text = ", ".join(bits) or translate("Labels", "repeat contact")
    else:
        text = key
    return f"{text} (+{points})"


def reasons_text(
    parts: Sequence[Mapping[str, object]], sep: str = " · ", limit: int | None = None
) -> str:
    """All reasons; with a limit, the biggest contributions only (floors live in the tooltip)."""
    if limit is not None:
        parts = [p for p in parts if p.get("key") != "floor"][:limit]
    return sep.join(reason_text(p) for p in parts)


def error_text(exc: Exception) -> str:
    if isinstance(exc, ClaimedByOther):
        return (
            translate("Labels", "Ticket %1 is claimed by %2.")
            .replace("%1", str(exc.ticket_id))
            .replace("%2", exc.holder)
        )
    if isinstance(exc, StaleTicket):
        return translate(
            "Labels",
            "Ticket %1 changed since you opened it. The fresh state is shown; "
            "please check it and try again.",
        ).replace("%1", str(exc.ticket_id))
    if isinstance(exc, NotFound):
        return translate("Labels", "Not found: %1").replace("%1", f"{exc.what} {exc.ref}")
    if isinstance(exc, UnknownFormat):
        return translate("Labels", "This file's format is not recognised: %1").replace(
            "%1", str(exc)
        )
    if isinstance(exc, InvalidAction):
        return translate("Labels", "Not possible: %1").replace("%1", str(exc))
    if isinstance(exc, TriageError):
        return str(exc)
    if isinstance(exc, OSError):
        return translate("Labels", "Could not read or write a file: %1").replace("%1", str(exc))
    return translate("Labels", "Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}")


# -- customers ------------------------------------------------------------------------------


def segment_label(segment: str) -> str:
    """The seed articles' four groups, as an agent reads them in the queue."""
    return {
        "ambassador": translate("Labels", "Ambassador"),
        "passive_loyal": translate("Labels", "Passive loyal"),
        "shopper": translate("Labels", "Shopper"),
        "leaver": translate("Labels", "Leaver"),
    }.get(segment, segment)


def flag_label(flag: str) -> str:
    return {
        "superpromoter": translate("Labels", "superpromoter"),
        "anti_promoter": translate("Labels", "anti-promoter"),
        "hostage": translate("Labels", "hostage"),
        "terrorist": translate("Labels", "warns others publicly"),
        "recovered": translate("Labels", "recovered complaint"),
        "easy": translate("Labels", "easy to help"),
        "difficult": translate("Labels", "high effort"),
    }.get(flag, flag)


def story_text(story: Story) -> str:
    """The story so far in one or two lines: what an agent would otherwise have to ask."""
    parts: list[str] = []
    if story.previous_contacts:
        since = (
            story.first_contact_at.astimezone().strftime("%d-%m-%Y")
            if story.first_contact_at
            else "?"
        )
        if story.previous_contacts == 1:
            parts.append(translate("Labels", "1 earlier contact since %1").replace("%1", since))
        else:
            parts.append(
                translate("Labels", "%1 earlier contacts since %2")
                .replace("%1", str(story.previous_contacts))
                .replace("%2", since)
            )
    else:
        parts.append(translate("Labels", "first contact"))
    if story.open_tickets:
        parts.append(
            translate("Labels", "also open: %1").replace(
                "%1", ", ".join(f"#{t}" for t in story.open_tickets[:4])
            )
        )
    if story.last_outcome is not None:
        reasons = ", ".join(reason_code_label(r) for r in story.last_reasons)
        when = story.last_outcome_at.astimezone().strftime("%d-%m") if story.last_outcome_at else ""
        last = outcome_label(story.last_outcome) + (f" ({reasons})" if reasons else "")
        parts.append(
            translate("Labels", "last outcome: %1 on %2").replace("%1", last).replace("%2", when)
        )
    if story.nps is not None:
        parts.append(translate("Labels", "NPS %1").replace("%1", str(story.nps)))
    if story.ces is not None:
        parts.append(translate("Labels", "effort %1/7").replace("%1", f"{story.ces:.1f}"))
    head = segment_label(story.segment) if story.segment else ""
    flags = ", ".join(flag_label(f) for f in story.flags)
    who = " · ".join(x for x in (head, flags) if x)
    line = translate("Labels", "Story so far: %1").replace("%1", " · ".join(parts))
    if story.last_note:
        line += "\n" + translate("Labels", "Last note: %1").replace(
            "%1", " ".join(story.last_note.split())[:160]
        )
    return f"{who} — {line}" if who else line


# -- sources ----------------------------------------------------------------------------------


def source_kind_label(kind: str) -> str:
    return {
        "rss": translate("Labels", "RSS/Atom feed"),
        "mastodon": translate("Labels", "Mastodon"),
        "bluesky": translate("Labels", "Bluesky"),
        "imap": translate("Labels", "E-mail (IMAP)"),
        "folder": translate("Labels", "Drop folder"),
    }.get(kind, kind)


def source_mode_label(mode: str) -> str:
    return {
        "notifications": translate("Labels", "Mentions of our account"),
        "hashtag": translate("Labels", "A hashtag"),
        "search": translate("Labels", "Search for the brand keywords"),
        "account": translate("Labels", "Replies to an account"),
    }.get(mode, mode)


def health_level_label(level: HealthLevel) -> str:
    return {
        HealthLevel.OK: translate("Labels", "Healthy"),
        HealthLevel.AMBER: translate("Labels", "Attention"),
        HealthLevel.RED: translate("Labels", "Broken"),
        HealthLevel.NEW: translate("Labels", "New"),
        HealthLevel.OFF: translate("Labels", "Off"),
    }[level]


def error_kind_text(kind: str) -> str:
    return {
        "auth": translate("Labels", "the server refused the credentials"),
        "rate_limited": translate("Labels", "the server asked us to slow down"),
        "timeout": translate("Labels", "the server did not answer in time"),
        "network": translate("Labels", "the server could not be reached"),
        "http": translate("Labels", "the server answered with an error"),
        "malformed": translate("Labels", "the answer could not be read"),
        "too_large": translate("Labels", "the answer was too large"),
        "redirect": translate("Labels", "the server sent us to another site"),
        "config": translate("Labels", "the source's settings are incomplete"),
    }.get(kind, kind)


def health_text(view: SourceView) -> str:
    """The health of a source in one plain sentence, with the server's own words after it."""
    h = view.health
    detail = h.detail
    if h.reason is HealthReason.FINE:
        return translate("Labels", "Working; %1 new in the last poll").replace(
            "%1", str(view.last_added)
        )
    if h.reason is HealthReason.NEVER_POLLED:
        return translate("Labels", "Waiting for its first poll")
    if h.reason is HealthReason.DISABLED:
        return translate("Labels", "Switched off")
    if h.reason is HealthReason.NO_SECRET:
        return translate("Labels", "Needs a token or password before it can poll")
    if h.reason is HealthReason.SILENT:
        return (
            translate("Labels", "Silent for %1; usually about %2 an hour")
            .replace("%1", duration_label(float(detail.get("quiet_minutes", 0))))
            .replace("%2", str(detail.get("usual_per_hour", "?")))
        )
    if h.reason is HealthReason.RATE_LIMITED:
        text = translate("Labels", "Rate limited by the server; paused until %1")
        until = view.paused_until
        shown = until.astimezone().strftime("%H:%M") if until else "?"
        return text.replace("%1", shown)
    what = error_kind_text(view.last_error_kind)
    if h.reason is HealthReason.AUTH:
        head = translate("Labels", "Refused: %1").replace("%1", what)
    else:
        # Two sentences rather than a plural form: module-level translate() has no numerus.
        if view.error_streak == 1:
            head = translate("Labels", "Failed once: %1").replace("%1", what)
        else:
            head = (
                translate("Labels", "Failing, %1 times in a row: %2")
                .replace("%1", str(view.error_streak))
                .replace("%2", what)
            )
    return f"{head}. {view.last_error}" if view.last_error else head


# The core words rule escalations in English (they go into the audit trail as written);
# these patterns give the team lead the same sentence in their own language.
_RULE_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^first reply overdue by (\d+) min$"), "first reply overdue by %1 min"),
    (re.compile(r"^legal, media or safety cue: (.+)$"), "legal, media or safety cue: %1"),
    (
        re.compile(r"^high-reach author: (\d+) followers, (\d+) interactions$"),
        "high-reach author: %1 followers, %2 interactions",
    ),
    (
        re.compile(r"^thread getting worse: tone (\d+) → (\d+)$"),
        "thread getting worse: tone %1 → %2",
    ),
)


def escalation_reason_text(reason: str, source: str) -> str:
    """A rule's reason in the user's language; an agent's own words exactly as written."""
    if not source.startswith("rule:"):
        return reason
    parts = []
    for part in reason.split("; "):
        for pattern, template in _RULE_REASONS:
            m = pattern.match(part)
            if m:
                text = translate("Labels", template)
                for n, value in enumerate(m.groups(), start=1):
                    if template.startswith("legal"):
                        value = ", ".join(cue_label(c.strip()) for c in value.split(","))
                    text = text.replace(f"%{n}", value)
                parts.append(text)
                break
        else:
            parts.append(part)
    return "; ".join(parts)

"""Translated words for the core's enums and stored reasons (the core cannot translate)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from triage.domain.enums import Outcome, TicketStatus
from triage.domain.errors import (
    ClaimedByOther,
    InvalidAction,
    NotFound,
    StaleTicket,
    TriageError,
    UnknownFormat,
)
from triage.domain.explain import compact


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: TicketStatus) -> str:
    return {
        TicketStatus.NEW: _t("New"),
        TicketStatus.OPEN: _t("Open"),
        TicketStatus.PENDING: _t("Waiting on customer"),
        TicketStatus.RESOLVED: _t("Resolved"),
    }[status]


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.SOLVED: _t("Solved"),
        Outcome.WORKAROUND: _t("Workaround"),
        Outcome.ESCALATED: _t("Escalated"),
        Outcome.NO_ACTION: _t("No action needed"),
        Outcome.SPAM: _t("Spam"),
    }[outcome]


def reason_code_label(code: str) -> str:
    return {
        "delivery": _t("Delivery"),
        "billing": _t("Billing"),
        "technician": _t("Technician"),
        "product_defect": _t("Product defect"),
        "account": _t("Account"),
        "outage": _t("Outage"),
        "staff": _t("Staff"),
        "refund": _t("Refund"),
        "information": _t("Information"),
        "praise": _t("Praise"),
        "other": _t("Other"),
    }.get(code, code)


def cue_label(cue: str) -> str:
    return {
        "safety": _t("safety risk"),
        "legal": _t("legal threat"),
        "media": _t("media threat"),
        "churn": _t("churn threat"),
        "accusation": _t("accusation"),
        "anger": _t("anger"),
        "repeat": _t("repeat contact"),
    }.get(cue, cue)


def language_label(code: str) -> str:
    return {"en": _t("English"), "nl": _t("Dutch")}.get(code, code or "–")


def sentiment_label(value: float) -> str:
    if value < 40:
        return _t("negative")
    if value > 60:
        return _t("positive")
    return _t("neutral")


def duration_label(minutes: float) -> str:
    m = int(abs(minutes))
    if m < 60:
        return _t("%n min").replace("%n", str(m))
    if m < 48 * 60:
        return _t("%h h %m min").replace("%h", str(m // 60)).replace("%m", str(m % 60))
    return _t("%n days").replace("%n", str(m // (24 * 60)))


def waiting_label(since: datetime | None, now: datetime) -> str:
    if since is None:
        return "–"
    return duration_label((now - since).total_seconds() / 60)


def sla_left_label(due: datetime | None, now: datetime) -> str:
    if due is None:
        return "–"
    left = (due - now) / timedelta(minutes=1)
    if left < 0:
        return _t("overdue %d").replace("%d", duration_label(-left))
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
            "safety": _t("safety issue: at least 90"),
            "breach": _t("reply time exceeded: at least 60"),
            "public_threat": _t("public threat by a high-reach author: at least 75"),
        }.get(floor, floor)
    if key == "cues":
        classes = args.get("classes")
        names = [cue_label(str(c)) for c in classes if c != "repeat"] if isinstance(
            classes, list) else []
        text = " + ".join(names) or _t("escalation cue")
    elif key == "waiting":
        text = _t("waiting %1/%2").replace("%1", duration_label(_num(args.get("waited")))).replace(
            "%2", duration_label(_num(args.get("target"))))
    elif key == "tone":
        text = _t("negative tone") if _num(args.get("sentiment")) < 45 else _t("no positive tone")
        if args.get("dropped"):
            text += _t(", worsening")
    elif key == "reach":
        text = _t("%1 followers").replace("%1", compact(_num(args.get("followers"))))
        if _num(args.get("interactions")):
            text += _t(", %1 interactions").replace("%1", compact(_num(args.get("interactions"))))
    elif key == "value":
        text = _t("customer value") if args.get("known") else _t("unknown customer value")
    elif key == "repeat":
        bits = []
        contacts = _num(args.get("contacts"))
        if contacts > 1:
            bits.append(_t("contact %1 this week").replace("%1", str(contacts)))
        if args.get("switched"):
            bits.append(_t("switched channel"))
        if _num(args.get("reopened")):
            bits.append(_t("reopened"))
        text = ", ".join(bits) or _t("repeat contact")
    else:
        text = key
    return f"{text} (+{points})"


def reasons_text(parts: Sequence[Mapping[str, object]], sep: str = " · ") -> str:
    return sep.join(reason_text(p) for p in parts)


def error_text(exc: Exception) -> str:
    if isinstance(exc, ClaimedByOther):
        return _t("Ticket %1 is claimed by %2.").replace("%1", str(exc.ticket_id)).replace(
            "%2", exc.holder)
    if isinstance(exc, StaleTicket):
        return _t("Ticket %1 changed since you opened it. The fresh state is shown; "
                  "please check it and try again.").replace("%1", str(exc.ticket_id))
    if isinstance(exc, NotFound):
        return _t("Not found: %1").replace("%1", f"{exc.what} {exc.ref}")
    if isinstance(exc, UnknownFormat):
        return _t("This file's format is not recognised: %1").replace("%1", str(exc))
    if isinstance(exc, InvalidAction):
        return _t("Not possible: %1").replace("%1", str(exc))
    if isinstance(exc, TriageError):
        return str(exc)
    if isinstance(exc, OSError):
        return _t("Could not read or write a file: %1").replace("%1", str(exc))
    return _t("Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}")



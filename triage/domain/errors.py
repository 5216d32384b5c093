"""Typed errors. The UI maps them to translated messages; the CLI prints them."""

from __future__ import annotations


class TriageError(Exception):
    """Base class for every error the core raises on purpose."""


class NotFound(TriageError):
    def __init__(self, what: str, ref: object) -> None:
        super().__init__(f"{what} {ref} not found")
        self.what = what
        self.ref = ref


class ClaimedByOther(TriageError):
    def __init__(self, ticket_id: int, holder: str) -> None:
        super().__init__(f"ticket {ticket_id} is claimed by {holder}")
        self.ticket_id = ticket_id
        self.holder = holder


class StaleTicket(TriageError):
    """The ticket changed since the caller read it; the caller must look again."""

    def __init__(self, ticket_id: int, expected: int, actual: int) -> None:
        super().__init__(
            f"ticket {ticket_id} changed since it was opened (version {expected}, now {actual})"
        )
        self.ticket_id = ticket_id
        self.expected = expected
        self.actual = actual


class InvalidAction(TriageError):
    """An action that makes no sense in the ticket's state (e.g. resolving twice)."""


class UnknownFormat(TriageError):
    pass


class Forbidden(TriageError):
    """The person's role does not allow this; the message says who may."""

    def __init__(self, who: str, role: str, action: str, needed: str) -> None:
        article = "an" if needed[:1] in "aeiou" else "a"
        super().__init__(f"{who} ({role}) may not {action}; that needs {article} {needed}")
        self.who = who
        self.role = role
        self.action = action
        self.needed = needed

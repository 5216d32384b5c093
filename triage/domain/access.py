"""Who may do what. Enforced in the core services; the UI only hides what would be refused."""

from __future__ import annotations

from enum import StrEnum

from triage.domain.enums import Role


class Permission(StrEnum):
    READ_CASES = "read_cases"  # raw tickets, messages and customers
    WORK = "work"  # claim, reply, note, escalate, resolve, correct, record a survey, merge
    IMPORT = "import"  # files and CRM exports
    REVIEW = "review"  # reassign; approve or return escalations
    EDIT_POLICY = "edit_policy"  # SLA policies, priority weights
    TRAIN = "train"  # train or roll back the learned model
    DASHBOARDS = "dashboards"  # dashboards, live board, reports
    REPLAY = "replay"  # anonymised case replay, annotations, scorecards
    AUDIT = "audit"  # verify the event chain, export a customer's data
    ERASE = "erase"  # GDPR erasure
    MANAGE_PEOPLE = "manage_people"
    MANAGE_SOURCES = "manage_sources"


_AGENT = {Permission.READ_CASES, Permission.WORK, Permission.IMPORT}
_LEAD = _AGENT | {
    Permission.REVIEW,
    Permission.EDIT_POLICY,
    Permission.TRAIN,
    Permission.DASHBOARDS,
    Permission.REPLAY,
    Permission.AUDIT,
}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.AGENT: frozenset(_AGENT),
    Role.LEAD: frozenset(_LEAD),
    # Trainers see anonymised cases only: no raw reads at all.
    Role.TRAINER: frozenset({Permission.REPLAY}),
    Role.ADMIN: frozenset(Permission),
}

# Which role to name in a refusal: the least one that may.
LEAST_ROLE: dict[Permission, Role] = {
    p: next(
        r for r in (Role.AGENT, Role.TRAINER, Role.LEAD, Role.ADMIN) if p in ROLE_PERMISSIONS[r]
    )
    for p in Permission
}


def allowed(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]

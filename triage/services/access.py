"""The gate every core entry point passes: the signed-in person (or the acting agent) and a role.

`who is None` means the system itself (the scheduler, a migration, a tool): it may do anything.
A desk signs in once (the local profile, or `--as NAME`); the first person on a database without
an administrator becomes its administrator, so a single desk is never locked out of itself.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from triage.domain.access import LEAST_ROLE, Permission, allowed
from triage.domain.enums import Role
from triage.domain.errors import Forbidden
from triage.domain.models import AgentView
from triage.services import actions
from triage.store.db import unit_of_work
from triage.store.tables import AgentRow

ACTION_WORDS: dict[Permission, str] = {
    Permission.READ_CASES: "read customers' messages",
    Permission.WORK: "work tickets",
    Permission.IMPORT: "import files",
    Permission.REVIEW: "reassign tickets or review escalations",
    Permission.EDIT_POLICY: "change SLA policies or priority weights",
    Permission.TRAIN: "train or roll back the learned model",
    Permission.DASHBOARDS: "open dashboards and reports",
    Permission.REPLAY: "replay cases",
    Permission.AUDIT: "verify the audit trail or export a customer's data",
    Permission.ERASE: "erase a customer",
    Permission.MANAGE_PEOPLE: "manage people and roles",
    Permission.MANAGE_SOURCES: "add, change or remove sources",
}
ROLE_WORDS = {
    Role.AGENT: "agent",
    Role.LEAD: "team lead",
    Role.TRAINER: "trainer",
    Role.ADMIN: "administrator",
}


class Gate:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions
        self.user: AgentView | None = None  # None: the system itself

    def sign_in(self, name: str, now: datetime) -> AgentView:
        for attempt in range(3):
            try:
                with unit_of_work(self.sessions) as s:
                    self.user = actions.agent_view(self._profile(s, name, now))
                return self.user
            except IntegrityError:
                # Two clients signing the same new person in at once: the other one won.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    @staticmethod
    def _profile(s: Session, name: str, now: datetime) -> AgentRow:
        existing = s.scalar(select(AgentRow).where(AgentRow.name == name.strip().lower()))
        if existing is not None:
            return existing
        has_admin = s.scalar(select(AgentRow.id).where(AgentRow.role == Role.ADMIN.value).limit(1))
        return actions.ensure_agent(s, name, now, Role.AGENT if has_admin else Role.ADMIN)

    def role_of(self, name: str) -> Role:
        with self.sessions() as s:
            role = s.scalar(select(AgentRow.role).where(AgentRow.name == name.strip().lower()))
        return Role(role) if role else Role.AGENT  # a new name starts as an agent

    def check(self, permission: Permission, agent: str | None = None) -> None:
        """Refuse unless the acting agent (else the signed-in person) may do this."""
        if agent is not None:
            who, role = agent.strip().lower(), self.role_of(agent)
        elif self.user is not None:
            who, role = self.user.name, self.user.role
        else:
            return
        if not allowed(role, permission):
            raise Forbidden(
                who, ROLE_WORDS[role], ACTION_WORDS[permission], ROLE_WORDS[LEAST_ROLE[permission]]
            )

    def may(self, permission: Permission) -> bool:
        return self.user is None or allowed(self.user.role, permission)

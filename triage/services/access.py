"""The gate every core entry point passes: the signed-in person (or the acting agent) and a role.

`who is None` means the system itself (the scheduler, a migration, a tool): it may do anything.
A desk signs in once (the local profile, or `--as NAME`); the first person on a database without
an administrator becomes its administrator, so a single desk is never locked out of itself.

Team mode (PostgreSQL, triage/store/team_security.py): when the connection's login belongs to a
triage group role, that login is the person and the group is their role: the database is the
source of truth. Signing in as anyone else (`--as`, `--agent`) is refused, as is acting for
someone else, since the database would hold that person's work against the wrong login.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from triage.config import local_user
from triage.domain.access import LEAST_ROLE, Permission, allowed
from triage.domain.enums import Role
from triage.domain.errors import Forbidden, TriageError
from triage.domain.models import AgentView
from triage.services import actions
from triage.store.db import unit_of_work
from triage.store.tables import AgentRow
from triage.store.team_security import team_identity

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


class NotYourLogin(TriageError):
    """Team mode: the database login is the person; nobody signs in or acts as someone else."""

    def __init__(self, login: str, other: str, signing_in: bool) -> None:
        what = "sign in" if signing_in else "act"
        super().__init__(
            f"you are connected to the team database as {login}, so you cannot {what} as "
            f"{other}: the database decides who you are (act as yourself, e.g. --as {login}, "
            f"or connect with {other}'s own login)"
        )
        self.login = login
        self.other = other


class Gate:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions
        self.user: AgentView | None = None  # None: the system itself
        self.team = False  # signed in as a team database login (the database gave the role)

    def sign_in(self, name: str, now: datetime) -> AgentView:
        for attempt in range(3):
            try:
                with unit_of_work(self.sessions) as s:
                    team = team_identity(s.connection())
                    if team is None:
                        user = actions.agent_view(self._profile(s, name, now))
                    else:
                        user = self._team_profile(s, name, team[0], team[1], now)
                self.user, self.team = user, team is not None
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

    @staticmethod
    def _team_profile(s: Session, asked: str, login: str, role: Role, now: datetime) -> AgentView:
        """The login is the person; the default name (the local profile) means "me" too."""
        wanted = asked.strip().lower()
        if wanted and wanted not in (login, local_user()):
            raise NotYourLogin(login, wanted, signing_in=True)
        row = s.scalar(select(AgentRow).where(AgentRow.name == login))
        if row is None:  # a login made with createuser: their row, with their group's role
            row = actions.ensure_agent(s, login, now, role)
        return AgentView(row.id, row.name, row.display_name, role)

    def role_of(self, name: str) -> Role:
        if self.team and self.user is not None and name.strip().lower() == self.user.name:
            return self.user.role  # the database's word, not the app's row
        with self.sessions() as s:
            role = s.scalar(select(AgentRow.role).where(AgentRow.name == name.strip().lower()))
        return Role(role) if role else Role.AGENT  # a new name starts as an agent

    def check(self, permission: Permission, agent: str | None = None) -> None:
        """Refuse unless the acting agent (else the signed-in person) may do this."""
        if agent is not None:
            who = agent.strip().lower()
            if self.team and self.user is not None and who != self.user.name:
                raise NotYourLogin(self.user.name, who, signing_in=False)
            role = self.role_of(agent)
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

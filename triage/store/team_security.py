"""Team mode on PostgreSQL: the database's own roles, grants and row-level security enforce the
app's roles, so that a person's login can do no more with plain SQL than their role lets them do
in the app. The app's checks (triage.services.access) stay the first line; this is the second.

Each person connects as their own LOGIN role, a member of one NOLOGIN group per app role:

* ``triage_agent``; ``triage_lead`` is a member of ``triage_agent`` (inherits its grants);
  ``triage_admin`` is a member of ``triage_lead``; ``triage_trainer`` stands on its own.

`setup` is run by the database owner (the role that ran the migrations and owns the tables),
again after every migration: it revokes what the groups held on every table of the current
schema and grants it afresh, so a new table gets its grants and nothing stale survives. It is
idempotent and runs in one transaction.

Grants are derived from ``ROLE_PERMISSIONS`` (triage.domain.access), the app's one description
of who may do what: every rule below names the permission it serves, and is granted to each
group whose role has that permission while the group it inherits from does not (permission
``*``: every group). Import writes the same tables as work, and every role has both or neither,
so the rules name work. Today that gives:

=================================  ==========================================  ===============
table                              privileges                                  permission
=================================  ==========================================  ===============
tickets, mentions, customers,      SELECT                                      read_cases
orders, surveys, referrals,        INSERT, UPDATE                              work
merges, resolutions, quarantine,
labels, identities,
link_suggestions, loyalty
identities, link_suggestions       DELETE                                      erase
loyalty                            DELETE (a recompute replaces profiles)      work
events                             SELECT; INSERT                              read_cases; work
events                             UPDATE (digest, prev_hash, hash): sealing   work
events                             UPDATE (payload, redacted): erasure         erase
events                             SELECT (id, hash): the chain's tail, which  *
                                   every commit looks at; RLS shows trainers
                                   no rows
agents                             SELECT, INSERT (RLS below)                  *
agents                             UPDATE, DELETE                              manage_people
settings                           SELECT, INSERT, UPDATE (RLS below)          read_cases, work
models                             SELECT (RLS: rows only with read_cases)     *
models                             INSERT, UPDATE                              train
sources                            SELECT; UPDATE of the poll columns          read_cases; work
sources                            INSERT, UPDATE, DELETE                      manage_sources
source_polls                       SELECT; INSERT; DELETE                      read_cases; work;
                                                                               manage_sources
annotations, scorecards            SELECT                                      read_cases
annotations, scorecards            SELECT, INSERT (RLS: their own)             replay
annotations, scorecards            UPDATE, DELETE                              erase
training_cases                     SELECT                                      replay
training_cases                     SELECT, INSERT, UPDATE, DELETE (publish)    read_cases
alembic_version                    SELECT                                      *
triage_transfer                    (none: the owner's, see transfer.py)        -
job_turns                          SELECT, INSERT, UPDATE                      read_cases
any other table                    SELECT; INSERT, UPDATE, DELETE              read_cases; work
=================================  ==========================================  ===============

Sequences: USAGE and SELECT to the groups that may insert into the sequence's table. Functions:
EXECUTE on every function of the schema to ``triage_agent`` (the claim function of migration
0008 is SECURITY INVOKER: the caller's grants apply inside it). CONNECT on the database and
USAGE on the schema to every group.

Row-level security (the owner is not bound by it):

* events: readable with read_cases; inserts never arrive erased; an UPDATE by work reaches only
  rows not yet sealed (``hash IS NULL``) and must seal them; by erase it must leave the row
  redacted. A trigger, ``triage_events_guard``, refuses for everyone but the owner any change to
  a sealed event's id, ticket, customer, kind, actor, time or seal, and any payload change other
  than the erasure form ``{"redacted": true, "kind": kind}``. No group may DELETE events.
* agents: with read_cases every row, else one's own (``name = session_user``); anyone may add
  their own row with the role their group gives; leads (review) may add rows of agents (a
  reassignment to someone new); only manage_people changes or removes rows, so only an
  administrator changes a ``role``.
* settings: work writes every key except the lead's (``sla.policies``); edit_policy writes all.
* models: read with read_cases (trainers see none, and their desk falls back to the shipped
  model); written with train.
* annotations, scorecards: read_cases reads all; replay reads and adds only its own
  (``author = session_user``); erase changes any.

So a trainer's login reads ``training_cases`` (anonymised replays, see
triage/services/training.py), its own annotations, scorecards and agents row, and nothing raw:
a SELECT on mentions, tickets, customers, events, orders or surveys is refused.

`add_person`, `set_person_role` and `remove_person` manage the logins (they need a login with
CREATEROLE, such as the owner) and keep the app's agents row in step. Passwords are turned into
a SCRAM-SHA-256 verifier on the client, so the plain password never reaches the server or its
log. Group roles are cluster-wide: two team databases on one cluster share them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, text

from triage.domain.access import ROLE_PERMISSIONS, Permission
from triage.domain.enums import Role
from triage.domain.errors import TriageError

GROUPS: dict[Role, str] = {
    Role.AGENT: "triage_agent",
    Role.LEAD: "triage_lead",
    Role.TRAINER: "triage_trainer",
    Role.ADMIN: "triage_admin",
}
# Which group each group is a member of (inherits from).
PARENT: dict[Role, Role | None] = {
    Role.AGENT: None,
    Role.LEAD: Role.AGENT,
    Role.ADMIN: Role.LEAD,
    Role.TRAINER: None,
}
# When a login is in several groups, the app's role is the first of these it holds.
PRECEDENCE: tuple[Role, ...] = (Role.ADMIN, Role.LEAD, Role.AGENT, Role.TRAINER)
LEAD_SETTINGS: tuple[str, ...] = ("sla.policies",)  # triage.scoring.sla_policy.SETTING_KEY
NAME_RE = re.compile(r"[a-z][a-z0-9_.-]{0,62}")
RESERVED_NAMES = frozenset(
    {"public", "none", "all", "current_user", "session_user", "current_role", *GROUPS.values()}
)
POLICY_PREFIX = "triage_"
GUARD = "triage_events_guard"
EVERYONE = None  # a rule for every group

# -- errors ---------------------------------------------------------------------------------


class TeamModeError(TriageError):
    """Team mode could not do what was asked; the message says why and what to do."""


class NeedsPostgres(TeamModeError):
    def __init__(self, backend: str) -> None:
        super().__init__(
            f"team mode needs PostgreSQL (this database is {backend}): "
            "point --db at a postgresql+psycopg://… address"
        )


class NeedsCreateRole(TeamModeError):
    def __init__(self, user: str) -> None:
        super().__init__(
            f"{user} may not create or change database logins (no CREATEROLE): "
            "run this as the database owner or another login with CREATEROLE"
        )


class NeedsOwner(TeamModeError):
    def __init__(self, user: str, owner: str) -> None:
        super().__init__(f"team setup must run as the owner of the tables ({owner}), not as {user}")


# -- the rules --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Grant:
    permission: Permission | None  # None: every group
    privileges: tuple[str, ...]
    columns: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Policy:
    name: str  # without the prefix
    command: str  # SELECT, INSERT, UPDATE, DELETE or ALL
    permission: Permission | None
    using: str | None = None
    check: str | None = None


def _g(permission: Permission | None, *privileges: str, columns: Sequence[str] = ()) -> Grant:
    return Grant(permission, tuple(privileges), tuple(columns))


P = Permission
_CASE = (_g(P.READ_CASES, "SELECT"), _g(P.WORK, "INSERT", "UPDATE"))
POLL_COLUMNS = (
    "cursor",
    "last_poll_at",
    "last_success_at",
    "last_error",
    "last_error_kind",
    "error_streak",
    "paused_until",
    "last_added",
)
TABLES: dict[str, tuple[Grant, ...]] = {
    **{
        t: _CASE
        for t in (
            "tickets",
            "mentions",
            "customers",
            "orders",
            "surveys",
            "referrals",
            "merges",
            "resolutions",
            "quarantine",
            "labels",
        )
    },
    "identities": (*_CASE, _g(P.ERASE, "DELETE")),
    "link_suggestions": (*_CASE, _g(P.ERASE, "DELETE")),
    "loyalty": (*_CASE, _g(P.WORK, "DELETE")),
    "events": (
        _g(P.READ_CASES, "SELECT"),
        _g(EVERYONE, "SELECT", columns=("id", "hash")),
        _g(P.WORK, "INSERT"),
        _g(P.WORK, "UPDATE", columns=("digest", "prev_hash", "hash")),
        _g(P.ERASE, "UPDATE", columns=("payload", "redacted")),
    ),
    "agents": (_g(EVERYONE, "SELECT", "INSERT"), _g(P.MANAGE_PEOPLE, "UPDATE", "DELETE")),
    "settings": (_g(P.READ_CASES, "SELECT"), _g(P.WORK, "INSERT", "UPDATE")),
    "models": (_g(EVERYONE, "SELECT"), _g(P.TRAIN, "INSERT", "UPDATE")),
    "sources": (
        _g(P.READ_CASES, "SELECT"),
        _g(P.WORK, "UPDATE", columns=POLL_COLUMNS),
        _g(P.MANAGE_SOURCES, "INSERT", "UPDATE", "DELETE"),
    ),
    "source_polls": (
        _g(P.READ_CASES, "SELECT"),
        _g(P.WORK, "INSERT"),
        _g(P.MANAGE_SOURCES, "DELETE"),
    ),
    **{
        t: (
            _g(P.READ_CASES, "SELECT"),
            _g(P.REPLAY, "SELECT", "INSERT"),
            _g(P.ERASE, "UPDATE", "DELETE"),
        )
        for t in ("annotations", "scorecards")
    },
    "training_cases": (
        _g(P.REPLAY, "SELECT"),
        _g(P.READ_CASES, "SELECT", "INSERT", "UPDATE", "DELETE"),
    ),
    "alembic_version": (_g(EVERYONE, "SELECT"),),
    # Which desk a team database was moved from (triage/store/transfer.py): the owner's only.
    "triage_transfer": (),
    # Whose turn a periodic job is (triage/services/turns.py): desks that run the jobs.
    "job_turns": (_g(P.READ_CASES, "SELECT", "INSERT", "UPDATE"),),
}
DEFAULT: tuple[Grant, ...] = (
    _g(P.READ_CASES, "SELECT"),
    _g(P.WORK, "INSERT", "UPDATE", "DELETE"),
)

_ME = "(session_user)::text"
TEAM_ROLE_SQL = (
    "CASE"
    + "".join(
        f" WHEN pg_has_role(session_user, '{GROUPS[r]}', 'MEMBER') THEN '{r.value}'"
        for r in PRECEDENCE
    )
    + " END"
)
_LEAD_KEYS = ", ".join(f"'{k}'" for k in LEAD_SETTINGS)
_AUTHOR = f"author = {_ME}"
_OWN_WORK = (
    Policy("read", "SELECT", P.READ_CASES, "true"),
    Policy("own", "SELECT", P.REPLAY, _AUTHOR),
    Policy("write", "INSERT", P.REPLAY, check=_AUTHOR),
    Policy("erase", "ALL", P.ERASE, "true", "true"),
)
POLICIES: dict[str, tuple[Policy, ...]] = {
    "events": (
        Policy("read", "SELECT", P.READ_CASES, "true"),
        Policy("append", "INSERT", P.WORK, check="redacted IS NOT TRUE"),
        Policy("seal", "UPDATE", P.WORK, "hash IS NULL", "hash IS NOT NULL"),
        Policy("erase", "UPDATE", P.ERASE, "true", "redacted"),
    ),
    "agents": (
        Policy("read", "SELECT", P.READ_CASES, "true"),
        Policy("own", "SELECT", EVERYONE, f"name = {_ME}"),
        Policy("join", "INSERT", EVERYONE, check=f"name = {_ME} AND role = {TEAM_ROLE_SQL}"),
        Policy("hire", "INSERT", P.REVIEW, check=f"role = '{Role.AGENT.value}'"),
        Policy("manage", "ALL", P.MANAGE_PEOPLE, "true", "true"),
    ),
    "settings": (
        Policy("read", "SELECT", P.READ_CASES, "true"),
        Policy("write", "ALL", P.WORK, f"key NOT IN ({_LEAD_KEYS})", f"key NOT IN ({_LEAD_KEYS})"),
        Policy("policy", "ALL", P.EDIT_POLICY, "true", "true"),
    ),
    "models": (
        Policy("read", "SELECT", P.READ_CASES, "true"),
        Policy("train", "ALL", P.TRAIN, "true", "true"),
    ),
    "annotations": _OWN_WORK,
    "scorecards": _OWN_WORK,
}

GUARD_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {GUARD}() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER AS $fn$
BEGIN
    IF OLD.hash IS NULL
       AND NEW.payload::text IS NOT DISTINCT FROM OLD.payload::text
       AND NEW.redacted IS NOT DISTINCT FROM OLD.redacted THEN
        RETURN NEW;  -- sealing an event: the common case, decided without a look-up
    END IF;
    IF current_user = (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = TG_RELID)
       OR (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = current_user) THEN
        RETURN NEW;  -- the owner (migrations, repairs) is not bound
    END IF;
    IF OLD.hash IS NOT NULL AND (NEW.id, NEW.ticket_id, NEW.customer_id, NEW.kind, NEW.actor,
                                 NEW.at, NEW.digest, NEW.prev_hash, NEW.hash)
        IS DISTINCT FROM (OLD.id, OLD.ticket_id, OLD.customer_id, OLD.kind, OLD.actor,
                          OLD.at, OLD.digest, OLD.prev_hash, OLD.hash) THEN
        RAISE EXCEPTION 'event % is sealed into the audit chain and cannot be changed', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (NEW.payload::text IS DISTINCT FROM OLD.payload::text
        OR NEW.redacted IS DISTINCT FROM OLD.redacted)
       AND NOT (NEW.redacted IS TRUE
                AND NEW.payload::jsonb = jsonb_build_object('redacted', true, 'kind', OLD.kind))
    THEN
        RAISE EXCEPTION 'the payload of event % can only be erased (GDPR), not rewritten', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$fn$
"""


def holders(permission: Permission | None) -> list[str]:
    """The groups a rule for this permission is granted to: each group whose role has it and
    whose parent's role does not (members inherit the rest)."""
    out = []
    for role, group in GROUPS.items():
        if permission is None:
            out.append(group)
            continue
        parent = PARENT[role]
        if permission in ROLE_PERMISSIONS[role] and (
            parent is None or permission not in ROLE_PERMISSIONS[parent]
        ):
            out.append(group)
    return out


# -- helpers ----------------------------------------------------------------------------------


def _ident(name: str) -> str:
    """A quoted SQL identifier (names here are ours or validated; quoting keeps them inert)."""
    return '"' + name.replace('"', '""') + '"'


def _require_postgres(engine: Engine | Connection) -> None:
    if engine.dialect.name != "postgresql":
        raise NeedsPostgres(engine.dialect.name)


def _run(conn: Connection, sql: str) -> None:
    """A statement as written (the driver would take a bare % for a placeholder)."""
    conn.exec_driver_sql(sql.replace("%", "%%"))


def _scalar(conn: Connection, sql: str, **params: Any) -> Any:
    return conn.execute(text(sql), params).scalar()


def _can_create_roles(conn: Connection) -> bool:
    return bool(
        _scalar(
            conn,
            "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user",
        )
    )


def _role_exists(conn: Connection, name: str) -> bool:
    return _scalar(conn, "SELECT 1 FROM pg_roles WHERE rolname = :n", n=name) is not None


def valid_name(name: str) -> str:
    """A person's login name as the app stores it (lower case), or a clear refusal."""
    clean = name.strip().lower()
    if not NAME_RE.fullmatch(clean) or clean.startswith("pg_") or clean in RESERVED_NAMES:
        raise TeamModeError(
            f"{name!r} cannot be a login name: use 1 to 63 lower-case letters, digits, '_', "
            "'.' or '-', starting with a letter (not pg_… nor a triage group)"
        )
    return clean


# -- who is connected -------------------------------------------------------------------------

_GROUPS_OF_SESSION = """
WITH RECURSIVE up(oid) AS (
    SELECT m.roleid FROM pg_auth_members m
    WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = session_user)
    UNION
    SELECT m.roleid FROM pg_auth_members m JOIN up ON m.member = up.oid
)
SELECT r.rolname::text FROM up JOIN pg_roles r ON r.oid = up.oid
"""


def installed(conn: Connection) -> bool:
    """Whether team set-up ran on this database's schema (its policies are there); the group
    roles alone say nothing, as they belong to the whole cluster."""
    found = _scalar(
        conn,
        "SELECT 1 FROM pg_policies WHERE schemaname = current_schema()"
        " AND policyname LIKE 'triage\\_%' LIMIT 1",
    )
    return found is not None


def team_identity(conn: Connection) -> tuple[str, Role] | None:
    """(login, role) when this connection's session_user belongs to a triage group; the role
    is the highest group it belongs to (directly or through another role). None on SQLite and
    for logins outside the groups (the owner, a superuser)."""
    if conn.dialect.name != "postgresql":
        return None
    login = str(_scalar(conn, "SELECT session_user::text"))
    if login in GROUPS.values():
        return None
    groups = {str(r[0]) for r in conn.execute(text(_GROUPS_OF_SESSION))}
    for role in PRECEDENCE:
        if GROUPS[role] in groups:
            return login, role
    return None


def can_read_cases(conn: Connection) -> bool:
    """Whether this connection may read raw cases (always on SQLite; on PostgreSQL what the
    grants say: a trainer's login may not)."""
    if conn.dialect.name != "postgresql":
        return True
    return bool(
        _scalar(
            conn,
            "SELECT has_table_privilege('mentions', 'SELECT') "
            "AND has_table_privilege('events', 'SELECT')",
        )
    )


# -- set-up -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SetupReport:
    schema: str
    groups_created: tuple[str, ...]
    tables: tuple[str, ...]
    defaulted: tuple[str, ...]  # tables no rule names: granted as case data
    missing: tuple[str, ...]  # tables the rules name that are not there (an old schema)
    policies: int
    statements: tuple[str, ...] = field(default=(), repr=False)

    def as_json(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "groups": dict(zip((r.value for r in GROUPS), GROUPS.values(), strict=True)),
            "groups_created": list(self.groups_created),
            "tables": list(self.tables),
            "defaulted": list(self.defaulted),
            "missing": list(self.missing),
            "policies": self.policies,
        }


def _grant_sql(table: str, rule: Grant, groups: Iterable[str]) -> str:
    if rule.columns:
        cols = ", ".join(_ident(c) for c in rule.columns)
        privileges = ", ".join(f"{p} ({cols})" for p in rule.privileges)
    else:
        privileges = ", ".join(rule.privileges)
    to = ", ".join(_ident(g) for g in groups)
    return f"GRANT {privileges} ON TABLE {_ident(table)} TO {to}"


def _policy_sql(table: str, policy: Policy) -> str:
    to = ", ".join(_ident(g) for g in holders(policy.permission))
    sql = (
        f"CREATE POLICY {_ident(POLICY_PREFIX + policy.name)} ON {_ident(table)} "
        f"AS PERMISSIVE FOR {policy.command} TO {to}"
    )
    if policy.using is not None:
        sql += f" USING ({policy.using})"
    if policy.check is not None:
        sql += f" WITH CHECK ({policy.check})"
    return sql


def _plan(conn: Connection, schema: str) -> tuple[list[str], list[str], list[str], list[str], int]:
    """The statements that set the grants and policies, given the tables there are."""
    tables = sorted(
        str(r[0])
        for r in conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = :s"), {"s": schema}
        )
    )
    groups = list(GROUPS.values())
    everyone = ", ".join(_ident(g) for g in groups)
    out: list[str] = [
        f"GRANT CONNECT ON DATABASE {_ident(str(_scalar(conn, 'SELECT current_database()')))} "
        f"TO {everyone}",
        f"GRANT USAGE ON SCHEMA {_ident(schema)} TO {everyone}",
    ]
    defaulted: list[str] = []
    inserters: dict[str, set[str]] = {}
    for table in tables:
        rules = TABLES.get(table)
        if rules is None:
            rules = DEFAULT
            defaulted.append(table)
        out.append(f"REVOKE ALL ON TABLE {_ident(table)} FROM {everyone}")
        for rule in rules:
            to = holders(rule.permission)
            if to:
                out.append(_grant_sql(table, rule, to))
            if "INSERT" in rule.privileges:
                inserters.setdefault(table, set()).update(to)
    # Row-level security, with this module's policies only (other policies are left alone).
    policies = 0
    for table, rules_ in POLICIES.items():
        if table not in tables:
            continue
        out.append(f"ALTER TABLE {_ident(table)} ENABLE ROW LEVEL SECURITY")
        for (name,) in conn.execute(
            text(
                "SELECT policyname FROM pg_policies WHERE schemaname = :s AND tablename = :t "
                "AND starts_with(policyname, :p)"
            ),
            {"s": schema, "t": table, "p": POLICY_PREFIX},
        ):
            out.append(f"DROP POLICY {_ident(str(name))} ON {_ident(table)}")
        for policy in rules_:
            out.append(_policy_sql(table, policy))
            policies += 1
    if "events" in tables:
        out.append(GUARD_FUNCTION)
        out.append(f"DROP TRIGGER IF EXISTS {_ident(GUARD)} ON events")
        out.append(
            f"CREATE TRIGGER {_ident(GUARD)} BEFORE UPDATE ON events "
            f"FOR EACH ROW EXECUTE FUNCTION {_ident(GUARD)}()"
        )
    # Sequences: to whoever may insert into the table that owns them.
    sequences = conn.execute(
        text(
            """
            SELECT s.relname::text, t.relname::text
            FROM pg_class s
            JOIN pg_namespace n ON n.oid = s.relnamespace
            LEFT JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass
                 AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
            LEFT JOIN pg_class t ON t.oid = d.refobjid
            WHERE s.relkind = 'S' AND n.nspname = :s
            ORDER BY 1
            """
        ),
        {"s": schema},
    ).all()
    for seq, owner_table in sequences:
        out.append(f"REVOKE ALL ON SEQUENCE {_ident(seq)} FROM {everyone}")
        users = inserters.get(owner_table or "", set()) or {GROUPS[Role.AGENT]}
        out.append(
            f"GRANT USAGE, SELECT ON SEQUENCE {_ident(seq)} TO "
            + ", ".join(_ident(g) for g in sorted(users))
        )
    out.append(
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {_ident(schema)} TO {_ident(GROUPS[Role.AGENT])}"
    )
    missing = sorted(set(TABLES) - set(tables) - {"triage_transfer"})  # only after a move
    return out, tables, defaulted, missing, policies


def setup(engine: Engine) -> SetupReport:
    """Create the group roles and (re)set every grant, policy and the events guard on the
    current schema. Run by the tables' owner; idempotent; one transaction."""
    _require_postgres(engine)
    with engine.begin() as conn:
        schema = str(_scalar(conn, "SELECT current_schema()"))
        user = str(_scalar(conn, "SELECT current_user::text"))
        owner = _scalar(
            conn,
            "SELECT tableowner::text FROM pg_tables WHERE schemaname = :s AND tablename = 'events'",
            s=schema,
        )
        if owner is None:
            raise TeamModeError(
                "this database has no triage schema yet: run the app's migrations first "
                "(python -m triage --db URL team setup does)"
            )
        superuser = bool(
            _scalar(conn, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        )
        if owner != user and not superuser:
            raise NeedsOwner(user, str(owner))
        created: list[str] = []
        for group in GROUPS.values():
            if not _role_exists(conn, group):
                if not _can_create_roles(conn):
                    raise NeedsCreateRole(user)
                _run(conn, f"CREATE ROLE {_ident(group)} NOLOGIN")
                created.append(group)
        for role, parent in PARENT.items():
            if parent is not None and not _is_member(conn, GROUPS[role], GROUPS[parent]):
                _run(conn, f"GRANT {_ident(GROUPS[parent])} TO {_ident(GROUPS[role])}")
        statements, tables, defaulted, missing, policies = _plan(conn, schema)
        for sql in statements:
            _run(conn, sql)
    return SetupReport(
        schema,
        tuple(created),
        tuple(tables),
        tuple(defaulted),
        tuple(missing),
        policies,
        tuple(statements),
    )


def _is_member(conn: Connection, member: str, group: str) -> bool:
    return (
        _scalar(
            conn,
            "SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
            "JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname = :m AND g.rolname = :g",
            m=member,
            g=group,
        )
        is not None
    )


# -- people -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TeamMember:
    name: str
    role: Role
    login: bool  # the role may log in
    in_app: bool  # the app's agents row exists

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role.value,
            "login": self.login,
            "in_app": self.in_app,
        }


def _people_checks(conn: Connection) -> str:
    user = str(_scalar(conn, "SELECT current_user::text"))
    if not _can_create_roles(conn):
        raise NeedsCreateRole(user)
    missing = [g for g in GROUPS.values() if not _role_exists(conn, g)]
    if missing:
        raise TeamModeError(
            f"the team's group roles are missing ({', '.join(missing)}): run `team setup` first"
        )
    return user


def _direct_groups(conn: Connection, name: str) -> list[str]:
    return [
        str(r[0])
        for r in conn.execute(
            text(
                "SELECT g.rolname::text FROM pg_auth_members m "
                "JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid "
                "WHERE r.rolname = :n AND g.rolname = ANY(:groups)"
            ),
            {"n": name, "groups": list(GROUPS.values())},
        )
    ]


def _sync_agent_row(conn: Connection, name: str, role: Role, now: datetime) -> None:
    """The app's row for this person, with this role (the database is the source of truth)."""
    updated = conn.execute(
        text("UPDATE agents SET role = :r WHERE name = :n"), {"r": role.value, "n": name}
    ).rowcount
    if not updated:
        conn.execute(
            text(
                "INSERT INTO agents (name, display_name, role, created_at) VALUES (:n, :n, :r, :at)"
            ),
            {"n": name, "r": role.value, "at": now.astimezone(UTC).replace(tzinfo=None)},
        )


def _scram(conn: Connection, name: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of a password, made by libpq on this side of the wire."""
    raw: Any = conn.connection.dbapi_connection
    verifier: bytes = raw.pgconn.encrypt_password(
        password.encode("utf-8"), name.encode("utf-8"), b"scram-sha-256"
    )
    return verifier.decode("ascii")


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def add_person(
    engine: Engine, name: str, role: Role, password: str, now: datetime | None = None
) -> TeamMember:
    """A LOGIN role for a person, in their role's group, and their row in the app."""
    _require_postgres(engine)
    clean = valid_name(name)
    if not password:
        raise TeamModeError("a login needs a password")
    with engine.begin() as conn:
        _people_checks(conn)
        if _role_exists(conn, clean):
            raise TeamModeError(
                f"{clean} already has a database login: change their role with `team role`"
            )
        verifier = _scram(conn, clean, password)
        _run(
            conn,
            f"CREATE ROLE {_ident(clean)} LOGIN PASSWORD {_literal(verifier)} "
            f"IN ROLE {_ident(GROUPS[role])}",
        )
        _sync_agent_row(conn, clean, role, now or datetime.now(UTC))
    return TeamMember(clean, role, True, True)


def set_person_role(
    engine: Engine, name: str, role: Role, now: datetime | None = None
) -> TeamMember:
    """Move a person to another role's group (and only that one); the app's row follows."""
    _require_postgres(engine)
    clean = valid_name(name)
    with engine.begin() as conn:
        _people_checks(conn)
        if not _role_exists(conn, clean):
            raise TeamModeError(f"{clean} has no database login: add them with `team add`")
        target = GROUPS[role]
        for group in _direct_groups(conn, clean):
            if group != target:
                _run(conn, f"REVOKE {_ident(group)} FROM {_ident(clean)}")
        if target not in _direct_groups(conn, clean):
            _run(conn, f"GRANT {_ident(target)} TO {_ident(clean)}")
        _sync_agent_row(conn, clean, role, now or datetime.now(UTC))
        login = bool(_scalar(conn, "SELECT rolcanlogin FROM pg_roles WHERE rolname = :n", n=clean))
    return TeamMember(clean, role, login, True)


def remove_person(engine: Engine, name: str) -> str:
    """Drop a person's login. Their row in the app stays: the history names them."""
    _require_postgres(engine)
    clean = valid_name(name)
    with engine.begin() as conn:
        _people_checks(conn)
        if not _role_exists(conn, clean):
            raise TeamModeError(f"{clean} has no database login")
        if not _direct_groups(conn, clean):
            raise TeamModeError(f"{clean} is not in the team (no triage group): not removed")
        _run(conn, f"DROP ROLE {_ident(clean)}")
    return clean


def people(engine: Engine) -> list[TeamMember]:
    """Everyone in a triage group, with their role and whether the app knows them."""
    _require_postgres(engine)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT r.rolname::text, g.rolname::text, r.rolcanlogin FROM pg_auth_members m "
                "JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid "
                "WHERE g.rolname = ANY(:groups) AND NOT (r.rolname = ANY(:groups)) "
                "ORDER BY 1"
            ),
            {"groups": list(GROUPS.values())},
        ).all()
        known = {str(n) for (n,) in conn.execute(text("SELECT name FROM agents"))}
    by_name: dict[str, tuple[set[Role], bool]] = {}
    role_of = {g: r for r, g in GROUPS.items()}
    for name, group, login in rows:
        roles, _ = by_name.get(name, (set(), bool(login)))
        roles.add(role_of[group])
        by_name[name] = (roles, bool(login))
    return [
        TeamMember(name, next(r for r in PRECEDENCE if r in roles), login, name in known)
        for name, (roles, login) in sorted(by_name.items())
    ]

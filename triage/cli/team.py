"""`team …`: a team database on PostgreSQL, where each person connects as their own login and
the database's grants and row-level security enforce their role (triage/store/team_security.py).

    python -m triage --db URL team setup [--json]          # as the owner: migrate, roles, grants
    python -m triage --db URL team add NAME --role ROLE [--password-stdin]
    python -m triage --db URL team role NAME ROLE
    python -m triage --db URL team remove NAME
    python -m triage --db URL team list [--json]
    python -m triage --db URL team publish [--limit N] [--json]   # anonymised training cases

These run with the database's own permissions, not the app's sign-in: `setup` needs the tables'
owner, `add`/`role`/`remove` a login with CREATEROLE. A password is read from standard input
(`--password-stdin`, one line) or asked for without echo; it is never an argument, so it never
shows in the shell history or the process list.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from triage.audit import chain as audit_chain
from triage.config import database_url
from triage.domain.enums import Role
from triage.domain.errors import TriageError
from triage.services import training
from triage.store import team_security as team
from triage.store.db import make_engine, make_sessionmaker, migrate

ROLES = [r.value for r in Role]


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "team", help="team mode on PostgreSQL: one database login per person, roles enforced"
    )
    ts = p.add_subparsers(dest="team_command", required=True)
    st = ts.add_parser("setup", help="migrate, create the group roles, set grants and policies")
    st.add_argument("--json", action="store_true")
    ad = ts.add_parser("add", help="a login for a person, in a role")
    ad.add_argument("name")
    ad.add_argument("--role", required=True, choices=ROLES)
    ad.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    ro = ts.add_parser("role", help="give a person another role")
    ro.add_argument("name")
    ro.add_argument("role", choices=ROLES)
    rm = ts.add_parser("remove", help="drop a person's login (their history stays)")
    rm.add_argument("name")
    ls = ts.add_parser("list", help="everyone with a login, with their role")
    ls.add_argument("--json", action="store_true")
    pb = ts.add_parser("publish", help="anonymise resolved cases for trainers now")
    pb.add_argument("--limit", type=int, default=training.LIMIT)
    pb.add_argument("--json", action="store_true")


def _password(name: str, from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"Password for {name}: ")
    if getpass.getpass("Again: ") != first:
        raise team.TeamModeError("the two passwords differ")
    return first


def _print(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def run(args: argparse.Namespace) -> int:
    try:
        engine = make_engine(database_url(args.db))
    except TriageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        return _run(engine, args)
    except TriageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except DBAPIError as exc:  # what the database refused, in its own words
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
        print(f"error: the database refused: {reason}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()


def _run(engine: Engine, args: argparse.Namespace) -> int:
    if engine.dialect.name != "postgresql":  # before anything touches (or creates) a file
        raise team.NeedsPostgres(engine.dialect.name)
    cmd = args.team_command
    if cmd == "setup":
        migrate(engine)
        report = team.setup(engine)
        if args.json:
            _print(report.as_json())
        else:
            print(
                f"team set up on schema {report.schema}: {len(report.tables)} tables, "
                f"{report.policies} policies; groups " + ", ".join(team.GROUPS.values())
            )
            if report.defaulted:
                print("granted as case data (no rule names them): " + ", ".join(report.defaulted))
        return 0
    if cmd == "add":
        name = team.valid_name(args.name)
        password = _password(name, args.password_stdin)
        member = team.add_person(engine, name, Role(args.role), password)
        _print(member.as_json())
        return 0
    if cmd == "role":
        _print(team.set_person_role(engine, args.name, Role(args.role)).as_json())
        return 0
    if cmd == "remove":
        _print({"removed": team.remove_person(engine, args.name)})
        return 0
    if cmd == "publish":
        sessions = make_sessionmaker(engine)
        audit_chain.install(sessions)
        report_ = training.publish(sessions, datetime.now(UTC), max(0, args.limit))
        if args.json:
            _print(report_.as_json())
        else:
            print(
                f"{report_.published} published, {report_.withdrawn} withdrawn, "
                f"{report_.pending} left for the next run"
            )
        return 0
    rows = team.people(engine)
    if args.json:
        _print([m.as_json() for m in rows])
    else:
        for m in rows:
            flags = "" if m.login else " (no login)"
            print(f"{m.role.value:<8} {m.name}{flags}")
    return 0

"""`people …`: who works on this desk and in which role (changing a role needs an administrator)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from triage.domain.enums import Role
from triage.services import Triage


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("people", help="people and roles: agent, lead, trainer, admin")
    ps = p.add_subparsers(dest="people_command", required=True)
    ls = ps.add_parser("list", help="everyone with their role")
    ls.add_argument("--json", action="store_true")
    st = ps.add_parser("set", help="give someone a role (administrators only)")
    st.add_argument("name")
    st.add_argument("role", choices=[r.value for r in Role])


def run(app: Triage, args: argparse.Namespace) -> int:
    if args.people_command == "set":
        view = app.set_role(args.name, Role(args.role))
        print(json.dumps({"name": view.name, "role": view.role.value}))
        return 0
    rows = [
        {"name": p.name, "display_name": p.display_name, "role": p.role.value} for p in app.people()
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            print(f"{r['role']:<8} {r['name']}")
    return 0

"""A throwaway PostgreSQL cluster for the team-mode tests: one per session, one database per test.

initdb makes a cluster in a temp folder, pg_ctl starts it on a free port of 127.0.0.1 (and a unix
socket in the same folder), and `pg_url()` hands out a fresh, empty database each time it is
called. Durability is off (fsync, synchronous_commit, full_page_writes): the cluster is deleted at
the end anyway. initdb and postgres refuse to run as root, so as root every server command runs
as the `postgres` user (runuser), which then owns the folder.

When PostgreSQL is not installed the tests that use it fail (never skip): run `make postgres`.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PG_ROOT = Path("/usr/lib/postgresql")
MISSING = (
    "PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin): run `make postgres`"
)
SETTINGS = (
    "-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
    "-c full_page_writes=off -c max_connections=200"
)


def find_bin_dir() -> Path | None:
    """The bin folder of the newest PostgreSQL with both initdb and pg_ctl, or None."""
    found = [
        d for d in PG_ROOT.glob("*/bin") if (d / "initdb").is_file() and (d / "pg_ctl").is_file()
    ]

    def version(d: Path) -> tuple[int, ...]:
        return tuple(int(p) for p in re.findall(r"\d+", d.parent.name)) or (0,)

    return max(found, key=version, default=None)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    """A running throwaway cluster; `url()` makes a new database and returns its address."""

    bin_dir: Path
    root: Path  # holds data/, the socket and the server log
    port: int = 0
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    def _run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / tool), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(
            command, cwd=self.root, capture_output=True, text=True, timeout=120, check=False
        )

    def _check(self, result: subprocess.CompletedProcess[str], what: str) -> None:
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""
            raise RuntimeError(f"{what} failed:\n{result.stdout}{result.stderr}{log}")

    def init(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        self._check(
            self._run(
                "initdb",
                "-D",
                str(self.data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ),
            "initdb",
        )

    def start(self) -> None:
        for _attempt in range(5):  # a free port can be taken between the probe and the bind
            self.port = free_port()
            options = f"-p {self.port} -k {self.root} {SETTINGS}"
            result = self._run(
                "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start"
            )
            if result.returncode == 0:
                return
            if "already in use" not in self.log.read_text(errors="replace"):
                break
        self._check(result, "pg_ctl start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def create_database(self, name: str, template: str = "template0") -> None:
        import psycopg
        from psycopg import sql

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(name), sql.Identifier(template)
                )
            )

    def url(self, template: str = "template0") -> str:
        """A fresh database: SQLAlchemy address with the psycopg 3 driver over TCP."""
        name = f"t_{next(self._names)}"
        self.create_database(name, template)
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def socket_url(self, url: str) -> str:
        """The same database over the unix socket (a little faster than TCP)."""
        name = url.rsplit("/", 1)[1]
        return f"postgresql+psycopg://postgres@/{name}?host={self.root}&port={self.port}"


@contextlib.contextmanager
def running_cluster() -> Iterator[Cluster]:
    """Start a cluster, yield it, stop it and remove every file (also for the benchmarks)."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError(MISSING)
    cluster = Cluster(bin_dir, Path(tempfile.mkdtemp(prefix="triage-pg-")))
    try:
        cluster.init()
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(cluster.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[Callable[[], str]]:
    """Call it for the address of a new, empty PostgreSQL database (one cluster per session)."""
    if find_bin_dir() is None:
        pytest.fail(MISSING, pytrace=False)
    with running_cluster() as cluster:
        yield cluster.url

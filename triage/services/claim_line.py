"""A desk's own line for the "next" button on PostgreSQL: one autocommit connection per thread.

A claim is one statement (`triage_claim_next`), pressed all day by every agent of a team. Taking
a pooled connection for it costs a checkout and a ping round trip each time, as much client time
as the claim itself on a busy machine; this line keeps the connection instead and replaces it
once when the server dropped it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

T = TypeVar("T")


class ClaimLine:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: list[Connection] = []

    def _connection(self) -> Connection:
        conn: Connection | None = getattr(self._local, "conn", None)
        if conn is None or conn.closed or conn.invalidated:
            # One statement is its own transaction: no BEGIN and COMMIT round trips either.
            conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            self._local.conn = conn
            with self._lock:
                self._open.append(conn)
        return conn

    def run(self, work: Callable[[Connection], T]) -> T:
        """`work` on this thread's connection; once more on a fresh one after a disconnect."""
        try:
            return work(self._connection())
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            self._drop()
            return work(self._connection())

    def _drop(self) -> None:
        conn = getattr(self._local, "conn", None)
        self._local.conn = None
        if conn is not None:
            with self._lock:
                if conn in self._open:
                    self._open.remove(conn)
            conn.close()

    def close(self) -> None:
        with self._lock:
            open_, self._open = self._open, []
        for conn in open_:
            conn.close()

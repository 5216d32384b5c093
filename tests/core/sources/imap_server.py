"""A real, throwaway Dovecot for the IMAP tests.

One server per test session, on 127.0.0.1 and free ports, from a temp dir holding its own
dovecot.conf, a self-signed certificate, a passwd-file user and a Maildir. Each test gets its
own folder (`mailbox` fixture), so tests never see each other's mail.

Use it from a test module with
`from .imap_server import imap_server_fixture, mailbox_fixture`: pytest finds fixtures imported
into a module, under their names `imap_server` and `mailbox`. Without Dovecot the tests fail
(not skip) and say how to install it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import grp
import hashlib
import imaplib
import itertools
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from base64 import b64encode
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from triage.sources.base import SourceKind, SourceSpec

USER = "agent@example.test"
PASSWORD = "correct horse battery staple"
START_TIMEOUT = 10.0
INSTALL_HINT = "Dovecot is not installed: run `make imap-server` (Debian's dovecot-imapd)."


def find_dovecot() -> str | None:
    """$TRIAGE_DOVECOT, else dovecot on PATH, else the sbin dirs PATH often lacks for users."""
    configured = os.environ.get("TRIAGE_DOVECOT")
    if configured:
        if not os.access(configured, os.X_OK):
            pytest.fail(f"TRIAGE_DOVECOT={configured} is not an executable. {INSTALL_HINT}")
        return configured
    found = shutil.which("dovecot")
    if found:
        return found
    for candidate in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot"):
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost: (cert.pem, key.pem)."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    try:
        _certificate_with_cryptography(cert, key)
    except ImportError:
        openssl = shutil.which("openssl")
        if openssl is None:
            pytest.fail("Neither the cryptography package nor openssl is available for a cert.")
        subprocess.run(
            [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
             "-keyout", str(key), "-out", str(cert)],
            check=True,
            capture_output=True,
        )  # fmt: skip
    return cert, key


def _certificate_with_cryptography(cert: Path, key: Path) -> None:
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(private, hashes.SHA256())
    )
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def ssha256(password: str) -> str:
    """Dovecot's {SSHA256} scheme: base64(sha256(password + salt) + salt)."""
    salt = os.urandom(8)
    digest = hashlib.sha256(password.encode() + salt).digest()
    return "{SSHA256}" + b64encode(digest + salt).decode()


@dataclass
class ImapServer:
    host: str
    port: int  # implicit TLS (imaps)
    starttls_port: int  # plain connection that must upgrade with STARTTLS before login
    ca_file: Path
    user: str = USER
    password: str = PASSWORD
    log: Path = field(default_factory=Path)
    _names: Iterator[int] = field(default_factory=itertools.count)

    def client(self) -> imaplib.IMAP4_SSL:
        context = ssl.create_default_context(cafile=str(self.ca_file))
        conn = imaplib.IMAP4_SSL(self.host, self.port, ssl_context=context, timeout=5)
        conn.login(self.user, self.password)
        return conn

    def new_folder(self, stem: str = "test") -> str:
        name = f"{stem}{next(self._names)}-{os.getpid()}"
        with self._session() as conn:
            _ok(conn.create(f'"{name}"'))
        return name

    def append(self, folder: str, *messages: bytes) -> None:
        with self._session() as conn:
            for raw in messages:
                _ok(conn.append(f'"{folder}"', None, None, raw))

    def recreate(self, folder: str) -> None:
        """Delete and create the folder again: the server gives it a new UIDVALIDITY."""
        with self._session() as conn:
            _ok(conn.delete(f'"{folder}"'))
            _ok(conn.create(f'"{folder}"'))

    def flags(self, folder: str) -> list[bytes]:
        with self._session() as conn:
            _ok(conn.select(f'"{folder}"', readonly=True))
            _, data = conn.fetch("1:*", "(FLAGS)")
            return [d for d in data if isinstance(d, bytes)]

    def spec(self, folder: str, **settings: Any) -> SourceSpec:
        base: dict[str, Any] = {
            "username": self.user,
            "folder": folder,
            "ca_file": str(self.ca_file),
            "timeout": 5,
        }
        base.update(settings)
        return SourceSpec(
            name="mailbox",
            kind=SourceKind.IMAP,
            target=f"{self.host}:{self.port}",
            settings=base,
            secret=self.password,
        )

    @contextlib.contextmanager
    def _session(self) -> Iterator[imaplib.IMAP4_SSL]:
        conn = self.client()
        try:
            yield conn
        finally:
            conn.logout()


def _ok(answer: tuple[str, Any]) -> None:
    assert answer[0] == "OK", answer


def _config(root: Path, imaps: int, starttls: int, cert: Path, key: Path) -> str:
    if os.geteuid() == 0:
        # Root: Debian's unprivileged users run the login and internal services, and the mail
        # processes run as nobody (Dovecot refuses uid 0 for mail).
        users = "default_login_user = dovenull\ndefault_internal_user = dovecot\n"
        chroot = ""
    else:
        # Rootless: every process runs as the caller, and there is no chroot without root.
        me = pwd.getpwuid(os.geteuid()).pw_name
        group = grp.getgrgid(os.getegid()).gr_name
        users = (
            f"default_login_user = {me}\ndefault_internal_user = {me}\n"
            f"default_internal_group = {group}\n"
        )
        chroot = "  chroot =\n"
    return f"""\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
instance_name = triage-test-{os.getpid()}
listen = 127.0.0.1
protocols = imap
{users}first_valid_uid = 1
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = yes
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = {root}/users
}}
userdb {{
  driver = passwd-file
  args = {root}/users
}}
service imap-login {{
{chroot}  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps}
  }}
  inet_listener imap {{
    address = 127.0.0.1
    port = {starttls}
  }}
}}
service anvil {{
{chroot}  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""


def _wait_for(port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"Dovecot stopped at start:\n{_tail(log)}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    pytest.fail(f"Dovecot did not listen on port {port} within {START_TIMEOUT:g} s:\n{_tail(log)}")


def _tail(log: Path) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-20:])
    except OSError:
        return "(no log)"


@contextlib.contextmanager
def running_dovecot() -> Iterator[ImapServer]:
    binary = find_dovecot()
    if binary is None:
        pytest.fail(INSTALL_HINT)
    # Not pytest's tmp_path: its parents are private to the caller, but Dovecot's own users must
    # reach the mail and sockets; and a short path keeps unix socket names under their limit.
    root = Path(tempfile.mkdtemp(prefix="triage-dovecot-"))
    proc: subprocess.Popen[bytes] | None = None
    try:
        root.chmod(0o755)
        cert, key = make_certificate(root)
        key.chmod(0o600)
        home = root / "home"
        home.mkdir()
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            uid, gid = nobody.pw_uid, nobody.pw_gid
            os.chown(home, uid, gid)
        else:
            uid, gid = os.geteuid(), os.getegid()
        (root / "users").write_text(f"{USER}:{ssha256(PASSWORD)}:{uid}:{gid}::{home}\n")
        imaps, starttls = free_port(), free_port()
        conf = root / "dovecot.conf"
        conf.write_text(_config(root, imaps, starttls, cert, key))
        log = root / "dovecot.log"
        proc = subprocess.Popen(
            [binary, "-F", "-c", str(conf)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_for(imaps, proc, log)
        _wait_for(starttls, proc, log)
        yield ImapServer("127.0.0.1", imaps, starttls, cert, log=log)
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(root, ignore_errors=True)


# Named fixtures, so test modules can import them under other names without shadowing warnings.
@pytest.fixture(scope="session", name="imap_server")
def imap_server_fixture() -> Iterator[ImapServer]:
    with running_dovecot() as server:
        yield server


@dataclass
class Mailbox:
    """One test's own folder on the shared server."""

    server: ImapServer
    folder: str

    def append(self, *messages: bytes) -> None:
        self.server.append(self.folder, *messages)

    def spec(self, **settings: Any) -> SourceSpec:
        return self.server.spec(self.folder, **settings)


@pytest.fixture(name="mailbox")
def mailbox_fixture(imap_server: ImapServer) -> Mailbox:
    return Mailbox(imap_server, imap_server.new_folder())

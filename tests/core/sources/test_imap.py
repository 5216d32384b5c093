"""The IMAP fetcher against a real Dovecot over TLS (tests/core/sources/imap_server.py)."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import replace
from email.message import EmailMessage

import pytest

from triage.domain.models import QuarantineEntry, RawMention
from triage.sources.base import ErrorKind, FetchResult, SourceError, SourceKind, SourceSpec
from triage.sources.imap import AUTH_REFUSED, ImapFetcher, _host_port, _mailbox, _uid_set

# The fixtures live in imap_server.py (conftest.py belongs to the HTTP tests); importing them
# here is how pytest finds them.
from .imap_server import ImapServer, Mailbox, imap_server_fixture, mailbox_fixture  # noqa: F401


def mail(
    n: int,
    body: str = "",
    *,
    subject: str = "",
    headers: dict[str, str] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Klant {n} <klant{n}@example.nl>"
    msg["To"] = "support@shop.example"
    msg["Subject"] = subject or f"Vraag {n}"
    msg["Date"] = f"Mon, 02 Dec 2024 10:{n % 60:02d}:00 +0100"
    msg["Message-ID"] = f"<m{n}@example.nl>"
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body or f"Bericht nummer {n}.")
    return msg.as_bytes()


def by_id(result: FetchResult) -> dict[str, RawMention]:
    return {i.external_id: i for i in result.items if isinstance(i, RawMention)}


def cursor_of(result: FetchResult) -> dict[str, int]:
    data: dict[str, int] = json.loads(result.cursor)
    return data


@pytest.fixture
def fetcher() -> ImapFetcher:
    return ImapFetcher()


def test_a_mixed_mailbox(mailbox: Mailbox, fetcher: ImapFetcher) -> None:
    html = EmailMessage()
    html["From"] = "Web Form <form@example.nl>"
    html["Subject"] = "Klacht via formulier"
    html["Message-ID"] = "<html@example.nl>"
    html.set_content(
        "<html><head><script>steal()</script></head><body><p>&eacute;&eacute;n klacht"
        " &amp; een vraag</p><p>tweede<br>regel</p></body></html>",
        subtype="html",
    )
    latin1 = (
        b"From: oma@example.nl\r\nSubject: Bestelling\r\nMessage-ID: <latin1@example.nl>\r\n"
        b"Content-Type: text/plain; charset=iso-8859-1\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\nMijn caf\xe9 is dicht.\r\n"
    )
    mislabelled = (
        b"From: oma@example.nl\r\nSubject: Nogmaals\r\nMessage-ID: <wrong@example.nl>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\nNog steeds d\xe9\xe9n probleem.\r\n"
    )
    attached = EmailMessage()
    attached["From"] = "jan@example.nl"
    attached["Subject"] = "Foto"
    attached["Message-ID"] = "<att@example.nl>"
    attached.set_content("Zie foto.")
    attached.add_attachment(
        b"\xff\xd8SECRET" * 2000, maintype="image", subtype="jpeg", filename="kapot.jpg"
    )
    reply = mail(
        5,
        "Nog geen antwoord!\n\nOp ma 2 dec. 2024 om 09:00 schreef Webshop <info@shop.example>:\n"
        "> We sturen een nieuwe.\n",
        headers={"In-Reply-To": "<shop-1@shop.example>", "References": "<m1@example.nl>"},
    )
    refs_only = mail(6, "En nu?", headers={"References": "<m1@example.nl> <m5@example.nl>"})
    mailbox.append(
        mail(1),
        html.as_bytes(),
        latin1,
        mislabelled,
        attached.as_bytes(),
        reply,
        refs_only,
        b"\x00\x01 this is not an e-mail \xff\r\n",
    )

    result = fetcher.fetch(mailbox.spec(), "", 50)

    got = by_id(result)
    assert sorted(got) == sorted(
        f"{n}@example.nl" for n in ("m1", "html", "latin1", "wrong", "att", "m5", "m6")
    )
    assert got["m1@example.nl"].text == "Vraag 1\n\nBericht nummer 1."
    assert got["m1@example.nl"].author == "klant1@example.nl"
    assert got["m1@example.nl"].author_name == "Klant 1"
    assert got["m1@example.nl"].channel == "email"
    assert got["html@example.nl"].text == (
        "Klacht via formulier\n\néén klacht & een vraag\n\ntweede\nregel"
    )
    assert got["latin1@example.nl"].text.endswith("Mijn café is dicht.")
    assert got["wrong@example.nl"].text.endswith("Nog steeds déén probleem.")
    assert got["att@example.nl"].text == "Foto\n\nZie foto.\n\n[attachments: kapot.jpg (16 kB)]"
    assert got["m5@example.nl"].text == "Vraag 5\n\nNog geen antwoord!"
    assert got["m5@example.nl"].in_reply_to == "shop-1@shop.example"
    assert got["m6@example.nl"].in_reply_to == "m5@example.nl"
    [bad] = [i for i in result.items if isinstance(i, QuarantineEntry)]
    assert bad.line == 8  # the UID, to find it on the server
    assert bad.reason == "not an e-mail message: no headers found"
    assert [i.line for i in result.items] == [1, 2, 3, 4, 5, 6, 7, 8]
    # The quarantined mail is behind the cursor too: kept in quarantine, never fetched again.
    assert cursor_of(result)["last_uid"] == 8
    assert result.more is False
    assert result.note == ""
    # Read with BODY.PEEK from a read-only folder: the team still sees the mail as unread.
    assert not any(b"\\Seen" in line for line in mailbox.server.flags(mailbox.folder))


def test_cursor_advances_and_the_next_poll_is_empty(mailbox: Mailbox, fetcher: ImapFetcher) -> None:
    mailbox.append(mail(1), mail(2))
    first = fetcher.fetch(mailbox.spec(), "", 10)
    assert len(first.items) == 2
    again = fetcher.fetch(mailbox.spec(), first.cursor, 10)
    assert again.items == []
    assert again.cursor == first.cursor
    assert again.more is False
    mailbox.append(mail(3))
    third = fetcher.fetch(mailbox.spec(), again.cursor, 10)
    assert list(by_id(third)) == ["m3@example.nl"]
    assert cursor_of(third)["last_uid"] == 3


def test_a_cursor_beyond_the_last_message_finds_nothing(
    mailbox: Mailbox, fetcher: ImapFetcher
) -> None:
    # "UID 10:*" still matches the newest message when every UID is below 10.
    mailbox.append(mail(1), mail(2))
    validity = cursor_of(fetcher.fetch(mailbox.spec(), "", 1))["uidvalidity"]
    cursor = json.dumps({"uidvalidity": validity, "last_uid": 9})
    result = fetcher.fetch(mailbox.spec(), cursor, 10)
    assert result.items == []
    assert cursor_of(result) == {"uidvalidity": validity, "last_uid": 9}


def test_limit_and_more(mailbox: Mailbox, fetcher: ImapFetcher) -> None:
    mailbox.append(*(mail(n) for n in range(1, 6)))
    pages: list[list[str]] = []
    cursor = ""
    while True:
        result = fetcher.fetch(mailbox.spec(), cursor, 2)
        pages.append(list(by_id(result)))
        cursor = result.cursor
        if not result.more:
            break
    assert pages == [
        ["m1@example.nl", "m2@example.nl"],
        ["m3@example.nl", "m4@example.nl"],
        ["m5@example.nl"],
    ]


def test_uidvalidity_change_starts_over(mailbox: Mailbox, fetcher: ImapFetcher) -> None:
    mailbox.append(mail(1), mail(2))
    before = fetcher.fetch(mailbox.spec(), "", 10)
    mailbox.server.recreate(mailbox.folder)  # the server renumbers the folder
    mailbox.append(mail(1), mail(2), mail(3))
    after = fetcher.fetch(mailbox.spec(), before.cursor, 10)
    assert cursor_of(after)["uidvalidity"] != cursor_of(before)["uidvalidity"]
    assert "UIDVALIDITY" in after.note
    # Everything again from UID 1; the importer drops m1 and m2 by (channel, external_id).
    assert list(by_id(after)) == ["m1@example.nl", "m2@example.nl", "m3@example.nl"]
    assert cursor_of(after)["last_uid"] == 3


def test_a_corrupt_cursor_starts_over(mailbox: Mailbox, fetcher: ImapFetcher) -> None:
    mailbox.append(mail(1))
    assert list(by_id(fetcher.fetch(mailbox.spec(), "{not json", 10))) == ["m1@example.nl"]


def test_over_large_mail_is_quarantined_without_downloading_it(
    mailbox: Mailbox, fetcher: ImapFetcher
) -> None:
    mailbox.append(mail(1), mail(2, "groot " * 2000), mail(3))
    result = fetcher.fetch(mailbox.spec(max_message_bytes=3000), "", 10)
    assert list(by_id(result)) == ["m1@example.nl", "m3@example.nl"]
    [big] = [i for i in result.items if isinstance(i, QuarantineEntry)]
    assert big.line == 2
    assert big.reason.startswith("e-mail too large (1")
    assert big.reason.endswith(" kB, at most 3 kB); not imported")
    assert "Message-ID: <m2@example.nl>" in big.raw  # only its headers were fetched
    assert "groot" not in big.raw
    assert cursor_of(result)["last_uid"] == 3


def test_starttls(mailbox: Mailbox, fetcher: ImapFetcher, imap_server: ImapServer) -> None:
    mailbox.append(mail(1))
    spec = replace(
        mailbox.spec(security="starttls"), target=f"127.0.0.1:{imap_server.starttls_port}"
    )
    assert list(by_id(fetcher.fetch(spec, "", 10))) == ["m1@example.nl"]


def test_non_ascii_folder(imap_server: ImapServer, fetcher: ImapFetcher) -> None:
    name = "Klachten ü 台北"
    with imap_server._session() as conn:
        assert conn.create(_mailbox(name))[0] == "OK"
        assert conn.append(_mailbox(name), None, None, mail(1))[0] == "OK"
    result = fetcher.fetch(imap_server.spec(name), "", 10)
    assert list(by_id(result)) == ["m1@example.nl"]


# -- failures -----------------------------------------------------------------------------------


def failure(fetcher: ImapFetcher, spec: SourceSpec) -> SourceError:
    with pytest.raises(SourceError) as caught:
        fetcher.fetch(spec, "", 10)
    return caught.value


def test_wrong_password(mailbox: Mailbox, fetcher: ImapFetcher) -> None:
    wrong = "Hunter2-not-the-password"
    error = failure(fetcher, replace(mailbox.spec(), secret=wrong))
    assert error.kind is ErrorKind.AUTH
    assert error.message == AUTH_REFUSED
    assert wrong not in str(error)


@pytest.mark.parametrize("security", ["none", "plain", "off", "insecure"])
def test_plain_text_imap_is_never_configured(
    imap_server: ImapServer, fetcher: ImapFetcher, security: str
) -> None:
    spec = replace(
        imap_server.spec("INBOX", security=security),
        target=f"127.0.0.1:{imap_server.starttls_port}",
    )
    error = failure(fetcher, spec)
    assert error.kind is ErrorKind.CONFIG
    assert "Plain-text IMAP is never used" in error.message


def test_tls_to_a_plain_port_fails(imap_server: ImapServer, fetcher: ImapFetcher) -> None:
    spec = replace(imap_server.spec("INBOX"), target=f"127.0.0.1:{imap_server.starttls_port}")
    assert failure(fetcher, spec).kind is ErrorKind.NETWORK


def test_an_untrusted_certificate_is_refused(mailbox: Mailbox, fetcher: ImapFetcher) -> None:
    error = failure(fetcher, mailbox.spec(ca_file=""))  # only the system CAs: self-signed fails
    assert error.kind is ErrorKind.NETWORK
    assert "certificate" in error.message


def test_missing_folder(imap_server: ImapServer, fetcher: ImapFetcher) -> None:
    error = failure(fetcher, imap_server.spec("No such folder"))
    assert error.kind is ErrorKind.CONFIG
    assert "'No such folder' does not exist" in error.message


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and then says nothing."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(server.getsockname()[1])
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def test_timeout(imap_server: ImapServer, fetcher: ImapFetcher, silent_port: int) -> None:
    spec = replace(imap_server.spec("INBOX", timeout=0.3), target=f"127.0.0.1:{silent_port}")
    error = failure(fetcher, spec)
    assert error.kind is ErrorKind.TIMEOUT
    assert imap_server.password not in error.message


def test_connection_refused(imap_server: ImapServer, fetcher: ImapFetcher) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    error = failure(fetcher, replace(imap_server.spec("INBOX"), target=f"127.0.0.1:{port}"))
    assert error.kind is ErrorKind.NETWORK
    assert "refused" in error.message


@pytest.mark.parametrize(
    ("settings", "target", "words"),
    [
        ({"username": ""}, "127.0.0.1", "needs a user name"),
        ({"ca_file": "/no/such/ca.pem"}, "127.0.0.1", "does not exist"),
        ({}, "https://mail.example.nl/", "not a mail server"),
        ({}, "mail.example.nl:99999", "not a port number"),
        ({"timeout": "soon"}, "127.0.0.1", "must be numbers"),
    ],
)
def test_bad_settings(settings: dict[str, str], target: str, words: str) -> None:
    spec = SourceSpec(
        "m", SourceKind.IMAP, target, settings={"username": "u", **settings}, secret="pw"
    )
    error = failure(ImapFetcher(), spec)
    assert error.kind is ErrorKind.CONFIG
    assert words in error.message


def test_missing_password_is_a_config_error() -> None:
    spec = SourceSpec("m", SourceKind.IMAP, "127.0.0.1", settings={"username": "u"})
    assert failure(ImapFetcher(), spec).kind is ErrorKind.CONFIG


# -- small pieces -------------------------------------------------------------------------------


def test_host_port() -> None:
    assert _host_port("mail.example.nl", 993) == ("mail.example.nl", 993)
    assert _host_port("mail.example.nl:1993", 993) == ("mail.example.nl", 1993)
    assert _host_port("imaps://mail.example.nl", 993) == ("mail.example.nl", 993)
    assert _host_port("[::1]:994", 993) == ("::1", 994)
    assert _host_port("::1", 993) == ("::1", 993)


def test_mailbox_names_are_modified_utf7_and_quoted() -> None:
    assert _mailbox("INBOX") == '"INBOX"'
    assert _mailbox("台北") == '"&U,BTFw-"'  # RFC 3501's own example
    assert _mailbox('A & "B"') == '"A &- \\"B\\""'


def test_uid_sets_are_compact() -> None:
    assert _uid_set([1, 2, 3, 5, 7, 8]) == "1:3,5,7:8"
    assert _uid_set([4]) == "4"

"""One e-mail in, one message (or one quarantine entry) out: charsets, HTML, quotes, attachments."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from triage.domain.models import QuarantineEntry, RawMention
from triage.sources.mail import (
    DEFAULT_MAX_BYTES,
    decode_text,
    html_to_text,
    normalise_id,
    parse_message,
    trim_quoted,
)

RECEIVED = datetime(2024, 12, 2, 12, 0, tzinfo=UTC)


def raw_mail(
    body: bytes,
    *,
    headers: dict[str, str] | None = None,
    content_type: str = "text/plain; charset=utf-8",
    encoding: str = "8bit",
) -> bytes:
    """A mail built by hand, so charset labels can be as wrong as real ones are."""
    base = {
        "From": "Jan de Vries <Jan.deVries@Example.NL>",
        "To": "support@shop.example",
        "Subject": "Pakket kapot",
        "Date": "Mon, 02 Dec 2024 10:15:00 +0100",
        "Message-ID": "<m1@mail.example.nl>",
        "MIME-Version": "1.0",
        "Content-Type": content_type,
        "Content-Transfer-Encoding": encoding,
    }
    base.update(headers or {})
    head = "".join(f"{k}: {v}\r\n" for k, v in base.items() if v)
    return head.encode("utf-8") + b"\r\n" + body


def mention(raw: bytes, **kwargs: object) -> RawMention:
    item = parse_message(raw, RECEIVED, **kwargs)  # type: ignore[arg-type]
    assert isinstance(item, RawMention), item
    return item


def quarantined(raw: bytes, **kwargs: object) -> QuarantineEntry:
    item = parse_message(raw, RECEIVED, **kwargs)  # type: ignore[arg-type]
    assert isinstance(item, QuarantineEntry), item
    return item


# -- the fields ---------------------------------------------------------------------------------


def test_plain_mail() -> None:
    m = mention(raw_mail(b"Mijn pakket is kapot aangekomen.\r\nGraag een nieuwe.\r\n"), line=7)
    assert m.channel == "email"
    assert m.external_id == "m1@mail.example.nl"
    assert m.author == "jan.devries@example.nl"
    assert m.author_name == "Jan de Vries"
    assert m.created_at == datetime(2024, 12, 2, 9, 15, tzinfo=UTC)
    assert m.text == "Pakket kapot\n\nMijn pakket is kapot aangekomen.\nGraag een nieuwe."
    assert m.in_reply_to == ""
    assert m.line == 7


def test_reply_links_to_in_reply_to_else_last_reference() -> None:
    both = raw_mail(
        b"Nog steeds niets.",
        headers={
            "In-Reply-To": "<r2@shop.example> (Webshop's message)",
            "References": "<r1@shop.example>\r\n <r2@shop.example>",
        },
    )
    assert mention(both).in_reply_to == "r2@shop.example"
    refs_only = raw_mail(
        b"Nog steeds niets.", headers={"References": "<r1@shop.example> <r3@shop.example>"}
    )
    assert mention(refs_only).in_reply_to == "r3@shop.example"


def test_missing_message_id_is_a_stable_hash_of_the_bytes() -> None:
    raw = raw_mail(b"Hallo", headers={"Message-ID": ""})
    first, again = mention(raw), mention(raw)
    assert first.external_id.startswith("sha1:")
    assert first.external_id == again.external_id
    assert mention(raw + b"!").external_id != first.external_id


def test_ids_are_normalised_and_bounded() -> None:
    assert normalise_id("  <abc@x.nl>  ") == "abc@x.nl"
    assert normalise_id("abc@x.nl") == "abc@x.nl"
    assert normalise_id("") == ""
    long = "<" + "a" * 400 + "@x>"
    assert normalise_id(long).startswith("sha1:")
    assert normalise_id(long) == normalise_id(long)


def test_date_falls_back_to_the_receive_time() -> None:
    assert mention(raw_mail(b"Hallo", headers={"Date": ""})).created_at == RECEIVED
    assert mention(raw_mail(b"Hallo", headers={"Date": "gisteren"})).created_at == RECEIVED
    future = (RECEIVED + timedelta(days=30)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    assert mention(raw_mail(b"Hallo", headers={"Date": future})).created_at == RECEIVED


def test_encoded_and_raw_8bit_headers() -> None:
    raw = raw_mail(
        b"Hallo",
        headers={
            "From": "=?iso-8859-1?q?J=F6s_B=E4cker?= <jos@example.nl>",
            "Subject": "=?utf-8?b?" + base64.b64encode("Bestelling €12".encode()).decode() + "?=",
        },
    )
    m = mention(raw)
    assert (m.author_name, m.text.split("\n")[0]) == ("Jös Bäcker", "Bestelling €12")
    latin1 = raw_mail(b"Hallo").replace(b"Subject: Pakket kapot", "Subject: Café".encode("latin-1"))
    assert mention(latin1).text.startswith("Café\n")


# -- charsets -----------------------------------------------------------------------------------


def test_iso_8859_1() -> None:
    body = "Ik heb één vraag over mijn café-bestelling.".encode("iso-8859-1")
    m = mention(raw_mail(body, content_type="text/plain; charset=iso-8859-1"))
    assert "één vraag over mijn café-bestelling" in m.text
    qp = raw_mail(
        b"Caf=E9 =E9=E9n",
        content_type='text/plain; charset="ISO-8859-1"',
        encoding="quoted-printable",
    )
    assert mention(qp).text.endswith("Café één")


@pytest.mark.parametrize(
    ("declared", "body"),
    [
        ("utf-8", "café déjà vu".encode("latin-1")),  # latin-1 sent as UTF-8
        ("us-ascii", "café déjà vu".encode()),  # UTF-8 sent as ASCII
        ("x-does-not-exist", "café déjà vu".encode()),  # a charset nobody knows
        ("base64", "café déjà vu".encode()),  # a codec name that is not a text encoding
    ],
)
def test_wrongly_declared_charset(declared: str, body: bytes) -> None:
    m = mention(raw_mail(body, content_type=f"text/plain; charset={declared}"))
    assert m.text.endswith("café déjà vu")


def test_decode_text_never_fails() -> None:
    assert decode_text(bytes(range(256)), "utf-8")  # falls through to a single-byte charset
    assert decode_text("“quoted”".encode("cp1252"), "utf-8") == "“quoted”"
    assert decode_text(b"plain", None) == "plain"


# -- HTML ---------------------------------------------------------------------------------------

HTML = b"""<!DOCTYPE html><html><head><title>Mail title</title>
<style>p { color: red }</style><script>alert("head")</script></head>
<body><p>Beste&nbsp;Webshop,</p><p>Het &eacute;&eacute;n &amp; ander is <b>kapot</b>:<br>
de deksel<br/>en de kom.</p>
<script type="text/javascript">document.write("<p>injected</p>")</script>
<ul><li>order 123</li><li>order 456</li></ul>
<img src="https://tracker.example/x.gif" alt="tracker"><!-- a comment <p>hidden</p> -->
<p>Typ &lt;script&gt; niet na.</p></body></html>"""


def test_html_only_mail_becomes_safe_text() -> None:
    m = mention(raw_mail(HTML, content_type="text/html; charset=utf-8"))
    body = m.text.split("\n\n", 1)[1]
    assert body == (
        "Beste Webshop,\n\n"
        "Het één & ander is kapot:\nde deksel\nen de kom.\n\n"
        "- order 123\n- order 456\n\n"
        "Typ <script> niet na."
    )
    for gone in ("alert", "injected", "color", "Mail title", "tracker", "hidden", "<p", "<b>"):
        assert gone not in m.text


def test_plain_text_is_preferred_over_html() -> None:
    msg = EmailMessage()
    msg["From"] = "a@example.nl"
    msg["Subject"] = "Vraag"
    msg.set_content("De platte tekst.")
    msg.add_alternative("<p>De <i>HTML</i> tekst.</p>", subtype="html")
    assert mention(msg.as_bytes()).text == "Vraag\n\nDe platte tekst."
    empty_plain = EmailMessage()
    empty_plain["From"] = "a@example.nl"
    empty_plain.set_content("   \n")
    empty_plain.add_alternative("<p>Alleen in HTML.</p>", subtype="html")
    assert mention(empty_plain.as_bytes()).text == "Alleen in HTML."


def test_html_edge_cases() -> None:
    assert html_to_text("<p>voor</p><script>alert(1)") == "voor"  # unclosed: the rest dropped
    assert html_to_text("<head><title>x</title><body>lijf") == "lijf"  # unclosed head
    assert html_to_text("<div>a<div>b</div>c</div>") == "a\nb\nc"
    assert html_to_text("<pre>regel 1\n  regel 2</pre>") == "regel 1\nregel 2"
    assert html_to_text("<table><tr><td>a</td><td>b</td></tr></table>") == "a b"
    assert html_to_text("x<blockquote>oud<br>ouder</blockquote>y") == "x\n\n> oud\n> ouder\n\ny"
    assert html_to_text("<p>a &#8364; &#x20AC; &euro; &bogus; &</p>") == "a € € € &bogus; &"
    assert html_to_text("<<>>") == "<<>>"  # not tags: text, and plain text stays plain


# -- quotes -------------------------------------------------------------------------------------


def test_dutch_quote_is_trimmed() -> None:
    body = (
        b"Nee, het is nog steeds niet opgelost.\r\n\r\n"
        b"Groet, Jan\r\n\r\n"
        b"Op ma 2 dec. 2024 om 09:00 schreef Webshop Klantenservice <\r\n"
        b"klantenservice@shop.example>:\r\n\r\n"
        b"> Beste Jan,\r\n> We kijken ernaar.\r\n"
    )
    m = mention(raw_mail(body))
    assert m.text == "Pakket kapot\n\nNee, het is nog steeds niet opgelost.\n\nGroet, Jan"


@pytest.mark.parametrize(
    "quote",
    [
        "On Mon, Dec 2, 2024 at 9:00 AM Shop <shop@example.com> wrote:\n> old",
        "Op 2 dec. 2024, om 09:00 heeft Shop <shop@x.nl> het volgende geschreven:\n\n> oud",
        "Am 02.12.2024 um 09:00 schrieb Shop <shop@x.de>:\n> alt",
        "-----Original Message-----\nFrom: Shop\nSent: Monday\n\nold text",
        "-----Oorspronkelijk bericht-----\nVan: Shop\nold text",
        "________________________________\nVan: Shop <shop@x.nl>\nVerzonden: maandag\nold",
        "From: Shop <shop@x.nl>\nSent: Monday, December 2, 2024 9:00\nTo: Jan\nold text",
    ],
)
def test_quote_styles_are_trimmed(quote: str) -> None:
    assert trim_quoted("Mijn nieuwe vraag.\n\n" + quote) == "Mijn nieuwe vraag."


def test_interleaved_quotes_keep_the_new_lines() -> None:
    text = "> Wat is uw ordernummer?\n12345\n> En uw postcode?\n1234 AB"
    assert trim_quoted(text) == "12345\n1234 AB"


def test_a_message_that_is_only_a_quote_is_kept() -> None:
    text = "-----Original Message-----\nFrom: Jan\nSent: today\n\nHet originele bericht"
    assert trim_quoted(text) == text


def test_customer_words_that_look_like_an_attribution_are_kept() -> None:
    text = "On Monday I called you.\nOp de doos stond: breekbaar.\nFrom: my phone"
    assert trim_quoted(text) == text


def test_format_flowed_lines_are_joined() -> None:
    raw = raw_mail(
        b"Dit is een lange regel die \r\ndoorloopt.\r\nNieuwe regel.",
        content_type="text/plain; charset=utf-8; format=flowed",
    )
    assert mention(raw).text.endswith("Dit is een lange regel die doorloopt.\nNieuwe regel.")


# -- attachments --------------------------------------------------------------------------------


def test_attachments_are_listed_not_opened() -> None:
    msg = EmailMessage()
    msg["From"] = "Jan <jan@example.nl>"
    msg["Subject"] = "Factuur klopt niet"
    msg["Message-ID"] = "<att@example.nl>"
    msg.set_content("Zie de bijlagen.")
    msg.add_attachment(
        b"%PDF-1.4 SECRET-PDF-CONTENT" + b"x" * 11_973,
        maintype="application",
        subtype="pdf",
        filename="invoice.pdf",
    )
    msg.add_attachment(b"\xff\xd8" + b"j" * 1_199_998, maintype="image", subtype="jpeg",
                       filename="photo.jpg")  # fmt: skip
    msg.add_attachment("notes in a text file", filename="notes.txt")
    m = mention(msg.as_bytes())
    assert m.text == (
        "Factuur klopt niet\n\nZie de bijlagen.\n\n"
        "[attachments: invoice.pdf (12 kB), photo.jpg (1.2 MB), notes.txt (21 B)]"
    )


def test_broken_attachment_does_not_matter() -> None:
    body = (
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nZie bijlage.\r\n"
        b'--b\r\nContent-Type: application/zip; name="x.zip"\r\n'
        b"Content-Transfer-Encoding: base64\r\n"
        b'Content-Disposition: attachment; filename="x.zip"\r\n\r\n!!not base64 at all!!\r\n'
        b"--b--\r\n"
    )
    m = mention(raw_mail(body, content_type='multipart/mixed; boundary="b"', encoding=""))
    assert m.text == "Pakket kapot\n\nZie bijlage.\n\n[attachments: x.zip (13 B)]"  # an estimate


def test_only_attachments_and_no_words_is_quarantined() -> None:
    msg = EmailMessage()
    msg["From"] = "jan@example.nl"
    msg.add_attachment(b"data", maintype="application", subtype="octet-stream", filename="a.bin")
    entry = quarantined(msg.as_bytes())
    assert entry.reason == "no readable text in the e-mail (only attachments)"


# -- quarantine ---------------------------------------------------------------------------------


def test_over_large_mail_is_quarantined() -> None:
    raw = raw_mail(b"x" * 5000)
    entry = quarantined(raw, max_bytes=1000, line=42)
    assert entry.line == 42
    assert entry.reason == "e-mail too large (5 kB, at most 1 kB); not imported"
    assert len(entry.raw) <= 1000
    assert DEFAULT_MAX_BYTES == 10 * 1024 * 1024
    assert isinstance(parse_message(raw, RECEIVED), RawMention)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\xff\xfe\x00garbage without any header\r\n", "not an e-mail message: no headers found"),
        (b"Subject: hi\r\n\r\nno sender", "no sender address"),
        (b"From: undisclosed-recipients:;\r\nSubject: hi\r\n\r\nx", "no sender address"),
        (b"From: a@example.nl\r\n\r\n  \r\n", "no readable text in the e-mail"),
    ],
)
def test_unreadable_mail_is_quarantined(raw: bytes, reason: str) -> None:
    entry = quarantined(raw)
    assert entry.reason.startswith(reason)
    assert "\x00" not in entry.raw


def test_very_long_body_is_shortened() -> None:
    m = mention(raw_mail(b"woord " * 10_000))
    assert len(m.text) <= 20_000
    assert m.text.endswith("[… message shortened]")


# -- never raises -------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                b"From: a@example.nl\r\n",
                b"Subject: =?x-unknown?q?caf=E9?=\r\n",
                b"Content-Type: multipart/mixed; boundary=b\r\n",
                b"Content-Type: text/html; charset=utf-16\r\n",
                b"Content-Transfer-Encoding: base64\r\n",
                b"Date: Fri, 31 Feb 2024 25:61:00 +9999\r\n",
                b"Message-ID: <<>>\r\n",
                b"\r\n",
                b"--b\r\n",
                b"<script>x</script><p>t&#0;&#xD800;</p>\r\n",
                b"\xff\xfe\x00\x80",
                b"Subject: caf\xe9 =?utf-8?b?/w==?=\r\n",
                b"From: J\xc3\xb6s \xff <a@b.nl>\r\n",
                b"Content-Disposition: attachment; filename*=utf-8''%FF%FE.pdf\r\n",
            ]
        )
        | st.binary(max_size=40),
        max_size=20,
    )
)
def test_any_bytes_give_a_message_or_a_quarantine_entry(pieces: list[bytes]) -> None:
    item = parse_message(b"".join(pieces), RECEIVED)
    assert isinstance(item, RawMention | QuarantineEntry)
    if isinstance(item, RawMention):
        assert item.text.strip()
        assert "\x00" not in item.text
        (item.text + item.author + item.author_name).encode("utf-8")  # no lone surrogates
        assert item.created_at.tzinfo is not None

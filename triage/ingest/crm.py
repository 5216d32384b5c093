"""CRM exports: customers, orders, surveys and referrals as CSV, parsed and checked row by row.

Pure parsing, no database. Each parser yields records or quarantine entries and never raises on a
bad row: one unreadable line must not cost the rest of the file. Checks that need other files or
the database (an order of an unknown customer, an address another customer already owns) belong
to the service layer; `conflicting_identities` covers the within-file case.

Accepted input, so the service and the docs (docs/crm-import.md) can promise it:

* UTF-8 with or without BOM, UTF-16 with BOM, and Windows-1252 (what Dutch Excel writes for
  "CSV (puntkomma-gescheiden)"); a row with bytes that fit none of these is quarantined.
* `,`, `;` or tab between fields, sniffed from the header line; Excel's `sep=;` first line too.
* Headers matched case-insensitively; extra columns ignored; `mapping` renames columns.
* Dates: ISO 8601 (`2024-03-05`, `2024-03-05T14:30:00+01:00`), `dd-mm-yyyy`, `dd/mm/yyyy` and
  `dd.mm.yyyy`, optionally followed by `HH:MM[:SS]`. Always day first. Times without a zone are
  read as UTC, as everywhere else in the importer.
* Numbers: `12.50`, `12,50`, `1.234,56`, `1,234.56`, `€ 12,50`, `-5,00` (see `parse_number`).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal, TypeVar

from triage.domain.models import QuarantineEntry
from triage.ingest.formats import _has_bad_bytes, parse_time
from triage.ingest.importer import identity_channel, normalise_handle

SurveyKind = Literal["nps", "ces"]

MAX_ID = 100  # customers.crm_id and orders.order_ref are String(100)
MAX_NAME = 300  # customers.display_name
MAX_HANDLE = 300  # identities.handle
MAX_CHANNEL = 50  # identities.channel
MAX_FIELD = 2_000  # any other cell; longer ones are pasted dumps, not CRM data
MAX_RAW = 500  # characters of a bad row kept in the quarantine
DEFAULT_COUNTRY_CODE = "31"  # the Netherlands: national numbers start with a single 0

# Channels whose handles are written "@name". The importer stores whatever the message's author
# field holds, lower-cased (`normalise_handle`), and those fields carry the "@" for these
# channels (the X export parser adds it), so a CRM handle gets it too, or it would never meet.
AT_CHANNELS = frozenset({"x", "instagram", "tiktok", "mastodon", "bluesky", "threads"})
# Other spellings of a channel the app knows under one name.
CHANNEL_ALIASES = {"twitter": "x", "e-mail": "email", "mail": "email"}

TRUE_WORDS = frozenset({"1", "true", "yes", "y", "ja", "j", "waar"})  # WAAR: Dutch Excel's TRUE
FALSE_WORDS = frozenset({"0", "false", "no", "n", "nee", "onwaar"})
SURVEY_KINDS: dict[str, SurveyKind] = {"nps": "nps", "ces": "ces"}
SCORE_RANGES: dict[SurveyKind, tuple[int, int]] = {"nps": (0, 10), "ces": (1, 7)}


# -- records --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CrmCustomer:
    customer_id: str
    name: str
    emails: tuple[str, ...]  # lower-cased, in file order, without repeats
    phones: tuple[str, ...]  # "+<country><number>", see normalise_phone
    handles: tuple[tuple[str, str], ...]  # (channel, handle), see normalise_identity
    line: int


@dataclass(frozen=True, slots=True)
class CrmOrder:
    customer_id: str
    order_id: str
    day: datetime  # aware, UTC
    amount: float  # may be negative: credit notes and refunds are orders too in most CRMs
    margin: float | None
    line: int


@dataclass(frozen=True, slots=True)
class CrmSurvey:
    customer_id: str
    at: datetime  # aware, UTC
    kind: SurveyKind
    score: int
    ticket_id: int | None
    line: int


@dataclass(frozen=True, slots=True)
class CrmReferral:
    referrer_id: str
    referred_id: str
    at: datetime  # aware, UTC
    converted: bool
    line: int


@dataclass(frozen=True, slots=True)
class _Form:
    """One canonical CSV form: its columns, and those a file must have."""

    name: str
    columns: tuple[str, ...]
    required: tuple[str, ...]
    any_of: tuple[str, ...] = ()  # at least one of these must be present too


CUSTOMERS = _Form(
    "customers",
    ("customer_id", "name", "email", "phone", "handles"),
    ("customer_id", "name"),
    any_of=("email", "phone", "handles"),
)
ORDERS = _Form(
    "orders",
    ("customer_id", "order_id", "date", "amount", "margin"),
    ("customer_id", "order_id", "date", "amount"),
)
SURVEYS = _Form(
    "surveys",
    ("customer_id", "date", "kind", "score", "ticket_id"),
    ("customer_id", "date", "kind", "score"),
)
REFERRALS = _Form(
    "referrals",
    ("referrer_id", "referred_id", "date", "converted"),
    ("referrer_id", "referred_id", "date", "converted"),
)
FORMS = {f.name: f for f in (CUSTOMERS, ORDERS, SURVEYS, REFERRALS)}


class _Bad(Exception):
    """A row that cannot be imported; the message is the plain-English reason."""


# -- value parsers (public: the service and the matcher normalise the same way) -----------------

_EMAIL = re.compile(
    r"[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)+"
)
_PHONE_NOISE = re.compile(r"[\s\-./()\u00a0]")
_CHANNEL = re.compile(r"[a-z][a-z0-9_-]*")
_SPLIT_LIST = re.compile(r"[;,]")
_DMY = re.compile(
    r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?", re.ASCII
)
_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?", re.ASCII)
_SEPARATOR = re.compile(r"[.,]")
_NUMBER = re.compile(r"([+-]?)(\d+(?:[.,]\d+)*)", re.ASCII)
_CURRENCY = re.compile(r"^([+-]?)(?:€|eur|\$|usd|£|gbp)|(?:€|eur|\$|usd|£|gbp)$", re.IGNORECASE)


def normalise_email(value: str) -> str:
    """Lower-cased and stripped; `<jan@x.nl>` and `mailto:jan@x.nl` are unwrapped.

    Raises ValueError with the reason when it does not look like an address."""
    address = value.strip().strip("<>").strip()
    if address.lower().startswith("mailto:"):
        address = address[7:]
    address = address.lower()
    if len(address) > MAX_HANDLE or not _EMAIL.fullmatch(address) or ".." in address:
        raise ValueError(f"e-mail address looks invalid: {_show(value)}")
    return address


def normalise_phone(value: str, country_code: str = DEFAULT_COUNTRY_CODE) -> str:
    """E.164-ish: "+" then 8 to 15 digits, no spaces or dashes.

    * a leading "+" stays; `+31 (0)6 1234 5678` drops the "(0)": `+31612345678`
    * "00" is the international prefix: `0031 6 12345678` → `+31612345678`
    * a single leading "0" is a national number: `06-12345678` → `+31612345678`
      (`country_code`, the Netherlands by default)
    * exactly nine digits and no prefix is a national number whose 0 a spreadsheet dropped:
      `612345678` → `+31612345678`; eleven digits starting with the country code get a "+"
    Anything else (letters, `3.16E+10`, too short or long) raises ValueError with the reason."""
    text = value.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    digits = _PHONE_NOISE.sub("", text.replace("(0)", ""))
    plus = digits.startswith("+")
    if plus:
        digits = digits[1:]
    if not digits.isdigit() or not digits.isascii():
        raise ValueError(f"phone number looks invalid: {_show(value)}")
    if not plus:
        if digits.startswith("00"):
            digits = digits[2:]
        elif digits.startswith("0"):
            digits = country_code + digits[1:]
        elif len(digits) == 9:
            digits = country_code + digits
        elif not (digits.startswith(country_code) and len(digits) == len(country_code) + 9):
            raise ValueError(f"phone number looks invalid: {_show(value)}")
    if not 8 <= len(digits) <= 15:
        raise ValueError(f"phone number looks invalid: {_show(value)}")
    return "+" + digits


def normalise_channel(channel: str) -> str:
    """Lower-cased, `_dm` suffixes and aliases (`twitter` → `x`) folded as the importer does."""
    name = identity_channel(channel.strip().lower())
    return CHANNEL_ALIASES.get(name, name)


def normalise_identity(channel: str, handle: str) -> tuple[str, str]:
    """(channel, handle) as the importer keys identities: `normalise_handle`, plus exactly one
    leading "@" on the channels in AT_CHANNELS (`instagram`, `jan.j` → `@jan.j`). E-mail
    identities are normalised as e-mail addresses. Raises ValueError with the reason."""
    name = normalise_channel(channel)
    shown = f"{channel}:{handle}"
    if not _CHANNEL.fullmatch(name) or len(name) > MAX_CHANNEL:
        raise ValueError(f"handle has an unknown kind of channel: {_show(shown)}")
    if name == "email":
        return name, normalise_email(handle)
    value = normalise_handle(handle)
    if name in AT_CHANNELS:
        value = "@" + value.lstrip("@")
    if (
        value in ("", "@")
        or len(value) > MAX_HANDLE
        or any(c.isspace() or c in "/:" for c in value)
    ):
        raise ValueError(f"handle looks invalid: {_show(shown)}")
    return name, value


def parse_number(value: str, column: str = "amount") -> float:
    """A decimal number as spreadsheets write it. Spaces and a currency sign (€, EUR, $) go.

    When both "." and "," occur, the last one is the decimal separator (`1.234,56`, `1,234.56`).
    When one of them occurs once, it is the decimal separator (`12,50` and `12.50` are 12.5; so
    `1.234` is 1.234, not 1234). When one occurs more than once it groups thousands
    (`1.234.567`). Thousands groups must hold three digits. NaN and infinity are refused."""
    cleaned = value.strip()
    if _PLAIN_NUMBER.fullmatch(cleaned):  # most cells: no need for the rules below
        return float(cleaned)
    for space in (" ", "\u00a0", "\u202f"):  # thousands may be grouped with (no-break) spaces
        cleaned = cleaned.replace(space, "")
    match = _NUMBER.fullmatch(_CURRENCY.sub(r"\1", cleaned))
    if not match:
        raise ValueError(f"{column} is not a number: {_show(value)}")
    sign, body = match.groups()
    last_dot, last_comma = body.rfind("."), body.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        decimal = "." if last_dot > last_comma else ","
    elif body.count(".") == 1 or body.count(",") == 1:
        decimal = "." if last_dot >= 0 else ","
    else:
        decimal = ""  # no separator, or only thousands separators
    whole, _, fraction = body.rpartition(decimal) if decimal else (body, "", "")
    groups = _SEPARATOR.split(whole)
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise ValueError(f"{column} is not a number: {_show(value)}")
    return float(f"{sign}{''.join(groups)}.{fraction or '0'}")


def parse_date(value: str, column: str = "date") -> datetime:
    """ISO 8601, dd-mm-yyyy, dd/mm/yyyy or dd.mm.yyyy with an optional time; aware, in UTC."""
    text = value.strip()
    if not text:
        raise ValueError(f"missing {column}")
    match = _DMY.fullmatch(text)
    try:
        if match:
            day, _, month, year, hour, minute, second = match.groups()
            clock = (int(hour or 0), int(minute or 0), int(second or 0))
            return datetime(int(year), int(month), int(day), *clock, tzinfo=UTC)
        return parse_time(text)
    except ValueError:
        forms = "yyyy-mm-dd, dd-mm-yyyy or dd/mm/yyyy"
        raise ValueError(f"{column} is not a valid date: {_show(value)} (use {forms})") from None


def parse_bool(value: str, column: str = "converted") -> bool:
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(f"{column} must be yes or no (1/0, true/false, ja/nee), not {_show(value)}")


def _whole(value: str, column: str) -> int:
    """A whole number; "7.0" and "7,0" from a spreadsheet count, "7.5" does not."""
    try:
        number = parse_number(value, column)
    except ValueError:
        raise ValueError(f"{column} is not a whole number: {_show(value)}") from None
    if not number.is_integer():
        raise ValueError(f"{column} is not a whole number: {_show(value)}")
    return int(number)


def _show(value: str, limit: int = 60) -> str:
    text = value.strip()
    return repr(text if len(text) <= limit else text[:limit] + "…")


# -- reading the file -----------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    """The file's text; undecodable bytes stay as lone surrogates so their rows get quarantined."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")  # Excel's "Unicode text" export
    text = data.decode("utf-8", errors="surrogateescape").removeprefix("\ufeff")
    if not _has_bad_bytes(text):
        return text
    # Not UTF-8. If nothing in it decoded as a real multi-byte UTF-8 character it is an ANSI
    # export (Windows-1252). If some did, it is UTF-8 with damage: keep it and quarantine the
    # damaged rows, rather than turn every "é" in the file into "Ã©".
    if all(c.isascii() or "\udc80" <= c <= "\udcff" for c in text):
        return data.decode("cp1252", errors="surrogateescape")
    return text


def _sniff_delimiter(header: str) -> str:
    """The most frequent of `,` `;` and tab outside quotes in the header line; `,` on a tie."""
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def _clean_raw(text: str) -> str:
    raw = text.rstrip("\r\n")[:MAX_RAW]
    return raw.encode("utf-8", "replace").decode("utf-8") if _has_bad_bytes(raw) else raw


Row = tuple[int, dict[str, str], str]  # line, canonical column -> cell, raw text


def _rows(data: bytes, form: _Form, mapping: Mapping[str, str]) -> Iterator[Row | QuarantineEntry]:
    """Each data row as canonical column -> cell, or why the row (or the header) cannot be read."""
    lines = io.StringIO(_decode(data), newline="").readlines()
    first = 0
    while first < len(lines) and not lines[first].strip():
        first += 1  # blank lines before the header
    hint = lines[first].rstrip("\r\n") if first < len(lines) else ""
    if hint.lower().startswith("sep=") and len(hint) == 5:  # Excel's own delimiter hint line
        delimiter = hint[4]
        first += 1
    else:
        delimiter = _sniff_delimiter(hint)
    reader = csv.reader(iter(lines[first:]), delimiter=delimiter, strict=True)
    offset = first  # physical line numbers are 1-based and count the skipped lines

    columns: dict[str, int] | None = None
    width = 0
    while True:
        start = offset + reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            if columns is None:
                expected = ",".join(form.columns)
                reason = f"the file is empty: expected a header line like {expected}"
                yield QuarantineEntry(1, reason)
            return
        except csv.Error as exc:
            raw = _clean_raw(lines[start - 1])
            if columns is None:
                yield QuarantineEntry(start, f"the header line cannot be read: {exc}", raw)
                return
            yield QuarantineEntry(start, f"unreadable CSV: {exc}", raw)
            # Read on from the next line: an unclosed quote must not swallow the rest of the file.
            reader = csv.reader(iter(lines[start:]), delimiter=delimiter, strict=True)
            offset = start
            continue
        raw = _clean_raw("".join(lines[start - 1 : offset + reader.line_num]))
        if columns is None:
            if not any(cell.strip() for cell in cells):
                continue
            found = _header_columns(cells, form, mapping)
            if isinstance(found, str):
                yield QuarantineEntry(start, found, raw)
                return
            columns, width = found, len(cells)
            continue
        if not any(cell.strip() for cell in cells):
            continue
        extra = cells[width:]
        if len(cells) < width or any(cell.strip() for cell in extra):
            hint_text = ""
            if len(cells) > width and delimiter == ",":
                hint_text = " (a number with a decimal comma, or a comma not inside quotes?)"
            reason = f"expected {width} fields, found {len(cells)}{hint_text}"
            yield QuarantineEntry(start, reason, raw)
            continue
        if any(_has_bad_bytes(c) for c in cells):
            yield QuarantineEntry(start, "the line is not valid UTF-8 or Windows-1252 text", raw)
            continue
        if any("\x00" in cell for cell in cells):
            yield QuarantineEntry(start, "the line contains NUL bytes", raw)
            continue
        values = {name: cells[index] for name, index in columns.items()}
        too_long = next((n for n, v in values.items() if len(v) > MAX_FIELD), None)
        if too_long is not None:
            size = len(values[too_long])
            reason = f"{too_long} is too long ({size} characters, at most {MAX_FIELD})"
            yield QuarantineEntry(start, reason, raw)
            continue
        yield start, values, raw


def _header_columns(
    cells: list[str], form: _Form, mapping: Mapping[str, str]
) -> dict[str, int] | str:
    """Canonical column -> position in the file, or why the header does not do."""
    positions: dict[str, list[int]] = {}
    for index, cell in enumerate(cells):
        positions.setdefault(cell.strip().removeprefix("\ufeff").casefold(), []).append(index)
    columns: dict[str, int] = {}
    missing: list[str] = []
    for name in form.columns:
        wanted = mapping.get(name, name)
        found = positions.get(wanted.strip().casefold(), [])
        if len(found) > 1:
            return f"the header has {len(found)} columns named {wanted!r}"
        if found:
            columns[name] = found[0]
        elif name in form.required or name in mapping:
            # a mapped column is one the user expects: a typo must not silently drop it
            missing.append(name if wanted == name else f"{name} (mapped to {wanted!r})")
    if not missing and form.any_of and not any(n in columns for n in form.any_of):
        missing.append("one of " + ", ".join(form.any_of))
    if missing:
        label = "column" if len(missing) == 1 else "columns"
        headers = ", ".join(repr(c.strip()) for c in cells if c.strip()) or "nothing"
        return f"missing {label} {', '.join(missing)}; the header has {headers}"
    return columns


_R = TypeVar("_R")


def _parse(
    data: bytes,
    form: _Form,
    mapping: Mapping[str, str] | None,
    build: Callable[[int, dict[str, str]], _R],
) -> Iterator[_R | QuarantineEntry]:
    """Validate the mapping now (a caller's mistake, not the file's), then read lazily."""
    mapping = {k.strip().lower(): v for k, v in (mapping or {}).items()}
    unknown = sorted(set(mapping) - set(form.columns))
    if unknown:
        known = ", ".join(form.columns)
        raise ValueError(f"unknown column {unknown[0]!r} in the {form.name} mapping; use {known}")
    if any(not header.strip() for header in mapping.values()):
        raise ValueError(f"the {form.name} mapping names an empty column")
    return _build_all(data, form, mapping, build)


def _build_all(
    data: bytes,
    form: _Form,
    mapping: Mapping[str, str],
    build: Callable[[int, dict[str, str]], _R],
) -> Iterator[_R | QuarantineEntry]:
    for item in _rows(data, form, mapping):
        if isinstance(item, QuarantineEntry):
            yield item
            continue
        line, values, raw = item
        try:
            yield build(line, values)
        except (_Bad, ValueError) as exc:  # the value parsers raise ValueError with the reason
            yield QuarantineEntry(line, str(exc), raw)


def _required_id(values: dict[str, str], column: str) -> str:
    value = values.get(column, "").strip()
    if not value:
        raise _Bad(f"missing {column}")
    if len(value) > MAX_ID:
        raise _Bad(f"{column} is too long ({len(value)} characters, at most {MAX_ID})")
    return value


def _items(cell: str) -> list[str]:
    """Several values in one cell, separated by `;` (or `,`), without empties."""
    return [part.strip() for part in _SPLIT_LIST.split(cell) if part.strip()]


def _unique(values: Iterable[_R]) -> tuple[_R, ...]:
    return tuple(dict.fromkeys(values))


# -- the four forms -------------------------------------------------------------------------------


def parse_customers(
    data: bytes, mapping: Mapping[str, str] | None = None
) -> Iterator[CrmCustomer | QuarantineEntry]:
    """`customer_id,name,email,phone,handles`; email, phone and handles may hold several values
    separated by `;`, handles as `channel:handle` (`x:@janjansen;instagram:jan.j`)."""
    seen: dict[str, int] = {}

    def build(line: int, values: dict[str, str]) -> CrmCustomer:
        customer_id = _required_id(values, "customer_id")
        if customer_id in seen:
            raise _Bad(f"duplicate customer_id {customer_id!r} (first on line {seen[customer_id]})")
        name = " ".join(values.get("name", "").split())
        if len(name) > MAX_NAME:
            raise _Bad(f"name is too long ({len(name)} characters, at most {MAX_NAME})")
        emails = _unique(normalise_email(e) for e in _items(values.get("email", "")))
        phones = _unique(normalise_phone(p) for p in _items(values.get("phone", "")))
        handles = _unique(_handle(h) for h in _items(values.get("handles", "")))
        if not (name or emails or phones or handles):
            raise _Bad(f"customer {customer_id!r} has no name, e-mail address, phone or handle")
        seen[customer_id] = line  # only a row that imports claims the id
        return CrmCustomer(customer_id, name, emails, phones, handles, line)

    return _parse(data, CUSTOMERS, mapping, build)


def _handle(item: str) -> tuple[str, str]:
    channel, colon, handle = item.partition(":")
    if not colon or not channel.strip() or not handle.strip():
        raise ValueError(f"a handle needs its channel, like x:@janjansen, not {_show(item)}")
    return normalise_identity(channel, handle)


def parse_orders(
    data: bytes, mapping: Mapping[str, str] | None = None
) -> Iterator[CrmOrder | QuarantineEntry]:
    """`customer_id,order_id,date,amount,margin`; margin may be empty or absent."""
    seen: dict[str, int] = {}

    def build(line: int, values: dict[str, str]) -> CrmOrder:
        customer_id = _required_id(values, "customer_id")
        order_id = _required_id(values, "order_id")
        if order_id in seen:
            raise _Bad(f"duplicate order_id {order_id!r} (first on line {seen[order_id]})")
        day = parse_date(values.get("date", ""))
        amount_cell = values.get("amount", "")
        if not amount_cell.strip():
            raise _Bad("missing amount")
        amount = parse_number(amount_cell, "amount")
        margin_cell = values.get("margin", "")
        margin = parse_number(margin_cell, "margin") if margin_cell.strip() else None
        seen[order_id] = line
        return CrmOrder(customer_id, order_id, day, amount, margin, line)

    return _parse(data, ORDERS, mapping, build)


def parse_surveys(
    data: bytes, mapping: Mapping[str, str] | None = None
) -> Iterator[CrmSurvey | QuarantineEntry]:
    """`customer_id,date,kind,score,ticket_id`: kind nps (0–10) or ces (1–7); ticket_id optional."""

    def build(line: int, values: dict[str, str]) -> CrmSurvey:
        customer_id = _required_id(values, "customer_id")
        at = parse_date(values.get("date", ""))
        kind_cell = values.get("kind", "").strip()
        if not kind_cell:
            raise _Bad("missing kind")
        kind = SURVEY_KINDS.get(kind_cell.lower())
        if kind is None:
            raise _Bad(f"unknown survey kind {_show(kind_cell)} (use nps or ces)")
        score_cell = values.get("score", "")
        if not score_cell.strip():
            raise _Bad("missing score")
        score = _whole(score_cell, "score")
        low, high = SCORE_RANGES[kind]
        if not low <= score <= high:
            article = "an" if kind == "nps" else "a"
            raise _Bad(f"score {score} is outside {low}–{high} for {article} {kind.upper()} answer")
        ticket_cell = values.get("ticket_id", "").strip().lstrip("#")
        ticket_id = _whole(ticket_cell, "ticket_id") if ticket_cell else None
        if ticket_id is not None and ticket_id < 1:
            raise _Bad(f"ticket_id must be 1 or more, not {ticket_id}")
        return CrmSurvey(customer_id, at, kind, score, ticket_id, line)

    return _parse(data, SURVEYS, mapping, build)


def parse_referrals(
    data: bytes, mapping: Mapping[str, str] | None = None
) -> Iterator[CrmReferral | QuarantineEntry]:
    """`referrer_id,referred_id,date,converted`: converted is 1/0, true/false, yes/no, ja/nee."""
    seen: dict[tuple[str, str], int] = {}

    def build(line: int, values: dict[str, str]) -> CrmReferral:
        referrer = _required_id(values, "referrer_id")
        referred = _required_id(values, "referred_id")
        if referrer == referred:
            raise _Bad(f"customer {referrer!r} cannot refer themselves")
        if (referrer, referred) in seen:
            first = seen[(referrer, referred)]
            raise _Bad(
                f"duplicate referral of {referred!r} by {referrer!r} (first on line {first})"
            )
        at = parse_date(values.get("date", ""))
        converted_cell = values.get("converted", "")
        if not converted_cell.strip():
            raise _Bad("missing converted")
        converted = parse_bool(converted_cell)
        seen[(referrer, referred)] = line
        return CrmReferral(referrer, referred, at, converted, line)

    return _parse(data, REFERRALS, mapping, build)


# -- within-file checks ---------------------------------------------------------------------------


def conflicting_identities(
    customers: Iterable[CrmCustomer | QuarantineEntry],
) -> list[QuarantineEntry]:
    """One entry per e-mail address or handle that a later customer claims after an earlier one.

    The entry points at the later customer's line: the service should hold that customer's
    identity back (or the whole row) rather than guess who owns it. Phone numbers are not
    checked: a household or a company switchboard shares one, so it proves nothing.
    Quarantine entries in the input are skipped, so a parser's output can be passed whole."""
    owners: dict[tuple[str, str], tuple[str, int]] = {}
    found: list[QuarantineEntry] = []
    for customer in customers:
        if not isinstance(customer, CrmCustomer):
            continue
        keys = [("email", e) for e in customer.emails] + list(customer.handles)
        for key in dict.fromkeys(keys):
            owner = owners.setdefault(key, (customer.customer_id, customer.line))
            if owner[0] == customer.customer_id:
                continue
            what = (
                f"e-mail address {key[1]!r}" if key[0] == "email" else f"handle {key[0]}:{key[1]}"
            )
            reason = (
                f"{what} of customer {customer.customer_id!r} also belongs to customer "
                f"{owner[0]!r} (line {owner[1]})"
            )
            found.append(QuarantineEntry(customer.line, reason, customer.customer_id))
    return found

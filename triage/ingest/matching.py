"""Who might this be? Ranked suggestions to link a social identity to a known customer.

Pure functions over plain records, no database. Suggestions only, never a merge: an agent
confirms or rejects each one. Identifiers that are exactly shared (the same e-mail address as an
identity's handle, say) are linked elsewhere; this module weighs softer evidence:

* an e-mail address, phone number or order number in the identity's messages that belongs to a
  candidate (strong);
* a display name like one of the candidate's (token_sort_ratio ≥ 90, diacritics folded) or with
  the same first and last name;
* a handle like one of the candidate's handles, e-mail names or names (ratio ≥ 85 after
  dropping "@", dots, underscores, dashes and trailing digits).

`CandidateIndex` is built once (dicts for the exact hits, prepared string lists for rapidfuzz)
so one identity is ranked against 100,000 candidates well within a second.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

from rapidfuzz import fuzz, process

from triage.ingest.crm import CrmCustomer, normalise_email, normalise_phone

NAME_CUTOFF = 90.0  # token_sort_ratio of folded names
HANDLE_CUTOFF = 85.0  # ratio of handle keys
MIN_HANDLE_KEY = 4  # "jan" is like half the country's handles
FUZZY_LIMIT = 200  # hits per fuzzy lookup; a common name gives many equally good ones
MAX_TEXT = 20_000  # characters read per message
SNIPPET = 40  # characters of context either side of a mention

# Points per signal (0..100), combined as independent evidence: 1 - Π(1 - p/100).
POINTS_EMAIL = 90
POINTS_PHONE = 85
POINTS_ORDER = 80
POINTS_FIRST_LAST = 55
POINTS_NAME = (40, 55)  # at the cutoff .. at 100% alike
POINTS_HANDLE = (35, 50)

# Words that announce an order number, Dutch and English.
ORDER_WORDS = (
    r"order(?:s|nummer|nr|no|[- ]?id)?|bestel(?:ling|lingen|nummer|nr)|"
    r"factuur(?:nummer|nr)?|facturen|invoices?|ordernummers"
)
# The number may follow the word after up to three words ("mijn bestelling met nummer 10023"),
# none of them numbers, and is not part of a decimal amount ("factuur van 12345,00").
DEFAULT_ORDER_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(
        rf"\b(?:{ORDER_WORDS})\b[^\w#]*(?:[^\W\d]\w*[^\w#]+){{0,3}}?#?(?P<order>\d{{5,10}})\b"
        r"(?![.,]\d)",
        re.IGNORECASE,
    ),
)
# "bestellingen 10023 en 10024": more numbers joined to one that a pattern found.
_MORE_ORDERS = re.compile(
    r"\s*(?:,|&|\+|/|\ben\b|\band\b|\bof\b|\bor\b)\s*#?(\d{5,10})\b(?![.,]\d)", re.IGNORECASE
)
_EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# International (+ or 00) or national (0) numbers only: a bare run of digits is more often an
# order, an amount or a postcode than a phone number.
_PHONE_IN_TEXT = re.compile(r"(?<![\w+])(?:\+\d|0)[\d \-.()/\u00a0]{6,22}\d(?!\w)")
_NOT_WORD = re.compile(r"[\W_]+")
_HANDLE_NOISE = re.compile(r"[._\-]")
_TRAILING_DIGITS = re.compile(r"\d+$")
# Shared mailbox names say nothing about who writes from them.
ROLE_MAILBOXES = frozenset(
    {
        *("info", "contact", "admin", "sales", "support", "service", "klantenservice", "office"),
        *("hello", "hallo", "noreply", "mail", "post", "team", "administratie", "receptie"),
    }
)


# -- records --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ContactPoints:
    emails: tuple[str, ...]  # normalised as normalise_email
    phones: tuple[str, ...]  # normalised as normalise_phone
    order_numbers: tuple[str, ...]  # as written, without "#"


@dataclass(frozen=True, slots=True)
class Identity:
    """The identity to place: an account on a channel, and the name it shows."""

    channel: str
    handle: str
    display_name: str = ""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A customer it might belong to, with everything known about them."""

    customer_id: int
    display_names: tuple[str, ...] = ()
    handles: tuple[tuple[str, str], ...] = ()  # (channel, handle)
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    order_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LinkSignal:
    """One piece of evidence in a language-neutral form, for storing and translating."""

    # email_in_text, phone_in_text, order_in_text, similar_name, same_first_last_name or
    # similar_handle
    key: str
    points: int
    args: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class LinkSuggestion:
    customer_id: int
    score: int  # 0..100
    reasons: tuple[str, ...]  # plain English, strongest first
    evidence: tuple[str, ...]  # the words in the messages, or the two names/handles compared
    signals: tuple[LinkSignal, ...] = ()  # the same reasons as key + args, strongest first

    def as_json(self) -> list[dict[str, object]]:
        """The stored form of the reasons (link_suggestions.reasons)."""
        return [{"key": s.key, "points": s.points, "args": dict(s.args)} for s in self.signals]


def candidate_from_crm(
    customer: CrmCustomer, customer_id: int, order_ids: Iterable[str] = ()
) -> Candidate:
    """A candidate from a parsed CRM row, under the database id it was stored as."""
    return Candidate(
        customer_id=customer_id,
        display_names=(customer.name,) if customer.name else (),
        handles=customer.handles,
        emails=customer.emails,
        phones=customer.phones,
        order_ids=tuple(order_ids),
    )


# -- text -----------------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower-case words, no diacritics or punctuation: "José  Pérez-Ruiz" → "jose perez ruiz"."""
    if not text.isascii():  # most names are ASCII: skip the costly decomposition for them
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def name_key(name: str) -> str:
    """Folded tokens in sorted order, so plain `ratio` equals token_sort_ratio and the choices are
    sorted once at build time instead of on every comparison. "Jansen, Jan" reads as "Jan Jansen".
    """
    return " ".join(sorted(fold(_reorder(name)).split()))


def _reorder(name: str) -> str:
    last, comma, first = name.partition(",")
    return f"{first} {last}" if comma and first.strip() and "," not in first else name


def first_last(name: str) -> tuple[str, str] | None:
    tokens = fold(_reorder(name)).split()
    return (tokens[0], tokens[-1]) if len(tokens) >= 2 else None


def handle_key(handle: str) -> str:
    """The name inside a handle: "@Jan.Jansen_88" and "jan_jansen@mastodon.social" → "janjansen".

    Drops the "@", a Mastodon instance or e-mail domain, a Bluesky ".bsky.social" suffix, dots,
    underscores, dashes and trailing digits (the "88" people add when the name was taken)."""
    value = handle.strip().lower().lstrip("@").split("@", 1)[0].removesuffix(".bsky.social")
    return _TRAILING_DIGITS.sub("", _HANDLE_NOISE.sub("", fold(value).replace(" ", "")))


def _order_key(order_id: str) -> str:
    return order_id.strip().lstrip("#").strip().lower()


@dataclass(frozen=True, slots=True)
class _Mention:
    kind: str  # email, phone, order
    value: str
    start: int
    end: int


def _compile(patterns: Sequence[str | re.Pattern[str]] | None) -> tuple[re.Pattern[str], ...]:
    if patterns is None:
        return DEFAULT_ORDER_PATTERNS
    return tuple(p if isinstance(p, re.Pattern) else re.compile(p, re.IGNORECASE) for p in patterns)


def _scan(text: str, order_patterns: Sequence[re.Pattern[str]]) -> list[_Mention]:
    text = text[:MAX_TEXT]
    found: list[_Mention] = []
    for match in _EMAIL_IN_TEXT.finditer(text):
        try:
            email = normalise_email(match.group())
        except ValueError:
            continue
        found.append(_Mention("email", email, match.start(), match.end()))
    for match in _PHONE_IN_TEXT.finditer(text):
        phone = _phone(match.group())
        if phone:
            found.append(_Mention("phone", phone, match.start(), match.end()))
    for pattern in order_patterns:
        for match in pattern.finditer(text):
            group = "order" if "order" in pattern.groupindex else (1 if pattern.groups else 0)
            found.append(_Mention("order", match.group(group).lstrip("#"), *match.span(group)))
            position = match.end(group)
            while more := _MORE_ORDERS.match(text, position):
                found.append(_Mention("order", more.group(1), *more.span(1)))
                position = more.end()
    return found


def _phone(written: str) -> str:
    """The number in a phone-like stretch of text, or ""; drops trailing groups that do not fit
    ("bel 06 12345678 10023" is a phone number and then something else)."""
    parts = written.split()
    while parts:
        candidate = " ".join(parts)
        digits = re.sub(r"\D", "", candidate.replace("(0)", ""))
        national = not candidate.startswith(("+", "00"))
        # a national number is 0 and nine digits; anything else starting with 0 is a date or code
        if not national or len(digits) == 10:
            try:
                return normalise_phone(candidate)
            except ValueError:
                pass
        parts.pop()
    return ""


def extract_contact_points(
    text: str, order_patterns: Sequence[str | re.Pattern[str]] | None = None
) -> ContactPoints:
    """E-mail addresses, phone numbers and order numbers mentioned in a message.

    Order numbers are found by `order_patterns` (default DEFAULT_ORDER_PATTERNS: 5 to 10 digits
    within three words after order/bestelling/ordernummer/bestelnummer/factuur/invoice); a
    pattern's group "order", else its first group, else the whole match is the number. Numbers
    joined to a found one by "en", "and", "," or "&" count too."""
    found = _scan(text, _compile(order_patterns))

    def values(kind: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.value for m in found if m.kind == kind))

    return ContactPoints(values("email"), values("phone"), values("order"))


def _snippet(text: str, start: int, end: int) -> str:
    left, right = max(0, start - SNIPPET), min(len(text), end + SNIPPET)
    body = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + body + ("…" if right < len(text) else "")


# -- the index ------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Hit:
    group: str  # hits in one group are not independent evidence: only the best one counts
    signal: LinkSignal
    reason: str
    evidence: str


_Add: TypeAlias = Callable[[int, _Hit], None]


class CandidateIndex:
    """All candidates, prepared once for fast exact and fuzzy lookups."""

    def __init__(
        self,
        candidates: Iterable[Candidate],
        order_patterns: Sequence[str | re.Pattern[str]] | None = None,
    ) -> None:
        self.order_patterns = _compile(order_patterns)
        self._candidates: list[Candidate] = []
        self._by_email: dict[str, list[int]] = {}
        self._by_phone: dict[str, list[int]] = {}
        self._by_order: dict[str, list[tuple[int, str]]] = {}  # key -> (position, order id)
        self._by_first_last: dict[tuple[str, str], list[tuple[int, str]]] = {}
        self._names: list[str] = []  # name_key of every display name
        self._name_owner: list[tuple[int, str]] = []  # (position, the name as written)
        self._handles: list[str] = []  # handle_key of handles, e-mail names and names
        self._handle_owner: list[tuple[int, str, str]] = []  # (position, kind, as written)
        for candidate in candidates:
            self._add(candidate)

    def __len__(self) -> int:
        return len(self._candidates)

    def _add(self, candidate: Candidate) -> None:
        position = len(self._candidates)
        self._candidates.append(candidate)
        # handles, then e-mail names, then names: on a tie the first is shown as the reason
        for channel, handle in candidate.handles:
            key = handle_key(handle)
            if len(key) >= MIN_HANDLE_KEY:
                self._handles.append(key)
                self._handle_owner.append((position, "handle", f"{channel}:{handle}"))
        for email in candidate.emails:
            address = _safe(normalise_email, email) or email.strip().lower()
            self._by_email.setdefault(address, []).append(position)
            local = handle_key(address)
            if len(local) >= MIN_HANDLE_KEY and address.split("@")[0] not in ROLE_MAILBOXES:
                self._handles.append(local)
                self._handle_owner.append((position, "email", address))
        for phone in candidate.phones:
            number = _safe(normalise_phone, phone)
            if number:
                self._by_phone.setdefault(number, []).append(position)
        for order_id in candidate.order_ids:
            for key in _order_keys(order_id):
                self._by_order.setdefault(key, []).append((position, order_id.strip()))
        for name in candidate.display_names:
            tokens = fold(_reorder(name)).split()  # name_key and first_last, folded once
            if not tokens:
                continue
            self._names.append(" ".join(sorted(tokens)))
            self._name_owner.append((position, name))
            if len(tokens) < 2:
                continue
            self._by_first_last.setdefault((tokens[0], tokens[-1]), []).append((position, name))
            as_handle = _TRAILING_DIGITS.sub("", "".join(tokens))
            if len(as_handle) >= MIN_HANDLE_KEY:
                # "@janjansen" for "Jan Jansen": people often take their name as their handle
                self._handles.append(as_handle)
                self._handle_owner.append((position, "name", name))

    def suggest(
        self,
        identity: Identity,
        texts: Iterable[str] = (),
        limit: int = 5,
        exclude: Iterable[int] = (),
    ) -> list[LinkSuggestion]:
        """The `limit` most likely customers for `identity`, best first; [] when nothing fits.

        `exclude`: customer ids not to suggest (the identity's own customer, rejected ones)."""
        skip = set(exclude)
        hits: dict[int, dict[str, _Hit]] = {}

        def add(position: int, hit: _Hit) -> None:
            if self._candidates[position].customer_id in skip:
                return
            groups = hits.setdefault(position, {})
            best = groups.get(hit.group)
            if best is None or hit.signal.points > best.signal.points:
                groups[hit.group] = hit

        self._text_hits(texts, add)
        self._name_hits(identity, add)
        self._handle_hits(identity, add)

        ranked: list[tuple[int, int, int, LinkSuggestion]] = []
        for position, groups in hits.items():
            ordered = sorted(groups.values(), key=lambda h: -h.signal.points)
            doubt = 1.0
            for hit in ordered:
                doubt *= 1.0 - hit.signal.points / 100.0
            score = min(100, round(100.0 * (1.0 - doubt)))
            suggestion = LinkSuggestion(
                customer_id=self._candidates[position].customer_id,
                score=score,
                reasons=tuple(h.reason for h in ordered),
                evidence=tuple(dict.fromkeys(h.evidence for h in ordered if h.evidence)),
                signals=tuple(h.signal for h in ordered),
            )
            ranked.append((-score, -len(ordered), position, suggestion))
        ranked.sort(key=lambda r: r[:3])
        return [r[3] for r in ranked[: max(0, limit)]]

    # -- signals ----------------------------------------------------------------------------------

    def _text_hits(self, texts: Iterable[str], add: _Add) -> None:
        for text in texts:
            for mention in _scan(text, self.order_patterns):
                evidence = _snippet(text, mention.start, mention.end)
                if mention.kind == "email":
                    for position in self._by_email.get(mention.value, ()):
                        add(position, _text_hit("email", mention.value, POINTS_EMAIL, evidence))
                elif mention.kind == "phone":
                    for position in self._by_phone.get(mention.value, ()):
                        add(position, _text_hit("phone", mention.value, POINTS_PHONE, evidence))
                else:
                    for position, order_id in self._by_order.get(_order_key(mention.value), ()):
                        add(position, _text_hit("order", order_id, POINTS_ORDER, evidence))

    def _name_hits(self, identity: Identity, add: _Add) -> None:
        name = identity.display_name
        query = name_key(name)
        if len(query.split()) < 2:  # one word ("Jan", "Klantenservice") says too little
            return
        found = process.extract(
            query,
            self._names,
            scorer=fuzz.ratio,  # on sorted tokens: token_sort_ratio without re-sorting 100k names
            processor=None,
            score_cutoff=NAME_CUTOFF,
            limit=FUZZY_LIMIT,
        )
        for _, similarity, index in found:
            position, other = self._name_owner[index]
            points = _scale(POINTS_NAME, similarity, NAME_CUTOFF)
            alike = f"{similarity:.0f}"
            add(
                position,
                _Hit(
                    "name",
                    LinkSignal(
                        "similar_name", points, {"name": name, "other": other, "alike": alike}
                    ),
                    f"display name {name!r} is like {other!r} ({alike}% alike)",
                    f"{name} ~ {other}",
                ),
            )
        pair = first_last(name)
        for position, other in self._by_first_last.get(pair, ()) if pair else ():
            add(
                position,
                _Hit(
                    "name",
                    LinkSignal(
                        "same_first_last_name", POINTS_FIRST_LAST, {"name": name, "other": other}
                    ),
                    f"same first and last name as {other!r}",
                    f"{name} ~ {other}",
                ),
            )

    def _handle_hits(self, identity: Identity, add: _Add) -> None:
        query = handle_key(identity.handle)
        if len(query) < MIN_HANDLE_KEY:
            return
        found = process.extract(
            query,
            self._handles,
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=HANDLE_CUTOFF,
            limit=FUZZY_LIMIT,
        )
        handle = identity.handle.strip()
        for _, similarity, index in found:
            position, kind, other = self._handle_owner[index]
            points = _scale(POINTS_HANDLE, similarity, HANDLE_CUTOFF)
            alike = f"{similarity:.0f}"
            what = {"email": "the e-mail address", "name": "the name", "handle": "the handle"}[kind]
            add(
                position,
                _Hit(
                    "handle",
                    LinkSignal(
                        "similar_handle",
                        points,
                        {"handle": handle, "other": other, "kind": kind, "alike": alike},
                    ),
                    f"handle {handle!r} is like {what} {other!r} ({alike}% alike)",
                    f"{identity.channel}:{handle} ~ {other}",
                ),
            )


def _text_hit(kind: str, value: str, points: int, evidence: str) -> _Hit:
    what = {"email": "the e-mail address", "phone": "the phone number", "order": "order"}[kind]
    return _Hit(
        f"{kind}:{value}",  # two different orders of the customer are two pieces of evidence
        LinkSignal(f"{kind}_in_text", points, {"value": value}),
        f"mentions {what} {value} of this customer",
        evidence,
    )


def _scale(points: tuple[int, int], similarity: float, cutoff: float) -> int:
    low, high = points
    return round(low + (high - low) * max(0.0, similarity - cutoff) / (100.0 - cutoff))


def _order_keys(order_id: str) -> list[str]:
    """The id itself, and for "ORD-10023" its number too, since messages quote only the number."""
    key = _order_key(order_id)
    keys = [key] if key else []
    runs = re.findall(r"\d+", key)
    if len(runs) == 1 and runs[0] != key and 5 <= len(runs[0]) <= 10:
        keys.append(runs[0])
    return keys


def _safe(normalise: Callable[[str], str], value: str) -> str:
    try:
        return normalise(value)
    except ValueError:
        return ""

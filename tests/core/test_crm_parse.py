"""CRM CSV parsing: the four canonical forms, Dutch Excel exports, a reason for every bad row."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TypeVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from triage.domain.models import QuarantineEntry
from triage.ingest.crm import (
    CrmCustomer,
    CrmOrder,
    CrmReferral,
    CrmSurvey,
    conflicting_identities,
    normalise_identity,
    normalise_phone,
    parse_customers,
    parse_date,
    parse_number,
    parse_orders,
    parse_referrals,
    parse_surveys,
)
from triage.ingest.importer import identity_channel, normalise_handle

T = TypeVar("T")


def _split(items: Iterable[T | QuarantineEntry]) -> tuple[list[T], list[QuarantineEntry]]:
    good: list[T] = []
    bad: list[QuarantineEntry] = []
    for item in items:
        if isinstance(item, QuarantineEntry):
            bad.append(item)
        else:
            good.append(item)
    return good, bad


def _csv(*lines: str, encoding: str = "utf-8") -> bytes:
    return ("\n".join(lines) + "\n").encode(encoding)


def _day(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, tzinfo=UTC)


# -- the canonical forms --------------------------------------------------------------------------


def test_customers_canonical_form_is_normalised() -> None:
    data = _csv(
        "customer_id,name,email,phone,handles",
        'C1,Jan  Jansen, Jan@Example.NL ,06-12345678,"x:@JanJansen;Instagram:jan.j"',
        "C2,Fien de Wit,fien@example.nl;Fien.Wit@Work.NL,0031 20 123 4567;+32 470 12 34 56,",
    )
    (jan, fien), bad = _split(parse_customers(data))
    assert bad == []
    assert jan == CrmCustomer(
        "C1",
        "Jan Jansen",
        ("jan@example.nl",),
        ("+31612345678",),
        (("x", "@janjansen"), ("instagram", "@jan.j")),
        2,
    )
    assert fien.emails == ("fien@example.nl", "fien.wit@work.nl")
    assert fien.phones == ("+31201234567", "+32470123456")
    assert fien.handles == () and fien.line == 3


def test_orders_canonical_form() -> None:
    data = _csv(
        "customer_id,order_id,date,amount,margin",
        "C1,10023,2024-03-05,129.95,31.20",
        "C1,10024,2024-03-06T14:30:00+01:00,-15.00,",
    )
    (first, refund), bad = _split(parse_orders(data))
    assert bad == []
    assert first == CrmOrder("C1", "10023", _day(2024, 3, 5), 129.95, 31.2, 2)
    assert refund.day == datetime(2024, 3, 6, 13, 30, tzinfo=UTC)
    assert refund.amount == -15.0 and refund.margin is None


def test_orders_without_a_margin_column() -> None:
    data = _csv("customer_id,order_id,date,amount", "C1,1,2024-01-01,10")
    (order,), bad = _split(parse_orders(data))
    assert bad == [] and order.margin is None


def test_surveys_canonical_form() -> None:
    data = _csv(
        "customer_id,date,kind,score,ticket_id",
        "C1,2024-03-05,nps,9,",
        "C1,05-03-2024,CES,2,#812",
        "C2,2024-03-05,nps,0,17",
    )
    surveys, bad = _split(parse_surveys(data))
    assert bad == []
    assert surveys[0] == CrmSurvey("C1", _day(2024, 3, 5), "nps", 9, None, 2)
    assert (surveys[1].kind, surveys[1].score, surveys[1].ticket_id) == ("ces", 2, 812)
    assert surveys[2].score == 0 and surveys[2].ticket_id == 17


def test_referrals_canonical_form_and_every_yes_no_word() -> None:
    words = ["1", "0", "true", "FALSE", "yes", "no", "Ja", "nee"]
    rows = [f"C1,R{i},2024-03-05,{word}" for i, word in enumerate(words)]
    referrals, bad = _split(parse_referrals(_csv("referrer_id,referred_id,date,converted", *rows)))
    assert bad == []
    assert [r.converted for r in referrals] == [True, False, True, False, True, False, True, False]
    assert referrals[0] == CrmReferral("C1", "R0", _day(2024, 3, 5), True, 2)


# -- Dutch exports and mappings -------------------------------------------------------------------


def test_dutch_excel_export_with_mapping_semicolons_and_decimal_commas() -> None:
    data = _csv(
        "Klantnummer;Bestelnummer;Besteldatum;Bedrag;Marge;Opmerking",
        "1001;10023;05-03-2024;12,50;3,10;eerste bestelling",
        "1001;10024;6/3/2024;1.234,56;;",
        "1002;10025;2024-03-07;€ 99,95;;",
        encoding="cp1252",  # what Excel writes for "CSV (puntkomma-gescheiden)"
    )
    mapping = {
        "customer_id": "Klantnummer",
        "order_id": "bestelnummer",  # headers are matched case-insensitively
        "date": "BESTELDATUM",
        "amount": "Bedrag",
        "margin": "Marge",
    }
    orders, bad = _split(parse_orders(data, mapping))
    assert bad == []
    assert [(o.customer_id, o.order_id, o.amount, o.margin) for o in orders] == [
        ("1001", "10023", 12.5, 3.1),
        ("1001", "10024", 1234.56, None),
        ("1002", "10025", 99.95, None),
    ]
    assert [o.day for o in orders] == [_day(2024, 3, 5), _day(2024, 3, 6), _day(2024, 3, 7)]


def test_windows_1252_names_are_read_as_such() -> None:
    data = _csv("Klantnummer;Naam;E-mailadres", "7;José Pérez;jose@example.nl", encoding="cp1252")
    mapping = {"customer_id": "Klantnummer", "name": "Naam", "email": "E-mailadres"}
    (jose,), bad = _split(parse_customers(data, mapping))
    assert bad == [] and jose.name == "José Pérez"


def test_excel_sep_line_and_tabs_and_utf16() -> None:
    data = b"sep=;\r\ncustomer_id;name;email\r\nC1;Jan;jan@example.nl\r\n"
    (jan,), bad = _split(parse_customers(data))
    assert bad == [] and jan.line == 3
    utf16 = "customer_id\tname\tphone\nC1\tAnna\t612345678\n".encode("utf-16")
    (anna,), bad = _split(parse_customers(utf16))
    assert bad == [] and anna.phones == ("+31612345678",)  # Excel dropped the leading 0


def test_utf8_bom_is_ignored() -> None:
    data = b"\xef\xbb\xbfcustomer_id,name,email\r\nC1,Jan,jan@example.nl\r\n"
    (jan,), bad = _split(parse_customers(data))
    assert bad == [] and jan.customer_id == "C1"


def test_extra_columns_are_ignored() -> None:
    data = _csv("Segment,customer_id,NAME,Email,Notes", "gold,C1,Jan,jan@example.nl,likes cats")
    (jan,), bad = _split(parse_customers(data))
    assert bad == []
    assert (jan.customer_id, jan.name, jan.emails) == ("C1", "Jan", ("jan@example.nl",))


def test_unknown_mapping_key_is_the_callers_mistake() -> None:
    with pytest.raises(ValueError, match="emial"):
        parse_customers(b"customer_id,name,email\n", {"emial": "E-mail"})


# -- the header -----------------------------------------------------------------------------------


def test_missing_required_column_gives_one_entry_naming_it_and_the_headers() -> None:
    data = _csv("klant,name,email", "C1,Jan,jan@example.nl", "C2,Piet,piet@example.nl")
    (entry,) = parse_customers(data)
    assert isinstance(entry, QuarantineEntry)
    assert entry.line == 1
    assert "customer_id" in entry.reason and "'klant'" in entry.reason and "'email'" in entry.reason


def test_a_mapped_column_that_is_not_there_is_missing_even_when_optional() -> None:
    data = _csv("Klantnummer,Naam,Mail", "1,Jan,jan@example.nl")
    mapping = {"customer_id": "Klantnummer", "name": "Naam", "email": "E-mailadres"}
    (entry,) = parse_customers(data, mapping)
    assert isinstance(entry, QuarantineEntry) and entry.line == 1
    assert "email" in entry.reason and "E-mailadres" in entry.reason and "'Mail'" in entry.reason


def test_customers_need_at_least_one_identity_column() -> None:
    (entry,) = parse_customers(_csv("customer_id,name", "C1,Jan"))
    assert isinstance(entry, QuarantineEntry) and "one of email, phone, handles" in entry.reason


@pytest.mark.parametrize("data", [b"", b"\n\n", b"\xef\xbb\xbf"])
def test_empty_file_is_one_entry(data: bytes) -> None:
    (entry,) = parse_orders(data)
    assert isinstance(entry, QuarantineEntry)
    assert entry.line == 1 and "empty" in entry.reason


def test_header_only_file_yields_nothing() -> None:
    assert list(parse_surveys(b"customer_id,date,kind,score,ticket_id\n")) == []


# -- row reasons ----------------------------------------------------------------------------------

SURVEY_HEADER = "customer_id,date,kind,score,ticket_id"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("C1,2024-03-05,nps,11,", "score 11 is outside 0–10 for an NPS answer"),
        ("C1,2024-03-05,nps,-1,", "score -1 is outside 0–10 for an NPS answer"),
        ("C1,2024-03-05,ces,0,", "score 0 is outside 1–7 for a CES answer"),
        ("C1,2024-03-05,ces,8,", "score 8 is outside 1–7 for a CES answer"),
        ("C1,2024-03-05,csat,3,", "unknown survey kind 'csat'"),
        ("C1,2024-03-05,nps,8.5,", "score is not a whole number: '8.5'"),
        ("C1,2024-03-05,nps,,", "missing score"),
        ("C1,2024-03-05,,8,", "missing kind"),
        (",2024-03-05,nps,8,", "missing customer_id"),
        ("C1,,nps,8,", "missing date"),
        ("C1,yesterday,nps,8,", "date is not a valid date: 'yesterday'"),
        ("C1,31-02-2024,nps,8,", "date is not a valid date: '31-02-2024'"),
        ("C1,2024-03-05,nps,8,abc", "ticket_id is not a whole number: 'abc'"),
    ],
)
def test_survey_reasons(row: str, reason: str) -> None:
    (entry,) = parse_surveys(_csv(SURVEY_HEADER, row))
    assert isinstance(entry, QuarantineEntry)
    assert entry.line == 2 and reason in entry.reason and entry.raw == row


ORDER_HEADER = "customer_id,order_id,date,amount,margin"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("C1,1,2024-03-05,abc,", "amount is not a number: 'abc'"),
        ("C1,1,2024-03-05,,", "missing amount"),
        ("C1,1,2024-03-05,nan,", "amount is not a number: 'nan'"),
        ("C1,1,2024-03-05,1.2.3,", "amount is not a number: '1.2.3'"),
        ("C1,1,2024-03-05,10,lots", "margin is not a number: 'lots'"),
        ("C1,,2024-03-05,10,", "missing order_id"),
        ("C1,1,2024-03-05,12,50,3,10", "expected 5 fields, found 7"),  # unquoted decimal commas
    ],
)
def test_order_reasons(row: str, reason: str) -> None:
    (entry,) = parse_orders(_csv(ORDER_HEADER, row))
    assert isinstance(entry, QuarantineEntry) and reason in entry.reason


CUSTOMER_HEADER = "customer_id,name,email,phone,handles"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("C1,Jan,x@,,", "e-mail address looks invalid: 'x@'"),
        ("C1,Jan,jan@example,,", "e-mail address looks invalid: 'jan@example'"),
        ("C1,Jan,,12,", "phone number looks invalid: '12'"),
        ("C1,Jan,,3.16123E+10,", "phone number looks invalid: '3.16123E+10'"),
        ("C1,Jan,,,janjansen", "a handle needs its channel, like x:@janjansen"),
        ("C1,Jan,,,x:@", "handle looks invalid"),
        ("C1,,,,", "has no name, e-mail address, phone or handle"),
        (",Jan,jan@example.nl,,", "missing customer_id"),
    ],
)
def test_customer_reasons(row: str, reason: str) -> None:
    (entry,) = parse_customers(_csv(CUSTOMER_HEADER, row))
    assert isinstance(entry, QuarantineEntry) and reason in entry.reason


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("C1,C1,2024-03-05,1", "cannot refer themselves"),
        ("C1,C2,2024-03-05,misschien", "converted must be yes or no"),
        ("C1,C2,2024-03-05,", "missing converted"),
        (",C2,2024-03-05,1", "missing referrer_id"),
    ],
)
def test_referral_reasons(row: str, reason: str) -> None:
    (entry,) = parse_referrals(_csv("referrer_id,referred_id,date,converted", row))
    assert isinstance(entry, QuarantineEntry) and reason in entry.reason


def test_a_bad_row_does_not_cost_the_rest() -> None:
    data = _csv(
        CUSTOMER_HEADER,
        "C1,Jan,jan@example.nl,,",
        'C2,"unclosed,piet@example.nl,,',  # broken quoting
        "C3,Anna\x00,anna@example.nl,,",  # NUL byte
        "C4,Kees," + "k" * 3000 + "@example.nl,,",  # oversized field
        "C5,Fien,fien@example.nl,,",
    )
    good, bad = _split(parse_customers(data))
    assert [c.customer_id for c in good] == ["C1", "C5"]
    assert [(e.line, e.reason.split(":")[0]) for e in bad] == [
        (3, "unreadable CSV"),
        (4, "the line contains NUL bytes"),
        (5, "email is too long (3011 characters, at most 2000)"),
    ]


def test_undecodable_bytes_in_a_utf8_file_quarantine_only_their_row() -> None:
    data = "customer_id,name,email\nC1,José,jose@example.nl\nC2,Bad\xff,bad@example.nl\n"
    raw = data.encode("utf-8").replace(b"Bad\xc3\xbf", b"Bad\xff")
    good, bad = _split(parse_customers(raw))
    assert [c.name for c in good] == ["José"]
    assert [(e.line, "not valid" in e.reason) for e in bad] == [(3, True)]


# -- duplicates and conflicts ---------------------------------------------------------------------


def test_duplicate_customer_id_quarantines_the_later_row() -> None:
    data = _csv(CUSTOMER_HEADER, "C1,Jan,jan@example.nl,,", "C1,Jan J.,other@example.nl,,")
    (jan,), (dup,) = _split(parse_customers(data))
    assert jan.line == 2 and jan.emails == ("jan@example.nl",)
    assert dup.line == 3 and dup.reason == "duplicate customer_id 'C1' (first on line 2)"


def test_duplicate_order_id_quarantines_the_later_row() -> None:
    data = _csv(ORDER_HEADER, "C1,10023,2024-03-05,10,", "C2,10023,2024-03-06,20,")
    (order,), (dup,) = _split(parse_orders(data))
    assert order.customer_id == "C1" and "duplicate order_id '10023'" in dup.reason


def test_within_file_identity_conflicts() -> None:
    data = _csv(
        CUSTOMER_HEADER,
        "C1,Jan,jan@example.nl,,x:@jan",
        "C2,Jan Jr,JAN@example.nl,,x:jan",  # same address and the same handle once normalised
        "C3,Piet,piet@example.nl,06-12345678,",
        "C4,Piet's shop,,06 1234 5678,",  # a shared phone is no conflict
    )
    customers = list(parse_customers(data))
    conflicts = conflicting_identities(customers)
    assert [(e.line, e.raw) for e in conflicts] == [(3, "C2"), (3, "C2")]
    assert "'jan@example.nl'" in conflicts[0].reason and "'C1' (line 2)" in conflicts[0].reason
    assert "x:@jan" in conflicts[1].reason


# -- value rules ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("12,50", 12.5),
        ("12.50", 12.5),
        ("1.234,56", 1234.56),
        ("1,234.56", 1234.56),
        ("1.234.567", 1234567.0),
        ("€ 12,50", 12.5),
        ("12,50 EUR", 12.5),
        ("-5,00", -5.0),
        ("1 234,56", 1234.56),
        ("7", 7.0),
    ],
)
def test_numbers(written: str, value: float) -> None:
    assert parse_number(written) == pytest.approx(value)


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2024-03-05", _day(2024, 3, 5)),
        ("05-03-2024", _day(2024, 3, 5)),
        ("5-3-2024", _day(2024, 3, 5)),
        ("05/03/2024", _day(2024, 3, 5)),
        ("05.03.2024 14:30", datetime(2024, 3, 5, 14, 30, tzinfo=UTC)),
        ("2024-03-05T10:00:00+01:00", datetime(2024, 3, 5, 9, 0, tzinfo=UTC)),
    ],
)
def test_dates(written: str, day: datetime) -> None:
    assert parse_date(written) == day


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("06-12345678", "+31612345678"),
        ("06 1234 5678", "+31612345678"),
        ("0031612345678", "+31612345678"),
        ("+31 (0)6 1234 5678", "+31612345678"),
        ("612345678", "+31612345678"),
        ("31612345678", "+31612345678"),
        ("020-123 4567", "+31201234567"),
        ("+44 20 7946 0958", "+442079460958"),
        ("tel:+31612345678", "+31612345678"),
    ],
)
def test_phones(written: str, number: str) -> None:
    assert normalise_phone(written) == number


def test_handles_follow_the_importers_rule() -> None:
    # The importer keys an identity by (identity_channel(channel), normalise_handle(author)), and
    # authors on these channels carry the "@": a CRM handle must come out the same.
    author = " @JanJansen "
    assert normalise_identity("x", "JanJansen") == ("x", normalise_handle(author))
    assert normalise_identity("x_dm", "@JanJansen") == (identity_channel("x_dm"), "@janjansen")
    assert normalise_identity("Twitter", "@@JanJansen") == ("x", "@janjansen")
    assert normalise_identity("instagram", "jan.j") == ("instagram", "@jan.j")
    assert normalise_identity("facebook", "Jan.Jansen.1") == ("facebook", "jan.jansen.1")
    assert normalise_identity("e-mail", " Jan@Example.NL") == ("email", "jan@example.nl")


@given(st.binary(max_size=400))
def test_no_input_makes_a_parser_raise(data: bytes) -> None:
    for parse in (parse_customers, parse_orders, parse_surveys, parse_referrals):
        for item in parse(data):
            assert item.line >= 1


@given(st.integers(min_value=-(10**9), max_value=10**9))
def test_dutch_and_english_amounts_read_the_same(cents: int) -> None:
    value = cents / 100
    english = f"{value:,.2f}"
    dutch = english.replace(",", "_").replace(".", ",").replace("_", ".")
    assert parse_number(english) == pytest.approx(value)
    assert parse_number(dutch) == pytest.approx(value)

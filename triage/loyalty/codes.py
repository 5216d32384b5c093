"""Integer codes of the columnar loyalty figures and the strings the UI shows for them.

Arrays hold the small integers (int8, or uint8 for the flag bit-mask); `Code.label` and
`flag_labels` give the exact lower-case names the rest of the app uses.
"""

from __future__ import annotations

from enum import IntEnum, IntFlag


class Code(IntEnum):
    """An IntEnum whose label is its lower-case name."""

    @property
    def label(self) -> str:
        return self.name.lower()


class NpsClass(Code):
    UNKNOWN = 0
    DETRACTOR = 1
    PASSIVE = 2
    PROMOTER = 3


class CesSource(Code):
    NONE = 0
    SURVEY = 1
    ESTIMATE = 2


class Basis(Code):
    """What the behaviour axis (R, F, M, Loy) was measured on."""

    NONE = 0
    ORDERS = 1
    CONTACTS = 2  # no orders: recency/frequency of contacts, surveys and referrals


class RfmSegment(Code):
    """In precedence order (§10.2 item 3): the first rule that matches wins."""

    NONE = 0  # no orders
    CHAMPIONS = 1
    NEW = 2
    POTENTIAL_LOYALIST = 3
    LOYAL = 4
    NEED_ATTENTION = 5
    AT_RISK = 6
    HIBERNATING = 7
    LOST = 8


class ValueQuadrant(Code):
    """Kumar et al. 2007; the code is [high CLV] + 2·[high CRV]."""

    MISER = 0
    AFFLUENT = 1
    ADVOCATE = 2
    CHAMPION = 3


class Group(Code):
    AMBASSADOR = 0
    PASSIVE_LOYAL = 1
    SHOPPER = 2
    LEAVER = 3


class GroupRule(Code):
    """Which rule put the customer in its group, for the explanation."""

    LOST_OR_HIBERNATING = 0  # leaver: RFM segment lost/hibernating
    LOW_LOY_LOW_SAT = 1  # leaver: Loy < 0.6 and Sat < 0.5
    LOYAL_AND_SATISFIED = 2  # ambassador
    LOYAL_NOT_SATISFIED = 3  # passive loyal: Sat < 0.7 or detractor
    LOYAL_SAT_UNKNOWN = 4  # passive loyal from behaviour only
    NOT_LOYAL_SATISFIED = 5  # shopper: Sat >= 0.5
    NOT_LOYAL_SAT_UNKNOWN = 6  # shopper from behaviour only


class Flag(IntFlag):
    SUPERPROMOTER = 1
    ANTI_PROMOTER = 2
    HOSTAGE = 4
    TERRORIST = 8
    RECOVERED = 16
    EASY = 32
    DIFFICULT = 64


def flag_labels(mask: int) -> tuple[str, ...]:
    """The names of the bits set in `mask`, in bit order."""
    return tuple(str(f.name).lower() for f in Flag if int(mask) & f.value)

"""Re-scoring many waiting tickets at once, with exactly the result `tickets.rescore` gives one.

The periodic re-score touches every ticket a customer waits on (a year's desk: 100,000) every
minute, and building `PriorityInputs`, six `Component`s and a `PriorityResult` per ticket costs
more than the whole run may take. This scorer does the same arithmetic in the same order on the
stored inputs and makes the stored forms straight away: the points per part and the reasons as
the JSON text `json.dumps` makes of them, and the due times. The text of each reason is cached
(tickets share most of them: the same cues, tone, value and repeat), so a ticket's reasons are
mostly a join of texts made before.

What it mirrors, step by step: `tickets.inputs_for` → `tickets.score_under_policy` (business
minutes, the least urgent band whose own target scores the ticket into that band) → `priority.
score` (components, rounding half up, floors) → `tickets.apply_score` and the resolution due
time of `_store_resolution_due`, for a new or open ticket. The pure helpers it shares with them
(thread heat, reach, business time) are called, not copied. tests/core/test_bulk_rescore.py
holds the two side by side for any inputs.

Times: aware datetimes, or (`stored_text=True`) read from the text SQLite holds and given back
as naive UTC datetimes (cheaper to compare with what is stored than text is to make).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from operator import itemgetter
from typing import Any, NamedTuple

from triage.domain.enums import Band, CueClass, Visibility, channel_visibility
from triage.scoring.priority import (
    BREACH_FLOOR,
    CALM_SENTIMENT,
    DEFAULT_WEIGHTS,
    HEAT_POINTS,
    PUBLIC_THREAT_FLOOR,
    PUBLIC_THREAT_REACH,
    SAFETY_FLOOR,
    UNHAPPY_SENTIMENT,
    UNKNOWN_VALUE,
    reach_value,
    thread_heat,
)
from triage.scoring.sla_policy import PolicySet, add_business_minutes, business_minutes_between
from triage.scoring.waiting import next_change, since_text, since_text_from_stored

# The stored inputs a ticket is scored from, in the order `BulkScorer.score` reads them.
INPUTS = (
    "channel",
    "cue_points",
    "cue_classes",  # JSON text or a list
    "sentiment",
    "first_sentiment",
    "followers",
    "interactions",
    "repeat_contacts",
    "channel_switch",
    "reopened",
    "followups",
    "joiners",
    "recent_inbound",  # JSON text or a list
    "waiting_since",
    "opened_at",
    "paused_seconds",
    "value_pct",  # the customer's, or None
)
_UPWARD: tuple[Band, ...] = (Band.P4, Band.P3, Band.P2, Band.P1)  # as tickets._UPWARD
_SAFETY = CueClass.SAFETY.value
_PUBLIC_THREATS = frozenset({CueClass.LEGAL.value, CueClass.MEDIA.value})
_NOT_THREATS = frozenset({CueClass.REPEAT.value, CueClass.COMPLAINT.value})
_COMPLAINT = CueClass.COMPLAINT.value
_CACHE_LIMIT = 100_000  # texts kept per kind; emptied when full
_dumps = json.JSONEncoder().encode  # json.dumps' own defaults, as SQLAlchemy stores JSON
_by_points = itemgetter(0)
_new = tuple.__new__  # a NamedTuple without its Python-level __new__


def _band(total: int) -> str:
    """priority.band_of, as the stored text."""
    return "P1" if total >= 80 else "P2" if total >= 60 else "P3" if total >= 35 else "P4"


def _points(value: float, weight: float) -> int:
    """priority._component's value → points: clamped to 0..1, then rounded half up."""
    value = 0.0 if value < 0.0 else 1.0 if value > 1.0 else value
    return math.floor(value * weight + 0.5)


def _bool(value: object) -> str:
    return "true" if value else "false"


def _json(value: Any) -> str:
    """json.dumps of a stored number: str() for the ints it always is, the same text."""
    return str(value) if type(value) is int else _dumps(value)


class Rescored(NamedTuple):
    """A ticket's new score in its stored forms."""

    priority: int
    band: str
    sla_minutes: int
    components_json: str  # what `result.points` is stored as
    reasons_json: str  # what `result.explanation` is stored as
    sla_due_at: datetime | None  # naive UTC with stored_text
    resolution_due_at: datetime
    changes_at: datetime | None  # when waiting can next change the score (None: never)

    def explanation(self) -> list[dict[str, Any]]:
        loaded: list[dict[str, Any]] = json.loads(self.reasons_json)
        return loaded

    def components(self) -> dict[str, int]:
        loaded: dict[str, int] = json.loads(self.components_json)
        return loaded

    def scored_payload_json(self) -> str:
        """`tickets.scored_payload(result)` as stored: priority, band and the reasons."""
        return (
            f'{{"priority": {self.priority}, "band": "{self.band}", '
            f'"reasons": {self.reasons_json}}}'
        )


class _Channel(NamedTuple):
    public: bool
    visibility: Visibility
    targets: tuple[int, ...]  # first response, least urgent band first
    same_target: int  # that target when every band has it (the defaults), else 0
    resolution: dict[str, int]  # per band


class _Cues(NamedTuple):
    listed: list[Any]  # as inputs_for reads them
    safety: bool
    public_threat: bool  # a legal or media cue
    threat: bool  # a cue beyond repeat and complaint
    complaint: bool


class BulkScorer:
    """Scores new and open tickets at one moment under one policy set."""

    def __init__(
        self,
        policies: PolicySet,
        now: datetime,
        weights: Mapping[str, float] = DEFAULT_WEIGHTS,
        stored_text: bool = False,
    ) -> None:
        self.policies = policies
        self.hours = policies.hours
        self.business = not policies.hours.always_open
        self.now = now
        self.stored_text = stored_text
        # In stored-text mode time is naive UTC throughout, as the text is.
        self._now = now.astimezone(UTC).replace(tzinfo=None) if stored_text else now
        self.stored_now = self._now
        self._w = tuple(
            weights.get(name, 0.0) for name in ("cues", "tone", "reach", "value", "repeat")
        )
        self._waiting_weight = weights.get("waiting", 0.0)
        self._channels: dict[str, _Channel] = {}
        self._cues: dict[Any, _Cues] = {}
        self._texts: dict[tuple[Any, ...], str] = {}
        self._parts: dict[tuple[Any, ...], tuple[int, str]] = {}
        self._spans: dict[int, timedelta] = {}  # whole minutes as timedeltas
        self._reach: dict[tuple[int, int, Visibility], tuple[float, int, str]] = {}
        self._waiting_end = ', "business": true}}' if self.business else "}}"

    # -- stored inputs ------------------------------------------------------------------------

    def _channel(self, name: str) -> _Channel:
        found = self._channels.get(name)
        if found is None:
            kind = channel_visibility(name)
            targets = tuple(
                self.policies.policy(kind, band).first_response_minutes for band in _UPWARD
            )
            found = _Channel(
                kind is Visibility.PUBLIC,
                kind,
                targets,
                targets[0] if len(set(targets)) == 1 else 0,
                {b.value: self.policies.policy(kind, b).resolution_minutes for b in Band},
            )
            self._channels[name] = found
        return found

    def cues(self, stored: Any) -> _Cues:
        """The cue classes as `inputs_for` reads them, from the stored JSON text (cached: a
        desk has few combinations) or an already decoded list."""
        key = stored if isinstance(stored, str) else tuple(stored)
        found = self._cues.get(key)
        if found is None:
            listed = list(json.loads(stored) if isinstance(stored, str) else stored)
            classes = {str(c) for c in listed}
            found = _Cues(
                listed,
                _SAFETY in classes,
                bool(classes & _PUBLIC_THREATS),
                bool(classes - _NOT_THREATS),
                _COMPLAINT in classes,
            )
            if len(self._cues) > _CACHE_LIMIT:
                self._cues.clear()
            self._cues[key] = found
        return found

    def _keep(self, key: tuple[Any, ...], text: str) -> str:
        if len(self._texts) > _CACHE_LIMIT:
            self._texts.clear()
        self._texts[key] = text
        return text

    def _keep_part(self, key: tuple[Any, ...], points: int, text: str) -> tuple[int, str]:
        if len(self._parts) > _CACHE_LIMIT:
            self._parts.clear()
        self._parts[key] = found = (points, text)
        return found

    def _time(self, value: Any) -> datetime:
        return datetime.fromisoformat(value) if self.stored_text else value

    def _out(self, value: datetime) -> datetime:
        """A computed time in the scorer's form (business time comes back aware)."""
        if self.stored_text and value.tzinfo is not None:
            return value.astimezone(UTC).replace(tzinfo=None)
        return value

    def _aware(self, value: datetime) -> datetime:
        return value.replace(tzinfo=UTC) if self.stored_text else value

    # -- one ticket ---------------------------------------------------------------------------

    def score(self, ticket: Sequence[Any]) -> Rescored:
        """The score of one new or open ticket at `now`, from its stored inputs (`INPUTS`)."""
        (
            channel,
            cue_points,
            cue_classes,
            sentiment,
            first_sentiment,
            followers,
            interactions,
            repeat_contacts,
            channel_switch,
            reopened,
            followups,
            joiners,
            recent_inbound,
            waiting_since,
            opened_at,
            paused_seconds,
            value_pct,
        ) = ticket
        texts = self._texts
        parts_cache = self._parts
        w_cues, w_tone, w_reach, w_value, w_repeat = self._w
        kind = self._channel(channel)
        cues = self.cues(cue_classes)
        cue_key = cue_classes if isinstance(cue_classes, str) else tuple(cue_classes)

        # cues, with the thread's heat (a calm latest message cools it before times matter)
        heat = 0.0
        why: tuple[str, ...] = ()
        if sentiment < CALM_SENTIMENT:
            times: Any = recent_inbound
            if isinstance(times, str):
                # Only three or more times can make a thread "faster": fewer are not parsed.
                times = json.loads(times) if times.count(",") >= 2 else ()
            heat, why = thread_heat(
                first_sentiment,
                sentiment,
                [datetime.fromisoformat(t) for t in times],
                followups,
                joiners,
            )
        cue_pts = _points(cue_points + HEAT_POINTS * heat, w_cues)
        cue_text = ""
        if cue_pts > 0:
            key: tuple[Any, ...] = ("cues", cue_pts, cue_key, why)
            cue_text = texts.get(key) or self._keep(
                key,
                f'{{"key": "cues", "points": {cue_pts}, "args": {{"classes": '
                f'{_dumps(cues.listed)}, "heat": {_dumps(list(why))}}}}}',
            )

        # tone
        tone = max(0.0, min(1.0, (70.0 - sentiment) / 60.0))
        dropped = first_sentiment - sentiment >= 20
        if dropped:
            tone = min(1.0, tone + 0.2)
        tone_pts = _points(tone, w_tone)
        rounded = round(sentiment)
        key = ("tone", tone_pts, rounded, dropped)
        tone_text = texts.get(key) or self._keep(
            key,
            f'{{"key": "tone", "points": {tone_pts}, "args": {{"sentiment": {rounded}, '
            f'"dropped": {_bool(dropped)}}}}}',
        )

        # reach
        reach_key = (followers, interactions, kind.visibility)
        reached = self._reach.get(reach_key)
        if reached is None:
            reach = reach_value(followers, interactions, kind.visibility)
            reach_pts = _points(reach, w_reach)
            reached = (
                reach,
                reach_pts,
                f'{{"key": "reach", "points": {reach_pts}, "args": {{"followers": '
                f'{_json(followers)}, "interactions": {_json(interactions)}, '
                f'"public": {_bool(kind.public)}}}}}',
            )
            if len(self._reach) > _CACHE_LIMIT:
                self._reach.clear()
            self._reach[reach_key] = reached
        reach, reach_pts, reach_text = reached

        # value and repeat
        key = ("value", value_pct)
        valued = parts_cache.get(key)
        if valued is None:
            value_pts = _points(UNKNOWN_VALUE if value_pct is None else value_pct, w_value)
            valued = self._keep_part(
                key,
                value_pts,
                f'{{"key": "value", "points": {value_pts}, "args": '
                f'{{"known": {_bool(value_pct is not None)}}}}}',
            )
        value_pts, value_text = valued
        switched = bool(channel_switch)
        key = ("repeat", repeat_contacts, switched, reopened)
        repeated = parts_cache.get(key)
        if repeated is None:
            contacts = max(1, repeat_contacts)
            repeat = (contacts - 1) / 3 + 0.25 * switched + 0.25 * (reopened > 0)
            repeat_pts = _points(repeat, w_repeat)
            repeated = self._keep_part(
                key,
                repeat_pts,
                f'{{"key": "repeat", "points": {repeat_pts}, "args": {{"contacts": '
                f'{_json(contacts)}, "switched": {_bool(switched)}, '
                f'"reopened": {_json(reopened)}}}}}',
            )
        repeat_pts, repeat_text = repeated

        # waiting, against the target of the band the ticket lands in
        since = None if waiting_since is None else self._time(waiting_since)
        if since is None:
            waited = 0.0
        elif self.business:
            business = max(0.0, business_minutes_between(self._aware(since), self.now, self.hours))
            # score() measures now - (now - business minutes): the minutes to the microsecond.
            waited = max(0.0, timedelta(minutes=business).total_seconds() / 60.0)
        else:
            waited = max(0.0, (self._now - since).total_seconds() / 60.0)
        fixed = cue_pts + tone_pts + reach_pts + value_pts + repeat_pts
        unhappy = (
            sentiment < UNHAPPY_SENTIMENT or cues.threat or (cues.complaint and sentiment < 55.0)
        )
        public_threat = cues.public_threat and kind.public and reach >= PUBLIC_THREAT_REACH
        sla = kind.same_target
        if sla:
            total, floor, wait_pts = self._total(
                fixed, waited, sla, cues.safety, public_threat, unhappy
            )
        else:
            sla, total, floor, wait_pts = self._by_band(
                kind.targets, fixed, waited, cues.safety, public_threat, unhappy
            )
        band = _band(total)
        target = max(1, sla)
        wait_text = ""
        if wait_pts > 0 and since is not None:  # per ticket: not worth caching
            stamp = since_text_from_stored(waiting_since) if self.stored_text else since_text(since)
            wait_text = (
                f'{{"key": "waiting", "points": {wait_pts}, "args": {{"since": '
                f'"{stamp}", "target": {target}{self._waiting_end}'
            )

        # the stored forms: points per part; the reasons biggest first (the sort is stable,
        # so equal points keep the parts' order), none without points, a floor in front
        components = (
            f'{{"cues": {cue_pts}, "waiting": {wait_pts}, "tone": {tone_pts}, '
            f'"reach": {reach_pts}, "value": {value_pts}, "repeat": {repeat_pts}}}'
        )
        parts = [
            (cue_pts, cue_text),
            (wait_pts, wait_text),
            (tone_pts, tone_text),
            (reach_pts, reach_text),
            (value_pts, value_text),
            (repeat_pts, repeat_text),
        ]
        parts.sort(key=_by_points, reverse=True)
        reasons = [text for pts, text in parts if pts > 0]
        if floor:
            reasons.insert(
                0, f'{{"key": "floor", "points": {total}, "args": {{"floor": "{floor}"}}}}'
            )
        return _new(
            Rescored,
            (
                total,
                band,
                sla,
                components,
                "[" + ", ".join(reasons) + "]",
                self._due(since, sla),
                self._resolution_due(opened_at, kind.resolution[band], paused_seconds),
                next_change(since, waited, kind.targets, self._waiting_weight, self.hours),
            ),
        )

    def _total(
        self,
        fixed: int,
        waited: float,
        sla: int,
        safety: bool,
        public_threat: bool,
        unhappy: bool,
    ) -> tuple[int, str, int]:
        """priority.score's total, floor and waiting points under one first-response target."""
        target = max(1, sla)
        wait_pts = _points(waited / target, self._waiting_weight)
        total = min(100, fixed + wait_pts)
        floor = ""
        if safety and total < SAFETY_FLOOR:
            total, floor = SAFETY_FLOOR, "safety"
        if public_threat and total < PUBLIC_THREAT_FLOOR:
            total, floor = PUBLIC_THREAT_FLOOR, "public_threat"
        if waited >= target and unhappy and total < BREACH_FLOOR:
            total, floor = BREACH_FLOOR, "breach"
        return total, floor, wait_pts

    def _by_band(
        self,
        targets: tuple[int, ...],
        fixed: int,
        waited: float,
        safety: bool,
        public_threat: bool,
        unhappy: bool,
    ) -> tuple[int, int, str, int]:
        """score_under_policy's choice: the least urgent band whose own target scores the
        ticket into it; with none (targets growing towards P1), the highest total."""
        scored = [self._total(fixed, waited, t, safety, public_threat, unhappy) for t in targets]
        for sla, (total, floor, wait_pts), band in zip(targets, scored, _UPWARD, strict=True):
            if _band(total) == band.value:
                return sla, total, floor, wait_pts
        best = max(range(len(targets)), key=lambda i: scored[i][0])  # the first of equals
        return targets[best], *scored[best]

    def _due(self, since: datetime | None, sla: int) -> datetime | None:
        """apply_score's first-response due time."""
        if since is None:
            return None
        if self.business:
            return self._out(add_business_minutes(self._aware(since), sla, self.hours))
        return self._out(since + self._minutes(sla))

    def _resolution_due(self, opened_at: Any, target: int, paused_seconds: int | None) -> datetime:
        """ticket_resolution_due for a new or open ticket: no pause is running."""
        minutes = target + max(0.0, paused_seconds or 0) / 60.0
        start = self._time(opened_at)
        if self.business:
            return self._out(add_business_minutes(self._aware(start), minutes, self.hours))
        return self._out(
            start + (self._minutes(target) if minutes == target else timedelta(minutes=minutes))
        )

    def _minutes(self, minutes: int) -> timedelta:
        found = self._spans.get(minutes)
        if found is None:
            found = self._spans[minutes] = timedelta(minutes=minutes)
        return found

"""A customer's loyalty figures with their inputs, so nobody has to trust a black box.

Every figure shows its value and, on the line below (and in its tooltip), the numbers it was
computed from. Unknown figures show "–". The texts for the core's codes (groups, flags, RFM
segments, …) live here as labels-style helpers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.labels import plain_tooltip, segment_label, translate
from ui.widgets.conversation_view import plain_label

DASH = "–"
FLAG_ORDER = (
    "superpromoter",
    "anti_promoter",
    "hostage",
    "terrorist",
    "recovered",
    "easy",
    "difficult",
)
FIGURES = (
    "group",
    "score",
    "nps",
    "effort",
    "rfm",
    "clv",
    "crv",
    "value",
    "sat",
    "loy",
    "influence",
    "advocacy",
)

# -- formatting -------------------------------------------------------------------------------


def _is_num(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value


def num(value: object, digits: int = 2) -> str:
    """A number in the interface's locale; anything unknown is "–"."""
    if not _is_num(value):
        return DASH
    return QLocale().toString(float(value), "f", digits)  # type: ignore[arg-type]


def whole(value: object) -> str:
    if not _is_num(value):
        return DASH
    return QLocale().toString(round(float(value)))  # type: ignore[arg-type]


def day(value: object) -> str:
    """An ISO date ("2026-10-06") from the profile, in the locale's short form."""
    if not isinstance(value, str) or not value:
        return DASH
    d = QDate.fromString(value[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(d, QLocale.FormatType.ShortFormat) if d.isValid() else value


def _d(value: object) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}


def pick(profile: Mapping[str, Any], *paths: str) -> Any:
    """The first of the dotted paths that holds a value (None if none does).

    The stored profile keeps a figure's own numbers in its section ("clv.m") and the shared
    ones under "inputs"; looking in both keeps the panel working as the format grows."""
    for path in paths:
        cur: Any = profile
        for part in path.split("."):
            cur = cur.get(part) if isinstance(cur, Mapping) else None
        if cur is not None:
            return cur
    return None


# -- the core's codes in words ------------------------------------------------------------------


def flag_tip(flag: str) -> str:
    return {
        "superpromoter": translate(
            "Labels", "Enthusiastic, shares and influences: a promoter others listen to."
        ),
        "anti_promoter": translate(
            "Labels", "Unhappy in public, and people react to what they post."
        ),
        "hostage": translate(
            "Labels", "Stays (passive loyal) while dissatisfied or a detractor: may leave."
        ),
        "terrorist": translate(
            "Labels", "A leaver who speaks out: anti-promoter or an escalation in 90 days."
        ),
        "recovered": translate(
            "Labels", "A complaint was solved in the last 12 months (no loyalty bonus)."
        ),
        "easy": translate("Labels", "Dealing with us is easy for this customer (CES 5 or more)."),
        "difficult": translate(
            "Labels", "Dealing with us is hard for this customer (CES 3 or less)."
        ),
    }.get(flag, flag)


def nps_class_label(cls: str) -> str:
    return {
        "promoter": translate("Labels", "Promoter"),
        "passive": translate("Labels", "Passive"),
        "detractor": translate("Labels", "Detractor"),
        "unknown": DASH,
    }.get(cls, cls or DASH)


def ces_source_label(source: str) -> str:
    return {
        "survey": translate("Labels", "from a survey"),
        "estimate": translate("Labels", "estimated from tickets"),
        "none": DASH,
    }.get(source, source or DASH)


def basis_label(basis: str) -> str:
    return {
        "orders": translate("Labels", "orders"),
        "contacts": translate("Labels", "contacts (no orders)"),
        "none": translate("Labels", "no behaviour yet"),
    }.get(basis, basis or DASH)


def rfm_segment_label(segment: str) -> str:
    return {
        "champions": translate("Labels", "Champions"),
        "new": translate("Labels", "New"),
        "potential_loyalist": translate("Labels", "Potential loyalist"),
        "loyal": translate("Labels", "Loyal"),
        "need_attention": translate("Labels", "Needs attention"),
        "at_risk": translate("Labels", "At risk"),
        "hibernating": translate("Labels", "Hibernating"),
        "lost": translate("Labels", "Lost"),
        "none": translate("Labels", "no orders"),
    }.get(segment, segment or DASH)


def quadrant_label(quadrant: str) -> str:
    return {
        "champion": translate("Labels", "Champion (high CLV, high referral value)"),
        "affluent": translate("Labels", "Affluent (high CLV, low referral value)"),
        "advocate": translate("Labels", "Advocate (low CLV, high referral value)"),
        "miser": translate("Labels", "Miser (low CLV, low referral value)"),
    }.get(quadrant, quadrant or DASH)


def group_rule_text(loyalty: Mapping[str, Any]) -> str:
    """Why the customer is in its group: the rule that matched, with the numbers."""
    rule = str(pick(loyalty, "inputs.group.rule", "group.rule") or "")
    texts = {
        "lost_or_hibernating": translate(
            "Labels", "Leaver because the RFM segment is %5 (lost or hibernating)."
        ),
        "low_loy_low_sat": translate(
            "Labels", "Leaver because Loy %1 < %3 and Sat %2 < %4: neither loyal nor satisfied."
        ),
        "loyal_and_satisfied": translate(
            "Labels", "Ambassador because Loy %1 ≥ %3, Sat %2 ≥ %6 and not a detractor."
        ),
        "loyal_not_satisfied": translate(
            "Labels", "Passive loyal because Loy %1 ≥ %3 but Sat %2 < %6 or a detractor."
        ),
        "loyal_sat_unknown": translate(
            "Labels", "Passive loyal because Loy %1 ≥ %3; satisfaction is unknown."
        ),
        "not_loyal_satisfied": translate(
            "Labels", "Shopper because Loy %1 < %3 while Sat %2 ≥ %4."
        ),
        "not_loyal_sat_unknown": translate(
            "Labels", "Shopper because Loy %1 < %3; satisfaction is unknown."
        ),
    }
    text = texts.get(rule)
    if text is None:
        return ""
    return (
        text.replace("%1", num(pick(loyalty, "loy", "inputs.loyalty.loy")))
        .replace("%2", num(pick(loyalty, "sat", "inputs.satisfaction.sat")))
        .replace("%3", num(pick(loyalty, "inputs.group.loy_high", "group.loy_high")))
        .replace("%4", num(pick(loyalty, "inputs.group.sat_low", "group.sat_low")))
        .replace("%5", rfm_segment_label(str(pick(loyalty, "rfm.segment") or "")))
        .replace("%6", num(pick(loyalty, "inputs.group.sat_high", "group.sat_high")))
    )


# -- the panel ----------------------------------------------------------------------------------


class LoyaltyView(QScrollArea):
    """The figures of `CustomerProfile.loyalty` (see triage.services.loyalty)."""

    SHOWN_TICKETS = 5  # per-ticket effort lines in the panel; the Charts tab has them all

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loyaltyView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self)
        inner.setObjectName("loyaltyInner")
        outer = QVBoxLayout(inner)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(6)
        heading = QLabel(self.tr("Loyalty, and what it is made of"), inner)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setObjectName("sectionHeading")
        outer.addWidget(heading)
        self.show_inputs = QCheckBox(self.tr("Show the inputs of every figure"), inner)
        self.show_inputs.setChecked(True)
        self.show_inputs.toggled.connect(self._toggle_inputs)
        outer.addWidget(self.show_inputs)
        self.computed = plain_label("", inner, "hint")
        outer.addWidget(self.computed)
        self.recovered = plain_label(
            self.tr("Recovered complaints are recorded but earn no loyalty bonus."),
            inner,
            "recoveredNote",
        )
        self.recovered.hide()
        outer.addWidget(self.recovered)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(1)
        grid.setColumnStretch(1, 1)
        titles = {
            "group": self.tr("Loyalty group"),
            "score": self.tr("Loyalty score"),
            "nps": self.tr("NPS"),
            "effort": self.tr("Effort (CES 1–7)"),
            "rfm": self.tr("RFM"),
            "clv": self.tr("Lifetime value (CLV)"),
            "crv": self.tr("Referral value"),
            "value": self.tr("Value quadrant"),
            "sat": self.tr("Satisfaction (Sat)"),
            "loy": self.tr("Loyalty axis (Loy)"),
            "influence": self.tr("Influence"),
            "advocacy": self.tr("Advocacy"),
        }
        self.titles: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.inputs: dict[str, QLabel] = {}
        row = 0
        for key in FIGURES:
            title = QLabel(titles[key], inner)
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setObjectName("figureTitle")
            title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value = plain_label(DASH, inner, "figureValue")
            inputs = plain_label("", inner, "figureInputs")
            inputs.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            inputs.hide()
            if row:
                grid.setRowMinimumHeight(row, 8)  # a little air between figures
                row += 1
            grid.addWidget(title, row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(inputs, row + 1, 0, 1, 2)
            row += 2
            self.titles[key], self.values[key], self.inputs[key] = title, value, inputs
        outer.addLayout(grid)
        outer.addStretch(1)
        self.setWidget(inner)
        self.loyalty: dict[str, Any] = {}

    def _toggle_inputs(self, on: bool) -> None:
        for label in self.inputs.values():
            label.setVisible(on and bool(label.text()))

    def _set(self, key: str, value: str, inputs: str) -> None:
        self.values[key].setText(value)
        self.inputs[key].setText(inputs)
        visible = self.show_inputs.isChecked() and bool(inputs)
        if self.inputs[key].isVisibleTo(self) != visible:
            self.inputs[key].setVisible(visible)
        tip = plain_tooltip(inputs) if inputs else ""
        self.titles[key].setToolTip(tip)
        self.values[key].setToolTip(tip)

    def value_text(self, key: str) -> str:
        return self.values[key].text()

    def inputs_text(self, key: str) -> str:
        return self.inputs[key].text()

    def show_loyalty(self, loyalty: Mapping[str, Any], flags: tuple[str, ...] = ()) -> None:
        lo = dict(loyalty)
        self.loyalty = lo
        if not lo:
            self.computed.setText(
                self.tr(
                    "No loyalty figures yet: they are computed within a minute of a change, "
                    "and every night."
                )
            )
        else:
            at = QDateTime.fromString(str(lo.get("computed_at") or ""), Qt.DateFormat.ISODate)
            self.computed.setText(
                self.tr("Computed %1").replace(
                    "%1", QLocale().toString(at.toLocalTime(), QLocale.FormatType.ShortFormat)
                )
                if at.isValid()
                else ""
            )
        self.computed.setVisible(bool(self.computed.text()))
        recovered = "recovered" in (flags or tuple(lo.get("flags") or ()))
        self.recovered.setVisible(recovered)
        if recovered:
            note = self.tr("Recovered complaints are recorded but earn no loyalty bonus.")
            n = pick(lo, "inputs.recovered.complaints_12m", "recovered.complaints_12m")
            if _is_num(n):
                note += " " + self.tr("(%1 recovered in the last 12 months)").replace(
                    "%1", whole(n)
                )
            self.recovered.setText(note)
        for key in FIGURES:
            value, inputs = getattr(self, f"_{key}")(lo) if lo else (DASH, "")
            self._set(key, value, inputs)

    # -- one figure each: (value, its inputs) --------------------------------------------------

    def _group(self, lo: dict[str, Any]) -> tuple[str, str]:
        segment = str(lo.get("segment") or "")
        return (segment_label(segment) if segment else DASH), group_rule_text(lo)

    def _score(self, lo: dict[str, Any]) -> tuple[str, str]:
        weights = pick(lo, "inputs.score.weights", "score_weights") or [0.35, 0.30, 0.20, 0.15]
        w = [num(x) for x in weights] + [DASH] * 4
        text = (
            self.tr(
                "100 × (%1·Loy %2 + %3·Sat %4 + %5·advocacy %6 + %7·(1 − effort %8)), "
                "over the terms that are known"
            )
            .replace("%1", w[0])
            .replace("%2", num(pick(lo, "inputs.score.loy", "loy")))
            .replace("%3", w[1])
            .replace("%4", num(pick(lo, "inputs.score.sat", "sat")))
            .replace("%5", w[2])
            .replace("%6", num(pick(lo, "inputs.score.adv")))
            .replace("%7", w[3])
            .replace(
                "%8", num(pick(lo, "inputs.score.effort_n", "ces.effort_n", "effort.effort_n"))
            )
        )
        score = pick(lo, "score", "inputs.score.loyalty_score")
        return (self.tr("%1 of 100").replace("%1", whole(score)) if _is_num(score) else DASH), text

    def _nps(self, lo: dict[str, Any]) -> tuple[str, str]:
        latest = pick(lo, "nps.latest")
        if not _is_num(latest):
            return DASH, self.tr("No NPS answer yet")
        cls = str(pick(lo, "nps_class", "nps.class") or "")
        text = (
            self.tr("Latest answer %1 of 10 on %2; its age weight is %3")
            .replace("%1", whole(latest))
            .replace("%2", day(pick(lo, "nps.answered")))
            .replace("%3", num(pick(lo, "nps.weight")))
        )
        return f"{nps_class_label(cls)} · {whole(latest)}", text

    def _effort(self, lo: dict[str, Any]) -> tuple[str, str]:
        e = _d(lo.get("effort"))
        ces = pick(lo, "ces.value", "effort.ces")
        source = str(pick(lo, "ces.source", "effort.source") or "")
        value = f"{num(ces, 1)} · {ces_source_label(source)}" if _is_num(ces) else DASH
        parts: list[str] = []
        if e.get("surveys"):
            parts.append(
                self.tr("Survey: CES %1 from %2 answer(s) in 12 months, the latest on %3")
                .replace("%1", num(e.get("ces_survey"), 1))
                .replace("%2", whole(e.get("surveys")))
                .replace("%3", day(e.get("survey_answered")))
            )
        oei = list(e.get("oei") or [])
        days = list(e.get("ticket_days") or [])
        if _is_num(e.get("ces_est")):
            parts.append(
                self.tr("Estimate: CES %1, the age-weighted 7 − 6·OEI of the last %2 ticket(s)")
                .replace("%1", num(e.get("ces_est"), 1))
                .replace("%2", whole(e.get("tickets") or len(oei)))
            )
        elif oei:
            parts.append(
                self.tr("Per resolved ticket, CES = 7 − 6·OEI (not used: a survey counts)")
            )
        shown = oei[: self.SHOWN_TICKETS]
        for i, o in enumerate(shown):
            parts.append(
                self.tr("  %1: OEI %2 → CES %3")
                .replace("%1", day(days[i] if i < len(days) else None))
                .replace("%2", num(o))
                .replace("%3", num(7 - 6 * o, 1) if _is_num(o) else DASH)
            )
        if len(oei) > len(shown):
            parts.append(
                self.tr("  and %1 more on the Charts tab").replace("%1", str(len(oei) - len(shown)))
            )
        if _is_num(e.get("weight")):
            parts.append(self.tr("age weight %1").replace("%1", num(e.get("weight"))))
        if not parts:
            parts.append(self.tr("No CES answer and no resolved ticket to estimate from"))
        return value, "\n".join(parts)

    def _rfm(self, lo: dict[str, Any]) -> tuple[str, str]:
        r = _d(lo.get("rfm"))
        if not r:
            return DASH, ""
        basis = str(r.get("basis") or "")
        seg = str(r.get("segment") or "")
        quint = " ".join(
            f"{letter}{whole(q) if _is_num(q) and q else DASH}"
            for letter, q in (("R", r.get("r_q")), ("F", r.get("f_q")), ("M", r.get("m_q")))
        )
        value = f"{quint} · {rfm_segment_label(seg)}" if seg else quint
        frequency = pick(r, "frequency_24m", "orders_24m", "contacts_24m")
        if basis == "orders" or "orders_24m" in r:
            count = self.tr("%1 orders in 24 months").replace("%1", whole(frequency))
        else:
            count = self.tr("%1 contacts in 24 months").replace("%1", whole(frequency))
        text = " · ".join(
            (
                self.tr("recency %1 days (last %2)")
                .replace("%1", whole(r.get("recency_days")))
                .replace("%2", day(r.get("last"))),
                count,
                self.tr("margin %1").replace("%1", num(r.get("margin_24m"))),
                self.tr("quintiles 1–5 (5 best), basis: %1").replace("%1", basis_label(basis)),
            )
        )
        return value, text

    def _clv(self, lo: dict[str, Any]) -> tuple[str, str]:
        c = _d(lo.get("clv"))
        clv = c.get("value")
        value = (
            self.tr("%1 · percentile %2").replace("%1", num(clv)).replace("%2", whole(c.get("pct")))
            if _is_num(clv)
            else DASH
        )
        if not c:
            return value, ""
        lines = [
            self.tr("m %1 margin a year · r %2 retention · i %3 discount · %4 years")
            .replace("%1", num(c.get("m")))
            .replace("%2", num(c.get("r")))
            .replace("%3", num(c.get("i")))
            .replace("%4", whole(c.get("horizon_years")))
        ]
        if _is_num(c.get("r_segment_customers")):
            lines.append(
                self.tr("r from the RFM segment: %1 of %2 customers retained (default %3)")
                .replace("%1", whole(c.get("r_segment_retained")))
                .replace("%2", whole(c.get("r_segment_customers")))
                .replace("%3", num(c.get("r_default")))
            )
        if _is_num(c.get("years_active")):
            lines.append(self.tr("active %1 years").replace("%1", num(c.get("years_active"), 1)))
        return value, "\n".join(lines)

    def _crv(self, lo: dict[str, Any]) -> tuple[str, str]:
        c = _d(lo.get("crv"))
        crv = c.get("value")
        value = (
            self.tr("%1 · percentile %2").replace("%1", num(crv)).replace("%2", whole(c.get("pct")))
            if _is_num(crv)
            else DASH
        )
        if not c:
            return value, ""
        lines = [
            self.tr("%1 converted of %2 referral(s) in 24 months · acquisition cost %3")
            .replace("%1", whole(pick(c, "converted", "converted_referrals")))
            .replace("%2", whole(c.get("referrals_24m")))
            .replace("%3", num(c.get("ac")))
        ]
        yes, no = self.tr("converted"), self.tr("not converted")
        for ref in (c.get("referrals") or [])[: self.SHOWN_TICKETS]:
            r = _d(ref)
            who = pick(r, "customer", "referred")
            line = self.tr("  %1: customer %2").replace("%1", day(r.get("day")))
            line = line.replace("%2", f"#{who}" if isinstance(who, int) else str(who or DASH))
            if isinstance(r.get("converted"), bool | int):
                line += f", {yes if r.get('converted') else no}"
            if _is_num(r.get("value")):
                line += ", " + self.tr("value %1").replace("%1", num(r.get("value")))
            lines.append(line)
        return value, "\n".join(lines)

    def _value(self, lo: dict[str, Any]) -> tuple[str, str]:
        quadrant = str(pick(lo, "value_quadrant", "value.quadrant", "inputs.value.quadrant") or "")
        text = (
            self.tr(
                "value percentile %1 = the higher of CLV percentile %2 and referral "
                "percentile %3; medians: CLV %4, referral value %5"
            )
            .replace("%1", whole(pick(lo, "value_pct", "value.value_pct")))
            .replace("%2", whole(pick(lo, "value.clv_pct", "inputs.value.clv_pct", "clv.pct")))
            .replace("%3", whole(pick(lo, "value.crv_pct", "inputs.value.crv_pct", "crv.pct")))
            .replace("%4", num(pick(lo, "value.clv_median", "inputs.value.clv_median")))
            .replace("%5", num(pick(lo, "value.crv_median", "inputs.value.crv_median")))
        )
        return (quadrant_label(quadrant) if quadrant else DASH), text

    def _sat(self, lo: dict[str, Any]) -> tuple[str, str]:
        s = _d(pick(lo, "inputs.satisfaction", "satisfaction"))
        nps_term = pick(s, "nps_term")
        if nps_term is None and _is_num(pick(lo, "nps.latest")):
            nps_term = float(pick(lo, "nps.latest")) / 10.0
        ces_term = pick(s, "ces_term")
        ces = pick(lo, "ces.value", "effort.ces")
        if ces_term is None and _is_num(ces):
            ces_term = (float(ces) - 1.0) / 6.0
        sentiment_term = pick(s, "sentiment_term")
        mean = pick(s, "mean_sentiment_90d")
        if sentiment_term is None and _is_num(mean):
            sentiment_term = float(mean) / 100.0
        text = (
            self.tr(
                "weighted mean of NPS/10 %1 (weight %2), (CES − 1)/6 %3 (weight %4) and "
                "sentiment/100 over 90 days %5 (weight %6)"
            )
            .replace("%1", num(nps_term))
            .replace("%2", num(s.get("nps_weight")))
            .replace("%3", num(ces_term))
            .replace("%4", num(s.get("ces_weight")))
            .replace("%5", num(sentiment_term))
            .replace("%6", num(s.get("sentiment_weight")))
        )
        sat = pick(lo, "sat", "inputs.satisfaction.sat")
        if not _is_num(sat):
            return DASH, text + " · " + self.tr("no term known: satisfaction unknown")
        return self.tr("%1 of 1").replace("%1", num(sat)), text

    def _loy(self, lo: dict[str, Any]) -> tuple[str, str]:
        def q(key: str) -> str:
            v = pick(lo, f"inputs.loyalty.{key}", f"rfm.{key}")
            return whole(v) if _is_num(v) and v else DASH

        text = (
            self.tr(
                "from R %1, F %2, M %3 (quintiles) and tenure %4 years; "
                "share of wallet %5; basis: %6"
            )
            .replace("%1", q("r_q"))
            .replace("%2", q("f_q"))
            .replace("%3", q("m_q"))
            .replace("%4", num(pick(lo, "inputs.loyalty.tenure_years"), 1))
            .replace("%5", num(pick(lo, "inputs.loyalty.share_of_wallet")))
            .replace("%6", basis_label(str(pick(lo, "inputs.loyalty.basis", "rfm.basis") or "")))
        )
        loy = pick(lo, "loy", "inputs.loyalty.loy")
        return (self.tr("%1 of 1").replace("%1", num(loy)) if _is_num(loy) else DASH), text

    def _influence(self, lo: dict[str, Any]) -> tuple[str, str]:
        followers = pick(lo, "influence.followers", "inputs.influence.followers")
        value = (
            self.tr("%1 followers").replace("%1", whole(followers)) if _is_num(followers) else DASH
        )
        text = (
            self.tr("interaction rate %1 % (median %2 %) · %3 posts and %4 interactions in 90 days")
            .replace("%1", num(pick(lo, "influence.account_ir", "inputs.influence.account_ir")))
            .replace("%2", num(pick(lo, "influence.ir_median", "inputs.influence.ir_median")))
            .replace("%3", whole(pick(lo, "influence.posts_90d", "inputs.influence.posts_90d")))
            .replace(
                "%4",
                whole(pick(lo, "influence.interactions_90d", "inputs.influence.interactions_90d")),
            )
        )
        return value, text

    def _advocacy(self, lo: dict[str, Any]) -> tuple[str, str]:
        a = _d(pick(lo, "inputs.advocacy", "advocacy"))
        if not a:
            return DASH, ""
        yes, no = self.tr("yes"), self.tr("no")
        shown = [
            name
            for key, name in (
                ("enthusiastic", self.tr("enthusiastic")),
                ("shares", self.tr("shares")),
                ("influences", self.tr("influences")),
            )
            if a.get(key)
        ]
        value = ", ".join(shown) or self.tr("none of enthusiastic, shares, influences")
        text = (
            self.tr(
                "enthusiastic %1 · shares %2 · influences %3 · %4 positive public mention(s) "
                "in 12 months · escalation in 90 days %5"
            )
            .replace("%1", yes if a.get("enthusiastic") else no)
            .replace("%2", yes if a.get("shares") else no)
            .replace("%3", yes if a.get("influences") else no)
            .replace("%4", whole(pick(a, "pos_mentions_12m") or pick(lo, "mentions.positive_12m")))
            .replace("%5", yes if a.get("escalation_cue_90d") else no)
        )
        return value, text

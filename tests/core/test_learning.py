"""Learning from the team: labels in, a measured model out, used only where it is better."""

from __future__ import annotations

import pytest

from triage.domain.enums import Role
from triage.domain.errors import Forbidden, InvalidAction
from triage.services import Triage, learning

# Team jargon the shipped word lists cannot know: "code rood" is this brand's outage report.
JARGON = [
    "code rood bij {p} sinds {h} uur",
    "weer code rood in {p}",
    "code rood, {p}, al {h} uur",
    "in {p} is het code rood",
]
CALM = [
    "vraagje over {p}: kan ik mijn pakket wijzigen",
    "{p} verhuist volgende maand, hoe geef ik dat door",
    "welke pakketten zijn er in {p}",
    "ik wil graag informatie over {p}",
]
PLACES = [
    "Assen",
    "Breda",
    "Delft",
    "Emmen",
    "Gouda",
    "Hoorn",
    "Lisse",
    "Venlo",
    "Weert",
    "Zeist",
    "Almere",
    "Baarn",
    "Ede",
    "Hengelo",
    "Leiden",
    "Putten",
    "Sneek",
    "Tiel",
    "Urk",
    "Vaals",
]


def _labelled(triage: Triage, write_jsonl, n_places: int = 20) -> None:  # type: ignore[no-untyped-def]
    rows = []
    for i, place in enumerate(PLACES[:n_places]):
        for j, template in enumerate(JARGON + CALM):
            rows.append(
                {
                    "external_id": f"m{i}-{j}",
                    "author": f"@k{i}{j}",
                    "lang": "nl",
                    "text": template.format(p=place, h=2 + j),
                }
            )
    triage.import_file(write_jsonl("team.jsonl", *rows))
    for item in triage.top(400):
        triage.correct_complaint(item.id, "sanne", item.text.count("code rood") > 0)


def test_too_few_labels_is_refused(triage: Triage, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    _labelled(triage, write_jsonl, n_places=2)
    with pytest.raises(InvalidAction, match="at least"):
        triage.train_model()
    assert triage.train_if_due() is None


def test_the_team_model_takes_over_where_it_is_better_and_rolls_back(
    triage: Triage,
    write_jsonl,  # type: ignore[no-untyped-def]
) -> None:
    _labelled(triage, write_jsonl)
    before = triage.analyzer.model.signals("code rood in Utrecht sinds vanochtend", "nl")
    made = triage.train_model()
    assert made.n_labels == 160 and made.active and "complaint" in made.heads
    pair = made.metrics["complaint"]
    assert pair["learned"]["f1"] > pair["shipped"]["f1"]  # measured on labels it never saw
    after = triage.analyzer.model.signals("code rood in Utrecht sinds vanochtend", "nl")
    assert after.is_complaint and after.complaint > before.complaint

    models = triage.models()
    assert [m.active for m in models] == [True]
    triage.agent("sanne")  # an agent may not roll back; a team lead may
    with pytest.raises(Forbidden, match="sanne \\(agent\\) may not train or roll back"):
        triage.roll_back_model("sanne")
    assert triage.analyzer.model is not triage.shipped
    triage.agent("mark", Role.LEAD)
    assert triage.roll_back_model("mark") is None  # back to the shipped model
    assert triage.analyzer.model is triage.shipped
    (retired,) = triage.models()
    assert not retired.active and retired.retired_by == "mark"
    with pytest.raises(InvalidAction):
        triage.roll_back_model("mark")


def test_labels_merge_per_message_and_latest_wins(triage: Triage, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    triage.import_file(write_jsonl("one.jsonl", {"external_id": "1", "text": "code rood"}))
    (item,) = triage.top(1)
    triage.correct_complaint(item.id, "sanne", True)
    triage.correct_sentiment(item.id, "sanne", "neg")
    triage.correct_complaint(item.id, "piet", False)
    with triage.sessions() as s:
        (example,) = learning.label_examples(s)
    assert example.text == "code rood" and example.sentiment == "neg"
    assert example.complaint is False

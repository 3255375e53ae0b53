"""The learned row check (on by default; `--all-rows` turns it off): shipped, read the same way
it was trained."""

from __future__ import annotations

import pytest

from eventwire.events.eventness import document_features, load_eventness, row_features
from eventwire.events.happenings import ROW_CONFIDENCE_FLOOR, RULES_CONFIDENCE_SHARE
from eventwire.options import Options
from eventwire.pipeline import Pipeline
from tests.conftest import run_text

ATTACK = "Russian forces shelled the city of Kharkiv on Tuesday, killing three civilians."
STANCE = "Analysts said Beijing has increased cooperation with Moscow in recent years."


@pytest.fixture(scope="module")
def strict_pipeline():
    return Pipeline(Options(clean=False, strict_rows=True))


@pytest.fixture(scope="module")
def all_rows_pipeline():
    return Pipeline(Options(clean=False, strict_rows=False))


def test_the_shipped_model_loads_with_a_threshold():
    model = load_eventness()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert "type=ASSAULT" in model.model.extra  # the indicators it was trained with
    assert "clause_tag=VBD" in model.model.extra  # and how the clause is told


def test_training_and_run_time_score_a_row_alike(tmp_path):
    """The training script's features and exported arrays give, at run time, the
    probability the fitted model gives (no train/serve skew in the arithmetic)."""
    import importlib.util
    from pathlib import Path

    import numpy as np

    from eventwire.events.eventness import Eventness

    path = Path(__file__).resolve().parents[2] / "training" / "train_eventness.py"
    spec = importlib.util.spec_from_file_location("train_eventness", path)
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    texts = ["Troops shelled the town on Monday.", "Gunmen attacked a convoy near the border.",
             "Police arrested ten protesters in the capital.", "The singer thanked her fans.",
             "Analysts said trade has grown in recent years.", "The team won the final on Sunday."]
    flags = [{"type=ASSAULT": 1.0}, {"type=ASSAULT": 1.0, "actor=True": 1.0}, {"type=COERCE": 1.0},
             {"type=SUPPORT": 1.0}, {"type=COOPERATE": 1.0}, {"type=ASSAULT": 1.0}]
    y = np.array([True, True, True, False, False, False])
    feats, clf = train.fit(texts, flags, y)
    assert feats.embedding_weight > 0  # the sentence embedding is part of what is compared
    np.savez_compressed(tmp_path / "m.npz", **train.arrays(feats, clf, 0.5))
    model = load_eventness(tmp_path / "m.npz")
    assert model is not None and model.embedding_coef is not None
    expected = clf.predict_proba(feats(texts, flags))[:, 1]
    got = model.text_probabilities(texts, flags)
    assert np.allclose(got, expected, atol=1e-4)
    without = Eventness(model.model, model.threshold)  # the n-grams and indicators alone differ
    assert not np.allclose(without.text_probabilities(texts, flags), expected, atol=1e-4)


def test_a_row_is_read_by_what_a_user_sees_of_it(noclean_pipeline):
    [row] = [e for e in run_text(noclean_pipeline, ATTACK, published="2024-03-08").events
             if e.plover == "ASSAULT"]
    text, flags = row_features(row)
    assert text == row.sentence.text
    assert {"type=ASSAULT", "actor=True", "place=True"} <= set(flags)


# (the cooperation is told with no span: "in recent years" would make it a sum of acts, no row at all)
CULTURE = ("The festival opened on Friday with a new film about two sisters. The culture minister "
           "praised the director at the opening gala. Analysts said the government has increased "
           "cooperation with streaming services. The lead actress thanked her "
           "family on stage. The city council welcomed the visitors. Tickets sold out within an "
           "hour. The festival runs until Sunday.")
WAR = ("Russian forces shelled the city of Kharkiv on Tuesday, killing three civilians. "
       "Ukrainian officials said two more people were wounded. The shelling hit a school and a "
       "market. Police said a second strike damaged a power station. Residents sheltered in "
       "the metro overnight. The regional governor called the attack a war crime.")


def test_strict_rows_judge_an_article_by_what_it_is_about(all_rows_pipeline, strict_pipeline):
    loose = {e.trigger.text for e in run_text(all_rows_pipeline, CULTURE, published="2024-03-08").events}
    strict = {e.trigger.text for e in run_text(strict_pipeline, CULTURE, published="2024-03-08").events}
    assert "cooperation" in loose and "cooperation" not in strict  # a stance in a culture story
    assert strict < loose
    kept = run_text(strict_pipeline, WAR, published="2024-03-08").events
    assert "ASSAULT" in {e.plover for e in kept}


def test_a_sentence_is_not_judged_by_the_article_check(all_rows_pipeline, strict_pipeline):
    loose = run_text(all_rows_pipeline, STANCE, published="2024-03-08").events
    strict = run_text(strict_pipeline, STANCE, published="2024-03-08").events
    assert [e.trigger for e in strict] == [e.trigger for e in loose]


def test_rows_are_judged_by_default_and_all_rows_turns_the_check_off(noclean_pipeline, all_rows_pipeline):
    judged = next(s for s in noclean_pipeline.stages if s.name == "events")
    assert judged.eventness is not None
    every = next(s for s in all_rows_pipeline.stages if s.name == "events")
    assert every.eventness is None


def test_an_article_told_in_the_first_person_with_questions_is_marked_so(all_rows_pipeline):
    interview = ("We met the candidate in Lagos on Monday. I asked him whether he would attack his rivals. "
                 "Why did you criticise the governor? We condemned the arrests, he said. Our party "
                 "demanded a recount on Friday.")
    rows = [e for e in run_text(all_rows_pipeline, interview, published="2024-03-08").events
            if e.status != "negated"]
    flags = document_features(rows)
    assert rows and any(k.startswith("doc_first_person=") and k != "doc_first_person=low" for k in flags)
    report = [e for e in run_text(all_rows_pipeline, WAR, published="2024-03-08").events if e.status != "negated"]
    assert "doc_first_person=low" in document_features(report)


def test_a_row_s_clause_is_read_from_the_parse(all_rows_pipeline):
    """Tense, modality, a quotation, a reporting verb above it and the actor's kind of word:
    read from the record's parse, the same at run time as in training."""
    said = ('Officials said the army would "punish the rebels" soon. '
            "Kenyan troops arrested two suspects in Lamu on Monday.")
    record = run_text(all_rows_pipeline, said, published="2024-03-08")
    by_word = {e.trigger.text: e for e in record.events}
    _, hedged = row_features(by_word["punish"], record.doc)
    assert {"clause_modal", "clause_quoted", "clause_reported", "clause_pos=VERB"} <= set(hedged)
    _, plain = row_features(by_word["arrested"], record.doc)
    assert "clause_tag=VBD" in plain and not {"clause_modal", "clause_quoted", "clause_reported"} & set(plain)
    assert "clause_tag=VBD" not in row_features(by_word["arrested"])[1]  # no parse, no clause


def test_a_judged_row_s_confidence_carries_the_check_s_probability(all_rows_pipeline, strict_pipeline):
    """Sorting by confidence puts the rows likeliest to be usable first: a judged row's
    confidence is part the rules' and part the check's P(event)."""
    loose = {e.trigger.start: e for e in run_text(all_rows_pipeline, WAR, published="2024-03-08").events}
    record = run_text(strict_pipeline, WAR, published="2024-03-08")
    stage = next(s for s in strict_pipeline.stages if s.name == "events")
    kept = [e for e in record.events if e.status != "negated"]
    assert kept
    judged = [loose[e.trigger.start] for e in kept]
    probabilities = stage.eventness.probabilities(
        [e for e in loose.values() if e.status != "negated"],
        document_features([e for e in loose.values() if e.status != "negated"]), record.doc)
    p_of = dict(zip([e.trigger.start for e in loose.values() if e.status != "negated"], probabilities, strict=True))
    for row, rules in zip(kept, judged, strict=True):
        share = RULES_CONFIDENCE_SHARE
        assert row.confidence == pytest.approx(share * rules.confidence + (1 - share) * p_of[row.trigger.start])


ATTACK_AND_AFTER = ("Gunmen attacked a police station in the northern town of Kano on Monday, killing four "
                    "officers, police said. The attackers fled into a nearby forest. Local leaders condemned the "
                    "attack and urged calm. A spokesman said talks with community elders would be held. Businesses "
                    "offered help to the families of the victims. The governor visited the town on Tuesday.")


def test_a_judged_row_below_the_confidence_floor_is_dropped(all_rows_pipeline, strict_pipeline):
    """A row the check lets through but whose blended confidence stays under the floor is
    dropped with it ("talks ... would be held", told by a spokesman, with no side named); the
    rest are kept as they were, and ``--all-rows`` keeps every row."""
    loose = [e for e in run_text(all_rows_pipeline, ATTACK_AND_AFTER, published="2024-03-08").events
             if e.status != "negated"]
    record = run_text(strict_pipeline, ATTACK_AND_AFTER, published="2024-03-08")
    stage = next(s for s in strict_pipeline.stages if s.name == "events")
    probabilities = stage.eventness.probabilities(loose, document_features(loose), record.doc)
    share = RULES_CONFIDENCE_SHARE
    expected = {e.trigger.start for e, p in zip(loose, probabilities, strict=True)
                if p >= stage.eventness.threshold and share * e.confidence + (1 - share) * p >= ROW_CONFIDENCE_FLOOR}
    only_floor = [e.trigger.text for e, p in zip(loose, probabilities, strict=True)
                  if p >= stage.eventness.threshold and e.trigger.start not in expected]
    assert only_floor == ["talks"]
    kept = [e for e in record.events if e.status != "negated"]
    assert {e.trigger.start for e in kept} == expected
    assert all(e.confidence >= ROW_CONFIDENCE_FLOOR for e in kept)
    assert "ASSAULT" in {e.plover for e in kept}

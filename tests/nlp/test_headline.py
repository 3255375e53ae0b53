"""A headline is parsed as a sentence of its own, in the case its body writes each word."""

from __future__ import annotations

import pytest

from eventwire.nlp import NlpStage, load_model
from eventwire.nlp.headline import headline_span, sentence_case, sentence_starts, verb_index
from eventwire.record import DocumentInfo, Record

BODY = ("Gunmen on Sunday abducted 30 villagers in Zamfara state, police said. "
        "The attackers arrived on motorcycles.")


@pytest.fixture(scope="module")
def verbs() -> frozenset[str]:
    return verb_index(load_model())


@pytest.fixture(scope="module")
def stage() -> NlpStage:
    return NlpStage()


def parsed(stage: NlpStage, text: str) -> Record:
    return stage(Record(id="h", document=DocumentInfo(text=text)))


def first_line(text: str, verbs: frozenset[str]) -> str:
    return sentence_case(text, verbs).split("\n")[0]


def test_title_case_words_take_the_case_the_body_writes_them_in(verbs: frozenset[str]) -> None:
    text = "Bandits Abduct 30 Villagers In Zamfara\n\n" + BODY
    cased = sentence_case(text, verbs)
    assert cased.split("\n")[0] == "Bandits abduct 30 villagers in Zamfara"
    assert len(cased) == len(text) and cased[cased.index("\n"):] == text[text.index("\n"):]


def test_a_word_with_no_evidence_is_lowercased_only_when_english_uses_it_as_a_verb(
        verbs: frozenset[str]) -> None:
    text = "Israeli Strike Kills 12 In Gaza Camp Near Khan Younis\n\nThe dead included children, medics said."
    assert first_line(text, verbs) == "Israeli strike kills 12 in Gaza camp near Khan Younis"


def test_names_the_body_capitalises_keep_their_capitals(verbs: frozenset[str]) -> None:
    text = ("Police Arrest Mark Otieno Over Protest Deaths\n\n"
            "Kenyan police on Monday arrested Mark Otieno, a protest organiser, over the deaths.")
    assert first_line(text, verbs) == "Police arrest Mark Otieno over protest deaths"


def test_a_headline_in_capitals_is_recased_and_its_initialisms_kept(verbs: frozenset[str]) -> None:
    text = "GUNMEN STORM HOTEL IN MOGADISHU, UN SAYS\n\nGunmen stormed a hotel in Mogadishu on Friday."
    assert first_line(text, verbs) == "Gunmen storm hotel in Mogadishu, UN says"


@pytest.mark.parametrize("text", [
    "Bandits abduct 30 villagers in Zamfara\n\n" + BODY,  # already sentence case
    "Police Arrest Five Suspects.\n\n" + BODY,  # a full stop: a sentence, not a headline
    "Police Arrest Five Suspects In Kano",  # nothing below it
    "Friday, July 10, 2019\n\n" + BODY,  # too few words to tell the line's case
])
def test_other_first_lines_are_left_as_they_are(text: str, verbs: frozenset[str]) -> None:
    assert sentence_case(text, verbs) is text


def test_a_headline_is_a_short_first_line_set_apart_or_capitalised() -> None:
    assert headline_span("  Talks Collapse In Geneva\nThe talks collapsed.") == (2, 26)
    assert headline_span("Talks collapse in Geneva\n\nThe talks collapsed.") == (0, 24)
    assert headline_span("Wednesday, July 10, 2019\xa0\n\n\nLeaders met.") == (0, 24)  # spaces before the break
    # a line of wrapped text carries its sentence on; a question is a sentence
    assert headline_span("Gunmen on Sunday abducted 30 villagers in Zamfara state, police\nsaid.") is None
    assert headline_span("Will Talks Resume?\n\nThe talks collapsed.") is None
    assert headline_span(" ".join(["Word"] * 30) + "\n\nBody.") is None


def test_a_byline_is_no_headline_but_ends_its_sentence() -> None:
    text = "By Rob Strike, Chief Correspondent\nPolice arrested three activists on Monday."
    assert headline_span(text) is None and sentence_case(text) is text
    assert sentence_starts(text) == [text.index("\n")]


def test_a_sentence_begins_after_the_headline_and_each_of_its_parts() -> None:
    text = "“2429 surrender”… Russia Occupies Mariupol | JTBC News\n\nThe defenders surrendered."
    starts = sentence_starts(text)
    assert [text[i:i + 6] for i in starts] == ["Russia", "JTBC N", "\n\nThe "]


def test_the_parse_of_the_recased_headline_lies_over_the_original_characters(stage: NlpStage) -> None:
    text = "Bandits Abduct 30 Villagers In Zamfara\n\n" + BODY
    doc = parsed(stage, text).doc
    assert doc is not None and doc.text == text
    abduct = doc[1]
    assert abduct.text == "Abduct" and abduct.pos_ == "VERB" and abduct.lemma_ == "abduct"
    assert [t.text for t in doc[:6]] == ["Bandits", "Abduct", "30", "Villagers", "In", "Zamfara"]
    assert any(ent.text == "Zamfara" for ent in doc.ents)


def test_a_headline_is_its_own_sentence(stage: NlpStage) -> None:
    text = "Bandits abduct 30 villagers in Zamfara\n\n" + BODY
    doc = parsed(stage, text).doc
    assert doc is not None
    gunmen = next(t for t in doc if t.text == "Gunmen")
    assert gunmen.is_sent_start
    assert gunmen.dep_ == "nsubj" and gunmen.head.text == "abducted"


def test_batches_recase_headlines_as_single_records_do(stage: NlpStage) -> None:
    texts = ["Bandits Abduct 30 Villagers In Zamfara\n\n" + BODY, "Talks resumed in Geneva."]
    records = [Record(id=str(i), document=DocumentInfo(text=t)) for i, t in enumerate(texts)]
    out = list(stage.pipe(records))
    assert [r.doc.text for r in out if r.doc is not None] == texts
    assert out[0].doc is not None and out[0].doc[1].pos_ == "VERB"


@pytest.mark.parametrize("text, lead", [
    ("ALMATY, Kazakhstan (Reuters) — A court in Almaty on Tuesday jailed an activist.", "A court"),
    ("KINSHASA, Democratic Republic of Congo (Reuters) — The army said on Monday.", "The army"),
    ("ABUJA, May 6 (Reuters) - Gunmen killed 12 villagers.", "Gunmen"),
    ("UNITED NATIONS (AP) -- The Security Council met.", "The Sec"),
    ("Strikes in Georgia\n\nTBILISI, Georgia (AP) — Striking miners blocked a highway.", "Striki"),
])
def test_a_sentence_begins_after_a_wire_dateline(text: str, lead: str) -> None:
    assert any(text[i:i + len(lead)] == lead for i in sentence_starts(text))


@pytest.mark.parametrize("text", [
    "NATO-led troops - The alliance said.", "OPEC — whose members met in Vienna — cut output.",
    "The UN - said nothing.", "Police said the AU - the regional bloc - would meet.",
])
def test_a_dash_that_closes_no_dateline_begins_no_sentence(text: str) -> None:
    assert sentence_starts(text) == []


def test_the_lead_parsed_apart_from_its_dateline_is_one_sentence_with_it_again(stage: NlpStage) -> None:
    text = ("ALMATY, Kazakhstan (Reuters) — A court in Almaty on Tuesday jailed opposition activist Dana "
            "Sultanbekova for 15 days, her lawyer said. She denied the charge.")
    doc = parsed(stage, text).doc
    assert doc is not None and doc.text == text
    first, second = list(doc.sents)
    assert first.text.startswith("ALMATY") and first.text.endswith("said.") and second.text == "She denied the charge."
    assert doc[0].dep_ == "npadvmod" and doc[0].head.i >= 7  # the dateline hangs on a word of its lead
    assert not any(t.head.i < 7 for t in doc[7:first.end])  # the lead's own words: parsed apart from it

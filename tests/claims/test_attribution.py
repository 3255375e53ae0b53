"""Attribution patterns on small texts written for these tests (real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.conftest import run_text


@pytest.fixture(scope="module")
def claims_of(noclean_pipeline):
    def run(text: str):
        return run_text(noclean_pipeline, text).claims

    return run


def only(claims, cue):
    found = [c for c in claims if c.cue is not None and c.cue.text == cue]
    assert len(found) == 1, [c.to_dict() for c in claims]
    return found[0]


def test_indirect_speech_with_that(claims_of):
    claims = claims_of("The mayor said that the bridge was destroyed overnight.")
    claim = only(claims, "said")
    assert claim.source.span.text == "The mayor"
    assert "bridge was destroyed overnight" in claim.content.text
    assert claim.hedged is False


def test_told_and_warned(claims_of):
    claims = claims_of(
        "The governor told reporters the shelling had stopped. "
        "The army warned that more strikes would follow."
    )
    told = only(claims, "told")
    assert told.source.span.text == "The governor"
    assert "shelling had stopped" in told.content.text
    warned = only(claims, "warned")
    assert "more strikes would follow" in warned.content.text


def test_quote_split_by_he_said_is_one_claim(claims_of):
    text = "“The town is calm,” he said, “and the market has reopened.”"
    claims = claims_of("Mayor Ivan Petrov spoke on Monday. " + text)
    claim = only(claims, "said")
    assert claim.content.text.startswith("“The town is calm")
    assert claim.content.text.endswith("reopened.”")
    assert "Petrov" in claim.source.name


def test_according_to(claims_of):
    claims = claims_of("According to the regional police, three people were detained.")
    claim = only(claims, "According to")
    assert claim.source.span.text == "the regional police"
    assert claim.content.text == "three people were detained"


def test_statement_said(claims_of):
    claims = claims_of("The ministry's statement said the convoy had been attacked near the border.")
    claim = only(claims, "said")
    assert "ministry" in claim.source.span.text
    assert "convoy had been attacked" in claim.content.text


def test_sourceless_hedges(claims_of):
    claims = claims_of(
        "It is said that the bridge was mined. The general was reportedly wounded in the attack."
    )
    said = only(claims, "It is said that")
    assert said.source is None and said.hedged
    assert said.content.text == "the bridge was mined"
    reportedly = only(claims, "reportedly")
    assert reportedly.source is None and reportedly.hedged
    assert "general" in reportedly.content.text


def test_it_said_resolves_to_the_earlier_organisation_not_the_wire(claims_of):
    claims = claims_of(
        "According to Reuters, the interior ministry said the roads were closed. "
        "Schools will stay shut until Friday, it said."
    )
    ministry = only(claims, "said") if len([c for c in claims if c.cue and c.cue.text == "said"]) == 1 \
        else next(c for c in claims if c.cue and c.cue.text == "said" and "roads" in c.content.text)
    assert ministry.via and ministry.via[0].span.text == "Reuters"
    it_said = next(c for c in claims if c.source and c.source.span.text == "it")
    assert "ministry" in it_said.source.name
    assert "Schools will stay shut" in it_said.content.text


def test_could_not_verify_attaches_to_the_claim_it_names(claims_of):
    claims = claims_of(
        "The rebels said they had shot down a helicopter. "
        "Reuters could not independently verify the claim."
    )
    rebels = next(c for c in claims if c.source and c.source.span.text == "The rebels")
    assert rebels.verification is not None
    assert rebels.verification.status == "unconfirmed"
    assert rebels.verification.by.span.text == "Reuters"


def test_denied_by_disputes(claims_of):
    claims = claims_of(
        "Local officials said the dam was hit by a missile. The report was denied by the army."
    )
    officials = next(c for c in claims if c.source and c.source.span.text == "Local officials")
    assert officials.verification is not None
    assert officials.verification.status == "disputed"
    assert officials.verification.by.span.text == "the army"


def test_plain_narration_has_no_claim(claims_of):
    assert claims_of("The bridge collapsed on Tuesday. Trains were stopped for a day.") == []


def test_embedded_post_sign_off(claims_of):
    claims = claims_of(
        "The governor reacted online.\n\n"
        "We will rebuild the bridge by spring. — Anna Berg (@annaberg) May 3, 2022\n"
    )
    post = next(c for c in claims if c.source and "Anna Berg" in c.source.span.text)
    assert post.content.text == "We will rebuild the bridge by spring."
    assert post.cue.text == "—"


def test_headline_colon_names_the_speaker(claims_of):
    claims = claims_of("Zelensky: we will not give up the city.\n\nTroops remain in place.")
    claim = only(claims, ":")
    assert claim.source.span.text == "Zelensky"
    assert "we will not give up the city" in claim.content.text


def test_quote_signed_with_a_dash_and_a_name(claims_of):
    claims = claims_of("Voters spoke to us.\n“The roads are still closed.” ― Maria Lopez\nThe end.")
    signed = next(c for c in claims if c.source and c.source.span.text == "Maria Lopez")
    assert signed.content.text == "“The roads are still closed.”"


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We strongly reject the baseless allegations," the Afghan foreign ministry said on Thursday.',
     "the Afghan foreign ministry"),
    ('Mark Dalton spoke in Boston on Monday. "I urge Iran to release the detained sailors," he said.', "Mark Dalton"),
])
def test_who_says_we_or_i_in_a_quote_is_its_speaker(noclean_pipeline, text, speaker):
    """The row's actor keeps the pronoun as evidence and takes the speaker's name."""
    events = [e for e in run_text(noclean_pipeline, text).events if e.actor is not None
              and e.actor.span.text in ("We", "I")]
    assert events and all(e.actor.name == speaker for e in events), [(e.trigger.text, e.actor) for e in events]


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We arrested 15 suspects overnight," police spokeswoman Judith Nyongesa said on Monday.',
     "Judith Nyongesa"),
    ('"We arrested 15 suspects overnight," a police spokesman said on Monday.', "a police spokesman"),
])
def test_we_in_a_spokesperson_s_quote_is_not_the_spokesperson(noclean_pipeline, text, speaker):
    """ "We" is the body the spokesperson speaks for, which the sentence does not name alone."""
    events = run_text(noclean_pipeline, text).events
    assert all(e.actor is None or e.actor.name != speaker for e in events)


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We reject this verdict and we will fight it," opposition leader Grace Mwila said on Monday.', "Grace Mwila"),
    ('"We demand that the army leave our villages," said Ahmad Karimi, a tribal elder, on Monday.', "Ahmad Karimi"),
])
def test_we_in_a_quote_that_is_itself_the_act_is_who_voiced_it(noclean_pipeline, text, speaker):
    """A rejection or a demand is the speaking: its "we" acts by the speaker's words."""
    events = [e for e in run_text(noclean_pipeline, text).events
              if e.plover in ("REJECT", "REQUEST") and e.actor is not None and e.actor.span.text == "We"]
    assert events and all(e.actor.name == speaker for e in events), [(e.trigger.text, e.actor) for e in events]


WE_OF_A_BODY = [  # (quote, who said it): a deal, a deed or a plan, or a spokesperson's words
    ('"We signed the accord last week," rebel spokesman Willy Ngoma said on Tuesday.', "Willy Ngoma"),
    ('"We will strike back," army spokesman Daniel Okello said on Monday.', "Daniel Okello"),
    ('"We rejected their offer in March," union leader Sam Otieno said on Monday.', "Sam Otieno"),
    ('"We reject the allegations," army spokesman Colonel Mohamed Ali said on Wednesday.', "Mohamed Ali"),
]


@pytest.mark.parametrize(("text", "speaker"), WE_OF_A_BODY)
def test_we_telling_a_deed_or_a_plan_of_a_body_is_not_its_speaker(noclean_pipeline, text, speaker):
    assert not [e for e in run_text(noclean_pipeline, text).events
                if e.actor is not None and speaker in (e.actor.name or "")]

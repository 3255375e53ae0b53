"""Roles from the parse: who acts, to whom, including targets handed down from a nested act."""

from __future__ import annotations

import pytest

from tests.conftest import run_text

PUBLISHED = "2024-03-02"


def read(pipeline, text: str):
    """One record of the written sentences, dated so that relative dates resolve."""
    return run_text(pipeline, text, published=PUBLISHED)


@pytest.fixture(scope="module")
def written(noclean_pipeline):
    return read(noclean_pipeline, (
        "The opposition demanded that the government free the detained activists. "
        "Police confiscated rifles from local fighters on Sunday. "
        "Kenya is willing to withdraw its troops from Somalia. "
        "The League reiterated its demand that Togo free the prisoners. "
        "Thousands of students staged demonstrations in Nairobi. "
        "The government said it would suspend aid to the region. "
        "The union will suspend talks if the company refuses. "
        "Gunmen attempted to assassinate the governor. "
        "The senators called for the ministry to release the journalists. "
        "The rebels waited for the army to leave the valley. "
        "The editor's arrest angered the union. "
        "The militia's abduction of two engineers was condemned. "
        "The court said two suspects were in custody."))


def readings(pipeline, text: str, trigger: str) -> list[str]:
    """How the event stage types each mention of ``trigger`` in a written sentence."""
    stage = next(s for s in pipeline.stages if s.name == "events")
    mentions = stage.read(read(pipeline, text)).mentions
    return [m.event.plover for m in mentions if m.event.trigger.text == trigger]


def event(record, trigger):
    """How the event stage read ``trigger``, before its happening's row is assembled."""
    stage = next(s for s in PIPELINE["events"] if s.name == "events")
    return next(m.event for m in stage.read(record).mentions if m.event.trigger.text == trigger)


def place_of(record, trigger) -> str | None:
    """The words of the place the event stage gave ``trigger``'s reading, or None."""
    location = event(record, trigger).location
    return None if location is None else location.span.text


PIPELINE: dict = {}


@pytest.fixture(scope="module", autouse=True)
def _stages(noclean_pipeline):
    PIPELINE["events"] = noclean_pipeline.stages
    PIPELINE["pipeline"] = noclean_pipeline


def test_a_demand_is_aimed_at_the_one_asked(written):
    demanded = event(written, "demanded")
    assert demanded.plover == "REQUEST"
    assert demanded.target.span.text == "the government"


def test_calling_for_someone_to_act_is_a_demand_on_them(written):
    called = event(written, "called")
    assert called.plover == "REQUEST"
    assert called.target.span.text == "the ministry"


def test_waiting_for_someone_to_act_is_not_a_demand(written):
    stage = next(s for s in PIPELINE["events"] if s.name == "events")
    assert not any(m.event.trigger.text == "waited" for m in stage.read(written).mentions)


def test_a_possessive_of_an_arrest_is_the_one_arrested(written):
    arrest = event(written, "arrest")
    assert arrest.target.span.text == "The editor"
    assert arrest.actor is None


def test_a_possessive_with_an_of_phrase_is_the_one_who_acts(written):
    abduction = event(written, "abduction")
    assert abduction.actor.span.text == "The militia"
    assert abduction.target.span.text == "two engineers"


def test_a_day_that_owns_an_act_is_when_not_who(noclean_pipeline):
    record = read(noclean_pipeline, "Police arrested six men over Monday's bombing of a market in Kano.")
    bombing = event(record, "bombing")
    assert bombing.actor is None and bombing.target.span.text == "a market"


@pytest.mark.parametrize("text, plover", [
    # a strike that kills or is aimed is force; one by workers is a walkout
    ("The strike targeted a car near Idlib on Monday, killing two fighters.", "ASSAULT"),
    ("Dock workers began a strike on Monday over pay.", "PROTEST"),
])
def test_a_strike_that_kills_is_force(noclean_pipeline, text, plover):
    assert readings(noclean_pipeline, text, "strike") == [plover]


def test_who_is_in_custody_undergoes_it_and_who_places_them_there_acts(written):
    assert event(written, "custody").target.span.text == "two suspects"
    placed = read(PIPELINE["pipeline"], "Police placed the opposition leader under house arrest.")
    arrest = event(placed, "arrest")
    assert (arrest.actor.span.text, arrest.target.span.text) == ("Police", "the opposition leader")
    spent = read(PIPELINE["pipeline"], "The council met on Monday. The activists were released on "
                                       "Tuesday after spending a year in detention.")
    detention = event(spent, "detention")  # a span of time spent there is no one held
    assert detention.actor is None and detention.target.span.text == "The activists"


def test_a_thing_taken_from_someone_has_that_someone_as_target(written):
    assert event(written, "confiscated").target.span.text == "local fighters"


def test_an_adjective_trigger_takes_the_copula_subject(written):
    willing = event(written, "willing")
    assert willing.actor.span.text == "Kenya"


def test_a_possessive_pronoun_is_resolved_to_the_clause_subject(written):
    demand = event(written, "demand")
    assert "League" in demand.actor.span.text
    assert demand.target is not None and demand.target.span.text == "Togo"


def test_the_subject_of_a_light_verb_acts_even_when_the_lemma_is_wrong(written):
    demonstrations = event(written, "demonstrations")
    assert demonstrations.actor is not None and "students" in demonstrations.actor.span.text


def test_an_announced_sanction_is_a_sanction_a_conditional_one_a_threat(written):
    def reading(sentence_start):
        return [e.plover for e in written.events if e.sentence.text.startswith(sentence_start)
                and e.trigger.text.startswith("suspend")]
    assert reading("The government") == ["SANCTION"]
    assert reading("The union") == ["THREATEN"]


def test_the_opposition_as_a_group_is_not_an_act(written):
    assert not any(e.trigger.text == "opposition" for e in written.events)


def test_an_attempted_attack_happened(written):
    attempt = event(written, "assassinate")
    assert attempt.plover == "ASSAULT" and attempt.status == "asserted"


@pytest.fixture(scope="module")
def located(noclean_pipeline):
    return read(noclean_pipeline, (
        "Four people were killed in an attack on a market in Kharkiv, eastern Ukraine. "
        "A bomb exploded on a busy street in the city of Odesa. "
        "The French president condemned the bombing."))


def test_of_a_town_and_its_country_the_town_is_where(located):
    assert place_of(located, "killed") == "Kharkiv"


def test_a_place_is_found_down_a_chain_of_place_phrases(located):
    assert place_of(located, "exploded") == "Odesa"


def test_a_demonym_is_not_where_an_event_happened(located):
    bombing = event(located, "bombing")
    assert bombing.location is None


@pytest.fixture(scope="module")
def owned(noclean_pipeline):
    return read(noclean_pipeline, (
        "About 300 protesters rallied outside the French Embassy in Dakar on Monday. "
        "Israeli troops raided the Jenin refugee camp in the West Bank on Tuesday. "
        "Gunmen attacked the U.S. Embassy in Baghdad on Wednesday. "
        "Hundreds of people marched in the Gaza Strip on Thursday."))


def test_a_building_a_foreign_country_owns_stands_where_its_phrase_says(owned):
    assert place_of(owned, "rallied") == "Dakar"
    assert place_of(owned, "attacked") == "Baghdad"


def test_the_town_that_names_what_was_acted_on_is_narrower_than_its_region(owned):
    assert place_of(owned, "raided") == "Jenin"


def test_a_thing_named_by_a_town_it_does_not_stand_in_keeps_its_phrase_s_place(noclean_pipeline):
    record = read(noclean_pipeline, "Boko Haram fighters ambushed the Maiduguri convoy in Borno state on Thursday.")
    assert "Borno" in (place_of(record, "ambushed") or "")


def test_forces_sent_by_no_one_named_are_the_ones_who_mobilise(noclean_pipeline):
    record = read(noclean_pipeline, "Police reinforcements had been deployed to the area, officials said.")
    deployed = event(record, "deployed")
    assert deployed.actor is not None and deployed.actor.span.text == "Police reinforcements"
    assert deployed.target is None
    record = read(noclean_pipeline, "Troops were deployed by the government to the border on Monday.")
    deployed = event(record, "deployed")
    assert deployed.actor is not None and deployed.actor.span.text == "the government"


def test_what_a_verb_acts_on_does_not_place_the_act_noun_that_times_it(noclean_pipeline):
    record = read(noclean_pipeline, "The prime minister said he had raised the situation in Papua during the talks.")
    assert event(record, "talks").location is None
    record = read(noclean_pipeline, "Police killed two protesters in Kano during the demonstrations.")
    placed = event(record, "demonstrations").location
    assert placed is not None and placed.span.text == "Kano"


def test_a_participle_with_an_object_before_a_reporting_verb_is_the_main_verb(noclean_pipeline):
    # the parser hangs "abducted" on "Gunmen" as a participle, though it takes an object
    record = read(noclean_pipeline, "Gunmen on motorcycles abducted at least 61 pupils from a primary school "
                                    "in Kaduna state on Thursday, police said.")
    abducted = event(record, "abducted")
    assert abducted.actor is not None and abducted.actor.span.text.startswith("Gunmen")
    assert abducted.target is not None and "pupils" in abducted.target.span.text


def test_the_capital_named_back_is_the_capital_the_report_names(noclean_pipeline):
    record = read(noclean_pipeline, "KABUL, Afghanistan (AP) — A bomb exploded in the Afghan capital on Monday.")
    exploded = event(record, "exploded")
    assert exploded.location is not None and exploded.location.span.text == "the Afghan capital"
    assert record.place_by_id(exploded.location.place).name == "Kabul"
    # a capital that is not the seat, or another country's dateline capital, is not taken
    record = read(noclean_pipeline, "KABUL, Afghanistan (AP) — Gunmen fired on a police post in an Afghan "
                                    "provincial capital on Monday.")
    fired = event(record, "fired")
    assert fired.location is None or record.place_by_id(fired.location.place).name != "Kabul"
    record = read(noclean_pipeline, "NAIROBI, Kenya (AP) — Somali forces battled militants in Mogadishu on Monday. "
                                    "Later, a suicide bomber blew himself up at a police academy in the capital.")
    blew = event(record, "blew himself up")
    assert blew.location is None or record.place_by_id(blew.location.place).name != "Nairobi"
    # a capital the report never names is its country's capital (the geocoder reads "the Afghan
    # capital" as Kabul since the fifty-fifth session; it stayed the country before)
    record = read(noclean_pipeline, "A bomb exploded in the Afghan capital on Monday.")
    exploded = event(record, "exploded")
    assert exploded.location is not None and record.place_by_id(exploded.location.place).name == "Kabul"


def test_a_march_through_a_town_is_there(noclean_pipeline):
    record = read(noclean_pipeline, "Hundreds of supporters marched through central Lusaka on Friday.")
    assert "Lusaka" in (place_of(record, "marched") or "")
    record = read(noclean_pipeline, "The army sent reinforcements to El Fasher through Chad on Monday.")
    sent = event(record, "sent")
    assert sent.location is None or sent.location.span.text != "Chad"  # passed through on the way


def test_a_place_joined_to_a_party_is_a_party_not_where(noclean_pipeline):
    record = read(noclean_pipeline, (
        "A court on Thursday sentenced the opposition leader to 18 months in prison, a ruling that "
        "drew criticism from rights groups and Washington."))
    assert event(record, "sentenced").location is None
    record = read(noclean_pipeline, "Troops from Russia and Belarus held exercises in Brest on Monday.")
    assert event(record, "exercises").location is not None


def test_a_place_that_is_the_phrase_itself_stays(owned):
    assert "Gaza" in (place_of(owned, "marched") or "")


@pytest.fixture(scope="module")
def nominal(noclean_pipeline):
    return read(noclean_pipeline, (
        "The militia launched a wave of raids across the province. "
        "The explosion damaged a clinic on the main road. "
        "The old bridge was destroyed by an explosion on 3 June. "
        "In May, the journalist was arrested and charged with treason. "
        "The town has suffered attacks carried out by bandits. "
        "The rebel front claimed responsibility for the bombings."))


@pytest.mark.parametrize(("trigger", "actor"), [
    ("raids", "The militia"),
    ("attacks", "bandits"),
    ("bombings", "The rebel front"),
])
def test_who_did_what_an_event_noun_names(nominal, trigger, actor):
    ev = event(nominal, trigger)
    assert ev.actor is not None and ev.actor.span.text == actor


def test_claiming_responsibility_is_not_agreeing(nominal):
    assert not any(e.plover == "AGREE" for e in nominal.events)


def test_what_an_event_noun_hit_is_its_target_never_a_date(nominal):
    stage = next(s for s in PIPELINE["events"] if s.name == "events")
    assert [m.event.target.span.text for m in stage.read(nominal).mentions
            if m.event.trigger.text == "explosion"] == ["a clinic", "The old bridge"]


def test_a_passive_shared_across_and_keeps_its_subject_as_target(nominal):
    assert event(nominal, "charged").target.span.text == "the journalist"


@pytest.fixture(scope="module")
def review(noclean_pipeline):
    return read(noclean_pipeline, (
        "The rebels dropped their weapons and surrendered to the army. "
        "Russia said its shelling of the town went well. "
        "The UN urged Israel to halt its offensive. "
        "Rebels called off the attack on the city. "
        "The government pushed back the elections to next year. "
        "They were arrested and charged, police in Lagos said."))


def test_dropping_weapons_is_no_air_strike(review):
    assert not any(e.cameo == "195" for e in review.events)


def test_a_possessive_is_never_resolved_to_its_own_phrase(review):
    assert event(review, "shelling").actor.span.text == "Russia"
    assert event(review, "offensive").actor.span.text == "Israel"


def test_a_called_off_attack_did_not_happen(review):
    attack = event(review, "attack")
    assert attack.status == "negated"


def test_postponing_an_election_is_no_assault(review):
    assert not any(e.plover == "ASSAULT" and e.sentence.text.startswith("The government")
                   for e in review.events)


def test_a_plural_pronoun_is_not_the_speaker_who_reports_it(review):
    assert event(review, "arrested").target.span.text == "They"


@pytest.fixture(scope="module")
def undergone(noclean_pipeline):
    return read(noclean_pipeline, (
        "The reporter died in Aden on Tuesday after being shot in his car. "
        "The general founded the movement but was arrested in 1963. "
        "Soldiers placed the president under house arrest."))


def test_a_subjectless_passive_clause_happens_to_the_main_subject(undergone):
    assert event(undergone, "shot").target.span.text == "The reporter"


def test_a_passive_joined_to_an_active_verb_happens_to_its_subject(undergone):
    assert event(undergone, "arrested").target.span.text == "The general"


def test_put_under_arrest_names_who_and_by_whom(undergone):
    arrest = event(undergone, "arrest")
    assert arrest.target.span.text == "the president" and arrest.actor.span.text == "Soldiers"


@pytest.mark.parametrize(("text", "trigger", "plover"), [
    ("The governor's allegations against the mayor were published on Monday.", "allegations", "ACCUSE"),
    ("The envoy recommended that the militia withdraw from the port.", "recommended", "REQUEST"),
    ("Police said two suspects were in custody on Monday.", "custody", "COERCE"),
    ("Additional peacekeepers arrived in the capital on Monday.", "arrived", "AID"),  # CAMEO 074
    ("The ministry designated the militia as a terrorist group.",
     "designated the militia as a terrorist", "SANCTION"),
])
def test_codebook_words_for_accusing_asking_and_holding(noclean_pipeline, text, trigger, plover):
    assert readings(noclean_pipeline, text, trigger) == [plover]


@pytest.mark.parametrize(("text", "trigger", "plover"), [
    ("The ministry called the reports false on Monday.", "called", "REJECT"),
    ("The envoy described the charges as baseless.", "described", "REJECT"),
    ("The president called the raid an act of aggression.", "called", "ACCUSE"),
    ("The minister branded the attack a war crime.", "branded", "ACCUSE"),
    ("The defence secretary described the bombings as a cowardly act.", "described", "ACCUSE"),
    # no word class names these: the complement's sentiment does
    ("The opposition called the law a betrayal of voters.", "called", "ACCUSE"),
    ('The senator called the vote "a disgrace."', "called", "ACCUSE"),
    ("The envoy described the verdict as a travesty.", "described", "ACCUSE"),
    ("The rally protested what the senator called the governor's betrayal of farmers.", "called", "ACCUSE"),
    # the parser hangs a quoted adjective on "act" as an adverb; the later words of a series
    # judge as the first does; a falsehood said of an agreement criticises its parties
    ('The defence secretary described the attacks as a "dastardly act".', "described", "ACCUSE"),
    ('The prime minister called the border agreement "null and void" and "geographically ridiculous".',
     "called", "ACCUSE"),
    ("The opposition called the trade deal a betrayal of farmers.", "called", "ACCUSE"),
    ("The ministry called the reports ridiculous.", "called", "REJECT"),  # said of a claim: rejects it
    ("Officials called the sanctions ridiculous.", "called", "REJECT"),
    ("The Turkish government named the PKK and the YPG as terrorists on Monday.", "named", "ACCUSE"),
    ('The ministry issued a statement calling the attack a "terrorist act" on Monday.', "calling", "ACCUSE"),
    # words of denunciation the sentiment lexicon lacks
    ("The opposition leader branded the election a sham on Monday.", "branded", "ACCUSE"),
    ("The senator called the plan a power grab.", "called", "ACCUSE"),
    ("President Emmanuel Macron called the shooting inexcusable on Wednesday.", "called", "ACCUSE"),
    ("Opposition candidate Khalifa Sall called the delay a constitutional coup on Friday.", "called", "ACCUSE"),
    # an act called an attack on what a polity holds; an adjective the parser reads as an adverb
    ("The opposition party called the arrests an attack on democracy on Thursday.", "called", "ACCUSE"),
    ("The minister called the attack cowardly on Monday.", "called", "ACCUSE"),
])
def test_what_calling_something_x_says_of_it(noclean_pipeline, text, trigger, plover):
    assert readings(noclean_pipeline, text, trigger) == [plover]


@pytest.mark.parametrize(("text", "trigger", "plover"), [
    # a reported clause that calls a party or its act bad: what "called it X" says
    ('"It would be a constitutional outrage," the senator said on Monday.', "said", "ACCUSE"),
    ("The court ruled on Tuesday that the new law was unlawful.", "ruled", "ACCUSE"),
    ('"For Mexico, this man is a terrorist," the minister added.', "added", "ACCUSE"),
    ('"The charges are baseless," the envoy told reporters.', "told", "REJECT"),
    ("The governor said the new law was reckless.", "said", "ACCUSE"),
    ("The governor said the new law was unconstitutional.", "said", "ACCUSE"),
])
def test_a_reported_verdict_is_said_as_calling_it_so(noclean_pipeline, text, trigger, plover):
    assert readings(noclean_pipeline, text, trigger) == [plover]


@pytest.mark.parametrize(("text", "trigger"), [
    ('"We are afraid," a resident said.', "said"),  # the speaker's own state
    ("They told her that their daughter was dead.", "told"),  # a person's state, no verdict
    ('"It was dangerous," the pilot said.', "said"),  # a bad adjective on "it": a hazard told
    ('"It is not a crime," the lawyer said.', "said"),  # denied
    ("The judge said that not every corrupt act is a federal crime.", "said"),
    ('"The attack was horrible," a witness said.', "said"),  # a violent act told as it was
    ("The minister said the decision was a success.", "said"),  # praise is no act
    # told of "it", only a word for a wrong judges: an accident, a forecast, a plight told
    ("Investigators found that it was an accident.", "found"),
    ('"It will be a disaster," a farmer said.', "said"),
    ('"This is a humanitarian catastrophe," the aid worker said.', "said"),
    ("Police said the passports were false.", "said"),  # a falsehood only of a claim
    ("The minister said most of the people who arrived were illegal.", "said"),  # people, not an act
])
def test_a_reported_clause_that_judges_no_one_is_no_act(noclean_pipeline, text, trigger):
    assert readings(noclean_pipeline, text, trigger) == []


def test_a_verdict_on_an_act_leaves_the_act_its_row(noclean_pipeline):
    """ "ruled the ban on the party was illegal": the ban is an act the report tells; the
    reported verdict does not take it in as its content."""
    found = run_text(noclean_pipeline, "The Constitutional Court ruled on Tuesday that the ban on the opposition "
                                       "party was illegal.", published="2024-03-08").events
    assert "COERCE" in {e.plover for e in found if e.status != "negated"}


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("China expressed its dissatisfaction with the decision on Monday.", "expressed", None),
    ("The EU voiced anger at Moscow on Monday.", "voiced", "Moscow"),
    # the feeling said of a party, as an adjective or a passive: the one who feels it acts
    ("A spokesperson said the United States was disappointed by the parliament's decision.",
     "disappointed", "the parliament"),
    ("Germany was angered by Moscow's decision to expel four diplomats, the ministry said.",
     "angered", "Moscow"),
])
def test_a_voiced_displeasure_criticises_whoever_it_is_felt_at(noclean_pipeline, text, trigger, target):
    """The feeling is no party: the one it is felt at, if named, is the target."""
    stage = next(s for s in noclean_pipeline.stages if s.name == "events")
    found = [m.event for m in stage.read(read(noclean_pipeline, text)).mentions if m.event.trigger.text == trigger]
    assert [e.plover for e in found] == ["ACCUSE"]
    assert (found[0].target.span.text if found[0].target else None) == target


def test_who_feels_a_displeasure_is_its_actor_not_the_passive_agent(noclean_pipeline):
    """ "Germany was angered by Moscow's decision": Germany criticises Moscow, though the
    passive makes Moscow's decision the agent."""
    stage = next(s for s in noclean_pipeline.stages if s.name == "events")
    text = "Germany was angered by Moscow's decision to expel four diplomats, the ministry said."
    [found] = [m.event for m in stage.read(read(noclean_pipeline, text)).mentions if m.event.trigger.text == "angered"]
    assert found.actor is not None and found.actor.span.text == "Germany"


def test_a_statement_aimed_at_a_capital_is_not_placed_there(noclean_pipeline):
    [row] = [e for e in read(noclean_pipeline, "The EU voiced anger at Moscow on Monday.").events
             if e.plover == "ACCUSE"]
    assert row.location is None


@pytest.mark.parametrize("text", [
    "The minister expressed frustration with the slow pace of reconstruction.",
    "The president expressed his disappointment with himself for failing to pass the bill.",
    "Residents expressed outrage at the killing of a teenager by police in Nanterre.",
    "The minister said he was disappointed by the weather, which forced the ceremony indoors.",
    "The coach said he was disappointed with the result of Saturday's match.",
    "Fans were outraged by the killing of the singer.",
    "Investors were disappointed by the central bank's decision to hold rates.",  # no party feels it
    "Residents said they were disappointed with the government's decision to close the clinic.",
])
def test_displeasure_at_no_party_or_at_a_violent_act_is_no_criticism(noclean_pipeline, text):
    """Frustration with a state of things, or with oneself, accuses no one; outrage at a
    killing leaves the killing its own row."""
    stage = next(s for s in noclean_pipeline.stages if s.name == "events")
    assert not [m for m in stage.read(read(noclean_pipeline, text)).mentions if m.event.plover == "ACCUSE"]


@pytest.mark.parametrize("text", ["The voters named him president.", "She called him a friend.",
                                  "What officials described as illegal migrants arrived.",
                                  "The mayor called the fire a tragedy.",
                                  "Witnesses called the raid a nightmare.",
                                  "The agency called the humanitarian crisis the worst in the world.",
                                  "The move was met with what the newspaper called fury.",
                                  "The minister described them as illegal migrants.",
                                  "The minister expressed condolences to the families.",
                                  "A think tank called the Atlantic Council published a report."])
def test_naming_without_a_judgement_is_no_event(noclean_pipeline, text):
    stage = next(s for s in noclean_pipeline.stages if s.name == "events")
    mentions = stage.read(read(noclean_pipeline, text)).mentions
    assert not [m for m in mentions if m.event.plover in ("ACCUSE", "REJECT")]


@pytest.mark.parametrize(("text", "trigger", "plover"), [
    ("Israeli jets targeted a weapons site near Damascus on Monday.", "targeted", "ASSAULT"),
    ("Kyiv requested a swift military response from NATO on Monday.", "requested", "REQUEST"),
    ("Hamas launched rockets into southern Israel on Monday.", "launched", "ASSAULT"),
])
def test_narrow_word_classes_keep_real_acts(noclean_pipeline, text, trigger, plover):
    assert readings(noclean_pipeline, text, trigger) == [plover]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The foreign minister called the visit an act of friendship.", "called"),
    ("The president's jet arrived in Hanoi on Tuesday for the summit.", "arrived"),
])
def test_kind_words_and_a_plane_are_no_condemnation_or_deployment(noclean_pipeline, text, trigger):
    assert not set(readings(noclean_pipeline, text, trigger)) & {"ACCUSE", "MOBILIZE"}


def test_a_state_s_killings_are_the_state_s_acts(noclean_pipeline):
    killings = event(read(noclean_pipeline, "Russia's killings in Bucha drew condemnation."), "killings")
    assert killings.actor is not None and killings.actor.span.text.startswith("Russia")


def test_a_compound_trigger_takes_its_roles_at_its_head_noun(noclean_pipeline):
    record = read(noclean_pipeline, "The teachers' union began a hunger strike outside the ministry on Monday.")
    [row] = [e for e in record.events if e.plover == "PROTEST"]
    assert row.trigger.text == "hunger strike"  # the evidence is the whole phrase
    assert row.actor is not None and "union" in row.actor.span.text


@pytest.mark.parametrize(("text", "trigger", "actor", "target"), [
    ("Chile issued an ultimatum to Bolivia on Monday.", "ultimatum", "Chile", "Bolivia"),
    ("Chile has issued an ultimatum to Bolivia to stop the incursions.", "ultimatum", "Chile", "Bolivia"),
])
def test_a_light_verb_gives_its_noun_event_the_subject_and_the_recipient(noclean_pipeline, text, trigger,
                                                                         actor, target):
    ev = next(m.event for m in next(s for s in noclean_pipeline.stages if s.name == "events")
              .read(read(noclean_pipeline, text)).mentions if m.event.trigger.text == trigger)
    assert ev.actor is not None and actor in ev.actor.span.text
    assert ev.target is not None and target in ev.target.span.text


def test_an_aggregate_in_another_clause_does_not_sum_up_the_act(noclean_pipeline):
    record = read(noclean_pipeline, "Kenya and Uganda agreed to a ceasefire after two days of fighting, "
                                    "but reports said sporadic clashes were still continuing.")
    assert [e.trigger.text for e in record.events if e.plover == "AGREE"] == ["agreed"]


def test_a_noun_that_only_holds_an_act_makes_the_compound_the_trigger(noclean_pipeline):
    record = read(noclean_pipeline, "The Norwegian envoy launched a mediation effort between the two "
                                    "governments on Saturday.")
    [row] = [e for e in record.events if e.plover == "CONSULT"]
    assert row.trigger.text == "mediation effort"


def test_a_count_of_examples_is_no_measure_of_the_act(noclean_pipeline):
    ev = next(m.event for m in next(s for s in noclean_pipeline.stages if s.name == "events")
              .read(read(noclean_pipeline, "The minister gave two examples of attacks on journalists.")).mentions
              if m.event.trigger.text == "attacks")
    assert ev.actor is None  # the minister gave examples; who attacked is not said


def test_a_pronoun_stands_only_for_a_noun_it_agrees_with(noclean_pipeline):
    text = ("Police arrested the man after he attacked a guard in Lagos on Friday. "
            "Russia said it attacked a convoy near Kharkiv on Monday. "
            "President Ruto said he met rebel leaders in Goma on Monday.")
    agreeing = read(noclean_pipeline, text)
    attacked = [e for e in agreeing.events if e.trigger.text == "attacked"]
    assert attacked[0].actor is None or "Police" not in attacked[0].actor.span.text  # he: no police
    assert attacked[1].actor.span.text == "Russia"  # it: a state
    assert "Ruto" in event(agreeing, "met").actor.span.text  # he: a person


def _one(record, trigger: str):
    found = [e for e in record.events if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in record.events]
    return found[0]


def test_a_past_form_hung_as_a_participle_is_still_the_sentence_verb(noclean_pipeline):
    # the parser reads "protested" as a participle on "Members"; a "by" with a gerund says
    # how, and a passive's "by" would say who
    record = read(noclean_pipeline, "The session opened at noon. Members of the assembly "
                                    "protested by chanting slogans during the vote.")
    protest = _one(record, "protested")
    assert protest.actor is not None and protest.actor.span.text.startswith("Members")
    assert protest.target is None


@pytest.mark.parametrize(("text", "target"), [
    # what is fired or thrown is the means; the target is where it is aimed
    ("Hezbollah fired dozens of rockets at northern Israel on Monday.", "northern Israel"),
    ("The Houthis fired a missile at a US destroyer on Tuesday.", "a US destroyer"),
    ("Soldiers fired at protesters outside the parliament on Monday.", "protesters"),
    ("Gunmen opened fire at worshippers in the mosque on Friday.", "worshippers"),
    ("Police shot at the protesters on Monday.", "the protesters"),
])
def test_the_target_of_a_shot_is_where_it_is_aimed(noclean_pipeline, text, target):
    [row] = [e for e in read(noclean_pipeline, "The council met on Monday. " + text).events
             if e.plover == "ASSAULT"]
    assert row.target is not None and row.target.span.text == target


@pytest.mark.parametrize(("text", "actor"), [
    # an attack or a weapon that kills is no party: whose it is, is
    ("Israel's attack on the hospital killed dozens of people on Monday.", "Israel"),
    ("An Israeli air strike killed five people in Khan Younis on Monday.", "Israeli"),
    ("Coordinated airstrikes by the army killed 50 militants on Monday.", "the army"),
    ("Last week a Kabul car bombing killed five people.", None),  # where, not who
    ("A U.S. airstrike killed two al-Shabaab fighters near Jilib on Monday.", "U.S."),  # a country's
    ("Two people were killed by a U.S. drone strike near Jilib on Monday.", "U.S."),
    # a passive's agent that is the means: whose it is, is the actor
    ("Three marchers were killed by police gunfire in Harare on Monday.", "police"),
    ("The clinic was destroyed by army shelling in Kidal on Monday.", "army"),
    ("Four fishermen were killed by an Israeli drone strike off Gaza on Monday.", "Israeli"),
    # means a pronoun owns stand for its owner
    ("Russia said its missiles hit a command post in Kharkiv on Monday.", "Russia"),
    ("The rebels said their drones struck an army depot in Goma on Monday.", "The rebels"),
])
def test_the_actor_behind_an_attack_that_kills(noclean_pipeline, text, actor):
    [row] = [e for e in read(noclean_pipeline, "The council met on Monday. " + text).events
             if e.plover == "ASSAULT"]
    if actor is None:
        assert row.actor is None or row.actor.span.text != "Kabul"
    else:
        assert row.actor is not None and row.actor.span.text == actor


@pytest.mark.parametrize(("text", "owner"), [
    ("The army said its soldiers had killed 14 insurgents near Menaka on Monday.", "The army"),
    ("The rebels said their fighters had captured the town of Kitchanga on Monday.", "The rebels"),
])
def test_forces_named_by_a_pronoun_s_possession_are_its_owner_s(noclean_pipeline, text, owner):
    [row] = [e for e in read(noclean_pipeline, "The council met on Monday. " + text).events
             if e.plover == "ASSAULT"]
    assert row.actor is not None and row.actor.name == owner


@pytest.mark.parametrize("text", [
    "Washington slapped new sanctions on Caracas on Monday.",
    "The European Union reimposed sanctions on Minsk on Monday.",
])
def test_a_verb_that_carries_sanctions_names_who_imposed_them(noclean_pipeline, text):
    [row] = [e for e in read(noclean_pipeline, "The council met on Monday. " + text).events
             if e.plover == "SANCTION"]
    assert row.actor is not None and row.actor.span.text in ("Washington", "The European Union")


@pytest.mark.parametrize(("text", "hit"), [
    ("A police station attack killed 12 officers in Peshawar on Tuesday.", "police"),  # a site's owner
    ("A Russian embassy attack killed two guards in Kabul on Tuesday.", "Russian"),
    ("Three militants were killed by their own bomb in Mogadishu on Monday, police said.", "police"),
])
def test_who_was_hit_or_blew_themselves_up_is_no_attacker(noclean_pipeline, text, hit):
    [row] = [e for e in read(noclean_pipeline, "The council met on Monday. " + text).events
             if e.plover == "ASSAULT"]
    assert row.actor is None or hit not in row.actor.span.text


def test_an_act_that_renewed_calls_made_no_one_call(noclean_pipeline):
    events = read(noclean_pipeline, "The council met on Monday. The killing of the activist renewed calls "
                                    "for the minister to resign.").events
    assert not [e for e in events if e.plover == "REQUEST" and e.actor is not None and "killing" in e.actor.span.text]


def test_who_did_one_act_and_underwent_another_keeps_both_rows(noclean_pipeline):
    # the men who raided are the men arrested: one party on two sides is two acts, not one
    record = read(noclean_pipeline, "The council met on Monday. Three men were arrested after "
                                    "raiding a bank in Lagos, police said.")
    assert {e.trigger.text for e in record.events} >= {"arrested", "raiding"}


def _after_a_lead(pipeline, text: str, trigger: str):
    """The row of ``trigger`` in ``text`` read as a report's second sentence (a first one
    would be read as its headline)."""
    return _one(read(pipeline, "The council met on Monday. " + text), trigger)


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    # "of" names who acts on an intransitive event noun
    ("The deputy was sworn in after the resignation of Governor Lena Okafor over a scandal.",
     "resignation", "Governor Lena Okafor"),
    ("Talks stalled after the withdrawal of the opposition party from the council.",
     "withdrawal", "the opposition party"),
    ("The visit of the Chilean foreign minister was postponed.", "visit",
     "the Chilean foreign minister"),
    # who files or lodges an act does it
    ("Attorneys general from six states filed a lawsuit against the decree on Monday.",
     "lawsuit", "Attorneys general"),
    ("The opposition lodged a complaint with the electoral commission on Tuesday.", "complaint",
     "The opposition"),
])
def test_the_actor_of_an_event_noun(noclean_pipeline, text, trigger, actor):
    event = _after_a_lead(noclean_pipeline, text, trigger)
    assert event.actor is not None and event.actor.span.text.startswith(actor)


def test_of_a_thing_is_not_an_actor(noclean_pipeline):
    event = _one(read(noclean_pipeline, "The council met on Monday. The surrender of weapons "
                                        "by the militia was completed on Friday."), "surrender")
    assert event.actor is not None and event.actor.span.text == "the militia"
    assert event.target is not None and event.target.span.text == "weapons"


def test_an_infinitive_on_a_noun_root_is_not_its_main_verb(noclean_pipeline):
    record = read(noclean_pipeline, "The session opened at noon. In terms of its cause, the "
                                    "militia's decision to carry out the Bloody Friday attacks "
                                    "proved to be a disaster.")
    raid = _one(record, "attacks")
    assert raid.actor is None or "decision" not in raid.actor.span.text


def test_a_subject_the_parser_hung_on_after_or_before(noclean_pipeline):
    # spaCy reads "after Angela Merkel" as a phrase of "after"; she is the one who stepped down
    record = read(noclean_pipeline, "The council met on Monday. The party elected a new chair "
                                    "after Angela Merkel stepped down in December.")
    retreat = _one(record, "stepped down")
    assert retreat.actor is not None and "Angela Merkel" in retreat.actor.span.text


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    # a gerund after a preposition of time or manner is done by its clause's subject
    ("The army shelled the town on Monday after accusing the rebels of hiding there.", "accusing",
     "The army"),
    ("Besides arresting the mayor, police raided his office on Tuesday.", "arresting", "police"),
    ("He was arrested on Monday after attacking a guard.", "attacking", "He"),
    # "for" and "of" may give the object's act; a passive's "by" gives its cause
    ("Police arrested him on Monday for attacking a guard.", "attacking", None),
    ("Thousands of villagers were displaced on Monday by fighting between rebels and soldiers.",
     "fighting", "rebels"),  # not the villagers; the fight's own sides
    ("The senator was arrested in Washington while protesting outside the Capitol.", "protesting",
     "The senator"),
    # after an object, the phrase may tell the object's act; after a passive, its scene
    ("The EU congratulated Zelensky on signing the agreement.", "signing", None),
    ("Iran assisted the Houthis in attacking ships in the Red Sea.", "attacking", None),
    ("The judge jailed him despite apologizing to the victims.", "apologizing", None),
    ("Two soldiers were killed on Sunday in shelling near Donetsk.", "shelling", None),
])
def test_who_does_a_gerund_after_a_preposition(noclean_pipeline, text, trigger, actor):
    roles = [(e.actor.span.text if e.actor else None)
             for e in read(noclean_pipeline, "The council met on Monday. " + text).events
             if e.trigger.text == trigger]
    assert roles == [actor] if actor else all(r is None for r in roles)


def test_who_joins_an_act_takes_part_in_it(noclean_pipeline):
    record = read(noclean_pipeline, "The council met on Monday. Thousands of farmers joined "
                                    "the protest in the capital on Sunday.")
    protest = _one(record, "protest")
    assert protest.actor is not None and "farmers" in protest.actor.span.text


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("The rebels said they would not meet the government's demands.", "meet", "asserted"),
    ("The opposition leader said he does not recognize the court's authority.", "recognize",
     "asserted"),
    ("The government did not provide aid to the region last year.", "provide", "negated"),
])
def test_a_refusal_is_a_rejection_that_happened(noclean_pipeline, text, trigger, status):
    event = _after_a_lead(noclean_pipeline, text, trigger)
    assert event.plover == "REJECT" and event.status == status



def test_the_office_names_the_person_introduced_with_it(noclean_pipeline):
    record = read(noclean_pipeline, "Prime Minister Boris Johnson asked the Queen to suspend "
                                    "parliament. Critics accused the prime minister of a coup. "
                                    "Opposition leaders accused the minister of lying.")
    accused = [e for e in record.events if e.trigger.text == "accused"]
    assert accused[0].target is not None and accused[0].target.name == "Boris Johnson"
    # "the minister" could be any minister: no one is guessed
    assert all(e.target is None or e.target.name != "Boris Johnson" for e in accused[1:])


@pytest.mark.parametrize(("text", "trigger", "plover"), [
    ("The ministry said it would appeal the ruling at the high court.", "appeal", "ACCUSE"),
    ("The UN appealed for calm after the clashes.", "appealed", "REQUEST"),
])
def test_an_appeal_in_court_is_a_lawsuit(noclean_pipeline, text, trigger, plover):
    assert readings(noclean_pipeline, "The council met on Monday. " + text, trigger) == [plover]


def test_a_passive_light_verb_gives_its_noun_an_actor(noclean_pipeline):
    event = _after_a_lead(noclean_pipeline, "The attack on the convoy was carried out by "
                                            "Islamist militants, the army said.", "attack")
    assert event.actor is not None and event.actor.span.text == "Islamist militants"


def test_where_the_thing_acted_on_lies_is_where(noclean_pipeline):
    event = _after_a_lead(noclean_pipeline, "Israeli forces demolished a Palestinian home in "
                                            "the West Bank village of Beita.", "demolished")
    assert event.location is not None and "Beita" in event.location.span.text



def test_a_past_perfect_reported_in_the_past_is_current_news(noclean_pipeline):
    # "said it had recaptured": the tense moved back with the report; the recapture is news
    event = _after_a_lead(noclean_pipeline, "The army said it had recaptured the town of "
                                            "Lyman from the militia.", "recaptured")
    assert event.date is not None and event.date.start == "2024-02-24"  # the week before


@pytest.mark.parametrize("text, trigger, actor", [
    ("A ceasefire deal was signed between the rebels and the government on Monday.", "signed", "rebels"),
    ("The annual meeting of Egypt and Jordan ended in Amman on Monday, officials said.", "meeting", "Egypt"),
    ("Fresh negotiations of the two governments opened in Doha on Friday.", "negotiations", "governments"),
])
def test_the_sides_of_a_symmetric_act_are_its_actors(noclean_pipeline, text, trigger, actor):
    found = event(read(noclean_pipeline, text), trigger)
    assert found.actor is not None and actor in found.actor.span.text


@pytest.mark.parametrize("text, trigger, actor", [
    ("The ministry statement demanded that Kyiv withdraw its troops.", "demanded", "ministry"),
    ("A UN statement urged the rebels to release the hostages.", "urged", "UN"),
    ("The Turkish statement called for a safe zone east of the river.", "called", "Turkish"),
])
def test_a_statement_speaks_for_whoever_issued_it(noclean_pipeline, text, trigger, actor):
    [row] = [e for e in read(noclean_pipeline, text).events if e.trigger.text == trigger]
    assert row.actor is not None and row.actor.span.text == actor


def test_a_place_before_a_resolution_is_its_topic_not_its_issuer(noclean_pipeline):
    [row] = [e for e in read(noclean_pipeline, "The Gaza resolution demanded an immediate ceasefire.").events
             if e.trigger.text == "demanded"]
    assert row.actor is None or row.actor.span.text != "Gaza"


def test_a_route_between_two_towns_names_no_sides(noclean_pipeline):
    events = read(noclean_pipeline, "A bus was attacked between Maiduguri and Damboa, killing four passengers.").events
    assert all(e.actor is None or "Maiduguri" not in e.actor.span.text for e in events)


def test_a_nationality_standing_alone_for_a_party_names_its_state_a_people_stays_a_people(noclean_pipeline):
    said = run_text(noclean_pipeline, "The Turkish statement called for a safe zone east of the Euphrates "
                                      "on Monday.", published=PUBLISHED).events
    [demand] = [e for e in said if e.plover == "REQUEST"]
    assert demand.actor is not None and (demand.actor.span.text, demand.actor.name) == ("Turkish", "Turkey")
    crowd = run_text(noclean_pipeline, "Israelis protested outside the parliament on Monday.",
                     published=PUBLISHED).events
    [protest] = [e for e in crowd if e.plover == "PROTEST"]
    assert protest.actor is not None and protest.actor.name == "Israelis"


def test_a_person_s_possessive_is_the_one_arrested_though_the_tagger_calls_it_a_place(written):
    """A lone surname before "'s" is often tagged a country or a body; the entity it links to
    (here the knowledge base's person) says it is a person, who undergoes the arrest."""
    record = read(PIPELINE["pipeline"], "Navalny's arrest on Sunday drew protests in Moscow.")
    arrest = event(record, "arrest")
    assert arrest.target is not None and arrest.target.span.text == "Navalny"
    assert arrest.actor is None


def test_who_survives_an_attack_is_its_target(written):
    record = read(PIPELINE["pipeline"], "In 2019 the governor survived a bomb attack in Kandahar.")
    attack = event(record, "attack")
    assert attack.target is not None and attack.target.span.text == "the governor"


def test_what_is_said_of_an_act_does_not_place_it(written):
    """The place in a predicate about the act ("a blow to journalism in Ruritania") is not
    where the act was; a place phrase on the act itself is."""
    record = read(PIPELINE["pipeline"],
                  "The journalist's murder is a terrible blow to journalism in Yemen, the union said.")
    assert event(record, "murder").location is None
    record = read(PIPELINE["pipeline"], "The attack in Kabul was condemned by the union.")
    attack = [e for e in record.events if any(m.trigger.text == "attack" for m in e.mentions)]
    assert not attack or all(e.location is None or e.location.span.text == "Kabul" for e in attack)


@pytest.mark.parametrize("text, place", [
    ("The massacre occurred in the village of My Lai in 1968.", "My Lai"),
    ("The offensive stalled outside Kharkiv in May.", "Kharkiv"),
    ("The riot left five people dead in Washington.", "Washington"),
])
def test_a_predicate_that_says_where_the_act_was_places_it(written, text, place):
    record = read(PIPELINE["pipeline"], text)
    placed = [e for e in record.events if e.location is not None]
    assert placed and place in placed[0].location.span.text


def test_who_keeps_an_assault_up_is_not_its_target(written):
    record = read(PIPELINE["pipeline"], "The militants sustained the assault on the base for six hours.")
    assault = event(record, "assault")
    assert assault.target is None or "militants" not in assault.target.span.text


def test_a_person_s_many_killings_are_his_own(written):
    record = read(PIPELINE["pipeline"], "The court is examining Duterte's killings in Davao.")
    killings = event(record, "killings")
    assert killings.actor is not None and killings.actor.span.text == "Duterte"


@pytest.mark.parametrize("text, trigger, place", [
    ("Officials in Kyiv said on Monday that Russia took over Mariupol.", "took over", "Mariupol"),
    ("Crimea was annexed by Russia in 2014.", "annexed", "Crimea"),
    ("Russian forces occupied Kherson in March.", "occupied", "Kherson"),
])
def test_the_ground_an_army_takes_is_where_it_took_it(written, text, trigger, place):
    """Occupying territory (CAMEO 192) happens on the territory taken, whether it is the
    object of a phrasal verb ("took over Kidal") or the passive's subject."""
    record = read(PIPELINE["pipeline"], text)
    taken = [e for e in record.events if e.trigger.text.startswith(trigger.split()[0])]
    assert taken and taken[0].location is not None and place in taken[0].location.span.text


@pytest.mark.parametrize("text, trigger", [
    ("Thailand deported 40 Uyghur men to China in February.", "deported"),
    ("The European Union imposed new sanctions on Moscow on Friday.", "imposed"),
])
def test_a_state_an_act_is_done_to_is_not_where_it_was_done(written, text, trigger):
    """A country named as the act's party or destination is no place of the act."""
    record = read(PIPELINE["pipeline"], text)
    acts = [e for e in record.events if e.trigger.text == trigger]
    assert all(e.location is None or e.location.span.text not in ("China", "Moscow") for e in acts)


def test_a_name_in_apposition_names_the_party_though_unlabelled(written):
    """ "the Greek gas producer Energean": the recognizer labels no entity, but the proper
    noun in apposition is still who acted."""
    record = read(PIPELINE["pipeline"], "The Greek gas producer Energean signed a supply deal with Athens on Monday.")
    signed = [e for e in record.events if e.trigger.text == "signed"]
    assert signed and signed[0].actor is not None and signed[0].actor.name == "Energean"
    record = read(PIPELINE["pipeline"], "One of the rebel groups, the Kachin Independence Army, "
                                        "attacked an army post on Monday.")
    attacked = [e for e in record.events if e.trigger.text == "attacked"]
    assert attacked and attacked[0].actor is not None and "Kachin" in attacked[0].actor.name


def test_where_they_were_taken_afterwards_is_not_where_it_happened(written):
    """ "were detained and moved to a camp in northern Syria": the place is the destination of
    another verb of the clause, not where the detention was."""
    record = read(PIPELINE["pipeline"], "The fighters were detained in 2019 and moved to a camp in northern Syria.")
    detained = [e for e in record.events if e.trigger.text == "detained"]
    assert detained and all(e.location is None or "Syria" not in e.location.span.text for e in detained)


def test_a_place_next_to_or_on_the_road_to_is_still_where(written):
    """Only a verb's "to" is a destination: "next to a school in Kano" is in Kano."""
    record = read(PIPELINE["pipeline"], "Officials in Abuja condemned the violence. "
                                        "Gunmen attacked a checkpoint next to a school in Kano on Monday.")
    attacked = [e for e in record.events if e.trigger.text == "attacked"]
    assert attacked and attacked[0].location is not None and attacked[0].location.span.text == "Kano"


@pytest.mark.parametrize("text, trigger, target", [
    ("New sanctions were imposed on Belarus by the European Union on Friday.", "imposed", "Belarus"),
    ("On Wednesday a complaint was filed against the mayor by a former aide.", "complaint", "mayor"),
    ("A lawsuit was filed against the mayor on Wednesday.", "lawsuit", "mayor"),
])
def test_a_measure_done_to_someone_in_the_passive_is_not_its_target(written, text, trigger, target):
    """ "sanctions were imposed on Belarus": the passive's subject is the measure; the party
    named by "on" or "against" is who it was done to."""
    record = read(PIPELINE["pipeline"], text)
    acts = [e for e in record.events if e.trigger.text == trigger]
    assert acts and acts[0].target is not None and target in acts[0].target.span.text


@pytest.mark.parametrize("text, trigger, actor", [
    ("Markets fell after Washington's imposition of sanctions in May.", "sanctions", "Washington"),
    ("The army's imposition of a curfew in the capital angered residents on Monday.", "curfew", "army"),
])
def test_who_imposes_or_launches_an_act_does_it(written, text, trigger, actor):
    """ "Washington's imposition of sanctions": a noun that only says an act was put in place
    hands its possessor to the act as actor, as the light verb "imposed" hands its subject."""
    record = read(PIPELINE["pipeline"], text)
    acts = [e for e in record.events if e.trigger.text == trigger]
    assert acts and acts[0].actor is not None and actor in acts[0].actor.span.text


def test_bringing_charges_against_someone_is_charging_them(written):
    """ "brought charges against the officer": the legal action (CAMEO 173) is done to the
    one the charges are against, a common noun for a person included."""
    record = read(PIPELINE["pipeline"], "Prosecutors brought charges against the officer on Monday.")
    acts = [e for e in record.events if e.trigger.text.startswith("brought")]
    assert acts and (acts[0].plover, acts[0].cameo) == ("ACCUSE", "173")  # PLOVER's 'allege' (manual 3.9)
    assert acts[0].target is not None and acts[0].target.span.text == "the officer"


@pytest.mark.parametrize("text, trigger, target", [
    ("An army checkpoint was attacked on Mount Sinjar by militants on Monday.", "attacked", "checkpoint"),
    ("A police station was torched on Lagos Island on Monday.", "torched", "police station"),
])
def test_what_an_attack_hit_stays_its_target_whatever_it_hit_it_on(written, text, trigger, target):
    """The measure rule ("sanctions were imposed on Belarus") is not for attacks: what was
    attacked is the target, not the place named by "on" (a reviewer's cases)."""
    record = read(PIPELINE["pipeline"], text)
    acts = [e for e in record.events if e.trigger.text == trigger]
    assert acts and acts[0].target is not None and target in acts[0].target.span.text


def test_telling_of_an_act_or_talking_about_a_place_gives_no_party(written):
    """ "The party's announcement of the arrest": announcing is not arresting; "talks were held
    on Syria": Syria is the topic, not a side (a reviewer's cases)."""
    record = read(PIPELINE["pipeline"], "The party's announcement of the arrest of its leader shocked supporters.")
    arrests = [e for e in record.events if e.trigger.text == "arrest"]
    assert all(e.actor is None or "party" not in e.actor.span.text for e in arrests)
    record = read(PIPELINE["pipeline"], "Talks were held on Syria in Geneva on Monday.")
    talks = [e for e in record.events if e.trigger.text == "Talks"]
    assert talks and talks[0].target is None


def test_a_party_identified_as_someone_is_named_by_that_name(written):
    """ "The gunman, named by police as John Carter": the party's name is the one given."""
    record = read(PIPELINE["pipeline"], "The gunman, named by police as John Carter, opened fire on the crowd "
                                        "on Sunday, killing three people.")
    fired = [e for e in record.events if e.plover == "ASSAULT"]
    assert fired and fired[0].actor is not None and fired[0].actor.name == "John Carter"


def test_who_has_a_conversation_holds_it(noclean_pipeline):
    events = run_text(noclean_pipeline, "The announcement came after the president had a phone conversation "
                                        "with the Turkish leader on Sunday.", published="2024-03-08").events
    [call] = [e for e in events if e.plover == "CONSULT"]
    assert call.actor is not None and call.actor.span.text == "the president"


def test_talks_held_with_a_party_are_held_with_it(noclean_pipeline):
    events = run_text(noclean_pipeline, "The envoy held talks with the rebels in Doha on Monday.",
                      published="2024-03-08").events
    [talks] = [e for e in events if e.plover == "CONSULT"]
    assert talks.target is not None and talks.target.span.text == "the rebels"


@pytest.mark.parametrize("text", [
    "The two sides held talks with Turkey as mediator.",
    "The two presidents held a meeting with journalists present.",
])
def test_a_third_party_in_a_role_of_its_own_is_not_the_other_side(noclean_pipeline, text):
    [talks] = [e for e in run_text(noclean_pipeline, text, published="2024-03-08").events if e.plover == "CONSULT"]
    assert talks.target is None


def test_talks_had_planned_are_not_held_by_who_had_them(noclean_pipeline):
    events = run_text(noclean_pipeline, "The minister had a meeting with Hamas leaders postponed.",
                      published="2024-03-08").events
    assert all(e.actor is None for e in events if e.plover == "CONSULT")


@pytest.mark.parametrize(("text", "trigger", "role", "expected"), [
    # a clause after "of" is no part of the accused's name
    ("Turkey accused the rebels of attacking a convoy near Idlib on Tuesday.", "accused", "target", "the rebels"),
    # talks are held with a "with" party, not at a place
    ("The talks at the White House with the Israeli prime minister ended on Monday.", "talks", "target",
     "the Israeli prime minister"),
    # a wire dateline is no party
    ("KABUL, Afghanistan (AP) — Taliban fighters attacked a checkpoint on Tuesday.", "attacked", "actor",
     "Taliban fighters"),
    ("KABUL - Taliban fighters attacked a checkpoint on Tuesday.", "attacked", "actor", "Taliban fighters"),
    ("MAIDUGURI, Nigeria (AP) — Suspected Boko Haram fighters killed at least 12 farmers on Tuesday in "
     "Kukawa, Borno state.", "killed", "actor", "Suspected Boko Haram fighters"),
    # of two subjects a garbled parse gives, the nearest runs on into the verb; an apposition
    # set off by commas is not the subject
    ("The last 40 fighters left yesterday surrendered, so the cement plant has been locked down since Monday.",
     "locked down", "target", "the cement plant"),
    ("Members of the Union of Andean Lawyers, a body linked to the regional bloc, investigated the treatment "
     "of 300 prisoners.", "investigated", "actor", "Members of the Union of Andean Lawyers"),
    # a person acted on is the target, not where they are posted
    ("Police detained the French envoy to Mali on Monday.", "detained", "target", "the French envoy"),
    ("The government expelled the Chilean ambassador to Peru on Monday.", "expelled", "target",
     "the Chilean ambassador"),
    # two subjects with nothing between them: the first, whose reduced relative clause the
    # second opens; an apposition closed by a comma on the verb is not the subject
    ("Refugees the army expelled attacked a police post near Goma on Monday.", "attacked", "actor", "Refugees"),
    ("Many of the rebels, fighters from the north, attacked the town on Monday.", "attacked", "actor",
     "Many of the rebels"),
    # a dateline's subject is its apposition after the dash; a dash pair is an apposition
    ("UNITED NATIONS (AP) — The Security Council condemned the attack on Monday.", "condemned", "actor",
     "The Security Council"),
    ("NATO Secretary General Jens Stoltenberg — Norway's former prime minister — condemned the attack.",
     "condemned", "actor", "NATO Secretary General Jens Stoltenberg"),
    # a denial in a relative clause on a charge beside an accusation: the accused denies, to the accuser
    ("Kinshasa accuses Rwanda of backing the M23 rebels, a charge it denies.", "denies", "actor", "Rwanda"),
    ("The United States accused Iran of arming the Houthis, a charge Tehran denies.", "denies", "target",
     "The United States"),
    # recalling one's own envoy is a move against the host
    ("Algeria recalled its ambassador to Spain on Friday.", "recalled", "target", "Spain"),
    # a headline's trigger parts its actor from its target
    ("Biden Meets Xi in San Francisco\n\nThe two leaders talked for four hours on Wednesday.", "Meets", "actor",
     "Biden"),
    ("Biden Meets Xi in San Francisco\n\nThe two leaders talked for four hours on Wednesday.", "Meets", "target",
     "Xi"),
])
def test_the_words_a_construction_gives_a_role(noclean_pipeline, text, trigger, role, expected):
    events = run_text(noclean_pipeline, text, published="2024-03-08").events
    [act] = [e for e in events if any(m.trigger.text == trigger for m in e.mentions)]
    filled = getattr(act, role)
    assert filled is not None and filled.span.text == expected


@pytest.mark.parametrize(("text", "place"), [
    ("In Borno state, gunmen attacked a mosque in Konduga on Friday.", "Konduga"),
    ("In the Sumy region, a drone hit a bus in the village of Velyka Pysarivka on Wednesday.", "Velyka"),
])
def test_a_town_inside_the_province_set_before_the_act_is_where(noclean_pipeline, text, place):
    record = run_text(noclean_pipeline, text, published="2024-03-08")
    [act] = [e for e in record.events if e.plover == "ASSAULT"]
    assert act.location is not None and record.place_by_id(act.location.place).name.startswith(place)


@pytest.mark.parametrize(("text", "place"), [
    ("ADDIS ABABA — Militiamen clashed with federal forces in Debre Markos on Thursday, residents said.",
     "Debre"),
    ("BAGHDAD — A drone strike hit a car on the outskirts of Al-Qaim in Anbar province on Wednesday.", "Anbar"),
])
def test_a_dateline_is_where_the_report_was_filed_not_where_it_happened(noclean_pipeline, text, place):
    record = run_text(noclean_pipeline, text, published="2024-03-08")
    [act] = [e for e in record.events if e.plover == "ASSAULT"]
    assert act.location is not None and record.place_by_id(act.location.place).name.startswith(place)


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen killed five members of a family in the town of Tecpan de Galeana, in the southern state of "
     "Guerrero, on Sunday night.", "Técpan de Galeana"),
    ("A Russian drone struck a bus in the city of Kryvyi Rih on Monday, killing three people.", "Kryvyy Rih"),
])
def test_the_town_a_text_names_is_the_rows_place(noclean_pipeline, text, place):
    """The town of the people acted on, inside the province the clause names; a town the text
    calls a city, in another spelling of the gazetteer's."""
    record = run_text(noclean_pipeline, text, published="2024-03-08")
    [act] = [e for e in record.events if e.plover == "ASSAULT"]
    assert act.location is not None and record.place_by_id(act.location.place).name == place


def test_a_province_the_gazetteer_lacks_is_no_town_abroad(noclean_pipeline):
    """ "in Seno province" in a story set in Burkina Faso: only a town in Laos answers to the
    name; the text calls it a province, so it is left unplaced rather than put in Laos."""
    record = run_text(noclean_pipeline, "Gunmen killed 12 soldiers in Seno province on Wednesday, the army of "
                                        "Burkina Faso said. Refugees fled toward Niger and Mali.",
                      published="2024-03-08")
    assert "LA" not in {p.country for p in record.places}
    assert {"BF", "NE", "ML"} <= {p.country for p in record.places}


def test_a_small_namesake_abroad_yields_to_the_storys_country(noclean_pipeline):
    """ "near Lido beach in Mogadishu", in a story all in Somalia: not Lido Beach, New York."""
    record = run_text(noclean_pipeline, "A suicide bomber blew himself up at a restaurant near Lido beach in "
                                        "Mogadishu on Tuesday, killing six people. Somalia's government blamed "
                                        "al-Shabaab for the attack in Somalia.", published="2024-03-08")
    assert {p.country for p in record.places} == {"SO"}


def test_a_big_city_abroad_stays(noclean_pipeline):
    record = run_text(noclean_pipeline, "Officials in Kyiv and Kharkiv said Ukrainian drones struck an oil depot "
                                        "near Moscow overnight.", published="2024-03-08")
    assert "RU" in {p.country for p in record.places}


@pytest.mark.parametrize(("text", "place"), [
    ("BAMAKO, Mali - Jihadists attacked the town of Boulkessi on Sunday, killing 30 soldiers.", "Mali"),
    ("NIAMEY, Niger - Gunmen killed 12 people in the village of Tillakaina on Sunday, officials said.", "Niger"),
])
def test_a_lead_naming_a_town_the_gazetteer_lacks_is_in_the_datelines_country(noclean_pipeline, text, place):
    """Not at the dateline: the lead says the news is elsewhere, in a town no gazetteer holds."""
    record = run_text(noclean_pipeline, text, published="2024-03-08")
    [act] = [e for e in record.events if e.plover == "ASSAULT"]
    assert act.location is None or record.place_by_id(act.location.place).name == place


def _place_of(record, trigger: str, target: str) -> str | None:
    [act] = [e for e in record.events if e.trigger.text == trigger and target in e.target.span.text]
    return record.place_by_id(act.location.place).name if act.location else None


def test_an_act_at_a_town_the_gazetteer_lacks_borrows_no_other_incidents_town(noclean_pipeline):
    """A second incident at a bare name no gazetteer holds is not at the lead's town; a quarter
    the text calls one, in a report filed from its own town, stays in that town."""
    record = run_text(noclean_pipeline, "PESHAWAR, Pakistan (AP) - A bomb killed three people in Bannu on Monday, "
                                        "police said. On Wednesday, gunmen killed a policeman in Lakki Marwat, "
                                        "officials said.", published="2024-03-08")
    assert _place_of(record, "killed", "three people") == "Bannu"
    assert _place_of(record, "killed", "a policeman") in (None, "Pakistan")
    record = run_text(noclean_pipeline, "EL FASHER, Sudan (AFP) - Armed men looted a warehouse in Nyala on Monday, "
                                        "the agency said. Two days later, gunmen stopped a convoy near the town "
                                        "of Kass and seized two trucks.", published="2024-03-08")
    assert _place_of(record, "seized", "two trucks") in (None, "Sudan")
    record = run_text(noclean_pipeline, "HARARE, Zimbabwe (Reuters) - Police fired tear gas at opposition supporters "
                                        "in the Kuwadzana township on Friday. A police spokesman said 40 people had "
                                        "been arrested in Kuwadzana for public violence.", published="2024-03-08")
    assert _place_of(record, "arrested", "40 people") == "Harare"
    # a bare name the text does not call a quarter, in a report filed from another town: not there
    record = run_text(noclean_pipeline, "JUBA (Reuters) - Soldiers and rebels clashed in Kajo-Keji on Thursday, an "
                                        "official said.", published="2024-03-08")
    [clash] = [e for e in record.events if e.trigger.text == "clashed"]
    assert clash.location is None or record.place_by_id(clash.location.place).name != "Juba"


@pytest.mark.parametrize(("text", "place"), [
    ("KYIV (Reuters) - Russian drones struck Kharkiv on Sunday.", "Kharkiv"),
    ("KYIV (Reuters) - Russian missiles hit Kharkiv on Sunday, killing two people.", "Kharkiv"),
    ("KHARTOUM (Reuters) - RSF fighters seized El Fasher on Saturday.", "El Fasher"),
    ("KYIV (Reuters) - Russian forces captured the town of Kupiansk on Saturday.", "Kupyansk"),
])
def test_a_town_struck_or_taken_in_the_lead_is_where_not_the_dateline(noclean_pipeline, text, place):
    """The town an attack hit or a force took is a party of the act and still its place; the
    dateline only says where the report was filed."""
    record = run_text(noclean_pipeline, text, published="2024-03-08")
    [act] = [e for e in record.events if e.plover in ("ASSAULT", "COERCE")]
    assert act.location is not None and record.place_by_id(act.location.place).name == place


def test_a_lead_naming_no_place_is_at_the_dateline(noclean_pipeline):
    record = run_text(noclean_pipeline, "BAGHDAD - A car bomb exploded near a market on Wednesday, killing five "
                                        "people, police said.", published="2024-03-08")
    [act] = [e for e in record.events if e.plover == "ASSAULT"]
    assert act.location is not None and record.place_by_id(act.location.place).name == "Baghdad"


def test_a_headlines_roles_fold_with_the_body(noclean_pipeline):
    events = run_text(noclean_pipeline, "Russia Occupies Kherson\n\nThe port of Kherson has come under the full "
                                        "control of the Russian army, officials said on Friday.",
                      published="2024-03-08").events
    [taken] = [e for e in events if e.plover == "COERCE"]
    assert len(taken.mentions) == 2
    assert all(r is None or "Occupies" not in r.span.text for r in (taken.actor, taken.target))


@pytest.mark.parametrize(("text", "actor"), [
    ("NATO-led troops attacked a village in Helmand province on Sunday.", "NATO-led troops"),
    ("OPEC — whose members met in Vienna — rejected the demand on Monday.", "OPEC"),
    ("HAMAS militants fired rockets at Ashkelon on Saturday.", "HAMAS militants"),
])
def test_an_acronym_opening_a_sentence_is_no_dateline(noclean_pipeline, text, actor):
    events = run_text(noclean_pipeline, text, published="2024-03-08").events
    assert events and events[0].actor is not None and events[0].actor.name.lower().startswith(actor.split()[0].lower())


def test_talks_with_the_backing_of_a_body_are_not_held_with_it(noclean_pipeline):
    events = run_text(noclean_pipeline, "Rebels opened talks in Doha on Monday with the backing of the African "
                                        "Union.", published="2024-03-08").events
    [talks] = [e for e in events if e.plover == "CONSULT"]
    assert talks.target is None


@pytest.mark.parametrize(("text", "target"), [
    # a thing spoken of stands for the party whose it is (possessive; "of" after conduct)
    ("The foreign minister denounced the cruelty of the Syrian army on Friday.", "the Syrian army"),
    ("The senator criticized Germany's stance on the pipeline on Monday.", "Germany"),
    ("The senator criticized the government's decision on Monday.", "the government"),
    # a place's name, kin, a count, a relation, an act noun: the one acted on
    ("Rebels shelled the village of Kalikot on Tuesday.", "the village of Kalikot"),
    ("An Israeli strike killed three sons of the Hamas leader in Gaza on Monday.", "three sons of the Hamas leader"),
    ("Soldiers arrested the brother of the rebel leader in Goma on Monday.", "the brother of the rebel leader"),
    ("Security forces killed hundreds of people in the crackdown in Minsk.", "hundreds of people"),
    ("A court convicted a friend of the bombing suspect in Boston on Monday.", "a friend of the bombing suspect"),
    ("The pope deplored the slaughter of villagers in Kabul on Sunday.", "the slaughter of villagers"),
    ("Rights groups criticized the treatment of women in Afghanistan on Monday.", "the treatment of women"),
])
def test_the_target_is_the_party_acted_on_or_whose_thing_is_spoken_of(noclean_pipeline, text, target):
    found = [e for e in run_text(noclean_pipeline, text).events if e.target is not None]
    assert found and found[0].target.span.text == target, [(e.trigger.text, e.target) for e in found]


@pytest.mark.parametrize(("text", "plover", "target"), [
    # what a statement or measure is about is no party to it
    ("Turkey dismissed the abduction allegations on Monday.", "REJECT", None),
    ("The ministers discussed trade and climate policy in Rome on Friday.", "CONSULT", None),
    ("The army denied all claims on Tuesday.", "REJECT", None),
    ("The ministry denied it on Tuesday.", "REJECT", None),
    # a party the word lists lack stays ("sued the broadcaster")
    ("The minister sued the broadcaster over the report on Monday.", "ACCUSE", "the broadcaster"),
    # the party behind it when named: a "by" phrase, a name before it
    ("Police alleged widespread fraud by the governor on Monday.", "ACCUSE", "the governor"),
    ("Russia rejected the UN proposal on Tuesday.", "REJECT", "UN"),
    ("Iran rejected the Trump plan on Monday.", "REJECT", "Trump"),
    # a name before a ruling is what it is about; a count or a capitalised word is a party
    ("Russia criticized the Gershkovich verdict on Monday.", "ACCUSE", None),
    ("The senator criticised Reform over the report on Monday.", "ACCUSE", "Reform"),
    ("The rebels released three on Monday after talks in Goma.", "RETREAT", "three"),
    # an attack or a seizure lands on things, and "by" beside one is no owner
    ("Russian forces shelled the hospital in Kharkiv on Monday.", "ASSAULT", "the hospital"),
    ("A drone struck a warehouse by the Hezbollah office in Beirut on Monday.", "ASSAULT", "a warehouse"),
    ("Police seized the weapons in Lagos on Sunday.", "COERCE", "the weapons"),
])
def test_a_statement_s_topic_is_no_target_an_attack_s_object_is(noclean_pipeline, text, plover, target):
    found = [e for e in run_text(noclean_pipeline, text).events if e.plover == plover]
    assert found, [(e.trigger.text, e.plover) for e in run_text(noclean_pipeline, text).events]
    assert (found[0].target.span.text if found[0].target else None) == target


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("Condemnation came from the United Nations on Monday.", "Condemnation", "the United Nations"),
    ("Strong criticism of the arrests has come from Amnesty International.", "criticism", "Amnesty International"),
    ("Statements of condemnation have come from the OIC and Pope Francis.", "condemnation", "the OIC"),
])
def test_who_voiced_a_statement_is_where_it_came_from(noclean_pipeline, text, trigger, actor):
    found = [e for e in run_text(noclean_pipeline, text).events if e.trigger.text == trigger]
    assert found and found[0].actor is not None and found[0].actor.span.text.startswith(actor)


@pytest.mark.parametrize(("text", "party"), [
    ("Drones struck the oil field on Saturday. Officials said the attacks came from Yemen.", "Yemen"),
    ("Reports of the threat came from intelligence officials on Monday.", "intelligence officials"),
    ("The demand for new elections came under fire from the ruling party.", "the ruling party"),
    ("The loudest protests came from students in Dhaka on Monday.", "students"),  # where, not who
    ("The condemnation came not from Washington but from Beijing.", "Washington"),
])
def test_where_an_attack_or_a_report_came_from_voices_nothing(noclean_pipeline, text, party):
    # an attack's origin, one who told of an act, a critic: none of them did the act (the critic
    # voiced the criticism itself: "came under fire from the ruling party", its own row)
    events = [e for e in run_text(noclean_pipeline, text).events if e.trigger.text != "fire"]
    assert all(e.actor is None or e.actor.span.text != party for e in events)


def test_a_bare_past_form_on_a_noun_is_what_they_underwent(noclean_pipeline):
    # the tagger reads "killed" as a past tense here; hung on the noun, it is a participle
    record = read(noclean_pipeline, "We send our sympathy to the families of the four police "
                                    "officers killed and to all of those hurt in the attack.")
    killed = event(record, "killed")
    assert killed.actor is None and killed.target is not None and "officers" in killed.target.span.text


@pytest.mark.parametrize("text, actor", [
    ("Judges went on strike on Tuesday over pay cuts.", "Judges"),
    ("Doctors in Lagos remained on strike on Monday.", "Doctors"),
])
def test_who_goes_on_strike_strikes(noclean_pipeline, text, actor):
    [row] = [e for e in run_text(noclean_pipeline, text, published="2024-03-08").events if e.plover == "PROTEST"]
    assert row.actor is not None and row.actor.span.text.startswith(actor)


@pytest.mark.parametrize(("text", "trigger"), [
    ("In 2018, Iranian officials offered to pay her relatives in Iran to invite her to Turkey.", "offered"),
    ("The Foreign Ministry characterized the attack as a serious violation of Iraqi sovereignty.",
     "characterized"),
])
def test_a_content_act_s_target_is_not_the_statement_s(noclean_pipeline, text, trigger):
    # what is offered or charged names its own parties: Turkey is not whom the offer is made to
    [row] = [e for e in read(noclean_pipeline, text).events if e.trigger.text == trigger]
    assert row.target is None


def test_a_named_organisation_is_named_whole_past_its_for(noclean_pipeline):
    """The recognizer's name runs on past the "for" a role's phrase would drop."""
    record = run_text(noclean_pipeline, "The Egyptian Initiative for Personal Rights accused police of beating "
                                        "detainees in Alexandria.", published="2024-03-08")
    [row] = [e for e in record.events if e.plover == "ACCUSE"]
    assert row.actor is not None and row.actor.span.text == "The Egyptian Initiative for Personal Rights"


@pytest.mark.parametrize("text, trigger, actor", [
    # the act joined to a told judgement is the teller's, not the judged thing's
    ("Human Rights Watch said the verdict was unjust and urged Egyptian authorities to free him.",
     "urged", "Human Rights Watch"),
    # a judged party may itself have acted
    ("The union said the police were brutal and arrested 20 strikers in Lagos on Monday.",
     "arrested", "the police"),
])
def test_an_act_joined_to_a_told_judgement(noclean_pipeline, text, trigger, actor):
    [row] = [e for e in read(noclean_pipeline, text).events if e.trigger.text == trigger]
    assert row.actor is not None and row.actor.span.text == actor


def test_a_pronoun_after_a_dateline_stands_for_the_lead_s_subject(noclean_pipeline):
    text = ("NIAMEY, Niger (AP) — Niger's military government said Thursday it was suspending its "
            "participation in the regional bloc.")
    [row] = [e for e in read(noclean_pipeline, text).events if e.trigger.text == "suspending"]
    assert row.actor is not None and row.actor.span.text == "Niger's military government"


def test_a_deed_joined_to_a_told_judgement_is_not_the_teller_s(noclean_pipeline):
    text = "Residents said the blast was huge and destroyed several houses in Kabul on Monday."
    [row] = [e for e in read(noclean_pipeline, text).events if e.plover == "ASSAULT"]
    assert row.actor is None or row.actor.span.text != "Residents"


def test_a_surname_the_tagger_read_as_a_noun_is_still_the_person(noclean_pipeline):
    """ "Horvat rejected the criticism", its first word tagged a plural noun, after "Prime
    Minister Tomaz Horvat": the entity stage links the surname to the person, and the
    subject is a party in office, not a thing."""
    record = run_text(noclean_pipeline, "The opposition asked the court on Wednesday to overturn the suspension of "
                                        "parliament, deepening a standoff that has pitted Prime Minister Tomaz "
                                        "Horvat against his partners. Horvat rejected the criticism on Thursday, "
                                        "telling public broadcaster RTV Slovenija that the suspension was "
                                        "\"lawful, temporary and necessary\" and that he would not resign.",
                      published="2019-10-03")
    [row] = [e for e in record.events if e.trigger.text == "rejected"]
    assert row.plover == "REJECT" and row.actor is not None
    assert record.entity_by_id(row.actor.entity).name == "Tomaz Horvat"


def test_a_speakers_obligation_on_a_thing_is_still_no_act(noclean_pipeline):
    record = run_text(noclean_pipeline, "Analyst Maria Creemers said American firms face new tariffs. "
                                        "In the U.S., each company must fend for itself, Creemers said.",
                      published="2025-03-08")
    assert not [e for e in record.events if e.trigger.text == "fend" and e.status != "negated"]


def _on_trigger(pipeline, text: str, trigger: str):
    [event] = [e for e in run_text(pipeline, text).events if e.trigger.text == trigger]
    return event


@pytest.mark.parametrize("text, trigger, target", [
    ("Militants set fire to a school in the village on Monday.", "set fire", "a school"),
    ("Militants took control of the base near the border on Monday.", "took control", "the base"),
])
def test_an_entrys_own_word_is_no_target_what_it_was_done_to_is(noclean_pipeline, text, trigger, target):
    assert _on_trigger(noclean_pipeline, text, trigger).target.span.text == target


def test_a_declared_emergency_takes_no_target_from_the_next_verb(noclean_pipeline):
    declared = _on_trigger(noclean_pipeline, "The governor declared a state of emergency and deployed the "
                    "National Guard on Monday.", "declared a state of emergency")
    assert declared.target is None or "Guard" not in declared.target.span.text


def test_a_bomb_set_off_is_a_bombing_a_journey_set_off_on_none(noclean_pipeline):
    bombing = _on_trigger(noclean_pipeline, "Militants set off a bomb at the market on Monday, wounding "
                   "seven soldiers.", "set off")
    assert bombing.plover == "ASSAULT" and bombing.acled["sub_event_type"] == "Remote explosive/landmine/IED"
    trip = run_text(noclean_pipeline, "The delegation set off for Geneva on Monday. The ruling set off "
                    "a wave of anger.")
    assert not [e for e in trip.events if e.trigger.text == "set off"]


def test_control_gained_of_ground_is_an_occupation_of_a_process_none(noclean_pipeline):
    taken = _on_trigger(noclean_pipeline, "Militants gained control of the base after days of heavy fighting.",
                 "gained control")
    assert taken.cameo == "192" and taken.acled["sub_event_type"] == "Non-state actor overtakes territory"
    budget = run_text(noclean_pipeline, "The government gained control of the budget process after the vote.")
    assert not [e for e in budget.events if e.trigger.text == "gained control"]


def test_a_threatened_invasion_mounted_happened_one_to_be_launched_did_not(noclean_pipeline):
    mounted = _on_trigger(noclean_pipeline, "Israel today mounted its long-threatened invasion of South "
                          "Lebanon.", "invasion")
    assert mounted.plover == "ASSAULT" and mounted.status == "asserted"
    coming = _on_trigger(noclean_pipeline, "The army will launch the planned offensive on Monday.", "offensive")
    assert not (coming.plover == "ASSAULT" and coming.status == "asserted")


def test_a_place_in_a_clause_told_before_or_after_the_act_is_the_other_acts(noclean_pipeline):
    record = run_text(noclean_pipeline, "QUETTA, Pakistan (AP) — Army jets struck a militant hideout on "
                      "Monday, two days after a suicide bomber in Peshawar killed seven soldiers.")
    places = {p.id: p.name for p in record.places}
    [struck] = [e for e in record.events if e.trigger.text == "struck"]
    assert struck.location is None or places[struck.location.place] != "Peshawar"


def test_a_place_that_says_whose_office_is_no_place_of_the_act(noclean_pipeline):
    offered = _on_trigger(noclean_pipeline, "Last year, the painting was offered to Donald Trump, the "
                          "president of the United States.", "offered")
    assert offered.location is None



def test_fireworks_set_off_are_no_bombing(noclean_pipeline):
    events = run_text(noclean_pipeline, "Fans set off smoke bombs and flares during the derby on Sunday.").events
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_an_armed_attack_on_a_hearing_is_violence_not_criticism(noclean_pipeline):
    attacked = _on_trigger(noclean_pipeline, "Armed men attacked the court proceedings in Mogadishu on "
                           "Monday, killing a judge.", "attacked")
    assert attacked.plover == "ASSAULT"


@pytest.mark.parametrize("text, word", [
    ("The Taliban took the district of Sangin without a fight on Monday.", "fight"),
    ("Militants seized the border post on Monday without firing a shot.", "firing"),
])
def test_an_act_done_without_another_the_other_did_not_happen(noclean_pipeline, text, word):
    events = run_text(noclean_pipeline, text).events
    assert all(e.status == "negated" for e in events if e.trigger.text == word)


def test_an_investigation_team_attacked_is_attacked(noclean_pipeline):
    attacked = _on_trigger(noclean_pipeline, "Gunmen attacked the investigation team in Zamfara, killing "
                           "a police officer.", "attacked")
    assert attacked.plover == "ASSAULT"


def test_a_proposed_act_brought_before_parliament_is_still_proposed(noclean_pipeline):
    events = run_text(noclean_pipeline, "The government brought the proposed ban on foreign-funded NGOs "
                      "before parliament on Monday.").events
    assert not [e for e in events if e.trigger.text == "ban" and e.plover == "COERCE" and e.status == "asserted"]


@pytest.mark.parametrize("text", [
    "The prime minister stepped down without a fight on Monday.",
    "Fans set off flares and smoke bombs outside the stadium before clashing with police on Sunday.",
])
def test_no_fight_and_no_bomb_in_acled_types(noclean_pipeline, text):
    subs = {e.acled["sub_event_type"] for e in run_text(noclean_pipeline, text).events if e.acled}
    assert not subs & {"Non-violent transfer of territory", "Remote explosive/landmine/IED"}


@pytest.mark.parametrize("text, trigger, target", [
    ("The militants launched a brazen assault on a joint Kenya-U.S. military base in Lamu County, Kenya "
     "in January.", "assault", "base"),
    ("The army carried out airstrikes on rebel positions near Goma on Tuesday.", "airstrikes", "positions"),
])
def test_an_act_nouns_target_hung_on_its_light_verb_is_its_target(noclean_pipeline, text, trigger, target):
    record = read(noclean_pipeline, text)
    found = event(record, trigger).target
    assert found is not None and target in found.span.text


@pytest.mark.parametrize("text, trigger", [
    ("The army launched an offensive on two fronts on Monday.", "offensive"),
    ("Police made arrests on the orders of the governor on Monday.", "arrests"),
    ("Protesters staged a sit-in on the main road on Monday.", "sit-in"),
])
def test_a_light_verbs_on_phrase_that_says_how_or_where_is_no_target(noclean_pipeline, text, trigger):
    assert event(read(noclean_pipeline, text), trigger).target is None


def test_a_province_named_with_its_country_is_where(noclean_pipeline):
    record = read(noclean_pipeline, "The militants launched a brazen assault on a joint Kenya-U.S. military "
                  "base in Lamu County, Kenya in January.")
    assert place_of(record, "assault") == "Lamu"


@pytest.mark.parametrize("text, trigger, where", [
    ("Militants fired rockets at a joint U.S.-Iraqi base on Monday.", "fired", None),
    ("Militants fired rockets at a U.S. base in Syria on Monday.", "fired", "Syria"),
    ("Gunmen stormed a Kabul checkpoint on Monday.", "stormed", "Kabul"),
])
def test_a_site_named_by_whose_it_is_is_not_there(noclean_pipeline, text, trigger, where):
    assert place_of(read(noclean_pipeline, text), trigger) == where


@pytest.mark.parametrize("text, trigger", [
    ("Opposition supporters staged a sit-in on Tuesday on Independence Square in Kyiv.", "sit-in"),
    ("The interior minister announced a curfew on Friday on CNN.", "curfew"),
])
def test_a_speech_or_protest_light_verbs_on_phrase_is_no_target(noclean_pipeline, text, trigger):
    found = event(read(noclean_pipeline, text), trigger)
    assert found.target is None


def test_one_countrys_checkpoint_is_in_that_country(noclean_pipeline):
    assert place_of(read(noclean_pipeline, "Gunmen attacked a Pakistan army checkpoint on Sunday, killing four "
                         "soldiers."), "attacked") == "a Pakistan army checkpoint"


def test_a_resumed_attacks_on_phrase_is_its_target(noclean_pipeline):
    found = event(read(noclean_pipeline, "Russia resumed its attacks overnight on Kyiv, officials said."), "attacks")
    assert found.target is not None and found.target.span.text == "Kyiv"


def test_suspects_arrested_in_an_ambush_did_not_ambush(noclean_pipeline):
    events = run_text(noclean_pipeline, "Police arrested two suspects in the ambush that killed five soldiers in "
                      "Kaduna on Monday.").events
    assert not [e for e in events if e.plover == "ASSAULT" and e.actor is not None and e.actor.span.text == "Police"]



def test_one_act_of_those_a_phrase_counts_falls_on_the_same_target(noclean_pipeline):
    text = ("The council met on Monday. The militia had carried out raids on army posts in the north over the "
            "past year, including the raid on March 3.")
    rows = [e for e in read(noclean_pipeline, text).events if e.trigger.text == "raid" and e.status != "negated"]
    assert rows and all(e.target is not None and e.target.span.text == "army posts" for e in rows)


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen from the Gran Grif gang attacked the town of Pont-Sonde on Thursday.", "Gran Grif"),
    ("Armed men from the CODECO militia killed 12 civilians in Ituri on Monday.", "CODECO"),
    ("Fighters from the 3R armed group burned homes near Bambari on Monday.", "3R"),
])
def test_armed_men_from_a_named_group_act_for_the_group(noclean_pipeline, text, name):
    """The doers' words stay the span; the group a "from" phrase names is who acted."""
    [act] = [e for e in run_text(noclean_pipeline, text, published="2024-03-08").events
             if e.plover == "ASSAULT"]
    assert name in act.actor.name and "from" not in act.actor.span.text


@pytest.mark.parametrize("text", [
    "Fighters from Syria attacked a checkpoint in Raqqa on Monday.",
    "Armed men from the Djugu district attacked a camp on Tuesday.",
])
def test_armed_men_from_a_place_keep_their_own_words(noclean_pipeline, text):
    [act] = [e for e in run_text(noclean_pipeline, text, published="2024-03-08").events if e.plover == "ASSAULT"]
    assert act.actor.name == act.actor.span.text


def test_a_division_named_by_a_word_tagged_an_adjective_is_the_place(noclean_pipeline):
    """ "the Sagaing region": the "-ing" name is tagged a verb and hung on the noun as an
    adjective; it still names the region."""
    record = run_text(noclean_pipeline, "Myanmar's military carried out air strikes on a village in the Sagaing "
                                        "region on Tuesday, killing at least 15 people.", published="2024-03-08")
    [act] = [e for e in record.events if e.plover == "ASSAULT"]
    assert act.location is not None and record.place_by_id(act.location.place).feature == "admin1"
    assert "Sagaing" in act.location.span.text


def test_a_state_the_tagger_did_not_find_is_not_at_the_dateline(noclean_pipeline):
    record = run_text(noclean_pipeline, "KHARTOUM (Reuters) - RSF fighters attacked villages in the state of Gezira "
                                        "on Tuesday, killing 35 people.", published="2024-03-08")
    [act] = [e for e in record.events if e.plover == "ASSAULT"]
    assert act.location is None or record.place_by_id(act.location.place).name != "Khartoum"


@pytest.mark.parametrize(("text", "target"), [
    ("The rebels pulled out of the truce on Tuesday, accusing the army of violations.", "the army"),
    ("The court convicted the former minister of corruption on Tuesday.", "the former minister"),
    ("The opposition accused the leader of the ruling party of fraud on Monday.", "the leader of the ruling party"),
    ("Zambia's president accused the leader of the opposition on Monday.", "the leader of the opposition"),
])
def test_a_charge_the_parser_hung_on_the_accused_is_no_part_of_them(noclean_pipeline, text, target):
    record = run_text(noclean_pipeline, text, published="2024-03-08")
    [row] = [e for e in record.events if e.trigger.text in ("accusing", "convicted", "accused")]
    assert row.target is not None and row.target.span.text == target


def test_a_live_report_s_time_stamp_is_no_party(noclean_pipeline):
    record = run_text(noclean_pipeline, "TBILISI, Georgia (AP) - Live updates.\n\n1040 GMT: Opposition leader "
                                        "Nika Melia was beaten by police outside parliament.", published="2024-03-08")
    [row] = [e for e in record.events if e.trigger.text == "beaten"]
    assert row.target is not None and row.target.span.text == "Opposition leader Nika Melia"
    assert row.acled is not None and row.acled["sub_event_type"] == "Attack"  # a politician, no armed side


def test_armed_men_told_back_are_the_group_the_sentence_before_named(noclean_pipeline):
    record = run_text(noclean_pipeline, "Boko Haram fighters raided a village in Borno state on Tuesday. "
                                        "The militants burned homes and abducted 10 women.")
    [row] = [e for e in record.events if e.trigger.text == "abducted"]
    assert row.actor is not None and row.actor.name == "Boko Haram"
    # armed men of another sentence's object are no doer's group told back
    record = run_text(noclean_pipeline, "Soldiers clashed with rebels near Goma on Monday. The rebels later withdrew.")
    [row] = [e for e in record.events if e.trigger.text == "withdrew"]
    assert row.actor is None or row.actor.entity is None


@pytest.mark.parametrize("text", [
    # a state's forces, or a speaker, are no band of armed men told back
    "Somali troops attacked al-Shabaab positions near Jilib on Wednesday. The militants later ambushed a "
    "convoy near Afgoye.",
    "The Congolese army said M23 rebels attacked Sake on Tuesday. The rebels killed six civilians.",
    "Somali forces raided an al-Shabaab hideout near Jowhar on Friday. The militant group later ambushed a "
    "government convoy, killing seven soldiers.",  # (a group described, as "the militants")
    "Israeli forces killed three Hamas fighters in Jenin on Monday. The militant group vowed revenge.",
])
def test_armed_men_told_back_are_no_states_forces_nor_a_speaker(noclean_pipeline, text):
    record = run_text(noclean_pipeline, text)
    assert not [e for e in record.events if e.actor is not None and e.actor.span.text.startswith("The ")
                and e.actor.name in ("Somali Armed Forces", "Armed Forces of the Democratic Republic of the Congo",
                                     "Israel Defense Forces")]


@pytest.mark.parametrize(("text", "trigger", "actor", "target"), [
    ("The junta responded with air strikes on rebel positions near Lashio on Monday.", "strikes",
     "The junta", "rebel positions"),
    ("Israel responded with airstrikes on Hezbollah positions on Tuesday.", "airstrikes", "Israel",
     "Hezbollah positions"),
])
def test_an_act_one_answers_with_is_the_answerer_s(noclean_pipeline, text, trigger, actor, target):
    found = event(read(noclean_pipeline, text), trigger)
    assert (found.actor.span.text, found.target.span.text) == (actor, target)


@pytest.mark.parametrize("text, word, actor, target", [
    # the name set beside an office is in the words a user reads
    ("Zimbabwe's president Emmerson Mnangagwa pardoned 4,000 prisoners on Monday.", "pardoned",
     "Zimbabwe's president Emmerson Mnangagwa", "4,000 prisoners"),
    ("Brazil's foreign minister, Mauro Vieira, met his Argentine counterpart, Diana Mondino, in Brasilia on Monday.",
     "met", "Brazil's foreign minister, Mauro Vieira", "his Argentine counterpart, Diana Mondino"),
    # a description set beside it is not run on
    ("The spokeswoman, a former diplomat, condemned the strike on Monday.", "condemned", "The spokeswoman", None),
])
def test_a_name_set_beside_an_office_is_in_the_role_s_words(noclean_pipeline, text, word, actor, target):
    [row] = [e for e in read(noclean_pipeline, text).events if e.trigger.text == word]
    assert row.actor is not None and row.actor.span.text == actor
    assert (row.target.span.text if row.target is not None else None) == target


@pytest.mark.parametrize("text, word, actor", [
    # a name's initials in brackets close the bracket they open
    ("The Syrian Democratic Forces (SDF) detained 30 suspects in Hasakah on Monday.", "detained",
     "The Syrian Democratic Forces (SDF)"),
    # armed men tied to a named group or person are told with the tie
    ("Forces loyal to General Khalifa Haftar seized the oil port of Sidra on Monday.", "seized",
     "Forces loyal to General Khalifa Haftar"),
    ("Militants linked to al-Qaeda's JNIM ambushed a convoy near Djibo on Monday.", "ambushed",
     "Militants linked to al-Qaeda's JNIM"),
    ("A coalition led by Saudi Arabia carried out air strikes on Sanaa on Monday.", "strikes",
     "A coalition led by Saudi Arabia"),
])
def test_an_actor_s_words_close_its_bracket_and_keep_its_tie(noclean_pipeline, text, word, actor):
    [row] = [e for e in read(noclean_pipeline, text).events if e.trigger.text == word]
    assert row.actor is not None and row.actor.span.text == actor


def test_fighters_from_a_group_named_after_a_land_act_for_the_group(noclean_pipeline):
    text = "Fighters from the Kurdistan Workers' Party (PKK) attacked a Turkish base in Duhok on Monday."
    [row] = [e for e in read(noclean_pipeline, text).events if e.trigger.text == "attacked"]
    assert row.actor is not None and row.actor.name == "Kurdistan Workers' Party"


def test_websites_linked_to_a_group_are_not_run_on(noclean_pipeline):
    [row] = [e for e in read(noclean_pipeline, "The government closed 12 media outlets linked to the Islamic State on "
                                               "Monday.").events if e.trigger.text == "closed"]
    assert row.target is not None and row.target.span.text == "12 media outlets"


def test_a_body_s_own_aircraft_are_flown_by_it(noclean_pipeline):
    [row] = [e for e in read(noclean_pipeline, "The army said its jets struck rebel positions near Kidal on "
                                               "Tuesday.").events if e.trigger.text == "struck"]
    assert row.actor is not None and row.actor.name == "The army"


@pytest.mark.parametrize("text, actor", [
    ("Suspected herders killed four farmers in Guma on Tuesday.", "Suspected herders"),
    ("Dacoits shot dead a trader in Sukkur on Monday night.", "Dacoits"),
    ("Naxalites killed a village head in Bijapur on Monday.", "Naxalites"),
    ("Goons attacked two journalists in Patna on Monday.", "Goons"),
])
def test_local_words_for_armed_men_are_the_actor(noclean_pipeline, text, actor):
    [row] = [e for e in read(noclean_pipeline, text).events if e.plover == "ASSAULT"]
    assert row.actor is not None and row.actor.span.text == actor


def test_an_act_at_a_division_the_gazetteer_lacks_is_not_at_the_next_sentence_s_town(noclean_pipeline):
    """The act's own phrase names where it was ("villages in Kajo-Keji county", "a vehicle near
    Sarmada"), a name no gazetteer holds: not the town another incident was at."""
    record = run_text(noclean_pipeline, "Military airstrikes on villages in Kajo-Keji county on 7 May killed five "
                                        "civilians. More than 3,000 people crossed into Uganda near Moyo on 8 May.",
                      published="2024-05-10")
    assert _place_of(record, "killed", "five civilians") is None
    record = run_text(noclean_pipeline, "Shelling hit a school in Ariha on 9 April. On 10 April, a drone strike on a "
                                        "vehicle near Sarmada killed two men.", published="2024-04-12")
    assert _place_of(record, "killed", "two men") in (None, "Sarmada")


def test_a_long_target_s_closing_bracket_does_not_cut_it_back(noclean_pipeline):
    text = ("The minister named both the Kurdistan Workers' Party (PKK) and People's Protection Units (YPG) as "
            "terrorist groups.")
    [row] = [e for e in read(noclean_pipeline, text).events if e.trigger.text == "named"]
    assert row.target is not None and row.target.span.text.endswith("Protection Units (YPG)")


def test_an_act_someone_names_is_not_theirs_nor_called_for(noclean_pipeline):
    """ "The army called the explosion an attack by militants": the explosion happened, the
    militants did it; the army named it and neither held it nor threatened it."""
    events = [e for e in read(noclean_pipeline, "The army called the explosion an attack by militants.").events
              if e.status != "negated"]
    assert [e.plover for e in events] == ["ASSAULT"]
    assert events[0].actor is not None and events[0].actor.span.text == "militants"


def test_an_accord_called_void_stays_judged_and_joins_no_later_offer(noclean_pipeline):
    """ "called the border agreement 'null and void'": the accord judged is no act of the day
    that a later "we are ready" could join."""
    record = read(noclean_pipeline, 'On Tuesday, the Greek prime minister called the border agreement "null and void". '
                                    'On Wednesday, the Turkish president said "we are ready to take more steps".')
    assert not any(e.plover == "AGREE" and "agreement" in {m.trigger.text for m in e.mentions}
                   for e in record.events)


@pytest.mark.parametrize("text, word, target", [
    ("Police arrested five men linked to the bombing on Tuesday in a raid in Quetta.", "arrested",
     "five men linked to the bombing"),
])
def test_a_tie_ends_with_whom_it_ties_to(noclean_pipeline, text, word, target):
    [row] = [e for e in read(noclean_pipeline, text).events if e.trigger.text == word]
    assert row.target is not None and row.target.span.text == target


def test_a_sponsor_s_relative_clause_is_no_part_of_the_actor(noclean_pipeline):
    [row] = [e for e in read(noclean_pipeline, "Rebels backed by Rwanda, which denies the claim, seized the town of "
                                               "Rubaya on Tuesday.").events if e.trigger.text == "seized"]
    assert row.actor is not None and row.actor.span.text == "Rebels backed by Rwanda"


def test_a_tie_to_two_names_keeps_both(noclean_pipeline):
    [row] = [e for e in read(noclean_pipeline, "Eight Republican senators led by Jim Risch and Pete Ricketts sent a "
                                               "letter to the secretary of state on Tuesday, urging him to act.").events
             if e.trigger.text == "urging"]
    assert row.actor is not None and row.actor.span.text.endswith("Jim Risch and Pete Ricketts")


@pytest.mark.parametrize("text, word, actor", [
    # the verb the parser hung on a sentence's noun root is its own
    ("The governor of Borno State, Babagana Zulum, called on residents to remain calm.", "called",
     "The governor of Borno State, Babagana Zulum"),
    ("The regional bloc threatened on Monday to use force against the junta.", "threatened", "The regional bloc"),
])
def test_a_main_verb_hung_on_the_subject_keeps_its_subject(noclean_pipeline, text, word, actor):
    [row] = [e for e in read(noclean_pipeline, text).events if e.trigger.text == word]
    assert row.actor is not None and row.actor.span.text == actor


@pytest.mark.parametrize("text", [
    "Jordanian troops killed four smugglers near the Syrian border on Monday.",
    "Russia massed troops along the border with Ukraine on Sunday.",
])
def test_the_neighbour_a_border_is_shared_with_is_no_place_of_the_act(noclean_pipeline, text):
    [row] = [e for e in read(noclean_pipeline, text).events if e.plover in ("ASSAULT", "MOBILIZE")]
    place = read(noclean_pipeline, text).place_by_id(row.location.place) if row.location else None
    assert place is None or place.name not in ("Syria", "Ukraine")


@pytest.mark.parametrize("text, target", [
    ("NATO condemned the Russian missile strike on a children's hospital in Kyiv.", "Russian"),
    ("Jordan condemned the Israeli raid on the Jenin camp on Monday.", "Israeli"),
    ("The UN condemned the attack on the hospital on Monday.", "the hospital"),  # no doer named: as before
    ("France condemned the Moscow concert hall attack on Saturday.", "the Moscow concert hall attack"),  # a town
    ("Egypt condemned the Israel strike on Rafah on Sunday.", "Israel"),  # a country's name on the act
])
def test_an_act_condemned_charges_whose_act_it_was(noclean_pipeline, text, target):
    [row] = [e for e in read(noclean_pipeline, text).events if e.trigger.text == "condemned"]
    assert row.target is not None and row.target.span.text == target


@pytest.mark.parametrize("text, town", [
    ("Insurgents attacked the town of Macomia in Cabo Delgado province on Sunday. The next day, troops arrested "
     "six men in the town.", "Macomia"),
    ("PRISTINA, Kosovo (AP) — Serb protesters clashed with NATO peacekeepers in the northern Kosovo town of Zvecan "
     "on Monday. Kosovo police arrested five people in the town the next day.", "Zvečan"),
])
def test_the_town_names_back_the_last_town_named(noclean_pipeline, text, town):
    record = read(noclean_pipeline, text)
    [row] = [e for e in record.events if e.trigger.text == "arrested"]
    assert row.location is not None and record.place_by_id(row.location.place).name == town


def test_a_state_s_own_border_is_its_place(noclean_pipeline):
    record = read(noclean_pipeline, "Sheinbaum sent 10,000 troops to Mexico's northern border with the U.S. on Monday.")
    [row] = [e for e in record.events if e.trigger.text == "sent"]
    assert row.location is not None and record.place_by_id(row.location.place).name == "Mexico"


def test_a_forum_named_on_what_is_asked_for_is_no_doer(noclean_pipeline):
    [row] = [e for e in read(noclean_pipeline, "Canada also requested World Trade Organization dispute "
                                               "consultations with the U.S. on Monday.").events
             if e.trigger.text == "requested"]
    assert row.target is not None and row.target.span.text == "the U.S."


@pytest.mark.parametrize("text, town", [
    ("Students at Sciences Po in Paris occupied a university building on Monday in protest at the war in Gaza.",
     "Paris"),
    ("Students in Rome rallied on Monday against the arrest of activists in Tehran.", "Rome"),
])
def test_a_protest_is_not_where_its_grievance_happened(noclean_pipeline, text, town):
    record = read(noclean_pipeline, text)
    [row] = [e for e in record.events if e.plover == "PROTEST"]
    assert row.location is not None and record.place_by_id(row.location.place).name == town



def test_a_district_of_the_report_s_town_stays_in_the_town(noclean_pipeline):
    record = run_text(noclean_pipeline, "A bomb exploded in Mogadishu on Friday. Police arrested three suspects in "
                                        "the Hodan district on Saturday.", published="2024-03-08")
    assert _place_of(record, "arrested", "three suspects") == "Mogadishu"


def test_the_town_is_not_where_reinforcements_came_from(noclean_pipeline):
    record = read(noclean_pipeline, "Jihadists besieged the town of Djibo on Monday. The army sent reinforcements "
                                    "from Ouagadougou. Soldiers later killed 20 militants near the town.")
    [row] = [e for e in record.events if e.trigger.text == "killed"]
    assert row.location is not None and record.place_by_id(row.location.place).name == "Djibo"


@pytest.mark.parametrize("text, word, role, words", [
    ("Gunmen stormed a bus in Balochistan on Monday and shot dead 11 passengers.", "stormed", "target",
     "11 passengers"),
    ("China, which has brokered previous truces, called on both sides to cease fire.", "called", "actor", "China"),
    ("Separately, Chinese coast guard ships fired water cannon at a Philippine vessel on Monday.", "fired", "actor",
     "Chinese"),
    ("Armed colectivos attacked opposition supporters in Caracas on Thursday.", "attacked", "actor",
     "Armed colectivos"),
])
def test_roles_read_past_a_verb_s_word_a_clause_and_a_vessel(noclean_pipeline, text, word, role, words):
    [row] = [e for e in read(noclean_pipeline, text).events if e.trigger.text == word]
    found = getattr(row, role)
    assert found is not None and found.span.text == words


@pytest.mark.parametrize("text, word, target", [
    ("Teachers rallied in Lima on Thursday and police arrested ten nurses in Cusco.", "rallied", None),
    ("Prosecutors will investigate and punish the officers who beat the protesters.", "investigate",
     "the officers"),  # shared
])
def test_an_object_is_shared_across_and_only_with_the_subject(noclean_pipeline, text, word, target):
    """ "investigate and punish X": one subject, one object; a second clause with doers of its own
    ("and police arrested ten nurses") keeps its object to itself."""
    [row] = [e for e in read(noclean_pipeline, text).events if e.trigger.text == word]
    assert (row.target.span.text if row.target else None) == target


@pytest.mark.parametrize("text, person", [
    ("German Chancellor Olaf Scholz spoke with Israeli Prime Minister Benjamin Netanyahu on Monday. "
     "Scholz urged him to allow more aid into Gaza.", "Benjamin Netanyahu"),
    ("Italian Prime Minister Giorgia Meloni met Libyan commander Khalifa Haftar in Rome on Tuesday. "
     "Meloni asked him to curb migrant departures.", "Khalifa Haftar"),
    ("Putin met Erdogan in Sochi on Friday. He urged him to reopen the grain corridor.", "Recep Tayyip Erdogan"),
])
def test_an_object_pronoun_is_never_its_own_clause_subject(noclean_pipeline, text, person):
    [row] = [e for e in read(noclean_pipeline, text).events if e.plover == "REQUEST"]
    assert row.target is not None and row.target.name == person


@pytest.mark.parametrize("text, word, name", [
    ("Islamic State militants stormed a prison in Hasakah on Thursday. "
     "The militants freed dozens of inmates, the Kurdish-led SDF said.", "freed", "Islamic State"),
    ("Hamas fighters fired rockets at Ashkelon on Monday. "
     "The militant group also attacked an army post near Kissufim.", "attacked", "Hamas"),
    ("Russian troops shelled Kharkiv on Monday. The militants also attacked a checkpoint in Donetsk.",
     "attacked", None),  # a state's troops: no band of armed men
])
def test_a_group_described_names_back_the_group_told_before(noclean_pipeline, text, word, name):
    """ "the militant group", "the militants, the SDF said": a definite word for armed men or an
    organisation, with words that describe it and a trailing attribution, names back the
    sentence before's doers."""
    [row] = [e for e in read(noclean_pipeline, text).events if e.trigger.text == word]
    assert row.actor is not None and (row.actor.name if row.actor.entity else None) == name


@pytest.mark.parametrize("text, town, not_town", [
    ("Israeli forces raided Tubas, north of Nablus, on Monday.", "Ţūbās", "Nablus"),
    ("Russian forces shelled Kupiansk, 120 km east of Kharkiv, on Sunday.", None, "Kharkiv"),  # a town
    # the gazetteer knows by another spelling, read as no place: unplaced, not at the reference
    ("Israeli tanks pushed into Shejaiya, east of Gaza City, on Thursday, residents said, as airstrikes "
     "killed 10 people.", "Gaza", None),  # near, and unknown: the quarter of the town it is measured from
])
def test_the_town_a_bearing_is_measured_from_is_no_place_of_the_act(noclean_pipeline, text, town, not_town):
    record = read(noclean_pipeline, text)
    [row] = [e for e in record.events if e.plover in ("ASSAULT", "COERCE")]
    place = record.place_by_id(row.location.place) if row.location else None
    assert (place.name if place else None) != not_town
    if town is not None:
        assert place is not None and place.name == town


@pytest.mark.parametrize("text, country", [
    ("Nigerian troops killed 30 Boko Haram fighters on Sunday, army spokesman Onyema Nwachukwu said at a "
     "briefing in Abuja.", "Nigeria"),
    ("Colombian troops killed five FARC dissidents on Saturday, the defence ministry said in Bogota.", "Colombia"),
    ("Kenyan police arrested 40 protesters outside parliament on Tuesday, the interior ministry said in Nairobi.",
     "Nairobi"),
])
def test_an_act_named_nowhere_is_in_the_tellers_country_not_at_his_place(noclean_pipeline, text, country):
    """(Not an act told at a site, "outside parliament", "in the capital": in the teller's town.)"""
    record = read(noclean_pipeline, text)
    [row] = [e for e in record.events if e.plover in ("ASSAULT", "COERCE")]
    place = record.place_by_id(row.location.place) if row.location else None
    assert place is not None and place.name == country


@pytest.mark.parametrize("text, place", [
    ("NAIROBI, Kenya (AP) — Al-Shabaab fighters attacked a police station near the Somali border on Tuesday, "
     "killing three officers.", "Kenya"),
    ("BAMAKO, Mali (AP) — Jihadists killed 20 villagers in the north on Sunday, officials said.", "Mali"),
    ("ISLAMABAD (AP) — Gunmen killed a polio worker in a village in the country's northwest on Tuesday, "
     "police said.", None),  # no country named: no place, not the dateline's town
    ("KABUL (AP) — A suicide bomber struck a mosque in the north of the city on Friday, killing 20 "
     "worshippers.", "Kabul"),  # a part of the town
    ("BAGHDAD (Reuters) — A car bomb exploded near a market on Sunday, killing 12 people, police said.",
     "Baghdad"),
    ("KABUL, Afghanistan (AP) — A bomb exploded in a mosque in the north of the city on Friday, killing five "
     "worshippers, police said.", "Kabul"),  # a part of the town, nested
    ("KABUL, Afghanistan (AP) — A suicide bomber struck a Shiite mosque in the city's west on Friday, killing "
     "12.", "Kabul"),
    ("Gunmen killed 11 villagers in a village in the country's northwest on Monday, Nigerian police said in "
     "Abuja.", "northwest Nigeria"),  # the part of the report's country (Abuja's; a nationality is
    # not counted), since the fifty-sixth session (the country before)
])
def test_an_act_in_an_area_named_by_no_name_is_not_at_the_datelines_town(noclean_pipeline, text, place):
    record = read(noclean_pipeline, text)
    [row] = [e for e in record.events if e.plover == "ASSAULT"]
    found = record.place_by_id(row.location.place) if row.location else None
    assert (found.name if found else None) == place


@pytest.mark.parametrize("text, actor", [
    ("A roadside bomb planted by Maoist rebels killed eight police commandos in Chhattisgarh on Wednesday.",
     "Maoist rebels"),
    ("A car bomb claimed by the Pakistani Taliban killed four police officers in Bannu on Tuesday.",
     "the Pakistani Taliban"),
    ("A landmine laid by Polisario fighters killed two soldiers near Smara on Friday.", "Polisario fighters"),
    ("Nine civilians were killed in an attack attributed to the Allied Democratic Forces in Beni on Sunday.",
     "the Allied Democratic Forces"),
    ("A bomb planted near a school killed three children in Quetta on Monday.", None),
])
def test_who_a_participle_on_the_weapon_or_the_act_names_did_it(noclean_pipeline, text, actor):
    events = [e for e in read(noclean_pipeline, text).events if e.status != "negated"]
    assert [e.plover for e in events] == ["ASSAULT"]  # (no accusation in "attributed to")
    assert (events[0].actor.span.text if events[0].actor else None) == actor


@pytest.mark.parametrize("text, plover, actor, target", [
    ("A Moscow court sentenced journalist Evan Gershkovich to 16 years in prison on Friday.", "COERCE",
     "A Moscow court", "journalist Evan Gershkovich"),
    ("Viktor Orban backed Slovak leader Robert Fico on Monday.", "SUPPORT", "Viktor Orban",
     "Slovak leader Robert Fico"),
])
def test_a_verb_the_parser_hung_on_the_name_after_it_is_the_clauses(noclean_pipeline, text, plover, actor, target):
    """ "sentenced journalist Evan Gershkovich": the tagger reads "sentenced journalist" as an
    adjective and its noun; a past tense with a subject is a verb, the name its object."""
    [row] = [e for e in read(noclean_pipeline, text).events if e.status != "negated"]
    assert (row.plover, row.actor.span.text if row.actor else None, row.target.span.text if row.target else None) \
        == (plover, actor, target)


def test_a_participle_on_a_name_in_a_sentence_with_a_verb_stays_a_modifier(noclean_pipeline):
    events = read(noclean_pipeline, "Police released detained activist Maria Kolesnikova on Friday.").events
    assert [e.trigger.text for e in events if e.status != "negated"] == ["released"]


@pytest.mark.parametrize("text, target", [
    ("Two suicide bombers detonated explosive belts among the crowd in Kerman on Wednesday.", "the crowd"),
    ("Militants detonated a bomb in Quetta on Wednesday.", None),
])
def test_what_is_set_off_is_the_means_not_whom_it_hit(noclean_pipeline, text, target):
    [row] = [e for e in read(noclean_pipeline, text).events if e.plover == "ASSAULT"]
    assert (row.target.span.text if row.target else None) == target


@pytest.mark.parametrize("text, actor", [
    ("A drone strike witnessed by residents killed four people in Marib on Sunday.", None),
    ("A missile intercepted by Israel's Iron Dome wounded two people in Ashkelon on Monday.", None),
    ("An airstrike blamed by Hamas on Israel killed 22 people at a school in Nuseirat on Thursday.", "Israel"),
])
def test_a_witness_a_foe_or_a_blamer_named_on_the_act_did_not_do_it(noclean_pipeline, text, actor):
    [row] = [e for e in read(noclean_pipeline, text).events if e.plover == "ASSAULT"]
    assert (row.actor.span.text if row.actor else None) == actor


def test_a_commanders_forces_act_for_him_by_his_name(noclean_pipeline):
    text = "Houthi leader Abdul Malik al-Houthi said on Thursday his forces had attacked four ships in the Red Sea."
    [row] = [e for e in read(noclean_pipeline, text).events if e.plover == "ASSAULT"]
    assert row.actor is not None and row.actor.span.text == "his forces" and "Houthi" in row.actor.name


def test_a_groups_name_the_parser_split_off_stays_in_the_role(noclean_pipeline):
    text = "Members of the militant group Hamas attacked an army post near Kissufim on Monday."
    [row] = [e for e in read(noclean_pipeline, text).events if e.plover == "ASSAULT"]
    assert row.actor is not None and row.actor.span.text == "Members of the militant group Hamas"
    assert row.actor.name == "Hamas"


def test_the_foe_support_is_given_against_is_not_its_target(noclean_pipeline):
    text = "Ruto assured the Somali president of Kenya's support against al-Shabaab on Monday."
    [row] = [e for e in read(noclean_pipeline, text).events if e.plover == "SUPPORT"]
    assert row.target is None or "Shabaab" not in row.target.span.text

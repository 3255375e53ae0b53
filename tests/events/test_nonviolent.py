"""Non-violent happenings never carry a violent ACLED type (issue 10): each pair puts a verb
or noun to peaceful and to violent use; only the violent one may read as political violence.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import run_text

VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})

PAIRS = [
    ("The frigate made a port visit to Haifa on Monday.",
     "Artillery shelled the port of Haifa on Monday."),
    ("Dock workers went on strike at the port of Mombasa on Monday.",
     "An air strike hit the port of Mombasa on Monday."),
    ("Farmers called for a boycott of imported grain on Tuesday.",
     "Gunmen attacked grain trucks near the border on Tuesday."),
    ("The ministry shot down the rumours of a coup on Monday.",
     "Air defences shot down a fighter jet over the capital on Monday."),  # (drones shot down: an
    # interception, ACLED's disrupted weapons use, a strategic development: test_acled_cues.py)
    ("The president struck a deal with the opposition on Monday.",
     "Missiles struck the airport on Monday."),
    ("Hackers targeted the ministry's website on Monday.",
     "Militants targeted a police convoy with a roadside bomb on Monday."),
    ("The minister launched a campaign against corruption on Monday.",
     "The army launched rockets at rebel positions on Monday."),
    ("The army delivered food and medicine to flood victims on Monday.",
     "The army bombed rebel positions on Monday."),
    ("The opposition leader fought his extradition all the way to the Supreme Court.",
     "Government troops fought the rebels near Goma on Monday."),
    ("A legal battle over the election result began in Nairobi on Monday.",
     "Government troops battled the rebels near Goma on Monday."),
    ("Protesters hanged banners from the bridge in Tehran on Monday.",
     "Iran hanged an opposition activist in Mashhad on Monday."),
    ("France held strikes over the pension reform on Monday.",
     "Russia carried out strikes on Kharkiv overnight, officials said on Monday."),
    ("Teachers carried out strikes across the country on Monday.",
     "Israeli troops carried out strikes in the south on Monday."),
    ("Argentina launched its first general strike against the president on Wednesday.",
     "Israel carried out strikes across southern Lebanon on Wednesday, the army said."),
    ("Soldiers in Chad's army launched a strike over unpaid bonuses on Monday.",
     "Ukrainian forces carried out strikes on Russian positions near Bakhmut on Monday."),
    ("Workers held a one-day strike on Thursday on the island of Crete over pension cuts.",
     "Jets struck targets on the island on Thursday, the army said."),
    ("Greece launched a 24-hour strike over rising living costs on Wednesday.",
     "Russia launched strikes over the weekend on Ukrainian energy facilities, officials said on Wednesday."),
    ("Unions launched a strike for higher pay across the country on Monday.",
     "Israel launched a strike against Hezbollah positions in southern Lebanon on Monday."),
    ("Air traffic controllers in France went on strike on Tuesday, grounding hundreds of flights.",
     "Air strikes hit rebel positions near the airport on Tuesday."),
    ("Russian hackers launched a cyber attack on the central bank on Tuesday.",
     "Gunmen launched an attack on the central bank on Tuesday."),
    ("Meloni launched a scathing attack on the European Commission on Monday.",
     "Militants launched an attack on a police post on Monday."),
    ("Hungary closed its airspace to Belarusian planes on Monday.",
     "Belarusian planes bombed the border town on Monday."),
    ("Traders closed their shops in Bamenda on Monday to protest the killings of three traders.",
     "Gunmen killed three traders in Bamenda on Monday."),
]


def violent(pipeline, text: str) -> list[tuple[str, str]]:
    record = run_text(pipeline, text, published="2024-03-08")
    return [(e.trigger.text, e.acled["sub_event_type"]) for e in record.events
            if e.status != "negated" and e.acled and e.acled["event_type"] in VIOLENT]


@pytest.mark.parametrize(("peaceful", "_"), PAIRS)
def test_a_peaceful_happening_is_never_political_violence(noclean_pipeline, peaceful, _):
    assert violent(noclean_pipeline, peaceful) == []


@pytest.mark.parametrize(("_", "armed"), PAIRS)
def test_the_same_words_used_violently_are(noclean_pipeline, _, armed):
    assert violent(noclean_pipeline, armed)


@pytest.mark.parametrize("text", [
    "The minister said on Monday the new court would strengthen the fight against corruption.",
    "Health workers in Lagos have been battling the pandemic since March.",
    "The mayor vowed on Tuesday to fight poverty in the city's poorest districts.",
])
def test_a_fight_against_a_social_ill_is_no_combat(noclean_pipeline, text):
    events = run_text(noclean_pipeline, text, published="2024-03-08").events
    assert not [e for e in events if e.plover == "ASSAULT"], [(e.trigger.text, e.plover) for e in events]


MATCH_REPORT = (
    "Galatasaray beat Fenerbahce 3-0 in Istanbul on Sunday to go top of the league. The striker "
    "scored twice before half-time, and the goalkeeper saved a penalty. Police fired tear gas at "
    "fans outside the stadium after the match.")


def test_a_sports_story_s_victory_is_no_attack(noclean_pipeline):
    events = run_text(noclean_pipeline, MATCH_REPORT, published="2024-03-11").events
    assert not [e for e in events if e.trigger.text == "beat" and e.status != "negated"]


def test_police_force_in_a_sports_story_is_news(noclean_pipeline):
    events = run_text(noclean_pipeline, MATCH_REPORT, published="2024-03-11").events
    assert [e for e in events if e.trigger.text == "fired" and e.actor and e.actor.span.text == "Police"]


@pytest.mark.parametrize(("text", "political"), [
    ("A man stabbed his wife to death at their home in Wollongong on Sunday.", False),
    ("A woman shot her husband in Dallas on Sunday, police said.", False),
    ("Soldiers shot his father at a checkpoint near Jenin on Sunday.", True),
    ("Gunmen killed the journalist and his wife in Kano on Sunday.", True),
    ("Israeli settlers shot his son in Qusra on Sunday.", True),
    ("Armed men abducted her daughter from the school in Kaduna on Sunday.", True),
    ("A mob lynched his brother in Jos on Sunday.", True),
])
def test_violence_on_one_s_own_kin_is_a_crime_at_home(noclean_pipeline, text, political):
    events = run_text(noclean_pipeline, text, published="2024-03-08").events
    assert bool([e for e in events if e.plover == "ASSAULT" and e.status != "negated"]) == political


@pytest.mark.parametrize("text", [
    "Russia fired missiles at a stadium in Kharkiv on Monday during a youth football tournament, killing three "
    "people. The league suspended the championship. The striker and the referee were among the wounded.",
    "Taliban fighters beat women's football players in Kabul on Monday. The players had trained at a stadium "
    "for the league championship with their striker.",
])
def test_an_attack_in_a_sports_story_is_news(noclean_pipeline, text):
    events = run_text(noclean_pipeline, text, published="2024-03-08").events
    assert [e for e in events if e.plover == "ASSAULT" and e.status != "negated"]


@pytest.mark.parametrize("text, plover", [
    ('The group welcomed the verdict and reiterated "its call to the authorities to immediately release '
     'the other prisoners."', "RETREAT"),
    ("Pakistan expects the Afghan government to deny use of its soil for attacks, the army said.", "REJECT"),
])
def test_a_bare_infinitive_parsed_as_a_clause_is_not_done(noclean_pipeline, text, plover):
    events = run_text(noclean_pipeline, text, published="2024-03-08").events
    assert not [e for e in events if e.plover == plover and e.status == "asserted"]


def test_an_infinitive_on_a_noun_of_asking_is_asked_not_done(noclean_pipeline):
    text = ("The Committee to Protect Journalists reiterated its call to the authorities to drop all "
            "charges against the remaining defendants.")
    events = run_text(noclean_pipeline, text, published="2024-03-08").events
    assert not [e for e in events if e.plover == "CONCEDE" and e.status == "asserted"]


def test_a_demand_that_names_an_arrest_is_no_arrest(noclean_pipeline):
    """ACLED codes no statements: a demand is given no ACLED type from the acts it names."""
    events = run_text(noclean_pipeline, (
        "Dozens of protesters rallied in Minsk on Sunday. They demanded the release of demonstrators "
        "detained during an earlier rally."), published="2024-03-08").events
    [demand] = [e for e in events if e.plover == "REQUEST"]
    assert demand.acled is None
    [rally] = [e for e in events if e.plover == "PROTEST" and e.trigger.text == "rallied"]
    assert rally.acled is not None and rally.acled["sub_event_type"] == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "People across the country joined protests on Saturday after two police shootings.",
    "Thousands of demonstrators rallied outside the court in Lagos on Monday over the detention of an activist.",
])
def test_a_protest_is_never_a_strategic_development_its_words_name(noclean_pipeline, text):
    events = run_text(noclean_pipeline, text, published="2024-03-08").events
    protests = [e for e in events if e.plover == "PROTEST"]
    assert protests and all(e.acled is not None and e.acled["event_type"] in ("Protests", "Riots") for e in protests)


@pytest.mark.parametrize("text, sub", [
    ("Russia expelled two US Embassy staff members on Monday.", None),
    ("Norway has expelled two Australian diplomats, the foreign ministry said on Monday.", None),
    ("Government troops expelled the militants from the town of Palma on Monday.", "Government regains territory"),
])
def test_diplomats_expelled_is_no_ground_regained(noclean_pipeline, text, sub):
    [row] = [e for e in run_text(noclean_pipeline, text, published="2024-03-08").events if e.trigger.text == "expelled"]
    assert (row.acled["sub_event_type"] if row.acled else None) == sub


@pytest.mark.parametrize("text", [
    "Canada threatened on Tuesday to expel Iran's envoy after a drone strike on a base in Iraq killed two "
    "Canadian soldiers.",
    "The council agreed on Monday to impose sanctions on the militia after its rocket attack on the airport.",
])
def test_a_peaceful_act_told_beside_an_attack_takes_none_of_its_violence(noclean_pipeline, text):
    events = [e for e in run_text(noclean_pipeline, text, published="2024-03-08").events if e.status != "negated"]
    assert not [(e.trigger.text, e.acled) for e in events if e.plover in ("THREATEN", "AGREE", "SANCTION")
                and e.acled and e.acled["event_type"] in VIOLENT]
    assert [e for e in events if e.plover == "ASSAULT" and e.acled and e.acled["event_type"] in VIOLENT]


@pytest.mark.parametrize("text", [
    "Protesters threatened officials and smashed windows at the governor's office in Goma on Tuesday.",
    "Police threatened protesters after firing live rounds into the crowd in Khartoum on Tuesday.",
])
def test_a_threat_told_with_its_own_violence_keeps_it(noclean_pipeline, text):
    events = [e for e in run_text(noclean_pipeline, text, published="2024-03-08").events if e.status != "negated"]
    assert [e for e in events if e.acled and e.acled["event_type"] in {"Riots", "Protests"} | VIOLENT
            and e.acled["sub_event_type"] != "Peaceful protest"]


@pytest.mark.parametrize("text", [
    "Hundreds of Serbs gathered in North Mitrovica on Wednesday to protest against the arrest of a local official.",
    "Shopkeepers in Bamenda shut their shops on Monday to protest the killings of three traders.",
])
def test_what_a_protest_is_against_is_no_intervention_at_it(noclean_pipeline, text):
    record = run_text(noclean_pipeline, text, published="2024-03-08")
    [row] = [e for e in record.events if e.plover == "PROTEST"]
    assert row.acled is not None and row.acled["sub_event_type"] == "Peaceful protest"


def test_force_told_beside_a_protest_against_an_arrest_is_still_intervention(noclean_pipeline):
    record = run_text(noclean_pipeline, "Thousands marched in Dakar on Friday against the arrest of opposition "
                                        "leader Ousmane Sonko; police fired tear gas.", published="2024-03-08")
    [row] = [e for e in record.events if e.plover == "PROTEST"]
    assert row.acled is not None and row.acled["sub_event_type"] == "Protest with intervention"



@pytest.mark.parametrize("text, plover, sub", [
    ("Police in Kaduna arrested three men who kidnapped a schoolgirl last month, a spokesman said on Tuesday.",
     "COERCE", "Arrests"),
    ("The president threatened to punish the officers who beat the protesters in Nairobi on Monday.",
     "THREATEN", None),
    ("Police arrested 12 protesters who blocked the main highway in Lahore on Tuesday.",
     "COERCE", "Protest with intervention"),  # a crowd's own protest, broken up by the arrests
])
def test_what_the_target_did_is_not_the_act_done_to_it(noclean_pipeline, text, plover, sub):
    events = run_text(noclean_pipeline, text, published="2024-03-08").events
    [row] = [e for e in events if e.plover == plover]
    assert (row.acled["sub_event_type"] if row.acled else None) == sub


@pytest.mark.parametrize("text, plover", [
    ("Turkish authorities blocked access to Instagram on Friday.", "COERCE"),
    ("The government blocked the accounts of several farmer leaders on Tuesday.", "COERCE"),
    ("Protesters blocked access to the airport in Nairobi on Monday.", "PROTEST"),  # a crowd's blockade
    ("North Korea fired two short-range ballistic missiles toward the Sea of Japan on Thursday.", "MOBILIZE"),
    ("The Houthis fired two missiles toward a tanker in the Red Sea on Thursday.", "ASSAULT"),
    ("Turkey handed over two ISIS suspects to Iraqi authorities on Monday.", "COOPERATE"),
    ("Thai police handed over two suspected drug traffickers to Malaysian police on Friday.", "COOPERATE"),
    ("Wagner fighters evacuated their positions near Bakhmut on Tuesday.", "RETREAT"),  # forces leave ground
    ("Authorities evacuated 2,000 residents ahead of the cyclone on Monday.", "AID"),  # people moved to safety
    ("M23 rebels blocked humanitarian access to Rutshuru on Monday.", "COERCE"),  # armed men bar a way (191)
    ("Striking farmers blocked the entry of trucks to the market in Lahore on Monday.", "PROTEST"),  # a crowd
])
def test_the_codebooks_read_what_is_done_to_what(noclean_pipeline, text, plover):
    """What is acted on says the act: a state cutting access to a platform or an account censors
    (1721), no crowd's blockade; missiles fired out to sea are a weapons test (a show of force),
    at a ship an attack; suspects handed to another state are judicial cooperation (063); armed men
    evacuating their positions retreat (0874), people evacuated are helped (073); armed men of no
    state barring a way restrict movement (191), a crowd barring one protests."""
    events = [e for e in run_text(noclean_pipeline, text, published="2024-03-08").events if e.status != "negated"]
    assert [e.plover for e in events] == [plover]

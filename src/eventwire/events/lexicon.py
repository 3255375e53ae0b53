"""The trigger lexicon: words that report an event, with their CAMEO code.

The rows are data, in ``eventwire/data/events/lexicon.psv``; this module reads them.

Written from the CAMEO and PLOVER codebooks' category descriptions (general verbs and
event nouns, no example sentences). Each row is

    lemma [+ word ...] | POS | CAMEO code | options

``POS`` is V (verb), N (event noun) or A (predicative adjective: "ready to", "willing to").
Words after ``+`` must follow the head within a few tokens ("take + prisoner",
"take + over"). Options:

    w=0.6          prior weight (how often the word reports this event; default 1.0)
    prep=for,on    only counts with one of these prepositions/particles attached
    unless=in      does not count with one of these particles attached ("sworn in": took office)
    obj=CLASS:CODE use CODE when the object (or "of" complement) is of CLASS
                   (territory, person, arms, sanction, relations, aid, ban, curfew, emergency, pardon, bail,
                   verdicts, gunfire, belongings, truce, comment, legislation, self_rule, press,
                   outfits, agreement, claims, digital, vehicles, forces, ills, peacekeepers, self,
                   permission, confinement, captives); need= and objblock= take the same classes (also
                   anonymity)
    subj=CLASS:CODE use CODE when the subject (of a noun: of the light verb that carries it) is
                   of CLASS ("troops arrived": a deployment; states: a country acting,
                   "Russia carried out strikes": force, not a walkout)
    ctx=CLASS:CODE use CODE when the sentence mentions CLASS words (suicide, car, roadside, air, chem,
                   court: "appealed the ruling" is a lawsuit, 115; joint: "joint exercises"
                   are military cooperation, 062)
    kind=CLASS:CODE use CODE when the noun's own adjective or compound, or the verb's own adverb,
                   is of CLASS (verbal: "launched a scathing attack on the Commission" is a
                   criticism, 111; joint: "jointly investigated the murder", judicial cooperation)
    pcode=on:CODE  use CODE when the noun has a phrase with this preposition whose object is a
                   place, a party, forces or their gear ("strikes on Kyiv", "a strike on a convoy":
                   an attack; not "a strike on Monday", "on the metro", "went on strike")
    why=CLASS:CODE use CODE when a "for" or "over" phrase on the verb gives a reason of CLASS
                   and a politician or a state acts on a person or a body ("attacked Trump for
                   his comments": criticism, 111; grievance)
    whence=CLASS:CODE use CODE when a "from" or "of" phrase on the verb names a CLASS ("expelled from the
                   party": a member cast out, 160, not a deportation)
    gov=CLASS:CODE use CODE when the noun is the object of a verb of CLASS ("reached an
                   agreement": concluded, 057; concluding; "lodged a protest": a
                   complaint, 111; lodging)
    tprep=to,on    prepositions whose object is the target
    aprep=to       prepositions whose object is the actor (passives use "by" always); on a
                   noun, "of" ("the resignation of the governor": a party, not a thing)
    lprep=to       prepositions whose place object is where, besides "in", "at" ... ("a visit
                   to Baghdad": a destination)
    block=CLASS    not an event when the object, or a noun's kind or adjective, or the object
                   of its own prep= is of CLASS (media: "released a video"; campaigning: "a
                   campaign rally"; care: "taken to hospital")
    objblock=CLASS not an event when what it acts on, its direct object or the verb it governs,
                   is of CLASS, whatever its phrases say ("killed the bill", "declined to comment")
    need=CLASS     only an event when the object is of CLASS ("set up a base", "found explosives")
    needsubj=CLASS only an event when the subject is of CLASS ("protesters gathered")
    govblock=CLASS a noun not an event in the "in", "of" or "on" phrase of a noun of CLASS ("the pause in
                   aid to Ukraine": aid stopped, not given)
    needgov=CLASS  a noun only an event as the object (or passive subject) of a verb of CLASS,
                   or in an "under" phrase on one ("reached a deal", "a deal was reached", "came
                   under fire"; not "made a big deal of it", "a fire broke out")
    subjblock=CLASS not an event when the subject is of CLASS ("stocks rallied": a market rose)
    xcomp          the event is the verb it governs ("agreed to ...", "refused to ...")
    asks           only counts when a party asks a party or a person to do something: a direct object
                   and a "to" infinitive the verb governs ("pressed Hanoi to free him"; not "pressed
                   their offensive to seize Pokrovsk", "the attack pushed the government to")
    how=SET:CODE   use CODE when an "in" phrase on the verb names a word of the word set SET ("attacked
                   the United States in a televised address": a criticism, 111; telling_occasions)
    noobj          only counts with no direct object ("called for talks", "called on Iran";
                   not "called the election for Biden")
    summons=SET    not when a "to" infinitive the verb governs is in word set SET ("called the
                   minister to testify": a summons; "called Xi to discuss the war": a call)
    noname         not when the verb names its object something ("called Biden a liar", "described
                   the raid as illegal": a naming, read by its complement)
    poss=target    a possessive names who it was done to ("Tarrant's arrest"), unless an
                   "of" phrase does ("the army's killing of a student": the army acts)
    said=CODE      use CODE when what "came under" it, by the clause's words, was criticism (a
                   reason given, an unarmed critic, a thing under it: "the minister came under fire
                   over his remarks"), not force ("a convoy came under rocket fire")
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

WORD_SETS_FILE = "happenings.jsonl"  # the named word sets the event judgements share
LEXICON_FILE = "lexicon.psv"  # in eventwire/data/events, one row a line, "#" comments
VALENCE_FILE = "vader_lexicon.txt"  # in the vaderSentiment package: word, mean rating, sd, ratings

@functools.cache
def words(name: str) -> frozenset[str]:
    """One named word set of ``data/events/happenings.jsonl`` (each with its reason there)."""
    text = resources.files("eventwire").joinpath("data", "events", WORD_SETS_FILE).read_text("utf-8")
    for line in text.splitlines():
        if line.strip():
            row = json.loads(line)
            if row["set"] == name:
                return frozenset(row["words"])
    raise KeyError(f"{WORD_SETS_FILE} has no set {name!r}")


# Word classes the options refer to (lemmas; entity labels are checked in code).
WORD_CLASSES: dict[str, frozenset[str]] = {
    "care": frozenset("hospital clinic infirmary morgue mortuary shelter safety".split()),
    "power": frozenset("power authority position privilege trust discretion".split()),  # "abused
    # their power": misconduct in office, no assault
    "office": frozenset("seat office post nomination reelection re-election presidency "
                        "candidacy".split()),  # "seeking a seat": running (not "a prison term")
    "posts": frozenset("video photo photograph image picture footage tweet post clip selfie detail "
                       "details word news".split()),  # shared with the public, not intelligence shared
    # ("shared word of the strike": told)
    "goals": frozenset("limit target goal deadline need requirement standard expectation "
                       "criterion criteria obligation quota threshold benchmark cost "
                       "challenge".split()),  # "meet the targets": satisfy, not confer
    "territory": frozenset(
        "town city village territory area region base airport province district capital "
        "port hill position stronghold neighborhood neighbourhood island border zone "
        "outpost checkpoint valley bridge".split()
    ),
    # holders of an office, whom a government or party fires ("sacked the defence minister"):
    # the offices of the word sets and the heads of services; a named person counts too
    # (word_class)
    "holder": words("offices") | frozenset("chief head director aide adviser advisor attorney".split()),
    # who a leader calls or receives: an office holder, a delegation, a named person ("received
    # a delegation of the U.S. Congress", "called his French counterpart"; not "received aid")
    "guests": words("offices") | frozenset("delegation counterpart pope".split()),
    # verbs that hand a formal protest to an authority ("lodged a protest"): a complaint, no crowd
    "lodging": frozenset("lodge file register submit deliver".split()),
    "person": frozenset(
        "person people prisoner hostage detainee soldier troop fighter civilian journalist "
        "activist leader member official man woman child commander militant rebel "
        "personnel worker student protester demonstrator opposition politician suspect "
        "diplomat crew citizen national terrorist insurgent jihadist gunman bandit "
        "separatist passenger villager worshipper pupil schoolchild schoolgirl schoolboy".split()
    ),
    "media": frozenset(
        "video statement report footage photo photograph image picture data figure detail "
        "album film book list document result information communique song study survey "
        "version update movie record press advisory assessment bulletin forecast letter "
        "tweet post email text".split()
    ),
    "sanction": frozenset("sanction embargo boycott tariff".split()),
    # the protest its own organisers suspend or call off ("the unions suspended the strike"):
    # dissent eased (CAMEO 082), no aid cut
    "dissent": frozenset("strike walkout boycott protest demonstration sit-in march rally blockade "
                         "hunger-strike occupation".split()),
    # boats of people crossing that a coast guard stops or turns back ("pushed back a dinghy")
    "vessels_of_migrants": frozenset("dinghy raft".split()),
    # harm vowed in return ("vowed revenge", "vowed retaliation"): a threat, not an intent to
    # cooperate
    "retaliation": frozenset("revenge retaliation reprisal reprisals vengeance retribution".split()),
    # what a state or a court blocks in a vote or a ruling ("blocked the aid package", "blocked
    # the deployment of police to Haiti"): a veto (CAMEO 12), not a blockade
    "proposals": frozenset("package deployment sale deal accession membership bid appointment nomination "
                           "plan resolution motion treaty approval".split()),
    # what a crowd throws at the police or a building ("threw stones at police", "hurled eggs
    # at the parliament"): a riot (CAMEO 145), not an armed attack (a grenade is a weapon)
    "crowd_missiles": frozenset("stone rock egg bottle brick tomato shoe paint firecracker cobblestone "
                             "debris object chair flare".split()),
    # what an authority strips someone of ("stripped of his seat", "of their citizenship"): a
    # standing it takes away (CAMEO 172), not shoes or clothes taken in an assault
    "entitlements": frozenset("seat citizenship nationality immunity rank post office power license licence "
                              "mandate accreditation membership passport right privilege".split()),
    # papers a state grants and may take away ("revoked the licence", "revoked their passports")
    "permits": frozenset("licence license passport visa accreditation permit citizenship registration "
                         "credential status".split()),
    # what a crowd shows when it demonstrates something ("demonstrated their anger"): a protest;
    # any other object is shown off ("demonstrated its new robot", "a shocking ignorance")
    "grievances_shown": frozenset("anger support solidarity opposition rejection discontent frustration outrage "
                                  "dissatisfaction defiance fury displeasure".split()),
    # what a camera shoots ("the film was shot in Morocco", "shot a video of the parade")
    "screen": frozenset("film movie video footage scene documentary series episode album "
                        "commercial".split()),
    # what makes an "attack" or an "arrest" the body's own ("a heart attack", "a cardiac
    # arrest", "an asthma attack"): an illness, no act of anyone
    "ailments": frozenset("heart cardiac cardiopulmonary respiratory asthma panic anxiety epileptic "
                          "allergic".split()),
    # what rallies, climbs or slumps in a market report ("stocks rallied", "the dollar
    # rallied"): prices, no crowd
    "markets": frozenset("stock share index market price bond currency dollar euro yen pound rupee "
                         "yuan peso oil gold bitcoin equity future commodity nikkei dow nasdaq "
                         "ftse rand lira naira cedi kwacha ringgit rouble ruble hryvnia".split()),
    # how a market's demand moves or stands ("soaring demand for bread", "weak consumer
    # demand"): buyers' wants, no political demand
    "market_moves": frozenset("soaring surging sluggish weak weakening consumer seasonal".split()),
    # social ills a "fight" or "battle" is waged on in a figure of speech ("the fight against
    # corruption", "battling the pandemic"): a policy, not combat
    "ills": frozenset("corruption poverty terrorism extremism radicalism radicalization crime "
                      "inflation disease virus pandemic epidemic hunger famine drought illiteracy "
                      "unemployment misinformation disinformation racism discrimination impunity "
                      "trafficking smuggling fraud laundering cancer malaria covid coronavirus covid-19 "
                      "injustice inequality addiction obesity blaze wildfire flame inferno".split()),
    # who a government lets in (CAMEO 0861-0862, PLOVER RETREAT 'access')
    "monitors": frozenset("observer inspector monitor peacekeeper".split()),
    # nouns that only hold the activity a compound names ("a mediation effort", "a protest
    # campaign"): the compound is the trigger, the holder its head. Not a bid, attempt or
    # initiative (not achieved, or only proposed), nor a mission (an organisation, a sortie);
    # a package holds what it bundles ("a $300 million military aid package", "a sanctions package")
    "undertaking": frozenset("effort campaign drive package".split()),
    # what calling something X says of it ("called the allegations baseless": a rejection;
    # "called it an aggression": a condemnation)
    "denial": frozenset("baseless false unfounded groundless fabricated fabrication lie "
                        "absurd nonsense untrue ridiculous slander propaganda fake".split()),
    "condemnation": frozenset("aggression crime atrocity violation terrorism terrorist "
                              "massacre murder killing barbaric cowardly dastardly heinous "
                              "unacceptable illegal unlawful unconstitutional provocation genocide "
                              "outrageous irresponsible barbarity null void invalid illegitimate "
                              "sham charade mockery travesty hoax grab coup affront inexcusable "
                              "unjustifiable unforgivable abhorrent despicable reprehensible deplorable "
                              "shameful disgraceful unjustified unwarranted provocative persecution "
                              "interference meddling blackmail collusion vendetta scum".split()),  # "a power grab"
    # a reporter's request is no political demand ("did not respond to a request for comment")
    # what a deal is struck on ("struck a deal": agreed, not attacked)
    "agreement": frozenset("deal agreement accord bargain compromise pact truce treaty".split()),
    # what two sides exchange when they fight ("exchanged fire", "traded gunfire")
    "gunfire": frozenset("fire gunfire salvo volley rocket shell mortar".split()),  # not "exchanged
    # shots over immigration"
    # what is shot down or targeted without a weapon ("shot down the rumours", "targeted its
    # website"): a rejection, a hack; ACLED codes neither as violence
    "claims": frozenset("rumour rumor claim report allegation idea proposal suggestion notion "
                        "theory speculation".split()),
    "vehicles": frozenset("train bus plane aircraft airliner jet flight ship vessel ferry tanker boat "
                          "truck helicopter".split()),  # "took over a passenger train": a hijacking (CAMEO 181)
    "digital": frozenset("website account server email database".split()),
    # what makes an attack one on computers, no political violence ("a ransomware attack",
    # "a cyber attack on the bank")
    "cyber": frozenset("cyber ransomware hacking hacker malware spyware ddos phishing "
                       "denial-of-service".split()),
    # acts one can be blamed for ("attributed the bombing to the rebels"): not a decline or a rise
    "violence": frozenset("attack bombing killing shooting assault murder abduction kidnapping "
                          "massacre assassination raid ambush".split()),
    # how a party behaves: "the brutality of the army" is charged to the army (not "the
    # killing of civilians", "the treatment of women", "a friend of the suspect")
    "conduct": frozenset("brutality cruelty conduct behaviour behavior role actions tactics stance "
                         "attitude".split()),  # not "treatment", "repression": of whom
    # what is attacked in words ("attacked the decision"): a criticism (CAMEO 111), no violence
    "policy": frozenset("budget decision policy plan proclamation stance proposal remark "
                        "comment declaration approach handling record reform bill law "
                        "legislation ruling verdict statement speech resolution motion "
                        "nomination inquiry investigation probe impeachment".split()),
    # what is given, provided or delivered in words, not in goods ("delivered a verdict",
    # "provided details", "granted an interview"): no aid
    "discourse": frozenset("speech address verdict ruling judgment judgement sentence "
                           "statement remark message lecture sermon testimony evidence "
                           "information detail update briefing account explanation answer text input feedback "
                           "response comment interview insight guidance advice opinion "
                           "assurance warning reminder example figure estimate condolence greeting "
                           "congratulation wish regard thanks sympathy video audio recording declaration "
                           "communique".split()),
    # a law passed at home is no act between political actors ("signed the bill into law")
    "legislation": frozenset("bill law legislation budget amendment ordinance decree edict".split()),
    # what is fought or battled in court or in politics, and the words that make a fight one
    # ("fought his extradition", "battled the ban", "a legal battle"): a case, not combat
    "rulings": frozenset("extradition deportation ruling verdict decision result judgment judgement "
                         "sentence conviction charge case order eviction expulsion lawsuit appeal "
                         "nomination election ban legal judicial court courtroom electoral "
                         "political".split()),
    # what is won, not taken by force ("captured 40 percent of the vote", "seized the title")
    "winnings": frozenset("vote title championship crown trophy medal lead imagination attention "
                          "headline initiative momentum".split()),
    # what a barrage of words is made of ("a barrage of criticism"): no shelling
    "remarks": frozenset("criticism complaint insult question accusation abuse comment attack "
                         "threat tweet".split()),
    "comment": frozenset("comment clarification confirmation interview question confirm elaborate "
                         "specify disclose".split()),  # not "discuss", "answer": refusing a proposal
    # what a source asks of the reporter ("asking not to be named"): the telling's terms, no
    # demand between parties
    "anonymity": frozenset("name identify quote".split()),
    # who gathers to protest ("thousands of protesters gathered"): not leaders at a summit
    "protesters": frozenset("protester demonstrator marcher crowd opponent".split()),
    # people who occupy a place in protest ("climate activists occupied the lobby": a sit-in, 144)
    "activists": frozenset("activist campaigner squatter villager resident".split()),
    # a candidate's own rally is campaigning, not a protest ("a campaign rally")
    "campaigning": frozenset("campaign reelection re-election stump".split()),
    # what is offered in words of feeling (CAMEO 018, no PLOVER type): no offer of anything
    "sympathy": frozenset("condolence sympathy prayer thought congratulation greeting wish "
                          "thanks gratitude".split()),
    # feelings voiced against what someone did ("expressed disappointment at the ruling"): a
    # criticism (CAMEO 111); not grief or regret, which mourn or apologise
    "displeasure": frozenset("disappointment dissatisfaction displeasure disapproval outrage "
                             "anger indignation frustration dismay exasperation".split()),
    # what calling something a tragedy mourns: no party is criticised ("called the fire a
    # tragedy")
    "grief": frozenset("tragedy tragic sad sadness sorrow grief heartbreaking regret "
                       "condolence".split()),
    "demands": frozenset("demand ultimatum condition objection precondition".split()),
    "responsibility": frozenset("responsibility blame".split()),  # claimed, not agreed
    "restrictions": frozenset("restriction curfew ban sanction embargo blockade emergency "
                              "limit barrier tariff lockdown quarantine".split()),
    # the networks a state may cut to silence its people (CAMEO 1721: "cut mobile internet",
    # "shut down the internet")
    # (not "cut the power network": a strike's damage)
    "networks": frozenset("internet broadband connectivity telecommunication "
                          "telecommunications app messaging website site platform account vpn "
                          "facebook instagram youtube telegram whatsapp tiktok twitter wikipedia "
                          "signal x".split()),  # (the platforms a state blocks, by name)
    # what an authority lets someone do (CAMEO 080, PLOVER CONCEDE): "granted it permission to"
    "permission": frozenset("permission approval authorization authorisation clearance consent "
                            "waiver".split()),
    "relations": frozenset("relation tie ambassador envoy diplomat embassy consulate attache consul chargé "
                         "d'affaires".split()),
    # the bodies and rules of self-government: suspending them restricts a people's rights
    # (CAMEO 172, COERCE), it cuts no aid ("the Queen suspended parliament"; not "suspended
    # his election campaign")
    "self_rule": frozenset("parliament legislature congress assembly senate constitution knesset duma "
                           "bundestag majlis".split()),
    # the press a state may suspend or ban: restricting it restricts free expression (CAMEO
    # 1721, COERCE), it cuts no aid ("suspended the broadcaster for two months")
    "press": frozenset("broadcaster broadcast broadcasting newspaper magazine outlet accreditation channel "
                       "station television radio website".split()),
    # news outlets a state may close ("closed the newspaper"; not a station, which may be a metro's)
    "outlets": frozenset("newspaper magazine outlet broadcaster".split()),
    # buildings gunmen storm and hold ("the hotel siege", "a siege of the mall"): a siege of one
    # is the attack on it, not a blockade of a town
    "buildings": frozenset("hotel mall school hospital compound embassy church mosque restaurant theatre "
                           "theater supermarket house home apartment warehouse depot "
                           "refinery".split()),  # (not a building students hold: a sit-in)
    # premises the police or investigators search ("searched the home of the opposition leader")
    "searched": frozenset("home house office premise premises headquarters residence apartment flat compound "
                          "property newsroom studio building".split()),
    # those who search premises besides the armed forces and police ("FBI agents searched")
    "investigators": frozenset("agent investigator prosecutor detective inspector".split()),
    # sittings one walks out of in protest ("walked out of parliament"; not of prison or hospital)
    "sittings": frozenset("parliament chamber session sitting meeting talks ceremony summit hearing assembly senate "
                          "congress conference debate speech vote negotiation negotiations council".split()),
    # what is carried out rather than killed ("executed a search warrant", "executed the plan")
    "undertakings": frozenset("warrant order plan strategy contract search raid operation policy program "
                              "programme mandate transaction trade deal maneuver manoeuvre move task command "
                              "instruction decision will project".split()),
    # bodies of citizens a state may dissolve or ban ("dissolved the opposition party")
    "outfits": frozenset("party opposition movement organization organisation association union group ngo "
                         "council".split()),
    "aid": frozenset("$ tranche aid assistance help supply food medicine loan fund grant relief grain "
                      "flour rice wheat vaccine drug blanket tent water money cash funding dollar euro "
                      "meal ration kit parcel equipment dose".split()),
    "talks": frozenset("talk negotiation mediation dialogue contact visit trip meeting link "
                       "flight".split()),
    # what a party invited may stay away from ("boycotted the peace talks", "the summit"; not a
    # visit or a meeting a crowd boycotts in protest)
    "negotiations": frozenset("talk negotiation mediation dialogue contact summit".split()),
    "sexual": frozenset("sexually sexual".split()),
    # who rules and its organs, besides a state by name ("authorities evicted", "the junta razed")
    "rulers": frozenset("government authority regime junta administration ministry cabinet "
                        "president governor municipality council".split()),
    # what is dropped from the air (not "dropped their weapons", a surrender)
    "munitions": frozenset("bomb munition missile shell barrel explosive rocket leaflet "
                           "payload".split()),
    "asylum": frozenset(["asylum"]),
    "pardon": frozenset("pardon clemency amnesty reprieve commutation".split()),  # released by grace
    # what is handed back ("returned the seized vessels", "returned the bodies")
    "belongings": frozenset("body remains corpse ship vessel tanker boat plane aircraft cargo property land asset "
                            "weapon arm equipment "
                            "artifact artefact passport".split()),
    "bail": frozenset("bail parole".split()),  # released on terms ("granted bail": CAMEO 0841)
    # whom a party or a union calls out to act ("called its members to march", "called his
    # supporters onto the streets": an appeal, CAMEO 10)
    "followers": frozenset("member supporter follower loyalist citizen compatriot voter".split()),
    # people wanted by the law whom one state hands to another's (CAMEO 063, judicial cooperation:
    # "handed over two ISIS suspects to Iraqi authorities")
    "suspects": frozenset("suspect fugitive convict criminal trafficker smuggler".split()),
    # a court's or prosecutor's legal action on a person, which it may lift ("quashed the
    # conviction", "dropped the charges", "commuted the sentence")
    "verdicts": frozenset("conviction verdict sentence charge indictment".split()),
    "troops": frozenset("troop soldier force army warship jet unit marine battalion brigade reservist guard "
                        "regiment division militia peacekeeper reinforcement carrier destroyer frigate "
                        "submarine".split()),
    # armed forces as the ones who move ("peacekeepers arrived"), not a president's jet
    "forces": frozenset("troop soldier force army marine battalion brigade regiment militia "
                        "peacekeeper reinforcement paratrooper commando reservist conscript".split()),
    # armed forces and police as the ones who bar a way ("police blocked the highway": a
    # blockade, CAMEO 191, not a protest)
    "security": frozenset("troop soldier force army marine battalion brigade regiment militia "
                          "paratrooper commando police policeman gendarme gendarmerie military guard "
                          "officer personnel trooper".split()),  # ("police officers", "security personnel")
    "peacekeepers": frozenset("peacekeeper peacekeeping".split()),  # CAMEO 074, 1661
    "self": frozenset("life himself herself itself themselves ourselves myself".split()),
    # where people are sent that no deployment goes to ("ordered the soldiers to prison", "ordered
    # troops to the negotiating table")
    "confinement": frozenset("prison jail gaol custody detention cell trial court table dock".split()),
    # where troops are ordered that is no place but a way out or a stand-down ("ordered his troops
    # into retreat", "into the barracks", "into formation", "into a truck"): no deployment
    "pullback": frozenset("retreat withdrawal exile hiding quarantine isolation barracks formation rest "
                          "truck vehicle bus reserve".split()),
    "curfew": frozenset(["curfew"]),
    # orders that keep people at home or apart, which a state extends (not "extended the time
    # limit": a deadline)
    "lockdown": frozenset("lockdown quarantine restriction ban".split()),
    "blockade": frozenset("blockade siege".split()),
    "emergency": frozenset("emergency martial".split()),
    "martial": frozenset(["martial"]),  # "declared martial law" (an emergency alone: a pilot's)
    "arms": frozenset("weapon arm gun ammunition explosive mine landmine cache grenade ied "
                      "device bomb rocket shell munition tnt detonator missile drone mortar launcher".split()),
    "base": frozenset("base post checkpoint headquarters camp outpost position garrison "
                      "point".split()),
    # sentence-context classes
    "suicide": frozenset(["suicide"]),
    "car": frozenset(["car"]),
    "roadside": frozenset("roadside ied".split()),
    "air": frozenset("air airstrike aerial warplane jet drone plane aircraft helicopter".split()),
    # an attack made in words by its own adjective ("launched a scathing attack on the
    # Commission"): a criticism (CAMEO 111)
    "verbal": frozenset("scathing blistering stinging withering vitriolic scorching verbal legal".split()),
    # what makes a lynching or a self-immolation a figure of speech ("a political lynching", "a
    # lynching of his reputation", "political self-immolation")
    "figurative_marks": frozenset("political judicial legal moral media digital online virtual verbal reputation "
                                  "character image career".split()),
    # what makes a strike a walkout by its own words, whoever holds it ("a general strike")
    "walkout_marks": frozenset("general nationwide national indefinite labour labor hunger wildcat token "
                               "one-day two-day three-day 12-hour 24-hour 36-hour 48-hour 72-hour sit-down".split()),
    # a strike in a sentence of fighters, commanders and hideouts is force, not a walkout ("the
    # strike targeted a vehicle, killing two fighters"; not "went on strike after two workers
    # were killed")
    "armed": frozenset("military missile rocket drone militant fighter commander hideout "
                       "artillery retaliatory counterterrorism counter-terrorism".split()),
    "chem": frozenset("chemical chlorine sarin gas teargas mustard toxic poison".split()),
    "warcrime": frozenset(["war"]),
    "corruption": frozenset("corruption fraud bribery embezzlement".split()),
    "court": frozenset("court courts judge judges ruling verdict tribunal".split()),
    "concluding": frozenset("reach sign conclude strike seal clinch finalize finalise "
                            "ink".split()),
    "announcing": frozenset("announce unveil".split()),  # "announced a deal": one reached
    # what is held, no party it is taken from ("seized power"; not "a power plant": its head only)
    "reins": frozenset({"power"}),
    # who removes a government by force besides armed forces ("the junta ousted the president")
    "putschists": words("irregular_doers") | frozenset("junta putschist mutineer".split()),
    # a "coup" that is a stroke of luck or skill, not a government removed ("a diplomatic coup",
    # "a major coup for the ruling party", "a boardroom coup")
    "strokes": frozenset("diplomatic boardroom publicity propaganda marketing media transfer "
                         "major big huge real stunning remarkable significant symbolic".split()),
    # what only warns ("fired warning shots at a drone"): a show of force (CAMEO 150), no attack
    "warnings": frozenset(["warning"]),
    "coming": frozenset(["come"]),  # what someone "came under" ("came under fire"): undergone
    "joint": frozenset("joint jointly combined bilateral trilateral multinational".split()),  # CAMEO 062
    # people fleeing that a state takes in ("took in 3,000 refugees": humanitarian aid, CAMEO 073)
    "refugees": frozenset("refugee asylum-seeker evacuee migrant".split()),
    # ways across a frontier a state closes or reopens ("reopened its border with Armenia")
    "crossings": frozenset("border crossing frontier airspace checkpoint corridor".split()),
    # what is stopped at sea and taken ("intercepted two boats": a seizure, CAMEO 171; not a plane
    # escorted, a missile shot down, nor a shipment of drugs, a customs matter)
    "craft": frozenset("boat ship vessel tanker dhow trawler ferry freighter yacht".split()),
    # what services exchange (CAMEO 064: "exchanged intelligence on militant movements", "swapped
    # information on the suspects"; information a party provides stays words, blocked as discourse)
    "intel": frozenset("intelligence intel tip-off information".split()),  # (not "data": astronomers'
    # too)
    # what is licensed from one party to another as material cooperation (CAMEO 061: "licensed its
    # howitzer technology to Poland's arms maker"; not "licensed the song")
    "technology": frozenset("technology design patent blueprint production".split()),
    # what states or services pool ("pooled their coastguard resources"; not "pooled their savings")
    "pooled": frozenset("resource asset capability force intelligence".split()),
    # verbs that voice a stance a noun names ("expressed solidarity", "declared its solidarity")
    "voicing": frozenset("express voice declare show reaffirm reiterate pledge offer extend convey".split()),
    # bodies that guard their own premises or push their own brand ("retailers beefed up
    # security", "the league strengthened its presence", "the gym recruited fighters"): no state's force
    "businesses": frozenset("company firm retailer store shop chain brand bank league club board airline hotel "
                            "mall supermarket gym academy team business".split()),
    # what a state censors besides the media's own words ("censored news reports", "posts")
    "censored": frozenset("news post coverage content article broadcast book film song message".split()),
    # what is beefed up, stepped up or tightened when a state raises its guard (CAMEO 153:
    # "beefed up security along the border", "increased its military presence"; not sales)
    "posture": frozenset("security presence patrol vigilance surveillance deployment garrison troop force".split()),
    # what is bombarded besides ground by name ("pounded militant targets", "pounded rebel positions")
    "targets": frozenset("target position stronghold hideout bastion".split()),
}
# what is carried to people in need ("blocked an aid convoy", "blocked deliveries of food"): a
# blockade of it restricts movement (CAMEO 191), no protest
WORD_CLASSES["shipments"] = WORD_CLASSES["aid"] | frozenset(
    "convoy delivery shipment consignment truck lorry".split())
# what hits a country in the economic pages ("inflation hit 9 percent", "sanctions have hit
# the economy", "weak demand hit exports"): a market's or a measure's toll, no strike
WORD_CLASSES["economy"] = WORD_CLASSES["markets"] | frozenset(
    "inflation cost demand rate unemployment economy growth sale export import output recession "
    "slowdown downturn crisis shortage sanction tariff deficit debt".split())
# who punishes a country, a firm or a party in the economic or election pages ("markets punished
# Turkey", "investors punished the shares", "voters punished the ruling party"): a verdict of the
# market or the polls, no measure of force (not "traders at the market punished two women")
WORD_CLASSES["traders"] = WORD_CLASSES["economy"] | frozenset("investor speculator voter electorate".split())
# what police disperse, break up or quell (CAMEO 175): a crowd or its gathering, not smoke or
# funds ("dispersed the protesters", "broke up the rally"; not "broke up the meeting")
WORD_CLASSES["crowds"] = WORD_CLASSES["protesters"] | frozenset(
    "rioter mob supporter protest demonstration rally march sit-in vigil riot unrest uprising "
    "gathering".split())
# whom a party salutes or lauds ("saluted Ukraine's soldiers", "lauded the mediators")
WORD_CLASSES["backed_parties"] = WORD_CLASSES["person"] | WORD_CLASSES["rulers"] | WORD_CLASSES["outfits"] \
    | WORD_CLASSES["guests"] | WORD_CLASSES["followers"] | frozenset({"people", "nation", "country"})
# whom a party stands with or by: a people, a state or a body ("stand with the people of Moldova",
# "stand by Lebanon"; not a person stood beside in a photo, "stands with Japanese representatives",
# nor "stood by the door", "stood with candles")
WORD_CLASSES["stood_by"] = WORD_CLASSES["outfits"] | frozenset({"people", "nation", "country"})
# military aircraft and vehicles, by their own word or a military mark on it ("army helicopters
# took up positions"; not "a rescue helicopter"): word_class reads the mark
WORD_CLASSES["war_craft"] = frozenset("gunship warplane bomber".split())
# armed men of a state or of none as the ones who march ("troops marched into Kidal", "M23
# rebels marched on Goma"): a movement of force, not a protest march
WORD_CLASSES["fighting_men"] = WORD_CLASSES["forces"] | frozenset(
    "rebel insurgent militant fighter guerrilla jihadist gunman paramilitary mercenary militiaman".split())
# armed men of a state or of none, settlers, gangs and mobs: who razes, bulldozes or evicts
# by force ("settlers razed olive groves", "gangs evicted hundreds of residents")
WORD_CLASSES["raiders"] = WORD_CLASSES["fighting_men"] | frozenset(
    "settler gang gangster bandit rioter mob".split())
# what relief hands out besides aid's own words ("distributed maize, tarpaulins and vouchers"):
# goods also traded, so only verbs of handing out read them as aid (not "traders brought maize")
WORD_CLASSES["relief"] = WORD_CLASSES["aid"] | frozenset(
    "maize sorghum tarpaulin voucher seed basket mattress clothing".split())
# armed men of no state and their bands: who seizes people abducts them ("Kidnappers seized 30
# passengers", "Gunmen seized a priest"), where police who seize suspects arrest them
WORD_CLASSES["abductors"] = words("irregular_doers") | words("armed_bands") | frozenset({"militiaman"})
# people told by a common noun, whom such men seize ("seized 30 passengers"): the person words
# without the entity rule of ``word_class`` (a name, which the tagger may give a town: "M23 rebels
# seized Goma" is ground taken)
WORD_CLASSES["people_told"] = WORD_CLASSES["person"]
# what goes off as an attack ("a roadside bomb went off"; not "stored shells went off after a fire")
WORD_CLASSES["bombs"] = frozenset("bomb device ied explosive grenade landmine".split())
# what a court throws out when a party brings it ("threw out the opposition's appeal"): a rejection
WORD_CLASSES["appeals"] = frozenset("appeal challenge petition lawsuit complaint bid motion".split())
# pictures and records a camera or a hacker takes ("tourists captured pictures"): no capture of
# anyone (not "post", "figure" or "list", which the media words hold: "captured an army post")
WORD_CLASSES["imagery"] = frozenset("picture photo photograph image footage video data recording".split())
# what rises or falls in a market report ("sales exploded", "prices exploded"): no blast (not
# "stock", which an ammunition stock is)
WORD_CLASSES["upswings"] = frozenset("sale price demand cost popularity inflation interest usage traffic "
                                     "growth".split())
# people held by another side, whom an exchange or a swap frees ("a prisoner exchange"; not "a
# student exchange", "people-to-people exchanges")
WORD_CLASSES["captives"] = frozenset("prisoner detainee hostage captive pow".split())
# why armed men cross a border or push into a place other than to fight ("crossed into Tajikistan to
# escape the Taliban", "crossed into Poland for NATO exercises", "crossed ... and surrendered")
WORD_CLASSES["flight"] = frozenset("escape flee refuge asylum surrender exercise drill training manoeuvre "
                                   "maneuver".split())
# how a plan or a speech is received ("was met with criticism", "met with a backlash"): no meeting (not
# "opposition", which may be the party met)
WORD_CLASSES["reactions"] = frozenset("criticism resistance skepticism scepticism approval anger outrage applause "
                                      "condemnation derision disbelief dismay silence hostility backlash praise "
                                      "protest response retaliation force reprisal welcome".split())
# (what a provocation "will be met with": "force", "a decisive response")
# what stops a flow ("the pause in aid", "a halt to deliveries", "the suspension of assistance")
WORD_CLASSES["stoppages"] = frozenset("pause halt suspension freeze cutoff cut-off stoppage".split())
# a crowd that riots when it burns or loots ("demonstrators burned tyres", "a mob torched cars")
WORD_CLASSES["rioters"] = WORD_CLASSES["protesters"] | frozenset("rioter mob".split())
# what marks people as a crowd on the street ("striking teachers", "protesting farmers")
WORD_CLASSES["crowd_marks"] = frozenset("striking protesting demonstrating marching rioting rallying".split())
# support as a stance ("pledged its full support for the initiative": CAMEO 051), unless its
# word says it is aid ("military support", "financial backing": CAMEO 033)
# a resignation accepted is the resignation told again ("the president accepted the resignation")
WORD_CLASSES["resignation"] = frozenset(["resignation"])
# a race for office one enters, leaves or is named for ("withdrew from the race", "accepted the
# nomination"): a candidate's step, no act on another party
WORD_CLASSES["contests"] = frozenset("race contest runoff run-off primary primaries nomination "
                                     "candidacy".split())  # (not an election: a party that quits one
# boycotts it)
WORD_CLASSES["bribes"] = frozenset("bribe kickback".split())  # "accepted bribes": graft, no accord
# a hazard people are moved out of the way of ("ordered the evacuation ahead of Hurricane Milton"):
# relief (CAMEO 073), not people driven out (174)
WORD_CLASSES["hazards"] = words("natural_hazards") | frozenset("volcano volcanic".split())
WORD_CLASSES["backing"] = frozenset("support backing endorsement solidarity".split())
# what a state bestows on a person it honours ("conferred its highest civilian honour on Modi": praise, 051)
WORD_CLASSES["honours"] = frozenset("honour honor award medal decoration prize title order".split())
# who is sent to talk, not goods or forces ("sent an envoy to Kyiv": a visit, CAMEO 04, not aid)
WORD_CLASSES["envoys"] = frozenset("envoy emissary negotiator mediator".split())  # (not "a delegation of
# doctors", "a medical delegation": aid)
WORD_CLASSES["aid_marks"] = frozenset("military financial economic humanitarian material technical logistical "
                                      "budgetary medical monetary".split())
# who walks off the job: "teachers strike", "dockworkers struck" (CAMEO 143), not "jets struck"
# a reason a party is attacked in words ("attacked Trump for his comments", "over its handling
# of the crisis"): a criticism (CAMEO 111); not a dispute fought over land or water
WORD_CLASSES["grievance"] = (WORD_CLASSES["policy"] | WORD_CLASSES["conduct"] | WORD_CLASSES["discourse"]
                             | frozenset("failure coverage silence inaction refusal delay tweet post deal "
                                         "budget".split()))  # ("clashed with the opposition over the deal")
WORD_CLASSES["workers"] = frozenset(
    "worker employee staff teacher nurse doctor physician miner dockworker docker driver trucker "
    "pilot union unionist labourer laborer farmer student lecturer fisherman fishermen vendor "
    "trader shopkeeper".split())  # ("fishermen blockaded the port": a protest)
# what fans and crowds set off for show, no bomb ("set off smoke bombs and flares")
WORD_CLASSES["pyrotechnics"] = frozenset("smoke flare firework firecracker pyrotechnic".split())
# gas made for crowds, not for war ("used tear gas": repression, 175; "used sarin gas": 2041)
WORD_CLASSES["riot_gas"] = frozenset("tear teargas pepper cannon".split())  # "water cannon"
# what a violation (CAMEO 196) breaks: an agreement, a truce or a border, not a rule or a law
WORD_CLASSES["truce"] = WORD_CLASSES["agreement"] | frozenset(
    "ceasefire cease-fire armistice airspace border sovereignty waters".split())


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One way a word can report an event."""

    lemma: str
    pos: str
    code: str
    extra: tuple[str, ...] = ()
    weight: float = 1.0
    preps: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    obj_codes: tuple[tuple[str, str], ...] = ()
    subj_codes: tuple[tuple[str, str], ...] = ()
    ctx_codes: tuple[tuple[str, str], ...] = ()
    kind_codes: tuple[tuple[str, str], ...] = ()
    gov_codes: tuple[tuple[str, str], ...] = ()
    prep_codes: tuple[tuple[str, str], ...] = ()
    reason_codes: tuple[tuple[str, str], ...] = ()
    whence_codes: tuple[tuple[str, str], ...] = ()
    occasion_codes: tuple[tuple[str, str], ...] = ()
    target_preps: tuple[str, ...] = ()
    actor_preps: tuple[str, ...] = ()
    location_preps: tuple[str, ...] = ()
    block: tuple[str, ...] = ()
    object_block: tuple[str, ...] = ()
    need: tuple[str, ...] = ()
    need_subject: tuple[str, ...] = ()
    need_governor: tuple[str, ...] = ()
    governor_block: tuple[str, ...] = ()
    subject_block: tuple[str, ...] = ()
    xcomp: bool = False
    no_object: bool = False
    asks: bool = False
    unnamed: bool = False
    summons: str | None = None
    passive_person: bool = False
    poss_target: bool = False
    said_code: str | None = None
    obligation: bool = False  # read off what a statement says must, will or is needed to be done
    # (speechacts), not a lexicon row: its speaker is the actor


def _parse_row(row: str) -> LexEntry:
    cells = [c.strip() for c in row.split("|")]
    words = cells[0].split("+")
    lemma, extra = words[0].strip(), tuple(w.strip() for w in words[1:])
    pos, code = cells[1], cells[2]
    kwargs: dict = {}
    obj_codes: list[tuple[str, str]] = []
    subj_codes: list[tuple[str, str]] = []
    ctx_codes: list[tuple[str, str]] = []
    kind_codes: list[tuple[str, str]] = []
    gov_codes: list[tuple[str, str]] = []
    prep_codes: list[tuple[str, str]] = []
    reason_codes: list[tuple[str, str]] = []
    whence_codes: list[tuple[str, str]] = []
    occasion_codes: list[tuple[str, str]] = []
    for opt in (o.strip() for o in (cells[3] if len(cells) > 3 else "").split(";")):
        if not opt:
            continue
        key, _, value = opt.partition("=")
        if key == "w":
            kwargs["weight"] = float(value)
        elif key == "prep":
            kwargs["preps"] = tuple(value.split(","))
        elif key == "unless":
            kwargs["unless"] = tuple(value.split(","))
        elif key == "obj":
            cls, _, c = value.partition(":")
            obj_codes.append((cls, c))
        elif key == "subj":
            cls, _, c = value.partition(":")
            subj_codes.append((cls, c))
        elif key == "ctx":
            cls, _, c = value.partition(":")
            ctx_codes.append((cls, c))
        elif key == "kind":
            cls, _, c = value.partition(":")
            kind_codes.append((cls, c))
        elif key == "gov":
            cls, _, c = value.partition(":")
            gov_codes.append((cls, c))
        elif key == "pcode":
            prep, _, c = value.partition(":")
            prep_codes.append((prep, c))
        elif key == "why":
            cls, _, c = value.partition(":")
            reason_codes.append((cls, c))
        elif key == "whence":
            cls, _, c = value.partition(":")
            whence_codes.append((cls, c))
        elif key == "how":
            cls, _, c = value.partition(":")
            occasion_codes.append((cls, c))
        elif key == "tprep":
            kwargs["target_preps"] = tuple(value.split(","))
        elif key == "aprep":
            kwargs["actor_preps"] = tuple(value.split(","))
        elif key == "lprep":
            kwargs["location_preps"] = tuple(value.split(","))
        elif key == "block":
            kwargs["block"] = tuple(value.split(","))
        elif key == "objblock":
            kwargs["object_block"] = tuple(value.split(","))
        elif key == "need":
            kwargs["need"] = tuple(value.split(","))
        elif key == "needsubj":
            kwargs["need_subject"] = tuple(value.split(","))
        elif key == "needgov":
            kwargs["need_governor"] = tuple(value.split(","))
        elif key == "govblock":
            kwargs["governor_block"] = tuple(value.split(","))
        elif key == "subjblock":
            kwargs["subject_block"] = tuple(value.split(","))
        elif key == "noobj":
            kwargs["no_object"] = True
        elif key == "asks":
            kwargs["asks"] = True
        elif key == "noname":
            kwargs["unnamed"] = True
        elif key == "summons":
            kwargs["summons"] = value
        elif key == "xcomp":
            kwargs["xcomp"] = True
        elif key == "passive_person":
            kwargs["passive_person"] = True
        elif key == "poss" and value == "target":
            kwargs["poss_target"] = True
        elif key == "said":
            kwargs["said_code"] = value
        else:
            raise ValueError(f"unknown lexicon option {opt!r} in {row!r}")
    return LexEntry(
        lemma, pos, code, extra, obj_codes=tuple(obj_codes), subj_codes=tuple(subj_codes),
        ctx_codes=tuple(ctx_codes), kind_codes=tuple(kind_codes), gov_codes=tuple(gov_codes),
        prep_codes=tuple(prep_codes),
        reason_codes=tuple(reason_codes), whence_codes=tuple(whence_codes),
        occasion_codes=tuple(occasion_codes), **kwargs
    )


@functools.lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """word -> VADER valence (-4 .. 4), the sentiment lexicon the vaderSentiment package
    ships (7,500 words rated by ten people each): how good or bad a word says something is,
    beyond the few words the lexicon's classes list."""
    text = resources.files("vaderSentiment").joinpath(VALENCE_FILE).read_text("utf-8")
    table = {}
    for line in text.splitlines():
        word, _, rest = line.partition("\t")
        if word and " " not in word and rest:
            table[word] = float(rest.split("\t", 1)[0])
    return table


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, list[LexEntry]]:
    """head lemma -> entries, phrases (with ``extra`` words) first."""
    table: dict[str, list[LexEntry]] = {}
    rows = resources.files("eventwire").joinpath("data", "events", LEXICON_FILE).read_text("utf-8")
    for raw in rows.splitlines():
        row = raw.strip()
        if not row or row.startswith("#"):
            continue
        entry = _parse_row(row)
        table.setdefault(entry.lemma, []).append(entry)
    for entries in table.values():
        entries.sort(key=lambda e: -len(e.extra))
    return table


def event_noun(tok: Any) -> bool:
    """A noun the lexicon reads as an event ("the talks", "the attack"): a happening, not a
    thing or a person."""
    return tok.pos_ == "NOUN" and any(e.pos == "N" for e in lexicon().get(tok.lemma_.lower(), ()))

"""ACLED event type and sub-event type of an event, from its PLOVER reading and its words.

ACLED codes political violence, protest and a few strategic developments; an event of
another kind (a meeting, a statement of support) gets ``acled: null``. The cue word
lists follow the sub-event definitions of ACLED's public codebook.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..record import ACLED_SUB_TO_TYPE
from .cameo import LEGAL_ACTION_CODE, VERBAL_DEFENCE_CODE
from .clausewords import SHOW_OF_FORCE_CODE
from .mood import REPRESSION_CODE

SUB_TO_TYPE = ACLED_SUB_TO_TYPE  # the contract's table (record.py)
SUB_EVENTS = tuple(SUB_TO_TYPE)


# Talks or a deal a party leaves ("pulled out of the ceasefire negotiations", "withdrew from the
# Black Sea grain agreement"): leaving them gives up no ground, and is no agreement either.
TALKS_LEFT = (r"(?: of| from)? (?:the |a |an |its |their )?"
              r"(?:(?!(?:under|in|with|after|as|to|by|at|on|for|of|and|a|an|the|following|amid|ahead|"
              r"despite|before|during|per|over|into|since|without|within|through)\b)[\w-]+ ){0,3}"
              r"(?:talks|negotiations|deal|agreement|accord|treaty|dialogue|process|pact|coalition|"
              r"elections?|race|contest|runoff|run-off|primary|ballot|vote|polls?)\b")  # (a candidate
# leaving a race gives up no ground either)
NOT_CRAFT = (r"(?!\w*\s+(?:(?!(?:drones?|missiles?|rockets?)\b)\w+\s+){0,3}"
             r"(?:boats?|vessels?|ships?|ferry|ferries|dhows?|trawlers?|tankers?)\b"
             r"(?!.{0,40}\b(?:weapons?|arms|missiles?|rockets?|drones?|explosives?|ammunition)\b))")
# (a boat stopped at sea is no weapon stopped: "intercepted two boats carrying migrants"; one
# carrying weapons is: "intercepted a dhow carrying weapons bound for the Houthis")
NOT_FROM_TALKS = r"(?!" + TALKS_LEFT + ")"  # (not "withdrew from Bunia under a deal": ground)


def _words(*parts: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(parts) + r")", re.I)


# Accords only the sides of a conflict make: ACLED's agreement cues, and what makes an accord one
SIDES_ACCORDS = (r"ceasefire", r"cease-fire", r"truce", r"prisoner (?:exchange|swap)", r"surrender", r"capitulat",
                 r"evacuation deal", r"laid down (?:their )?arms")


LEAVING_TALKS = _words(*(verb + TALKS_LEFT for verb in (
    r"withdr[ae]w(?:al|n|s|ing)?", r"pull(?:ed|s|ing)? out", r"quit(?:s|ting)?", r"walk(?:ed|s|ing)? out",
    r"exit(?:ed|s|ing)?", r"abandon(?:ed|s|ing)?", r"(?:left|leav(?:e|es|ing))", r"suspend(?:ed|s|ing)?")))


CAMPAIGN_RALLY = r"(?<!campaign )(?<!election )"  # a candidate's rally is no protest
# "riot" names rioters, not the police sent against them ("riot police", "anti-riot unit")
RIOT = r"(?<!anti-)riot(?!s?[ -](?:police|gear|squad|control|officers?|units?|troops|shields?))"

# Ground taken with no fight: the codebook's non-violent transfer of territory, not a
# territory type of the battles ("allowed Daesh to seize it without resistance").
PEACEFULLY = (r"without (?:a |any )?(?:fight(?:ing)?|resistance|a shot being fired|firing a shot|"
              r"bloodshed|clashes|a battle)")

PEACEFUL = re.compile(PEACEFULLY, re.I)

CUES: dict[str, re.Pattern[str]] = {
    "Chemical weapon": _words(r"chemical", r"chlorine", r"sarin", r"mustard gas", r"toxic gas",
                              r"nerve agent", r"poison(?:ous)? gas", r"gas attack",
                              r"suffocat", r"respiratory", r"breathing difficult"),
    # the bomber dies by the bomb (codebook: "the attacker detonates explosives on or near
    # their body"): "blew themselves up", "detonated explosives, killing themselves"
    "Suicide bomb": _words(r"suicide", r"self-?detonat", r"explosive (?:vest|belt)",
                           r"(?:blew|blown|blow|blowing|detonat\w*) (?:themselves|himself|herself)",
                           r"(?:detonat|explod)\w*[^.;]{0,40}killing (?:themselves|himself|herself)"),
    "Air/drone strike": _words(r"air ?strike", r"air raid", r"warplane", r"fighter jet", r"jets?\b",
                               r"drones?\b", r"aircraft", r"aerial", r"helicopter", r"choppers?\b",
                               r"gunships?\b", r"air force",
                               r"bombers?\b", r"planes?\b", r"air-strike", r"airstrike"),
    "Shelling/artillery/missile attack": _words(r"shell", r"artillery", r"mortar", r"rocket",
                                                r"missile", r"howitzer", r"bombard", r"katyusha",
                                                r"projectile", r"tank fire"),
    "Remote explosive/landmine/IED": _words(r"\bIEDs?\b", r"improvised explosive", r"landmine",
                                            r"land mine", r"roadside bomb", r"car bomb",
                                            r"explosive device", r"booby",
                                            # a mine that blew up, not one dug ("a coltan mine")
                                            r"(?:hit|struck|stepped on|ran over|drove over|triggered)"
                                            r" (?:an? |the )?(?:\w+ )?mines?\b", r"\bmines? (?:blast|explo|went off)",
                                            r"anti-?(?:personnel|tank|vehicle) mines?",
                                            r"bomb (?:exploded|went off|blast)", r"planted",
                                            r"detonat", r"remote(?:ly)?[- ](?:detonat|control)",
                                            r"set off (?:\w+ ){0,3}(?<!smoke )(?:bombs?|explosives?|devices?|IEDs?)"),
    "Grenade": _words(r"grenade", r"\bRPGs?\b"),
    "Sexual violence": _words(r"rap(?:e|ed|ing|ist)\b", r"gang-?rap", r"sexual", r"molest"),
    "Abduction/forced disappearance": _words(r"abduct", r"kidnap", r"hostage", r"disappear",
                                             r"taken captive"),
    "Excessive force against protesters": _words(r"(?:killed|killing|shot|shooting dead|fired on|opened fire on|"
                                                 r"beat(?:en|ing)?\b|"
                                                 r"live (?:ammunition|rounds|bullets)|injur|wound|"
                                                 r"excessive force|suppress).{0,80}"
                                                 r"(?:protest|demonstrat|marcher)",
                                                 r"(?:protest|demonstrat).{0,80}(?:killed|killing|"
                                                 r"shot dead|live (?:ammunition|rounds|bullets)|"
                                                 r"injur|wound)", r"excessive force",
                                                 r"violently (?:suppress|disperse)"),
    "Protest with intervention": _words(r"tear ?gas", r"dispers", r"water cannon", r"rubber bullet",
                                        r"arrest", r"detain",
                                        r"baton", r"arrested .{0,30}(?:protest|demonstrat)",
                                        r"police (?:intervened|broke up|cracked)", r"clash.{0,30}police"),
    "Violent demonstration": _words(RIOT, r"violen", r"stone", r"rocks?\b", r"threw",
                                    r"throw", r"projectile", r"(?<!self )ablaze", r"firecracker",
                                    r"petrol bomb", r"smash", r"damag", r"aggressive",
                                    r"clash", r"attacked (?:police|security)",
                                    r"pelted", r"torched", r"set (?:on )?fire", r"vandali[sz]",
                                    r"molotov", r"burn(?:ed|t|ing) (?:tyres|tires|vehicles|cars)",
                                    r"clash(?:ed)? with (?:police|security)"),
    "Mob violence": _words(r"\bmob\b", r"lynch", r"vigilante", r"angry crowd"),
    "Peaceful protest": _words(r"protest", r"demonstrat", CAMPAIGN_RALLY + r"rally", r"march(?:ed|ing)?\b",
                               r"sit-in", r"strike", r"picket", r"boycott"),
    "Government regains territory": _words(r"regain", r"recaptur", r"retook", r"retake",
                                           r"liberat", r"took back", r"back under", r"freed\b",
                                           r"pushed back", r"drove (?:out|back)",
                                           # "expelled the militants from the town", not
                                           # diplomats or gold miners expelled (no ground taken
                                           # from an armed group)
                                           r"expelled (?:the |a |an )?(?:[\w-]+ ){0,3}(?:militants?|fighters?|rebels?|"
                                           r"insurgents?|jihadists?|gunmen|terrorists?|militia\w*|bandits?|"
                                           r"forces|troops|soldiers|extremists?)\b.{0,40}\bfrom\b",
                                           r"cleared .{0,40}of"),
    "Non-state actor overtakes territory": _words(r"(?:seized|captured|overran|took|taken|gained|wrested) "
                                                  r"(?:full )?control", r"overr[au]n",
                                                  r"seized the", r"captured", r"took over", r"gained ground",
                                                  r"seized (?-i:[A-Z])[\w-]+(?=,|\.| on | from | after | in )",
                                                  r"fell to", r"occupied"),  # (not "stormed a hotel,
    # killing nine": an assault that takes no ground)
    "Armed clash": _words(r"clash", r"fighting", r"battle", r"exchange of fire", r"gunfight",
                          r"firefight", r"fought", r"gun battle", r"skirmish", r"engaged",
                          r"shoot-?out", r"exchanged? (?:of )?fire", r"fire exchange",
                          r"ambush"),
    "Arrests": _words(r"arrest", r"detain", r"detention", r"apprehend", r"custody", r"rounded up"),
    "Agreement": _words(r"agreement", *SIDES_ACCORDS, r"peace deal", r"signed", r"accord\b", r"agreed",
                        r"exchange.{0,30}prisoners", r"repatriat", r"released"),
    "Disrupted weapons use": _words(r"defus", r"diffus", r"seized (?:weapons|arms|explosives)",
                                    r"(?:found|discovered|uncovered|cleared|removed|seized)"
                                    r"\b.{0,60}(?:explosive|mines|grenades|ammunition|arms|"
                                    r"weapons|IED)", r"arms cache", r"weapons cache",
                                    r"(?:firearms?|pistols?|rifles?|revolvers?|ammunitions?|"
                                    r"bullets|cartridges|munitions|landmines|grenades|"
                                    r"explosives?|detonators)\b.{0,80}(?:seized|captured|found|"
                                    r"recovered|confiscated|discovered)",
                                    r"cache", r"foiled", r"intercept" + NOT_CRAFT, r"dismantl", r"thwart",
                                    r"shot down", r"disarmed", r"bomb disposal", r"recovered"),
    "Headquarters or base established": _words(r"headquarters", r"(?:set up|established|"
                                               r"establish|created|built) (?:a |an |the )?"
                                               r"(?:new |sixth |first |second |third )?"
                                               r"(?:military )?(?:base|camp|outpost|"
                                               r"headquarters|position|observation|checkpoint|"
                                               r"post)", r"observation (?:post|point)s?"),
    "Looting/property destruction": _words(r"loot", r"plunder", r"destroy(?!er)", r"demolish", r"st(?:ole|olen|eal)\b",
                                           r"torch", r"burn(?:ed|t) (?:down )?(?:houses|homes|"
                                           r"shops|property|villages)", r"vandal", r"ransack"),
    "Non-violent transfer of territory": _words(r"handed over", r"withdr[ae]w from" + NOT_FROM_TALKS,
                                                r"pulled out" + NOT_FROM_TALKS,
                                                r"took over .{0,30}(?:without|peacefully)",
                                                r"transfer(?:red)? control", r"vacated",
                                                r"(?:leaving|left) (?:it|them|\w+ \w+) (?:\w+ ){0,2}in the hands of"),
    "Change to group/activity": _words(r"merge", r"\bjoin(?:ed)?\b", r"defect", r"split",
                                       r"reinforc", r"dispatch", r"deploy", r"withdr[ae]wn?",
                                       r"mobiliz", r"redeploy", r"pull(?:ed)? back", r"convoy",
                                       r"fortif", r"moving troops",
                                       r"new (?:group|leader|commander)", r"appointed",
                                       r"recruit", r"rename", r"dissolv", r"formed"),
}

# PLOVER reading -> sub-event types it can be (checked in this order, first cue wins),
# and the default when no cue is present (None: ACLED does not code it without a cue).
BY_PLOVER: dict[str, tuple[tuple[str, ...], str | None]] = {
    "ASSAULT": (("Chemical weapon", "Suicide bomb", "Grenade", "Remote explosive/landmine/IED",
                 "Air/drone strike", "Shelling/artillery/missile attack", "Sexual violence",
                 "Abduction/forced disappearance", "Mob violence", "Government regains territory",
                 "Non-state actor overtakes territory", "Armed clash"), "Attack"),
    "PROTEST": (("Mob violence", "Excessive force against protesters", "Violent demonstration",
                 "Protest with intervention"), "Peaceful protest"),
    "COERCE": (("Disrupted weapons use", "Abduction/forced disappearance",
                "Government regains territory", "Non-state actor overtakes territory",
                "Looting/property destruction", "Arrests", "Non-violent transfer of territory"),
               None),
    "RETREAT": (("Non-violent transfer of territory", "Agreement", "Change to group/activity"),
                None),
    "AGREE": (("Agreement",), None),
    "SUPPORT": (("Agreement",), None),
    "CONCEDE": (("Agreement",), None),
    "MOBILIZE": (("Headquarters or base established", "Change to group/activity"),
                 "Change to group/activity"),
}
# A protest that blocks roads: ACLED's codebook counts road-blocking among the destructive
# acts of a violent demonstration (read only for a protest that is the blocking, CAMEO 144:
# troops blocking a road are no riot, nor is a march told beside a police roadblock).
BLOCKADE_CODE = "144"
ROAD_BLOCKING = _words(r"(?:block|barricad|shut(?:ting)? down)\w* (?:off )?(?:\w+ ){0,2}"
                       r"(?:roads?|streets?|highways?|railways?|rail lines?|bridges?|traffic|"
                       r"junctions?|intersections?)", r"(?:set up|erected|built|put up) (?:\w+ )?barricades")
PROTEST_WORDS = _words(r"protest", r"demonstrat", CAMPAIGN_RALLY + r"rall(?:y|ies)", RIOT, r"marcher")
# A state's protest lodged with another ("filed a protest with Thailand over the arrest of its
# workers", "a protest note"): diplomacy, no crowd an arrest or a shot could break up
DIPLOMATIC_PROTEST = _words(r"(?:lodg(?:e|ed|es|ing)|fil(?:e|ed|es|ing)|register(?:s|ed|ing)?|submit(?:s|ted|ting)?|"
                            r"deliver(?:s|ed|ing)?|hand(?:s|ed|ing)?(?: over)?) (?:an?|its|their) (?:\w+ ){0,2}"
                            r"protests?\b", r"protest (?:note|letter)s?\b")  # (not "filming a protest")


# A protest still to come ("arrested 15 activists ahead of a planned rally"): no protest held
# that an arrest broke up
PROTEST_NAMES = r"(?:protests?|rall(?:y|ies)|demonstrations?|marche?s?|sit-ins?)\b"
PROTEST_TO_COME = _words(r"(?:ahead of|in the run-up to|to prevent|to stop|to block) (?:\w+ ){0,3}?"
                         + PROTEST_NAMES)  # (not "at a planned rally", "broke up the planned protest": held)


EXCESSIVE_FORCE = "Excessive force against protesters"
# Force a protest may meet, in one vocabulary: what marks force told at a protest ("killed two
# people during protests over ..."), which the words of a grievance never hold
FORCE_STEMS = (r"kill", r"shot\b", r"shoot", r"fir(?:e|ed|es|ing)\b", r"open(?:ed|s)? fire", r"wound", r"injur",
               r"beat", r"tear ?gas", r"dispers", r"clash", r"water cannon", r"rubber bullet", r"baton",
               r"live (?:ammunition|rounds|bullets)")
FORCE_TOLD = r"(?:" + "|".join(FORCE_STEMS) + r")"
# A protest over a deed of force done before it ("Protests erupted after the police killing of
# Rayshard Brooks", "marched against the shooting of a student"): the deed is the grievance, no
# force at the protest
GRIEVED_DEED = _words(PROTEST_NAMES + r"(?:,? (?!" + FORCE_TOLD + r")\w+){0,6}?,? (?:after|over|following|"
                      r"against|sparked by|triggered by|in response to|in protest at) (?:\w+ ){0,5}?"
                      r"(?:killings?|killed|shootings?|shot|deaths?|murders?|beating|beaten|arrests?|arrested|"
                      r"detention)\b")
FORCE_AT = _words(*FORCE_STEMS, r"arrest", r"detain")  # force or arrests told outside a grievance


def grievance_cut(sentence: str) -> str:
    """The sentence without a protest over a deed done before it ("Protests erupted after police
    killed ..."), unless force or arrests are told in its other words ("Police killed two people
    during protests over the arrest of ...": at the protest; also the deed's own words after its
    noun, "the killing of a man arrested by soldiers", which keeps the sentence whole)."""
    cut = GRIEVED_DEED.sub(" ", sentence)
    return sentence if cut != sentence and FORCE_AT.search(cut) else cut


def crowd_protest_told(sentence: str) -> bool:
    """The sentence tells of a protest a crowd may hold or held (not a diplomatic one, nor one
    still to come), other than over the deed told ("Protests erupted after police killed ...")."""
    told = grievance_cut(PROTEST_TO_COME.sub(" ", DIPLOMATIC_PROTEST.sub(" ", sentence)))
    return bool(PROTEST_WORDS.search(told))
ARMED_WORDS = re.compile(r"\b(?:army|troops|forces|militants?|rebels?|fighters|soldiers|"
                         r"checkpoints?|bases?|convoys?|patrols?|positions|outposts?|police|"
                         r""
                         r"insurgents|gunmen|militia|militiam[ae]n|military|jihadists|ISIS|ISIL|Daesh|Taliban|"
                         r"al-Shabaab|Boko Haram|SDF|PKK|terrorists)\b", re.I)
CIVILIAN_WORDS = _words(r"civilian", r"villager", r"resident", r"women", r"child", r"farmer",
                        r"student", r"worker", r"passer", r"man\b", r"woman", r"family",
                        r"journalist", r"teacher", r"shopkeeper", r"worshipper", r"communit",
                        r"miner", r"trader", r"labou?rer", r"driver", r"herder", r"fisherm",
                        r"pilgrim", r"passenger", r"pupil", r"patient", r"doctor", r"nurse",
                        r"cleric", r"priest", r"imam", r"merchant", r"vendor")
# Civilian sites an attack may be aimed at ("attacked nearly 10 villages"): as its target, not
# named anywhere in the sentence ("soldiers clashed with rebels near a school").
CIVILIAN_SITES = _words(r"villages?\b", r"homes?\b", r"houses?\b", r"markets?\b", r"schools?\b",
                        r"hospitals?\b", r"church", r"mosque")
# The teller of the act ("..., police said", "Police said ...", "according to the army"):
# an armed body named only as a source is no side of it.
TELLING = re.compile(r",[^,]{0,60}?\b(?:said|says|told|reported|added)\b[^,]*$"
                     r"|^[^,]{0,60}?\b(?:said|says)\b(?:\s+on\s+\w+)?(?:\s+that)?"
                     r"|\baccording to\b[^,]*", re.I)
# Strategic developments the words name whatever the PLOVER reading, most specific first.
STRATEGIC = ("Chemical weapon", "Suicide bomb", "Grenade", "Sexual violence",
             "Abduction/forced disappearance", "Excessive force against protesters",
             "Violent demonstration", "Mob violence", "Government regains territory",
             "Non-state actor overtakes territory", "Headquarters or base established",
             "Disrupted weapons use", "Remote explosive/landmine/IED", "Air/drone strike",
             "Shelling/artillery/missile attack", "Looting/property destruction",
             "Change to group/activity", "Non-violent transfer of territory", "Arrests",
             "Agreement")
# An attack is never a peaceful development: "attacked a convoy" is not a change of activity.
VIOLENT_STRATEGIC = tuple(sub for sub in STRATEGIC if sub not in {
    "Change to group/activity", "Non-violent transfer of territory", "Arrests", "Agreement",
    "Headquarters or base established"})
# A non-violent act (a withdrawal, a deployment, a weapons test, an accord) takes no violent
# type from the violence told beside it ("withdrew after days of shelling").
VIOLENT_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
PEACEFUL_STRATEGIC = tuple(sub for sub in STRATEGIC if SUB_TO_TYPE[sub] not in VIOLENT_EVENT_TYPES)
# Threats whose own words may be violent ("threatened officials and smashed windows"), though
# not the cause told beside them (``stage._causes``: "after a drone strike").
CUED_THREATS = frozenset({"THREATEN"})
ARMED_THREATS = frozenset({"COERCE"}) | CUED_THREATS  # force, or such a threat, may be violent
# CAMEO codes of coercion by decree (administrative sanctions, bans, curfews, emergencies):
# never violence, whatever the words around them ("closed its airspace to
# Belarusian planes" is no air strike)
# What a show of force may be to ACLED: a development of no violence, or an intervention in a protest
SHOWN_FORCE = frozenset({"Headquarters or base established", "Change to group/activity", "Protest with intervention"})
DECREE_CODES = frozenset({"172", "1721", "1722", "1723", "1724"})
# Acts whose cause or time told beside them is another happening's, whose words give them no
# type ("imposed a curfew after clashes", "arrested him a day after protests turned violent").
CAUSED_ACTS = frozenset({"COERCE"}) | CUED_THREATS
# Acts that are never political violence, whatever the sentence around them tells: a deal, a
# meeting, a deployment or a sanction told beside an attack is no attack (a learned revision
# may not make it one either).
PEACEFUL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "ACCUSE",
                            "REQUEST", "REJECT", "MOBILIZE", "SANCTION"})
GROUND_LOSERS = frozenset({"RETREAT"})  # a retreat may be ground another side took in a battle,
RELEASE_PREFIX = "084"  # but a release of people (CAMEO 084x: "354 passengers were freed") is no ground
GROUND_STRATEGIC = tuple(sub for sub in STRATEGIC if sub in PEACEFUL_STRATEGIC
                         or sub in ("Government regains territory", "Non-state actor overtakes territory"))
PEACEFUL_NO_AGREEMENT = tuple(sub for sub in PEACEFUL_STRATEGIC if sub != "Agreement")  # a denial, a
# threat or a sanction: neither violence nor an accord ("denied targeting civilians" near "clashed")
# An armed doer's violence is no riot nor a crowd's protest.
ARMED_STRATEGIC = tuple(sub for sub in VIOLENT_STRATEGIC
                        if sub not in {"Violent demonstration", "Excessive force against protesters"})
# Weapons that make an attack on a rally that attack (``_bombed``).
EXPLOSIVE_CUES = ("Suicide bomb", "Remote explosive/landmine/IED", "Grenade", "Air/drone strike")
# ACLED's agreement is one between the sides of a conflict: a truce, a peace deal, a surrender,
# an exchange of prisoners, or an accord an armed party takes part in (not a trade deal or a
# loan: "signed an electricity trade deal")
CONFLICT_ACCORDS = _words(*SIDES_ACCORDS, r"peace", r"armistice",
                          r"(?:prisoners?|detainees|captives|POWs|hostages?)\b", r"disarm", r"de-?escalation",
                          r"hostilities", r"war\b", r"fighting", r"conflict", r"clashes", r"violence", r"firing",
                          r"humanitarian pause", r"halt to (?:\w+ )?strikes", r"corridor", r"warring")
ACCORD_TYPES = frozenset({"AGREE", "SUPPORT", "CONCEDE"})
ULTIMATUM_CODE = "139"  # CAMEO: give ultimatum
# Coercion ("locked down") is no agreement, even in a sentence about a surrender; nor is a
# demand, refusal or threat about one ("demanded that the rebels surrender").
NO_AGREEMENT_STRATEGIC = tuple(sub for sub in STRATEGIC if sub != "Agreement")
# nor does coercion set up a base ("searched the headquarters of the party")
COERCION_STRATEGIC = tuple(sub for sub in NO_AGREEMENT_STRATEGIC if sub != "Headquarters or base established")
# Cue lists that may be read from the neighbouring sentences (the weapon is often named there).
WEAPON_CUES = frozenset({"Chemical weapon", "Suicide bomb", "Grenade", "Remote explosive/landmine/IED",
                         "Air/drone strike", "Shelling/artillery/missile attack", "Sexual violence",
                         "Abduction/forced disappearance"})
# CAMEO's cuts in relations (reduce relations, break diplomatic ties, halt talks or mediation):
# diplomacy, never a change to an armed group ("withdrew from the Organization of American States").
DIPLOMATIC_CUTS = frozenset({"160", "161", "164", "165"})
# Other PLOVER readings that take an ACLED type only when the sentence's words name one.
# (Not a demand: "demanded the release of demonstrators detained" is no arrest; ACLED codes no
# statements, and the rows guideline gives a demand no ACLED type.)
CUE_ONLY_TYPES = frozenset({"REJECT", "CONSULT", "AID", "SANCTION", "THREATEN"})
GOODS_GIVEN = frozenset({"AID"})  # what is handed over in aid is goods, never ground
ARMED_CLASH_MIN_ACTORS = 2  # mentions of armed groups that make an assault a clash
# Lexicon codes with a fixed ACLED reading, whatever the words around them.
BY_CAMEO = {
    "173": "Arrests", "181": "Abduction/forced disappearance",
    "1821": "Sexual violence", "1831": "Suicide bomb", "1832": "Remote explosive/landmine/IED",
    "1833": "Remote explosive/landmine/IED", "195": "Air/drone strike",
    "194": "Shelling/artillery/missile attack", "2041": "Chemical weapon",
    "145": "Violent demonstration", "0871": "Agreement",
    "1712": "Looting/property destruction", "0872": "Change to group/activity",
}


SEIZED_PEOPLE_CODE = LEGAL_ACTION_CODE  # CAMEO 173: arrest, detain (the lexicon's reading of people seized)
# men who hold no ground and arrest no one (not the ``irregular_doers`` word set: rebels and
# militants may rule a town and arrest in it)
UNAUTHORISED_DOERS = re.compile(r"\barmed (?:men|man|individuals|assailants)\b|\bgunm[ae]n\b|\bbandits?\b|"
                                r"\bkidnappers?\b|\bgangs?\b|\bassailants?\b|\battackers?\b|\bunidentified\b",
                                re.I)
# A court's or a prosecutor's act on someone already held or summoned (CAMEO 173 too: "charge
# with legal action"): no arrest ACLED codes, unless the words tell one ("arrested and charged").
# Jailed for a term, or someone who "was jailed", is sentenced; "soldiers imprisoned 30
# villagers" is an arrest.
JUDICIAL = _words(r"sentenc", r"convict", r"charged\b", r"indict", r"prosecut(?:ed|es|ing|ion)\b", r"acquit",
                  r"(?:jail|imprison)\w* (?:\w+ ){0,3}for (?:\w+ ){0,2}(?:years?|months?|life)\b",
                  r"\b(?:was|were|been|is|are|be) (?:\w+ )?(?:jailed|imprisoned)\b")
# An explosion told with no weapon named: the codebook's remote explosive ("An explosion at a
# checkpoint killed three police officers", "a car exploded outside a police station"), read only
# when no air, artillery, suicide or grenade cue names what exploded.
BLAST = _words(r"explosions?\b", r"blasts?\b", r"explod(?:ed|es|ing)\b", r"went off\b", r"rigged with",
               r"explosive-laden")
# Shooting or stabbing told in the sentence: the act may be the shooting, the blast another's
# ("opened fire on a minibus, hours after a blast hit a police post")
SHOOTING = _words(r"shot\b", r"shoot", r"opened fire", r"gunm[ae]n", r"gunfire", r"guns?\b", r"rifles?\b",
                  r"stabb", r"fire\b", r"firing")
# A killing told beside a looting or an abduction: the codebook codes the violence that kills,
# an attack, not the property destroyed or the people taken with it ("burned a church and 30
# homes, killing 17 residents"; an abduction or a looting told as its own act keeps its type).
KILLING = re.compile(r"\b(?<!without )(?<!not )(?:kill(?:ed|ing|s)?\b|shot dead|murder(?:ed|ing)?\b|massacr|behead|"
                     r"hacked to death)", re.I)
# a killing told as another time's ("a week after bandits killed 20 people"): not this act's
KILLING_ELSEWHEN = re.compile(r"\b(?:after|before|since|ago)\b[^,;]{0,40}$", re.I)
TAKING_SUBS = frozenset({"Abduction/forced disappearance", "Looting/property destruction"})
TAKING_CODES = frozenset({"181", "1712"})  # the lexicon's abduction and looting: the taking itself
# who does a mob's violence, named as nothing else ("Villagers beat to death two men")
MOB_DOERS = re.compile(r"^(?:(?:an?|the) )?(?:angry |irate |enraged )?(?:villagers|residents|locals|crowds?|"
                       r"mob)$", re.I)


def _first_cue(options: tuple[str, ...], *texts: str) -> str | None:
    for text in texts:
        for name in options:
            told = grievance_cut(text) if name == EXCESSIVE_FORCE else text  # a protest's
            # grievance is no force at it ("Protests erupted after the police killing of ...")
            if told and CUES[name].search(told):
                return name
    return None


def _assault_default(sentence: str, actor: str = "", target: str = "") -> str:
    """Violence against civilians unless armed groups stand on both sides. The row's own
    parties say so first: a civilian target is attacked, an armed doer on an armed target
    clashes; else the armed groups the sentence names decide, but not its teller ("gunmen
    killed two traders, police said")."""
    if target and (CIVILIAN_WORDS.search(target) or CIVILIAN_SITES.search(target)) and not _armed(target):
        return "Attack"
    if target and _armed(actor) and _armed(target):
        return "Armed clash"
    sentence = TELLING.sub(" ", sentence)  # "..., police said": the teller is no side
    if CIVILIAN_WORDS.search(sentence):
        return "Attack"
    if len(ARMED_WORDS.findall(sentence)) >= ARMED_CLASH_MIN_ACTORS:
        return "Armed clash"
    return "Attack"


GOVERNMENT_WORDS = re.compile(r"\b(?:army|government|security forces|troops|military|police|"
                              r"soldiers|SAA|regime|federal|national guard|armed forces)\b", re.I)
NON_STATE_WORDS = re.compile(r"\b(?:militants?|rebels?|insurgents|jihadists|ISIS|ISIL|(?-i:IS)|"
                             r"Daesh|Taliban|al-Shabaab|al-Shabab|Boko Haram|terrorists|militia|"
                             r"fighters|Houthis?|Huthis?|SDF|YPG|Nusra|HTS|gunmen|Hamas|Hezbollah|M23|"
                             r"opposition(?! (?:leaders?|politicians?|lawmakers?|party|parties|figures?|"
                             r"candidates?|activists?|members?|supporters?|MPs?)))\b",
                             re.I)  # (not "Opposition leader Nika Melia": a politician)
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
# Acts that keep their own type when a mob is in the sentence ("police arrested the mob",
# "warplanes bombed the crowd").
NOT_MOB_ACTS = frozenset({"Arrests", "Abduction/forced disappearance", "Sexual violence",
                          "Suicide bomb", "Air/drone strike", "Remote explosive/landmine/IED",
                          "Shelling/artillery/missile attack", "Chemical weapon"})


def _bombed(plover: str, sentence: str, actor: str) -> bool:
    """A bomb, a grenade or an air strike on a rally or a march is that attack, not a protest
    (ACLED codes the weapon); one the crowd threw stays the crowd's ("a grenade thrown by
    protesters")."""
    return plover == "ASSAULT" and not PROTEST_WORDS.search(actor) and _first_cue(EXPLOSIVE_CUES, sentence) is not None


# Words for one armed person or body that name a party, beside ``ARMED_WORDS`` (which counts
# armed groups across a sentence): "a soldier", "three gendarmes", "two police officers".
ARMED_PARTY_WORDS = re.compile(r"\b(?:soldier|troop|policem[ae]n|policewom[ae]n|gendarmes?|"
                               r"(?:police|security|army|military|prison|border) (?:officers?|personnel|guards?)|"
                               r"paramilitar(?:y|ies)|combatants?|commandos?|marines?|brigades?|"
                               r"peacekeepers?|bandits?|separatists?|dissidents?|operatives?|"
                               r"gangs?|Islamic State|armed (?:groups?|factions?|movements?))\b", re.I)


def _armed(party: str) -> bool:
    """The party is an armed force or group ("Houthi rebels", "the army", "two police
    officers"): its violence is no riot, however its words read ("setting the tanker ablaze")."""
    return bool(party) and bool(ARMED_WORDS.search(party) or NON_STATE_WORDS.search(party)
                                or ARMED_PARTY_WORDS.search(party))


# A crowd of no armed group ("supporters", "youths", "students"): when it fights the police or
# the army, a riot, not a clash of two armed groups (ACLED's armed clash has armed groups on
# both sides).
ARMED_CROWD = re.compile(r"\barmed\b|\bmilitia|\bgang|\brebel|\bfighter|\bgunm[ae]n", re.I)
CROWD_WORDS = _words(r"supporter", r"youth", r"student", r"protester", r"protestor", r"demonstrator",
                     r"fans?\b", r"rioter", r"mob\b", r"crowd", r"worker", r"activist", r"resident",
                     r"drivers?\b")


def crowd(party: str) -> bool:
    """The party is a crowd, of protesters or of others ("20 protesters", "opposition supporters")."""
    return bool(PROTEST_WORDS.search(party) or CROWD_WORDS.search(party))


def _crowd_fought(actor: str, target: str) -> bool:
    """One side is a crowd of no armed group, the other the police or the army ("opposition
    supporters clashed with police"; not "armed youths clashed with soldiers", nor youths
    with a gang: two armed sides)."""
    return any(bool(CROWD_WORDS.search(a)) and not ARMED_CROWD.search(a) and bool(GOVERNMENT_WORDS.search(b))
               for a, b in ((actor, target), (target, actor)) if a and b)


def _killing_told(sentence: str) -> bool:
    """A killing the sentence tells as done (not "without killing anyone", nor "a week after
    bandits killed 20 people")."""
    return any(not KILLING_ELSEWHEN.search(sentence[:m.start()]) for m in KILLING.finditer(sentence))


def _crowds_fought(actor: str, target: str) -> bool:
    """The doers are a crowd of no armed group, and whom they fought is none either, nor the
    state's force ("opposition supporters clashed with ruling party activists")."""
    def unarmed(party: str) -> bool:
        return not _armed(party) and not ARMED_CROWD.search(party) and not GOVERNMENT_WORDS.search(party)
    return bool(actor) and bool(CROWD_WORDS.search(actor)) and unarmed(actor) and (
        not target or (bool(CROWD_WORDS.search(target)) and unarmed(target)))  # (not "youths clashed with M23")


def _peaceful(sentence: str) -> bool:
    """Ground changed hands with no fight, and no fight is told beside it ("retook the town
    after a fierce battle, two years after rebels seized it without a fight": a battle)."""
    if not PEACEFUL.search(sentence):
        return False
    return not CUES["Armed clash"].search(PEACEFUL.sub("", sentence))


def _side(party: str) -> int | None:
    """0: the government's side, 1: a non-state side (the order of ``TERRITORY``), None: unsaid."""
    if GOVERNMENT_WORDS.search(party) and not NON_STATE_WORDS.search(party):
        return 0
    if NON_STATE_WORDS.search(party):
        return 1
    return None


def _territory(sub: str, actor: str, sentence: str, target: str = "", lost: bool = False,
               actor_side: int | None = None) -> str:
    """Who took the ground decides which of the two territory types it is: the actor, unless
    the act is the actor's retreat (``lost``: "the rebels retreated from the town" is ground
    the government regained); with no side named in the actor, the other side to the one a
    taking (``target`` given) took it from ("wrested control of a camp from a separatist
    militia"). ``actor_side``: the side the knowledge base gives the actor's entity, which its
    words may belie ("the Kachin Independence Army" is no government army)."""
    side = _side(actor) if actor_side is None else actor_side
    if side is not None and lost:
        side = 1 - side if _side_named(1 - side, sentence) else side  # ("the rebels retreated
        # after they captured two villages": no other side took it)
    if side is None and not actor and not lost and (loser := _side(target)) is not None:
        side = 1 - loser  # (not "Turkish-backed forces captured it from Kurdish fighters": an
        # actor the words cannot place may be of either side)
    return sub if side is None else TERRITORY[side]


def _side_named(side: int, sentence: str) -> bool:
    """Whether the sentence names a party of ``side`` (0 government, 1 non-state)."""
    return bool((GOVERNMENT_WORDS if side == 0 else NON_STATE_WORDS).search(sentence))


def acled_for(plover: str, cameo: str | None, sentence: str,
              context: str = "", actor: str = "", target: str = "",
              actor_side: int | None = None) -> dict[str, str] | None:
    """ACLED's {event_type, sub_event_type} for an event, or None when ACLED would not code it.

    Cue words are looked for in the event's sentence first, then in its neighbours
    (``context``); violence around a protest is read as a protest event. ``actor_side``: 0
    for a state's arm, 1 for an armed group, when the knowledge base knows the actor.
    """
    if cameo in (ULTIMATUM_CODE, VERBAL_DEFENCE_CODE):
        return None  # "told Serbia to withdraw its troops or face consequences": words, whatever they
        # demand (nor "found the strike justified": a defence in words, whatever it defends)
    if cameo in DIPLOMATIC_CUTS:
        return None  # "withdrew from the treaty", "closed its embassy": relations cut, no act of
        # ACLED's, whatever the words "withdrew" or "closed" name elsewhere
    forced = None  # the force an act around a protest used, when it was force
    if plover in ("ASSAULT", "COERCE") and crowd_protest_told(sentence) and not _bombed(plover, sentence, actor) \
            and cameo not in DECREE_CODES:  # (a ban on protests is no protest)
        forced = plover
        plover, cameo = "PROTEST", None
    if cameo == REPRESSION_CODE and target and not crowd(target):
        cameo = None  # "fired water cannon at a Philippine supply vessel": force at no crowd
    if cameo == REPRESSION_CODE:  # with no protest word: its weapon is named in its own sentence,
        context = ""  # not the next one ("treated for breathing difficulties": no chemical attack)
        if CUES["Protest with intervention"].search(sentence):  # "fired tear gas to disperse
            # hundreds of striking teachers": the crowd dispersed was protesting
            return {"event_type": SUB_TO_TYPE["Protest with intervention"],
                    "sub_event_type": "Protest with intervention"}
    mob_words = plover in ("ASSAULT", "COERCE") and CUES["Mob violence"].search(sentence) \
        and BY_CAMEO.get(cameo or "") not in NOT_MOB_ACTS  # what a mob burns or vandalizes is a
    # riot, not a strategic development; a crowd of locals that beats someone, a mob's violence
    mob_doers = plover == "ASSAULT" and MOB_DOERS.search(actor) and not _armed(actor)
    if (mob_words or mob_doers) and not any(CUES[name].search(sentence) for name in WEAPON_CUES):
        return {"event_type": SUB_TO_TYPE["Mob violence"], "sub_event_type": "Mob violence"}
    options, default = BY_PLOVER.get(plover, ((), None))
    sub: str | None = None
    if cameo in BY_CAMEO and BY_CAMEO[cameo] in options:
        fixed = options.index(BY_CAMEO[cameo])
        sub = _first_cue(options[:fixed], sentence) or BY_CAMEO[cameo]
    elif cameo in BY_CAMEO:
        sub = BY_CAMEO[cameo]
    else:
        sub = _first_cue(options, sentence) or _first_cue(
            tuple(o for o in options if o in WEAPON_CUES), context)
    if sub is None and plover != "PROTEST" and (plover in BY_PLOVER or plover in CUE_ONLY_TYPES):
        # (a protest is one of ACLED's protest or riot types, never a strategic development
        # its words name: "joined protests" is no change to a group, "protests over the
        # detention of X" no arrest)
        ground = plover in GROUND_LOSERS and not (cameo or "").startswith(RELEASE_PREFIX)
        fallback = (VIOLENT_STRATEGIC if not _armed(actor) else ARMED_STRATEGIC) if plover == "ASSAULT" else (
            PEACEFUL_NO_AGREEMENT if cameo in DECREE_CODES
            else COERCION_STRATEGIC if plover in ARMED_THREATS else GROUND_STRATEGIC if ground
            else PEACEFUL_STRATEGIC if plover not in CUE_ONLY_TYPES else PEACEFUL_NO_AGREEMENT)
        if plover in GOODS_GIVEN:  # "handed over $4 million worth of medical equipment": goods, no ground
            fallback = tuple(f for f in fallback if f != "Non-violent transfer of territory")
        sub = _first_cue(fallback, sentence)
    if sub is None and plover == "ASSAULT" and BLAST.search(sentence) and not SHOOTING.search(sentence):
        sub = "Remote explosive/landmine/IED"
    if sub in TAKING_SUBS and plover == "ASSAULT" and cameo not in TAKING_CODES and _killing_told(sentence):
        sub = None
    if sub is None:
        if plover == "ASSAULT":
            sub = _assault_default(sentence, actor, target)
        else:
            sub = default
    if forced == "ASSAULT" and sub == "Peaceful protest":  # force told at a protest is no peaceful
        # protest: by the crowd a riot, else force against it ("Israeli attacks against peaceful
        # protestors"; an attack the crowd protests against was no peaceful protest either)
        sub = "Violent demonstration" if PROTEST_WORDS.search(actor) else "Excessive force against protesters"
    if plover == "PROTEST" and cameo == BLOCKADE_CODE and sub == default and ROAD_BLOCKING.search(sentence):
        sub = "Violent demonstration"  # the protest is the blockade itself, not a march beside one
    if sub == "Excessive force against protesters" and CROWD_WORDS.search(actor) and not _armed(actor):
        sub = "Violent demonstration"  # "Protesters killed a police officer during clashes": the
        # crowd's violence, not force against it
    if sub == "Armed clash" and _crowd_fought(actor, target):
        sub = "Violent demonstration"  # "BNP supporters clashed with police": no armed group
    elif sub == "Armed clash" and _crowds_fought(actor, target):
        sub = "Mob violence"  # "BNP supporters clashed with Awami League activists": rioters on
        # both sides, no armed group nor the police
    if cameo == SEIZED_PEOPLE_CODE and (sub in TERRITORY or sub == "Arrests"):
        # people seized are no ground taken ("militants captured three soldiers"); seized by men
        # of no authority, abducted ("armed men seized two soldiers"), not arrested
        side = _side(actor) if actor_side is None else actor_side
        if UNAUTHORISED_DOERS.search(actor) or (sub in TERRITORY and side == 1):
            sub = "Abduction/forced disappearance"
        elif sub in TERRITORY:
            sub = "Arrests"
    if sub == "Agreement" and plover in ACCORD_TYPES and not CONFLICT_ACCORDS.search(sentence) \
            and not _armed(actor) and not _armed(target):
        return None  # an accord of no conflict's sides ("signed an electricity trade deal")
    if sub == "Agreement" and plover in GROUND_LOSERS and LEAVING_TALKS.search(sentence):
        return None  # "pulled out of the ceasefire agreement": no accord reached, and no act
        # ACLED codes
    if sub == "Arrests" and cameo == SEIZED_PEOPLE_CODE and JUDICIAL.search(sentence) \
            and not CUES["Arrests"].search(sentence):
        return None  # "a court sentenced the journalist to eight years in prison": a ruling
    if sub in TERRITORY:
        sub = "Non-violent transfer of territory" if _peaceful(sentence) \
            else _territory(sub, actor, sentence, target if plover in ("ASSAULT", "COERCE") else "",
                            lost=plover == "RETREAT", actor_side=actor_side)
    if cameo == SHOW_OF_FORCE_CODE and sub not in SHOWN_FORCE:  # "fired warning shots at a drone":
        # no violence, whatever the words "fired" or "shots" say; shots over a crowd intervene in its protest
        sub = "Protest with intervention" if crowd_protest_told(sentence) or crowd(target) \
            else "Change to group/activity"
    if sub is None or violent(plover, sub, cameo):
        return None
    return {"event_type": SUB_TO_TYPE[sub], "sub_event_type": sub}


def violent(plover: str, sub: str, cameo: str | None = None) -> bool:
    """Whether ``sub`` makes a row of PLOVER type ``plover`` (CAMEO ``cameo``) political
    violence its type cannot be (a peaceful act, or coercion by decree)."""
    return (plover in PEACEFUL_TYPES or cameo in DECREE_CODES) and SUB_TO_TYPE.get(sub) in VIOLENT_EVENT_TYPES


def without(text: str, lo: int, hi: int, cut: Iterable[tuple[int, int]]) -> str:
    """``text[lo:hi]`` with the character ranges ``cut`` blanked out (another happening's
    sentences in the words around an event)."""
    chars = list(text[lo:hi])
    for start, end in cut:
        for i in range(max(start, lo), min(end, hi)):
            chars[i - lo] = " "
    return "".join(chars)


def stack_features(text: str, rule_sub: str | None) -> dict[str, float]:
    """Non-text inputs of the ACLED model: which cue lists fire, and what the rules said."""
    feats = {f"cue:{name}": 1.0 for name, pattern in CUES.items() if pattern.search(text)}
    feats[f"rule:{rule_sub or 'NONE'}"] = 1.0
    return feats


def stack_feature_names() -> tuple[str, ...]:
    return tuple(f"cue:{n}" for n in CUES) + tuple(f"rule:{n}" for n in (*SUB_EVENTS, "NONE"))

"""Whether a sentence's mentions tell on a happening told before: the joins across sentences.

:mod:`.happenings` folds each sentence's mentions into units and links each unit to the latest
happening it agrees with; this module holds the readings of acts that decide a join
(``JoinRules``, which the assembler inherits). It builds on the readings of parties
(:mod:`.sides`), of which mention stands for a happening (:mod:`.standing`) and on the word
tests of two tellings (:mod:`.tellings`), over the mentions of :mod:`.mentions`. A unit joins a
happening when it names the same act back ("the attack"), shares a party with it, tells it on
with no time, place or count of its own, or tells the same fight from the other side; never
when its type, date, place, status or parties say it is another act.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from ..nlp.syntax import PLURAL_TAGS, base_forms, is_passive, subject_child
from ..record import Entity, Event, Record, Role
from . import clauses, mood
from . import eventhood as eh
from .agreement import counts_differ, places_agree
from .clausewords import REPORTING_LEMMAS, prep_objects, projectile, told_later, word_class
from .lexicon import event_noun
from .mentions import Happening, Mention, dates_agree, measure, planned, told_also
from .people import People
from .rolewords import FORCE_TYPES, SERIES
from .sites import at_dateline
from .standing import NO, OPERATION_TYPES, STORY_SENTENCES, TOLL_KINDS, YES
from .tellingon import RECENT_SEGMENTS, TellingOn
from .tellings import (
    act_as_subject,
    apart_from,
    claim_tells,
    intercepts,
    kind_told,
    kinds_named,
    named_by_subject,
    one_ruling,
    time_away,
    told_how,
)

MEETING_PREPS = frozenset({"during", "at"})  # "during the call", "at the meeting": told there
MANY_OR_NONE = frozenset({eh.AGGREGATE, eh.HABITUAL, eh.GENERIC})  # a telling of no one happening
BREAKUP_SEGMENTS = 2  # how far a dispersal is told from the protest it broke up (the same or the next two)
CROWD_TYPES = frozenset({"PROTEST"})  # a crowd's act, whose violent parts are told "during" it
CROWD_VIOLENCE = CROWD_TYPES | {"ASSAULT"}  # what a crowd does during it


class JoinRules(TellingOn):
    """The join readings of :class:`.happenings.Assembler`, over the state it builds once per
    record: the mentions, by sentence, the people their pronouns stand for, and each entity's
    side and nation."""

    record: Record
    mentions: list[Mention]
    anchor: date | None
    by_segment: dict[int, list[Mention]]
    people: People
    side: dict[str, str]
    nation: dict[str, str]
    body_segment: int  # the first sentence with a mention that is not the headline's

    def _told_anew(self, m: Mention, refers_back: bool) -> bool:
        """The unit tells an act without naming one back ("Smaller protests took place in Novi
        Sad", not "The ambush outside Bamako"): its town, if apart, is another act's."""
        return not refers_back and not self._anaphoric(m)

    def _after_the_act_named(self, m: Mention, hap: Happening) -> bool:
        """The mention is told a span of time after or before an act its clause's subject names
        back with no trigger of its own (:func:`.tellings.named_by_subject`: "The movement of forces
        ... came days after Pyongyang fired"), and the happening is the one told just before it,
        which that subject names: another act than it (as with a trigger for subject)."""
        subject = named_by_subject(m)
        if subject is None or subject.i in self.trigger_tokens:
            return False
        before = max((o.segment for o in self.mentions if o.segment < m.segment), default=None)
        return before is not None and m.segment - before <= STORY_SENTENCES \
            and any(self.mentions[k].segment == before for k in hap.members)

    def _meeting_told_in(self, members: list[Mention]) -> Mention | None:
        """ "Xi met Prabowo in Beijing on Monday. During the meeting, Xi pledged ...": the dated
        meeting a member names back as where the act was told ("during the call", "at the
        talks"), the last one told a sentence or two before."""
        for m in members:
            tok = m.token
            if not (m.event.plover == "CONSULT" and tok.pos_ == "NOUN" and tok.dep_ == "pobj"
                    and tok.head.lower_ in MEETING_PREPS and self._anaphoric(m) and not m.date_from_text):
                continue
            told = [o for seg in range(m.segment - STORY_SENTENCES, m.segment) for o in self.by_segment.get(seg, ())
                    if o.event.plover == "CONSULT" and o.date_from_text and not o.borrowed_date]
            if told:
                return told[-1]
        return None

    def _joins(self, unit: Happening, hap: Happening) -> int:
        """How a sentence's unit fits a happening: YES, NO, or BY_ANAPHOR (only as an anaphor
        reaching back to a dated background act, taken when no happening fits outright)."""
        if hap.closed:
            return NO  # "the Taliban, which often attacks checkpoints, claimed the attack"
        m = self.mentions[self._representative(unit)]  # what the unit's row would say
        part = self._part_of_whole(unit, hap)
        if part is not None:
            return part  # "Twin bombings struck the cathedral ... Moments later, a second bomber blew
            # himself up": one of the parts the lead counted, wherever in its site it hit
        told_in = {self.mentions[k].segment for k in hap.members}
        if any(time_away(self.mentions[k].token) and self.mentions[k].segment not in told_in for k in unit.members):
            return NO  # "Hours later, a Russian missile slammed into a neighborhood, wounding 25"
        if any(self._after_the_act_named(self.mentions[k], hap) for k in unit.members):
            return NO  # "North Korea deployed troops ... The movement of forces came days after Pyongyang
            # fired a volley of missiles": the firing is not the deployment
        if m.why_not in MANY_OR_NONE:
            return NO  # "since 2009, hundreds of people have been killed in attacks": many acts,
            # or acts in general, are no telling of the one the report is about
        if any(self._told_apart_by_word(self.mentions[k]) and not self._ranked_in_telling(self.mentions[k], hap)
               for k in unit.members):
            return NO  # "In a separate attack, gunmen killed Ali Raza", "Separately, hundreds marched";
            # "a second strike hit a nearby house, killing four" (whichever word of it the row takes)
        if m.token.dep_ != "attr" and self._marked_another(m.token) and not self._ranked_in_telling(m, hap):
            return NO  # "followed another crackdown on 30 websites", "a second bombing": not
            # the act told before (but "It was the second general strike since December": the one
            # told, ranked)
        if any(t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in SERIES
               and self._marked_another(t.head.head) for t in (self.mentions[k].token for k in unit.members)):
            return NO  # "A second round of negotiations was held in Almaty", "another wave of strikes":
            # another round, not the talks told before (not "another part of the march")
        h = self.mentions[self._representative(hap)]
        if clauses.claimed(m.token) and not any(kind_told(m.token, self.mentions[k]) for k in hap.members):
            return NO  # "claimed responsibility for the mosque attack": not the policemen's killing
        # "The attack killed four soldiers": the unit refers back through its act noun, though
        # the verb speaks for it
        refers_back = self._refers_back(unit, hap, m.event.plover)
        if refers_back and m.event.plover in CROWD_TYPES and h.event.plover != m.event.plover:
            h = next((self.mentions[k] for k in reversed(hap.members) if self.mentions[k].event.plover
                      == m.event.plover and self.mentions[k].nested_in is None), h)  # "the march" names back
            # the march, whichever act of the crowd's (the clashes during it) the row is told by
        if self._named_elsewhere(m, hap):
            return NO  # "The Mansila attack" names back the attack told with "Mansila"
        if self._placed(hap, h).event.location is None and (self._town_before(m) is not None or any(
                self._told_there(self.mentions[k], unit) for k in unit.members)):
            return NO  # "France responded to the Bouake attack": an act named by its town refers
            # back to one told there, not to the latest unplaced fighting
        if self._retells(unit, hap):
            return YES  # "'It was a deliberate strike on civilians,' Zelenskiy said": the strike told
        if not self._places_agree(m, h, self._placed(unit, m).event, self._placed(hap, h).event,
                                  self._told_anew(m, refers_back)) \
                or not self._agrees(m, h, hap, refers_back, self._told_inside(unit, hap)) or (
                any(self._clash(self.mentions[k].event, h.event) for k in unit.members)
                and not self._fights_back(m, h, hap) and not (m.event.plover == "CONSULT" and m.segment == h.segment)
                and not self.from_each_side(m.event, h.event)
                and not (refers_back and any(clauses.claimed(self.mentions[k].token) for k in unit.members))):
            return NO  # "The army's attack on the village killed ten": the army's, not the
            # assassin's of the sentence before, though "killed" names no one who did it (a
            # meeting's host and its guests, told in one sentence, are its sides, no clash)
        return min(self._told_apart(m, h), self._told_apart(h, m))

    def _refers_back(self, unit: Happening, hap: Happening, plover: str) -> bool:
        """Whether the unit names the happening's act with an anaphor of its type: a general
        noun ("the attack", "the assault"), or the very word the happening was told with ("the
        airstrikes" after "airstrikes hit the camps"; not after the hotel attack)."""
        same = [self.mentions[k] for k in unit.members if self.mentions[k].event.plover == plover]
        anaphors = [a.token for a in same if self._anaphoric(a)]
        # "The strikes hit 13 locations": the act named back as the subject of the verb that
        # tells it, whatever the noun was read as alone (a stoppage of work)
        anaphors += [c for a in same if act_as_subject(a.token) for c in a.token.children if c.dep_ == "nsubj"]
        if any(clauses.in_words(a, "general_acts") for a in anaphors):
            return True
        if not anaphors:
            return False
        told = self._told_words(hap)
        # a gerund names back its verb: "the bombing" after "warplanes bombed"; a word names
        # back the compound it ends ("the strike" after "an Israeli airstrike")
        return any(form in told or any(t.endswith(form) for t in told)
                   for a in anaphors for form in base_forms(a.lemma_))

    def _told_words(self, hap: Happening) -> set[str]:
        """The happening's words for its act, and an act noun as a verb's subject
        ("Government airstrikes hit the camps": hit, airstrike)."""
        told = set()
        for k in hap.members:
            tok = self.mentions[k].token
            told.add(tok.lemma_.lower())
            told.update(c.lemma_.lower() for c in tok.children if c.dep_ == "nsubj"
                        and (event_noun(c) or word_class(c, "arms")))  # "a car bomb exploded ... the bombing"
        return told

    def _told_inside(self, unit: Happening, hap: Happening) -> bool:
        """The unit's act is told as done in the happening's act, named back ("During the
        raid, officers detained the editor"; "A police officer was wounded in the raid"):
        part of it, whoever is named as doing it."""
        if not any(self.mentions[k].event.plover in FORCE_TYPES for k in hap.members) \
                or min(self.mentions[k].segment for k in unit.members) \
                <= max(self.mentions[k].segment for k in hap.members):
            return False  # an act besides the one named back, told after the happening (not "were
            # arrested ... during the arrest of a lawmaker", one sentence)
        told = self._told_words(hap)
        kinds = {self.mentions[k].event.plover for k in hap.members}
        if len(unit.members) < 2:
            h = self.mentions[self._representative(hap)]
            return any(g.dep_ == "pobj" and clauses.named_back(g) and clauses.in_words(g, "general_acts")
                       and self.mentions[k].event.plover in kinds & kinds_named(g)
                       and self._same_side_there(self.mentions[k], h)
                       for k in unit.members for g in prep_objects(self.mentions[k].token, ("during",)))
            # "The army said troops exchanged fire with gunmen during the operation": the raid's
            # own fight, named back by a word that is no trigger of its own (not "during the
            # protest" after a rebel attack)
        attack = next((self.mentions[k].event for k in hap.members
                       if self.mentions[k].event.plover not in OPERATION_TYPES), None)
        acts = {self.mentions[k].token.i for k in unit.members}
        for k in unit.members:
            tok = self.mentions[k].token
            if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and self._anaphoric(self.mentions[k]) \
                    and tok.head.head.i in acts - {tok.i} and (tok.lemma_.lower() in told or (
                        clauses.in_words(tok, "general_acts") and (self.mentions[k].event.plover in kinds or (
                            attack is not None and self._operation_named_back(self.mentions[k], attack))))):
                return True  # (not "Forest's role in the Rolando attack" after a charge; "a guard
                # was shot dead during the raid" after gunmen abducted pupils: the raid is theirs)
        return False

    def _police(self, role: Role) -> bool:
        """The role names the police or security forces a crowd fights."""
        root = eh.role_root(self.record.doc, role)
        return root is not None and word_class(root, "security")

    def _same_side_there(self, m: Mention, h: Mention) -> bool:
        """The later act's doers are the earlier's, unnamed, or both a state's agents, and no
        other town is named ("During the operation, militants ambushed a convoy near Kismayo": the
        other side's act)."""
        actors, _, crossed = self._parties(m.event, h.event)
        there = m.event.location is None or h.event.location is None \
            or m.event.location.place == h.event.location.place
        return (actors is not False or self._state_agents(m.event.actor, h.event.actor)) and not crossed and there

    def _bare_like(self, described: Role | None, told: Role | None) -> bool:
        """A description with no phrase or clause of its own ("the hostages", "the detained
        activists"), of the number the role told before has ("12 missionaries")."""
        d, t = eh.role_root(self.record.doc, described), eh.role_root(self.record.doc, told)
        return d is not None and t is not None and (d.tag_ in PLURAL_TAGS) == (t.tag_ in PLURAL_TAGS) \
            and not any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in d.children)

    @staticmethod
    def _during_the(act: Token, told: set[str]) -> bool:
        """The act is told "during" a crowd's act named back by one of its words ("during the
        march", not "during a second march", nor "during the night")."""
        return any(p.lemma_.lower() in told and clauses.named_back(p) for p in prep_objects(act, ("during",)))

    def _agrees(self, m: Mention, h: Mention, hap: Happening, refers_back: bool, inside: bool = False) -> bool:
        """Whether the unit's best mention ``m`` and the happening's ``h`` can be one act
        (``refers_back``: the unit names its act with an anaphor, "the attack"; ``inside``:
        it is told as done in the happening's act, "wounded in the raid")."""
        e, he = m.event, h.event
        if (intercepts(m, h) or intercepts(h, m)) and dates_agree(m, h) and "negated" not in (e.status, he.status):
            return True  # "Russia launched 31 drones at Ukraine overnight, and air defenses shot down
            # 27 of them": the interceptions are the attack's, told from the other side
        if apart_from(m, [self.mentions[k].token for k in hap.members]) or apart_from(h, [m.token]):
            return False  # "The shelling came a week after the RSF attacked Zamzam camp": not the shelling
        if told_also(m) and not self._anaphoric(m) \
                and not refers_back and not inside \
                and self._another_also_done_to(e.target, he.target, force=e.plover in FORCE_TYPES):
            return False  # "Moscow expelled two Estonian diplomats. Russia also expelled a Latvian
            # diplomat", "Tehran executed a protester. Iran also executed a man convicted of
            # spying": another act, on others (not "Two soldiers were also killed in the exchange of
            # fire": the fight named back)
        if self._later_step(m, [self.mentions[k] for k in hap.members], refers_back):
            return False  # "Security forces arrested journalist Andrei Kuznechyk in Minsk on Monday. He
            # was later sentenced to six years": the next step against him is an act of its own
        if e.status == "negated" or he.status == "negated" or planned(e) != planned(he) \
                or (m.segment == h.segment and clauses.side_by_side(m.token, h.token)):
            return False
        if m.segment == h.segment and (claim_tells(m.token, h.token) or claim_tells(h.token, m.token)) \
                and e.plover in FORCE_TYPES and he.plover in FORCE_TYPES:
            return True  # "JNIM claimed responsibility for an ambush on a convoy, saying it killed 12
            # soldiers": the toll the claimant tells is the ambush's
        if self._breaks_up(m, h) or self._breaks_up(h, m):
            return dates_agree(m, h) and places_agree(self.record, e, he, self._told_anew(m, refers_back)) \
                and not (m.segment != h.segment and time_away(m.token))  # "Hundreds marched in Lusaka
            # ... Police fired tear gas to disperse them": the protest, broken up (ACLED's protest
            # with intervention), not a second happening
        forces = e.plover in FORCE_TYPES and he.plover in FORCE_TYPES
        if e.plover != he.plover and self._strike_named_back(m, hap):
            forces = inside = True  # "An Israeli airstrike killed nine ... the toll from the strike"
        named_back = forces and refers_back and self._operation_named_back(m, he)
        hit_back = forces and e.plover != he.plover and 0 < m.segment - min(
            self.mentions[k].segment for k in hap.members) <= STORY_SENTENCES and not told_also(m) \
            and self._object_named_back(m, hap)  # "Militants ambushed a supply convoy ... Fighters on
        # motorcycles seized the convoy": force done again to what the act was done to, named back
        # "found El Kadi guilty on Sunday ... He was jailed for five years": a verdict and its
        # sentence are one ruling (the parties must still agree)
        ruling = one_ruling(e, he)
        crowd_inside = he.plover in CROWD_TYPES and e.plover in CROWD_VIOLENCE and m.segment > h.segment \
            and self._during_the(m.token, self._told_words(hap)) \
            and (e.actor is None or self._crowd(self.people.antecedent(e.actor))) \
            and (e.target is None or self._police(e.target))
        # ("Protesters clashed with police near the university during the march": the march's; not
        # "Police shot dead a protester during the protest", "protesters attacked a journalist
        # during the march": another's act on the crowd, or the crowd's on others, a row of its own)
        if (e.plover != he.plover and not ruling and not crowd_inside and not (forces and (
                inside or named_back or hit_back
                or (e.plover in OPERATION_TYPES and self._operation(hap) and self._told_on(m, h, hap, None))))) \
                or (m.segment != h.segment and time_away(m.token)):
            return False  # "Hours later, a drone attack on Odesa wounded five": another act;
            # an arrest may tell on a raid that killed ("Two other suspects were arrested")
        if not dates_agree(m, h) or not all(dates_agree(m, self.mentions[k], grace=1) for k in hap.members) \
                or not self._places_agree(m, h, e, he, self._told_anew(m, refers_back)):
            return False  # (every day the happening was told on, or the day next to it, as a siege
            # "began Friday evening" and "ended Saturday morning": not "sentenced last week" after
            # "was sentenced on Wednesday ... Paul Manafort was sentenced by Judge Jackson")
        if told_also(m) and not refers_back \
                and not self._anaphoric(m) and e.location is not None \
                and he.location is not None and e.location.place != he.location.place:
            return False  # "An Israeli strike also killed five people in Khan Younis": another act,
            # in another town, however near
        if (inside and forces) or crowd_inside:
            return True
        if hit_back:
            actors, targets, crossed = self._parties(e, he)
            return not crossed and not told_later(m.token) \
                and (actors is not False or self._one_kind_of_doer(e.actor, he.actor)
                     or all(self._unnamed_doers(r) for r in (e.actor, he.actor)))
        if self._fights_back(m, h, hap) or self._ensues(m, h, hap):
            return True
        actors, targets, crossed = self._parties(e, he)
        told_on = (ruling or (targets is None and e.plover == he.plover)) and m.segment > h.segment \
            and self._continues(m, h, hap) and not told_also(m) \
            and not self._told_before(m)  # (not "had been found guilty in an earlier trial")
        if ruling and targets is False and not crossed and told_on \
                and self._named_after(he.target, e.target, passport=True) \
                and not told_later(m.token):
            targets = True  # "A Russian court sentenced a U.S.-Russian dual national ... Ksenia
            # Karelina, a 33-year-old amateur ballerina, was found guilty": the lead's someone,
            # named in the half of the ruling told next (a ruling holds a verdict: not "Marc Fogel, a
            # 61-year-old teacher, was detained at a Moscow airport"; not "Another activist, Maxim Znak")
        if targets is None and actors is not False and (e.plover == he.plover or ruling) and told_on \
                and self._same_ones_counted_back(e.target, hap) \
                and not any(c.dep_ == "advmod" and (c.lower_ == "too" or (c.lower_ == "well" and any(
                    g.lower_ == "as" for g in c.children))) for c in m.token.children):
            targets = True  # "Germany expelled two Russian diplomats ... the two diplomats had been
            # declared persona non grata", "convicted three activists ... The three activists were
            # sentenced": those it was done to, named back by their count and noun (not "... had been
            # declared persona non grata there as well": by another state too)
        if ruling and e.plover != he.plover and targets is not True and not any(
                r is not None and r.span.text.lower() in clauses.PRONOUNS for r in (e.target, he.target)):
            return False  # the ruling's two halves on one person, named or "he" (not "found two men
            # guilty ... A third defendant was jailed")
        owned = actors is False and any(clauses.owned_up(a.token) and self._unnamed_doers(b.event.actor)
                                        for a, b in ((m, h), (h, m)))
        if owned:
            actors = None  # "Gunmen stormed a hotel ... Al-Shabaab claimed responsibility for the
            # attack": the claim names who the unnamed doers were (not a second named group's
            # act, nor the security forces' killing of the attackers)
        if actors is False and (self._from_the_clause(m, e.actor) or self._from_the_clause(h, he.actor)):
            actors = None  # "Gunmen raided the village ... Pam, who lost two brothers in the raid": the
            # raid named back, its doer the clause's (not "the army's attack": its own)
        if actors is False and refers_back and e.plover == he.plover == "PROTEST" \
                and any(self._crowd(r) for r in (e.actor, he.actor)):
            actors = None  # "Protesters marched in Yerevan ... The protests were led by Archbishop
            # Bagrat Galstanyan": the crowd, and who led it
        if not crossed and (actors is False or targets is False) and self._each_side_s_toll(m, h, actors):
            actors, targets = None, None  # "Israeli forces raided a camp near Tulkarm, killing four
            # Palestinians, the health ministry said. The Israeli military said troops killed four
            # militants in the camp": one toll, told by each side in its own words
        elif not crossed and (actors is False or targets is False) and self._own_tally(m, h, hap):
            actors, targets = True, None  # "... said its troops had killed four armed militants": the
            # doers' own count of the killing, its dead in their words
        if actors is True and targets is False and not crossed and self._side_s_version(m, h):
            targets = None  # "Two Russian bombs struck a store in Kharkiv on Saturday ... Russia's
            # Defense Ministry said its forces had struck 'a deployment point' in Kharkiv on
            # Saturday": whom the strike hit, in the doer's own words
        if targets is False and not crossed and (actors is True or (actors is False and self._organ_of(
                self.people.antecedent(e.actor), self.people.antecedent(he.actor)))) \
                and self._stance_told_again(m, h, hap):
            actors, targets = True, None  # "Russia rejected the tribunal's ruling ... Moscow will not
            # comply with its decision", "Mexico rejected the report ... The government will not accept
            # such interference": one refusal, its speaker's stance (or its state's organ's,
            # named bare) told again in other words on the same matter (not "Russia also rejected a UN
            # resolution": another thing refused)
        if measure(e) != measure(he) and targets is not True:
            return False  # a curfew imposed and 51 people arrested are two acts (not "sentenced
            # Dodik to a year in prison and banned him from politics": one ruling on him)
        anaphor = self._anaphoric(m) or self._anaphoric(h)
        if self._told_on(m, h, hap, actors):
            # "Gunmen attacked a hotel ... The attackers fired at guests / burned a house";
            # "Al-Shabaab militants stormed a base ... The militants detonated a car bomb at
            # the gate": the doers named again tell the act on, whatever part of it they hit
            actors = None if actors is False else actors
            targets = None if targets is False else targets
        if targets is False and ((((actors and anaphor) or (actors is None and (refers_back or owned)))
                                  and self._facets(e.target, he.target))
                                 or self._from_the_clause(m, e.target) or self._from_the_clause(h, he.target)
                                 or (refers_back and act_as_subject(m.token))):
            targets = None  # "killed Soleimani" / "the airstrike at Baghdad airport"; "was also
            # killed in the airstrike": whom or where one act hit, told from another side
        if targets is False and actors is not False and self._one_text_named_back(e.target, he.target):
            targets = True  # "signed an agreement in Mexico City on Thursday ... The accord was signed
            # at the end of four days of talks": the text signed, named back by another word for it
        if targets is False and refers_back and actors is not False and self._anaphoric(m) \
                and self._described_back(e.target):
            targets = None  # "Police arrested opposition leader Amos Ndlovu ... The arrest of the
            # veteran politician": the act named back, its person by a description
        if targets is False and actors is None and e.actor is None and e.plover == he.plover and m.segment > h.segment \
                and is_passive(m.token) and self._described_back(e.target) and self._bare_like(e.target, he.target) \
                and self._continues(m, h, hap):
            targets = None  # "Gunmen freed 12 missionaries on Thursday. The hostages were released
            # unharmed": those it was done to, named back by a bare description, by no doer of its own
            # (not "the commander of the Azov Regiment, who ...": someone told anew)
        if targets is False and not crossed and m.segment > h.segment and e.plover in clauses.words("material_types") \
                and self._named_after(he.target, e.target) and self._continues(m, h, hap) \
                and not told_also(m) \
                and (actors is not False or self._one_kind_of_doer(e.actor, he.actor)):
            actors = None if actors is False else actors
            targets = None  # "Zimbabwean police arrested an opposition lawmaker on Monday ... Officers
            # detained Job Sikhala at his home on Monday morning": the lead's someone, named in the
            # telling that follows by doers of the same kind
        if targets is False and forces and actors is not False and (told_how(m.token, h.token)
                                                                  or told_how(h.token, m.token)):
            targets = None  # "Kharkiv was hit on Sunday, when a missile struck a residential
            # building": the clause that says when it was hit tells how, the town and the building
        if targets is False and forces and refers_back and actors is not False \
                and (self._one_of_many(e.target, he.target) or self._one_of_many(he.target, e.target)):
            targets = None  # "airstrikes killed at least 50 al-Shabab militants ... the airstrikes
            # targeted the Damasha area and killed Mansoor Tima-Weeyne": one of the dead, by name
        if targets is False and forces and self._counted_back(e.target, hap):
            targets = None  # "killing two policemen ... The two officers were killed when": the
            # victims named back by their count
        if not crossed and (targets is False or actors is False) and self._under_headline(m, h, hap):
            if actors is False:
                actors = None  # "Bandits abduct 30 villagers" over "Gunmen on Sunday abducted 30
                # villagers", "Army kills 20 militants" over "Troops killed 20 fighters": the
                # headline names the doers in a word of its own (not the other side: ``crossed``)
            if targets is False:
                targets = None  # "Russian missile strike on Poltava kills 14" over "A Russian
                # missile struck a military academy in Poltava, killing 14": the headline names
                # the town, the lead the site (not a count of its own: "kills 14" over "killed three")
        if (actors is True or (actors is False and self._irregulars(e.actor, he.actor))) \
                and not crossed and e.plover in FORCE_TYPES and m.segment > h.segment \
                and self._continues(m, h, hap) and not self._clash(e, he) \
                and self._adds_nothing(e, he, within=self._same_day(m, hap)) \
                and not told_later(m.token):
            # (not "Militants later blew up two bridges"; "then set it on fire" is the attack's next step)
            # "Suspected jihadists killed 15 soldiers in an ambush ... Gunmen on motorcycles
            # opened fire on the convoy": the next sentence tells the same act of force by the
            # same doers in other words, with no time, count or named doer of its own; whom it
            # hit is told from another side ("the convoy", "15 soldiers")
            actors = True
            if targets is False and not (e.target and he.target and e.target.entity and he.target.entity) \
                    and not any(self._two_sites(self.people.antecedent(e.target), self.mentions[k].event.target)
                                for k in hap.members) \
                    and not told_also(m):
                targets = None  # not two named targets ("seized Mariupol ... the Port of Odesa"),
                # nor two sites ("a police checkpoint ... a girls' school"), nor one it "also" hit
        if m.why_not == eh.PARTICIPANT:  # "personnel who surrendered": the same surrender,
            # though the relative clause names them otherwise; "a gunman who killed five" is
            # not the troops' killing of two: the counts differ
            return not crossed and not counts_differ(e, he)
        if actors is False and targets is True and not crossed and e.plover == he.plover == "ASSAULT" \
                and self._one_named_person(e.target, he.target) and not self._named_apart(e.actor, he.actor) \
                and not told_also(m) and any(self._someone(r) for r in (e.actor, he.actor)) \
                and not (self._told_before(m) or self._told_before(h)):
            actors = None  # "a hitman told the court he tried to kill Masih Alinejad ... Masih Alinejad
            # was almost gunned down by a hitman": one attack on one named person, its doer told in
            # other words (not two named doers)
        if actors is False or targets is False or crossed:
            return False
        if actors or targets or self._anaphoric(m) or refers_back or m.why_not == eh.NO_PARTY:
            return True
        if e.plover not in clauses.words("material_types"):
            return False  # two statements are two acts unless they share a party
        if counts_differ(e, he):
            return False  # "killed 10 at a market ... a roadside bomb killed two": two attacks
        last = max(self.mentions[k].segment for k in hap.members)
        return m.segment - last <= RECENT_SEGMENTS

    def _one_named_person(self, a: Role | None, b: Role | None) -> bool:
        """Both roles name one person the text names (not a pronoun, nor a group)."""
        first, second = self._person_named(a), self._person_named(b)
        return first is not None and first is second

    def _person_named(self, role: Role | None) -> Entity | None:
        """The person a role names: its own entity, or the name that ends its words ("the
        journalist and VOA host Masih Alinejad")."""
        role = self.people.antecedent(role)
        if role is None:
            return None
        entity = self.record.entity_by_id(role.entity) if role.entity is not None \
            else self.record.entity_at(role.span.end - 1, role.span.end)
        return entity if entity is not None and entity.type == "PERSON" else None

    @staticmethod
    def _told_before(m: Mention) -> bool:
        """The act is told as one before another ("had been shot", "earlier", "again", "in
        the past"): the same person may have been struck another time."""
        verb = clauses.clause_verb(m.token)
        return m.background or any(c.dep_ == "advmod" and c.lower_ in ("earlier", "again")
                                   for c in verb.children) \
            or any(p.lower_ == "past" for p in prep_objects(verb, ("in",)))

    def _someone(self, role: Role | None) -> bool:
        """The role's doer is told as someone unnamed ("a hitman", "a self-described member of a
        crime group"): another telling may name the same doer otherwise."""
        root = eh.role_root(self.record.doc, role)
        return root is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)

    def _named_apart(self, a: Role | None, b: Role | None) -> bool:
        """The two roles name two different named parties."""
        return a is not None and b is not None and a.entity is not None and b.entity is not None \
            and a.entity != b.entity

    def _later_step(self, m: Mention, told: list[Mention], refers_back: bool) -> bool:
        """A measure against someone told "later" with another verb than the happening's, after
        it ("arrested ... He was later charged", "was subsequently deported"): the next step
        (a charge, a trial, a sentence, an expulsion: word set ``later_steps``), another act,
        whatever it shares (not "was later detained at a station": the custody told again)."""
        if m.event.plover != "COERCE" or refers_back or self._anaphoric(m) \
                or not clauses.in_words(m.token, "later_steps") \
                or not all(t.event.plover == "COERCE" and t.segment < m.segment for t in told):
            return False
        verb = clauses.clause_verb(m.token)
        later = told_later(m.token) or told_later(verb)
        return later and m.token.lemma_.lower() not in {t.token.lemma_.lower() for t in told}

    def _operation_named_back(self, m: Mention, he: Event) -> bool:
        """ "Warplanes bombed the village ... The raid also wounded four": an operation noun
        read alone as one of coercion (a police raid) names back the attack told before, and
        is that attack."""
        if not (m.event.plover in OPERATION_TYPES and he.plover not in OPERATION_TYPES
                and self._anaphoric(m) and clauses.in_words(m.token, "general_acts")):
            return False
        forms = set(base_forms(m.token.lemma_))
        return not any(o.token.i < m.token.i and o.event.plover == m.event.plover
                       and o.token.lemma_.lower() in forms for o in self.mentions)  # not "Police
        # raided a house ... militants attacked a post ... The raid was part of a crackdown"

    def _strike_named_back(self, m: Mention, hap: Happening) -> bool:
        """ "the strike" named back after an airstrike or a drone strike is that attack, not a
        stoppage of work (read so when nothing in its own sentence says which; a town before it
        says where: "the Poltava strike", not "the general strike")."""
        tok = m.token
        town = self._town_before(m)
        if tok.lemma_.lower() != "strike" or not self._anaphoric(m) or m.event.plover != "PROTEST" \
                or any(c.dep_ in ("compound", "amod") and (town is None or c.i != town.i) for c in tok.children) \
                or m.segment - max(self.mentions[k].segment for k in hap.members) > RECENT_SEGMENTS:
            return False
        if self._strikers(tok) or m.event.status == "planned" or any(
                c.dep_ == "aux" and c.lower_ in ("will", "would") for c in tok.head.children):
            return False  # "Taxi drivers said the strikes would continue": a stoppage of work
        return any(self.mentions[k].event.plover == "ASSAULT" and (
            self.mentions[k].token.lemma_.lower().endswith("strike")
            or clauses.in_words(self.mentions[k].token, "struck_from_afar")
            or self._from_the_air(self.mentions[k].token)) for k in hap.members)

    @staticmethod
    def _from_the_air(tok: Token) -> bool:
        """ "A U.S. drone killed two commanders", "a missile hit the market": an act done by a
        thing flown or fired, which "the strike" names back."""
        subj = subject_child(tok)
        return subj is not None and (word_class(subj, "air") or projectile(subj))

    @staticmethod
    def _strikers(tok: Token) -> bool:
        """Workers strike, or tell of the strike: "the teachers' strike", "drivers went on
        strike", "union leaders said the strikes would spread" (not "seven aid workers were
        killed in the strike": its victims)."""
        doers = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss")]
        verb = tok.head.head if tok.head.pos_ == "ADP" else tok.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() != "be":  # not "students were among
            doers += [c for c in verb.children if c.dep_ == "nsubj"]   # the dead in the strike"
            if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_LEMMAS:
                doers += [c for c in verb.head.children if c.dep_ == "nsubj"]  # the teller
        return any(word_class(d, "workers") or any(word_class(c, "workers") for c in d.conjuncts) for d in doers)

    def _breaks_up(self, fm: Mention, pm: Mention) -> bool:
        """``fm`` disperses or blocks the crowd of ``pm``: violent repression (CAMEO 175) or a
        blockade by forces (191) of a crowd named
        back or by no name, or of no one named in the next sentence, beside a protest, with no
        dead or wounded of its own (force that kills or wounds is its own row: excessive force)."""
        force, protest = fm.event, pm.event
        apart = abs(fm.segment - pm.segment)
        if force.cameo not in mood.CROWD_STOPPING_CODES or protest.plover != "PROTEST" or apart > BREAKUP_SEGMENTS \
                or any(q.kind in TOLL_KINDS for q in force.quantities):
            return False
        root = eh.role_root(self.record.doc, force.target)
        if root is None or root.lower_ in clauses.PRONOUNS:
            return apart <= 1  # "to break up the rally", "fired tear gas at them"
        if protest.actor is not None and force.target is not None and force.target.span == protest.actor.span:
            return True  # "Thousands of teachers rallied ... and were blocked by police": the very
            # doers of the protest are the crowd stopped
        if not (self._crowd(force.target) or word_class(root, "crowds")):
            return False
        if any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in root.children) \
                or any(t.idx == protest.trigger.start for t in root.subtree):
            return True  # "the marchers": the crowd told before; "demonstrators protesting election
            # results": the crowd the protest is told of
        # a crowd by no other name than its kind ("protesters"), when the protest's is one too
        # (not "supporters of Imran Khan" beside "hundreds of lawyers", "Palestinian demonstrators")
        return not any(c.dep_ in ("amod", "compound", "poss", "prep", "relcl", "acl") for c in root.children) \
            and (protest.actor is None or self._crowd(protest.actor))

    def _under_headline(self, m: Mention, h: Mention, hap: Happening) -> bool:
        """The unit is the lead's, in the first two sentences after the headline, the happening
        was begun by the headline, and no count in the lead's sentence differs from one the
        happening gives: a headline tells the lead's story in short."""
        if not h.headline or m.headline:
            return False
        if m.segment > self.body_segment + 1:
            return False
        told = [self.mentions[k].event for k in hap.members]
        return not any(counts_differ(x.event, t) for x in self.by_segment.get(m.segment, []) for t in told)

    def _places_agree(self, m: Mention, h: Mention, a: Event, b: Event, told_anew: bool) -> bool:
        """Whether two acts' places may be one happening's (:func:`.agreement.places_agree`); a
        ruling's half placed only by the dateline has no place of its own ("MOSCOW - A Russian
        court sentenced ... was found guilty after a trial in Yekaterinburg")."""
        return places_agree(self.record, a, b, told_anew) or (one_ruling(m.event, h.event) and any(
            x.location is not None and at_dateline(self.record, x.location) for x in (a, b)))

"""The word classes the event coder reads roles by (`data/role_words.tsv`)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from wirewatch.datafiles import table_lines
from wirewatch.errors import DataFileError

COLUMNS = ("word", "class")


@dataclass(frozen=True)
class RoleWords:
    container: frozenset[str]  # "ten days of war games"
    partitive: frozenset[str]  # "a team of experts", "a state of emergency": "of" names what it is
    pair: frozenset[str]  # "both countries"
    attack: frozenset[str]  # "a roadside bomb killed"
    bomb: frozenset[str]  # an unattributed bombing (CAMEO 183)
    effort: frozenset[str]  # "a mediation effort"
    summary: frozenset[str]  # "..., a move criticized by Cuba"
    disaster: frozenset[str]  # "killed when an earthquake razed villages": no attack
    light: frozenset[str]  # "carried out raids": a support verb carrying a noun's event
    military: frozenset[str]  # "air strikes": no protest
    forces: frozenset[str]  # "Israeli air raids", "Turkish artillery": a state's armed forces (MIL)
    projectile: frozenset[str]  # "three shells hit a school": fired from afar, not by the place hit
    landing: frozenset[str]  # "bombs hit the clinic": dropped from elsewhere, not planted where they lay
    planted: frozenset[str]  # "a roadside bomb hit a convoy": it lay where it went off
    patient: frozenset[str]  # "Nijjar's killing": a person's possessive is whom it was done to
    suffered: frozenset[str]  # "a probe into the death of the journalist": who suffered it is not probed
    inquiry_link: frozenset[str]  # "detained as part of an inquiry": the one detained is looked into
    means: frozenset[str]  # "dropped off by helicopter": a bare "by" noun of these is how, not who
    vehicle: frozenset[str]  # "was struck by his car": an accident, no attack
    impact: frozenset[str]  # "a van struck her", "was run over": a road accident, no attack
    structure: frozenset[str]  # "a roof collapsed": the fall of a building is an accident, no attack
    occasion: frozenset[str]  # "invited the singer to the debate": no intent to meet
    course: frozenset[str]  # "reversed the course of the boats": the way a craft goes
    craft: frozenset[str]  # "reversed the course of the boats": a vessel's course, no decision
    abstract: frozenset[str]  # "the policies are killing the middle class": a figure of speech
    naval: frozenset[str]  # "the warship's crew confiscated rifles": at sea, no domestic target
    opinion: frozenset[str]  # "Americans' support for the candidates": opinion held, no act
    consequence: frozenset[str]  # "threatened to raise tensions": a risk, no threat of an act
    ground: frozenset[str]  # "bombed targets in Gaza": what an attack falls on, standing for its place
    carrier: frozenset[str]  # "sent a message of condolence", "a condolence letter": carries the noun
    uttered: frozenset[str]  # "offered condolences": said by offering it, no promise
    relation: frozenset[str]  # "the shooter's brother": a person named by a tie to another, not that other
    tie: frozenset[str]  # "an ally of the president": a political tie to another, whose office is not theirs
    withheld: frozenset[str]  # "declined to comment": comment withheld, no rejection
    quantifier: frozenset[str]  # "imposed some of the sanctions": the verb governs the "of" noun
    compel: frozenset[str]  # "fired shots, forcing the pirates to surrender": the ones compelled are hit
    harming: frozenset[str]  # "opened fire, killing a clerk": the ones harmed are hit
    causative: frozenset[str]  # "threatened to make Kadzik testify": the one made to act is the target
    degree: frozenset[str]  # "to make the battalions more ready": a state after a causative, no act
    public: frozenset[str]  # "people are blaming X", "critics call it": people at large, no actor of words
    particle: frozenset[str]  # "put Cuba back on its list": the phrase on the particle is the verb's
    subjected: frozenset[str]  # "is under investigation": the act falls on the verb's subject
    subjecting: frozenset[str]  # "were subjected to beatings": the "to" act falls on the verb's subject
    court: frozenset[str]  # "will be sentenced": with no agent named, a court did it, not the police
    envoy: frozenset[str]  # "the ambassador was summoned": by the host state, not the envoy's own
    inquest: frozenset[str]  # "the offices were raided" after "police are investigating": the police raided
    prompting: frozenset[str]  # "at the urging of Y, X agreed": Y asked X
    claim: frozenset[str]  # "said the reports were baseless": a claim a speaker denies
    warrant: frozenset[str]  # "said there was no truth to the reports": a claim's ground, said to be none
    speech: frozenset[str]  # "tough talk on immigration": the singular is a way of speaking, no meeting
    proffer: frozenset[str]  # "offered talks, but Washington declined": an offer a bare refusal answers
    proposal: frozenset[str]  # "accept their proposal": whose proposal is whom its answer answers
    alleging: frozenset[str]  # "a complaint with the UN, accusing Sudan": whom a complaint alleges against
    seizing: frozenset[str]  # "confiscated their weapons": what is taken is its owner's, the target
    capturing: frozenset[str]  # "detained nine smugglers and confiscated their boats": the captives own it
    holding: frozenset[str]  # "four herders kidnapped last week": a participle naming them captives
    writing: frozenset[str]  # "the ministry's statement condemned the raid": the ministry's words
    aiming: frozenset[str]  # "strikes aimed at Ukrainian troops": the participle names the act's target
    amounting: frozenset[str]  # "goods worth $3 billion in American exports": the sum's owner is the goods'
    rallying: frozenset[str]  # "came to Uganda's aid": the owner of the help gone to is the one helped
    steps: frozenset[str]  # "took measures including recalling its envoy": the gerund is a step taken
    judged: frozenset[str]  # "Russia is a bad actor": an actor in a role, judged by its adjective
    notion: frozenset[str]  # "rejected the stereotype that they are lazy": an idea held, no proposal
    regarding: frozenset[str]  # "viewed Washington's move as a provocation": the "as" word judges the object
    boundary: frozenset[str]  # "near the border with Turkey": the "with" names a neighbour, no party
    companion: frozenset[str]  # "together with Canada, Mexico sued": the "with" names a co-doer
    gathering: frozenset[str]  # "crushed the protests across Iran": the act falls on the people gathered
    charging: frozenset[str]  # "accused the minister of bribery": the object's "of" is the charge
    readying: frozenset[str]  # "trained the militia to fight": the object does the purpose infinitive's act
    collective: frozenset[str]  # "rebel groups fighting": a body of people the word before names
    causing: frozenset[str]  # "forced the rebels to surrender": the object does the infinitive's act
    statute: frozenset[str]  # "the Kenya Transparency Act would freeze assets": a law's name, no actor
    peril: frozenset[str]  # "under threat of starvation": a danger, no one's threat
    vice: frozenset[str]  # "fight racism", "battle misogyny": a wrong of society fought as a cause
    tally: frozenset[str]  # "no inmate checks were made": a record of people, no party to an act
    portrayal: frozenset[str]  # "in the channel's telling, the army defends villages": a portrayal
    mutual: frozenset[str]  # "were killed in clashes": fighting between sides, no unnamed attacker
    addressing: frozenset[str]  # "wrote to the minister, urging an inquiry": the "to" phrase is addressed
    hearer: frozenset[str]  # '"Free them," she urged the minister': the direct object is the one spoken to
    convened: frozenset[str]  # "called for a meeting of the Arab League": the body asked to convene
    within: frozenset[str]  # "during their talks, the presidents agreed": the subject took part
    errand: frozenset[str]  # "flew to Rome for her son's wedding": a private trip, no visit
    passage: frozenset[str]  # "officers allowed them to leave": routine leave to come or go, no concession
    care: frozenset[str]  # "was released from hospital": a patient leaving, no captive freed
    protecting: frozenset[str]  # "offered to send troops to help Mali": protection offered, no threat
    volunteering: frozenset[str]  # "offered to send troops": forces put at another's service
    bail: frozenset[str]  # "was released on bail": a court's act, not the police's
    term: frozenset[str]  # "jailed for three years": a prison term a court handed down
    prosecution: frozenset[str]  # "the charges were dropped": a legal action of the authorities
    tutor: frozenset[str]  # "the teacher urged her pupils": one who teaches or cares for others
    charge: frozenset[str]  # "the coach urged the players": those in a tutor's care
    leave: frozenset[str]  # "should be allowed to return": the ones given leave benefit, no addressee
    parties: frozenset[str]  # "urged the two sides to talk": the sides to a dispute, addressed
    counsel: frozenset[str]  # "helps people understand the rules": a task helped with, no aid
    uncovering: frozenset[str]  # "foiled a plot to bomb the embassy": the plotters' act, not the police's
    warfare: frozenset[str]  # "Russian airstrikes in Idlib": a nationality on it names the doer
    asking: frozenset[str]  # "Sweden's extradition request": the possessor asked, under any verb
    keeping: frozenset[str]  # "kept their promise": a promise made before, no promise made then
    unpassive: frozenset[str]  # "was sanctioned and retaliated": no passive, a conjunct of the one acted on
    laden: frozenset[str]  # "an ambush on a bus carrying settlers": those aboard were struck

    @functools.cached_property
    def unliftable(self) -> frozenset[str]:
        """Support and consequence verbs: no sense of their own for the classifier to lift."""
        return self.light | self.consequence

    @functools.cached_property
    def pass_of(self) -> frozenset[str]:
        """Words whose "of" noun their own governor governs: containers, carriers, quantifiers."""
        return self.container | self.carrier | self.quantifier

    @functools.cached_property
    def measures(self) -> frozenset[str]:
        """Container and partitive words: their "of" names what they measure, gather or are part of."""
        return self.container | self.partitive


def load_role_words(path: Path | None = None) -> RoleWords:
    """Read the table; an unknown class or a malformed line names the line."""
    label, rows = table_lines("role_words.tsv", path, COLUMNS)
    classes: dict[str, set[str]] = {name: set() for name in RoleWords.__dataclass_fields__}
    for number, row in enumerate(rows, start=1):
        cells = row.split("\t")
        if len(cells) != len(COLUMNS) or cells[1].strip() not in classes:
            raise DataFileError(f"{label}: data line {number}: expected a word and one of {sorted(classes)}")
        classes[cells[1].strip()].add(cells[0].strip().lower())
    return RoleWords(**{name: frozenset(words) for name, words in classes.items()})


@functools.lru_cache(maxsize=1)
def role_words() -> RoleWords:
    """The packaged table, read once per process."""
    return load_role_words()

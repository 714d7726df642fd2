"""Whether a nationality plural ("the Israelis", "the Indians") does an armed act as its clause's
subject: then it stands for its state's forces (MIL), not for its civilians.

"The Israelis bombed the school", "the Indians attacked the pirates' boats", "the Israelis
launched their assault at dawn": the people of a state that fight, bomb or invade are its
military (issue 11, stop 38: such sources coded CVL). The armed acts are the codebook's own:
the verbs of its CAMEO 19x rules (conventional military force) that need no particular object,
and the nouns of those rules after a verb of launching ("launched an offensive"). A plural that
protests, votes or says stays civilian.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from wirewatch.events.codebook import all_verb_forms, load_codebook, noun_inflections
from wirewatch.events.words import role_words

MILITARY_FORCE_ROOT = "19"
SUBJECT_DEP = "nsubj"
OBJECT_DEP = "dobj"
# How a nationality adjective, and the words between it and its noun, hang on the noun.
MODIFIER_DEPS = frozenset({"amod", "compound"})


@functools.cache
def _armed_verbs() -> frozenset[str]:
    """Forms of the verbs of CAMEO 19x rules that fire on any object (not "hit", whose rule asks
    for a subject of the forces, nor "capture", whose 19x rule asks for a town)."""
    rules = load_codebook().rules
    lemmas = frozenset(
        r.lemma
        for r in rules
        if r.pos == "verb"
        and r.cameo.code.startswith(MILITARY_FORCE_ROOT)
        and not r.objects
        and not r.subjects
        and not r.particle
    )
    return all_verb_forms(lemmas)


@functools.cache
def _armed_nouns() -> dict[str, frozenset[str]]:
    """Forms of the nouns of CAMEO 19x rules -> the verbs whose subject does the act ("launch")."""
    nouns: dict[str, set[str]] = {}
    for r in load_codebook().rules:
        if r.pos != "noun" or not r.cameo.code.startswith(MILITARY_FORCE_ROOT) or "*" in r.governors:
            continue
        for form in noun_inflections(r.lemma):
            nouns.setdefault(form, set()).update(all_verb_forms(frozenset(r.governors)))
    return {form: frozenset(verbs) for form, verbs in nouns.items()}


def does_armed_act(word: Token) -> bool:
    """Is `word` the subject of an armed act: a 19x verb, or a verb of launching a 19x noun?"""
    if word.dep_ != SUBJECT_DEP:
        return False
    verb = word.head
    if verb.lower_ in _armed_verbs():
        return True
    nouns = _armed_nouns()
    return any(
        c.dep_ == OBJECT_DEP and verb.lower_ in nouns.get(c.lower_, frozenset()) for c in verb.children
    )


def names_state_forces(word: Token) -> bool:
    """Is `word`, a nationality adjective, the doer of an armed act waged with a state's forces or
    arms, or the owner of such arms: "Israeli air raids", "the Turkish incursion", "a Russian naval
    blockade", "Turkish artillery shelled"? Then, as the doer of an act of force, it stands for its
    state's military (MIL), not the state (issue 11: such doers coded with no sector). The act is a
    noun of a 19x rule with a word of `forces` on it, or one of war (role_words.tsv `warfare`); a
    bare "Palestinian attacks" or "Pakistani bombings" may be anyone's of that nationality."""
    if word.dep_ not in MODIFIER_DEPS or word.head.i <= word.i:
        return False
    noun = word.head
    between = [noun]
    while noun.dep_ == "compound" and noun.head.i > noun.i:  # "Israeli" on "air" of "air strikes"
        noun = noun.head
        between.append(noun)
    words = role_words()
    if noun.lower_ in words.warfare or noun.lower_ in words.forces:
        return True
    if noun.lower_ not in _armed_nouns():
        return False
    named = [*between[:-1], *(c for c in noun.children if c.dep_ in MODIFIER_DEPS)]
    return any(w.lower_ in words.forces for w in named)

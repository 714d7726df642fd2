"""Deaths and injuries in accidents: the sentence names a disaster or a road accident.

A killing or an injury is an attack only when someone did it. "Killed in a crash", "a van
struck her at a bus stop", "was run over", "a hit-and-run", "struck and killed a woman as she
crossed the road" report an accident (role_words.tsv classes `disaster`, `vehicle`, `impact`);
the vetoes in `vetoes.py` and the attacker that `implied.py` infers both ask this module.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from wirewatch.events.codebook import all_verb_forms
from wirewatch.events.words import role_words

# Where a verb's doer stands: its subject, or the object of its passive "by".
DOER_DEPS = frozenset({"nsubj", "nsubjpass"})
# Where the parse hangs a phrasal verb's particle: "was run over", "ran over a woman".
PARTICLE_DEPS = frozenset({"prt", "prep"})


@functools.lru_cache(maxsize=1)
def _impact_forms() -> frozenset[str]:
    """Every form of the lone verbs of impact ("hit", "struck", "striking")."""
    return all_verb_forms(frozenset(w for w in role_words().impact if " " not in w))


@functools.lru_cache(maxsize=1)
def _phrasal_forms() -> dict[str, frozenset[str]]:
    """Every form of a phrasal verb of impact, with its particles ("ran": over)."""
    phrasal: dict[str, set[str]] = {}
    for entry in (w for w in role_words().impact if " " in w):
        verb, particle = entry.split(" ", 1)
        for form in all_verb_forms(frozenset({verb})):
            phrasal.setdefault(form, set()).add(particle)
    return {form: frozenset(particles) for form, particles in phrasal.items()}


def names_an_accident(sent: SpacySpan) -> bool:
    """The sentence names a disaster or an accident ("killed in a crash", "a hit and run"), a
    vehicle striking someone ("a van struck her", "was hit by a train") or a phrasal verb of
    one ("was run over")."""
    words = role_words()
    if any(t.lower_ in words.disaster for t in sent):
        return True
    if _names_a_phrase(sent, words.disaster):
        return True
    return any(_vehicle_impact(t) or _phrasal_impact(t) or structure_fell(t) for t in sent)


def struck_down(token: Token) -> bool:
    """ "A man struck and killed a woman as she crossed the road", "hit and injured two
    children": a killing or an injury coordinated with a verb of impact, with no weapon named
    ("with a hammer") and no weapon as the doer, is a road death; a private person's, the
    veto in `vetoes.accident` asks."""
    pair = [token, *token.conjuncts]
    if not any(t.lower_ in _impact_forms() for t in pair if t.i != token.i):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for t in pair for c in t.children):
        return False
    subjects = [c for t in pair for c in t.children if c.dep_ in DOER_DEPS]
    return not any(s.lower_ in role_words().attack for s in subjects)


def _vehicle_impact(token: Token) -> bool:
    """ "When a delivery van struck her", "their motorbike hit a wall", "was struck by a pickup":
    a verb of impact whose doer is a road or rail vehicle; any verb whose passive "by" names
    one ("killed by a train")."""
    vehicles = role_words().vehicle
    if token.dep_ == "pobj" and token.head.dep_ == "agent" and token.lower_ in vehicles:
        return True
    return token.lower_ in _impact_forms() and any(
        c.dep_ == "nsubj" and c.lower_ in vehicles for c in token.children
    )


# The verbs of a building's fall ("the roof collapsed", "a tunnel caved in"; the noun is a form).
COLLAPSE_VERBS = frozenset({"collapse", "cave"})
# Where the fallen structure stands: the verb's subject, the noun's compound or "of" phrase.
STRUCTURE_DEPS = frozenset({"nsubj", "compound", "pobj"})


def structure_fell(token: Token) -> bool:
    """ "A roof collapsed at the mall", "the bridge collapse", "the collapse of a mine": a building
    or a built structure (`structure` words) that fell is an accident, unless its sentence names
    a weapon or an attack that brought it down ("the house collapsed after missiles hit it"). A
    government, a ceasefire or talks that collapse are not structures."""
    if token.lower_ not in _collapse_forms():
        return False
    fallen = _fallen_structure(token)
    if fallen is None:
        return False
    words = role_words()
    return not any(t.lower_ in words.attack for t in token.sent if t.i != fallen.i)


def _fallen_structure(token: Token) -> Token | None:
    """The structure that collapsed: the verb's subject, the noun's compound or "of" phrase, or
    the noun the parse hangs the verb on ("a tunnel caved in")."""
    structures = role_words().structure
    for child in token.children:
        if child.dep_ in STRUCTURE_DEPS and child.lower_ in structures:
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            found = next((c for c in child.children if c.dep_ == "pobj" and c.lower_ in structures), None)
            if found is not None:
                return found
    if token.dep_ in {"compound", "acl"} and token.head.lower_ in structures:
        return token.head
    return None


@functools.lru_cache(maxsize=1)
def _collapse_forms() -> frozenset[str]:
    """Every form of the verbs of a building's fall; "collapse" and "collapses" are nouns too."""
    return all_verb_forms(COLLAPSE_VERBS)


def _phrasal_impact(token: Token) -> bool:
    """ "Was run over", "knocked down by a bus": a phrasal verb of impact (an entry of
    `impact` with its particle)."""
    particles = _phrasal_forms().get(token.lower_, frozenset())
    return any(c.dep_ in PARTICLE_DEPS and c.lower_ in particles for c in token.children)


def _names_a_phrase(sent: SpacySpan, words: frozenset[str]) -> bool:
    """A hyphenated entry the tokenizer splits ("hit-and-run", written "hit and run" too)."""
    text = _spaced(sent.text)
    return any(re.search(rf"\b{re.escape(_spaced(w))}\b", text) for w in words if "-" in w or " " in w)


def _spaced(text: str) -> str:
    """Lower case, hyphens and runs of space as one space: "hit - and-run" is "hit and run"."""
    return re.sub(r"\s+", " ", re.sub(r"\s*-\s*", " ", text.lower()))

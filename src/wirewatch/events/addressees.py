"""Whom a quotation speaks to: "you" inside a quote stands for the one the speaker addresses.

'"Enough is enough," Warren said to Obama, adding, "I urge you to act"', 'In a letter to the
Kenyan president, the senator wrote: "We urge you to release the prisoners"', 'the senator told
the president, "You must release them"': the "you" is Obama, the president. Without it the
request, demand or charge the quote makes has no target, or none that is an actor.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from wirewatch.doctools import expanded_range, indices_within, token_indices
from wirewatch.events.codebook import Rule
from wirewatch.events.roles import (
    actors_at,
    prep_objects,
    quotation_holding,
    quote_cue,
    quote_holding,
    subject_actors,
)
from wirewatch.events.words import role_words
from wirewatch.model import Mention

SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
_SECOND_PERSON_IDS = frozenset(get_string_id(word) for word in SECOND_PERSON)  # for token_indices
# Verbs whose direct object is the one spoken to ("told the president, ...").
TELL_FORMS = frozenset({"tell", "tells", "told", "telling"})
DO_FORMS = frozenset({"do", "don't", "dont"})
PRESS_SECTORS = frozenset({"MED"})
# How an imperative heads its quote ("Withdraw ...," he told ...; he said: "Free them"), and the
# words it may have before it in the quote ("Please", "Now", "Russia, withdraw").
IMPERATIVE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "parataxis", "dep", "xcomp"})
BEFORE_IMPERATIVE_DEPS = frozenset({"intj", "advmod", "npadvmod", "punct", "dep", "neg", "aux"})
# A clause with any of these is no imperative ("They must withdraw", "If you withdraw").
NOT_IMPERATIVE_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "mark", "csubj"})
# How far above the quote's cue the speech verb with the addressee may hang ("said to Obama,
# adding, ...": the cue "adding" hangs on "said").
CUE_REACH = 2


def second_person_addressees(doc: Doc, by_token: dict[int, Mention]) -> dict[int, Mention]:
    """Token index → the addressee, for each "you" inside a direct quote whose speaker speaks to
    one actor named in the sentence of the cue (doc._.quotes, wirewatch_quotes)."""
    out: dict[int, Mention] = {}
    pronouns = token_indices(doc, LOWER, _SECOND_PERSON_IDS)
    for quote in getattr(doc._, "quotes", None) or []:
        addressee = _addressee(doc, quote, by_token)
        words = expanded_range(doc, quote.start, quote.end)
        if addressee is None or words is None:
            continue
        for i in indices_within(pronouns, words.start, words.stop):
            if i not in by_token:
                out[i] = _standing_for(doc[i], addressee)
    return out


def quoted_imperative(token: Token, rule: Rule) -> Token | None:
    """The cue of the direct quotation `token` opens as an imperative ('"Withdraw your troops," the
    minister told his counterpart', '"Free the hostages now," the president said'): the verb heads
    the quote in its bare form (a verb rule's lemma: the parse has no tags), with no subject, no
    subordinator and nothing before it but an interjection, an adverb or a name called; the quote has
    a speaker. The imperative's act is asked of the hearer, not done by the speaker."""
    if rule.pos != "verb" or token.lower_ != rule.lemma:
        return None
    quotation = quotation_holding(token)
    if quotation is None:
        return None
    words, cue = quotation
    if token.dep_ not in IMPERATIVE_DEPS or token.head.i not in (token.i, cue.i):
        return None
    if any(c.dep_ in NOT_IMPERATIVE_DEPS for c in token.children):
        return None
    if any(c.dep_ == "dobj" and c.lower_ == "you" for c in token.children):
        return None  # "Thank you", "Bless you": the speaker's own formula, no order to the hearer
    before = [t for t in words if t.i < token.i]
    if any(t.head.i != token.i or t.dep_ not in BEFORE_IMPERATIVE_DEPS for t in before):
        return None
    if any(t.dep_ == "aux" and t.lower_ not in DO_FORMS for t in before):
        return None  # "Will withdraw ..." is no order
    return cue


def quote_addressee(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The one actor the speaker of the quotation holding `token` speaks to, as its cue names it."""
    quote = quote_holding(token)
    addressee = _addressee(token.doc, quote, by_token) if quote is not None else None
    return [addressee] if addressee is not None else []


def _addressee(doc: Doc, quote: Any, by_token: dict[int, Mention]) -> Mention | None:
    """The one actor the quote's speaker speaks to, if the cue's verbs name exactly one."""
    cue = quote_cue(doc, quote) if quote.kind == "direct" and quote.speaker is not None else None
    if cue is None:
        return None
    verbs = [cue, *list(cue.ancestors)[:CUE_REACH]]
    found = {m for v in verbs for h in _spoken_to(v) for m in actors_at(h, by_token)}
    # "told reporters, 'you have to read it'": a "you" said to the press is mostly anyone's
    found = {m for m in found if m.text != quote.speaker.text and m.sector not in PRESS_SECTORS}
    return found.pop() if len(found) == 1 else None


def _spoken_to(verb: Token) -> list[Token]:
    """Heads naming whom `verb` speaks to: its "to" phrase or dative ("said to Obama"), the object
    of a verb of addressing someone ("told", "urged", "warned", "implored the minister": role_words
    hearer), or the "to" phrase of the letter or message it is said in ("in a letter to Obama")."""
    heads = prep_objects(verb, {"to"}) + [c for c in verb.children if c.dep_ == "dative"]
    if verb.lower_ in role_words().hearer:
        # "warned Azerbaijan" is at times parsed as an adverbial noun ("warned Monday" names no actor)
        heads += [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
    carriers = [n for n in prep_objects(verb, {"in", "with"}) if n.lower_ in role_words().carrier]
    return heads + [g for n in carriers for g in prep_objects(n, {"to"})]


def _standing_for(token: Token, addressee: Mention) -> Mention:
    """The addressee, as a mention at the "you" that stands for it."""
    return Mention(
        token.idx,
        token.idx + len(token.text),
        token.text,
        addressee.kind,
        addressee.country,
        addressee.sector,
        addressee.name,
        addressee.role,
        addressee.actor_id,
        "quote-addressee",
    )


def told_addressees(token: Token, by_token: dict[int, Mention], sources: list[Mention]) -> list[Mention]:
    """Whom a verbal act is told to when the act is what the teller tells: "told the imam that she
    apologizes", "told his Ugandan counterpart that Kenya would reopen the border" are an apology
    to the imam and a promise to Uganda. Only for the teller's own act (its subject is the teller
    or of the teller's country) and not for the press ("told reporters he would resign" is aimed
    at no reporter)."""
    teller = token.head
    if token.dep_ != "ccomp" or teller.lower_ not in TELL_FORMS:
        return []
    tellers = subject_actors(teller, by_token)[0]  # "visited the mosque and told the imam"
    own = {m.actor_id for m in sources} | {m.country for m in sources if m.country}
    if not any(m.actor_id in own or (m.country and m.country in own) for m in tellers):
        return []
    heads = [c for c in teller.children if c.dep_ in ("dobj", "dative")]
    found = [m for h in heads for m in actors_at(h, by_token)]
    return [m for m in found if m.sector not in PRESS_SECTORS and m.actor_id not in own]


def participle_addressees(
    token: Token, by_token: dict[int, Mention], sources: list[Mention]
) -> list[Mention]:
    """Whom a verbal act in a participle clause is made to when the clause hangs on a verb of
    speaking to someone: "told the prison director, demanding an inquiry", "wrote to the minister,
    urging her to act" are a demand of the director and an appeal to the minister. Only when the
    participle has no subject of its own (the speaker makes the act), the speaker is the act's
    source, and not for the press ("told reporters, calling for calm" asks no reporter) nor for
    verbs that address no one ("met the director, demanding ..." is no speech to the director)."""
    if token.dep_ != "advcl" or not token.lower_.endswith("ing"):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children):
        return []
    speaker = token.head
    if speaker.lower_ not in TELL_FORMS and speaker.lower_ not in role_words().addressing:
        return []
    keys = {m.actor_id for m in sources}
    if not any(m.actor_id in keys for m in subject_actors(speaker, by_token)[0]):
        return []
    # "wrote a letter to the minister, urging ...": the "to" phrase hangs on the letter written
    words = role_words().carrier | role_words().writing
    written = [c for c in speaker.children if c.dep_ == "dobj" and c.lower_ in words]
    heads = _spoken_to(speaker) + [g for c in written for g in prep_objects(c, {"to"})]
    found = [m for h in heads for m in actors_at(h, by_token)]
    return [m for m in found if m.sector not in PRESS_SECTORS and m.actor_id not in keys]

"""Which event of a sentence a phrase (a date, a place) belongs to, from the dependency parse.

An event stands in the parse for its trigger and, for a nominal trigger, the verb it
hangs from ("held talks", "during talks"). A phrase belongs to the nearest such token
above it, else to the sentence's main verb ("On Tuesday, Ri issued the invitation during
talks"); an event takes the phrase of its own tokens, else of the nearest token above
them that has one.

A phrase does not climb out of a clause of its own (issue 11): in "Canada expelled six
diplomats on Monday, saying they were linked to a killing in Surrey in June 2023", June
2023 and Surrey belong to "linked", not to "expelled". The clauses are those a dependency
of `CLAUSE_DEPS` opens (reported speech, adverbial, infinitival and relative clauses) and a
conjoined verb with a subject of its own ("..., and India expelled ... on Tuesday"). A
participle describing the trigger itself is no clause of its own ("talks held in Havana
on Wednesday"). An event still takes the phrase of the clause above it: a trigger in a
"when he arrived ..." clause takes the time of the main verb; but not out of a relative
clause ("Nijjar, who was shot dead, ...", but "a visit to Kyiv, where he met ..." is
at the visit's place and time) or out of a clause or phrase of sequence
("after protesters stormed his residence", "before the vote": `sequence` words of
`data/time_words.tsv`), whose events happened at another time.

A present participle describing a noun shares the verb's time and place too (`present_participle`):
"issued a statement on Monday condemning the attack" condemned on Monday, and a time the parser hangs
from such a participle that codes no event is the verb's ("were seized by gunmen wearing masks in
May 2015" were seized in May 2015); so does an infinitive
telling a noun's content (`noun_infinitive`): "On July 6 they signed an agreement to allow ..."
allowed on July 6; a past participle ("one of the men arrested at the border") tells an act of its own.

A gerund after a preposition of grounds is a clause of its own: in "mocked Ryan for losing in 2012",
2012 is the losing's, not the mocking's (`gerund_of_grounds`).

A participle clause before its verb, with no subject of its own, is no clause of its own either:
"Campaigning on Sunday in Florida, Trump attacked ..." attacked on Sunday, in Florida.

An infinitive that codes no event of its own is no clause of its own: "Warren called on Obama
to replace the SEC's head on Friday" was a Friday call; nor is one of what its verb asks of someone
it names, an event or not ("called on the CEO to resign in a hearing last month" called last month:
`directed_infinitive`) (a deadline, "to leave the country by
Oct. 19", dates nothing: see `when.component`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from wirewatch.doctools import expanded_root
from wirewatch.model import Event
from wirewatch.when.words import (
    grounds_words,
    happening_nouns,
    implicative_verbs,
    invitation_verbs,
    occasion_nouns,
    published_words,
    sequence_step,
    sequence_words,
    succession_words,
)

T = TypeVar("T")
# Dependency labels of a nominal trigger whose head verb carries its time and place.
NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "appos"})
# Dependency labels that open a clause with a time and place of its own.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "csubj", "csubjpass", "parataxis", "relcl", "acl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# A relative clause they open happens where and when its noun does ("Kyiv, where he met ...").
RELATIVE_WHERE_WHEN = frozenset({"where", "when"})


def governor(token: Token) -> Token | None:
    """The verb a nominal trigger hangs from, if any."""
    if token.dep_ in NOMINAL_DEPS:
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return token.head.head
    if token.dep_ == "conj" and token.head.i != token.i:
        return governor(token.head)
    return None


def trigger_token(doc: Doc, event: Event) -> Token | None:
    """The head token of `event`'s trigger."""
    return expanded_root(doc, event.trigger.start, event.trigger.end)


def event_tokens(doc: Doc, event: Event) -> set[int]:
    """Token indices standing for `event` in the parse: its trigger and the trigger's governor."""
    trigger = trigger_token(doc, event)
    if trigger is None:
        return set()
    gov = governor(trigger)
    return {trigger.i} | ({gov.i} if gov is not None else set())


def opens_clause(token: Token, anchors: set[int]) -> bool:
    """True when `token` heads a clause whose phrases are its own, not the verb's above."""
    if token.dep_ == "acl" and token.head.i in anchors:
        return False  # "talks held in Havana on Wednesday": the trigger's own participle
    if published_occasion(token):
        return False  # "said in a message posted Friday": the message's Friday, the saying's
    if invited_infinitive(token):
        return True  # "invited him to visit her in January 2012": the visit's January
    if token.dep_ == "xcomp" and (
        token.i not in anchors or directed_infinitive(token) or implicative_infinitive(token)
    ):
        return False  # "called on Obama to replace the SEC's head on Friday": the call's Friday
    if fronted_participle(token):
        return False  # "Campaigning on Sunday in Florida, Trump attacked ...": Sunday's attack
    if present_participle(token) and token.i not in anchors:
        return False  # "seized by gunmen wearing masks in May 2015": the seizure's May
    if token.dep_ in CLAUSE_DEPS or gerund_of_grounds(token) or gerund_of_a_later_act(token):
        return True
    # The pipeline runs without a tagger: a conjunct with a subject is a verb's.
    return token.dep_ == "conj" and any(child.dep_ in SUBJECT_DEPS for child in token.children)


# A participle on its noun ("a video published Tuesday") or a relative clause of it ("a video,
# which was published Tuesday"), whose subject is only the relative pronoun.
PUBLISHED_DEPS = frozenset({"acl", "relcl"})
RELATIVE_PRONOUNS = frozenset({"which", "that"})


def published_occasion(token: Token) -> bool:
    """True when `token` is a past participle of putting words out on a noun of the occasion they
    were said in, with no subject of its own ("criticised the ministry in a video published
    Tuesday", "said in a Facebook message posted Friday", "in a video, which was released on
    Tuesday": `published` and `occasion` words of `data/time_words.tsv`): its time is the
    occasion's, and the words said in it were said then."""
    return (
        token.dep_ in PUBLISHED_DEPS
        and token.lower_ in published_words()
        and token.head.lower_ in occasion_nouns()
        and not any(c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS for c in token.children)
    )


# The particle of an infinitive ("to replace").
TO = "to"


def directed_infinitive(token: Token) -> bool:
    """True when `token` is an infinitive of what the verb above asks of someone it names first
    ("called on the CEO to resign in a hearing last month", "urged the governor to dismiss him on
    Monday"): the time in it is the asking's, the day the call was made (issue 11). An infinitive
    of the subject's own plan ("was planning to marry on Valentine's Day in 2012") keeps its time."""
    head = token.head
    return (
        _infinitive_of(token)
        and not invited_infinitive(token)
        and any(head.i < c.i < token.i and (c.dep_ == "dobj" or _called_on(c)) for c in head.children)
    )


def invited_infinitive(token: Token) -> bool:
    """True when `token` is the infinitive of the act a verb invites someone to ("invited him to visit
    her in January 2012": `invitation` verbs of `data/time_words.tsv`): an invitation names the time of
    the act it invites to, so a time in the infinitive is the visit's, not the invitation's."""
    return _infinitive_of(token) and token.head.lower_ in invitation_verbs()


def _infinitive_of(token: Token) -> bool:
    """True when `token` is an infinitive complement of the verb above ("to replace", "to visit")."""
    return (
        token.dep_ == "xcomp"
        and token.head.i != token.i
        and any(c.dep_ == "aux" and c.lower_ == TO for c in token.children)
    )


# The prepositions that name whom a verb calls on: "called on Obama to", "prevailed upon him to".
CALLED_ON = frozenset({"on", "upon"})


def _called_on(token: Token) -> bool:
    """True when `token` is a preposition naming whom the verb calls on ("on Obama")."""
    return (
        token.dep_ == "prep" and token.lower_ in CALLED_ON and any(c.dep_ == "pobj" for c in token.children)
    )


def gerund_of_grounds(token: Token) -> bool:
    """True when `token` is a gerund after a preposition of grounds ("mocked him for losing in 2012",
    "accused her of lying to Congress in 2015": `grounds` words of `data/time_words.tsv`): the
    matter of the act above, a predicate with a time of its own."""
    return (
        token.dep_ == "pcomp"
        and token.lower_.endswith(PRESENT_PARTICIPLE)
        and token.head.dep_ == "prep"
        and token.head.lower_ in grounds_words()
    )


def gerund_of_a_later_act(token: Token) -> bool:
    """True when `token` is a gerund after a preposition of sequence whose act comes after the act
    above ("denied the charge for decades until finally admitting it in 2005", "resigned before
    testifying in May": `sequence` words valued later in `data/time_words.tsv`): its time is that later
    act's, the end of the span of the act above or a time after it, never that act's own date."""
    return (
        token.dep_ == "pcomp"
        and token.lower_.endswith(PRESENT_PARTICIPLE)
        and token.head.dep_ == "prep"
        and token.head.lower_ in sequence_words()
        and sequence_step(token.head.lower_) > 0
    )


def fronted_participle(token: Token) -> bool:
    """True when `token` heads a participle clause before its verb with no subject, subordinator
    or auxiliary of its own ("Speaking in Juba on Monday, Kiir denounced ..."): its subject is the
    verb's, and so are its time and place."""
    return (
        token.dep_ == "advcl"
        and token.i < token.head.i
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("mark", "aux", "auxpass") for c in token.children)
    )


def implicative_infinitive(token: Token) -> bool:
    """True when `token` is an infinitive of a verb whose act is the infinitive's done or withheld
    ("refused to endorse him during a speech in July", "failed to win the vote in March": `implicative`
    verbs of `data/time_words.tsv`): the time in it is the verb's too, the refusal made in July. A verb
    of a plan or promise ("agreed to leave in June") is no such verb: its infinitive's time is its own."""
    return (
        token.dep_ == "xcomp"
        and token.head.i != token.i
        and token.head.lower_ in implicative_verbs()
        and any(c.dep_ == "aux" and c.lower_ == TO for c in token.children)
    )


def _owner(token: Token, anchors: set[int]) -> Token:
    """The nearest event token above `token` in its own clause, else the head of that clause; an
    infinitive of what a verb asks of someone, or of a verb whose act it is (`implicative_infinitive`),
    passes its phrases up to that verb."""
    while (
        token.head.i != token.i
        and (token.i not in anchors or directed_infinitive(token) or implicative_infinitive(token))
        and not opens_clause(token, anchors)
    ):
        token = token.head.head if misread_relative_phrase(token) else token.head
    return token


# The subjects a relative clause opens with: "a speech that was intended to ...".
RELATIVE_SUBJECTS = frozenset({"that", "which", "who"})


def misread_relative_phrase(token: Token) -> bool:
    """True when `token` is a fronted phrase the parser hung from a clause it read as the complement
    of the verb after it, though the clause is a relative clause on the phrase's own noun: "In a
    speech on Saturday that was intended to outline his message, Trump began by threatening ..."
    (the clause's subject "that" right after the phrase): the phrase, and its Saturday, frame the
    verb after the clause, not the clause."""
    clause = token.head
    if token.dep_ != "prep" or clause.dep_ != "ccomp" or not token.i < clause.i < clause.head.i:
        return False
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_SUBJECTS]
    return bool(subjects) and subjects[0].i == token.right_edge.i + 1


def sets_apart(token: Token, anchors: set[int]) -> bool:
    """True when `token` heads a clause or phrase whose events keep apart from the clause
    above: a relative clause, or one of sequence ("after they stormed", "before the vote")."""
    if token.dep_ == "relcl":
        return not any(child.lower_ in RELATIVE_WHERE_WHEN for child in token.children)
    if token.dep_ == "acl" and token.head.i not in anchors:
        return not (present_participle(token) or noun_infinitive(token))
    if sequence_marks(token) or told_in_succession(token):
        return True
    return token.dep_ in ("pobj", "pcomp") and token.head.lower_ in sequence_words()


def told_in_succession(token: Token) -> bool:
    """True when `token` is a verb conjoined to another with an adverb telling its act as done after
    that one ("was detained in March and later convicted": `succession` words of
    `data/time_words.tsv`): the time of the verb before is not its own."""
    return token.dep_ == "conj" and token.head.i != token.i and told_as_later(token)


def told_as_later(verb: Token) -> bool:
    """True when `verb` carries an adverb telling its act as done after another told before it
    ("later apologized", "was eventually freed": `succession` words of `data/time_words.tsv`)."""
    return any(c.dep_ == "advmod" and c.lower_ in succession_words() for c in verb.children)


# A participle's word for being in progress: the pipeline runs without a tagger.
PRESENT_PARTICIPLE = "ing"


def present_participle(token: Token) -> bool:
    """True when `token` is a present participle describing a noun, with no subject, auxiliary or
    subordinator of its own ("issued a statement on Thursday condemning the attack", "filed papers
    opposing the release"): its act is done in the act of the verb above, at its time and place. A
    past participle ("one of the men arrested at the Watergate complex") tells an act of its own."""
    return (
        token.dep_ == "acl"
        and token.lower_.endswith(PRESENT_PARTICIPLE)
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("mark", "aux", "auxpass") for c in token.children)
    )


def noun_infinitive(token: Token) -> bool:
    """True when `token` is an infinitive with no subject of its own telling the content of a noun
    ("signed an agreement to allow Mexican trucks", "passed a bill to sanction the bank"): the act is
    the one the noun's verb makes, agreed, passed or proposed then, so it takes that verb's time. A
    time of its own ("a plan to invade in June") is still its own."""
    return (
        token.dep_ == "acl"
        and any(c.dep_ == "aux" and c.lower_ == TO for c in token.children)
        and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
    )


# A subordinator that makes a participle's act go on during the verb's ("while chanting slogans").
WHILE = frozenset({"while"})


def trailing_participle(token: Token) -> bool:
    """True when `token` heads a present participle clause after its verb with no subject or
    auxiliary of its own ("marched to parliament, chanting slogans", "blocked the road while
    chanting"): its act goes on in the act of the verb, at its time."""
    return (
        token.dep_ == "advcl"
        and token.i > token.head.i
        and token.lower_.endswith(PRESENT_PARTICIPLE)
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in token.children)
        and all(c.lower_ in WHILE for c in token.children if c.dep_ == "mark")
    )


# The preposition of a gerund of means: "retaliated by firing rockets"; the labels of a verb heading a
# clause it may hang from (the pipeline runs no tagger: a noun's "the attack by firing" is no clause).
BY = "by"
CLAUSE_HEAD_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl", "xcomp", "relcl", "parataxis"})


def gerund_of_means(token: Token) -> bool:
    """True when `token` is a gerund that a "by" phrase hangs on a verb ("The army retaliated by firing
    rockets", "protested by blocking the road"): the means of the verb's act, done in it, at its time."""
    by = token.head
    return (
        token.dep_ == "pcomp"
        and token.lower_.endswith(PRESENT_PARTICIPLE)
        and by.lower_ == BY
        and by.dep_ == "prep"
        and by.head.i != by.i
        and by.head.dep_ in CLAUSE_HEAD_DEPS
    )


def sequence_marks(token: Token) -> list[Token]:
    """The marks of sequence that open `token`'s clause ("after they stormed", "before the vote":
    `sequence` words of `data/time_words.tsv`)."""
    sequence = sequence_words()
    return [c for c in token.children if c.dep_ == "mark" and c.lower_ in sequence]


def _up(token: Token, anchors: set[int]) -> list[Token]:
    """`token` and the ancestors whose phrases it may take, nearest first."""
    out = [token]
    while token.head.i != token.i and not sets_apart(token, anchors):
        token = token.head
        out.append(token)
    return out


def assign(doc: Doc, events: Sequence[Event], phrases: Sequence[tuple[int, int, T]]) -> list[T | None]:
    """For each event, the phrase (start, end, payload) of its sentence that belongs to it.

    A phrase belongs to the nearest event token above it in its clause (or to the clause's
    head). An event takes the phrase of the nearest token, from its own tokens upwards, that has
    one: a trigger in a "when he arrived ..." clause takes the time of the main verb.
    """
    tokens = [event_tokens(doc, e) for e in events]
    anchors = set().union(*tokens) if tokens else set()
    owned: dict[int, list[tuple[int, T]]] = {}
    for start, end, payload in phrases:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        happening = happening_before_relative(span)
        owner = happening if happening is not None else _owner(root.head, anchors)
        owned.setdefault(owner.i, []).append((start, payload))
    return [_take(doc, event, own, owned, anchors) for event, own in zip(events, tokens, strict=True)]


def happening_before_relative(span: Span) -> Token | None:
    """The noun of a happening (`happening` nouns of `data/time_words.tsv`) a phrase set off after a
    relative clause belongs to: in "prosecutors investigating the bombing at the embassy, which housed
    the consulate, on May 3" the parser hangs May 3 from a verb, but the phrase goes on the noun phrase
    the clause closes, and dates the bombing, not the investigating. The clause is one set off by
    commas on a noun that is the happening, or the place of the happening before it ("the bombing at
    the embassy", also when the parser hangs "at the embassy" from the verb: "the inquiry into the
    break-in at the office, which ..., on June 4" dates the break-in). After a clause on a noun
    of no happening ("questioned the owner of the shop, which sold phones, on Friday") the phrase is
    the verb's, as the parser has it."""
    doc = span.doc
    start = span.start - 1 if span.start > 0 and doc[span.start - 1].dep_ == "prep" else span.start
    if start < 3 or doc[start - 1].text != ",":
        return None
    end = doc[start - 2]
    clause = next(
        (t for t in (end, *end.ancestors) if t.dep_ == "relcl" and t.right_edge.i == end.i),
        None,
    )
    if clause is None or clause.left_edge.i < 1 or doc[clause.left_edge.i - 1].text != ",":
        return None
    noun = clause.head
    candidates = [noun]
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        above = noun.head.head
        candidates.append(above)
        # the nouns of the phrases before the place's, nearest first: "the inquiry into the break-in at"
        before = doc[min(above.i + 1, noun.head.i) : noun.head.i]
        candidates += [t for t in reversed(before) if t.dep_ in NOMINAL_DEPS or t.dep_ == "pobj"]
    return next((t for t in candidates if _happening(t)), None)


def _happening(token: Token) -> bool:
    """True when `token` is a noun of a happening, a hyphenated one split by the tokenizer too
    ("break - in")."""
    doc = token.doc
    word = token.lower_
    if token.i >= 2 and doc[token.i - 1].text == "-":
        word = f"{doc[token.i - 2].lower_}-{word}"
    return word in happening_nouns()


def _take(
    doc: Doc, event: Event, own: set[int], owned: dict[int, list[tuple[int, T]]], anchors: set[int]
) -> T | None:
    best: tuple[int, T] | None = None
    trigger = trigger_token(doc, event)
    # The trigger's own phrase first, then its governor's: "Obama's 2012 visit ... was followed by a
    # trip a month later" visited in 2012.
    for i in sorted(own, key=lambda i: trigger is None or i != trigger.i):
        shared_from: Token | None = None  # the first passive conjunct's verb, once climbed to
        for steps, token in enumerate(_up(doc[i], anchors)):
            phrases = owned.get(token.i, [])
            if shared_from is not None:
                # only a phrase before the first conjunct's verb frames both
                phrases = [p for p in phrases if p[0] < shared_from.idx]
            if phrases:
                if best is None or steps < best[0]:
                    best = (steps, _nearest(phrases, event))
                break
            if token.i in owned:
                break
            if shared_passive_conjunct(token):
                shared_from = token.head
    return best[1] if best else None


def shared_passive_conjunct(token: Token) -> bool:
    """True when `token` is a participle conjoined to a passive verb whose auxiliary it shares, with
    no subject or auxiliary of its own ("was evicted in April and sentenced to 50 weeks"): a time
    inside the first conjunct, after its verb, is that act's alone; the second, a step of its own in
    the story, does not take it. A time before both ("In April he was evicted and sentenced") frames
    both. An active conjunct ("detained him in May and deported him") still shares its verb's time."""
    head = token.head
    return (
        token.dep_ == "conj"
        and head.i != token.i
        and any(c.dep_ == "auxpass" for c in head.children)
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in token.children)
    )


def _nearest(phrases: list[tuple[int, T]], event: Event) -> T:
    return min(phrases, key=lambda p: abs(p[0] - event.trigger.start))[1]

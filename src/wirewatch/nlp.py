"""Build the spaCy Language: the English model's parser and NER, then our components.

The model's tagger, attribute ruler and lemmatizer are excluded: nothing of
ours needs POS tags (the codebook generates its own inflections and reads
verb/noun from the parse), and they cost about 15% of throughput
(measured with `make bench`).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

import spacy
from spacy.attrs import IS_SPACE, LOWER
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from wirewatch.actors.context import ContextMatcher, load_context_forms
from wirewatch.actors.gazetteer import Gazetteer
from wirewatch.actors.headline import parse_titles
from wirewatch.actors.kb import ActorKB, load_curated
from wirewatch.actors.lexicon import SectorLexicon, packaged_sectors
from wirewatch.actors.organisations import OrganisationMatcher, load_organisations
from wirewatch.actors.resolve import ActorResolver
from wirewatch.actors.roles import RolesComponent
from wirewatch.doctools import doc_batches, token_indices
from wirewatch.events.calibrate import ConfidenceComponent
from wirewatch.events.code import EventCoder
from wirewatch.events.codebook import load_codebook
from wirewatch.events.fuse import CandidateCoder, FusionPolicy, LearnedComponent
from wirewatch.events.learned import packaged_models
from wirewatch.extensions import register_extensions
from wirewatch.quotes.extract import QuoteExtractor
from wirewatch.settings import Settings
from wirewatch.when.component import WhenComponent
from wirewatch.where.component import WhereComponent

log = logging.getLogger(__name__)

EXCLUDED = ["tagger", "attribute_ruler", "lemmatizer", "senter"]
# The bare model, as the benchmark's baseline measures it.
BASELINE_COMPONENTS = ("tok2vec", "parser", "ner")


@Language.factory(
    "wirewatch_actors",
    requires=["doc.ents", "token.dep"],
    assigns=["doc._.mentions"],
    default_config={"version": "wirewatch.actors.v1"},
)
def make_actors(nlp: Language, name: str, version: str) -> ActorsComponent:
    register_extensions()
    organisations = OrganisationMatcher(nlp, load_organisations())
    # Without a knowledge base from the front end (doc._.actor_kb), the curated table serves.
    curated = ActorKB(load_curated())
    context = ContextMatcher(nlp, load_context_forms())
    resolver = ActorResolver(nlp, Gazetteer.load(), packaged_sectors(), organisations, curated, context)
    return ActorsComponent(resolver)


@Language.factory(
    "wirewatch_quotes",
    requires=["doc._.mentions", "token.dep"],
    assigns=["doc._.quotes"],
    default_config={"version": "wirewatch.quotes.v1"},
)
def make_quotes(nlp: Language, name: str, version: str) -> QuotesComponent:
    register_extensions()
    return QuotesComponent(QuoteExtractor.load())


class QuotesComponent:
    def __init__(self, extractor: QuoteExtractor) -> None:
        self.extractor = extractor

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = self.extractor(doc, doc._.mentions or [], doc._.article_id or "")
        return doc


@Language.factory(
    "wirewatch_events",
    requires=["doc._.mentions", "token.dep"],
    assigns=["doc._.events"],
    default_config={"version": "wirewatch.events.v1"},
)
def make_events(nlp: Language, name: str, version: str) -> EventsComponent:
    register_extensions()
    return EventsComponent(EventCoder(load_codebook()))


@Language.factory(
    "wirewatch_learned",
    requires=["doc._.events", "doc._.mentions", "token.dep"],
    assigns=["doc._.events"],
    default_config={"version": "wirewatch.learned.v1"},
)
def make_learned(nlp: Language, name: str, version: str) -> LearnedComponent:
    """The learned second opinion (events/learned.py, events/fuse.py); a no-op without a model."""
    register_extensions()
    return LearnedComponent(CandidateCoder(load_codebook()), packaged_models(), FusionPolicy())


@Language.factory(
    "wirewatch_when",
    requires=["doc._.events", "doc.ents", "token.dep"],
    assigns=["doc._.events"],
    default_config={"version": "wirewatch.when.v1"},
)
def make_when(nlp: Language, name: str, version: str) -> WhenComponent:
    register_extensions()
    return WhenComponent()


@Language.factory(
    "wirewatch_roles",
    requires=["doc._.events", "doc._.mentions"],
    assigns=["doc._.events"],
    default_config={"version": "wirewatch.roles.v1"},
)
def make_roles(nlp: Language, name: str, version: str) -> RolesComponent:
    """Roles in time: knowledge-base offices read at each event's own date (actors/roles.py)."""
    register_extensions()
    return RolesComponent(ActorKB(load_curated()))


@Language.factory(
    "wirewatch_where",
    requires=["doc._.events", "doc._.mentions", "doc.ents", "token.dep"],
    assigns=["doc._.events"],
    default_config={"version": "wirewatch.where.v1"},
)
def make_where(nlp: Language, name: str, version: str) -> WhereComponent:
    register_extensions()
    return WhereComponent()


@Language.factory(
    "wirewatch_confidence",
    requires=["doc._.events"],
    assigns=["doc._.events"],
    default_config={"version": "wirewatch.confidence.v1"},
)
def make_confidence(nlp: Language, name: str, version: str) -> ConfidenceComponent:
    register_extensions()
    return ConfidenceComponent()  # calibrated P(right) from data/calibration.tsv, events/calibrate.py


class ActorsComponent:
    def __init__(self, resolver: ActorResolver) -> None:
        self.resolver = resolver

    def __call__(self, doc: Doc) -> Doc:
        doc._.mentions = self.resolver(doc, doc._.actor_kb)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """`__call__` on each Doc, the titles of a batch parsed together (`headline.parse_titles`)."""
        for batch in doc_batches(docs, batch_size):
            titles = parse_titles(self.resolver.nlp, batch)
            for doc, title in zip(batch, titles, strict=True):
                doc._.mentions = self.resolver.resolve(doc, doc._.actor_kb, title)
                yield doc


class EventsComponent:
    def __init__(self, coder: EventCoder) -> None:
        self.coder = coder

    def __call__(self, doc: Doc) -> Doc:
        events = self.coder(doc, doc._.mentions or [], doc._.article_id or "")
        published = doc._.published
        if published is not None:
            # No temporal expression is read yet: the publication date, marked as such.
            events = [replace(e, date=published.isoformat(), date_precision="publication") for e in events]
        doc._.events = events
        return doc


@Language.component("wirewatch_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: the parser alone runs a closing quotation or a headline on
    into the next paragraph ('"It's not for them."' + blank line + "Before a crowd, Trump
    attacked ..." was one sentence, and its events took the quote's speaker and place). Runs
    before the parser, which keeps the boundaries it finds set. A vertical bar ends one too: it
    parts a photo credit, a byline or a site's section from the text ("Ana Ruiz, AFP | A police
    officer aims his rifle at ..."), never two words of one sentence, and the parser otherwise
    made the credited agency the officer's subject."""
    spaces = token_indices(doc, IS_SPACE, _FLAG_SET)  # a few per article: no Token for every word
    breaks = [i for i in spaces if doc[i].text.count("\n") >= 2] + token_indices(doc, ORTH, _BAR_IDS)
    blank = set(spaces)
    for i in breaks:
        after = i + 1
        while after in blank:
            after += 1
        if after < len(doc):
            doc[after].is_sent_start = True  # the first word after the break
    return doc


_FLAG_SET = frozenset({1})
_BAR_IDS = frozenset({get_string_id("|")})


# The contracted "has" the parser reads as a passive "is": "He's slammed the bill".
CONTRACTED_HAS = frozenset({"'s", "\u2019s"})
_CONTRACTED_HAS_IDS = frozenset(get_string_id(word) for word in CONTRACTED_HAS)


@Language.component("wirewatch_contractions")
def contracted_perfects(doc: Doc) -> Doc:
    """ "He's slammed the farm bill": a contracted "'s" before a participle with a direct object is
    the perfect's "has", not the passive's "is" (a passive leaves its object to the subject), but the
    parser labels it auxpass and the subject nsubjpass, so the event took its doer for the one it
    fell on and coded nothing. Relabelled after the parser: the "'s" an aux, the subject an nsubj.
    A passive told with its agent ("he's slammed by critics") has no object and is left as it is."""
    for i in token_indices(doc, LOWER, _CONTRACTED_HAS_IDS):
        token = doc[i]
        verb = token.head
        if token.dep_ != "auxpass" or verb.i == token.i:
            continue
        deps = [c.dep_ for c in verb.children]
        if "dobj" not in deps or "agent" in deps or deps.count("auxpass") > 1:
            continue
        token.dep_ = "aux"
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                child.dep_ = "nsubj"
    return doc


@functools.lru_cache(maxsize=4)
def build_nlp(model: str) -> Language:
    """The full wirewatch pipeline; cached per process (loading takes about a second)."""
    register_extensions()
    nlp = spacy.load(model, exclude=EXCLUDED)
    keep_hyphenated_triggers(nlp)
    keep_title_abbreviations(nlp, packaged_sectors())
    split_grave_contractions(nlp)
    nlp.add_pipe("wirewatch_paragraphs", before="parser")
    nlp.add_pipe("wirewatch_contractions", after="parser")
    nlp.add_pipe("wirewatch_actors")
    nlp.add_pipe("wirewatch_quotes", after="wirewatch_actors")
    nlp.add_pipe("wirewatch_events")
    nlp.add_pipe("wirewatch_learned")
    nlp.add_pipe("wirewatch_when")
    nlp.add_pipe("wirewatch_roles")  # after the event dates: offices at each event's date
    nlp.add_pipe("wirewatch_where")
    nlp.add_pipe("wirewatch_confidence")  # last: it calibrates every event the components above coded
    log.debug("pipeline: %s", nlp.pipe_names)
    return nlp


def keep_hyphenated_triggers(nlp: Language) -> None:
    """One token for each form of a hyphenated trigger word ("sit-in", "test-fired"): the
    tokenizer splits words at hyphens, and a trigger in three tokens matches no rule."""
    codebook = load_codebook()
    tokenizer: Tokenizer = nlp.tokenizer
    for form in codebook.verb_and_noun_forms:
        if "-" in form:
            for variant in {form, form.capitalize()}:
                tokenizer.add_special_case(variant, [{ORTH: variant}])


def keep_title_abbreviations(nlp: Language, sectors: SectorLexicon) -> None:
    """One token for each title abbreviation of `data/sectors.tsv` ("Sgt.", "Lt.", "Sens."): the
    tokenizer splits some from their full stop, and the parser then ends the sentence there
    ("Police Sgt." | "Barry Whiteside said ...", "GOP Sens." | "Kelly Ayotte and ..."), so the
    person lost the verb and the event its actor."""
    tokenizer: Tokenizer = nlp.tokenizer
    for form in sectors.abbreviations():
        for variant in {form.capitalize(), form.upper()}:
            tokenizer.add_special_case(variant, [{ORTH: variant}])


# A contraction of the tokenizer's exceptions: letters, an apostrophe, letters ("can't", "it's").
CONTRACTION = re.compile(r"^[A-Za-z]+'[A-Za-z]+$")
# Marks typed for an apostrophe in some plain-text news ("can`t", "don`t").
APOSTROPHE_STAND_INS = ("`",)


def split_grave_contractions(nlp: Language) -> None:
    """A contraction typed with a grave accent for its apostrophe ("they can`t share it",
    "don`t") splits as the tokenizer splits "can't": otherwise "can`t" is one unknown word, the
    parser sees no negation and the act denied was coded as done. Each piece keeps its own
    spelling and the norm the apostrophe's exception gives it ("n`t" reads as "not")."""
    tokenizer: Tokenizer = nlp.tokenizer
    exceptions = dict(tokenizer.rules or {})
    for form, pieces in exceptions.items():
        if not CONTRACTION.match(form):
            continue
        for mark in APOSTROPHE_STAND_INS:
            variant = form.replace("'", mark)
            if variant in exceptions:
                continue
            tokenizer.add_special_case(
                variant, [{**piece, ORTH: piece[ORTH].replace("'", mark)} for piece in pieces]
            )


def load_nlp(settings: Settings) -> Language:
    return build_nlp(settings.model)


@functools.lru_cache(maxsize=2)
def build_baseline(model: str) -> Language:
    """Bare spaCy as the benchmark compares against: tok2vec, parser, ner."""
    nlp = spacy.load(model, exclude=EXCLUDED)
    disabled: list[Any] = [p for p in nlp.pipe_names if p not in BASELINE_COMPONENTS]
    for name in disabled:
        nlp.disable_pipe(name)
    return nlp

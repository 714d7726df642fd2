"""Coding sentences in tests. Events by the rules alone: the event components of the pipeline, as the
evaluations run them with `--rules-only` (the learned stage, dates and places left out). Actors: the
mentions the whole pipeline finds."""

from __future__ import annotations

from spacy.language import Language

from wirewatch.evaluate.events import EVENT_COMPONENTS
from wirewatch.model import ActorRef, Event, Mention


def rule_components(nlp: Language) -> list[str]:
    """The pipeline's event components, in pipeline order."""
    return [p for p in nlp.pipe_names if p in EVENT_COMPONENTS]


def code(nlp: Language, text: str) -> list[Event]:
    """The events the rules code in `text`."""
    with nlp.select_pipes(enable=rule_components(nlp)):
        return list(nlp(text)._.events or [])


def coded_types(nlp: Language, text: str) -> list[str]:
    """The PLOVER types the rules code in `text`, in order."""
    return [e.plover for e in code(nlp, text)]


def source_texts(nlp: Language, text: str, plover: str) -> set[str]:
    """The words of the sources of the first event of type `plover` coded in `text`."""
    return {m.text for m in find(code(nlp, text), plover).sources}


def target_texts(event: Event) -> list[str]:
    """The words of the event's targets, in order."""
    return [a.text for a in event.targets]


def actor_names(refs: tuple[ActorRef, ...]) -> set[str]:
    """The actors' names, or their words where they have none."""
    return {(a.name or a.text) for a in refs}


def mentions_in(nlp: Language, text: str) -> list[Mention]:
    """The actor mentions the whole pipeline finds in `text`."""
    return list(nlp(text)._.mentions or [])


def mentions_by_text(nlp: Language, text: str) -> dict[str, Mention]:
    """The mentions of `text` by their words (of two with the same words, the later)."""
    return {m.text: m for m in mentions_in(nlp, text)}


def people_by_text(nlp: Language, text: str) -> dict[str, Mention]:
    """The mentions of people in `text` by their words."""
    return {m.text: m for m in mentions_in(nlp, text) if m.kind == "person"}


def find(events: list[Event], plover: str) -> Event:
    """The first event of type `plover`; fails listing what was coded instead."""
    matches = [e for e in events if e.plover == plover]
    assert matches, [(e.plover, e.rule) for e in events]
    return matches[0]


def by_rule(events: list[Event], prefix: str) -> Event:
    """The first event whose rule starts with `prefix`; fails listing what was coded instead."""
    found = [e for e in events if e.rule.startswith(prefix)]
    assert found, [(e.plover, e.rule, e.modality) for e in events]
    return found[0]


def by_code(nlp: Language, text: str, cameo: str) -> Event:
    """The last event of CAMEO code `cameo` the rules code in `text`; fails listing what was coded."""
    events = code(nlp, text)
    found = [e for e in events if e.cameo == cameo]
    assert found, [(e.plover, e.cameo, e.rule) for e in events]
    return found[-1]


def dyad(event: Event) -> tuple[set[str | None], set[str | None]]:
    """Source and target countries."""
    return {a.country for a in event.sources}, {a.country for a in event.targets}

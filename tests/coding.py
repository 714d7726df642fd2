"""Coding sentences by the rules alone in tests: the event components of the pipeline, as the
evaluations run them with `--rules-only` (the learned stage, dates and places left out)."""

from __future__ import annotations

from spacy.language import Language

from wirewatch.evaluate.events import EVENT_COMPONENTS
from wirewatch.model import Event


def rule_components(nlp: Language) -> list[str]:
    """The pipeline's event components, in pipeline order."""
    return [p for p in nlp.pipe_names if p in EVENT_COMPONENTS]


def code(nlp: Language, text: str) -> list[Event]:
    """The events the rules code in `text`."""
    with nlp.select_pipes(enable=rule_components(nlp)):
        return list(nlp(text)._.events or [])


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


def dyad(event: Event) -> tuple[set[str | None], set[str | None]]:
    """Source and target countries."""
    return {a.country for a in event.sources}, {a.country for a in event.targets}

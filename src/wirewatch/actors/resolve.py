"""Find the actors a document names and resolve each to country, sector and person.

The steps share one `Resolution` (actors/state.py); each leaves the tokens it claims to the next:
1. places and country words, read whole, and the words that are no actor (datelines,
   platforms): `places.PlaceFinder`;
   then named organisations, a shared acronym read in the story's countries (RSF in Sudan),
   and ships named with their prefix ("INS Mysore": the Indian navy; `ships`);
2. people (NER PERSON) with the titles around them, known people the NER missed, and 3. later
   mentions by one part of the name ("Ri", "Lavrov"): `people.PeopleStep`; then organisations
   the NER tagged PERSON ("the Tigray People's Liberation Front"): `unlisted`; and newspapers
   no table lists ("the Miami Herald"): `mastheads`; and a person's staff named after the person
   ("Trump aides", "the Clinton campaign") as an actor of their own: `staff`; and advocacy groups
   named by their people and their cause ("Physicians for Human Rights"): `unlisted`;
4. groups and offices named by a sector word with a country: `groups.GroupStep`;
   then organisations no table lists, as the NER names them or misses them:
   `unlisted.add_unlisted_organisations`, `unlisted.add_unrecognised_organisations`; and those
   named only as what a state, a court or an armed group acts on ("regulators fined Boeing"):
   `acted_on`;
5. what is left of the places: countries, organisations, capitals used as governments
   ("Pyongyang said") or as places ("talks in Moscow"): `PlaceFinder.add_mentions`;
6. pronouns and descriptions ("he", "the minister", "the group") as the actor meant, by the one
   coreference resolver of the pipeline: `coref.resolve_pronouns`;
and home-grown groups with no country take a one-country story's (`article.with_article_country`).
The article's title is evidence for these steps, never text they read for mentions
(`headline`): its places count towards the story's countries, and its full names complete the
body's bare surnames.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.actors.acted_on import add_institutions_acted_on, add_organisations_acted_on
from wirewatch.actors.article import with_article_country
from wirewatch.actors.context import ContextMatcher
from wirewatch.actors.coref import resolve_pronouns
from wirewatch.actors.crime_roles import (
    crime_roles_through_pronouns,
    criminals_the_accused_groups,
    police_the_arresting_bodies,
)
from wirewatch.actors.groups import GroupStep
from wirewatch.actors.headline import headline_names, parse_title
from wirewatch.actors.kb import ActorKB
from wirewatch.actors.lexicon import SectorLexicon
from wirewatch.actors.mastheads import add_unlisted_media
from wirewatch.actors.names import model_vocabulary
from wirewatch.actors.organisations import OrganisationMatcher
from wirewatch.actors.people import PeopleStep
from wirewatch.actors.places import PlaceFinder, origin_starts
from wirewatch.actors.ships import find_ships, ship_country, ship_names
from wirewatch.actors.staff import add_described_staff, add_staff
from wirewatch.actors.state import Resolution, sentence_countries
from wirewatch.actors.unlisted import (
    MISLABELLED_ORG_LABELS,
    add_advocacy_groups,
    add_named_movements,
    add_unlisted_organisations,
    add_unrecognised_organisations,
)
from wirewatch.gazetteer.countries import Gazetteer
from wirewatch.model import ORGANISATION_RULE, Mention


class ActorResolver:
    """Callable that returns the `Mention`s of a parsed Doc."""

    def __init__(
        self,
        nlp: Language,
        gazetteer: Gazetteer,
        sectors: SectorLexicon,
        organisations: OrganisationMatcher,
        kb: ActorKB,
        context: ContextMatcher,
    ) -> None:
        self.gazetteer = gazetteer
        self.sectors = sectors
        self.organisations = organisations
        self.kb = kb  # used when the front end hands the Doc no knowledge base of its own
        self.nlp = nlp  # parses the article's title (`headline.parse_title`)
        self.places = PlaceFinder(nlp, gazetteer, sectors, context)
        self.people = PeopleStep(sectors, model_vocabulary(nlp))
        self.groups = GroupStep(sectors)

    def __call__(self, doc: Doc, kb: ActorKB | None = None) -> list[Mention]:
        return self.resolve(doc, kb, parse_title(self.nlp, doc))

    def resolve(self, doc: Doc, kb: ActorKB | None, title: Doc | None) -> list[Mention]:
        """The mentions of `doc`, whose title `title` is as `headline.parse_title` parses it (the
        pipeline component parses a batch's titles together: `headline.parse_titles`)."""
        kb = kb if kb is not None else self.kb
        title_places = self.places.headline_places(title, kb) if title is not None else None
        state = Resolution(doc, kb, self.places(doc, kb, title_places), date=doc._.published)
        state.headline_names = headline_names(title)
        self._organisations(state)
        self._ships(state)
        self.people(state)
        add_staff(state)
        add_unlisted_organisations(state, MISLABELLED_ORG_LABELS)
        add_unlisted_media(state)
        add_advocacy_groups(state)
        self.groups(state)
        police_the_arresting_bodies(state)
        criminals_the_accused_groups(state)
        add_unlisted_organisations(state)
        add_unrecognised_organisations(state)
        add_named_movements(state)
        add_organisations_acted_on(state)
        add_institutions_acted_on(state)
        self.places.add_mentions(state)
        resolve_pronouns(state)
        if add_described_staff(state):  # the offices ("the governor") are read by then
            resolve_pronouns(state)  # "he" may be the aide now
        crime_roles_through_pronouns(state)  # "the gunman shot her": whose "her" is known now
        origins = origin_starts(state.places)
        mentions = with_article_country(state.mentions, state.barred, origins, state.places.headline)
        return sorted(mentions, key=lambda m: m.start)

    def _ships(self, state: Resolution) -> None:
        """Ships named with their prefix, then by their name alone ("INS Mysore" ... "the Mysore")."""
        story = state.places.countries()
        named: dict[tuple[str, ...], dict[str, object]] = {}
        for start, name_start, end, prefix in find_ships(state.doc):
            sentence = sentence_countries(state.doc[start].sent, state.places)
            country = ship_country(prefix, sentence, story)
            args: dict[str, object] = {
                "kind": "group",
                "country": country,
                "sector": prefix.sector,
                "name": state.doc[start:end].text,
                "actor_id": f"{country}:{prefix.sector}" if country else None,
                "rule": f"ship:{prefix.prefix}",
            }
            named.setdefault(tuple(t.text for t in state.doc[name_start:end]), args)
            if state.free(start, end):
                state.add(start, end, args)
        for start, end, args in ship_names(state.doc, named):
            if state.free(start, end):
                state.add(start, end, args | {"rule": f"{args['rule']}:name"})

    def _organisations(self, state: Resolution) -> None:
        for start, end, org in self.organisations(state.doc, state.places.countries()):
            if org.country and _owned_by_another_state(state, start, org.country):
                continue  # "Pakistan's foreign office": its own ministry, no British one
            state.organisations.update(dict.fromkeys(range(start, end), org))
            if state.free(start, end):
                args = {
                    "kind": "group",
                    "country": org.country,
                    "sector": org.sector,
                    "name": org.name,
                    "actor_id": org.actor_id,
                    "rule": ORGANISATION_RULE,
                }
                state.add(start, end, args)


POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'"})


def _owned_by_another_state(state: Resolution, start: int, code: str) -> bool:
    """A national body's name ("Foreign Office", "Supreme Court") right after another country's
    possessive or adjective ("Pakistan's foreign office", "the Indian Supreme Court") names
    that country's body, which the group step reads from the words (issue 11)."""
    end = start - 1 if start > 0 and state.doc[start - 1].lower_ in POSSESSIVE_MARKS else start
    for span, form in state.places.values():
        if span.end == end:
            return form.code != code and form.form != "igo"
    return False

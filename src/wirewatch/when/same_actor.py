"""When two events name the same actor, for an act told twice (`when.same_act`) and a happening
retold (`when.retold`): by identifier, a state as its government, a surname as the person."""

from __future__ import annotations

from collections.abc import Sequence

from wirewatch.model import PERSON_PREFIX, ActorRef


def share(ours: Sequence[ActorRef], theirs: Sequence[ActorRef]) -> bool:
    """True when some actor of `ours` is some actor of `theirs`."""
    return any(same_actor(a, b) for a in ours for b in theirs)


# The sector of a state's government, which the state named as such stands for.
GOVERNMENT = "GOV"


def same_actor(a: ActorRef, b: ActorRef) -> bool:
    """The same actor by identifier (by its words when neither has one); a state named as such
    ("Russia": RUS) is its government ("Moscow": RUS:GOV); a person named by the surname alone
    ("p:clinton", a headline's "Clinton") is the person of that surname ("p:hillary-clinton")."""
    if a.actor_id is None or b.actor_id is None:
        return a.actor_id is None and b.actor_id is None and a.text.lower() == b.text.lower()
    if a.actor_id == b.actor_id or {a.actor_id, b.actor_id} == {a.country, f"{a.country}:{GOVERNMENT}"}:
        return True
    return surname_of(a.actor_id, b.actor_id) or surname_of(b.actor_id, a.actor_id)


def surname_of(short: str, full: str) -> bool:
    """True when person id `short` is the surname of person id `full` ("p:clinton", "p:hillary-clinton")."""
    return (
        short.startswith(PERSON_PREFIX)
        and full.startswith(PERSON_PREFIX)
        and "-" not in short
        and full.endswith("-" + short.removeprefix(PERSON_PREFIX))
    )

"""Filter values as people type them, resolved to what the store holds (issue 12: silent empty results).

`country=Iran`, `dyad=Iran-USA` and `--type bomb` used to select nothing and
say nothing. Here a country is a code (ISO3 or IGO, any case) or a name, alias
or demonym from the project's gazetteer (`data/countries.tsv`, `data/igos.tsv`);
a PLOVER type is one of the types of `data/cameo.tsv`. Anything else is a
`FilterError` saying what would be accepted. The API (`api.routes.event_query`)
and the CLI (`commands.common.add_event_filters`) both resolve through here.
"""

from __future__ import annotations

import functools
import re

from wirewatch.gazetteer.countries import packaged_gazetteer
from wirewatch.store.queries import QueryError

# Surface forms that stand for a country as a filter value. Capitals and metonyms are left
# out: "Washington" or "Downing Street" as a country filter is more likely a mistake.
_FORMS = frozenset({"name", "official", "alias", "demonym", "demonym_plural", "igo"})
_SEPARATORS = re.compile(r"\s*[,/]\s*|\s+-\s+|\s+vs\.?\s+", re.IGNORECASE)
HOW_TO_FIND_CODES = (
    "use an ISO 3166 alpha-3 code (USA, IRN, RUS), an organisation's code (NATO, EU, UN) or a "
    "country's name; GET /v1/countries lists them all (also in wirewatch/data/countries.tsv and igos.tsv)"
)


class FilterError(QueryError):
    """A filter value names nothing that exists; the message lists what would."""


@functools.lru_cache(maxsize=1)
def plover_types() -> tuple[str, ...]:
    """The PLOVER 2.0 event types of the codebook, in alphabetical order."""
    from wirewatch.events.codebook import load_cameo

    return tuple(sorted({c.plover for c in load_cameo().values() if c.plover}))


def country_codes() -> list[dict[str, str]]:
    """Every code a country filter accepts: `{code, name, kind}` (state, observer, territory, igo)."""
    return [{"code": c.code, "name": c.name, "kind": c.kind} for c in packaged_gazetteer().entries()]


def resolve_country(value: str, name: str = "country") -> str:
    """The code `value` stands for: 'irn', 'Iran', 'Iranian', 'the United States' -> IRN, ..., USA.

    Raises FilterError when it stands for none, or for several (naming them).
    """
    code = _country(value)
    if isinstance(code, str):
        return code
    if code:
        listed = ", ".join(f"{c} ({packaged_gazetteer().get(c).name})" for c in code)  # type: ignore[union-attr]
        raise FilterError(f"{name}={value!r} may mean {listed}; give the code")
    raise FilterError(f"{name}={value!r} is not a country or organisation known here; {HOW_TO_FIND_CODES}")


def _country(value: str) -> str | list[str]:
    """The one code `value` means, else the codes it may mean (none, or several)."""
    text = value.strip()
    if packaged_gazetteer().get(text.upper()) is not None:
        return text.upper()
    codes: list[str] = []
    for attempt in (text, text.upper()):  # "us" matches no abbreviation, "US" does
        for form in packaged_gazetteer().lookup(attempt):
            if form.form in _FORMS and form.code not in codes:
                codes.append(form.code)
        if codes:
            break
    return codes[0] if len(codes) == 1 else codes


def resolve_dyad(value: str) -> tuple[str, str]:
    """Two countries, either direction: 'USA-RUS', 'Iran-USA', 'Guinea-Bissau - Senegal', 'Iran, USA'."""
    text = value.strip()
    explicit = [p for p in _SEPARATORS.split(text) if p]
    if len(explicit) == 2:
        return resolve_country(explicit[0], "dyad"), resolve_country(explicit[1], "dyad")
    # Hyphens also sit inside names ("Guinea-Bissau"): take the one split where both sides resolve.
    found: set[tuple[str, str]] = set()
    for split in re.finditer(r"-|\s+", text):
        a, b = _country(text[: split.start()]), _country(text[split.end() :])
        if isinstance(a, str) and isinstance(b, str):
            found.add((a, b))
    if len(found) == 1:
        return found.pop()
    raise FilterError(
        f"dyad={value!r}: give two countries, e.g. USA-RUS or Iran-USA "
        f"(a comma between names that have hyphens: Guinea-Bissau, Senegal); {HOW_TO_FIND_CODES}"
    )


def resolve_plover(value: str) -> str:
    """The PLOVER type `value` names, any case: 'consult' -> CONSULT."""
    code = value.strip().upper()
    if code not in plover_types():
        raise FilterError(f"type={value!r} is not a PLOVER type; use one of {', '.join(plover_types())}")
    return code

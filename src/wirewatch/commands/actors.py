"""`wirewatch actors` (list, show, edit, merge the knowledge base) and `wirewatch eval actors`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from wirewatch.commands.common import DB_HELP, add_db, db_arg, emit, open_store, print_scores, settings_from
from wirewatch.errors import WirewatchError
from wirewatch.model import KnownActor

ACTOR_FIELDS = (
    "actor_id",
    "name",
    "aliases",
    "country",
    "sector",
    "role",
    "first_seen",
    "last_seen",
    "origin",
)


def register(sub: Any, eval_sub: Any) -> None:
    actors = sub.add_parser("actors", help="the actor knowledge base: list, show, edit, merge")
    add_db(actors)
    actors.add_argument(
        "--format", choices=("table", "jsonl", "csv"), default="table", help="output format (default: table)"
    )
    actors.set_defaults(handler=cmd_actors)
    verbs = actors.add_subparsers(dest="verb")

    show = verbs.add_parser("show", help="one actor with its names, roles and latest mentions")
    show.add_argument("actor_id", help="the actor's id, as `wirewatch actors` lists it")
    _add_db_here(show)
    show.set_defaults(handler=cmd_actors_show)

    edit = verbs.add_parser("edit", help="correct an actor; the analyst's values win from then on")
    edit.add_argument("actor_id", help="the actor to correct")
    edit.add_argument("--name", help="canonical name (the old one is kept as an alias)")
    edit.add_argument("--country", help="ISO3 or organisation code, e.g. PRK, UN")
    edit.add_argument("--sector", help="sector code, e.g. GOV, MIL, MED")
    edit.add_argument("--role", help="office, e.g. 'foreign minister'")
    _add_db_here(edit)
    edit.set_defaults(handler=cmd_actors_edit)

    merge = verbs.add_parser("merge", help="fold the second actor into the first")
    merge.add_argument("keep_id", help="the actor that stays")
    merge.add_argument("drop_id", help="the actor folded into it and removed")
    _add_db_here(merge)
    merge.set_defaults(handler=cmd_actors_merge)

    ev = eval_sub.add_parser("actors", help="actor country and sector accuracy (plover_gsr.jsonl)")
    ev.add_argument("--data", type=Path, required=True, help="PLOVER gold JSONL file")
    ev.add_argument("--cases", type=Path, default=None, help="also score this case file (TSV)")
    ev.add_argument("--errors", action="store_true", help="list every wrong resolution")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.set_defaults(handler=cmd_eval_actors)


def _add_db_here(p: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps a --db given before the verb ("actors --db x show ID").
    p.add_argument("--db", type=db_arg, default=argparse.SUPPRESS, help=DB_HELP)


def _record(actor: KnownActor) -> dict[str, Any]:
    return actor.to_dict()


def cmd_actors(args: argparse.Namespace) -> int:
    from wirewatch.store.actors import list_actors

    with open_store(settings_from(args), must_exist=True) as store:
        records = [_record(a) for a in list_actors(store)]
    if args.format == "table":
        for r in records:
            r["aliases"] = ", ".join(r["aliases"])
    emit(records, args.format, ACTOR_FIELDS)
    return 0


def cmd_actors_show(args: argparse.Namespace) -> int:
    from wirewatch.store.actors import actor_mentions, get_actor

    with open_store(settings_from(args), must_exist=True) as store:
        actor = get_actor(store, args.actor_id)
        mentions = actor_mentions(store, args.actor_id)
    _print_actor(actor)
    for m in mentions:
        sys.stdout.write(f"  {m['published'] or '-':10}  {m['article_id']}  {m['text']}\n")
    return 0


def _print_actor(actor: KnownActor) -> None:
    for key, value in _record(actor).items():
        shown = ", ".join(value) if isinstance(value, list) else ("-" if value is None else value)
        sys.stdout.write(f"{key:11} {shown}\n")
    for span in actor.roles:
        sys.stdout.write(
            f"  role {span.role!r} {span.country or '-'} {span.sector or '-'}"
            f" {span.first_seen or '?'} .. {span.last_seen or 'now'}\n"
        )


def cmd_actors_edit(args: argparse.Namespace) -> int:
    from wirewatch.store.actors import ActorEdit, edit_actor

    countries, sectors = _valid_codes()
    edit = ActorEdit(
        name=args.name,
        country=args.country.upper() if args.country else None,
        sector=args.sector.upper() if args.sector else None,
        role=args.role,
    )
    with open_store(settings_from(args), must_exist=True) as store:
        actor = edit_actor(store, args.actor_id, edit, countries=countries, sectors=sectors)
    _print_actor(actor)
    return 0


def cmd_actors_merge(args: argparse.Namespace) -> int:
    from wirewatch.store.actors import merge_actors

    with open_store(settings_from(args), must_exist=True) as store:
        actor = merge_actors(store, args.keep_id, args.drop_id)
    _print_actor(actor)
    return 0


def _valid_codes() -> tuple[set[str], set[str]]:
    """Country and organisation codes of the gazetteer; sector codes the tables use."""
    from wirewatch.actors.gazetteer import Gazetteer
    from wirewatch.actors.lexicon import SectorLexicon
    from wirewatch.actors.organisations import load_organisations

    countries = {e.code for e in Gazetteer.load().entries()}
    sectors = set(SectorLexicon.load().sectors()) | {o.sector for o in load_organisations()} | {"IGO"}
    return countries, sectors


def cmd_eval_actors(args: argparse.Namespace) -> int:
    from wirewatch.evaluate.registry import run_eval

    for path in (args.data, args.cases):
        if path is not None and not path.is_file():
            raise WirewatchError(f"{path}: no such evaluation file")
    result = run_eval("actors", args.data, cases=args.cases)
    scores = result.as_dict()
    errors = scores.pop("errors")
    if args.errors and not args.json:
        for e in errors:
            sys.stdout.write(f"{e['kind']:10} {e['mention']!r} gold={e['gold']} got={e['got']}\n")
    if not args.json:
        scores.pop("fingerprint")
    print_scores(scores, args.json)
    return 0

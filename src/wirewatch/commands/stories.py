"""`wirewatch stories`, `wirewatch happenings`, `wirewatch eval stories`, `wirewatch eval happenings`
(issue 13): one record per happening, articles grouped into stories."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from wirewatch.commands.common import (
    add_db,
    add_event_filters,
    add_format,
    emit,
    event_query_from,
    open_store,
    print_scores,
    settings_from,
)
from wirewatch.errors import WirewatchError

HAPPENING_TABLE_FIELDS = (
    "happening_id",
    "date",
    "plover",
    "cameo",
    "sources",
    "targets",
    "location",
    "n_articles",
    "n_sources",
    "n_mentions",
    "confidence",
)
HAPPENING_CSV_FIELDS = (
    "happening_id",
    "date",
    "date_precision",
    "plover",
    "cameo",
    "quad_class",
    "goldstein",
    "sources",
    "targets",
    "location",
    "n_mentions",
    "n_sources",
    "n_articles",
    "first_seen",
    "confidence",
    "event_ids",
)
STORY_TABLE_FIELDS = ("story_id", "first_date", "last_date", "n_articles", "headline", "top_actors")


def register(sub: Any, eval_sub: Any) -> None:
    stories = sub.add_parser("stories", help="articles grouped into stories as they arrived")
    add_db(stories)
    stories.add_argument(
        "--format",
        choices=("table", "jsonl"),
        default="table",
        help="table: one row per story; jsonl: one {story_id, article_id} per article",
    )
    stories.add_argument("--limit", type=int, default=100, help="at most this many stories (table)")
    stories.set_defaults(handler=cmd_stories)
    stories_sub = stories.add_subparsers(dest="stories_action")
    show = stories_sub.add_parser("show", help="one story: headline, dates, top actors, articles")
    show.add_argument("story_id", help="the story's id, as `wirewatch stories` lists it")
    add_db(show)
    show.set_defaults(handler=cmd_stories_show)

    happenings = sub.add_parser(
        "happenings", help="one record per real-world happening, with every report of it merged"
    )
    add_db(happenings)
    add_format(happenings)
    add_event_filters(happenings)
    happenings.set_defaults(handler=cmd_happenings)

    ev = eval_sub.add_parser("stories", help="story clustering on ECB+ (B-cubed vs sub-topic and topic)")
    ev.add_argument("--data", type=Path, required=True, help="gold JSONL file (stories/ecbplus.jsonl)")
    ev.add_argument(
        "--folds", type=int, default=5, help="k of the cross-validation over topics (0: leave it out)"
    )
    ev.add_argument("--json", action="store_true", help="print the full report as JSON")
    ev.set_defaults(handler=cmd_eval_stories)

    hv = eval_sub.add_parser("happenings", help="pairwise precision/recall of happenings on a case file")
    hv.add_argument(
        "--cases", type=Path, required=True, help="case file, e.g. tests/fixtures/happening_cases.jsonl"
    )
    hv.add_argument("--json", action="store_true", help="print the report as JSON, with every miss")
    hv.set_defaults(handler=cmd_eval_happenings)


def _actors(refs: list[dict[str, Any]]) -> str:
    return "; ".join(r.get("country") or r.get("name") or r.get("text") or "?" for r in refs)


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    loc = record["location"]
    return {
        **record,
        "sources": _actors(record["sources"]),
        "targets": _actors(record["targets"]),
        "location": f"{loc['name']} ({loc['country']})" if loc else "",
        "event_ids": ";".join(record["event_ids"]),
    }


def cmd_happenings(args: argparse.Namespace) -> int:
    from wirewatch.store.stories import query_happenings

    query = event_query_from(args)
    with open_store(settings_from(args), must_exist=True) as store:
        found, _ = query_happenings(store, query)
    records = [h.to_dict() for h in found]
    if args.format == "jsonl":
        emit(records, "jsonl", None)
    elif args.format == "csv":
        emit([_flat(r) for r in records], "csv", HAPPENING_CSV_FIELDS)
    else:
        emit([_flat(r) for r in records], "table", HAPPENING_TABLE_FIELDS)
    return 0


def _story_row(record: dict[str, Any]) -> dict[str, Any]:
    actors = ", ".join(f"{a['actor']} ({a['mentions']})" for a in record["top_actors"])
    return {**record, "top_actors": actors}


def cmd_stories(args: argparse.Namespace) -> int:
    from wirewatch.store.stories import list_stories, story_memberships

    with open_store(settings_from(args), must_exist=True) as store:
        if args.format == "jsonl":
            emit(story_memberships(store), "jsonl", None)
            return 0
        stories = list_stories(store, limit=args.limit)
    emit([_story_row(s.to_dict()) for s in stories], "table", STORY_TABLE_FIELDS)
    return 0


def cmd_stories_show(args: argparse.Namespace) -> int:
    from wirewatch.store.stories import get_story

    with open_store(settings_from(args), must_exist=True) as store:
        story = get_story(store, args.story_id)
        if story is None:
            raise WirewatchError(f"{args.story_id}: no such story; `wirewatch stories` lists them")
        titles = {a: (store.article(a) or {}) for a in story.article_ids}
    record = story.to_dict()
    sys.stdout.write(f"{story.headline or '(no headline)'}\n")
    sys.stdout.write(
        f"story {story.story_id} (thread {story.thread_id}): {story.n_articles} articles,"
        f" {story.first_date or 'undated'} to {story.last_date or 'undated'}\n"
    )
    sys.stdout.write(f"top actors: {_story_row(record)['top_actors'] or '-'}\n\n")
    rows = [
        {
            "article_id": a,
            "published": titles[a].get("published"),
            "source": titles[a].get("source"),
            "title": titles[a].get("title"),
            "duplicate_of": titles[a].get("duplicate_of"),
        }
        for a in story.article_ids
    ]
    emit(rows, "table", ("article_id", "published", "source", "title", "duplicate_of"))
    return 0


def cmd_eval_stories(args: argparse.Namespace) -> int:
    from wirewatch.evaluate.registry import run_eval

    if not args.data.is_file():
        raise WirewatchError(f"{args.data}: no such evaluation file")
    result = run_eval("stories", args.data, folds=args.folds)
    if args.json:
        print_scores(result.as_dict(), True)
        return 0
    report = result.details
    lines = [
        (
            "documents / sub-topics / topics",
            f"{report['documents']} / {report['clusters']} / {report['topics']}",
        ),
        ("wirewatch sub-topic B-cubed P/R/F1", _prf(report["subtopic"])),
        ("wirewatch topic (threads) P/R/F1", _prf(report["topic"])),
        ("anchor (TF-IDF, average link 0.8) sub-topic", _prf(report["anchor"]["subtopic"])),
        ("anchor topic", _prf(report["anchor"]["topic"])),
    ]
    if "kfold" in report:
        k = report["kfold"]
        lines.append((f"{len(k['folds'])}-fold held-out sub-topic", _prf(k["subtopic"])))
        lines.append((f"{len(k['folds'])}-fold held-out topic", _prf(k["topic"])))
        for f in k["folds"]:
            lines.append(
                (
                    f"  fold {f['fold']} (join {f['join']}, split {f['split']}, merge {f['merge']},"
                    f" lead {f['lead']}, thread {f['thread']})",
                    f"sub-topic F1 {f['subtopic']['f1']:.3f}, topic F1 {f['topic']['f1']:.3f}",
                )
            )
    for label, value in lines:
        sys.stdout.write(f"{label:48} {value}\n")
    return 0


def _prf(s: dict[str, float]) -> str:
    return f"{s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f}"


def cmd_eval_happenings(args: argparse.Namespace) -> int:
    from wirewatch.evaluate.happenings import evaluate_happening_cases

    if not args.cases.is_file():
        raise WirewatchError(f"{args.cases}: no such case file")
    report = evaluate_happening_cases(args.cases)
    errors = report.pop("errors")
    if args.json:
        print_scores({**report, "errors": errors}, True)
        return 0
    print_scores(report, False)
    for e in errors:
        kind = "merged, should be apart" if e["merged"] else "apart, should be one"
        sys.stdout.write(f"{e['case']}: {kind}\n  {e['a']}\n  {e['b']}\n")
    return 0

"""The words of temporal expressions (`data/time_words.tsv`) and the patterns built from them."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources

from wirewatch.errors import DataFileError

WORD_KINDS = frozenset(
    {
        "month",
        "program",
        "performed",
        "succession",
        "standing",
        "attitude",
        "happening",
        "ongoing",
        "approximate",
        "weekday",
        "number",
        "season",
        "decade",
        "day",
        "unit",
        "part",
        "past",
        "present",
        "future",
        "sequence",
        "will",
        "past_aux",
        "perfect_aux",
        "present_aux",
        "edge",
        "occasion",
        "repeat",
        "habit",
        "background",
        "grounds",
        "trailing",
        "rank",
        "claim",
        "uncounted",
        "within_day",
        "period",
        "record",
        "shows",
        "published",
        "span",
        "implicative",
        "invitation",
        "tally",
        "product",
        "zone",
        "testimony",
        "trial",
    }
)
# Kinds whose words are nouns of time: a date modifying one is part of a time expression
# ("Monday morning", "the 2019 season"), not a date of some other thing ("the 2000 election").
TIME_NOUN_KINDS = ("month", "weekday", "season", "day", "unit", "part")
# Month names that stand alone as a month in running text; abbreviations ("mar", "may"
# lower-case) are too often other words, so they only count beside a day or a year.
FULL_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


class TimeWordsError(DataFileError, ValueError):
    """A row of data/time_words.tsv is malformed."""


@dataclass(frozen=True)
class TimeWords:
    """Every word table of time_words.tsv, keyed by lower-case word."""

    tables: dict[str, dict[str, str]] = field(default_factory=dict)

    def table(self, kind: str) -> dict[str, str]:
        return self.tables.get(kind, {})

    def number(self, word: str) -> int | None:
        word = word.lower()
        if word.isdigit():
            return int(word)
        value = self.table("number").get(word)
        return int(value) if value is not None else None

    def direction(self, word: str) -> int:
        """-1 for last/past, 0 for this, 1 for next (whitespace collapsed, lower-case)."""
        word = " ".join(word.lower().split())
        for kind in ("past", "present", "future"):
            if word in self.table(kind):
                return int(self.table(kind)[word])
        raise KeyError(word)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def load_time_words() -> TimeWords:
    text = resources.files("wirewatch.data").joinpath("time_words.tsv").read_text(encoding="utf-8")
    tables: dict[str, dict[str, str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 3 or cells[1] not in WORD_KINDS:
            raise TimeWordsError(f"time_words.tsv line {number}: expected word, kind, value: {line!r}")
        tables.setdefault(cells[1], {})[cells[0].lower()] = cells[2]
    return TimeWords(tables)


@functools.lru_cache(maxsize=1)
def time_nouns() -> frozenset[str]:
    """Lower-case nouns of time: units, parts of the day, month and weekday names, seasons."""
    words = [w for kind in TIME_NOUN_KINDS for w in load_time_words().table(kind)]
    return frozenset(words) | frozenset(w + "s" for w in words)


@functools.lru_cache(maxsize=1)
def sequence_words() -> frozenset[str]:
    """Words that put a clause or phrase before or after another ("after", "before", "until")."""
    return frozenset(load_time_words().table("sequence"))


def sequence_step(word: str) -> int:
    """-1 when a clause `word` opens happened before the act it is told against ("six years after
    she was released": released earlier), 1 when after ("two days before the vote")."""
    return -1 if load_time_words().table("sequence").get(word.lower()) == "earlier" else 1


@functools.lru_cache(maxsize=1)
def occasion_nouns() -> frozenset[str]:
    """Nouns of an occasion an act is done at or in ("in an August speech", "at a 2014 hearing"),
    with their plurals."""
    words = load_time_words().table("occasion")
    return frozenset(words) | frozenset(w + "s" for w in words)


@functools.lru_cache(maxsize=1)
def published_words() -> frozenset[str]:
    """Past participles of putting words out ("a video published Tuesday", "a message posted
    Friday"): on an occasion noun, their time is the occasion's."""
    return frozenset(load_time_words().table("published"))


@functools.lru_cache(maxsize=1)
def repeat_words() -> frozenset[str]:
    """Words that tell an act as done once more ("attacked him again"): a new act, not a retelling."""
    return frozenset(load_time_words().table("repeat"))


@functools.lru_cache(maxsize=1)
def succession_words() -> frozenset[str]:
    """Adverbs telling a conjoined verb's act as done after the verb's before it ("was detained in
    March and later convicted"): the time of the verb before is not the conjunct's."""
    return frozenset(load_time_words().table("succession"))


@functools.lru_cache(maxsize=1)
def grounds_words() -> frozenset[str]:
    """Prepositions whose gerund tells the grounds or matter of the act above ("mocked him for
    losing in 2012", "accused her of lying in 2015"): a time in the gerund's clause is its own."""
    return frozenset(load_time_words().table("grounds"))


@functools.lru_cache(maxsize=1)
def period_nouns() -> frozenset[str]:
    """Nouns of a span of conflict acts are done in ("In the 2006 war, ..."), with their plurals."""
    words = load_time_words().table("period")
    return frozenset(words) | frozenset(w + "s" for w in words)


@functools.lru_cache(maxsize=1)
def edge_words() -> frozenset[str]:
    """Nouns of an end or a start of a period ("the end of the year", "the beginning of his campaign")."""
    return frozenset(load_time_words().table("edge"))


@functools.lru_cache(maxsize=1)
def span_nouns() -> frozenset[str]:
    """Nouns of a span of months or more that "during" sets an act in ("during the primary", "during
    her campaign"), the `period` nouns of conflict among them: no occasion of one day."""
    words = load_time_words()
    return frozenset(words.table("span")) | period_nouns()


@functools.lru_cache(maxsize=1)
def program_nouns() -> frozenset[str]:
    """Nouns of a program a party or a government holds to through a span ("their platform", "its
    manifesto"), with their plurals: an act told in one is of the span, or of its date."""
    words = load_time_words().table("program")
    return frozenset(words) | frozenset(w + "s" for w in words)


@functools.lru_cache(maxsize=1)
def implicative_verbs() -> frozenset[str]:
    """Forms of verbs whose infinitive's act is done or withheld in their own ("refused to endorse",
    "failed to win", "managed to escape"): the infinitive's time is the verb's."""
    return frozenset(load_time_words().table("implicative"))


@functools.lru_cache(maxsize=1)
def invitation_verbs() -> frozenset[str]:
    """Forms of verbs whose infinitive names the act they invite someone to ("invited him to visit in
    January"): a time in the infinitive is that act's, not the invitation's."""
    return frozenset(load_time_words().table("invitation"))


@functools.lru_cache(maxsize=1)
def performed_words() -> frozenset[str]:
    """Verbs whose subject or described noun is the act itself, done at their time ("held", "made")."""
    return frozenset(load_time_words().table("performed"))


@functools.lru_cache(maxsize=1)
def approximate_words() -> frozenset[str]:
    """Words saying a span is only about so long ("nearly a week")."""
    return frozenset(load_time_words().table("approximate"))


@functools.lru_cache(maxsize=1)
def within_day_words() -> frozenset[str]:
    """Units shorter than a day ("hours after the Tuesday bombing"): a span of them moves no day."""
    return frozenset(load_time_words().table("within_day"))


@functools.lru_cache(maxsize=1)
def rank_words() -> frozenset[str]:
    """Words ranking a noun among those who did an act ("the first aides to cooperate", "the only
    country to recognise"): its infinitive tells a done act in the tense of its clause."""
    return frozenset(load_time_words().table("rank"))


@functools.lru_cache(maxsize=1)
def habit_words() -> frozenset[str]:
    """Words that tell an act as done many times ("repeatedly accused him"): no one act at one time."""
    return frozenset(load_time_words().table("habit"))


@functools.lru_cache(maxsize=1)
def standing_words() -> frozenset[str]:
    """Adverbs telling a position held since an earlier time they do not name ("have long refused"):
    like `background_words` on a verb, but not on the noun of an occasion ("the day-long meeting")."""
    return frozenset(load_time_words().table("standing"))


@functools.lru_cache(maxsize=1)
def attitude_words() -> frozenset[str]:
    """Past participles of a position or a role held towards the noun they describe ("the bill,
    supported by the Liberals"), held at the time of the clause the noun stands in."""
    return frozenset(load_time_words().table("attitude"))


@functools.lru_cache(maxsize=1)
def happening_nouns() -> frozenset[str]:
    """Nouns of a one-off happening, an attack or a crime ("bombing", "break-in"), with their plurals:
    a date set off after a relative clause on its phrase is the happening's (`when.attach`)."""
    words = load_time_words().table("happening")
    return frozenset(words) | frozenset(w + "s" for w in words)


@functools.lru_cache(maxsize=1)
def background_words() -> frozenset[str]:
    """Words that tell an act as done at an earlier time they do not name ("has previously endorsed",
    "has in the past accused"): background, of no day the article gives."""
    return frozenset(load_time_words().table("background"))


@functools.lru_cache(maxsize=1)
def earlier_time_words() -> frozenset[str]:
    """`background_words` and `standing_words` together: what an act's own modifier says when the act
    was done, or taken up, at an earlier time the text does not name."""
    return background_words() | standing_words()


@functools.lru_cache(maxsize=1)
def recent_span_words() -> frozenset[str]:
    """`background_words` and the words of the past together: what describes a plural unit of time as
    a span of the recent past ("in recent days", "over the past few weeks")."""
    return background_words() | frozenset(load_time_words().table("past"))


@functools.lru_cache(maxsize=1)
def claim_words() -> frozenset[str]:
    """Verbs of saying in the simple present that hold a claim about a past act ("Prosecutors allege
    Walker stabbed Ortiz"): known by their word, as the parser may read them into a name."""
    return frozenset(load_time_words().table("claim"))


@functools.lru_cache(maxsize=1)
def testimony_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of giving evidence ("testified") and the nouns of a court, a jury or a hearing told or
    hearing it ("jurors"): what a trial hears retells an act done before it."""
    words = load_time_words()
    return frozenset(words.table("testimony")), frozenset(words.table("trial"))


@functools.lru_cache(maxsize=1)
def ongoing_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The adjectives telling the noun of an act as going on ("the ongoing investigation"), the
    prepositions holding such a noun as a state ("under investigation") and the forms of the verbs
    of being in it ("is", "remains"; not "came under attack", an act of one day): no act of one day."""
    table = load_time_words().table("ongoing")
    return (
        frozenset(w for w, v in table.items() if v == "describes"),
        frozenset(w for w, v in table.items() if v == "holds"),
        frozenset(w for w, v in table.items() if v == "state"),
    )


@functools.lru_cache(maxsize=1)
def uncounted_spans() -> frozenset[str]:
    """Plural spans that, with no count, set a clause of sequence weeks or more from its act ("years
    after the states agreed"): the clause's act is at a time the text does not name."""
    return frozenset(load_time_words().table("uncounted"))


@functools.lru_cache(maxsize=1)
def tally_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words counting many without a number ("dozens", "several") and plural nouns of what acts issue
    ("resolutions", "complaints"): a count of them in the perfect tallies past acts."""
    words = load_time_words()
    return frozenset(words.table("tally")), frozenset(words.table("product"))


@functools.lru_cache(maxsize=1)
def record_words() -> tuple[frozenset[str], frozenset[str]]:
    """Nouns of a written record ("documents", "emails") and the verbs that tell its contents ("show",
    "revealed"): an act a record shows was done when it was written, at a time not named."""
    words = load_time_words()
    return frozenset(words.table("record")), frozenset(words.table("shows"))


@functools.lru_cache(maxsize=1)
def future_auxiliaries() -> frozenset[str]:
    """Auxiliaries of the future tense ("will", "'ll", "shall")."""
    return frozenset(load_time_words().table("will"))


@functools.lru_cache(maxsize=1)
def past_auxiliaries() -> frozenset[str]:
    """Auxiliaries of the simple past ("was" arrested, "did" not): no perfect, no modal."""
    return frozenset(load_time_words().table("past_aux"))


@functools.lru_cache(maxsize=1)
def perfect_auxiliaries() -> frozenset[str]:
    """Auxiliaries of the perfect ("has denied", "had made")."""
    return frozenset(load_time_words().table("perfect_aux"))


@functools.lru_cache(maxsize=1)
def present_auxiliaries() -> frozenset[str]:
    """Auxiliaries of the simple present passive ("is supported", "are held")."""
    return frozenset(load_time_words().table("present_aux"))


@dataclass(frozen=True)
class Patterns:
    """Regular-expression pieces: alternations of the table's words."""

    month: str
    full_month: str
    weekday: str
    number: str
    season: str
    decade: str
    direction: str
    edge: str


@functools.lru_cache(maxsize=1)
def patterns() -> Patterns:
    words = load_time_words()
    directions = [w for k in ("past", "present", "future") for w in words.table(k)]
    return Patterns(
        month=_alternation(list(words.table("month"))),
        full_month=_alternation([m for m in words.table("month") if m in FULL_MONTHS]),
        weekday=_alternation(list(words.table("weekday"))),
        number=_alternation(list(words.table("number"))),
        season=_alternation(list(words.table("season"))),
        decade=_alternation(list(words.table("decade"))),
        direction=_alternation(directions),
        edge=_alternation(list(words.table("edge"))),
    )

"""Sector words and titles, loaded from `data/sectors.tsv`."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.strings import get_string_id

from wirewatch.actors.fuzzy import edit_distance
from wirewatch.datafiles import table_lines
from wirewatch.errors import DataFileError

# Shortest word compared with the terms by edit distance (see SectorLexicon.near).
NEAR_MIN_CHARS = 10
NEAR_CACHE_MAX = 50_000

# Words that say an office is over: "former Governor X", "the ousted president" (CAMEO: ELI).
FORMER_WORDS = frozenset({"former", "ousted", "deposed", "exiled", "toppled", "overthrown", "ex"})
FORMER_SECTOR = "ELI"
# A private person or the people at large: witnesses, protesters, victims (CAMEO CVL).
CIVILIAN = "CVL"
# A party label's sector ("Republican Donald Trump"): a party politician; the label is no office.
PARTY_SECTOR = "PTY"
# The forms of "be" whose complement says what a person is ("who is a former governor"); the
# pipeline has no lemmatizer.
BE_FORMS = frozenset({"is", "was", "be", "been", "being", "'s", "\u2019s"})

# Words that may stand inside a title without naming a sector
# ("former U.S. President", "the deputy foreign minister", "Senate Majority Leader").
TITLE_FILLERS = frozenset(
    {
        "majority",
        "minority",
        "former",
        "ousted",
        "deposed",
        "exiled",
        "deputy",
        "acting",
        "then",
        "new",
        "senior",
        "top",
        "chief",
        "first",
        "vice",
        "interim",
        "outgoing",
        "incoming",
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "trade",
        "economy",
        "justice",
        "state",
        "prime",
        "general",
        "head",
        "the",
        "affairs",
    }
)


# Sectors of a state's own organs.
STATE_ORGANS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})


# Titles that say a person's office only relative to someone else ("his Cuban counterpart"):
# they give the sector but are not a role to remember.
RELATIVE_TITLES = frozenset({"counterpart", "counterparts", "colleague", "successor", "predecessor"})


# Titles that say rank, not sector: the word before them decides ("army spokesman" MIL,
# "rebel commander" REB, "police chief" COP, "opposition leaders" OPP).
GENERIC_TITLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "commander", "leader", "leaders", "chief", "head"}
    # "police negotiators", "rebel negotiators": a negotiator speaks for whoever sends them
    | {"negotiator", "negotiators"}
    | {"official", "officials", "officers"}
    # ranks: "police Sgt.", "police Lt.", "army Sgt."
    | {"sergeant", "sgt", "sgt.", "lieutenant", "lt", "lt.", "captain", "capt", "capt."}
)


# Camps of party politics that are parties only where a party bears the name: "the Liberals
# won in Ottawa", "Conservative Party" named in the story; else an ideological camp of citizens
# ("liberals call the speaker cowardly"). The nouns after the camp's adjective that name a party.
CAMP_TERMS = frozenset({"liberals", "conservatives", "progressives"})
CAMP_PARTY_NOUNS = frozenset(
    {"party", "democrats", "leader", "government", "mp", "mps", "caucus", "candidate"}
)


# Offices that say only with an organisation whose they are: "FBI Director James Comey", "the EPA
# administrator, Gina McCarthy" (a "film director" is no office of anyone's).
ORGANISATION_OFFICES = frozenset(
    {"director", "chief", "head", "administrator", "commissioner", "chairman", "chairwoman", "chair"}
)

# Places on an organisation's staff that, like its offices, make the holder the organisation's, of
# its country and sector: "X, the president of Amnesty International", "a member of Hamas".
ORGANISATION_STAFF = frozenset(
    {"president", "founder", "co-founder", "member", "executive", "employee", "manager", "deputy"}
    | {"secretary", "treasurer"}
)


# title: one person's office; group: a body or a collective; place: a settlement that stands
# for its inhabitants ("shelled the town"), an actor only when its country is known; occasion:
# a gathering named by a sector word, no actor ("an office Christmas party" is no political party);
# name_title: a title only when it stands before a person's name ("Justice Ana Lima"), a common
# noun of its own ("they perceive as justice"); nationals: people of a trade or standing who are
# an actor only with a nationality word on them ("the French lawyers", "a British royal"), never
# alone ("lawyers said" is anyone's counsel) and never a title: `SectorLexicon.nationals`, not `get`;
# thing: a word one letter from a term that names things, no actor ("televisions" are sets, not
# broadcasters): no term of `get`, and `near` never reads it as the term it is close to;
# name: a chamber's word that is an actor only written as its name ("the House voted", "the
# Commons"), a common word otherwise ("a house", "the commons of the village"): no term of `get`,
# so no description or title reads it; `SectorLexicon.named`, for the group step.
KINDS = ("title", "group", "place", "occasion", "name_title", "nationals", "thing", "name")
OCCASION = "occasion"
NAME_TITLE = "name_title"
NATIONALS = "nationals"
THING = "thing"
NAMED_BODY = "name"
PERSON_TITLES = frozenset({"title", NAME_TITLE})
COLUMNS = ("term", "sector", "kind")


@dataclass(frozen=True)
class SectorTerm:
    term: str
    sector: str
    kind: str  # one of KINDS


class SectorLexicon:
    """Longest-match lookup of sector terms over lower-cased word sequences."""

    def __init__(self, terms: list[SectorTerm]) -> None:
        # a hyphen is a space to the lookup ("pin-up queen" as the words "pin", "up", "queen")
        self._terms: dict[str, SectorTerm] = {}
        self._nationals = {t.term: t for t in terms if t.kind == NATIONALS}
        self._named = {t.term: t for t in terms if t.kind == NAMED_BODY}
        self._things = frozenset(t.term for t in terms if t.kind == THING)
        terms = [t for t in terms if t.kind not in (NATIONALS, THING, NAMED_BODY)]
        for t in terms:
            self._terms.setdefault(_key(t.term), t)  # "attorney general" before "attorney-general"
        self.max_words = max((len(_key(t.term).split()) for t in terms), default=1)
        # the words of an occasion are no title words ("Christmas" before a name is no office)
        self.words = frozenset(w for t in terms if t.kind != OCCASION for w in t.term.split())
        # (first letter, length) -> one-word terms, for `near`
        self._by_shape: dict[tuple[str, int], list[SectorTerm]] = {}
        self._near: dict[str, SectorTerm | None] = {}  # word -> answer of `near`, remembered
        self._word_ids: frozenset[int] | None = None
        for t in terms:
            if " " not in t.term and len(t.term) >= NEAR_MIN_CHARS - 1:
                self._by_shape.setdefault((t.term[0], len(t.term)), []).append(t)

    @classmethod
    def load(cls, path: Path | None = None) -> SectorLexicon:
        """Read `data/sectors.tsv` (or `path`); a malformed line is named in the error."""
        label, rows = table_lines("sectors.tsv", path, COLUMNS)
        terms = []
        for number, row in enumerate(rows, start=1):
            cells = row.split("\t")
            if len(cells) != len(COLUMNS) or cells[2] not in KINDS:
                raise DataFileError(f"{label}: data line {number} is malformed: {cells}")
            terms.append(SectorTerm(cells[0].lower(), cells[1], cells[2]))
        return cls(terms)

    def sectors(self) -> frozenset[str]:
        """Every sector code the table uses."""
        return frozenset(t.sector for t in self._terms.values() if t.kind != OCCASION)

    def get(self, phrase: str) -> SectorTerm | None:
        return self._terms.get(_key(phrase))

    def abbreviations(self) -> frozenset[str]:
        """The one-word titles written with a full stop ("sgt.", "sens."), lower case."""
        return frozenset(
            t.term
            for t in self._terms.values()
            if t.kind in PERSON_TITLES and t.term.endswith(".") and " " not in t.term
        )

    def word_ids(self) -> frozenset[int]:
        """The string ids of every word a term ends in (`words`), of the nouns of people
        (`nationals`) and of the chambers' words (`named`), to find them in a Doc's array
        (`doctools.token_indices`)."""
        if self._word_ids is None:
            words = self.words | self._nationals.keys() | self._named.keys()
            self._word_ids = frozenset(get_string_id(w) for w in words)
        return self._word_ids

    def nationals(self, word: str) -> SectorTerm | None:
        """The term of a noun of people that is an actor only with a nationality word on it."""
        return self._nationals.get(word.lower())

    def named(self, word: str) -> SectorTerm | None:
        """The term of a chamber's word that is an actor only written as its name ("the House");
        whether it is so written is the caller's to tell (`groups.written_as_a_chamber`)."""
        return self._named.get(word.lower())

    def near(self, word: str) -> SectorTerm | None:
        """The one-word term `word` misspells or inflects by one edit ("peackeepers" for
        "peacekeepers"). Only words of `NEAR_MIN_CHARS` letters or more: shorter ones are too
        often other words ("leaders"/"readers"); a tie between two terms is no answer."""
        key = word.lower()
        if len(key) < NEAR_MIN_CHARS or not key.isalpha() or key in self._things:
            return None
        if key not in self._near:
            if len(self._near) >= NEAR_CACHE_MAX:
                self._near.clear()
            self._near[key] = self._nearest(key)
        return self._near[key]

    def _nearest(self, key: str) -> SectorTerm | None:
        shapes = ((key[0], n) for n in (len(key) - 1, len(key), len(key) + 1))
        hits = {
            t.term: t
            for shape in shapes
            for t in self._by_shape.get(shape, ())
            if edit_distance(key, t.term, 1) <= 1
        }
        return next(iter(hits.values())) if len(hits) == 1 else None

    def longest(self, words: list[str]) -> SectorTerm | None:
        """The longest term that ends some run of `words` (lower-cased), preferring later words."""
        lowered = [w.lower() for w in words if w != "-"]
        for end in range(len(lowered), 0, -1):
            for size in range(min(self.max_words, end), 0, -1):
                hit = self._terms.get(_key(" ".join(lowered[end - size : end])))
                if hit:
                    return hit
        return None


@functools.lru_cache(maxsize=1 << 16)
def _key(phrase: str) -> str:
    """A term or a run of words as the lookup keys it: lower case, a hyphen between two words read
    as a space ("pin-up queen", "pin - up queen"). A run that starts or ends with a space or a
    hyphen ("\n\nPolice", "- workers" of "co - workers") keys nothing a term has."""
    lowered = phrase.lower()
    if lowered != lowered.strip(" \t\n-"):
        return lowered
    return " ".join(re.sub(r"(?<=\w)\s*-\s*(?=\w)", " ", lowered).split())


# Words coreference and the event readings both look up (`data/coref_words.tsv`): genders, plural
# collectives ("people", "women"), things, verbs of hearsay, speech and taking.
WORDS_FILE = "coref_words.tsv"
WORD_CLASSES = frozenset(
    {
        "female",
        "male",
        "plural",
        "thing",
        "made",
        "hearsay",
        "personal",
        "spoken",
        "taking",
        "inviting",
        "answering",
        "carrier",
        "issuing",
        "telling",
        "judging",
    }
)


@functools.cache
def packaged_sectors() -> SectorLexicon:
    """The packaged `data/sectors.tsv`, read once per process and shared by the steps that need no
    table of their own (coreference's descriptions, the doers of a participle's act)."""
    return SectorLexicon.load()


@functools.lru_cache(maxsize=1)
def coref_words() -> dict[str, str]:
    """Word -> class (female, male, plural; thing, made for verbs) of `data/coref_words.tsv`."""
    label, rows = table_lines(WORDS_FILE, None, ("word", "class"))
    out: dict[str, str] = {}
    for number, row in enumerate(rows, start=2):
        cells = [c.strip() for c in row.split("\t")]
        if len(cells) != 2 or cells[1] not in WORD_CLASSES:
            raise DataFileError(f"{label}, data row {number}: needs a word and one of {sorted(WORD_CLASSES)}")
        out[cells[0].lower()] = cells[1]
    return out


def plural_word(word: str) -> bool:
    """A noun in the plural: a collective noun of `data/coref_words.tsv`, or one ending in -s."""
    return coref_words().get(word) == "plural" or (
        word.endswith("s") and not word.endswith(("ss", "us", "is"))
    )

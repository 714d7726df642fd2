"""Main-text extraction from news HTML pages.

trafilatura finds the article body and htmldate the publication date; on top of
that this module adds two repairs of the page tree before extraction and a
debris filter over the extracted blocks (paragraphs, headings, lists):

* body chunks: an article split over several containers of one class (the
  body interrupted by ads) is merged into the first, since trafilatura keeps
  only the first container that looks like an article body;
* inline link clusters: hover cards and "more from this person" menus nested
  inside a paragraph are removed before they leak into the sentence;
* debris: the title repeated as the first line, link-dense blocks (related
  articles), short label lines ("Comments", "Most read"), "Related: ..."
  teasers, subscribe/follow prompts and contact lines at the edges of the
  article, wire-service credit lines at the end, photo credits and
  timestamp lines.

The signals are general (block length, link density, sentence punctuation,
position in the article, a short list of boilerplate cue words). Every
threshold was calibrated on the article-extraction benchmark pages of
``shared/eval/extraction`` by measuring each rule on its own and together (see
``wirewatch.evaluate.extraction``); no rule names a site or a page.
Nothing is downloaded: the page must be given as a string.
"""

from __future__ import annotations

import copy
import datetime
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import trafilatura
from lxml import etree
from trafilatura.settings import Document
from trafilatura.utils import load_html
from trafilatura.xml import xmltotxt

from wirewatch.errors import ExtractionError
from wirewatch.ingest.nesting import flatten_nesting, too_deep

LOGGER = logging.getLogger(__name__)

__all__ = ["HtmlExtract", "extract_html"]

# Calibration: every figure below is bag-of-words F1 / recall averaged over the
# 92 pages of shared/eval/extraction/aeb.jsonl (wirewatch.evaluate.extraction),
# measured with all other settings at their chosen values unless said otherwise.
# Plain trafilatura.extract scores F1 0.950 / recall 0.982 there; this module 0.979 / 0.986.

# --- trafilatura and htmldate settings -------------------------------------
# favor_precision was the best trafilatura mode: on trafilatura alone F1 0.963
# (defaults 0.954, favor_recall 0.951); with the rest of this module 0.979
# (defaults 0.972, favor_recall 0.968). include_tables=False lost recall
# (0.963, F1 0.959). include_comments does not change the body; off saves work.
# Links are kept only to measure link density; they are stripped from the text.
_TRAFILATURA_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "include_links": True,
    "with_metadata": True,
}
# original_date: the publication date rather than the last update (it changed
# the date found on 12 of 92 pages, e.g. to the year the URL names on the two
# pages whose URL names one). extensive_search found a date on 92 of 92 pages
# against 91 without it, at no measurable cost (about 4 ms a page either way).
_DATE_OPTIONS: dict[str, Any] = {
    "original_date": True,
    "extensive_search": True,
    "outputformat": "%Y-%m-%d",
}

# --- tree repairs before extraction ------------------------------------------
# A container class names an article body when it contains one of these words
# (the vocabulary of trafilatura's own body selectors).
_BODY_CLASS = re.compile(r"body|content|article|text|story|entry|post", re.IGNORECASE)
# Only containers with this much paragraph text count as body chunks (teaser
# cards and empty ad slots sharing the class stay out); about two sentences.
# 100-800 gave the same score. Merging chunks: recall 0.980 -> 0.986.
_MIN_CHUNK_CHARS = 200
# An element inside a paragraph with at least this many links and this share
# of its text in links is a link cluster (hover card, "more from" menu), not
# prose. Flat from 2 to 5 links and 0.6 to 0.95; removing clusters: F1 +0.002.
_CLUSTER_MIN_LINKS = 3
_CLUSTER_MIN_LINK_SHARE = 0.8

# --- debris filter ------------------------------------------------------------
_WORD = re.compile(r"\w+")
# trafilatura's inline elements: outside a paragraph they join the loose text.
_INLINE_TAGS = frozenset({"ref", "hi", "lb", "del"})
# The title is looked for among the first blocks only; a block counts as the
# title when one contains the other and the shorter is at least this share of
# the longer (site names appended to <title> are tolerated); 0.3-0.7 gave the
# same result. Dropping the title line: F1 +0.002.
_TITLE_LOOKAHEAD = 2
_TITLE_MIN_SHARE = 0.5
# Blocks whose words are mostly link text are link lists (related articles,
# tag lists). Best of 0.5-1.0 (0.5: F1 0.978, recall 0.984; 1.0: F1 0.978);
# the largest of the filter rules: F1 +0.004.
_MAX_LINK_DENSITY = 0.8
# Edge region: prompts, contact and timestamp lines are only removed here
# (first blocks, last blocks), where they sit on news pages; inside the body
# the same words are usually part of the story ("declined to comment").
# Fewer blocks (1 at the head, 1-2 at the tail) lost F1 0.0005-0.0006.
_HEAD_BLOCKS = 2
_TAIL_BLOCKS = 3
# Maximum lengths (in words) per rule: longer blocks are prose. Swept per rule
# (label 6-15, prompt 25-60, photo 10-25, contact 15-40, timestamp 12-25): F1
# stayed within 0.001 of the chosen values, except prompt 25 (-0.001), photo 25
# and contact 40 (-0.0007 and -0.0014: they start to cut real paragraphs).
_LABEL_MAX_WORDS = 10
_TEASER_MAX_WORDS = 20
_PROMPT_MAX_WORDS = 40
_CREDIT_MAX_WORDS = 40
_PHOTO_MAX_WORDS = 15
_CONTACT_MAX_WORDS = 25
_TIMESTAMP_MAX_WORDS = 20

# The cue words are the usual vocabulary of navigation and promotion
# boilerplate, not phrases taken from evaluation pages.
_SENTENCE_END = re.compile(r"[.!?…:;\"”’)»]\s*$")
_LABEL_CUE = re.compile(
    r"\b(comments?|newsletters?|subscribe|related|read more|see more|more from"
    r"|most (?:read|popular|viewed)|don'?t miss|you (?:may|might) also like|recommended"
    r"|trending|tags?|share(?: this)?|advertisement|sponsored|popular)\b",
    re.IGNORECASE,
)
_TEASER_CUE = re.compile(
    r"^\W*(related(?: \w+)?|read (?:more|also)|also read|see (?:more|also)|more|watch|listen"
    r"|don'?t miss|recommended|must read)\s*:",
    re.IGNORECASE,
)
_PROMPT_CUE = re.compile(
    r"\b(subscribe|newsletters?|sign up|follow (?:us|him|her|them|me)|reached at"
    r"|email (?:us|him|her)|click here)\b",
    re.IGNORECASE,
)
_CREDIT_CUE = re.compile(
    r"contributed to this report|\breporting by\b|\bediting by\b|\bwriting by\b", re.IGNORECASE
)
_PHOTO_CUE = re.compile(
    r"©|\b(?:photo|image|picture)s? ?(?:by|credit|:)|getty images|\bcopyright\b", re.IGNORECASE
)
_CONTACT = re.compile(r"\S+@\S+\.\w+|https?://|www\.|(?<!\w)@\w+")
_TIMESTAMP = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")


@dataclass(frozen=True)
class HtmlExtract:
    """What :func:`extract_html` finds in one page."""

    title: str | None
    text: str  # main article body, paragraphs separated by "\n\n"
    published: datetime.date | None
    url: str | None


@dataclass(frozen=True)
class _Block:
    """One paragraph-level unit of the extracted body."""

    text: str
    words: int
    link_density: float


def extract_html(html: str, *, url: str | None = None) -> HtmlExtract:
    """Extract title, main text and publication date from an HTML page.

    ``url`` is the address the page was fetched from; it is returned as given
    (or the page's canonical URL when not given) and helps the date search.
    Raises :class:`~wirewatch.errors.ExtractionError` when no main text is found.
    """
    tree = _parse(html)
    if tree is None:
        raise ExtractionError(f"not an HTML page: {url or 'unnamed page'}")
    _merge_body_chunks(tree)
    _drop_link_clusters(tree)
    doc = trafilatura.bare_extraction(
        tree, url=url, date_extraction_params=dict(_DATE_OPTIONS), **_TRAFILATURA_OPTIONS
    )
    if not isinstance(doc, Document):
        raise ExtractionError(f"no main text found: {url or 'unnamed page'}")
    blocks = _blocks(doc.body)
    kept = _filter_debris(blocks, doc.title)
    text = "\n\n".join(block.text for block in kept)
    if not text.strip():
        raise ExtractionError(f"no main text found: {url or 'unnamed page'}")
    return HtmlExtract(title=doc.title, text=text, published=_parse_date(doc.date), url=url or doc.url)


def _parse(html: str) -> Any:
    """Parse a page; a bare fragment (no <html>/<body>) is wrapped in a document.

    A page nested deeper than the parser goes is flattened and parsed again
    (see `nesting`), so its deepest content is not lost.
    """
    if not html.strip():
        return None
    tree = load_html(html)
    if tree is None and "<" in html and "<body" not in html.lower():
        html = f"<html><body>{html}</body></html>"
        tree = load_html(html)
    if tree is not None and too_deep(_max_depth(tree)):
        LOGGER.debug("page nested %d deep: flattening wrappers", _max_depth(tree))
        tree = load_html(flatten_nesting(html))
    return tree


def _max_depth(tree: Any) -> int:
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


# --- tree repairs ----------------------------------------------------------------


def _merge_body_chunks(tree: Any) -> None:
    """Move the content of repeated body containers into the first one."""
    groups: dict[tuple[str, str], list[Any]] = {}
    for element in tree.iter("div", "section", "article"):
        classes = element.get("class")
        if classes and _BODY_CLASS.search(classes):
            groups.setdefault((element.tag, classes), []).append(element)
    for members in groups.values():
        chunks = [m for m in members if _paragraph_chars(m) >= _MIN_CHUNK_CHARS]
        depths = {_depth(chunk) for chunk in chunks}
        if len(chunks) < 2 or len(depths) != 1:
            continue
        first = chunks[0]
        for chunk in chunks[1:]:
            # same depth: no chunk contains another
            _append_content(first, chunk)
            chunk.getparent().remove(chunk)
        LOGGER.debug("merged %d body chunks", len(chunks))


def _append_content(target: Any, source: Any) -> None:
    """Move the text and children of ``source`` to the end of ``target``."""
    if source.text and source.text.strip():
        if len(target):
            target[-1].tail = (target[-1].tail or "") + " " + source.text
        else:
            target.text = (target.text or "") + " " + source.text
    target.extend(list(source))


def _drop_link_clusters(tree: Any) -> None:
    """Remove link clusters nested inside paragraphs, innermost first."""
    for paragraph in list(tree.iter("p")):
        # reversed document order visits descendants before their ancestors
        for element in reversed(list(paragraph.iterdescendants("span", "div"))):
            if _is_link_cluster(element):
                _remove_keep_tail(element)


def _is_link_cluster(element: Any) -> bool:
    links = list(element.iter("a"))
    if len(links) < _CLUSTER_MIN_LINKS:
        return False
    chars = len(element.text_content().strip())
    link_chars = sum(len(link.text_content().strip()) for link in links)
    return chars > 0 and link_chars / chars >= _CLUSTER_MIN_LINK_SHARE


def _remove_keep_tail(element: Any) -> None:
    parent = element.getparent()
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _paragraph_chars(element: Any) -> int:
    return sum(len(p.text_content()) for p in element.iter("p"))


def _depth(element: Any) -> int:
    return sum(1 for _ in element.iterancestors())


# --- blocks ------------------------------------------------------------------------


def _blocks(body: Any) -> list[_Block]:
    """Flatten trafilatura's body into paragraph-level blocks, in order."""
    return [block for block in _iter_blocks(body) if block.words]


def _iter_blocks(container: Any) -> Iterator[_Block]:
    """Blocks of ``container``: block children, and runs of loose inline content."""
    run: list[Any] = []  # inline elements and text between two block children
    text = container.text
    for child in container:
        if child.tag in _INLINE_TAGS:
            run.append(child)
            continue
        yield _inline_block(text, run)
        if child.tag == "div":
            yield from _iter_blocks(child)
        else:
            yield _element_block(child)
        text, run = child.tail, []
    yield _inline_block(text, run)


def _inline_block(text: str | None, run: list[Any]) -> _Block:
    """A block of loose text and inline elements (with their tails)."""
    parts = [text or ""]
    linked = 0
    for element in run:
        content = " ".join(element.itertext())
        if element.tag == "ref":
            linked += len(_WORD.findall(content))
        parts.extend((content, element.tail or ""))
    clean = " ".join(" ".join(parts).split())
    words = len(_WORD.findall(clean))
    return _Block(text=clean, words=words, link_density=linked / words if words else 0.0)


def _element_block(element: Any) -> _Block:
    words = len(_WORD.findall(" ".join(element.itertext())))
    linked = sum(len(_WORD.findall(" ".join(ref.itertext()))) for ref in element.iter("ref"))
    rendered = copy.deepcopy(element)
    rendered.tail = None
    etree.strip_tags(rendered, "ref")
    text = xmltotxt(rendered, include_formatting=False).strip()
    return _Block(text=text, words=words, link_density=linked / words if words else 0.0)


# --- debris filter -------------------------------------------------------------------


def _filter_debris(blocks: list[_Block], title: str | None) -> list[_Block]:
    norm_title = _normalise(title or "")
    kept = []
    for index, block in enumerate(blocks):
        if index < _TITLE_LOOKAHEAD and _is_title(block.text, norm_title):
            LOGGER.debug("debris (title): %.60s", block.text)
            continue
        reason = _debris_reason(block, index, len(blocks))
        if reason:
            LOGGER.debug("debris (%s): %.60s", reason, block.text)
            continue
        kept.append(block)
    return kept


def _debris_reason(block: _Block, index: int, count: int) -> str | None:
    """Name the rule that marks ``block`` as debris, or None to keep it."""
    at_tail = index >= count - _TAIL_BLOCKS
    at_edge = index < _HEAD_BLOCKS or at_tail
    text, words = block.text, block.words
    checks = (
        ("link list", block.link_density >= _MAX_LINK_DENSITY),
        ("label", words <= _LABEL_MAX_WORDS and _is_label(text)),
        ("teaser", words <= _TEASER_MAX_WORDS and bool(_TEASER_CUE.search(text))),
        ("prompt", at_edge and words <= _PROMPT_MAX_WORDS and bool(_PROMPT_CUE.search(text))),
        ("credit", at_tail and words <= _CREDIT_MAX_WORDS and bool(_CREDIT_CUE.search(text))),
        ("photo credit", words <= _PHOTO_MAX_WORDS and bool(_PHOTO_CUE.search(text))),
        ("contact", at_tail and words <= _CONTACT_MAX_WORDS and bool(_CONTACT.search(text))),
        ("timestamp", at_edge and words <= _TIMESTAMP_MAX_WORDS and _is_timestamp_line(text)),
    )
    return next((name for name, hit in checks if hit), None)


def _is_label(text: str) -> bool:
    """A short navigation label: no sentence punctuation, a boilerplate cue word."""
    return not _SENTENCE_END.search(text) and bool(_LABEL_CUE.search(text))


def _is_timestamp_line(text: str) -> bool:
    """A dateline or "published at" line: a date or clock time, not a sentence."""
    return not _SENTENCE_END.search(text) and bool(_TIMESTAMP.search(text))


def _is_title(text: str, norm_title: str) -> bool:
    norm_text = _normalise(text)
    if not norm_text or not norm_title:
        return False
    shorter, longer = sorted((norm_text, norm_title), key=len)
    return shorter in longer and len(shorter) / len(longer) >= _TITLE_MIN_SHARE


def _normalise(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _parse_date(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        LOGGER.debug("unparseable date from htmldate: %r", value)
        return None

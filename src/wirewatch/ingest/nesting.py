"""Flatten markup nested deeper than the HTML parser will go.

libxml2 (under lxml and trafilatura) stops building the tree 256 elements
deep and drops whatever lies below, so an article wrapped in 253 `div`s came
out as "no main text found" while 250 worked (issue 12). Pages like that exist
(generated layouts, nested templates). Before parsing such a page, wrapper
elements (`div`, `span`, ...) are removed beyond a depth: first the bare ones,
which carry no class or id a content selector could use, then any. Their
content is kept in place; only the tags go.
"""

from __future__ import annotations

from html.parser import HTMLParser

# libxml2's default maximum depth (XML_PARSE_HUGE lifts it to 2048, not away).
PARSER_MAX_DEPTH = 256
# Bare wrappers go beyond this depth, any wrapper beyond the second; both well
# below the parser's limit so the content below them fits with room to spare.
BARE_WRAPPER_DEPTH = 64
ANY_WRAPPER_DEPTH = 160

WRAPPERS = frozenset({"div", "span", "font", "center", "section"})
VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)


def too_deep(depth: int) -> bool:
    """Whether a parsed tree this deep may have lost content to the parser's limit."""
    return depth >= PARSER_MAX_DEPTH - 2


def flatten_nesting(html: str) -> str:
    """`html` with wrapper tags removed beyond the depths above; everything else verbatim."""
    flattener = _Flattener()
    flattener.feed(html)
    flattener.close()
    return "".join(flattener.out)


class _Flattener(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.open: list[tuple[str, bool]] = []  # (tag, kept) of each open element
        self.depth = 0  # open elements kept

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        if tag in VOID:
            self.out.append(raw)
            return
        drop = tag in WRAPPERS and (
            self.depth >= ANY_WRAPPER_DEPTH or (self.depth >= BARE_WRAPPER_DEPTH and not attrs)
        )
        self.open.append((tag, not drop))
        if not drop:
            self.depth += 1
            self.out.append(raw)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or f"<{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        names = [name for name, _ in self.open]
        if tag not in names:
            self.out.append(f"</{tag}>")  # stray: the real parser decides
            return
        while self.open:
            name, kept = self.open.pop()
            if kept:
                self.depth -= 1
            if name == tag:
                if kept:
                    self.out.append(f"</{tag}>")
                return

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")

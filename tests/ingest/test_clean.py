"""Tests for wirewatch.ingest.clean: web debris out, article sentences in."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.ingest.clean import Cleaned, RemovedLine, clean_text

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS = REPO_ROOT.parent / "shared" / "seeds"


def _paragraphs(cleaned: Cleaned) -> list[str]:
    return cleaned.text.split("\n\n") if cleaned.text else []


def _reasons(cleaned: Cleaned) -> dict[str, str]:
    return {r.text: r.reason for r in cleaned.removed}


# An invented article with the debris of an invented site.
HARBOUR_ARTICLE = (
    "\n\n".join(
        [
            "Norway and Sweden agree to share fishing data in the Skagerrak",
            "Business",
            "Norwegian fisheries minister Ola Berg and his Swedish colleague Karin Holm "
            "(Photo: Jane Roe/Example Agency)",
            "Norway and Sweden agreed on Thursday to pool their fishing data for the Skagerrak strait, "
            "ending a two-year dispute over cod quotas.",
            "Harbour Gazette's Tomas Lindqvist reports from Oslo.",
            "Share on Facebook",
            "The agreement, signed by Berg and Holm in Oslo, creates a joint monitoring office in "
            "Gothenburg.",
            "Advertisement",
            "Quota fight",
            "Swedish trawler owners had accused Norway of underreporting its catch, a charge Oslo rejected.",
            '"We have turned a quarrel into a partnership," Berg told reporters.',
            "Related: Danish ports brace for a slow herring season",
            "Comments are closed.",
            "Sign in to join the conversation",
            "Swedish trawler owners had accused Norway of underreporting its catch, a charge Oslo rejected.",
        ]
    )
    + "\n"
)


def test_invented_article_loses_its_debris() -> None:
    cleaned = clean_text(HARBOUR_ARTICLE)
    assert cleaned.title == "Norway and Sweden agree to share fishing data in the Skagerrak"
    reasons = _reasons(cleaned)
    assert reasons == {
        "Norway and Sweden agree to share fishing data in the Skagerrak": "title",
        "Business": "section-label",
        "Norwegian fisheries minister Ola Berg and his Swedish colleague Karin Holm": "caption",
        "(Photo: Jane Roe/Example Agency)": "photo-credit",
        "Harbour Gazette's Tomas Lindqvist reports from Oslo.": "byline",
        "Share on Facebook": "share-prompt",
        "Advertisement": "advert",
        "Quota fight": "section-label",
        "Related: Danish ports brace for a slow herring season": "navigation",
        "Comments are closed.": "comment-prompt",
        "Sign in to join the conversation": "comment-prompt",
        "Swedish trawler owners had accused Norway of underreporting its catch, a charge Oslo "
        "rejected.": "duplicate-line",
    }
    assert _paragraphs(cleaned) == [
        "Norway and Sweden agreed on Thursday to pool their fishing data for the Skagerrak "
        "strait, ending a two-year dispute over cod quotas.",
        "The agreement, signed by Berg and Holm in Oslo, creates a joint monitoring office in Gothenburg.",
        "Swedish trawler owners had accused Norway of underreporting its catch, a charge Oslo rejected.",
        '"We have turned a quarrel into a partnership," Berg told reporters.',
    ]


def test_removed_lines_carry_input_line_numbers() -> None:
    cleaned = clean_text(HARBOUR_ARTICLE)
    lines = HARBOUR_ARTICLE.splitlines()
    for removed in cleaned.removed:
        assert removed.text in lines[removed.line]
    duplicate = [r for r in cleaned.removed if r.reason == "duplicate-line"]
    assert [r.line for r in duplicate] == [len(lines) - 1]


def test_stray_headline_of_another_story_is_dropped() -> None:
    text = (
        "Drought forces Kenyan herders to sell cattle early\n"
        "The Chilean senate voted on Tuesday to approve a new mining royalty, sending the bill "
        "to President Gabriel Boric for signature.\n"
        "The royalty applies to copper producers with annual sales above 50,000 tonnes.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.title is None
    assert cleaned.removed == (
        RemovedLine(0, "Drought forces Kenyan herders to sell cattle early", "stray-headline"),
    )
    assert cleaned.text.startswith("The Chilean senate voted")


def test_headline_after_leading_debris_is_still_the_title() -> None:
    text = (
        "Advertisement\n"
        "Chilean senate approves copper mining royalty\n"
        "The Chilean senate voted on Tuesday to approve a copper mining royalty.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.title == "Chilean senate approves copper mining royalty"
    assert cleaned.text == "The Chilean senate voted on Tuesday to approve a copper mining royalty."


def test_title_passed_in_is_matched_on_the_first_line() -> None:
    text = "Ports reopen\n\nThe ports of Rotterdam and Antwerp reopened on Monday after a strike."
    cleaned = clean_text(text, title="Ports  reopen")
    assert cleaned.title == "Ports reopen"
    assert cleaned.removed == (RemovedLine(0, "Ports reopen", "title"),)
    assert cleaned.text == "The ports of Rotterdam and Antwerp reopened on Monday after a strike."


def test_first_line_that_is_a_sentence_stays() -> None:
    text = (
        "Lithuania expelled two Belarusian diplomats on Friday.\n"
        "The foreign ministry in Vilnius gave them 48 hours to leave.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.title is None
    assert cleaned.removed == ()
    assert len(_paragraphs(cleaned)) == 2


def test_opening_question_with_little_overlap_is_not_called_a_stray_headline() -> None:
    text = (
        "Who remembers the last time the harbour froze over?\n"
        "Fishermen in Tromsø say the ice arrived three weeks early this year, and the city "
        "council has asked the coast guard for an icebreaker.\n"
    )
    assert clean_text(text).removed == ()


@pytest.mark.parametrize(
    "line",
    [
        "Police declined to comment.",
        "He said he was there.",
        "Talks resumed on Friday.",
        "Share prices fell sharply.",
        "Twitter suspended the account.",
        "Follow the money, he said.",
        "The ministry did not reply to a request for comment.",
        "You must register to vote by Friday, the election commission said.",
        "President Putin was there.",
        "“Leave a reply on my desk,” the ambassador told his aide.",
        "Ri spoke of their shared problems:",
    ],
)
def test_short_content_lines_stay(line: str) -> None:
    text = (
        "Opposition parties in Georgia staged a rally in Tbilisi on Sunday against the new "
        "foreign agents law.\n"
        f"{line}\n"
        "Organisers said tens of thousands of people marched to the parliament building.\n"
    )
    cleaned = clean_text(text)
    assert line in _paragraphs(cleaned)
    assert cleaned.removed == ()


def test_name_mentioned_in_the_article_is_not_a_byline() -> None:
    text = (
        "Kim Jong Un inspected a new missile factory, state media said on Saturday.\n"
        "Kim Jong Un was there.\n"
        "Analysts in Seoul said the visit was a signal to Washington.\n"
    )
    assert "Kim Jong Un was there." in _paragraphs(clean_text(text))


def test_one_line_article_stays() -> None:
    text = "Mali's junta suspended all political parties on Wednesday."
    cleaned = clean_text(text)
    assert cleaned.text == text
    assert cleaned.title is None
    assert cleaned.removed == ()


def test_one_line_headline_alone_stays() -> None:
    assert clean_text("Mali junta suspends political parties").text == (
        "Mali junta suspends political parties"
    )


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Leave a comment", "comment-prompt"),
        ("Be the first to reply!", "comment-prompt"),
        ("Log in to post a comment.", "comment-prompt"),
        ("You need to be signed in to reply.", "comment-prompt"),
        ("Comments (14)", "comment-prompt"),
        ("Subscribe to our newsletter for the morning briefing", "share-prompt"),
        ("Follow us on Telegram", "share-prompt"),
        ("Facebook Twitter WhatsApp Email", "share-prompt"),
        ("Sponsored content", "advert"),
        ("Read more: Why Latvia is building a border fence", "navigation"),
        ("Tags: Latvia, Belarus, migration", "navigation"),
        ("(AP Photo/John Doe)", "photo-credit"),
        ("Photo: Example Wire", "photo-credit"),
        ("By Anna Kowalska", "byline"),
        ("(Reporting by Anna Kowalska in Riga; Editing by Mark Stone)", "byline"),
        ("Anna Kowalska contributed to this report.", "byline"),
        ("Radio Baltica's Anna Kowalska was there.", "byline"),
    ],
)
def test_debris_line_goes(line: str, reason: str) -> None:
    text = (
        "Latvia closed two crossings on its border with Belarus on Monday, the interior "
        "ministry said.\n"
        f"{line}\n"
        "The ministry said the crossings would stay shut until further notice.\n"
    )
    cleaned = clean_text(text)
    assert _reasons(cleaned) == {line: reason}
    assert len(_paragraphs(cleaned)) == 2


def test_credit_is_cut_from_a_caption_that_is_a_sentence() -> None:
    text = (
        "Estonia's prime minister meets farmers in Tartu on Monday. (Photo: Example Wire)\n"
        "The government promised to compensate farmers for the summer floods.\n"
    )
    cleaned = clean_text(text)
    assert _paragraphs(cleaned)[0] == "Estonia's prime minister meets farmers in Tartu on Monday."
    assert _reasons(cleaned) == {"(Photo: Example Wire)": "photo-credit"}


def test_parenthesis_that_is_not_a_credit_stays() -> None:
    line = "The accord was signed by both camps (the ruling coalition and the opposition)"
    text = (
        "Estonia's parliament ended a month-long budget standoff on Wednesday.\n"
        f"{line}\n"
        "The accord takes effect next month, officials said.\n"
    )
    assert line in _paragraphs(clean_text(text))


def test_trailing_byline_sentence_is_cut_from_a_content_line() -> None:
    text = (
        "As the summit nears, Hanoi is courting old partners in the region. Minh Tran reports.\n"
        "Vietnam's foreign minister flew to Vientiane on Tuesday for two days of talks.\n"
    )
    cleaned = clean_text(text)
    assert _paragraphs(cleaned)[0] == ("As the summit nears, Hanoi is courting old partners in the region.")
    assert cleaned.removed == (RemovedLine(0, "Minh Tran reports.", "byline"),)


def test_trailing_sentence_that_only_starts_like_a_byline_stays() -> None:
    line = "The summit opened in Hanoi. Minh Tran reports that talks went well."
    text = f"{line}\nVietnam's foreign minister flew to Vientiane on Tuesday.\n"
    assert line in _paragraphs(clean_text(text))


def test_subheading_is_kept_in_unpunctuated_text() -> None:
    # Without sentence punctuation elsewhere, a missing full stop says nothing.
    text = (
        "Protesters gathered outside the ministry in the capital on Monday morning\n"
        "They carried banners against the new water tariff and chanted slogans\n"
        "Police kept the crowd away from the main entrance of the building\n"
        "Water prices\n"
        "The crowd dispersed after officials agreed to meet a delegation later this week\n"
    )
    cleaned = clean_text(text)
    assert cleaned.removed == ()
    assert len(_paragraphs(cleaned)) == 5


def test_hard_wrapped_paragraph_is_joined() -> None:
    text = (
        "The Moldovan parliament approved the budget\n"
        "on Thursday after a twelve-hour debate.\n"
        "\n"
        "The opposition walked out before the vote.\n"
    )
    cleaned = clean_text(text)
    assert _paragraphs(cleaned) == [
        "The Moldovan parliament approved the budget on Thursday after a twelve-hour debate.",
        "The opposition walked out before the vote.",
    ]


def test_empty_and_blank_input() -> None:
    assert clean_text("") == Cleaned(text="", title=None, removed=())
    assert clean_text("\n \n\t\n") == Cleaned(text="", title=None, removed=())


# --- The seed articles -------------------------------------------------------------------


def _seed(name: str) -> str:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path.read_text(encoding="utf-8")


def test_seed_000_keeps_title_and_content() -> None:
    text = _seed("000_97d477139a34309f.txt")
    cleaned = clean_text(text)
    first_line = text.splitlines()[0]
    assert cleaned.title == first_line
    assert [r.reason for r in cleaned.removed] == ["title", "section-label", "byline"]
    assert [r.line for r in cleaned.removed] == [0, 2, 8]
    expected = [p for p in text.split("\n\n") if p.strip()][1:]
    expected = [p for p in expected if p not in {r.text for r in cleaned.removed}]
    assert _paragraphs(cleaned) == expected
    assert len(expected) == 11
    assert "Ri Yong-ho spoke of their shared problems:" in expected
    assert expected[0].startswith("Cuban foreign minister Bruno Rodriguez, holds talks")


def test_seed_004_loses_stray_headline_caption_byline_subheading_and_prompts() -> None:
    text = _seed("004_920d2eb69dc257d4.txt")
    lines = text.splitlines()
    cleaned = clean_text(text)
    assert cleaned.title is None
    by_reason: dict[str, list[int]] = {}
    for removed in cleaned.removed:
        by_reason.setdefault(removed.reason, []).append(removed.line)
    assert by_reason == {
        "stray-headline": [0],
        "caption": [1],
        "photo-credit": [1],
        "byline": [2],
        "section-label": [6],
        "comment-prompt": [12, 13, 14, 15],
    }
    paragraphs = _paragraphs(cleaned)
    assert len(paragraphs) == 9
    assert lines[2].startswith(paragraphs[0])
    assert paragraphs[0].endswith("on the international stage.")
    assert paragraphs[1:5] == lines[3:6] + lines[7:8]
    assert paragraphs[5:] == lines[8:12]


# --- Properties --------------------------------------------------------------------------

_DEBRIS_LINES = [
    "Leave a comment",
    "Share on Facebook",
    "Advertisement",
    "(Photo: Example Wire)",
    "Politics",
    "Jane Roe reports.",
    "Comments are closed.",
    "",
    "  ",
    "Related: more",
]
_line = st.one_of(
    st.sampled_from(_DEBRIS_LINES),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=80),
    st.lists(
        st.sampled_from(
            [
                "the",
                "Minister",
                "said",
                "talks",
                "(",
                ")",
                "/",
                ".",
                "reports",
                "Jane",
                "Roe",
                "“",
                "”",
                "Share",
                "comment",
                "was",
                "there",
                ":",
                "?",
                "Oslo",
                "Kim's",
            ]
        ),
        max_size=15,
    ).map(" ".join),
)


def _squash(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(_line, max_size=12), title=st.one_of(st.none(), _line))
def test_clean_text_never_raises_nor_invents_text(lines: list[str], title: str | None) -> None:
    text = "\n".join(lines)
    cleaned = clean_text(text, title=title)
    source = _squash(text)
    for paragraph in _paragraphs(cleaned):
        assert paragraph.strip()
        assert _squash(paragraph) in source
    if cleaned.title is not None:
        assert _squash(cleaned.title) in source
    for removed in cleaned.removed:
        assert _squash(removed.text) in source
        assert 0 <= removed.line < max(1, len(text.splitlines()))


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=400))
def test_clean_text_handles_arbitrary_text(text: str) -> None:
    cleaned = clean_text(text)
    source = _squash(text)
    assert all(_squash(p) in source for p in _paragraphs(cleaned))
    assert all(p and "\n" not in p for p in _paragraphs(cleaned))


ONE_SENTENCE_EACH = (
    "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday. "
    "The two leaders held talks on trade and the border, and the ministers of both countries said "
    "the talks in Nairobi had gone well."
)


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_one_word_per_line_loses_no_words(separator: str) -> None:
    """Issue 12: capitalised words were dropped as "section labels", repeats as "duplicate lines"."""
    cleaned = clean_text(separator.join(ONE_SENTENCE_EACH.split()))
    assert cleaned.removed == ()
    assert cleaned.text.split() == ONE_SENTENCE_EACH.split()


def test_a_few_short_lines_still_go_as_labels() -> None:
    text = "World\nPolitics\n" + ONE_SENTENCE_EACH.replace(". ", ".\n")
    cleaned = clean_text(text)
    assert [r.reason for r in cleaned.removed] == ["section-label", "section-label"]

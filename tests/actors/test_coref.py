"""The coreference resolver on hand-built Docs (words, heads and dependencies set by hand on a
blank English vocabulary, mentions given as the actor steps would give them): no model (issue 11)."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.actors.coref import Coreference, description_kinds
from wirewatch.extensions import register_extensions
from wirewatch.model import Mention

PARAGRAPH = "\n\n"
NO_SPACE_BEFORE = {",", ".", "'s", PARAGRAPH, "\u201d"}
NO_SPACE_AFTER = {PARAGRAPH, "\u201c"}


@lru_cache(maxsize=1)
def _nlp() -> Language:
    register_extensions()
    return spacy.blank("en")


def doc_of(spec: str) -> Doc:
    """A Doc from "word/dep>head" items (head: the index of the head word); "¶" is a paragraph break."""
    items = [item.rpartition("/") for item in spec.split()]
    words = [PARAGRAPH if w == "¶" else w for w, _, _ in items]
    spaces = [
        i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE and words[i] not in NO_SPACE_AFTER
        for i in range(len(words))
    ]
    return Doc(
        _nlp().vocab,
        words=words,
        spaces=spaces,
        heads=[int(rest.partition(">")[2]) for _, _, rest in items],
        deps=[rest.partition(">")[0] for _, _, rest in items],
    )


def person(doc: Doc, start: int, end: int, name: str, role: str | None = None) -> Mention:
    span = doc[start:end]
    return Mention(span.start_char, span.end_char, span.text, "person", "XXX", "GOV", name, role, f"p:{name}")


def actor(doc: Doc, start: int, end: int, kind: str, country: str, rule: str = "gazetteer:name") -> Mention:
    span = doc[start:end]
    return Mention(
        span.start_char, span.end_char, span.text, kind, country, None, span.text, None, country, rule
    )


def meant(doc: Doc, mentions: list[Mention], index: int) -> list[str]:
    return [m.name or m.text for m in Coreference(doc, mentions).antecedents(doc[index])]


def test_a_subject_is_preferred_to_an_object() -> None:
    # "Putin received Orban . He spoke ."
    doc = doc_of("Putin/nsubj>1 received/ROOT>1 Orban/dobj>1 ./punct>1 He/nsubj>5 spoke/ROOT>5 ./punct>5")
    mentions = [person(doc, 0, 1, "Vladimir Putin"), person(doc, 2, 3, "Viktor Orban")]
    assert meant(doc, mentions, 4) == ["Vladimir Putin"]


def test_gender_from_a_given_name_passes_over_a_man_for_she() -> None:
    # "Orban met Baerbock . She spoke ." with Baerbock known as Annalena
    doc = doc_of("Orban/nsubj>1 met/ROOT>1 Baerbock/dobj>1 ./punct>1 She/nsubj>5 spoke/ROOT>5 ./punct>5")
    mentions = [person(doc, 0, 1, "Viktor Orban"), person(doc, 2, 3, "Annalena Baerbock")]
    assert meant(doc, mentions, 4) == ["Annalena Baerbock"]
    assert meant(doc, mentions[:1], 4) == []


def test_a_speech_pronoun_skips_people_named_inside_quotation_marks() -> None:
    # 'Lopez said : “ Biden said no . ” ¶ He said .'
    doc = doc_of(
        "Lopez/nsubj>1 said/ROOT>1 :/punct>1 \u201c/punct>5 Biden/nsubj>5 said/ccomp>1 no/dobj>5 "
        "./punct>5 \u201d/punct>5 ¶/dep>8 He/nsubj>11 said/ROOT>11 ./punct>11"
    )
    mentions = [person(doc, 0, 1, "Marco Lopez"), person(doc, 4, 5, "Joe Biden")]
    assert meant(doc, mentions, 10) == ["Marco Lopez"]


def test_an_object_pronoun_never_takes_its_own_clause_subject() -> None:
    # "Biden called Xi and thanked him ."
    doc = doc_of("Biden/nsubj>1 called/ROOT>1 Xi/dobj>1 and/cc>1 thanked/conj>1 him/dobj>4 ./punct>1")
    mentions = [person(doc, 0, 1, "Joe Biden"), person(doc, 2, 3, "Xi Jinping")]
    assert meant(doc, mentions, 5) == ["Xi Jinping"]


def _paragraphs_later(between: int) -> Doc:
    """ "Sharif left ." then `between` paragraphs that name nobody, then "He spoke"."""
    spec = "Sharif/nsubj>1 left/ROOT>1 ./punct>1"
    for n in range(between + 1):
        at = 3 + 4 * n
        subject = "He" if n == between else "Prices"
        spec += f" ¶/dep>{at - 1} {subject}/nsubj>{at + 2} spoke/ROOT>{at + 2} ./punct>{at + 2}"
    return doc_of(spec)


def test_no_antecedent_beyond_the_paragraph_window() -> None:
    far, near = _paragraphs_later(2), _paragraphs_later(1)
    assert meant(far, [person(far, 0, 1, "Shehbaz Sharif")], len(far) - 3) == []
    assert meant(near, [person(near, 0, 1, "Shehbaz Sharif")], len(near) - 3) == ["Shehbaz Sharif"]


def test_it_is_a_country_or_an_organisation_never_a_person() -> None:
    # "Lavrov said Russia would respond and it would win ."
    doc = doc_of(
        "Lavrov/nsubj>1 said/ROOT>1 Russia/nsubj>4 would/aux>4 respond/ccomp>1 and/cc>4 "
        "it/nsubj>8 would/aux>8 win/conj>4 ./punct>1"
    )
    mentions = [person(doc, 0, 1, "Sergei Lavrov"), actor(doc, 2, 3, "country", "RUS")]
    assert meant(doc, mentions, 6) == ["Russia"]


def test_it_is_no_actor_when_its_verb_is_one_of_things() -> None:
    # "Iran fired a drone . It exploded ."
    doc = doc_of(
        "Iran/nsubj>1 fired/ROOT>1 a/det>3 drone/dobj>1 ./punct>1 It/nsubj>6 exploded/ROOT>6 ./punct>6"
    )
    assert meant(doc, [actor(doc, 0, 1, "country", "IRN")], 5) == []


def test_it_is_the_thing_named_between_it_and_the_actor_unless_it_speaks() -> None:
    # "Iran seized a tanker . It sank ." / "... It said ."
    for verb, expected in (("sank", []), ("said", ["Iran"])):
        doc = doc_of(
            f"Iran/nsubj>1 seized/ROOT>1 a/det>3 tanker/dobj>1 ./punct>1 It/nsubj>6 {verb}/ROOT>6 ./punct>6"
        )
        assert meant(doc, [actor(doc, 0, 1, "country", "IRN")], 5) == expected


def test_an_honorific_outside_the_mention_tells_the_gender() -> None:
    # "Mr Kamau met Wanjiru . She spoke ." with the mention "Kamau" alone
    doc = doc_of(
        "Mr/compound>1 Kamau/nsubj>2 met/ROOT>2 Wanjiru/dobj>2 ./punct>2 She/nsubj>6 spoke/ROOT>6 ./punct>6"
    )
    mentions = [person(doc, 1, 2, "Kamau"), person(doc, 3, 4, "Wanjiru")]
    assert meant(doc, mentions, 5) == ["Wanjiru"]


def test_a_passive_subject_of_a_speech_verb_is_no_speaker() -> None:
    # "Kowalczyk was told . Nowak signed . He spoke ."
    doc = doc_of(
        "Kowalczyk/nsubjpass>2 was/auxpass>2 told/ROOT>2 ./punct>2 Nowak/nsubj>5 signed/ROOT>5 ./punct>5 "
        "He/nsubj>8 spoke/ROOT>8 ./punct>8"
    )
    mentions = [person(doc, 0, 1, "Kowalczyk"), person(doc, 4, 5, "Nowak")]
    assert meant(doc, mentions, 7) == ["Nowak"]


def test_they_is_coordinated_actors() -> None:
    # "Armenia and Azerbaijan signed . They agreed ."
    doc = doc_of(
        "Armenia/nsubj>3 and/cc>0 Azerbaijan/conj>0 signed/ROOT>3 ./punct>3 They/nsubj>6 "
        "agreed/ROOT>6 ./punct>6"
    )
    mentions = [actor(doc, 0, 1, "country", "ARM"), actor(doc, 2, 3, "country", "AZE")]
    assert meant(doc, mentions, 5) == ["Armenia", "Azerbaijan"]


def test_an_impersonal_it_stands_for_no_one() -> None:
    # "Iran spoke . It is unclear whether talks resume ."
    doc = doc_of(
        "Iran/nsubj>1 spoke/ROOT>1 ./punct>1 It/nsubj>4 is/ROOT>4 unclear/acomp>4 "
        "whether/mark>8 talks/nsubj>8 resume/ccomp>4 ./punct>4"
    )
    assert meant(doc, [actor(doc, 0, 1, "country", "IRN")], 3) == []


def test_descriptions_refer_to_the_actor_of_their_kind() -> None:
    # "Minister Lavrov met Iran . The minister said the country erred ."
    doc = doc_of(
        "Minister/compound>1 Lavrov/nsubj>2 met/ROOT>2 Iran/dobj>2 ./punct>2 The/det>6 "
        "minister/nsubj>7 said/ROOT>7 the/det>9 country/nsubj>10 erred/ccomp>7 ./punct>7"
    )
    mentions = [person(doc, 0, 2, "Sergei Lavrov", "minister"), actor(doc, 3, 4, "country", "IRN")]
    assert meant(doc, mentions, 6) == ["Sergei Lavrov"]
    assert meant(doc, mentions, 9) == ["Iran"]
    assert description_kinds()["group"] == "nonstate"


def test_a_chain_of_pronouns_stays_with_its_speaker() -> None:
    # "Tusk said no . \n\n He added more . \n\n Scholz left . He said yes ."
    doc = doc_of(
        "Tusk/nsubj>1 said/ROOT>1 no/dobj>1 ./punct>1 ¶/dep>3 He/nsubj>6 added/ROOT>6 "
        "more/dobj>6 ./punct>6 ¶/dep>8 Scholz/nsubj>11 left/ROOT>11 ./punct>11 "
        "He/nsubj>14 said/ROOT>14 yes/dobj>14"
    )
    mentions = [person(doc, 0, 1, "Donald Tusk"), person(doc, 10, 11, "Olaf Scholz")]
    resolver = Coreference(doc, mentions)
    assert [m.name for m in resolver.antecedents(doc[5])] == ["Donald Tusk"]
    # "He said" after "Scholz left": the nearer subject of the same paragraph.
    assert [m.name for m in resolver.antecedents(doc[13])] == ["Olaf Scholz"]

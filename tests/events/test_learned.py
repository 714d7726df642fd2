"""The learned second opinion: class mapping, the model file, the embedder and the fusion rules."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language

from wirewatch.errors import DataFileError
from wirewatch.events.fuse import (
    GENERIC_MARK,
    MODEL_MARK,
    CandidateCoder,
    FusionPolicy,
    Opinion,
    fuse_doc,
    fuse_sentence,
    may_be_words,
    sentences_to_read,
    told_as_done,
)
from wirewatch.events.learned import (
    DIM,
    PENTA_NAMES,
    PLOVER_CLASS,
    Embedder,
    LinearModel,
    packaged_models,
    penta_class,
)
from wirewatch.model import LEARNED, Event, Inference


@pytest.mark.parametrize(
    ("cameo", "cls"),
    [
        *[("010", 0), ("0231", 0), ("036", 1), ("057", 1), ("061", 2), ("087", 2), ("112", 3), ("130", 3)],
        *[("141", 4), ("173", 4), ("190", 4), ("204", 4)],
        *[(None, None), ("", None), ("x1", None), ("21", None)],
    ],
)
def test_cameo_root_to_class(cameo: str | None, cls: int | None) -> None:
    assert penta_class(cameo) == cls


def test_every_plover_type_has_a_class() -> None:
    assert set(PLOVER_CLASS.values()) == {1, 2, 3, 4}
    assert len(PLOVER_CLASS) == 16


def _synthetic(n: int = 60, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    labels = np.arange(n) % len(PENTA_NAMES)
    centres = rng.normal(size=(len(PENTA_NAMES), DIM))
    vectors = centres[labels] + 0.1 * rng.normal(size=(n, DIM))
    return vectors.astype(np.float32), labels.astype(np.int64)


def test_linear_model_fits_saves_and_reads_back(tmp_path: Path) -> None:
    vectors, labels = _synthetic()
    model = LinearModel.fit(PENTA_NAMES, vectors, labels, 1.0, note="synthetic")
    proba = model.proba(vectors)
    assert proba.shape == (len(labels), len(PENTA_NAMES))
    assert np.allclose(proba.sum(axis=1), 1.0)
    assert (proba.argmax(axis=1) == labels).mean() == 1.0
    path = tmp_path / "m.npz"
    model.save(path)
    again = LinearModel.read(path)
    assert again.labels == PENTA_NAMES and again.meta == {"note": "synthetic"}
    assert np.allclose(again.proba(vectors), proba)


def test_a_label_never_seen_in_training_is_never_predicted() -> None:
    vectors, labels = _synthetic()
    keep = labels != 2
    model = LinearModel.fit(PENTA_NAMES, vectors[keep], labels[keep], 1.0)
    assert model.proba(vectors)[:, 2].max() < 1e-6


def test_a_bad_model_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "broken.npz"
    path.write_bytes(b"not numpy at all")
    with pytest.raises(DataFileError, match=r"broken\.npz"):
        LinearModel.read(path)


def test_the_packaged_model_covers_every_class() -> None:
    models = packaged_models()
    assert models is not None, "data/models/penta.npz is missing: python -m wirewatch.events.train"
    assert models.penta.labels == PENTA_NAMES
    assert models.penta.meta["cv_classifier_accuracy"] > 0.6


@pytest.mark.slow
def test_embedder_gives_unit_vectors_that_put_like_with_like() -> None:
    vectors = Embedder.load()(
        [
            "Troops shelled the border town overnight, killing four civilians.",
            "Artillery fire hit a village near the frontier, leaving several residents dead.",
            "The two foreign ministers signed a trade agreement in the capital.",
        ]
    )
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    similar, unrelated = float(vectors[0] @ vectors[1]), float(vectors[0] @ vectors[2])
    assert similar > unrelated


def _opinion(cls: int, sure: float = 0.9) -> Opinion:
    penta = np.full(len(PENTA_NAMES), (1 - sure) / (len(PENTA_NAMES) - 1))
    penta[cls] = sure
    return Opinion(penta)


def _coded(nlp: Language, text: str) -> tuple[object, list[Event], list[Event], CandidateCoder]:
    with nlp.select_pipes(disable=["wirewatch_learned"]):
        doc = nlp(text)
    coder = CandidateCoder(nlp.get_pipe("wirewatch_events").coder.codebook)  # type: ignore[attr-defined]
    candidates = coder.candidates(doc, doc._.mentions or [], "")
    return doc, list(doc._.events or []), candidates, coder


ARREST = "Police in Belarus arrested three opposition leaders in Minsk on Tuesday."


@pytest.mark.slow
def test_agreement_keeps_the_rules_events(nlp: Language) -> None:
    doc, events, candidates, _ = _coded(nlp, ARREST)
    assert events and penta_class(events[0].cameo) == 4
    fused = fuse_sentence(doc, events, candidates, _opinion(4), FusionPolicy())
    assert [(e.plover, e.rule) for e in fused] == [(e.plover, e.rule) for e in events]


@pytest.mark.slow
def test_an_unsure_classifier_changes_nothing_but_confidence(nlp: Language) -> None:
    doc, events, candidates, _ = _coded(nlp, ARREST)
    fused = fuse_sentence(doc, events, candidates, _opinion(3, sure=0.5), FusionPolicy())
    assert [e.plover for e in fused] == [e.plover for e in events]


@pytest.mark.slow
def test_a_sure_classifier_vetoes_the_rules_class(nlp: Language) -> None:
    doc, events, candidates, coder = _coded(nlp, ARREST)
    start = events[0].sentence_start
    fused = fuse_doc(
        doc,
        events,
        candidates,
        {start: _opinion(3, sure=0.95)},
        FusionPolicy(veto_other=0.7),
        partial(coder.settle, coder.lifted),
    )
    assert not [e for e in fused if penta_class(e.cameo) == 4], "the rules' class is vetoed"
    assert all(penta_class(e.cameo) == 3 and e.inferences & LEARNED for e in fused)
    assert all(e.rule_text().startswith(MODEL_MARK) for e in fused)
    assert all(e.sources for e in fused), "actors still come from the parse"


@pytest.mark.slow
def test_by_default_only_the_statement_class_vetoes(nlp: Language) -> None:
    """Another event class's veto mostly read a label convention (by 5-fold cross-validation it
    cost penta and plover_gsr accuracy): by default the rules' arrest stands against it, and falls
    to a classifier sure the sentence is mere words."""
    doc, events, candidates, _ = _coded(nlp, ARREST)
    kept = fuse_sentence(doc, events, candidates, _opinion(3, sure=0.95), FusionPolicy())
    assert [e.plover for e in kept] == [e.plover for e in events]
    dropped = fuse_sentence(doc, events, candidates, _opinion(0, sure=0.95), FusionPolicy())
    assert not [e for e in dropped if e.plover == "COERCE"]


@pytest.mark.slow
def test_a_sanction_is_no_veto_of_a_classifier_sure_of_verbal_conflict(nlp: Language) -> None:
    """The penta annotators the classifier learned from put CAMEO root 16 in verbal conflict:
    "expelled three diplomats" read as verbal conflict agrees with the rules' SANCTION."""
    doc, events, candidates, _ = _coded(nlp, "Lithuania expelled three Belarusian diplomats on Friday.")
    assert [e.cameo[:2] for e in events] == ["16"]
    fused = fuse_sentence(doc, events, candidates, _opinion(3, sure=0.95), FusionPolicy())
    assert [(e.plover, e.rule) for e in fused] == [(e.plover, e.rule) for e in events]


@pytest.mark.slow
def test_a_statement_veto_drops_the_event(nlp: Language) -> None:
    doc, events, candidates, _ = _coded(nlp, ARREST)
    assert fuse_sentence(doc, events, candidates, _opinion(0, sure=0.95), FusionPolicy()) == []


@pytest.mark.slow
def test_a_statement_is_no_veto_of_words_the_rules_coded(nlp: Language) -> None:
    """A condemnation is words said: the statement class is no reading against it."""
    doc, events, candidates, _ = _coded(
        nlp, "Several Republican senators have condemned the governor's remarks."
    )
    assert [e.plover for e in events] == ["ACCUSE"]
    fused = fuse_sentence(doc, events, candidates, _opinion(0, sure=0.95), FusionPolicy())
    assert [e.plover for e in fused] == ["ACCUSE"]


@pytest.mark.slow
def test_a_denial_is_no_veto_of_a_classifier_reading_the_act_denied(nlp: Language) -> None:
    doc, events, candidates, _ = _coded(nlp, "The Burmese army denied that its soldiers burned the villages.")
    assert "016" in {e.cameo for e in events}
    fused = fuse_sentence(doc, events, candidates, _opinion(4, sure=0.95), FusionPolicy())
    assert "016" in {e.cameo for e in fused}


@pytest.mark.slow
def test_a_statement_is_no_veto_of_an_act_told_beside_the_words(nlp: Language) -> None:
    """ "Meeting in Vienna, the ministers said ...": the meeting is no statement; what they said
    is, and a veto of an event inside it still stands."""
    doc, events, candidates, _ = _coded(
        nlp, "Meeting in Vienna on Monday, the OPEC oil ministers said that output would stay flat."
    )
    assert [e.plover for e in events] == ["CONSULT"]
    fused = fuse_sentence(doc, events, candidates, _opinion(0, sure=0.95), FusionPolicy())
    assert [e.plover for e in fused] == ["CONSULT"]
    doc, events, candidates, _ = _coded(nlp, "The ministers said that police had arrested three protesters.")
    assert [e.plover for e in events] == ["COERCE"]
    assert fuse_sentence(doc, events, candidates, _opinion(0, sure=0.95), FusionPolicy()) == []


@pytest.mark.slow
def test_a_candidate_is_coded_when_no_rule_fitted(nlp: Language) -> None:
    # "release" names what is released (prisoners, hostages...); a film is none of them, so the rule
    # does not fit, but the candidate coder keeps the trigger and its actors.
    doc, _events, candidates, _ = _coded(nlp, "Iran released the British film crew on Friday.")
    fitting = [c for c in candidates if c.plover == "RETREAT"]
    if not fitting:
        pytest.skip("the parse gives no RETREAT candidate here")
    fused = fuse_sentence(doc, [], fitting, _opinion(2), FusionPolicy())
    assert len(fused) == 1 and Inference.MODEL in fused[0].inferences
    assert fused[0].rule_text().startswith(MODEL_MARK) and fused[0].rule in {c.rule for c in fitting}
    assert fused[0].confidence <= 0.9
    assert fuse_sentence(doc, [], fitting, _opinion(2, sure=0.4), FusionPolicy()) == []


@pytest.mark.slow
def test_a_candidate_whose_sense_was_lifted_keeps_its_type_but_not_its_sub_code(nlp: Language) -> None:
    # "provide" codes military aid (072) only when what is provided is arms or troops; money for
    # refugees lifts that sense, so the candidate says AID, not which kind: the root's 070.
    text = "Norway provided forty million dollars to Lebanon for schools in the refugee camps."
    doc, events, candidates, coder = _coded(nlp, text)
    lifted = coder.lifted
    military = [c for c in candidates if c.cameo == "072"]
    if events or not military:
        pytest.skip("the parse gives no lifted military-aid candidate here")
    settled = coder.settle(lifted, military[0])
    assert (settled.plover, settled.cameo, settled.mode) == ("AID", "070", None)
    assert settled.trigger == military[0].trigger and settled.sources == military[0].sources
    settle = partial(coder.settle, lifted)
    fused = fuse_sentence(doc, [], military, _opinion(2), FusionPolicy(), settle=settle)
    assert [e.cameo for e in fused] == ["070"]
    # A candidate whose rule's sense held keeps its own code.
    assert coder.settle(frozenset(), military[0]) == military[0]


@pytest.mark.slow
def test_model_events_through_the_pipeline_are_marked(nlp: Language) -> None:
    doc = nlp("Rebels stormed the army barracks and seized weapons. The government condemned the raid.")
    for event in doc._.events:
        learned = event.rule_text().startswith((MODEL_MARK, GENERIC_MARK))
        assert learned == bool(event.inferences & LEARNED) and ":" not in event.rule
        assert 0.0 < event.confidence <= 1.0


def test_a_sentence_gets_the_same_vector_alone_and_among_others() -> None:
    embed = Embedder.load()
    sentence = "The defence minister flew to Warsaw for talks on air defence."
    alone = embed([sentence])[0]
    others = [
        "Floods cut the coastal road.",
        "Protesters marched through the capital for a third day, demanding the release of "
        "journalists detained after the election and the resignation of the interior minister.",
    ]
    assert np.array_equal(embed([others[0], sentence, others[1]])[1], alone)


@pytest.mark.slow
def test_an_articles_events_do_not_depend_on_the_articles_coded_beside_it(nlp: Language) -> None:
    article = (
        "Turkey's foreign minister urged Sweden to act against Kurdish militants before the vote. "
        "Stockholm said it had already tightened its laws. "
        "Protesters burned a flag outside the embassy in Ankara on Saturday."
    )
    neighbours = [
        "Villagers said soldiers opened fire on a crowd near the border, killing two men. "
        "The army denied it and blamed smugglers for the shooting.",
        "The central bank raised rates again. Analysts expect the cabinet to approve aid "
        "for farmers hit by the drought, which the opposition called too little, too late.",
    ]
    alone = list(nlp(article)._.events)
    beside = list(list(nlp.pipe([neighbours[0], article, neighbours[1]], batch_size=8))[1]._.events)
    assert alone and beside == alone


def test_a_candidate_keeps_what_its_rule_says_of_the_subject(nlp: Language) -> None:
    """Only objects and opinion clauses are lifted: the subject is the whole sense of the rules
    that name one ("peacekeepers arrived" is aid; a crowd arriving is nothing of the kind)."""
    _, _, candidates, _ = _coded(nlp, "Thousands of protesters arrived in the capital on Sunday.")
    assert not [c for c in candidates if c.rule == "aid.peacekeepers-arrive"]
    _, _, candidates, _ = _coded(nlp, "Two hundred Irish peacekeepers arrived in Lebanon on Sunday.")
    assert [c for c in candidates if c.rule == "aid.peacekeepers-arrive"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Poland opened its doors to Ukrainian refugees.", True),
        ("The senator opened the museum to visitors on Saturday.", False),
        ("Barack Obama opened the museum to visitors on Saturday.", False),
        # A group's act, but with no one it falls on: "dropped off" is no sanction dropped.
        ("The navy dropped off fresh supplies at the harbour.", False),
    ],
)
def test_a_lifted_sense_needs_a_state_or_a_group_as_its_source_and_a_named_target(
    nlp: Language, text: str, kept: bool
) -> None:
    """ "opened the museum" read as a border opened to refugees: the classifier may agree with a
    lifted sense of a state's or a group's act, not of one person's, and only on someone the
    sentence names."""
    _, _, candidates, coder = _coded(nlp, text)
    lifted = [c for c in candidates if (c.sentence_start, c.trigger.start, c.rule) in coder.lifted]
    assert lifted, [(c.rule, c.cameo) for c in candidates]
    settled = [coder.settle(coder.lifted, c) for c in lifted]
    assert any(s is not None for s in settled) == kept


@pytest.mark.slow
def test_a_support_verbs_lifted_sense_is_no_event(nlp: Language) -> None:
    """ "Took other measures against North Korea": "take" has no sense of its own to lift (a
    hostage-taking), its event is its noun's, and that noun fits no rule."""
    text = "The United States will take other measures against North Korea, the envoy said."
    _, _, candidates, coder = _coded(nlp, text)
    takes = [
        c
        for c in candidates
        if (c.sentence_start, c.trigger.start, c.rule) in coder.lifted and c.trigger.text == "take"
    ]
    assert takes, [(c.rule, c.trigger.text) for c in candidates]
    assert all(coder.settle(coder.lifted, c) is None for c in takes)


@pytest.mark.slow
def test_a_bare_means_of_travel_after_by_is_no_doer(nlp: Language) -> None:
    """ "Dropped off by helicopter" says how: no reading of "dropped", lifted or not, has the
    helicopter for its source; "shot by police" still names the police."""
    text = "Two Australian climbers had been dropped off by helicopter near the glacier."
    _, _, candidates, _ = _coded(nlp, text)
    assert not [c for c in candidates if any(a.text == "helicopter" for a in c.sources)]
    _, events, _, _ = _coded(nlp, "Two protesters were shot by police in Nairobi.")
    assert [a.text for e in events for a in e.sources] == ["police"]


@pytest.mark.slow
def test_a_candidate_keeps_its_rules_need_of_a_named_target(nlp: Language) -> None:
    """ "Attacked" codes an attack only on someone named: its candidate gets no guessed target."""
    _, _, candidates, coder = _coded(nlp, "The Free Syrian Army attacked at dawn near Aleppo.")
    attacks = [c for c in candidates if c.rule == "assault.attack"]
    assert attacks, [(c.rule, c.targets) for c in candidates]
    assert [coder.settle(coder.lifted, c) for c in attacks] == [None] * len(attacks)
    _, _, candidates, coder = _coded(nlp, "The Free Syrian Army attacked an army checkpoint near Aleppo.")
    assert all(coder.settle(coder.lifted, c) == c for c in candidates if c.rule == "assault.attack")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Border guards detained two smugglers near Narva on Monday.", False),
        ("Border guards kept detaining smugglers near Narva all week.", False),  # a phase of the act
        ("Border guards detained two smugglers, the interior ministry said.", True),
        ("Border guards could detain the smugglers near Narva.", True),
        ("Border guards did not detain anyone near Narva.", True),
        ("Border guards plan to detain the smugglers near Narva.", True),
        ("If border guards detain the smugglers, Tallinn will protest.", True),
        ("We detained two smugglers near Narva, the commander told reporters.", True),
        ('The commander called the detentions "a warning to every smuggler".', True),
        ("Did border guards detain the smugglers near Narva?", True),
    ],
)
def test_a_sentence_with_no_sign_of_words_is_an_act(nlp: Language, text: str, words: bool) -> None:
    """What the statement class reads (words, thoughts, acts not done) needs a sign in the
    sentence: a verb of saying, a cue of modality, a modal, a negation, a question, quotation
    marks, a first or second person."""
    doc = nlp.make_doc(text)
    for _, pipe in nlp.pipeline[:3]:
        doc = pipe(doc)
    assert may_be_words(next(iter(doc.sents))) is words


@pytest.mark.slow
def test_a_rule_event_in_a_plain_report_of_an_act_is_not_embedded(nlp: Language) -> None:
    policy = FusionPolicy(trust=1.01)  # every rule event below trust: only the sentence decides
    doc, events, candidates, _ = _coded(nlp, ARREST)
    assert events and sentences_to_read(doc, events, candidates, policy) == {}
    said = "Police in Belarus arrested three opposition leaders in Minsk, the ministry said."
    doc, events, candidates, _ = _coded(nlp, said)
    assert events and sentences_to_read(doc, events, candidates, policy) == {}  # told as done
    planned = "Police in Belarus plan to arrest three opposition leaders in Minsk, the ministry said."
    doc, events, candidates, _ = _coded(nlp, planned)
    assert events and list(sentences_to_read(doc, events, candidates, policy)) == [0]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("Belarusian police arrested three opposition leaders in Minsk, a ministry spokesman said.", True),
        ("The ministry said Belarusian police had arrested three opposition leaders in Minsk.", True),
        ("Lithuania condemned the arrests, saying the three leaders were peaceful.", True),
        # a verb of belief over it carries only its "not" (stop 48)
        ("The minister believes Belarusian police arrested three opposition leaders.", True),
        ("The ministry said Belarusian police would arrest three opposition leaders in Minsk.", False),
        ("The ministry said Belarusian police did not arrest the opposition leaders in Minsk.", False),
        ("Lithuania asked whether Belarusian police arrested the opposition leaders.", False),
        ("Did Belarusian police arrest three opposition leaders in Minsk?", False),
        ("Say Belarusian police arrested three opposition leaders in Minsk.", False),
    ],
)
def test_an_act_told_as_done_in_its_own_clause(nlp: Language, text: str, done: bool) -> None:
    """The statement class does not read a rule event told as done in a finite clause of its
    own, even where someone reports it: its vetoes there dropped real acts."""
    doc, events, _, _ = _coded(nlp, text)
    assert len(events) == 1, [(e.plover, e.trigger.text) for e in events]
    assert told_as_done(doc, events[0]) is done

"""An article whose events carry inferences, and the `rule` strings the coder wrote for them
before the inferences were typed (issue 10, item 8): shared by tests/api and tests/export."""

from __future__ import annotations

import datetime as dt

from wirewatch.model import ActorRef, Article, CodedArticle, Event, Inference, Mention, Span, event_id

TEXT = "Both countries met. Troops shelled Juba. Police were deployed. Kenya praised Ethiopia."
ARTICLE_ID = "prov-1"
# Trigger, PLOVER type, base rule, inferences, and the rule string of the JSON contract.
INFERRED = [
    ("met", "CONSULT", "consult.meet", Inference.PAIR, "consult.meet+pair"),
    (
        "shelled",
        "ASSAULT",
        "assault.shell",
        Inference.MODEL | Inference.PLACE,
        "model:penta+assault.shell+place",
    ),
    (
        "deployed",
        "MOBILIZE",
        "mobilize",
        Inference.MODEL_GENERIC | Inference.DOMESTIC | Inference.NEGATED,
        "model:penta:mobilize+domestic+negated",
    ),
    ("praised", "SUPPORT", "support.praise", Inference(0), "support.praise"),
]
RULES = {plover: rule for _, plover, _, _, rule in INFERRED}


def inferred_article() -> CodedArticle:
    """The article with one event per INFERRED row, and a mention given the story's country."""
    events = []
    for trigger, plover, base, inferences, _ in INFERRED:
        start = TEXT.index(trigger)
        sentence_start = TEXT.rfind(". ", 0, start) + 2 if ". " in TEXT[:start] else 0
        events.append(
            Event(
                event_id=event_id(ARTICLE_ID, sentence_start, start, plover),
                article_id=ARTICLE_ID,
                plover=plover,
                mode=None,
                cameo="040",
                quad_class=1,
                goldstein=1.0,
                polarity="affirmed",
                modality="actual",
                sources=(ActorRef("Kenya", "KEN", "Kenya", "KEN", None, None),),
                targets=(ActorRef("Ethiopia", "ETH", "Ethiopia", "ETH", None, None),),
                sentence=TEXT[sentence_start : TEXT.index(".", start) + 1],
                sentence_start=sentence_start,
                trigger=Span(start, start + len(trigger), trigger),
                confidence=0.7,
                rule=base,
                date="2023-05-02",
                date_precision="publication",
                inferences=inferences,
            )
        )
    police = TEXT.index("Police")
    mentions = (
        Mention(
            police,
            police + 6,
            "Police",
            "group",
            "KEN",
            "COP",
            actor_id="KEN:COP",
            rule="sector:police",
            inferences=Inference.ARTICLE,
        ),
    )
    article = Article(ARTICLE_ID, TEXT, published=dt.date(2023, 5, 2))
    return CodedArticle(article=article, mentions=mentions, events=tuple(events))

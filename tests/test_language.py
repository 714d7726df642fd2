from wirewatch.ingest.language import english_ratio, looks_english
from wirewatch.settings import DEFAULT_MIN_ENGLISH_RATIO

ENGLISH = (
    "Protesters gathered outside the parliament in Colombo on Saturday and demanded that "
    "the president resign, saying that the economic crisis had been caused by his government."
)
GERMAN = (
    "Die Außenminister der beiden Länder trafen sich am Montag in Berlin, um über die "
    "Sanktionen gegen Russland und die Lage in der Ukraine zu sprechen."
)
FRENCH = (
    "Les manifestants se sont rassemblés devant le parlement samedi pour exiger la démission "
    "du président, accusé d'avoir provoqué la crise économique du pays."
)
SPANISH = (
    "Los manifestantes se reunieron frente al parlamento el sábado para exigir la renuncia "
    "del presidente, acusado de provocar la crisis económica del país."
)


def test_english_passes_and_others_fail() -> None:
    assert looks_english(ENGLISH, min_ratio=DEFAULT_MIN_ENGLISH_RATIO)
    for text in (GERMAN, FRENCH, SPANISH):
        ratio, _ = english_ratio(text)
        assert ratio < 0.08, (ratio, text[:30])
        assert not looks_english(text, min_ratio=DEFAULT_MIN_ENGLISH_RATIO)


def test_short_text_is_not_judged() -> None:
    assert looks_english("Kyiv, Feb 24", min_ratio=DEFAULT_MIN_ENGLISH_RATIO)

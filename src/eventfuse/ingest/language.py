"""Language of a report: normalise given values, detect English or French when absent."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

SUPPORTED = ("en", "fr")

_NAMES: dict[str, str] = {
    "en": "en",
    "eng": "en",
    "english": "en",
    "anglais": "en",
    "fr": "fr",
    "fra": "fr",
    "fre": "fr",
    "french": "fr",
    "francais": "fr",
}
_TAG = re.compile(r"^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$")
# Below this many letters detection is a guess; the fallback language is used instead.
MIN_LETTERS = 15
# Lingua's confidence for the better of the two languages must reach this.
MIN_CONFIDENCE = 0.75
# Detection looks at the start of long texts only (it is linear in the length).
MAX_DETECT_CHARS = 4000


def _fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.strip().casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalise_language(value: str | None) -> str | None:
    """``"en"``/``"fr"`` for the many ways of writing them ("English", "fr-FR", "fra"), else None."""
    if not value:
        return None
    folded = _fold(value)
    if folded in _NAMES:
        return _NAMES[folded]
    primary = re.split(r"[-_\s]", folded, maxsplit=1)[0]
    if _TAG.match(folded) and primary in _NAMES:
        return _NAMES[primary]
    return None


def is_language_tag(value: str) -> bool:
    """True when ``value`` has the shape of a language tag or code ("de", "pt-BR", "ara")."""
    return bool(_TAG.match(_fold(value)))


# More than this share of a text's letters outside the Latin script: not English or French.
MAX_OTHER_SCRIPT_SHARE = 0.5


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """The script of a letter as the first word of its Unicode name ("LATIN", "ARABIC" ...)."""
    return unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]


def other_script(text: str) -> str | None:
    """The main non-Latin script of ``text`` ("ARABIC", "CJK", "CYRILLIC" ...) when most of its
    letters are written in one, else ``None``.

    Lingua only tells English from French, so an Arabic, Chinese or Russian text would be
    called one of them; the script tells such texts apart whatever their length. Texts mixing
    English and French, or quoting a few words of another script, are Latin here.
    """
    letters = [ch for ch in text[:MAX_DETECT_CHARS] if ch.isalpha()]
    if not letters:
        return None
    counts: dict[str, int] = {}
    for ch in letters:
        if ch.isascii():
            continue
        script = _script(ch)
        if script != "LATIN":
            counts[script] = counts.get(script, 0) + 1
    if sum(counts.values()) <= MAX_OTHER_SCRIPT_SHARE * len(letters):
        return None
    return max(sorted(counts), key=counts.__getitem__)


# Function words of other Latin-script languages that English and French do not use (those
# shared with them, as "de", "la", "il", "die", "as", "entre", are left out). A text where
# they are frequent is shown to a detector that knows these languages too.
_OTHER_LATIN_WORDS = frozenset({
    # Spanish
    "el", "los", "las", "del", "una", "por", "según", "dijo", "fueron", "pero", "también",
    "además", "donde", "cuando",
    # Portuguese
    "os", "dos", "das", "uma", "não", "foram", "disse", "pelo", "pela", "após", "segundo",
    # German
    "der", "und", "nicht", "mit", "ist", "wurde", "wurden", "sich", "auf", "ein",
    "eine", "dem", "den", "von", "zu", "bei", "nach",
    # Italian
    "che", "di", "gli", "della", "delle", "dei", "sono", "hanno", "anche", "stati", "nel",
    "nella", "alla", "dopo", "secondo",
    # Dutch
    "het", "een", "van", "niet", "zijn", "werd", "werden", "met", "voor", "naar", "bij",
    "door", "ook",
})  # fmt: skip
_OTHER_LATIN = (
    Language.SPANISH, Language.PORTUGUESE, Language.GERMAN, Language.ITALIAN, Language.DUTCH
)  # fmt: skip
# At least this many words, and this share of them in _OTHER_LATIN_WORDS, to ask at all;
# then the wider detector must name another language with at least MIN_OTHER_CONFIDENCE.
MIN_OTHER_WORDS = 20
MIN_OTHER_WORD_SHARE = 0.08
MIN_OTHER_CONFIDENCE = 0.9
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _wide_detector() -> LanguageDetector:
    """English, French and five other Latin-script languages (loaded only when needed: it
    takes seconds and about 100 MB)."""
    return LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.FRENCH, *_OTHER_LATIN
    ).build()


def other_latin_language(text: str) -> str | None:
    """The name of another Latin-script language (Spanish, Portuguese, German, Italian,
    Dutch) when ``text`` is clearly written in it, else ``None``.

    Only a text of :data:`MIN_OTHER_WORDS` words or more, with a share of their function
    words, is shown to the wider detector, so English and French texts (short, mixed, or
    naming "El Fasher" and "Van") never pay for it.
    """
    sample = text[:MAX_DETECT_CHARS]
    words = _WORD.findall(sample.casefold())
    if len(words) < MIN_OTHER_WORDS:
        return None
    if sum(1 for w in words if w in _OTHER_LATIN_WORDS) < MIN_OTHER_WORD_SHARE * len(words):
        return None
    values = _wide_detector().compute_language_confidence_values(sample)
    if not values or values[0].language in (Language.ENGLISH, Language.FRENCH):
        return None
    if values[0].value < MIN_OTHER_CONFIDENCE:
        return None
    return values[0].language.name.title()


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH).build()


def detect_language(text: str, *, fallback: str) -> str:
    """``"en"`` or ``"fr"`` for ``text``; ``fallback`` when the text is too short or unclear."""
    sample = text[:MAX_DETECT_CHARS]
    if sum(1 for ch in sample if ch.isalpha()) < MIN_LETTERS:
        return fallback
    values = _detector().compute_language_confidence_values(sample)
    if not values or values[0].value < MIN_CONFIDENCE:
        return fallback
    return "fr" if values[0].language == Language.FRENCH else "en"

"""Which language a document is written in, from its function words (no model needed).

Relations are matched against English labels and phrases, so a document in another language is
detected and the user is warned: entities still link through labels in any language, relations
mostly do not.
"""

from __future__ import annotations

import re

# The commonest function words of each language (articles, prepositions, pronouns, auxiliaries).
FUNCTION_WORDS = {
    "en": "the of and to in is was that for it with as on by at from his her which are were be has have an".split(),  # noqa: SIM905
    "de": "der die das und ist war nicht ein eine mit von zu den dem des sich auf für im wurde sie er auch als".split(),  # noqa: SIM905
    "fr": "le la les et est était des un une du dans pour que qui sur par au aux pas il elle avec ce sont".split(),  # noqa: SIM905
    "es": "el la los las y es fue de que en un una del por con para se su al lo como más pero".split(),  # noqa: SIM905
    "it": "il lo la gli le e è era di che un una del della per con non si sono al nel come".split(),  # noqa: SIM905
    "nl": "de het een en is was van dat in op met voor zijn niet te aan door er ook als bij".split(),  # noqa: SIM905
    "pt": "o a os as e é foi de que em um uma do da dos das por com para não se no na".split(),  # noqa: SIM905
}
NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch",
         "pt": "Portuguese"}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect(text: str) -> tuple[str, float]:
    """(language code, share of the text's words that are that language's function words minus the
    runner-up's). ``("en", 0.0)`` when the text is too short to tell."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 8:
        return "en", 0.0
    scores = {}
    for lang, vocab in FUNCTION_WORDS.items():
        vs = set(vocab)
        scores[lang] = sum(w in vs for w in words) / len(words)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    (best, b), (_, second) = ranked[0], ranked[1]
    return best, round(b - second, 4)


def warning(text: str) -> str | None:
    """A one-line warning when the document is clearly not English, else None."""
    lang, margin = detect(text)
    if lang == "en" or margin < 0.05:
        return None
    return (f"The document looks {NAMES[lang]} ({lang}). Relations are matched against English labels, so "
            "most claims will come out extrapolatory: entities link through labels in any language, relations "
            "mostly do not. Translate the document to English for a reliable verdict.")

"""Segmentation of a document into atomic claims with character offsets.

Rules, in order: Markdown structure (headings, code and bullets) is set aside; sentences are split
at terminal punctuation that is not an abbreviation, an initial or a decimal point; a non-restrictive
relative clause (", which ...", ", who ...", ", whose ...") and an appositive (", the ... ,") become
claims of their own about their antecedent; coordinated clauses (" and ", " but ", "; ") are split
when the right-hand part has its own verb, and a right-hand part that starts with a verb inherits
the left subject. Pronouns at the start of a claim (he, she, it, they, his, her, its, their) are
resolved to the last compatible entity seen, using an optional mention finder that knows the graph.

Every claim keeps ``text == document[start:end]``; what the verifier reads is ``resolved``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# A mention finder returns (start, end, referent) spans of entity mentions in a string, where the
# referent is ``animate`` (bool or None) or ``(animate, gender, category)`` with gender "male" /
# "female" / None and category person / organization / place / work / product / None.
MentionFinder = Callable[[str], Sequence[tuple[int, int, object]]]
# fits(name, noun) says whether the entity called ``name`` is a ``noun`` ("The Shining", "film").
Fits = Callable[[str, str], bool]

# two people said to be in a relation with each other ("were siblings", "were first cousins")
_RECIPROCAL_RE = re.compile(r"((?:first|second|half-|step)\s*)?(siblings|brothers|sisters|cousins|twins|spouses)", re.I)
_RECIPROCAL_NOUN = {"siblings": "sibling", "brothers": "brother", "sisters": "sister", "cousins": "cousin",
                    "twins": "twin", "spouses": "spouse"}
_ABBREVIATIONS = frozenset("""mr mrs ms dr prof st mt jr sr vs e.g i.e u.s u.k no
    jan feb mar apr jun jul aug sep sept oct nov dec approx ca c fig gen col lt sgt rev
    sq rd ave blvd ln pl ft hwy""".split())  # noqa: SIM905
_AUX = frozenset("""is are was were be been has have had does do did can could will would may might
    shall should must became becomes become remains remained lies lay lay flows flowed borders
    contains contained includes included hosts hosted won wins wrote writes founded married died
    discovered invented directed painted composed built designed created developed received
    earned held holds owns owned produced published released ran runs led leads served serves
    lived lives studied studies taught teaches worked works joined belongs belonged consists
    measures weighs covers spans orbits stands stood speaks spoke uses used met meets gave gives
    took takes made makes went goes came comes saw sees found finds got gets moved moves visited
    visits became said says grew grows began begins fell falls rose rises sold sells bought buys
    taught knew knows left leaves reached reaches named means meant lost loses beat beats
    shares shared borders bordered hosts belongs located""".split())  # noqa: SIM905
_POSSESSIVE = frozenset({"his", "her", "its", "their"})

_WORD = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:['’.\-][A-Za-z0-9\u00C0-\u024F]+)*")
_SENT_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+|$)")
_COORD = re.compile(r"\s*(?:;\s*(?:and\s+|but\s+)?|,?\s+(?:and|but|while|whereas|and\s+also)\s+)", re.I)
_REL = re.compile(r",\s+(which|who|whose)\b", re.I)


@dataclass(frozen=True)
class Claim:
    """One atomic claim: a span of the document and the stand-alone text the verifier reads."""

    text: str
    start: int
    end: int
    resolved: str
    sentence: int
    unresolved: str = ""
    """A pronoun or description ("the firm") that no earlier entity fits, if any."""

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end, "resolved": self.resolved,
                "sentence": self.sentence, "unresolved": self.unresolved}


@dataclass(frozen=True)
class Referent:
    """An entity named earlier in the document, as far as coreference needs to know it."""

    name: str
    animate: bool | None = None
    gender: str | None = None
    category: str | None = None


# Nouns of definite descriptions ("the firm") and the category of entity they refer to.
DESCRIPTION_NOUNS = {
    **dict.fromkeys("""company firm corporation group business lender bank carmaker automaker maker
        manufacturer conglomerate retailer insurer airline publisher startup organisation organization
        club team band charity university school agency institute drugmaker supplier brand label
        partnership enterprise plc giant multinational grocer supermarket carrier miner brewer broadcaster
        operator utility chipmaker automaker pharma insurer lender bank house planemaker aircraftmaker
        telecom telco""".split(), "organization"),  # noqa: SIM905
    **dict.fromkeys("""drug medicine medication vaccine treatment product device compound pill therapy
        software car model phone smartphone handset laptop notebook tablet console camera watch smartwatch
        bike bicycle sedan saloon hatchback suv truck pickup vehicle machine mixer appliance lens headphones
        speaker television tv""".split(), "product"),  # noqa: SIM905
    **dict.fromkeys("""city town country capital village region state nation island river mountain
        metropolis municipality province county place""".split(), "place"),  # noqa: SIM905
    **dict.fromkeys("""novel novella book film movie album song work play poem painting opera series title
        story memoir essay treatise biography collection anthology trilogy""".split(), "work"),  # noqa: SIM905
    **dict.fromkeys("""man woman scientist physicist chemist writer author novelist poet actor actress
        singer politician president minister chancellor founder entrepreneur businessman businesswoman
        executive engineer inventor artist painter composer player person economist mathematician
        biologist philosopher king queen""".split(), "person"),  # noqa: SIM905
}
_FEMALE_NOUNS = frozenset({"woman", "actress", "queen", "businesswoman"})
_MALE_NOUNS = frozenset({"man", "king", "businessman"})


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def _is_verb(word: str) -> bool:
    w = word.lower()
    return w in _AUX or (len(w) > 4 and w.endswith("ed") and w not in {"red", "united", "named"})


_PARTICIPLES = frozenset("""born built written founded located situated designed made named known painted
    composed directed discovered invented published released established completed opened created""".split())  # noqa: SIM905


def _is_participle(word: str) -> bool:
    w = word.lower()
    return w in _PARTICIPLES or (w.endswith("ed") and len(w) > 4 and w[:1].islower())


def _has_verb(text: str) -> bool:
    return any(_is_verb(m.group()) for m in _words(text))


# -- blocks and sentences ---------------------------------------------------------------------------
def _blocks(text: str) -> list[tuple[int, int]]:
    """Spans of prose, skipping Markdown headings, fences, tables and bullet markers."""
    spans: list[tuple[int, int]] = []
    pos = 0
    in_fence = False
    para_start: int | None = None
    para_end = 0
    for line in text.splitlines(keepends=True):
        start, stripped = pos, line.strip()
        pos += len(line)
        if stripped.startswith("```") or stripped.startswith("~~~"):
            in_fence = not in_fence
            if para_start is not None:
                spans.append((para_start, para_end))
                para_start = None
            continue
        heading = stripped.startswith("#") or stripped.startswith("|") or re.fullmatch(r"[-=*_ ]{3,}", stripped)
        if in_fence or not stripped or heading:
            if para_start is not None:
                spans.append((para_start, para_end))
                para_start = None
            continue
        m = re.match(r"\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*)", line)
        lead = m.end() if m else len(line) - len(line.lstrip())
        if m and para_start is not None:  # a new bullet starts a new block
            spans.append((para_start, para_end))
            para_start = None
        if para_start is None:
            para_start = start + lead
        para_end = start + len(line.rstrip())
    if para_start is not None:
        spans.append((para_start, para_end))
    return [(a, b) for a, b in spans if b > a]


def _no_sentence_end(raw: str) -> bool:
    """Is the token before a full stop an initial ("J."), a dotted acronym ("U.S.") or an
    abbreviation ("Dr.", "approx.")? A unit ("178 m.", "12 °C."), a decade ("1890s.") or any
    token with a digit is not: the sentence ends there."""
    if not raw or any(ch.isdigit() for ch in raw):
        return False
    tok = raw.rstrip(".")
    if re.fullmatch(r"[A-Z]", tok) or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", tok):
        return True
    return tok.replace(".", "").isalpha() and tok.lower() in _ABBREVIATIONS and not (len(tok) == 1 and tok.islower())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over the whole document."""
    out: list[tuple[int, int]] = []
    for bstart, bend in _blocks(text):
        block = text[bstart:bend]
        cur = 0
        for m in _SENT_END.finditer(block):
            end = m.end()
            before = block[cur:m.start()]
            raw = before.split()[-1] if before.split() else ""
            if raw in ("(b", "(d", "(m", "(c", "(fl") and block[end:].lstrip()[:1].isdigit():
                continue  # "Thomas Ashworth (b. 1856)": born, died, married, circa, flourished
            raw = raw.lstrip("(\"'“‘[")
            nxt = block[end:].lstrip()[:1]
            if m.group().startswith(".") and len(m.group().rstrip("\"'”’)]")) == 1 and _no_sentence_end(raw):
                continue
            if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘([*"):
                continue
            seg = block[cur:end]
            lead = len(seg) - len(seg.lstrip())
            if seg.strip():
                out.append((bstart + cur + lead, bstart + end))
            cur = end
        seg = block[cur:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((bstart + cur + lead, bstart + cur + len(seg.rstrip())))
    return out


# -- clauses -----------------------------------------------------------------------------------------
def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\r\n,;:—–-":
        a += 1
    while b > a and text[b - 1] in " \t\r\n,;:.!?":
        b -= 1
    return a, b


_ADVERBS = frozenset({"later", "also", "then", "still", "often", "never", "soon", "once", "first", "finally",
                      "eventually", "already", "not", "no", "now", "just"})


def _first_np(text: str) -> str:
    """Words before the first verb (and before any adverb): the subject noun phrase of a clause."""
    words = _words(text)
    for i, w in enumerate(words):
        low = w.group().lower()
        if _is_verb(w.group()) or (i and (low in _ADVERBS or (low.endswith("ly") and len(low) > 4))):
            return text[: w.start()].strip(" ,") if i else ""
    return ""


def _appositive(sent: str) -> tuple[str, int, int, str] | None:
    """"Faber and Faber, the London house founded in 1929, published ...", "William Faulkner, born in New
    Albany, Mississippi, in September 1897, won ...": the phrase between the name and the main verb,
    over several commas. Returns (antecedent, start, end, copula) or None."""
    first = sent.find(", ")
    if first <= 0 or not re.search(r"[A-Z]", sent[:first]):
        return None
    lead = _words(sent[first + 2:])
    if not lead:
        return None
    w0 = lead[0].group()
    if w0.lower() in ("a", "an", "the", "one"):
        copula = "is"
    elif _is_participle(w0) or w0.lower() == "born":
        copula = "was"
    else:
        return None
    pos = first + 2
    for _ in range(4):
        nxt = sent.find(", ", pos)
        if nxt == -1:
            return None
        after = _words(sent[nxt + 2:])
        if after:
            w = after[0].group()
            if _is_verb(w) or (w.islower() and w.endswith("s") and len(w) > 3 and w not in _ADVERBS):
                end = nxt
                return sent[:first].strip(), first + 2, end, copula
        pos = nxt + 2
    return None


def _clause_stop(sent: str, start: int) -> int:
    """The comma that ends a clause opened at ``start``; a comma that only introduces a larger place
    ("born in Hyderabad, India, wrote ...") does not end it."""
    stop = sent.find(",", start)
    while stop != -1:
        nxt = re.match(r",\s+[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*){0,2}\s*(?=,)", sent[stop:])
        if not nxt:
            break
        stop = sent.find(",", stop + nxt.end())
    return stop


def _clauses(text: str, s0: int, s1: int, protected: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int, str]]:
    """Split one sentence into (start, end, resolved-text) clauses; no split inside a ``protected`` span
    (offsets in the sentence)."""
    sent = text[s0:s1]
    pieces: list[tuple[int, int, str]] = []
    # 1) non-restrictive relative clauses and appositives are lifted out of the sentence
    removed: list[tuple[int, int]] = []
    for m in _REL.finditer(sent):
        stop = _clause_stop(sent, m.end())
        rel_end = stop if stop != -1 else len(sent)
        antecedent_text = sent[: m.start()]
        ante = _antecedent(antecedent_text)
        if not ante:
            continue
        body = sent[m.end():rel_end].strip()
        word = m.group(1).lower()
        resolved = f"{ante}'s {body}" if word == "whose" else f"{ante} {body}"
        a, b = _trim(sent, m.start(1), rel_end)
        pieces.append((s0 + a, s0 + b, resolved))
        removed.append((m.start(), rel_end + 1 if stop != -1 else rel_end))
    # ", where she worked at ..." is a clause of its own (its subject is inside it)
    for m in re.finditer(r",\s+(where|when)\s+", sent, flags=re.I):
        if any(a <= m.start() < b for a, b in removed):
            continue
        stop = sent.find(",", m.end())
        end = stop if stop != -1 else len(sent)
        if _has_verb(sent[m.end():end]):
            a, b = _trim(sent, m.end(), end)
            pieces.append((s0 + a, s0 + b, " ".join(sent[a:b].split())))
            removed.append((m.start(), end))
    # "Bayer is a drugmaker that also sells seeds": the restrictive clause is a claim about the subject
    restr = re.search(r"\b(?:is|was|are|were)\s+(?:a|an|the)\s+[\w\- ]+?\s+(that|who|which)\s+"
                      r"(?:also\s+|now\s+|still\s+|once\s+)?(\w+)", sent)
    verbish = restr is not None and (_is_verb(restr.group(2))
                                     or (restr.group(2).endswith("s") and restr.group(2).islower()))
    if restr and not removed and verbish:
        subj = _first_np(sent)
        if subj:
            end = len(sent.rstrip(" .!?"))
            a, b = _trim(sent, restr.start(1), end)
            body = sent[restr.end(1):end].strip()
            pieces.append((s0 + a, s0 + b, f"{subj} {body}"))
            removed.append((restr.start(1) - 1, end))
    # "Born in Warsaw, she ..." -> "she was born in Warsaw"
    part = re.match(r"^(born|raised|educated|founded|located|situated|built|completed|established)\s+([^,]+),\s+(.*)$",
                    sent, flags=re.I)
    if part and _has_verb(part.group(3)):
        subj = _first_np(part.group(3)) or part.group(3).split()[0]
        a, b = _trim(sent, part.start(1), part.end(2))
        pieces.append((s0 + a, s0 + b, f"{subj} was {part.group(1).lower()} {part.group(2).strip()}"))
        removed.append((0, part.start(3)))
    # appositive: "X, the capital of Germany, has ..." / "The Vistula, Poland's longest river, flows ..."
    app = re.match(r"^([^,]+?),\s+([^,]+?(?:,\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})?),\s+(.*)$", sent)
    if app and app.group(2).strip().lower() in _DISCOURSE | {"though", "too", "in turn", "in fact", "of course"}:
        # "Bayer's headquarters, however, are in Leverkusen": a parenthetical adverb, not an appositive
        removed.append((app.end(1), app.start(3)))
        app = None
    if app and not removed and _words(app.group(2)) and _words(app.group(3)) \
            and _is_participle(_words(app.group(2))[0].group()) and _is_verb(_words(app.group(3))[0].group()):
        # "Apple, founded by Steve Jobs in 1976, is based in Cupertino"
        ante = app.group(1).strip()
        a, b = _trim(sent, app.start(2), app.end(2))
        pieces.append((s0 + a, s0 + b, f"{ante} was {app.group(2).strip()}"))
        removed.append((app.end(1), app.start(3)))
    elif app and not removed and re.fullmatch(r"(?:[A-Z][\w.'’\-]*\s*){1,4}", app.group(2).strip()) \
            and re.fullmatch(r"(?:the\s+)?(?:[A-Z][\w.'’\-]*\s*){1,4}", app.group(1).strip()):
        pass  # "Paris, Texas, has ...": a place that qualifies the name, part of what the claim is about
    elif app and not removed and not _has_verb(app.group(2)) and len(app.group(2).split()) <= 8 \
            and _words(app.group(3)) and _is_verb(_words(app.group(3))[0].group()) \
            and not re.match(r"(?:and|or|but)\b", app.group(2).strip(), flags=re.I):
        ante = app.group(1).strip()
        a, b = _trim(sent, app.start(2), app.end(2))
        pieces.append((s0 + a, s0 + b, f"{ante} is {app.group(2).strip()}"))
        removed.append((app.end(1), app.start(3)))
    elif not removed:
        general = _appositive(sent)
        if general is not None:
            ante, a, b, copula = general
            pieces.append((s0 + a, s0 + b, f"{ante} {copula} {' '.join(sent[a:b].split())}"))
            removed.append((len(ante), b + 1))
    # "Robert Louis Stevenson and Arthur Conan Doyle were both born in Edinburgh": one claim each
    both = re.match(r"^((?:[A-Z][\w.'\-]*\s+){0,4}[A-Z][\w.'\-]*)\s+and\s+((?:[A-Z][\w.'\-]*\s+){0,4}[A-Z][\w.'\-]*)"
                    r"\s+(?:were|are|have|had)\s+(?:both\s+|each\s+)?(.+?)[.!]?$", sent)
    if both and not removed:
        rest = both.group(3)
        a, b = _trim(sent, 0, len(sent))
        mutual = _RECIPROCAL_RE.fullmatch(rest.strip())
        if mutual:
            # "George and Annie Ashworth were siblings": one relation between the two, the shared surname
            # given to a bare first name
            first, second = both.group(1), both.group(2)
            if " " not in first and " " in second:
                first = f"{first} {second.split()[-1]}"
            noun = _RECIPROCAL_NOUN.get(mutual.group(2).lower(), mutual.group(2).lower().rstrip("s"))
            pieces.append((s0 + a, s0 + b, f"{first} was a {mutual.group(1) or ''}{noun} of {second}"))
            return pieces
        for name in (both.group(1), both.group(2)):
            pieces.append((s0 + a, s0 + b, f"{name} was {rest}"))
        return sorted(pieces, key=lambda p: (p[0], -p[1]))
    # life years right after a name: "Marie Curie (1867–1934) was ..."
    for m in re.finditer(r"\((?:born\s+)?(\d{3,4})\s*[–—-]\s*(\d{3,4})\)", sent):
        ante = _antecedent(sent[: m.start()])
        if ante:
            a, b = m.start(), m.end()
            pieces.append((s0 + a, s0 + b, f"{ante} was born in {m.group(1)}"))
            pieces.append((s0 + a, s0 + b, f"{ante} died in {m.group(2)}"))
            removed.append((a, b))
    # one life date right after a name: "Robert Pennington (born 1861) and Thomas Ashworth (b. 1856) were ..."
    for m in re.finditer(r"\((born|b\.|died|d\.)\s+(?:in\s+)?((?:about|around|circa|c\.)\s+)?(\d{3,4})\)", sent):
        ante = _antecedent(sent[: m.start()])
        if ante:
            a, b = m.start(), m.end()
            verb = "was born" if m.group(1).startswith("b") else "died"
            pieces.append((s0 + a, s0 + b, f"{ante} {verb} in {m.group(2) or ''}{m.group(3)}"))
            removed.append((a, b))
    main = sent
    for a, b in sorted(removed, reverse=True):
        main = main[:a] + " " * (b - a) + main[b:]  # keep offsets aligned
    # 2) coordinated clauses in what remains
    parts: list[tuple[int, int]] = []
    verb_start: set[int] = set()
    cur = 0
    for m in _COORD.finditer(main):
        if any(a <= m.start() < b for a, b in protected):
            continue
        left, right = main[cur:m.start()], main[m.end():]
        # look only up to the next clause boundary: "Larry Page and Sergey Brin, and it is ..."
        right_clause = re.split(r"[,;]", right, maxsplit=1)[0]
        right_words = [w.group() for w in _words(right_clause)][:5]
        if not right_words:
            continue
        if m.group().strip().startswith(";"):
            parts.append((cur, m.start()))
            cur = m.end()
            continue
        if not _has_verb(left):
            continue
        starts_verb = _is_verb(right_words[0]) or (
            len(right_words) > 1 and right_words[0].islower() and right_words[0].endswith("s")
            and right_words[1].lower() in ("into", "in", "on", "at", "to", "the", "a", "an", "from", "through",
                                           "with", "by"))
        own_clause = any(_is_verb(w) for w in right_words[1:]) and not starts_verb
        if starts_verb or own_clause:
            parts.append((cur, m.start()))
            cur = m.end()
            if starts_verb:
                verb_start.add(cur)
    parts.append((cur, len(main)))
    subject = ""
    for i, (a0, b) in enumerate(parts):
        a, b = _trim(main, a0, b)
        if b <= a:
            continue
        chunk = " ".join(main[a:b].split()).replace(" ,", ",")
        if i == 0:
            subject = _first_np(chunk)
        else:
            first = _words(chunk)[0].group() if _words(chunk) else ""
            if first and (_is_verb(first) or a0 in verb_start) and subject:
                chunk = f"{subject} {chunk}"
        # a clause that still spans the whole sentence keeps the sentence span
        pieces.append((s0 + a, s0 + b, chunk))
    pieces.sort(key=lambda p: (p[0], -p[1]))
    return pieces


def _antecedent(text: str) -> str:
    """The noun phrase right before a relative pronoun (last capitalised run, else last words)."""
    words = _words(text)
    if not words:
        return ""
    run: list[str] = []
    for w in reversed(words):
        token = w.group()
        if token[0].isupper() or (run and token.lower() in ("of", "de", "the", "upon", "on")):
            run.append(token)
        else:
            break
    while run and run[-1].lower() in ("of", "de", "upon", "on"):
        run.pop()
    if run:
        return " ".join(reversed(run))
    return " ".join(w.group() for w in words[-2:])


# -- pronouns ----------------------------------------------------------------------------------------
_PRONOUN_WANT = {"he": ("male", True), "him": ("male", True), "his": ("male", True),
                 "she": ("female", True), "her": ("female", True),
                 "it": (None, False), "its": (None, False), "they": (None, None), "their": (None, None),
                 "them": (None, None)}
HISTORY_WINDOW = 8  # claims searched back for an antecedent


def _compatible(r: Referent, word: str) -> bool:
    gender, animate = _PRONOUN_WANT[word]
    if animate is True:
        if r.animate is False or r.category not in (None, "person"):
            return False
        return gender is None or r.gender in (None, gender)
    if animate is False:
        return not r.animate and r.category != "person"
    return True


def _resolve_pronouns(resolved: str, history: list[list[Referent]]) -> tuple[str, str]:
    """Replace pronouns with the last compatible entity (by animacy, gender and kind).

    Claims are searched from the most recent back, within a window; within a claim its subject (first
    mention) is preferred, as a pronoun usually continues the topic rather than the last object. An
    entity whose gender the graph knows beats one whose gender is unknown in the same claim. Returns
    the text and the first pronoun left unresolved ("" if none).
    """
    exclude: set[str] = set()
    missing: list[str] = []

    def pick(word: str) -> str | None:
        for mentions in reversed(history[-HISTORY_WINDOW:]):
            fits = [r for r in mentions if r.name not in exclude and _compatible(r, word)]
            if fits:
                want = _PRONOUN_WANT[word][0]
                sure = [r for r in fits if want is not None and r.gender == want]
                return (sure or fits)[0].name
        return None

    def repl_word(word: str) -> str:
        name = pick(word.lower())
        if name is None:
            if history:
                missing.append(word)
            return word
        return name

    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        name = pick(low)
        if name is None:
            if history:
                missing.append(word)
            return word
        return f"{name}'s" if low in _POSSESSIVE else name

    out = re.sub(r"^(?:he|she|it|they|his|her|its|their)\b", repl, resolved, flags=re.I)
    # subject pronouns later in the clause ("In 1903 she shared ...")
    out = re.sub(r"(?<=\s)(he|she|they)\b(?=\s+\w)", repl, out)
    out = re.sub(r"^((?:[A-Z]\w*|[a-z]+)(?:\s+\w+){0,2},?\s+)(it)\b(?=\s+(?:is|was|has|had|employs|makes|owns|sells|"
                 r"became|remains|reported|\w+ed)\b)", lambda m: m.group(1) + repl_word(m.group(2)), out)
    out = re.sub(r"(?<=\s)(his|her|its|their)\b", repl, out)
    # object pronouns after a verb or preposition ("flows through it", "married him") never
    # refer to the clause's own subject
    exclude.update(r.name for mentions in history for r in mentions if r.name in out)
    out = re.sub(r"(?<=\s)(it|him|them)\b(?=\s*[,.;:!?]?\s*$|\s+(?:in|on|at|by|and|with)\b)", repl, out)
    return out, (missing[0] if missing else "")


def _resolve_definite(resolved: str, history: list[list[Referent]], fits: Fits | None) -> tuple[str, str]:
    """"The film was released in 1980" -> the last mentioned entity that is a film.

    First by the graph's classes (``fits``), then by the kind of entity the noun names ("the firm"
    is the last organisation). Returns the text and the description left unresolved ("" if none)."""
    poss = re.search(r"(?<=\s)the\s+([a-z]+)(?=['’]s\b)", resolved)
    if poss and DESCRIPTION_NOUNS.get(poss.group(1).lower()):
        # "Şahin is the company's chief executive": the last entity of that kind
        kind = DESCRIPTION_NOUNS[poss.group(1).lower()]
        noun = poss.group(1).lower()
        window = [r for mentions in reversed(history[-HISTORY_WINDOW:]) for r in mentions if r.name not in resolved]
        # an entity of that class first ("the company's" is a company, not a stock exchange), then of that kind
        hit = next((r for r in window if fits is not None and fits(r.name, noun)), None) \
            or next((r for r in window if r.category == kind), None)
        if hit is not None:
            resolved = resolved[:poss.start()] + hit.name + resolved[poss.end():]
    m = re.match(r"^(?:the|this|that)\s+((?:[a-z][a-z\-]*)(?:\s+[a-z][a-z\-]*){0,2})", resolved, flags=re.I)
    if not m:
        return resolved, ""
    words = m.group(1).split()
    # the longest noun that names a class wins ("the football club" before "the football")
    if fits is not None:
        for n in range(len(words), 0, -1):
            noun = " ".join(words[:n])
            for mentions in reversed(history[-HISTORY_WINDOW:]):
                for r in mentions:
                    if fits(r.name, noun):
                        end = m.start(1) + len(noun)
                        return r.name + resolved[end:], ""
    for n in range(min(len(words), 2), 0, -1):
        noun = words[n - 1].lower()
        cat = DESCRIPTION_NOUNS.get(noun)
        if cat is None:
            continue
        gender = "female" if noun in _FEMALE_NOUNS else "male" if noun in _MALE_NOUNS else None
        for mentions in reversed(history[-HISTORY_WINDOW:]):
            for r in mentions:
                if r.category == cat and (gender is None or r.gender in (None, gender)):
                    end = m.start(1) + len(" ".join(words[:n]))
                    return r.name + resolved[end:], ""
        if history:
            return resolved, resolved[m.start():m.start(1) + len(" ".join(words[:n]))]
    return resolved, ""


def _referent(name: str, info: object) -> Referent:
    if isinstance(info, tuple):
        animate, gender, category = (list(info) + [None, None, None])[:3]
        return Referent(name, animate, gender, category)
    return Referent(name, info if isinstance(info, bool) else None)


_BYLINE = re.compile(r"^(?:by|from|written by|reporting by|words by)\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3}"
                     r"(?:\s*(?:,|\||—|–|-)\s*.*)?$", re.I)
_DISCOURSE = frozenset("""meanwhile however moreover furthermore additionally also still yet instead overall
    nevertheless nonetheless therefore thus hence indeed besides finally firstly secondly lastly
    similarly likewise""".split())  # noqa: SIM905
_QUOTED = re.compile(r"^[\"“]([^\"”]{3,}?)[,.!]?[\"”],?\s+(?:said|says|added|adds|told|according|explained|"
                     r"noted|wrote|writes|stated|claimed|argued)\b", re.I)


def _checkable(claim_text: str) -> bool:
    """A byline, a dateline or a bare transition word states nothing a graph can check."""
    t = " ".join(claim_text.split()).strip(" .,;:")
    if not t or _BYLINE.match(t):
        return False
    words = [w.group().lower() for w in _words(t)]
    content = [w for w in words if w not in _DISCOURSE]
    return len(content) >= 2


def _table_claims(text: str) -> list[tuple[int, int, str]]:
    """Claims from Markdown table rows: "<row name> <column header> <cell>" for each further cell,
    each spanning its cell in the document."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    header: list[str] | None = None
    for line in text.splitlines(keepends=True):
        start = pos
        pos += len(line)
        stripped = line.strip()
        if not stripped.startswith("|"):
            header = None
            continue
        cells: list[tuple[int, int]] = []
        i = line.index("|") + 1
        while True:
            j = line.find("|", i)
            if j == -1:
                break
            a, b = i, j
            while a < b and line[a].isspace():
                a += 1
            while b > a and line[b - 1].isspace():
                b -= 1
            cells.append((start + a, start + b))
            i = j + 1
        values = [text[a:b] for a, b in cells]
        if all(re.fullmatch(r":?-{2,}:?", v) or not v for v in values):
            continue  # the separator row
        if header is None:
            header = values
            continue
        name = values[0] if values else ""
        if not name:
            continue
        for k in range(1, min(len(values), len(header))):
            if values[k] and header[k]:
                out.append((cells[k][0], cells[k][1], f"{name} {header[k].lower()} {values[k]}"))
    return out


_REQUEST = re.compile(r"\s*(?:please|kindly|let['’]s|tell\s+me|summari[sz]e|list|show\s+me|describe|explain|give\s+me|"
                      r"find|compare)\b", re.I)


def segment(text: str, find_mentions: MentionFinder | None = None, fits: Fits | None = None) -> list[Claim]:
    """Split ``text`` into atomic claims.

    Parameters
    ----------
    text:
        The document (plain text or Markdown).
    find_mentions:
        Optional callable returning (start, end, animate) spans of graph entities in a string;
        with it, pronouns resolve to the last compatible entity, without it to the last
        capitalised phrase.
    fits:
        Optional ``fits(name, noun)``: with it, a clause opening with "The <noun>" ("The film
        was released ...") is resolved to the last mentioned entity that is such a thing.
    """
    claims: list[Claim] = []
    history: list[list[Referent]] = []
    for si, (s0, s1) in enumerate(split_sentences(text)):
        if text[s0:s1].rstrip().rstrip("\"'”’)]").endswith("?"):
            continue  # a question asserts nothing
        if _REQUEST.match(text[s0:s1]):
            continue  # nor does a request ("Please summarise ...", "List the ...")
        protected: tuple[tuple[int, int], ...] = ()
        if find_mentions is not None and re.search(r"\band\b", text[s0:s1]):
            # a name with "and" in it ("craft and related trades workers") is not two clauses
            protected = tuple((a, b) for a, b, *_ in find_mentions(text[s0:s1]) if " and " in text[s0 + a:s0 + b])
        pieces = _clauses(text, s0, s1, protected)
        q = _QUOTED.match(text[s0:s1])
        if q:  # '"X is based in Y," said the CEO': the claim is what is quoted
            a, b = s0 + q.start(1), s0 + q.end(1)
            pieces = [(a, b, " ".join(text[a:b].split()))]
        for a, b, resolved in pieces:
            if not _checkable(resolved):
                continue
            # a name that comes later in the sentence than this piece is no antecedent of its pronouns
            # ("Türeci, its chief medical officer, was born in Siegen": 'its' is not Siegen)
            after = text[b:s1]
            visible = [[r for r in entry if r.name not in after or r.name in text[s0:a]]
                       for entry in history[-HISTORY_WINDOW:]]
            visible = [entry for entry in visible if entry]
            resolved, missing = _resolve_pronouns(resolved, visible)
            resolved, missing_def = _resolve_definite(resolved, visible, fits)
            claims.append(Claim(text=text[a:b], start=a, end=b, resolved=resolved, sentence=si,
                                unresolved=missing or missing_def))
            found: list[Referent]
            if find_mentions is not None:
                found = [_referent(resolved[ms:me], info) for ms, me, info in find_mentions(resolved)
                         if resolved[ms:ms + 1].isupper() or resolved[ms:ms + 1].isdigit()]
            else:
                found = [Referent(m.group()) for m in
                         re.finditer(r"\b[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*)*", resolved)
                         if m.group().lower() not in _PRONOUN_WANT
                         and m.group() not in ("The", "A", "An", "Dr", "Mr", "Mrs", "Ms", "Prof", "St")]
            if found:
                history.append(found)
    tables = [Claim(text=text[a:b], start=a, end=b, resolved=r, sentence=-1) for a, b, r in _table_claims(text)]
    if tables:
        claims = sorted(claims + tables, key=lambda c: (c.start, c.end))
    return claims

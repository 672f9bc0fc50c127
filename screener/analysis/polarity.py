"""Overall polarity of a post: VADER's rules, with Dutch and tweet extensions.

The scorer tokenises each post once (``spacy.blank(lang)``) and passes the Doc here;
plain strings are tokenised with a cached blank pipeline. Each token is looked up in the
language's sentiment lexicon (lowercased; elongations such as "zooooo" reduced; Dutch
compounds such as "superleuk" and "kutweer" split on known prefixes), then adjusted as
VADER does: boosters and dampeners up to three tokens back, negation in the same window
(the window stops at punctuation and contrast words), ALL-CAPS emphasis, contrast
weighting ("but"/"maar": earlier sentiment x0.5, later x1.5) and exclamation marks. The
sum is squashed into [-1, 1] like VADER's compound score. The per-language threshold that
turns the score into ``negative`` lives in :mod:`screener.analysis.polarity_rules`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .polarity_rules import B_INCR, C_INCR, ELONGATION, N_SCALAR, LanguageRules, rules, tokenizer

__all__ = ["PolarityResult", "polarity"]

Hit = tuple[int, int, str, float]
_DISTANCE_DAMPING = (1.0, 0.95, 0.9)
_QUOTES = frozenset({'"', "“", "”", "„", "'", "‘", "’"})
_HAS_QUOTE = re.compile("[\"“”„'‘’]")
_KANKER_NEUTRAL = (
    "onderzoek", "patiënt", "patient", "bestrijding", "fonds", "cel", "behandel",
    "diagnose", "vrij", "zorg", "afdeling", "centrum", "risico", "verwekkend", "screening",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class PolarityResult:
    """A post's polarity.

    ``score`` is in [-1, 1] (VADER's compound scale); ``hits`` are the lexicon matches
    that carried it as ``(start, end, term, valence)`` with character offsets into the
    text that was tokenised, and the valence after negation, boosters and contrast.
    """

    score: float
    negative: bool
    hits: tuple[Hit, ...] = ()


def polarity(doc_or_text, lang: str) -> PolarityResult:
    """Score the polarity of a post given as a spaCy ``Doc`` or a string.

    :param doc_or_text: a ``Doc`` from ``spacy.blank(lang)`` (preferred) or the text.
    :param lang: "nl" or "en"; anything else scores emoji and emoticons only.
    :returns: a :class:`PolarityResult`.

    >>> polarity("Het eten was lekker maar de service was waardeloos", "nl").negative
    True
    >>> polarity("not bad at all", "en").score > 0
    True
    >>> polarity("Zooooo leuk 😍", "nl").hits[0][:3]
    (7, 11, 'leuk')
    """
    lang = lang if lang in ("nl", "en") else "other"
    r = rules(lang)
    if isinstance(doc_or_text, str):
        doc_or_text = tokenizer(lang).make_doc(doc_or_text)
    # one pass over the Doc: creating Token objects is the expensive part here
    texts: list[str] = []
    starts: list[int] = []
    puncts: list[bool] = []
    for token in doc_or_text:
        texts.append(token.text)
        starts.append(token.idx)
        puncts.append(token.is_punct)
    return _score(texts, starts, puncts, r)


def _score(texts: list[str], starts: list[int], puncts: list[bool], r: LanguageRules):
    """Score tokens given as text, character offset and punctuation flag."""
    joined = " ".join(texts)
    lows = [t.lower() for t in texts]
    elongated: set[int] = set()
    if ELONGATION.search(joined):
        for i, low in enumerate(lows):
            short = _unelongate(low, r)
            if short != low:
                lows[i] = short
                elongated.add(i)
    sentiments, hits = _token_valences(texts, lows, starts, puncts, elongated, joined, r)
    total = sum(sentiments)
    if total:
        total += math.copysign(_punctuation_emphasis(joined), total)
    score = round(total / math.sqrt(total * total + 15), 4)
    return PolarityResult(score=score, negative=score <= r.neg_threshold, hits=tuple(hits))


def _unelongate(low: str, r: LanguageRules) -> str:
    """Reduce "zooooo" to a form the rules know ("zoo" or "zo"), else to two letters.

    >>> _unelongate("goooood", rules("en"))
    'good'
    """
    if low in r.lexicon or low in r.boosters or low in r.negators:
        return low
    two = ELONGATION.sub(r"\1\1", low)
    if two in r.lexicon or two in r.boosters or two in r.negators:
        return two
    one = ELONGATION.sub(r"\1", low)
    if one in r.lexicon or one in r.boosters or one in r.negators:
        return one
    return two


def _compound(low: str, r: LanguageRules) -> tuple[float, str] | None:
    """Valence of an unknown token that is a known word behind a prefix ("superleuk")."""
    for prefix in r.intensifier_prefixes:
        if low.startswith(prefix):
            rest = low[len(prefix) :].lstrip("-")
            valence = r.lexicon.get(rest)
            if valence:
                return valence + math.copysign(B_INCR, valence), low
    if r.compound_heads and len(low) > 6 and low.endswith(r.compound_heads):
        for head in r.compound_heads:
            if low.endswith(head) and len(low) - len(head) >= 3:
                return r.lexicon[head], low  # "sneeuwchaos" is chaos
    if r.negative_prefixes and low.startswith(r.negative_prefixes):
        for prefix in r.negative_prefixes:
            if low.startswith(prefix):
                rest = low[len(prefix) :].lstrip("-")
                if len(rest) < 3 or (prefix == "kanker" and rest.startswith(_KANKER_NEUTRAL)):
                    return None
                return r.negative_prefix_valence, prefix + "-"
    return None


def _token_valences(texts, lows, starts, puncts, elongated, joined, r: LanguageRules):
    """VADER's per-token pass: lexicon and phrase look-ups, then local modifiers."""
    n = len(lows)
    lexicon = r.lexicon
    words = [t for t in texts if t.isalpha()]
    upper = sum(1 for t in words if t.isupper())
    cap_diff = 0 < upper < len(words)
    sentiments = [0.0] * n
    hit_at: dict[int, list] = {}
    skip_to = phrase_end = -1
    for i in range(n):
        if i <= skip_to:
            continue
        low = lows[i]
        valence = None
        end = i
        term = low
        candidates = r.phrases.get(low)
        if candidates:
            for rest, value, phrase in candidates:
                k = len(rest)
                if tuple(lows[i + 1 : i + 1 + k]) == rest:
                    valence, end, term = value, i + k, phrase
                    break
        if valence is None:
            if low in r.negators:
                continue
            if low in r.boosters and i + 1 < n and _modifies_next(lows[i + 1], r):
                continue  # "damn good": a modifier; "damn printer": a word
            valence = lexicon.get(low)
            if valence is None and len(low) > 5:
                found = _compound(low, r)
                if found:
                    valence, term = found
            if not valence:
                continue
        valence = _modify(valence, i, end, texts, lows, puncts, elongated, cap_diff, r, phrase_end)
        sentiments[i] = valence
        hit_at[i] = [starts[i], starts[end] + len(texts[end]), term, valence, end]
        skip_to = end
        if end > i:
            phrase_end = end
    if hit_at:
        if _HAS_QUOTE.search(joined):
            _quoted(texts, hit_at, sentiments)
        _irony(sentiments, hit_at, lows, puncts, r)
        contrast = [
            i for i in range(1, n) if lows[i] in r.contrast and lows[i - 1] not in r.particles
        ]
        if contrast:
            pivot = contrast[-1]
            for i in hit_at:
                factor = 0.5 if i < pivot else 1.5
                sentiments[i] *= factor
                hit_at[i][3] *= factor
    hits = [(s, e, t, round(v, 3)) for s, e, t, v, _ in hit_at.values() if v]
    return sentiments, hits


def _modifies_next(word: str, r: LanguageRules) -> bool:
    """Whether a booster before ``word`` acts on it (the word carries or shifts sentiment)."""
    return (
        bool(r.lexicon.get(word)) or word in r.boosters or word in r.negators or (word in r.phrases)
    )


def _quoted(texts: list[str], hit_at: dict[int, list], sentiments: list[float]) -> None:
    """Halve sentiment inside quotation marks: quoted words are often not the author's."""
    marks = [i for i, t in enumerate(texts) if t in _QUOTES]
    if len(marks) < 2 or len(marks) % 2:
        return
    for open_at, close_at in zip(marks[::2], marks[1::2], strict=True):
        for i in hit_at:
            if open_at < i < close_at:
                sentiments[i] *= 0.5
                hit_at[i][3] *= 0.5


def _irony(sentiments: list[float], hit_at: dict[int, list], lows, puncts, r) -> None:
    """Turn positive words negative where the post marks them as ironic.

    Two signals: an irony marker anywhere in the post (🙄, 🙃, "/s", "sarcasme"), or a
    clearly negative post (negative valences summing to -1.5 or less) in which a positive
    word stands alone as its own exclamation ("Great, my train is late again", "Top.").
    """
    marker = not r.irony_markers.isdisjoint(lows)
    if not marker and sum(v for v in sentiments if v < 0) > -1.5:
        return
    n = len(lows)
    for i, hit in hit_at.items():
        if sentiments[i] <= 0:
            continue
        if not marker:
            j = i - 1
            while j >= 0 and not puncts[j] and lows[j] in r.irony_fillers:
                j -= 1
            after = hit[4] + 1
            if not (j < 0 or puncts[j]) or not (
                after >= n or puncts[after] or lows[after] in r.irony_fillers
            ):
                continue
        sentiments[i] *= -0.6
        hit[3] *= -0.6


def _modify(valence, i, end, texts, lows, puncts, elongated, cap_diff, r: LanguageRules, floor):
    """Apply caps, elongation, boosters and negation from the three tokens before ``i``.

    The look-back stops at ``floor``, the last token of an earlier phrase match, so the
    "niet" inside "niet normaal" does not negate what follows it.
    """
    base = valence
    if cap_diff and texts[i].isupper() and len(texts[i]) > 1:
        valence += math.copysign(C_INCR, base)
    if i in elongated:
        valence += math.copysign(0.3, base)
    lexicon = r.lexicon
    for k in range(1, 4):
        j = i - k
        if j < 0 or j <= floor:
            break
        word = lows[j]
        if word in r.scope_stops or word in r.contrast or (puncts[j] and not lexicon.get(word)):
            break
        scalar = r.boosters.get(word)
        if scalar is not None:
            scalar = scalar if base > 0 else -scalar
            if cap_diff and texts[j].isupper():
                scalar += math.copysign(C_INCR, base)
            valence += scalar * _DISTANCE_DAMPING[k - 1]
        elif word in r.negators:
            valence *= N_SCALAR
    if lows[i] in r.verbs or lows[end] in r.verbs:
        for j in range(end + 1, min(end + 4, len(lows))):
            word = lows[j]
            if word in r.post_negators:
                valence *= N_SCALAR
                break
            if word in r.scope_stops or puncts[j]:
                break
    return valence


def _punctuation_emphasis(text: str) -> float:
    """VADER's emphasis from up to four "!" and from repeated "?"."""
    emphasis = min(text.count("!"), 4) * 0.292
    questions = text.count("?")
    if questions > 1:
        emphasis += questions * 0.18 if questions <= 3 else 0.96
    return emphasis

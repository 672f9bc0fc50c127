"""Overall polarity of a post: VADER's rules, with Dutch and tweet extensions.

The scorer tokenises each post once (``spacy.blank(lang)``) and passes the Doc here;
plain strings are tokenised with a cached blank pipeline. Each token is looked up in the
language's sentiment lexicon (lowercased; elongations such as "zooooo" reduced; Dutch
compounds such as "superleuk" and "kutweer" split on known prefixes and heads), then
adjusted as VADER does: boosters and dampeners up to three tokens back, negation in the
same window (it stops at punctuation and contrast words; a Dutch verb is also negated by
a following "niet"), ALL-CAPS emphasis, contrast weighting ("but"/"maar": earlier
sentiment x0.5, later x1.5) and exclamation marks. Tweet extensions: irony (🙄, 🙃, or a
lone "Great," / "Top." in an otherwise negative post turns positive words negative) and
quotation (words inside quotes count half). The sum is squashed into [-1, 1] like
VADER's compound score; ``negative`` compares it with the language's threshold
(:mod:`screener.analysis.polarity_rules`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .polarity_rules import C_INCR, N_SCALAR, LanguageRules, rules, tokenizer
from .polarity_words import BOOSTER, CONTRAST, CUE, NEGATOR, NEUTRAL, STOP, WORD

__all__ = ["PolarityResult", "Valences", "doc_lowers", "polarity", "valences"]

Hit = tuple[int, int, str, float]
_DISTANCE_DAMPING = (1.0, 0.95, 0.9)
_QUOTES = frozenset({'"', "“", "”", "„", "'", "‘", "’"})
_HAS_QUOTE = re.compile("[\"“”„'‘’]")
_CAPS = re.compile(r"[^\W\d_a-zà-ÿ]{2}")  # two capitals in a row somewhere
_ASCII_CAPS = re.compile("[A-Z]{2}")  # what _CAPS matches in ASCII text


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


_NEUTRAL_RESULT = PolarityResult(score=0.0, negative=False)


def polarity(
    doc_or_text, lang: str, *, lowers: Sequence[str] | None = None, text: str | None = None
) -> PolarityResult:
    """Score the polarity of a post given as a spaCy ``Doc`` or a string.

    :param doc_or_text: a ``Doc`` from ``spacy.blank(lang)`` (preferred) or the text.
    :param lang: "nl" or "en"; anything else scores emoji and emoticons only.
    :param lowers: the Doc's ``token.lower_`` list, if the caller already has it (saves
        a pass over the Doc, which is most of the cost).
    :param text: the text the Doc was made from, if the caller has it (same reason).
    :returns: a :class:`PolarityResult`.

    >>> polarity("Het eten was lekker maar de service was waardeloos", "nl").negative
    True
    >>> polarity("not bad at all", "en").score > 0
    True
    >>> polarity("Zooooo leuk 😍", "nl").hits[0][:3]
    (7, 11, 'leuk')
    """
    r = rules(lang if lang in ("nl", "en") else "other")
    if isinstance(doc_or_text, str):
        text = doc_or_text
        doc = tokenizer(r.lang).make_doc(text)
    else:
        doc = doc_or_text
    if text is None:
        text = doc.text
    if lowers is None:
        lowers = doc_lowers(doc)
    found = valences(doc, lowers, text, r)
    if found is _NEUTRAL:
        return _NEUTRAL_RESULT
    return PolarityResult(score=found.score, negative=found.negative, hits=found.hits())


def doc_lowers(doc) -> list[str]:
    """What the rules read of each token: ``text_with_ws`` less one trailing space, lowered.

    It differs from ``token.lower_`` only on whitespace tokens.

    >>> doc_lowers(tokenizer("en")("Hi  THERE"))
    ['hi', '', 'there']
    """
    return [(p[:-1] if p[-1:] == " " else p).lower() for p in (t.text_with_ws for t in doc)]


class Valences:
    """A post's polarity with its hits still as token positions.

    The scorer needs :meth:`hits` (character offsets, rounded valences) only for the posts
    its category rules look at, so it calls :func:`valences` and converts on demand.
    """

    __slots__ = ("_raw", "negative", "_doc", "_hit_at")

    def __init__(self, raw: float, negative: bool, doc=None, hit_at=None) -> None:
        self._raw, self.negative, self._doc, self._hit_at = raw, negative, doc, hit_at

    @property
    def score(self) -> float:
        """VADER's compound score, rounded to four decimals."""
        return round(self._raw, 4)

    def lowest(self) -> float:
        """The most negative hit valence before rounding (0.0 when there is none)."""
        return min((hit[3] for hit in self._hit_at.values()), default=0.0) if self._hit_at else 0.0

    def rounded(self) -> list[float]:
        """The valences of :meth:`hits`, in order, without working out their offsets."""
        if not self._hit_at:
            return []
        return [round(hit[3], 3) for hit in self._hit_at.values() if hit[3]]

    def hits(self) -> tuple[Hit, ...]:
        """``(start, end, term, valence)`` per lexicon match, as in :class:`PolarityResult`."""
        if not self._hit_at:
            return ()
        doc = self._doc
        out = []
        for first, _, term, valence, end in self._hit_at.values():
            if valence:
                last = doc[end]
                out.append((doc[first].idx, last.idx + len(last), term, round(valence, 3)))
        return tuple(out)


_NEUTRAL = Valences(0.0, False)


def valences(doc, lowers: Sequence[str], text: str, r: LanguageRules) -> Valences:
    """:func:`polarity` of a Doc whose lowercased tokens and text the caller has.

    ``lowers`` must be what :func:`polarity` would read: each token's ``text_with_ws``
    less one trailing space, lowercased; ``r`` is :func:`rules` of the post's language.
    """
    infos = list(map(r.memo.__getitem__, lowers))  # classifies words met for the first time
    active = [i for i, info in enumerate(infos) if info.active]
    if not active:
        return _NEUTRAL
    sentiments, hit_at = _token_valences(doc, lowers, infos, active, text, r)
    total = sum(sentiments)
    if total:
        total += math.copysign(_punctuation_emphasis(text), total)
    raw = total / math.sqrt(total * total + 15)
    threshold = r.neg_threshold
    if abs(raw - threshold) > 1e-4:  # rounding to 4 decimals cannot cross the threshold
        negative = raw < threshold
    else:
        negative = round(raw, 4) <= threshold
    return Valences(raw, negative, doc, hit_at)


def _token_valences(doc, lowers, infos, active: list[int], text: str, r: LanguageRules):
    """VADER's per-token pass: phrase and word look-ups, local modifiers, then context."""
    n = len(lowers)
    sentiments = [0.0] * n
    hit_at: dict[int, list] = {}
    if text.isascii():  # the same test, with a cheaper pattern (and none for lowercase)
        caps = not text.islower() and _ASCII_CAPS.search(text) is not None
    else:
        caps = _CAPS.search(text) is not None
    caps = caps and not text.isupper()  # VADER's "cap diff"
    skip_to = phrase_end = pivot = -1
    cued = False
    phrases = r.phrases
    for i in active:
        info = infos[i]
        kind = info.kind
        if kind == CONTRAST and (i == 0 or lowers[i - 1] not in r.particles):
            pivot = i
        if i <= skip_to:
            continue
        low = lowers[i]
        valence = None
        end = i
        following = phrases.get(low)
        if following and i + 1 < n:
            for rest, value, phrase in following.get(lowers[i + 1], ()):
                k = len(rest)
                if k == 1 or tuple(lowers[i + 1 : i + 1 + k]) == rest:
                    valence, end, term = value, i + k, phrase
                    break
        if valence is None:
            if kind == CUE:
                if cued or r.repeat_cues.isdisjoint(lowers):
                    continue
                cued = True  # "Why is it ALWAYS me", "Waarom rijdt er weer geen trein"
                valence = r.cue_valence
            elif kind == BOOSTER and info.word_valence and not _modifies_next(infos, i + 1, n):
                valence = info.word_valence  # "Super!", "damn printer": a word, not a booster
            elif kind != WORD:
                continue
            else:
                valence = info.valence
            term = info.term if kind != CUE else info.term + "…" + _first(r.repeat_cues, lowers)
        if caps:
            token = doc[i]
            if len(token) > 1 and token.text.isupper():
                valence += math.copysign(C_INCR, valence)
        valence = _modify(valence, i, end, infos, phrase_end)
        sentiments[i] = valence
        hit_at[i] = [i, end, term, valence, end]  # token positions; Valences.hits converts
        skip_to = end
        if end > i:
            phrase_end = end
    if hit_at:
        if _HAS_QUOTE.search(text):
            _quoted(lowers, hit_at, sentiments)
        _irony(sentiments, hit_at, lowers, infos, r)
        if pivot >= 0:
            for i in hit_at:
                factor = 0.5 if i < pivot else 1.5
                sentiments[i] *= factor
                hit_at[i][3] *= factor
    return sentiments, hit_at


def _first(words: frozenset[str], lowers: Sequence[str]) -> str:
    return next(low for low in lowers if low in words)


def _modifies_next(infos, j: int, n: int) -> bool:
    """Whether a booster acts on the token after it (a word, booster or negator)."""
    return j < n and infos[j].kind in (WORD, BOOSTER, NEGATOR)


def _modify(valence: float, i: int, end: int, infos, floor: int) -> float:
    """Apply elongation, boosters and negation from the three tokens before ``i``.

    The look-back stops at ``floor``, the last token of an earlier phrase match, so the
    "niet" inside "niet normaal" does not negate what follows it.
    """
    base = valence
    if infos[i].elongated:
        valence += math.copysign(0.3, base)
    for k in range(1, 4):
        j = i - k
        if j < 0 or j <= floor:
            break
        info = infos[j]
        kind = info.kind
        if kind == STOP or kind == CONTRAST:
            break
        if kind == BOOSTER:
            scalar = info.valence if base > 0 else -info.valence
            valence += scalar * _DISTANCE_DAMPING[k - 1]
        elif kind == NEGATOR:
            valence *= N_SCALAR
    if infos[i].verb or infos[end].verb:
        for j in range(end + 1, min(end + 4, len(infos))):
            info = infos[j]
            if info.kind == NEGATOR and info.verb:
                valence *= N_SCALAR
                break
            if info.kind == STOP:
                break
    return valence


def _quoted(lowers: Sequence[str], hit_at: dict[int, list], sentiments: list[float]) -> None:
    """Halve sentiment inside quotation marks: quoted words are often not the author's."""
    marks = [i for i, t in enumerate(lowers) if t in _QUOTES]
    if len(marks) < 2 or len(marks) % 2:
        return
    for open_at, close_at in zip(marks[::2], marks[1::2], strict=True):
        for i in hit_at:
            if open_at < i < close_at:
                sentiments[i] *= 0.5
                hit_at[i][3] *= 0.5


def _irony(sentiments: list[float], hit_at: dict[int, list], lowers, infos, r) -> None:
    """Turn positive words negative where the post marks them as ironic.

    Two signals: an irony marker anywhere in the post (🙄, 🙃, "/s", "sarcasme"), or a
    clearly negative post (negative valences summing to -1.5 or less) in which a positive
    word stands alone as its own exclamation ("Great, my train is late again", "Top.").
    """
    marker = not r.irony_markers.isdisjoint(lowers)
    if not marker and sum(sentiments[i] for i in hit_at if sentiments[i] < 0) > -1.5:
        return  # (only hit tokens carry a sentiment)
    n = len(lowers)
    fillers = r.irony_fillers
    for i, hit in hit_at.items():
        if sentiments[i] <= 0:
            continue
        if not marker:
            j = i - 1
            while j >= 0 and infos[j].kind != STOP and lowers[j] in fillers:
                j -= 1
            after = hit[4] + 1
            alone_before = j < 0 or infos[j].kind == STOP
            if after < n - 1 and infos[after].kind == NEUTRAL and infos[after + 1].kind == STOP:
                after += 1  # "Top service.", "Great job."
            alone_after = after >= n or infos[after].kind == STOP or lowers[after] in fillers
            if not (alone_before and alone_after):
                continue
        sentiments[i] *= -0.6
        hit[3] *= -0.6


def _punctuation_emphasis(text: str) -> float:
    """VADER's emphasis from up to four "!" and from repeated "?"."""
    emphasis = min(text.count("!"), 4) * 0.292
    questions = text.count("?")
    if questions > 1:
        emphasis += questions * 0.18 if questions <= 3 else 0.96
    return emphasis

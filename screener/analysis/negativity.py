"""Per-post negativity findings, streamed: ``score_texts`` and ``score_doc``.

For each post: the language (given, or :func:`screener.analysis.language.detect_language`),
normalisation (:mod:`screener.analysis.normalize`), one spaCy pass in batches
(``nlp.pipe(..., as_tuples=True)``, grouped by language), overall polarity
(:func:`screener.analysis.polarity.polarity`), special categories
(:func:`screener.analysis.sensitive.classify`) and the category rules
(:mod:`screener.analysis.offence`, :mod:`screener.analysis.threats`,
:mod:`screener.analysis.workplace`).

Special categories are never flagged: a post with a sensitive topic gets only hate and
threat findings (they flag behaviour, not the topic). Protected complaints (pay, safety,
working conditions, union, whistle-blowing) never become complaint findings. Posts in
another language get no findings. Harassment needs several posts and comes from
:func:`screener.analysis.patterns.harassment_findings`.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import cache
from itertools import islice

from spacy.tokens import Doc

from ..records import CATEGORIES, Finding, PostScore
from .detectors import Post, collect_hits
from .language import detect_language
from .nlp import SUPPORTED, load_pipeline
from .normalize import Normalized, normalize
from .offence import detect_hate, detect_insults, detect_profanity
from .polarity import doc_lowers, polarity, valences
from .polarity_rules import rules as polarity_rules
from .rules import load_rules
from .sensitive import classify
from .threats import detect_threats
from .workplace import (
    detect_complaints,
    detect_confidential,
    detect_drugs_crime,
    targets_alone_are_quiet,
)

BEHAVIOUR = frozenset({"hate", "threat"})  # still flagged on posts with a sensitive topic
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_NEGATIVE_CATEGORIES = frozenset({"complaint", "insult", "hate", "threat", "harassment"})
_OTHER_SPACE = re.compile(r"[^\S ]")  # whitespace other than " ": may become a token


MAX_SCORED_CHARS = 20_000  # longer than any platform's post limit but Facebook's (63k)


def score_texts(
    items: Iterable[tuple[str, str, str | None]],
    *,
    categories: Collection[str] | None = None,
    batch_size: int = 2000,
) -> Iterator[PostScore]:
    """Score ``(post_id, text, lang_or_None)`` items, yielding one PostScore each, in order.

    Streams: items are read ``batch_size`` at a time and no Doc outlives its batch. A post
    longer than ``MAX_SCORED_CHARS`` is scored on its first ``MAX_SCORED_CHARS`` characters.

    :param items: post id, text and the declared language (or ``None`` to detect it).
    :param categories: report only these categories (default: all of them). Asking for
      ``harassment`` also reports ``insult`` and ``threat``: the harassment pattern is
      built from them.
    :param batch_size: posts per spaCy batch.
    :returns: an iterator of :class:`~screener.records.PostScore`, in input order.

    >>> [s.findings[0].category for s in score_texts([("1", "Ik maak je af", "nl")])]
    ['threat']
    """
    wanted = frozenset(CATEGORIES if categories is None else categories)
    if "harassment" in wanted:  # harassment is built from insults and threats across posts
        wanted |= {"insult", "threat"}
    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        yield from _score_batch(batch, wanted)


def _score_batch(batch: list[tuple[str, str, str | None]], wanted: frozenset[str]):
    results: list[PostScore | None] = [None] * len(batch)
    groups: dict[str, list[tuple[str, tuple[int, Normalized]]]] = {}
    collect = gc.isenabled()
    gc.disable()  # a batch allocates many short-lived objects and frees them itself
    try:
        # One step at a time over the whole batch: each step's code and tables stay in
        # the processor's caches (interleaving them per post is about 15% slower).
        # Only the start of a very long post is scored: a hostile post repeating lexicon
        # words must not stall a job (spans stay valid offsets into the full text).
        texts = [(text or "")[:MAX_SCORED_CHARS] for _id, text, _lang in batch]
        langs = [_language(text, lang) for text, (_id, _t, lang) in zip(texts, batch, strict=True)]
        for index, (text, lang) in enumerate(zip(texts, langs, strict=True)):
            if lang in SUPPORTED:
                norm = normalize(text)
                groups.setdefault(lang, []).append((norm.text, (index, norm)))
            else:
                results[index] = _other(str(batch[index][0]), text)
        for lang, pairs in groups.items():
            tokenised = list(_tokenise(load_pipeline(lang), pairs))
            indexes = [index for _doc, (index, _norm) in tokenised]
            scores = score_docs(
                [str(batch[index][0]) for index in indexes],
                [doc for doc, _context in tokenised],
                [norm for _doc, (_index, norm) in tokenised],
                lang,
                wanted,
            )
            for index, score in zip(indexes, scores, strict=True):
                results[index] = score
    finally:
        if collect:
            gc.enable()
    yield from results  # type: ignore[misc]


def _language(text: str, lang: str | None) -> str:
    """The declared language if supported; detected when none is declared."""
    if lang in SUPPORTED:
        return lang
    if lang in (None, "", "und", "auto"):
        lang = detect_language(text)
        return lang if lang in SUPPORTED else lexicon_language(text)
    return "other"


def _tokenise(nlp, pairs: list[tuple[str, tuple[int, Normalized]]]):
    """Docs for ``(text, context)`` pairs, with only the components the rules need.

    Clauses (punctuation and contrast words) scope the rules, so the sentencizer is not
    needed; a blank pipeline then runs its tokenizer alone.
    """
    if all(name == "sentencizer" for name in nlp.pipe_names):
        docs = nlp.tokenizer.pipe([text for text, _ in pairs], batch_size=len(pairs))
        return zip(docs, (context for _, context in pairs), strict=True)
    return nlp.pipe(pairs, as_tuples=True, batch_size=len(pairs), disable=["sentencizer"])


def _other(post_id: str, text: str) -> PostScore:
    """A post in another language: no findings; polarity from emoji only."""
    negative = polarity(text, "other").negative if text else False
    return PostScore(post_id, "other", negative, False)


def lexicon_language(text: str) -> str:
    """Language vote of short posts the detector left as "other", from lexicon words.

    Short insults and swearing ("@jan kankerlijer", "fuck off") carry too few function
    words for the detector; words that only one language's lexicons know decide.

    >>> lexicon_language("@jan kankerlijer"), lexicon_language("moron!"), lexicon_language("👍")
    ('nl', 'en', 'other')
    """
    words = set(_WORD.findall(text.lower()))
    if not words:
        return "other"
    votes = {lang: len(words & _vocabulary(lang)) for lang in SUPPORTED}
    if load_rules("nl").prefix.search(text):  # type: ignore[union-attr]
        votes["nl"] += 1
    best = max(votes, key=votes.__getitem__)
    ranked = sorted(votes.values())
    return best if votes[best] and ranked[-1] > ranked[-2] else "other"


@cache
def _vocabulary(lang: str) -> frozenset[str]:
    rules = load_rules(lang)
    other = load_rules("en" if lang == "nl" else "nl")
    mine = {t for entries in rules.entries.values() for t in entries if " " not in t}
    theirs = {t for entries in other.entries.values() for t in entries if " " not in t}
    return frozenset(mine - theirs)


def score_doc(
    post_id: str,
    doc: Doc,
    norm: Normalized,
    lang: str,
    categories: Collection[str] = CATEGORIES,
) -> PostScore:
    """Score one tokenised post (``doc`` is the Doc of ``norm.text``).

    >>> from screener.analysis.nlp import load_pipeline
    >>> n = normalize("You're not stupid, but your boss is an idiooot")
    >>> s = score_doc("7", load_pipeline("en")(n.text), n, "en")
    >>> sorted(f.category for f in s.findings), s.findings[0].evidence[-1].text
    (['complaint', 'insult'], 'idiooot')
    """
    return score_docs([post_id], [doc], [norm], lang, categories)[0]


def score_docs(
    post_ids: Sequence[str],
    docs: Sequence[Doc],
    norms: Sequence[Normalized],
    lang: str,
    categories: Collection[str] = CATEGORIES,
) -> list[PostScore]:
    """:func:`score_doc` for many posts of one language, one step at a time over all."""
    rules = load_rules(lang)
    topic_ids = rules.topic_ids
    texts = [norm.text for norm in norms]
    lowered = list(map(token_lowers, docs, texts))
    matched = list(map(rules.matcher, docs))  # category anchors and special-category terms
    sensitivities = []
    for index, (doc, matches) in enumerate(zip(docs, matched, strict=True)):
        mentions = [m for m in matches if m[0] in topic_ids]
        if mentions:
            matched[index] = [m for m in matches if m[0] not in topic_ids]
        sensitivities.append(classify(doc, lang, lowers=lowered[index][0], matches=mentions))
    r = polarity_rules(lang)
    polarities = [
        # polarity reads a whitespace token differently: then it reads the Doc
        valences(doc, low if low is not None else doc_lowers(doc), text, r)
        for doc, (_lowers, low), text in zip(docs, lowered, texts, strict=True)
    ]
    return [
        _verdict(post_id, doc, norm, rules, lowers, matches, sensitivity, pol, categories)
        for post_id, doc, norm, (lowers, _low), matches, sensitivity, pol in zip(
            post_ids, docs, norms, lowered, matched, sensitivities, polarities, strict=True
        )
    ]


def _verdict(post_id, doc, norm, rules, lowers, matches, sensitivity, pol, categories):
    """The category rules on one post whose anchors, topics and polarity are known."""
    lang = rules.lang
    topics = tuple(sensitivity.topics)
    protected = tuple(sensitivity.protected)
    allowed = set(categories)
    if topics:
        allowed &= BEHAVIOUR
    if protected:
        allowed.discard("complaint")
    found: list[Finding] = []
    notes: list[str] = []
    compound = rules.may_have_compound(norm.text, lowers)
    if matches and not (norm.elongations or compound) and _only_targets(matches, rules):
        if targets_alone_are_quiet(pol.lowest(), lowers, rules.grammar):
            matches = []  # "my team", "het project": no rule can use a lone target
    if allowed and (matches or norm.elongations or compound):
        post = Post(post_id, doc, norm, rules, lowers)
        if collect_hits(post, matches):
            post.valences = pol  # hits become character offsets only if a rule asks
            _run_rules(post, allowed)
        found, notes = post.findings, list(post.notes)
    if not (found or notes or topics or protected):  # most posts
        return PostScore(post_id, lang, pol.negative, False)
    findings = tuple(
        dict.fromkeys(f for f in found if f.category in allowed)
    )  # the same finding from two rules counts once
    negative = pol.negative or any(f.category in _NEGATIVE_CATEGORIES for f in findings)
    if topics:
        notes.append("special-category topic: only hate and threat rules applied")
    if protected:
        notes.append("protected complaint (" + ", ".join(protected) + "): not a complaint")
    return PostScore(
        post_id, lang, negative, bool(topics), findings, topics, protected, tuple(notes)
    )


def _only_targets(matches: list[tuple[int, int, int]], rules) -> bool:
    keys = rules.keys
    return all(keys[match_id] == "complaint_target" for match_id, _, _ in matches)


def token_lowers(doc: Doc, text: str) -> tuple[list[str], list[str] | None]:
    """The Doc's ``token.lower_`` list, and the same list for polarity when it agrees.

    Polarity reads each token's ``text_with_ws`` less one trailing space, which differs
    from ``lower_`` only on a whitespace token ("a  b"); for such texts the second item
    is ``None`` and polarity reads the Doc itself.

    >>> from screener.analysis.nlp import load_pipeline
    >>> token_lowers(load_pipeline("en")("Hi THERE"), "Hi THERE")
    (['hi', 'there'], ['hi', 'there'])
    >>> token_lowers(load_pipeline("en")("Hi  THERE"), "Hi  THERE")
    (['hi', ' ', 'there'], None)
    """
    spaced = (
        text[:1] == " "
        or "  " in text
        or (not text.isprintable() and _OTHER_SPACE.search(text) is not None)
    )  # (every whitespace character but " " is unprintable: most texts skip the regex)
    if not spaced:
        # Single spaces only: the tokenizer splits each space-separated chunk into one or
        # more tokens, so when the counts agree every token is a whole chunk, and the
        # lowercased chunks are the tokens' ``lower_`` (no Token objects needed).
        lowered = text.lower().split(" ")
        if lowered[-1] == "":
            lowered.pop()  # the text ends in a space
        if len(lowered) == len(doc):
            return lowered, lowered
        lowers = [token.lower_ for token in doc]  # cheaper than to_array + string look-ups
        return lowers, lowers
    return [token.lower_ for token in doc], None


def _run_rules(post: Post, allowed: set[str]) -> None:
    if "threat" in allowed:
        detect_threats(post)
    if "hate" in allowed:
        detect_hate(post)
    irony = post.g.IRONY.intersection(post.lowers)
    if irony and allowed & {"insult", "complaint"}:
        post.note(f"irony marker '{next(iter(irony))}': insults and complaints not flagged")
        allowed -= {"insult", "complaint"}
    if allowed & {"insult", "hate"}:
        detect_insults(post, allowed)
    if "profanity" in allowed:
        detect_profanity(post)
    if "complaint" in allowed:
        detect_complaints(post)
    if "confidential" in allowed:
        detect_confidential(post)
    if "drugs_crime" in allowed:
        detect_drugs_crime(post)

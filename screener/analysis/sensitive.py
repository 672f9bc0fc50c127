"""Special-category topics and protected complaints in a post, from curated term lists.

A post that mentions religion, politics, health, sexuality (and gender identity),
ethnicity (and nationality, migration background) or union membership is *sensitive*:
the scorer then runs only the behaviour rules (hate, threat) on it and it never takes part
in the complaint pattern. A complaint about pay, safety, working conditions, union
activity or whistle-blowing is *protected*: it is never counted as a complaint.

The terms live in ``models/lexicons/<lang>/sensitive_<topic>.txt`` and
``protected_<topic>.txt`` (one term a line, multi-word terms allowed). They are matched
case-insensitively on spaCy tokens with one ``PhraseMatcher(attr="LOWER")`` per language,
built once. A term ending in ``*`` matches any single token that starts with it, for Dutch
compounds (``vakbonds*`` finds "vakbondsleden"). A union-membership term also makes the
post protected (``union``). Deliberate omissions (ambiguous words such as "god", "ziek",
"kanker" alone, "labour" alone) are listed in each file's header comments.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .lexicons import load_lexicon
from .nlp import load_pipeline

LANGS = ("nl", "en")
TOPICS = ("religion", "politics", "health", "sexuality", "ethnicity", "union")
PROTECTED = ("pay", "safety", "working_conditions", "union", "whistleblowing")
_MIN_REST = 2  # a prefix term needs at least this many more characters in the token
_MAX_CHECKED = 500_000  # distinct words whose prefix test is remembered


class TopicSpan(NamedTuple):
    """Matched characters: ``text == source[start:end]``; ``topic`` names the list."""

    start: int
    end: int
    text: str
    topic: str


@dataclass(frozen=True, slots=True)
class Sensitivity:
    """What :func:`classify` found: special-category topics, protected subjects, spans.

    ``spans`` hold offsets into the text that was classified (for a Doc: ``doc.text``).
    A span's ``topic`` is a name from :data:`TOPICS` or :data:`PROTECTED`.
    """

    topics: tuple[str, ...] = ()
    protected: tuple[str, ...] = ()
    spans: tuple[TopicSpan, ...] = ()

    @property
    def sensitive(self) -> bool:
        """True when the post mentions a special category."""
        return bool(self.topics)


NOTHING = Sensitivity()


@dataclass(frozen=True, slots=True)
class _Tables:
    """The matcher of one language and what its match ids and prefix terms mean.

    ``checked`` and ``compounds`` cache the prefix test per lowercased word, so each
    distinct word is tested once.
    """

    matcher: PhraseMatcher
    labels: dict[int, tuple[str, str]]  # match id -> (kind, topic)
    prefixes: dict[int, dict[str, tuple[str, str]]]  # prefix length -> prefix -> label
    checked: set[str] = field(default_factory=set)  # lowercased words already tested
    compounds: dict[str, tuple[str, str]] = field(default_factory=dict)  # word -> label

    def prefix_label(self, word: str) -> tuple[str, str] | None:
        """The label of the first prefix term ``word`` starts with (and is longer than)."""
        for size, stems in self.prefixes.items():
            if len(word) >= size + _MIN_REST and (label := stems.get(word[:size])):
                return label
        return None


def _lists(lang: str) -> Iterable[tuple[str, str, list[str]]]:
    for kind, names in (("sensitive", TOPICS), ("protected", PROTECTED)):
        for topic in names:
            lexicon = load_lexicon(lang, f"{kind}_{topic}")
            if lexicon is not None:
                yield kind, topic, [entry.term for entry in lexicon.entries]


@cache
def matcher_patterns(lang: str) -> tuple[tuple[str, list[Doc]], ...]:
    """``(match key, phrase Docs)`` per term list, e.g. ``("sensitive:health", [...])``.

    The scorer adds them to its own PhraseMatcher (one matcher pass per post) and hands
    the matches of these keys to :func:`classify`.
    """
    nlp = load_pipeline(lang)
    return tuple(
        (f"{kind}:{topic}", list(nlp.tokenizer.pipe(t for t in terms if not t.endswith("*"))))
        for kind, topic, terms in _lists(lang)
    )


@cache
def _tables(lang: str) -> _Tables:
    """Build the PhraseMatcher and prefix tables of ``lang`` from the term lists."""
    nlp = load_pipeline(lang)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    labels: dict[int, tuple[str, str]] = {}
    prefixes: dict[int, dict[str, tuple[str, str]]] = {}
    patterns = dict(matcher_patterns(lang))
    for kind, topic, terms in _lists(lang):
        key = f"{kind}:{topic}"
        labels[nlp.vocab.strings.add(key)] = (kind, topic)
        matcher.add(key, patterns[key])
        for term in terms:
            if term.endswith("*") and len(term) > 4:
                stem = term[:-1]
                prefixes.setdefault(len(stem), {}).setdefault(stem, (kind, topic))
    return _Tables(matcher, labels, dict(sorted(prefixes.items(), reverse=True)))


def classify(
    doc_or_text: Doc | str,
    lang: str,
    *,
    lowers: Sequence[str] | None = None,
    matches: Sequence[tuple[int, int, int]] | None = None,
) -> Sensitivity:
    """Special-category topics and protected subjects mentioned in a post.

    :param doc_or_text: a spaCy Doc (any pipeline of the language) or plain text.
    :param lang: ``"nl"`` or ``"en"``; any other language gives an empty result.
    :param lowers: the Doc's ``token.lower_`` list, if the caller already has it.
    :param matches: the Doc's matches of the :func:`matcher_patterns` keys, if the caller
      ran them in its own matcher.

    >>> s = classify("Vandaag gestaakt met de FNV voor een betere cao", "nl")
    >>> s.topics, s.protected
    (('union',), ('union',))
    >>> [(sp.text, sp.topic) for sp in s.spans]
    [('gestaakt', 'union'), ('FNV', 'union'), ('cao', 'union')]
    >>> classify("Trots op mijn moslimcollega's", "nl").topics
    ('religion',)
    >>> classify("Kanker koud buiten jongens", "nl").sensitive
    False
    >>> classify("A 2% pay rise while inflation is 10%", "en").protected
    ('pay',)
    """
    if lang not in LANGS:
        return NOTHING
    tables = _tables(lang)
    doc = doc_or_text if isinstance(doc_or_text, Doc) else load_pipeline(lang).make_doc(doc_or_text)
    found: list[tuple[int, int, str, str]] = []
    for match_id, start, end in tables.matcher(doc) if matches is None else matches:
        kind, topic = tables.labels[match_id]
        found.append((start, end, kind, topic))
    if tables.prefixes:
        found.extend(_compounds(doc, tables, lowers))
    if not found:
        return NOTHING
    return _result(doc, found)


def _compounds(
    doc: Doc, tables: _Tables, lowers: Sequence[str] | None
) -> list[tuple[int, int, str, str]]:
    """Tokens that start with a prefix term; each distinct word is tested only once."""
    if lowers is None:
        lowers = [token.lower_ for token in doc]
    if not tables.checked.issuperset(lowers):
        new = set(lowers) - tables.checked
        for word in new:
            label = tables.prefix_label(word)
            if label is not None:
                tables.compounds[word] = label
        if len(tables.checked) > _MAX_CHECKED:  # bound the cache on huge archives
            tables.checked.clear()
        tables.checked.update(new)
    if tables.compounds.keys().isdisjoint(lowers):
        return []
    compounds = tables.compounds
    return [(i, i + 1, *compounds[key]) for i, key in enumerate(lowers) if key in compounds]


def _result(doc: Doc, found: list[tuple[int, int, str, str]]) -> Sensitivity:
    topics: set[str] = set()
    protected: set[str] = set()
    spans: set[TopicSpan] = set()
    for start, end, kind, topic in found:
        (topics if kind == "sensitive" else protected).add(topic)
        first, last = doc[start], doc[end - 1]
        text = first.text if start + 1 == end else doc[start:end].text
        spans.add(TopicSpan(first.idx, last.idx + len(last), text, topic))
    if "union" in topics:
        protected.add("union")
    return Sensitivity(
        topics=tuple(t for t in TOPICS if t in topics),
        protected=tuple(p for p in PROTECTED if p in protected),
        spans=tuple(sorted(spans)),
    )


def lexicon_names(lang: str) -> tuple[str, ...]:
    """The term lists :func:`classify` reads for ``lang``, e.g. ``nl/sensitive_health``.

    >>> "nl/protected_pay" in lexicon_names("nl")
    True
    """
    return tuple(f"{lang}/{kind}_{topic}" for kind, topic, _ in _lists(lang))

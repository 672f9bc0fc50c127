"""Category rules over the PhraseMatcher anchors of one post.

Each rule looks only at tokens near an anchor and at most inside the anchor's clause
(clauses end at punctuation and contrast words). A suppressed candidate (negated, quoted,
counter-speech, irony, reported speech) yields a note instead of a finding.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.attrs import LOWER
from spacy.tokens import Doc

from ..records import Finding, Span
from .lexicons import Entry
from .normalize import Normalized
from .rules import LangRules, clause_ids, inside, negator_before, quote_regions

_KANKER_NEUTRAL = (
    "onderzoek", "patiënt", "patient", "bestrijding", "fonds", "cel", "behandel", "diagnose",
    "vrij", "zorg", "afdeling", "centrum", "risico", "verwekkend", "screening", "preventie",
    "gezwel", "soort", "medicijn", "therapie", "overleven", "ziekte",
)  # fmt: skip


@dataclass(slots=True)
class Hit:
    """One anchor: a lexicon match over tokens ``[start, end)``."""

    lexicon: str
    start: int
    end: int
    entry: Entry

    @property
    def kind(self) -> str:
        return self.entry.field(0)


class Post:
    """One post under analysis: its Doc, anchors, clauses and evidence helpers."""

    def __init__(
        self,
        post_id: str,
        doc: Doc,
        norm: Normalized,
        rules: LangRules,
        lowers: list[str] | None = None,
    ) -> None:
        self.post_id, self.doc, self.norm, self.rules = post_id, doc, norm, rules
        self.g = rules.grammar
        self.hits: dict[str, list[Hit]] = defaultdict(list)
        self.findings: list[Finding] = []
        self.notes: list[str] = []
        self._clauses: list[int] | None = None
        self._quotes: list[tuple[int, int]] | None = None
        self._lowers: list[str] | None = lowers  # token.lower_ list, if the caller has it
        self.valences = None  # the post's polarity.Valences, if the caller has them
        self._polarity_hits: tuple | None = None

    @property
    def lowers(self) -> list[str]:
        """Lowercased token texts (read from the Doc's arrays, without Token objects)."""
        if self._lowers is None:
            strings = self.doc.vocab.strings
            self._lowers = [strings[h] for h in self.doc.to_array(LOWER).tolist()]
        return self._lowers

    @property
    def polarity_hits(self) -> tuple:
        """Polarity matches ``(start, end, term, valence)`` on the normalised text.

        Converted from the post's valences on first use: only the complaint rules read them.
        """
        if self._polarity_hits is None:
            self._polarity_hits = self.valences.hits() if self.valences is not None else ()
        return self._polarity_hits

    def polarity_valences(self) -> list[float]:
        """The valences of :attr:`polarity_hits`, without their offsets if not needed yet."""
        if self._polarity_hits is None and self.valences is not None:
            return self.valences.rounded()
        return [hit[3] for hit in self.polarity_hits]

    def lowest_valence(self) -> float:
        """The most negative polarity valence of the post (0.0 if none), unrounded."""
        if self._polarity_hits is None and self.valences is not None:
            return self.valences.lowest()
        return min((hit[3] for hit in self.polarity_hits), default=0.0)

    # ---------------------------------------------------------------- helpers
    @property
    def clauses(self) -> list[int]:
        if self._clauses is None:
            self._clauses = clause_ids(self.lowers, self.g.CONTRAST)
        return self._clauses

    def quoted(self, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)`` sit inside quotation marks."""
        if self._quotes is None:
            self._quotes = quote_regions(self.norm.text)
        if not self._quotes:
            return False
        return inside(
            self._quotes, self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1])
        )

    def span(self, start: int, end: int) -> Span:
        """Evidence for tokens ``[start, end)`` in the ORIGINAL text."""
        doc = self.doc
        s, e = self.norm.span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        return Span(s, e, self.norm.original[s:e])

    def ref(self, hit: Hit) -> str:
        return self.rules.lexicons[hit.lexicon].ref(hit.entry.term)

    def negated(self, start: int, window: int = 4) -> str | None:
        return negator_before(self.lowers, start, self.clauses, self.g.NEGATORS, window=window)

    def clause_range(self, index: int) -> range:
        """Token indexes of the clause holding token ``index``."""
        clauses, c = self.clauses, self.clauses[index]
        lo = index
        while lo > 0 and clauses[lo - 1] == c:
            lo -= 1
        hi = index
        while hi + 1 < len(clauses) and clauses[hi + 1] == c:
            hi += 1
        return range(lo, hi + 1)

    def same_clause(self, a: int, b: int) -> bool:
        return self.clauses[a] == self.clauses[b]

    def add(self, category: str, severity: str, rule: str, spans: list[tuple[int, int]],
            hit: Hit | None = None, target: str | None = None) -> None:  # fmt: skip
        """Record a finding with evidence for each token range in ``spans``."""
        unique = {self.span(s, e) for s, e in spans}
        evidence = tuple(sorted(unique, key=lambda x: (x.start, x.end)))
        if not evidence:
            return
        lexicon = self.ref(hit) if hit is not None else ""
        self.findings.append(
            Finding(self.post_id, category, severity, rule, evidence, lexicon, None, target)
        )

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def covered(self, start: int, end: int, categories: tuple[str, ...]) -> bool:
        """Whether a finding of ``categories`` already covers this token range."""
        s, e = self.span(start, end).start, self.span(start, end).end
        return any(
            f.category in categories and any(x.start <= s and e <= x.end for x in f.evidence)
            for f in self.findings
        )


def collect_hits(post: Post, matches: list[tuple[int, int, int]] | None = None) -> bool:
    """Fill ``post.hits`` from the PhraseMatcher and the compound-prefix regex.

    ``matches`` are the matcher's results on the post's Doc, if the caller has them.
    """
    rules, doc = post.rules, post.doc
    for match_id, start, end in rules.matcher(doc) if matches is None else matches:
        lexicon = rules.keys[match_id]
        key = post.lowers[start] if end - start == 1 else " ".join(post.lowers[start:end])
        entry = rules.entry(lexicon, key)
        if entry is not None:
            post.hits[lexicon].append(Hit(lexicon, start, end, entry))
    if post.norm.elongations:
        _elongated(post)
    if rules.prefix is not None and rules.may_have_compound(post.norm.text, post.lowers):
        _compounds(post)
    for lexicon, hits in post.hits.items():
        if len(hits) > 1:  # keep the longest of nested matches: "i know where you live"
            post.hits[lexicon] = [
                h for h in hits
                if not any(o is not h and o.start <= h.start and h.end <= o.end
                           and o.end - o.start > h.end - h.start for o in hits)
            ]  # fmt: skip
    return bool(post.hits)


def _elongated(post: Post) -> None:
    """Single-token terms written with an elongation: "idiooot" -> "idiot" (and "idioot")."""
    rules, doc = post.rules, post.doc
    for index in post.norm.elongations:
        span = doc.char_span(index, index + 2, alignment_mode="expand")
        if span is None or len(span) != 1:
            continue
        token = span[0]
        cut = index - token.idx
        low = token.lower_
        short = low[:cut] + low[cut + 1 :]
        for lexicon, entries in rules.entries.items():
            entry = entries.get(short)
            if entry is not None and not any(
                h.start == token.i for h in post.hits.get(lexicon, ())
            ):
                post.hits[lexicon].append(Hit(lexicon, token.i, token.i + 1, entry))


def _compounds(post: Post) -> None:
    """Dutch compounds with a profanity prefix: kutbaas, kankerlijer, teringzooi, kk-werk."""
    rules, doc = post.rules, post.doc
    matched = {(h.start) for hits in post.hits.values() for h in hits if h.end - h.start == 1}
    for m in rules.prefix.finditer(post.norm.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or len(span) != 1 or span.start in matched:
            continue
        token = span[0]
        if token.idx != m.start() or token.idx + len(token) != m.end():
            continue  # the prefix must start the token and the rest must end it
        head, rest = m.group(1).lower(), m.group(2).lower()
        if head in ("kanker", "kk") and rest.startswith(_KANKER_NEUTRAL):
            continue
        prefix = Entry(head, ("compound",))
        i = span.start
        group = rules.entry("identity", rest) or rules.entry("identity", rest + "en")
        if group is not None:  # kutmarokkaan, kankerjood: a slur built on an identity term
            post.hits["slur"].append(Hit("slur", i, i + 1, Entry(token.lower_, ("compound",))))
            continue
        post.hits["profanity"].append(Hit("profanity_prefix", i, i + 1, prefix))
        for lexicon in ("complaint_target", "insult"):
            for form in (rest, rest.removesuffix("s"), rest.removesuffix("'s")):
                entry = rules.entry(lexicon, form)
                if entry is not None:
                    post.hits[lexicon].append(Hit(lexicon, i, i + 1, entry))
                    break

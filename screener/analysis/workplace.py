"""Rules about work conduct: complaint, confidential and drugs_crime.

Documented rules:

- ``complaint.target_predicate``: a workplace target (boss, colleagues, customers, "my
  job") and a negative predicate, insult or swear word in the same clause, not negated
  ("mijn baas is een sukkel", "I hate my job"). Ambiguous targets ("work", "werk",
  "company") need a possessive or determiner before them ("my work", "op het werk").
- ``complaint.target_sentiment``: a workplace target and a clearly negative sentiment word
  (valence <= -1.5 after negation and boosters, from the polarity module) in the same
  clause (no punctuation or contrast word between them), at most 12 tokens apart.
- ``complaint.compound``: a Dutch profanity compound on a target ("kutbaas", "klotewerk").
- ``complaint.target_cue``: a workplace target and a complaint idiom (predicate lexicon
  entries of kind ``cue``: "ik trek het niet meer", "wat een toko", "can't take it
  anymore") in the target's sentence, or standing alone in a later sentence of a short
  post (at most ``SHORT_POST`` sentences); ambiguous idioms (kind ``weak``: "geen idee",
  "no idea what") only in the target's clause of a post with another negative word.
- ``complaint.target_repeat``: a workplace target, a repetition or sarcasm marker (kind
  ``repeat``: "wéér", "zoals altijd", "again", "as usual") and a ``neg`` phrase
  ("zonder overleg", "without telling") or a second marker in a negative post
  ("Mijn leidinggevende strijkt wéér met de eer. Typisch.").
- ``complaint.threat``: a threat finding in the same sentence as a workplace target.

Posts that ask for advice ("tips voor een lastige leidinggevende?") and posts where praise
outweighs the negative words are not flagged by the sentiment and repeat rules (an idiom
such as "wat een toko" still counts).
- ``confidential.disclosure``: a confidentiality marker ("internal only", "vertrouwelijk",
  "nog niet aangekondigd") with business content (figures, a reorganisation, a client);
  markers marked ``strong`` in the lexicon need no business word.
- ``drugs_crime.first_person``: first-person bragging about drugs or petty crime
  ("I was so high at work", "ik heb weer een fiets gejat"): low severity, to verify.
"""

from __future__ import annotations

from .detectors import Hit, Post

_PREDICATES = ("complaint_predicate", "insult", "profanity")
_NOT_PREDICATE = ("weak", "repeat", "neg", "ok")  # complaint_predicate kinds that need more
_ROUNDING = 0.001  # the gate reads unrounded valences; the rules read them rounded to 0.001
SENTIMENT_THRESHOLD = -1.5  # VADER-scale valence at or below which a word is clearly negative
SHORT_POST = 4  # sentences: up to this many, a post is read as one statement
_SENTENCE_END = frozenset({".", "!", "?", "...", "…", "!!", "?!"})
_CLAUSE_END = _SENTENCE_END | {",", ";", ":", "(", ")"}
_ADVICE = frozenset(
    {"tips", "tip", "advies", "adviezen", "raad", "advice", "suggestions", "ervaringen"}
)  # "Tips voor een lastige leidinggevende?": a question, not a complaint
_WEATHER_BEFORE = frozenset(
    {"het", "dit", "dat", "lekker", "mooi", "mooie", "slecht", "rot", "koud", "warm", "goed"}
)  # "het weer", "slecht weer": the weather, not "again"
_LAUGH = frozenset({"😂", "🤣", "😆", "😜", "😝", "😉", "haha", "hahaha", "lol"})
_LOOKBACK = 3
_CODA_EXTRA = 2  # words besides the idiom in a sentence of its own ("Ik trek het niet meer.")
_ANOTHER = frozenset({"another", "zoveelste"})  # "another meeting", "de zoveelste vergadering"
_DISAPPOINTMENT = frozenset({"helaas", "jammer", "spijtig", "unfortunately", "sadly"})
_INTENSIFIERS = frozenset(
    {
        "echt",
        "zo",
        "heel",
        "erg",
        "super",
        "most",
        "so",
        "very",
        "really",
        "new",
        "old",
        "oude",
        "eigen",
        "own",
    }
)
_ADJECTIVE_ENDINGS = (
    "e",
    "ing",
    "ful",
    "less",
    "ous",
    "ive",
    "able",
    "ible",
    "ed",
    "y",
)  # tokens before an ambiguous target searched for a possessive ("mijn saaie baan")


def detect_complaints(post: Post) -> None:
    """Negative statements aimed at a workplace target; one finding per target."""
    if not post.hits.get("complaint_target") or not _complaint_signal(post):
        return
    seen: set[str] = set()
    g = post.g
    sentences = _sentence_ids(post.lowers)
    short = sentences[-1] < SHORT_POST if sentences else True
    kinds = _predicate_kinds(post, sentences)
    advice = _advice(post)
    blocked = advice or _positive(post)
    for target in post.hits.get("complaint_target", ()):
        label = target.entry.field(0) or target.entry.term
        if label in seen or label == "none":
            continue  # "none": a look-alike that is not a workplace ("customer service")
        if post.quoted(target.start, target.end):
            continue
        if target.entry.field(1) == "poss" and not _possessive(post, target.start, g.POSSESSIVE):
            continue
        compound = next(
            (h for h in post.hits.get("profanity", ()) if h.start == target.start), None
        )
        if compound is not None:
            seen.add(label)
            post.add("complaint", "medium", "complaint.compound",
                     [(target.start, target.end)], target, target=label)  # fmt: skip
            continue
        pred = _predicate(post, target)
        if pred is None:
            sentence = sentences[target.start]
            threat = _threat_in_sentence(post, sentences, sentence)
            if threat is not None:
                seen.add(label)
                post.add("complaint", "medium", "complaint.threat",
                         [(target.start, target.end), *threat], target,
                         target=label)  # fmt: skip
                continue
            if any(f.category in ("threat", "hate") for f in post.findings):
                continue  # the threat or hate finding already says it
            found = None if blocked else _negative_sentiment(post, target)
            if found is not None:
                seen.add(label)
                start, end, term = found
                post.add("complaint", "low", "complaint.target_sentiment",
                         [(target.start, target.end), (start, end)], target,
                         target=label)  # fmt: skip
                continue
            cue = _cue(post, kinds, target, sentence, short)
            if cue is not None and (not blocked or (cue.kind == "cue" and not advice)):
                seen.add(label)
                rule = "complaint.target_repeat" if cue.kind == "repeat" else "complaint.target_cue"
                post.add("complaint", "low", rule,
                         [(target.start, target.end), (cue.start, cue.end)], cue.hit,
                         target=label)  # fmt: skip
            continue
        term = post.doc[pred.start : pred.end].text
        if advice and pred.lexicon == "complaint_predicate":
            continue  # "tips als je collega's er een potje van maken?": asking, not complaining
        if post.quoted(pred.start, pred.end):
            post.note(f"complaint word '{term}' quoted: not flagged")
            continue
        negation = post.negated(pred.start, window=4)
        if negation:
            post.note(f"complaint '{term}' about {label} negated by '{negation}': not flagged")
            continue
        if pred.lexicon == "insult" and any(n.startswith(f"insult '{term}'") for n in post.notes):
            continue  # the insult rule set it aside (reported speech, self-directed, banter)
        if pred.lexicon == "complaint_predicate" and _joking(post, pred):
            post.note(f"complaint '{term}' about {label} said with a laugh: not flagged")
            continue
        seen.add(label)
        severity = "medium" if pred.lexicon in ("insult", "profanity") else "low"
        post.add("complaint", severity, "complaint.target_predicate",
                 [(target.start, target.end), (pred.start, pred.end)], pred,
                 target=label)  # fmt: skip


def targets_alone_are_quiet(lowest_valence: float, lowers: list[str], grammar) -> bool:
    """Whether a post whose only anchors are workplace targets needs no rule at all.

    With no other anchor (no elongation, no compound), :func:`_complaint_signal` can
    only pass on a clearly negative word, and the other rules need anchors of their own;
    an irony marker still gets its note. The scorer asks this before building a
    :class:`Post`, for the many posts that merely mention work ("my team", "het project").
    """
    return lowest_valence > SENTIMENT_THRESHOLD + _ROUNDING and grammar.IRONY.isdisjoint(lowers)


def _complaint_signal(post: Post) -> bool:
    """Whether any rule below could fire: a predicate, cue, threat or negative word.

    Every complaint rule (and every note it writes) needs one of these besides the
    target, so the many posts that only mention work ("my team", "het project", "weer
    met het team") stop here. It mirrors :func:`_predicate` and :func:`_cue` without
    their position checks, so it never stops a post those would flag.
    """
    hits = post.hits
    if hits.get("insult") or hits.get("profanity"):
        return True
    worst = post.lowest_valence()
    if worst <= SENTIMENT_THRESHOLD + _ROUNDING or any(
        f.category == "threat" for f in post.findings
    ):
        return True
    kinds = [h.entry.field(0) for h in hits.get("complaint_predicate", ())]
    if any(kind not in _NOT_PREDICATE for kind in kinds):
        return True  # a predicate ("sucks", "lui") or an idiom ("wat een toko")
    negative = worst <= -1.0 + _ROUNDING  # what _negative_word looks for
    if "weak" in kinds and negative:
        return True
    if "repeat" in kinds:
        long_neg = any(
            h.entry.field(0) == "neg" and h.end - h.start > 1 for h in hits["complaint_predicate"]
        )
        return long_neg or (kinds.count("repeat") > 1 and negative)
    return False


def _sentence_ids(lowers: list[str]) -> list[int]:
    """Sentence number of every token (a sentence ends after ``.``, ``!``, ``?``).

    >>> _sentence_ids(["baas", "weer", ".", "typisch", "."])
    [0, 0, 0, 1, 1]
    """
    ids, n = [], 0
    for i, w in enumerate(lowers):
        ids.append(n)
        if w in _SENTENCE_END and (i + 1 == len(lowers) or lowers[i + 1] not in _SENTENCE_END):
            n += 1
    if ids and lowers[-1] in _SENTENCE_END:
        n -= 1  # no empty sentence after the final full stop
    return ids


def _possessive(post: Post, index: int, possessive: frozenset[str]) -> bool:
    """A possessive or determiner shortly before an ambiguous target, in its clause."""
    lowers = post.lowers
    for j in range(index - 1, max(-1, index - 1 - _LOOKBACK), -1):
        if not post.same_clause(j, index) or lowers[j] in _CLAUSE_END:
            return False
        if lowers[j] in possessive or lowers[j] in _ANOTHER:
            return True
        if not _modifier(lowers[j]):
            return False  # "zonder overleg": only adjectives may stand between
    return False


def _modifier(word: str) -> bool:
    """An intensifier or a word shaped like an adjective ("saaie", "boring").

    >>> _modifier("saaie"), _modifier("boring"), _modifier("zonder")
    (True, True, False)
    """
    return word in _INTENSIFIERS or (len(word) > 3 and word.endswith(_ADJECTIVE_ENDINGS))


def _advice(post: Post) -> bool:
    """A request for advice ("Tips for dealing with a difficult manager?")."""
    return "?" in post.lowers and not _ADVICE.isdisjoint(post.lowers)


def _positive(post: Post) -> bool:
    """Praise outweighs the negative words ("geholpen met een lastige klant. Top!")."""
    valences = post.polarity_valences()
    return any(v >= 1.5 for v in valences) and sum(valences) > -0.5


def _joking(post: Post, pred: Hit) -> bool:
    """A laughing emoji with no other negative word: "Vreselijke werkgever hoor 😂"."""
    if _LAUGH.isdisjoint(post.lowers):
        return False
    doc = post.doc
    own = (doc[pred.start].idx, doc[pred.end - 1].idx + len(doc[pred.end - 1]))
    return not any(v <= -1.0 and not (own[0] <= s < own[1]) for s, _e, _t, v in post.polarity_hits)


class _Cue:
    """A complaint idiom, repetition marker or negative word with its sentence."""

    __slots__ = ("start", "end", "kind", "sentence", "hit")

    def __init__(self, hit: Hit, kind: str, sentence: int) -> None:
        self.start, self.end, self.kind, self.sentence, self.hit = (
            hit.start, hit.end, kind, sentence, hit,
        )  # fmt: skip


def _predicate_kinds(post: Post, sentences: list[int]) -> list[_Cue]:
    """Cue, repeat and negative-word hits that are not quoted or negated."""
    out = []
    lowers = post.lowers
    for hit in post.hits.get("complaint_predicate", ()):
        kind = hit.entry.field(0)
        if kind not in ("cue", "weak", "repeat", "neg") or post.quoted(hit.start, hit.end):
            continue
        if kind != "neg" and post.negated(hit.start, window=2):
            continue
        if lowers[hit.start] == "weer" and hit.start and lowers[hit.start - 1] in _WEATHER_BEFORE:
            continue
        out.append(_Cue(hit, kind, sentences[hit.start]))
    return out


def _negative_word(post: Post, outside: tuple[int, int] = (0, 0)) -> bool:
    """A clearly negative polarity word in the post, outside tokens ``outside``."""
    doc = post.doc
    lo = doc[outside[0]].idx if outside[1] > outside[0] else 0
    hi = doc[outside[1] - 1].idx + len(doc[outside[1] - 1]) if outside[1] > outside[0] else 0
    return any(v <= -1.0 and not (lo <= s < hi) for s, _e, _t, v in post.polarity_hits)


def _coda(post: Post, cue: _Cue, sentence: int) -> bool:
    """An idiom after the target's sentence, standing (almost) alone: "... Wat een toko."

    "Wat een zooi bij de NS" names its own subject and says nothing about the office
    mentioned before it; an idiom before the target ("Regen. Wat een zooi. Gelukkig op
    kantoor") is not about the target either.
    """
    if cue.sentence < sentence:
        return False
    sentences = _sentence_ids(post.lowers)
    extra = [
        w for i, w in enumerate(post.lowers)
        if sentences[i] == cue.sentence and not cue.start <= i < cue.end and w.isalnum()
    ]  # fmt: skip
    return len(extra) <= _CODA_EXTRA


def _cue(post: Post, cues: list[_Cue], target: Hit, sentence: int, short: bool) -> _Cue | None:
    """The cue that makes a target's post a complaint, if any.

    A ``cue`` idiom counts anywhere in a short post (else in the target's sentence); a
    ``weak`` idiom only in the target's clause of a post with another negative word; a
    ``repeat`` marker needs a ``neg`` phrase ("zonder overleg", "without telling") or a
    second marker in a post with a negative word ("wéér ... Typisch."); a bare "niemand"
    or "nobody" is not enough.
    """
    near = [c for c in cues if short or c.sentence == sentence]
    idiom = next(
        (
            c
            for c in near
            if c.kind == "cue" and (c.sentence == sentence or _coda(post, c, sentence))
        ),
        None,
    )
    if idiom is not None:
        return idiom
    for c in near:
        if c.kind == "weak" and post.same_clause(c.start, target.start):
            if _negative_word(post, (c.start, c.end)):
                return c  # "onze klant heeft geen idee hoe blij we zijn" has none
    repeat = next((c for c in near if c.kind == "repeat"), None)
    if repeat is None:
        return None
    negative = _negative_word(post)
    if any(
        (c.kind == "neg" and c.end - c.start > 1)
        or (c.kind == "repeat" and c is not repeat and negative)
        for c in near
    ):
        return repeat
    return None


def _threat_in_sentence(post: Post, sentences: list[int], sentence: int) -> list | None:
    """Token ranges of threat words in ``sentence`` when the post has a threat finding."""
    if not any(f.category == "threat" for f in post.findings):
        return None
    for lexicon in ("threat_phrase", "threat_verb"):
        for hit in post.hits.get(lexicon, ()):
            if sentences[hit.start] == sentence:
                return [(hit.start, hit.end)]
    return None


def _predicate(post: Post, target: Hit) -> Hit | None:
    best: Hit | None = None
    for lexicon in _PREDICATES:
        for pred in post.hits.get(lexicon, ()):
            if pred.start == target.start or not post.same_clause(pred.start, target.start):
                continue
            if lexicon == "complaint_predicate" and pred.entry.field(0) in _NOT_PREDICATE:
                continue
            distance = (
                pred.start - target.end if pred.start >= target.end else target.start - pred.end
            )
            if distance <= 7 and (best is None or lexicon == "complaint_predicate"):
                best = pred
        if best is not None:
            return best
    return best


def _negative_sentiment(post: Post, target: Hit) -> tuple[int, int, str] | None:
    """A clearly negative polarity word in the target's clause.

    The polarity module has already applied negation ("not bad") to the valence.
    """
    doc = post.doc
    for start, end, term, valence in post.polarity_hits:
        if valence > SENTIMENT_THRESHOLD:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.start == target.start or term.lower() in _DISAPPOINTMENT:
            continue  # "helaas niet aangenomen voor die baan": the author's luck, no judgement
        lo, hi = sorted((span.start, target.start))
        if hi - lo > 12:
            continue
        between = post.lowers[lo:hi]
        if any(w in _CLAUSE_END or w in post.g.CONTRAST for w in between):
            continue
        return span.start, span.end, term
    return None


def detect_confidential(post: Post) -> None:
    """Disclosure of an employer's internal information."""
    business = post.hits.get("business", ())
    for hit in post.hits.get("confidential", ()):
        term = post.doc[hit.start : hit.end].text
        negation = post.negated(hit.start, window=3)
        if negation:
            post.note(f"'{term}' negated by '{negation}': not flagged as confidential")
            continue
        if post.quoted(hit.start, hit.end):
            continue
        near = next((b for b in business if abs(b.start - hit.start) <= 15), None)
        if near is None and hit.kind != "strong":
            continue
        spans = [(hit.start, hit.end)] + ([(near.start, near.end)] if near else [])
        post.add("confidential", "medium", "confidential.disclosure", spans, hit)
        return


def detect_drugs_crime(post: Post) -> None:
    """First-person bragging about drugs or petty crime (severity low: verify).

    A phrase ("drove home drunk", "fiets gejat") or a substance with a use verb in the
    same clause ("snorted speed", "wiet gerookt") counts when the speaker is the subject:
    a first-person pronoun nearby, or no subject at all before it (tweets drop "I").
    Another subject ("he", "de politie") or a passive ("mijn fiets is gejat") does not.
    """
    hits = post.hits.get("drugs_crime", ())
    uses = [h for h in hits if h.kind == "use"]
    for hit in hits:
        if hit.kind == "use":
            continue
        spans = [(hit.start, hit.end)]
        if hit.kind == "substance":
            use = next(
                (u for u in uses if post.same_clause(u.start, hit.start)
                 and abs(u.start - hit.start) <= 4), None,
            )  # fmt: skip
            if use is None:
                continue
            spans.append((use.start, use.end))
        first = min(s for s, _e in spans)
        if not _speaker_subject(post, first):
            continue
        term = post.doc[hit.start : hit.end].text
        negation = post.negated(first, window=5)
        if negation:
            post.note(f"'{term}' negated by '{negation}': not flagged")
            continue
        if post.quoted(hit.start, hit.end):
            continue
        post.add("drugs_crime", "low", "drugs_crime.first_person", spans, hit)
        return


def _speaker_subject(post: Post, index: int) -> bool:
    g, lowers = post.g, post.lowers
    before = [i for i in post.clause_range(index) if i < index][-8:]
    if any(lowers[i] in g.PASSIVE for i in before[-2:]):
        return False  # "mijn fiets is gejat", "my bike got stolen": the speaker is the victim
    if any(lowers[i] in g.FIRST_SUBJECT for i in before):
        return True
    lo, hi = max(0, index - 8), min(len(lowers), index + 4)
    if any(lowers[i] in g.FIRST_SUBJECT for i in range(lo, hi)):
        return True
    return not any(lowers[i] in g.OTHER_SUBJECTS for i in before) and len(before) <= 3
